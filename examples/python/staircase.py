#!/usr/bin/env python3
"""Print the staircase of each cooperation of the sample model.

    python3 examples/python/staircase.py [MODEL.json]

For every cooperation the model holds (territories brought together by an
agreement or a body), the step reached on the first day of each of the
last years and today, then what is missing to climb one step higher.
"""

import os
import sys

import gi

gi.require_version("Coop", "1")
from gi.repository import Coop, Gio, GLib  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "data", "sample-model.json")

atlas = Coop.Atlas.dup_default()
model = Coop.Model.new_from_file(atlas, Gio.File.new_for_path(path), None)
scale = Coop.Scale.new_builtin("libcoop")
today = GLib.DateTime.new_now_utc()
dates = [GLib.DateTime.new_utc(year, 1, 1, 0, 0, 0) for year in range(today.get_year() - 4, today.get_year() + 1)]
dates.append(today)

cooperations = Coop.Cooperation.list_in_model(model)
for i in range(cooperations.get_n_items()):
    cooperation = cooperations.get_item(i)
    print(cooperation.props.name)
    staircase = Coop.Assessment.list_staircase(model, scale, cooperation.props.territories, dates)
    for j in range(staircase.get_n_items()):
        assessment = staircase.get_item(j)
        step = assessment.get_step()
        label = step.get_label(None) if step is not None else "—"
        print(f"  {assessment.props.date.format('%Y-%m-%d')}  {'▇' * assessment.props.level:<5} "
              f"{assessment.props.level} {label}")
    for missing in assessment.dup_missing(None):
        print(f"    to climb: {missing}")
    print()
