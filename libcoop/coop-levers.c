/* coop-levers.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-action.h"
#include "coop-actor.h"
#include "coop-agreement.h"
#include "coop-body.h"
#include "coop-cooperation.h"
#include "coop-diagnostic-private.h"
#include "coop-evaluation.h"
#include "coop-evidence-private.h"
#include "coop-i18n-private.h"
#include "coop-mandate.h"
#include "coop-model-index-private.h"
#include "coop-meeting.h"
#include "coop-party.h"
#include "coop-pooled-resource.h"
#include "coop-seat-allocation.h"

/*
 * How each lever is scored from the model. Each rule adds parts of the
 * score with the evidence that earned them; the documentation of
 * CoopDiagnostic states the same rules for users.
 */

typedef struct
{
  CoopModel *model;
  GDateTime *date;
  double     score;
  GPtrArray *evidence;
} Scoring;

static void
earn (Scoring    *scoring,
      double      part,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static void
earn (Scoring    *scoring,
      double      part,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (scoring->evidence, g_strdup_vprintf (format, args));
  va_end (args);
  scoring->score += part;
}

static guint
meetings_in_year (Scoring  *scoring,
                  CoopBody *body)
{
  GListModel *meetings = coop_body_get_meetings (body);
  g_autoptr(GDateTime) year_ago = g_date_time_add_years (scoring->date, -1);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(CoopMeeting) meeting = g_list_model_get_item (meetings, i);
      GDateTime *when = coop_meeting_get_date (meeting);

      /* No year_ago: the date is in year 1, and every meeting before it counts. */
      if (when != NULL && g_date_time_compare (when, scoring->date) <= 0 &&
          (year_ago == NULL || g_date_time_compare (when, year_ago) > 0))
        count++;
    }

  return count;
}

static gboolean
agreement_is (Scoring             *scoring,
              CoopAgreement       *agreement,
              CoopAgreementStatus  at_least)
{
  CoopAgreementStatus status = _coop_evidence_status_at (agreement, scoring->date);

  /* Final statuses (completed, terminated…) sort after "renewed". */
  return status >= at_least && status <= COOP_AGREEMENT_STATUS_RENEWED;
}

/* An evaluation counts from its date (an undated one always counts). */
static gboolean
evaluated_by (Scoring        *scoring,
              CoopEvaluation *evaluation)
{
  GDateTime *when = coop_evaluation_get_date (evaluation);

  return when == NULL || g_date_time_compare (when, scoring->date) <= 0;
}

static guint
evaluations_by (Scoring       *scoring,
                CoopAgreement *agreement)
{
  GListModel *evaluations = coop_agreement_get_evaluations (agreement);
  guint count = 0;

  for (guint e = 0; e < g_list_model_get_n_items (evaluations); e++)
    {
      g_autoptr(CoopEvaluation) evaluation = g_list_model_get_item (evaluations, e);

      count += evaluated_by (scoring, evaluation);
    }

  return count;
}

static gboolean
is_pact (CoopAgreementKind kind)
{
  return kind == COOP_AGREEMENT_KIND_PACTE_POLITIQUE ||
         kind == COOP_AGREEMENT_KIND_PACTE_DE_GOUVERNANCE ||
         kind == COOP_AGREEMENT_KIND_PACTE_FINANCIER_ET_FISCAL;
}

