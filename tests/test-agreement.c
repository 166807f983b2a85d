/* test-agreement.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-agreement-private.h"
#include "coop-model-collections-private.h"
#include "coop-enum-types.h"
#include "coop-error.h"

#define N_STATUSES (COOP_AGREEMENT_STATUS_EXPIRED + 1)

/* The lifecycle as DESIGN.md states it, written out independently of the
 * library's table. */
static const CoopAgreementStatus expected_moves[N_STATUSES][N_STATUSES + 1] = {
  [COOP_AGREEMENT_STATUS_DRAFT] = { COOP_AGREEMENT_STATUS_NEGOTIATION, COOP_AGREEMENT_STATUS_CANCELLED, -1 },
  [COOP_AGREEMENT_STATUS_NEGOTIATION] = { COOP_AGREEMENT_STATUS_DRAFT, COOP_AGREEMENT_STATUS_SIGNED,
                                          COOP_AGREEMENT_STATUS_CANCELLED, -1 },
  [COOP_AGREEMENT_STATUS_SIGNED] = { COOP_AGREEMENT_STATUS_IN_FORCE, COOP_AGREEMENT_STATUS_CANCELLED, -1 },
  [COOP_AGREEMENT_STATUS_IN_FORCE] = { COOP_AGREEMENT_STATUS_UNDER_EVALUATION, COOP_AGREEMENT_STATUS_COMPLETED,
                                       COOP_AGREEMENT_STATUS_TERMINATED_EARLY, COOP_AGREEMENT_STATUS_EXPIRED, -1 },
  [COOP_AGREEMENT_STATUS_UNDER_EVALUATION] = { COOP_AGREEMENT_STATUS_IN_FORCE, COOP_AGREEMENT_STATUS_RENEWED,
                                               COOP_AGREEMENT_STATUS_COMPLETED, COOP_AGREEMENT_STATUS_TERMINATED_EARLY,
                                               COOP_AGREEMENT_STATUS_EXPIRED, -1 },
  [COOP_AGREEMENT_STATUS_RENEWED] = { COOP_AGREEMENT_STATUS_IN_FORCE, COOP_AGREEMENT_STATUS_COMPLETED,
                                      COOP_AGREEMENT_STATUS_TERMINATED_EARLY, COOP_AGREEMENT_STATUS_EXPIRED, -1 },
  [COOP_AGREEMENT_STATUS_COMPLETED] = { -1 },
  [COOP_AGREEMENT_STATUS_TERMINATED_EARLY] = { -1 },
  [COOP_AGREEMENT_STATUS_CANCELLED] = { -1 },
  [COOP_AGREEMENT_STATUS_EXPIRED] = { -1 },
};

static gboolean
expected_allowed (CoopAgreementStatus from,
                  CoopAgreementStatus to)
{
  for (guint i = 0; (int)expected_moves[from][i] != -1; i++)
    {
      if (expected_moves[from][i] == to)
        return TRUE;
    }
  return FALSE;
}

static const char *
nick (CoopAgreementStatus status)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (COOP_TYPE_AGREEMENT_STATUS);

  return g_enum_get_value (klass, status)->value_nick;
}

