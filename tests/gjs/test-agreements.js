// A cooperation built from scratch through GJS, as a JavaScript developer does.
import Coop from 'gi://Coop?version=1';
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import {check, checkEqual, run} from './harness.js';

const atlas = Coop.Atlas.dup_default();
const day = (y, m, d) => GLib.DateTime.new_utc(y, m, d, 0, 0, 0);
const FUNCTIONS = [
    Coop.Function.POLITICAL_DECISION, Coop.Function.STEERING, Coop.Function.FUNDING,
    Coop.Function.PROJECT_OWNERSHIP, Coop.Function.DELIVERY, Coop.Function.FACILITATION,
    Coop.Function.EVALUATION, Coop.Function.COMMUNICATION,
];
const NICKS = ['political-decision', 'steering', 'funding', 'project-ownership', 'delivery',
    'facilitation', 'evaluation', 'communication'];

function whoDoesWhat(action) {
    const table = {};
    FUNCTIONS.forEach((f, i) => {
        table[NICKS[i]] = action.get_holders(f);
    });
    return table;
}

// Two EPCI, a PNR over them, a plan de coopération with two actions.
function build() {
    const model = Coop.Model.new(atlas);
    const pnr = Coop.Territory.new(Coop.TerritoryKind.PNR, 'pnr-test', 'PNR de test');
    pnr.set_member_codes(['200039824', '200039832']);
    model.add_territory(pnr);

    const plan = Coop.Agreement.new('plan-2026', Coop.AgreementKind.PLAN_DE_COOPERATION, 'Plan 2026');
    plan.start = day(2026, 1, 1);
    plan.end = day(2026, 12, 31);
    plan.add_party(Coop.Party.new('pnr-test', Coop.PartyRole.LEAD));
    plan.add_party(Coop.Party.new('200039824', Coop.PartyRole.SIGNATORY));
    plan.add_party(Coop.Party.new('200039832', Coop.PartyRole.SIGNATORY));

    const renovation = Coop.Action.new('renovation', 'Rénovation énergétique');
    for (const f of FUNCTIONS)
        renovation.add_holder(f, 'pnr-test');
    renovation.set_holders(Coop.Function.FUNDING, ['200039824', '200039832']);
    renovation.progress = 20;
    plan.add_action(renovation);

    const food = Coop.Action.new('alimentation', 'Alimentation locale');
    food.add_holder(Coop.Function.DELIVERY, '200039832');
    food.progress = 60;
    plan.add_action(food);

    model.add_agreement(plan);
    return [model, plan];
}

run({
    'walk the lifecycle'() {
        const [model, plan] = build();
        plan.transition(Coop.AgreementStatus.NEGOTIATION, day(2025, 11, 1), null);
        plan.transition(Coop.AgreementStatus.SIGNED, day(2025, 12, 15), null);
        plan.transition(Coop.AgreementStatus.IN_FORCE, day(2026, 1, 1), null);
        plan.transition(Coop.AgreementStatus.UNDER_EVALUATION, day(2026, 11, 15), null);
        checkEqual(plan.status, Coop.AgreementStatus.UNDER_EVALUATION);
        checkEqual(plan.history.get_n_items(), 4);
        const renewal = model.renew_agreement(plan, day(2026, 12, 10));
        checkEqual(renewal.id, 'plan-2027');
        checkEqual(plan.status, Coop.AgreementStatus.RENEWED);
    },

    'illegal transition throws'() {
        const [, plan] = build();
        let thrown = null;
        try {
            plan.transition(Coop.AgreementStatus.IN_FORCE, day(2026, 1, 1), null);
        } catch (e) {
            thrown = e;
        }
        check(thrown !== null, 'an exception');
        check(thrown.matches(Coop.error_quark(), Coop.Error.INVALID_TRANSITION), `INVALID_TRANSITION, got ${thrown}`);
        check(thrown.message.includes('“negotiation”'), 'the allowed moves in the message');
        checkEqual(plan.status, Coop.AgreementStatus.DRAFT);
    },

    'progress rolls up'() {
        const [, plan] = build();
        check(Math.abs(plan.progress - 0.4) < 1e-9, `0.4, got ${plan.progress}`);
    },

    'who does what'() {
        const [, plan] = build();
        const table = whoDoesWhat(plan.lookup_action('renovation'));
        for (const [f, holders] of Object.entries(table))
            print(`# ${f.padEnd(20)} ${holders.join(', ')}`);
        checkEqual(table.funding.join(' '), '200039824 200039832');
        checkEqual(table.steering.join(' '), 'pnr-test');
    },

    'save and reload'() {
        const [model, plan] = build();
        plan.transition(Coop.AgreementStatus.NEGOTIATION, day(2025, 11, 1), 'opened');
        const [file, stream] = Gio.File.new_tmp('coop-XXXXXX.json');
        stream.close(null);
        model.save_to_file(file, null);
        const reloaded = Coop.Model.new_from_file(atlas, file, null);
        file.delete(null);
        const again = reloaded.get_agreement('plan-2026');
        checkEqual(again.status, Coop.AgreementStatus.NEGOTIATION);
        checkEqual(again.lookup_action('alimentation').get_holders(Coop.Function.DELIVERY)[0], '200039832');
        checkEqual(reloaded.to_data()[0], model.to_data()[0]);
    },

    'open kinds'() {
        const body = Coop.Body.new('quartier', Coop.BodyKind.CONSEIL_DE_QUARTIER, 'Conseil de quartier');
        checkEqual(body.kind_code, 'conseil-de-quartier');
        checkEqual(body.kind_legal_reference, 'CGCT L2143-1');
        body.set_kind_code('conseil-citoyen', 'conseil citoyen', null);
        checkEqual(body.kind, Coop.BodyKind.OTHER);
        checkEqual(body.kind_label, 'conseil citoyen');
        let refused = false;
        try {
            body.set_kind_code('bureau', 'Bureau', null);
        } catch (e) {
            refused = true;
        }
        check(refused, 'a known kind takes no label');
        checkEqual(body.kind_code, 'conseil-citoyen');
    },
});
