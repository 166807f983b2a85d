/* coop-accord-local-search.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "coop-accord-local-private.h"
#include "coop-error.h"
#include "coop-i18n-private.h"

/*
 * Dynamic programming over the accords locaux of CGCT L5211-6-1 I 2° for a
 * fixed total. Communes are taken largest first; b) (seats follow
 * population) makes the seats non-increasing along that order, so a state
 * is (commune, its seats, seats so far) and the number of legal accords is
 * a sum over paths — exact, with no enumeration.
 */

/* Room for a few hundred megabytes of bitsets, no more. */
#define MAX_BALANCE_BYTES ((gsize)512 * 1024 * 1024)

#define WAYS(layer, i, a, t) ((layer)->ways[(layer)->offset[i] + (gsize)(a) * ((layer)->total + 1) + (t)])

void
_coop_accord_layer_free (CoopAccordLayer *layer)
{
  if (layer == NULL)
    return;
  for (guint i = 0; i < layer->n; i++)
    g_free (layer->options[i]);
  g_free (layer->options);
  g_free (layer->n_options);
  g_free (layer->offset);
  g_free (layer->ways);
  g_free (layer->tie_with_next);
  g_free (layer);
}

/* Whether commune i + 1 may take @next seats after commune i took @seats. */
static inline gboolean
follows (const CoopAccordLayer *layer,
         guint                  i,
         guint                  seats,
         guint                  next)
{
  return layer->tie_with_next[i] ? next == seats : next <= seats;
}

static inline guint64
add_saturating (guint64   a,
                guint64   b,
                gboolean *overflow)
{
  guint64 sum;

  if (__builtin_add_overflow (a, b, &sum))
    {
      *overflow = TRUE;
      return G_MAXUINT64;
    }
  return sum;
}

CoopAccordLayer *
_coop_accord_layer_new (const CoopSeatView *view,
                        guint               total)
{
  g_autoptr(CoopAccordLayer) layer = g_new0 (CoopAccordLayer, 1);
  gsize size = 0;

  layer->n = view->n;
  layer->total = total;
  layer->n_options = g_new0 (guint, view->n);
  layer->options = g_new0 (guint *, view->n);
  layer->offset = g_new0 (gsize, view->n);
  layer->tie_with_next = g_new0 (gboolean, view->n);

  for (guint i = 0; i < view->n; i++)
    {
      layer->options[i] = g_new (guint, total / 2 + 1);
      for (guint s = 1; 2 * s <= total; s++)
        {
          if (_coop_accord_local_allows (view, i, s, total))
            layer->options[i][layer->n_options[i]++] = s;
        }
      if (layer->n_options[i] == 0)
        return NULL;
      layer->offset[i] = size;
      size += (gsize)layer->n_options[i] * (total + 1);
      layer->tie_with_next[i] = i + 1 < view->n && view->population[i] == view->population[i + 1];
    }

  layer->ways = g_new0 (guint64, size);
  for (guint a = 0; a < layer->n_options[view->n - 1]; a++)
    WAYS (layer, view->n - 1, a, total) = 1;

  for (guint i = view->n - 1; i-- > 0;)
    {
      for (guint a = 0; a < layer->n_options[i]; a++)
        {
          guint seats = layer->options[i][a];

          for (guint t = seats; t <= total; t++)
            {
              guint64 ways = 0;

              for (guint b = 0; b < layer->n_options[i + 1]; b++)
                {
                  guint next = layer->options[i + 1][b];

                  if (!follows (layer, i, seats, next))
                    continue;
                  if (t + next > total)
                    break;
                  ways = add_saturating (ways, WAYS (layer, i + 1, b, t + next), &layer->overflow);
                }
              WAYS (layer, i, a, t) = ways;
            }
        }
    }

  for (guint a = 0; a < layer->n_options[0]; a++)
    layer->count = add_saturating (layer->count, WAYS (layer, 0, a, layer->options[0][a]), &layer->overflow);
  if (layer->count == 0)
    return NULL;

  return g_steal_pointer (&layer);
}

/* Fills levels from @level on with their first feasible option, given the
 * choices above. choice[i] is an option index. */
