/* test-atlas.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "coop-atlas-private.h"
#include "coop-territory-change.h"
#include "coop-error.h"

static CoopAtlas *
open_atlas (void)
{
  g_autoptr(GError) error = NULL;
  CoopAtlas *atlas = coop_atlas_dup_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (atlas);

  return atlas;
}

static void
test_atlas_counts (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();

  g_assert_cmpuint (coop_atlas_count (atlas, COOP_TERRITORY_KIND_COMMUNE), ==, 34969);
  g_assert_cmpuint (coop_atlas_count (atlas, COOP_TERRITORY_KIND_EPCI), ==, 1255);
  g_assert_cmpuint (coop_atlas_count (atlas, COOP_TERRITORY_KIND_EPT), ==, 11);
  /* France has 101 départements and 18 régions; the source lists the
   * eight collectivités d'outre-mer among both (zone "com"). */
  g_assert_cmpuint (coop_atlas_count (atlas, COOP_TERRITORY_KIND_DEPARTEMENT), ==, 101);
  g_assert_cmpuint (coop_atlas_count (atlas, COOP_TERRITORY_KIND_REGION), ==, 18);
  g_assert_cmpuint (coop_atlas_count (atlas, COOP_TERRITORY_KIND_COLLECTIVITE_OUTRE_MER), ==, 8);
  g_assert_cmpuint (coop_atlas_count (atlas, COOP_TERRITORY_KIND_COMMUNE_DELEGUEE), ==, 2105);
  g_assert_cmpuint (coop_atlas_count (atlas, COOP_TERRITORY_KIND_COMMUNE_ASSOCIEE), ==, 471);
  g_assert_cmpuint (coop_atlas_count (atlas, COOP_TERRITORY_KIND_ARRONDISSEMENT_MUNICIPAL), ==, 45);
  g_assert_cmpuint (coop_atlas_get_year (atlas), ==, 2026);
  g_assert_cmpuint (coop_atlas_count (atlas, COOP_TERRITORY_KIND_PNR), ==, 0);
  g_assert_cmpstr (coop_atlas_get_source (atlas), ==, "@etalab/decoupage-administratif");
  g_assert_cmpstr (coop_atlas_get_source_version (atlas), ==, "6.0.0");
  g_assert_cmpuint (coop_atlas_get_population_year (atlas), ==, 2023);
  g_assert_cmpuint (coop_atlas_get_member_population_year (atlas), ==, 2022);
}

/* Every millésime of @etalab/decoupage-administratif from 2020 to 2026,
 * each with its package version and the census years checked in
 * data/france/README.md. */
static void
test_atlas_millesimes (void)
{
  g_autoptr(CoopAtlas) latest = open_atlas ();
  g_autoptr(GError) error = NULL;
  static const struct { guint year; const char *version; guint population_year; guint member_year; guint communes; } expected[] = {
    { 2020, "0.8.0", 2016, 2016, 35065 },
    { 2021, "1.1.1", 2019, 2018, 35059 },
    { 2022, "2.3.1", 2020, 2019, 35049 },
    { 2023, "3.1.1", 2020, 2020, 35039 },
    { 2024, "4.1.0", 2022, 2021, 35029 },
    { 2025, "5.3.0", 2023, 2022, 34969 },
    { 2026, "6.0.0", 2023, 2022, 34969 },
  };
  guint n_years;
  g_autofree guint *years = coop_atlas_get_years (latest, &n_years);

  g_assert_cmpuint (n_years, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(CoopAtlas) atlas = coop_atlas_dup_default_for_year (expected[i].year, &error);
      g_autoptr(CoopAtlas) again = coop_atlas_dup_default_for_year (expected[i].year, &error);

      g_assert_no_error (error);
      g_assert_true (atlas == again);
      g_assert_cmpuint (years[i], ==, expected[i].year);
      g_assert_cmpuint (coop_atlas_get_year (atlas), ==, expected[i].year);
      g_assert_cmpstr (coop_atlas_get_source_version (atlas), ==, expected[i].version);
      g_assert_cmpuint (coop_atlas_get_population_year (atlas), ==, expected[i].population_year);
      g_assert_cmpuint (coop_atlas_get_member_population_year (atlas), ==, expected[i].member_year);
      g_assert_cmpuint (coop_atlas_count (atlas, COOP_TERRITORY_KIND_COMMUNE), ==, expected[i].communes);
      g_assert_cmpuint (coop_atlas_count (atlas, COOP_TERRITORY_KIND_DEPARTEMENT), ==, 101);
      g_assert_cmpuint (coop_atlas_count (atlas, COOP_TERRITORY_KIND_REGION), ==, 18);
      g_assert_cmpuint (coop_atlas_count (atlas, COOP_TERRITORY_KIND_COLLECTIVITE_OUTRE_MER), ==, 8);
    }

  /* The default is the latest. */
  {
    g_autoptr(CoopAtlas) zero = coop_atlas_dup_default_for_year (0, &error);

    g_assert_no_error (error);
    g_assert_true (zero == latest);
  }
}

