#!/usr/bin/env -S gjs -m
// Build a small cooperation, walk its lifecycle, and print the who-does-what
// table of an agreement of the sample model.
//
//   gjs -m agreement.js [SAMPLE-MODEL.json]
import Coop from 'gi://Coop?version=1';
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import System from 'system';

const day = (y, m, d) => GLib.DateTime.new_utc(y, m, d, 0, 0, 0);
const FUNCTIONS = ['political-decision', 'steering', 'funding', 'project-ownership', 'delivery',
    'facilitation', 'evaluation', 'communication'];
const STATUSES = ['draft', 'negotiation', 'signed', 'in-force', 'under-evaluation', 'renewed',
    'completed', 'terminated-early', 'cancelled', 'expired'];

function printWhoDoesWhat(agreement) {
    print(`${agreement.title} (${STATUSES[agreement.status]})`);
    const actions = agreement.actions;
    for (let i = 0; i < actions.get_n_items(); i++) {
        const action = actions.get_item(i);
        print(`  ${action.title}`);
        FUNCTIONS.forEach((name, f) => {
            const holders = action.get_holders(f);
            print(`    ${name.padEnd(20)} ${holders.length ? holders.join(', ') : '—'}`);
        });
    }
}

const atlas = Coop.Atlas.dup_default();
const model = Coop.Model.new(atlas);

// A PNR over two communautés de communes, and their plan de coopération.
const pnr = Coop.Territory.new(Coop.TerritoryKind.PNR, 'pnr-example', 'PNR example');
pnr.set_member_codes(['200039824', '200039832']);
model.add_territory(pnr);

const plan = Coop.Agreement.new('plan-2026', Coop.AgreementKind.PLAN_DE_COOPERATION, 'Plan de coopération 2026');
plan.start = day(2026, 1, 1);
plan.add_party(Coop.Party.new('pnr-example', Coop.PartyRole.LEAD));
plan.add_party(Coop.Party.new('200039824', Coop.PartyRole.SIGNATORY));

const action = Coop.Action.new('renovation', 'Rénovation énergétique');
action.add_holder(Coop.Function.STEERING, 'pnr-example');
action.add_holder(Coop.Function.FUNDING, '200039824');
action.add_holder(Coop.Function.DELIVERY, '200039832');
plan.add_action(action);
model.add_agreement(plan);

[Coop.AgreementStatus.NEGOTIATION, Coop.AgreementStatus.SIGNED, Coop.AgreementStatus.IN_FORCE,
    Coop.AgreementStatus.UNDER_EVALUATION].forEach((status, i) => {
    plan.transition(status, day(2026, 1 + 3 * i, 1), null);
});

try {
    plan.transition(Coop.AgreementStatus.DRAFT, day(2026, 12, 1), null);
} catch (e) {
    print(`refused: ${e.message}\n`);
}

printWhoDoesWhat(plan);

if (System.programArgs.length > 0) {
    const sample = Coop.Model.new_from_file(atlas, Gio.File.new_for_commandline_arg(System.programArgs[0]), null);
    print('');
    printWhoDoesWhat(sample.get_agreement('pnr-ardeche-plan-cooperation-2026'));
}