static gboolean
actor_is_civil_society (CoopModel  *model,
                        const char *actor_id)
{
  CoopActor *actor = coop_model_get_actor (model, actor_id);

  if (actor == NULL)
    return FALSE;

  switch (coop_actor_get_kind (actor))
    {
    case COOP_ACTOR_KIND_ASSOCIATION:
    case COOP_ACTOR_KIND_BUSINESS:
    case COOP_ACTOR_KIND_CHAMBER:
    case COOP_ACTOR_KIND_DEVELOPMENT_COUNCIL:
    case COOP_ACTOR_KIND_RESIDENT:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Seats follow population between urban, periurban and rural communes
 * when no nature's share of seats strays this far from its share of
 * population. */
#define BALANCE_TOLERANCE 0.05

static gboolean
seats_balanced (CoopSeatAllocation *allocation,
                double             *worst)
{
  *worst = 0;
  for (CoopNature nature = COOP_NATURE_URBAN; nature <= COOP_NATURE_RURAL; nature++)
    {
      double gap = coop_seat_allocation_get_nature_seat_share (allocation, nature) -
                   coop_seat_allocation_get_nature_population_share (allocation, nature);

      *worst = MAX (*worst, ABS (gap));
    }

  return *worst <= BALANCE_TOLERANCE;
}

/* The EPCI à fiscalité propre among the model's cooperations. */
static GPtrArray *
cooperating_epci (CoopModel *model)
{
  g_autoptr(GListModel) cooperations = coop_cooperation_list_in_model (model);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GPtrArray *epci = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (cooperations); i++)
    {
      g_autoptr(CoopCooperation) cooperation = g_list_model_get_item (cooperations, i);
      const char * const *codes = coop_cooperation_get_territories (cooperation);

      for (guint c = 0; codes[c] != NULL; c++)
        {
          g_autoptr(CoopTerritory) territory = coop_model_lookup (model, codes[c]);

          if (territory != NULL && coop_territory_is_from_atlas (territory) &&
              coop_territory_get_kind (territory) == COOP_TERRITORY_KIND_EPCI &&
              g_hash_table_add (seen, territory))
            g_ptr_array_add (epci, g_steal_pointer (&territory));
        }
    }

  return epci;
}

/* Lever 1: seats of the conseil communautaire that follow the urban/rural
 * split of population (0.3, in proportion of the EPCI where they do),
 * vice-presidents acting for two or more parts of the territory (0.35),
 * a commission (0.35). */
static void
score_representation (Scoring *scoring)
{
  GListModel *mandates = coop_model_get_mandates (scoring->model);
  GListModel *bodies = coop_model_get_bodies (scoring->model);
  g_autoptr(GHashTable) vp_territories = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) epci = cooperating_epci (scoring->model);
  guint balanced = 0, assessed = 0;

  for (guint i = 0; i < epci->len; i++)
    {
      CoopTerritory *territory = g_ptr_array_index (epci, i);
      g_autoptr(CoopSeatAllocation) allocation = NULL;
      g_autofree char *gap = NULL;
      gboolean balanced_here;
      double worst;

      /* The Métropole de Lyon and EPCI without populations have no droit
       * commun to compare: they are left out. */
      allocation = coop_seat_allocation_new_for_epci (coop_model_get_atlas (scoring->model), territory,
                                                      COOP_SUPPLEMENT_READING_COMPLEMENT, NULL);
      if (allocation == NULL)
        continue;

      assessed++;
      /* In the decimals of the language in effect, as the report's other
       * figures (“0,1” in French). */
      balanced_here = seats_balanced (allocation, &worst);
      gap = _coop_format_decimal (100 * worst, 1);
      if (balanced_here)
        {
          balanced++;
          earn (scoring, 0, _("seats of %s follow population (largest gap %s points)"),
                coop_territory_get_name (territory), gap);
        }
      else
        earn (scoring, 0, _("seats of %s stray %s points from population"),
              coop_territory_get_name (territory), gap);
    }
  if (assessed > 0)
    scoring->score += 0.3 * balanced / assessed;

  for (guint i = 0; i < g_list_model_get_n_items (mandates); i++)
    {
      g_autoptr(CoopMandate) mandate = g_list_model_get_item (mandates, i);
      const char *on_behalf_of = coop_mandate_get_on_behalf_of (mandate);

      if (coop_mandate_get_role (mandate) == COOP_ROLE_VICE_PRESIDENT && on_behalf_of != NULL &&
          coop_mandate_is_active (mandate, scoring->date))
        g_hash_table_add (vp_territories, (gpointer)on_behalf_of);
    }

  if (g_hash_table_size (vp_territories) >= 2)
    earn (scoring, 0.35, _("vice-presidents from %u parts of the territory"), g_hash_table_size (vp_territories));

  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(CoopBody) body = g_list_model_get_item (bodies, i);

      if (!coop_body_is_active (body, scoring->date))
        continue;

      if (coop_body_get_kind (body) == COOP_BODY_KIND_COMMISSION)
        {
          earn (scoring, 0.35, "body:%s", coop_body_get_id (body));
          break;
        }
    }
}

