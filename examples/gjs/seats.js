#!/usr/bin/env -S gjs -m
// The seats of an EPCI's communes under CGCT L5211-6-1, its accords locaux
// and the ville-centre's voting power.
//
//     gjs -m examples/gjs/seats.js [EPCI-SIREN]
import Coop from 'gi://Coop?version=1';
import System from 'system';

const code = ARGV[0] ?? '243800984';
const atlas = Coop.Atlas.dup_default();
const epci = atlas.lookup(code);
if (epci === null) {
    printerr(`no EPCI ${code}`);
    System.exit(1);
}

const allocation = Coop.SeatAllocation.new_for_epci(atlas, epci, Coop.SupplementReading.COMPLEMENT);
print(`${epci.name}: ${allocation.totalSeats} seats (III table ${allocation.tableSeats}, ` +
      `${allocation.seatsDeDroit} seats de droit, V supplement ${allocation.supplementSeats})`);
for (let i = 0; i < allocation.shares.get_n_items(); i++) {
    const share = allocation.shares.get_item(i);
    print(`  ${share.name.padEnd(30)} ${String(share.population).padStart(8)} ${String(share.seats).padStart(3)}`);
}

try {
    const accords = Coop.AccordLocal.new(allocation);
    print(`Legal accords locaux: ${accords.count}`);
} catch (e) {
    print(`No accord local: ${e.message}`);
}

const centre = allocation.shares.get_item(0);
for (const [majority, label] of [[Coop.Majority.SIMPLE, 'simple majority'], [Coop.Majority.TWO_THIRDS, 'two thirds']]) {
    const power = Coop.VotingPower.new_for_allocation(allocation, majority);
    print(`${centre.name}, ${label}: Banzhaf ${power.get_banzhaf(0).toFixed(3)}, ` +
          `Shapley–Shubik ${power.get_shapley_shubik(0).toFixed(3)}, ` +
          `decides alone: ${power.can_decide_alone(0)}, blocks alone: ${power.can_block_alone(0)}`);
}
