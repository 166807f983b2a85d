// The atlas through GJS, as a JavaScript developer reaches it.
import Coop from 'gi://Coop?version=1';
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import {check, checkEqual, run} from './harness.js';

const atlas = Coop.Atlas.dup_default();

run({
    'EPCI of a commune'() {
        const voiron = atlas.lookup('38563');
        checkEqual(voiron.name, 'Voiron');
        checkEqual(voiron.kind, Coop.TerritoryKind.COMMUNE);
        const epci = atlas.lookup(voiron.epciCode);
        checkEqual(epci.code, '243800984');
        checkEqual(epci.name, 'CA du Pays Voironnais');
    },

    'members of an EPCI'() {
        const members = atlas.list_members(atlas.lookup('243800984'));
        checkEqual(members.get_n_items(), 31);
        checkEqual(members.get_item(0).name, 'Voiron');
        checkEqual(members.get_item_type(), Coop.Territory.$gtype);
    },

    'search by name'() {
        const results = atlas.search('saint etienne', 1);
        checkEqual(results.get_item(0).name, 'Saint-Étienne');
    },

    'millésimes'() {
        checkEqual(atlas.year, 2026);
        checkEqual(atlas.get_years().join(','), '2020,2021,2022,2023,2024,2025,2026');
        const old = Coop.Atlas.dup_default_for_year(2020);
        checkEqual(old.year, 2020);
        checkEqual(old.sourceVersion, '0.8.0');
        checkEqual(old.lookup('200068765').name, 'CC du Sisteronais-Buëch');
        let thrown = null;
        try {
            Coop.Atlas.dup_default_for_year(2019);
        } catch (e) {
            thrown = e;
        }
        check(thrown !== null && thrown.matches(Coop.error_quark(), Coop.Error.NOT_FOUND));
    },

    'former codes and names'() {
        const successors = atlas.list_successors('49319');
        checkEqual(successors.get_n_items(), 1);
        checkEqual(successors.get_item(0).territory.code, '49331');
        checkEqual(atlas.lookup_name('Saint-Pierre').get_n_items(), 9);
        const changes = atlas.list_changes('243800984', 2020);
        checkEqual(changes.get_item(0).kind, Coop.ChangeKind.POPULATION);
    },

    'unknown code gives null'() {
        checkEqual(atlas.lookup('99999'), null);
    },

    'damaged atlas throws'() {
        const [file, stream] = Gio.File.new_tmp('coop-XXXXXX.atlas');
        stream.get_output_stream().write_all(new TextEncoder().encode('not an atlas'), null);
        stream.close(null);
        let thrown = null;
        try {
            Coop.Atlas.new_for_file(file, null);
        } catch (e) {
            thrown = e;
        }
        file.delete(null);
        check(thrown !== null, 'an exception');
        check(thrown.matches(Coop.error_quark(), Coop.Error.CORRUPT_ATLAS), `CORRUPT_ATLAS, got ${thrown}`);
        check(GLib.Error.prototype.isPrototypeOf(thrown), 'a GLib.Error');
    },
});
