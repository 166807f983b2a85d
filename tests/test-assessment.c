/* test-assessment.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "libcoop.h"

/* The CA du Pays Voironnais and Grenoble-Alpes-Métropole. */
#define VOIRONNAIS "243800984"
#define GRENOBLE "200040715"

static const char * const pair[] = { VOIRONNAIS, GRENOBLE, NULL };

typedef struct
{
  CoopAtlas *atlas;
  CoopModel *model;
  CoopScale *scale;
  GDateTime *today;
} Fixture;

static GDateTime *
day (int year,
     int month,
     int day_of_month)
{
  return g_date_time_new_utc (year, month, day_of_month, 0, 0, 0);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->atlas = coop_atlas_dup_default (&error);
  g_assert_no_error (error);
  fixture->model = coop_model_new (fixture->atlas);
  fixture->scale = coop_scale_new_builtin ("libcoop", &error);
  g_assert_no_error (error);
  fixture->today = day (2026, 11, 1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->model);
  g_clear_object (&fixture->scale);
  g_clear_object (&fixture->atlas);
  g_clear_pointer (&fixture->today, g_date_time_unref);
}

static CoopAssessment *
assess (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  CoopAssessment *assessment = coop_assessment_new (fixture->model, fixture->scale, pair, fixture->today, &error);

  g_assert_no_error (error);
  return assessment;
}

static CoopCriterionResult *
criterion_result (CoopAssessment *assessment,
                  guint           level,
                  guint           index)
{
  g_autoptr(CoopStepResult) step = g_list_model_get_item (coop_assessment_get_steps (assessment), level - 1);
  CoopCriterionResult *result = g_list_model_get_item (coop_step_result_get_criteria (step), index);

  /* The step list keeps the result alive. */
  g_object_unref (result);
  return result;
}

static CoopBody *
add_body (Fixture            *fixture,
          const char         *id,
          CoopBodyKind        kind,
          const char * const *scope)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopBody) body = coop_body_new (id, kind, id);

  coop_body_set_scope (body, scope);
  g_assert_true (coop_model_add_body (fixture->model, body, &error));
  g_assert_no_error (error);
  return body;
}

static void
add_meeting (CoopBody *body,
             int       year,
             int       month,
             int       day_of_month)
{
  g_autoptr(GDateTime) date = day (year, month, day_of_month);
  g_autoptr(CoopMeeting) meeting = coop_meeting_new (date, "meeting");

  coop_body_add_meeting (body, meeting);
}

static CoopAction *
full_action (const char *id,
             const char *first,
             const char *second)
{
  CoopAction *action = coop_action_new (id, id);

  for (CoopFunction f = COOP_FUNCTION_POLITICAL_DECISION; f <= COOP_FUNCTION_COMMUNICATION; f++)
    coop_action_add_holder (action, f, f % 2 == 0 ? first : second);

  return action;
}

static void
move (CoopAgreement       *agreement,
      CoopAgreementStatus  status,
      int                  year,
      int                  month)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = day (year, month, 1);

  g_assert_true (coop_agreement_transition (agreement, status, date, NULL, &error));
  g_assert_no_error (error);
}

static CoopAgreement *
add_agreement (Fixture           *fixture,
               const char        *id,
               CoopAgreementKind  kind,
               gboolean           both_sign)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAgreement) agreement = coop_agreement_new (id, kind, id);
  g_autoptr(CoopParty) first = coop_party_new (VOIRONNAIS, COOP_PARTY_ROLE_SIGNATORY);
  g_autoptr(CoopParty) second = coop_party_new (GRENOBLE, both_sign ? COOP_PARTY_ROLE_SIGNATORY : COOP_PARTY_ROLE_PARTNER);

  g_assert_true (coop_agreement_add_party (agreement, first, &error));
  g_assert_true (coop_agreement_add_party (agreement, second, &error));
  g_assert_true (coop_model_add_agreement (fixture->model, agreement, &error));
  g_assert_no_error (error);

  /* "Signed by all" reads the recorded signatures. */
  for (guint i = 0; i < (both_sign ? 2 : 1); i++)
    {
      g_autoptr(CoopSignature) signature = coop_signature_new (i == 0 ? VOIRONNAIS : GRENOBLE);

      coop_agreement_add_signature (agreement, signature);
    }

  return agreement;
}

