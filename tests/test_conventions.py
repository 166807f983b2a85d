"""Conventions of the tree that a user meets.

Usage: test_conventions.py SOURCE_DIR BUILD_DIR

- every script with a shebang (#!) is executable, so that
  `examples/python/atlas.py` runs as the shebang says;
- every page of the guide (doc/*.md) has a `Title:` line, is listed in
  doc/meson.build, and, when the reference was built, appears under that
  title in its index (gi-docgen shows “Unknown document” otherwise).
"""

import os
import re
import stat
import sys
import unittest

SOURCE, BUILD = sys.argv[1:3]
del sys.argv[1:3]

SKIPPED = {".git", "node_modules", "__pycache__"}


def scripts():
    for top, directories, files in os.walk(SOURCE):
        directories[:] = [name for name in directories
                          if name not in SKIPPED and not name.startswith("_build")]
        for name in files:
            path = os.path.join(top, name)
            if os.path.islink(path):
                continue
            with open(path, "rb") as handle:
                if handle.read(2) == b"#!":
                    yield os.path.relpath(path, SOURCE)


def titles():
    found = {}
    for name in sorted(os.listdir(os.path.join(SOURCE, "doc"))):
        if name.endswith(".md"):
            with open(os.path.join(SOURCE, "doc", name), encoding="utf-8") as handle:
                match = re.match(r"Title: (.+)\n", handle.read())
            found[name] = match.group(1).strip() if match else None
    return found


class Conventions(unittest.TestCase):
    def test_scripts_executable(self):
        found = list(scripts())
        self.assertIn(os.path.join("examples", "python", "atlas.py"), found)
        for path in found:
            with self.subTest(path=path):
                mode = os.stat(os.path.join(SOURCE, path)).st_mode
                self.assertTrue(mode & stat.S_IXUSR, f"{path} has a shebang: chmod +x it")

    def test_pages_titled(self):
        with open(os.path.join(SOURCE, "doc", "meson.build"), encoding="utf-8") as handle:
            listed = re.findall(r"'([a-z-]+\.md)'", handle.read())
        index = os.path.join(BUILD, "doc", "libcoop-1", "index.html")
        html = open(index, encoding="utf-8").read() if os.path.exists(index) else None
        for page, title in titles().items():
            with self.subTest(page=page):
                self.assertTrue(title, f"doc/{page}: begin with a “Title: …” line")
                self.assertIn(page, listed, f"doc/{page}: add it to doc_pages in doc/meson.build")
                if html is not None:
                    self.assertIn(f'href="{page[:-3]}.html">{title}<', html)
        if html is not None:
            self.assertNotIn("Unknown document", html)


if __name__ == "__main__":
    unittest.main(verbosity=2)
