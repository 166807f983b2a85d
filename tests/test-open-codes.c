/* test-open-codes.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <libcoop.h>

#include "coop-i18n-private.h"

/* Agreement kinds, actor kinds, body kinds and roles are open codelists
 * (issue 14): known values keep their enum, label and meaning; a model may
 * use any other code with a label and, where it has one, a legal
 * reference. */

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    data)
{
  (*(guint *)data)++;
}

static void
test_known_values (void)
{
  g_autoptr(CoopAgreement) pat = coop_agreement_new ("pat", COOP_AGREEMENT_KIND_PROJET_ALIMENTAIRE_TERRITORIAL,
                                                     "PAT du Pays Voironnais");
  g_autoptr(CoopAgreement) crte = coop_agreement_new ("crte", COOP_AGREEMENT_KIND_CHARTE, "CRTE");
  g_autoptr(CoopBody) quartier = coop_body_new ("q", COOP_BODY_KIND_CONSEIL_DE_QUARTIER, "Conseil de quartier");
  g_autoptr(CoopActor) scic = coop_actor_new ("s", COOP_ACTOR_KIND_SCIC, "SCIC Énergie");
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (coop_agreement_get_kind_code (pat), ==, "projet-alimentaire-territorial");
  g_assert_cmpstr (coop_agreement_get_kind_label (pat), ==, "projet alimentaire territorial");
  g_assert_cmpstr (coop_agreement_get_kind_legal_reference (pat), ==, "Code rural L111-2-2");

  g_assert_true (coop_agreement_set_kind_code (crte, "contrat-de-relance-et-de-transition-ecologique", NULL, NULL,
                                               &error));
  g_assert_no_error (error);
  g_assert_cmpint (coop_agreement_get_kind (crte), ==,
                   COOP_AGREEMENT_KIND_CONTRAT_DE_RELANCE_ET_DE_TRANSITION_ECOLOGIQUE);
  g_assert_nonnull (strstr (coop_agreement_get_kind_legal_reference (crte), "6231/SG"));

  g_assert_cmpstr (coop_body_get_kind_code (quartier), ==, "conseil-de-quartier");
  g_assert_cmpstr (coop_body_get_kind_legal_reference (quartier), ==, "CGCT L2143-1");
  g_assert_cmpstr (coop_actor_get_kind_code (scic), ==, "scic");
  g_assert_nonnull (strstr (coop_actor_get_kind_label (scic), "SCIC"));
}

