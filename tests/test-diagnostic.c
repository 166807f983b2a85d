/* test-diagnostic.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "libcoop.h"

#define VOIRONNAIS "243800984"
#define GRENOBLE "200040715"

static const char * const pair[] = { VOIRONNAIS, GRENOBLE, NULL };

static GDateTime *
day (int year,
     int month,
     int day_of_month)
{
  return g_date_time_new_utc (year, month, day_of_month, 0, 0, 0);
}

static CoopModel *
new_model (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = coop_atlas_dup_default (&error);

  g_assert_no_error (error);
  return coop_model_new (atlas);
}

static CoopDiagnostic *
diagnose (CoopModel *model)
{
  g_autoptr(GDateTime) today = day (2026, 11, 1);

  return coop_diagnostic_new (model, today);
}

static double
lever (CoopModel *model,
       guint      number)
{
  g_autoptr(CoopDiagnostic) diagnostic = diagnose (model);

  return coop_lever_score_get_score (coop_diagnostic_get_lever (diagnostic, number));
}

static CoopBody *
add_body (CoopModel          *model,
          const char         *id,
          CoopBodyKind        kind,
          const char * const *scope)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopBody) body = coop_body_new (id, kind, id);

  coop_body_set_scope (body, scope);
  g_assert_true (coop_model_add_body (model, body, &error));
  return body;
}

static void
add_meeting (CoopBody *body,
             int       year,
             int       month)
{
  g_autoptr(GDateTime) date = day (year, month, 1);
  g_autoptr(CoopMeeting) meeting = coop_meeting_new (date, "meeting");

  coop_body_add_meeting (body, meeting);
}

static CoopAgreement *
add_agreement (CoopModel           *model,
               const char          *id,
               CoopAgreementKind    kind,
               CoopAgreementStatus  status)
{
  static const CoopAgreementStatus path[] = {
    COOP_AGREEMENT_STATUS_NEGOTIATION, COOP_AGREEMENT_STATUS_SIGNED, COOP_AGREEMENT_STATUS_IN_FORCE,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAgreement) agreement = coop_agreement_new (id, kind, id);
  g_autoptr(CoopParty) first = coop_party_new (VOIRONNAIS, COOP_PARTY_ROLE_SIGNATORY);
  g_autoptr(CoopParty) second = coop_party_new (GRENOBLE, COOP_PARTY_ROLE_SIGNATORY);

  coop_agreement_add_party (agreement, first, &error);
  coop_agreement_add_party (agreement, second, &error);
  for (guint i = 0; i < G_N_ELEMENTS (path) && status != COOP_AGREEMENT_STATUS_DRAFT; i++)
    {
      g_autoptr(GDateTime) date = day (2022, 1 + i, 1);

      g_assert_true (coop_agreement_transition (agreement, path[i], date, NULL, &error));
      if (path[i] == status)
        break;
    }
  g_assert_true (coop_model_add_agreement (model, agreement, &error));
  g_assert_no_error (error);
  return agreement;
}

static void
test_diagnostic_empty (void)
{
  g_autoptr(CoopModel) model = new_model ();
  g_autoptr(CoopDiagnostic) diagnostic = diagnose (model);
  GListModel *levers = coop_diagnostic_get_levers (diagnostic);

  g_assert_cmpuint (g_list_model_get_n_items (levers), ==, 10);
  for (guint i = 1; i <= 10; i++)
    {
      CoopLeverScore *score = coop_diagnostic_get_lever (diagnostic, i);

      g_assert_cmpuint (coop_lever_score_get_number (score), ==, i);
      g_assert_cmpfloat (coop_lever_score_get_score (score), ==, 0);
      g_assert_true (coop_lever_score_get_weak (score));
      g_assert_nonnull (coop_lever_score_get_recommendation (score, "fr"));
      g_assert_nonnull (coop_lever_score_get_recommendation (score, "en"));
      g_assert_null (coop_lever_score_get_evidence (score)[0]);
    }
  g_assert_null (coop_diagnostic_get_lever (diagnostic, 0));
  g_assert_null (coop_diagnostic_get_lever (diagnostic, 11));
  g_assert_cmpint (coop_lever_score_get_axis (coop_diagnostic_get_lever (diagnostic, 7)), ==, COOP_LEVER_AXIS_CONVERGENCE);
  g_assert_cmpstr (coop_lever_axis_get_label (COOP_LEVER_AXIS_MISE_EN_MOUVEMENT, "fr"), ==, "Mise en mouvement");
  g_assert_cmpuint (g_list_model_get_n_items (coop_diagnostic_get_warnings (diagnostic)), ==, 0);
}

/* A diagnostic dated in 1800, the first year a document (and so the API)
 * holds: the year before it starts before that, and every earlier meeting
 * counts. */
