/* coop-model-restrict.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-model-collections-private.h"
#include "coop-cooperation.h"

/*
 * The part of a model that some cooperations are made of, as a model of
 * its own: the report of one territory scores the levers, detects the
 * warning signs and lists who does what on it, so that nothing of the
 * cooperations that do not reach the territory shows.
 *
 * It holds the cooperations' agreements and bodies, and every other
 * agreement or body that names one of their territories (the conférence
 * des maires of an EPCI of the cooperation). The objects are shared with
 * the whole model, not copied. The natures of
 * the territories of project stay those the whole model computed: the
 * part never refreshes them.
 */

static void
add_reference (GHashTable *references,
               CoopModel  *model,
               const char *reference)
{
  if (reference != NULL)
    g_hash_table_add (references, _coop_model_dup_canonical_reference (model, reference));
}

/* A territory of project of the cooperations, and the territories of
 * project among its members, so that its perimeter is the same. */
static void
add_territory (CoopModel  *part,
               CoopModel  *model,
               const char *reference)
{
  CoopTerritory *territory = NULL;
  g_autoptr(CoopTerritory) found = coop_model_lookup (model, reference);
  const char * const *members;

  g_autoptr(CoopTerritory) already = NULL;

  if (found == NULL || coop_territory_is_from_atlas (found))
    return;
  already = coop_model_lookup (part, reference);
  if (already != NULL)
    return;

  territory = found;
  if (!coop_model_add_territory (part, territory, NULL))
    return;

  members = coop_territory_get_member_codes (territory);
  for (guint i = 0; members != NULL && members[i] != NULL; i++)
    add_territory (part, model, members[i]);
}

static gboolean
source_is (const char * const *sources,
           const char         *kind,
           const char         *id)
{
  g_autofree char *source = g_strdup_printf ("%s:%s", kind, id);

  return g_strv_contains (sources, source);
}

static gboolean
names_one_of (CoopModel          *model,
              const char * const *references,
              GHashTable         *territories)
{
  for (guint i = 0; references != NULL && references[i] != NULL; i++)
    {
      g_autofree char *reference = _coop_model_dup_canonical_reference (model, references[i]);

      if (g_hash_table_contains (territories, reference))
        return TRUE;
    }

  return FALSE;
}

CoopModel *
_coop_model_new_for_cooperations (CoopModel  *model,
                                  GListModel *cooperations)
{
  g_autoptr(CoopModel) part = coop_model_new (coop_model_get_atlas (model));
  g_autoptr(GHashTable) territories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) actors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) bodies = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) sources = NULL;
  GListModel *list;

  _coop_model_freeze_natures (part);

  for (guint i = 0; i < g_list_model_get_n_items (cooperations); i++)
    {
      g_autoptr(CoopCooperation) cooperation = g_list_model_get_item (cooperations, i);
      const char * const *codes = coop_cooperation_get_territories (cooperation);

      for (guint c = 0; codes[c] != NULL; c++)
        {
          add_reference (territories, model, codes[c]);
          add_territory (part, model, codes[c]);
        }
      g_strv_builder_addv (builder, (const char **)coop_cooperation_get_sources (cooperation));
    }
  sources = g_strv_builder_end (builder);

  list = coop_model_get_bodies (model);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CoopBody) body = g_list_model_get_item (list, i);
      GListModel *meetings = coop_body_get_meetings (body);

      if (!source_is ((const char * const *)sources, "body", coop_body_get_id (body)) &&
          !names_one_of (model, coop_body_get_scope (body), territories))
        continue;

      coop_model_add_body (part, body, NULL);
      g_hash_table_add (bodies, (gpointer)coop_body_get_id (body));
      for (guint m = 0; m < g_list_model_get_n_items (meetings); m++)
        {
          g_autoptr(CoopMeeting) meeting = g_list_model_get_item (meetings, m);
          const char * const *participants = coop_meeting_get_participants (meeting);

          for (guint p = 0; participants != NULL && participants[p] != NULL; p++)
            add_reference (actors, model, participants[p]);
        }
    }

  list = coop_model_get_agreements (model);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (list, i);
      GListModel *parties = coop_agreement_get_parties (agreement);
      g_autoptr(GStrvBuilder) party_builder = g_strv_builder_new ();
      g_auto(GStrv) party_references = NULL;

      for (guint p = 0; p < g_list_model_get_n_items (parties); p++)
        {
          g_autoptr(CoopParty) party = g_list_model_get_item (parties, p);

          g_strv_builder_add (party_builder, coop_party_get_reference (party));
        }
      party_references = g_strv_builder_end (party_builder);

      if (!source_is ((const char * const *)sources, "agreement", coop_agreement_get_id (agreement)) &&
          !names_one_of (model, (const char * const *)party_references, territories))
        continue;

      coop_model_add_agreement (part, agreement, NULL);
      for (guint p = 0; p < g_list_model_get_n_items (parties); p++)
        {
          g_autoptr(CoopParty) party = g_list_model_get_item (parties, p);

          add_reference (actors, model, coop_party_get_reference (party));
        }
    }

  /* The mandates in those bodies, and those held for their territories. */
  list = coop_model_get_mandates (model);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CoopMandate) mandate = g_list_model_get_item (list, i);
      const char *body = coop_mandate_get_body (mandate);
      g_autofree char *territory = coop_mandate_get_territory (mandate) != NULL
        ? _coop_model_dup_canonical_reference (model, coop_mandate_get_territory (mandate)) : NULL;
      g_autofree char *on_behalf_of = coop_mandate_get_on_behalf_of (mandate) != NULL
        ? _coop_model_dup_canonical_reference (model, coop_mandate_get_on_behalf_of (mandate)) : NULL;

      if ((body != NULL && g_hash_table_contains (bodies, body)) ||
          (body == NULL && territory != NULL && g_hash_table_contains (territories, territory)) ||
          (body == NULL && on_behalf_of != NULL && g_hash_table_contains (territories, on_behalf_of)))
        {
          coop_model_add_mandate (part, mandate, NULL);
          add_reference (actors, model, coop_mandate_get_actor (mandate));
        }
    }

  list = coop_model_get_actors (model);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CoopActor) actor = g_list_model_get_item (list, i);

      if (g_hash_table_contains (actors, coop_actor_get_id (actor)))
        coop_model_add_actor (part, actor, NULL);
    }

  list = coop_model_get_posts (model);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CoopPost) post = g_list_model_get_item (list, i);

      if (coop_post_get_body (post) != NULL && g_hash_table_contains (bodies, coop_post_get_body (post)))
        coop_model_add_post (part, post, NULL);
    }

  /* Ratings between two territories of the cooperations. */
  list = coop_model_get_ratings (model);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CoopRating) rating = g_list_model_get_item (list, i);
      g_autofree char *from = _coop_model_dup_canonical_reference (model, coop_rating_get_territory (rating));
      g_autofree char *to = _coop_model_dup_canonical_reference (model, coop_rating_get_partner (rating));

      if (g_hash_table_contains (territories, from) && g_hash_table_contains (territories, to))
        coop_model_add_rating (part, rating, NULL);
    }

  coop_model_set_name (part, coop_model_get_name (model));

  return g_steal_pointer (&part);
}