static void
test_atlas_millesime_refused (void)
{
  g_autoptr(CoopAtlas) latest = open_atlas ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) none = coop_atlas_dup_default_for_year (2019, &error);
  g_autoptr(CoopAtlas) other = NULL;

  g_assert_null (none);
  g_assert_error (error, COOP_ERROR, COOP_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "2019"));
  g_assert_nonnull (strstr (error->message, "2020, 2021, 2022, 2023, 2024, 2025, 2026"));
  g_clear_error (&error);

  other = coop_atlas_open_year (latest, 1999, &error);
  g_assert_null (other);
  g_assert_error (error, COOP_ERROR, COOP_ERROR_NOT_FOUND);
}

/* The 2020 perimeter of the CC du Sisteronais-Buëch counts the
 * populations in force on 1 January 2019 (census 2016), the figures the
 * arrêtés of autumn 2019 used for the 2020 councils. */
static void
test_atlas_2020_perimeter (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = coop_atlas_dup_default_for_year (2020, &error);
  g_autoptr(CoopTerritory) epci = NULL;
  g_autoptr(CoopTerritory) sisteron = NULL;
  g_autoptr(GListModel) members = NULL;

  g_assert_no_error (error);
  epci = coop_atlas_lookup (atlas, "200068765");
  g_assert_nonnull (epci);
  members = coop_atlas_list_members (atlas, epci);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 60);
  g_assert_cmpint (coop_atlas_get_population (atlas, epci), ==, 24859);
  g_assert_cmpuint (coop_territory_get_population_year (epci), ==, 2016);
  sisteron = coop_atlas_lookup (atlas, "04209");
  g_assert_cmpint (coop_atlas_get_member_population (atlas, epci, sisteron), ==, 7341);

  /* Sannerville was created on 1 January 2020: the EPCI file knows it, the
   * communes file of that version does not; it is kept, without figures. */
  {
    g_autoptr(CoopTerritory) sannerville = coop_atlas_lookup (atlas, "14666");

    g_assert_nonnull (sannerville);
    g_assert_cmpstr (coop_territory_get_name (sannerville), ==, "Sannerville");
    g_assert_cmpint (coop_territory_get_population_municipale (sannerville), ==, COOP_POPULATION_UNKNOWN);
  }
}

static void
test_atlas_parts_of_communes (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopTerritory) saint_bois = coop_atlas_lookup (atlas, "01340");
  g_autoptr(CoopTerritory) paris_1er = coop_atlas_lookup (atlas, "75101");
  g_autoptr(CoopTerritory) segre = coop_atlas_lookup (atlas, "commune-deleguee:49331");
  g_autoptr(CoopTerritory) segre_commune = coop_atlas_lookup (atlas, "49331");
  g_autoptr(GListModel) containers = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autofree char *reference = NULL;

  g_assert_nonnull (saint_bois);
  g_assert_cmpint (coop_territory_get_kind (saint_bois), ==, COOP_TERRITORY_KIND_COMMUNE_DELEGUEE);
  g_assert_cmpstr (coop_territory_get_parent_code (saint_bois), ==, "01015");
  containers = coop_atlas_list_containers (atlas, saint_bois);
  g_assert_cmpuint (g_list_model_get_n_items (containers), >=, 2);
  {
    g_autoptr(CoopTerritory) first = g_list_model_get_item (containers, 0);

    g_assert_cmpstr (coop_territory_get_name (first), ==, "Arboys en Bugey");
  }

  g_assert_cmpint (coop_territory_get_kind (paris_1er), ==, COOP_TERRITORY_KIND_ARRONDISSEMENT_MUNICIPAL);
  g_assert_cmpstr (coop_territory_get_parent_code (paris_1er), ==, "75056");
  g_assert_cmpint (coop_territory_get_nature (paris_1er), ==, COOP_NATURE_URBAN);

  /* A commune déléguée bearing the code of its commune nouvelle. */
  g_assert_nonnull (segre);
  g_assert_cmpstr (coop_territory_get_name (segre), ==, "Segré");
  g_assert_cmpstr (coop_territory_get_name (segre_commune), ==, "Segré-en-Anjou Bleu");
  reference = coop_territory_dup_reference (segre);
  g_assert_cmpstr (reference, ==, "commune-deleguee:49331");

  found = coop_atlas_search (atlas, "annecy-le-vieux", 5);
  g_assert_cmpuint (g_list_model_get_n_items (found), >=, 1);
  {
    g_autoptr(CoopTerritory) first = g_list_model_get_item (found, 0);

    g_assert_cmpstr (coop_territory_get_code (first), ==, "74011");
    g_assert_cmpstr (coop_territory_get_parent_code (first), ==, "74010");
  }
}