static void
test_diagnostic_year_one (void)
{
  g_autoptr(CoopModel) model = new_model ();
  g_autoptr(GDateTime) date = day (1800, 11, 1);
  g_autoptr(CoopDiagnostic) diagnostic = NULL;
  CoopBody *council = add_body (model, "codev", COOP_BODY_KIND_CONSEIL_DE_DEVELOPPEMENT, pair);

  add_meeting (council, 1800, 3);
  add_meeting (council, 1800, 9);
  diagnostic = coop_diagnostic_new (model, date);
  g_assert_cmpfloat (coop_lever_score_get_score (coop_diagnostic_get_lever (diagnostic, 3)), ==, 1.0);
}

static void
test_diagnostic_pacts (void)
{
  g_autoptr(CoopModel) model = new_model ();

  add_agreement (model, "draft", COOP_AGREEMENT_KIND_PACTE_POLITIQUE, COOP_AGREEMENT_STATUS_DRAFT);
  g_assert_cmpfloat (lever (model, 2), ==, 0.25);
  add_agreement (model, "talks", COOP_AGREEMENT_KIND_PACTE_FINANCIER_ET_FISCAL, COOP_AGREEMENT_STATUS_NEGOTIATION);
  g_assert_cmpfloat (lever (model, 2), ==, 0.5);
  add_agreement (model, "plan", COOP_AGREEMENT_KIND_PLAN_DE_COOPERATION, COOP_AGREEMENT_STATUS_IN_FORCE);
  g_assert_cmpfloat (lever (model, 2), ==, 0.5);
  add_agreement (model, "pacte", COOP_AGREEMENT_KIND_PACTE_DE_GOUVERNANCE, COOP_AGREEMENT_STATUS_IN_FORCE);
  g_assert_cmpfloat (lever (model, 2), ==, 1.0);
}

static void
test_diagnostic_dialogue (void)
{
  g_autoptr(CoopModel) model = new_model ();
  g_autoptr(CoopDiagnostic) diagnostic = NULL;
  CoopBody *council, *conference;

  add_body (model, "conseil", COOP_BODY_KIND_CONSEIL_COMMUNAUTAIRE, pair);
  g_assert_cmpfloat (lever (model, 3), ==, 0);
  g_assert_cmpfloat (lever (model, 4), ==, 0);

  council = add_body (model, "codev", COOP_BODY_KIND_CONSEIL_DE_DEVELOPPEMENT, pair);
  g_assert_cmpfloat (lever (model, 3), ==, 0.5);
  add_meeting (council, 2026, 3);
  add_meeting (council, 2026, 9);
  g_assert_cmpfloat (lever (model, 3), ==, 1.0);

  conference = add_body (model, "cdm", COOP_BODY_KIND_CONFERENCE_DES_MAIRES, pair);
  g_assert_cmpfloat (lever (model, 4), ==, 0.5);
  add_meeting (conference, 2024, 1);
  g_assert_cmpfloat (lever (model, 4), ==, 0.5);
  add_meeting (conference, 2026, 10);
  g_assert_cmpfloat (lever (model, 4), ==, 1.0);

  coop_body_set_council_role (council, COOP_COUNCIL_ROLE_PROPOSE_AND_VALIDATE);
  diagnostic = diagnose (model);
  g_assert_cmpfloat (coop_lever_score_get_score (coop_diagnostic_get_lever (diagnostic, 10)), ==, 0.5);
  g_assert_false (coop_lever_score_get_weak (coop_diagnostic_get_lever (diagnostic, 10)));
  g_assert_cmpfloat (coop_diagnostic_get_axis_score (diagnostic, COOP_LEVER_AXIS_DIALOGUE_TERRITORIAL), ==, 1.0);
}

