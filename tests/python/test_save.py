"""Saving a model with a backup, through PyGObject."""

import os
import tempfile
import unittest

import gi

gi.require_version("Coop", "1")
from gi.repository import Coop, GLib, Gio  # noqa: E402

DOCUMENT = """{"format": "libcoop-model", "version": 1,
 "territories": [{"code": "pays-x", "kind": "pays", "name": "Pays X", "members": ["243800984"]}]}"""


class SaveTests(unittest.TestCase):
    def test_backup_keeps_the_previous_version(self):
        atlas = Coop.Atlas.dup_default()
        model = Coop.Model.new_from_data(atlas, DOCUMENT, -1)
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "model.json")
            target = Gio.File.new_for_path(path)

            model.props.name = "first"
            self.assertTrue(model.save_to_file_full(target, Coop.SaveFlags.BACKUP, None))
            first = model.to_data()[0]
            model.props.name = "second"
            self.assertTrue(model.save_to_file_full(target, Coop.SaveFlags.BACKUP, None))

            with open(path, encoding="utf-8") as f:
                self.assertEqual(f.read(), model.to_data()[0])
            with open(path + "~", encoding="utf-8") as f:
                self.assertEqual(f.read(), first)
            self.assertEqual(sorted(os.listdir(directory)), ["model.json", "model.json~"])

    def test_newer_version_is_refused(self):
        atlas = Coop.Atlas.dup_default()
        with self.assertRaises(GLib.Error) as raised:
            Coop.Model.new_from_data(atlas, '{"format": "libcoop-model", "version": 2}', -1)
        self.assertTrue(raised.exception.matches(Coop.error_quark(), Coop.Error.UNSUPPORTED_VERSION))
        self.assertIn("expected version 1", raised.exception.message)


if __name__ == "__main__":
    unittest.main()
