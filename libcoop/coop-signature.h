/* coop-signature.h
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

#define COOP_TYPE_SIGNATURE (coop_signature_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopSignature, coop_signature, COOP, SIGNATURE, GObject)

COOP_AVAILABLE_IN_1_0
CoopSignature *coop_signature_new           (const char    *signatory) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
const char    *coop_signature_get_signatory (CoopSignature *self);
COOP_AVAILABLE_IN_1_0
const char    *coop_signature_get_mandate   (CoopSignature *self);
COOP_AVAILABLE_IN_1_0
void           coop_signature_set_mandate   (CoopSignature *self,
                                             const char    *mandate);
COOP_AVAILABLE_IN_1_0
GDateTime     *coop_signature_get_date      (CoopSignature *self);
COOP_AVAILABLE_IN_1_0
void           coop_signature_set_date      (CoopSignature *self,
                                             GDateTime     *date);

G_END_DECLS
