/* coop-agreement-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "coop-agreement.h"

G_BEGIN_DECLS

void _coop_agreement_set_status     (CoopAgreement       *self,
                                     CoopAgreementStatus  status);
void _coop_agreement_append_history (CoopAgreement       *self,
                                     CoopTransition      *transition);

G_END_DECLS
