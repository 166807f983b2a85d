#!/usr/bin/env -S gjs -m
// atlas.js — Voiron's EPCI and its members, from GJS
//
// Copyright 2026 The libcoop authors
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import Coop from 'gi://Coop?version=1';
import System from 'system';

const code = ARGV[0] ?? '38563';
const atlas = Coop.Atlas.dup_default();
const commune = atlas.lookup(code);
if (commune === null || commune.epci_code === null) {
    printerr(`No commune with an EPCI has the code ${code}`);
    System.exit(1);
}

const epci = atlas.lookup(commune.epci_code);
const members = atlas.list_members(epci);
print(`${commune.name} is in ${epci.name} (${epci.code})`);
print(`members: ${members.get_n_items()}`);
for (let i = 0; i < members.get_n_items(); i++) {
    const member = members.get_item(i);
    const counted = atlas.get_member_population(epci, member);
    print(`  ${member.code.padEnd(6)} ${member.name.padEnd(32)} ${String(counted).padStart(7)}`);
}
print(`population municipale: ${atlas.get_population(epci)}`);

// Searching by name, as a search entry would.
const results = atlas.search('voiron', 5);
for (let i = 0; i < results.get_n_items(); i++)
    print(`search: ${results.get_item(i).name} (${Coop.territory_kind_to_string(results.get_item(i).kind)})`);
