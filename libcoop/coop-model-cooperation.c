/* coop-model-cooperation.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "coop-agreement-private.h"
#include "coop-model-collections-private.h"
#include "coop-model-index-private.h"
#include "coop-enum-types.h"
#include "coop-error.h"
#include "coop-i18n-private.h"
#include "coop-util-private.h"

/* CoopModel's collections of actors, posts, mandates, bodies and
 * agreements; the model object itself lives in coop-model.c. */

struct _CoopModelCollections
{
  GListStore *stores[COOP_N_COLLECTIONS];
  GHashTable *by_id[COOP_N_COLLECTIONS];   /* id → object, borrowed from the store */
};

static const struct {
  const char *name;
  GType     (*get_type) (void);
} collections[COOP_N_COLLECTIONS] = {
  [COOP_COLLECTION_ACTORS] = { "actors", coop_actor_get_type },
  [COOP_COLLECTION_POSTS] = { "posts", coop_post_get_type },
  [COOP_COLLECTION_MANDATES] = { "mandates", coop_mandate_get_type },
  [COOP_COLLECTION_BODIES] = { "bodies", coop_body_get_type },
  [COOP_COLLECTION_AGREEMENTS] = { "agreements", coop_agreement_get_type },
  [COOP_COLLECTION_RATINGS] = { "ratings", coop_rating_get_type },
};

const char * const _coop_cooperation_sections[] = {
  "actors", "posts", "mandates", "bodies", "agreements", "ratings", NULL
};

CoopModelCollections *
_coop_model_collections_new (void)
{
  CoopModelCollections *self = g_new0 (CoopModelCollections, 1);

  for (guint i = 0; i < COOP_N_COLLECTIONS; i++)
    {
      self->stores[i] = g_list_store_new (collections[i].get_type ());
      self->by_id[i] = g_hash_table_new (g_str_hash, g_str_equal);
    }

  return self;
}

void
_coop_model_collections_free (CoopModelCollections *self)
{
  for (guint i = 0; i < COOP_N_COLLECTIONS; i++)
    {
      g_clear_pointer (&self->by_id[i], g_hash_table_unref);
      g_clear_object (&self->stores[i]);
    }
  g_free (self);
}

const char *
_coop_collection_get_name (CoopCollection collection)
{
  return collections[collection].name;
}

GType
_coop_collection_get_type (CoopCollection collection)
{
  return collections[collection].get_type ();
}

static const char *
object_id (GObject *object)
{
  if (COOP_IS_ACTOR (object))
    return coop_actor_get_id (COOP_ACTOR (object));
  if (COOP_IS_POST (object))
    return coop_post_get_id (COOP_POST (object));
  if (COOP_IS_MANDATE (object))
    return coop_mandate_get_id (COOP_MANDATE (object));
  if (COOP_IS_BODY (object))
    return coop_body_get_id (COOP_BODY (object));
  if (COOP_IS_AGREEMENT (object))
    return coop_agreement_get_id (COOP_AGREEMENT (object));
  if (COOP_IS_RATING (object))
    return coop_rating_get_id (COOP_RATING (object));

  g_assert_not_reached ();
}

static int
id_cmp (gconstpointer a,
        gconstpointer b,
        gpointer      user_data)
{
  return strcmp (object_id ((GObject *)a), object_id ((GObject *)b));
}

GListModel *
_coop_model_get_collection (CoopModel      *model,
                            CoopCollection  collection)
{
  return G_LIST_MODEL (_coop_model_get_collections (model)->stores[collection]);
}

/* Whole sentences for each kind of object, so that translations can
 * agree article and gender with the noun. */
static const char *
empty_identifier_message (CoopCollection collection)
{
  switch (collection)
    {
    case COOP_COLLECTION_ACTORS:
      return _("the identifier of an actor is empty; expected a non-empty identifier");
    case COOP_COLLECTION_POSTS:
      return _("the identifier of a post is empty; expected a non-empty identifier");
    case COOP_COLLECTION_MANDATES:
      return _("the identifier of a mandate is empty; expected a non-empty identifier");
    case COOP_COLLECTION_BODIES:
      return _("the identifier of a body is empty; expected a non-empty identifier");
    case COOP_COLLECTION_AGREEMENTS:
      return _("the identifier of an agreement is empty; expected a non-empty identifier");
    case COOP_COLLECTION_RATINGS:
    default:
      return _("the identifier of a rating is empty; expected a non-empty identifier");
    }
}

