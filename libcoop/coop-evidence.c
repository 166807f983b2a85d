/* coop-evidence.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-action.h"
#include "coop-actor.h"
#include "coop-agreement.h"
#include "coop-agreement-link.h"
#include "coop-atlas-private.h"
#include "coop-body.h"
#include "coop-enum-types.h"
#include "coop-error.h"
#include "coop-evaluation.h"
#include "coop-i18n-private.h"
#include "coop-evidence-private.h"
#include "coop-mandate.h"
#include "coop-meeting.h"
#include "coop-model-index-private.h"
#include "coop-model-private.h"
#include "coop-party.h"
#include "coop-pooled-resource.h"
#include "coop-signature.h"
#include "coop-transition.h"

CoopEvidenceContext *
_coop_evidence_context_new (CoopModel           *model,
                            const char * const  *territories,
                            GDateTime           *date,
                            GError             **error)
{
  g_autoptr(CoopEvidenceContext) context = g_new0 (CoopEvidenceContext, 1);

  context->model = g_object_ref (model);
  context->territories = g_ptr_array_new_with_free_func (g_object_unref);
  context->perimeters = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  context->date = date != NULL ? g_date_time_ref (date) : g_date_time_new_now_utc ();

  if (territories == NULL || territories[0] == NULL)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("a cooperation needs at least one territory"));
      return NULL;
    }

  for (guint i = 0; territories[i] != NULL; i++)
    {
      CoopTerritory *territory = coop_model_lookup (model, territories[i]);

      if (territory == NULL)
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_UNKNOWN_REFERENCE,
                       _("“%s” names no territory of the model or the atlas"), territories[i]);
          return NULL;
        }

      for (guint j = 0; j < context->territories->len; j++)
        {
          if (g_ptr_array_index (context->territories, j) == territory)
            {
              g_set_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE,
                           _("“%s” is listed twice in the cooperation"), territories[i]);
              g_object_unref (territory);
              return NULL;
            }
        }

      g_ptr_array_add (context->territories, territory);
      g_ptr_array_add (context->perimeters,
                       g_array_ref (_coop_model_index_get_perimeter (_coop_model_get_index (model), territory)));
    }

  return g_steal_pointer (&context);
}

void
_coop_evidence_context_free (CoopEvidenceContext *context)
{
  if (context == NULL)
    return;

  g_clear_object (&context->model);
  g_clear_pointer (&context->territories, g_ptr_array_unref);
  g_clear_pointer (&context->perimeters, g_ptr_array_unref);
  g_clear_pointer (&context->date, g_date_time_unref);
  g_clear_pointer (&context->candidates[0], g_array_unref);
  g_clear_pointer (&context->candidates[1], g_array_unref);
  g_free (context);
}

gboolean
_coop_evidence_perimeters_meet (GArray *a,
                                GArray *b)
{
  guint i = 0, j = 0;

  while (i < a->len && j < b->len)
    {
      guint32 x = g_array_index (a, guint32, i);
      guint32 y = g_array_index (b, guint32, j);

      if (x == y)
        return TRUE;
      if (x < y)
        i++;
      else
        j++;
    }

  return FALSE;
}

/* The positions of the model's bodies (or agreements) that mention
 * something reaching the cooperation's first territory, in the model's
 * order: what any rule counts must reach every territory, so the others
 * need not be read. */
GArray *
_coop_evidence_get_candidates (CoopEvidenceContext *context,
                               gboolean             agreements)
{
  guint kind = agreements ? 1 : 0;

  if (context->candidates[kind] == NULL)
    context->candidates[kind] = _coop_model_index_dup_candidates (_coop_model_get_index (context->model),
                                                                  g_ptr_array_index (context->territories, 0),
                                                                  agreements);

  return context->candidates[kind];
}

