"""`meson devenv` alone runs the uninstalled tree: coop, Python with the
Coop overrides, GJS and the French catalogue, with no other variable.

Usage: test_devenv.py MESON BUILD_DIR PYTHON [GJS]

The variables the test suite sets itself (the atlas, the typelib and
library paths, PYTHONPATH, the catalogue directory) are removed first, so
only what meson.add_devenv() and meson set can make these work.
"""

import os
import subprocess
import sys
import unittest

MESON, BUILD_DIR, PYTHON = sys.argv[1:4]
GJS = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] else None
del sys.argv[1:5 if len(sys.argv) > 4 else 4]

CLEARED = ("COOP_ATLAS", "COOP_LOCALEDIR", "GI_TYPELIB_PATH", "LD_LIBRARY_PATH", "PYTHONPATH",
           "COOP_EXPECT_OVERRIDES_DIR")


def devenv(*args, **extra):
    env = {key: value for key, value in os.environ.items() if key not in CLEARED}
    env.update(extra)
    return subprocess.run([MESON, "devenv", "-C", BUILD_DIR, *args],
                          capture_output=True, text=True, env=env)


class Devenv(unittest.TestCase):
    def test_coop(self):
        result = devenv("coop", "territory", "38563")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("CA du Pays Voironnais (243800984)", result.stdout)

    def test_atlas_of_the_build_tree(self):
        result = devenv("env")
        variables = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
        self.assertEqual(os.path.realpath(variables["COOP_ATLAS"]),
                         os.path.realpath(os.path.join(BUILD_DIR, "libcoop", "france.atlas")))

    def test_python_overrides(self):
        code = ("import gi\n"
                "gi.require_version('Coop', '1')\n"
                "from gi.repository import Coop\n"
                "import gi.overrides.Coop\n"
                "print(repr(Coop.Atlas.dup_default()['38563']))\n"
                "print(gi.overrides.Coop.__file__)\n")
        result = devenv(PYTHON, "-c", code)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("<Coop.Territory commune 38563 Voiron>", result.stdout)
        self.assertTrue(os.path.realpath(result.stdout.splitlines()[1])
                        .startswith(os.path.realpath(BUILD_DIR)), result.stdout)

    def test_gjs(self):
        if GJS is None:
            self.skipTest("gjs is not installed")
        code = ("import Coop from 'gi://Coop?version=1';\n"
                "const atlas = Coop.Atlas.dup_default();\n"
                "print(atlas.lookup(atlas.lookup('38563').epciCode).name);\n")
        path = os.path.join(BUILD_DIR, "tests", "devenv-snippet.js")
        with open(path, "w") as handle:
            handle.write(code)
        result = devenv(GJS, "-m", path)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("CA du Pays Voironnais", result.stdout)

    def test_french(self):
        """coop's own messages and the library's, both from the build tree's catalogue."""
        result = devenv("coop", "territory", "38563", LANGUAGE="fr", LC_ALL="C.UTF-8")
        self.assertIn("Population municipale :", result.stdout)
        self.assertIn("urbain", result.stdout)
        lyon = devenv("coop", "seats", "200046977", LANGUAGE="fr", LC_ALL="C.UTF-8")
        self.assertEqual(lyon.returncode, 2)
        self.assertIn("collectivité à statut particulier", lyon.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
