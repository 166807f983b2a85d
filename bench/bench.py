#!/usr/bin/python3
"""Benchmarks of libcoop's compiled atlas against Python's json module.

    /usr/bin/python3 bench/bench.py BUILD_DIR [RUNS]      (./dev.sh bench)

Every figure is measured in this run, on this machine:

1. Cold start: a new process opens the atlas of France and finds Voiron
   (38563), its EPCI and the EPCI's members with their names; the
   baseline is a new Python process doing json.load of communes.json and
   epci.json (decompressed beforehand, so gzip is not counted) and the
   same work with dicts. Wall time and peak RSS (VmHWM, reported by each
   program itself) over RUNS runs (default 11), medians. Files are in the page cache for
   both (the first run of each is a warm-up and is not counted).
2. Lookups, once open: CPU time per lookup by code and by SIREN, per
   search by name, against dict lookups and a list scan in the loaded
   Python data (process CPU time, so that other work on a shared machine
   does not count).
3. Memory growing with what is touched: resident memory after opening,
   after the cold work, and after creating every territory object.
"""

import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYTHON = "/usr/bin/python3"


def run(argv, env=None):
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    out = process.stdout.read().decode()
    err = process.stderr.read().decode()
    process.stdout.close()
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(argv)} failed:\n{out}{err}")
    return elapsed, usage.ru_maxrss, out


def measure(argv, runs):
    run(argv)  # warm-up: page cache, dynamic loader
    times, rss = [], []
    for _ in range(runs):
        elapsed, _, out = run(argv)
        times.append(elapsed)
        # Each program reports its own VmHWM: the child's getrusage()
        # figure would include this Python process, copied before exec.
        rss.append(int(out.split("peak_kb")[1]))
    return statistics.median(times), statistics.median(rss), min(times), max(times)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    build = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 11
    atlas = os.path.join(build, "libcoop", "france.atlas")
    bench_atlas = os.path.join(build, "bench", "bench-atlas")
    baseline = os.path.join(ROOT, "bench", "baseline.py")

    source = tempfile.mkdtemp(prefix="coop-bench-")
    try:
        for name in ("communes", "epci"):
            with gzip.open(os.path.join(ROOT, "data", "france", "2026", name + ".json.gz")) as f_in, \
                 open(os.path.join(source, name + ".json"), "wb") as f_out:
                shutil.copyfileobj(f_in, f_out)

        print(f"libcoop atlas benchmarks ({runs} runs each, medians; {os.uname().machine}, "
              f"{os.cpu_count()} CPUs)")
        print()
        c_time, c_rss, c_min, c_max = measure([bench_atlas, "cold", atlas], runs)
        py_time, py_rss, py_min, py_max = measure([PYTHON, baseline, "cold", source], runs)
        print("1. Cold start: open + Voiron + its EPCI + the EPCI's members (whole process)")
        print(f"   libcoop  {c_time * 1000:8.1f} ms  (min {c_min * 1000:.1f}, max {c_max * 1000:.1f})"
              f"   peak RSS {c_rss / 1024:6.1f} MB")
        print(f"   Python   {py_time * 1000:8.1f} ms  (min {py_min * 1000:.1f}, max {py_max * 1000:.1f})"
              f"   peak RSS {py_rss / 1024:6.1f} MB   (json.load, files decompressed)")
        print(f"   ratio    {py_time / c_time:8.1f}x faster            "
              f"  {c_rss / py_rss:.3f} of the memory ({py_rss / c_rss:.1f}x less)")
        print()

        _, _, c_out = run([bench_atlas, "lookups", atlas])
        _, _, py_out = run([PYTHON, baseline, "lookups", source])
        c = json.loads(c_out)
        py = json.loads(py_out)
        print(f"2. Lookups once open, CPU time each ({c['communes']} communes in random order, 20 rounds; "
              f"{c['searches']} name searches)")
        print(f"   by code, first touch (creates the object)  {c['code_first_touch_ns']:8.1f} ns")
        print(f"   by code, cached object                     {c['code_cached_ns']:8.1f} ns"
              f"   Python dict {py['code_ns']:6.1f} ns   ratio {py['code_ns'] / c['code_cached_ns']:.2f}")
        print(f"   by code, index search only                 {c['code_index_only_ns']:8.1f} ns")
        print(f"   by SIREN, cached object                    {c['siren_cached_ns']:8.1f} ns"
              f"   Python dict {py['siren_ns']:6.1f} ns   ratio {py['siren_ns'] / c['siren_cached_ns']:.2f}")
        print(f"   search by name, 10 results                 {c['search_us']:8.2f} µs"
              f"   Python scan {py['search_us']:8.1f} µs   ratio {py['search_us'] / c['search_us']:.0f}x")
        print()
        print("3. Resident memory as territories are touched (libcoop, VmRSS)")
        print(f"   before opening           {c['rss_start_kb'] / 1024:6.1f} MB")
        print(f"   atlas open               {c['rss_open_kb'] / 1024:6.1f} MB")
        print(f"   after the cold work      {c['rss_after_cold_work_kb'] / 1024:6.1f} MB")
        print(f"   every territory touched  {c['rss_all_touched_kb'] / 1024:6.1f} MB")
        print()
        _, _, open_out = run([bench_atlas, "open", atlas])
        opens = json.loads(open_out)
        default_us = opens.pop("open_default_us")
        size = os.path.getsize(atlas)
        print("4. Millésimes: map the file, open it at a millésime and find Voiron, in-process (median of 301)")
        print(f"   default (latest)         {default_us:8.1f} µs")
        for key, value in opens.items():
            print(f"   {key[5:9]}                     {value:8.1f} µs")
        print(f"   atlas file, {len(opens)} millésimes  {size / 1e6:8.1f} MB ({size} bytes)")
        print()
        targets = [
            ("cold start >= 20x faster than Python", py_time / c_time >= 20),
            ("peak RSS <= 1/3 of Python's", c_rss * 3 <= py_rss),
            ("lookup by code (cached) < 1 us", c["code_cached_ns"] < 1000),
            ("lookup by code (first touch) < 1 us", c["code_first_touch_ns"] < 1000),
            ("memory grows with what is touched", c["rss_open_kb"] < c["rss_all_touched_kb"]),
            ("every millésime opens within 1.5x the default", max(opens.values()) <= 1.5 * default_us),
            ("the atlas of every millésime < 25 MB", size < 25_000_000),
        ]
        for text, ok in targets:
            print(f"   [{'met' if ok else 'MISSED'}] {text}")
    finally:
        shutil.rmtree(source)


if __name__ == "__main__":
    main()