gboolean
_coop_evidence_reaches (CoopEvidenceContext *context,
                        const char          *reference,
                        guint                territory)
{
  CoopModelIndex *index = _coop_model_get_index (context->model);
  CoopTerritory *found;
  CoopActor *actor;

  if (reference == NULL)
    return FALSE;

  found = _coop_model_index_resolve (index, reference);
  if (found == NULL)
    {
      /* An actor reaches what its territory reaches. */
      actor = coop_model_get_actor (context->model, reference);
      if (actor == NULL || coop_actor_get_territory (actor) == NULL)
        return FALSE;
      found = _coop_model_index_resolve (index, coop_actor_get_territory (actor));
      if (found == NULL)
        return FALSE;
    }

  if (found == g_ptr_array_index (context->territories, territory))
    return TRUE;

  /* A département or a région in a scope or among parties is a partner of
   * its own, not a sign that all its communes meet: it reaches only itself. */
  if (coop_territory_get_kind (found) == COOP_TERRITORY_KIND_DEPARTEMENT ||
      coop_territory_get_kind (found) == COOP_TERRITORY_KIND_REGION)
    return FALSE;

  return _coop_evidence_perimeters_meet (_coop_model_index_get_perimeter (index, found),
                                         g_ptr_array_index (context->perimeters, territory));
}

/* Whether every commune of @inner is one of @outer's (both sorted), and
 * @inner has at least one. */
gboolean
_coop_evidence_perimeter_within (GArray *inner,
                                 GArray *outer)
{
  guint j = 0;

  if (inner->len == 0)
    return FALSE;

  for (guint i = 0; i < inner->len; i++)
    {
      guint32 x = g_array_index (inner, guint32, i);

      while (j < outer->len && g_array_index (outer, guint32, j) < x)
        j++;
      if (j == outer->len || g_array_index (outer, guint32, j) != x)
        return FALSE;
    }

  return TRUE;
}

/* Whether someone acting for @reference was there for the cooperation's
 * territory number @territory: @reference is that territory or lies within
 * it. Acting for a larger whole (an EPCI) does not make each of its parts
 * (its communes) present; a département or a région is present only as
 * itself. */
gboolean
_coop_evidence_present_for (CoopEvidenceContext *context,
                            const char          *reference,
                            guint                territory)
{
  CoopModelIndex *index = _coop_model_get_index (context->model);
  CoopTerritory *found;

  if (reference == NULL)
    return FALSE;

  /* The model's index resolves each reference and computes each perimeter
   * once, so a meeting costs its participants, not the model's size. */
  found = _coop_model_index_resolve (index, reference);
  if (found == NULL)
    return FALSE;
  if (found == g_ptr_array_index (context->territories, territory))
    return TRUE;
  if (coop_territory_get_kind (found) == COOP_TERRITORY_KIND_DEPARTEMENT ||
      coop_territory_get_kind (found) == COOP_TERRITORY_KIND_REGION)
    return FALSE;

  return _coop_evidence_perimeter_within (_coop_model_index_get_perimeter (index, found),
                                          g_ptr_array_index (context->perimeters, territory));
}

/* What a mandate acts for: the territory it represents, or else the
 * territory it is held in. */
static const char *
mandate_acts_for (CoopMandate *mandate)
{
  if (coop_mandate_get_on_behalf_of (mandate) != NULL)
    return coop_mandate_get_on_behalf_of (mandate);
  return coop_mandate_get_territory (mandate);
}

/* The territories a participant was at a meeting of @body for: what their
 * mandates in that body running on the day act for; without one, what any
 * of their mandates running on the day acts for; without any, the
 * territory the actor belongs to. A participant that names a territory
 * stands for it. */