static char *
duplicate_identifier_message (CoopCollection  collection,
                              const char     *id)
{
  switch (collection)
    {
    case COOP_COLLECTION_ACTORS:
      return g_strdup_printf (_("the model already has an actor “%s”; expected a new identifier"), id);
    case COOP_COLLECTION_POSTS:
      return g_strdup_printf (_("the model already has a post “%s”; expected a new identifier"), id);
    case COOP_COLLECTION_MANDATES:
      return g_strdup_printf (_("the model already has a mandate “%s”; expected a new identifier"), id);
    case COOP_COLLECTION_BODIES:
      return g_strdup_printf (_("the model already has a body “%s”; expected a new identifier"), id);
    case COOP_COLLECTION_AGREEMENTS:
      return g_strdup_printf (_("the model already has an agreement “%s”; expected a new identifier"), id);
    case COOP_COLLECTION_RATINGS:
    default:
      return g_strdup_printf (_("the model already has a rating “%s”; expected a new identifier"), id);
    }
}

gboolean
_coop_model_add_to_collection (CoopModel       *model,
                               CoopCollection   collection,
                               GObject         *object,
                               GError         **error)
{
  CoopModelCollections *self = _coop_model_get_collections (model);
  const char *id = object_id (object);

  if (!_coop_object_check_required (object, error))
    return FALSE;

  if (id[0] == '\0')
    {
      g_set_error_literal (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE, empty_identifier_message (collection));
      return FALSE;
    }

  if (g_hash_table_contains (self->by_id[collection], id))
    {
      g_autofree char *message = duplicate_identifier_message (collection, id);

      g_set_error_literal (error, COOP_ERROR, COOP_ERROR_DUPLICATE, message);
      return FALSE;
    }

  g_list_store_insert_sorted (self->stores[collection], object, id_cmp, NULL);
  g_hash_table_insert (self->by_id[collection], (gpointer)id, object);

  return TRUE;
}

static gboolean
remove_from_collection (CoopModel      *model,
                        CoopCollection  collection,
                        GObject        *object)
{
  CoopModelCollections *self = _coop_model_get_collections (model);
  guint position;

  if (!g_list_store_find (self->stores[collection], object, &position))
    return FALSE;

  g_hash_table_remove (self->by_id[collection], object_id (object));
  g_list_store_remove (self->stores[collection], position);

  return TRUE;
}

gpointer
_coop_model_get_from_collection (CoopModel      *model,
                                 CoopCollection  collection,
                                 const char     *id)
{
  return g_hash_table_lookup (_coop_model_get_collections (model)->by_id[collection], id);
}

gboolean
_coop_model_remove_from_collection (CoopModel      *model,
                                    CoopCollection  collection,
                                    GObject        *object)
{
  return remove_from_collection (model, collection, object);
}

/**
 * coop_model_get_actors:
 * @self: a model
 *
 * Gets the actors of the model, sorted by identifier.
 *
 * Returns: (transfer none): a list model of [class@Coop.Actor]
 *
 * Since: 1.0
 */
GListModel *
coop_model_get_actors (CoopModel *self)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);

  return _coop_model_get_collection (self, COOP_COLLECTION_ACTORS);
}

/**
 * coop_model_add_actor:
 * @self: a model
 * @actor: an actor
 * @error: return location for an error
 *
 * Adds an actor to the model. Its identifier must be new among the actors
 * of the model; %COOP_ERROR_DUPLICATE says when it is not.
 *
 * Returns: %TRUE if it was added
 *
 * Since: 1.0
 */
gboolean
coop_model_add_actor (CoopModel  *self,
                      CoopActor  *actor,
                      GError    **error)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), FALSE);
  g_return_val_if_fail (COOP_IS_ACTOR (actor), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _coop_model_add_to_collection (self, COOP_COLLECTION_ACTORS, G_OBJECT (actor), error);
}

