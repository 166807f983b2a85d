"""Council seats through PyGObject, as a notebook user reaches them."""

import csv
import os
import unittest

import gi

gi.require_version("Coop", "1")
from gi.repository import Coop, Gio, GLib  # noqa: E402


def commune(code, population):
    territory = Coop.Territory.new(Coop.TerritoryKind.COMMUNE, code, "Commune " + code)
    territory.set_population_municipale(population)
    return territory


class SeatTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.atlas = Coop.Atlas.dup_default()
        epci = cls.atlas.lookup("243800984")
        cls.allocation = Coop.SeatAllocation.new_for_epci(cls.atlas, epci, Coop.SupplementReading.ABSORB)

    def test_droit_commun(self):
        allocation = self.allocation
        self.assertEqual(allocation.props.table_seats, 42)
        self.assertEqual(allocation.props.seats_de_droit, 16)
        self.assertTrue(allocation.props.supplement_applied)
        self.assertEqual(allocation.props.supplement_seats, 5)
        self.assertEqual(allocation.props.total_seats, 61)
        shares = allocation.props.shares
        self.assertIsInstance(shares, Gio.ListModel)
        self.assertEqual(shares.get_item_type(), Coop.SeatShare.__gtype__)
        self.assertEqual(sum(share.props.seats for share in shares), 61)
        voiron = allocation.lookup_share("38563")
        self.assertEqual(voiron.props.name, "Voiron")
        self.assertEqual(voiron.props.seats, 13)
        self.assertAlmostEqual(voiron.props.representation_ratio,
                               voiron.props.seat_share / voiron.props.population_share)

    def test_explanation_in_both_languages(self):
        steps = list(self.allocation.props.steps)
        self.assertEqual(steps[0].props.kind, Coop.SeatStepKind.TABLE)
        self.assertEqual(steps[0].props.paragraph, "III")
        self.assertIn("sièges", steps[0].get_text("fr"))
        self.assertIn("seats", steps[0].get_text("en"))
        self.assertIn("L5211-6-1 V", self.allocation.dup_explanation("fr"))

    def test_plain_data_and_half_cap(self):
        store = Gio.ListStore.new(Coop.Territory)
        for code, population in (("A", 10000), ("B", 300), ("C", 300), ("D", 300)):
            store.append(commune(code, population))
        allocation = Coop.SeatAllocation.new_for_communes(Coop.EpciForm.CC, store, Coop.SupplementReading.ABSORB)
        self.assertEqual([share.props.seats for share in allocation.props.shares], [14, 5, 5, 5])
        self.assertEqual(allocation.props.capped_commune.props.code, "A")

    def test_default_reading_complements(self):
        epci = self.atlas.lookup("243800984")
        allocation = Coop.SeatAllocation.new_for_epci(self.atlas, epci, Coop.SupplementReading.COMPLEMENT)
        self.assertEqual(allocation.props.supplement_reading, Coop.SupplementReading.COMPLEMENT)
        self.assertEqual(allocation.props.seats_before_supplement, 58)
        self.assertEqual(allocation.props.total_seats, 58 + 5)
        for share in allocation.props.shares:
            self.assertGreaterEqual(share.props.seats, share.props.seats_before_supplement)

    def test_perimeter_with_siren(self):
        amp = self.atlas.lookup("200054807")
        store = Gio.ListStore.new(Coop.Territory)
        for member in self.atlas.list_members(amp):
            territory = Coop.Territory.new(Coop.TerritoryKind.COMMUNE, member.props.code, member.props.name)
            territory.set_population_municipale(self.atlas.get_member_population(amp, member))
            store.append(territory)
        named = Coop.SeatAllocation.new_for_perimeter(Coop.EpciForm.METROPOLE, "200054807", store,
                                                      Coop.SupplementReading.COMPLEMENT)
        self.assertEqual(named.props.siren, "200054807")
        self.assertEqual(named.props.bonus_seats, 39)
        self.assertEqual(named.props.total_seats, 238)
        self.assertEqual(named.lookup_share("13055").props.seats, 101)
        plain = Coop.SeatAllocation.new_for_perimeter(Coop.EpciForm.METROPOLE, None, store,
                                                      Coop.SupplementReading.COMPLEMENT)
        self.assertIsNone(plain.props.siren)
        self.assertEqual(plain.props.bonus_seats, 0)
        self.assertEqual(plain.props.total_seats, 199)

    def test_read_perimeter(self):
        text = "\ufeffcommune;population\r\n77333;13118\r\n77431;5424\r\n".encode()
        communes = Coop.SeatAllocation.read_perimeter(text, self.atlas)
        self.assertEqual([c.props.name for c in communes], ["Nemours", "Saint-Pierre-lès-Nemours"])
        allocation = Coop.SeatAllocation.new_for_perimeter(Coop.EpciForm.CC, None, communes,
                                                           Coop.SupplementReading.COMPLEMENT)
        self.assertEqual(allocation.props.total_seats, 26)
        with self.assertRaises(GLib.GError) as context:
            Coop.SeatAllocation.read_perimeter(b"commune,population\n77333,1\n77333,2\n", None)
        self.assertTrue(context.exception.matches(Coop.error_quark(), Coop.Error.DUPLICATE))
        self.assertIn("line 3", context.exception.message)

    def test_errors(self):
        store = Gio.ListStore.new(Coop.Territory)
        store.append(commune("A", 1000))
        store.append(commune("B", 0))
        with self.assertRaises(GLib.GError) as context:
            Coop.SeatAllocation.new_for_communes(Coop.EpciForm.CC, store, Coop.SupplementReading.ABSORB)
        self.assertTrue(context.exception.matches(Coop.error_quark(), Coop.Error.INVALID_VALUE))
        lyon = self.atlas.lookup("200046977")
        with self.assertRaises(GLib.GError) as context:
            Coop.SeatAllocation.new_for_epci(self.atlas, lyon, Coop.SupplementReading.ABSORB)
        self.assertTrue(context.exception.matches(Coop.error_quark(), Coop.Error.OUT_OF_SCOPE))

    def test_accords_locaux(self):
        accords = Coop.AccordLocal.new(self.allocation)
        self.assertEqual(accords.props.count, 5)
        iterator = accords.iterate()
        listed = []
        while (accord := iterator.next()) is not None:
            listed.append(accord)
        self.assertEqual(len(listed), 5)
        for accord in listed:
            self.assertEqual(len(self.allocation.check(Coop.SeatScheme.ACCORD_LOCAL, accord)), 0)
        best = accords.dup_most_proportional()
        self.assertEqual(best.props.n_communes, 31)

    def test_check_from_json(self):
        proposal = Coop.SeatDistribution.new_from_data(b'{"38563": 1}')
        with self.assertRaises(GLib.GError) as context:
            self.allocation.check(Coop.SeatScheme.ACCORD_LOCAL, proposal)
        self.assertTrue(context.exception.matches(Coop.error_quark(), Coop.Error.MISSING_FIELD))

    def test_voting_power(self):
        power = Coop.VotingPower.new_for_allocation(self.allocation, Coop.Majority.SIMPLE)
        total = sum(power.get_shapley_shubik(i) for i in range(power.props.n_players))
        self.assertAlmostEqual(total, 1.0)
        self.assertFalse(power.can_decide_alone(0))
        hand = Coop.VotingPower.new([50, 49, 1], 51)
        self.assertAlmostEqual(hand.get_banzhaf(0), 0.6)
        self.assertAlmostEqual(hand.get_shapley_shubik(0), 2 / 3)

    def test_voting_power_against_brute_force(self):
        import itertools
        import random
        from math import factorial

        rng = random.Random(7)
        for _ in range(6):
            weights = [rng.randint(1, 9) for _ in range(6)]
            total = sum(weights)
            for quota in (total // 2 + 1, (2 * total + 2) // 3):
                power = Coop.VotingPower.new(weights, quota)
                pivots = [0] * 6
                for order in itertools.permutations(range(6)):
                    weight = 0
                    for player in order:
                        if weight < quota <= weight + weights[player]:
                            pivots[player] += 1
                            break
                        weight += weights[player]
                swings = [0] * 6
                for mask in range(64):
                    weight = sum(weights[i] for i in range(6) if mask >> i & 1)
                    for i in range(6):
                        if not mask >> i & 1 and weight < quota <= weight + weights[i]:
                            swings[i] += 1
                for i in range(6):
                    self.assertAlmostEqual(power.get_shapley_shubik(i), pivots[i] / factorial(6), places=12)
                    self.assertAlmostEqual(power.get_swings(i), swings[i], places=9)
                    self.assertAlmostEqual(power.get_banzhaf(i), swings[i] / sum(swings), places=12)


DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "seats")