static void
test_atlas_overseas (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopTerritory) saint_martin = coop_atlas_lookup (atlas, "97801");
  g_autoptr(CoopTerritory) com = coop_atlas_lookup (atlas, "collectivite-outre-mer:978");
  g_autoptr(CoopTerritory) no_departement = coop_atlas_lookup (atlas, "departement:978");
  g_autoptr(GListModel) containers = NULL;
  g_autoptr(GListModel) members = NULL;

  g_assert_null (no_departement);
  g_assert_nonnull (com);
  g_assert_cmpint (coop_territory_get_kind (com), ==, COOP_TERRITORY_KIND_COLLECTIVITE_OUTRE_MER);
  g_assert_null (coop_territory_get_region_code (saint_martin));
  g_assert_null (coop_territory_get_departement_code (saint_martin));
  g_assert_cmpstr (coop_territory_get_parent_code (saint_martin), ==, "collectivite-outre-mer:978");
  containers = coop_atlas_list_containers (atlas, saint_martin);
  g_assert_cmpuint (g_list_model_get_n_items (containers), ==, 1);
  members = coop_atlas_list_members (atlas, com);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
  g_assert_cmpint (coop_atlas_get_population (atlas, com), ==,
                   coop_territory_get_population_municipale (saint_martin));

  /* The 2020 source names the collectivité in each commune instead. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CoopAtlas) old = coop_atlas_dup_default_for_year (2020, &error);
    g_autoptr(CoopTerritory) spm = NULL;

    g_assert_no_error (error);
    spm = coop_atlas_lookup (old, "collectivite-outre-mer:975");
    g_assert_nonnull (spm);
    g_assert_cmpstr (coop_territory_get_name (spm), ==, "Saint-Pierre-et-Miquelon");
  }
}

static void
test_atlas_former_codes (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(GListModel) successors = coop_atlas_list_successors (atlas, "49319");
  g_autoptr(GListModel) none = coop_atlas_list_successors (atlas, "38563");
  g_autoptr(CoopTerritoryChange) change = NULL;
  g_autofree char *description = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (successors), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
  change = g_list_model_get_item (successors, 0);
  g_assert_cmpint (coop_territory_change_get_kind (change), ==, COOP_CHANGE_KIND_BECAME_PART_OF);
  g_assert_cmpstr (coop_territory_get_code (coop_territory_change_get_territory (change)), ==, "49331");
  g_assert_cmpuint (coop_territory_change_get_year (change), ==, 0);
  description = coop_territory_change_dup_description (change);
  g_assert_cmpstr (description, ==, "49319 is part of Segré-en-Anjou Bleu (49331) since before the first millésime of the atlas");
}

/* A commune present in 2020 and merged since: the change carries the first
 * millésime without it. */
static void
test_atlas_former_code_dated (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopAtlas) old = coop_atlas_dup_default_for_year (2020, &error);
  g_autoptr(GListModel) communes = coop_atlas_list_territories (old, COOP_TERRITORY_KIND_COMMUNE);
  guint n_checked = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (communes) && n_checked < 5; i++)
    {
      g_autoptr(CoopTerritory) commune = g_list_model_get_item (communes, i);
      g_autoptr(GListModel) successors = NULL;
      g_autoptr(CoopTerritoryChange) change = NULL;
      g_autoptr(CoopTerritory) now = coop_atlas_lookup_kind (atlas, COOP_TERRITORY_KIND_COMMUNE,
                                                             coop_territory_get_code (commune));

      if (now != NULL)
        continue;
      successors = coop_atlas_list_successors (atlas, coop_territory_get_code (commune));
      if (g_list_model_get_n_items (successors) == 0)
        continue;
      change = g_list_model_get_item (successors, 0);
      g_assert_cmpuint (coop_territory_change_get_year (change), >, 2020);
      g_assert_cmpuint (coop_territory_change_get_year (change), <=, 2026);
      n_checked++;
    }
  g_assert_cmpuint (n_checked, ==, 5);
}

static void
test_atlas_ambiguous_names (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(GListModel) saint_pierre = coop_atlas_lookup_name (atlas, "Saint-Pierre");
  g_autoptr(GListModel) st_pierre = coop_atlas_lookup_name (atlas, "st pierre");
  g_autoptr(GListModel) voiron = coop_atlas_lookup_name (atlas, "VOIRON");
  g_autoptr(GListModel) nothing = coop_atlas_lookup_name (atlas, "Voiro");
  g_autoptr(GListModel) st_etienne = coop_atlas_search (atlas, "st etienne", 1);
  g_autoptr(GListModel) sables = coop_atlas_lookup_name (atlas, "Sables-d'Olonne (Les)");
  g_autoptr(CoopTerritory) ajaccio = coop_atlas_lookup (atlas, "2a004");
  g_autoptr(CoopTerritory) first = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (saint_pierre), ==, 9);
  g_assert_cmpuint (g_list_model_get_n_items (st_pierre), ==, 9);
  first = g_list_model_get_item (saint_pierre, 0);
  g_assert_cmpstr (coop_territory_get_code (first), ==, "97416");
  g_assert_cmpuint (g_list_model_get_n_items (voiron), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (nothing), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (sables), ==, 1);
  g_clear_object (&first);
  first = g_list_model_get_item (st_etienne, 0);
  g_assert_cmpstr (coop_territory_get_code (first), ==, "42218");
  g_assert_nonnull (ajaccio);
  g_assert_cmpstr (coop_territory_get_code (ajaccio), ==, "2A004");
}