static GPtrArray *
participant_acts_for (CoopEvidenceContext *context,
                      const char          *participant,
                      CoopBody            *body,
                      GDateTime           *when)
{
  /* Only the participant's own mandates, from the model's index: scanning
   * every mandate per participant made assessments quadratic. */
  GPtrArray *mandates = _coop_model_index_get_actor_mandates (_coop_model_get_index (context->model),
                                                              participant);
  g_autoptr(GPtrArray) in_body = g_ptr_array_new ();
  g_autoptr(GPtrArray) elsewhere = g_ptr_array_new ();
  CoopActor *actor = coop_model_get_actor (context->model, participant);

  if (actor == NULL)
    {
      GPtrArray *itself = g_ptr_array_new ();

      g_ptr_array_add (itself, (gpointer)participant);
      return itself;
    }

  for (guint i = 0; mandates != NULL && i < mandates->len; i++)
    {
      CoopMandate *mandate = g_ptr_array_index (mandates, i);
      const char *acts_for = mandate_acts_for (mandate);

      if (acts_for == NULL || (when != NULL && !coop_mandate_is_active (mandate, when)))
        continue;

      if (g_strcmp0 (coop_mandate_get_body (mandate), coop_body_get_id (body)) == 0)
        g_ptr_array_add (in_body, (gpointer)acts_for);
      else
        g_ptr_array_add (elsewhere, (gpointer)acts_for);
    }

  if (in_body->len > 0)
    return g_steal_pointer (&in_body);
  if (elsewhere->len == 0 && coop_actor_get_territory (actor) != NULL)
    g_ptr_array_add (elsewhere, (gpointer)coop_actor_get_territory (actor));
  return g_steal_pointer (&elsewhere);
}

/* Whether a meeting brought every territory of the cooperation together:
 * a meeting of a body whose scope reaches them all (its members come from
 * every one of them), or a meeting where someone was there for each of
 * them. */
gboolean
_coop_evidence_meeting_reaches_all (CoopEvidenceContext *context,
                                    CoopBody            *body,
                                    gboolean             body_shared,
                                    CoopMeeting         *meeting)
{
  const char * const *participants = coop_meeting_get_participants (meeting);
  g_autoptr(GPtrArray) acts_for = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);

  if (body_shared)
    return TRUE;
  if (participants == NULL || participants[0] == NULL)
    return FALSE;

  for (guint p = 0; participants[p] != NULL; p++)
    g_ptr_array_add (acts_for, participant_acts_for (context, participants[p], body,
                                                     coop_meeting_get_date (meeting)));

  for (guint t = 0; t < context->territories->len; t++)
    {
      gboolean present = FALSE;

      for (guint p = 0; p < acts_for->len && !present; p++)
        {
          GPtrArray *territories = g_ptr_array_index (acts_for, p);

          for (guint r = 0; r < territories->len && !present; r++)
            present = _coop_evidence_present_for (context, g_ptr_array_index (territories, r), t);
        }

      if (!present)
        return FALSE;
    }

  return TRUE;
}

gboolean
_coop_evidence_reaches_all (CoopEvidenceContext *context,
                            const char * const  *references)
{
  for (guint t = 0; t < context->territories->len; t++)
    {
      gboolean reached = FALSE;

      for (guint r = 0; references != NULL && references[r] != NULL && !reached; r++)
        reached = _coop_evidence_reaches (context, references[r], t);

      if (!reached)
        return FALSE;
    }

  return TRUE;
}

static gboolean
on_or_before (GDateTime *when,
              GDateTime *date)
{
  return when == NULL || g_date_time_compare (when, date) <= 0;
}

/* The status an agreement had on @date, read from its dated history; an
 * agreement without history is taken in its current status. */
CoopAgreementStatus
_coop_evidence_status_at (CoopAgreement *agreement,
                          GDateTime     *date)
{
  GListModel *history = coop_agreement_get_history (agreement);
  guint n = g_list_model_get_n_items (history);
  CoopAgreementStatus status = COOP_AGREEMENT_STATUS_DRAFT;
  GDateTime *latest = NULL;

  if (n == 0)
    return coop_agreement_get_status (agreement);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopTransition) transition = g_list_model_get_item (history, i);
      GDateTime *when = coop_transition_get_date (transition);

      if (when != NULL && g_date_time_compare (when, date) > 0)
        continue;
      if (latest == NULL || when == NULL || g_date_time_compare (when, latest) >= 0)
        {
          status = coop_transition_get_to_status (transition);
          latest = when;
        }
    }

  return status;
}

static gboolean
nick_in (GType               type,
         int                 value,
         const char * const *nicks)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *enum_value;

  if (nicks == NULL || nicks[0] == NULL)
    return TRUE;

  klass = g_type_class_ref (type);
  enum_value = g_enum_get_value (klass, value);
  return enum_value != NULL && g_strv_contains (nicks, enum_value->value_nick);
}

