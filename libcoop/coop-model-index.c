/* coop-model-index.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-actor.h"
#include "coop-agreement.h"
#include "coop-atlas-private.h"
#include "coop-body.h"
#include "coop-mandate.h"
#include "coop-meeting.h"
#include "coop-model-collections-private.h"
#include "coop-model-index-private.h"
#include "coop-model-private.h"
#include "coop-party.h"
#include "coop-signature.h"

/* Each part is built on first use; invalidating drops them all. */
struct _CoopModelIndex
{
  CoopModel  *model;            /* borrowed: the model owns the index */

  GHashTable *perimeters;       /* CoopTerritory (ref) → GArray of communes */
  GHashTable *resolved;         /* reference → CoopTerritory (ref) or NULL */
  GHashTable *containing;       /* commune + 1 → GPtrArray of model territories, by code */
  GHashTable *post_mandates;    /* post id → GPtrArray of CoopMandate */
  GHashTable *body_mandates;    /* body id → GPtrArray of CoopMandate */
  GHashTable *actor_mandates;   /* actor id → GPtrArray of CoopMandate */
  GHashTable *by_commune[2];    /* commune + 1 → GArray of body or agreement positions */
  GHashTable *by_territory[2];  /* CoopTerritory → GArray of body or agreement positions */

  GPtrArray  *watched;          /* items whose changes drop the index (refs) */
  GPtrArray  *stores;           /* the model's lists, watched while the index lives */
};

enum { CANDIDATE_BODIES, CANDIDATE_AGREEMENTS };

static void
on_changed (CoopModelIndex *self)
{
  _coop_model_index_invalidate (self);
}

static void
on_items_changed (GListModel     *list,
                  guint           position,
                  guint           removed,
                  guint           added,
                  CoopModelIndex *self)
{
  _coop_model_index_invalidate (self);
}

CoopModelIndex *
_coop_model_index_new (CoopModel *model)
{
  CoopModelIndex *self = g_new0 (CoopModelIndex, 1);
  const CoopCollection watched[] = {
    COOP_COLLECTION_ACTORS, COOP_COLLECTION_POSTS, COOP_COLLECTION_MANDATES,
    COOP_COLLECTION_BODIES, COOP_COLLECTION_AGREEMENTS,
  };

  self->model = model;
  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  self->stores = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (self->stores, g_object_ref (coop_model_get_territories (model)));
  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    g_ptr_array_add (self->stores, g_object_ref (_coop_model_get_collection (model, watched[i])));
  for (guint i = 0; i < self->stores->len; i++)
    g_signal_connect (g_ptr_array_index (self->stores, i), "items-changed", G_CALLBACK (on_items_changed), self);

  return self;
}

void
_coop_model_index_free (CoopModelIndex *self)
{
  if (self == NULL)
    return;

  _coop_model_index_invalidate (self);
  for (guint i = 0; i < self->stores->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->stores, i), self);
  g_ptr_array_unref (self->stores);
  g_ptr_array_unref (self->watched);
  g_free (self);
}

void
_coop_model_index_invalidate (CoopModelIndex *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);

  g_clear_pointer (&self->perimeters, g_hash_table_unref);
  g_clear_pointer (&self->resolved, g_hash_table_unref);
  g_clear_pointer (&self->containing, g_hash_table_unref);
  g_clear_pointer (&self->post_mandates, g_hash_table_unref);
  g_clear_pointer (&self->body_mandates, g_hash_table_unref);
  g_clear_pointer (&self->actor_mandates, g_hash_table_unref);
  for (guint i = 0; i < 2; i++)
    {
      g_clear_pointer (&self->by_commune[i], g_hash_table_unref);
      g_clear_pointer (&self->by_territory[i], g_hash_table_unref);
    }
}

static void
watch (CoopModelIndex *self,
       gpointer        object,
       const char     *signal)
{
  if (g_str_equal (signal, "items-changed"))
    g_signal_connect (object, signal, G_CALLBACK (on_items_changed), self);
  else
    g_signal_connect_swapped (object, signal, G_CALLBACK (on_changed), self);
  g_ptr_array_add (self->watched, g_object_ref (object));
}

/**
 * _coop_model_index_get_perimeter:
 *
 * Returns: (transfer none): the sorted atlas indexes of the communes of
 *   @territory's perimeter, valid until the model changes
 */