def read_perimeter_csv(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as handle:
        return {row["commune"]: int(row["population"]) for row in csv.DictReader(handle)}


class ModelSeatTests(unittest.TestCase):
    """A proposed EPCI or a past council written in a user's model."""

    @classmethod
    def setUpClass(cls):
        cls.atlas = Coop.Atlas.dup_default()

    def proposed(self, model, code, members, form=Coop.EpciForm.NONE):
        territory = Coop.Territory.new(Coop.TerritoryKind.EPCI, code, "Projet " + code)
        territory.set_member_codes(members)
        territory.set_epci_form(form)
        model.add_territory(territory)
        return territory

    def test_past_council_from_its_populations(self):
        # The 2020 council of the CC Pays de Nemours, set by the préfet of
        # Seine-et-Marne in 2019 on the populations in force on 1 January
        # 2019 (sources in tests/data/seats/cases.json): 49 seats.
        atlas = Coop.Atlas.dup_default_for_year(2020)
        model = Coop.Model.new(atlas)
        territory = self.proposed(model, "nemours-2020", ["200023240"], Coop.EpciForm.CC)
        for code, population in read_perimeter_csv("2020-200023240-pays-de-nemours.csv").items():
            territory.set_member_population(code, population)
        territory.set_member_population_year(2016)
        allocation = Coop.SeatAllocation.new_for_model(model, territory, Coop.EpciForm.NONE,
                                                       Coop.SupplementReading.COMPLEMENT)
        self.assertIs(allocation.props.epci, territory)
        self.assertEqual(allocation.props.total_seats, 49)
        seats = {share.props.code: share.props.seats for share in allocation.props.shares}
        self.assertEqual(seats["77333"], 19)
        self.assertEqual(seats["77431"], 8)
        self.assertEqual([seats[c] for c in ("77302", "77016", "77216")], [2, 2, 2])
        self.assertEqual(sum(seats.values()), 49)

        # Read back from the document it writes, the same council.
        text = model.to_data()[0]
        self.assertIn('"epci-form": "cc"', text)
        self.assertIn('"member-population-year": 2016', text)
        again = Coop.Model.new_from_data(atlas, text, -1)
        self.assertEqual(len(again.validate()), 0)
        reread = again.lookup("nemours-2020")
        self.assertEqual(reread.props.epci_form, Coop.EpciForm.CC)
        self.assertEqual(reread.dup_member_population_codes(), sorted(seats))
        self.assertEqual(Coop.SeatAllocation.new_for_model(again, reread, Coop.EpciForm.NONE,
                                                           Coop.SupplementReading.COMPLEMENT).props.total_seats, 49)

    def test_fusion_counts_the_atlas_populations(self):
        # Without populations of its own, a fusion counts the per-member
        # figures new_for_epci counts: the same as the perimeter built by hand.
        model = Coop.Model.new(self.atlas)
        territory = self.proposed(model, "fusion", ["243800984", "243801073"], Coop.EpciForm.CA)
        allocation = Coop.SeatAllocation.new_for_model(model, territory, Coop.EpciForm.NONE,
                                                       Coop.SupplementReading.COMPLEMENT)
        store = Gio.ListStore.new(Coop.Territory)
        for siren in ("243800984", "243801073"):
            epci = self.atlas.lookup(siren)
            for member in self.atlas.list_members(epci):
                store.append(commune(member.props.code, self.atlas.get_member_population(epci, member)))
        by_hand = Coop.SeatAllocation.new_for_communes(Coop.EpciForm.CA, store, Coop.SupplementReading.COMPLEMENT)
        self.assertEqual(allocation.props.form, Coop.EpciForm.CA)
        self.assertEqual(allocation.props.total_seats, by_hand.props.total_seats)
        self.assertEqual({s.props.code: s.props.seats for s in allocation.props.shares},
                         {s.props.code: s.props.seats for s in by_hand.props.shares})
        # The atlas's communes are the shares' communes: names and natures.
        self.assertEqual(allocation.lookup_share("38563").props.name, "Voiron")
        # Another form for the same perimeter: V does not apply to a CU.
        as_cu = Coop.SeatAllocation.new_for_model(model, territory, Coop.EpciForm.CU,
                                                  Coop.SupplementReading.COMPLEMENT)
        self.assertEqual(as_cu.props.form, Coop.EpciForm.CU)
        self.assertFalse(as_cu.props.supplement_applied)

    def test_atlas_epci_is_new_for_epci(self):
        model = Coop.Model.new(self.atlas)
        amp = self.atlas.lookup("200054807")
        allocation = Coop.SeatAllocation.new_for_model(model, amp, Coop.EpciForm.NONE,
                                                       Coop.SupplementReading.COMPLEMENT)
        self.assertEqual(allocation.props.total_seats, 238)
        self.assertEqual(allocation.props.siren, "200054807")

    def test_errors(self):
        model = Coop.Model.new(self.atlas)
        no_form = self.proposed(model, "sans-forme", ["243800984"])
        with self.assertRaises(GLib.GError) as context:
            Coop.SeatAllocation.new_for_model(model, no_form, Coop.EpciForm.NONE, Coop.SupplementReading.COMPLEMENT)
        self.assertTrue(context.exception.matches(Coop.error_quark(), Coop.Error.MISSING_FIELD))
        self.assertIn("epci-form", context.exception.message)

        with self.assertRaises(GLib.GError) as context:
            Coop.SeatAllocation.new_for_model(model, no_form, Coop.EpciForm.METROPOLE_DE_LYON,
                                              Coop.SupplementReading.COMPLEMENT)
        self.assertTrue(context.exception.matches(Coop.error_quark(), Coop.Error.OUT_OF_SCOPE))

        outside = self.proposed(model, "hors-perimetre", ["243800984"], Coop.EpciForm.CA)
        outside.set_member_population("38185", 158000)
        with self.assertRaises(GLib.GError) as context:
            Coop.SeatAllocation.new_for_model(model, outside, Coop.EpciForm.NONE, Coop.SupplementReading.COMPLEMENT)
        self.assertTrue(context.exception.matches(Coop.error_quark(), Coop.Error.INVALID_VALUE))
        self.assertIn("38185", context.exception.message)
        self.assertEqual([f.props.code for f in model.validate()], ["member-population-outside"])

        unknown = self.proposed(model, "inconnu", ["243800984", "pays-absent"], Coop.EpciForm.CA)
        with self.assertRaises(GLib.GError) as context:
            Coop.SeatAllocation.new_for_model(model, unknown, Coop.EpciForm.NONE, Coop.SupplementReading.COMPLEMENT)
        self.assertTrue(context.exception.matches(Coop.error_quark(), Coop.Error.INVALID_VALUE))
        self.assertIn("pays-absent", context.exception.message)

        # L'Île-d'Yeu is a commune of no EPCI: it has no per-member figure,
        # so it must be given one.
        island = self.proposed(model, "ile", ["85113", "85163"], Coop.EpciForm.CC)
        with self.assertRaises(GLib.GError) as context:
            Coop.SeatAllocation.new_for_model(model, island, Coop.EpciForm.NONE, Coop.SupplementReading.COMPLEMENT)
        self.assertTrue(context.exception.matches(Coop.error_quark(), Coop.Error.MISSING_FIELD))
        self.assertIn("85113", context.exception.message)
        island.set_member_population("85113", 4800)
        allocation = Coop.SeatAllocation.new_for_model(model, island, Coop.EpciForm.NONE,
                                                       Coop.SupplementReading.COMPLEMENT)
        self.assertEqual(allocation.lookup_share("85113").props.population, 4800)

    def test_member_populations_accessors(self):
        territory = Coop.Territory.new(Coop.TerritoryKind.PAYS, "pays-x", "Pays X")
        self.assertEqual(territory.dup_member_population_codes(), [])
        self.assertEqual(territory.get_member_population("38563"), Coop.POPULATION_UNKNOWN)
        territory.set_member_population("38565", 9845)
        territory.set_member_population("38563", 0)
        self.assertEqual(territory.dup_member_population_codes(), ["38563", "38565"])
        self.assertEqual(territory.get_member_population("38563"), 0)
        territory.set_member_population("38563", Coop.POPULATION_UNKNOWN)
        self.assertEqual(territory.dup_member_population_codes(), ["38565"])

        notified = []
        territory.connect("notify::epci-form", lambda *args: notified.append("epci-form"))
        territory.connect("notify::member-population-year", lambda *args: notified.append("year"))
        territory.props.epci_form = Coop.EpciForm.CC
        territory.props.epci_form = Coop.EpciForm.CC
        territory.props.member_population_year = 2022
        territory.props.member_population_year = 2022
        self.assertEqual(notified, ["epci-form", "year"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
