"""Every code block of README.md and doc/*.md runs as a reader runs it.

Usage: test_doc_examples.py MESON BUILD_DIR SOURCE_DIR PYTHON [GJS]

The rules, for whoever writes documentation:

- Every fenced block names its language. `sh`, `python`, `js`, `c` and
  `json` blocks are run; `text` blocks (output, diagrams, command
  synopses with placeholders) are not. A block with no language fails.
- Everything runs under `meson devenv -C BUILD_DIR` (what a reader of the
  README is told to do for an uninstalled tree: `coop` on PATH, the atlas,
  the typelib, the Python overrides and the catalogues), from the top of a
  scratch copy of the source tree (a clone, as the README says), whose
  `_build` is the build tree under test, with LC_ALL=C.UTF-8, English
  messages, and `python3` the Python that has PyGObject.
- `sh`: each block is one `bash -e -o pipefail` script, so any failing
  line fails it. Paths are relative to the top of the clone
  (`examples/data/sample-model.json`).
- `python`: a page's Python blocks continue one another, as cells of a
  notebook do: each runs after the earlier ones of the same page, in one
  interpreter (the system Python with PyGObject). The README's three
  import lines (`import gi`, `gi.require_version("Coop", "1")`, `from
  gi.repository import Coop`) come first, so a block may use `Coop`
  without repeating them.
- `js`: each block is one module run by `gjs -m`; `import Coop from
  'gi://Coop?version=1';` is added when the block does not import it.
- `c`: a block with a `main` is compiled as it is; a block without one is
  the body of `int main (void)`, after its own `#include` lines. Compiled
  with `cc -Wall -Werror=implicit-function-declaration` and
  `pkg-config --cflags --libs libcoop-1`, then run.
- `json`: a model document (`"format": "libcoop-model"`) must pass
  `coop validate` without errors or warnings and be in canonical form
  (`coop fmt` prints it back unchanged); other JSON must parse.
- A block that must not run (a long benchmark, `./dev.sh test` itself, a
  sketch with `…`) has `<!-- doc-test: skip REASON -->` on the line
  before it; the reason is required. A `sh` block expected to exit with
  another status than 0 has `<!-- doc-test: exit N -->` instead.
"""

import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

MESON, BUILD_DIR, SOURCE_DIR, PYTHON = sys.argv[1:5]
GJS = sys.argv[5] if len(sys.argv) > 5 and sys.argv[5] else None
del sys.argv[1:6 if len(sys.argv) > 5 else 5]

RUN = ("sh", "python", "js", "c", "json")
SHOWN = ("text",)
FENCE = re.compile(r"^```(\S*)[^\n]*\n(.*?)^```[ \t]*$", re.S | re.M)
MARKER = re.compile(r"<!--\s*doc-test:\s*(\S+)\s*(.*?)\s*-->")
PYTHON_PRELUDE = 'import gi\ngi.require_version("Coop", "1")\nfrom gi.repository import Coop\n'
JS_PRELUDE = "import Coop from 'gi://Coop?version=1';\n"

# What the test suite sets itself and the devenv must provide.
CLEARED = ("COOP_ATLAS", "COOP_LOCALEDIR", "GI_TYPELIB_PATH", "LD_LIBRARY_PATH", "PYTHONPATH",
           "PKG_CONFIG_PATH", "COOP_EXPECT_OVERRIDES_DIR")

SCRATCH = None


class Block:
    def __init__(self, page, line, language, code, marker):
        self.page, self.line, self.language, self.code = page, line, language, code
        self.marker = marker  # (word, argument) or None

    def __str__(self):
        return f"{self.page}:{self.line} ({self.language or 'no language'})"


def pages():
    yield os.path.join(SOURCE_DIR, "README.md")
    yield from sorted(glob.glob(os.path.join(SOURCE_DIR, "doc", "*.md")))


def blocks():
    for path in pages():
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        page = os.path.relpath(path, SOURCE_DIR)
        for match in FENCE.finditer(text):
            before = text[:match.start()]
            # The marker is the last line before the fence.
            marker = MARKER.fullmatch(before.rstrip("\n").rsplit("\n", 1)[-1].strip())
            line = before.count("\n") + 1
            yield Block(page, line, match.group(1), match.group(2),
                        (marker.group(1), marker.group(2)) if marker else None)


def devenv(args, **kwargs):
    env = {key: value for key, value in os.environ.items() if key not in CLEARED}
    env["LC_ALL"] = "C.UTF-8"
    env["LANGUAGE"] = ""
    env["PATH"] = os.path.join(SCRATCH, ".doc-test", "bin") + os.pathsep + env["PATH"]
    return subprocess.run([MESON, "devenv", "-C", BUILD_DIR, "-w", SCRATCH, *args],
                          capture_output=True, text=True, env=env, timeout=240, **kwargs)


