"""The coop subcommands of the cooperation, driven as a user drives them."""

import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest

COOP = sys.argv.pop(1) if len(sys.argv) > 1 else "coop"
SOURCE = os.environ.get("COOP_SOURCE_DIR", ".")
SAMPLE = os.path.join(SOURCE, "examples", "data", "sample-model.json")
DATE = "--date=2026-11-22"


def coop(*args, **kwargs):
    return subprocess.run([COOP, *args], capture_output=True, text=True, **kwargs)


class AgreementsCommand(unittest.TestCase):
    def test_list_as_json(self):
        result = coop("agreements", SAMPLE, "--format=json")
        self.assertEqual(result.returncode, 0, result.stderr)
        rows = json.loads(result.stdout)
        ids = [row["id"] for row in rows]
        self.assertIn("pnr-ardeche-plan-cooperation-2026", ids)
        self.assertEqual(ids, sorted(ids))
        statuses = {row["status"] for row in rows}
        self.assertTrue({"draft", "negotiation", "in-force", "under-evaluation", "renewed", "completed", "cancelled"} <= statuses)

    def test_filters(self):
        rows = json.loads(coop("agreements", SAMPLE, "--kind=plan-de-cooperation", "--format=json").stdout)
        self.assertEqual(len(rows), 3)
        rows = json.loads(coop("agreements", SAMPLE, "--status=renewed", "--format=json").stdout)
        self.assertEqual({row["id"] for row in rows}, {"pnr-ardeche-plan-cooperation-2024", "pnr-ardeche-plan-cooperation-2025"})
        rows = json.loads(coop("agreements", SAMPLE, "--territory=243800984", "--format=json").stdout)
        self.assertTrue(rows)
        self.assertTrue(all(row["id"].startswith("voironnais") for row in rows))
        rows = json.loads(coop("agreements", SAMPLE, "--territory=Nantes Métropole", "--format=json").stdout)
        self.assertEqual({row["id"] for row in rows}, {"nantes-retz-contrat-reciprocite", "nantes-retz-convention-mobilite"})
        rows = json.loads(coop("agreements", SAMPLE, "--territory=Nièvre", "--format=json").stdout)
        self.assertEqual([row["id"] for row in rows], ["nevers-contrat-unique"])

    def test_csv_header(self):
        result = coop("agreements", SAMPLE, "--format=csv")
        self.assertEqual(result.stdout.splitlines()[0], "id,kind,status,start,end,parties,progress,title")

    def test_progress_is_a_number(self):
        # JSON and CSV give the progress as the fraction from 0 to 1 that
        # coop agreement --format=json gives; null or an empty cell for an
        # agreement without actions; text shows a percentage.
        rows = {row["id"]: row for row in json.loads(coop("agreements", SAMPLE, "--format=json").stdout)}
        for identifier, row in rows.items():
            with self.subTest(agreement=identifier):
                detail = json.loads(coop("agreement", SAMPLE, identifier, "--format=json").stdout)
                if detail["progress"] is None:
                    self.assertIsNone(row["progress"])
                else:
                    self.assertIsInstance(row["progress"], float)
                    self.assertAlmostEqual(row["progress"], detail["progress"], places=4)
        self.assertEqual(rows["gbm-pacte-gouvernance"]["progress"], 0.7)
        self.assertIn(None, [row["progress"] for row in rows.values()])
        csv_rows = {row["id"]: row for row in csv.DictReader(io.StringIO(coop("agreements", SAMPLE, "--format=csv").stdout))}
        self.assertEqual(csv_rows["gbm-pacte-gouvernance"]["progress"], "0.7000")
        self.assertIn("", [row["progress"] for row in csv_rows.values()])
        text = coop("agreements", SAMPLE).stdout
        self.assertRegex(text, r"gbm-pacte-gouvernance .* 70% +Pacte de gouvernance")

    def test_nothing_and_bad_usage(self):
        self.assertEqual(coop("agreements", SAMPLE, "--kind=pacte-etat-metropole").returncode, 1)
        result = coop("agreements", SAMPLE, "--status=frozen")
        self.assertEqual(result.returncode, 2)
        self.assertIn("frozen", result.stderr)
        self.assertEqual(coop("agreements").returncode, 2)