/**
 * coop_model_remove_actor:
 * @self: a model
 * @actor: an actor of the model
 *
 * Removes an actor from the model. References to it elsewhere are kept and
 * reported by [method@Coop.Model.check].
 *
 * Returns: %TRUE if it was in the model
 *
 * Since: 1.0
 */
gboolean
coop_model_remove_actor (CoopModel *self,
                         CoopActor *actor)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), FALSE);
  g_return_val_if_fail (COOP_IS_ACTOR (actor), FALSE);

  return remove_from_collection (self, COOP_COLLECTION_ACTORS, G_OBJECT (actor));
}

/**
 * coop_model_get_actor:
 * @self: a model
 * @id: an identifier
 *
 * Finds an actor of the model by its identifier.
 *
 * Returns: (transfer none) (nullable): an actor, or %NULL
 *
 * Since: 1.0
 */
CoopActor *
coop_model_get_actor (CoopModel  *self,
                      const char *id)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _coop_model_get_from_collection (self, COOP_COLLECTION_ACTORS, id);
}

/**
 * coop_model_get_posts:
 * @self: a model
 *
 * Gets the posts of the model, sorted by identifier.
 *
 * Returns: (transfer none): a list model of [class@Coop.Post]
 *
 * Since: 1.0
 */
GListModel *
coop_model_get_posts (CoopModel *self)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);

  return _coop_model_get_collection (self, COOP_COLLECTION_POSTS);
}

/**
 * coop_model_add_post:
 * @self: a model
 * @post: a post
 * @error: return location for an error
 *
 * Adds a post to the model. Its identifier must be new among the posts
 * of the model; %COOP_ERROR_DUPLICATE says when it is not.
 *
 * Returns: %TRUE if it was added
 *
 * Since: 1.0
 */
gboolean
coop_model_add_post (CoopModel  *self,
                     CoopPost   *post,
                     GError    **error)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), FALSE);
  g_return_val_if_fail (COOP_IS_POST (post), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _coop_model_add_to_collection (self, COOP_COLLECTION_POSTS, G_OBJECT (post), error);
}

/**
 * coop_model_remove_post:
 * @self: a model
 * @post: a post of the model
 *
 * Removes a post from the model. References to it elsewhere are kept and
 * reported by [method@Coop.Model.check].
 *
 * Returns: %TRUE if it was in the model
 *
 * Since: 1.0
 */
gboolean
coop_model_remove_post (CoopModel *self,
                        CoopPost  *post)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), FALSE);
  g_return_val_if_fail (COOP_IS_POST (post), FALSE);

  return remove_from_collection (self, COOP_COLLECTION_POSTS, G_OBJECT (post));
}

/**
 * coop_model_get_post:
 * @self: a model
 * @id: an identifier
 *
 * Finds a post of the model by its identifier.
 *
 * Returns: (transfer none) (nullable): a post, or %NULL
 *
 * Since: 1.0
 */
CoopPost *
coop_model_get_post (CoopModel  *self,
                     const char *id)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _coop_model_get_from_collection (self, COOP_COLLECTION_POSTS, id);
}

/**
 * coop_model_get_mandates:
 * @self: a model
 *
 * Gets the mandates of the model, sorted by identifier.
 *
 * Returns: (transfer none): a list model of [class@Coop.Mandate]
 *
 * Since: 1.0
 */
GListModel *
coop_model_get_mandates (CoopModel *self)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);

  return _coop_model_get_collection (self, COOP_COLLECTION_MANDATES);
}

/**
 * coop_model_add_mandate:
 * @self: a model
 * @mandate: a mandate
 * @error: return location for an error
 *
 * Adds a mandate to the model. Its identifier must be new among the mandates
 * of the model; %COOP_ERROR_DUPLICATE says when it is not.
 *
 * Returns: %TRUE if it was added
 *
 * Since: 1.0
 */
gboolean
coop_model_add_mandate (CoopModel    *self,
                        CoopMandate  *mandate,
                        GError      **error)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), FALSE);
  g_return_val_if_fail (COOP_IS_MANDATE (mandate), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _coop_model_add_to_collection (self, COOP_COLLECTION_MANDATES, G_OBJECT (mandate), error);
}

