/* coop-assessment-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "coop-assessment.h"

G_BEGIN_DECLS

CoopCriterionResult *_coop_criterion_result_new (CoopCriterion *criterion,
                                                 gboolean       met,
                                                 GPtrArray     *evidence);
CoopStepResult      *_coop_step_result_new      (CoopScaleStep *step,
                                                 GListStore    *criteria,
                                                 gboolean       criteria_met,
                                                 gboolean       reached);

G_END_DECLS
