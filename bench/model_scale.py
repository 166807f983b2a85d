#!/usr/bin/python3
"""How the analyses of a model grow with its size.

    /usr/bin/python3 bench/model_scale.py BUILD_DIR [RUNS] [SIZES]
        (./dev.sh bench runs it after the atlas benchmarks)

For each size (clusters of bench/model_generator.py; default
8,16,32,64,128,256) it writes a generated model, then runs each `coop`
command on it RUNS times (default 3) after one warm-up run and prints the
median CPU time (user + system) of the whole process and its peak
resident memory (GNU time's %M: the process's own high-water mark). The
same commands on a model with no cluster give the fixed cost of a run
(start, atlas, scale); per command, the exponent k of the least-squares
fit of (time − fixed cost) ≈ c·size^k over the sizes is printed, with the
exponent of the whole-process times between the two largest sizes. The
commands:

    validate, fmt, check                  the document and its checks
    maturity                              every cooperation's assessment
    levers                                levers and warning signs
    report                                the HTML report (assessments,
                                          staircases, levers, warnings,
                                          seats)

Then, per size, where the memory of loading goes (bench-model-memory, one
process per figure, the atlas's own share subtracted): json-glib's parse
of the file alone (the file's bytes and the tree), the peak of loading the
model (tree, line table and objects at once), and what the loaded model
keeps (bytes in use once the document is freed), each as a multiple of
the file's size.

All at the fixed date 2026-11-22, so that runs compare.
"""

import json
import math
import os
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))

import model_generator  # noqa: E402

DATE = "2026-11-22"
COMMANDS = [
    ("validate", ["validate"]),
    ("fmt", ["fmt"]),
    ("check", ["check", "--date", DATE]),
    ("maturity", ["maturity", "--date", DATE, "--format=csv"]),
    ("levers", ["levers", "--date", DATE]),
    ("report", ["report", "--date", DATE, "--language", "en"]),
]
TARGET_EXPONENT = 1.2
TARGET_REPORT_SECONDS = 3.0
TARGET_REPORT_CLUSTERS = 64


