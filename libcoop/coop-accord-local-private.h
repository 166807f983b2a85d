/* coop-accord-local-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "coop-seat-allocation-private.h"

G_BEGIN_DECLS

/* |s/T - p/P|, scaled by T·P so that comparisons stay in integers. */
static inline gint64
_coop_share_gap (guint  seats,
                 guint  total,
                 gint64 population,
                 gint64 total_population)
{
  gint64 gap = (gint64)seats * total_population - (gint64)total * population;

  return gap < 0 ? -gap : gap;
}

/* L5211-6-1 I 2° e) and VI: the seat share within tolerance % of the
 * population share. */
static inline gboolean
_coop_share_within (guint  seats,
                    guint  total,
                    gint64 population,
                    gint64 total_population,
                    guint  tolerance_percent)
{
  return _coop_share_gap (seats, total, population, total_population) * 100 <=
         (gint64)tolerance_percent * total * population;
}

/* I 2° e), first exception: the droit commun (III and IV) already deviates
 * by more than the tolerance, and the proposal keeps or reduces that gap.
 * Gaps are compared as fractions: gap/(T·P) against dgap/(D·P). */
static inline gboolean
_coop_share_keeps_gap (guint  seats,
                       guint  total,
                       guint  dc_seats,
                       guint  dc_total,
                       gint64 population,
                       gint64 total_population,
                       guint  tolerance_percent)
{
  if (_coop_share_within (dc_seats, dc_total, population, total_population, tolerance_percent))
    return FALSE;
  return _coop_share_gap (seats, total, population, total_population) * dc_total <=
         _coop_share_gap (dc_seats, dc_total, population, total_population) * total;
}

/* Whether commune @i may hold @seats of @total under I 2° c) to e);
 * b) (seats follow population) and a) (the total) are checked apart. */
static inline gboolean
_coop_accord_local_allows (const CoopSeatView *view,
                           guint               i,
                           guint               seats,
                           guint               total)
{
  guint tolerance = view->law->accord_tolerance_percent;

  if (seats == 0 || 2 * seats > total)
    return FALSE;
  if (_coop_share_within (seats, total, view->population[i], view->total_population, tolerance))
    return TRUE;
  if (_coop_share_keeps_gap (seats, total, view->iv_seats[i], view->iv_total,
                             view->population[i], view->total_population, tolerance))
    return TRUE;
  /* Second exception: two seats where IV 1° gives one. */
  return seats == 2 && view->proportional[i] == 1;
}

static inline guint
_coop_accord_local_max_total (const CoopSeatView *view)
{
  return (guint)((guint64)view->iv_total * view->law->accord_max_percent / 100);
}

G_END_DECLS

G_BEGIN_DECLS

/* The legal accords locaux of one total T, as a layered graph: commune i
 * (largest first) takes one of options[i] seats; ways[i][a][t] counts the
 * completions when commune i takes options[i][a] and the communes up to i
 * hold t seats. Counts saturate at G_MAXUINT64 with @overflow set. */
typedef struct
{
  guint     n;
  guint     total;
  guint    *n_options;
  guint   **options;
  gsize    *offset;
  guint64  *ways;
  guint64   count;
  gboolean  overflow;
  gboolean  *tie_with_next;   /* equal population: equal seats */
} CoopAccordLayer;

CoopAccordLayer *_coop_accord_layer_new            (const CoopSeatView *view,
                                                    guint               total);
void             _coop_accord_layer_free           (CoopAccordLayer    *layer);
gboolean         _coop_accord_layer_first          (CoopAccordLayer    *layer,
                                                    guint              *choice);
gboolean         _coop_accord_layer_next           (CoopAccordLayer    *layer,
                                                    guint              *choice);
double           _coop_accord_layer_most_proportional (const CoopSeatView *view,
                                                    CoopAccordLayer    *layer,
                                                    guint              *seats);
gboolean         _coop_accord_layer_closest_to_balance (const CoopSeatView *view,
                                                    CoopAccordLayer    *layer,
                                                    const gboolean     *counted,
                                                    double              target,
                                                    guint              *seats,
                                                    double             *gap,
                                                    GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CoopAccordLayer, _coop_accord_layer_free)

G_END_DECLS
