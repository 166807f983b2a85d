"""The bash completion of coop (tools/coop.bash-completion) offers what the
program accepts, and keeps up with its option tables.

Usage: test_completion.py PATH/TO/coop COMPLETION_SCRIPT SAMPLE_MODEL

Commands and options are compared with coop's own --help. Every option
that takes a value either completes its values, each of which its command
accepts (and a made-up value it refuses), or takes a file, a code, a
number or a date (FREE below). A new option with values fails here until
tools/coop-complete.c lists them.
"""

import os
import re
import subprocess
import sys
import tempfile
import unittest

COOP, SCRIPT, SAMPLE = sys.argv[1:4]
del sys.argv[1:4]

# Placeholders of options whose values are not a closed list.
FREE = {"MODEL.json", "FILE", "CODE", "CODE,…", "N", "YYYY-MM-DD", "DATE", "TERRITORY", "REF|NAME", "SIREN"}
OUTPUT = os.path.join(tempfile.mkdtemp(prefix="coop-completion-"), "report.html")
# Arguments that make each command run, so that only the option decides.
BASE = {
    "territory": ["38563"], "search": ["voiron"], "seats": ["200016905"], "info": [],
    "fmt": [SAMPLE], "validate": [SAMPLE], "check": [SAMPLE], "agreements": [SAMPLE],
    "agreement": [SAMPLE, "gbm-pacte-gouvernance"], "actors": [SAMPLE], "maturity": [SAMPLE],
    "levers": [SAMPLE], "report": [SAMPLE, "--output", OUTPUT],
}
# Options that only go with another.
WITH = {
    ("seats", "--form"): ["--perimeter", os.path.join(os.path.dirname(SAMPLE), "..", "..", "tests", "data", "seats",
                                                      "2020-200023240-pays-de-nemours.csv")],
}


def coop(*args):
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")
    return subprocess.run([COOP, *args], capture_output=True, text=True, env=env)


def complete(*words):
    """What _coop offers for the command line WORDS (the last one being completed)."""
    quoted = " ".join("'" + word.replace("'", "'\\''") + "'" for word in words)
    script = (f"source '{SCRIPT}'\n"
              f"COMP_WORDS=({quoted}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1))\n"
              "_coop\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n")
    env = dict(os.environ, PATH=os.path.dirname(COOP) + os.pathsep + os.environ["PATH"])
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env,
                            cwd=os.path.dirname(OUTPUT))
    if result.returncode != 0:
        raise AssertionError(result.stderr)
    return [line for line in result.stdout.splitlines() if line]


def commands():
    usage = coop("--help").stdout
    return re.findall(r"^  ([a-z][a-z-]*) ", usage.split("Commands:\n")[1].split("\n\n")[0], re.M)


def options(command):
    """{long option: placeholder or None} from COMMAND --help."""
    found = {}
    for match in re.finditer(r"^\s+(?:-\w, )?(--[a-z][a-z-]*)(?:=(\S+))?", coop(command, "--help").stdout, re.M):
        if match.group(1) != "--help" and not match.group(1).startswith("--help-"):
            found[match.group(1)] = match.group(2)
    return found


class Completion(unittest.TestCase):
    def test_commands(self):
        self.assertEqual(set(BASE), set(commands()), "a new command needs its BASE arguments here")
        self.assertEqual(set(complete("coop", "")), set(commands()) | {"help", "--help", "--version"})
        self.assertEqual(complete("coop", "agreem"), ["agreements", "agreement"])
        self.assertEqual(set(complete("coop", "help", "")), set(commands()))

    def test_options(self):
        for command in commands():
            with self.subTest(command=command):
                expected = {option + ("=" if value else "") for option, value in options(command).items()}
                self.assertEqual(set(complete("coop", command, "--")) - {"--help"}, expected)

    def test_values(self):
        checked = 0
        for command in commands():
            for option, placeholder in options(command).items():
                if placeholder is None:
                    continue
                with self.subTest(command=command, option=option):
                    listed = coop("__complete-values", command, option)
                    if placeholder in FREE:
                        self.assertNotEqual(listed.returncode, 0, f"{placeholder} is not a closed list")
                        continue
                    self.assertEqual(listed.returncode, 0,
                                     f"coop {command} {option}={placeholder}: list its values in "
                                     "tools/coop-complete.c, or add the placeholder to FREE")
                    values = listed.stdout.split()
                    self.assertTrue(values)
                    # The three ways of asking give the same values.
                    self.assertEqual(complete("coop", command, option, ""), values)
                    self.assertEqual(complete("coop", command, option, "=", ""), values)
                    for value in values:
                        result = coop(command, *WITH.get((command, option), BASE[command]), f"{option}={value}")
                        self.assertNotEqual(result.returncode, 2, f"{option}={value}: {result.stderr}")
                        checked += 1
                    refused = coop(command, *WITH.get((command, option), BASE[command]), f"{option}=no-such-value")
                    self.assertEqual(refused.returncode, 2, f"{option} accepts anything: {refused.stdout}")
        self.assertGreater(checked, 30)

    def test_format_everywhere(self):
        for command in ("territory", "seats", "agreements", "maturity"):
            self.assertIn("--format=", complete("coop", command, "--"))

    def test_short_option_and_prefix(self):
        self.assertEqual(complete("coop", "agreements", SAMPLE, "-s", "in-"), ["in-force"])
        self.assertEqual(complete("coop", "search", "--format", "=", "j"), ["json"])
        self.assertIn("elected-official", complete("coop", "actors", SAMPLE, "--kind", ""))


if __name__ == "__main__":
    unittest.main(verbosity=2)
