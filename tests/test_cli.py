"""The coop command, driven as a user drives it."""

import csv
import io
import json
import re
import os
import subprocess
import sys
import tempfile
import unittest

COOP = sys.argv.pop(1) if len(sys.argv) > 1 else "coop"
SOURCE = os.environ.get("COOP_SOURCE_DIR", ".")


def coop(*args, **kwargs):
    return subprocess.run([COOP, *args], capture_output=True, text=True, **kwargs)


class Conventions(unittest.TestCase):
    def test_version(self):
        result = coop("--version")
        self.assertEqual(result.returncode, 0)
        self.assertRegex(result.stdout, r"^coop \d+\.\d+\.\d+\n$")

    def test_help_command(self):
        """coop help COMMAND prints what coop COMMAND --help prints, for every command."""
        usage = coop("help").stdout
        commands = [line.split()[0] for line in usage.split("Commands:\n")[1].split("\n\n")[0].splitlines()]
        self.assertIn("seats", commands)
        for command in commands:
            with self.subTest(command=command):
                helped = coop("help", command)
                self.assertEqual(helped.returncode, 0)
                self.assertEqual(helped.stdout, coop(command, "--help").stdout)
                self.assertIn("--help", helped.stdout)
        unknown = coop("help", "nonsense")
        self.assertEqual(unknown.returncode, 2)
        self.assertIn("nonsense", unknown.stderr)


class TerritoryCommand(unittest.TestCase):
    def test_voiron_as_json(self):
        result = coop("territory", "38563", "--format=json")
        self.assertEqual(result.returncode, 0, result.stderr)
        data = json.loads(result.stdout)
        self.assertEqual(data["code"], "38563")
        self.assertEqual(data["name"], "Voiron")
        self.assertEqual(data["kind"], "commune")
        self.assertEqual(data["population"], 21847)
        self.assertEqual(data["epci"], "243800984")
        self.assertEqual(data["departement"], "38")
        self.assertEqual(data["region"], "84")

    def test_epci_members_as_json(self):
        data = json.loads(coop("territory", "243800984", "--format=json").stdout)
        self.assertEqual(data["kind"], "epci")
        self.assertEqual(len(data["members"]), 31)
        self.assertIn("38563", data["members"])

    def test_missing_atlas(self):
        """The error names the file tried and COOP_ATLAS, set or not."""
        missing = os.path.join(tempfile.gettempdir(), "no-such-dir", "france.atlas")
        result = coop("territory", "38563", env=dict(os.environ, COOP_ATLAS=missing))
        self.assertEqual(result.returncode, 2)
        self.assertIn(missing, result.stderr)
        self.assertIn("COOP_ATLAS", result.stderr)
        self.assertNotIn("CRITICAL", result.stderr)
        unset = {key: value for key, value in os.environ.items() if key != "COOP_ATLAS"}
        result = coop("territory", "38563", env=unset)
        if result.returncode == 0:
            self.skipTest("an atlas is installed at the default path")
        self.assertEqual(result.returncode, 2)
        self.assertIn("france.atlas", result.stderr)
        self.assertIn("COOP_ATLAS is not set", result.stderr)

    def test_absent_links_are_null(self):
        """Every link member is present; an absent EPCI is null, not left out."""
        data = json.loads(coop("territory", "98414", "--format=json").stdout)
        self.assertIn("epci", data)
        self.assertIsNone(data["epci"])
        self.assertIsNone(data["ept"])
        self.assertIsNone(data["population"])
        voiron = json.loads(coop("territory", "38563", "--format=json").stdout)
        self.assertIsNone(voiron["ept"])
        for member in ("code", "name", "kind", "population", "siren", "epci", "ept", "departement", "region"):
            self.assertIn(member, data)
            self.assertIn(member, voiron)

    def test_unknown_population(self):
        """La Terre-Adélie has no population: an empty CSV cell and JSON null, never -1."""
        rows = list(csv.DictReader(io.StringIO(coop("territory", "98414", "--format=csv").stdout)))
        self.assertEqual(rows[0]["population"], "")
        self.assertEqual(rows[0]["epci"], "")
        found = json.loads(coop("search", "terre-adelie", "--format=json").stdout)
        self.assertEqual(found[0]["code"], "98414")
        self.assertIsNone(found[0]["population"])
        rows = list(csv.DictReader(io.StringIO(coop("search", "terre-adelie", "--format=csv").stdout)))
        self.assertEqual(rows[0]["population"], "")
        for fmt in ("text", "csv", "json"):
            self.assertNotIn("-1", coop("search", "terre-adelie", f"--format={fmt}").stdout)
            self.assertNotIn("-1", coop("territory", "98414", f"--format={fmt}").stdout)
        voiron = json.loads(coop("search", "voiron", "--format=json").stdout)
        self.assertEqual(voiron[0]["population"], 21847)

    def test_by_name(self):
        result = coop("territory", "Voiron")
        self.assertEqual(result.returncode, 0)
        self.assertIn("CA du Pays Voironnais", result.stdout)

    def test_not_found(self):
        result = coop("territory", "zzzzzzzz")
        self.assertEqual(result.returncode, 1)
        self.assertIn("zzzzzzzz", result.stderr)

    def test_bad_format(self):
        result = coop("territory", "38563", "--format=xml")
        self.assertEqual(result.returncode, 2)
        self.assertIn("xml", result.stderr)

    def test_help(self):
        for command in ("territory", "search", "info", "fmt", "validate"):
            result = coop(command, "--help")
            self.assertEqual(result.returncode, 0, command)
            self.assertIn("Usage:", result.stdout)
        self.assertEqual(coop("--help").returncode, 0)
        self.assertEqual(coop("frobnicate").returncode, 2)

    def test_help_names_coop_and_the_command(self):
        # Every command of coop --help: its --help, coop help COMMAND and a
        # usage error show “coop COMMAND”, never the command alone.
        usage = coop("--help").stdout
        commands = re.findall(r"^  ([a-z][a-z-]*) ", usage.split("Commands:\n")[1].split("\n\n")[0], re.M)
        self.assertIn("fmt", commands)
        self.assertIn("seats", commands)
        for command in commands:
            with self.subTest(command=command):
                for result in (coop(command, "--help"), coop("help", command)):
                    self.assertEqual(result.returncode, 0, result.stderr)
                    self.assertRegex(result.stdout, rf"^Usage:\n  coop {command} ")
                refused = coop(command, "--no-such-option")
                self.assertEqual(refused.returncode, 2)
                self.assertIn(f"\n  coop {command} ", refused.stderr)


