#!/usr/bin/env python3
"""The council of a proposed EPCI, or of a past one, written in a model.

    python3 examples/python/fusion.py [MODEL.json]

Each territory of the model with an "epci-form" is computed under CGCT
L5211-6-1: its communes count the populations the territory gives them
("member-populations") and the atlas's per-member figures otherwise. The
default model, examples/data/proposed-epci.json, holds a fusion of the CA
du Pays Voironnais and the CC de Bièvre Est, and the CC Pays de Nemours's
council of 2020 recomputed from the populations of 1 January 2019 (the
préfet set 49 seats). With the uninstalled build, run it under
`meson devenv -C _build`."""

import os
import sys

import gi

gi.require_version("Coop", "1")
from gi.repository import Coop, Gio  # noqa: E402

DEFAULT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "proposed-epci.json")


def main(path):
    atlas = Coop.Atlas.dup_default()
    model = Coop.Model.new_from_file(atlas, Gio.File.new_for_commandline_arg(path), None)
    for territory in model.props.territories:
        if territory.props.epci_form == Coop.EpciForm.NONE:
            continue
        allocation = Coop.SeatAllocation.new_for_model(model, territory, Coop.EpciForm.NONE,
                                                       Coop.SupplementReading.COMPLEMENT)
        given = len(territory.dup_member_population_codes())
        print(f"{territory.props.name} ({Coop.epci_form_to_string(allocation.props.form)}): "
              f"{allocation.props.total_seats} seats for {allocation.props.shares.get_n_items()} communes, "
              f"{given} populations given in the model")
        for share in list(allocation.props.shares)[:5]:
            print(f"  {share.props.name:<30} {share.props.population:>8} {share.props.seats:>3}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT))
