/* test-actor.c
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
test_actor_properties (void)
{
  CoopActor *actor = coop_actor_new ("voiron-maire", COOP_ACTOR_KIND_ELECTED_OFFICIAL, "Maire de Voiron");
  g_autofree char *name = NULL;
  CoopActorKind kind;
  guint notified = 0;

  g_signal_connect (actor, "notify", G_CALLBACK (count_notify), &notified);
  g_assert_cmpstr (coop_actor_get_id (actor), ==, "voiron-maire");
  g_assert_null (coop_actor_get_territory (actor));

  coop_actor_set_territory (actor, "38563");
  coop_actor_set_territory (actor, "38563");
  g_assert_cmpuint (notified, ==, 1);
  g_object_set (actor, "description", "a note", NULL);
  g_object_set (actor, "description", "a note", NULL);
  g_assert_cmpuint (notified, ==, 2);
  coop_actor_set_description (actor, NULL);
  g_assert_cmpuint (notified, ==, 3);

  g_object_get (actor, "name", &name, "kind", &kind, NULL);
  g_assert_cmpstr (name, ==, "Maire de Voiron");
  g_assert_cmpint (kind, ==, COOP_ACTOR_KIND_ELECTED_OFFICIAL);

  g_assert_finalize_object (actor);
}

static void
test_mandate_properties (void)
{
  CoopMandate *mandate = coop_mandate_new ("m", "voiron-maire", COOP_ROLE_CONSEILLER_COMMUNAUTAIRE_TITULAIRE);
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 3, 20, 0, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_new_utc (2032, 3, 19, 0, 0, 0);
  g_autoptr(GDateTime) before = g_date_time_new_utc (2026, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) during = g_date_time_new_utc (2028, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) after = g_date_time_new_utc (2033, 1, 1, 0, 0, 0);
  guint notified = 0;

  g_assert_true (coop_mandate_get_voting (mandate));
  g_signal_connect (mandate, "notify", G_CALLBACK (count_notify), &notified);
  coop_mandate_set_voting (mandate, FALSE);
  coop_mandate_set_voting (mandate, FALSE);
  coop_mandate_set_on_behalf_of (mandate, "38563");
  coop_mandate_set_body (mandate, "conseil");
  coop_mandate_set_post (mandate, "seat");
  g_assert_cmpuint (notified, ==, 4);

  g_assert_true (coop_mandate_is_active (mandate, before));
  coop_mandate_set_start (mandate, start);
  coop_mandate_set_end (mandate, end);
  g_assert_false (coop_mandate_is_active (mandate, before));
  g_assert_true (coop_mandate_is_active (mandate, during));
  g_assert_true (coop_mandate_is_active (mandate, start));
  g_assert_true (coop_mandate_is_active (mandate, end));
  g_assert_false (coop_mandate_is_active (mandate, after));
  g_assert_cmpuint (notified, ==, 6);

  g_assert_cmpint (coop_mandate_get_role (mandate), ==, COOP_ROLE_CONSEILLER_COMMUNAUTAIRE_TITULAIRE);
  g_assert_cmpstr (coop_mandate_get_actor (mandate), ==, "voiron-maire");
  g_assert_finalize_object (mandate);
}

static void
test_post_properties (void)
{
  CoopPost *post = coop_post_new ("vp", "Vice-présidence", COOP_ROLE_VICE_PRESIDENT);
  guint notified = 0;

  g_assert_cmpuint (coop_post_get_seats (post), ==, 1);
  g_signal_connect (post, "notify::seats", G_CALLBACK (count_notify), &notified);
  coop_post_set_seats (post, 3);
  coop_post_set_seats (post, 3);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (coop_post_get_seats (post), ==, 3);

  g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*seats >= 1*");
  coop_post_set_seats (post, 0);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (coop_post_get_seats (post), ==, 3);

  g_assert_finalize_object (post);
}

static void
test_actor_model (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = coop_atlas_dup_default (&error);
  g_autoptr(CoopModel) model = coop_model_new (atlas);
  g_autoptr(CoopActor) b = coop_actor_new ("b", COOP_ACTOR_KIND_STAFF, "B");
  g_autoptr(CoopActor) a = coop_actor_new ("a", COOP_ACTOR_KIND_RESIDENT, "A");
  g_autoptr(CoopActor) again = coop_actor_new ("a", COOP_ACTOR_KIND_BUSINESS, "A again");
  g_autoptr(CoopActor) empty = coop_actor_new ("", COOP_ACTOR_KIND_BUSINESS, "No id");
  g_autoptr(CoopActor) first = NULL;
  GListModel *actors = coop_model_get_actors (model);

  g_assert_true (g_list_model_get_item_type (actors) == COOP_TYPE_ACTOR);
  g_assert_true (coop_model_add_actor (model, b, &error));
  g_assert_true (coop_model_add_actor (model, a, &error));
  g_assert_no_error (error);
  g_assert_false (coop_model_add_actor (model, again, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_false (coop_model_add_actor (model, empty, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);

  g_clear_error (&error);
  {
    /* An actor made without its identifier is refused, not crashed on. */
    g_autoptr(CoopActor) bare = g_object_new (COOP_TYPE_ACTOR, "name", "No id", NULL);

    g_assert_false (coop_model_add_actor (model, bare, &error));
    g_assert_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD);
    g_assert_nonnull (strstr (error->message, "“id”"));
  }

  first = g_list_model_get_item (actors, 0);
  g_assert_true (first == a);
  g_assert_true (coop_model_get_actor (model, "b") == b);
  g_assert_true (coop_model_remove_actor (model, b));
  g_assert_false (coop_model_remove_actor (model, b));
  g_assert_null (coop_model_get_actor (model, "b"));
  g_assert_cmpuint (g_list_model_get_n_items (actors), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Coop/Actor/properties", test_actor_properties);
  g_test_add_func ("/Coop/Actor/model", test_actor_model);
  g_test_add_func ("/Coop/Mandate/properties", test_mandate_properties);
  g_test_add_func ("/Coop/Post/properties", test_post_properties);

  return g_test_run ();
}
