/* test-model-index.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "libcoop.h"
#include "coop-evidence-private.h"
#include "coop-model-index-private.h"

/* The analyses read a per-model index (perimeters, containers, mandates by
 * post, the bodies and agreements that may reach a territory). Each test
 * asks a question, changes the model the way a user or an editor would,
 * and asks again: the answer must follow the change. */

/* The CA du Pays Voironnais, Grenoble-Alpes-Métropole, Voiron, Grenoble. */
#define VOIRONNAIS "243800984"
#define GRENOBLE "200040715"
#define VOIRON "38563"
#define GRENOBLE_COMMUNE "38185"
#define BESANCON "25056"

static const char * const pair[] = { VOIRONNAIS, GRENOBLE, NULL };

typedef struct
{
  CoopAtlas *atlas;
  CoopModel *model;
  CoopScale *scale;
  GDateTime *today;
} Fixture;

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
  fixture->today = g_date_time_new_utc (2026, 11, 1, 0, 0, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->today, g_date_time_unref);
  g_clear_object (&fixture->scale);
  g_assert_finalize_object (fixture->model);
  g_clear_object (&fixture->atlas);
}

static guint
level (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAssessment) assessment = coop_assessment_new (fixture->model, fixture->scale, pair,
                                                              fixture->today, &error);

  g_assert_no_error (error);
  return coop_assessment_get_level (assessment);
}

static gboolean
contains (GListModel    *list,
          CoopTerritory *territory)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CoopTerritory) item = g_list_model_get_item (list, i);

      if (item == territory)
        return TRUE;
    }

  return FALSE;
}

static gboolean
container_of_voiron (Fixture       *fixture,
                     CoopTerritory *territory)
{
  g_autoptr(CoopTerritory) voiron = coop_model_lookup (fixture->model, VOIRON);
  g_autoptr(GListModel) containers = coop_model_list_containers (fixture->model, voiron);

  return contains (containers, territory);
}

static void
test_index_containers (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(CoopTerritory) pays = coop_territory_new (COOP_TERRITORY_KIND_PAYS, "pays", "Pays");
  g_autoptr(CoopTerritory) scot = coop_territory_new (COOP_TERRITORY_KIND_SCOT, "scot", "SCoT");
  g_autoptr(GError) error = NULL;
  const char * const voironnais[] = { VOIRONNAIS, NULL };
  const char * const grenoble[] = { GRENOBLE, NULL };
  const char * const both[] = { VOIRONNAIS, GRENOBLE, NULL };
  const char * const nested[] = { "pays", NULL };

  coop_territory_set_member_codes (pays, voironnais);
  g_assert_true (coop_model_add_territory (fixture->model, pays, &error));
  g_assert_no_error (error);
  g_assert_true (container_of_voiron (fixture, pays));

  /* Its members change: Voiron is no longer inside, then is again. */
  coop_territory_set_member_codes (pays, grenoble);
  g_assert_false (container_of_voiron (fixture, pays));
  coop_territory_set_member_codes (pays, both);
  g_assert_true (container_of_voiron (fixture, pays));

  /* A territory added after the first question, through another one. */
  coop_territory_set_member_codes (scot, nested);
  g_assert_false (container_of_voiron (fixture, scot));
  g_assert_true (coop_model_add_territory (fixture->model, scot, &error));
  g_assert_true (container_of_voiron (fixture, scot));
  {
    g_autoptr(GListModel) containers = coop_model_list_containers (fixture->model, pays);

    g_assert_true (contains (containers, scot));
  }

  /* Removed: gone from the answers. */
  g_assert_true (coop_model_remove_territory (fixture->model, scot));
  g_assert_false (container_of_voiron (fixture, scot));
  g_assert_true (container_of_voiron (fixture, pays));
}

static void
test_index_post_mandates (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(CoopPost) post = coop_post_new ("vp", "Vice-présidence", COOP_ROLE_VICE_PRESIDENT);
  g_autoptr(CoopPost) other = coop_post_new ("vp2", "Vice-présidence", COOP_ROLE_VICE_PRESIDENT);
  g_autoptr(CoopMandate) mandate = coop_mandate_new ("m", "someone", COOP_ROLE_VICE_PRESIDENT);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GListModel) added = NULL;
  g_autoptr(GListModel) moved = NULL;
  g_autoptr(GListModel) moved_other = NULL;
  g_autoptr(GListModel) removed = NULL;

  g_assert_true (coop_model_add_post (fixture->model, post, &error));
  g_assert_true (coop_model_add_post (fixture->model, other, &error));
  g_assert_no_error (error);
  before = coop_model_list_post_mandates (fixture->model, post, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (before), ==, 0);

  coop_mandate_set_post (mandate, "vp");
  g_assert_true (coop_model_add_mandate (fixture->model, mandate, &error));
  g_assert_no_error (error);
  added = coop_model_list_post_mandates (fixture->model, post, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (added), ==, 1);

  /* The mandate moves to the other post. */
  coop_mandate_set_post (mandate, "vp2");
  moved = coop_model_list_post_mandates (fixture->model, post, NULL);
  moved_other = coop_model_list_post_mandates (fixture->model, other, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (moved), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (moved_other), ==, 1);

  /* The actor's mandates, as the evidence rules read them. */
  {
    GPtrArray *held = _coop_model_index_get_actor_mandates (_coop_model_get_index (fixture->model), "someone");

    g_assert_nonnull (held);
    g_assert_cmpuint (held->len, ==, 1);
    g_assert_true (g_ptr_array_index (held, 0) == mandate);
  }

  g_assert_true (coop_model_remove_mandate (fixture->model, mandate));
  removed = coop_model_list_post_mandates (fixture->model, other, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (removed), ==, 0);
  g_assert_null (_coop_model_index_get_actor_mandates (_coop_model_get_index (fixture->model), "someone"));
}

