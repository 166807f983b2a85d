"""French messages: the coop command and the library's errors and findings.

Usage: test_i18n.py PATH/TO/coop

The catalogues come from the build tree: COOP_LOCALEDIR (set by meson
test) points the program and the library at <build>/po, where the .mo
files are compiled. French is selected with LANGUAGE=fr over
LC_ALL=C.UTF-8, which glibc honours for messages and which exists on a
fresh Debian 12 without generating locales. When fr_FR.UTF-8 is generated
(./dev.sh deps does it), LANG=fr_FR.UTF-8 is checked as well.
"""

import locale
import re
import os
import subprocess
import sys
import tempfile
import json
import unittest

COOP = sys.argv.pop(1) if len(sys.argv) > 1 else "coop"
SOURCE = os.environ.get("COOP_SOURCE_DIR", os.path.join(os.path.dirname(__file__), ".."))
SAMPLE = os.path.join(SOURCE, "examples", "data", "sample-model.json")
DATE = "--date=2026-11-22"

# An agreement in force past its end, signed by a territory that is not
# one of its parties: two errors of coop check.
BROKEN_AGREEMENT = {
    "format": "libcoop-model", "version": 1,
    "agreements": [{"id": "g", "kind": "charte", "title": "G", "status": "in-force",
                    "end": "2020-01-01", "signatures": [{"signatory": "38563"}]}],
}


def french_env(**extra):
    env = dict(os.environ)
    env.pop("LC_MESSAGES", None)
    env.update({"LC_ALL": "C.UTF-8", "LANGUAGE": "fr"})
    env.update(extra)
    return env


def coop(*args, env=None):
    return subprocess.run([COOP, *args], capture_output=True, text=True,
                          env=env if env is not None else french_env())


def french_locale_env():
    """LANG=fr_FR.UTF-8 and nothing that overrides it, as a French user's
    shell has."""
    env = dict(os.environ)
    for name in ("LC_ALL", "LANGUAGE", "LC_MESSAGES", "LC_NUMERIC"):
        env.pop(name, None)
    env["LANG"] = "fr_FR.UTF-8"
    return env


def write_model(document):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        if isinstance(document, str):
            handle.write(document)
        else:
            json.dump(document, handle)
    return handle.name


def has_french_locale():
    try:
        names = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.split()
    except OSError:
        return False
    return any(name.lower().replace("-", "") in ("fr_fr.utf8",) for name in names)


class FrenchCli(unittest.TestCase):
    def setUp(self):
        localedir = os.environ.get("COOP_LOCALEDIR")
        self.assertTrue(localedir, "COOP_LOCALEDIR must point at the build tree's po/")
        self.assertTrue(os.path.exists(os.path.join(localedir, "fr", "LC_MESSAGES", "libcoop-1.mo")))

    def test_territory_labels(self):
        result = coop("territory", "38563")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Voiron — commune 38563", result.stdout)
        self.assertIn("Population municipale :", result.stdout)
        self.assertIn("Nature :                urbain (règle par défaut)", result.stdout)
        self.assertIn("Département :           Isère (38)", result.stdout)
        self.assertIn("Inclus dans :", result.stdout)

    def test_epci_kind_and_members(self):
        result = coop("territory", "243800984")
        self.assertIn("Membres : 31", result.stdout)
        self.assertIn("Forme juridique :       communauté d’agglomération", result.stdout)

    def test_not_found(self):
        result = coop("territory", "99999")
        self.assertEqual(result.returncode, 1)
        self.assertIn("coop : aucun territoire ne correspond à « 99999 »", result.stderr)

    def test_usage(self):
        result = coop("--help")
        self.assertIn("Commandes :", result.stdout)
        self.assertIn("Trouver des territoires par leur nom", result.stdout)

    def test_subcommand_help(self):
        result = coop("territory", "--help")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Chercher aussi dans les territoires de projet de MODÈLE", result.stdout)
        self.assertIn("Format de sortie : text, csv ou json", result.stdout)

    def test_unknown_format(self):
        result = coop("search", "--format=xml", "voiron")
        self.assertEqual(result.returncode, 2)
        self.assertIn("format « xml » inconnu", result.stderr)

    def test_library_error(self):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
            pass
        try:
            result = coop("validate", handle.name)
            self.assertEqual(result.returncode, 2)
            self.assertIn("le fichier est vide ; un document JSON était attendu", result.stderr)
        finally:
            os.unlink(handle.name)

    def test_library_type_error(self):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
            handle.write('{"format": "libcoop-model", "version": "un"}\n')
        try:
            result = coop("validate", handle.name)
            self.assertEqual(result.returncode, 2)
            self.assertIn("« version » est une chaîne ; un entier était attendu", result.stderr)
        finally:
            os.unlink(handle.name)

    def test_finding(self):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
            handle.write('{"format": "libcoop-model", "version": 1, "territories": ['
                         '{"code": "pays-x", "kind": "pays", "name": "X", "members": ["00000"]}]}\n')
        try:
            result = coop("validate", handle.name)
            self.assertEqual(result.returncode, 1)
            self.assertIn("« 00000 » ne désigne aucun territoire de l’atlas ni du modèle",
                          result.stdout + result.stderr)
        finally:
            os.unlink(handle.name)

    def test_english_by_default(self):
        env = french_env()
        env.pop("LANGUAGE")
        result = coop("territory", "38563", env=env)
        self.assertIn("Population municipale:", result.stdout)
        self.assertIn("Contained in:", result.stdout)

    @unittest.skipUnless(has_french_locale(), "fr_FR.UTF-8 is not generated")
    def test_lang_fr_fr(self):
        env = dict(os.environ)
        for name in ("LC_ALL", "LANGUAGE", "LC_MESSAGES"):
            env.pop(name, None)
        env["LANG"] = "fr_FR.UTF-8"
        result = coop("territory", "38563", env=env)
        self.assertIn("Inclus dans :", result.stdout)