/* Lever 2: a pact in force scores fully, one on the way partly. */
static void
score_pacts (Scoring *scoring)
{
  GListModel *agreements = coop_model_get_agreements (scoring->model);
  double best = 0;

  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, i);
      double part = 0;

      if (!is_pact (coop_agreement_get_kind (agreement)))
        continue;

      if (agreement_is (scoring, agreement, COOP_AGREEMENT_STATUS_IN_FORCE))
        part = 1.0;
      else if (agreement_is (scoring, agreement, COOP_AGREEMENT_STATUS_SIGNED))
        part = 0.75;
      else if (agreement_is (scoring, agreement, COOP_AGREEMENT_STATUS_NEGOTIATION))
        part = 0.5;
      else if (agreement_is (scoring, agreement, COOP_AGREEMENT_STATUS_DRAFT))
        part = 0.25;

      if (part > 0)
        {
          earn (scoring, MAX (part - best, 0), "agreement:%s", coop_agreement_get_id (agreement));
          best = MAX (best, part);
        }
    }
}

/* Lever 3: bodies open to civil society, and that they meet. */
static void
score_dialogue_spaces (Scoring *scoring)
{
  GListModel *bodies = coop_model_get_bodies (scoring->model);
  CoopModelIndex *index = _coop_model_get_index (scoring->model);
  gboolean open_body = FALSE;
  gboolean meeting = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(CoopBody) body = g_list_model_get_item (bodies, i);
      CoopBodyKind kind = coop_body_get_kind (body);
      gboolean open = kind == COOP_BODY_KIND_CONSEIL_DE_DEVELOPPEMENT || kind == COOP_BODY_KIND_INFORMAL_NETWORK;
      GPtrArray *mandates = _coop_model_index_get_body_mandates (index, coop_body_get_id (body));

      if (!coop_body_is_active (body, scoring->date))
        continue;

      for (guint m = 0; !open && mandates != NULL && m < mandates->len; m++)
        open = actor_is_civil_society (scoring->model, coop_mandate_get_actor (g_ptr_array_index (mandates, m)));

      if (!open)
        continue;

      if (!open_body)
        earn (scoring, 0.5, "body:%s", coop_body_get_id (body));
      open_body = TRUE;

      if (!meeting && meetings_in_year (scoring, body) >= 2)
        {
          earn (scoring, 0.5, _("body:%s, meetings in the last year: %u"), coop_body_get_id (body),
                meetings_in_year (scoring, body));
          meeting = TRUE;
        }
    }
}

/* Lever 4: a conférence des maires exists (0.5) and met in the last year
 * (0.5): the one that met counts, whichever is listed first. */
static void
score_elected_officials (Scoring *scoring)
{
  GListModel *bodies = coop_model_get_bodies (scoring->model);
  CoopBody *existing = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(CoopBody) body = g_list_model_get_item (bodies, i);
      guint meetings;

      if (!coop_body_is_active (body, scoring->date) ||
          coop_body_get_kind (body) != COOP_BODY_KIND_CONFERENCE_DES_MAIRES)
        continue;

      meetings = meetings_in_year (scoring, body);
      if (meetings > 0)
        {
          earn (scoring, 0.5, "body:%s", coop_body_get_id (body));
          earn (scoring, 0.5, _("body:%s, meetings in the last year: %u"), coop_body_get_id (body), meetings);
          return;
        }
      if (existing == NULL)
        existing = body;
    }

  if (existing != NULL)
    earn (scoring, 0.5, "body:%s", coop_body_get_id (existing));
}

static gboolean
holder_is_commune (CoopModel  *model,
                   const char *holder)
{
  g_autoptr(CoopTerritory) territory = coop_model_lookup (model, holder);

  return territory != NULL && coop_territory_get_kind (territory) == COOP_TERRITORY_KIND_COMMUNE;
}

/* The commune that carries an action: one that owns the project
 * (maîtrise d'ouvrage) or delivers it, in an action under way or done of
 * an agreement signed or beyond. Holding the communication of a planned
 * action is not carrying it. */