static void
test_diagnostic_pooling_and_contracts (void)
{
  g_autoptr(CoopModel) model = new_model ();
  g_autoptr(CoopPooledResource) provision =
    coop_pooled_resource_new (COOP_RESOURCE_KIND_SERVICE, COOP_POOLING_MODE_SERVICE_PROVISION, "Voirie");
  g_autoptr(CoopPooledResource) shared =
    coop_pooled_resource_new (COOP_RESOURCE_KIND_STAFF, COOP_POOLING_MODE_MUTUALISATION, "ADS");
  CoopAgreement *agreement;

  agreement = add_agreement (model, "contrat", COOP_AGREEMENT_KIND_CONTRAT_TERRITORIAL, COOP_AGREEMENT_STATUS_NEGOTIATION);
  g_assert_cmpfloat (lever (model, 8), ==, 0.5);
  coop_agreement_add_pooled_resource (agreement, provision);
  /* Not signed yet: pooling under a draft contract does not count. */
  g_assert_cmpfloat (lever (model, 9), ==, 0);

  agreement = add_agreement (model, "convention", COOP_AGREEMENT_KIND_CONVENTION_DE_PRESTATION, COOP_AGREEMENT_STATUS_SIGNED);
  coop_agreement_add_pooled_resource (agreement, provision);
  g_assert_cmpfloat (lever (model, 9), ==, 0.5);
  coop_agreement_add_pooled_resource (agreement, shared);
  g_assert_cmpfloat (lever (model, 9), ==, 1.0);

  add_agreement (model, "reciprocite", COOP_AGREEMENT_KIND_CONTRAT_DE_RECIPROCITE, COOP_AGREEMENT_STATUS_IN_FORCE);
  g_assert_cmpfloat (lever (model, 8), ==, 1.0);
}

static void
test_diagnostic_projects_together (void)
{
  g_autoptr(CoopModel) model = new_model ();
  g_autoptr(CoopTerritory) pnr = coop_territory_new (COOP_TERRITORY_KIND_PNR, "pnr-chartreuse", "PNR");
  g_autoptr(CoopParty) party = coop_party_new ("pnr-chartreuse", COOP_PARTY_ROLE_PARTNER);
  g_autoptr(GError) error = NULL;
  CoopAgreement *agreement;

  coop_territory_add_member_code (pnr, VOIRONNAIS);
  g_assert_true (coop_model_add_territory (model, pnr, &error));

  agreement = add_agreement (model, "charte", COOP_AGREEMENT_KIND_CHARTE, COOP_AGREEMENT_STATUS_SIGNED);
  g_assert_cmpfloat (lever (model, 7), ==, 0);
  g_assert_true (coop_agreement_add_party (agreement, party, &error));
  g_assert_cmpfloat (lever (model, 7), ==, 0.5);
  add_agreement (model, "articulation", COOP_AGREEMENT_KIND_CONVENTION_D_ARTICULATION, COOP_AGREEMENT_STATUS_SIGNED);
  g_assert_cmpfloat (lever (model, 7), ==, 1.0);
}

