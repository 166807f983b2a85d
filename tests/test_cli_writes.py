"""Every write of the coop command either completes or says it failed.

Usage: test_cli_writes.py COOP

Standard output that cannot be written (/dev/full, a disk that fills up,
simulated with a file-size limit) makes every command fail with a message;
files the command writes (reports, models saved in place) are replaced
atomically, keep their owner, mode and compression, and errors name them.
"""

import gzip
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import unittest

COOP = sys.argv.pop(1) if len(sys.argv) > 1 else "coop"
SOURCE = os.environ.get("COOP_SOURCE_DIR", ".")
SAMPLE = os.path.join(SOURCE, "examples", "data", "sample-model.json")


def coop(*args, **kwargs):
    return subprocess.run([COOP, *args], capture_output=True, text=True, **kwargs)


def file_size_limit(limit):
    """A preexec_fn under which files may not grow beyond limit bytes: what
    a full disk does to a write (EFBIG rather than ENOSPC)."""
    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


# One invocation of every command that prints to standard output.
COMMANDS = [
    ["--help"],
    ["--version"],
    ["fmt", "--help"],
    ["territory", "38563"],
    ["search", "voiron"],
    ["seats", "243800984"],
    ["info"],
    ["fmt", SAMPLE],
    ["validate", SAMPLE],
    ["check", SAMPLE],
    ["agreements", SAMPLE],
    ["agreement", SAMPLE, "gbm-pacte-gouvernance"],
    ["actors", SAMPLE],
    ["maturity", SAMPLE, "--date=2026-09-01"],
    ["levers", SAMPLE],
    ["report", SAMPLE, "--date=2026-09-01"],
    ["report", SAMPLE, "--markdown", "--date=2026-09-01"],
]


