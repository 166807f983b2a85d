"""coop maturity, coop levers and coop report, driven as a user drives them."""

import html as html_module
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

COOP = sys.argv.pop(1) if len(sys.argv) > 1 else "coop"
sys.path.insert(0, os.path.dirname(__file__))

import gi  # noqa: E402

gi.require_version("Coop", "1")
from gi.repository import Coop, Gio  # noqa: E402

import cooperation_fixture  # noqa: E402


def coop(*args):
    return subprocess.run([COOP, *args], capture_output=True, text=True)


class Commands(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.directory = tempfile.TemporaryDirectory()
        cls.model = os.path.join(cls.directory.name, "model.json")
        model = cooperation_fixture.build(Coop.Atlas.dup_default())
        model.save_to_file(Gio.File.new_for_path(cls.model), None)

    @classmethod
    def tearDownClass(cls):
        cls.directory.cleanup()

    def test_maturity_json(self):
        result = coop("maturity", self.model, "--date", "2026-11-01", "--format=json")
        self.assertEqual(result.returncode, 0, result.stderr)
        data = json.loads(result.stdout)
        self.assertEqual(len(data), 1)
        self.assertEqual(data[0]["level"], 4)
        self.assertEqual(data[0]["step"], "agir-ensemble")
        self.assertEqual(sorted(data[0]["territories"]), ["200040715", "243800984"])
        self.assertTrue(data[0]["steps"][3]["reached"])
        self.assertFalse(data[0]["steps"][4]["reached"])
        self.assertEqual(len(data[0]["missing"]), 3)

    def test_maturity_of_named_territories_at_a_date(self):
        # In 2023 the contract was in negotiation and the committee had not met.
        result = coop("maturity", self.model, "243800984", "200040715", "--date", "2023-06-01", "--format=csv")
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.splitlines()
        self.assertEqual(lines[0], "cooperation,territories,level,step")
        self.assertTrue(lines[1].endswith(",1,se-connaitre"), lines[1])

    def test_maturity_frey_scale(self):
        data = json.loads(coop("maturity", self.model, "--date", "2026-11-01", "--scale", "frey-2006",
                               "--format=json").stdout)
        self.assertEqual(data[0]["steps"][0]["id"], "networking")

    def test_maturity_errors(self):
        self.assertEqual(coop("maturity", self.model, "99999", "243800984").returncode, 2)
        self.assertEqual(coop("maturity", self.model, "--date", "2026-13-01").returncode, 2)
        self.assertEqual(coop("maturity", self.model, "--scale", "nope").returncode, 2)
        self.assertEqual(coop("maturity").returncode, 2)

    def test_levers_json(self):
        result = coop("levers", self.model, "--date", "2026-11-01", "--format=json")
        self.assertEqual(result.returncode, 0, result.stderr)
        data = json.loads(result.stdout)
        self.assertEqual([lever["number"] for lever in data["levers"]], list(range(1, 11)))
        by_id = {lever["id"]: lever for lever in data["levers"]}
        self.assertEqual(by_id["pactes-politiques"]["score"], 0.5)
        self.assertEqual(by_id["procedures-contrats"]["score"], 1.0)
        self.assertTrue(by_id["mutualisation"]["weak"])
        codes = [warning["code"] for warning in data["warnings"]]
        self.assertNotIn("silos", codes)

    def test_levers_text(self):
        result = coop("levers", self.model, "--date", "2026-11-01")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("(weak)", result.stdout)
        self.assertIn("Warning signs:", result.stdout)

    def test_report_html_and_markdown(self):
        html = os.path.join(self.directory.name, "report.html")
        markdown = os.path.join(self.directory.name, "report.md")
        for path in (html, markdown):
            result = coop("report", self.model, "--date", "2026-11-01", "--language", "en", "--output", path)
            self.assertEqual(result.returncode, 0, result.stderr)
        with open(html) as handle:
            page = handle.read()
        self.assertTrue(page.startswith("<!DOCTYPE html>"))
        self.assertEqual(page.count("<svg "), 4)
        self.assertIn("Mobilité &lt;partagée&gt; &amp; durable", page)
        self.assertNotIn("http://", page.replace("http://www.w3.org/2000/svg", ""))
        self.assertNotIn("https://", page)
        with open(markdown) as handle:
            text = handle.read()
        self.assertTrue(text.startswith("# Cooperation report"))
        self.assertIn("data:image/svg+xml;base64,", text)

    def test_report_markdown_escapes_user_text(self):
        """Every piece of user text is text in the Markdown report: no HTML,
        link or heading can be injected through a name, a title or a
        description, and a line break in one does not start a block."""
        import markdown  # python3-markdown

        model = cooperation_fixture.build(Coop.Atlas.dup_default())
        model.props.name = "<script>alert(1)</script>\n# Injected heading"
        model.props.description = "[click](javascript:alert(1)) <img src=x onerror=alert(1)>\r\n- item | cell"
        path = os.path.join(self.directory.name, "injected.json")
        model.save_to_file(Gio.File.new_for_path(path), None)
        # Titles are set when an agreement or action is made: write them in the file.
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        contract = [a for a in document["agreements"] if a["id"] == "reciprocite"][0]
        contract["title"] = "Contrat\n## Forged <b>bold</b> **strong** `code` ![i](x.png)"
        contract["actions"][0]["title"] = "Mobilité | <i>partagée</i>\n| --- |"
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False)
        result = coop("report", path, "--date", "2026-11-01", "--language", "en", "--markdown")
        self.assertEqual(result.returncode, 0, result.stderr)
        text = result.stdout
        for raw in ("<script", "<img", "<b>", "<i>", "[click](", "![i]"):
            self.assertNotIn(raw, text)
        lines = text.splitlines()
        self.assertFalse([line for line in lines if "Injected heading" in line and line.startswith("#")
                          and not line.startswith("# ")], lines[:3])
        self.assertTrue(lines[0].startswith("# "))
        self.assertIn("Injected heading", lines[0])
        self.assertFalse([line for line in lines if line.startswith("## Forged") or line.startswith("- item")])
        html = markdown.markdown(text, extensions=["tables"])
        for raw in ("<script", "<img src=x", "<b>", "<i>", "href=\"javascript", "<strong>", "<code>", "<h2>Forged"):
            self.assertNotIn(raw, html)
        self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt;", html)
        self.assertIn("Forged &lt;b&gt;bold&lt;/b&gt; **strong** `code`", html)
        self.assertIn("<td>Mobilité | &lt;i&gt;partagée&lt;/i&gt; | --- |</td>", html)

    def test_report_french_to_stdout(self):
        result = coop("report", self.model, "--date", "2026-11-01", "--language", "fr", "--markdown")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Maturité des coopérations", result.stdout)
        self.assertIn("Marche 4 sur 5", result.stdout)

    def test_report_territory_filter(self):
        result = coop("report", self.model, "--territory", "38185", "--markdown")
        self.assertEqual(result.returncode, 0, result.stderr)
        result = coop("report", self.model, "--territory", "99999")
        self.assertEqual(result.returncode, 2)
        self.assertIn("99999", result.stderr)

    def test_report_of_one_territory_on_the_sample(self):
        # Voiron: only the cooperations that reach it, their territories,
        # their levers, warning signs and who-does-what tables.
        sample = os.path.join(os.environ.get("COOP_SOURCE_DIR", "."), "examples", "data", "sample-model.json")
        result = coop("report", sample, "--territory", "38563", "--date", "2026-11-22", "--language", "en",
                      "--markdown")
        self.assertEqual(result.returncode, 0, result.stderr)
        # After the model's own description, which names every case.
        text = result.stdout[result.stdout.index("## The territories"):]
        self.assertIn("CA du Pays Voironnais and 3 of its 31 communes", text)
        # The Voironnais' own bodies reach Voiron: they count in its levers.
        self.assertIn("| 4. Make local elected officials aware and involved | Territorial dialogue | 100 % | "
                      "Conférence des maires du Pays Voironnais", text)
        for elsewhere in ("Nantes", "Ardèche", "Besançon", "Brest", "Nevers", "pnr-monts-ardeche",
                          "Mobilités entre la métropole et le Pays de Retz"):
            self.assertNotIn(elsewhere, text)
        whole = coop("report", sample, "--date", "2026-11-22", "--language", "en", "--markdown").stdout
        for everywhere in ("Nantes", "Ardèche", "Besançon", "Mobilités entre la métropole et le Pays de Retz"):
            self.assertIn(everywhere, whole)
        # A département's report reaches the cooperation it is a party of.
        nievre = coop("report", sample, "--territory", "departement:58", "--markdown").stdout
        nievre = nievre[nievre.index("## The territories"):]
        self.assertIn("Contrat unique du Pays Nevers Sud Nivernais", nievre)
        self.assertNotIn("Voironnais", nievre)

    def test_report_in_a_browser(self):
        browser = shutil.which("chromium") or shutil.which("chromium-browser")
        if browser is None:
            self.skipTest("Chromium is not installed (Debian package chromium): the page was not rendered")
        html = os.path.join(self.directory.name, "browser.html")
        png = os.path.join(self.directory.name, "browser.png")
        self.assertEqual(coop("report", self.model, "--date", "2026-11-01", "--output", html).returncode, 0)
        profile = tempfile.mkdtemp(dir=self.directory.name)
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--user-data-dir=" + profile, "--enable-logging=stderr"]
        dom = subprocess.run([browser, *flags, "--dump-dom", "file://" + html],
                             capture_output=True, text=True, timeout=120)
        self.assertEqual(dom.returncode, 0, dom.stderr[-2000:])
        # The browser parsed every chart and reported no page error.
        self.assertEqual(dom.stdout.count("<svg "), 4)
        self.assertNotIn("Uncaught", dom.stderr)
        self.assertNotIn("ERR_FILE_NOT_FOUND", dom.stderr)
        shot = subprocess.run([browser, *flags, "--window-size=1000,2400", "--screenshot=" + png,
                               "file://" + html], capture_output=True, text=True, timeout=120)
        self.assertEqual(shot.returncode, 0, shot.stderr[-2000:])
        # Charts and tables make a large PNG; a blank page compresses to a few KB.
        self.assertGreater(os.path.getsize(png), 50000)
        keep = os.environ.get("COOP_SCREENSHOT_DIR")
        if keep:
            shutil.copy(png, os.path.join(keep, "report.png"))

    def test_report_fits_the_window(self):
        """At 1024 pixels (a vertical scrollbar included) the page of the
        sample report does not scroll sideways and every table fits whole;
        at 800 the page still does not, only the who-does-what tables
        scroll in their own box. A script added to a copy of the page
        measures it once laid out."""
        browser = shutil.which("chromium") or shutil.which("chromium-browser")
        if browser is None:
            self.skipTest("Chromium is not installed (Debian package chromium): the page was not rendered")
        probe = """<script>
window.addEventListener('load', () => {
  const root = document.documentElement;
  const result = {client: root.clientWidth, scroll: root.scrollWidth, boxes: [], over: []};
  for (const box of document.querySelectorAll('div.table'))
    if (box.scrollWidth > box.clientWidth) result.boxes.push(box.scrollWidth - box.clientWidth);
  for (const element of document.body.querySelectorAll('*'))
    if (element.getBoundingClientRect().right > root.clientWidth + 0.5 && !element.closest('div.table'))
      result.over.push(element.tagName);
  const out = document.createElement('pre');
  out.id = 'probe';
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
});
</script>"""
        profile = tempfile.mkdtemp(dir=self.directory.name)
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--user-data-dir=" + profile]
        for language in ("en", "fr"):
            html = os.path.join(self.directory.name, f"fit-{language}.html")
            result = subprocess.run([COOP, "report", "--date", "2026-11-22", "--language", language, SAMPLE,
                                     "--output", html], capture_output=True, text=True)
            self.assertEqual(result.returncode, 0, result.stderr)
            with open(html, "a", encoding="utf-8") as handle:
                handle.write(probe)
            for width in (1024, 800):
                with self.subTest(language=language, width=width):
                    dom = subprocess.run([browser, *flags, f"--window-size={width},800", "--dump-dom",
                                          "file://" + html], capture_output=True, text=True, timeout=120)
                    self.assertEqual(dom.returncode, 0, dom.stderr[-2000:])
                    found = re.search(r'<pre id="probe">(.*?)</pre>', dom.stdout, re.S)
                    self.assertIsNotNone(found, "the probe did not run")
                    measured = json.loads(html_module.unescape(found.group(1)))
                    self.assertLessEqual(measured["client"], width)
                    self.assertEqual(measured["scroll"], measured["client"], measured)
                    self.assertEqual(measured["over"], [])
                    if width == 1024:
                        self.assertEqual(measured["boxes"], [], "a table scrolls in its box at 1024 pixels")


