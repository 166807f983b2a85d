/* coop-seat-step.h
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

#include "coop-seat-types.h"
#include "coop-version-macros.h"

G_BEGIN_DECLS

#define COOP_TYPE_SEAT_STEP (coop_seat_step_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopSeatStep, coop_seat_step, COOP, SEAT_STEP, GObject)

COOP_AVAILABLE_IN_1_0
CoopSeatStepKind  coop_seat_step_get_kind      (CoopSeatStep *self);
COOP_AVAILABLE_IN_1_0
const char       *coop_seat_step_get_paragraph (CoopSeatStep *self);
COOP_AVAILABLE_IN_1_0
const char       *coop_seat_step_get_text      (CoopSeatStep *self,
                                                const char   *language);

G_END_DECLS