static const char *
action_carried_by_commune (Scoring       *scoring,
                           CoopAgreement *agreement,
                           CoopAction    *action)
{
  static const CoopFunction carrying[] = { COOP_FUNCTION_PROJECT_OWNERSHIP, COOP_FUNCTION_DELIVERY };
  CoopActionStatus status = coop_action_get_status (action);

  if (!agreement_is (scoring, agreement, COOP_AGREEMENT_STATUS_SIGNED) ||
      (status != COOP_ACTION_STATUS_UNDER_WAY && status != COOP_ACTION_STATUS_DONE))
    return NULL;

  for (guint f = 0; f < G_N_ELEMENTS (carrying); f++)
    {
      const char * const *holders = coop_action_get_holders (action, carrying[f]);

      for (guint h = 0; holders != NULL && holders[h] != NULL; h++)
        {
          if (holder_is_commune (scoring->model, holders[h]))
            return holders[h];
        }
    }

  return NULL;
}

/* Lever 5: pôles de proximité, and actions that communes carry. */
static void
score_bottom_up (Scoring *scoring)
{
  GListModel *bodies = coop_model_get_bodies (scoring->model);
  GListModel *agreements = coop_model_get_agreements (scoring->model);

  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(CoopBody) body = g_list_model_get_item (bodies, i);

      if (!coop_body_is_active (body, scoring->date))
        continue;

      if (coop_body_get_kind (body) == COOP_BODY_KIND_POLE_DE_PROXIMITE)
        {
          earn (scoring, 0.5, "body:%s", coop_body_get_id (body));
          break;
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, i);
      GListModel *actions = coop_agreement_get_actions (agreement);

      for (guint a = 0; a < g_list_model_get_n_items (actions); a++)
        {
          g_autoptr(CoopAction) action = g_list_model_get_item (actions, a);
          const char *commune = action_carried_by_commune (scoring, agreement, action);

          if (commune != NULL)
            {
              earn (scoring, 0.5, _("action:%s/%s carried by commune %s"),
                    coop_agreement_get_id (agreement), coop_action_get_id (action), commune);
              return;
            }
        }
    }
}

/* Lever 6: evaluated agreements, shared steering, renewal. */
static void
score_programmes (Scoring *scoring)
{
  GListModel *agreements = coop_model_get_agreements (scoring->model);
  gboolean evaluated = FALSE, shared_steering = FALSE, renewed = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, i);
      GListModel *actions = coop_agreement_get_actions (agreement);

      if (!evaluated && evaluations_by (scoring, agreement) > 0)
        {
          earn (scoring, 0.4, _("agreement:%s evaluated"), coop_agreement_get_id (agreement));
          evaluated = TRUE;
        }

      for (guint a = 0; !shared_steering && a < g_list_model_get_n_items (actions); a++)
        {
          g_autoptr(CoopAction) action = g_list_model_get_item (actions, a);
          const char * const *steering = coop_action_get_holders (action, COOP_FUNCTION_STEERING);

          if (steering != NULL && steering[0] != NULL && steering[1] != NULL)
            {
              earn (scoring, 0.3, _("action:%s/%s steered by several structures"),
                    coop_agreement_get_id (agreement), coop_action_get_id (action));
              shared_steering = TRUE;
            }
        }

      if (!renewed && _coop_evidence_status_at (agreement, scoring->date) == COOP_AGREEMENT_STATUS_RENEWED)
        {
          earn (scoring, 0.3, _("agreement:%s renewed"), coop_agreement_get_id (agreement));
          renewed = TRUE;
        }
    }
}

static gboolean
is_project_territory (CoopModel  *model,
                      const char *reference)
{
  g_autoptr(CoopTerritory) territory = coop_model_lookup (model, reference);

  return territory != NULL && coop_territory_kind_is_project (coop_territory_get_kind (territory));
}

/* Lever 7: agreements that bind territories of project together, best of
 * all a convention d'articulation. */
static void
score_projects_together (Scoring *scoring)
{
  GListModel *agreements = coop_model_get_agreements (scoring->model);
  double best = 0;

  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, i);
      GListModel *parties = coop_agreement_get_parties (agreement);
      gboolean with_project = FALSE;
      double part;

      if (!agreement_is (scoring, agreement, COOP_AGREEMENT_STATUS_SIGNED))
        continue;

      for (guint p = 0; p < g_list_model_get_n_items (parties) && !with_project; p++)
        {
          g_autoptr(CoopParty) party = g_list_model_get_item (parties, p);

          with_project = is_project_territory (scoring->model, coop_party_get_reference (party));
        }

      part = coop_agreement_get_kind (agreement) == COOP_AGREEMENT_KIND_CONVENTION_D_ARTICULATION ? 1.0
             : with_project ? 0.5 : 0;
      if (part > best)
        {
          earn (scoring, part - best, "agreement:%s", coop_agreement_get_id (agreement));
          best = part;
        }
    }
}

