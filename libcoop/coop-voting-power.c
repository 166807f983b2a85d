/* coop-voting-power.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "coop-error.h"
#include "coop-i18n-private.h"
#include "coop-seat-allocation-private.h"
#include "coop-voting-power.h"

/**
 * CoopVotingPower:
 *
 * The voting power of the communes of a conseil communautaire, each
 * voting as a block with its seats as weight, for a vote that needs
 * [property@Coop.VotingPower:quota] seats.
 *
 * - The Banzhaf index of a commune is its share of all swings: coalitions
 *   that win with it and lose without it.
 * - The Shapley–Shubik index is the share of the orders of arrival in
 *   which it brings the coalition to the quota.
 *
 * Both are computed exactly by dynamic programming over seat weights
 * (players of equal weight grouped), never by listing the 2^n coalitions,
 * so they hold for every EPCI of France. Counts are kept as doubles built
 * by additions only (no cancellation), good to about 1e-12 relative; the
 * largest EPCI has about 160 communes, well inside the double range.
 *
 * Since: 1.0
 */

struct _CoopVotingPower
{
  GObject   parent_instance;

  guint     n;
  guint    *weights;
  guint     quota;
  guint     total_weight;
  double   *swings;
  double   *banzhaf;
  double   *shapley_shubik;
};

