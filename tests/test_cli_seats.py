"""coop seats, driven as a user drives it."""

import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest

COOP = sys.argv.pop(1) if len(sys.argv) > 1 else "coop"


def coop(*args, env=None):
    return subprocess.run([COOP, "seats", *args], capture_output=True, text=True,
                          env=None if env is None else {**os.environ, **env})


def write(text, suffix):
    handle = tempfile.NamedTemporaryFile("w", suffix=suffix, delete=False)
    handle.write(text)
    handle.close()
    return handle.name


class SeatsCommand(unittest.TestCase):
    def test_csv(self):
        result = coop("243800984", "--format=csv")
        self.assertEqual(result.returncode, 0, result.stderr)
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        for column in ("commune", "name", "population", "seats"):
            self.assertIn(column, rows[0])
        self.assertEqual(len(rows), 31)
        self.assertEqual(rows[0]["commune"], "38563")
        self.assertEqual(sum(int(row["seats"]) for row in rows), 61)

    def test_csv_ignores_the_locale(self):
        result = coop("200016905", "--format=csv", "--explain", env={"LC_ALL": "fr_FR.UTF-8"})
        row = next(csv.DictReader(io.StringIO(result.stdout)))
        self.assertEqual(row["seat_share"], "0.3600")
        self.assertIn("siège", result.stderr)

    def test_text_and_explain(self):
        result = coop("243800984", "--explain", "--language=en")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("III table:               42 seats", result.stdout)
        self.assertIn("L5211-6-1 IV 2°", result.stdout)
        french = coop("243800984", "--explain", "--language=fr")
        self.assertIn("sièges de droit", french.stdout)

    def test_reading(self):
        absorb = json.loads(coop("200005957", "--format=json").stdout)
        keep = json.loads(coop("200005957", "--format=json", "--reading=keep").stdout)
        self.assertLess(sum(r["seats"] for r in absorb), sum(r["seats"] for r in keep))
        self.assertEqual(coop("243800984", "--reading=maybe").returncode, 2)

    def test_all(self):
        result = coop("--all", "--format=csv")
        self.assertEqual(result.returncode, 0)
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        for column in ("epci", "commune", "population", "seats"):
            self.assertIn(column, rows[0])
        # Every EPCI of the atlas but the Métropole de Lyon, out of scope.
        self.assertEqual(len({row["epci"] for row in rows}), 1254)
        self.assertNotIn("200046977", {row["epci"] for row in rows})
        self.assertIn("Métropole de Lyon", result.stderr)
        self.assertIn("1 EPCI skipped", result.stderr)
        self.assertTrue(all(int(row["seats"]) >= 1 for row in rows))
        # The CA du Grand Verdun, with its six villages of 0 inhabitants.
        verdun = [row for row in rows if row["epci"] == "200049187"]
        empty = [row for row in verdun if row["population"] == "0"]
        self.assertEqual(len(empty), 6)
        self.assertTrue(all(row["seats"] == "1" for row in empty))

    def test_accords_locaux(self):
        result = coop("243800984", "--accords-locaux")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("5 legal accords locaux", result.stdout)
        refused = coop("242100410", "--accords-locaux")
        self.assertEqual(refused.returncode, 2)
        self.assertIn("communautés de communes", refused.stderr)

    def test_check(self):
        rows = list(csv.DictReader(io.StringIO(coop("243800984", "--format=csv").stdout)))
        legal = {row["commune"]: int(row["seats_before_supplement"]) for row in rows}
        path = write(json.dumps(legal), ".json")
        try:
            result = coop("243800984", "--check", path)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
            self.assertIn("legal", result.stdout)
        finally:
            os.unlink(path)

        legal["38563"] = 50
        path = write("commune,seats\n" + "".join(f"{c},{s}\n" for c, s in legal.items()), ".csv")
        try:
            result = coop("243800984", "--check", path, "--format=csv")
            self.assertEqual(result.returncode, 1)
            self.assertIn("accord-local-half", result.stdout)
        finally:
            os.unlink(path)

        path = write('{"38563": -1}', ".json")
        try:
            result = coop("243800984", "--check", path)
            self.assertEqual(result.returncode, 2)
            self.assertIn("38563", result.stderr)
        finally:
            os.unlink(path)

    def test_power(self):
        result = coop("242100410", "--power", "--format=json")
        self.assertEqual(result.returncode, 0, result.stderr)
        data = json.loads(result.stdout)
        self.assertEqual(data[0]["name"], "Dijon")
        self.assertIs(data[0]["decides_alone"], False)
        self.assertAlmostEqual(sum(row["shapley_shubik"] for row in data), 1.0, places=2)

    def test_json_numbers(self):
        """Counts are JSON integers, shares JSON numbers with the digits of the CSV, flags booleans."""
        data = json.loads(coop("200016905", "--format=json").stdout)
        rows = list(csv.DictReader(io.StringIO(coop("200016905", "--format=csv").stdout)))
        lamastre = next(row for row in data if row["commune"] == "07129")
        self.assertEqual(lamastre["population"], 2336)
        self.assertIsInstance(lamastre["seats"], int)
        self.assertIs(lamastre["seat_de_droit"], False)
        self.assertEqual(sum(row["seats"] for row in data), 25)
        self.assertEqual([row["seat_share"] for row in data], [float(row["seat_share"]) for row in rows])
        self.assertTrue(any(row["seat_de_droit"] is True for row in data))
        raw = coop("200016905", "--format=json").stdout
        self.assertIn('"seat_share" : 0.3600', raw)
        accords = json.loads(coop("200016905", "--accords-locaux", "--format=json").stdout)
        self.assertTrue(all(isinstance(row["most_proportional"], int) for row in accords))
        everything = json.loads(coop("--all", "--format=json").stdout)
        self.assertTrue(all(isinstance(row["seats"], int) and isinstance(row["population"], int)
                            for row in everything))

    def test_errors_and_help(self):
        self.assertEqual(coop("--help").returncode, 0)
        self.assertIn("Usage:", coop("--help").stdout)
        self.assertEqual(coop().returncode, 2)
        self.assertEqual(coop("zzzzzzzz").returncode, 1)
        lyon = coop("200046977")
        self.assertEqual(lyon.returncode, 2)
        self.assertIn("Métropole de Lyon", lyon.stderr)
        self.assertEqual(coop("--all", "243800984").returncode, 2)


