/* coop-language-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* libcoop speaks French and English: "fr" when asked for French or when
 * the locale's first language is French, "en" otherwise. */
const char *_coop_language_pick     (const char *language);
gboolean    _coop_language_is_french (const char *language);

G_END_DECLS
