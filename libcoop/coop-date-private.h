/* coop-date-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Dates are days: GDateTime at midnight UTC, written YYYY-MM-DD. */
GDateTime *_coop_date_parse  (const char *text);
char      *_coop_date_format (GDateTime  *date);
gboolean   _coop_date_in_range (GDateTime *date);
gboolean   _coop_date_span_contains (GDateTime *start,
                                     GDateTime *end,
                                     GDateTime *date);

/* The years a document's dates may fall in, as population years do: wide
 * for any real cooperation, and far enough from GDateTime's limits (years
 * 1 and 9999) that the date arithmetic of checks and renewals (a year
 * ahead, a window of a century back, an agreement's length ahead) never
 * leaves them. */
#define COOP_DATE_MIN_YEAR 1800
#define COOP_DATE_MAX_YEAR 3000

G_END_DECLS