class StandardOutput(unittest.TestCase):
    def test_every_command_fails_on_dev_full(self):
        for command in COMMANDS:
            with self.subTest(command=command), open("/dev/full", "w") as full:
                result = subprocess.run([COOP, *command], stdout=full, stderr=subprocess.PIPE, text=True)
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertIn("cannot write to standard output", result.stderr)

    def test_every_command_still_succeeds(self):
        # The same commands, to a writable output: the check does not turn
        # a success into a failure.
        for command in COMMANDS:
            with self.subTest(command=command):
                result = coop(*command)
                self.assertIn(result.returncode, (0, 1), result.stderr)
                self.assertNotIn("cannot write", result.stderr)

    def test_disk_full_midway(self):
        # The case: 12 KB of a 69 KB document, and exit 0.
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "out.json")
            with open(path, "w") as out:
                result = subprocess.run([COOP, "fmt", SAMPLE], stdout=out, stderr=subprocess.PIPE,
                                        text=True, preexec_fn=file_size_limit(12288))
            self.assertEqual(result.returncode, 2, result.stderr)
            self.assertIn("cannot write to standard output", result.stderr)
            self.assertLessEqual(os.path.getsize(path), 12288)

    def test_closed_standard_output_with_nothing_to_write(self):
        # Nothing to write and standard output closed: not an error (the
        # GNU close_stdout habit). validate --format=json of a valid model
        # writes; a usage error writes only to stderr.
        result = subprocess.run([COOP, "territory"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                text=True)
        self.assertEqual(result.returncode, 2)
        self.assertNotIn("cannot write", result.stderr)


class ReportOutput(unittest.TestCase):
    def setUp(self):
        self.directory = tempfile.TemporaryDirectory()
        self.addCleanup(self.directory.cleanup)

    def path(self, name):
        return os.path.join(self.directory.name, name)

    def test_dash_is_standard_output(self):
        result = coop("report", SAMPLE, "-o", "-", "--date=2026-09-01")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(result.stdout.lstrip().lower().startswith("<!doctype html"))
        self.assertFalse(os.path.exists("-"))
        markdown = coop("report", SAMPLE, "--output=-", "--markdown", "--date=2026-09-01")
        self.assertEqual(markdown.returncode, 0, markdown.stderr)
        self.assertTrue(markdown.stdout.startswith("#"))

    def test_unknown_extension_is_refused(self):
        for name in ("report.txt", "report", "report.pdf"):
            with self.subTest(name=name):
                result = coop("report", SAMPLE, "-o", self.path(name))
                self.assertEqual(result.returncode, 2)
                self.assertIn(name, result.stderr)
                self.assertIn(".html", result.stderr)
                self.assertFalse(os.path.exists(self.path(name)))

    def test_markdown_flag_against_html_name_is_refused(self):
        # --markdown and a name that the report writes as HTML contradict
        # each other: an error naming both, and nothing written.
        for name in ("report.html", "report.HTM", "report.html.gz"):
            with self.subTest(name=name):
                result = coop("report", SAMPLE, "--markdown", "-o", self.path(name), "--date=2026-09-01")
                self.assertEqual(result.returncode, 2)
                self.assertIn("--markdown", result.stderr)
                self.assertIn(name, result.stderr)
                self.assertFalse(os.path.exists(self.path(name)))
        # In French too.
        result = coop("report", SAMPLE, "--markdown", "-o", self.path("r.html"), "--date=2026-09-01",
                      env=dict(os.environ, LANGUAGE="fr"))
        self.assertEqual(result.returncode, 2)
        self.assertIn("--markdown", result.stderr)
        self.assertIn("r.html", result.stderr)
        self.assertIn("est un fichier HTML", result.stderr)
        # A name that agrees with the flag writes Markdown.
        for name in ("report.md", "report.markdown.gz"):
            with self.subTest(name=name):
                result = coop("report", SAMPLE, "--markdown", "-o", self.path(name), "--date=2026-09-01")
                self.assertEqual(result.returncode, 0, result.stderr)
                opener = gzip.open if name.endswith(".gz") else open
                with opener(self.path(name), "rt") as handle:
                    self.assertTrue(handle.read().startswith("#"))

    def test_known_extensions(self):
        for name, start in (("r.html", "<!"), ("r.HTM", "<!"), ("r.md", "#"), ("r.markdown", "#")):
            with self.subTest(name=name):
                result = coop("report", SAMPLE, "-o", self.path(name), "--date=2026-09-01")
                self.assertEqual(result.returncode, 0, result.stderr)
                with open(self.path(name)) as handle:
                    self.assertTrue(handle.read().startswith(start))
        result = coop("report", SAMPLE, "-o", self.path("r.html.gz"), "--date=2026-09-01")
        self.assertEqual(result.returncode, 0, result.stderr)
        with gzip.open(self.path("r.html.gz"), "rt") as handle:
            self.assertIn("<html", handle.read())

    def test_full_disk_keeps_the_old_report(self):
        path = self.path("report.html")
        with open(path, "w") as handle:
            handle.write("the previous report")
        result = subprocess.run([COOP, "report", SAMPLE, "-o", path, "--date=2026-09-01"],
                                capture_output=True, text=True, preexec_fn=file_size_limit(8192))
        self.assertEqual(result.returncode, 2)
        # The error names the report, not a hidden temporary file.
        self.assertIn(path, result.stderr)
        self.assertNotIn("/.report", result.stderr)
        with open(path) as handle:
            self.assertEqual(handle.read(), "the previous report")
        self.assertEqual(os.listdir(self.directory.name), ["report.html"])


class InPlace(unittest.TestCase):
    def setUp(self):
        self.directory = tempfile.TemporaryDirectory()
        self.addCleanup(self.directory.cleanup)
        self.path = os.path.join(self.directory.name, "model.json")

    def test_gzipped_model_stays_gzipped(self):
        with open(SAMPLE, "rb") as source, gzip.open(self.path + ".gz", "wb") as target:
            target.write(source.read())
        # Under its .gz name and under a plain one.
        shutil.copy(self.path + ".gz", self.path)
        for path in (self.path + ".gz", self.path):
            with self.subTest(path=path):
                result = coop("fmt", "--in-place", path)
                self.assertEqual(result.returncode, 0, result.stderr)
                with open(path, "rb") as handle:
                    self.assertEqual(handle.read(2), b"\x1f\x8b")
                with gzip.open(path, "rt") as handle:
                    self.assertEqual(handle.read(), coop("fmt", SAMPLE).stdout)

    @unittest.skipUnless(os.geteuid() == 0, "giving a file to another user needs root")
    def test_owner_and_mode_kept(self):
        shutil.copy(SAMPLE, self.path)
        os.chown(self.path, 65534, 65534)
        os.chmod(self.path, 0o640)
        result = coop("fmt", "--in-place", self.path)
        self.assertEqual(result.returncode, 0, result.stderr)
        info = os.stat(self.path)
        self.assertEqual((info.st_uid, info.st_gid, info.st_mode & 0o7777), (65534, 65534, 0o640))

    def test_through_link_and_loop(self):
        link = os.path.join(self.directory.name, "link.json")
        shutil.copy(SAMPLE, self.path)
        os.symlink("model.json", link)
        self.assertEqual(coop("fmt", "--in-place", link).returncode, 0)
        self.assertTrue(os.path.islink(link))
        loop_a = os.path.join(self.directory.name, "a.json")
        loop_b = os.path.join(self.directory.name, "b.json")
        os.symlink("b.json", loop_a)
        os.symlink("a.json", loop_b)
        # A loop cannot even be read; the links stay.
        result = coop("fmt", "--in-place", loop_a)
        self.assertEqual(result.returncode, 2)
        self.assertTrue(os.path.islink(loop_a) and os.path.islink(loop_b))


if __name__ == "__main__":
    unittest.main()