class SearchCommand(unittest.TestCase):
    def test_csv(self):
        result = coop("search", "voiron", "--format=csv")
        self.assertEqual(result.returncode, 0)
        lines = result.stdout.splitlines()
        self.assertEqual(lines[0], "code,kind,name,population,departement")
        self.assertTrue(lines[1].startswith("38563,commune,Voiron,"))

    def test_nothing(self):
        self.assertEqual(coop("search", "qqqqqqq").returncode, 1)


class InfoCommand(unittest.TestCase):
    def test_counts(self):
        data = json.loads(coop("info", "--format=json").stdout)
        counts = {row["item"]: row["count"] for row in data}
        self.assertEqual(counts["commune"], 34969)
        self.assertEqual(counts["epci"], 1255)
        # France has 101 départements and 18 régions; the eight collectivités
        # d'outre-mer are neither.
        self.assertEqual(counts["departement"], 101)
        self.assertEqual(counts["region"], 18)
        self.assertEqual(counts["collectivite-outre-mer"], 8)
        self.assertEqual(counts["arrondissement-municipal"], 45)

    def test_millesime(self):
        result = coop("info", "--year", "2020")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("0.8.0, millésime 2020 (held: 2020 to 2026), populations 2016", result.stdout)


class Millesimes(unittest.TestCase):
    """The lookups of issue 13, as a new user tries them."""

    def test_split_code(self):
        # CC Centre Morbihan Communauté (2020) was split on 1 January 2022.
        result = coop("territory", "200067221")
        self.assertEqual(result.returncode, 3)
        self.assertIn("CC Baud Communauté (200096675) since 2022", result.stderr)
        self.assertIn("CC Centre Morbihan Communauté (200096683) since 2022", result.stderr)
        self.assertIn("was split", result.stderr)
        self.assertEqual(coop("territory", "200067221", "--year", "2021").returncode, 0)

    def test_year_out_of_range(self):
        sample = os.path.join(SOURCE, "examples", "data", "sample-model.json")
        for command in (["territory", "38563"], ["search", "voiron"], ["info"], ["seats", "243800984"],
                        ["report", sample], ["fmt", sample]):
            with self.subTest(command=command[0]):
                result = coop(*command, "--year", "2019")
                self.assertEqual(result.returncode, 2)
                self.assertIn("no millésime 2019", result.stderr)
                self.assertIn("2020, 2021, 2022, 2023, 2024, 2025, 2026", result.stderr)
        result = coop("territory", "38563", "--year", "twenty")
        self.assertEqual(result.returncode, 2)
        self.assertEqual(coop("territory", "38563", "--year", "-5").returncode, 2)

    def test_former_code(self):
        result = coop("territory", "01340", "--format=json")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("01340 is part of Arboys en Bugey (01015)", result.stderr)
        data = json.loads(result.stdout)
        self.assertEqual(data["kind"], "commune-deleguee")
        result = coop("territory", "49319")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Segré-en-Anjou Bleu (49331)", result.stderr)

    def test_former_code_gone(self):
        # Sannerville (14666) existed in 2020 only as far as this atlas goes.
        result = coop("territory", "14666", "--year", "2020")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Sannerville", result.stdout)

    def test_parts_of_communes(self):
        paris = coop("territory", "75101")
        self.assertEqual(paris.returncode, 0, paris.stderr)
        self.assertIn("Paris 1er Arrondissement", paris.stdout)
        self.assertIn("Paris (commune, 75056)", paris.stdout)
        annecy = json.loads(coop("search", "annecy-le-vieux", "--format=json").stdout)
        self.assertEqual(annecy[0]["code"], "commune-deleguee:74011")

    def test_overseas(self):
        result = coop("territory", "97801")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertNotIn("Région", result.stdout)
        self.assertIn("Saint-Martin (collectivité d’outre-mer, 978)", result.stdout)

    def test_ambiguous_name(self):
        result = coop("territory", "Saint-Pierre")
        self.assertEqual(result.returncode, 3)
        self.assertIn("names 9 territories", result.stderr)
        self.assertIn("97416", result.stderr)
        self.assertIn("04194", result.stderr)
        self.assertEqual(result.stdout, "")

    def test_abbreviations_and_case(self):
        self.assertIn("42218", coop("search", "st etienne").stdout.splitlines()[1])
        result = coop("territory", "2a004")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Ajaccio", result.stdout)

    def test_voironnais_2020_and_2026(self):
        then = json.loads(coop("territory", "243800984", "--year", "2020", "--format=json").stdout)
        now = json.loads(coop("territory", "243800984", "--year", "2026", "--format=json").stdout)
        self.assertEqual(sorted(then["members"]), sorted(now["members"]))
        self.assertEqual(len(now["members"]), 31)
        self.assertNotEqual(then["population"], now["population"])

    def test_seats_2020(self):
        result = coop("seats", "200068765", "--year", "2020", "--format=json")
        self.assertEqual(result.returncode, 0, result.stderr)
        rows = json.loads(result.stdout)
        # The 2020 perimeter (60 communes) and the populations in force on
        # 1 January 2019 (census 2016): 24,859 inhabitants, 89 seats as the
        # published council of 2020 (DESIGN.md, L5211-6-1 V).
        self.assertEqual(len(rows), 60)
        self.assertEqual(sum(row["population"] for row in rows), 24859)
        self.assertEqual(sum(row["seats"] for row in rows), 89)
        self.assertEqual({row["name"]: row["seats"] for row in rows}["Sisteron"], 18)
        later = json.loads(coop("seats", "200068765", "--year", "2026", "--format=json").stdout)
        self.assertNotEqual(sum(row["population"] for row in later), 24859)


