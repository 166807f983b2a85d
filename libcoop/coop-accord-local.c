/* coop-accord-local.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "coop-accord-local.h"
#include "coop-accord-local-private.h"
#include "coop-error.h"
#include "coop-i18n-private.h"

/**
 * CoopAccordLocal:
 *
 * The legal accords locaux of a communauté de communes or d'agglomération
 * under CGCT L5211-6-1 I 2°: every distribution of seats that meets
 * conditions a) to e), as [method@Coop.SeatAllocation.check] checks them.
 *
 * Their number is counted exactly by dynamic programming over the
 * communes, largest first, without listing them
 * ([property@Coop.AccordLocal:count]); they are listed lazily, one at a
 * time, by a [class@Coop.AccordLocalIter], in order of total and then of
 * seats, largest commune first. Two searches find the accord closest to
 * proportionality and the one closest to a target balance between urban
 * and rural communes.
 *
 * Since: 1.0
 */

struct _CoopAccordLocal
{
  GObject             parent_instance;

  CoopSeatAllocation *droit_commun;
  CoopSeatView        view;
  guint               min_total;
  guint               max_total;
  guint64            *counts;     /* by total - min_total */
  guint64             count;
  gboolean            overflow;
};

G_DEFINE_FINAL_TYPE (CoopAccordLocal, coop_accord_local, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DROIT_COMMUN,
  PROP_MAX_TOTAL,
  PROP_COUNT,
  PROP_COUNT_OVERFLOWED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * CoopAccordLocalIter:
 *
 * Lists the legal accords locaux of a [class@Coop.AccordLocal] one at a
 * time, computing each on demand. It holds its own reference to the
 * accords; every [method@Coop.AccordLocalIter.next] returns a new
 * [class@Coop.SeatDistribution] owned by the caller.
 *
 * Since: 1.0
 */

struct _CoopAccordLocalIter
{
  GObject          parent_instance;

  CoopAccordLocal *accord;
  guint            total;
  CoopAccordLayer *layer;
  guint           *choice;
  guint64          position;
  gboolean         started;
  gboolean         done;
};

G_DEFINE_FINAL_TYPE (CoopAccordLocalIter, coop_accord_local_iter, G_TYPE_OBJECT)

static void
coop_accord_local_dispose (GObject *object)
{
  CoopAccordLocal *self = (CoopAccordLocal *)object;

  g_clear_object (&self->droit_commun);

  G_OBJECT_CLASS (coop_accord_local_parent_class)->dispose (object);
}

static void
coop_accord_local_finalize (GObject *object)
{
  CoopAccordLocal *self = (CoopAccordLocal *)object;

  g_free (self->counts);

  G_OBJECT_CLASS (coop_accord_local_parent_class)->finalize (object);
}

static void
coop_accord_local_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CoopAccordLocal *self = COOP_ACCORD_LOCAL (object);

  switch (prop_id)
    {
    case PROP_DROIT_COMMUN:
      g_value_set_object (value, coop_accord_local_get_droit_commun (self));
      break;
    case PROP_MAX_TOTAL:
      g_value_set_uint (value, coop_accord_local_get_max_total (self));
      break;
    case PROP_COUNT:
      g_value_set_uint64 (value, coop_accord_local_get_count (self));
      break;
    case PROP_COUNT_OVERFLOWED:
      g_value_set_boolean (value, coop_accord_local_get_count_overflowed (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_accord_local_class_init (CoopAccordLocalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = coop_accord_local_dispose;
  object_class->finalize = coop_accord_local_finalize;
  object_class->get_property = coop_accord_local_get_property;

  /**
   * CoopAccordLocal:droit-commun:
   *
   * The droit commun the accords are measured against.
   *
   * Since: 1.0
   */
  properties[PROP_DROIT_COMMUN] =
    g_param_spec_object ("droit-commun", NULL, NULL, COOP_TYPE_SEAT_ALLOCATION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopAccordLocal:max-total:
   *
   * The largest total an accord may have: 125 % of the III + IV seats,
   * rounded down (I 2° a).
   *
   * Since: 1.0
   */
  properties[PROP_MAX_TOTAL] =
    g_param_spec_uint ("max-total", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopAccordLocal:count:
   *
   * The exact number of legal accords locaux, or %G_MAXUINT64 when
   * [property@Coop.AccordLocal:count-overflowed] is %TRUE.
   *
   * Since: 1.0
   */
  properties[PROP_COUNT] =
    g_param_spec_uint64 ("count", NULL, NULL, 0, G_MAXUINT64, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopAccordLocal:count-overflowed:
   *
   * Whether there are more accords than a 64-bit count holds.
   *
   * Since: 1.0
   */
  properties[PROP_COUNT_OVERFLOWED] =
    g_param_spec_boolean ("count-overflowed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_accord_local_init (CoopAccordLocal *self)
{
}

/**
 * coop_accord_local_new:
 * @droit_commun: the droit commun of a CC or CA
 * @error: return location for an error
 *
 * Counts the legal accords locaux of the EPCI of @droit_commun.
 *
 * Returns: (transfer full): the accords, or %NULL with
 *   %COOP_ERROR_OUT_OF_SCOPE when the EPCI is neither a communauté de
 *   communes nor a communauté d'agglomération
 *
 * Since: 1.0
 */
CoopAccordLocal *
coop_accord_local_new (CoopSeatAllocation  *droit_commun,
                       GError             **error)
{
  g_autoptr(CoopAccordLocal) self = NULL;

  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (droit_commun), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (COOP_TYPE_ACCORD_LOCAL, NULL);
  self->droit_commun = g_object_ref (droit_commun);
  _coop_seat_allocation_get_view (droit_commun, &self->view);

  if (!COOP_SEAT_LAW_HAS_FORM (self->view.law->accord_forms, self->view.form))
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_OUT_OF_SCOPE,
                   _("an accord local (L5211-6-1 I 2°) is open to communautés de communes and "
                     "d'agglomération only, not to a %s"), coop_epci_form_to_string (self->view.form));
      return NULL;
    }

  self->min_total = self->view.n;
  self->max_total = _coop_accord_local_max_total (&self->view);
  self->counts = g_new0 (guint64, self->max_total >= self->min_total ? self->max_total - self->min_total + 1 : 1);
  for (guint total = self->min_total; total <= self->max_total; total++)
    {
      g_autoptr(CoopAccordLayer) layer = _coop_accord_layer_new (&self->view, total);

      if (layer == NULL)
        continue;
      self->counts[total - self->min_total] = layer->count;
      if (layer->overflow || __builtin_add_overflow (self->count, layer->count, &self->count))
        {
          self->overflow = TRUE;
          self->count = G_MAXUINT64;
        }
    }

  return g_steal_pointer (&self);
}

/**
 * coop_accord_local_get_droit_commun:
 * @self: the accords locaux of an EPCI
 *
 * Gets [property@Coop.AccordLocal:droit-commun].
 *
 * Returns: (transfer none): the droit commun
 *
 * Since: 1.0
 */
CoopSeatAllocation *
coop_accord_local_get_droit_commun (CoopAccordLocal *self)
{
  g_return_val_if_fail (COOP_IS_ACCORD_LOCAL (self), NULL);

  return self->droit_commun;
}

/**
 * coop_accord_local_get_max_total:
 * @self: the accords locaux of an EPCI
 *
 * Gets [property@Coop.AccordLocal:max-total].
 *
 * Returns: the largest total
 *
 * Since: 1.0
 */
guint
coop_accord_local_get_max_total (CoopAccordLocal *self)
{
  g_return_val_if_fail (COOP_IS_ACCORD_LOCAL (self), 0);

  return self->max_total;
}

/**
 * coop_accord_local_get_count:
 * @self: the accords locaux of an EPCI
 *
 * Gets [property@Coop.AccordLocal:count].
 *
 * Returns: the number of legal accords locaux
 *
 * Since: 1.0
 */
guint64
coop_accord_local_get_count (CoopAccordLocal *self)
{
  g_return_val_if_fail (COOP_IS_ACCORD_LOCAL (self), 0);

  return self->count;
}

/**
 * coop_accord_local_get_count_overflowed:
 * @self: the accords locaux of an EPCI
 *
 * Gets [property@Coop.AccordLocal:count-overflowed].
 *
 * Returns: whether the count saturated
 *
 * Since: 1.0
 */
gboolean
coop_accord_local_get_count_overflowed (CoopAccordLocal *self)
{
  g_return_val_if_fail (COOP_IS_ACCORD_LOCAL (self), FALSE);

  return self->overflow;
}

/**
 * coop_accord_local_get_count_for_total:
 * @self: the accords locaux of an EPCI
 * @total: a number of seats
 *
 * Counts the legal accords locaux with exactly @total seats.
 *
 * Returns: the count, 0 when no accord has @total seats
 *
 * Since: 1.0
 */
guint64
coop_accord_local_get_count_for_total (CoopAccordLocal *self,
                                       guint            total)
{
  g_return_val_if_fail (COOP_IS_ACCORD_LOCAL (self), 0);

  if (total < self->min_total || total > self->max_total)
    return 0;
  return self->counts[total - self->min_total];
}

static CoopSeatDistribution *
distribution_from_seats (const CoopSeatView *view,
                         const guint        *seats)
{
  CoopSeatDistribution *distribution = coop_seat_distribution_new ();

  for (guint i = 0; i < view->n; i++)
    coop_seat_distribution_set_seats (distribution, coop_territory_get_code (view->communes[i]), seats[i]);
  return distribution;
}

/**
 * coop_accord_local_dup_most_proportional:
 * @self: the accords locaux of an EPCI
 *
 * Finds the legal accord closest to proportionality: the one with the
 * smallest sum, over communes, of the squared difference between the
 * commune's share of the seats and its share of the population. Ties go
 * to the smaller total, then to the first in the order of
 * [class@Coop.AccordLocalIter].
 *
 * Returns: (transfer full) (nullable): the accord, or %NULL when no accord
 *   local is legal
 *
 * Since: 1.0
 */
CoopSeatDistribution *
coop_accord_local_dup_most_proportional (CoopAccordLocal *self)
{
  g_autofree guint *seats = NULL;
  g_autofree guint *best = NULL;
  double best_cost = INFINITY;

  g_return_val_if_fail (COOP_IS_ACCORD_LOCAL (self), NULL);

  seats = g_new0 (guint, self->view.n);
  best = g_new0 (guint, self->view.n);
  for (guint total = self->min_total; total <= self->max_total; total++)
    {
      g_autoptr(CoopAccordLayer) layer = NULL;
      double cost;

      if (self->counts[total - self->min_total] == 0)
        continue;
      layer = _coop_accord_layer_new (&self->view, total);
      cost = _coop_accord_layer_most_proportional (&self->view, layer, seats);
      if (cost < best_cost)
        {
          best_cost = cost;
          memcpy (best, seats, self->view.n * sizeof (guint));
        }
    }
  if (isinf (best_cost))
    return NULL;
  return distribution_from_seats (&self->view, best);
}

/**
 * coop_accord_local_dup_closest_to_balance:
 * @self: the accords locaux of an EPCI
 * @nature: the communes whose seats are counted, by
 *   [method@Coop.Territory.get_nature]
 * @target_share: the share of the seats they should hold, between 0 and 1
 * @error: return location for an error
 *
 * Finds the legal accord whose share of seats held by communes of @nature
 * is closest to @target_share — for instance the rural communes' share of
 * the population, or a balance the communes agreed on. The search is
 * exact: it follows, for every state of the dynamic programming, the set
 * of reachable seat counts of those communes.
 *
 * Returns: (transfer full) (nullable): the accord, or %NULL when none is
 *   legal; %NULL with @error set when @target_share is not between 0 and 1
 *   or the search would need more than 512 MB
 *
 * Since: 1.0
 */
CoopSeatDistribution *
coop_accord_local_dup_closest_to_balance (CoopAccordLocal  *self,
                                          CoopNature        nature,
                                          double            target_share,
                                          GError          **error)
{
  g_autofree gboolean *counted = NULL;
  g_autofree guint *seats = NULL;
  g_autofree guint *best = NULL;
  double best_gap = INFINITY;

  g_return_val_if_fail (COOP_IS_ACCORD_LOCAL (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(target_share >= 0.0 && target_share <= 1.0))
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("target share: %g; expected a share between 0 and 1"), target_share);
      return NULL;
    }

  counted = g_new0 (gboolean, self->view.n);
  for (guint i = 0; i < self->view.n; i++)
    counted[i] = coop_territory_get_nature (self->view.communes[i]) == nature;
  seats = g_new0 (guint, self->view.n);
  best = g_new0 (guint, self->view.n);

  for (guint total = self->min_total; total <= self->max_total; total++)
    {
      g_autoptr(CoopAccordLayer) layer = NULL;
      double gap;

      if (self->counts[total - self->min_total] == 0)
        continue;
      layer = _coop_accord_layer_new (&self->view, total);
      if (!_coop_accord_layer_closest_to_balance (&self->view, layer, counted, target_share, seats, &gap, error))
        {
          if (error != NULL && *error != NULL)
            return NULL;
          continue;
        }
      if (gap < best_gap)
        {
          best_gap = gap;
          memcpy (best, seats, self->view.n * sizeof (guint));
        }
    }
  if (isinf (best_gap))
    return NULL;
  return distribution_from_seats (&self->view, best);
}

/**
 * coop_accord_local_iterate:
 * @self: the accords locaux of an EPCI
 *
 * Starts listing the legal accords locaux. The iterator holds its own
 * reference to @self; each call of [method@Coop.AccordLocalIter.next]
 * computes one more accord, so listing the first few of billions costs
 * little.
 *
 * Returns: (transfer full): a new iterator
 *
 * Since: 1.0
 */
CoopAccordLocalIter *
coop_accord_local_iterate (CoopAccordLocal *self)
{
  CoopAccordLocalIter *iter;

  g_return_val_if_fail (COOP_IS_ACCORD_LOCAL (self), NULL);

  iter = g_object_new (COOP_TYPE_ACCORD_LOCAL_ITER, NULL);
  iter->accord = g_object_ref (self);
  iter->total = self->min_total;
  iter->choice = g_new0 (guint, self->view.n);
  return iter;
}

static void
coop_accord_local_iter_dispose (GObject *object)
{
  CoopAccordLocalIter *self = (CoopAccordLocalIter *)object;

  g_clear_object (&self->accord);

  G_OBJECT_CLASS (coop_accord_local_iter_parent_class)->dispose (object);
}

static void
coop_accord_local_iter_finalize (GObject *object)
{
  CoopAccordLocalIter *self = (CoopAccordLocalIter *)object;

  g_clear_pointer (&self->layer, _coop_accord_layer_free);
  g_free (self->choice);

  G_OBJECT_CLASS (coop_accord_local_iter_parent_class)->finalize (object);
}

static void
coop_accord_local_iter_class_init (CoopAccordLocalIterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = coop_accord_local_iter_dispose;
  object_class->finalize = coop_accord_local_iter_finalize;
}

static void
coop_accord_local_iter_init (CoopAccordLocalIter *self)
{
}

/* Moves to the first accord of the next total that has one. */
static gboolean
start_next_total (CoopAccordLocalIter *self)
{
  CoopAccordLocal *accord = self->accord;

  g_clear_pointer (&self->layer, _coop_accord_layer_free);
  for (; self->total <= accord->max_total; self->total++)
    {
      if (accord->counts[self->total - accord->min_total] == 0)
        continue;
      self->layer = _coop_accord_layer_new (&accord->view, self->total);
      self->total++;
      return _coop_accord_layer_first (self->layer, self->choice);
    }
  return FALSE;
}

/**
 * coop_accord_local_iter_next:
 * @self: an iterator
 *
 * Computes the next legal accord local.
 *
 * Returns: (transfer full) (nullable): the accord, or %NULL when all have
 *   been listed
 *
 * Since: 1.0
 */
CoopSeatDistribution *
coop_accord_local_iter_next (CoopAccordLocalIter *self)
{
  g_autofree guint *seats = NULL;
  gboolean found;

  g_return_val_if_fail (COOP_IS_ACCORD_LOCAL_ITER (self), NULL);

  if (self->done)
    return NULL;
  if (self->layer == NULL)
    found = start_next_total (self);
  else
    found = _coop_accord_layer_next (self->layer, self->choice) || start_next_total (self);
  if (!found)
    {
      self->done = TRUE;
      g_clear_pointer (&self->layer, _coop_accord_layer_free);
      return NULL;
    }

  self->position++;
  seats = g_new (guint, self->accord->view.n);
  for (guint i = 0; i < self->accord->view.n; i++)
    seats[i] = self->layer->options[i][self->choice[i]];
  return distribution_from_seats (&self->accord->view, seats);
}

/**
 * coop_accord_local_iter_get_position:
 * @self: an iterator
 *
 * Gets how many accords [method@Coop.AccordLocalIter.next] has returned.
 *
 * Returns: the number of accords listed so far
 *
 * Since: 1.0
 */
guint64
coop_accord_local_iter_get_position (CoopAccordLocalIter *self)
{
  g_return_val_if_fail (COOP_IS_ACCORD_LOCAL_ITER (self), 0);

  return self->position;
}
