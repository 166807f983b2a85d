#!/usr/bin/python3
"""Mutants of the sample through every `coop` subcommand.

Usage: test_mutation.py COOP SOURCE_DIR [--mutants N] [--seed S] [--time-limit T]
                        [--keep DIRECTORY]

Damaged copies of the sample model (examples/data/sample-model.json), of
the default scale, of a seat distribution and of a perimeter file (the
CC du Pays de Nemours, tests/data/seats/, through coop seats --perimeter
with each --form, --siren, --explain, --accords-locaux and --power) are
run through every
subcommand of `coop` that reads a file, and random text through those that
take a code or a name. The damage is of the kinds people's files carry:
truncations, byte flips, deleted and repeated spans, a value of another
type at a random JSON path, huge strings, deep nesting, duplicated ids,
dangling references, impossible dates, numbers JSON does not allow
(0542, 0x1F, 1e999, 2^64), CRLF and a byte-order mark, long chains of
nested territories and wide "any" groups.

Each run must end, within the time limit, with one of the documented exit
statuses (0, 1 or 2: see coop(1)), without a sanitizer report, a GLib
critical or warning, or a crash. Built with -Db_sanitize=address,undefined
(as ./dev.sh test builds _build-sanitize), AddressSanitizer and UBSan
report what goes wrong in memory. Failing inputs are kept (with --keep) to
become cases of tests/data/bad/.

The seed is fixed by default so that a failure repeats; ./dev.sh fuzz
mutation runs a longer campaign with a new seed.
"""

import argparse
import copy
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

DOCUMENTED_EXIT = {0, 1, 2}
SANITIZER_EXIT = 99
BAD_SIGNS = ("AddressSanitizer", "LeakSanitizer", "runtime error:", "-CRITICAL **", "-WARNING **",
             "Coop-CRITICAL", "GLib-CRITICAL", "GLib-GObject-CRITICAL", "Segmentation fault")


# ---------------------------------------------------------------------------
# Mutations of a JSON document

