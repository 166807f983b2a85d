/* coop-report.h
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

#include "coop-model.h"
#include "coop-scale.h"
#include "coop-version-macros.h"

G_BEGIN_DECLS

#define COOP_TYPE_REPORT (coop_report_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopReport, coop_report, COOP, REPORT, GObject)

COOP_AVAILABLE_IN_1_0
CoopReport *coop_report_new              (CoopModel     *model) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
CoopModel  *coop_report_get_model        (CoopReport    *self);
COOP_AVAILABLE_IN_1_0
const char *coop_report_get_territory    (CoopReport    *self);
COOP_AVAILABLE_IN_1_0
void        coop_report_set_territory    (CoopReport    *self,
                                          const char    *reference);
COOP_AVAILABLE_IN_1_0
GDateTime  *coop_report_get_date         (CoopReport    *self);
COOP_AVAILABLE_IN_1_0
void        coop_report_set_date         (CoopReport    *self,
                                          GDateTime     *date);
COOP_AVAILABLE_IN_1_0
const char *coop_report_get_language     (CoopReport    *self);
COOP_AVAILABLE_IN_1_0
void        coop_report_set_language     (CoopReport    *self,
                                          const char    *language);
COOP_AVAILABLE_IN_1_0
CoopScale  *coop_report_get_scale        (CoopReport    *self);
COOP_AVAILABLE_IN_1_0
void        coop_report_set_scale        (CoopReport    *self,
                                          CoopScale     *scale);
COOP_AVAILABLE_IN_1_0
char       *coop_report_to_html          (CoopReport    *self,
                                          GError       **error);
COOP_AVAILABLE_IN_1_0
char       *coop_report_to_markdown      (CoopReport    *self,
                                          GError       **error);
COOP_AVAILABLE_IN_1_0
gboolean    coop_report_save_to_file     (CoopReport    *self,
                                          GFile         *file,
                                          GCancellable  *cancellable,
                                          GError       **error);

G_END_DECLS