/**
 * coop_model_remove_mandate:
 * @self: a model
 * @mandate: a mandate of the model
 *
 * Removes a mandate from the model. References to it elsewhere are kept and
 * reported by [method@Coop.Model.check].
 *
 * Returns: %TRUE if it was in the model
 *
 * Since: 1.0
 */
gboolean
coop_model_remove_mandate (CoopModel   *self,
                           CoopMandate *mandate)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), FALSE);
  g_return_val_if_fail (COOP_IS_MANDATE (mandate), FALSE);

  return remove_from_collection (self, COOP_COLLECTION_MANDATES, G_OBJECT (mandate));
}

/**
 * coop_model_get_mandate:
 * @self: a model
 * @id: an identifier
 *
 * Finds a mandate of the model by its identifier.
 *
 * Returns: (transfer none) (nullable): a mandate, or %NULL
 *
 * Since: 1.0
 */
CoopMandate *
coop_model_get_mandate (CoopModel  *self,
                        const char *id)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _coop_model_get_from_collection (self, COOP_COLLECTION_MANDATES, id);
}

/**
 * coop_model_get_bodies:
 * @self: a model
 *
 * Gets the bodies of the model, sorted by identifier.
 *
 * Returns: (transfer none): a list model of [class@Coop.Body]
 *
 * Since: 1.0
 */
GListModel *
coop_model_get_bodies (CoopModel *self)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);

  return _coop_model_get_collection (self, COOP_COLLECTION_BODIES);
}

/**
 * coop_model_add_body:
 * @self: a model
 * @body: a body
 * @error: return location for an error
 *
 * Adds a body to the model. Its identifier must be new among the bodies
 * of the model; %COOP_ERROR_DUPLICATE says when it is not.
 *
 * Returns: %TRUE if it was added
 *
 * Since: 1.0
 */
gboolean
coop_model_add_body (CoopModel  *self,
                     CoopBody   *body,
                     GError    **error)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), FALSE);
  g_return_val_if_fail (COOP_IS_BODY (body), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _coop_model_add_to_collection (self, COOP_COLLECTION_BODIES, G_OBJECT (body), error);
}

/**
 * coop_model_remove_body:
 * @self: a model
 * @body: a body of the model
 *
 * Removes a body from the model. References to it elsewhere are kept and
 * reported by [method@Coop.Model.check].
 *
 * Returns: %TRUE if it was in the model
 *
 * Since: 1.0
 */
gboolean
coop_model_remove_body (CoopModel *self,
                        CoopBody  *body)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), FALSE);
  g_return_val_if_fail (COOP_IS_BODY (body), FALSE);

  return remove_from_collection (self, COOP_COLLECTION_BODIES, G_OBJECT (body));
}

/**
 * coop_model_get_body:
 * @self: a model
 * @id: an identifier
 *
 * Finds a body of the model by its identifier.
 *
 * Returns: (transfer none) (nullable): a body, or %NULL
 *
 * Since: 1.0
 */
CoopBody *
coop_model_get_body (CoopModel  *self,
                     const char *id)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _coop_model_get_from_collection (self, COOP_COLLECTION_BODIES, id);
}

/**
 * coop_model_get_agreements:
 * @self: a model
 *
 * Gets the agreements of the model, sorted by identifier.
 *
 * Returns: (transfer none): a list model of [class@Coop.Agreement]
 *
 * Since: 1.0
 */
GListModel *
coop_model_get_agreements (CoopModel *self)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);

  return _coop_model_get_collection (self, COOP_COLLECTION_AGREEMENTS);
}

/**
 * coop_model_add_agreement:
 * @self: a model
 * @agreement: an agreement
 * @error: return location for an error
 *
 * Adds an agreement to the model. Its identifier must be new among the agreements
 * of the model; %COOP_ERROR_DUPLICATE says when it is not.
 *
 * Returns: %TRUE if it was added
 *
 * Since: 1.0
 */
gboolean
coop_model_add_agreement (CoopModel      *self,
                          CoopAgreement  *agreement,
                          GError        **error)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), FALSE);
  g_return_val_if_fail (COOP_IS_AGREEMENT (agreement), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _coop_model_add_to_collection (self, COOP_COLLECTION_AGREEMENTS, G_OBJECT (agreement), error);
}

