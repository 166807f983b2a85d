// Council seats through GJS, as a JavaScript developer reaches them.
import Coop from 'gi://Coop?version=1';
import Gio from 'gi://Gio';
import {check, checkEqual, run} from './harness.js';

const atlas = Coop.Atlas.dup_default();
const allocation = Coop.SeatAllocation.new_for_epci(atlas, atlas.lookup('243800984'),
    Coop.SupplementReading.ABSORB);

run({
    'droit commun of the CA du Pays Voironnais'() {
        checkEqual(allocation.tableSeats, 42);
        checkEqual(allocation.totalSeats, 61);
        checkEqual(allocation.supplementApplied, true);
        checkEqual(allocation.shares.get_n_items(), 31);
        checkEqual(allocation.lookup_share('38563').seats, 13);
    },

    'explanation in French and English'() {
        const first = allocation.steps.get_item(0);
        checkEqual(first.paragraph, 'III');
        check(first.get_text('fr').includes('sièges'), 'French text');
        check(first.text.includes('seats'), 'the locale\'s (English) text');
        check(allocation.dup_explanation('en').includes('seat de droit'), 'English text');
    },

    'accords locaux listed lazily'() {
        const accords = Coop.AccordLocal.new(allocation);
        checkEqual(accords.count, 5);
        const iter = accords.iterate();
        let n = 0;
        while (iter.next() !== null)
            n++;
        checkEqual(n, 5);
    },

    'voting power'() {
        const power = Coop.VotingPower.new([50, 49, 1], 51);
        check(Math.abs(power.get_banzhaf(0) - 0.6) < 1e-12, 'Banzhaf 0.6');
        check(Math.abs(power.get_shapley_shubik(0) - 2 / 3) < 1e-12, 'Shapley–Shubik 2/3');
    },

    'a perimeter with its populations, and IV 4° bis by SIREN'() {
        const amp = atlas.lookup('200054807');
        const rows = ['commune,population'];
        const members = atlas.list_members(amp);
        for (let i = 0; i < members.get_n_items(); i++) {
            const member = members.get_item(i);
            rows.push(`${member.code},${atlas.get_member_population(amp, member)}`);
        }
        const communes = Coop.SeatAllocation.read_perimeter(new TextEncoder().encode(rows.join('\r\n')), atlas);
        const named = Coop.SeatAllocation.new_for_perimeter(Coop.EpciForm.METROPOLE, '200054807', communes,
            Coop.SupplementReading.COMPLEMENT);
        checkEqual(named.bonusSeats, 39);
        checkEqual(named.totalSeats, 238);
        checkEqual(named.lookup_share('13055').seats, 101);
    },

    'a proposed EPCI of a model, with a population of its own'() {
        const model = Coop.Model.new(atlas);
        const fusion = Coop.Territory.new(Coop.TerritoryKind.EPCI, 'fusion', 'Fusion');
        fusion.set_member_codes(['243800984', '243801073']);
        let thrown = null;
        model.add_territory(fusion);
        try {
            Coop.SeatAllocation.new_for_model(model, fusion, Coop.EpciForm.NONE, Coop.SupplementReading.COMPLEMENT);
        } catch (e) {
            thrown = e;
        }
        check(thrown !== null && thrown.matches(Coop.error_quark(), Coop.Error.MISSING_FIELD), 'no form: MISSING_FIELD');
        fusion.epciForm = Coop.EpciForm.CA;
        fusion.set_member_population('38563', 30000);
        fusion.memberPopulationYear = 2022;
        const seats = Coop.SeatAllocation.new_for_model(model, fusion, Coop.EpciForm.NONE,
            Coop.SupplementReading.COMPLEMENT);
        checkEqual(seats.epci, fusion);
        checkEqual(seats.form, Coop.EpciForm.CA);
        checkEqual(seats.shares.get_n_items(), 45);
        checkEqual(seats.lookup_share('38563').population, 30000);
        checkEqual(JSON.stringify(fusion.dup_member_population_codes()), '["38563"]');
        const [text] = model.to_data();
        check(text.includes('"member-populations"'), 'written in the document');
    },

    'plain data with an error'() {
        const store = new Gio.ListStore({itemType: Coop.Territory});
        const commune = Coop.Territory.new(Coop.TerritoryKind.COMMUNE, 'A', 'A');
        commune.set_population_municipale(1000);
        store.append(commune);
        let thrown = null;
        try {
            Coop.SeatAllocation.new_for_communes(Coop.EpciForm.CC, store, Coop.SupplementReading.ABSORB);
        } catch (e) {
            thrown = e;
        }
        check(thrown !== null && thrown.matches(Coop.error_quark(), Coop.Error.INVALID_VALUE), 'INVALID_VALUE');
    },
});
