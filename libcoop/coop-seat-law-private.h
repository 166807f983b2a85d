/* coop-seat-law-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "coop-territory-kind.h"

G_BEGIN_DECLS

/* The law tables of data/law, compiled in as a GResource and read once.
 * Every figure the seat rules use comes from here, so a change of law is a
 * change of data. */
typedef struct
{
  gint64 from;
  guint  value;
} CoopLawRow;

typedef struct
{
  char       *seats_version;          /* L5211-6-1 */
  char       *councillors_version;    /* L2121-2 */
  GArray     *table;                  /* CoopLawRow, III */
  GArray     *councillors;            /* CoopLawRow, L2121-2 */
  GHashTable *commune_councillors;    /* INSEE code → councillors, set by the code électoral */
  guint       supplement_threshold_percent;
  guint       supplement_percent;
  guint       supplement_forms;       /* bit (1 << CoopEpciForm) */
  char       *bonus_epci;             /* IV 4° bis: the SIREN of Aix-Marseille-Provence */
  guint       bonus_percent;
  guint       optional_percent;
  guint       optional_tolerance_percent;
  guint       optional_forms;
  guint       accord_max_percent;
  guint       accord_tolerance_percent;
  guint       accord_forms;
} CoopSeatLaw;

const CoopSeatLaw *_coop_seat_law_get             (GError            **error);
const CoopSeatLaw *_coop_seat_law_parse           (GBytes             *seats_json,
                                                   GBytes             *councillors_json,
                                                   GError            **error);
void               _coop_seat_law_free            (CoopSeatLaw        *law);
guint              _coop_seat_law_table_seats     (const CoopSeatLaw  *law,
                                                   gint64              population);
guint              _coop_seat_law_councillors     (const CoopSeatLaw  *law,
                                                   const char         *commune,
                                                   gint64              population);

#define COOP_SEAT_LAW_HAS_FORM(mask, form) (((mask) & (1u << (guint)(form))) != 0)

G_END_DECLS
