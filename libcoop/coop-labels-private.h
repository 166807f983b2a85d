/* coop-labels-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "coop-labels.h"

G_BEGIN_DECLS

/* The label of @value in @language, "fr" or "en" (NULL: the locale's). */
const char *_coop_enum_get_label_in (GType       enum_type,
                                     int         value,
                                     const char *language);

G_END_DECLS
