#!/usr/bin/env python3
"""The seats of an EPCI's communes under CGCT L5211-6-1, its accords locaux
and the ville-centre's voting power.

    python3 examples/python/seats.py [EPCI-SIREN]

With the uninstalled build, set GI_TYPELIB_PATH, LD_LIBRARY_PATH and
COOP_ATLAS to the build directory (see doc/seats.md)."""

import sys

import gi

gi.require_version("Coop", "1")
from gi.repository import Coop, GLib  # noqa: E402


def main(code):
    atlas = Coop.Atlas.dup_default()
    epci = atlas.lookup(code)
    if epci is None:
        print(f"no EPCI {code}", file=sys.stderr)
        return 1

    allocation = Coop.SeatAllocation.new_for_epci(atlas, epci, Coop.SupplementReading.COMPLEMENT)
    print(f"{epci.props.name}: {allocation.props.total_seats} seats "
          f"(III table {allocation.props.table_seats}, {allocation.props.seats_de_droit} seats de droit, "
          f"V supplement {allocation.props.supplement_seats})")
    for share in allocation.props.shares:
        print(f"  {share.props.name:<30} {share.props.population:>8} {share.props.seats:>3}")

    try:
        accords = Coop.AccordLocal.new(allocation)
        print(f"Legal accords locaux: {accords.props.count}")
    except GLib.Error as error:
        print(f"No accord local: {error.message}")

    centre = allocation.props.shares.get_item(0)
    for majority, label in ((Coop.Majority.SIMPLE, "simple majority"), (Coop.Majority.TWO_THIRDS, "two thirds")):
        power = Coop.VotingPower.new_for_allocation(allocation, majority)
        print(f"{centre.props.name}, {label}: Banzhaf {power.get_banzhaf(0):.3f}, "
              f"Shapley–Shubik {power.get_shapley_shubik(0):.3f}, "
              f"decides alone: {power.can_decide_alone(0)}, blocks alone: {power.can_block_alone(0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "243800984"))