static void
add_actor (Fixture      *fixture,
           const char   *id,
           CoopActorKind kind,
           const char   *territory)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopActor) actor = coop_actor_new (id, kind, id);

  coop_actor_set_territory (actor, territory);
  g_assert_true (coop_model_add_actor (fixture->model, actor, &error));
  g_assert_no_error (error);
}

static void
add_meeting_with (CoopBody           *body,
                  int                 month,
                  const char * const *participants)
{
  g_autoptr(GDateTime) date = day (2026, month, 1);
  g_autoptr(CoopMeeting) meeting = coop_meeting_new (date, "meeting");

  coop_meeting_set_participants (meeting, participants);
  coop_body_add_meeting (body, meeting);
}

static void
test_assessment_empty (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(CoopAssessment) assessment = assess (fixture);
  g_auto(GStrv) missing = coop_assessment_dup_missing (assessment, "en");

  g_assert_cmpuint (coop_assessment_get_level (assessment), ==, 0);
  g_assert_null (coop_assessment_get_step (assessment));
  g_assert_cmpuint (coop_scale_step_get_level (coop_assessment_get_next_step (assessment)), ==, 1);
  g_assert_cmpuint (g_strv_length (missing), ==, 1);
  g_assert_nonnull (strstr (missing[0], "shared body"));
  g_assert_cmpuint (g_list_model_get_n_items (coop_assessment_get_steps (assessment)), ==, 5);
}

static void
test_assessment_shared_body (Fixture       *fixture,
                             gconstpointer  data)
{
  const char * const only_one[] = { VOIRONNAIS, NULL };
  g_autoptr(CoopAssessment) before = NULL;
  g_autoptr(CoopAssessment) after = NULL;

  const char * const region[] = { "region:84", VOIRONNAIS, NULL };

  /* A body of one side only does not make the pair know each other, nor
   * does one where the other side is present only through its région. */
  add_body (fixture, "conseil", COOP_BODY_KIND_CONSEIL_COMMUNAUTAIRE, only_one);
  add_body (fixture, "regional", COOP_BODY_KIND_COMITE_DE_SUIVI_DES_FINANCEURS, region);
  before = assess (fixture);
  g_assert_cmpuint (coop_assessment_get_level (before), ==, 0);
  g_assert_false (coop_criterion_result_get_met (criterion_result (before, 1, 0)));

  add_body (fixture, "reseau", COOP_BODY_KIND_INFORMAL_NETWORK, pair);
  after = assess (fixture);
  g_assert_cmpuint (coop_assessment_get_level (after), ==, 1);
  g_assert_true (coop_criterion_result_get_met (criterion_result (after, 1, 0)));
  g_assert_cmpstr (coop_criterion_result_get_evidence (criterion_result (after, 1, 0))[0], ==, "body:reseau");
}