/* Lever 8: contracts that gather procedures and funders. */
static void
score_contracts (Scoring *scoring)
{
  GListModel *agreements = coop_model_get_agreements (scoring->model);
  double best = 0;

  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, i);
      CoopAgreementKind kind = coop_agreement_get_kind (agreement);
      double part = 0;

      if (kind != COOP_AGREEMENT_KIND_CONTRAT_TERRITORIAL && kind != COOP_AGREEMENT_KIND_CONTRAT_DE_RECIPROCITE &&
          kind != COOP_AGREEMENT_KIND_PACTE_ETAT_METROPOLE)
        continue;

      if (agreement_is (scoring, agreement, COOP_AGREEMENT_STATUS_IN_FORCE))
        part = 1.0;
      else if (agreement_is (scoring, agreement, COOP_AGREEMENT_STATUS_NEGOTIATION))
        part = 0.5;

      if (part > best)
        {
          earn (scoring, part - best, "agreement:%s", coop_agreement_get_id (agreement));
          best = part;
        }
    }
}

/* Lever 9: mutualisation (shared authority) scores fully; a transfer of
 * competence or a service provision, half. */
static void
score_pooling (Scoring *scoring)
{
  GListModel *agreements = coop_model_get_agreements (scoring->model);
  double best = 0;

  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, i);
      GListModel *resources = coop_agreement_get_pooled_resources (agreement);

      if (!agreement_is (scoring, agreement, COOP_AGREEMENT_STATUS_SIGNED))
        continue;

      for (guint r = 0; r < g_list_model_get_n_items (resources); r++)
        {
          g_autoptr(CoopPooledResource) resource = g_list_model_get_item (resources, r);
          double part = coop_pooled_resource_get_mode (resource) == COOP_POOLING_MODE_MUTUALISATION ? 1.0 : 0.5;

          if (part > best)
            {
              earn (scoring, part - best, "resource:%s/%s", coop_agreement_get_id (agreement),
                    coop_pooled_resource_get_title (resource));
              best = part;
            }
        }
    }
}

/* Lever 10: a development council that proposes and validates, and
 * evaluations that led to a decision. */
static void
score_project_making (Scoring *scoring)
{
  GListModel *bodies = coop_model_get_bodies (scoring->model);
  GListModel *agreements = coop_model_get_agreements (scoring->model);

  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(CoopBody) body = g_list_model_get_item (bodies, i);

      if (!coop_body_is_active (body, scoring->date))
        continue;

      if (coop_body_get_council_role (body) == COOP_COUNCIL_ROLE_PROPOSE_AND_VALIDATE)
        {
          earn (scoring, 0.5, _("body:%s proposes and validates"), coop_body_get_id (body));
          break;
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, i);
      GListModel *evaluations = coop_agreement_get_evaluations (agreement);

      for (guint e = 0; e < g_list_model_get_n_items (evaluations); e++)
        {
          g_autoptr(CoopEvaluation) evaluation = g_list_model_get_item (evaluations, e);

          if (coop_evaluation_get_decision (evaluation) != COOP_EVALUATION_DECISION_PENDING &&
              evaluated_by (scoring, evaluation))
            {
              earn (scoring, 0.5, _("agreement:%s evaluation led to a decision"), coop_agreement_get_id (agreement));
              return;
            }
        }
    }
}

void
_coop_levers_score (CoopModel  *model,
                    GDateTime  *date,
                    GListStore *levers)
{
  static void (* const rules[]) (Scoring *) = {
    score_representation, score_pacts, score_dialogue_spaces, score_elected_officials,
    score_bottom_up, score_programmes, score_projects_together, score_contracts,
    score_pooling, score_project_making,
  };

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(GPtrArray) evidence = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(CoopLeverScore) score = NULL;
      Scoring scoring = { model, date, 0, evidence };

      rules[i] (&scoring);
      score = _coop_lever_score_new (_coop_lever_definition (i + 1), scoring.score, evidence);
      g_list_store_append (levers, score);
    }
}