GArray *
_coop_model_index_get_perimeter (CoopModelIndex *self,
                                 CoopTerritory  *territory)
{
  GArray *perimeter;

  if (self->perimeters == NULL)
    self->perimeters = g_hash_table_new_full (NULL, NULL, g_object_unref, (GDestroyNotify)g_array_unref);

  perimeter = g_hash_table_lookup (self->perimeters, territory);
  if (perimeter == NULL)
    {
      perimeter = _coop_model_perimeter_communes (self->model, territory);
      g_hash_table_insert (self->perimeters, g_object_ref (territory), perimeter);
    }

  return perimeter;
}

/* The model's territories whose perimeter holds @commune, in the model's
 * order (by code). Built for every commune at once: each territory's
 * perimeter is read once. */
GPtrArray *
_coop_model_index_get_containing (CoopModelIndex *self,
                                  guint32         commune)
{
  if (self->containing == NULL)
    {
      GListModel *territories = coop_model_get_territories (self->model);
      guint n = g_list_model_get_n_items (territories);

      self->containing = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CoopTerritory) territory = g_list_model_get_item (territories, i);
          GArray *perimeter = _coop_model_index_get_perimeter (self, territory);

          for (guint c = 0; c < perimeter->len; c++)
            {
              gpointer key = GUINT_TO_POINTER (g_array_index (perimeter, guint32, c) + 1);
              GPtrArray *holders = g_hash_table_lookup (self->containing, key);

              if (holders == NULL)
                {
                  holders = g_ptr_array_new ();
                  g_hash_table_insert (self->containing, key, holders);
                }
              /* Borrowed: the store holds the territory, and a change of
               * the store drops the index. */
              g_ptr_array_add (holders, territory);
            }
        }
    }

  return g_hash_table_lookup (self->containing, GUINT_TO_POINTER (commune + 1));
}

static void
unref_territory (gpointer territory)
{
  if (territory != NULL)
    g_object_unref (territory);
}

/* What coop_model_lookup() finds for @reference, remembered. */
CoopTerritory *
_coop_model_index_resolve (CoopModelIndex *self,
                           const char     *reference)
{
  gpointer found;

  if (reference == NULL)
    return NULL;

  if (self->resolved == NULL)
    self->resolved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            unref_territory);

  if (!g_hash_table_lookup_extended (self->resolved, reference, NULL, &found))
    {
      found = coop_model_lookup (self->model, reference);
      g_hash_table_insert (self->resolved, g_strdup (reference), found);
    }

  return found;
}

static void
index_mandate (GHashTable  *table,
               const char  *key,
               CoopMandate *mandate)
{
  GPtrArray *mandates;

  if (key == NULL)
    return;

  mandates = g_hash_table_lookup (table, key);
  if (mandates == NULL)
    {
      mandates = g_ptr_array_new ();
      g_hash_table_insert (table, (gpointer)key, mandates);
    }
  g_ptr_array_add (mandates, mandate);
}

static void
build_mandates (CoopModelIndex *self)
{
  GListModel *mandates = _coop_model_get_collection (self->model, COOP_COLLECTION_MANDATES);
  guint n = g_list_model_get_n_items (mandates);

  /* Keys are the mandates' own strings: a change notifies and drops them. */
  self->post_mandates = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
  self->body_mandates = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
  self->actor_mandates = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_ptr_array_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopMandate) mandate = g_list_model_get_item (mandates, i);

      index_mandate (self->post_mandates, coop_mandate_get_post (mandate), mandate);
      index_mandate (self->body_mandates, coop_mandate_get_body (mandate), mandate);
      index_mandate (self->actor_mandates, coop_mandate_get_actor (mandate), mandate);
      watch (self, mandate, "notify");
    }
}

/* The mandates that name @post, in the model's order (by identifier), or
 * %NULL when none does. */
GPtrArray *
_coop_model_index_get_post_mandates (CoopModelIndex *self,
                                     const char     *post)
{
  if (self->post_mandates == NULL)
    build_mandates (self);

  return post != NULL ? g_hash_table_lookup (self->post_mandates, post) : NULL;
}

