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