/**
 * coop_model_remove_agreement:
 * @self: a model
 * @agreement: an agreement of the model
 *
 * Removes an agreement from the model. References to it elsewhere are kept and
 * reported by [method@Coop.Model.check].
 *
 * Returns: %TRUE if it was in the model
 *
 * Since: 1.0
 */
gboolean
coop_model_remove_agreement (CoopModel     *self,
                             CoopAgreement *agreement)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), FALSE);
  g_return_val_if_fail (COOP_IS_AGREEMENT (agreement), FALSE);

  return remove_from_collection (self, COOP_COLLECTION_AGREEMENTS, G_OBJECT (agreement));
}

/**
 * coop_model_get_agreement:
 * @self: a model
 * @id: an identifier
 *
 * Finds an agreement of the model by its identifier.
 *
 * Returns: (transfer none) (nullable): an agreement, or %NULL
 *
 * Since: 1.0
 */
CoopAgreement *
coop_model_get_agreement (CoopModel  *self,
                          const char *id)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _coop_model_get_from_collection (self, COOP_COLLECTION_AGREEMENTS, id);
}

/**
 * coop_model_list_body_mandates:
 * @self: a model
 * @body: a body of the model
 *
 * Lists the members of a body: the mandates that name it, by identifier.
 *
 * Returns: (transfer full): a list model of [class@Coop.Mandate]
 *
 * Since: 1.0
 */
GListModel *
coop_model_list_body_mandates (CoopModel *self,
                               CoopBody  *body)
{
  GPtrArray *mandates;
  GListStore *store;

  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);
  g_return_val_if_fail (COOP_IS_BODY (body), NULL);

  store = g_list_store_new (COOP_TYPE_MANDATE);
  mandates = _coop_model_index_get_body_mandates (_coop_model_get_index (self), coop_body_get_id (body));
  for (guint i = 0; mandates != NULL && i < mandates->len; i++)
    g_list_store_append (store, g_ptr_array_index (mandates, i));

  return G_LIST_MODEL (store);
}

/**
 * coop_model_list_post_mandates:
 * @self: a model
 * @post: a post of the model
 * @date: (nullable): a day, or %NULL for every mandate whatever its dates
 *
 * Lists the mandates that hold @post, running on @date when it is given.
 *
 * Returns: (transfer full): a list model of [class@Coop.Mandate]
 *
 * Since: 1.0
 */
GListModel *
coop_model_list_post_mandates (CoopModel *self,
                               CoopPost  *post,
                               GDateTime *date)
{
  GPtrArray *mandates;
  GListStore *store;

  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);
  g_return_val_if_fail (COOP_IS_POST (post), NULL);

  store = g_list_store_new (COOP_TYPE_MANDATE);
  mandates = _coop_model_index_get_post_mandates (_coop_model_get_index (self), coop_post_get_id (post));
  for (guint i = 0; mandates != NULL && i < mandates->len; i++)
    {
      CoopMandate *mandate = g_ptr_array_index (mandates, i);

      if (date == NULL || coop_mandate_is_active (mandate, date))
        g_list_store_append (store, mandate);
    }

  return G_LIST_MODEL (store);
}

/**
 * coop_model_list_agreements_for:
 * @self: a model
 * @reference: the reference of a territory or the identifier of an actor
 *
 * Lists the agreements @reference is a party to, in any role.
 *
 * Returns: (transfer full): a list model of [class@Coop.Agreement]
 *
 * Since: 1.0
 */
GListModel *
coop_model_list_agreements_for (CoopModel  *self,
                                const char *reference)
{
  GListModel *agreements;
  GListStore *store;
  guint n;

  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);
  g_return_val_if_fail (reference != NULL, NULL);

  store = g_list_store_new (COOP_TYPE_AGREEMENT);
  agreements = _coop_model_get_collection (self, COOP_COLLECTION_AGREEMENTS);
  n = g_list_model_get_n_items (agreements);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, i);

      if (coop_agreement_has_party (agreement, reference))
        g_list_store_append (store, agreement);
    }

  return G_LIST_MODEL (store);
}
