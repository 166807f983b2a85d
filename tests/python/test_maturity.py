"""Assessments, staircases, the lever diagnostic and the report through PyGObject."""

import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

import gi  # noqa: E402

gi.require_version("Coop", "1")
from gi.repository import Coop, Gio, GLib  # noqa: E402

import cooperation_fixture as fixture  # noqa: E402


class MaturityTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.model = fixture.build(Coop.Atlas.dup_default())
        cls.scale = Coop.Scale.new_builtin("libcoop")
        cls.pair = [fixture.VOIRONNAIS, fixture.GRENOBLE]

    def test_assessment(self):
        assessment = Coop.Assessment.new(self.model, self.scale, self.pair, fixture.day(2026, 11, 1))
        self.assertEqual(assessment.props.level, 4)
        self.assertEqual(assessment.get_step().get_label("fr"), "Agir ensemble")
        self.assertEqual(assessment.get_next_step().props.level, 5)
        steps = assessment.get_steps()
        self.assertEqual(steps.get_n_items(), 5)
        first = steps.get_item(0).get_criteria().get_item(0)
        self.assertTrue(first.props.met)
        self.assertIn("body:copil", first.props.evidence)
        self.assertEqual(len(assessment.dup_missing("en")), 3)

    def test_staircase(self):
        dates = [fixture.day(year, 1, 1) for year in (2023, 2025)] + [fixture.day(2026, 11, 1)]
        staircase = Coop.Assessment.list_staircase(self.model, self.scale, self.pair, dates)
        levels = [staircase.get_item(i).props.level for i in range(staircase.get_n_items())]
        self.assertEqual(levels, [1, 1, 4])

    def test_unknown_territory_raises(self):
        with self.assertRaises(GLib.Error) as context:
            Coop.Assessment.new(self.model, self.scale, ["99999"], None)
        self.assertTrue(context.exception.matches(Coop.error_quark(), Coop.Error.UNKNOWN_REFERENCE))

    def test_cooperations(self):
        cooperations = Coop.Cooperation.list_in_model(self.model)
        self.assertEqual(cooperations.get_n_items(), 1)
        cooperation = cooperations.get_item(0)
        self.assertEqual(sorted(cooperation.props.territories), sorted(self.pair))
        self.assertEqual(list(cooperation.props.sources), ["agreement:reciprocite", "body:copil"])

    def test_diagnostic(self):
        diagnostic = Coop.Diagnostic.new(self.model, fixture.day(2026, 11, 1))
        levers = diagnostic.get_levers()
        self.assertEqual(levers.get_n_items(), 10)
        pacts = diagnostic.get_lever(2)
        self.assertEqual(pacts.props.score, 0.5)
        self.assertEqual(pacts.props.axis, Coop.LeverAxis.IMPULSION_POLITIQUE)
        self.assertFalse(pacts.props.weak)
        self.assertIn("agreement:pacte", pacts.props.evidence)
        self.assertGreater(diagnostic.get_axis_score(Coop.LeverAxis.CONVERGENCE), 0)

    def test_report(self):
        report = Coop.Report.new(self.model)
        report.set_language("en")
        report.set_date(fixture.day(2026, 11, 1))
        html = report.to_html()
        self.assertIn("The wheel of the ten levers", html)
        self.assertIn("Step 4 of 5", report.to_markdown())


class SampleTests(unittest.TestCase):
    """The rules on the sample model, as a user reads its results."""

    # The communes of Grand Besançon Métropole's secteur Est.
    SECTEUR_EST = ["25111", "25495", "25532", "25560"]
    DATE = fixture.day(2026, 11, 22)

    def setUp(self):
        sample = os.path.join(os.environ.get("COOP_SOURCE_DIR", "."), "examples", "data", "sample-model.json")
        self.model = Coop.Model.new_from_file(Coop.Atlas.dup_default(), Gio.File.new_for_path(sample), None)
        self.scale = Coop.Scale.new_builtin("libcoop")

    def level(self, territories):
        return Coop.Assessment.new(self.model, self.scale, territories, self.DATE).props.level

    def test_secteur_est_does_not_rest_on_other_sectors_staff(self):
        # The secteur Est has no meeting of its own: the other sectors'
        # meetings, attended by a staff member of the EPCI, are not its
        # dialogue, so removing that staff member changes nothing.
        before = self.level(self.SECTEUR_EST)
        for body_id in ("gbm-secteur-nord-ouest", "gbm-secteur-sud-ouest"):
            meetings = self.model.get_body(body_id).get_meetings()
            for i in range(meetings.get_n_items()):
                meeting = meetings.get_item(i)
                participants = [p for p in meeting.props.participants if p != "gbm-charge-secteurs"]
                self.assertEqual(len(participants), len(meeting.props.participants) - 1)
                meeting.set_participants(participants)
        self.assertEqual(self.level(self.SECTEUR_EST), before)
        # The conférence des maires, whose scope covers its communes, met once.
        self.assertEqual(before, 1)

    def test_sectors_with_their_own_meetings(self):
        # The secteur Nord-Ouest met twice with its référent there.
        self.assertEqual(self.level(["25035", "25212", "25381", "25454", "25467"]), 4)

    def test_cooperations_named_by_what_brings_them_together(self):
        cooperations = Coop.Cooperation.list_in_model(self.model)
        by_name = {cooperations.get_item(i).props.name: cooperations.get_item(i)
                   for i in range(cooperations.get_n_items())}
        # The PNR, its charte, pact, plans and committees: one cooperation,
        # whose perimeter is every communauté de communes a source brings.
        pnr = [name for name in by_name if "Monts d'Ardèche" in name]
        self.assertEqual(pnr, ["Parc naturel régional des Monts d'Ardèche and its communautés de communes"])
        self.assertEqual(len(by_name[pnr[0]].props.territories), 7)
        self.assertIn("agreement:pnr-ardeche-charte", by_name[pnr[0]].props.sources)
        self.assertIn("agreement:pnr-ardeche-plan-cooperation-2026", by_name[pnr[0]].props.sources)
        # A part of an EPCI's communes says which part.
        self.assertIn("CA du Pays Voironnais and 3 of its 31 communes", by_name)
        # Territories that are not a grouping and its members: the agreement
        # that brings them together, else the body.
        self.assertIn("Contrat de réciprocité Nantes Métropole – Pays de Retz", by_name)
        self.assertIn("Secteur Est de Grand Besançon Métropole", by_name)
        self.assertEqual(cooperations.get_n_items(), 9)

    def test_single_funding_reads_who_does_what(self):
        # The 2026 plan names one party funder (the Région) but five
        # structures hold the funding of its actions.
        diagnostic = Coop.Diagnostic.new(self.model, self.DATE)
        warnings = diagnostic.get_warnings()
        subjects = [list(warnings.get_item(i).props.subjects) for i in range(warnings.get_n_items())
                    if warnings.get_item(i).props.code == "single-funding"]
        self.assertNotIn(["pnr-ardeche-plan-cooperation-2026"], subjects)


if __name__ == "__main__":
    unittest.main(verbosity=2)