/* The CA du Pays Voironnais between 2020 and 2026: its perimeter did not
 * change; its population did. */
static void
test_atlas_changes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(GListModel) changes = coop_atlas_list_changes (atlas, "243800984", 2020, &error);
  g_autoptr(GListModel) merged = NULL;
  g_autoptr(GListModel) refused = NULL;
  guint n_population = 0, n_members = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(CoopTerritoryChange) change = g_list_model_get_item (changes, i);

      if (coop_territory_change_get_kind (change) == COOP_CHANGE_KIND_POPULATION)
        n_population++;
      if (coop_territory_change_get_kind (change) == COOP_CHANGE_KIND_JOINED ||
          coop_territory_change_get_kind (change) == COOP_CHANGE_KIND_LEFT)
        n_members++;
      g_assert_cmpuint (coop_territory_change_get_year (change), ==, 2026);
    }
  g_assert_cmpuint (n_population, ==, 1);
  g_assert_cmpuint (n_members, ==, 0);

  /* A commune of 2020 that is gone: removed, and what it became. */
  merged = coop_atlas_list_changes (atlas, "14666", 2020, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (merged), >=, 1);

  refused = coop_atlas_list_changes (atlas, "243800984", 2018, &error);
  g_assert_null (refused);
  g_assert_error (error, COOP_ERROR, COOP_ERROR_NOT_FOUND);
}

static void
test_atlas_lookup_commune (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopTerritory) voiron = coop_atlas_lookup (atlas, "38563");
  g_autoptr(CoopTerritory) again = coop_atlas_lookup (atlas, "38563");
  g_autoptr(CoopTerritory) by_siren = coop_atlas_lookup_siren (atlas, "213805633");

  g_assert_nonnull (voiron);
  g_assert_true (voiron == again);
  g_assert_true (voiron == by_siren);
  g_assert_cmpstr (coop_territory_get_name (voiron), ==, "Voiron");
  g_assert_cmpint (coop_territory_get_kind (voiron), ==, COOP_TERRITORY_KIND_COMMUNE);
  g_assert_cmpstr (coop_territory_get_epci_code (voiron), ==, "243800984");
  g_assert_cmpstr (coop_territory_get_departement_code (voiron), ==, "38");
  g_assert_cmpstr (coop_territory_get_region_code (voiron), ==, "84");
  g_assert_null (coop_territory_get_ept_code (voiron));
  g_assert_cmpint (coop_territory_get_population_municipale (voiron), ==, 21847);
  g_assert_cmpuint (coop_territory_get_population_year (voiron), ==, 2023);
  g_assert_true (coop_territory_is_from_atlas (voiron));
  /* 10,000 inhabitants or more: urban by the default rule. */
  g_assert_cmpint (coop_territory_get_nature (voiron), ==, COOP_NATURE_URBAN);
  g_assert_true (coop_territory_get_nature_is_default (voiron));
}

/* Atlas territories are shared by every user of the atlas, in any thread:
 * only their nature may be set. */
static void
test_atlas_territories_read_only (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopTerritory) voiron = coop_atlas_lookup (atlas, "38563");

  g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*from_atlas*");
  coop_territory_set_name (voiron, "Elsewhere");
  g_test_assert_expected_messages ();
  g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*from_atlas*");
  coop_territory_set_population_municipale (voiron, 1);
  g_test_assert_expected_messages ();
  g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*from_atlas*");
  g_assert_false (coop_territory_add_member_code (voiron, "38185"));
  g_test_assert_expected_messages ();

  g_assert_cmpstr (coop_territory_get_name (voiron), ==, "Voiron");
  g_assert_cmpint (coop_territory_get_population_municipale (voiron), ==, 21847);
}

static void
test_atlas_lookup_epci (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopTerritory) epci = coop_atlas_lookup (atlas, "243800984");
  g_autoptr(CoopTerritory) voiron = coop_atlas_lookup (atlas, "38563");
  g_autoptr(GListModel) members = NULL;
  g_autoptr(CoopTerritory) first = NULL;

  g_assert_nonnull (epci);
  g_assert_cmpstr (coop_territory_get_name (epci), ==, "CA du Pays Voironnais");
  g_assert_cmpint (coop_territory_get_kind (epci), ==, COOP_TERRITORY_KIND_EPCI);
  g_assert_cmpint (coop_territory_get_epci_form (epci), ==, COOP_EPCI_FORM_CA);
  g_assert_cmpint (coop_territory_get_fiscal_regime (epci), ==, COOP_FISCAL_REGIME_FPU);

  members = coop_atlas_list_members (atlas, epci);
  g_assert_true (g_list_model_get_item_type (members) == COOP_TYPE_TERRITORY);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 31);
  g_assert_null (g_list_model_get_item (members, 31));

  /* Largest first: the ville-centre leads. */
  first = g_list_model_get_item (members, 0);
  g_assert_true (first == voiron);

  /* The EPCI counts members with the DGCL's figures, not the commune's. */
  g_assert_cmpint (coop_atlas_get_member_population (atlas, epci, voiron), ==, 21604);
  g_assert_cmpint (coop_atlas_get_population (atlas, epci), ==, 96688);
  g_assert_cmpint (coop_atlas_get_member_population (atlas, voiron, epci), ==, COOP_POPULATION_UNKNOWN);
}

