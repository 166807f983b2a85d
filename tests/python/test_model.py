"""The model document through PyGObject: build, save, reload, errors."""

import os
import tempfile
import unittest

import gi

gi.require_version("Coop", "1")
from gi.repository import Coop, Gio, GLib  # noqa: E402


class ModelTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.atlas = Coop.Atlas.dup_default()

    def build(self):
        model = Coop.Model.new(self.atlas)
        model.props.name = "Pays Voironnais and Grenoble"
        pays = Coop.Territory.new(Coop.TerritoryKind.PAYS, "pays-test", "Pays test")
        pays.add_member_code("243800984")
        pays.add_member_code("38185")
        model.add_territory(pays)
        return model

    def test_save_and_reload(self):
        model = self.build()
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "model.json")
            model.save_to_file(Gio.File.new_for_path(path), None)
            reloaded = Coop.Model.new_from_file(self.atlas, Gio.File.new_for_path(path), None)
        self.assertEqual(reloaded.props.name, "Pays Voironnais and Grenoble")
        territories = reloaded.get_territories()
        self.assertEqual(territories.get_n_items(), 1)
        pays = territories.get_item(0)
        self.assertEqual(list(pays.get_member_codes()), ["243800984", "38185"])
        self.assertEqual(reloaded.to_data()[0], model.to_data()[0])

    def test_perimeter(self):
        model = self.build()
        pays = model.lookup("pays-test")
        communes = model.list_communes(pays)
        self.assertEqual(communes.get_n_items(), 32)
        voiron = model.lookup("38563")
        containers = model.list_containers(voiron)
        codes = [containers.get_item(i).props.code for i in range(containers.get_n_items())]
        self.assertEqual(codes, ["243800984", "38", "84", "pays-test"])
        self.assertGreater(model.get_population(pays), 96688)

    def test_findings(self):
        model = self.build()
        model.lookup("pays-test").add_member_code("99999")
        findings = model.validate()
        codes = [findings.get_item(i).props.code for i in range(findings.get_n_items())]
        self.assertEqual(codes, ["unknown-reference"])
        self.assertEqual(findings.get_item(0).props.severity, Coop.Severity.ERROR)

    def test_errors_are_gerrors(self):
        with self.assertRaises(GLib.Error) as context:
            Coop.Model.new_from_data(self.atlas, '{"format": "libcoop-model", "version": 9}', -1)
        self.assertTrue(context.exception.matches(Coop.error_quark(), Coop.Error.UNSUPPORTED_VERSION))
        with self.assertRaises(GLib.Error) as context:
            Coop.Model.new_from_data(self.atlas, '{"format": "libcoop-model", "version": 1,'
                                     ' "territories": [{"code": "a", "kind": "pnr", "name": "A",'
                                     ' "population-municipale": -1}]}', -1)
        self.assertTrue(context.exception.matches(Coop.error_quark(), Coop.Error.INVALID_VALUE))
        self.assertIn("$.territories[0]", context.exception.message)

    def test_duplicate_code(self):
        model = self.build()
        with self.assertRaises(GLib.Error):
            model.add_territory(Coop.Territory.new(Coop.TerritoryKind.PNR, "pays-test", "Again"))


if __name__ == "__main__":
    unittest.main(verbosity=2)