G_DEFINE_FINAL_TYPE (CoopVotingPower, coop_voting_power, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_PLAYERS,
  PROP_QUOTA,
  PROP_TOTAL_WEIGHT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_voting_power_finalize (GObject *object)
{
  CoopVotingPower *self = (CoopVotingPower *)object;

  g_free (self->weights);
  g_free (self->swings);
  g_free (self->banzhaf);
  g_free (self->shapley_shubik);

  G_OBJECT_CLASS (coop_voting_power_parent_class)->finalize (object);
}

static void
coop_voting_power_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CoopVotingPower *self = COOP_VOTING_POWER (object);

  switch (prop_id)
    {
    case PROP_N_PLAYERS:
      g_value_set_uint (value, coop_voting_power_get_n_players (self));
      break;
    case PROP_QUOTA:
      g_value_set_uint (value, coop_voting_power_get_quota (self));
      break;
    case PROP_TOTAL_WEIGHT:
      g_value_set_uint (value, coop_voting_power_get_total_weight (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_voting_power_class_init (CoopVotingPowerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_voting_power_finalize;
  object_class->get_property = coop_voting_power_get_property;

  /**
   * CoopVotingPower:n-players:
   *
   * The number of communes (players).
   *
   * Since: 1.0
   */
  properties[PROP_N_PLAYERS] =
    g_param_spec_uint ("n-players", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopVotingPower:quota:
   *
   * The seats a decision needs.
   *
   * Since: 1.0
   */
  properties[PROP_QUOTA] =
    g_param_spec_uint ("quota", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopVotingPower:total-weight:
   *
   * The seats of all communes together.
   *
   * Since: 1.0
   */
  properties[PROP_TOTAL_WEIGHT] =
    g_param_spec_uint ("total-weight", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_voting_power_init (CoopVotingPower *self)
{
}

/* count[k][w]: coalitions of k players weighing w, among every player but
 * one of weight @skip_weight (one fewer player in that class). Players of
 * equal weight are added a class at a time with binomial coefficients. */
static double *
count_coalitions (const guint *class_weights,
                  const guint *class_sizes,
                  guint        n_classes,
                  guint        skip_class,
                  guint        n,
                  guint        total_weight)
{
  guint width = total_weight + 1;
  double *count = g_new0 (double, (gsize)(n + 1) * width);
  g_autofree double *next = g_new0 (double, (gsize)(n + 1) * width);
  guint players = 0, weight = 0;

  count[0] = 1.0;
  for (guint c = 0; c < n_classes; c++)
    {
      guint size = class_sizes[c] - (c == skip_class ? 1 : 0);
      guint w = class_weights[c];

      if (size == 0)
        continue;
      memset (next, 0, sizeof (double) * (n + 1) * width);
      for (guint k = 0; k <= players; k++)
        for (guint x = 0; x <= weight; x++)
          {
            double here = count[(gsize)k * width + x];
            double binomial = 1.0;

            if (here == 0.0)
              continue;
            for (guint j = 0; j <= size; j++)
              {
                next[(gsize)(k + j) * width + x + j * w] += here * binomial;
                binomial = binomial * (size - j) / (j + 1);
              }
          }
      memcpy (count, next, sizeof (double) * (n + 1) * width);
      players += size;
      weight += size * w;
    }
  return count;
}

/**
 * coop_voting_power_new:
 * @weights: (array length=n_weights): the seats of each player
 * @n_weights: the number of players
 * @quota: the seats a decision needs
 * @error: return location for an error
 *
 * Computes the Banzhaf and Shapley–Shubik indices of a weighted vote.
 *
 * Returns: (transfer full): the voting power, or %NULL with
 *   %COOP_ERROR_INVALID_VALUE when there is no player or more than 10,000,
 *   a weight is 0 or above 10,000, the players times the total weight
 *   exceed 50 million, or @quota is 0 or above the total weight
 *
 * Since: 1.0
 */
CoopVotingPower *
coop_voting_power_new (const guint  *weights,
                       gsize         n_weights,
                       guint         quota,
                       GError      **error)
{
  g_autoptr(CoopVotingPower) self = NULL;
  g_autofree guint *class_weights = NULL;
  g_autofree guint *class_sizes = NULL;
  g_autofree guint *class_of = NULL;
  double total_swings = 0.0;
  guint n_classes = 0;

  g_return_val_if_fail (weights != NULL || n_weights == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (n_weights == 0 || n_weights > 10000)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("weights: %lu players; expected between 1 and 10000"), (unsigned long)n_weights);
      return NULL;
    }

  self = g_object_new (COOP_TYPE_VOTING_POWER, NULL);
  self->n = n_weights;
  self->weights = g_memdup2 (weights, n_weights * sizeof (guint));
  for (guint i = 0; i < self->n; i++)
    {
      if (weights[i] == 0 || weights[i] > 10000)
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                       _("weights[%u]: %u; expected between 1 and 10000 seats"), i, weights[i]);
          return NULL;
        }
      self->total_weight += weights[i];
    }
  /* The dynamic programming holds (players + 1) × (weight + 1) counts. */
  if ((guint64)(self->n + 1) * (self->total_weight + 1) > 50 * 1000 * 1000)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("weights: %u players weighing %u in all; expected at most 50 million "
                     "players × weight"), self->n, self->total_weight);
      return NULL;
    }
  if (quota == 0 || quota > self->total_weight)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("quota: %u; expected between 1 and the total weight, %u"), quota, self->total_weight);
      return NULL;
    }
  self->quota = quota;

  class_weights = g_new0 (guint, self->n);
  class_sizes = g_new0 (guint, self->n);
  class_of = g_new0 (guint, self->n);
  for (guint i = 0; i < self->n; i++)
    {
      guint c;

      for (c = 0; c < n_classes && class_weights[c] != weights[i]; c++)
        ;
      if (c == n_classes)
        class_weights[n_classes++] = weights[i];
      class_sizes[c]++;
      class_of[i] = c;
    }

  self->swings = g_new0 (double, self->n);
  self->banzhaf = g_new0 (double, self->n);
  self->shapley_shubik = g_new0 (double, self->n);
  for (guint c = 0; c < n_classes; c++)
    {
      g_autofree double *count = count_coalitions (class_weights, class_sizes, n_classes, c,
                                                   self->n, self->total_weight);
      guint w = class_weights[c];
      guint width = self->total_weight + 1;
      guint low = quota > w ? quota - w : 0;
      double swings = 0.0, shapley = 0.0;

      /* A swing: the others weigh from quota - w to quota - 1. For
       * Shapley–Shubik, k others before it: k! (n - k - 1)! / n!. */
      for (guint k = 0; k < self->n; k++)
        {
          double orders = exp (lgamma (k + 1.0) + lgamma ((double)self->n - k) - lgamma (self->n + 1.0));

          for (guint x = low; x < quota; x++)
            {
              double here = count[(gsize)k * width + x];

              swings += here;
              shapley += here * orders;
            }
        }
      for (guint i = 0; i < self->n; i++)
        {
          if (class_of[i] == c)
            {
              self->swings[i] = swings;
              self->shapley_shubik[i] = shapley;
            }
        }
    }
  for (guint i = 0; i < self->n; i++)
    total_swings += self->swings[i];
  for (guint i = 0; i < self->n; i++)
    self->banzhaf[i] = total_swings > 0 ? self->swings[i] / total_swings : 0.0;

  return g_steal_pointer (&self);
}

/**
 * coop_voting_power_new_for_allocation:
 * @allocation: the seats of an EPCI's communes
 * @majority: the majority of the vote
 *
 * Computes the voting power of the communes of @allocation, in the order
 * of [property@Coop.SeatAllocation:shares]. A simple majority needs more
 * than half the seats; two thirds needs at least two thirds of them.
 *
 * Returns: (transfer full): the voting power
 *
 * Since: 1.0
 */
CoopVotingPower *
coop_voting_power_new_for_allocation (CoopSeatAllocation *allocation,
                                      CoopMajority        majority)
{
  CoopSeatView view;
  guint total = 0, quota;

  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (allocation), NULL);
  g_return_val_if_fail (majority <= COOP_MAJORITY_TWO_THIRDS, NULL);

  _coop_seat_allocation_get_view (allocation, &view);
  for (guint i = 0; i < view.n; i++)
    total += view.seats[i];
  quota = majority == COOP_MAJORITY_SIMPLE ? total / 2 + 1 : (2 * total + 2) / 3;

  /* An allocation always has positive seats and a quota within them. */
  return coop_voting_power_new (view.seats, view.n, quota, NULL);
}

