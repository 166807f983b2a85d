/* coop-scale-step.h
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

#define COOP_TYPE_SCALE_STEP (coop_scale_step_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopScaleStep, coop_scale_step, COOP, SCALE_STEP, GObject)

COOP_AVAILABLE_IN_1_0
guint       coop_scale_step_get_level       (CoopScaleStep *self);
COOP_AVAILABLE_IN_1_0
const char *coop_scale_step_get_id          (CoopScaleStep *self);
COOP_AVAILABLE_IN_1_0
const char *coop_scale_step_get_frey_level  (CoopScaleStep *self);
COOP_AVAILABLE_IN_1_0
const char *coop_scale_step_get_label       (CoopScaleStep *self,
                                             const char    *language);
COOP_AVAILABLE_IN_1_0
const char *coop_scale_step_get_description (CoopScaleStep *self,
                                             const char    *language);
COOP_AVAILABLE_IN_1_0
GListModel *coop_scale_step_get_criteria    (CoopScaleStep *self);

G_END_DECLS