# French through LANGUAGE over C.UTF-8, which exists on a fresh Debian 12;
# COOP_LOCALEDIR (set by meson test) points at the build tree's catalogues.
FRENCH = {"LC_ALL": "C.UTF-8", "LANGUAGE": "fr"}


def check_in_french(change, column="seats"):
    """coop seats --check on the Pays Voironnais' droit commun, changed by
    change(proposal), in French."""
    rows = list(csv.DictReader(io.StringIO(coop("243800984", "--format=csv").stdout)))
    proposal = {row["commune"]: int(row[column]) for row in rows}
    change(proposal)
    path = write(json.dumps(proposal), ".json")
    try:
        return coop("243800984", "--check", path, env=FRENCH)
    finally:
        os.unlink(path)


class SeatsInFrench(unittest.TestCase):
    def test_summary(self):
        result = coop("200049187", env=FRENCH)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("CGCT L5211-6-1, tables de la loi", result.stdout)
        self.assertIn("périurbain", result.stdout)
        # CSV and JSON keep the stable nick whatever the language.
        rows = list(csv.DictReader(io.StringIO(coop("200049187", "--format=csv", env=FRENCH).stdout)))
        self.assertIn(rows[0]["nature"], ("urban", "periurban", "rural"))

    def test_errors(self):
        lyon = coop("200046977", env=FRENCH)
        self.assertEqual(lyon.returncode, 2)
        self.assertIn("collectivité à statut particulier dont le conseil est élu directement", lyon.stderr)
        check = check_in_french(lambda proposal: proposal.update({"99999": 1}))
        self.assertEqual(check.returncode, 2)
        self.assertIn("n’est pas une commune membre de l’EPCI", check.stderr)

    def test_findings(self):
        result = check_in_french(lambda proposal: proposal.update({"38563": 40}), "seats_before_supplement")
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn("un accord local en compte au plus 72", result.stdout)
        self.assertIn("Voiron détient", result.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
