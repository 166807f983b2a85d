#!/usr/bin/env python3
"""Benchmark of libcoop's seat rules against a straightforward Python
implementation (bench/seats_baseline.py), measured in the same run.

    GI_TYPELIB_PATH=_build/libcoop LD_LIBRARY_PATH=_build/libcoop \\
    COOP_ATLAS=_build/libcoop/france.atlas /usr/bin/python3 bench/seats.py

1. The droit commun for every EPCI of France: libcoop (through PyGObject,
   members and populations read from the atlas each time) against the
   baseline on populations extracted beforehand (extraction not timed).
2. The accords locaux: libcoop's exact count for every CC and CA, then for
   the CC or CA with the most communes and the one with the most accords,
   libcoop's count against the baseline's memoised recursion, and
   libcoop's lazy listing of all of them.

Results must agree; the script stops if they do not."""

import os
import sys
import time

import gi

gi.require_version("Coop", "1")
from gi.repository import Coop, GLib  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import seats_baseline  # noqa: E402


def timed(function, repeat=3):
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, result


def main():
    atlas = Coop.Atlas.dup_default()
    epcis = [atlas.list_territories(Coop.TerritoryKind.EPCI).get_item(i)
             for i in range(atlas.count(Coop.TerritoryKind.EPCI))]

    def libcoop_all():
        results = {}
        for epci in epcis:
            try:
                allocation = Coop.SeatAllocation.new_for_epci(atlas, epci, Coop.SupplementReading.ABSORB)
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

    def baseline_all():
        return {code: seats_baseline.droit_commun(pops, form, codes=codes)[0]
                for code, (pops, form, _, codes) in inputs.items()}

    base_time, baseline = timed(baseline_all)
    mismatches = [code for code, (_, _, seats, _) in inputs.items() if baseline[code] != seats]
    if mismatches:
        sys.exit(f"droit commun differs for {len(mismatches)} EPCI, first {mismatches[0]}")
    print(f"Droit commun, {len(allocations)} EPCI (best of 3):")
    print(f"  libcoop {lib_time * 1000:.1f} ms, Python baseline {base_time * 1000:.1f} ms, "
          f"ratio {base_time / lib_time:.1f}x")

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

    lib_count_time, accords = timed(lambda: Coop.AccordLocal.new(allocation))
    base_count_time, base_count = timed(lambda: seats_baseline.count_accords_locaux(pops, iv, prop))
    if base_count != accords.props.count:
        sys.exit(f"accord-local count differs: libcoop {accords.props.count}, baseline {base_count}")

    def list_all():
        iterator = accords.iterate()
        listed = 0
        while iterator.next() is not None:
            listed += 1
        return listed

    list_time, listed = timed(list_all)
    if listed != accords.props.count:
        sys.exit(f"listed {listed} accords, counted {accords.props.count}")
    print(f"Accords locaux of {atlas.lookup(code).props.name} ({code}, {len(shares)} communes, "
          f"at most {accords.props.max_total} seats): {accords.props.count} legal (best of 3)")
    print(f"  count: libcoop {lib_count_time * 1000:.1f} ms, Python baseline {base_count_time * 1000:.1f} ms, "
          f"ratio {base_count_time / lib_count_time:.1f}x")
    print(f"  libcoop lists all {listed} lazily in {list_time * 1000:.1f} ms")

if __name__ == "__main__":
    main()
