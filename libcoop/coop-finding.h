/* coop-finding.h
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

/**
 * CoopSeverity:
 * @COOP_SEVERITY_ERROR: the model is wrong and a result built on it would be too
 * @COOP_SEVERITY_WARNING: probably a mistake, or a risk worth a look
 * @COOP_SEVERITY_INFO: worth knowing; nothing to fix
 *
 * How serious a [class@Coop.Finding] is.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_SEVERITY_ERROR,
  COOP_SEVERITY_WARNING,
  COOP_SEVERITY_INFO,
} CoopSeverity;

#define COOP_TYPE_FINDING (coop_finding_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopFinding, coop_finding, COOP, FINDING, GObject)

COOP_AVAILABLE_IN_1_0
CoopFinding  *coop_finding_new          (CoopSeverity  severity,
                                         const char   *code,
                                         const char   *subject,
                                         const char   *path,
                                         guint         line,
                                         const char   *message) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
CoopSeverity  coop_finding_get_severity (CoopFinding  *self);
COOP_AVAILABLE_IN_1_0
const char   *coop_finding_get_code     (CoopFinding  *self);
COOP_AVAILABLE_IN_1_0
const char   *coop_finding_get_subject  (CoopFinding  *self);
COOP_AVAILABLE_IN_1_0
const char   *coop_finding_get_path     (CoopFinding  *self);
COOP_AVAILABLE_IN_1_0
guint         coop_finding_get_line     (CoopFinding  *self);
COOP_AVAILABLE_IN_1_0
const char   *coop_finding_get_message  (CoopFinding  *self);
COOP_AVAILABLE_IN_1_0
char         *coop_finding_to_string    (CoopFinding  *self);
COOP_AVAILABLE_IN_1_0
const char   *coop_severity_to_string   (CoopSeverity  severity);

G_END_DECLS
