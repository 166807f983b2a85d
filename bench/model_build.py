#!/usr/bin/python3
"""How building a model through the API grows with its size.

    /usr/bin/python3 bench/model_build.py BUILD_DIR [RUNS] [SIZES]
        (./dev.sh bench runs it after model_scale.py)

A notebook or a GNOME tool builds a model object by object, adding each
to the model, rather than loading a document. For each size (clusters of
bench/model_generator.py; default 8,16,32,64,128,256) this reads the
generated document once for its objects, then, in a fresh process per
run, builds a new model from them through the public API as such a
program does, add after add: every territory of project created with
Coop.Territory.new(), given its members and added, then every actor,
post, mandate, body, agreement and rating added. It prints the median
CPU time of the build (adds only, the reading excluded) and of the first
analyses of the model built (validate, then check at 2026-11-22), and
the exponent k of the least-squares fit of time ≈ c·size^k over the
sizes. Each model built must save to the document a load of the
generated file saves to, so the two paths build the same model.
"""

import math
import os
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))

import model_generator  # noqa: E402

TARGET_EXPONENT = 1.2

# Runs in a child process, so that each build starts from a fresh library.
CHILD = r'''
import json, sys, time
import gi
gi.require_version("Coop", "1")
from gi.repository import Coop, GLib

path = sys.argv[1]
atlas = Coop.Atlas.dup_default()
with open(path, encoding="utf-8") as handle:
    document = json.load(handle)
# A territory's description is a member the territory object does not
# have (kept only by the reader, for the round trip): left out.
for territory in document["territories"]:
    territory.pop("description", None)
data = json.dumps(document)
loaded = Coop.Model.new_from_data(atlas, data, -1)
expected = loaded.to_data()
name, description = loaded.props.name, loaded.props.description
territories = [(t.props.kind, t.props.code, t.props.name, list(t.get_member_codes()))
               for t in loaded.get_territories()]
sections = [(name, list(getattr(loaded, "get_" + name)()))
            for name in ("actors", "posts", "mandates", "bodies", "agreements", "ratings")]
adders = {"actors": "add_actor", "posts": "add_post", "mandates": "add_mandate", "bodies": "add_body",
          "agreements": "add_agreement", "ratings": "add_rating"}
del loaded

start = time.process_time()
model = Coop.Model.new(atlas)
model.props.name = name
model.props.description = description
for kind, code, name, members in territories:
    territory = Coop.Territory.new(kind, code, name)
    territory.set_member_codes(members)
    model.add_territory(territory)
for name, items in sections:
    add = getattr(model, adders[name])
    for item in items:
        add(item)
built = time.process_time()
findings = model.validate().get_n_items()
validated = time.process_time()
date = GLib.DateTime.new_utc(2026, 11, 22, 0, 0, 0)
checks = model.check(date).get_n_items()
checked = time.process_time()
if model.to_data() != expected:
    sys.exit("the model built through the API does not save as the loaded one")
print(built - start, validated - built, checked - validated)
'''


def fit_exponent(sizes, times):
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-5)) for t in times]
    mx, my = statistics.mean(xs), statistics.mean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    build = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    sizes = [int(s) for s in sys.argv[3].split(",")] if len(sys.argv) > 3 else [8, 16, 32, 64, 128, 256]
    env = dict(os.environ, COOP_ATLAS=os.path.join(build, "libcoop", "france.atlas"),
               GI_TYPELIB_PATH=os.path.join(build, "libcoop"),
               LD_LIBRARY_PATH=os.path.join(build, "libcoop"), LANGUAGE="", LC_ALL="C.UTF-8")
    phases = ("build", "validate", "check")
    times = {phase: [] for phase in phases}

    print(f"libcoop model-build benchmark ({runs} runs each, medians; CPU time of each phase)")
    with tempfile.TemporaryDirectory(prefix="coop-build-") as directory:
        for size in sizes:
            document = model_generator.generate(size)
            path = os.path.join(directory, f"model-{size}.json")
            with open(path, "w") as out:
                out.write(model_generator.dumps(document))
            measures = []
            for _ in range(runs):
                process = subprocess.run(["/usr/bin/python3", "-c", CHILD, path], env=env,
                                         capture_output=True, text=True)
                if process.returncode != 0:
                    sys.exit(f"building {path} failed:\n{process.stderr}")
                measures.append([float(x) for x in process.stdout.split()])
            medians = [statistics.median(m[i] for m in measures) for i in range(len(phases))]
            for phase, value in zip(phases, medians):
                times[phase].append(value)
            print(f"{size:4d} clusters, {len(document['territories']):4d} territories of project: " +
                  ", ".join(f"{phase} {value:7.3f} s" for phase, value in zip(phases, medians)))

    print()
    print("Growth (time ≈ c·size^k)")
    verdicts = []
    for phase in phases:
        k = fit_exponent(sizes, times[phase])
        print(f"      {phase:9s} k = {k:.2f}")
        verdicts.append((f"{phase}: fitted exponent <= {TARGET_EXPONENT}", k <= TARGET_EXPONENT))
    print()
    for text, ok in verdicts:
        print(f"   [{'met' if ok else 'MISSED'}] {text}")
    return 0 if all(ok for _, ok in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