static void
test_atlas_lookup_references (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopTerritory) vaucluse = coop_atlas_lookup (atlas, "84");
  g_autoptr(CoopTerritory) vaucluse_qualified = coop_atlas_lookup (atlas, "departement:84");
  g_autoptr(CoopTerritory) aura = coop_atlas_lookup (atlas, "region:84");
  g_autoptr(CoopTerritory) corse = coop_atlas_lookup (atlas, "departement:2A");
  g_autoptr(CoopTerritory) by_kind = coop_atlas_lookup_kind (atlas, COOP_TERRITORY_KIND_REGION, "84");
  g_autofree char *reference = coop_territory_dup_reference (aura);

  g_assert_cmpstr (coop_territory_get_name (vaucluse), ==, "Vaucluse");
  g_assert_true (vaucluse == vaucluse_qualified);
  g_assert_cmpstr (coop_territory_get_name (aura), ==, "Auvergne-Rhône-Alpes");
  g_assert_true (aura == by_kind);
  g_assert_cmpstr (reference, ==, "region:84");
  g_assert_cmpstr (coop_territory_get_name (corse), ==, "Corse-du-Sud");

  g_assert_null (coop_atlas_lookup (atlas, "99999"));
  g_assert_null (coop_atlas_lookup (atlas, ""));
  g_assert_null (coop_atlas_lookup (atlas, "planet:3"));
  g_assert_null (coop_atlas_lookup (atlas, "region:"));
  g_assert_null (coop_atlas_lookup (atlas, "a very long reference that is no code at all"));
  g_assert_null (coop_atlas_lookup_siren (atlas, "12345"));
  g_assert_null (coop_atlas_lookup_siren (atlas, "abcdefghi"));
}

static guint
count_matching (GListModel *list,
                const char *name)
{
  guint n = g_list_model_get_n_items (list);
  guint found = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopTerritory) territory = g_list_model_get_item (list, i);

      found += g_strcmp0 (coop_territory_get_name (territory), name) == 0;
    }

  return found;
}

static void
test_atlas_search (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(GListModel) voiron = coop_atlas_search (atlas, "VOIRON", 0);
  g_autoptr(GListModel) etienne = coop_atlas_search (atlas, "saint etienne", 2);
  g_autoptr(GListModel) accents = coop_atlas_search (atlas, "Saint-Étienne", 1);
  g_autoptr(GListModel) nothing = coop_atlas_search (atlas, "zzzzzz", 0);
  g_autoptr(GListModel) empty = coop_atlas_search (atlas, "  -- ", 0);
  g_autoptr(CoopTerritory) first = g_list_model_get_item (voiron, 0);
  g_autoptr(CoopTerritory) top = g_list_model_get_item (etienne, 0);
  g_autoptr(CoopTerritory) top_accents = g_list_model_get_item (accents, 0);

  /* The exact name first, then a word of another name. */
  g_assert_cmpstr (coop_territory_get_name (first), ==, "Voiron");
  g_assert_cmpuint (count_matching (voiron, "CA du Pays Voironnais"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (etienne), ==, 2);
  g_assert_cmpstr (coop_territory_get_name (top), ==, "Saint-Étienne");
  g_assert_true (top == top_accents);
  g_assert_cmpuint (g_list_model_get_n_items (nothing), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (empty), ==, 0);
}

static void
test_atlas_containers (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopTerritory) voiron = coop_atlas_lookup (atlas, "38563");
  g_autoptr(CoopTerritory) epci = coop_atlas_lookup (atlas, "243800984");
  g_autoptr(CoopTerritory) isere = coop_atlas_lookup (atlas, "departement:38");
  g_autoptr(GListModel) of_commune = coop_atlas_list_containers (atlas, voiron);
  g_autoptr(GListModel) of_epci = coop_atlas_list_containers (atlas, epci);
  g_autoptr(GListModel) of_isere = coop_atlas_list_containers (atlas, isere);
  g_autoptr(CoopTerritory) first = g_list_model_get_item (of_commune, 0);
  g_autoptr(CoopTerritory) region = g_list_model_get_item (of_isere, 0);

  g_assert_cmpuint (g_list_model_get_n_items (of_commune), ==, 3);
  g_assert_true (first == epci);
  g_assert_cmpuint (g_list_model_get_n_items (of_epci), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (of_isere), ==, 1);
  g_assert_cmpstr (coop_territory_get_code (region), ==, "84");
}