/**
 * coop_voting_power_get_n_players:
 * @self: a voting power
 *
 * Gets [property@Coop.VotingPower:n-players].
 *
 * Returns: the number of players
 *
 * Since: 1.0
 */
guint
coop_voting_power_get_n_players (CoopVotingPower *self)
{
  g_return_val_if_fail (COOP_IS_VOTING_POWER (self), 0);

  return self->n;
}

/**
 * coop_voting_power_get_quota:
 * @self: a voting power
 *
 * Gets [property@Coop.VotingPower:quota].
 *
 * Returns: the quota
 *
 * Since: 1.0
 */
guint
coop_voting_power_get_quota (CoopVotingPower *self)
{
  g_return_val_if_fail (COOP_IS_VOTING_POWER (self), 0);

  return self->quota;
}

/**
 * coop_voting_power_get_total_weight:
 * @self: a voting power
 *
 * Gets [property@Coop.VotingPower:total-weight].
 *
 * Returns: the total weight
 *
 * Since: 1.0
 */
guint
coop_voting_power_get_total_weight (CoopVotingPower *self)
{
  g_return_val_if_fail (COOP_IS_VOTING_POWER (self), 0);

  return self->total_weight;
}

/**
 * coop_voting_power_get_weight:
 * @self: a voting power
 * @player: a player, below [property@Coop.VotingPower:n-players]
 *
 * Gets the seats of @player.
 *
 * Returns: the weight
 *
 * Since: 1.0
 */
guint
coop_voting_power_get_weight (CoopVotingPower *self,
                              guint            player)
{
  g_return_val_if_fail (COOP_IS_VOTING_POWER (self), 0);
  g_return_val_if_fail (player < self->n, 0);

  return self->weights[player];
}

/**
 * coop_voting_power_get_banzhaf:
 * @self: a voting power
 * @player: a player
 *
 * Gets the normalised Banzhaf index of @player: its swings over the
 * swings of all players.
 *
 * Returns: the index, between 0 and 1
 *
 * Since: 1.0
 */
double
coop_voting_power_get_banzhaf (CoopVotingPower *self,
                               guint            player)
{
  g_return_val_if_fail (COOP_IS_VOTING_POWER (self), 0.0);
  g_return_val_if_fail (player < self->n, 0.0);

  return self->banzhaf[player];
}

/**
 * coop_voting_power_get_swings:
 * @self: a voting power
 * @player: a player
 *
 * Gets the number of coalitions of the other players that lose without
 * @player and win with it (as a double: it can exceed 2^64).
 *
 * Returns: the number of swings
 *
 * Since: 1.0
 */
double
coop_voting_power_get_swings (CoopVotingPower *self,
                              guint            player)
{
  g_return_val_if_fail (COOP_IS_VOTING_POWER (self), 0.0);
  g_return_val_if_fail (player < self->n, 0.0);

  return self->swings[player];
}

/**
 * coop_voting_power_get_shapley_shubik:
 * @self: a voting power
 * @player: a player
 *
 * Gets the Shapley–Shubik index of @player.
 *
 * Returns: the index, between 0 and 1
 *
 * Since: 1.0
 */
double
coop_voting_power_get_shapley_shubik (CoopVotingPower *self,
                                      guint            player)
{
  g_return_val_if_fail (COOP_IS_VOTING_POWER (self), 0.0);
  g_return_val_if_fail (player < self->n, 0.0);

  return self->shapley_shubik[player];
}

/**
 * coop_voting_power_can_decide_alone:
 * @self: a voting power
 * @player: a player
 *
 * Checks whether @player reaches the quota on its own.
 *
 * Returns: %TRUE if @player decides alone
 *
 * Since: 1.0
 */
gboolean
coop_voting_power_can_decide_alone (CoopVotingPower *self,
                                    guint            player)
{
  g_return_val_if_fail (COOP_IS_VOTING_POWER (self), FALSE);
  g_return_val_if_fail (player < self->n, FALSE);

  return self->weights[player] >= self->quota;
}

/**
 * coop_voting_power_can_block_alone:
 * @self: a voting power
 * @player: a player
 *
 * Checks whether the others cannot reach the quota without @player.
 *
 * Returns: %TRUE if @player blocks alone
 *
 * Since: 1.0
 */
gboolean
coop_voting_power_can_block_alone (CoopVotingPower *self,
                                   guint            player)
{
  g_return_val_if_fail (COOP_IS_VOTING_POWER (self), FALSE);
  g_return_val_if_fail (player < self->n, FALSE);

  return self->total_weight - self->weights[player] < self->quota;
}
