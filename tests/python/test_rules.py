"""Every lever and warning rule against its definition, met and unmet.

Each case is a model document written as doc/model.md and
doc/agreements.md tell a user to write one, not built through the API:
the rule must hold on what people actually type. The definitions are those
of the seed material as DESIGN.md states them; the rules are listed in the
documentation of CoopDiagnostic.
"""

import copy
import json
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

import gi  # noqa: E402

gi.require_version("Coop", "1")
from gi.repository import Coop, GLib  # noqa: E402

TODAY = GLib.DateTime.new_utc(2026, 11, 1, 0, 0, 0)

# The CA du Pays Voironnais and two of its communes, Voiron and Voreppe;
# Grenoble-Alpes-Métropole beside it.
VOIRONNAIS = "243800984"
GRENOBLE = "200040715"
VOIRON = "38563"
VOREPPE = "38565"

FUNCTIONS = ["political-decision", "steering", "funding", "project-ownership", "delivery",
             "facilitation", "evaluation", "communication"]


def document(**sections):
    return {"format": "libcoop-model", "version": 1, **sections}


def agreement(identifier, kind, status, history=None, **members):
    """An agreement between the two EPCI, both signed."""
    return {
        "id": identifier, "kind": kind, "title": identifier, "status": status,
        "parties": [{"reference": VOIRONNAIS, "role": "signatory"}, {"reference": GRENOBLE, "role": "signatory"}],
        "signatures": [{"signatory": VOIRONNAIS, "date": "2025-01-10"}, {"signatory": GRENOBLE, "date": "2025-01-10"}],
        "history": history if history is not None else [],
        **members,
    }


def in_force(identifier, kind, **members):
    return agreement(identifier, kind, "in-force", [
        {"from-status": "draft", "to-status": "negotiation", "date": "2024-09-01"},
        {"from-status": "negotiation", "to-status": "signed", "date": "2025-01-10"},
        {"from-status": "signed", "to-status": "in-force", "date": "2025-02-01"},
    ], **members)


def body(identifier, kind, scope, meetings=(), **members):
    return {"id": identifier, "kind": kind, "name": identifier, "scope": list(scope),
            "meetings": [{"date": day, "topic": "Réunion"} for day in meetings], **members}


def table(holder_of):
    """A who-does-what table: every function to one holder unless said."""
    return {function: [holder_of.get(function, VOIRONNAIS)] for function in FUNCTIONS}


