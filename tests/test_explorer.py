"""The GTK explorer under Xvfb: one search, one model, one screenshot,
and the same in French.

Usage: test_explorer.py PATH/TO/coop-explorer.py

The explorer renders its own window to PNG with GTK (--screenshot) and
prints a JSON summary of what its list views hold; the test checks both,
and keeps the PNG as <build>/tests/explorer-screenshot.png for a look.
"""

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import unittest

EXPLORER = sys.argv.pop(1)

MODEL = {
    "format": "libcoop-model",
    "version": 1,
    "name": "Pays illustratif",
    "territories": [{
        "code": "pays-illustratif",
        "kind": "pays",
        "name": "Pays illustratif",
        "members": ["243800984", "243801073"],
    }],
}


def missing_requirements():
    if shutil.which("xvfb-run") is None:
        return "xvfb-run is not installed"
    try:
        import gi

        gi.require_version("Gtk", "4.0")
        gi.require_version("Adw", "1")
        from gi.repository import Adw, Gtk  # noqa: F401
    except (ImportError, ValueError) as error:
        return f"GTK 4 or libadwaita typelibs missing: {error}"
    return None


def run_explorer(scratch, png, *extra_args, preexec_fn=None, **extra_env):
    """Runs one search and opens the model under Xvfb; returns the process
    and the JSON summary the explorer prints, or None."""
    model_path = os.path.join(scratch, "model.json")
    with open(model_path, "w") as handle:
        json.dump(MODEL, handle)
    env = dict(os.environ)
    env["GSK_RENDERER"] = "cairo"  # the same pixels with or without GL
    env["GTK_A11Y"] = "none"
    env["NO_AT_BRIDGE"] = "1"
    env["XDG_RUNTIME_DIR"] = scratch
    env["HOME"] = scratch
    env.pop("WAYLAND_DISPLAY", None)
    env.update(extra_env)
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24",
         sys.executable, EXPLORER, "--search", "voiron", "--model", model_path,
         "--screenshot", png, *extra_args],
        capture_output=True, text=True, env=env, timeout=90, preexec_fn=preexec_fn)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    return result, json.loads(lines[-1]) if lines else None