static gboolean
descend (CoopAccordLayer *layer,
         guint           *choice,
         guint            level,
         guint            prefix)
{
  for (guint i = level; i < layer->n; i++)
    {
      gboolean found = FALSE;

      for (guint a = 0; a < layer->n_options[i] && !found; a++)
        {
          guint seats = layer->options[i][a];

          if (i > 0 && !follows (layer, i - 1, layer->options[i - 1][choice[i - 1]], seats))
            continue;
          if (prefix + seats > layer->total || WAYS (layer, i, a, prefix + seats) == 0)
            continue;
          choice[i] = a;
          prefix += seats;
          found = TRUE;
        }
      if (!found)
        return FALSE;
    }
  return TRUE;
}

gboolean
_coop_accord_layer_first (CoopAccordLayer *layer,
                          guint           *choice)
{
  return descend (layer, choice, 0, 0);
}

/* The next accord in lexicographic order of option indexes. */
gboolean
_coop_accord_layer_next (CoopAccordLayer *layer,
                         guint           *choice)
{
  g_autofree guint *prefix = g_new0 (guint, layer->n + 1);

  for (guint i = 0; i < layer->n; i++)
    prefix[i + 1] = prefix[i] + layer->options[i][choice[i]];

  for (guint i = layer->n; i-- > 0;)
    {
      for (guint a = choice[i] + 1; a < layer->n_options[i]; a++)
        {
          guint seats = layer->options[i][a];

          if (i > 0 && !follows (layer, i - 1, layer->options[i - 1][choice[i - 1]], seats))
            continue;
          if (prefix[i] + seats > layer->total || WAYS (layer, i, a, prefix[i] + seats) == 0)
            continue;
          choice[i] = a;
          if (descend (layer, choice, i + 1, prefix[i] + seats))
            return TRUE;
        }
    }
  return FALSE;
}

/* Minimises the sum over communes of (seat share - population share)². */
double
_coop_accord_layer_most_proportional (const CoopSeatView *view,
                                      CoopAccordLayer    *layer,
                                      guint              *seats)
{
  guint total = layer->total;
  gsize size = layer->offset[layer->n - 1] + (gsize)layer->n_options[layer->n - 1] * (total + 1);
  g_autofree double *best = g_new (double, size);
  g_autofree guint *choice = g_new0 (guint, layer->n);
  double result = INFINITY;
  guint prefix = 0;

#define BEST(i, a, t) best[layer->offset[i] + (gsize)(a) * (total + 1) + (t)]
#define COST(i, a) pow ((double)layer->options[i][a] / total - (double)view->population[i] / view->total_population, 2)

  for (gsize k = 0; k < size; k++)
    best[k] = INFINITY;
  for (guint a = 0; a < layer->n_options[layer->n - 1]; a++)
    BEST (layer->n - 1, a, total) = COST (layer->n - 1, a);
  for (guint i = layer->n - 1; i-- > 0;)
    {
      for (guint a = 0; a < layer->n_options[i]; a++)
        {
          guint mine = layer->options[i][a];

          for (guint t = mine; t <= total; t++)
            {
              double value = INFINITY;

              if (WAYS (layer, i, a, t) == 0)
                continue;
              for (guint b = 0; b < layer->n_options[i + 1]; b++)
                {
                  guint next = layer->options[i + 1][b];

                  if (!follows (layer, i, mine, next))
                    continue;
                  if (t + next > total)
                    break;
                  value = MIN (value, BEST (i + 1, b, t + next));
                }
              BEST (i, a, t) = value + COST (i, a);
            }
        }
    }

  for (guint i = 0; i < layer->n; i++)
    {
      double level_best = INFINITY;
      gint pick = -1;

      for (guint a = 0; a < layer->n_options[i]; a++)
        {
          guint mine = layer->options[i][a];

          if (i > 0 && !follows (layer, i - 1, layer->options[i - 1][choice[i - 1]], mine))
            continue;
          if (prefix + mine > total)
            continue;
          if (BEST (i, a, prefix + mine) < level_best)
            {
              level_best = BEST (i, a, prefix + mine);
              pick = a;
            }
        }
      g_assert (pick >= 0);
      if (i == 0)
        result = level_best;
      choice[i] = pick;
      prefix += layer->options[i][pick];
      seats[i] = layer->options[i][pick];
    }

#undef BEST
#undef COST
  return result;
}

