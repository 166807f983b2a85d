// Model documents through GJS: build, save, reload, async loading, errors.
import Coop from 'gi://Coop?version=1';
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import {check, checkEqual, run} from './harness.js';

const atlas = Coop.Atlas.dup_default();

function build() {
    const model = Coop.Model.new(atlas);
    const pnr = Coop.Territory.new(Coop.TerritoryKind.PNR, 'pnr-test', 'PNR test');
    pnr.add_member_code('243800984');
    model.add_territory(pnr);
    return model;
}

function tempFile() {
    const dir = GLib.dir_make_tmp('coop-gjs-XXXXXX');
    return Gio.File.new_for_path(GLib.build_filenamev([dir, 'model.json']));
}

run({
    'save and reload'() {
        const model = build();
        const file = tempFile();
        model.save_to_file(file, null);
        const reloaded = Coop.Model.new_from_file(atlas, file, null);
        const pnr = reloaded.lookup('pnr-test');
        checkEqual(pnr.name, 'PNR test');
        checkEqual(pnr.memberCodes.join(','), '243800984');
        checkEqual(reloaded.list_communes(pnr).get_n_items(), 31);
        file.delete(null);
        file.get_parent().delete(null);
    },

    'async load'() {
        const file = tempFile();
        build().save_to_file(file, null);
        const loop = new GLib.MainLoop(null, false);
        let loaded = null;
        Coop.Model.new_from_file_async(atlas, file, null, (_source, result) => {
            loaded = Coop.Model.new_from_file_finish(result);
            loop.quit();
        });
        loop.run();
        checkEqual(loaded.get_territories().get_n_items(), 1);
        file.delete(null);
        file.get_parent().delete(null);
    },

    'bad document throws'() {
        let thrown = null;
        try {
            Coop.Model.new_from_data(atlas, '{"format": "libcoop-model", "version": 1, "territories": 3}', -1);
        } catch (e) {
            thrown = e;
        }
        check(thrown !== null, 'an exception');
        check(thrown.matches(Coop.error_quark(), Coop.Error.INVALID_TYPE), `INVALID_TYPE, got ${thrown}`);
        check(thrown.message.includes('$.territories'), 'the JSON path in the message');
    },
});
