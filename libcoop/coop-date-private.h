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

G_END_DECLS
