"""Installs libcoop into a staging directory and uses it as a user would.

Usage: test_install.py BUILD_DIR PREFIX LIBDIR PYTHON_DIR SOURCE_DIR CC [CC_ARG…]

`meson install --destdir` stages the build; pkg-config finds libcoop-1
through PKG_CONFIG_PATH, with a copy of the staged libcoop-1.pc whose
prefix names the staging directory (what a user installing with that
--prefix would get; everything else in it is relative to ${prefix}),
examples/c/atlas.c is
compiled and run against the installed copy, and Python and GJS snippets
find the installed typelib (GI_TYPELIB_PATH) and Python overrides. No
build-tree path is left in the environment of what runs.
"""

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import unittest

BUILD_DIR, PREFIX, LIBDIR, PYTHON_DIR, SOURCE_DIR = sys.argv[1:6]
CC = sys.argv[6:]  # the compiler command: ccache cc, for instance
del sys.argv[1:]

STAGE = None


def staged(*parts):
    path = os.path.join(*parts)
    if os.path.isabs(path):
        path = path.lstrip("/")
    return os.path.join(STAGE, path)


def installed_env():
    env = {key: value for key, value in os.environ.items()
           if key not in ("GI_TYPELIB_PATH", "LD_LIBRARY_PATH", "PYTHONPATH", "COOP_LOCALEDIR",
                          "PKG_CONFIG_PATH", "COOP_EXPECT_OVERRIDES_DIR")}
    libdir = staged(PREFIX, LIBDIR)
    env["LD_LIBRARY_PATH"] = libdir
    env["GI_TYPELIB_PATH"] = os.path.join(libdir, "girepository-1.0")
    env["PYTHONPATH"] = staged(PREFIX, PYTHON_DIR)
    env["PKG_CONFIG_PATH"] = os.path.join(STAGE, "pkgconfig")
    # The compiled-in atlas path names the final prefix; point at the staged copy.
    env["COOP_ATLAS"] = staged(PREFIX, "share", "libcoop-1", "france.atlas")
    return env


def run(args, **kwargs):
    result = subprocess.run(args, capture_output=True, text=True, env=installed_env(), **kwargs)
    if result.returncode != 0:
        raise AssertionError(f"{shlex.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def setUpModule():
    global STAGE
    STAGE = tempfile.mkdtemp(prefix="coop-install-")
    result = subprocess.run(["meson", "install", "-C", BUILD_DIR, "--no-rebuild", "--quiet",
                             "--destdir", STAGE], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"meson install failed:\n{result.stdout}\n{result.stderr}")
    os.makedirs(os.path.join(STAGE, "pkgconfig"))
    with open(staged(PREFIX, LIBDIR, "pkgconfig", "libcoop-1.pc")) as source:
        lines = source.read().splitlines(keepends=True)
    with open(os.path.join(STAGE, "pkgconfig", "libcoop-1.pc"), "w") as copy:
        for line in lines:
            copy.write(f"prefix={staged(PREFIX)}\n" if line.startswith("prefix=") else line)


def tearDownModule():
    shutil.rmtree(STAGE, ignore_errors=True)


class Installed(unittest.TestCase):
    def test_files(self):
        for path in [
            (PREFIX, "include", "libcoop-1", "libcoop.h"),
            (PREFIX, "include", "libcoop-1", "coop-enum-types.h"),
            (PREFIX, LIBDIR, "girepository-1.0", "Coop-1.typelib"),
            (PREFIX, "share", "gir-1.0", "Coop-1.gir"),
            (PREFIX, "share", "libcoop-1", "france.atlas"),
            (PREFIX, "share", "man", "man1", "coop.1"),
            (PREFIX, "bin", "coop"),
            (PREFIX, PYTHON_DIR, "gi", "overrides", "Coop.py"),
        ]:
            self.assertTrue(os.path.exists(staged(*path)), os.path.join(*path))

    def test_translations_installed(self):
        mo = staged(PREFIX, "share", "locale", "fr", "LC_MESSAGES", "libcoop-1.mo")
        if not os.path.isdir(os.path.join(BUILD_DIR, "po")):
            self.skipTest("translations disabled")
        self.assertTrue(os.path.exists(mo))

    def test_reference_installed(self):
        if not os.path.isdir(os.path.join(BUILD_DIR, "doc", "libcoop-1")):
            self.skipTest("documentation disabled")
        self.assertTrue(os.path.exists(staged(PREFIX, "share", "doc", "libcoop-1", "index.html")))

    def test_pkg_config(self):
        flags = run(["pkg-config", "--cflags", "--libs", "libcoop-1"])
        self.assertIn("-lcoop-1", flags)
        self.assertIn(STAGE, flags)
        self.assertIn(staged(PREFIX, "include", "libcoop-1"), flags)
        self.assertIn("glib-2.0", flags)

    def test_c_example(self):
        flags = shlex.split(run(["pkg-config", "--cflags", "--libs", "libcoop-1"]))
        program = os.path.join(STAGE, "atlas")
        run([*CC, os.path.join(SOURCE_DIR, "examples", "c", "atlas.c"), "-o", program, *flags])
        output = run([program])
        self.assertIn("Voiron is in CA du Pays Voironnais (243800984)", output)
        self.assertIn("members: 31", output)
        libraries = run(["ldd", program])
        self.assertIn(staged(PREFIX, LIBDIR), libraries)

    def test_coop_command(self):
        output = run([staged(PREFIX, "bin", "coop"), "territory", "38563"])
        self.assertIn("CA du Pays Voironnais", output)

    def test_python(self):
        code = (
            "import gi\n"
            "gi.require_version('Coop', '1')\n"
            "from gi.repository import Coop, GIRepository\n"
            "import gi.overrides.Coop as overrides\n"
            "atlas = Coop.Atlas.dup_default()\n"
            "epci = atlas[atlas['38563'].props.epci_code]\n"
            "print(repr(epci), len(atlas.list_members(epci)))\n"
            "print(overrides.__file__)\n"
            "print(GIRepository.Repository.get_default().get_typelib_path('Coop'))\n"
        )
        try:
            output = run([sys.executable, "-c", code])
        except AssertionError:
            # GIRepository's own typelib may be absent; the rest still counts.
            output = run([sys.executable, "-c", code.replace(", GIRepository", "")
                          .replace("print(GIRepository.Repository.get_default().get_typelib_path('Coop'))\n", "")])
        self.assertIn("<Coop.Territory epci 243800984 CA du Pays Voironnais> 31", output)
        self.assertIn(staged(PREFIX, PYTHON_DIR), output)
        self.assertNotIn(BUILD_DIR, output)

    def test_gjs(self):
        gjs = shutil.which("gjs")
        if gjs is None:
            self.skipTest("gjs is not installed")
        script = os.path.join(STAGE, "snippet.js")
        with open(script, "w") as handle:
            handle.write(
                "import Coop from 'gi://Coop?version=1';\n"
                "const atlas = Coop.Atlas.dup_default();\n"
                "const epci = atlas.lookup(atlas.lookup('38563').epci_code);\n"
                "print(`${epci.name} ${atlas.list_members(epci).get_n_items()}`);\n"
            )
        output = run([gjs, "-m", script])
        self.assertIn("CA du Pays Voironnais 31", output)


if __name__ == "__main__":
    unittest.main(verbosity=2)