static char **
party_references (CoopAgreement *agreement)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GListModel *parties = coop_agreement_get_parties (agreement);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(CoopParty) party = g_list_model_get_item (parties, i);

      g_strv_builder_add (builder, coop_party_get_reference (party));
    }

  return g_strv_builder_end (builder);
}

/* Who had signed by @date, from the recorded signatures (an undated one
 * counts): a party named signatory has yet to sign until its signature is
 * recorded. */
static char **
signed_by (CoopAgreement *agreement,
           GDateTime     *date)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GListModel *signatures = coop_agreement_get_signatures (agreement);

  for (guint i = 0; i < g_list_model_get_n_items (signatures); i++)
    {
      g_autoptr(CoopSignature) signature = g_list_model_get_item (signatures, i);

      if (on_or_before (coop_signature_get_date (signature), date))
        g_strv_builder_add (builder, coop_signature_get_signatory (signature));
    }

  return g_strv_builder_end (builder);
}

/* A body counts from its creation to its dissolution, when it reaches
 * every territory. */

/* Kinds are open codelists: compare codes, known nicks or a model's own. */
static gboolean
code_in (const char         *code,
         const char * const *codes)
{
  return codes == NULL || codes[0] == NULL || g_strv_contains (codes, code);
}

static gboolean
body_is_shared (CoopEvidenceContext *context,
                CoopBody            *body,
                CoopCriterion       *criterion)
{
  return coop_body_is_active (body, context->date) &&
         code_in (coop_body_get_kind_code (body), coop_criterion_get_body_kinds (criterion)) &&
         _coop_evidence_reaches_all (context, coop_body_get_scope (body));
}

static void
add_evidence (GPtrArray  *evidence,
              const char *format,
              ...) G_GNUC_PRINTF (2, 3);

static void
add_evidence (GPtrArray  *evidence,
              const char *format,
              ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (evidence, g_strdup_vprintf (format, args));
  va_end (args);
}

static guint
count_shared_bodies (CoopEvidenceContext *context,
                     CoopCriterion       *criterion,
                     GPtrArray           *evidence)
{
  GListModel *bodies = coop_model_get_bodies (context->model);
  guint found = 0;

  GArray *candidates = _coop_evidence_get_candidates (context, FALSE);

  for (guint c = 0; c < candidates->len; c++)
    {
      g_autoptr(CoopBody) body = g_list_model_get_item (bodies, g_array_index (candidates, guint, c));

      if (body_is_shared (context, body, criterion))
        {
          found++;
          add_evidence (evidence, "body:%s", coop_body_get_id (body));
        }
    }

  return found;
}

static gboolean
meeting_in_window (CoopEvidenceContext *context,
                   CoopMeeting         *meeting,
                   guint                window_days)
{
  GDateTime *when = coop_meeting_get_date (meeting);
  g_autoptr(GDateTime) start = NULL;

  if (when == NULL || g_date_time_compare (when, context->date) > 0)
    return FALSE;
  if (window_days == 0)
    return TRUE;

  /* A window reaching back before year 1 takes in every earlier meeting. */
  start = g_date_time_add_days (context->date, -(int)window_days);
  return start == NULL || g_date_time_compare (when, start) > 0;
}

static guint
count_meetings (CoopEvidenceContext *context,
                CoopCriterion       *criterion,
                GPtrArray           *evidence)
{
  GListModel *bodies = coop_model_get_bodies (context->model);
  guint found = 0;

  GArray *candidates = _coop_evidence_get_candidates (context, FALSE);

  for (guint c = 0; c < candidates->len; c++)
    {
      g_autoptr(CoopBody) body = g_list_model_get_item (bodies, g_array_index (candidates, guint, c));
      GListModel *meetings = coop_body_get_meetings (body);
      gboolean shared;

      if (!code_in (coop_body_get_kind_code (body), coop_criterion_get_body_kinds (criterion)))
        continue;

      shared = _coop_evidence_reaches_all (context, coop_body_get_scope (body));

      for (guint m = 0; m < g_list_model_get_n_items (meetings); m++)
        {
          g_autoptr(CoopMeeting) meeting = g_list_model_get_item (meetings, m);
          g_autofree char *day = NULL;

          if (!meeting_in_window (context, meeting, coop_criterion_get_window_days (criterion)))
            continue;

          if (!_coop_evidence_meeting_reaches_all (context, body, shared, meeting))
            continue;

          found++;
          day = g_date_time_format (coop_meeting_get_date (meeting), "%Y-%m-%d");
          add_evidence (evidence, "meeting:%s@%s", coop_body_get_id (body), day);
        }
    }

  return found;
}