static CoopActor *
add_actor (Fixture    *fixture,
           const char *id,
           const char *territory)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopActor) actor = coop_actor_new (id, COOP_ACTOR_KIND_ELECTED_OFFICIAL, id);

  coop_actor_set_territory (actor, territory);
  g_assert_true (coop_model_add_actor (fixture->model, actor, &error));
  g_assert_no_error (error);
  return actor;
}

static void
test_index_assessment_bodies (Fixture       *fixture,
                              gconstpointer  data)
{
  const char * const voironnais[] = { VOIRONNAIS, NULL };
  const char * const participants[] = { "maire-voiron", "maire-grenoble", NULL };
  g_autoptr(CoopBody) body = coop_body_new ("bureau", COOP_BODY_KIND_BUREAU, "Bureau");
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 6, 1, 0, 0, 0);
  g_autoptr(CoopMeeting) meeting = coop_meeting_new (when, "contact");
  g_autoptr(GError) error = NULL;
  CoopActor *grenoble;

  add_actor (fixture, "maire-voiron", VOIRON);
  grenoble = add_actor (fixture, "maire-grenoble", BESANCON);

  /* A body of one side only: nothing yet. */
  coop_body_set_scope (body, voironnais);
  g_assert_true (coop_model_add_body (fixture->model, body, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (level (fixture), ==, 0);

  /* A meeting added to the body after the first assessment, with a
   * participant whose territory is elsewhere: still nothing. */
  coop_meeting_set_participants (meeting, participants);
  coop_body_add_meeting (body, meeting);
  g_assert_cmpuint (level (fixture), ==, 0);

  /* The participant's territory is corrected: the meeting counts. */
  coop_actor_set_territory (grenoble, GRENOBLE_COMMUNE);
  g_assert_cmpuint (level (fixture), ==, 1);

  /* The participants change again. */
  coop_meeting_set_participants (meeting, (const char * const[]) { "maire-voiron", NULL });
  g_assert_cmpuint (level (fixture), ==, 0);

  /* The body's scope widens to both sides. */
  coop_body_set_scope (body, pair);
  g_assert_cmpuint (level (fixture), ==, 1);

  /* The body is removed. */
  g_assert_true (coop_model_remove_body (fixture->model, body));
  g_assert_cmpuint (level (fixture), ==, 0);
}

static gboolean
has_evidence (Fixture    *fixture,
              const char *wanted)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAssessment) assessment = coop_assessment_new (fixture->model, fixture->scale, pair,
                                                              fixture->today, &error);
  GListModel *steps;

  g_assert_no_error (error);
  steps = coop_assessment_get_steps (assessment);
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(CoopStepResult) step = g_list_model_get_item (steps, i);
      GListModel *criteria = coop_step_result_get_criteria (step);

      for (guint c = 0; c < g_list_model_get_n_items (criteria); c++)
        {
          g_autoptr(CoopCriterionResult) result = g_list_model_get_item (criteria, c);
          const char * const *evidence = coop_criterion_result_get_evidence (result);

          if (evidence != NULL && g_strv_contains (evidence, wanted))
            return TRUE;
        }
    }

  return FALSE;
}