class Explorer(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        reason = missing_requirements()
        if reason:
            raise unittest.SkipTest(reason)
        cls.scratch = tempfile.mkdtemp(prefix="coop-explorer-")
        cls.png = os.path.join(cls.scratch, "explorer.png")
        # An older screenshot, which the new one replaces keeping its mode.
        with open(cls.png, "wb") as handle:
            handle.write(b"an older screenshot")
        os.chmod(cls.png, 0o640)
        cls.result, cls.summary = run_explorer(cls.scratch, cls.png)
        build = os.environ.get("COOP_BUILD_DIR")
        if build and os.path.exists(cls.png):
            shutil.copy(cls.png, os.path.join(build, "tests", "explorer-screenshot.png"))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.scratch, ignore_errors=True)

    def test_english_by_default(self):
        self.assertTrue(self.summary["members_heading"].startswith("Members of CA du Pays Voironnais: 31"),
                        self.summary["members_heading"])

    def test_ran(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        self.assertIsNotNone(self.summary, self.result.stdout + self.result.stderr)

    def test_search_results(self):
        self.assertEqual(self.summary["search"], "voiron")
        self.assertGreaterEqual(self.summary["results"], 2)
        self.assertEqual(self.summary["selected"], "Voiron")

    def test_members_of_the_epci(self):
        self.assertEqual(self.summary["members"], 31)

    def test_council_seats(self):
        import gi

        gi.require_version("Coop", "1")
        from gi.repository import Coop

        if not hasattr(Coop, "SeatAllocation"):
            self.skipTest("this libcoop does not compute seats")
        # 58 seats after III and IV, and the 5 of V (CGCT L5211-6-1).
        self.assertEqual(self.summary["seats"], 63)

    def test_millesimes(self):
        self.assertEqual(self.summary["year"], 2026)
        self.assertEqual(self.summary["years"], [2020, 2021, 2022, 2023, 2024, 2025, 2026])

    def test_model(self):
        self.assertEqual(self.summary["model"], "Pays illustratif")
        self.assertEqual(self.summary["model_territories"], 1)

    def test_screenshot_is_not_blank(self):
        import gi

        gi.require_version("GdkPixbuf", "2.0")
        from gi.repository import GdkPixbuf

        pixbuf = GdkPixbuf.Pixbuf.new_from_file(self.png)
        self.assertEqual((pixbuf.get_width(), pixbuf.get_height()),
                         (self.summary["width"], self.summary["height"]))
        self.assertGreater(pixbuf.get_width(), 600)
        pixels = pixbuf.get_pixels()
        channels, stride = pixbuf.get_n_channels(), pixbuf.get_rowstride()
        colours = set()
        dark = 0
        for y in range(0, pixbuf.get_height(), 3):
            for x in range(0, pixbuf.get_width(), 3):
                offset = y * stride + x * channels
                rgb = tuple(pixels[offset:offset + 3])
                colours.add(rgb)
                dark += sum(rgb) < 200
        # Text and widgets: many shades, and dark glyphs on a light theme.
        self.assertGreater(len(colours), 20)
        self.assertGreater(dark, 100)


    def test_screenshot_replaced_atomically(self):
        # Written by Coop.save_bytes_to_file, as libcoop saves its files:
        # the old file's mode kept, no temporary file left.
        self.assertEqual(os.stat(self.png).st_mode & 0o7777, 0o640)
        self.assertEqual([name for name in os.listdir(self.scratch) if name.startswith(".explorer.png")], [])


def file_size_limit(limit):
    """A preexec_fn under which no file may grow to limit bytes: what a
    full disk does to a write."""
    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


class ExplorerScreenshotFailure(unittest.TestCase):
    """A screenshot that cannot be written whole (a file-size limit of
    16 KiB here) leaves the older one as it was, says so and exits 1."""

    def test_older_screenshot_kept(self):
        reason = missing_requirements()
        if reason:
            self.skipTest(reason)
        scratch = tempfile.mkdtemp(prefix="coop-explorer-")
        try:
            png = os.path.join(scratch, "explorer.png")
            with open(png, "wb") as handle:
                handle.write(b"an older screenshot")
            result, summary = run_explorer(scratch, png, preexec_fn=file_size_limit(16 * 1024))
            self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
            self.assertIsNone(summary)
            self.assertIn("coop-explorer: ", result.stderr)
            self.assertIn(png, result.stderr)
            with open(png, "rb") as handle:
                self.assertEqual(handle.read(), b"an older screenshot")
            self.assertEqual([name for name in os.listdir(scratch) if name.startswith(".explorer.png")], [])
        finally:
            shutil.rmtree(scratch, ignore_errors=True)


class FrenchExplorer(unittest.TestCase):
    """The explorer speaks the locale's language, with words from libcoop's
    catalogue (COOP_LOCALEDIR, set by meson test, points at the build
    tree's). LANGUAGE=fr over C.UTF-8 needs no generated locale."""

    @classmethod
    def setUpClass(cls):
        reason = missing_requirements()
        if reason:
            raise unittest.SkipTest(reason)
        if not os.environ.get("COOP_LOCALEDIR"):
            raise unittest.SkipTest("COOP_LOCALEDIR does not point at the build tree's catalogues")
        cls.scratch = tempfile.mkdtemp(prefix="coop-explorer-fr-")
        cls.result, cls.summary = run_explorer(cls.scratch, os.path.join(cls.scratch, "explorer.png"),
                                               LC_ALL="C.UTF-8", LANGUAGE="fr")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.scratch, ignore_errors=True)

    def test_french_words(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        self.assertIsNotNone(self.summary, self.result.stdout + self.result.stderr)
        self.assertEqual(self.summary["members_heading"],
                         "Membres de CA du Pays Voironnais : 31 · 63 sièges au conseil communautaire")
        self.assertEqual(self.summary["search_placeholder"], "Chercher une commune, un EPCI, un département…")
        self.assertEqual(self.summary["selected"], "Voiron")


class ExplorerMillesime(unittest.TestCase):
    """The explorer started on the map of 2020."""

    def test_year_2020(self):
        reason = missing_requirements()
        if reason:
            self.skipTest(reason)
        scratch = tempfile.mkdtemp(prefix="coop-explorer-")
        try:
            result, summary = run_explorer(scratch, os.path.join(scratch, "explorer.png"), "--year", "2020")
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(summary["year"], 2020)
            self.assertEqual(summary["selected"], "Voiron")
            self.assertEqual(summary["members"], 31)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
