"""Assessments, staircases, the lever diagnostic and the report through PyGObject."""

import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

import gi  # noqa: E402

gi.require_version("Coop", "1")
from gi.repository import Coop, GLib  # noqa: E402

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


if __name__ == "__main__":
    unittest.main(verbosity=2)