static void
test_index_assessment_agreements (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(CoopAgreement) agreement = coop_agreement_new ("contrat", COOP_AGREEMENT_KIND_PACTE_POLITIQUE, "Pacte");
  const CoopAgreementStatus path[] = {
    COOP_AGREEMENT_STATUS_NEGOTIATION, COOP_AGREEMENT_STATUS_SIGNED, COOP_AGREEMENT_STATUS_IN_FORCE,
  };
  g_autoptr(CoopParty) first = coop_party_new (VOIRONNAIS, COOP_PARTY_ROLE_SIGNATORY);
  g_autoptr(CoopParty) second = coop_party_new (GRENOBLE, COOP_PARTY_ROLE_SIGNATORY);
  g_autoptr(GError) error = NULL;

  /* A pacte in force counts for the fifth step's first criterion. */
  for (guint i = 0; i < G_N_ELEMENTS (path); i++)
    {
      g_autoptr(GDateTime) when = g_date_time_new_utc (2025, 1 + i, 1, 0, 0, 0);

      g_assert_true (coop_agreement_transition (agreement, path[i], when, NULL, &error));
      g_assert_no_error (error);
    }
  g_assert_true (coop_agreement_add_party (agreement, first, &error));
  g_assert_true (coop_model_add_agreement (fixture->model, agreement, &error));
  g_assert_no_error (error);
  g_assert_false (has_evidence (fixture, "agreement:contrat"));

  /* The second party comes after the index was built: the agreement now
   * brings both together. */
  g_assert_true (coop_agreement_add_party (agreement, second, &error));
  g_assert_no_error (error);
  g_assert_true (has_evidence (fixture, "agreement:contrat"));

  g_assert_true (coop_model_remove_agreement (fixture->model, agreement));
  g_assert_false (has_evidence (fixture, "agreement:contrat"));
}

/* The candidates the index gives for a territory hold every body that
 * reaches it, whichever way it does: scope, a participant's territory, a
 * participant's mandate; and a département reaches only itself. */
static void
test_index_candidates (Fixture       *fixture,
                       gconstpointer  data)
{
  const char * const isere[] = { "departement:38", NULL };
  const char * const far[] = { BESANCON, NULL };
  const char * const by_mandate[] = { "agent", NULL };
  g_autoptr(CoopBody) departement = coop_body_new ("a-departement", COOP_BODY_KIND_INFORMAL_NETWORK, "A");
  g_autoptr(CoopBody) elsewhere = coop_body_new ("b-elsewhere", COOP_BODY_KIND_INFORMAL_NETWORK, "B");
  g_autoptr(CoopBody) meeting_body = coop_body_new ("c-meeting", COOP_BODY_KIND_INFORMAL_NETWORK, "C");
  g_autoptr(CoopMandate) mandate = coop_mandate_new ("m-agent", "agent", COOP_ROLE_MEMBER);
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 6, 1, 0, 0, 0);
  g_autoptr(CoopMeeting) meeting = coop_meeting_new (when, "contact");
  g_autoptr(CoopTerritory) voironnais = coop_model_lookup (fixture->model, VOIRONNAIS);
  g_autoptr(CoopTerritory) isere_territory = coop_model_lookup (fixture->model, "departement:38");
  g_autoptr(GArray) for_voironnais = NULL;
  g_autoptr(GArray) for_isere = NULL;
  g_autoptr(GArray) after_move = NULL;
  g_autoptr(GError) error = NULL;
  CoopModelIndex *index = _coop_model_get_index (fixture->model);

  add_actor (fixture, "agent", BESANCON);
  coop_body_set_scope (departement, isere);
  coop_body_set_scope (elsewhere, far);
  coop_body_set_scope (meeting_body, far);
  coop_meeting_set_participants (meeting, by_mandate);
  coop_body_add_meeting (meeting_body, meeting);
  coop_mandate_set_on_behalf_of (mandate, VOIRON);
  g_assert_true (coop_model_add_body (fixture->model, departement, &error));
  g_assert_true (coop_model_add_body (fixture->model, elsewhere, &error));
  g_assert_true (coop_model_add_body (fixture->model, meeting_body, &error));
  g_assert_true (coop_model_add_mandate (fixture->model, mandate, &error));
  g_assert_no_error (error);

  /* The Voironnais: the meeting's body only, through the mandate. */
  for_voironnais = _coop_model_index_dup_candidates (index, voironnais, FALSE);
  g_assert_cmpuint (for_voironnais->len, ==, 1);
  g_assert_cmpuint (g_array_index (for_voironnais, guint, 0), ==, 2);

  /* The Isère: the body that names it, and the meeting's body. */
  for_isere = _coop_model_index_dup_candidates (index, isere_territory, FALSE);
  g_assert_cmpuint (for_isere->len, ==, 2);
  g_assert_cmpuint (g_array_index (for_isere, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (for_isere, guint, 1), ==, 2);

  /* The mandate now acts elsewhere: the meeting's body drops out. */
  coop_mandate_set_on_behalf_of (mandate, BESANCON);
  after_move = _coop_model_index_dup_candidates (index, voironnais, FALSE);
  g_assert_cmpuint (after_move->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/Coop/ModelIndex/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("containers/kept-right", test_index_containers);
  ADD ("post-mandates/kept-right", test_index_post_mandates);
  ADD ("assessment/bodies-kept-right", test_index_assessment_bodies);
  ADD ("assessment/agreements-kept-right", test_index_assessment_agreements);
  ADD ("candidates", test_index_candidates);
#undef ADD

  return g_test_run ();
}