static gboolean
functions_all_assigned (CoopAgreement *agreement)
{
  GListModel *actions = coop_agreement_get_actions (agreement);
  guint n = g_list_model_get_n_items (actions);

  if (n == 0)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopAction) action = g_list_model_get_item (actions, i);

      for (guint f = COOP_FUNCTION_POLITICAL_DECISION; f <= COOP_FUNCTION_COMMUNICATION; f++)
        {
          const char * const *holders = coop_action_get_holders (action, f);

          if (holders == NULL || holders[0] == NULL)
            return FALSE;
        }
    }

  return TRUE;
}

static guint
count_actions_under_way (CoopEvidenceContext *context,
                         CoopAgreement       *agreement)
{
  GListModel *actions = coop_agreement_get_actions (agreement);
  guint found = 0;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CoopAction) action = g_list_model_get_item (actions, i);

      if (coop_action_get_status (action) == COOP_ACTION_STATUS_UNDER_WAY &&
          on_or_before (coop_action_get_start (action), context->date))
        found++;
    }

  return found;
}

static gboolean
agreement_of_cooperation (CoopEvidenceContext *context,
                          CoopAgreement       *agreement)
{
  g_auto(GStrv) parties = party_references (agreement);

  return _coop_evidence_reaches_all (context, (const char * const *)parties);
}

static guint
count_agreements (CoopEvidenceContext *context,
                  CoopCriterion       *criterion,
                  GPtrArray           *evidence)
{
  GListModel *agreements = coop_model_get_agreements (context->model);
  guint found = 0;

  GArray *candidates = _coop_evidence_get_candidates (context, TRUE);

  for (guint c = 0; c < candidates->len; c++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, g_array_index (candidates, guint, c));
      CoopAgreementStatus status = _coop_evidence_status_at (agreement, context->date);

      if (!code_in (coop_agreement_get_kind_code (agreement), coop_criterion_get_agreement_kinds (criterion)) ||
          !nick_in (COOP_TYPE_AGREEMENT_STATUS, status, coop_criterion_get_statuses (criterion)) ||
          !agreement_of_cooperation (context, agreement))
        continue;

      if (coop_criterion_get_signed_by_all (criterion))
        {
          g_auto(GStrv) signatories = signed_by (agreement, context->date);

          if (!_coop_evidence_reaches_all (context, (const char * const *)signatories))
            continue;
        }

      if (coop_criterion_get_functions_assigned (criterion) && !functions_all_assigned (agreement))
        continue;

      if (coop_criterion_get_actions_under_way (criterion) > 0 &&
          count_actions_under_way (context, agreement) < coop_criterion_get_actions_under_way (criterion))
        continue;

      found++;
      add_evidence (evidence, "agreement:%s", coop_agreement_get_id (agreement));
    }

  return found;
}

static gboolean
agreement_active (CoopEvidenceContext *context,
                  CoopAgreement       *agreement)
{
  switch (_coop_evidence_status_at (agreement, context->date))
    {
    case COOP_AGREEMENT_STATUS_SIGNED:
    case COOP_AGREEMENT_STATUS_IN_FORCE:
    case COOP_AGREEMENT_STATUS_UNDER_EVALUATION:
    case COOP_AGREEMENT_STATUS_RENEWED:
      return TRUE;
    default:
      return FALSE;
    }
}