static void
test_diagnostic_representation_and_movement (void)
{
  g_autoptr(CoopModel) model = new_model ();
  g_autoptr(CoopMandate) vp_voiron = coop_mandate_new ("vp1", "elu-voiron", COOP_ROLE_VICE_PRESIDENT);
  g_autoptr(CoopMandate) vp_voreppe = coop_mandate_new ("vp2", "elu-voreppe", COOP_ROLE_VICE_PRESIDENT);
  g_autoptr(CoopAction) action = coop_action_new ("fete", "Fête");
  g_autoptr(CoopEvaluation) evaluation = NULL;
  g_autoptr(GDateTime) evaluated = day (2025, 6, 1);
  g_autoptr(GError) error = NULL;
  CoopAgreement *agreement;

  /* Lever 1: vice-presidents for two communes, then a commission that
   * makes the two EPCI cooperate: the Voironnais' seats follow population
   * (21.3% urban seats for 22.3% of the population) while Grenoble's
   * stray (64.5% for 74.4%), so half the seats part counts. */
  coop_mandate_set_on_behalf_of (vp_voiron, "38563");
  g_assert_true (coop_model_add_mandate (model, vp_voiron, &error));
  g_assert_cmpfloat (lever (model, 1), ==, 0);
  coop_mandate_set_on_behalf_of (vp_voreppe, "38565");
  g_assert_true (coop_model_add_mandate (model, vp_voreppe, &error));
  g_assert_cmpfloat_with_epsilon (lever (model, 1), 0.35, 1e-9);
  add_body (model, "commission-mobilite", COOP_BODY_KIND_COMMISSION, pair);
  g_assert_cmpfloat_with_epsilon (lever (model, 1), 0.35 + 0.35 + 0.15, 1e-9);
  {
    g_autoptr(CoopDiagnostic) with_seats = diagnose (model);
    const char * const *evidence = coop_lever_score_get_evidence (coop_diagnostic_get_lever (with_seats, 1));

    g_assert_true (g_str_has_prefix (evidence[0], "seats of Grenoble-Alpes-Métropole stray 9.9 points"));
    g_assert_true (g_str_has_prefix (evidence[1], "seats of CA du Pays Voironnais follow population"));
  }

  /* Lever 5: a pôle de proximité, once it exists, then an action a
   * commune carries. */
  {
    CoopBody *pole = add_body (model, "pole-nord", COOP_BODY_KIND_POLE_DE_PROXIMITE, pair);
    g_autoptr(GDateTime) created = day (2027, 1, 1);

    coop_body_set_start (pole, created);
    g_assert_cmpfloat (lever (model, 5), ==, 0);
    coop_body_set_start (pole, NULL);
  }
  g_assert_cmpfloat (lever (model, 5), ==, 0.5);
  agreement = add_agreement (model, "plan", COOP_AGREEMENT_KIND_PLAN_DE_COOPERATION, COOP_AGREEMENT_STATUS_IN_FORCE);
  coop_action_add_holder (action, COOP_FUNCTION_COMMUNICATION, "38563");
  coop_action_add_holder (action, COOP_FUNCTION_STEERING, VOIRONNAIS);
  g_assert_true (coop_agreement_add_action (agreement, action, &error));
  /* Communication of a planned action is not carrying it, nor is it once
   * under way; delivering a planned one is not yet. */
  g_assert_cmpfloat (lever (model, 5), ==, 0.5);
  coop_action_set_status (action, COOP_ACTION_STATUS_UNDER_WAY);
  g_assert_cmpfloat (lever (model, 5), ==, 0.5);
  coop_action_set_status (action, COOP_ACTION_STATUS_PLANNED);
  coop_action_add_holder (action, COOP_FUNCTION_DELIVERY, "38563");
  g_assert_cmpfloat (lever (model, 5), ==, 0.5);
  coop_action_set_status (action, COOP_ACTION_STATUS_UNDER_WAY);
  g_assert_cmpfloat (lever (model, 5), ==, 1.0);

  /* Lever 6: evaluated (0.4), steered by two structures (0.3), renewed (0.3). */
  g_assert_cmpfloat (lever (model, 6), ==, 0);
  evaluation = coop_evaluation_new (evaluated);
  coop_agreement_add_evaluation (agreement, evaluation);
  g_assert_cmpfloat_with_epsilon (lever (model, 6), 0.4, 1e-9);
  coop_action_add_holder (action, COOP_FUNCTION_STEERING, GRENOBLE);
  g_assert_cmpfloat_with_epsilon (lever (model, 6), 0.7, 1e-9);
  {
    g_autoptr(GDateTime) under = day (2025, 5, 1);
    g_autoptr(GDateTime) renewed = day (2025, 7, 1);

    g_assert_true (coop_agreement_transition (agreement, COOP_AGREEMENT_STATUS_UNDER_EVALUATION, under, NULL, &error));
    g_assert_true (coop_agreement_transition (agreement, COOP_AGREEMENT_STATUS_RENEWED, renewed, NULL, &error));
  }
  g_assert_cmpfloat_with_epsilon (lever (model, 6), 1.0, 1e-9);
}

static guint
count_signs (CoopModel  *model,
             const char *code)
{
  g_autoptr(CoopDiagnostic) diagnostic = diagnose (model);
  GListModel *warnings = coop_diagnostic_get_warnings (diagnostic);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (warnings); i++)
    {
      g_autoptr(CoopWarningSign) sign = g_list_model_get_item (warnings, i);

      count += g_str_equal (coop_warning_sign_get_code (sign), code);
    }

  return count;
}

