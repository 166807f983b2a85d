"""libcoop's PyGObject overrides: what a notebook user gets on top of the
introspected API."""

import datetime
import os
import unittest

import gi

gi.require_version("Coop", "1")
from gi.repository import Coop, GLib  # noqa: E402

try:
    import pandas
except ImportError:  # pragma: no cover
    pandas = None

VOIRONNAIS = "243800984"


class OverridesTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.atlas = Coop.Atlas.dup_default()

    def test_overrides_are_ours(self):
        # The override module, not only the typelib, must be loaded; under
        # meson test it comes from the build tree.
        self.assertTrue(hasattr(Coop, "to_dataframe"))
        self.assertTrue(hasattr(Coop, "to_records"))
        import gi.overrides.Coop as overrides

        expected = os.environ.get("COOP_EXPECT_OVERRIDES_DIR")
        if expected:
            self.assertEqual(os.path.dirname(os.path.realpath(overrides.__file__)),
                             os.path.realpath(expected))

    def test_list_models_iterate(self):
        members = self.atlas.list_members(self.atlas.lookup(VOIRONNAIS))
        self.assertEqual(len(members), 31)
        names = [member.props.name for member in members]
        self.assertEqual(names[0], "Voiron")
        self.assertEqual(members[0].props.name, "Voiron")
        self.assertEqual(members[-1].props.name, names[-1])
        self.assertIn(self.atlas.lookup("38563"), members)
        self.assertTrue(members)

    def test_empty_search_is_falsy(self):
        self.assertFalse(self.atlas.search("zzzzzzzzzz", 5))

    def test_reprs(self):
        voiron = self.atlas.lookup("38563")
        self.assertEqual(repr(voiron), "<Coop.Territory commune 38563 Voiron>")
        self.assertEqual(repr(self.atlas.lookup(VOIRONNAIS)),
                         "<Coop.Territory epci 243800984 CA du Pays Voironnais>")
        self.assertTrue(repr(self.atlas).startswith("<Coop.Atlas @etalab/decoupage-administratif"))
        model = Coop.Model.new(self.atlas)
        model.props.name = "Essai"
        self.assertEqual(repr(model), "<Coop.Model 'Essai', 0 territories>")

    def test_mapping_access(self):
        self.assertEqual(self.atlas["38563"].props.name, "Voiron")
        self.assertIn("departement:38", self.atlas)
        with self.assertRaises(KeyError):
            self.atlas["99999"]

    def test_dates(self):
        pays = Coop.Territory.new(Coop.TerritoryKind.PAYS, "pays-test", "Pays d'essai")
        self.assertIsNone(pays.valid_from_date)
        pays.valid_from_date = datetime.date(2024, 1, 1)
        self.assertEqual(pays.valid_from_date, datetime.date(2024, 1, 1))
        self.assertIsInstance(pays.props.valid_from, GLib.DateTime)
        pays.valid_until_date = datetime.date(2030, 12, 31)
        self.assertEqual(pays.valid_until_date.year, 2030)
        pays.valid_until_date = None
        self.assertIsNone(pays.props.valid_until)

    def test_records(self):
        members = self.atlas.list_members(self.atlas.lookup(VOIRONNAIS))
        records = Coop.to_records(members, ["code", "name", "kind", "population_municipale"])
        self.assertEqual(records[0], {"code": "38563", "name": "Voiron", "kind": "commune",
                                      "population_municipale": records[0]["population_municipale"]})
        self.assertGreater(records[0]["population_municipale"], 20000)

    def test_records_default_columns(self):
        records = Coop.to_records(self.atlas.search("voiron", 1))
        self.assertEqual(records[0]["name"], "Voiron")
        self.assertIn("epci_code", records[0])
        self.assertEqual(records[0]["nature"], records[0]["nature"].lower())

    @unittest.skipIf(pandas is None, "pandas is not installed")
    def test_dataframe(self):
        members = self.atlas.list_members(self.atlas.lookup(VOIRONNAIS))
        frame = Coop.to_dataframe(members, Coop.TERRITORY_COLUMNS, index="code")
        self.assertEqual(len(frame), 31)
        self.assertEqual(frame.loc["38563", "name"], "Voiron")
        self.assertEqual(list(frame.columns), [c for c in Coop.TERRITORY_COLUMNS if c != "code"])

    @unittest.skipIf(pandas is None, "pandas is not installed")
    def test_members_dataframe(self):
        frame = self.atlas.members_dataframe(VOIRONNAIS)
        self.assertEqual(len(frame), 31)
        self.assertIn("member_population", frame.columns)
        total = self.atlas.get_population(self.atlas.lookup(VOIRONNAIS))
        self.assertEqual(frame["member_population"].sum(), total)

    @unittest.skipIf(pandas is None, "pandas is not installed")
    def test_dataframe_of_findings(self):
        model = Coop.Model.new(self.atlas)
        pays = Coop.Territory.new(Coop.TerritoryKind.PAYS, "pays-test", "Pays d'essai")
        pays.set_member_codes(["38563", "00000"])
        model.add_territory(pays)
        findings = model.validate()
        frame = Coop.to_dataframe(findings, ["severity", "code", "message"])
        self.assertGreaterEqual(len(frame), 1)
        self.assertIn(frame["severity"][0], ("error", "warning", "info"))
        self.assertTrue(repr(findings[0]).startswith("<Coop.Finding "))

    def test_model_lookup(self):
        model = Coop.Model.new(self.atlas)
        pays = Coop.Territory.new(Coop.TerritoryKind.PAYS, "pays-test", "Pays d'essai")
        pays.set_member_codes([VOIRONNAIS])
        model.add_territory(pays)
        self.assertIs(model["pays-test"], pays)
        self.assertIn("pays-test", model)
        self.assertEqual(pays.reference, "pays-test")
        self.assertEqual(len(model.get_territories()), 1)


    @unittest.skipUnless(hasattr(Coop, "SeatAllocation"), "this libcoop does not compute seats")
    @unittest.skipIf(pandas is None, "pandas is not installed")
    def test_seats_dataframe(self):
        allocation = Coop.SeatAllocation.new_for_epci(self.atlas, self.atlas[VOIRONNAIS],
                                                      Coop.SupplementReading.ABSORB)
        frame = Coop.to_dataframe(allocation.get_shares(), ["code", "name", "seats"], index="code")
        self.assertEqual(frame["seats"].sum(), allocation.get_total_seats())
        self.assertEqual(frame.loc["38563", "name"], "Voiron")


