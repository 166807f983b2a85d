/* coop-agreement-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "coop-open-code-private.h"

#include "coop-agreement.h"

G_BEGIN_DECLS

struct _CoopAgreement
{
  GObject              parent_instance;

  char                *id;
  CoopAgreementKind    kind;
  CoopOpenCode         kind_code;
  char                *title;
  CoopAgreementStatus  status;
  GDateTime           *start;
  GDateTime           *end;
  char                *description;
  GListStore          *parties;
  GListStore          *signatures;
  GListStore          *history;
  GListStore          *related;
  GListStore          *milestones;
  GListStore          *actions;
  GListStore          *evaluations;
  GListStore          *pooled_resources;
};

void _coop_agreement_set_status      (CoopAgreement       *self,
                                      CoopAgreementStatus  status);
void _coop_agreement_append_history  (CoopAgreement       *self,
                                      CoopTransition      *transition);
void _coop_agreement_notify_progress (CoopAgreement       *self);

G_END_DECLS
