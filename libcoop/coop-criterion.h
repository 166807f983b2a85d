/* coop-criterion.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(COOP_INSIDE) && !defined(COOP_COMPILATION)
# error "Only <libcoop.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coop-version-macros.h"

G_BEGIN_DECLS

/**
 * CoopCriterionKind:
 * @COOP_CRITERION_KIND_SHARED_BODY: a body whose scope or members reach
 *   every territory of the cooperation (`shared-body`)
 * @COOP_CRITERION_KIND_MEETINGS: meetings of such a body, or meetings with
 *   participants from every territory (`meetings`)
 * @COOP_CRITERION_KIND_AGREEMENT: an agreement whose parties include every
 *   territory (`agreement`)
 * @COOP_CRITERION_KIND_POOLED_RESOURCE: a resource pooled under an
 *   agreement of the cooperation (`pooled-resource`)
 * @COOP_CRITERION_KIND_EVALUATION_RENEWED: an agreement of the cooperation
 *   evaluated and then renewed (`evaluation-renewed`)
 * @COOP_CRITERION_KIND_ANY: met when any of its sub-criteria is (`any`)
 *
 * The vocabulary of evidence criteria a [class@Coop.Scale] is built from.
 * The nick of each value is the string used in scale definition files.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_CRITERION_KIND_SHARED_BODY,
  COOP_CRITERION_KIND_MEETINGS,
  COOP_CRITERION_KIND_AGREEMENT,
  COOP_CRITERION_KIND_POOLED_RESOURCE,
  COOP_CRITERION_KIND_EVALUATION_RENEWED,
  COOP_CRITERION_KIND_ANY,
} CoopCriterionKind;

#define COOP_TYPE_CRITERION (coop_criterion_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopCriterion, coop_criterion, COOP, CRITERION, GObject)

COOP_AVAILABLE_IN_1_0
CoopCriterionKind   coop_criterion_get_kind              (CoopCriterion *self);
COOP_AVAILABLE_IN_1_0
guint               coop_criterion_get_min               (CoopCriterion *self);
COOP_AVAILABLE_IN_1_0
guint               coop_criterion_get_window_days       (CoopCriterion *self);
COOP_AVAILABLE_IN_1_0
const char * const *coop_criterion_get_body_kinds        (CoopCriterion *self);
COOP_AVAILABLE_IN_1_0
const char * const *coop_criterion_get_agreement_kinds   (CoopCriterion *self);
COOP_AVAILABLE_IN_1_0
const char * const *coop_criterion_get_statuses          (CoopCriterion *self);
COOP_AVAILABLE_IN_1_0
gboolean            coop_criterion_get_signed_by_all     (CoopCriterion *self);
COOP_AVAILABLE_IN_1_0
gboolean            coop_criterion_get_functions_assigned (CoopCriterion *self);
COOP_AVAILABLE_IN_1_0
guint               coop_criterion_get_actions_under_way (CoopCriterion *self);
COOP_AVAILABLE_IN_1_0
GListModel         *coop_criterion_get_alternatives      (CoopCriterion *self);
COOP_AVAILABLE_IN_1_0
char               *coop_criterion_describe              (CoopCriterion *self,
                                                          const char    *language);

G_END_DECLS