static void
test_own_values (void)
{
  g_autoptr(CoopAgreement) agreement = coop_agreement_new ("v", COOP_AGREEMENT_KIND_CHARTE, "Contrat de ville");
  g_autoptr(CoopMandate) mandate = coop_mandate_new ("m", "a", COOP_ROLE_MEMBER);
  g_autoptr(GError) error = NULL;
  guint kind_notified = 0, code_notified = 0;

  g_signal_connect (agreement, "notify::kind", G_CALLBACK (count_notify), &kind_notified);
  g_signal_connect (agreement, "notify::kind-code", G_CALLBACK (count_notify), &code_notified);

  g_assert_true (coop_agreement_set_kind_code (agreement, "contrat-de-ville", "contrat de ville",
                                               "Loi n° 2014-173, art. 6", &error));
  g_assert_no_error (error);
  g_assert_cmpint (coop_agreement_get_kind (agreement), ==, COOP_AGREEMENT_KIND_OTHER);
  g_assert_cmpstr (coop_agreement_get_kind_code (agreement), ==, "contrat-de-ville");
  g_assert_cmpstr (coop_agreement_get_kind_label (agreement), ==, "contrat de ville");
  g_assert_cmpstr (coop_agreement_get_kind_legal_reference (agreement), ==, "Loi n° 2014-173, art. 6");
  g_assert_cmpuint (kind_notified, ==, 1);
  g_assert_cmpuint (code_notified, ==, 1);

  /* Back to a known value: the model's label and reference go. */
  g_assert_true (coop_agreement_set_kind_code (agreement, "charte", NULL, NULL, &error));
  g_assert_cmpint (coop_agreement_get_kind (agreement), ==, COOP_AGREEMENT_KIND_CHARTE);
  g_assert_null (coop_agreement_get_kind_legal_reference (agreement));
  g_assert_cmpuint (kind_notified, ==, 2);

  g_assert_true (coop_mandate_set_role_code (mandate, "conseiller-citoyen", "conseiller citoyen", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (coop_mandate_get_role (mandate), ==, COOP_ROLE_OTHER);
  g_assert_cmpstr (coop_mandate_get_role_label (mandate), ==, "conseiller citoyen");
  g_assert_null (coop_mandate_get_role_legal_reference (mandate));
}

static void
test_refused (void)
{
  g_autoptr(CoopBody) body = coop_body_new ("b", COOP_BODY_KIND_BUREAU, "Bureau");
  g_autoptr(GError) error = NULL;

  /* A code libcoop does not know needs a label. */
  g_assert_false (coop_body_set_kind_code (body, "conseil-citoyen", NULL, NULL, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "“kind-label”"));
  g_clear_error (&error);
  g_assert_false (coop_body_set_kind_code (body, "conseil-citoyen", "   ", NULL, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  /* A known value keeps its own label. */
  g_assert_false (coop_body_set_kind_code (body, "commission", "Commission des finances", NULL, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "expected no “kind-label”"));
  g_clear_error (&error);

  /* Codes are written like nicks. */
  g_assert_false (coop_body_set_kind_code (body, "Conseil Citoyen", "conseil citoyen", NULL, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (coop_body_set_kind_code (body, "", "conseil citoyen", NULL, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (coop_body_set_kind_code (body, "conseil-citoyen", "conseil citoyen", "", &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  /* Nothing changed. */
  g_assert_cmpint (coop_body_get_kind (body), ==, COOP_BODY_KIND_BUREAU);
  g_assert_cmpstr (coop_body_get_kind_code (body), ==, "bureau");
}

#define MODEL \
  "{\"format\": \"libcoop-model\", \"version\": 1, " \
  "\"actors\": [{\"id\": \"a\", \"kind\": \"cooperative-d-habitants\", \"kind-label\": \"coopérative d'habitants\", \"name\": \"A\"}, " \
  "{\"id\": \"g\", \"kind\": \"gip\", \"name\": \"GIP\"}], " \
  "\"mandates\": [{\"id\": \"m\", \"actor\": \"a\", \"role\": \"conseiller-citoyen\", \"role-label\": \"conseiller citoyen\", \"body\": \"c\"}], " \
  "\"bodies\": [{\"id\": \"c\", \"kind\": \"comite-d-usagers\", \"name\": \"Comité d'usagers\"}, " \
  "{\"id\": \"q\", \"kind\": \"conseil-citoyen\", \"kind-label\": \"conseil citoyen\", \"kind-legal-reference\": \"Loi n° 2014-173, art. 7\", \"name\": \"Q\"}], " \
  "\"agreements\": [{\"id\": \"crte\", \"kind\": \"contrat-de-relance-et-de-transition-ecologique\", \"title\": \"CRTE\", \"status\": \"draft\"}, " \
  "{\"id\": \"v\", \"kind\": \"contrat-de-ville\", \"kind-label\": \"contrat de ville\", \"title\": \"Contrat de ville\", \"status\": \"draft\"}]}"

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = coop_atlas_dup_default (&error);
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(CoopModel) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  CoopBody *citizens;
  CoopAgreement *contract;

  g_assert_no_error (error);
  model = coop_model_new_from_data (atlas, MODEL, -1, &error);
  g_assert_no_error (error);
  first = coop_model_to_data (model, NULL);
  again = coop_model_new_from_data (atlas, first, -1, &error);
  g_assert_no_error (error);
  second = coop_model_to_data (again, NULL);
  g_assert_cmpstr (first, ==, second);

  citizens = coop_model_get_body (again, "q");
  g_assert_cmpint (coop_body_get_kind (citizens), ==, COOP_BODY_KIND_OTHER);
  g_assert_cmpstr (coop_body_get_kind_code (citizens), ==, "conseil-citoyen");
  g_assert_cmpstr (coop_body_get_kind_legal_reference (citizens), ==, "Loi n° 2014-173, art. 7");
  contract = coop_model_get_agreement (again, "v");
  g_assert_cmpstr (coop_agreement_get_kind_label (contract), ==, "contrat de ville");
  g_assert_cmpint (coop_agreement_get_kind (coop_model_get_agreement (again, "crte")), ==,
                   COOP_AGREEMENT_KIND_CONTRAT_DE_RELANCE_ET_DE_TRANSITION_ECOLOGIQUE);
  /* A known value is written by its code alone. */
  g_assert_null (strstr (first, "\"kind-label\": \"comité"));
  g_assert_nonnull (strstr (first, "\"role-label\": \"conseiller citoyen\""));
  g_assert_cmpstr (coop_mandate_get_role_code (coop_model_get_mandate (again, "m")), ==, "conseiller-citoyen");
}

#define STEP(level, criteria) \
  "{\"level\": " #level ", \"id\": \"s" #level "\", \"label\": {\"fr\": \"F\", \"en\": \"E\"}, " \
  "\"description\": {\"fr\": \"F\", \"en\": \"E\"}, \"criteria\": " criteria "}"
#define SCALE(steps) \
  "{\"format\": \"libcoop-scale\", \"version\": 1, \"id\": \"t\", \"name\": {\"fr\": \"F\", \"en\": \"E\"}, " \
  "\"steps\": [" steps "]}"

/* A criterion names a model's own kind as it names a known one: the
 * contrat de ville counts for the step that asks for one, and for no
 * step that asks for another kind. */
static void
test_criterion_names_own_code (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = coop_atlas_dup_default (&error);
  g_autoptr(CoopScale) scale =
    coop_scale_new_from_data (SCALE (STEP (1, "[{\"criterion\": \"agreement\", \"kinds\": [\"contrat-de-ville\"]}]") ", "
                                     STEP (2, "[{\"criterion\": \"agreement\", \"kinds\": [\"conseil-citoyen\"]}]")),
                              -1, &error);
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(CoopAssessment) assessment = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 1, 1, 0, 0, 0);
  const char *territories[] = { "38563", "243800984", NULL };
  g_auto(GStrv) missing = NULL;

  g_assert_no_error (error);
  model = coop_model_new_from_data (atlas, MODEL, -1, &error);
  g_assert_no_error (error);
  /* The contrat de ville of MODEL is a draft: put it in force, signed by both. */
  {
    CoopAgreement *contract = coop_model_get_agreement (model, "v");
    g_autoptr(CoopParty) voiron = coop_party_new ("38563", COOP_PARTY_ROLE_SIGNATORY);
    g_autoptr(CoopParty) voironnais = coop_party_new ("243800984", COOP_PARTY_ROLE_SIGNATORY);
    g_autoptr(GDateTime) start = g_date_time_new_utc (2024, 1, 1, 0, 0, 0);

    g_assert_true (coop_agreement_add_party (contract, voiron, &error));
    g_assert_true (coop_agreement_add_party (contract, voironnais, &error));
    g_assert_true (coop_agreement_transition (contract, COOP_AGREEMENT_STATUS_NEGOTIATION, start, NULL, &error));
    g_assert_true (coop_agreement_transition (contract, COOP_AGREEMENT_STATUS_SIGNED, start, NULL, &error));
    g_assert_true (coop_agreement_transition (contract, COOP_AGREEMENT_STATUS_IN_FORCE, start, NULL, &error));
    g_assert_no_error (error);
  }

  assessment = coop_assessment_new (model, scale, territories, date, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (coop_assessment_get_level (assessment), ==, 1);
  missing = coop_assessment_dup_missing (assessment, "en");
  g_assert_nonnull (missing[0]);
  g_assert_nonnull (strstr (missing[0], "conseil-citoyen"));
}

static void
test_labels_translated (void)
{
  g_autoptr(CoopBody) other = coop_body_new ("o", COOP_BODY_KIND_OTHER, "O");
  g_autoptr(CoopLanguageScope) scope = _coop_language_scope_enter ("fr");

  g_assert_cmpstr (coop_body_get_kind_code (other), ==, "other");
  g_assert_cmpstr (coop_body_get_kind_label (other), ==, "autre instance");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Coop/OpenCodes/known", test_known_values);
  g_test_add_func ("/Coop/OpenCodes/own", test_own_values);
  g_test_add_func ("/Coop/OpenCodes/refused", test_refused);
  g_test_add_func ("/Coop/OpenCodes/round-trip", test_round_trip);
  g_test_add_func ("/Coop/OpenCodes/labels-translated", test_labels_translated);
  g_test_add_func ("/Coop/OpenCodes/criterion", test_criterion_names_own_code);

  return g_test_run ();
}