def write(name, text):
    path = os.path.join(SCRATCH, ".doc-test", name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path


def numbered(code):
    return "".join(f"{number:4} {line}\n" for number, line in enumerate(code.splitlines(), 1))


def setUpModule():
    global SCRATCH
    SCRATCH = tempfile.mkdtemp(prefix="coop-doc-")
    shutil.rmtree(SCRATCH)
    shutil.copytree(SOURCE_DIR, SCRATCH, symlinks=True,
                    ignore=lambda directory, names: [name for name in names
                                                     if name.startswith(("_build", ".git"))])
    # The clone's _build is the build tree under test, so `meson setup
    # _build` finds it configured and `meson devenv -C _build` uses it.
    os.symlink(os.path.abspath(BUILD_DIR), os.path.join(SCRATCH, "_build"))
    # python3 is the Python with PyGObject, as /usr/bin/python3 is on Debian.
    os.makedirs(os.path.join(SCRATCH, ".doc-test", "bin"))
    os.symlink(PYTHON, os.path.join(SCRATCH, ".doc-test", "bin", "python3"))


def tearDownModule():
    shutil.rmtree(SCRATCH, ignore_errors=True)


class DocExamples(unittest.TestCase):
    def check(self, block, result, expected=0, source=None):
        self.assertEqual(result.returncode, expected,
                         f"{block} exited with {result.returncode}, expected {expected}\n"
                         f"{numbered(source or block.code)}\n"
                         f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")

    def run_sh(self, block, expected):
        script = write("block.sh", block.code)
        start = time.monotonic()
        self.check(block, devenv(["bash", "-e", "-o", "pipefail", script]), expected)
        print(f"{block}: {time.monotonic() - start:.1f} s", file=sys.stderr)

    def run_python(self, block, earlier):
        source = PYTHON_PRELUDE + "".join(earlier) + block.code
        self.check(block, devenv([PYTHON, write("block.py", source)]), source=source)

    def run_js(self, block):
        if GJS is None:
            self.skipTest("gjs is not installed")
        source = block.code if "gi://Coop" in block.code else JS_PRELUDE + block.code
        self.check(block, devenv([GJS, "-m", write("block.js", source)]), source=source)

    def run_c(self, block):
        source = block.code
        if not re.search(r"\bmain\s*\(", source):
            lines = source.splitlines(keepends=True)
            includes = [line for line in lines if line.startswith("#include")]
            body = [line for line in lines if not line.startswith("#include")]
            source = "".join(includes) + "\nint\nmain (void)\n{\n" + "".join(body) + "  return 0;\n}\n"
        path = write("block.c", source)
        program = os.path.join(SCRATCH, ".doc-test", "block")
        compiled = devenv(["sh", "-c", f'cc -Wall -Werror=implicit-function-declaration -o "{program}" "{path}" '
                                       "$(pkg-config --cflags --libs libcoop-1)"])
        self.check(block, compiled, source=source)
        self.check(block, devenv([program]), source=source)

    def run_json(self, block):
        data = json.loads(block.code)
        if not (isinstance(data, dict) and data.get("format") == "libcoop-model"):
            return
        path = write("block.json", block.code)
        result = devenv(["coop", "validate", path])
        self.check(block, result)
        self.assertNotIn("warning", result.stdout + result.stderr, str(block))
        result = devenv(["coop", "fmt", path])
        self.check(block, result)
        self.assertEqual(result.stdout, block.code, f"{block}: not in canonical form")

    def test_blocks(self):
        counts = {}
        python_so_far = {}
        for block in blocks():
            with self.subTest(block=str(block)):
                self.assertIn(block.language, RUN + SHOWN,
                              f"{block}: name the language of the block: one of {', '.join(RUN + SHOWN)} "
                              "(see tests/test_doc_examples.py)")
                word, argument = block.marker or ("run", "")
                self.assertIn(word, ("run", "skip", "exit"), f"{block}: unknown marker doc-test: {word}")
                if word == "skip":
                    self.assertTrue(argument, f"{block}: doc-test: skip needs a reason")
                    continue
                if block.language in SHOWN:
                    continue
                counts[block.language] = counts.get(block.language, 0) + 1
                if block.language == "sh":
                    self.run_sh(block, int(argument) if word == "exit" else 0)
                elif block.language == "python":
                    earlier = python_so_far.setdefault(block.page, [])
                    self.run_python(block, earlier)
                    earlier.append(block.code)
                elif block.language == "js":
                    self.run_js(block)
                elif block.language == "c":
                    self.run_c(block)
                elif block.language == "json":
                    self.run_json(block)
        print(f"blocks run: {counts}", file=sys.stderr)
        for language in ("sh", "python", "c", "json"):
            self.assertGreater(counts.get(language, 0), 0, f"no {language} block was found")


if __name__ == "__main__":
    unittest.main(verbosity=2)
