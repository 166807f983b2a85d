"""The atlas through PyGObject, as a notebook user reaches it."""

import unittest

import gi

gi.require_version("Coop", "1")
from gi.repository import Coop, Gio  # noqa: E402


class AtlasTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.atlas = Coop.Atlas.dup_default()

    def test_epci_of_a_commune(self):
        voiron = self.atlas.lookup("38563")
        self.assertEqual(voiron.props.name, "Voiron")
        self.assertEqual(voiron.props.kind, Coop.TerritoryKind.COMMUNE)
        epci = self.atlas.lookup(voiron.props.epci_code)
        self.assertEqual(epci.props.code, "243800984")
        self.assertEqual(epci.props.name, "CA du Pays Voironnais")
        self.assertEqual(epci.props.epci_form, Coop.EpciForm.CA)

    def test_members_of_an_epci(self):
        epci = self.atlas.lookup("243800984")
        members = self.atlas.list_members(epci)
        self.assertIsInstance(members, Gio.ListModel)
        self.assertEqual(members.get_item_type(), Coop.Territory.__gtype__)
        names = [members.get_item(i).props.name for i in range(members.get_n_items())]
        self.assertEqual(len(names), 31)
        self.assertEqual(names[0], "Voiron")
        self.assertIn("Voreppe", names)

    def test_search_ignores_case_and_accents(self):
        results = self.atlas.search("saint etienne", 1)
        self.assertEqual(results.get_item(0).props.name, "Saint-Étienne")

    def test_unknown_code(self):
        self.assertIsNone(self.atlas.lookup("99999"))

    def test_damaged_atlas_raises(self):
        import os
        import tempfile

        with tempfile.NamedTemporaryFile(suffix=".atlas", delete=False) as handle:
            handle.write(b"COOPATLS but not really")
        try:
            with self.assertRaises(gi.repository.GLib.GError) as context:
                Coop.Atlas.new_for_file(Gio.File.new_for_path(handle.name), None)
            self.assertTrue(context.exception.matches(Coop.error_quark(), Coop.Error.CORRUPT_ATLAS))
        finally:
            os.unlink(handle.name)


if __name__ == "__main__":
    unittest.main(verbosity=2)
