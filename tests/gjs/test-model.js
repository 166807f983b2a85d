// A user's model through GJS: properties, list models, errors as
// exceptions, and asynchronous loading with a main loop.
import Coop from 'gi://Coop?version=1';
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import {check, checkEqual, run} from './harness.js';

const atlas = Coop.Atlas.dup_default();

const DOCUMENT = JSON.stringify({
    format: 'libcoop-model',
    version: 1,
    name: 'Pays illustratif',
    territories: [{
        code: 'pays-illustratif',
        kind: 'pays',
        name: 'Pays illustratif',
        members: ['243800984', '243801073'],
    }],
});

function writeTemporary(contents) {
    const [file, stream] = Gio.File.new_tmp('coop-XXXXXX.json');
    stream.output_stream.write_all(new TextEncoder().encode(contents), null);
    stream.close(null);
    return file;
}

// Runs an async call to completion on a main loop, as an application's
// loop would, and returns what the callback produced.
function runAsync(start) {
    const loop = new GLib.MainLoop(null, false);
    let outcome = null;
    start((result, error) => {
        outcome = {result, error};
        loop.quit();
    });
    const timeout = GLib.timeout_add_seconds(GLib.PRIORITY_DEFAULT, 30, () => {
        loop.quit();
        return GLib.SOURCE_REMOVE;
    });
    loop.run();
    if (outcome !== null)
        GLib.source_remove(timeout);
    check(outcome !== null, 'the async call to complete');
    return outcome;
}

run({
    'a model built in code'() {
        const model = Coop.Model.new(atlas);
        model.name = 'Essai';
        const pays = Coop.Territory.new(Coop.TerritoryKind.PAYS, 'pays-essai', 'Pays d’essai');
        pays.member_codes = ['243800984'];
        model.add_territory(pays);
        checkEqual(model.name, 'Essai');
        checkEqual(model.territories.get_n_items(), 1);
        checkEqual(model.lookup('pays-essai'), pays);
        // A perimeter of the model counts the population municipale of its
        // communes; the EPCI's own figure comes from the DGCL file.
        let sum = 0;
        const communes = model.list_communes(pays);
        for (let i = 0; i < communes.get_n_items(); i++)
            sum += communes.get_item(i).population_municipale;
        checkEqual(model.get_population(pays), sum);
    },

    'notify on property changes'() {
        const model = Coop.Model.new(atlas);
        let notified = 0;
        model.connect('notify::name', () => notified++);
        model.name = 'Un';
        model.name = 'Un';
        model.name = 'Deux';
        checkEqual(notified, 2);
    },

    'list models hold territories'() {
        const model = Coop.Model.new_from_data(atlas, DOCUMENT, -1);
        const pays = model.lookup('pays-illustratif');
        const communes = model.list_communes(pays);
        check(communes instanceof Gio.ListModel, 'a Gio.ListModel');
        checkEqual(communes.get_item_type(), Coop.Territory.$gtype);
        const names = [];
        for (let i = 0; i < communes.get_n_items(); i++)
            names.push(communes.get_item(i).name);
        check(names.includes('Voiron'), 'Voiron among the communes');
        const containers = model.list_containers(atlas.lookup('38563'));
        const codes = [];
        for (let i = 0; i < containers.get_n_items(); i++)
            codes.push(containers.get_item(i).code);
        check(codes.includes('pays-illustratif'), 'the Pays among the containers of Voiron');
    },

    'errors are exceptions'() {
        let caught = null;
        try {
            Coop.Model.new_from_data(atlas, '{"format": "libcoop-model", "version": "un"}', -1);
        } catch (e) {
            caught = e;
        }
        check(caught !== null, 'an exception');
        check(caught.matches(Coop.error_quark(), Coop.Error.INVALID_TYPE), 'COOP_ERROR_INVALID_TYPE');
        check(caught.message.includes('“version”'), 'the member in the message');
    },

    'adding an atlas territory throws'() {
        const model = Coop.Model.new(atlas);
        let caught = null;
        try {
            model.add_territory(atlas.lookup('38563'));
        } catch (e) {
            caught = e;
        }
        check(caught !== null && caught.matches(Coop.error_quark(), Coop.Error.INVALID_VALUE),
            'COOP_ERROR_INVALID_VALUE');
    },

    'findings of validation'() {
        const model = Coop.Model.new_from_data(atlas, JSON.stringify({
            format: 'libcoop-model', version: 1,
            territories: [{code: 'pays-x', kind: 'pays', name: 'X', members: ['00000']}],
        }), -1);
        const findings = model.validate();
        check(findings.get_n_items() >= 1, 'a finding');
        const finding = findings.get_item(0);
        checkEqual(finding.severity, Coop.Severity.ERROR);
        checkEqual(finding.code, 'unknown-reference');
    },

    'asynchronous loading'() {
        const file = writeTemporary(DOCUMENT);
        try {
            const {result, error} = runAsync(done => {
                Coop.Model.new_from_file_async(atlas, file, null, (_source, res) => {
                    try {
                        done(Coop.Model.new_from_file_finish(res), null);
                    } catch (e) {
                        done(null, e);
                    }
                });
            });
            checkEqual(error, null);
            checkEqual(result.name, 'Pays illustratif');
            checkEqual(result.territories.get_n_items(), 1);
        } finally {
            file.delete(null);
        }
    },

    'asynchronous loading of a missing file fails'() {
        const file = Gio.File.new_for_path('/nonexistent/coop-model.json');
        const {result, error} = runAsync(done => {
            Coop.Model.new_from_file_async(atlas, file, null, (_source, res) => {
                try {
                    done(Coop.Model.new_from_file_finish(res), null);
                } catch (e) {
                    done(null, e);
                }
            });
        });
        checkEqual(result, null);
        check(error !== null && error.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND),
            'G_IO_ERROR_NOT_FOUND');
    },

    'saving and reading back'() {
        const model = Coop.Model.new_from_data(atlas, DOCUMENT, -1);
        const [file, stream] = Gio.File.new_tmp('coop-XXXXXX.json');
        stream.close(null);
        try {
            model.save_to_file(file, null);
            const again = Coop.Model.new_from_file(atlas, file, null);
            checkEqual(again.to_data()[0], model.to_data()[0]);
        } finally {
            file.delete(null);
        }
    },
});
