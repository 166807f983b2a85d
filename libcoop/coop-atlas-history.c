/* coop-atlas-history.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-atlas-private.h"
#include "coop-error.h"
#include "coop-i18n-private.h"
#include "coop-territory-change-private.h"
#include "coop-text-private.h"

/*
 * What the atlas knows across millésimes: names that match several
 * territories, former codes and the changes of a territory between two
 * millésimes. Every millésime of a file shares its identities, so a
 * territory has the same index in each and two millésimes compare index
 * by index.
 */

static int
population_cmp (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  CoopAtlasData *data = user_data;
  CoopAtlasEntry ea, eb;

  _coop_atlas_data_get_entry (data, *(const guint32 *)a, &ea);
  _coop_atlas_data_get_entry (data, *(const guint32 *)b, &eb);
  if (ea.population_municipale != eb.population_municipale)
    return ea.population_municipale > eb.population_municipale ? -1 : 1;
  return *(const guint32 *)a < *(const guint32 *)b ? -1 : 1;
}

/**
 * coop_atlas_lookup_name:
 * @self: an atlas
 * @name: a name, written as a user would (case, accents, hyphens and the
 *   usual abbreviations do not matter)
 *
 * Finds every territory of the millésime whose whole name is @name. Names
 * are not unique (nine communes are called Saint-Pierre): a caller must
 * not take the first without saying so. `st pierre`, `Sainte-Foy`, and
 * `Sables-d'Olonne (Les)` are understood as written in full.
 *
 * Returns: (transfer full): a list model of [class@Coop.Territory], the
 *   most populous first; empty when no name matches
 *
 * Since: 1.0
 */
