/* coop-territory-populations.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "coop-territory-private.h"
#include "coop-util-private.h"

/* The populations municipales a user gives to the communes of a territory
 * of project: a past year's figures, or those of a commune the atlas has
 * not caught up with. The seat rules of a proposed EPCI read them before
 * the atlas's (coop-seat-allocation-model.c). */

/**
 * coop_territory_get_member_population:
 * @self: a territory
 * @commune: the INSEE code of a commune of @self's perimeter
 *
 * Gets the population municipale given to @commune in @self (the
 * `member-populations` of a model document).
 *
 * Returns: the population, or %COOP_POPULATION_UNKNOWN when none is given
 *
 * Since: 1.0
 */
gint64
coop_territory_get_member_population (CoopTerritory *self,
                                      const char    *commune)
{
  GHashTable *populations;
  gint64 *population;

  g_return_val_if_fail (COOP_IS_TERRITORY (self), COOP_POPULATION_UNKNOWN);
  g_return_val_if_fail (commune != NULL, COOP_POPULATION_UNKNOWN);

  populations = _coop_territory_get_member_populations (self, FALSE);
  if (populations == NULL || (population = g_hash_table_lookup (populations, commune)) == NULL)
    return COOP_POPULATION_UNKNOWN;
  return *population;
}

/**
 * coop_territory_set_member_population:
 * @self: a territory of a model
 * @commune: the INSEE code of a commune of @self's perimeter, not empty
 * @population: its population municipale, from 0 to 2,147,483,647 as in a
 *   document, or %COOP_POPULATION_UNKNOWN to remove it
 *
 * Gives @commune a population municipale in @self, which the seats of
 * @self's perimeter ([ctor@Coop.SeatAllocation.new_for_model]) count
 * instead of the atlas's: to recompute a council from the populations of
 * its year, or to count a commune the atlas does not know. Say the census
 * year with [method@Coop.Territory.set_member_population_year].
 *
 * Whether @commune belongs to the perimeter is checked by
 * [method@Coop.Model.validate] (`member-population-outside`), as the
 * perimeter may be built in any order.
 *
 * Since: 1.0
 */
void
coop_territory_set_member_population (CoopTerritory *self,
                                      const char    *commune,
                                      gint64         population)
{
  GHashTable *populations;

  g_return_if_fail (COOP_IS_TERRITORY (self));
  g_return_if_fail (!coop_territory_is_from_atlas (self));
  g_return_if_fail (commune != NULL && commune[0] != '\0');
  g_return_if_fail (_coop_text_is_valid (commune));
  g_return_if_fail (population >= COOP_POPULATION_UNKNOWN);
  g_return_if_fail (population <= G_MAXINT32);

  if (population == COOP_POPULATION_UNKNOWN)
    {
      populations = _coop_territory_get_member_populations (self, FALSE);
      if (populations != NULL)
        g_hash_table_remove (populations, commune);
      return;
    }

  populations = _coop_territory_get_member_populations (self, TRUE);
  g_hash_table_replace (populations, g_strdup (commune), g_memdup2 (&population, sizeof population));
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/**
 * coop_territory_dup_member_population_codes:
 * @self: a territory
 *
 * Lists the communes given a population municipale in @self (see
 * [method@Coop.Territory.set_member_population]).
 *
 * Returns: (transfer full) (array zero-terminated=1): their INSEE codes,
 *   sorted, empty when none
 *
 * Since: 1.0
 */
char **
coop_territory_dup_member_population_codes (CoopTerritory *self)
{
  GHashTable *populations;
  GPtrArray *codes;
  GHashTableIter iter;
  gpointer code;

  g_return_val_if_fail (COOP_IS_TERRITORY (self), NULL);

  codes = g_ptr_array_new_null_terminated (0, NULL, TRUE);
  populations = _coop_territory_get_member_populations (self, FALSE);
  if (populations != NULL)
    {
      g_hash_table_iter_init (&iter, populations);
      while (g_hash_table_iter_next (&iter, &code, NULL))
        g_ptr_array_add (codes, g_strdup (code));
    }
  g_ptr_array_sort (codes, compare_codes);

  return (char **)g_ptr_array_free (codes, FALSE);
}
