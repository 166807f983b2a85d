#!/usr/bin/env python3
"""Benchmark of libcoop's seat rules against two Python implementations,
measured in the same run:

    /usr/bin/python3 bench/seats.py [BUILD_DIR]     (default _build)

1. The droit commun (CGCT L5211-6-1 III to V, IV 4° bis) for every EPCI of
   France:
   - libcoop from C (bench/bench-seats.c): the rules alone on populations
     read beforehand ("engine"), and coop_seat_allocation_new_for_epci()
     for every EPCI ("API", members and populations read from the atlas);
   - libcoop through PyGObject: Coop.SeatAllocation.new_for_epci() for
     every EPCI;
   - the naive Python baseline (bench/seats_baseline.py: a full scan with a
     Fraction per candidate for every seat) and the tuned Python baseline
     (bench/seats_baseline_tuned.py: whole quotients first, then a heap),
     both on populations extracted beforehand (extraction not timed).
   CPU time, best of several runs. All must give the same seats; the
   script stops if they do not.
2. The accords locaux: libcoop's exact count for every CC and CA, then for
   the CC or CA with the most communes and the one with the most accords,
   libcoop's count against the naive baseline's memoised recursion, and
   libcoop's lazy listing of all of them."""

import json
import os
import subprocess
import sys
import time

BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "_build")
if "COOP_ATLAS" not in os.environ:
    # Run against the uninstalled build: set the paths, then start again.
    library = os.path.join(BUILD, "libcoop")
    os.environ.update(GI_TYPELIB_PATH=library, LD_LIBRARY_PATH=library,
                      COOP_ATLAS=os.path.join(library, "france.atlas"))
    os.execv(sys.executable, [sys.executable, *sys.argv])

import gi  # noqa: E402

gi.require_version("Coop", "1")
from gi.repository import Coop, GLib  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import seats_baseline  # noqa: E402
import seats_baseline_tuned  # noqa: E402

RUNS = 5


def timed(function, repeat=RUNS):
    """Best process CPU time of `repeat` runs, and the last result."""
    best = None
    for _ in range(repeat):
        start = time.process_time()
        result = function()
        elapsed = time.process_time() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, result


def main():
    native = json.loads(subprocess.run([os.path.join(BUILD, "bench", "bench-seats"), os.environ["COOP_ATLAS"], "11"],
                                       check=True, capture_output=True, text=True).stdout)

    atlas = Coop.Atlas.dup_default()
    epcis = [atlas.list_territories(Coop.TerritoryKind.EPCI).get_item(i)
             for i in range(atlas.count(Coop.TerritoryKind.EPCI))]

    def libcoop_all():
        results = {}
        for epci in epcis:
            try:
                allocation = Coop.SeatAllocation.new_for_epci(atlas, epci, Coop.SupplementReading.COMPLEMENT)
            except GLib.Error:
                continue
            results[epci.props.code] = allocation
        return results

    lib_time, allocations = timed(libcoop_all)
    inputs = {}
    for code, allocation in allocations.items():
        shares = list(allocation.props.shares)
        form = Coop.epci_form_to_string(allocation.props.form)
        inputs[code] = ([share.props.population for share in shares], form, [share.props.seats for share in shares],
                        [share.props.code for share in shares])
    total_seats = sum(sum(seats) for _, _, seats, _ in inputs.values())
    if (native["epci"], native["seats"]) != (len(inputs), total_seats):
        sys.exit(f"C gives {native['seats']} seats for {native['epci']} EPCI, PyGObject {total_seats} "
                 f"for {len(inputs)}")

    def naive_all():
        return {code: seats_baseline.droit_commun(pops, form, codes=codes, siren=code)[0]
                for code, (pops, form, _, codes) in inputs.items()}

    def tuned_all():
        return {code: seats_baseline_tuned.droit_commun(pops, form, codes, siren=code)
                for code, (pops, form, _, codes) in inputs.items()}

    naive_time, naive = timed(naive_all, repeat=3)
    tuned_time, tuned = timed(tuned_all)
    for name, results in (("naive", naive), ("tuned", tuned)):
        mismatches = [code for code, (_, _, seats, _) in inputs.items() if results[code] != seats]
        if mismatches:
            sys.exit(f"the {name} baseline differs for {len(mismatches)} EPCI, first {mismatches[0]}")

    engine, api = native["engine_ms"] / 1000, native["api_ms"] / 1000
    print(f"Droit commun of every EPCI of France: {len(inputs)} EPCI, {native['communes']} communes, "
          f"{total_seats} seats (CPU time, best of {native['runs']} runs from C, {RUNS} through PyGObject and "
          f"for the tuned baseline, 3 for the naive one; all give the same seats)")
    rows = [
        ("libcoop from C, the rules alone (bench-seats engine)", engine),
        ("libcoop from C, coop_seat_allocation_new_for_epci (bench-seats API)", api),
        ("libcoop through PyGObject, SeatAllocation.new_for_epci", lib_time),
        ("tuned Python baseline (bench/seats_baseline_tuned.py)", tuned_time),
        ("naive Python baseline (bench/seats_baseline.py)", naive_time),
    ]
    for label, seconds in rows:
        print(f"  {label:<72} {seconds * 1000:9.1f} ms   {seconds / api:7.1f}x the C API")
    print(f"  tuned baseline / C engine {tuned_time / engine:.0f}x, naive baseline / C engine "
          f"{naive_time / engine:.0f}x")

    candidates = [(len(list(allocation.props.shares)), code) for code, allocation in allocations.items()
                  if allocation.props.form in (Coop.EpciForm.CC, Coop.EpciForm.CA)]

    def count_all():
        return {code: Coop.AccordLocal.new(allocations[code]).props.count for _, code in candidates}

    all_time, counts = timed(count_all, repeat=1)
    print(f"Accords locaux counted for all {len(candidates)} CC and CA: libcoop {all_time * 1000:.1f} ms")

    largest = max(candidates)[1]
    most = max(counts, key=counts.get)
    for code in dict.fromkeys([largest, most]):
        compare_accords(atlas, code, allocations[code])


def compare_accords(atlas, code, allocation):
    shares = list(allocation.props.shares)
    pops = [share.props.population for share in shares]
    iv = [share.props.seats_before_supplement for share in shares]
    prop = [share.props.proportional_seats for share in shares]

    lib_count_time, accords = timed(lambda: Coop.AccordLocal.new(allocation), repeat=3)
    base_count_time, base_count = timed(lambda: seats_baseline.count_accords_locaux(pops, iv, prop), repeat=3)
    if base_count != accords.props.count:
        sys.exit(f"accord-local count differs: libcoop {accords.props.count}, baseline {base_count}")

    def list_all():
        iterator = accords.iterate()
        listed = 0
        while iterator.next() is not None:
            listed += 1
        return listed

    list_time, listed = timed(list_all, repeat=3)
    if listed != accords.props.count:
        sys.exit(f"listed {listed} accords, counted {accords.props.count}")
    print(f"Accords locaux of {atlas.lookup(code).props.name} ({code}, {len(shares)} communes, "
          f"at most {accords.props.max_total} seats): {accords.props.count} legal (best of 3)")
    print(f"  count: libcoop {lib_count_time * 1000:.1f} ms, naive Python baseline {base_count_time * 1000:.1f} ms, "
          f"ratio {base_count_time / lib_count_time:.1f}x")
    print(f"  libcoop lists all {listed} lazily in {list_time * 1000:.1f} ms")


if __name__ == "__main__":
    main()
