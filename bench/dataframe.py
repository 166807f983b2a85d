#!/usr/bin/python3
"""Coop.to_dataframe over the whole atlas, against two baselines.

    /usr/bin/python3 bench/dataframe.py BUILD_DIR [RUNS]
        (./dev.sh bench runs it; BUILD_DIR gives the typelib and the atlas)

Three ways to a pandas DataFrame of every territory of the atlas (the
communes, EPCI, EPT, départements and régions; columns code, name, kind,
population municipale and totale, nature), one per kind then
concatenated:

1. Coop.to_dataframe(list, Coop.TERRITORY_COLUMNS);
2. a hand-written loop calling each getter (get_code(), get_name(),
   get_kind().value_nick…) into tuples, then pandas.DataFrame: what a
   notebook author writes without the helper;
3. pandas.read_json of the source files of the same territories
   (data/france/2026/*.json.gz, decompressed beforehand so gzip is not
   counted): what one does without libcoop.

Each is process CPU time, the best of RUNS (default 7) runs in this one
process after a first untimed run, so territory objects already exist for
1 and 2 (they are created once per process; the first touch costs are
in bench.py's atlas figures).
"""

import gzip
import os
import shutil
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def best_of(runs, function):
    function()
    best = None
    for _ in range(runs):
        start = time.process_time()
        result = function()
        elapsed = time.process_time() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, result


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    build = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    library = os.path.join(build, "libcoop")
    if os.environ.get("LD_LIBRARY_PATH", "").split(":")[0] != library:
        # The loader reads LD_LIBRARY_PATH at start: run again with it.
        os.environ["LD_LIBRARY_PATH"] = library + ":" + os.environ.get("LD_LIBRARY_PATH", "")
        os.execv(sys.executable, [sys.executable] + sys.argv)
    os.environ["COOP_ATLAS"] = os.path.join(library, "france.atlas")
    os.environ["GI_TYPELIB_PATH"] = library
    sys.path.insert(0, os.path.join(build, "bindings", "python"))

    import gi
    gi.require_version("Coop", "1")
    from gi.repository import Coop
    import pandas

    atlas = Coop.Atlas.dup_default()
    kinds = [Coop.TerritoryKind.COMMUNE, Coop.TerritoryKind.EPCI, Coop.TerritoryKind.EPT,
             Coop.TerritoryKind.DEPARTEMENT, Coop.TerritoryKind.REGION]
    lists = [atlas.list_territories(kind) for kind in kinds]
    columns = list(Coop.TERRITORY_COLUMNS)

    def with_helper():
        return pandas.concat([Coop.to_dataframe(territories, columns) for territories in lists],
                             ignore_index=True)

    def by_hand():
        rows = [(t.get_code(), t.get_name(), t.get_kind().value_nick, t.get_population_municipale(),
                 t.get_population_totale(), t.get_nature().value_nick)
                for territories in lists for t in territories]
        return pandas.DataFrame(rows, columns=columns)

    source = tempfile.mkdtemp(prefix="coop-dataframe-")
    try:
        paths = []
        for name in ("communes", "epci", "ept", "departements", "regions"):
            path = os.path.join(source, name + ".json")
            with gzip.open(os.path.join(ROOT, "data", "france", "2026", name + ".json.gz")) as f_in, \
                 open(path, "wb") as f_out:
                shutil.copyfileobj(f_in, f_out)
            paths.append(path)

        def read_sources():
            return [pandas.read_json(path) for path in paths]

        helper_time, helper_frame = best_of(runs, with_helper)
        hand_time, hand_frame = best_of(runs, by_hand)
        json_time, json_frames = best_of(runs, read_sources)
    finally:
        shutil.rmtree(source)

    if not helper_frame.equals(hand_frame):
        sys.exit("Coop.to_dataframe and the hand-written loop disagree")

    print(f"Coop.to_dataframe over the whole atlas ({len(helper_frame)} territories, "
          f"{len(columns)} columns; CPU time, best of {runs})")
    print(f"   Coop.to_dataframe            {helper_time * 1000:8.1f} ms")
    print(f"   hand-written getter loop     {hand_time * 1000:8.1f} ms   "
          f"ratio {hand_time / helper_time:.2f}")
    print(f"   pandas.read_json of sources  {json_time * 1000:8.1f} ms   "
          f"ratio {json_time / helper_time:.2f}   ({sum(len(f) for f in json_frames)} rows)")
    print()
    print(f"   [{'met' if helper_time <= hand_time else 'MISSED'}] at least as fast as the hand-written loop")
    print(f"   [{'met' if helper_time < json_time else 'MISSED'}] faster than pandas.read_json of the sources")


if __name__ == "__main__":
    main()
