/* coop-labels.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(COOP_INSIDE) && !defined(COOP_COMPILATION)
# error "Only <libcoop.h> can be included directly."
#endif

#include <glib-object.h>

#include "coop-version-macros.h"

G_BEGIN_DECLS

COOP_AVAILABLE_IN_1_0
const char *coop_enum_get_label (GType enum_type,
                                 int   value);
COOP_AVAILABLE_IN_1_0
gboolean    coop_language_is_available (const char *language);

G_END_DECLS