GPtrArray *
_coop_model_index_get_body_mandates (CoopModelIndex *self,
                                     const char     *body)
{
  if (self->body_mandates == NULL)
    build_mandates (self);

  return body != NULL ? g_hash_table_lookup (self->body_mandates, body) : NULL;
}

/* The mandates an actor holds, in the model's order, or %NULL. */
GPtrArray *
_coop_model_index_get_actor_mandates (CoopModelIndex *self,
                                      const char     *actor)
{
  if (self->actor_mandates == NULL)
    build_mandates (self);

  return actor != NULL ? g_hash_table_lookup (self->actor_mandates, actor) : NULL;
}

/* Candidates: what each body and agreement mentions, and so what it may
 * reach under any evidence rule. */

static gboolean
reaches_only_itself (CoopTerritory *territory)
{
  CoopTerritoryKind kind = coop_territory_get_kind (territory);

  return kind == COOP_TERRITORY_KIND_DEPARTEMENT || kind == COOP_TERRITORY_KIND_REGION;
}

typedef struct
{
  GArray     *communes;     /* of the item's reach, unsorted */
  GHashTable *territories;  /* the territories it names, as a set */
} Reach;

static void
reach_territory (CoopModelIndex *self,
                 Reach          *reach,
                 CoopTerritory  *territory)
{
  GArray *perimeter;

  if (territory == NULL || g_hash_table_contains (reach->territories, territory))
    return;

  g_hash_table_add (reach->territories, territory);
  if (reaches_only_itself (territory))
    return;

  perimeter = _coop_model_index_get_perimeter (self, territory);
  g_array_append_vals (reach->communes, perimeter->data, perimeter->len);
}

/* A reference reaches through the territory it names; an actor through
 * its territory and the territories its mandates act for. */
static void
reach_reference (CoopModelIndex *self,
                 Reach          *reach,
                 const char     *reference)
{
  CoopActor *actor;
  GPtrArray *mandates;

  if (reference == NULL)
    return;

  reach_territory (self, reach, _coop_model_index_resolve (self, reference));

  actor = coop_model_get_actor (self->model, reference);
  if (actor == NULL)
    return;

  reach_territory (self, reach, _coop_model_index_resolve (self, coop_actor_get_territory (actor)));
  mandates = g_hash_table_lookup (self->actor_mandates, reference);
  for (guint i = 0; mandates != NULL && i < mandates->len; i++)
    {
      CoopMandate *mandate = g_ptr_array_index (mandates, i);

      reach_territory (self, reach, _coop_model_index_resolve (self, coop_mandate_get_territory (mandate)));
      reach_territory (self, reach, _coop_model_index_resolve (self, coop_mandate_get_on_behalf_of (mandate)));
    }
}

static void
append_position (GHashTable *table,
                 gpointer    key,
                 guint       position)
{
  GArray *positions = g_hash_table_lookup (table, key);

  if (positions == NULL)
    {
      positions = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (table, key, positions);
    }
  /* Items come in order, so each list stays sorted and without repeats. */
  if (positions->len == 0 || g_array_index (positions, guint, positions->len - 1) != position)
    g_array_append_val (positions, position);
}

static void
add_reach (CoopModelIndex *self,
           guint           kind,
           guint           position,
           Reach          *reach)
{
  GHashTableIter iter;
  gpointer territory;

  _coop_atlas_sort_unique (reach->communes);
  for (guint c = 0; c < reach->communes->len; c++)
    append_position (self->by_commune[kind], GUINT_TO_POINTER (g_array_index (reach->communes, guint32, c) + 1),
                     position);

  g_hash_table_iter_init (&iter, reach->territories);
  while (g_hash_table_iter_next (&iter, &territory, NULL))
    append_position (self->by_territory[kind], territory, position);

  g_array_set_size (reach->communes, 0);
  g_hash_table_remove_all (reach->territories);
}

