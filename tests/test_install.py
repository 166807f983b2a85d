"""Installs libcoop into a staging directory and uses it as a user would.

Usage: test_install.py BUILD_DIR PREFIX LIBDIR PYTHON_DIR ON_PATH SOURCE_DIR CC [CC_ARG…]

`meson install --destdir` stages the build. What runs from the staged copy
gets only the variables README.md's “Installing” section documents, read
from the README itself:

- when the overrides directory of PREFIX is on the system Python's
  sys.path (ON_PATH is “on-sys-path”: /usr/local and /usr on Debian), the
  /usr/local block (GI_TYPELIB_PATH), plus stand-ins for what the real
  prefix gets from the system: the staged overrides directory on
  PYTHONPATH for sys.path, the staged libdir on LD_LIBRARY_PATH for
  ld.so.conf. test_overrides_on_sys_path checks the real directory is on
  sys.path.
- otherwise, the export lines of the “another prefix” block, with
  $prefix the staged prefix.

In both cases COOP_ATLAS names the staged atlas, since the library looks
where it was configured to, and PKG_CONFIG_PATH a copy of the staged
libcoop-1.pc whose prefix names the staging directory. No build-tree path
is left in the environment of what runs.
"""

import glob
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import unittest

BUILD_DIR, PREFIX, LIBDIR, PYTHON_DIR, ON_PATH, SOURCE_DIR = sys.argv[1:7]
CC = sys.argv[7:]  # the compiler command: ccache cc, for instance
del sys.argv[1:]

STAGE = None
DOCUMENTED = None


def staged(*parts):
    path = os.path.join(*parts)
    if os.path.isabs(path):
        path = path.lstrip("/")
    return os.path.join(STAGE, path)


CLEARED = ("GI_TYPELIB_PATH", "LD_LIBRARY_PATH", "PYTHONPATH", "COOP_LOCALEDIR", "PKG_CONFIG_PATH",
           "COOP_EXPECT_OVERRIDES_DIR", "COOP_ATLAS", "MANPATH", "XDG_DATA_DIRS")


def readme_block(needle):
    """The README code block that holds NEEDLE."""
    with open(os.path.join(SOURCE_DIR, "README.md"), encoding="utf-8") as handle:
        text = handle.read()
    for block in re.findall(r"^```sh\n(.*?)^```", text, re.S | re.M):
        if needle in block:
            return block
    raise AssertionError(f"README.md has no sh block with {needle!r}")


def documented_env():
    base = {key: value for key, value in os.environ.items() if key not in CLEARED}
    if ON_PATH == "on-sys-path":
        block = readme_block("export GI_TYPELIB_PATH=/usr/local")
        exports = [line.replace("/usr/local", staged(PREFIX)) for line in block.splitlines()
                   if line.startswith("export ")]
        base["PYTHONPATH"] = staged(PREFIX, PYTHON_DIR)
        base["LD_LIBRARY_PATH"] = staged(PREFIX, LIBDIR)
        script = ""
    else:
        block = readme_block('export PYTHONPATH="$prefix')
        exports = [line for line in block.splitlines() if line.startswith("export ")]
        script = f"prefix={shlex.quote(staged(PREFIX))}\n"
    script += "\n".join(exports) + "\nenv -0\n"
    result = subprocess.run(["bash", "-e", "-c", script], env=base, capture_output=True, text=True, check=True)
    return dict(item.split("=", 1) for item in result.stdout.split("\0") if "=" in item)


def installed_env():
    env = dict(DOCUMENTED)
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
    global STAGE, DOCUMENTED
    STAGE = tempfile.mkdtemp(prefix="coop-install-")
    result = subprocess.run(["meson", "install", "-C", BUILD_DIR, "--no-rebuild", "--quiet",
                             "--destdir", STAGE], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"meson install failed:\n{result.stdout}\n{result.stderr}")
    DOCUMENTED = documented_env()
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
            (PREFIX, "share", "bash-completion", "completions", "coop"),
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

    def test_readme_snippet(self):
        """The README's one line, with the installed overrides (atlas["38563"] is theirs)."""
        with open(os.path.join(SOURCE_DIR, "README.md"), encoding="utf-8") as handle:
            line = next(line.strip() for line in handle if line.startswith("import gi; gi.require_version"))
        # The line as written, then what a REPL would echo of its last expression.
        code = f"{line}\nprint(repr({line.rsplit('; ', 1)[1]}))\n" \
               "import gi.overrides.Coop\nprint(gi.overrides.Coop.__file__)\n"
        output = run([sys.executable, "-c", code])
        self.assertIn("<Coop.Territory commune 38563 Voiron>", output)
        self.assertIn(staged(PREFIX, PYTHON_DIR, "gi", "overrides", "Coop.py"), output)

    def test_overrides_on_sys_path(self):
        """For /usr/local (and /usr) on Debian, the overrides go where Python already looks."""
        if ON_PATH != "on-sys-path":
            self.skipTest(f"{PREFIX} has no directory on sys.path; README.md says to set PYTHONPATH")
        env = {key: value for key, value in os.environ.items() if key not in CLEARED}
        result = subprocess.run([sys.executable, "-c", "import sys; print('\\n'.join(sys.path))"],
                                capture_output=True, text=True, env=env, check=True)
        self.assertIn(os.path.join(PREFIX, PYTHON_DIR), result.stdout.splitlines())

    def test_pkg_config_requires(self):
        """json-glib is private: no installed public header includes it."""
        headers = glob.glob(staged(PREFIX, "include", "libcoop-1", "*.h"))
        self.assertGreater(len(headers), 10)
        public_includes_json = False
        for header in headers:
            with open(header, encoding="utf-8") as handle:
                public_includes_json |= "json-glib" in handle.read()
        with open(staged(PREFIX, LIBDIR, "pkgconfig", "libcoop-1.pc")) as handle:
            fields = dict(line.split(":", 1) for line in handle if ":" in line and "=" not in line.split(":")[0])
        self.assertEqual("json-glib-1.0" in fields.get("Requires", ""), public_includes_json)
        self.assertEqual("json-glib-1.0" in fields.get("Requires.private", ""), not public_includes_json)

    def test_runpath(self):
        """coop finds its library outside /usr without LD_LIBRARY_PATH."""
        if PREFIX == "/usr":
            self.skipTest("/usr needs no RUNPATH")
        output = subprocess.run(["readelf", "-d", staged(PREFIX, "bin", "coop")],
                                capture_output=True, text=True).stdout
        self.assertIn(f"[{os.path.join(PREFIX, LIBDIR)}]", output)
        self.assertNotIn(BUILD_DIR, output)

    def test_man_page_names_this_prefix(self):
        with open(staged(PREFIX, "share", "man", "man1", "coop.1"), encoding="utf-8") as handle:
            page = handle.read()
        self.assertNotIn("@DOCDIR@", page)
        self.assertIn(os.path.join(PREFIX, "share", "doc", "libcoop-1").replace("-", "\\-"), page)

    def test_version(self):
        output = run([staged(PREFIX, "bin", "coop"), "--version"])
        with open(staged(PREFIX, LIBDIR, "pkgconfig", "libcoop-1.pc")) as handle:
            version = next(line.split(":", 1)[1].strip() for line in handle if line.startswith("Version:"))
        self.assertEqual(output, f"coop {version}\n")
        self.assertTrue(version.startswith("1."), "the API is 1.0 (Since: 1.0)")

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