GListModel *
coop_atlas_lookup_name (CoopAtlas  *self,
                        const char *name)
{
  CoopAtlasData *data;
  g_autofree char *key = NULL;
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GArray) indexes = NULL;

  g_return_val_if_fail (COOP_IS_ATLAS (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  data = _coop_atlas_get_data (self);
  key = _coop_text_normalise_query (name);
  matches = g_array_new (FALSE, FALSE, sizeof (CoopAtlasNameMatch));
  indexes = g_array_new (FALSE, FALSE, sizeof (guint32));
  _coop_atlas_data_search_names (data, key, matches);

  for (guint i = 0; i < matches->len; i++)
    {
      CoopAtlasNameMatch *match = &g_array_index (matches, CoopAtlasNameMatch, i);

      if (match->exact)
        g_array_append_val (indexes, match->territory);
    }
  _coop_atlas_sort_unique (indexes);
  g_array_sort_with_data (indexes, population_cmp, data);

  return _coop_atlas_list_new (self, indexes);
}

/**
 * coop_atlas_list_successors:
 * @self: an atlas
 * @code: a code that the millésime may no longer hold
 *
 * Tells what a former code became in this millésime: the commune nouvelle
 * a commune merged into (from the source's former codes and from the
 * codes of earlier millésimes), the EPCI an EPCI merged into. A code split
 * between several territories gives one change for each.
 *
 * A code the millésime still holds has no successor.
 *
 * Returns: (transfer full): a list model of [class@Coop.TerritoryChange] of
 *   kind %COOP_CHANGE_KIND_BECAME_PART_OF, each naming the successor as its
 *   territory
 *
 * Since: 1.0
 */
GListModel *
coop_atlas_list_successors (CoopAtlas  *self,
                            const char *code)
{
  GListStore *store;
  g_autoptr(GArray) matches = NULL;

  g_return_val_if_fail (COOP_IS_ATLAS (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  store = g_list_store_new (COOP_TYPE_TERRITORY_CHANGE);
  matches = g_array_new (FALSE, FALSE, sizeof (CoopAtlasFormerMatch));
  _coop_atlas_data_find_former (_coop_atlas_get_data (self), code, matches);

  for (guint i = 0; i < matches->len; i++)
    {
      CoopAtlasFormerMatch *match = &g_array_index (matches, CoopAtlasFormerMatch, i);
      g_autoptr(CoopTerritory) successor = _coop_atlas_dup_territory_at (self, match->successor);
      g_autoptr(CoopTerritoryChange) change = NULL;
      g_autofree char *upper = g_ascii_strup (code, -1);

      change = _coop_territory_change_new (COOP_CHANGE_KIND_BECAME_PART_OF, upper, match->year,
                                           successor, NULL, NULL);
      g_list_store_append (store, change);
    }

  return G_LIST_MODEL (store);
}

static void
add_change (GListStore     *store,
            CoopChangeKind  kind,
            const char     *code,
            guint           year,
            CoopTerritory  *territory,
            const char     *old_value,
            const char     *new_value)
{
  g_autoptr(CoopTerritoryChange) change = _coop_territory_change_new (kind, code, year, territory,
                                                                      old_value, new_value);

  g_list_store_append (store, change);
}

static GArray *
member_indexes (CoopAtlasData *data,
                guint32        index)
{
  GArray *indexes = g_array_new (FALSE, FALSE, sizeof (guint32));
  const CoopAtlasMembership *memberships;
  guint n_memberships;

  memberships = _coop_atlas_data_get_memberships (data, index, &n_memberships);
  for (guint i = 0; i < n_memberships; i++)
    g_array_append_val (indexes, memberships[i].member);
  _coop_atlas_sort_unique (indexes);

  return indexes;
}

/* Members of @from's perimeter missing from @to's, as changes of @kind. */
static void
add_member_changes (GListStore     *store,
                    CoopAtlas      *source,
                    GArray         *from,
                    GArray         *to,
                    CoopChangeKind  kind,
                    const char     *code,
                    guint           year)
{
  guint j = 0;

  for (guint i = 0; i < from->len; i++)
    {
      guint32 member = g_array_index (from, guint32, i);

      while (j < to->len && g_array_index (to, guint32, j) < member)
        j++;
      if (j < to->len && g_array_index (to, guint32, j) == member)
        continue;
      if (member < _coop_atlas_data_get_n_territories (_coop_atlas_get_data (source)))
        {
          g_autoptr(CoopTerritory) territory = _coop_atlas_dup_territory_at (source, member);

          add_change (store, kind, code, year, territory, NULL, NULL);
        }
    }
}

/**
 * coop_atlas_list_changes:
 * @self: an atlas
 * @reference: a territory's reference, as [method@Coop.Atlas.lookup] takes
 *   it, in either millésime
 * @year: another millésime of @self's file
 * @error: return location for an error
 *
 * Tells what changed for a territory between millésime @year and
 * @self's, in the order of time whichever is older: whether it appeared,
 * disappeared (and what it became part of), was renamed, changed
 * population; for an EPCI or another perimeter, the communes that joined
 * and left; for a commune, the EPCI it joined and left.
 *
 * Returns: (transfer full): a list model of [class@Coop.TerritoryChange],
 *   empty when nothing changed, or %NULL with @error set when @year is not
 *   held or @reference names no territory in either millésime
 *
 * Since: 1.0
 */
GListModel *
coop_atlas_list_changes (CoopAtlas   *self,
                         const char  *reference,
                         guint        year,
                         GError     **error)
{
  g_autoptr(CoopAtlas) other = NULL;
  g_autoptr(GListStore) store = NULL;
  CoopAtlas *before, *after;
  CoopAtlasData *before_data, *after_data;
  CoopAtlasEntry then, now;
  guint32 index;
  guint when;

  g_return_val_if_fail (COOP_IS_ATLAS (self), NULL);
  g_return_val_if_fail (reference != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  other = coop_atlas_open_year (self, year, error);
  if (other == NULL)
    return NULL;

  before = coop_atlas_get_year (other) <= coop_atlas_get_year (self) ? other : self;
  after = before == self ? other : self;
  before_data = _coop_atlas_get_data (before);
  after_data = _coop_atlas_get_data (after);
  when = coop_atlas_get_year (after);

  index = _coop_atlas_resolve_reference (after, reference);
  if (index == COOP_ATLAS_NO_INDEX)
    index = _coop_atlas_resolve_reference (before, reference);
  if (index == COOP_ATLAS_NO_INDEX)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_NOT_FOUND,
                   _("“%s” names no territory in millésime %u or %u"), reference,
                   coop_atlas_get_year (before), coop_atlas_get_year (after));
      return NULL;
    }

  store = g_list_store_new (COOP_TYPE_TERRITORY_CHANGE);
  _coop_atlas_data_get_entry (before_data, index, &then);
  _coop_atlas_data_get_entry (after_data, index, &now);

  if (then.present && !now.present)
    {
      g_autoptr(GListModel) successors = coop_atlas_list_successors (after, then.code);

      add_change (store, COOP_CHANGE_KIND_REMOVED, then.code, when, NULL, NULL, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (successors); i++)
        {
          g_autoptr(CoopTerritoryChange) change = g_list_model_get_item (successors, i);

          g_list_store_append (store, change);
        }
      return G_LIST_MODEL (g_steal_pointer (&store));
    }

  if (!then.present)
    {
      add_change (store, COOP_CHANGE_KIND_CREATED, now.code, when, NULL, NULL, NULL);
      return G_LIST_MODEL (g_steal_pointer (&store));
    }

  if (g_strcmp0 (then.name, now.name) != 0)
    add_change (store, COOP_CHANGE_KIND_RENAMED, now.code, when, NULL, then.name, now.name);

  if (then.population_municipale != now.population_municipale)
    {
      g_autofree char *old_value = g_strdup_printf ("%" G_GINT64_FORMAT, then.population_municipale);
      g_autofree char *new_value = g_strdup_printf ("%" G_GINT64_FORMAT, now.population_municipale);

      add_change (store, COOP_CHANGE_KIND_POPULATION, now.code, when, NULL, old_value, new_value);
    }

  if (now.kind == COOP_TERRITORY_KIND_COMMUNE && then.epci != now.epci)
    {
      if (then.epci != COOP_ATLAS_NO_INDEX)
        {
          g_autoptr(CoopTerritory) left = _coop_atlas_dup_territory_at (before, then.epci);

          add_change (store, COOP_CHANGE_KIND_LEFT, now.code, when, left, NULL, NULL);
        }
      if (now.epci != COOP_ATLAS_NO_INDEX)
        {
          g_autoptr(CoopTerritory) joined = _coop_atlas_dup_territory_at (after, now.epci);

          add_change (store, COOP_CHANGE_KIND_JOINED, now.code, when, joined, NULL, NULL);
        }
    }
  else if (now.kind != COOP_TERRITORY_KIND_COMMUNE)
    {
      g_autoptr(GArray) members_then = member_indexes (before_data, index);
      g_autoptr(GArray) members_now = member_indexes (after_data, index);

      add_member_changes (store, after, members_now, members_then, COOP_CHANGE_KIND_JOINED, now.code, when);
      add_member_changes (store, before, members_then, members_now, COOP_CHANGE_KIND_LEFT, now.code, when);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}