class FrenchCooperation(unittest.TestCase):
    """Agreements, checks, assessments and the JSON reader in French."""

    def test_json_prescan_error(self):
        path = write_model('{"format": "libcoop-model", // a comment\n "version": 1}\n')
        try:
            result = coop("validate", path)
            self.assertEqual(result.returncode, 2)
            self.assertIn(":1 : une apostrophe, un commentaire ou un caractère égaré ; du JSON était attendu",
                          result.stderr)
            self.assertTrue(result.stderr.startswith("coop : "), result.stderr)
        finally:
            os.unlink(path)

    def test_reading_the_cooperation(self):
        path = write_model({"format": "libcoop-model", "version": 1,
                            "actors": [{"id": "a", "kind": "staff", "name": "A"},
                                       {"id": "a", "kind": "staff", "name": "B"}]})
        try:
            result = coop("check", path)
            self.assertEqual(result.returncode, 2)
            self.assertIn("le modèle a déjà un acteur « a » ; un nouvel identifiant était attendu", result.stderr)
        finally:
            os.unlink(path)

    def test_check_findings(self):
        path = write_model(BROKEN_AGREEMENT)
        try:
            result = coop("check", path, DATE)
            self.assertEqual(result.returncode, 1)
            self.assertIn(": erreur : ligne ", result.stdout)
            self.assertIn("« g » est toujours en vigueur après sa fin le 2020-01-01", result.stdout)
            self.assertIn("« 38563 » a signé « g » mais n’en est pas partie", result.stdout)
            # The codes stay as they are, for scripts.
            self.assertIn("[in-force-past-end]", result.stdout)
            rows = json.loads(coop("check", path, DATE, "--format=json").stdout)
            self.assertEqual({row["severity"] for row in rows}, {"error"})
        finally:
            os.unlink(path)

    def test_agreement_text(self):
        result = coop("agreement", SAMPLE, "pnr-ardeche-plan-cooperation-2026", DATE)
        self.assertEqual(result.returncode, 0, result.stderr)
        for text in ("statut :     en évaluation", "Cycle de vie", "en vigueur → en évaluation",
                     "maîtrise d’ouvrage", "chef de file", "prestation de service",
                     "avertissement : ligne 2045", "personne n’assure « communication »"):
            self.assertIn(text, result.stdout)

    def test_agreements_table(self):
        result = coop("agreements", SAMPLE)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(result.stdout.startswith("identifiant"), result.stdout)
        self.assertIn("pacte de gouvernance", result.stdout)
        self.assertIn("en vigueur", result.stdout)
        # CSV keeps its keys and nicks whatever the language.
        csv = coop("agreements", SAMPLE, "--format=csv").stdout.splitlines()
        self.assertEqual(csv[0], "id,kind,status,start,end,parties,progress,title")
        self.assertIn(",pacte-de-gouvernance,in-force,", csv[1])

    def test_assessment_errors(self):
        result = coop("maturity", SAMPLE, "99999", "243800984")
        self.assertEqual(result.returncode, 2)
        self.assertIn("« 99999 » ne désigne aucun territoire du modèle ni de l’atlas", result.stderr)
        result = coop("maturity", SAMPLE, "--scale", "nope")
        self.assertEqual(result.returncode, 2)
        self.assertIn("libcoop ne fournit aucune échelle « nope »", result.stderr)

    def test_levers_evidence(self):
        result = coop("levers", SAMPLE, DATE, "--format=json")
        evidence = [item for lever in json.loads(result.stdout)["levers"] for item in lever["evidence"]]
        self.assertIn("agreement:pnr-ardeche-plan-cooperation-2024 renouvelé", evidence)
        self.assertIn("body:gbm-conference-des-maires, réunions dans l’année écoulée : 1", evidence)

    @unittest.skipUnless(has_french_locale(), "fr_FR.UTF-8 is not generated")
    def test_lang_fr_fr_check(self):
        path = write_model(BROKEN_AGREEMENT)
        try:
            result = coop("check", path, DATE, env=french_locale_env())
            self.assertEqual(result.returncode, 1)
            self.assertIn("« g » est toujours en vigueur après sa fin le 2020-01-01", result.stdout)
        finally:
            os.unlink(path)

    @unittest.skipUnless(has_french_locale(), "fr_FR.UTF-8 is not generated")
    def test_lang_fr_fr_numbers_stay_readable(self):
        """A French locale writes 0,5; charts and CSV must not."""
        env = french_locale_env()
        report = coop("report", SAMPLE, DATE, env=env)
        self.assertEqual(report.returncode, 0, report.stderr)
        self.assertIn("Maturité des coopérations", report.stdout)
        self.assertIsNone(re.search(r'(?:x|y|cx|cy|width|height)="-?[0-9]+,[0-9]', report.stdout))
        levers = coop("levers", SAMPLE, DATE, "--format=csv", env=env)
        for row in levers.stdout.splitlines()[1:]:
            self.assertRegex(row, r"^[0-9]+ [a-z-]+,[^,]*,[0-9]\.[0-9]{2},")