static GDateTime *
day (int year,
     int month,
     int day_of_month)
{
  return g_date_time_new_utc (year, month, day_of_month, 0, 0, 0);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_agreement_transition_allowed (void)
{
  g_autoptr(GDateTime) date = day (2026, 3, 1);

  for (guint from = 0; from < N_STATUSES; from++)
    {
      for (guint to = 0; to < N_STATUSES; to++)
        {
          g_autoptr(GError) error = NULL;
          CoopAgreement *agreement;
          GListModel *history;
          g_autoptr(CoopTransition) transition = NULL;

          if (!expected_allowed (from, to))
            continue;

          agreement = coop_agreement_new ("a", COOP_AGREEMENT_KIND_CONVENTION_INTERTERRITORIALE, "A");
          _coop_agreement_set_status (agreement, from);
          g_assert_true (coop_agreement_can_transition (agreement, to));
          g_assert_true (coop_agreement_status_can_transition (from, to));
          g_assert_true (coop_agreement_transition (agreement, to, date, "why", &error));
          g_assert_no_error (error);
          g_assert_cmpint (coop_agreement_get_status (agreement), ==, to);

          history = coop_agreement_get_history (agreement);
          g_assert_cmpuint (g_list_model_get_n_items (history), ==, 1);
          transition = g_list_model_get_item (history, 0);
          g_assert_cmpint (coop_transition_get_from_status (transition), ==, from);
          g_assert_cmpint (coop_transition_get_to_status (transition), ==, to);
          g_assert_true (g_date_time_equal (coop_transition_get_date (transition), date));
          g_assert_cmpstr (coop_transition_get_note (transition), ==, "why");
          g_clear_object (&transition);
          g_assert_finalize_object (agreement);
        }
    }
}

static void
test_agreement_transition_refused (void)
{
  g_autoptr(GDateTime) date = day (2026, 3, 1);
  guint refused = 0;

  for (guint from = 0; from < N_STATUSES; from++)
    {
      for (guint to = 0; to < N_STATUSES; to++)
        {
          g_autoptr(GError) error = NULL;
          CoopAgreement *agreement;

          if (expected_allowed (from, to))
            continue;

          agreement = coop_agreement_new ("a", COOP_AGREEMENT_KIND_CHARTE, "A");
          _coop_agreement_set_status (agreement, from);
          g_assert_false (coop_agreement_can_transition (agreement, to));
          g_assert_false (coop_agreement_transition (agreement, to, date, NULL, &error));
          g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_TRANSITION);
          g_assert_nonnull (strstr (error->message, nick (from)));
          g_assert_nonnull (strstr (error->message, nick (to)));

          /* The message lists every allowed move, and only those. */
          for (guint other = 0; other < N_STATUSES; other++)
            {
              g_autofree char *quoted = g_strdup_printf ("“%s”", nick (other));

              if (expected_allowed (from, other))
                g_assert_nonnull (strstr (error->message, quoted));
            }
          if (coop_agreement_status_is_final (from))
            g_assert_nonnull (strstr (error->message, "final"));
          else
            g_assert_nonnull (strstr (error->message, "allowed from there"));

          g_assert_cmpint (coop_agreement_get_status (agreement), ==, from);
          g_assert_cmpuint (g_list_model_get_n_items (coop_agreement_get_history (agreement)), ==, 0);
          g_assert_finalize_object (agreement);
          refused++;
        }
    }

  g_assert_cmpuint (refused, >, 0);
}

