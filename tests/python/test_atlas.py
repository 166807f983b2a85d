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

    def test_millesimes(self):
        self.assertEqual(self.atlas.props.year, 2026)
        self.assertEqual(self.atlas.get_years(), [2020, 2021, 2022, 2023, 2024, 2025, 2026])
        old = Coop.Atlas.dup_default_for_year(2020)
        self.assertEqual(old.props.year, 2020)
        self.assertEqual(old.props.source_version, "0.8.0")
        self.assertEqual(old.props.population_year, 2016)
        self.assertEqual(self.atlas.open_year(2023).props.year, 2023)
        with self.assertRaises(gi.repository.GLib.GError) as context:
            Coop.Atlas.dup_default_for_year(2019)
        self.assertTrue(context.exception.matches(Coop.error_quark(), Coop.Error.NOT_FOUND))
        self.assertIn("2020, 2021", context.exception.message)

    def test_changes_and_former_codes(self):
        changes = self.atlas.list_changes("243800984", 2020)
        kinds = [changes.get_item(i).props.kind for i in range(changes.get_n_items())]
        self.assertEqual(kinds, [Coop.ChangeKind.POPULATION])
        successors = self.atlas.list_successors("01340")
        self.assertEqual(successors.get_n_items(), 1)
        self.assertEqual(successors.get_item(0).props.territory.props.code, "01015")
        self.assertIn("Arboys en Bugey", successors.get_item(0).dup_description())

    def test_ambiguous_name(self):
        named = self.atlas.lookup_name("Saint-Pierre")
        self.assertEqual(named.get_n_items(), 9)
        self.assertEqual(self.atlas.lookup("2a004").props.name, "Ajaccio")

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
