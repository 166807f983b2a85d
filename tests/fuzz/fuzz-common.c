/* fuzz-common.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "fuzz-common.h"

/* Enough to reach every table of a small atlas, bounded so that one input
 * stays fast on the whole of France. */
#define MAX_PER_KIND 48
#define MAX_ITEMS 48

static void
walk_list (CoopAtlas     *atlas,
           CoopTerritory *perimeter,
           GListModel    *list)
{
  guint n = MIN (g_list_model_get_n_items (list), MAX_ITEMS);

  g_assert (g_list_model_get_item_type (list) == COOP_TYPE_TERRITORY);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopTerritory) item = g_list_model_get_item (list, i);

      g_assert (item != NULL);
      if (perimeter != NULL)
        (void)coop_atlas_get_member_population (atlas, perimeter, item);
      (void)coop_territory_get_name (item);
    }
}

void
fuzz_exercise_atlas (CoopAtlas *atlas)
{
  g_autoptr(CoopTerritory) by_siren = NULL;
  g_autoptr(GListModel) everything = NULL;

  (void)coop_atlas_get_source (atlas);
  (void)coop_atlas_get_source_version (atlas);
  (void)coop_atlas_get_population_year (atlas);
  (void)coop_atlas_get_member_population_year (atlas);
  (void)coop_atlas_get_year (atlas);

  for (guint kind = 0; kind <= COOP_TERRITORY_KIND_CUSTOM; kind++)
    {
      g_autoptr(GListModel) list = coop_atlas_list_territories (atlas, kind);
      guint n = MIN (g_list_model_get_n_items (list), MAX_PER_KIND);

      g_assert (coop_atlas_count (atlas, kind) == g_list_model_get_n_items (list));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CoopTerritory) territory = g_list_model_get_item (list, i);
          g_autoptr(CoopTerritory) again = NULL;
          g_autoptr(CoopTerritory) by_reference = NULL;
          g_autoptr(GListModel) members = NULL;
          g_autoptr(GListModel) communes = NULL;
          g_autoptr(GListModel) containers = NULL;
          g_autoptr(GListModel) overlap = NULL;
          g_autoptr(GListModel) found = NULL;
          const char *code = coop_territory_get_code (territory);
          const char *name = coop_territory_get_name (territory);

          if (code != NULL)
            {
              again = coop_atlas_lookup_kind (atlas, kind, code);
              by_reference = coop_atlas_lookup (atlas, code);
            }
          if (coop_territory_get_siren (territory) != NULL)
            {
              g_autoptr(CoopTerritory) siren = coop_atlas_lookup_siren (atlas, coop_territory_get_siren (territory));
            }

          members = coop_atlas_list_members (atlas, territory);
          walk_list (atlas, territory, members);
          communes = coop_atlas_list_communes (atlas, territory);
          walk_list (atlas, NULL, communes);
          containers = coop_atlas_list_containers (atlas, territory);
          walk_list (atlas, NULL, containers);
          if (by_reference != NULL)
            {
              overlap = coop_atlas_list_overlap (atlas, territory, by_reference);
              walk_list (atlas, NULL, overlap);
            }
          (void)coop_atlas_get_population (atlas, territory);
          (void)coop_territory_get_epci_code (territory);
          (void)coop_territory_get_departement_code (territory);
          (void)coop_territory_get_parent_code (territory);

          if (code != NULL && i < 4)
            {
              g_autoptr(GListModel) successors = coop_atlas_list_successors (atlas, code);
              g_autoptr(GListModel) changes = NULL;
              g_autoptr(GError) error = NULL;
              guint n_years;
              g_autofree guint *years = coop_atlas_get_years (atlas, &n_years);

              g_assert (n_years > 0);
              changes = coop_atlas_list_changes (atlas, code, years[0], &error);
              g_assert ((changes == NULL) == (error != NULL));
              for (guint c = 0; changes != NULL && c < g_list_model_get_n_items (changes); c++)
                {
                  g_autoptr(CoopTerritoryChange) change = g_list_model_get_item (changes, c);
                  g_autofree char *description = coop_territory_change_dup_description (change);
                }
              for (guint c = 0; c < g_list_model_get_n_items (successors); c++)
                {
                  g_autoptr(CoopTerritoryChange) change = g_list_model_get_item (successors, c);
                  g_autofree char *description = coop_territory_change_dup_description (change);
                }
            }

          if (name != NULL && name[0] != '\0')
            {
              g_autoptr(GListModel) named = coop_atlas_lookup_name (atlas, name);

              found = coop_atlas_search (atlas, name, 8);
              walk_list (atlas, NULL, found);
              walk_list (atlas, NULL, named);
            }
        }
    }

  everything = coop_atlas_search (atlas, "a", 0);
  walk_list (atlas, NULL, everything);
  by_siren = coop_atlas_lookup_siren (atlas, "243800984");
}

const char *
fuzz_france_atlas_path (void)
{
  const char *path = g_getenv ("COOP_ATLAS");

  return path != NULL ? path : FUZZ_FRANCE_ATLAS;
}

const char *
fuzz_tiny_source_dir (void)
{
  const char *path = g_getenv ("COOP_FUZZ_SOURCE_DIR");

  return path != NULL ? path : FUZZ_TINY_SOURCE_DIR;
}