static void
test_atlas_epci_across_departements (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  GListModel *epcis = coop_atlas_list_territories (atlas, COOP_TERRITORY_KIND_EPCI);
  guint n = g_list_model_get_n_items (epcis);
  guint crossing = 0;

  /* Some EPCI cross départements: none of those is contained in one. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopTerritory) epci = g_list_model_get_item (epcis, i);
      g_autoptr(GListModel) communes = coop_atlas_list_communes (atlas, epci);
      g_autoptr(GListModel) containers = coop_atlas_list_containers (atlas, epci);
      g_autoptr(CoopTerritory) first = g_list_model_get_item (communes, 0);
      gboolean crosses = FALSE;

      for (guint c = 1; c < g_list_model_get_n_items (communes); c++)
        {
          g_autoptr(CoopTerritory) commune = g_list_model_get_item (communes, c);

          if (g_strcmp0 (coop_territory_get_departement_code (commune),
                         coop_territory_get_departement_code (first)) != 0)
            crosses = TRUE;
        }

      if (crosses)
        {
          crossing++;
          for (guint c = 0; c < g_list_model_get_n_items (containers); c++)
            {
              g_autoptr(CoopTerritory) container = g_list_model_get_item (containers, c);

              g_assert_cmpint (coop_territory_get_kind (container), !=, COOP_TERRITORY_KIND_DEPARTEMENT);
            }
        }
    }

  g_object_unref (epcis);
  g_assert_cmpuint (crossing, >, 0);
}

static void
test_atlas_overlap (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopTerritory) epci = coop_atlas_lookup (atlas, "243800984");
  g_autoptr(CoopTerritory) isere = coop_atlas_lookup (atlas, "departement:38");
  g_autoptr(CoopTerritory) ain = coop_atlas_lookup (atlas, "departement:01");
  g_autoptr(GListModel) inside = coop_atlas_list_overlap (atlas, epci, isere);
  g_autoptr(GListModel) outside = coop_atlas_list_overlap (atlas, epci, ain);

  g_assert_cmpuint (g_list_model_get_n_items (inside), ==, 31);
  g_assert_cmpuint (g_list_model_get_n_items (outside), ==, 0);
}

static void
test_atlas_populations_add_up (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopTerritory) aura = coop_atlas_lookup (atlas, "region:84");
  g_autoptr(GListModel) communes = coop_atlas_list_communes (atlas, aura);
  guint n = g_list_model_get_n_items (communes);
  gint64 total = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopTerritory) commune = g_list_model_get_item (communes, i);

      total += coop_territory_get_population_municipale (commune);
    }

  g_assert_cmpuint (n, >, 4000);
  g_assert_cmpint (coop_atlas_get_population (atlas, aura), ==, total);
}

static void
test_atlas_list_is_lazy_and_complete (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(GListModel) communes = coop_atlas_list_territories (atlas, COOP_TERRITORY_KIND_COMMUNE);
  g_autoptr(CoopTerritory) first = g_list_model_get_item (communes, 0);
  g_autoptr(CoopTerritory) last = g_list_model_get_item (communes, 34968);

  g_assert_cmpuint (g_list_model_get_n_items (communes), ==, 34969);
  g_assert_cmpstr (coop_territory_get_code (first), ==, "01001");
  g_assert_nonnull (last);
  g_assert_null (g_list_model_get_item (communes, 34969));
}

static void
assert_same_properties (CoopTerritory *a,
                        CoopTerritory *b)
{
  g_autofree GParamSpec **specs = NULL;
  guint n_specs;

  specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n_specs);
  for (guint i = 0; i < n_specs; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;

      if (!(specs[i]->flags & G_PARAM_READABLE))
        continue;

      g_value_init (&va, specs[i]->value_type);
      g_value_init (&vb, specs[i]->value_type);
      g_object_get_property (G_OBJECT (a), specs[i]->name, &va);
      g_object_get_property (G_OBJECT (b), specs[i]->name, &vb);

      if (G_VALUE_HOLDS_STRING (&va))
        g_assert_cmpstr (g_value_get_string (&va), ==, g_value_get_string (&vb));
      else if (G_VALUE_HOLDS (&va, G_TYPE_STRV))
        g_assert_true (g_strv_equal (g_value_get_boxed (&va) ? g_value_get_boxed (&va) : (const char *[]) { NULL },
                                     g_value_get_boxed (&vb) ? g_value_get_boxed (&vb) : (const char *[]) { NULL }));
      else if (G_VALUE_HOLDS (&va, G_TYPE_DATE_TIME))
        g_assert_true ((g_value_get_boxed (&va) == NULL) == (g_value_get_boxed (&vb) == NULL));
      else if (g_param_values_cmp (specs[i], &va, &vb) != 0)
        g_error ("%s: property “%s” differs between the compiled and the source atlas",
                 coop_territory_get_code (a), specs[i]->name);
    }
}

static void
assert_same_list (GListModel *a,
                  GListModel *b)
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(CoopTerritory) ta = g_list_model_get_item (a, i);
      g_autoptr(CoopTerritory) tb = g_list_model_get_item (b, i);

      g_assert_cmpint (coop_territory_get_kind (ta), ==, coop_territory_get_kind (tb));
      g_assert_cmpstr (coop_territory_get_code (ta), ==, coop_territory_get_code (tb));
    }
}

/* The compiled atlas installed with libcoop and the one compiled in memory
 * from the JSON sources of its latest millésime answer the same, on every
 * territory and field. (Compiling every millésime again here would take a
 * minute and a half on a busy machine; the time-aware merge is compared
 * with the sources, millésime by millésime, in /Coop/Atlas/millesimes.) */
static void
test_atlas_source_matches_compiled (void)
{
  g_autoptr(CoopAtlas) compiled = open_atlas ();
  g_autoptr(CoopAtlas) source = NULL;
  g_autoptr(GFile) directory = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("COOP_SOURCE_DIR"), "data", "france", "2026", NULL);
  guint n_territories = 0;
  guint n_memberships = 0;
  guint n_searches = 0;

  directory = g_file_new_for_path (path);
  source = coop_atlas_new_for_source (directory, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (coop_atlas_get_year (compiled), ==, coop_atlas_get_year (source));
  g_assert_cmpstr (coop_atlas_get_source (compiled), ==, coop_atlas_get_source (source));
  g_assert_cmpstr (coop_atlas_get_source_version (compiled), ==, coop_atlas_get_source_version (source));
  g_assert_cmpuint (coop_atlas_get_population_year (compiled), ==, coop_atlas_get_population_year (source));
  g_assert_cmpuint (coop_atlas_get_member_population_year (compiled), ==,
                    coop_atlas_get_member_population_year (source));

  for (guint kind = 0; kind <= COOP_TERRITORY_KIND_CUSTOM; kind++)
    {
      g_autoptr(GListModel) list_a = coop_atlas_list_territories (compiled, kind);
      g_autoptr(GListModel) list_b = coop_atlas_list_territories (source, kind);

      assert_same_list (list_a, list_b);

      for (guint i = 0; i < g_list_model_get_n_items (list_a); i++)
        {
          g_autoptr(CoopTerritory) ta = g_list_model_get_item (list_a, i);
          g_autoptr(CoopTerritory) tb = g_list_model_get_item (list_b, i);
          g_autoptr(GListModel) members_a = coop_atlas_list_members (compiled, ta);
          g_autoptr(GListModel) members_b = coop_atlas_list_members (source, tb);
          g_autoptr(GListModel) containers_a = coop_atlas_list_containers (compiled, ta);
          g_autoptr(GListModel) containers_b = coop_atlas_list_containers (source, tb);
          const char *name = coop_territory_get_name (ta);

          assert_same_properties (ta, tb);
          assert_same_list (members_a, members_b);
          assert_same_list (containers_a, containers_b);
          g_assert_cmpint (coop_atlas_get_population (compiled, ta), ==, coop_atlas_get_population (source, tb));
          for (guint m = 0; m < g_list_model_get_n_items (members_a); m++)
            {
              g_autoptr(CoopTerritory) ma = g_list_model_get_item (members_a, m);
              g_autoptr(CoopTerritory) mb = g_list_model_get_item (members_b, m);

              g_assert_cmpint (coop_atlas_get_member_population (compiled, ta, ma), ==,
                               coop_atlas_get_member_population (source, tb, mb));
            }
          n_memberships += g_list_model_get_n_items (members_a);
          n_territories++;

          if (coop_territory_get_siren (ta) != NULL)
            {
              g_autoptr(CoopTerritory) sa = coop_atlas_lookup_siren (compiled, coop_territory_get_siren (ta));
              g_autoptr(CoopTerritory) sb = coop_atlas_lookup_siren (source, coop_territory_get_siren (ta));

              g_assert_cmpstr (coop_territory_get_code (sa), ==, coop_territory_get_code (sb));
            }

          /* The name index, on a sample of names and of their first letters. */
          if (i % 97 == 0)
            {
              g_autofree char *prefix = g_utf8_substring (name, 0, MIN (g_utf8_strlen (name, -1), 4));
              g_autoptr(GListModel) found_a = coop_atlas_search (compiled, name, 0);
              g_autoptr(GListModel) found_b = coop_atlas_search (source, name, 0);
              g_autoptr(GListModel) prefix_a = coop_atlas_search (compiled, prefix, 0);
              g_autoptr(GListModel) prefix_b = coop_atlas_search (source, prefix, 0);

              g_assert_cmpuint (g_list_model_get_n_items (found_a), >, 0);
              assert_same_list (found_a, found_b);
              assert_same_list (prefix_a, prefix_b);
              n_searches += 2;
            }
        }
    }

  g_test_message ("%u territories, %u memberships and %u searches compared", n_territories, n_memberships,
                  n_searches);
  g_assert_cmpuint (n_memberships, >, 34000);
}

static void
test_atlas_refuses_damaged_files (void)
{
  const char *atlas_path = g_getenv ("COOP_ATLAS");
  g_autofree char *contents = NULL;
  g_autofree char *dir = NULL;
  gsize length;
  struct {
    const char *name;
    gsize       keep;      /* bytes kept, 0 for all */
    gsize       flip_at;   /* byte to change, 0 for none */
    int         code;
  } cases[] = {
    { "empty", 1, 0, COOP_ERROR_CORRUPT_ATLAS },
    { "header-only", 24, 0, COOP_ERROR_CORRUPT_ATLAS },
    { "truncated", 4096, 0, COOP_ERROR_CORRUPT_ATLAS },
    { "bad-magic", 0, 1, COOP_ERROR_CORRUPT_ATLAS },
    { "bad-version", 0, 8, COOP_ERROR_UNSUPPORTED_VERSION },
    { "bad-byte-order", 0, 13, COOP_ERROR_CORRUPT_ATLAS },
  };

  g_assert_true (g_file_get_contents (atlas_path, &contents, &length, NULL));
  dir = g_dir_make_tmp ("coop-atlas-XXXXXX", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, cases[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(CoopAtlas) atlas = NULL;
      g_autofree char *copy = g_memdup2 (contents, length);
      gsize size = cases[i].keep > 0 ? cases[i].keep - (cases[i].keep == 1) : length;

      if (cases[i].flip_at > 0)
        copy[cases[i].flip_at] ^= 0x5a;
      g_assert_true (g_file_set_contents (path, copy, size, NULL));

      atlas = coop_atlas_new_for_file (file, NULL, &error);
      g_assert_error (error, COOP_ERROR, cases[i].code);
      g_assert_null (atlas);
      g_assert_nonnull (strstr (error->message, path));
      g_unlink (path);
    }

  g_rmdir (dir);
}

static void
test_atlas_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/france.atlas");
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = coop_atlas_new_for_file (file, NULL, &error);

  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_null (atlas);
}

static void
on_atlas_opened (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  CoopAtlas **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = coop_atlas_new_for_file_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_atlas_async (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("COOP_ATLAS"));
  CoopAtlas *atlas = NULL;
  g_autoptr(CoopTerritory) voiron = NULL;

  coop_atlas_new_for_file_async (file, NULL, on_atlas_opened, &atlas);
  while (atlas == NULL)
    g_main_context_iteration (NULL, TRUE);

  voiron = coop_atlas_lookup (atlas, "38563");
  g_assert_cmpstr (coop_territory_get_name (voiron), ==, "Voiron");
  g_clear_object (&voiron);
  g_assert_finalize_object (atlas);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Coop/Atlas/counts", test_atlas_counts);
  g_test_add_func ("/Coop/Atlas/millesimes", test_atlas_millesimes);
  g_test_add_func ("/Coop/Atlas/millesimes/refused", test_atlas_millesime_refused);
  g_test_add_func ("/Coop/Atlas/millesimes/2020-perimeter", test_atlas_2020_perimeter);
  g_test_add_func ("/Coop/Atlas/parts-of-communes", test_atlas_parts_of_communes);
  g_test_add_func ("/Coop/Atlas/overseas", test_atlas_overseas);
  g_test_add_func ("/Coop/Atlas/former-codes", test_atlas_former_codes);
  g_test_add_func ("/Coop/Atlas/former-codes/dated", test_atlas_former_code_dated);
  g_test_add_func ("/Coop/Atlas/names/ambiguous", test_atlas_ambiguous_names);
  g_test_add_func ("/Coop/Atlas/changes", test_atlas_changes);
  g_test_add_func ("/Coop/Atlas/lookup/commune", test_atlas_lookup_commune);
  g_test_add_func ("/Coop/Atlas/lookup/epci", test_atlas_lookup_epci);
  g_test_add_func ("/Coop/Atlas/read-only", test_atlas_territories_read_only);
  g_test_add_func ("/Coop/Atlas/lookup/references", test_atlas_lookup_references);
  g_test_add_func ("/Coop/Atlas/search", test_atlas_search);
  g_test_add_func ("/Coop/Atlas/containers", test_atlas_containers);
  g_test_add_func ("/Coop/Atlas/containers/across-departements", test_atlas_epci_across_departements);
  g_test_add_func ("/Coop/Atlas/overlap", test_atlas_overlap);
  g_test_add_func ("/Coop/Atlas/populations-add-up", test_atlas_populations_add_up);
  g_test_add_func ("/Coop/Atlas/list", test_atlas_list_is_lazy_and_complete);
  g_test_add_func ("/Coop/Atlas/source-matches-compiled", test_atlas_source_matches_compiled);
  g_test_add_func ("/Coop/Atlas/damaged", test_atlas_refuses_damaged_files);
  g_test_add_func ("/Coop/Atlas/missing", test_atlas_missing_file);
  g_test_add_func ("/Coop/Atlas/async", test_atlas_async);

  return g_test_run ();
}