static void
test_agreement_lifecycle_walk (void)
{
  g_autoptr(CoopAgreement) agreement = coop_agreement_new ("plan", COOP_AGREEMENT_KIND_PLAN_DE_COOPERATION, "Plan");
  g_autoptr(GDateTime) date = day (2026, 1, 1);
  const CoopAgreementStatus walk[] = {
    COOP_AGREEMENT_STATUS_NEGOTIATION, COOP_AGREEMENT_STATUS_SIGNED, COOP_AGREEMENT_STATUS_IN_FORCE,
    COOP_AGREEMENT_STATUS_UNDER_EVALUATION, COOP_AGREEMENT_STATUS_RENEWED, COOP_AGREEMENT_STATUS_COMPLETED,
  };
  guint notified = 0;

  g_signal_connect (agreement, "notify::status", G_CALLBACK (count_notify), &notified);
  g_assert_cmpint (coop_agreement_get_status (agreement), ==, COOP_AGREEMENT_STATUS_DRAFT);
  for (guint i = 0; i < G_N_ELEMENTS (walk); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (coop_agreement_transition (agreement, walk[i], date, NULL, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpuint (notified, ==, G_N_ELEMENTS (walk));
  g_assert_cmpuint (g_list_model_get_n_items (coop_agreement_get_history (agreement)), ==, G_N_ELEMENTS (walk));
  g_assert_true (coop_agreement_status_is_final (coop_agreement_get_status (agreement)));
  g_assert_false (coop_agreement_status_is_final (COOP_AGREEMENT_STATUS_RENEWED));
}

static void
test_agreement_properties (void)
{
  CoopAgreement *agreement = coop_agreement_new ("a", COOP_AGREEMENT_KIND_PACTE_POLITIQUE, "A pact");
  g_autoptr(GDateTime) start = day (2026, 1, 1);
  g_autoptr(GDateTime) same_start = day (2026, 1, 1);
  g_autofree char *title = NULL;
  guint notified = 0;

  g_signal_connect (agreement, "notify", G_CALLBACK (count_notify), &notified);

  coop_agreement_set_start (agreement, start);
  g_assert_cmpuint (notified, ==, 1);
  coop_agreement_set_start (agreement, same_start);
  g_assert_cmpuint (notified, ==, 1);
  coop_agreement_set_description (agreement, "note");
  coop_agreement_set_description (agreement, "note");
  g_assert_cmpuint (notified, ==, 2);
  coop_agreement_set_end (agreement, NULL);
  g_assert_cmpuint (notified, ==, 2);

  g_object_get (agreement, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "A pact");
  g_assert_cmpint (coop_agreement_get_kind (agreement), ==, COOP_AGREEMENT_KIND_PACTE_POLITIQUE);
  g_assert_true (g_list_model_get_item_type (coop_agreement_get_parties (agreement)) == COOP_TYPE_PARTY);
  g_assert_true (g_list_model_get_item_type (coop_agreement_get_actions (agreement)) == COOP_TYPE_ACTION);
  g_assert_true (g_list_model_get_item_type (coop_agreement_get_history (agreement)) == COOP_TYPE_TRANSITION);
  g_assert_true (g_list_model_get_item_type (coop_agreement_get_pooled_resources (agreement)) == COOP_TYPE_POOLED_RESOURCE);

  g_assert_finalize_object (agreement);
}

static void
test_agreement_parties (void)
{
  g_autoptr(CoopAgreement) agreement = coop_agreement_new ("a", COOP_AGREEMENT_KIND_CHARTE, "A");
  g_autoptr(CoopParty) lead = coop_party_new ("243800984", COOP_PARTY_ROLE_LEAD);
  g_autoptr(CoopParty) signatory = coop_party_new ("243800984", COOP_PARTY_ROLE_SIGNATORY);
  g_autoptr(CoopParty) again = coop_party_new ("243800984", COOP_PARTY_ROLE_LEAD);
  g_autoptr(GError) error = NULL;

  g_assert_true (coop_agreement_add_party (agreement, lead, &error));
  g_assert_true (coop_agreement_add_party (agreement, signatory, &error));
  g_assert_no_error (error);
  g_assert_false (coop_agreement_add_party (agreement, again, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "lead"));
  g_assert_cmpuint (g_list_model_get_n_items (coop_agreement_get_parties (agreement)), ==, 2);
  g_assert_true (coop_agreement_has_party (agreement, "243800984"));
  g_assert_false (coop_agreement_has_party (agreement, "38563"));
}

static void
test_agreement_progress (void)
{
  g_autoptr(CoopAgreement) agreement = coop_agreement_new ("a", COOP_AGREEMENT_KIND_PLAN_DE_COOPERATION, "A");
  g_autoptr(CoopAction) first = coop_action_new ("one", "One");
  g_autoptr(CoopAction) second = coop_action_new ("two", "Two");
  g_autoptr(CoopAction) dropped = coop_action_new ("three", "Three");
  g_autoptr(CoopAction) duplicate = coop_action_new ("one", "One again");
  g_autoptr(GError) error = NULL;
  guint notified = 0;

  g_assert_cmpfloat (coop_agreement_get_progress (agreement), ==, -1.0);
  g_signal_connect (agreement, "notify::progress", G_CALLBACK (count_notify), &notified);

  coop_action_set_progress (first, 50);
  g_assert_true (coop_agreement_add_action (agreement, first, &error));
  g_assert_true (coop_agreement_add_action (agreement, second, &error));
  g_assert_true (coop_agreement_add_action (agreement, dropped, &error));
  g_assert_no_error (error);
  g_assert_false (coop_agreement_add_action (agreement, duplicate, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE);
  g_assert_cmpuint (notified, ==, 3);

  coop_action_set_status (dropped, COOP_ACTION_STATUS_ABANDONED);
  g_assert_cmpfloat_with_epsilon (coop_agreement_get_progress (agreement), 0.25, 1e-9);
  coop_action_set_status (second, COOP_ACTION_STATUS_DONE);
  g_assert_cmpfloat_with_epsilon (coop_agreement_get_progress (agreement), 0.75, 1e-9);
  g_assert_cmpuint (notified, ==, 5);
  g_assert_true (coop_agreement_lookup_action (agreement, "two") == second);
  g_assert_null (coop_agreement_lookup_action (agreement, "zzz"));
}

static void
count_holders_changed (CoopAction   *action,
                       CoopFunction  function,
                       guint        *count)
{
  (*count)++;
}

static void
test_agreement_who_does_what (void)
{
  g_autoptr(CoopAction) action = coop_action_new ("a", "A");
  const char *holders[] = { "243800984", "38563", NULL };
  g_auto(GStrv) structures = NULL;
  guint changed = 0;

  g_signal_connect (action, "holders-changed", G_CALLBACK (count_holders_changed), &changed);

  g_assert_null (coop_action_get_holders (action, COOP_FUNCTION_FUNDING)[0]);
  coop_action_set_holders (action, COOP_FUNCTION_FUNDING, holders);
  coop_action_add_holder (action, COOP_FUNCTION_DELIVERY, "38563");
  coop_action_add_holder (action, COOP_FUNCTION_DELIVERY, "38563");
  coop_action_add_holder (action, COOP_FUNCTION_DELIVERY, "38565");
  g_assert_cmpstrv (coop_action_get_holders (action, COOP_FUNCTION_FUNDING), holders);
  g_assert_cmpuint (g_strv_length ((char **)coop_action_get_holders (action, COOP_FUNCTION_DELIVERY)), ==, 2);
  /* Setting the same holders again, or adding one already there, is no change. */
  coop_action_set_holders (action, COOP_FUNCTION_FUNDING, holders);
  g_assert_cmpuint (changed, ==, 3);

  structures = coop_action_dup_structures (action);
  g_assert_cmpuint (g_strv_length (structures), ==, 3);
  g_assert_cmpstr (structures[0], ==, "243800984");

  coop_action_set_holders (action, COOP_FUNCTION_FUNDING, NULL);
  g_assert_null (coop_action_get_holders (action, COOP_FUNCTION_FUNDING)[0]);
}

static void
test_agreement_renew (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = coop_atlas_dup_default (&error);
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(CoopAgreement) plan = coop_agreement_new ("plan-2025", COOP_AGREEMENT_KIND_PLAN_DE_COOPERATION,
                                                      "Plan de coopération 2025");
  g_autoptr(CoopParty) party = coop_party_new ("243800984", COOP_PARTY_ROLE_SIGNATORY);
  g_autoptr(GDateTime) start = day (2025, 1, 1);
  g_autoptr(GDateTime) end = day (2025, 12, 31);
  g_autoptr(GDateTime) date = day (2025, 12, 10);
  g_autoptr(GDateTime) next_start = day (2026, 1, 1);
  g_autoptr(GDateTime) next_end = day (2026, 12, 31);
  g_autoptr(CoopAgreementLink) link = NULL;
  CoopAgreement *renewal;

  g_assert_no_error (error);
  model = coop_model_new (atlas);
  coop_agreement_set_start (plan, start);
  coop_agreement_set_end (plan, end);
  coop_agreement_add_party (plan, party, NULL);
  g_assert_true (coop_model_add_agreement (model, plan, &error));

  /* Only an agreement under evaluation can be renewed. */
  g_assert_null (coop_model_renew_agreement (model, plan, date, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_TRANSITION);
  g_assert_nonnull (strstr (error->message, "“negotiation”"));
  g_clear_error (&error);

  _coop_agreement_set_status (plan, COOP_AGREEMENT_STATUS_UNDER_EVALUATION);
  renewal = coop_model_renew_agreement (model, plan, date, &error);
  g_assert_no_error (error);
  g_assert_nonnull (renewal);
  g_assert_cmpstr (coop_agreement_get_id (renewal), ==, "plan-2026");
  g_assert_cmpstr (coop_agreement_get_title (renewal), ==, "Plan de coopération 2026");
  g_assert_cmpint (coop_agreement_get_status (renewal), ==, COOP_AGREEMENT_STATUS_DRAFT);
  g_assert_true (g_date_time_equal (coop_agreement_get_start (renewal), next_start));
  g_assert_true (g_date_time_equal (coop_agreement_get_end (renewal), next_end));
  g_assert_true (coop_agreement_has_party (renewal, "243800984"));
  link = g_list_model_get_item (coop_agreement_get_related (renewal), 0);
  g_assert_cmpint (coop_agreement_link_get_relation (link), ==, COOP_RELATION_RENEWS);
  g_assert_cmpstr (coop_agreement_link_get_agreement (link), ==, "plan-2025");
  g_assert_cmpint (coop_agreement_get_status (plan), ==, COOP_AGREEMENT_STATUS_RENEWED);
  g_assert_true (coop_model_get_agreement (model, "plan-2026") == renewal);

  /* Renewing again would give the same identifier. */
  _coop_agreement_set_status (plan, COOP_AGREEMENT_STATUS_UNDER_EVALUATION);
  g_assert_null (coop_model_renew_agreement (model, plan, date, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE);
  g_assert_cmpint (coop_agreement_get_status (plan), ==, COOP_AGREEMENT_STATUS_UNDER_EVALUATION);
}

/* Dates set through the API may sit at GDateTime's last day: the renewal
 * is refused rather than given dates that cannot exist. */
static void
test_agreement_renew_end_of_time (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = coop_atlas_dup_default (&error);
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(CoopAgreement) plan = coop_agreement_new ("plan", COOP_AGREEMENT_KIND_PLAN_DE_COOPERATION, "Plan");
  g_autoptr(CoopAgreement) charte = coop_agreement_new ("charte", COOP_AGREEMENT_KIND_CHARTE, "Charte");
  g_autoptr(GDateTime) start = day (2025, 1, 1);
  g_autoptr(GDateTime) last = day (3000, 12, 31);
  g_autoptr(GDateTime) late = day (3000, 6, 1);
  g_autoptr(GDateTime) date = day (2025, 12, 10);

  g_assert_no_error (error);
  model = coop_model_new (atlas);
  coop_agreement_set_start (plan, start);
  coop_agreement_set_end (plan, last);
  _coop_agreement_set_status (plan, COOP_AGREEMENT_STATUS_UNDER_EVALUATION);
  g_assert_true (coop_model_add_agreement (model, plan, &error));
  g_assert_null (coop_model_renew_agreement (model, plan, date, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  /* The renewal would start on 3001-01-01, which no document holds. */
  g_assert_nonnull (strstr (error->message, "3001-01-01"));
  g_assert_nonnull (strstr (error->message, "3000-12-31"));
  g_assert_cmpint (coop_agreement_get_status (plan), ==, COOP_AGREEMENT_STATUS_UNDER_EVALUATION);
  g_clear_error (&error);

  /* Its length would carry the renewal beyond the last day too. */
  coop_agreement_set_start (charte, start);
  coop_agreement_set_end (charte, late);
  _coop_agreement_set_status (charte, COOP_AGREEMENT_STATUS_UNDER_EVALUATION);
  g_assert_true (coop_model_add_agreement (model, charte, &error));
  g_assert_null (coop_model_renew_agreement (model, charte, date, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_assert_cmpuint (g_list_model_get_n_items (coop_model_get_agreements (model)), ==, 2);
}

static void
test_agreement_precondition (void)
{
  g_autoptr(CoopAgreement) agreement = coop_agreement_new ("a", COOP_AGREEMENT_KIND_CHARTE, "A");

  g_autoptr(GDateTime) too_late = g_date_time_new_utc (9999, 12, 31, 0, 0, 0);
  g_autoptr(GDateTime) too_early = g_date_time_new_utc (1500, 1, 1, 0, 0, 0);
  g_autoptr(GError) error = NULL;

  g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*date != NULL*");
  g_assert_false (coop_agreement_transition (agreement, COOP_AGREEMENT_STATUS_NEGOTIATION, NULL, NULL, NULL));
  g_test_assert_expected_messages ();

  /* What the reader refuses, the setters refuse: the agreement keeps its dates. */
  g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*_coop_date_in_range*");
  coop_agreement_set_end (agreement, too_late);
  g_test_assert_expected_messages ();
  g_assert_null (coop_agreement_get_end (agreement));
  g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*_coop_date_in_range*");
  coop_agreement_set_start (agreement, too_early);
  g_test_assert_expected_messages ();
  g_assert_null (coop_agreement_get_start (agreement));

  g_assert_false (coop_agreement_transition (agreement, COOP_AGREEMENT_STATUS_NEGOTIATION, too_early, NULL, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "1500-01-01"));
  g_assert_cmpint (coop_agreement_get_status (agreement), ==, COOP_AGREEMENT_STATUS_DRAFT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Coop/Agreement/transition/allowed", test_agreement_transition_allowed);
  g_test_add_func ("/Coop/Agreement/transition/refused", test_agreement_transition_refused);
  g_test_add_func ("/Coop/Agreement/transition/walk", test_agreement_lifecycle_walk);
  g_test_add_func ("/Coop/Agreement/properties", test_agreement_properties);
  g_test_add_func ("/Coop/Agreement/parties", test_agreement_parties);
  g_test_add_func ("/Coop/Agreement/progress", test_agreement_progress);
  g_test_add_func ("/Coop/Agreement/who-does-what", test_agreement_who_does_what);
  g_test_add_func ("/Coop/Agreement/renew", test_agreement_renew);
  g_test_add_func ("/Coop/Agreement/renew/end-of-time", test_agreement_renew_end_of_time);
  g_test_add_func ("/Coop/Agreement/precondition", test_agreement_precondition);

  return g_test_run ();
}
