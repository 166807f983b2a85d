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
  g_assert_cmpuint (coop_atlas_count (atlas, COOP_TERRITORY_KIND_DEPARTEMENT), ==, 109);
  g_assert_cmpuint (coop_atlas_count (atlas, COOP_TERRITORY_KIND_REGION), ==, 26);
  g_assert_cmpuint (coop_atlas_count (atlas, COOP_TERRITORY_KIND_PNR), ==, 0);
  g_assert_cmpstr (coop_atlas_get_source (atlas), ==, "@etalab/decoupage-administratif");
  g_assert_cmpstr (coop_atlas_get_source_version (atlas), ==, "6.0.0");
  g_assert_cmpuint (coop_atlas_get_population_year (atlas), ==, 2023);
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
 * from the JSON sources answer the same, on every territory and field. */
static void
test_atlas_source_matches_compiled (void)
{
  g_autoptr(CoopAtlas) compiled = open_atlas ();
  g_autoptr(CoopAtlas) source = NULL;
  g_autoptr(GFile) directory = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("COOP_SOURCE_DIR"), "data", "france", NULL);
  CoopAtlasData *a, *b;
  guint n;
  guint n_memberships = 0;
  guint n_searches = 0;

  directory = g_file_new_for_path (path);
  source = coop_atlas_new_for_source (directory, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (coop_atlas_get_source (compiled), ==, coop_atlas_get_source (source));
  g_assert_cmpstr (coop_atlas_get_source_version (compiled), ==, coop_atlas_get_source_version (source));
  g_assert_cmpuint (coop_atlas_get_population_year (compiled), ==, coop_atlas_get_population_year (source));

  a = _coop_atlas_get_data (compiled);
  b = _coop_atlas_get_data (source);
  n = _coop_atlas_data_get_n_territories (a);
  g_assert_cmpuint (n, ==, _coop_atlas_data_get_n_territories (b));

  for (guint kind = 0; kind <= COOP_TERRITORY_KIND_CUSTOM; kind++)
    g_assert_cmpuint (coop_atlas_count (compiled, kind), ==, coop_atlas_count (source, kind));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopTerritory) ta = _coop_atlas_dup_territory_at (compiled, i);
      g_autoptr(CoopTerritory) tb = NULL;
      g_autoptr(GListModel) members_a = NULL;
      g_autoptr(GListModel) members_b = NULL;
      const CoopAtlasMembership *ma, *mb;
      CoopAtlasEntry ea, eb;
      guint na, nb;

      _coop_atlas_data_get_entry (a, i, &ea);
      _coop_atlas_data_get_entry (b, i, &eb);
      g_assert_cmpstr (ea.code, ==, eb.code);
      g_assert_cmpstr (ea.name, ==, eb.name);
      g_assert_cmpstr (ea.siren, ==, eb.siren);
      g_assert_cmpint (ea.kind, ==, eb.kind);
      g_assert_cmpint (ea.epci_form, ==, eb.epci_form);
      g_assert_cmpint (ea.fiscal_regime, ==, eb.fiscal_regime);
      g_assert_cmpint (ea.nature, ==, eb.nature);
      g_assert_cmpint (ea.population_municipale, ==, eb.population_municipale);
      g_assert_cmpint (ea.population_totale, ==, eb.population_totale);
      g_assert_cmpuint (ea.population_year, ==, eb.population_year);
      g_assert_cmpuint (ea.departement, ==, eb.departement);
      g_assert_cmpuint (ea.region, ==, eb.region);
      g_assert_cmpuint (ea.epci, ==, eb.epci);
      g_assert_cmpuint (ea.ept, ==, eb.ept);
      g_assert_cmpuint (ea.members_count, ==, eb.members_count);

      ma = _coop_atlas_data_get_memberships (a, i, &na);
      mb = _coop_atlas_data_get_memberships (b, i, &nb);
      g_assert_cmpuint (na, ==, nb);
      for (guint m = 0; m < na; m++)
        {
          g_assert_cmpuint (ma[m].member, ==, mb[m].member);
          g_assert_cmpint (ma[m].population_municipale, ==, mb[m].population_municipale);
          g_assert_cmpint (ma[m].population_totale, ==, mb[m].population_totale);
        }
      n_memberships += na;

      /* The public objects, property by property, found by code and SIREN. */
      tb = coop_atlas_lookup_kind (source, coop_territory_get_kind (ta), coop_territory_get_code (ta));
      g_assert_nonnull (tb);
      assert_same_properties (ta, tb);
      if (coop_territory_get_siren (ta) != NULL)
        {
          g_autoptr(CoopTerritory) sa = coop_atlas_lookup_siren (compiled, coop_territory_get_siren (ta));
          g_autoptr(CoopTerritory) sb = coop_atlas_lookup_siren (source, coop_territory_get_siren (ta));

          g_assert_true (sa == ta);
          g_assert_cmpstr (coop_territory_get_code (sa), ==, coop_territory_get_code (sb));
        }

      members_a = coop_atlas_list_members (compiled, ta);
      members_b = coop_atlas_list_members (source, tb);
      assert_same_list (members_a, members_b);

      /* The name index, on a sample of names and of their first letters. */
      if (i % 97 == 0)
        {
          g_autofree char *prefix = g_utf8_substring (ea.name, 0, MIN (g_utf8_strlen (ea.name, -1), 4));
          g_autoptr(GListModel) found_a = coop_atlas_search (compiled, ea.name, 0);
          g_autoptr(GListModel) found_b = coop_atlas_search (source, ea.name, 0);
          g_autoptr(GListModel) prefix_a = coop_atlas_search (compiled, prefix, 0);
          g_autoptr(GListModel) prefix_b = coop_atlas_search (source, prefix, 0);

          g_assert_cmpuint (g_list_model_get_n_items (found_a), >, 0);
          assert_same_list (found_a, found_b);
          assert_same_list (prefix_a, prefix_b);
          n_searches += 2;
        }
    }

  g_test_message ("%u territories, %u memberships and %u searches compared", n, n_memberships, n_searches);
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