def english_env(**extra):
    env = dict(os.environ)
    env.pop("LC_MESSAGES", None)
    env.update({"LC_ALL": "C.UTF-8", "LANGUAGE": ""})
    env.update(extra)
    return env


# The report's own words, each in both languages: a report in one
# language must hold none of the other's.
REPORT_WORDS = [
    ("Who cooperates with whom", "Qui coopère avec qui"),
    ("Maturity of the cooperations", "Maturité des coopérations"),
    ("The wheel of the ten levers", "La roue des dix leviers"),
    ("Warning signs", "Signaux d'alerte"),
    ("Who does what", "Qui fait quoi"),
    ("Cooperation report", "Rapport de coopération"),
    ("Convergence of projects and resources", "Convergence des projets et des ressources"),
    ("at least 1 shared body(ies)", "au moins 1 instance(s) commune(s)"),
    ("all its functions sit with", "toutes ses fonctions reposent sur"),
    ("in force", "en vigueur"),
]


class ReportLanguage(unittest.TestCase):
    """--language switches every word of the report, the library's labels
    and messages included, whatever the locale (issue 14)."""

    def report(self, env, *extra):
        result = coop("report", DATE, "--markdown", *extra, SAMPLE, env=env)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout

    def check_language(self, text, french):
        for english_words, french_words in REPORT_WORDS:
            wanted, unwanted = (french_words, english_words) if french else (english_words, french_words)
            self.assertTrue(wanted in text, f"“{wanted}” missing")
            self.assertFalse(unwanted in text, f"“{unwanted}” found")

    def test_french_under_english_locale(self):
        self.check_language(self.report(english_env(), "--language", "fr"), french=True)

    def test_english_under_french_locale(self):
        self.check_language(self.report(french_env(), "--language", "en"), french=False)

    def test_french_locale(self):
        self.check_language(self.report(french_env()), french=True)

    def test_lever_evidence_numbers_follow_the_language(self):
        # The seat gaps of lever 1 (“0,1 points”) in the report's language,
        # not in the decimals of the process's locale.
        french_decimal = r"\b[0-9]+,[0-9] points"
        english_decimal = r"\b[0-9]+\.[0-9] points"
        runs = [(english_env(), ("--language", "fr"), True), (french_env(), (), True),
                (french_env(), ("--language", "en"), False), (english_env(), (), False)]
        if has_french_locale():
            runs += [(french_locale_env(), ("--language", "en"), False), (french_locale_env(), (), True)]
        for env, extra, french in runs:
            with self.subTest(extra=extra, french=french):
                text = self.report(env, *extra)
                wanted, unwanted = (french_decimal, english_decimal) if french else (english_decimal, french_decimal)
                self.assertRegex(text, r"(plus grand écart : |largest gap )" + wanted)
                self.assertRegex(text, r"(s’écartent de |stray )" + wanted)
                self.assertNotRegex(text, unwanted)

    def test_seat_check_numbers_follow_the_language(self):
        # A proposed accord local that gives Voissant (38564, 0.24 % of the
        # population of the CA du Pays Voironnais) three seats: the shares
        # in the finding are written with the language's decimals.
        rows = coop("seats", "243800984", "--format=csv", env=english_env()).stdout.splitlines()[1:]
        proposal = {row.split(",")[0]: int(row.split(",")[6]) for row in rows}
        proposal["38564"] = 3
        path = write_model(proposal)
        try:
            french = coop("seats", "243800984", "--check", path)
            english = coop("seats", "243800984", "--check", path, env=english_env())
        finally:
            os.unlink(path)
        self.assertEqual(french.returncode, 1, french.stderr)
        self.assertRegex(french.stdout, r"Voissant détient [0-9]+,[0-9]{2} % des sièges pour 0,24 % de la population")
        self.assertEqual(english.returncode, 1, english.stderr)
        self.assertRegex(english.stdout, r"Voissant holds [0-9]+\.[0-9]{2} % of the seats for 0\.24 % of the population")

    def test_unknown_language(self):
        result = coop("report", "--language", "xx", SAMPLE, env=english_env())
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn("unknown language “xx”", result.stderr)

    def test_seat_explanation_language(self):
        result = coop("seats", "243800984", "--explain", "--language", "fr", env=english_env())
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("plus forte moyenne", result.stdout)
        self.assertNotIn("highest average", result.stdout)


