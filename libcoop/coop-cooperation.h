/* coop-cooperation.h
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
#include "coop-version-macros.h"

G_BEGIN_DECLS

#define COOP_TYPE_COOPERATION (coop_cooperation_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopCooperation, coop_cooperation, COOP, COOPERATION, GObject)

COOP_AVAILABLE_IN_1_0
GListModel         *coop_cooperation_list_in_model   (CoopModel       *model);
COOP_AVAILABLE_IN_1_0
const char * const *coop_cooperation_get_territories (CoopCooperation *self);
COOP_AVAILABLE_IN_1_0
const char         *coop_cooperation_get_name        (CoopCooperation *self);
COOP_AVAILABLE_IN_1_0
const char * const *coop_cooperation_get_sources     (CoopCooperation *self);
COOP_AVAILABLE_IN_1_0
gboolean            coop_cooperation_involves        (CoopCooperation *self,
                                                      const char      *reference);

G_END_DECLS