MODEL = """{
  "format": "libcoop-model",
  "version": 1,
  "territories": [
    {"code": "z-pays", "kind": "pays", "name": "Z", "members": ["243800984"]},
    {"code": "a-pnr", "kind": "pnr", "name": "A", "members": ["38185"], "x-extra": {"b": 1, "a": 2}}
  ]
}
"""


class ModelCommands(unittest.TestCase):
    def setUp(self):
        self.directory = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.directory.name, "model.json")
        with open(self.path, "w") as handle:
            handle.write(MODEL)

    def tearDown(self):
        self.directory.cleanup()

    def write(self, text):
        with open(self.path, "w") as handle:
            handle.write(text)

    def test_fmt_is_canonical_and_idempotent(self):
        first = coop("fmt", self.path)
        self.assertEqual(first.returncode, 0, first.stderr)
        self.assertLess(first.stdout.index('"a-pnr"'), first.stdout.index('"z-pays"'))
        self.assertIn('"x-extra": {\n        "a": 2,\n        "b": 1\n      }', first.stdout)
        self.write(first.stdout)
        second = coop("fmt", self.path)
        self.assertEqual(second.stdout, first.stdout)

    def test_fmt_in_place(self):
        result = coop("fmt", "--in-place", self.path)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout, "")
        with open(self.path) as handle:
            self.assertEqual(handle.read(), coop("fmt", self.path).stdout)

    def test_validate_valid(self):
        result = coop("validate", self.path)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("valid", result.stdout)

    def test_validate_findings(self):
        self.write(MODEL.replace('"38185"', '"38185", "99999"'))
        result = coop("validate", self.path)
        self.assertEqual(result.returncode, 1)
        self.assertIn("error: line 6: $.territories[0].members[1]", result.stdout)
        self.assertIn("[unknown-reference]", result.stdout)
        rows = json.loads(coop("validate", self.path, "--format=json").stdout)
        self.assertEqual(rows[0]["code"], "unknown-reference")
        self.assertEqual(rows[0]["severity"], "error")
        self.assertIsInstance(rows[0]["line"], int)
        self.assertGreater(rows[0]["line"], 0)

    def test_validate_former_codes(self):
        # 02077 was a commune in 2020 and is part of 02564 since; 01340 is now
        # the commune déléguée of Saint-Bois, in Arboys en Bugey (01015).
        self.write(MODEL.replace('"38185"', '"38185", "02077", "01340"'))
        rows = json.loads(coop("validate", self.path, "--format=json").stdout)
        former = [row for row in rows if row["code"] == "former-code"]
        self.assertEqual([row["severity"] for row in former], ["error", "warning"], rows)
        self.assertIn("02564", former[0]["message"])
        self.assertIn("01015", former[1]["message"])
        self.assertNotIn("unknown-reference", [row["code"] for row in rows])

    def test_validate_warnings_only(self):
        self.write(MODEL.replace('"members": ["243800984"]', '"members": []'))
        result = coop("validate", self.path)
        self.assertEqual(result.returncode, 0)
        self.assertIn("[empty-perimeter]", result.stdout)

    def test_validate_unreadable(self):
        self.write('{"format": "libcoop-model", "version": 1, "territories": [')
        result = coop("validate", self.path)
        self.assertEqual(result.returncode, 2)
        self.assertIn(self.path, result.stderr)
        result = coop("validate", os.path.join(self.directory.name, "missing.json"))
        self.assertEqual(result.returncode, 2)

    def test_info_with_model(self):
        rows = json.loads(coop("info", self.path, "--format=json").stdout)
        counts = {(row["scope"], row["item"]): int(row["count"]) for row in rows}
        self.assertEqual(counts[("model", "territories")], 2)
        self.assertEqual(counts[("model", "pnr")], 1)

    def test_territory_from_model(self):
        data = json.loads(coop("territory", "z-pays", "--model", self.path, "--format=json").stdout)
        self.assertEqual(data["kind"], "pays")
        self.assertEqual(len(data["members"]), 1)
        # A perimeter of project sums its communes' INSEE figures.
        self.assertEqual(data["population"], 97384)
        voiron = json.loads(coop("territory", "38563", "--model", self.path, "--format=json").stdout)
        self.assertIn("z-pays", voiron["containers"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