static CoopWarningSign *
find_sign (CoopDiagnostic *diagnostic,
           const char     *code)
{
  GListModel *warnings = coop_diagnostic_get_warnings (diagnostic);

  for (guint i = 0; i < g_list_model_get_n_items (warnings); i++)
    {
      CoopWarningSign *sign = g_list_model_get_item (warnings, i);

      if (g_str_equal (coop_warning_sign_get_code (sign), code))
        return sign;
      g_object_unref (sign);
    }

  g_assert_not_reached ();
}

static void
test_warning_small_core (void)
{
  g_autoptr(CoopModel) model = new_model ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopDiagnostic) diagnostic = NULL;
  g_autoptr(CoopWarningSign) sign = NULL;
  const char *bodies[] = { "b1", "b2", "b3", "b4", "b5", "b6", "b7" };

  for (guint b = 0; b < G_N_ELEMENTS (bodies); b++)
    add_body (model, bodies[b], COOP_BODY_KIND_COMMISSION, pair);

  /* Ten officials with a seat each: no core. */
  for (guint a = 0; a < 10; a++)
    {
      g_autofree char *id = g_strdup_printf ("elu-%u", a);
      g_autofree char *mandate_id = g_strdup_printf ("m-%u", a);
      g_autoptr(CoopActor) actor = coop_actor_new (id, COOP_ACTOR_KIND_ELECTED_OFFICIAL, id);
      g_autoptr(CoopMandate) mandate = coop_mandate_new (mandate_id, id, COOP_ROLE_MEMBER);

      coop_mandate_set_body (mandate, bodies[a % G_N_ELEMENTS (bodies)]);
      g_assert_true (coop_model_add_actor (model, actor, &error));
      g_assert_true (coop_model_add_mandate (model, mandate, &error));
    }
  g_assert_cmpuint (count_signs (model, "small-core"), ==, 0);

  /* One of them sits in every body: ten of seventeen seats. */
  for (guint b = 1; b < G_N_ELEMENTS (bodies); b++)
    {
      g_autofree char *mandate_id = g_strdup_printf ("core-%u", b);
      g_autoptr(CoopMandate) mandate = coop_mandate_new (mandate_id, "elu-0", COOP_ROLE_VICE_PRESIDENT);

      coop_mandate_set_body (mandate, bodies[b]);
      g_assert_true (coop_model_add_mandate (model, mandate, &error));
    }
  for (guint b = 0; b < 3; b++)
    {
      g_autofree char *mandate_id = g_strdup_printf ("more-%u", b);
      g_autoptr(CoopMandate) mandate = coop_mandate_new (mandate_id, "elu-0", COOP_ROLE_MEMBER);

      coop_mandate_set_body (mandate, bodies[b + 3]);
      g_assert_true (coop_model_add_mandate (model, mandate, &error));
    }

  diagnostic = diagnose (model);
  sign = g_list_model_get_item (coop_diagnostic_get_warnings (diagnostic), 0);
  g_assert_cmpstr (coop_warning_sign_get_code (sign), ==, "small-core");
  g_assert_cmpfloat_with_epsilon (coop_warning_sign_get_figure (sign), 10.0 / 19.0, 1e-9);
  g_assert_cmpstr (coop_warning_sign_get_subjects (sign)[0], ==, "elu-0");
  g_assert_nonnull (strstr (coop_warning_sign_get_message (sign, "fr"), "détiennent"));
}

