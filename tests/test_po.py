"""The French catalogue covers every translatable string.

Usage: test_po.py SOURCE_DIR

Fails when a C file under libcoop/ or tools/ marks strings with _() or
N_() but is missing from po/POTFILES.in, and when po/fr.po, merged with
the strings the sources hold today, has an untranslated or fuzzy entry.
To fix: add the file to po/POTFILES.in, then
  ninja -C _build libcoop-1-update-po
and translate the new entries of po/fr.po. Fails too when po/fr.po keeps
entries no source uses any more (obsolete #~ entries, or entries msgmerge
would make obsolete): remove them.
"""

import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

SOURCE = sys.argv.pop(1)
MARK = re.compile(r'\b(?:N_|_|C_|NC_|_coop_message_new)\s*\(\s*"')


def listed_files():
    with open(os.path.join(SOURCE, "po", "POTFILES.in")) as handle:
        return [line.strip() for line in handle if line.strip() and not line.startswith("#")]


def msgids(path):
    """The msgids of a .pot file, continuation lines joined."""
    ids, current = [], None
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line.startswith("msgid "):
                current = [line[len("msgid "):]]
            elif line.startswith('"') and current is not None:
                current.append(line)
            else:
                if current is not None:
                    text = "".join(part[1:-1] for part in current)
                    if text:
                        ids.append(text)
                current = None
    return ids


def obsolete_msgids(path):
    """The msgids of the obsolete (#~) entries of a .po file."""
    with tempfile.NamedTemporaryFile("w", suffix=".po", delete=False, encoding="utf-8") as plain:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                plain.write(line[3:] if line.startswith("#~ ") else line)
    try:
        return msgids(plain.name)
    finally:
        os.unlink(plain.name)


class Catalogue(unittest.TestCase):
    def test_potfiles_lists_every_marked_file(self):
        listed = set(listed_files())
        for path in listed:
            self.assertTrue(os.path.exists(os.path.join(SOURCE, path)), f"{path} is listed but absent")
        missing = []
        for path in sorted(glob.glob(os.path.join(SOURCE, "libcoop", "*.c")) +
                           glob.glob(os.path.join(SOURCE, "tools", "*.c"))):
            relative = os.path.relpath(path, SOURCE)
            with open(path, encoding="utf-8") as handle:
                if MARK.search(handle.read()) and relative not in listed:
                    missing.append(relative)
        self.assertEqual(missing, [], "add these files to po/POTFILES.in")

    @unittest.skipIf(shutil.which("xgettext") is None, "gettext tools are not installed")
    def test_french_is_complete(self):
        with tempfile.TemporaryDirectory() as scratch:
            pot = os.path.join(scratch, "libcoop-1.pot")
            merged = os.path.join(scratch, "fr.po")
            subprocess.run(["xgettext", "--from-code=UTF-8", "--keyword=_", "--keyword=N_",
                            "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
                            "--keyword=_coop_message_new", "--flag=_coop_message_new:1:c-format", "--directory", SOURCE,
                            "--output", pot, *listed_files()], check=True)
            truncated = [msgid for msgid in msgids(pot) if re.search(r"(?<!%)%$", msgid)]
            self.assertEqual(truncated, [],
                             "these strings end in a lone %: a format macro such as G_GINT64_FORMAT "
                             "inside _() hides the rest from xgettext, so they can never be translated; "
                             "write %lld with a (long long) cast, or use PRId64 from <inttypes.h>")
            subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching",
                            os.path.join(SOURCE, "po", "fr.po"), pot, "--output-file", merged],
                           check=True)
            for flag in ("--untranslated", "--only-fuzzy"):
                entries = os.path.join(scratch, flag[2:] + ".po")
                subprocess.run(["msgattrib", flag, "--no-obsolete", merged, "--output-file", entries],
                               check=True)
                # A long msgid starts with msgid "" and goes on over the next
                # lines: read whole entries, not just their first line.
                ids = msgids(entries) if os.path.exists(entries) else []
                self.assertEqual(ids, [], f"po/fr.po: {flag[2:]} entries")

            # No entry that no source uses any more, kept as obsolete (#~)
            # or not: they only mislead translators.
            with open(os.path.join(SOURCE, "po", "fr.po"), encoding="utf-8") as handle:
                marked = [line for line in handle if line.startswith("#~")]
            self.assertEqual(marked, [], "po/fr.po keeps obsolete (#~) entries: remove them "
                             "(msgattrib --no-obsolete)")
            stale = os.path.join(scratch, "stale.po")
            subprocess.run(["msgattrib", "--only-obsolete", merged, "--output-file", stale], check=True)
            ids = obsolete_msgids(stale) if os.path.exists(stale) else []
            self.assertEqual(ids, [], "po/fr.po translates strings no source has any more: remove "
                             "these entries")


if __name__ == "__main__":
    unittest.main(verbosity=2)
