#!/usr/bin/env python3
# atlas.py — Voiron's EPCI and its members, from Python
#
# Copyright 2026 The libcoop authors
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import sys

import gi

gi.require_version("Coop", "1")
from gi.repository import Coop  # noqa: E402


def main(code="38563"):
    atlas = Coop.Atlas.dup_default()
    commune = atlas.lookup(code)
    if commune is None or commune.props.epci_code is None:
        print(f"No commune with an EPCI has the code {code}", file=sys.stderr)
        return 1

    epci = atlas.lookup(commune.props.epci_code)
    members = atlas.list_members(epci)
    print(f"{commune.props.name} is in {epci.props.name} ({epci.props.code})")
    print(f"members: {len(members)}")
    for member in members:
        counted = atlas.get_member_population(epci, member)
        print(f"  {member.props.code:<6} {member.props.name:<32} {counted:>7}")
    print(f"population municipale: {atlas.get_population(epci)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
