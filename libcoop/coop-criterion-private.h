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

/* A step's criteria, and the alternatives of an "any" group, are at most
 * this many: a wider list says nothing a shorter one cannot, and a scale
 * is read on every assessment. */
#define COOP_SCALE_MAX_CRITERIA 32

CoopCriterion *_coop_criterion_new_from_json (CoopJsonDocument  *document,
                                              JsonNode          *node,
                                              const char        *path,
                                              GError           **error);
gboolean       _coop_criteria_check_list     (CoopJsonDocument  *document,
                                              JsonNode          *list_node,
                                              const char        *path,
                                              GError           **error);

G_END_DECLS
