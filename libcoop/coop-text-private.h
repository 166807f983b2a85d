/* coop-text-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *_coop_text_normalise (const char *text);
char *_coop_text_normalise_query (const char *text);

G_END_DECLS