@unittest.skipUnless(hasattr(Coop, "Agreement"), "this libcoop has no agreements")
class CooperationOverridesTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        from gi.repository import Gio

        cls.atlas = Coop.Atlas.dup_default()
        sample = os.path.join(os.environ.get("COOP_SOURCE_DIR", "."), "examples", "data", "sample-model.json")
        cls.model = Coop.Model.new_from_file(cls.atlas, Gio.File.new_for_path(sample), None)

    def test_reprs(self):
        agreement = self.model.get_agreements()[0]
        self.assertRegex(repr(agreement), r"^<Coop\.Agreement [a-z-]+ \S+ .+>$")
        self.assertIn(agreement.props.title, repr(agreement))
        actor = self.model.get_actors()[0]
        self.assertTrue(repr(actor).startswith(f"<Coop.Actor {actor.props.kind.value_nick} {actor.props.id}"))

    def test_records_skip_nested_lists(self):
        records = Coop.to_records(self.model.get_agreements())
        self.assertEqual(len(records), len(self.model.get_agreements()))
        self.assertIn("status", records[0])
        self.assertNotIn("parties", records[0])
        self.assertTrue(all(isinstance(r["status"], str) for r in records))

    @unittest.skipIf(pandas is None, "pandas is not installed")
    def test_agreements_dataframe(self):
        frame = Coop.to_dataframe(self.model.get_agreements(), ["id", "kind", "status", "start"], index="id")
        self.assertGreater(len(frame), 0)
        starts = [value for value in frame["start"] if value is not None]
        self.assertTrue(all(isinstance(value, datetime.date) for value in starts))


if __name__ == "__main__":
    unittest.main(verbosity=2)
