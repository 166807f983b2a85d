"""The coop command, driven as a user drives it."""

import json
import os
import subprocess
import sys
import tempfile
import unittest

COOP = sys.argv.pop(1) if len(sys.argv) > 1 else "coop"
SOURCE = os.environ.get("COOP_SOURCE_DIR", ".")


def coop(*args, **kwargs):
    return subprocess.run([COOP, *args], capture_output=True, text=True, **kwargs)


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
        counts = {row["item"]: int(row["count"]) for row in data}
        self.assertEqual(counts["commune"], 34969)
        self.assertEqual(counts["epci"], 1255)


if __name__ == "__main__":
    unittest.main(verbosity=2)
