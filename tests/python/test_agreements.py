"""A cooperation built from scratch through PyGObject, as a notebook user does."""

import os
import tempfile
import unittest

import gi

gi.require_version("Coop", "1")
from gi.repository import Coop, Gio, GLib  # noqa: E402


def day(year, month, day_of_month):
    return GLib.DateTime.new_utc(year, month, day_of_month, 0, 0, 0)


ALL_FUNCTIONS = [
    Coop.Function.POLITICAL_DECISION,
    Coop.Function.STEERING,
    Coop.Function.FUNDING,
    Coop.Function.PROJECT_OWNERSHIP,
    Coop.Function.DELIVERY,
    Coop.Function.FACILITATION,
    Coop.Function.EVALUATION,
    Coop.Function.COMMUNICATION,
]


def who_does_what(action):
    """The who-does-what table as {function nick: [holders]}."""
    table = {}
    for function in ALL_FUNCTIONS:
        table[function.value_nick] = list(action.get_holders(function))
    return table


class CooperationTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.atlas = Coop.Atlas.dup_default()

    def build(self):
        """Two EPCI, a PNR over them, a plan de coopération with two actions."""
        model = Coop.Model.new(self.atlas)
        pnr = Coop.Territory.new(Coop.TerritoryKind.PNR, "pnr-test", "PNR de test")
        pnr.set_member_codes(["200039824", "200039832"])
        model.add_territory(pnr)

        team = Coop.Actor.new("pnr-team", Coop.ActorKind.NEUTRAL_THIRD_PARTY, "Équipe du PNR")
        team.props.territory = "pnr-test"
        model.add_actor(team)

        plan = Coop.Agreement.new("plan-2026", Coop.AgreementKind.PLAN_DE_COOPERATION, "Plan 2026")
        plan.props.start = day(2026, 1, 1)
        plan.props.end = day(2026, 12, 31)
        plan.add_party(Coop.Party.new("pnr-test", Coop.PartyRole.LEAD))
        for epci in ("200039824", "200039832"):
            plan.add_party(Coop.Party.new(epci, Coop.PartyRole.SIGNATORY))

        renovation = Coop.Action.new("renovation", "Rénovation énergétique")
        for function in ALL_FUNCTIONS:
            renovation.add_holder(function, "pnr-test")
        renovation.set_holders(Coop.Function.FUNDING, ["200039824", "200039832"])
        renovation.add_holder(Coop.Function.FACILITATION, "pnr-team")
        renovation.props.progress = 50
        plan.add_action(renovation)

        food = Coop.Action.new("alimentation", "Alimentation locale")
        food.add_holder(Coop.Function.DELIVERY, "200039832")
        food.props.status = Coop.ActionStatus.DONE
        plan.add_action(food)

        model.add_agreement(plan)
        return model, plan

    def test_lifecycle(self):
        model, plan = self.build()
        self.assertEqual(plan.props.status, Coop.AgreementStatus.DRAFT)
        for status, date in [
            (Coop.AgreementStatus.NEGOTIATION, day(2025, 11, 1)),
            (Coop.AgreementStatus.SIGNED, day(2025, 12, 15)),
            (Coop.AgreementStatus.IN_FORCE, day(2026, 1, 1)),
            (Coop.AgreementStatus.UNDER_EVALUATION, day(2026, 11, 15)),
        ]:
            plan.transition(status, date, None)
        self.assertEqual(plan.props.status, Coop.AgreementStatus.UNDER_EVALUATION)
        history = plan.props.history
        self.assertEqual(history.get_n_items(), 4)
        self.assertEqual(history.get_item(3).props.to_status, Coop.AgreementStatus.UNDER_EVALUATION)

        with self.assertRaises(GLib.Error) as context:
            plan.transition(Coop.AgreementStatus.DRAFT, day(2026, 11, 20), None)
        self.assertTrue(context.exception.matches(Coop.error_quark(), Coop.Error.INVALID_TRANSITION))
        self.assertIn("“renewed”", context.exception.message)

        renewal = model.renew_agreement(plan, day(2026, 12, 10))
        self.assertEqual(renewal.props.id, "plan-2027")
        self.assertEqual(renewal.props.start.format("%F"), "2027-01-01")
        self.assertEqual(plan.props.status, Coop.AgreementStatus.RENEWED)
        self.assertEqual(renewal.props.related.get_item(0).props.relation, Coop.Relation.RENEWS)

    def test_progress_rolls_up(self):
        _, plan = self.build()
        self.assertAlmostEqual(plan.props.progress, 0.75)

    def test_who_does_what(self):
        _, plan = self.build()
        table = who_does_what(plan.lookup_action("renovation"))
        for function, holders in table.items():
            print(f"{function:20} {', '.join(holders)}")
        self.assertEqual(table["funding"], ["200039824", "200039832"])
        self.assertEqual(table["facilitation"], ["pnr-test", "pnr-team"])

    def test_save_and_reload(self):
        model, plan = self.build()
        plan.transition(Coop.AgreementStatus.NEGOTIATION, day(2025, 11, 1), "opened")
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "model.json")
            model.save_to_file(Gio.File.new_for_path(path), None)
            reloaded = Coop.Model.new_from_file(self.atlas, Gio.File.new_for_path(path), None)
        again = reloaded.get_agreement("plan-2026")
        self.assertEqual(again.props.status, Coop.AgreementStatus.NEGOTIATION)
        self.assertEqual(again.props.history.get_item(0).props.note, "opened")
        self.assertEqual(who_does_what(again.lookup_action("renovation")), who_does_what(plan.lookup_action("renovation")))
        self.assertEqual(reloaded.to_data()[0], model.to_data()[0])

    def test_checks(self):
        model, _ = self.build()
        findings = model.check(day(2026, 6, 1))
        self.assertEqual(findings.get_item_type(), Coop.Finding.__gtype__)
        codes = [findings.get_item(i).props.code for i in range(findings.get_n_items())]
        # The food action has one function held, so seven are unheld.
        self.assertEqual(codes.count("function-unheld"), 7)
        self.assertNotIn("unknown-reference", codes)

    def test_list_models(self):
        model, _ = self.build()
        self.assertEqual(model.props.agreements.get_item_type(), Coop.Agreement.__gtype__)
        self.assertEqual(model.props.actors.get_item_type(), Coop.Actor.__gtype__)
        self.assertEqual(model.list_agreements_for("200039824").get_n_items(), 1)

    def test_open_kinds(self):
        """Known kinds keep their enum; any other code comes with a label
        and a legal reference, and survives a save (issue 14)."""
        model = Coop.Model.new(self.atlas)
        crte = Coop.Agreement.new("crte", Coop.AgreementKind.CONTRAT_DE_RELANCE_ET_DE_TRANSITION_ECOLOGIQUE,
                                  "CRTE du Pays Voironnais")
        pat = Coop.Agreement.new("pat", Coop.AgreementKind.CHARTE, "PAT")
        pat.set_kind_code("projet-alimentaire-territorial", None, None)
        city = Coop.Agreement.new("ville", Coop.AgreementKind.CHARTE, "Contrat de ville")
        city.set_kind_code("contrat-de-ville", "contrat de ville", "Loi n° 2014-173, art. 6")
        for agreement in (crte, pat, city):
            model.add_agreement(agreement)
        self.assertEqual(pat.props.kind, Coop.AgreementKind.PROJET_ALIMENTAIRE_TERRITORIAL)
        self.assertEqual(pat.props.kind_legal_reference, "Code rural L111-2-2")
        self.assertEqual(city.props.kind, Coop.AgreementKind.OTHER)
        with self.assertRaises(GLib.Error):
            city.set_kind_code("contrat-de-quartier", None, None)
        self.assertEqual(city.props.kind_code, "contrat-de-ville")

        again = Coop.Model.new_from_data(self.atlas, model.to_data()[0], -1)
        reloaded = again.get_agreement("ville")
        self.assertEqual(reloaded.props.kind_code, "contrat-de-ville")
        self.assertEqual(reloaded.props.kind_label, "contrat de ville")
        self.assertEqual(reloaded.props.kind_legal_reference, "Loi n° 2014-173, art. 6")
        self.assertEqual(again.get_agreement("crte").props.kind_code,
                         "contrat-de-relance-et-de-transition-ecologique")


if __name__ == "__main__":
    unittest.main(verbosity=2)
