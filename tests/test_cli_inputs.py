"""Inputs the coop command used to answer with warnings or silently change.

Usage: test_cli_inputs.py COOP

A territory of a kind only the atlas has is refused by every command, and
no command prints a GLib CRITICAL for a user's file; a FIFO named by
COOP_ATLAS is refused without blocking; a gzip bomb is refused quickly;
messages about a huge value stay short; the atlas member of a model is
kept as written by coop fmt.
"""

import gzip
import json
import os
import subprocess
import sys
import tempfile
import unittest

COOP = sys.argv.pop(1) if len(sys.argv) > 1 else "coop"
SOURCE = os.environ.get("COOP_SOURCE_DIR", ".")
SAMPLE = os.path.join(SOURCE, "examples", "data", "sample-model.json")


def coop(*args, **kwargs):
    return subprocess.run([COOP, *args], capture_output=True, text=True, timeout=60, **kwargs)


def sample():
    with open(SAMPLE, encoding="utf-8") as handle:
        return json.load(handle)


class Inputs(unittest.TestCase):
    def setUp(self):
        self.directory = tempfile.TemporaryDirectory()
        self.addCleanup(self.directory.cleanup)

    def write(self, name, document):
        path = os.path.join(self.directory.name, name)
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(document, handle)
        return path

    def test_atlas_only_kinds_refused_everywhere(self):
        for kind in ("departement", "region"):
            document = sample()
            document["territories"][0]["kind"] = kind
            path = self.write(f"{kind}.json", document)
            for command in (["validate"], ["check"], ["maturity"], ["levers"], ["report"], ["fmt"]):
                with self.subTest(kind=kind, command=command):
                    result = coop(*command, path)
                    self.assertEqual(result.returncode, 2, result.stdout[-500:])
                    self.assertIn("$.territories[0]", result.stderr)
                    self.assertIn(kind, result.stderr)
                    self.assertNotIn("CRITICAL", result.stderr)
                    self.assertNotIn("(null)", result.stdout)

    def test_no_critical_on_the_sample(self):
        for command in (["maturity"], ["levers"], ["report"], ["check"]):
            with self.subTest(command=command):
                result = coop(*command, SAMPLE)
                self.assertNotIn("CRITICAL", result.stderr)
                self.assertNotIn("WARNING", result.stderr)

    def test_fifo_atlas_does_not_block(self):
        fifo = os.path.join(self.directory.name, "atlas.fifo")
        os.mkfifo(fifo)
        result = coop("info", env={**os.environ, "COOP_ATLAS": fifo})
        self.assertEqual(result.returncode, 2)
        self.assertIn("not a regular file", result.stderr)

    def test_gzip_bomb_refused(self):
        path = os.path.join(self.directory.name, "bomb.json.gz")
        with gzip.open(path, "wb") as handle:
            handle.write(b'{"format": "libcoop-model", "version": 1}')
            for _ in range(50):
                handle.write(b" " * (1 << 20))
        result = coop("fmt", path)
        self.assertEqual(result.returncode, 2)
        self.assertIn("times its compressed size", result.stderr)

    def test_huge_value_short_message(self):
        document = sample()
        document["territories"][0]["kind"] = "x" * (5 << 20)
        result = coop("validate", self.write("huge.json", document))
        self.assertEqual(result.returncode, 2)
        self.assertLess(len(result.stderr), 3000)
        self.assertIn("xxxxxxxx…", result.stderr)

    def test_atlas_member_kept_by_fmt(self):
        document = sample()
        document["atlas"] = {"source": "mon-atlas", "version": "0.8.0", "millesime": 2020}
        path = self.write("atlas.json", document)
        result = coop("fmt", "--in-place", path)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(path, encoding="utf-8") as handle:
            written = json.load(handle)["atlas"]
        # What the file said, and the atlas in use beside it.
        saved_with = written.pop("saved-with")
        self.assertEqual(written, document["atlas"])
        self.assertEqual(saved_with["source"], sample()["atlas"]["source"])
        document["atlas"] = [1, 2]
        result = coop("validate", self.write("bad-atlas.json", document))
        self.assertEqual(result.returncode, 2)
        self.assertIn("$.atlas", result.stderr)


if __name__ == "__main__":
    unittest.main()
