"""coop seats --model: the council of a territory of a user's model."""

import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest

COOP = sys.argv.pop(1) if len(sys.argv) > 1 else "coop"
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "seats")


def coop(*args):
    return subprocess.run([COOP, "seats", *args], capture_output=True, text=True)


def write_model(*territories):
    document = {"format": "libcoop-model", "version": 1, "name": "Projets", "territories": list(territories)}
    handle = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8")
    json.dump(document, handle, ensure_ascii=False, indent=2)
    handle.close()
    return handle.name


def read_perimeter(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as handle:
        return {row["commune"]: int(row["population"]) for row in csv.DictReader(handle)}


FUSION = {"code": "fusion-voironnais-bievre", "kind": "epci", "name": "Fusion Voironnais–Bièvre Est",
          "members": ["243800984", "243801073"], "epci-form": "ca"}


class SeatsOfAModel(unittest.TestCase):
    def test_real_councils_from_their_populations(self):
        # The 2020 councils of tests/data/seats/cases.json written as a user
        # writes a past council in a model: the communes, the form, and the
        # populations in force when the préfet set the seats.
        with open(os.path.join(DATA, "cases.json"), encoding="utf-8") as handle:
            cases = json.load(handle)["cases"]
        tried = 0
        for case in cases:
            # IV 4° bis goes with the SIREN (--perimeter --siren); a model's
            # territory gets the ordinary rules of its form. A council with
            # the seats of VI or an accord local is not the droit commun.
            if ("siren" in case or case["regime"] != "droit commun" or case["total"] is None
                    or not case["perimeter"].startswith("2020-")):
                continue
            tried += 1
            with self.subTest(case["name"]):
                populations = read_perimeter(case["perimeter"])
                path = write_model({"code": "conseil-2020", "kind": "epci", "name": case["name"],
                                    "members": sorted(populations), "epci-form": case["form"],
                                    "member-populations": populations, "member-population-year": 2016})
                result = coop("--model", path, "conseil-2020", "--year", "2020", "--format=csv")
                self.assertEqual(result.returncode, 0, result.stderr)
                seats = {row["commune"]: int(row["seats"]) for row in csv.DictReader(io.StringIO(result.stdout))}
                self.assertEqual(sum(seats.values()), case["total"])
                # Every seat the sources publish; all of them when the case
                # is complete (every member not listed holds one).
                published = {**{code: 1 for code in case["one-seat"]}, **case["seats"]}
                if case.get("complete", True):
                    published = {code: published.get(code, 1) for code in populations}
                self.assertEqual({code: seats[code] for code in published}, published)
                text = coop("--model", path, "conseil-2020", "--year", "2020").stdout
                self.assertIn(f"{len(populations)} of {len(populations)} communes as given in the model, "
                              "census 2016, in force on 1 January 2019", text)
        self.assertGreaterEqual(tried, 2)

    def test_fusion_with_the_atlas_populations(self):
        path = write_model(FUSION)
        result = coop("--model", path, "fusion-voironnais-bievre", "--format=csv")
        self.assertEqual(result.returncode, 0, result.stderr)
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        self.assertEqual(len(rows), 31 + 14)
        # The same columns as the seats of an EPCI of the atlas.
        atlas = coop("243800984", "--format=csv").stdout
        self.assertEqual(result.stdout.splitlines()[0], atlas.splitlines()[0])
        # The per-member figures of the atlas, as for an EPCI.
        voiron = next(r for r in rows if r["commune"] == "38563")
        atlas_voiron = next(r for r in csv.DictReader(io.StringIO(atlas)) if r["commune"] == "38563")
        self.assertEqual(voiron["population"], atlas_voiron["population"])
        text = coop("--model", path, "fusion-voironnais-bievre").stdout
        self.assertIn("Fusion Voironnais–Bièvre Est (fusion-voironnais-bievre), proposed ca", text)
        self.assertIn("45 of 45 communes from the atlas, census 2022, in force on 1 January 2025", text)
        as_cc = coop("--model", path, "fusion-voironnais-bievre", "--form", "cc").stdout
        self.assertIn("proposed cc", as_cc)

    def test_accords_power_and_check(self):
        path = write_model(FUSION)
        accords = coop("--model", path, "fusion-voironnais-bievre", "--accords-locaux", "--format=csv")
        self.assertIn(accords.returncode, (0, 1), accords.stderr)
        self.assertIn("droit_commun", accords.stdout.splitlines()[0])
        power = coop("--model", path, "fusion-voironnais-bievre", "--power", "--format=csv")
        self.assertEqual(power.returncode, 0, power.stderr)
        self.assertIn("banzhaf", power.stdout.splitlines()[0])
        droit_commun = coop("--model", path, "fusion-voironnais-bievre", "--format=csv").stdout
        proposal = {r["commune"]: int(r["seats"]) for r in csv.DictReader(io.StringIO(droit_commun))}
        proposal["38563"] += 40
        proposal_path = write_model()
        with open(proposal_path, "w", encoding="utf-8") as handle:
            json.dump(proposal, handle)
        check = coop("--model", path, "fusion-voironnais-bievre", "--check", proposal_path)
        self.assertEqual(check.returncode, 1, check.stderr)
        self.assertIn("conditions fail", check.stdout)

    def test_errors(self):
        no_form = dict(FUSION, code="sans-forme")
        del no_form["epci-form"]
        outside = dict(FUSION, code="hors", **{"member-populations": {"38185": 158000}})
        path = write_model(FUSION, no_form, outside)
        result = coop("--model", path, "sans-forme")
        self.assertEqual(result.returncode, 2)
        self.assertIn("epci-form", result.stderr)
        self.assertNotIn("CRITICAL", result.stderr)
        result = coop("--model", path, "hors")
        self.assertEqual(result.returncode, 2)
        self.assertIn("38185", result.stderr)
        self.assertIn("member-populations", result.stderr)
        result = coop("--model", path, "nulle-part")
        self.assertEqual(result.returncode, 1)
        self.assertIn("nulle-part", result.stderr)
        bad = write_model(dict(FUSION, **{"epci-form": "syndicat"}))
        result = coop("--model", bad, "fusion-voironnais-bievre")
        self.assertEqual(result.returncode, 2)
        self.assertIn("epci-form", result.stderr)
        self.assertIn(":", result.stderr.split("epci-form")[0])

    def test_report_shows_the_model_councils(self):
        # A territory with a form gets its council in the report, computed
        # as coop seats --model computes it.
        example = os.path.join(os.path.dirname(DATA), "..", "..", "examples", "data", "proposed-epci.json")
        result = subprocess.run([COOP, "report", example, "--markdown", "-o", "-"], capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("### CC Pays de Nemours, conseil de 2020 (communauté de communes, from the model)", result.stdout)
        self.assertIn("49 seats under the droit commun", result.stdout)
        self.assertIn("78 seats under the droit commun", result.stdout)
        french = subprocess.run([COOP, "report", example, "--markdown", "-o", "-", "--language", "fr"],
                                capture_output=True, text=True)
        self.assertIn("(communauté de communes, d’après le modèle)", french.stdout)
        # The sample model proposes none: its report has no such heading.
        sample = os.path.join(os.path.dirname(DATA), "..", "..", "examples", "data", "sample-model.json")
        plain = subprocess.run([COOP, "report", sample, "--markdown", "-o", "-"], capture_output=True, text=True)
        self.assertEqual(plain.returncode, 0, plain.stderr)
        self.assertNotIn("from the model)", plain.stdout)

    def test_report_chart_labels_follow_the_language(self):
        # LANGUAGE=fr over the C.UTF-8 locale: the seat chart's labels are
        # French numbers (16,7 %) while its coordinates stay SVG's (12.5).
        example = os.path.join(os.path.dirname(DATA), "..", "..", "examples", "data", "proposed-epci.json")
        env = {**os.environ, "LC_ALL": "C.UTF-8", "LANGUAGE": "fr"}
        html = subprocess.run([COOP, "report", example, "-o", "-"], capture_output=True, text=True, env=env)
        self.assertEqual(html.returncode, 0, html.stderr)
        chart = html.stdout[html.stdout.index("<h3>Fusion du Pays Voironnais"):]
        chart = chart[chart.index("<svg"):chart.index("</svg>")]
        self.assertIn(">16,7 %<", chart)
        self.assertNotIn(">16.7 %<", chart)
        self.assertRegex(chart, r'<rect x="[0-9]+\.[0-9]"')

    def test_usage(self):
        path = write_model(FUSION)
        for args in (["--model", path],
                     ["--model", path, "fusion-voironnais-bievre", "other"],
                     ["--model", path, "--perimeter", path, "fusion-voironnais-bievre"],
                     ["--model", path, "--all"],
                     ["--model", path, "fusion-voironnais-bievre", "--siren", "200054807"],
                     ["--model", path, "fusion-voironnais-bievre", "--form", "syndicat"],
                     ["243800984", "--form", "cc"]):
            with self.subTest(args=args):
                result = coop(*args)
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertEqual(result.stdout, "")


if __name__ == "__main__":
    unittest.main(verbosity=2)
