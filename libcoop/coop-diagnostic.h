/* coop-diagnostic.h
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

#include "coop-finding.h"
#include "coop-model.h"
#include "coop-version-macros.h"

G_BEGIN_DECLS

/**
 * CoopLeverAxis:
 * @COOP_LEVER_AXIS_IMPULSION_POLITIQUE: political impetus (levers 1 and 2)
 * @COOP_LEVER_AXIS_DIALOGUE_TERRITORIAL: territorial dialogue (levers 3 and 4)
 * @COOP_LEVER_AXIS_MISE_EN_MOUVEMENT: setting in motion (levers 5 and 6)
 * @COOP_LEVER_AXIS_CONVERGENCE: convergence of projects and resources
 *   (levers 7 to 10)
 *
 * The four axes of the wheel of cooperation: all must hold for it to turn.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_LEVER_AXIS_IMPULSION_POLITIQUE,
  COOP_LEVER_AXIS_DIALOGUE_TERRITORIAL,
  COOP_LEVER_AXIS_MISE_EN_MOUVEMENT,
  COOP_LEVER_AXIS_CONVERGENCE,
} CoopLeverAxis;

#define COOP_TYPE_LEVER_SCORE (coop_lever_score_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopLeverScore, coop_lever_score, COOP, LEVER_SCORE, GObject)

COOP_AVAILABLE_IN_1_0
guint               coop_lever_score_get_number         (CoopLeverScore *self);
COOP_AVAILABLE_IN_1_0
const char         *coop_lever_score_get_id             (CoopLeverScore *self);
COOP_AVAILABLE_IN_1_0
CoopLeverAxis       coop_lever_score_get_axis           (CoopLeverScore *self);
COOP_AVAILABLE_IN_1_0
const char         *coop_lever_score_get_label          (CoopLeverScore *self,
                                                         const char     *language);
COOP_AVAILABLE_IN_1_0
double              coop_lever_score_get_score          (CoopLeverScore *self);
COOP_AVAILABLE_IN_1_0
gboolean            coop_lever_score_get_weak           (CoopLeverScore *self);
COOP_AVAILABLE_IN_1_0
const char * const *coop_lever_score_get_evidence       (CoopLeverScore *self);
COOP_AVAILABLE_IN_1_0
const char         *coop_lever_score_get_recommendation (CoopLeverScore *self,
                                                         const char     *language);

#define COOP_TYPE_WARNING_SIGN (coop_warning_sign_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopWarningSign, coop_warning_sign, COOP, WARNING_SIGN, GObject)

COOP_AVAILABLE_IN_1_0
const char         *coop_warning_sign_get_code     (CoopWarningSign *self);
COOP_AVAILABLE_IN_1_0
CoopSeverity        coop_warning_sign_get_severity (CoopWarningSign *self);
COOP_AVAILABLE_IN_1_0
const char * const *coop_warning_sign_get_subjects (CoopWarningSign *self);
COOP_AVAILABLE_IN_1_0
double              coop_warning_sign_get_figure   (CoopWarningSign *self);
COOP_AVAILABLE_IN_1_0
const char         *coop_warning_sign_get_message  (CoopWarningSign *self,
                                                    const char      *language);

#define COOP_TYPE_DIAGNOSTIC (coop_diagnostic_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopDiagnostic, coop_diagnostic, COOP, DIAGNOSTIC, GObject)

COOP_AVAILABLE_IN_1_0
CoopDiagnostic *coop_diagnostic_new            (CoopModel          *model,
                                                GDateTime          *date) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
GDateTime      *coop_diagnostic_get_date       (CoopDiagnostic     *self);
COOP_AVAILABLE_IN_1_0
GListModel     *coop_diagnostic_get_levers     (CoopDiagnostic     *self);
COOP_AVAILABLE_IN_1_0
CoopLeverScore *coop_diagnostic_get_lever      (CoopDiagnostic     *self,
                                                guint               number);
COOP_AVAILABLE_IN_1_0
double          coop_diagnostic_get_axis_score (CoopDiagnostic     *self,
                                                CoopLeverAxis       axis);
COOP_AVAILABLE_IN_1_0
GListModel     *coop_diagnostic_get_warnings   (CoopDiagnostic     *self);
COOP_AVAILABLE_IN_1_0
const char     *coop_lever_axis_get_label      (CoopLeverAxis       axis,
                                                const char         *language);

G_END_DECLS
