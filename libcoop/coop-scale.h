/* coop-scale.h
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

#include "coop-scale-step.h"
#include "coop-version-macros.h"

G_BEGIN_DECLS

#define COOP_TYPE_SCALE (coop_scale_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopScale, coop_scale, COOP, SCALE, GObject)

COOP_AVAILABLE_IN_1_0
CoopScale     *coop_scale_new_from_file    (GFile         *file,
                                            GCancellable  *cancellable,
                                            GError       **error) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
CoopScale     *coop_scale_new_from_data    (const char    *data,
                                            gssize         length,
                                            GError       **error) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
CoopScale     *coop_scale_new_builtin      (const char    *id,
                                            GError       **error) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
char         **coop_scale_list_builtin     (void);
COOP_AVAILABLE_IN_1_0
const char    *coop_scale_get_id           (CoopScale     *self);
COOP_AVAILABLE_IN_1_0
const char    *coop_scale_get_name         (CoopScale     *self,
                                            const char    *language);
COOP_AVAILABLE_IN_1_0
const char    *coop_scale_get_source       (CoopScale     *self);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_scale_get_steps        (CoopScale     *self);
COOP_AVAILABLE_IN_1_0
guint          coop_scale_get_n_steps      (CoopScale     *self);
COOP_AVAILABLE_IN_1_0
CoopScaleStep *coop_scale_get_step         (CoopScale     *self,
                                            guint          level);

G_END_DECLS
