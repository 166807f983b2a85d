/* coop-transition.h
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

#include "coop-agreement-kind.h"
#include "coop-version-macros.h"

G_BEGIN_DECLS

#define COOP_TYPE_TRANSITION (coop_transition_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopTransition, coop_transition, COOP, TRANSITION, GObject)

COOP_AVAILABLE_IN_1_0
CoopTransition      *coop_transition_new             (CoopAgreementStatus  from_status,
                                                      CoopAgreementStatus  to_status,
                                                      GDateTime           *date,
                                                      const char          *note) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
CoopAgreementStatus  coop_transition_get_from_status (CoopTransition      *self);
COOP_AVAILABLE_IN_1_0
CoopAgreementStatus  coop_transition_get_to_status   (CoopTransition      *self);
COOP_AVAILABLE_IN_1_0
GDateTime           *coop_transition_get_date        (CoopTransition      *self);
COOP_AVAILABLE_IN_1_0
const char          *coop_transition_get_note        (CoopTransition      *self);

G_END_DECLS
