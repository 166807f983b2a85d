// The council of a proposed EPCI, or of a past one, written in a model.
//
//     gjs -m examples/gjs/fusion.js [MODEL.json]
//
// Each territory of the model with an "epci-form" is computed under CGCT
// L5211-6-1, with the populations it gives its communes and the atlas's
// per-member figures for the others. See examples/python/fusion.py.

import Coop from 'gi://Coop?version=1';
import Gio from 'gi://Gio';
import System from 'system';

const file = System.programArgs.length > 0
    ? Gio.File.new_for_commandline_arg(System.programArgs[0])
    : Gio.File.new_for_uri(import.meta.url).get_parent().resolve_relative_path('../data/proposed-epci.json');
const atlas = Coop.Atlas.dup_default();
const model = Coop.Model.new_from_file(atlas, file, null);
const territories = model.territories;

for (let i = 0; i < territories.get_n_items(); i++) {
    const territory = territories.get_item(i);
    if (territory.epci_form === Coop.EpciForm.NONE)
        continue;
    const allocation = Coop.SeatAllocation.new_for_model(model, territory, Coop.EpciForm.NONE,
        Coop.SupplementReading.COMPLEMENT);
    print(`${territory.name}: ${allocation.total_seats} seats for ${allocation.shares.get_n_items()} communes`);
}