static void
test_warning_invisible_border_and_strata (void)
{
  g_autoptr(CoopModel) model = new_model ();
  g_autoptr(CoopTerritory) pays = coop_territory_new (COOP_TERRITORY_KIND_PAYS, "pays", "Pays");
  g_autoptr(CoopTerritory) scot = coop_territory_new (COOP_TERRITORY_KIND_SCOT, "scot", "SCoT");
  g_autoptr(GError) error = NULL;
  const char * const scope[] = { "pays", NULL };
  g_autoptr(CoopAgreement) articulation =
    coop_agreement_new ("articulation", COOP_AGREEMENT_KIND_CONVENTION_D_ARTICULATION, "Articulation");
  g_autoptr(CoopParty) first = coop_party_new ("pays", COOP_PARTY_ROLE_SIGNATORY);
  g_autoptr(CoopParty) second = coop_party_new ("scot", COOP_PARTY_ROLE_SIGNATORY);

  coop_territory_add_member_code (pays, VOIRONNAIS);
  coop_territory_add_member_code (scot, VOIRONNAIS);
  coop_territory_add_member_code (scot, GRENOBLE);
  g_assert_true (coop_model_add_territory (model, pays, &error));
  g_assert_true (coop_model_add_territory (model, scot, &error));

  g_assert_cmpuint (count_signs (model, "invisible-border"), ==, 2);
  g_assert_cmpuint (count_signs (model, "strata"), ==, 1);

  /* A body of the Pays reaches the SCoT's Voironnais part too. */
  add_body (model, "copil", COOP_BODY_KIND_COMITE_DE_PILOTAGE, scope);
  g_assert_cmpuint (count_signs (model, "invisible-border"), ==, 0);

  coop_agreement_add_party (articulation, first, &error);
  coop_agreement_add_party (articulation, second, &error);
  g_assert_true (coop_model_add_agreement (model, articulation, &error));

  /* A draft, a text in negotiation or signed but not yet in force binds
   * nobody; in force, it articulates the two layers. */
  {
    const CoopAgreementStatus steps[] = {
      COOP_AGREEMENT_STATUS_NEGOTIATION, COOP_AGREEMENT_STATUS_SIGNED, COOP_AGREEMENT_STATUS_IN_FORCE,
    };

    g_assert_cmpuint (count_signs (model, "strata"), ==, 1);
    for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
      {
        g_autoptr(GDateTime) when = day (2025, 3 + i, 1);

        g_assert_true (coop_agreement_transition (articulation, steps[i], when, NULL, &error));
        g_assert_no_error (error);
        g_assert_cmpuint (count_signs (model, "strata"), ==, steps[i] == COOP_AGREEMENT_STATUS_IN_FORCE ? 0 : 1);
      }
  }
}

static void
test_warning_silos (void)
{
  g_autoptr(CoopModel) model = new_model ();
  g_autoptr(CoopAction) silo = coop_action_new ("silo", "Silo");
  g_autoptr(CoopAction) shared = coop_action_new ("shared", "Shared");
  g_autoptr(GError) error = NULL;
  CoopAgreement *agreement = add_agreement (model, "plan", COOP_AGREEMENT_KIND_PLAN_DE_COOPERATION,
                                            COOP_AGREEMENT_STATUS_IN_FORCE);

  /* Met: every function of one action with one structure; unmet: the
   * other action shares them. */
  for (CoopFunction f = COOP_FUNCTION_POLITICAL_DECISION; f <= COOP_FUNCTION_COMMUNICATION; f++)
    coop_action_add_holder (shared, f, f < COOP_FUNCTION_DELIVERY ? VOIRONNAIS : GRENOBLE);
  g_assert_true (coop_agreement_add_action (agreement, shared, &error));
  g_assert_cmpuint (count_signs (model, "silos"), ==, 0);

  for (CoopFunction f = COOP_FUNCTION_POLITICAL_DECISION; f <= COOP_FUNCTION_COMMUNICATION; f++)
    coop_action_add_holder (silo, f, VOIRONNAIS);
  g_assert_true (coop_agreement_add_action (agreement, silo, &error));
  g_assert_cmpuint (count_signs (model, "silos"), ==, 1);

  /* Abandoned, it is no longer a silo (as the checks skip it). */
  coop_action_set_status (silo, COOP_ACTION_STATUS_ABANDONED);
  g_assert_cmpuint (count_signs (model, "silos"), ==, 0);
}

/* The funders of an agreement are its parties named funder and the
 * holders of the funding function in its who-does-what tables. The case
 * of the PNR des Monts d'Ardèche's 2026 plan: one party named funder (the
 * Région), five structures funding its actions. */