def run_once(argv, env):
    """CPU seconds (user + system, from wait4: microseconds, where GNU
    time prints hundredths) and peak RSS in kB (GNU time's %M: the
    command's own high-water mark, not this Python process's)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as timing:
        process = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", timing.name] + argv,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        errors = process.stderr.read().decode()
        process.stderr.close()
        process.returncode = os.waitstatus_to_exitcode(status)
        # coop check exits 1 when it finds errors; the generated models
        # have warnings only, so any failure is a real one.
        if process.returncode != 0:
            sys.exit(f"{' '.join(argv)} failed:\n{errors}")
        peak_kb = int(timing.read().split()[-1])
    return usage.ru_utime + usage.ru_stime, peak_kb


def probe_memory(probe, mode, path, env):
    process = subprocess.run([probe, mode, path], capture_output=True, env=env, check=True)
    return json.loads(process.stdout)


def fit_exponent(sizes, times):
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-4)) for t in times]
    mx, my = statistics.mean(xs), statistics.mean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    build = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    sizes = [int(s) for s in sys.argv[3].split(",")] if len(sys.argv) > 3 else [8, 16, 32, 64, 128, 256]
    coop = os.path.join(build, "tools", "coop")
    probe = os.path.join(build, "bench", "bench-model-memory")
    env = dict(os.environ, COOP_ATLAS=os.path.join(build, "libcoop", "france.atlas"),
               LD_LIBRARY_PATH=os.path.join(build, "libcoop"), LANGUAGE="", LC_ALL="C.UTF-8")

    print(f"libcoop model-scale benchmark ({runs} runs each, medians; {os.uname().machine}, "
          f"{os.cpu_count()} CPUs; CPU time of the whole process, peak RSS)")
    print()
    memory = []
    times = {name: [] for name, _ in COMMANDS}
    peaks = {name: [] for name, _ in COMMANDS}
    fixed = {}
    with tempfile.TemporaryDirectory(prefix="coop-scale-") as directory:
        path = os.path.join(directory, "model-0.json")
        with open(path, "w") as out:
            out.write(model_generator.dumps(model_generator.generate(0)))
        for name, arguments in COMMANDS:
            run_once([coop] + arguments + [path], env)
            fixed[name] = statistics.median(run_once([coop] + arguments + [path], env)[0] for _ in range(runs))
        print("   0 clusters (fixed cost of a run): " +
              ", ".join(f"{name} {fixed[name] * 1000:.0f} ms" for name, _ in COMMANDS))
        print()

        for size in sizes:
            document = model_generator.generate(size)
            path = os.path.join(directory, f"model-{size}.json")
            with open(path, "w") as out:
                out.write(model_generator.dumps(document))
            file_size = os.path.getsize(path)
            print(f"{size:4d} clusters: {len(document['actors']):6d} actors, {len(document['mandates']):6d} mandates, "
                  f"{len(document['bodies']):5d} bodies, {len(document['agreements']):5d} agreements, "
                  f"{file_size / 1e6:6.2f} MB of JSON")
            for name, arguments in COMMANDS:
                argv = [coop] + arguments + [path]
                run_once(argv, env)  # warm-up
                measures = [run_once(argv, env) for _ in range(runs)]
                cpu = statistics.median(m[0] for m in measures)
                peak = statistics.median(m[1] for m in measures)
                times[name].append(cpu)
                peaks[name].append(peak)
                print(f"      {name:9s} {cpu:8.3f} s   peak {peak / 1024:7.1f} MB")
            if os.path.exists(probe):
                memory.append((size, file_size, {mode: probe_memory(probe, mode, path, env)
                                                 for mode in ("base", "parse", "load")}))
            print()

    if memory:
        print("Memory of loading, above the atlas's (bench-model-memory; x = multiple of the file's size)")
        print(f"      {'clusters':>8s} {'file':>8s} {'json-glib parse, peak':>22s} {'load, peak':>17s} "
              f"{'model kept':>17s}")
        for size, file_size, figures in memory:
            base = figures["base"]

            def cell(kb):
                return f"{kb / 1024:6.1f} MB {kb * 1024 / file_size:4.1f}x"

            print(f"      {size:8d} {file_size / 1e6:5.2f} MB {cell(figures['parse']['peak_kb'] - base['peak_kb']):>22s} "
                  f"{cell(figures['load']['peak_kb'] - base['peak_kb']):>17s} "
                  f"{cell(figures['load']['in_use_kb'] - base['in_use_kb']):>17s}")
        print()

    print("Growth (time ≈ c·size^k)")
    print(f"      {'command':9s} {'k, fit above the fixed cost':>28s} {'k, last two sizes':>18s}")
    verdicts = []
    for name, _ in COMMANDS:
        fitted = fit_exponent(sizes, [t - fixed[name] for t in times[name]])
        last = (math.log(max(times[name][-1], 1e-4) / max(times[name][-2], 1e-4)) /
                math.log(sizes[-1] / sizes[-2])) if len(sizes) > 1 else float("nan")
        print(f"      {name:9s} {fitted:28.2f} {last:18.2f}")
        verdicts.append((f"{name}: fitted exponent <= {TARGET_EXPONENT}", fitted <= TARGET_EXPONENT))
    if TARGET_REPORT_CLUSTERS in sizes:
        seconds = times["report"][sizes.index(TARGET_REPORT_CLUSTERS)]
        verdicts.append((f"report at {TARGET_REPORT_CLUSTERS} clusters under {TARGET_REPORT_SECONDS:.0f} s "
                         f"({seconds:.2f} s)", seconds < TARGET_REPORT_SECONDS))
    print()
    for text, ok in verdicts:
        print(f"   [{'met' if ok else 'MISSED'}] {text}")


if __name__ == "__main__":
    main()
