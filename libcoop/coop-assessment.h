/* coop-assessment.h
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

#include "coop-criterion.h"
#include "coop-model.h"
#include "coop-scale.h"
#include "coop-version-macros.h"

G_BEGIN_DECLS

#define COOP_TYPE_CRITERION_RESULT (coop_criterion_result_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopCriterionResult, coop_criterion_result, COOP, CRITERION_RESULT, GObject)

COOP_AVAILABLE_IN_1_0
CoopCriterion      *coop_criterion_result_get_criterion (CoopCriterionResult *self);
COOP_AVAILABLE_IN_1_0
gboolean            coop_criterion_result_get_met       (CoopCriterionResult *self);
COOP_AVAILABLE_IN_1_0
const char * const *coop_criterion_result_get_evidence  (CoopCriterionResult *self);

#define COOP_TYPE_STEP_RESULT (coop_step_result_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopStepResult, coop_step_result, COOP, STEP_RESULT, GObject)

COOP_AVAILABLE_IN_1_0
CoopScaleStep *coop_step_result_get_step         (CoopStepResult *self);
COOP_AVAILABLE_IN_1_0
gboolean       coop_step_result_get_reached      (CoopStepResult *self);
COOP_AVAILABLE_IN_1_0
gboolean       coop_step_result_get_criteria_met (CoopStepResult *self);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_step_result_get_criteria     (CoopStepResult *self);

#define COOP_TYPE_ASSESSMENT (coop_assessment_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopAssessment, coop_assessment, COOP, ASSESSMENT, GObject)

COOP_AVAILABLE_IN_1_0
CoopAssessment     *coop_assessment_new             (CoopModel          *model,
                                                     CoopScale          *scale,
                                                     const char * const *territories,
                                                     GDateTime          *date,
                                                     GError            **error) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
GListModel         *coop_assessment_list_staircase  (CoopModel          *model,
                                                     CoopScale          *scale,
                                                     const char * const *territories,
                                                     GDateTime         **dates,
                                                     guint               n_dates,
                                                     GError            **error);
COOP_AVAILABLE_IN_1_0
CoopScale          *coop_assessment_get_scale       (CoopAssessment     *self);
COOP_AVAILABLE_IN_1_0
GDateTime          *coop_assessment_get_date        (CoopAssessment     *self);
COOP_AVAILABLE_IN_1_0
const char * const *coop_assessment_get_territories (CoopAssessment     *self);
COOP_AVAILABLE_IN_1_0
guint               coop_assessment_get_level       (CoopAssessment     *self);
COOP_AVAILABLE_IN_1_0
CoopScaleStep      *coop_assessment_get_step        (CoopAssessment     *self);
COOP_AVAILABLE_IN_1_0
CoopScaleStep      *coop_assessment_get_next_step   (CoopAssessment     *self);
COOP_AVAILABLE_IN_1_0
GListModel         *coop_assessment_get_steps       (CoopAssessment     *self);
COOP_AVAILABLE_IN_1_0
char              **coop_assessment_dup_missing     (CoopAssessment     *self,
                                                     const char         *language);

G_END_DECLS