class FrenchLibrary(unittest.TestCase):
    """The library binds its text domain itself: a Python program gets
    French GErrors without calling bindtextdomain."""

    def test_gerror_in_french(self):
        code = (
            "import locale, gi\n"
            "locale.setlocale(locale.LC_ALL, '')\n"
            "gi.require_version('Coop', '1')\n"
            "from gi.repository import Coop, GLib\n"
            "atlas = Coop.Atlas.dup_default()\n"
            "try:\n"
            "    Coop.Model.new_from_data(atlas, '', -1)\n"
            "except GLib.Error as error:\n"
            "    print(error.message)\n"
        )
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                env=french_env())
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("le fichier est vide", result.stdout)

    def test_labels_and_transitions(self):
        code = (
            "import locale, gi\n"
            "locale.setlocale(locale.LC_ALL, '')\n"
            "gi.require_version('Coop', '1')\n"
            "from gi.repository import Coop, GLib\n"
            "print(Coop.enum_get_label(Coop.AgreementStatus, Coop.AgreementStatus.IN_FORCE))\n"
            "print(Coop.enum_get_label(Coop.Function, Coop.Function.PROJECT_OWNERSHIP))\n"
            "agreement = Coop.Agreement.new('p', Coop.AgreementKind.CHARTE, 'P')\n"
            "try:\n"
            "    agreement.transition(Coop.AgreementStatus.COMPLETED,\n"
            "                         GLib.DateTime.new_utc(2026, 1, 1, 0, 0, 0), None)\n"
            "except GLib.Error as error:\n"
            "    print(error.message)\n"
        )
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                env=french_env())
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.splitlines()
        self.assertEqual(lines[:2], ["en vigueur", "maîtrise d’ouvrage"])
        self.assertIn("« p » ne peut pas passer de « draft » à « completed »", lines[2])


if __name__ == "__main__":
    unittest.main(verbosity=2)