class Rules(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.atlas = Coop.Atlas.dup_default()

    def diagnose(self, doc):
        model = Coop.Model.new_from_data(self.atlas, json.dumps(doc), -1)
        return Coop.Diagnostic.new(model, TODAY)

    def lever(self, doc, number):
        return self.diagnose(doc).get_lever(number).props.score

    def signs(self, doc, code):
        warnings = self.diagnose(doc).get_warnings()
        return [warnings.get_item(i) for i in range(warnings.get_n_items())
                if warnings.get_item(i).props.code == code]

    # Lever 1: balance of representation between the parts of the territory.
    def test_lever_1_representation(self):
        mandates = [{"id": "vp1", "actor": "a", "role": "vice-president", "on-behalf-of": VOIRON},
                    {"id": "vp2", "actor": "b", "role": "vice-president", "on-behalf-of": VOIRON}]
        unmet = document(mandates=mandates)
        self.assertEqual(self.lever(unmet, 1), 0)
        met = copy.deepcopy(unmet)
        met["mandates"][1]["on-behalf-of"] = VOREPPE
        self.assertAlmostEqual(self.lever(met, 1), 0.35)

    # Lever 2: give meaning through political pacts.
    def test_lever_2_pacts(self):
        unmet = document(agreements=[in_force("convention", "convention-interterritoriale")])
        self.assertEqual(self.lever(unmet, 2), 0)
        met = document(agreements=[in_force("pacte", "pacte-de-gouvernance")])
        self.assertEqual(self.lever(met, 2), 1.0)

    # Lever 3: new spaces of dialogue with civil society, that meet.
    def test_lever_3_dialogue_spaces(self):
        silent = document(bodies=[body("codev", "conseil-de-developpement", [VOIRONNAIS])])
        self.assertEqual(self.lever(silent, 3), 0.5)
        closed = document(bodies=[body("bureau", "bureau", [VOIRONNAIS], ["2026-03-01", "2026-09-01"])])
        self.assertEqual(self.lever(closed, 3), 0)
        met = document(bodies=[body("codev", "conseil-de-developpement", [VOIRONNAIS], ["2026-03-01", "2026-09-01"])])
        self.assertEqual(self.lever(met, 3), 1.0)

    # Lever 4: local elected officials aware and involved.
    def test_lever_4_elected_officials(self):
        # Created after the day of the diagnostic, it does not count yet.
        unmet = document(bodies=[body("cdm", "conference-des-maires", [VOIRONNAIS], start="2027-01-01")])
        self.assertEqual(self.lever(unmet, 4), 0)
        # Of two conférences, the one that met counts.
        met = document(bodies=[body("cdm-a", "conference-des-maires", [GRENOBLE]),
                               body("cdm-b", "conference-des-maires", [VOIRONNAIS], ["2026-06-18"])])
        self.assertEqual(self.lever(met, 4), 1.0)

    # Lever 5: mobilise communes through bottom-up approaches.
    def test_lever_5_bottom_up(self):
        planned = in_force("plan", "plan-de-cooperation", actions=[
            {"id": "fete", "title": "Fête", "status": "planned", "who-does-what": {"communication": [VOIRON]}}])
        unmet = document(agreements=[planned])
        self.assertEqual(self.lever(unmet, 5), 0)
        under_way = in_force("plan", "plan-de-cooperation", actions=[
            {"id": "fete", "title": "Fête", "status": "under-way", "who-does-what": {"delivery": [VOIRON]}}])
        met = document(agreements=[under_way])
        self.assertEqual(self.lever(met, 5), 0.5)

    # Lever 6: long-running programmes, evaluated.
    def test_lever_6_programmes(self):
        later = in_force("plan", "plan-de-cooperation", evaluations=[{"date": "2027-01-15", "decision": "renew"}])
        self.assertEqual(self.lever(document(agreements=[later]), 6), 0)
        evaluated = in_force("plan", "plan-de-cooperation", evaluations=[{"date": "2026-10-15", "decision": "renew"}])
        self.assertAlmostEqual(self.lever(document(agreements=[evaluated]), 6), 0.4)

    # Lever 7: bring territorial projects together.
    def test_lever_7_projects_together(self):
        draft = agreement("articulation", "convention-d-articulation", "draft")
        self.assertEqual(self.lever(document(agreements=[draft]), 7), 0)
        signed = in_force("articulation", "convention-d-articulation")
        self.assertEqual(self.lever(document(agreements=[signed]), 7), 1.0)

    # Lever 8: make procedures and contracts converge.
    def test_lever_8_contracts(self):
        self.assertEqual(self.lever(document(agreements=[in_force("charte", "charte")]), 8), 0)
        self.assertEqual(self.lever(document(agreements=[in_force("contrat", "contrat-territorial")]), 8), 1.0)

    # Lever 9: pool resources (a mutualisation, under a signed agreement).
    def test_lever_9_pooling(self):
        resources = [{"kind": "service", "mode": "mutualisation", "title": "Service commun"}]
        draft = agreement("schema", "schema-de-mutualisation", "draft", **{"pooled-resources": resources})
        self.assertEqual(self.lever(document(agreements=[draft]), 9), 0)
        signed = in_force("schema", "schema-de-mutualisation", **{"pooled-resources": resources})
        self.assertEqual(self.lever(document(agreements=[signed]), 9), 1.0)

    # Lever 10: rethink how the territorial project is made.
    def test_lever_10_project_making(self):
        animate = body("codev", "conseil-de-developpement", [VOIRONNAIS], **{"council-role": "dialogue-and-animate"})
        self.assertEqual(self.lever(document(bodies=[animate]), 10), 0)
        validate = body("codev", "conseil-de-developpement", [VOIRONNAIS], **{"council-role": "propose-and-validate"})
        self.assertEqual(self.lever(document(bodies=[validate]), 10), 0.5)

    # A small core of elected officials holding most mandates.
    def test_sign_small_core(self):
        bodies = [body("b%u" % i, "commission", [VOIRONNAIS]) for i in range(6)]
        actors = [{"id": "elu%u" % i, "kind": "elected-official", "name": "Élu %u" % i} for i in range(6)]
        spread = [{"id": "m%u" % i, "actor": "elu%u" % i, "role": "member", "body": "b%u" % i} for i in range(6)]
        self.assertEqual(self.signs(document(actors=actors, bodies=bodies, mandates=spread), "small-core"), [])
        core = spread + [{"id": "c%u" % i, "actor": "elu0", "role": "member", "body": "b%u" % i} for i in range(1, 6)]
        self.assertEqual(len(self.signs(document(actors=actors, bodies=bodies, mandates=core), "small-core")), 1)

    # A grouping that no body or agreement reaches.
    def test_sign_invisible_border(self):
        pays = [{"code": "pays-test", "kind": "pays", "name": "Pays de test", "members": [VOIRONNAIS]}]
        self.assertEqual(len(self.signs(document(territories=pays), "invisible-border")), 1)
        reached = document(territories=pays, bodies=[body("copil", "comite-de-pilotage", ["pays-test"])])
        self.assertEqual(self.signs(reached, "invisible-border"), [])

    # Overlapping perimeters with no articulation agreement. Only an
    # agreement that binds its parties counts: in force, under evaluation
    # or renewed on the day of the diagnostic, by its history.
    def test_sign_strata(self):
        layers = [{"code": "pays-test", "kind": "pays", "name": "Pays", "members": [VOIRONNAIS]},
                  {"code": "scot-test", "kind": "scot", "name": "SCoT", "members": [VOIRONNAIS, GRENOBLE]}]
        self.assertEqual(len(self.signs(document(territories=layers), "strata")), 1)

        def articulation(status, *moves):
            steps, previous = [], "draft"
            for to, day in moves:
                steps.append({"from-status": previous, "to-status": to, "date": day})
                previous = to
            return {"id": "articulation", "kind": "convention-d-articulation", "title": "Articulation",
                    "status": status, "history": steps,
                    "parties": [{"reference": "pays-test", "role": "signatory"},
                                {"reference": "scot-test", "role": "signatory"}]}

        signed = [("negotiation", "2025-03-01"), ("signed", "2025-06-01")]
        binding = {
            "in force": articulation("in-force", *signed, ("in-force", "2025-07-01")),
            "under evaluation": articulation("under-evaluation", *signed, ("in-force", "2025-07-01"),
                                             ("under-evaluation", "2026-09-01")),
            "renewed": articulation("renewed", *signed, ("in-force", "2025-07-01"),
                                    ("under-evaluation", "2026-09-01"), ("renewed", "2026-10-01")),
            "without a history": articulation("in-force"),
        }
        for name, agreement in binding.items():
            with self.subTest(name):
                self.assertEqual(self.signs(document(territories=layers, agreements=[agreement]), "strata"), [])
        not_binding = {
            "draft": articulation("draft"),
            "in negotiation": articulation("negotiation", ("negotiation", "2025-03-01")),
            "signed, not yet in force": articulation("signed", *signed),
            "cancelled": articulation("cancelled", ("negotiation", "2025-03-01"), ("cancelled", "2025-05-01")),
            "expired": articulation("expired", *signed, ("in-force", "2025-07-01"), ("expired", "2026-07-01")),
            "in force only after the day": articulation("in-force", *signed, ("in-force", "2026-12-01")),
        }
        for name, agreement in not_binding.items():
            with self.subTest(name):
                signs = self.signs(document(territories=layers, agreements=[agreement]), "strata")
                self.assertEqual(len(signs), 1)
                self.assertIn("no agreement in force", signs[0].props.message)

    # Actions whose functions all sit in one structure.
    def test_sign_silos(self):
        silo = in_force("plan", "plan-de-cooperation", actions=[
            {"id": "a", "title": "A", "status": "under-way", "who-does-what": table({})}])
        self.assertEqual(len(self.signs(document(agreements=[silo]), "silos")), 1)
        shared = in_force("plan", "plan-de-cooperation", actions=[
            {"id": "a", "title": "A", "status": "under-way", "who-does-what": table({"delivery": GRENOBLE})}])
        self.assertEqual(self.signs(document(agreements=[shared]), "silos"), [])

    # Cooperation resting on one programme's funding, with no evaluation.
    def test_sign_single_funding(self):
        one = in_force("plan", "plan-de-cooperation", actions=[
            {"id": "a", "title": "A", "who-does-what": {"funding": ["region:84"]}}])
        one["parties"].append({"reference": "region:84", "role": "funder"})
        self.assertEqual(len(self.signs(document(agreements=[one]), "single-funding")), 1)
        several = copy.deepcopy(one)
        several["actions"][0]["who-does-what"]["funding"] += [VOIRONNAIS, GRENOBLE]
        self.assertEqual(self.signs(document(agreements=[several]), "single-funding"), [])
        # A signatory funding what it signs spends its own money, not a
        # programme's.
        own = in_force("plan", "plan-de-cooperation", actions=[
            {"id": "a", "title": "A", "who-does-what": {"funding": [VOIRONNAIS]}}])
        self.assertEqual(self.signs(document(agreements=[own]), "single-funding"), [])

        # A renewal is the follow-up the sign looks for: an agreement
        # renewed by the day (as coop_model_renew_agreement() leaves it),
        # and the agreement that renews it, are not resting on one
        # programme's funding with no continuation.
        renewed = copy.deepcopy(one)
        renewed["id"] = "plan-2025"
        renewed["status"] = "renewed"
        renewed["history"] += [{"from-status": "in-force", "to-status": "under-evaluation", "date": "2025-11-01"},
                               {"from-status": "under-evaluation", "to-status": "renewed", "date": "2025-12-15"}]
        self.assertEqual(self.signs(document(agreements=[renewed]), "single-funding"), [])
        renewal = copy.deepcopy(one)
        renewal["id"] = "plan-2026"
        renewal["related"] = [{"relation": "renews", "agreement": "plan-2025"}]
        self.assertEqual(self.signs(document(agreements=[renewed, renewal]), "single-funding"), [])
        # The renewal alone, the agreement it renews being elsewhere.
        self.assertEqual(self.signs(document(agreements=[renewal]), "single-funding"), [])
        # Renewed through a link only: the older agreement has no history.
        older = copy.deepcopy(one)
        older["id"] = "plan-2025"
        self.assertEqual(self.signs(document(agreements=[older, renewal]), "single-funding"), [])

        # Not a renewal: renewed only after the day, or merely amended.
        later = copy.deepcopy(renewed)
        later["history"][-1]["date"] = "2026-12-15"
        self.assertEqual(len(self.signs(document(agreements=[later]), "single-funding")), 1)
        amendment = copy.deepcopy(one)
        amendment["id"] = "avenant"
        amendment["related"] = [{"relation": "amends", "agreement": "plan"}]
        signs = self.signs(document(agreements=[one, amendment]), "single-funding")
        self.assertEqual(sorted(sign.props.subjects[0] for sign in signs), ["avenant", "plan"])

    # Agreements that do not survive a change of mandate.
    def test_sign_mandate_change(self):
        def ended(date):
            return agreement("convention", "convention-interterritoriale", "terminated-early", [
                {"from-status": "draft", "to-status": "negotiation", "date": "2019-01-10"},
                {"from-status": "negotiation", "to-status": "signed", "date": "2019-05-01"},
                {"from-status": "signed", "to-status": "in-force", "date": "2019-06-01"},
                {"from-status": "in-force", "to-status": "terminated-early", "date": date},
            ], start="2019-06-01")
        self.assertEqual(len(self.signs(document(agreements=[ended("2020-09-01")]), "mandate-change")), 1)
        self.assertEqual(self.signs(document(agreements=[ended("2023-09-01")]), "mandate-change"), [])

    # Two sides that rate their cooperation differently.
    def test_sign_rating_asymmetry(self):
        def ratings(other_level):
            return document(ratings=[
                {"id": "r1", "rater": "dgs-v", "territory": VOIRONNAIS, "partner": GRENOBLE, "level": 3,
                 "date": "2026-05-01"},
                {"id": "r2", "rater": "dgs-g", "territory": GRENOBLE, "partner": VOIRONNAIS, "level": other_level,
                 "date": "2026-05-01"}])
        self.assertEqual(self.signs(ratings(3), "rating-asymmetry"), [])
        self.assertEqual(len(self.signs(ratings(5), "rating-asymmetry")), 1)
        # Step 42 of a five-step scale is an error of the document, which
        # coop validate reports, not a disagreement about a step.
        self.assertEqual(self.signs(ratings(42), "rating-asymmetry"), [])

    def test_report_shows_no_step_beyond_the_scale(self):
        doc = document(
            agreements=[in_force("contrat", "contrat-de-reciprocite")],
            ratings=[{"id": "r1", "rater": "dgs", "territory": VOIRONNAIS, "partner": GRENOBLE, "level": 42},
                     {"id": "r2", "rater": "dgs", "territory": GRENOBLE, "partner": VOIRONNAIS, "level": 2}])
        report = Coop.Report.new(Coop.Model.new_from_data(self.atlas, json.dumps(doc), -1))
        report.set_language("en")
        report.set_date(TODAY)
        text = report.to_markdown()
        self.assertNotIn("step 42", text)
        self.assertIn("on step 2", text)


if __name__ == "__main__":
    unittest.main(verbosity=2)
