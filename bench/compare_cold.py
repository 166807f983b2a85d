#!/usr/bin/env python3
"""Compares the cold start of two builds' atlases, run after run.

Usage: compare_cold.py BUILD_A BUILD_B [RUNS]

Runs `bench/bench-atlas cold` of each build on its own
`libcoop/france.atlas` (open, find Voiron, its EPCI and its members, in a
new process), alternating A and B so that both see the same load, and
prints the median wall-clock and CPU time (user + system) of each and the
size of each atlas file. CPU time is the figure to compare on a shared
machine.
"""

import os
import resource
import statistics
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    builds = [os.path.abspath(path) for path in sys.argv[1:3]]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 41
    wall = {build: [] for build in builds}
    cpu = {build: [] for build in builds}

    for _ in range(runs):
        for build in builds:
            argv = [os.path.join(build, "bench", "bench-atlas"), "cold",
                    os.path.join(build, "libcoop", "france.atlas")]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
            wall[build].append((time.perf_counter() - start) * 1000)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[build].append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)

    for build in builds:
        size = os.path.getsize(os.path.join(build, "libcoop", "france.atlas"))
        print(f"{build}: cold start wall {statistics.median(wall[build]):.2f} ms, "
              f"CPU {statistics.median(cpu[build]):.2f} ms (medians of {runs}); atlas {size} bytes")
    a, b = (statistics.median(cpu[build]) for build in builds)
    print(f"CPU time of B / A: {b / a:.3f}")


if __name__ == "__main__":
    main()