static void
test_assessment_meetings_by_participants (Fixture       *fixture,
                                          gconstpointer  data)
{
  const char * const only_one[] = { VOIRONNAIS, NULL };
  const char * const participants[] = { "maire-voiron", "vp-grenoble", NULL };
  g_autoptr(CoopActor) voiron = coop_actor_new ("maire-voiron", COOP_ACTOR_KIND_ELECTED_OFFICIAL, "Maire");
  g_autoptr(CoopActor) grenoble = coop_actor_new ("vp-grenoble", COOP_ACTOR_KIND_ELECTED_OFFICIAL, "VP");
  g_autoptr(GDateTime) date = day (2026, 6, 1);
  g_autoptr(CoopMeeting) meeting = coop_meeting_new (date, "first contact");
  g_autoptr(CoopAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  CoopBody *body;

  coop_actor_set_territory (voiron, "38563");
  coop_actor_set_territory (grenoble, "38185");
  g_assert_true (coop_model_add_actor (fixture->model, voiron, &error));
  g_assert_true (coop_model_add_actor (fixture->model, grenoble, &error));

  /* A meeting of one side's body, with participants from both sides. */
  body = add_body (fixture, "bureau", COOP_BODY_KIND_BUREAU, only_one);
  coop_meeting_set_participants (meeting, participants);
  coop_body_add_meeting (body, meeting);

  assessment = assess (fixture);
  g_assert_cmpuint (coop_assessment_get_level (assessment), ==, 1);
  g_assert_cmpstr (coop_criterion_result_get_evidence (criterion_result (assessment, 1, 0))[0], ==,
                   "meeting:bureau@2026-06-01");
}

/* The case of Grand Besançon Métropole's sectors: the meetings of one
 * sector, attended by its référent and by a staff member of the EPCI, do
 * not bring the communes of another sector together. Whoever acts for the
 * EPCI is not there for each of its communes; whoever acts for a commune
 * is there for it and for the EPCI it belongs to. */
static void
test_assessment_meetings_presence (Fixture       *fixture,
                                   gconstpointer  data)
{
  /* Chalèze and Thise (secteur Est), Pirey (secteur Nord-Ouest), all in
   * Grand Besançon Métropole (242500361). */
  const char * const est[] = { "25111", "25560", NULL };
  const char * const nord_ouest[] = { "25454", NULL };
  const char * const staff_and_referent[] = { "charge-secteurs", "referent-pirey", NULL };
  const char * const mayors[] = { "maire-chaleze", "maire-thise", NULL };
  const char * const staff_for_thise[] = { "maire-chaleze", "charge-secteurs", NULL };
  const char * const epci_and_voironnais[] = { "242500361", VOIRONNAIS, NULL };
  const char * const mayor_and_voiron[] = { "maire-thise", "maire-voiron", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopMandate) on_behalf = coop_mandate_new ("m-charge", "charge-secteurs", COOP_ROLE_ANIMATEUR);
  CoopBody *sector = add_body (fixture, "secteur-nord-ouest", COOP_BODY_KIND_POLE_DE_PROXIMITE, nord_ouest);
  CoopBody *other = NULL;
  CoopAssessment *assessment;

  add_actor (fixture, "charge-secteurs", COOP_ACTOR_KIND_STAFF, "242500361");
  add_actor (fixture, "referent-pirey", COOP_ACTOR_KIND_ELECTED_OFFICIAL, "25454");
  add_actor (fixture, "maire-chaleze", COOP_ACTOR_KIND_ELECTED_OFFICIAL, "25111");
  add_actor (fixture, "maire-thise", COOP_ACTOR_KIND_ELECTED_OFFICIAL, "25560");
  add_actor (fixture, "maire-voiron", COOP_ACTOR_KIND_ELECTED_OFFICIAL, "38563");

  /* Unmet: the other sector's meetings, with a staff member of the EPCI. */
  add_meeting_with (sector, 6, staff_and_referent);
  add_meeting_with (sector, 10, staff_and_referent);
  assessment = coop_assessment_new (fixture->model, fixture->scale, est, fixture->today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (coop_assessment_get_level (assessment), ==, 0);
  g_clear_object (&assessment);

  /* Unmet: a mandate acting on behalf of Thise is what counts, not the
   * actor's territory, and it runs only from 2027. */
  coop_mandate_set_on_behalf_of (on_behalf, "25560");
  {
    g_autoptr(GDateTime) start = day (2027, 1, 1);

    coop_mandate_set_start (on_behalf, start);
  }
  g_assert_true (coop_model_add_mandate (fixture->model, on_behalf, &error));
  other = add_body (fixture, "groupe-est", COOP_BODY_KIND_COMMISSION, nord_ouest);
  add_meeting_with (other, 3, staff_for_thise);
  assessment = coop_assessment_new (fixture->model, fixture->scale, est, fixture->today, &error);
  g_assert_cmpuint (coop_assessment_get_level (assessment), ==, 0);
  g_clear_object (&assessment);

  /* Met: the mandate runs on the day of the meeting. */
  {
    g_autoptr(GDateTime) start = day (2026, 1, 1);

    coop_mandate_set_start (on_behalf, start);
  }
  assessment = coop_assessment_new (fixture->model, fixture->scale, est, fixture->today, &error);
  g_assert_cmpuint (coop_assessment_get_level (assessment), ==, 1);
  g_assert_cmpstr (coop_criterion_result_get_evidence (criterion_result (assessment, 1, 0))[0], ==,
                   "meeting:groupe-est@2026-03-01");
  g_clear_object (&assessment);

  /* Met: the two mayors at a meeting of a body of neither commune. */
  add_meeting_with (sector, 9, mayors);
  assessment = coop_assessment_new (fixture->model, fixture->scale, est, fixture->today, &error);
  g_assert_cmpuint (coop_assessment_get_level (assessment), ==, 2);
  g_clear_object (&assessment);

  /* Met: a mayor of one of its communes is there for the EPCI. */
  add_meeting_with (sector, 11, mayor_and_voiron);
  assessment = coop_assessment_new (fixture->model, fixture->scale, epci_and_voironnais, fixture->today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (coop_assessment_get_level (assessment), ==, 1);
  g_clear_object (&assessment);
}

static void
test_assessment_meetings_window (Fixture       *fixture,
                                 gconstpointer  data)
{
  CoopBody *body = add_body (fixture, "comite", COOP_BODY_KIND_COMITE_TECHNIQUE, pair);
  g_autoptr(CoopAssessment) one = NULL;
  g_autoptr(CoopAssessment) two = NULL;

  /* Older than twelve months, and after the date: neither counts. */
  add_meeting (body, 2025, 6, 1);
  add_meeting (body, 2026, 12, 1);
  add_meeting (body, 2026, 3, 1);
  one = assess (fixture);
  g_assert_cmpuint (coop_assessment_get_level (one), ==, 1);
  g_assert_false (coop_criterion_result_get_met (criterion_result (one, 2, 0)));

  add_meeting (body, 2026, 9, 15);
  two = assess (fixture);
  g_assert_cmpuint (coop_assessment_get_level (two), ==, 2);
  g_assert_cmpuint (g_strv_length ((char **)coop_criterion_result_get_evidence (criterion_result (two, 2, 0))), ==, 2);
}

/* At a date in 1800, the first year a document (and so the API) holds,
 * the twelve-month window reaches before that year: every earlier
 * meeting counts. */
static void
test_assessment_meetings_window_year_one (Fixture       *fixture,
                                          gconstpointer  data)
{
  CoopBody *body = add_body (fixture, "comite", COOP_BODY_KIND_COMITE_TECHNIQUE, pair);
  g_autoptr(CoopAssessment) assessment = NULL;

  add_meeting (body, 1800, 1, 1);
  add_meeting (body, 1800, 2, 1);
  g_clear_pointer (&fixture->today, g_date_time_unref);
  fixture->today = day (1800, 6, 1);
  assessment = assess (fixture);
  g_assert_true (coop_criterion_result_get_met (criterion_result (assessment, 2, 0)));
}

static void
reach_step_two (Fixture *fixture)
{
  CoopBody *body = add_body (fixture, "copil", COOP_BODY_KIND_COMITE_DE_PILOTAGE, pair);

  add_meeting (body, 2026, 2, 1);
  add_meeting (body, 2026, 9, 1);
}

static void
test_assessment_coordination (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(CoopAssessment) partial = NULL;
  g_autoptr(CoopAssessment) complete = NULL;
  g_autoptr(CoopAction) action = full_action ("mobility", VOIRONNAIS, GRENOBLE);
  g_autoptr(CoopAction) gap = coop_action_new ("gap", "gap");
  g_autoptr(GError) error = NULL;
  CoopAgreement *agreement;

  reach_step_two (fixture);
  agreement = add_agreement (fixture, "convention", COOP_AGREEMENT_KIND_CONVENTION_INTERTERRITORIALE, FALSE);
  move (agreement, COOP_AGREEMENT_STATUS_NEGOTIATION, 2026, 1);
  g_assert_true (coop_agreement_add_action (agreement, action, &error));
  g_assert_true (coop_agreement_add_action (agreement, gap, &error));

  /* An action with a function nobody holds keeps the step out of reach. */
  partial = assess (fixture);
  g_assert_cmpuint (coop_assessment_get_level (partial), ==, 2);
  g_assert_true (coop_criterion_result_get_met (criterion_result (partial, 3, 0)));
  g_assert_false (coop_criterion_result_get_met (criterion_result (partial, 3, 1)));

  for (CoopFunction f = COOP_FUNCTION_POLITICAL_DECISION; f <= COOP_FUNCTION_COMMUNICATION; f++)
    coop_action_add_holder (gap, f, GRENOBLE);
  complete = assess (fixture);
  g_assert_cmpuint (coop_assessment_get_level (complete), ==, 3);
}

static void
test_assessment_coalition (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(CoopAction) action = full_action ("mobility", VOIRONNAIS, GRENOBLE);
  g_autoptr(CoopAssessment) one_signature = NULL;
  g_autoptr(CoopAssessment) both = NULL;
  g_autoptr(GError) error = NULL;
  CoopAgreement *partners, *signed_by_both;

  reach_step_two (fixture);
  partners = add_agreement (fixture, "plan", COOP_AGREEMENT_KIND_PLAN_DE_COOPERATION, FALSE);
  move (partners, COOP_AGREEMENT_STATUS_NEGOTIATION, 2025, 1);
  move (partners, COOP_AGREEMENT_STATUS_SIGNED, 2025, 6);
  move (partners, COOP_AGREEMENT_STATUS_IN_FORCE, 2025, 7);
  coop_action_set_status (action, COOP_ACTION_STATUS_UNDER_WAY);
  g_assert_true (coop_agreement_add_action (partners, action, &error));

  /* In force with an action under way, but signed by one side only. */
  one_signature = assess (fixture);
  g_assert_cmpuint (coop_assessment_get_level (one_signature), ==, 3);
  g_assert_false (coop_criterion_result_get_met (criterion_result (one_signature, 4, 0)));

  signed_by_both = add_agreement (fixture, "contrat", COOP_AGREEMENT_KIND_CONTRAT_DE_RECIPROCITE, TRUE);
  move (signed_by_both, COOP_AGREEMENT_STATUS_NEGOTIATION, 2025, 1);
  move (signed_by_both, COOP_AGREEMENT_STATUS_SIGNED, 2025, 6);
  move (signed_by_both, COOP_AGREEMENT_STATUS_IN_FORCE, 2025, 7);
  {
    g_autoptr(CoopAction) second = full_action ("food", GRENOBLE, VOIRONNAIS);

    coop_action_set_status (second, COOP_ACTION_STATUS_UNDER_WAY);
    g_assert_true (coop_agreement_add_action (signed_by_both, second, &error));
  }

  both = assess (fixture);
  g_assert_cmpuint (coop_assessment_get_level (both), ==, 4);
  g_assert_cmpstr (coop_criterion_result_get_evidence (criterion_result (both, 4, 0))[0], ==, "agreement:contrat");
}

/* Step 4 asks for an agreement signed by every territory: the recorded
 * signatures say who signed, not the parties' roles. */
static void
test_assessment_coalition_signatures (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(CoopAction) action = full_action ("mobility", VOIRONNAIS, GRENOBLE);
  g_autoptr(CoopAgreement) agreement = coop_agreement_new ("contrat", COOP_AGREEMENT_KIND_CONTRAT_TERRITORIAL, "Contrat");
  g_autoptr(CoopParty) first = coop_party_new (VOIRONNAIS, COOP_PARTY_ROLE_SIGNATORY);
  g_autoptr(CoopParty) second = coop_party_new (GRENOBLE, COOP_PARTY_ROLE_SIGNATORY);
  g_autoptr(CoopSignature) voironnais = coop_signature_new (VOIRONNAIS);
  g_autoptr(CoopSignature) grenoble_later = coop_signature_new (GRENOBLE);
  g_autoptr(CoopSignature) grenoble = coop_signature_new (GRENOBLE);
  g_autoptr(GDateTime) later = day (2027, 1, 15);
  g_autoptr(GDateTime) signed_day = day (2025, 1, 15);
  g_autoptr(GError) error = NULL;
  CoopAssessment *assessment;

  reach_step_two (fixture);
  g_assert_true (coop_agreement_add_party (agreement, first, &error));
  g_assert_true (coop_agreement_add_party (agreement, second, &error));
  move (agreement, COOP_AGREEMENT_STATUS_NEGOTIATION, 2024, 6);
  move (agreement, COOP_AGREEMENT_STATUS_SIGNED, 2025, 1);
  move (agreement, COOP_AGREEMENT_STATUS_IN_FORCE, 2025, 2);
  coop_action_set_status (action, COOP_ACTION_STATUS_UNDER_WAY);
  g_assert_true (coop_agreement_add_action (agreement, action, &error));
  g_assert_true (coop_model_add_agreement (fixture->model, agreement, &error));

  /* Unmet: both parties are signatories, but no signature is recorded. */
  assessment = assess (fixture);
  g_assert_cmpuint (coop_assessment_get_level (assessment), ==, 3);
  g_assert_false (coop_criterion_result_get_met (criterion_result (assessment, 4, 0)));
  g_clear_object (&assessment);

  /* Unmet: one signature, and the other's is dated after the assessment. */
  coop_agreement_add_signature (agreement, voironnais);
  coop_signature_set_date (grenoble_later, later);
  coop_agreement_add_signature (agreement, grenoble_later);
  assessment = assess (fixture);
  g_assert_cmpuint (coop_assessment_get_level (assessment), ==, 3);
  g_clear_object (&assessment);

  /* Met: both signatures recorded by the day of the assessment. */
  coop_signature_set_date (grenoble, signed_day);
  coop_agreement_add_signature (agreement, grenoble);
  assessment = assess (fixture);
  g_assert_cmpuint (coop_assessment_get_level (assessment), ==, 4);
  g_assert_cmpstr (coop_criterion_result_get_evidence (criterion_result (assessment, 4, 0))[0], ==,
                   "agreement:contrat");
  g_clear_object (&assessment);
}

static CoopAgreement *
reach_step_four (Fixture *fixture)
{
  g_autoptr(CoopAction) action = full_action ("mobility", VOIRONNAIS, GRENOBLE);
  g_autoptr(GError) error = NULL;
  CoopAgreement *agreement;

  reach_step_two (fixture);
  agreement = add_agreement (fixture, "pacte", COOP_AGREEMENT_KIND_PACTE_DE_GOUVERNANCE, TRUE);
  move (agreement, COOP_AGREEMENT_STATUS_NEGOTIATION, 2021, 1);
  move (agreement, COOP_AGREEMENT_STATUS_SIGNED, 2021, 6);
  move (agreement, COOP_AGREEMENT_STATUS_IN_FORCE, 2021, 7);
  coop_action_set_status (action, COOP_ACTION_STATUS_UNDER_WAY);
  g_assert_true (coop_agreement_add_action (agreement, action, &error));

  return agreement;
}

static void
test_assessment_collaboration (Fixture       *fixture,
                               gconstpointer  data)
{
  CoopAgreement *pacte = reach_step_four (fixture);
  g_autoptr(CoopPooledResource) resource =
    coop_pooled_resource_new (COOP_RESOURCE_KIND_SERVICE, COOP_POOLING_MODE_MUTUALISATION, "Service ADS");
  g_autoptr(GDateTime) evaluated = day (2025, 9, 1);
  g_autoptr(CoopEvaluation) evaluation = coop_evaluation_new (evaluated);
  g_autoptr(CoopAssessment) four = assess (fixture);
  g_autoptr(CoopAssessment) pooled = NULL;
  g_autoptr(CoopAssessment) five = NULL;

  g_assert_cmpuint (coop_assessment_get_level (four), ==, 4);
  g_assert_true (coop_criterion_result_get_met (criterion_result (four, 5, 0)));
  g_assert_false (coop_criterion_result_get_met (criterion_result (four, 5, 1)));
  g_assert_false (coop_criterion_result_get_met (criterion_result (four, 5, 2)));

  coop_agreement_add_pooled_resource (pacte, resource);
  pooled = assess (fixture);
  g_assert_true (coop_criterion_result_get_met (criterion_result (pooled, 5, 1)));
  g_assert_cmpuint (coop_assessment_get_level (pooled), ==, 4);

  /* An evaluation that decides to renew, then the renewal. */
  coop_evaluation_set_decision (evaluation, COOP_EVALUATION_DECISION_RENEW);
  coop_agreement_add_evaluation (pacte, evaluation);
  move (pacte, COOP_AGREEMENT_STATUS_UNDER_EVALUATION, 2025, 8);
  move (pacte, COOP_AGREEMENT_STATUS_RENEWED, 2025, 10);
  five = assess (fixture);
  g_assert_cmpuint (coop_assessment_get_level (five), ==, 5);
  g_assert_null (coop_assessment_get_next_step (five));
  {
    g_auto(GStrv) missing = coop_assessment_dup_missing (five, NULL);

    g_assert_null (missing[0]);
  }
}

static void
test_assessment_cumulative (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(CoopAction) action = full_action ("mobility", VOIRONNAIS, GRENOBLE);
  g_autoptr(CoopAssessment) assessment = NULL;
  g_autoptr(CoopStepResult) step_four = NULL;
  g_autoptr(GError) error = NULL;
  CoopAgreement *agreement;

  /* An agreement in force with no shared body nor meeting: step 4's own
   * criteria hold, yet the cooperation stands on no step. */
  agreement = add_agreement (fixture, "contrat", COOP_AGREEMENT_KIND_CONTRAT_TERRITORIAL, TRUE);
  move (agreement, COOP_AGREEMENT_STATUS_NEGOTIATION, 2025, 1);
  move (agreement, COOP_AGREEMENT_STATUS_SIGNED, 2025, 2);
  move (agreement, COOP_AGREEMENT_STATUS_IN_FORCE, 2025, 3);
  coop_action_set_status (action, COOP_ACTION_STATUS_UNDER_WAY);
  g_assert_true (coop_agreement_add_action (agreement, action, &error));

  assessment = assess (fixture);
  step_four = g_list_model_get_item (coop_assessment_get_steps (assessment), 3);
  g_assert_true (coop_step_result_get_criteria_met (step_four));
  g_assert_false (coop_step_result_get_reached (step_four));
  g_assert_cmpuint (coop_assessment_get_level (assessment), ==, 0);
}

static void
test_assessment_staircase (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) staircase = NULL;
  GDateTime *dates[3];
  /* The shared body, created at the end of 2020, counts from then; the
   * meetings (2026) and the pact's history lift the later steps. */
  const guint expected[] = { 0, 1, 4 };
  g_autoptr(GDateTime) created = day (2020, 12, 1);

  reach_step_four (fixture);
  coop_body_set_start (coop_model_get_body (fixture->model, "copil"), created);
  dates[0] = day (2020, 1, 1);
  dates[1] = day (2021, 3, 1);
  dates[2] = day (2026, 11, 1);

  staircase = coop_assessment_list_staircase (fixture->model, fixture->scale, pair, dates, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (staircase), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(CoopAssessment) assessment = g_list_model_get_item (staircase, i);

      g_assert_cmpuint (coop_assessment_get_level (assessment), ==, expected[i]);
      g_assert_true (g_date_time_equal (coop_assessment_get_date (assessment), dates[i]));
      g_date_time_unref (dates[i]);
    }
}

static void
test_assessment_status_at_date (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GDateTime) early = day (2021, 3, 15);
  g_autoptr(CoopAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  CoopBody *body = add_body (fixture, "copil", COOP_BODY_KIND_COMITE_DE_PILOTAGE, pair);
  CoopAgreement *agreement;

  add_meeting (body, 2020, 12, 1);
  add_meeting (body, 2021, 2, 1);
  agreement = add_agreement (fixture, "convention", COOP_AGREEMENT_KIND_CONVENTION_INTERTERRITORIALE, TRUE);
  move (agreement, COOP_AGREEMENT_STATUS_NEGOTIATION, 2021, 1);
  move (agreement, COOP_AGREEMENT_STATUS_CANCELLED, 2021, 6);
  {
    g_autoptr(CoopAction) action = full_action ("a", VOIRONNAIS, GRENOBLE);

    g_assert_true (coop_agreement_add_action (agreement, action, &error));
  }

  /* In March 2021 the convention was in negotiation; it was cancelled later. */
  assessment = coop_assessment_new (fixture->model, fixture->scale, pair, early, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (coop_assessment_get_level (assessment), ==, 3);
  g_clear_object (&assessment);

  assessment = assess (fixture);
  g_assert_cmpuint (coop_assessment_get_level (assessment), ==, 1);
}

static void
test_assessment_errors (Fixture       *fixture,
                        gconstpointer  data)
{
  const char * const unknown[] = { VOIRONNAIS, "99999", NULL };
  const char * const twice[] = { VOIRONNAIS, VOIRONNAIS, NULL };
  const char * const none[] = { NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAssessment) assessment = NULL;

  assessment = coop_assessment_new (fixture->model, fixture->scale, unknown, NULL, &error);
  g_assert_error (error, COOP_ERROR, COOP_ERROR_UNKNOWN_REFERENCE);
  g_assert_nonnull (strstr (error->message, "99999"));
  g_clear_error (&error);

  assessment = coop_assessment_new (fixture->model, fixture->scale, twice, NULL, &error);
  g_assert_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE);
  g_clear_error (&error);

  assessment = coop_assessment_new (fixture->model, fixture->scale, none, NULL, &error);
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_assert_null (assessment);
}

static void
test_assessment_within_one_epci (Fixture       *fixture,
                                 gconstpointer  data)
{
  const char * const one[] = { VOIRONNAIS, NULL };
  const char * const scope[] = { "38563", "38565", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAssessment) assessment = NULL;

  /* A conférence des maires of two of its communes reaches the EPCI. */
  add_body (fixture, "cdm", COOP_BODY_KIND_CONFERENCE_DES_MAIRES, scope);
  assessment = coop_assessment_new (fixture->model, fixture->scale, one, fixture->today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (coop_assessment_get_level (assessment), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/Coop/Assessment/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("empty", test_assessment_empty);
  ADD ("shared-body", test_assessment_shared_body);
  ADD ("meetings/participants", test_assessment_meetings_by_participants);
  ADD ("meetings/presence", test_assessment_meetings_presence);
  ADD ("meetings/window", test_assessment_meetings_window);
  ADD ("meetings/window/year-one", test_assessment_meetings_window_year_one);
  ADD ("coordination", test_assessment_coordination);
  ADD ("coalition", test_assessment_coalition);
  ADD ("coalition/signatures", test_assessment_coalition_signatures);
  ADD ("collaboration", test_assessment_collaboration);
  ADD ("cumulative", test_assessment_cumulative);
  ADD ("staircase", test_assessment_staircase);
  ADD ("status-at-date", test_assessment_status_at_date);
  ADD ("errors", test_assessment_errors);
  ADD ("within-one-epci", test_assessment_within_one_epci);
#undef ADD

  return g_test_run ();
}
