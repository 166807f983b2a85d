"""coop(1) documents every command that `coop --help` lists.

Usage: test_man.py PATH/TO/coop PATH/TO/coop.1
"""

import re
import subprocess
import sys
import unittest

COOP, MAN = sys.argv[1:3]
del sys.argv[1:3]


class ManPage(unittest.TestCase):
    def test_every_command_is_documented(self):
        help_text = subprocess.run([COOP, "--help"], capture_output=True, text=True,
                                   env={"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"}).stdout
        commands = re.findall(r"^  ([a-z][a-z-]*)\s{2,}", help_text, re.M)
        self.assertGreater(len(commands), 3)
        with open(MAN, encoding="utf-8") as handle:
            page = handle.read()
        documented = set(re.findall(r'^\.B[IR]? "?([a-z][a-z-]*)[ "]', page, re.M))
        missing = [command for command in commands if command not in documented]
        self.assertEqual(missing, [], "add these commands to doc/coop.1 (section COMMANDS)")


if __name__ == "__main__":
    unittest.main(verbosity=2)