SAMPLE = os.path.join(os.environ.get("COOP_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..")),
                      "examples", "data", "sample-model.json")


def report_env(language):
    env = dict(os.environ)
    env.pop("LC_MESSAGES", None)
    env.update({"LC_ALL": "C.UTF-8", "LANGUAGE": language})
    return env


class ReportForPeople(unittest.TestCase):
    """The report speaks in names, summarises first, and its charts and
    figures read as people read them (issue 14)."""

    @classmethod
    def setUpClass(cls):
        cls.pages = {}
        for language in ("en", "fr"):
            for form in ("--markdown", None):
                args = [COOP, "report", "--date", "2026-11-22", SAMPLE] + ([form] if form else [])
                result = subprocess.run(args, capture_output=True, text=True, env=report_env(language))
                assert result.returncode == 0, result.stderr
                cls.pages[language, form or "html"] = result.stdout

    @staticmethod
    def text_of(markdown):
        """The Markdown without its embedded charts."""
        return re.sub(r"\(data:image/svg\+xml;base64,[A-Za-z0-9+/=]+\)", "", markdown)

    def test_names_not_identifiers(self):
        for language in ("en", "fr"):
            text = self.text_of(self.pages[language, "--markdown"])
            for prefix in ("body:", "agreement:", "meeting:", "action:", "resource:", "renewal:", "departement:",
                           "region:"):
                self.assertNotIn(prefix, text, language)
            # No reference of any kind: a word, a colon and an identifier.
            self.assertIsNone(re.search(r"\b[a-z]+:[a-z0-9][a-z0-9-]*\b", text), language)
            self.assertIsNone(re.search(r"\b\d{9}\b", text), "a bare SIREN in the " + language + " report")
            self.assertIsNone(re.search(r"@\d{4}-\d\d-\d\d", text))
        self.assertIn("Conférence des maires de Grand Besançon Métropole, 2 July 2026",
                      self.pages["en", "--markdown"])
        self.assertIn("Conférence des maires de Grand Besançon Métropole, 2 juillet 2026",
                      self.pages["fr", "--markdown"])

    def test_summary_first(self):
        for language, heading in (("en", "At a glance"), ("fr", "En bref")):
            text = self.text_of(self.pages[language, "--markdown"])
            sections = re.findall(r"^## (.*)$", text, re.M)
            self.assertEqual(sections[0], heading)
            summary = text.split("## ")[1]
            maturity = text[text.index("## Maturit"):]
            # Every cooperation of the maturity section is in the summary,
            # with its step.
            for name in re.findall(r"^### (.*)$", maturity.split("\n## ")[0], re.M):
                self.assertIn("| " + name + " | ", summary)
        self.assertIn("| 4. Acting together | Step 5 (Building a common project): ", self.pages["en", "--markdown"])

    def test_seat_totals_add_up(self):
        summaries = re.findall(r"^(\d+) seats under the droit commun: (\d+) from the III table"
                               r"(?: \(\d+, less \d+ under IV 4°\))?((?:, \d+ [^,.]+)*)\.$",
                               self.pages["en", "--markdown"], re.M)
        self.assertGreaterEqual(len(summaries), 5)
        for total, table, parts in summaries:
            added = int(table) + sum(int(n) for n in re.findall(r", (\d+) ", parts))
            self.assertEqual(added, int(total), (total, table, parts))

    def test_charts_read(self):
        html = self.pages["en", "html"]
        # The radar names the levers; the staircase's axis has years, not
        # dates that run into each other.
        self.assertIn("1. Balance of", html)
        self.assertIn(">2021</text>", html)
        self.assertNotIn(">2021-01-01</text>", html)
        french = self.pages["fr", "html"]
        self.assertIn("Équilibre de la", french)
        self.assertIn(">22/11/2026</text>", french)
        # Figures in the reader's language.
        self.assertIn("22,2 %", french)
        self.assertIn("22.2 %", html)

    def test_print_stylesheet(self):
        self.assertIn("@media print{@page{size:A4", self.pages["en", "html"])
        self.assertIn("break-inside:avoid", self.pages["en", "html"])

    def test_french_throughout(self):
        text = self.text_of(self.pages["fr", "--markdown"])
        # The sample's own name and description are the user's words; the
        # rest is the report's.
        for english in ("Step ", "seats", "Evidence", "yes |", "in force", "periurban", "At a glance",
                        "kinds:", "November", "What counted"):
            self.assertNotIn(english, text)
        self.assertIn("22 novembre 2026", text)
        self.assertIn("96\u00a0688", text)


if __name__ == "__main__":
    unittest.main(verbosity=2)
