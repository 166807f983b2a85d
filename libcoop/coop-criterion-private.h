/* coop-criterion-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "coop-criterion.h"
#include "coop-json-private.h"

G_BEGIN_DECLS

CoopCriterion *_coop_criterion_new_from_json (CoopJsonDocument  *document,
                                              JsonNode          *node,
                                              const char        *path,
                                              GError           **error);

G_END_DECLS
