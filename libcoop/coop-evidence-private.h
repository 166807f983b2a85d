/* coop-evidence-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "coop-body.h"
#include "coop-criterion.h"
#include "coop-meeting.h"
#include "coop-model.h"

G_BEGIN_DECLS

/*
 * What the maturity assessment, the lever diagnostic and the warning signs
 * read from a model: which bodies, meetings and agreements reach the
 * territories of a cooperation, as of a date.
 *
 * A reference (a scope entry, a party, a participant's territory) reaches a
 * territory when their perimeters share a commune; an actor reaches what
 * its territory reaches. Départements and régions reach only themselves:
 * their presence says nothing of their communes meeting.
 *
 * A meeting of a body that does not reach them all is stricter: its
 * participants bring together only the territories someone was there
 * for, the territory itself or a part of it (a commune of an EPCI), never
 * a larger whole it belongs to.
 */
typedef struct
{
  CoopModel *model;
  GPtrArray *territories;   /* CoopTerritory */
  GPtrArray *perimeters;    /* GArray of sorted atlas commune indexes */
  GDateTime *date;
  GArray    *candidates[2]; /* positions of the bodies, of the agreements, that may reach */
} CoopEvidenceContext;

CoopEvidenceContext *_coop_evidence_context_new   (CoopModel           *model,
                                                   const char * const  *territories,
                                                   GDateTime           *date,
                                                   GError             **error);
void                 _coop_evidence_context_free  (CoopEvidenceContext *context);
gboolean             _coop_evidence_reaches       (CoopEvidenceContext *context,
                                                   const char          *reference,
                                                   guint                territory);
gboolean             _coop_evidence_reaches_all   (CoopEvidenceContext *context,
                                                   const char * const  *references);
gboolean             _coop_evidence_present_for   (CoopEvidenceContext *context,
                                                   const char          *reference,
                                                   guint                territory);
gboolean             _coop_evidence_meeting_reaches_all (CoopEvidenceContext *context,
                                                         CoopBody            *body,
                                                         gboolean             body_shared,
                                                         CoopMeeting         *meeting);
gboolean             _coop_evidence_perimeter_within (GArray          *inner,
                                                      GArray          *outer);
GArray              *_coop_evidence_get_candidates (CoopEvidenceContext *context,
                                                    gboolean             agreements);
CoopAgreementStatus  _coop_evidence_status_at     (CoopAgreement       *agreement,
                                                   GDateTime           *date);
gboolean             _coop_evidence_perimeters_meet (GArray          *a,
                                                     GArray          *b);
gboolean             _coop_evidence_evaluate      (CoopEvidenceContext *context,
                                                   CoopCriterion       *criterion,
                                                   GPtrArray           *evidence);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CoopEvidenceContext, _coop_evidence_context_free)

G_END_DECLS
