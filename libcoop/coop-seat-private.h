/* coop-seat-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "coop-i18n-private.h"
#include "coop-seat-law-private.h"
#include "coop-seat-step.h"
#include "coop-seat-types.h"
#include "coop-territory.h"

G_BEGIN_DECLS

/* The droit commun of CGCT L5211-6-1 on plain arrays, communes sorted
 * largest first. */
typedef struct
{
  guint                  n;
  const gint64          *population;
  const char * const    *names;
  const char * const    *codes;       /* INSEE codes, for the councils set by name */
  const char            *epci_code;   /* SIREN, for the regimes set by name (IV 4° bis), or NULL */
  CoopEpciForm           form;
  CoopSupplementReading  reading;
  const CoopSeatLaw     *law;
} CoopSeatInput;

typedef struct
{
  gint64     total_population;
  guint      table_seats;          /* III */
  guint      table_seats_used;     /* after the reductions of IV 4° */
  guint     *councillors;          /* L2121-2, per commune */
  guint     *proportional;         /* IV 1° of the final run */
  gboolean  *de_droit;             /* IV 2° of the final run of IV */
  guint     *iv_seats;             /* after III and IV */
  guint     *seats;                /* final, after V */
  guint      iv_total;
  guint      total;
  guint      n_de_droit;
  gint       capped;               /* the commune held at half (IV 3°), or -1 */
  guint      councillor_reduction; /* seats taken off the table (IV 4°) */
  guint      n_tie_seats;          /* seats added by ties (IV 5°) */
  guint      bonus_seats;          /* IV 4° bis (Aix-Marseille-Provence), 0 elsewhere */
  gboolean   supplement_applied;
  guint      supplement_seats;
  GPtrArray *steps;                /* CoopSeatStep */
} CoopSeatResult;

gboolean      _coop_seat_compute       (const CoopSeatInput *input,
                                        CoopSeatResult      *result,
                                        GError             **error);
void          _coop_seat_result_clear  (CoopSeatResult      *result);

CoopSeatStep *_coop_seat_step_new      (CoopSeatStepKind     kind,
                                        const char          *paragraph,
                                        CoopMessage         *text);

/* a/b compared with c/d, for positive integers: -1, 0 or 1. */
static inline int
_coop_compare_ratio (gint64 a,
                     gint64 b,
                     gint64 c,
                     gint64 d)
{
  gint64 left = a * d, right = c * b;

  return left < right ? -1 : left > right ? 1 : 0;
}

G_END_DECLS
