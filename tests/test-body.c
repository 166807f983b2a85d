/* test-body.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "coop-model-collections-private.h"
#include "coop-error.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_body_properties (void)
{
  CoopBody *body = coop_body_new ("codev", COOP_BODY_KIND_CONSEIL_DE_DEVELOPPEMENT, "Conseil de développement");
  const char *scope[] = { "243800984", NULL };
  const char *same_scope[] = { "243800984", NULL };
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 6, 18, 0, 0, 0);
  g_autoptr(CoopMeeting) meeting = coop_meeting_new (date, "Pacte");
  const char *participants[] = { "a", "b", NULL };
  guint notified = 0;

  g_assert_cmpint (coop_body_get_council_role (body), ==, COOP_COUNCIL_ROLE_UNSPECIFIED);
  g_signal_connect (body, "notify", G_CALLBACK (count_notify), &notified);
  coop_body_set_council_role (body, COOP_COUNCIL_ROLE_DIALOGUE_AND_ANIMATE);
  coop_body_set_council_role (body, COOP_COUNCIL_ROLE_DIALOGUE_AND_ANIMATE);
  coop_body_set_scope (body, scope);
  coop_body_set_scope (body, same_scope);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpstrv (coop_body_get_scope (body), scope);

  coop_meeting_set_participants (meeting, participants);
  coop_body_add_meeting (body, meeting);
  g_assert_true (g_list_model_get_item_type (coop_body_get_meetings (body)) == COOP_TYPE_MEETING);
  g_assert_cmpuint (g_list_model_get_n_items (coop_body_get_meetings (body)), ==, 1);
  g_assert_cmpstr (coop_meeting_get_topic (meeting), ==, "Pacte");
  g_assert_true (g_date_time_equal (coop_meeting_get_date (meeting), date));

  g_assert_finalize_object (body);
}

/* A body and a post exist from their creation to their dissolution. */
static void
test_body_dates (void)
{
  CoopBody *body = coop_body_new ("secteur", COOP_BODY_KIND_POLE_DE_PROXIMITE, "Secteur");
  CoopPost *post = coop_post_new ("referent", "Référent", COOP_ROLE_REFERENT);
  g_autoptr(GDateTime) created = g_date_time_new_utc (2020, 9, 1, 0, 0, 0);
  g_autoptr(GDateTime) same_day = g_date_time_new_utc (2020, 9, 1, 0, 0, 0);
  g_autoptr(GDateTime) dissolved = g_date_time_new_utc (2026, 3, 19, 0, 0, 0);
  g_autoptr(GDateTime) before = g_date_time_new_utc (2020, 8, 31, 0, 0, 0);
  g_autoptr(GDateTime) after = g_date_time_new_utc (2026, 3, 20, 0, 0, 0);
  g_autoptr(GDateTime) read_back = NULL;
  guint notified = 0;

  /* Without dates, they exist on every day. */
  g_assert_null (coop_body_get_start (body));
  g_assert_null (coop_body_get_end (body));
  g_assert_true (coop_body_is_active (body, before));
  g_assert_true (coop_post_is_active (post, after));

  g_signal_connect (body, "notify", G_CALLBACK (count_notify), &notified);
  coop_body_set_start (body, created);
  coop_body_set_start (body, same_day);
  coop_body_set_end (body, dissolved);
  coop_body_set_end (body, dissolved);
  g_assert_cmpuint (notified, ==, 2);
  g_object_get (body, "start", &read_back, NULL);
  g_assert_true (g_date_time_equal (read_back, created));

  g_assert_false (coop_body_is_active (body, before));
  g_assert_true (coop_body_is_active (body, created));
  g_assert_true (coop_body_is_active (body, dissolved));
  g_assert_false (coop_body_is_active (body, after));

  notified = 0;
  g_signal_connect (post, "notify", G_CALLBACK (count_notify), &notified);
  g_object_set (post, "start", created, "end", dissolved, NULL);
  coop_post_set_end (post, dissolved);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_false (coop_post_is_active (post, before));
  g_assert_true (coop_post_is_active (post, dissolved));
  g_assert_false (coop_post_is_active (post, after));
  coop_post_set_end (post, NULL);
  g_assert_true (coop_post_is_active (post, after));
  g_assert_cmpuint (notified, ==, 3);

  g_assert_finalize_object (body);
  g_assert_finalize_object (post);
}