def json_paths(node, path=()):
    """Every path of the document: a tuple of keys and indexes."""
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from json_paths(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from json_paths(value, path + (index,))


def get_at(node, path):
    for step in path:
        node = node[step]
    return node


def set_at(document, path, value):
    if not path:
        return value
    get_at(document, path[:-1])[path[-1]] = value
    return document


MARK = "\u0001coop-mutant-text\u0001"
BAD_NUMBERS = ["0542", "0x1F", "09", ".5", "1.", "+5", "-", "1e999", "-1e400", "NaN", "Infinity",
               "18446744073709551616", "9223372036854775808", "-9223372036854775809",
               str(2 ** 200), "1" * 400, "2147483648", "-1", "0", "1.5", "1e5", "-0"]
BAD_DATES = ["2023-02-30", "2023-13-01", "0000-01-01", "1799-12-31", "3001-01-01", "9999-12-31",
             "99999-01-01", "2023-1-1", "", "2023-01-01T00:00:00Z", "31/12/2023"]
OTHER_VALUES = [None, True, False, 0, -1, 3.5, "", "x", [], {}, [1, "a", None], {"a": 1},
                "departement", "region", "commune", "epci"]


def mutate_document(rng, document, sample_strings):
    """@document with one structural change, made in place; returns
    (document, text) where text, if any, replaces MARK once written."""
    paths = list(json_paths(document))
    path = rng.choice(paths)
    value = get_at(document, path)
    operation = rng.randrange(12)
    if operation == 0:  # a value of another type
        document = set_at(document, path, copy.deepcopy(rng.choice(OTHER_VALUES)))
    elif operation == 1:  # a huge string
        document = set_at(document, path, rng.choice(["é", "x", "<b>", "\n# "]) * rng.choice([1000, 100000]))
    elif operation == 2:  # deep nesting, at and beyond the limit, written as text below
        depth = rng.choice([100, 250, 300, 2000])
        opening, closing = ("[", "]") if rng.random() < 0.5 else ('{"a":', "}")
        return set_at(document, path, MARK), opening * depth + json.dumps(value) + closing * depth
    elif operation == 3:  # a duplicated element (duplicate ids)
        arrays = [p for p in paths if isinstance(get_at(document, p), list) and get_at(document, p)]
        if arrays:
            array = get_at(document, rng.choice(arrays))
            array.insert(rng.randrange(len(array) + 1), copy.deepcopy(rng.choice(array)))
    elif operation == 4:  # a dangling or foreign reference
        strings = [p for p in paths if isinstance(get_at(document, p), str)]
        if strings:
            document = set_at(document, rng.choice(strings),
                              rng.choice(["nowhere", "99999", "200046977", "75056", "01", "84", "pays"] +
                                         sample_strings))
    elif operation == 5:  # an impossible date
        dates = [p for p in paths if isinstance(get_at(document, p), str) and len(get_at(document, p)) == 10
                 and get_at(document, p)[4:5] == "-"]
        target = rng.choice(dates) if dates else path
        document = set_at(document, target, rng.choice(BAD_DATES))
    elif operation == 6:  # a number JSON does not allow, written as text below
        numbers = [p for p in paths if isinstance(get_at(document, p), (int, float))
                   and not isinstance(get_at(document, p), bool)]
        target = rng.choice(numbers) if numbers else path
        return set_at(document, target, MARK), rng.choice(BAD_NUMBERS)
    elif operation == 7:  # a member removed
        objects = [p for p in paths if isinstance(get_at(document, p), dict) and get_at(document, p)]
        if objects:
            obj = get_at(document, rng.choice(objects))
            del obj[rng.choice(list(obj))]
    elif operation == 8:  # a member added, known or not
        objects = [p for p in paths if isinstance(get_at(document, p), dict)]
        if objects:
            obj = get_at(document, rng.choice(objects))
            obj[rng.choice(["x-note", "members", "kind", "id", "date", "status", "any", "criteria", "level"])] = \
                copy.deepcopy(rng.choice(OTHER_VALUES + sample_strings))
    elif operation == 9:  # an array emptied or shuffled
        arrays = [p for p in paths if isinstance(get_at(document, p), list)]
        if arrays:
            array = get_at(document, rng.choice(arrays))
            if rng.random() < 0.5:
                array.clear()
            else:
                rng.shuffle(array)
    elif operation == 10:  # an element repeated many times (wide lists, wide "any")
        arrays = [p for p in paths if isinstance(get_at(document, p), list) and get_at(document, p)]
        if arrays:
            array = get_at(document, rng.choice(arrays))
            array.extend(copy.deepcopy(array[0]) for _ in range(rng.choice([50, 1000])))
    else:  # a string with control characters, markup or line breaks
        strings = [p for p in paths if isinstance(get_at(document, p), str)]
        if strings:
            document = set_at(document, rng.choice(strings),
                              rng.choice(["\x01", "a\nb", "<script>x</script>", "[a](javascript:b)", "\u2028",
                                          "\ufeff", "\U0001F600", "|", "\\"]))
    return document, None


def chain_of_territories(rng, document):
    """Territories of project each containing the previous one."""
    length = rng.choice([20, 100, 1000])
    chain = [{"code": "chain-0", "kind": "pays", "name": "Chain 0", "members": ["38563"]}]
    for i in range(1, length):
        chain.append({"code": f"chain-{i}", "kind": "pays", "name": f"Chain {i}",
                      "members": [f"chain-{i - 1}", "38185"]})
    document.setdefault("territories", [])
    if isinstance(document["territories"], list):
        document["territories"].extend(chain)
    return document


def serialise(rng, document, number):
    text = json.dumps(document, ensure_ascii=rng.random() < 0.2, indent=rng.choice([None, 2]))
    if number is not None:
        text = text.replace(json.dumps(MARK), number, 1)
    return text.encode("utf-8")


def set_cell(row, index, value):
    if index < len(row):
        row[index] = value


def mutate_perimeter(rng, rows):
    """A perimeter file (commune,name,population rows) with the damage
    spreadsheets and hand edits bring: a bad or huge population, an unknown,
    empty or repeated commune, a missing or renamed column, many rows,
    semicolons, quotes; then written as CSV text."""
    header = ["commune", "name", "population"]
    rows = [list(row) for row in rows]
    for _ in range(rng.choice([1, 1, 2, 3])):
        operation = rng.randrange(9)
        row = rng.choice(rows) if rows else None
        if operation == 0 and row:  # a population that is no count
            set_cell(row, 2, rng.choice(BAD_NUMBERS + ["", "-5", "12 345", "12,5", "18446744073709551616", "2147483648",
                                                         "99999999999", "0", "1e3", "abc"]))
        elif operation == 1 and row:  # an unknown, empty, former or foreign code
            set_cell(row, 0, rng.choice(["", "99999", "2A004", "75056", "13055", "69123", "243800984", "x" * 300,
                                         "77333 ", "7733"]))
        elif operation == 2 and row:  # a repeated commune
            rows.insert(rng.randrange(len(rows) + 1), list(row))
        elif operation == 3 and header:  # a column missing, renamed or added
            column = rng.randrange(len(header))
            choice = rng.randrange(3)
            if choice == 0:
                del header[column]
                for r in rows:
                    del r[column:column + 1]
            elif choice == 1:
                header[column] = rng.choice(["Commune", "insee", "", "population", "commune"])
            else:
                header.append(rng.choice(["extra", "population", "commune"]))
                for r in rows:
                    r.append(rng.choice(["1", "", "x"]))
        elif operation == 4:  # no rows, or a perimeter of hundreds of communes
            if rng.random() < 0.3:
                rows.clear()
            else:
                extra = rng.choice([50, 400])
                rows.extend([f"{77000 + i:05d}", f"Commune {i}", str(rng.randint(0, 5000))] for i in range(extra))
        elif operation == 5 and row:  # a name with quotes, separators, line breaks or a huge one
            set_cell(row, 1, rng.choice(['"', 'a"b', "a,b", "a;b", "a\nb", "\u2028", "é" * 100000, "<b>"]))
        elif operation == 6 and row:  # a row too short or too long
            if rng.random() < 0.5:
                del row[rng.randrange(len(row)):]
            else:
                row.extend(["1", "2"])
        elif operation == 7 and row:  # one commune holding nearly everyone
            set_cell(row, 2, str(rng.choice([10 ** 6, 10 ** 7, 2 ** 31 - 1])))
        elif row:  # every commune but one emptied of people
            for r in rows:
                if r is not row:
                    set_cell(r, 2, "0")
    separator = ";" if rng.random() < 0.3 else ","
    quote = rng.random() < 0.2

    def cell(text):
        return '"' + text.replace('"', '""') + '"' if quote else text
    lines = [separator.join(cell(c) for c in header)] + [separator.join(cell(c) for c in r) for r in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def mutate_bytes(rng, data):
    """Damage at the byte level: truncation, flips, deleted or repeated spans, CRLF, BOM."""
    data = bytearray(data)
    operation = rng.randrange(6)
    if operation == 0 and data:
        del data[rng.randrange(len(data)):]
    elif operation == 1:
        for _ in range(rng.randint(1, 8)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
    elif operation == 2 and data:
        start = rng.randrange(len(data))
        del data[start:start + rng.randint(1, 200)]
    elif operation == 3 and data:
        start = rng.randrange(len(data))
        span = data[start:start + rng.randint(1, 200)]
        data[start:start] = span * rng.randint(1, 3)
    elif operation == 4:
        data = bytearray(bytes(data).replace(b"\n", b"\r\n"))
    else:
        data = bytearray(b"\xef\xbb\xbf" + bytes(data))
    return bytes(data)


# ---------------------------------------------------------------------------
# The commands

MODEL_COMMANDS = [
    ["validate", "{}"], ["check", "{}"], ["fmt", "{}"], ["info", "{}"], ["actors", "{}"],
    ["agreements", "{}"], ["agreement", "{}", "gbm-pacte-gouvernance"], ["levers", "{}"],
    ["maturity", "{}"], ["report", "{}", "--markdown"], ["report", "{}", "--output", "{out}.html"],
    ["fmt", "--in-place", "{}"], ["check", "{}", "--format=json"], ["maturity", "{}", "--format=csv"],
]
SCALE_COMMANDS = [["maturity", "{sample}", "--scale", "{}"], ["report", "{sample}", "--scale", "{}", "--markdown"]]
SEATS_COMMANDS = [["seats", "243800984", "--check", "{}"], ["seats", "243800984", "--check", "{}", "--format=json"]]
PERIMETER_COMMANDS = [
    ["seats", "--perimeter", "{}", "--form", "cc"], ["seats", "--perimeter", "{}", "--form", "ca", "--format=json"],
    ["seats", "--perimeter", "{}", "--form", "cu", "--format=csv"], ["seats", "--perimeter", "{}", "--siren", "200023240"],
    ["seats", "--perimeter", "{}", "--form", "metropole", "--explain"],
    ["seats", "--perimeter", "{}", "--form", "cc", "--accords-locaux"],
    ["seats", "--perimeter", "{}", "--form", "ca", "--power"],
]
TEXT_COMMANDS = [["territory", "{text}"], ["search", "{text}"], ["seats", "{text}"]]


class Runner:
    def __init__(self, coop, directory, time_limit, keep):
        self.coop = coop
        self.directory = directory
        self.time_limit = time_limit
        self.keep = keep
        self.env = dict(os.environ)
        # A sanitizer report gets an exit status of its own, and stops the run.
        self.env["ASAN_OPTIONS"] = "exitcode=%d:detect_leaks=1:abort_on_error=0:allocator_may_return_null=1" % SANITIZER_EXIT
        self.env["UBSAN_OPTIONS"] = "halt_on_error=1:exitcode=%d:print_stacktrace=1" % SANITIZER_EXIT
        self.env["LC_ALL"] = "C.UTF-8"
        self.env["LANGUAGE"] = ""
        self.env.pop("G_DEBUG", None)

    def run(self, number, args, data, suffix):
        if time.monotonic() > self.deadline:
            return "skipped", 0.0
        path = os.path.join(self.directory, f"mutant-{number}{suffix}")
        with open(path, "wb") as handle:
            handle.write(data)
        out = os.path.join(self.directory, f"out-{number}")
        argv = [self.coop] + [a.format(path, out=out, sample=self.sample, text=self.text(data))
                              for a in args]
        start = time.monotonic()
        try:
            result = subprocess.run(argv, capture_output=True, timeout=self.time_limit, env=self.env,
                                    stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            return self.failure(number, argv, path, f"still running after {self.time_limit} s")
        finally:
            for leftover in (out + ".html",):
                if os.path.exists(leftover):
                    os.unlink(leftover)
        elapsed = time.monotonic() - start
        stderr = result.stderr.decode("utf-8", "replace")
        problem = None
        if result.returncode not in DOCUMENTED_EXIT:
            problem = f"exit status {result.returncode}"
        else:
            for sign in BAD_SIGNS:
                if sign in stderr:
                    problem = f"“{sign}” on standard error"
                    break
        if problem is not None:
            return self.failure(number, argv, path, problem + "\n" + stderr[-3000:])
        os.unlink(path)
        return None, elapsed

    @staticmethod
    def text(data):
        return data[:64].decode("utf-8", "replace").replace("\x00", "")

    def failure(self, number, argv, path, problem):
        kept = path
        if self.keep:
            os.makedirs(self.keep, exist_ok=True)
            kept = os.path.join(self.keep, os.path.basename(path))
            shutil.copyfile(path, kept)
        return f"{' '.join(argv[:2])} … on {kept}: {problem}", 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("coop")
    parser.add_argument("source_dir")
    parser.add_argument("--mutants", type=int, default=int(os.environ.get("COOP_MUTANTS", "1200")))
    parser.add_argument("--seed", type=int, default=int(os.environ.get("COOP_MUTATION_SEED", "15")))
    # A hang, not a slow run on a busy machine: a run of the sample takes
    # well under a second, the slowest mutants a few seconds.
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep")
    # Within meson's timeout on a machine much busier than CI's: past the
    # budget no further mutant starts, and the summary says how many ran.
    parser.add_argument("--budget", type=float, default=480.0, help="seconds before no further mutant starts")
    parser.add_argument("--write", metavar="DIRECTORY", help="write the mutants there, and run nothing")
    options = parser.parse_args()

    sample_path = os.path.join(options.source_dir, "examples", "data", "sample-model.json")
    scale_path = os.path.join(options.source_dir, "data", "scales", "libcoop.json")
    with open(sample_path, encoding="utf-8") as handle:
        sample = json.load(handle)
    with open(scale_path, encoding="utf-8") as handle:
        scale = json.load(handle)
    seats = {"38563": 12, "38565": 4, "38185": 3}
    # A real perimeter: the CC du Pays de Nemours as its 2020 council was set.
    with open(os.path.join(options.source_dir, "tests", "data", "seats", "2020-200023240-pays-de-nemours.csv"),
              encoding="utf-8") as handle:
        perimeter = [line.rstrip("\n").split(",") for line in handle][1:]
    sample_strings = sorted({s for p in json_paths(sample) for s in [get_at(sample, p)]
                             if isinstance(s, str) and len(s) < 40})

    # Each mutant starts from a fresh copy, parsed again (faster than deepcopy).
    base_text = {id(doc): json.dumps(doc) for doc in (sample, scale, seats)}
    rng = random.Random(options.seed)
    jobs = []
    for number in range(options.mutants):
        kind = rng.random()
        if kind < 0.64:
            base, commands, suffix = sample, MODEL_COMMANDS, ".json"
        elif kind < 0.77:
            base, commands, suffix = scale, SCALE_COMMANDS, ".json"
        elif kind < 0.87:
            base, commands, suffix = seats, SEATS_COMMANDS, rng.choice([".json", ".csv"])
        elif kind < 0.97:
            base, commands, suffix = perimeter, PERIMETER_COMMANDS, ".csv"
        else:
            base, commands, suffix = sample, TEXT_COMMANDS, ".txt"
        if base is perimeter:
            data = mutate_perimeter(rng, perimeter)
        elif suffix == ".csv":
            data = ("commune,seats\n" + "".join(f"{c},{s}\n" for c, s in seats.items())).encode()
        else:
            document, number_text = json.loads(base_text[id(base)]), None
            for _ in range(rng.choice([1, 1, 2, 3])):
                if base is sample and isinstance(document, dict) and rng.random() < 0.02:
                    document = chain_of_territories(rng, document)
                else:
                    document, patch = mutate_document(rng, document, sample_strings)
                    number_text = number_text or patch
            data = serialise(rng, document, number_text)
        if (base is seats and suffix == ".csv") or rng.random() < 0.35:
            data = mutate_bytes(rng, data)
        jobs.append((number, rng.choice(commands), data, suffix))

    if options.write:
        os.makedirs(options.write, exist_ok=True)
        for number, args, data, suffix in jobs:
            with open(os.path.join(options.write, f"mutant-{number}-{args[0]}{suffix}"), "wb") as handle:
                handle.write(data)
        return 0

    with tempfile.TemporaryDirectory(prefix="coop-mutants-") as directory:
        runner = Runner(options.coop, directory, options.time_limit, options.keep)
        runner.sample = os.path.join(directory, "sample.json")
        shutil.copyfile(sample_path, runner.sample)
        started = time.monotonic()
        runner.deadline = started + options.budget
        failures, slowest, skipped = [], (0.0, None), 0
        with ThreadPoolExecutor(max_workers=options.jobs) as pool:
            for (number, args, _, _), (failure, elapsed) in zip(
                    jobs, pool.map(lambda job: runner.run(*job), jobs)):
                if failure == "skipped":
                    skipped += 1
                elif failure:
                    failures.append(failure)
                if elapsed > slowest[0]:
                    slowest = (elapsed, f"{args[0]} on mutant {number}")
        took = time.monotonic() - started

    commands = {args[0] for _, args, _, _ in jobs}
    print(f"{len(jobs) - skipped} mutants (seed {options.seed}) through {len(commands)} subcommands in {took:.0f} s; "
          f"slowest run {slowest[0]:.1f} s ({slowest[1]}); {len(failures)} failures")
    if skipped:
        print(f"{skipped} mutants not run: the {options.budget:.0f} s budget was spent (a busy machine)")
    for failure in failures[:20]:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