class AgreementCommand(unittest.TestCase):
    def test_text(self):
        result = coop("agreement", SAMPLE, "pnr-ardeche-plan-cooperation-2026", DATE)
        self.assertEqual(result.returncode, 0, result.stderr)
        for text in ("Parties", "Lifecycle", "in force → under evaluation", "Action renovation",
                     "facilitation", "pnr-ardeche-equipe", "Pooled resources", "mutualisation",
                     "function-unheld"):
            self.assertIn(text, result.stdout)

    def test_json(self):
        data = json.loads(coop("agreement", SAMPLE, "nantes-retz-contrat-reciprocite", "--format=json", DATE).stdout)
        self.assertEqual(data["status"], "under-evaluation")
        self.assertEqual(len(data["history"]), 4)
        mobility = [a for a in data["actions"] if a["id"] == "mobilite"][0]
        self.assertEqual(mobility["who-does-what"]["funding"], ["244400404"])
        self.assertIn("single-structure-action", [f["code"] for f in data["findings"]])

    def test_csv_who_does_what(self):
        lines = coop("agreement", SAMPLE, "gbm-pacte-gouvernance", "--format=csv").stdout.splitlines()
        self.assertEqual(lines[0], "action,function,holders")
        self.assertEqual(len(lines), 1 + 8)
        self.assertIn("secteurs,delivery,25212 25527 242500361", lines)

    def test_unknown(self):
        result = coop("agreement", SAMPLE, "no-such-agreement")
        self.assertEqual(result.returncode, 1)
        self.assertIn("no-such-agreement", result.stderr)


class ActorsCommand(unittest.TestCase):
    def test_list(self):
        rows = json.loads(coop("actors", SAMPLE, "--format=json").stdout)
        by_id = {row["id"]: row for row in rows}
        self.assertEqual(by_id["voiron-maire"]["territory"], "38563")
        self.assertIn("maire @ 38563", by_id["voiron-maire"]["mandates"])
        self.assertIn("conseiller-communautaire-titulaire @ voironnais-conseil (for 38563)", by_id["voiron-maire"]["mandates"])

    def test_ended_mandates_are_not_current(self):
        # The former référent of the secteur Est ended on 2026-03-19.
        def mandates(*args):
            rows = json.loads(coop("actors", SAMPLE, "--format=json", *args).stdout)
            return {row["id"]: row for row in rows}["gbm-referent-sud-ouest"]["mandates"]

        self.assertIn("referent @ gbm-secteur-est", mandates("--date=2026-01-15"))
        self.assertNotIn("gbm-secteur-est", mandates(DATE))
        self.assertIn("referent @ gbm-secteur-sud-ouest", mandates(DATE))
        self.assertIn("referent @ gbm-secteur-est (for 25532) (ended 2026-03-19)", mandates(DATE, "--all"))
        self.assertIn("(from 2026-05-01)", mandates("--date=2026-01-15", "--all"))
        self.assertEqual(coop("actors", SAMPLE, "--date=2026-13-01").returncode, 2)

    def test_kind(self):
        rows = json.loads(coop("actors", SAMPLE, "--kind=neutral-third-party", "--format=json").stdout)
        self.assertEqual({row["id"] for row in rows}, {"pnr-ardeche-equipe", "adeupa"})
        # Kinds are an open codelist: --kind takes a known kind or a code the
        # model uses; anything else is a usage error.
        self.assertEqual(coop("actors", SAMPLE, "--kind=alien").returncode, 2)
        self.assertEqual(coop("actors", SAMPLE, "--kind=Alien Kind").returncode, 2)


