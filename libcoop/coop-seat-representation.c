/* coop-seat-representation.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-error.h"
#include "coop-seat-allocation-private.h"
#include "coop-seat-private.h"

/* What an allocation says about representation: one commune's share, the
 * explanation, the urban/rural balance and the distribution. */

/**
 * coop_seat_allocation_lookup_share:
 * @self: an allocation
 * @code: the INSEE code of a member commune
 *
 * Finds the seats of one commune.
 *
 * Returns: (transfer none) (nullable): the commune's share, or %NULL when
 *   @code is not a member
 *
 * Since: 1.0
 */
CoopSeatShare *
coop_seat_allocation_lookup_share (CoopSeatAllocation *self,
                                   const char         *code)
{
  GListModel *shares;

  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  shares = coop_seat_allocation_get_shares (self);
  for (guint i = 0; i < g_list_model_get_n_items (shares); i++)
    {
      g_autoptr(CoopSeatShare) share = g_list_model_get_item (shares, i);

      /* The list holds a reference, so the share outlives this one. */
      if (g_strcmp0 (coop_seat_share_get_code (share), code) == 0)
        return share;
    }
  return NULL;
}

/**
 * coop_seat_allocation_dup_explanation:
 * @self: an allocation
 * @language: (nullable): a language such as `fr` or `en`, or %NULL for
 *   the one in effect (the process locale's)
 *
 * Gets the steps of [property@Coop.SeatAllocation:steps] as text, one
 * line per step, each starting with its paragraph of CGCT L5211-6-1, in
 * @language whatever the process locale ([func@Coop.language_is_available]
 * says which languages libcoop has).
 *
 * Returns: (transfer full): the explanation
 *
 * Since: 1.0
 */
char *
coop_seat_allocation_dup_explanation (CoopSeatAllocation *self,
                                      const char         *language)
{
  GString *text;

  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), NULL);

  text = g_string_new (NULL);
  for (guint i = 0; i < g_list_model_get_n_items (coop_seat_allocation_get_steps (self)); i++)
    {
      g_autoptr(CoopSeatStep) step = g_list_model_get_item (coop_seat_allocation_get_steps (self), i);

      g_string_append_printf (text, "L5211-6-1 %s — %s\n", coop_seat_step_get_paragraph (step),
                              coop_seat_step_get_text (step, language));
    }
  return g_string_free (text, FALSE);
}

static void
nature_totals (CoopSeatAllocation *self,
               CoopNature          nature,
               guint              *seats,
               gint64             *population)
{
  CoopSeatView view;

  _coop_seat_allocation_get_view (self, &view);
  *seats = 0;
  *population = 0;
  for (guint i = 0; i < view.n; i++)
    {
      if (coop_territory_get_nature (view.communes[i]) == nature)
        {
          *seats += view.seats[i];
          *population += view.population[i];
        }
    }
}

/**
 * coop_seat_allocation_get_nature_seat_share:
 * @self: an allocation
 * @nature: urban, periurban or rural
 *
 * Gets the share of the seats held by communes of @nature (from
 * [method@Coop.Territory.get_nature]): with
 * [method@Coop.SeatAllocation.get_nature_population_share], the
 * urban/rural balance of the council.
 *
 * Returns: the share, between 0 and 1
 *
 * Since: 1.0
 */
double
coop_seat_allocation_get_nature_seat_share (CoopSeatAllocation *self,
                                            CoopNature          nature)
{
  gint64 population;
  guint seats;

  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), 0.0);

  nature_totals (self, nature, &seats, &population);
  return coop_seat_allocation_get_total_seats (self) > 0
         ? (double)seats / coop_seat_allocation_get_total_seats (self) : 0.0;
}

/**
 * coop_seat_allocation_get_nature_population_share:
 * @self: an allocation
 * @nature: urban, periurban or rural
 *
 * Gets the share of the population living in communes of @nature.
 *
 * Returns: the share, between 0 and 1
 *
 * Since: 1.0
 */
double
coop_seat_allocation_get_nature_population_share (CoopSeatAllocation *self,
                                                  CoopNature          nature)
{
  gint64 population;
  guint seats;

  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), 0.0);

  nature_totals (self, nature, &seats, &population);
  return coop_seat_allocation_get_population (self) > 0
         ? (double)population / coop_seat_allocation_get_population (self) : 0.0;
}

/**
 * coop_seat_allocation_dup_distribution:
 * @self: an allocation
 *
 * Gets the droit commun as a distribution, largest commune first, for
 * instance to start an accord local from it.
 *
 * Returns: (transfer full): the distribution
 *
 * Since: 1.0
 */
CoopSeatDistribution *
coop_seat_allocation_dup_distribution (CoopSeatAllocation *self)
{
  CoopSeatDistribution *distribution;
  CoopSeatView view;

  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), NULL);

  _coop_seat_allocation_get_view (self, &view);
  distribution = coop_seat_distribution_new ();
  for (guint i = 0; i < view.n; i++)
    coop_seat_distribution_set_seats (distribution, coop_territory_get_code (view.communes[i]), view.seats[i]);
  return distribution;
}

