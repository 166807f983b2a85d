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
        # V applies; its 5 seats come on top of the 58 of III and IV.
        self.assertEqual(sum(int(row["seats"]) for row in rows), 63)

    def test_csv_ignores_the_locale(self):
        result = coop("200016905", "--format=csv", "--explain", env={"LC_ALL": "fr_FR.UTF-8"})
        row = next(csv.DictReader(io.StringIO(result.stdout)))
        self.assertEqual(row["seat_share"], "0.3600")
        self.assertIn("siège", result.stderr)

    def test_text_and_explain(self):
        result = coop("243800984", "--explain", "--language=en")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("III table:               42 seats", result.stdout)
        # The DGCL per-member figures: census 2022, the base of the 2026 councils.
        self.assertIn("census 2022, in force on 1 January 2025", result.stdout)
        self.assertIn("L5211-6-1 IV 2°", result.stdout)
        french = coop("243800984", "--explain", "--language=fr")
        self.assertIn("sièges de droit", french.stdout)

    def test_reading(self):
        default = json.loads(coop("200005957", "--format=json").stdout)
        complement = json.loads(coop("200005957", "--format=json", "--reading=complement").stdout)
        absorb = json.loads(coop("200005957", "--format=json", "--reading=absorb").stdout)
        keep = json.loads(coop("200005957", "--format=json", "--reading=keep").stdout)
        self.assertEqual(default, complement)
        # 46 seats after III and IV, 4 of V: complement keeps every seat de
        # droit, absorb loses two.
        self.assertEqual(sum(int(r["seats"]) for r in complement), 50)
        self.assertEqual(sum(int(r["seats"]) for r in absorb), 48)
        self.assertLess(sum(int(r["seats"]) for r in absorb), sum(int(r["seats"]) for r in keep))
        before = {r["commune"]: int(r["seats_before_supplement"]) for r in complement}
        self.assertTrue(all(int(r["seats"]) >= before[r["commune"]] for r in complement))
        text = coop("200005957").stdout
        self.assertIn("reading “complement”", text)
        self.assertEqual(coop("243800984", "--reading=maybe").returncode, 2)

    def test_aix_marseille(self):
        result = coop("200054807", "--format=csv")
        self.assertEqual(result.returncode, 0, result.stderr)
        rows = {row["commune"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
        # 130 + 69 seats de droit, plus 20 % of 199 rounded down under IV 4° bis.
        self.assertEqual(sum(int(row["seats"]) for row in rows.values()), 238)
        self.assertEqual(rows["13055"]["seats"], "101")
        self.assertEqual(rows["13055"]["seats_before_supplement"], "78")
        self.assertEqual(rows["13001"]["seats"], "17")
        # Only the communes that won seats under IV 1° get those of 4° bis.
        self.assertTrue(all(row["seats"] == "1" for row in rows.values() if row["seat_de_droit"] == "yes"))
        text = coop("200054807", "--explain", "--language=en").stdout
        self.assertIn("IV 4° bis seats:         39", text)
        self.assertIn("L5211-6-1 IV 4° bis", text)
        self.assertIn("Marseille: highest average", text)
        proposal = write("commune,seats\n" + "".join(f"{code},{row['seats']}\n" for code, row in rows.items()),
                         ".csv")
        refused = coop("200054807", "--check", proposal, "--scheme=optional-seats")
        self.assertEqual(refused.returncode, 2)
        self.assertIn("IV 4° bis", refused.stderr)

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

    def test_check_strict_input(self):
        """A spreadsheet's CSV (byte-order mark, CRLF) is read; JSON numbers
        that RFC 8259 does not allow are refused with file, line and path."""
        rows = list(csv.DictReader(io.StringIO(coop("243800984", "--format=csv").stdout)))
        legal = {row["commune"]: int(row["seats_before_supplement"]) for row in rows}
        text = "\ufeffcommune,seats\r\n" + "".join(f"{c},{s}\r\n" for c, s in legal.items())
        path = write(text, ".csv")
        try:
            result = coop("243800984", "--check", path)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
            self.assertIn("legal", result.stdout)
        finally:
            os.unlink(path)

        # 011 would be read as octal 9 by json-glib, and 0x1F as 31.
        for number in ("011", "0x1F", "09", "18446744073709551616"):
            text = "{\n" + ",\n".join(f' "{c}": {number if c == "38563" else s}' for c, s in legal.items()) + "\n}\n"
            path = write(text, ".json")
            try:
                result = coop("243800984", "--check", path)
                self.assertEqual(result.returncode, 2, result.stdout)
                line = 2 + list(legal).index("38563")
                self.assertIn(f"{path}:{line}:", result.stderr)
                self.assertIn(number, result.stderr)
                self.assertIn("expected", result.stderr)
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


DATA = os.path.join(os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__))), "data", "seats")