class CheckCommand(unittest.TestCase):
    def test_sample_has_no_error(self):
        result = coop("check", SAMPLE, DATE, "--format=json")
        self.assertEqual(result.returncode, 0, result.stdout)
        rows = json.loads(result.stdout)
        self.assertEqual({row["severity"] for row in rows}, {"warning"})
        self.assertEqual(sorted(row["code"] for row in rows),
                         ["function-unheld", "post-vacant", "single-structure-action"])

    def test_validate_and_check_share_what_holds_whatever_the_day(self):
        # A party that names nothing, a rating above the scale and a holder
        # that is not a party: validate says so as check does; a vacant
        # post depends on the day, so only check says it.
        document = {
            "format": "libcoop-model", "version": 1,
            "posts": [{"id": "vp", "label": "VP", "role": "vice-president"}],
            "ratings": [{"id": "r", "rater": "dgs", "territory": "243800984", "partner": "200040715",
                         "level": 42}],
            "actors": [{"id": "dgs", "kind": "staff", "name": "DGS", "territory": "243800984"}],
            "agreements": [{"id": "g", "kind": "charte", "title": "G",
                            "parties": [{"reference": "99999", "role": "signatory"},
                                        {"reference": "243800984", "role": "lead"}],
                            "actions": [{"id": "a", "title": "A",
                                         "who-does-what": {"delivery": ["38185"], "steering": ["dgs"]}}]}],
        }
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
            json.dump(document, handle)
        try:
            validate = coop("validate", handle.name, "--format=json")
            check = coop("check", handle.name, DATE, "--format=json")
            self.assertEqual(validate.returncode, 1, validate.stdout)
            self.assertEqual(check.returncode, 1, check.stdout)
            validated = {row["code"] for row in json.loads(validate.stdout)}
            checked = {row["code"] for row in json.loads(check.stdout)}
            for code in ("unknown-reference", "rating-beyond-scale", "holder-not-party"):
                self.assertIn(code, validated)
                self.assertIn(code, checked)
            # The DGS of a party may hold a function; the commune may not.
            holders = [row["message"] for row in json.loads(check.stdout) if row["code"] == "holder-not-party"]
            self.assertEqual(len(holders), 1)
            self.assertIn("38185", holders[0])
            self.assertNotIn("post-vacant", validated)
            self.assertIn("post-vacant", checked)
        finally:
            os.unlink(handle.name)

    def test_errors_exit_one(self):
        document = {
            "format": "libcoop-model", "version": 1,
            "agreements": [{"id": "g", "kind": "charte", "title": "G", "status": "in-force",
                            "end": "2020-01-01", "signatures": [{"signatory": "38563"}]}],
        }
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
            json.dump(document, handle)
        try:
            result = coop("check", handle.name, DATE)
            self.assertEqual(result.returncode, 1)
            self.assertIn("[in-force-past-end]", result.stdout)
            self.assertIn("[signatory-not-party]", result.stdout)
        finally:
            os.unlink(handle.name)

    def test_unreadable(self):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
            handle.write('{"format": "libcoop-model", "version": 1, "actors": [{"id": 3}]}')
        try:
            result = coop("check", handle.name)
            self.assertEqual(result.returncode, 2)
            self.assertIn("$.actors[0]", result.stderr)
        finally:
            os.unlink(handle.name)

    def test_bad_date(self):
        self.assertEqual(coop("check", SAMPLE, "--date=tomorrow").returncode, 2)


class InfoCommand(unittest.TestCase):
    def test_counts(self):
        rows = json.loads(coop("info", SAMPLE, "--format=json").stdout)
        counts = {row["item"]: int(row["count"]) for row in rows if row["scope"] == "model"}
        self.assertEqual(counts["agreements"], 14)
        self.assertGreater(counts["actors"], 20)
        self.assertGreater(counts["bodies"], 10)


class FormatCommand(unittest.TestCase):
    def test_sample_is_canonical(self):
        result = coop("fmt", SAMPLE)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(SAMPLE, encoding="utf-8") as handle:
            self.assertEqual(result.stdout, handle.read())

    def test_help(self):
        for command in ("agreements", "agreement", "actors", "check"):
            result = coop(command, "--help")
            self.assertEqual(result.returncode, 0, command)
            self.assertIn("Usage:", result.stdout)
            self.assertIn("--format", result.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