static guint
count_pooled_resources (CoopEvidenceContext *context,
                        GPtrArray           *evidence)
{
  GListModel *agreements = coop_model_get_agreements (context->model);
  guint found = 0;

  GArray *candidates = _coop_evidence_get_candidates (context, TRUE);

  for (guint c = 0; c < candidates->len; c++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, g_array_index (candidates, guint, c));
      GListModel *resources = coop_agreement_get_pooled_resources (agreement);

      if (!agreement_active (context, agreement) || !agreement_of_cooperation (context, agreement))
        continue;

      for (guint r = 0; r < g_list_model_get_n_items (resources); r++)
        {
          g_autoptr(CoopPooledResource) resource = g_list_model_get_item (resources, r);

          found++;
          add_evidence (evidence, "resource:%s/%s", coop_agreement_get_id (agreement),
                        coop_pooled_resource_get_title (resource));
        }
    }

  return found;
}

/* An evaluation that decided to renew, followed (by the date of the
 * assessment) by a transition to "renewed". */
static guint
count_renewals (CoopEvidenceContext *context,
                GPtrArray           *evidence)
{
  GListModel *agreements = coop_model_get_agreements (context->model);
  guint found = 0;

  GArray *candidates = _coop_evidence_get_candidates (context, TRUE);

  for (guint c = 0; c < candidates->len; c++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, g_array_index (candidates, guint, c));
      GListModel *evaluations = coop_agreement_get_evaluations (agreement);
      GListModel *history = coop_agreement_get_history (agreement);
      gboolean renewed = FALSE;

      if (!agreement_of_cooperation (context, agreement))
        continue;

      for (guint e = 0; e < g_list_model_get_n_items (evaluations) && !renewed; e++)
        {
          g_autoptr(CoopEvaluation) evaluation = g_list_model_get_item (evaluations, e);
          GDateTime *evaluated = coop_evaluation_get_date (evaluation);

          if (coop_evaluation_get_decision (evaluation) != COOP_EVALUATION_DECISION_RENEW ||
              !on_or_before (evaluated, context->date))
            continue;

          for (guint t = 0; t < g_list_model_get_n_items (history) && !renewed; t++)
            {
              g_autoptr(CoopTransition) transition = g_list_model_get_item (history, t);
              GDateTime *when = coop_transition_get_date (transition);

              renewed = coop_transition_get_to_status (transition) == COOP_AGREEMENT_STATUS_RENEWED &&
                        on_or_before (when, context->date) &&
                        (evaluated == NULL || when == NULL || g_date_time_compare (when, evaluated) >= 0);
            }
        }

      if (renewed)
        {
          found++;
          add_evidence (evidence, "renewal:%s", coop_agreement_get_id (agreement));
        }
    }

  return found;
}

gboolean
_coop_evidence_evaluate (CoopEvidenceContext *context,
                         CoopCriterion       *criterion,
                         GPtrArray           *evidence)
{
  guint min = coop_criterion_get_min (criterion);

  switch (coop_criterion_get_kind (criterion))
    {
    case COOP_CRITERION_KIND_SHARED_BODY:
      return count_shared_bodies (context, criterion, evidence) >= min;
    case COOP_CRITERION_KIND_MEETINGS:
      return count_meetings (context, criterion, evidence) >= min;
    case COOP_CRITERION_KIND_AGREEMENT:
      return count_agreements (context, criterion, evidence) >= min;
    case COOP_CRITERION_KIND_POOLED_RESOURCE:
      return count_pooled_resources (context, evidence) >= min;
    case COOP_CRITERION_KIND_EVALUATION_RENEWED:
      return count_renewals (context, evidence) >= min;
    case COOP_CRITERION_KIND_ANY:
    default:
      {
        GListModel *alternatives = coop_criterion_get_alternatives (criterion);
        gboolean met = FALSE;

        /* Every alternative is evaluated so that all evidence is listed. */
        for (guint i = 0; i < g_list_model_get_n_items (alternatives); i++)
          {
            g_autoptr(CoopCriterion) alternative = g_list_model_get_item (alternatives, i);

            met |= _coop_evidence_evaluate (context, alternative, evidence);
          }

        return met;
      }
    }
}