/* The dates travel in the document and a document the API built loads
 * again. */
static void
test_body_dates_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = coop_atlas_dup_default (&error);
  g_autoptr(CoopModel) model = coop_model_new (atlas);
  g_autoptr(CoopModel) reloaded = NULL;
  g_autoptr(CoopBody) body = coop_body_new ("secteur", COOP_BODY_KIND_POLE_DE_PROXIMITE, "Secteur");
  g_autoptr(CoopPost) post = coop_post_new ("referent", "Référent", COOP_ROLE_REFERENT);
  g_autoptr(GDateTime) created = g_date_time_new_utc (2020, 9, 1, 0, 0, 0);
  g_autoptr(GDateTime) dissolved = g_date_time_new_utc (2026, 3, 19, 0, 0, 0);
  g_autofree char *data = NULL;
  g_autofree char *again = NULL;

  coop_body_set_start (body, created);
  coop_body_set_end (body, dissolved);
  coop_post_set_start (post, created);
  g_assert_true (coop_model_add_body (model, body, &error));
  g_assert_true (coop_model_add_post (model, post, &error));
  data = coop_model_to_data (model, NULL);
  g_assert_nonnull (strstr (data, "\"start\": \"2020-09-01\""));
  g_assert_nonnull (strstr (data, "\"end\": \"2026-03-19\""));

  reloaded = coop_model_new_from_data (atlas, data, -1, &error);
  g_assert_no_error (error);
  g_assert_true (g_date_time_equal (coop_body_get_start (coop_model_get_body (reloaded, "secteur")), created));
  g_assert_true (g_date_time_equal (coop_body_get_end (coop_model_get_body (reloaded, "secteur")), dissolved));
  g_assert_true (g_date_time_equal (coop_post_get_start (coop_model_get_post (reloaded, "referent")), created));
  g_assert_null (coop_post_get_end (coop_model_get_post (reloaded, "referent")));
  again = coop_model_to_data (reloaded, NULL);
  g_assert_cmpstr (again, ==, data);
}

static void
test_body_mandates (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = coop_atlas_dup_default (&error);
  g_autoptr(CoopModel) model = coop_model_new (atlas);
  g_autoptr(CoopBody) body = coop_body_new ("bureau", COOP_BODY_KIND_BUREAU, "Bureau");
  g_autoptr(CoopPost) post = coop_post_new ("vp1", "Première vice-présidence", COOP_ROLE_VICE_PRESIDENT);
  g_autoptr(CoopMandate) in_body = coop_mandate_new ("m1", "a", COOP_ROLE_VICE_PRESIDENT);
  g_autoptr(CoopMandate) elsewhere = coop_mandate_new ("m2", "a", COOP_ROLE_MAIRE);
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GListModel) holders = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 6, 1, 0, 0, 0);

  coop_mandate_set_body (in_body, "bureau");
  coop_mandate_set_post (in_body, "vp1");
  g_assert_true (coop_model_add_body (model, body, &error));
  g_assert_true (coop_model_add_post (model, post, &error));
  g_assert_true (coop_model_add_mandate (model, in_body, &error));
  g_assert_true (coop_model_add_mandate (model, elsewhere, &error));
  g_assert_no_error (error);

  members = coop_model_list_body_mandates (model, body);
  g_assert_true (g_list_model_get_item_type (members) == COOP_TYPE_MANDATE);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
  holders = coop_model_list_post_mandates (model, post, date);
  g_assert_cmpuint (g_list_model_get_n_items (holders), ==, 1);
  g_assert_true (coop_model_get_body (model, "bureau") == body);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Coop/Body/properties", test_body_properties);
  g_test_add_func ("/Coop/Body/mandates", test_body_mandates);
  g_test_add_func ("/Coop/Body/dates", test_body_dates);
  g_test_add_func ("/Coop/Body/dates/round-trip", test_body_dates_round_trip);

  return g_test_run ();
}