static void
test_warning_single_funding (void)
{
  g_autoptr(CoopModel) model = new_model ();
  g_autoptr(CoopAction) action = coop_action_new ("renovation", "Rénovation");
  g_autoptr(CoopAction) abandoned = coop_action_new ("abandoned", "Abandoned");
  g_autoptr(CoopParty) region = coop_party_new ("region:84", COOP_PARTY_ROLE_FUNDER);
  g_autoptr(GDateTime) evaluated = day (2026, 6, 1);
  g_autoptr(CoopEvaluation) evaluation = coop_evaluation_new (evaluated);
  g_autoptr(GError) error = NULL;
  CoopAgreement *agreement = add_agreement (model, "plan", COOP_AGREEMENT_KIND_PLAN_DE_COOPERATION,
                                            COOP_AGREEMENT_STATUS_IN_FORCE);
  g_autoptr(CoopDiagnostic) diagnostic = NULL;
  g_autoptr(CoopWarningSign) sign = NULL;

  /* Nobody funds it: no sign. */
  g_assert_cmpuint (count_signs (model, "single-funding"), ==, 0);

  /* One party named funder, and nobody else: the sign. */
  g_assert_true (coop_agreement_add_party (agreement, region, &error));
  g_assert_cmpuint (count_signs (model, "single-funding"), ==, 1);

  /* The same funder in the table is still one funder. */
  coop_action_add_holder (action, COOP_FUNCTION_FUNDING, "region:84");
  g_assert_true (coop_agreement_add_action (agreement, action, &error));
  g_assert_cmpuint (count_signs (model, "single-funding"), ==, 1);

  /* An abandoned action's funders do not fund the agreement. */
  coop_action_add_holder (abandoned, COOP_FUNCTION_FUNDING, GRENOBLE);
  coop_action_set_status (abandoned, COOP_ACTION_STATUS_ABANDONED);
  g_assert_true (coop_agreement_add_action (agreement, abandoned, &error));
  g_assert_cmpuint (count_signs (model, "single-funding"), ==, 1);

  /* The who-does-what table names more funders: no sign. */
  coop_action_add_holder (action, COOP_FUNCTION_FUNDING, VOIRONNAIS);
  coop_action_add_holder (action, COOP_FUNCTION_FUNDING, "200039824");
  g_assert_cmpuint (count_signs (model, "single-funding"), ==, 0);

  /* One funder found in the table alone, with no party named funder:
   * the sign, naming it; an evaluation prepares what follows. */
  {
    CoopAgreement *other = add_agreement (model, "other", COOP_AGREEMENT_KIND_CONVENTION_INTERTERRITORIALE,
                                          COOP_AGREEMENT_STATUS_IN_FORCE);
    g_autoptr(CoopAction) funded = coop_action_new ("funded", "Funded");

    /* A signatory funding what it signs spends its own resources. */
    coop_action_add_holder (funded, COOP_FUNCTION_FUNDING, GRENOBLE);
    g_assert_true (coop_agreement_add_action (other, funded, &error));
    g_assert_cmpuint (count_signs (model, "single-funding"), ==, 0);
    coop_action_set_holders (funded, COOP_FUNCTION_FUNDING, (const char * const[]) { "departement:38", NULL });
    diagnostic = diagnose (model);
    g_assert_cmpuint (count_signs (model, "single-funding"), ==, 1);
    sign = find_sign (diagnostic, "single-funding");
    g_assert_cmpstr (coop_warning_sign_get_subjects (sign)[0], ==, "other");
    g_assert_nonnull (strstr (coop_warning_sign_get_message (sign, "en"), "Isère"));

    coop_agreement_add_evaluation (other, evaluation);
  }
  g_assert_cmpuint (count_signs (model, "single-funding"), ==, 0);
}