class Perimeter(unittest.TestCase):
    """coop seats --perimeter FILE --form FORM [--siren SIREN]."""

    def test_same_as_the_atlas(self):
        atlas = coop("200023240", "--format=csv").stdout
        rows = list(csv.DictReader(io.StringIO(atlas)))
        perimeter = write("commune,population\n" + "".join(f"{r['commune']},{r['population']}\n" for r in rows),
                          ".csv")
        result = coop("--perimeter", perimeter, "--form", "cc", "--format=csv")
        self.assertEqual(result.returncode, 0, result.stderr)
        # Same columns, same rows: names and natures come from the atlas.
        self.assertEqual(result.stdout, atlas)
        text = coop("--perimeter", perimeter, "--form", "cc").stdout
        self.assertIn("as given in the file", text)
        self.assertIn("Seats:                   49", text)

    def test_real_councils(self):
        with open(os.path.join(DATA, "cases.json"), encoding="utf-8") as handle:
            cases = json.load(handle)["cases"]
        self.assertGreaterEqual(len(cases), 16)
        for case in cases:
            with self.subTest(case["name"]):
                self.assertTrue(case["sources"])
                self.assertIn(case["populations"], (2019, 2025))
                args = ["--perimeter", os.path.join(DATA, case["perimeter"]), "--form", case["form"]]
                if "siren" in case:
                    args += ["--siren", case["siren"]]
                result = coop(*args, "--format=csv")
                self.assertEqual(result.returncode, 0, result.stderr)
                computed = {row["commune"]: int(row["seats"]) for row in csv.DictReader(io.StringIO(result.stdout))}
                self.assertLessEqual(set(case["seats"]) | set(case["one-seat"]), set(computed))
                published = {**{code: 1 for code in case["one-seat"]}, **case["seats"]}
                self.assertTrue(published or case["total"] is not None)
                if case.get("complete", True):
                    # Every member not listed holds one seat.
                    published = {code: published.get(code, 1) for code in computed}
                    self.assertEqual(sum(published.values()), case["total"])
                if case["regime"] == "droit commun":
                    # The préfet's arrêté is the droit commun: the total (when
                    # published) and every published seat are reproduced.
                    if case["total"] is not None:
                        self.assertEqual(sum(computed.values()), case["total"])
                    self.assertEqual({code: computed[code] for code in published}, published)
                elif case["regime"] == "droit commun + VI":
                    # VI adds at most 10 % of the droit commun, rounded down, and
                    # takes no seat from any commune.
                    droit_commun = sum(computed.values())
                    self.assertGreater(case["total"], droit_commun)
                    self.assertLessEqual(case["total"], droit_commun + droit_commun // 10)
                    for code, seats in published.items():
                        self.assertGreaterEqual(seats, computed[code], code)
                else:
                    # An accord local the préfet recorded is legal: --check accepts it.
                    self.assertEqual(case["regime"], "accord local")
                    self.assertIs(case.get("complete", True), True)
                    proposal = write("commune,seats\n" + "".join(f"{c},{s}\n" for c, s in published.items()), ".csv")
                    try:
                        checked = coop(*args, "--check", proposal)
                    finally:
                        os.unlink(proposal)
                    self.assertEqual(checked.returncode, 0, checked.stdout + checked.stderr)

    def test_other_readings_differ_from_the_councils(self):
        path = os.path.join(DATA, "2020-200068765-sisteronais-buech.csv")
        absorb = coop("--perimeter", path, "--form", "cc", "--reading=absorb", "--format=csv").stdout
        keep = coop("--perimeter", path, "--form", "cc", "--reading=keep", "--format=csv").stdout
        absorb = {r["commune"]: int(r["seats"]) for r in csv.DictReader(io.StringIO(absorb))}
        keep = {r["commune"]: int(r["seats"]) for r in csv.DictReader(io.StringIO(keep))}
        self.assertEqual(sum(absorb.values()), 87)
        self.assertEqual(sum(keep.values()), 89)
        self.assertEqual((keep["05126"], keep["05173"]), (2, 2))

    def test_spreadsheet_exports(self):
        # A byte-order mark, Windows line endings, semicolons and quotes.
        path = write("\ufeffcommune;name;population;note\r\n77333;\"Nemours\";13118;ville-centre\r\n"
                     "77431;;5424;\r\n\r\n", ".csv")
        result = coop("--perimeter", path, "--form", "ca", "--format=csv")
        self.assertEqual(result.returncode, 0, result.stderr)
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        self.assertEqual([r["name"] for r in rows], ["Nemours", "Saint-Pierre-lès-Nemours"])
        self.assertEqual([r["population"] for r in rows], ["13118", "5424"])

    def test_accords_check_and_power(self):
        path = os.path.join(DATA, "2020-200023240-pays-de-nemours.csv")
        accords = coop("--perimeter", path, "--form", "cc", "--accords-locaux")
        self.assertEqual(accords.returncode, 0, accords.stderr)
        self.assertIn("legal accords locaux", accords.stdout)
        power = coop("--perimeter", path, "--form", "cc", "--power", "--format=csv")
        self.assertEqual(power.returncode, 0, power.stderr)
        self.assertIn("banzhaf", power.stdout.splitlines()[0])
        droit = coop("--perimeter", path, "--form", "cc", "--format=csv").stdout
        proposal = write("commune,seats\n" + "".join(f"{r['commune']},{r['seats_before_supplement']}\n"
                                                      for r in csv.DictReader(io.StringIO(droit))), ".csv")
        checked = coop("--perimeter", path, "--form", "cc", "--check", proposal)
        self.assertEqual(checked.returncode, 0, checked.stdout + checked.stderr)
        self.assertIn("legal", checked.stdout)

    def test_siren_selects_the_rules(self):
        path = os.path.join(DATA, "2020-200054807-aix-marseille-provence.csv")
        named = coop("--perimeter", path, "--siren", "200054807")
        self.assertEqual(named.returncode, 0, named.stderr)
        self.assertIn("IV 4° bis seats:         40", named.stdout)
        self.assertIn("SIREN:                   200054807", named.stdout)
        plain = coop("--perimeter", path, "--form", "metropole")
        self.assertIn("Seats:                   200", plain.stdout)

    def test_bad_input(self):
        cases = {
            "commune,population\n77333,13118\n77431,5424\n77333,12\n":
                "line 4: commune 77333 is listed twice (first on line 2)",
            "commune,population\n77333,13118\n77431,\n": "line 3: commune 77431 has no population",
            "commune,population\n77333,13118\n77431,-5\n": "line 3: commune 77431 has a population of -5",
            "commune,population\n77333,13118\n77431,5 424\n": "is not a whole number",
            "commune,population\n77333,13118\n77431\n": "line 3: 1 cells; expected 2",
            "commune,population\n77333,13118\n,5424\n": "line 3: the commune code is empty",
            "code,population\n77333,13118\n": "line 1: expected a header",
            "commune,population,population\n": "appears twice",
            "commune,population\n\"77333,13118\n": "quoted cell is not closed",
            "": "the perimeter is empty",
            "commune,population\n": "lists no commune",
            "commune,population\n77333,13118\n": "at least two member communes",
        }
        for text, message in cases.items():
            with self.subTest(text=text):
                result = coop("--perimeter", write(text, ".csv"), "--form", "cc")
                self.assertEqual(result.returncode, 2)
                self.assertIn(message, result.stderr)
                self.assertNotIn("Traceback", result.stderr)
        with open(write("", ".csv"), "wb") as handle:
            handle.write(b"commune,population\n77333,1\xff\n")
            latin = handle.name
        self.assertIn("not UTF-8", coop("--perimeter", latin, "--form", "cc").stderr)
        self.assertIn("No such file", coop("--perimeter", "/nonexistent.csv", "--form", "cc").stderr)

    def test_usage(self):
        path = os.path.join(DATA, "2020-200023240-pays-de-nemours.csv")
        for args, message in (
            (["--perimeter", path], "--perimeter needs --form"),
            (["--perimeter", path, "--form", "syndicat"], "unknown form “syndicat”"),
            (["--perimeter", path, "--siren", "123456789"], "--siren 123456789: no EPCI"),
            (["--perimeter", path, "--siren", "38563"], "--siren 38563: no EPCI"),
            (["--perimeter", path, "--form", "cc", "200023240"], "--perimeter takes no EPCI"),
            (["--perimeter", path, "--all"], "--all cannot be combined with --perimeter"),
            (["200023240", "--form", "cc"], "--form goes with --perimeter or --model"),
        ):
            with self.subTest(args=args):
                result = coop(*args)
                self.assertEqual(result.returncode, 2)
                self.assertIn(message, result.stderr)


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
