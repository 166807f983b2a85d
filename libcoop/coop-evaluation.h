/* coop-evaluation.h
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
 * CoopEvaluationDecision:
 * @COOP_EVALUATION_DECISION_PENDING: no decision yet
 * @COOP_EVALUATION_DECISION_RENEW: renew the agreement
 * @COOP_EVALUATION_DECISION_AMEND: amend it
 * @COOP_EVALUATION_DECISION_STOP: stop it
 *
 * What an [class@Coop.Evaluation] decided.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_EVALUATION_DECISION_PENDING,
  COOP_EVALUATION_DECISION_RENEW,
  COOP_EVALUATION_DECISION_AMEND,
  COOP_EVALUATION_DECISION_STOP,
} CoopEvaluationDecision;

#define COOP_TYPE_EVALUATION (coop_evaluation_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopEvaluation, coop_evaluation, COOP, EVALUATION, GObject)

COOP_AVAILABLE_IN_1_0
CoopEvaluation         *coop_evaluation_new          (GDateTime              *date) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
GDateTime              *coop_evaluation_get_date     (CoopEvaluation         *self);
COOP_AVAILABLE_IN_1_0
const char             *coop_evaluation_get_findings (CoopEvaluation         *self);
COOP_AVAILABLE_IN_1_0
void                    coop_evaluation_set_findings (CoopEvaluation         *self,
                                                      const char             *findings);
COOP_AVAILABLE_IN_1_0
CoopEvaluationDecision  coop_evaluation_get_decision (CoopEvaluation         *self);
COOP_AVAILABLE_IN_1_0
void                    coop_evaluation_set_decision (CoopEvaluation         *self,
                                                      CoopEvaluationDecision  decision);

G_END_DECLS
