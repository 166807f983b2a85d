/* coop-agreement.h
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

#include "coop-action.h"
#include "coop-agreement-kind.h"
#include "coop-agreement-link.h"
#include "coop-evaluation.h"
#include "coop-milestone.h"
#include "coop-party.h"
#include "coop-pooled-resource.h"
#include "coop-signature.h"
#include "coop-transition.h"
#include "coop-version-macros.h"

G_BEGIN_DECLS

#define COOP_TYPE_AGREEMENT (coop_agreement_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopAgreement, coop_agreement, COOP, AGREEMENT, GObject)

COOP_AVAILABLE_IN_1_0
CoopAgreement       *coop_agreement_new                  (const char           *id,
                                                          CoopAgreementKind     kind,
                                                          const char           *title) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
const char          *coop_agreement_get_id               (CoopAgreement        *self);
COOP_AVAILABLE_IN_1_0
CoopAgreementKind    coop_agreement_get_kind             (CoopAgreement        *self);
COOP_AVAILABLE_IN_1_0
const char          *coop_agreement_get_title            (CoopAgreement        *self);
COOP_AVAILABLE_IN_1_0
CoopAgreementStatus  coop_agreement_get_status           (CoopAgreement        *self);
COOP_AVAILABLE_IN_1_0
GDateTime           *coop_agreement_get_start            (CoopAgreement        *self);
COOP_AVAILABLE_IN_1_0
void                 coop_agreement_set_start            (CoopAgreement        *self,
                                                          GDateTime            *start);
COOP_AVAILABLE_IN_1_0
GDateTime           *coop_agreement_get_end              (CoopAgreement        *self);
COOP_AVAILABLE_IN_1_0
void                 coop_agreement_set_end              (CoopAgreement        *self,
                                                          GDateTime            *end);
COOP_AVAILABLE_IN_1_0
const char          *coop_agreement_get_description      (CoopAgreement        *self);
COOP_AVAILABLE_IN_1_0
void                 coop_agreement_set_description      (CoopAgreement        *self,
                                                          const char           *description);
COOP_AVAILABLE_IN_1_0
GListModel          *coop_agreement_get_parties          (CoopAgreement        *self);
COOP_AVAILABLE_IN_1_0
gboolean             coop_agreement_add_party            (CoopAgreement        *self,
                                                          CoopParty            *party,
                                                          GError              **error);
COOP_AVAILABLE_IN_1_0
GListModel          *coop_agreement_get_signatures       (CoopAgreement        *self);
COOP_AVAILABLE_IN_1_0
void                 coop_agreement_add_signature        (CoopAgreement        *self,
                                                          CoopSignature        *signature);
COOP_AVAILABLE_IN_1_0
GListModel          *coop_agreement_get_history          (CoopAgreement        *self);
COOP_AVAILABLE_IN_1_0
GListModel          *coop_agreement_get_related          (CoopAgreement        *self);
COOP_AVAILABLE_IN_1_0
void                 coop_agreement_add_link             (CoopAgreement        *self,
                                                          CoopAgreementLink    *link);
COOP_AVAILABLE_IN_1_0
GListModel          *coop_agreement_get_milestones       (CoopAgreement        *self);
COOP_AVAILABLE_IN_1_0
void                 coop_agreement_add_milestone        (CoopAgreement        *self,
                                                          CoopMilestone        *milestone);
COOP_AVAILABLE_IN_1_0
GListModel          *coop_agreement_get_actions          (CoopAgreement        *self);
COOP_AVAILABLE_IN_1_0
gboolean             coop_agreement_add_action           (CoopAgreement        *self,
                                                          CoopAction           *action,
                                                          GError              **error);
COOP_AVAILABLE_IN_1_0
GListModel          *coop_agreement_get_evaluations      (CoopAgreement        *self);
COOP_AVAILABLE_IN_1_0
void                 coop_agreement_add_evaluation       (CoopAgreement        *self,
                                                          CoopEvaluation       *evaluation);
COOP_AVAILABLE_IN_1_0
GListModel          *coop_agreement_get_pooled_resources (CoopAgreement        *self);
COOP_AVAILABLE_IN_1_0
void                 coop_agreement_add_pooled_resource  (CoopAgreement        *self,
                                                          CoopPooledResource   *pooled_resource);
COOP_AVAILABLE_IN_1_0
double               coop_agreement_get_progress         (CoopAgreement        *self);
COOP_AVAILABLE_IN_1_0
CoopAction          *coop_agreement_lookup_action        (CoopAgreement        *self,
                                                          const char           *id);
COOP_AVAILABLE_IN_1_0
gboolean             coop_agreement_has_party            (CoopAgreement        *self,
                                                          const char           *reference);
COOP_AVAILABLE_IN_1_0
gboolean             coop_agreement_can_transition       (CoopAgreement        *self,
                                                          CoopAgreementStatus   status);
COOP_AVAILABLE_IN_1_0
gboolean             coop_agreement_transition           (CoopAgreement        *self,
                                                          CoopAgreementStatus   status,
                                                          GDateTime            *date,
                                                          const char           *note,
                                                          GError              **error);

COOP_AVAILABLE_IN_1_0
const char *coop_agreement_get_kind_code            (CoopAgreement  *self);
COOP_AVAILABLE_IN_1_0
const char *coop_agreement_get_kind_label           (CoopAgreement  *self);
COOP_AVAILABLE_IN_1_0
const char *coop_agreement_get_kind_legal_reference (CoopAgreement  *self);
COOP_AVAILABLE_IN_1_0
gboolean    coop_agreement_set_kind_code            (CoopAgreement  *self,
                                                     const char  *code,
                                                     const char  *label,
                                                     const char  *legal_reference,
                                                     GError     **error);

G_END_DECLS