static void
build_candidates (CoopModelIndex *self)
{
  GListModel *bodies = _coop_model_get_collection (self->model, COOP_COLLECTION_BODIES);
  GListModel *agreements = _coop_model_get_collection (self->model, COOP_COLLECTION_AGREEMENTS);
  GListModel *actors = _coop_model_get_collection (self->model, COOP_COLLECTION_ACTORS);
  g_autoptr(GHashTable) territories = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) communes = g_array_new (FALSE, FALSE, sizeof (guint32));
  Reach reach = { communes, territories };

  if (self->actor_mandates == NULL)
    build_mandates (self);

  for (guint i = 0; i < 2; i++)
    {
      self->by_commune[i] = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_array_unref);
      self->by_territory[i] = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_array_unref);
    }

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(GObject) actor = g_list_model_get_item (actors, i);

      watch (self, actor, "notify");
    }

  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(CoopBody) body = g_list_model_get_item (bodies, i);
      const char * const *scope = coop_body_get_scope (body);
      GListModel *meetings = coop_body_get_meetings (body);

      watch (self, body, "notify");
      watch (self, meetings, "items-changed");
      for (guint s = 0; scope != NULL && scope[s] != NULL; s++)
        reach_reference (self, &reach, scope[s]);

      for (guint m = 0; m < g_list_model_get_n_items (meetings); m++)
        {
          g_autoptr(CoopMeeting) meeting = g_list_model_get_item (meetings, m);
          const char * const *participants = coop_meeting_get_participants (meeting);

          watch (self, meeting, "notify");
          for (guint p = 0; participants != NULL && participants[p] != NULL; p++)
            reach_reference (self, &reach, participants[p]);
        }

      add_reach (self, CANDIDATE_BODIES, i, &reach);
    }

  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, i);
      GListModel *parties = coop_agreement_get_parties (agreement);
      GListModel *signatures = coop_agreement_get_signatures (agreement);

      watch (self, parties, "items-changed");
      watch (self, signatures, "items-changed");
      for (guint p = 0; p < g_list_model_get_n_items (parties); p++)
        {
          g_autoptr(CoopParty) party = g_list_model_get_item (parties, p);

          watch (self, party, "notify");
          reach_reference (self, &reach, coop_party_get_reference (party));
        }

      for (guint s = 0; s < g_list_model_get_n_items (signatures); s++)
        {
          g_autoptr(CoopSignature) signature = g_list_model_get_item (signatures, s);
          CoopMandate *mandate = coop_model_get_mandate (self->model, coop_signature_get_mandate (signature) ?
                                                         coop_signature_get_mandate (signature) : "");

          watch (self, signature, "notify");
          reach_reference (self, &reach, coop_signature_get_signatory (signature));
          if (mandate != NULL)
            {
              reach_territory (self, &reach, _coop_model_index_resolve (self, coop_mandate_get_territory (mandate)));
              reach_territory (self, &reach, _coop_model_index_resolve (self, coop_mandate_get_on_behalf_of (mandate)));
            }
        }

      add_reach (self, CANDIDATE_AGREEMENTS, i, &reach);
    }
}

static int
position_cmp (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;

  return x < y ? -1 : x > y;
}

/* The positions, in the model's bodies (or agreements when @agreements),
 * of the items that mention something reaching @territory: named
 * directly, or sharing a commune with it. Every item that an evidence
 * rule can count for a cooperation of @territory is among them, in the
 * model's order. */
GArray *
_coop_model_index_dup_candidates (CoopModelIndex *self,
                                  CoopTerritory  *territory,
                                  gboolean        agreements)
{
  guint kind = agreements ? CANDIDATE_AGREEMENTS : CANDIDATE_BODIES;
  GArray *candidates = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *perimeter;
  GArray *direct;

  if (self->by_commune[kind] == NULL)
    build_candidates (self);

  direct = g_hash_table_lookup (self->by_territory[kind], territory);
  if (direct != NULL)
    g_array_append_vals (candidates, direct->data, direct->len);

  perimeter = _coop_model_index_get_perimeter (self, territory);
  for (guint c = 0; c < perimeter->len; c++)
    {
      GArray *positions = g_hash_table_lookup (self->by_commune[kind],
                                               GUINT_TO_POINTER (g_array_index (perimeter, guint32, c) + 1));

      if (positions != NULL)
        g_array_append_vals (candidates, positions->data, positions->len);
    }

  g_array_sort (candidates, position_cmp);
  if (candidates->len > 1)
    {
      guint kept = 1;

      for (guint i = 1; i < candidates->len; i++)
        if (g_array_index (candidates, guint, i) != g_array_index (candidates, guint, kept - 1))
          g_array_index (candidates, guint, kept++) = g_array_index (candidates, guint, i);
      g_array_set_size (candidates, kept);
    }

  return candidates;
}