/* Finds the accord whose share of seats held by @counted communes is
 * closest to @target: bitsets of the reachable counted seats per state. */
gboolean
_coop_accord_layer_closest_to_balance (const CoopSeatView *view,
                                       CoopAccordLayer    *layer,
                                       const gboolean     *counted,
                                       double              target,
                                       guint              *seats,
                                       double             *gap,
                                       GError            **error)
{
  guint total = layer->total;
  guint words = total / 64 + 1;
  gsize states = layer->offset[layer->n - 1] + (gsize)layer->n_options[layer->n - 1] * (total + 1);
  g_autofree guint64 *sets = NULL;
  g_autofree guint64 *root = g_new0 (guint64, words);
  g_autofree guint *choice = g_new0 (guint, layer->n);
  guint goal = 0, prefix = 0, remaining;
  gboolean found = FALSE;
  double best_gap = INFINITY;

  if (states > MAX_BALANCE_BYTES / (words * sizeof (guint64)))
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_OUT_OF_SCOPE,
                   _("accords locaux of %u seats: too many states to search the balance exactly"), total);
      return FALSE;
    }
  sets = g_new0 (guint64, states * words);

#define SET(i, a, t) (sets + (layer->offset[i] + (gsize)(a) * (total + 1) + (t)) * words)
#define HAS(set, u) (((set)[(u) / 64] >> ((u) % 64)) & 1)

  for (guint a = 0; a < layer->n_options[layer->n - 1]; a++)
    {
      guint u = counted[layer->n - 1] ? layer->options[layer->n - 1][a] : 0;

      SET (layer->n - 1, a, total)[u / 64] |= G_GUINT64_CONSTANT (1) << (u % 64);
    }
  for (guint i = layer->n - 1; i-- > 0;)
    {
      for (guint a = 0; a < layer->n_options[i]; a++)
        {
          guint mine = layer->options[i][a];
          guint shift = counted[i] ? mine : 0;

          for (guint t = mine; t <= total; t++)
            {
              guint64 *set = SET (i, a, t);

              if (WAYS (layer, i, a, t) == 0)
                continue;
              for (guint b = 0; b < layer->n_options[i + 1]; b++)
                {
                  guint next = layer->options[i + 1][b];
                  const guint64 *from;

                  if (!follows (layer, i, mine, next))
                    continue;
                  if (t + next > total)
                    break;
                  from = SET (i + 1, b, t + next);
                  /* set |= from << shift */
                  for (guint w = words; w-- > 0;)
                    {
                      guint word_shift = shift / 64, bit_shift = shift % 64;
                      guint64 value = 0;

                      if (w >= word_shift)
                        {
                          value = from[w - word_shift] << bit_shift;
                          if (bit_shift > 0 && w > word_shift)
                            value |= from[w - word_shift - 1] >> (64 - bit_shift);
                        }
                      set[w] |= value;
                    }
                }
            }
        }
    }

  for (guint a = 0; a < layer->n_options[0]; a++)
    for (guint w = 0; w < words; w++)
      root[w] |= SET (0, a, layer->options[0][a])[w];
  for (guint u = 0; u <= total; u++)
    {
      double distance = fabs ((double)u / total - target);

      if (HAS (root, u) && distance < best_gap)
        {
          best_gap = distance;
          goal = u;
          found = TRUE;
        }
    }
  if (!found)
    return FALSE;

  remaining = goal;
  for (guint i = 0; i < layer->n; i++)
    {
      gboolean picked = FALSE;

      for (guint a = 0; a < layer->n_options[i] && !picked; a++)
        {
          guint mine = layer->options[i][a];

          if (i > 0 && !follows (layer, i - 1, layer->options[i - 1][choice[i - 1]], mine))
            continue;
          if (prefix + mine > total || WAYS (layer, i, a, prefix + mine) == 0)
            continue;
          if (!HAS (SET (i, a, prefix + mine), remaining))
            continue;
          choice[i] = a;
          prefix += mine;
          seats[i] = mine;
          remaining -= counted[i] ? mine : 0;
          picked = TRUE;
        }
      g_assert (picked);
    }

#undef SET
#undef HAS
  *gap = best_gap;
  return TRUE;
}
