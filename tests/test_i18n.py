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
import os
import subprocess
import sys
import tempfile
import unittest

COOP = sys.argv.pop(1) if len(sys.argv) > 1 else "coop"


def french_env(**extra):
    env = dict(os.environ)
    env.pop("LC_MESSAGES", None)
    env.update({"LC_ALL": "C.UTF-8", "LANGUAGE": "fr"})
    env.update(extra)
    return env


def coop(*args, env=None):
    return subprocess.run([COOP, *args], capture_output=True, text=True,
                          env=env if env is not None else french_env())


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


if __name__ == "__main__":
    unittest.main(verbosity=2)
