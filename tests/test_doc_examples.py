"""The model documents shown in the guide are valid and canonical.

A block with an ellipsis (…) is a sketch, not a document, and is skipped.

Usage: test_doc_examples.py PATH/TO/coop DOC_DIR
"""

import glob
import os
import re
import subprocess
import sys
import tempfile
import unittest

COOP, DOC = sys.argv[1:3]
del sys.argv[1:3]
BLOCK = re.compile(r"```json\n(.*?)```", re.S)


def examples():
    for page in sorted(glob.glob(os.path.join(DOC, "*.md"))):
        with open(page, encoding="utf-8") as handle:
            for number, block in enumerate(BLOCK.findall(handle.read())):
                if '"libcoop-model"' in block and "…" not in block:
                    yield os.path.basename(page), number, block


class GuideExamples(unittest.TestCase):
    def test_examples(self):
        found = 0
        for page, number, block in examples():
            found += 1
            with self.subTest(page=page, block=number):
                with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
                    handle.write(block)
                try:
                    result = subprocess.run([COOP, "validate", handle.name], capture_output=True, text=True)
                    self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
                    self.assertNotIn("warning", result.stdout + result.stderr)
                    result = subprocess.run([COOP, "fmt", handle.name], capture_output=True, text=True)
                    self.assertEqual(result.stdout, block, "not in canonical form")
                finally:
                    os.unlink(handle.name)
        self.assertGreater(found, 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