static void
test_warning_mandate_change (void)
{
  g_autoptr(CoopModel) model = new_model ();
  g_autoptr(GDateTime) start = day (2019, 5, 1);
  g_autoptr(GDateTime) ended = day (2020, 9, 1);
  g_autoptr(GDateTime) much_later = day (2023, 9, 1);
  g_autoptr(GError) error = NULL;
  CoopAgreement *casualty = add_agreement (model, "casualty", COOP_AGREEMENT_KIND_CONVENTION_INTERTERRITORIALE,
                                           COOP_AGREEMENT_STATUS_NEGOTIATION);
  CoopAgreement *survivor = add_agreement (model, "survivor", COOP_AGREEMENT_KIND_CONVENTION_INTERTERRITORIALE,
                                           COOP_AGREEMENT_STATUS_NEGOTIATION);

  coop_agreement_set_start (casualty, start);
  coop_agreement_set_start (survivor, start);
  g_assert_true (coop_agreement_transition (casualty, COOP_AGREEMENT_STATUS_CANCELLED, ended, NULL, &error));
  g_assert_true (coop_agreement_transition (survivor, COOP_AGREEMENT_STATUS_CANCELLED, much_later, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (count_signs (model, "mandate-change"), ==, 1);
}

static CoopRating *
add_rating (CoopModel  *model,
            const char *id,
            const char *territory,
            const char *partner,
            guint       level,
            int         year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = day (year, 5, 1);
  CoopRating *rating = coop_rating_new (id, "dgs", territory, partner, level);

  coop_rating_set_date (rating, date);
  g_assert_true (coop_model_add_rating (model, rating, &error));
  g_assert_no_error (error);
  g_object_unref (rating);
  return rating;
}

static void
test_warning_rating_asymmetry (void)
{
  g_autoptr(CoopModel) model = new_model ();
  g_autoptr(CoopModel) reloaded = NULL;
  g_autoptr(CoopDiagnostic) diagnostic = NULL;
  g_autoptr(CoopWarningSign) sign = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;

  /* One side alone: nothing to compare. */
  add_rating (model, "r1", VOIRONNAIS, GRENOBLE, 3, 2024);
  g_assert_cmpuint (count_signs (model, "rating-asymmetry"), ==, 0);

  /* The other side agrees, then a later rating of the first side differs. */
  add_rating (model, "r2", GRENOBLE, VOIRONNAIS, 3, 2024);
  g_assert_cmpuint (count_signs (model, "rating-asymmetry"), ==, 0);
  add_rating (model, "r3", VOIRONNAIS, GRENOBLE, 5, 2025);

  diagnostic = diagnose (model);
  sign = g_list_model_get_item (coop_diagnostic_get_warnings (diagnostic), 0);
  g_assert_cmpstr (coop_warning_sign_get_code (sign), ==, "rating-asymmetry");
  g_assert_cmpint (coop_warning_sign_get_severity (sign), ==, COOP_SEVERITY_INFO);
  g_assert_cmpfloat (coop_warning_sign_get_figure (sign), ==, 2);

  /* A rating after the date of the diagnostic does not count yet. */
  add_rating (model, "r4", GRENOBLE, VOIRONNAIS, 5, 2030);
  g_assert_cmpuint (count_signs (model, "rating-asymmetry"), ==, 1);

  /* Ratings travel in the document, with their dates. */
  data = coop_model_to_data (model, NULL);
  g_assert_nonnull (strstr (data, "\"ratings\": ["));
  reloaded = coop_model_new_from_data (coop_model_get_atlas (model), data, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (coop_model_get_ratings (reloaded)), ==, 4);
  g_assert_cmpuint (coop_rating_get_level (coop_model_get_rating (reloaded, "r3")), ==, 5);
  g_assert_cmpstr (coop_rating_get_scale (coop_model_get_rating (reloaded, "r3")), ==, "libcoop");

  /* Read back, the section is known: written once, the same bytes. */
  {
    g_autofree char *again = coop_model_to_data (reloaded, NULL);

    g_assert_cmpstr (again, ==, data);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Coop/Diagnostic/empty", test_diagnostic_empty);
  g_test_add_func ("/Coop/Diagnostic/year-one", test_diagnostic_year_one);
  g_test_add_func ("/Coop/Diagnostic/lever/pacts", test_diagnostic_pacts);
  g_test_add_func ("/Coop/Diagnostic/lever/dialogue", test_diagnostic_dialogue);
  g_test_add_func ("/Coop/Diagnostic/lever/pooling-and-contracts", test_diagnostic_pooling_and_contracts);
  g_test_add_func ("/Coop/Diagnostic/lever/projects-together", test_diagnostic_projects_together);
  g_test_add_func ("/Coop/Diagnostic/lever/representation-and-movement", test_diagnostic_representation_and_movement);
  g_test_add_func ("/Coop/Diagnostic/warning/small-core", test_warning_small_core);
  g_test_add_func ("/Coop/Diagnostic/warning/invisible-border-and-strata", test_warning_invisible_border_and_strata);
  g_test_add_func ("/Coop/Diagnostic/warning/silos", test_warning_silos);
  g_test_add_func ("/Coop/Diagnostic/warning/single-funding", test_warning_single_funding);
  g_test_add_func ("/Coop/Diagnostic/warning/mandate-change", test_warning_mandate_change);
  g_test_add_func ("/Coop/Diagnostic/warning/rating-asymmetry", test_warning_rating_asymmetry);

  return g_test_run ();
}
