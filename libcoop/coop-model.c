/* coop-model.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-atlas-private.h"
#include "coop-error.h"
#include "coop-finding.h"
#include "coop-model-collections-private.h"
#include "coop-model-index-private.h"
#include "coop-model-private.h"
#include "coop-util-private.h"
#include "coop-i18n-private.h"
#include "coop-save-private.h"
#include "coop-territory-change.h"
#include "coop-territory-private.h"

/**
 * CoopModel:
 *
 * A user's model of a cooperation: the territories of project they define
 * (Pays, PETR, PNR, SCoT, perimeters of study…) over the administrative
 * map of a [class@Coop.Atlas], and the cooperation itself: its
 * [class@Coop.Actor]s, [class@Coop.Post]s, [class@Coop.Mandate]s,
 * [class@Coop.Body]s and [class@Coop.Agreement]s, which
 * [method@Coop.Model.check] checks together (see the “Actors, bodies and
 * agreements” page of the guide).
 *
 * A model is read from and saved to a JSON document (see the “Model
 * documents” page of the guide). Reading refuses what cannot be
 * represented (bad syntax, wrong types, duplicate identifiers, a newer
 * format version) with a [error@Coop.Error] that names the place; what can
 * be represented but is wrong (an unknown member, a perimeter that contains
 * itself) is kept as written and reported by [method@Coop.Model.validate],
 * so that nothing the user wrote is lost.
 *
 * Perimeter questions (members, containers, overlaps, population) cover
 * both the model's territories and the atlas's: a Pays made of two EPCI
 * contains their communes, and a commune's containers include the Pays.
 *
 * Since: 1.0
 */

struct _CoopModel
{
  GObject     parent_instance;

  CoopAtlas  *atlas;
  char       *name;
  char       *description;
  GListStore *territories;   /* sorted by code */
  GHashTable *by_code;       /* code → CoopTerritory (borrowed from the store) */
  JsonObject *extra;         /* unknown top-level members, kept for saving */
  JsonObject *recorded_atlas; /* the document's "atlas" member, kept as read */
  GHashTable *source_lines;  /* JSON path → line of the last load */
  CoopModelCollections *cooperation;  /* actors, posts, mandates, bodies, agreements */
  CoopModelIndex *index;      /* what the analyses look up, dropped on any change */
  guint       natures_frozen; /* while loading, natures are computed once at the end */
  /* Which territories name each reference as a member (reference →
   * GPtrArray of borrowed territories), and the members each territory was
   * indexed with (territory → GStrv): a change to one territory refreshes
   * the natures and checks the nesting of it and the territories that
   * contain it only, so a model built add after add costs linear time. */
  GHashTable *containers_of;
  GHashTable *indexed_members;
};

G_DEFINE_FINAL_TYPE (CoopModel, coop_model, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ATLAS,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_TERRITORIES,
  PROP_ACTORS,
  PROP_POSTS,
  PROP_MANDATES,
  PROP_BODIES,
  PROP_AGREEMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void on_members_changed (CoopModel     *self,
                                GParamSpec    *pspec,
                                CoopTerritory *territory);
static void index_members (CoopModel     *self,
                           CoopTerritory *territory);
static void unindex_members (CoopModel     *self,
                             CoopTerritory *territory);
static void refresh_natures_from (CoopModel     *self,
                                  const char    *code);

static void
coop_model_dispose (GObject *object)
{
  CoopModel *self = (CoopModel *)object;

  if (self->territories != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->territories));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CoopTerritory) territory = g_list_model_get_item (G_LIST_MODEL (self->territories), i);

          g_signal_handlers_disconnect_by_func (territory, on_members_changed, self);
          _coop_territory_remove_model (territory, self);
        }
    }

  g_clear_pointer (&self->index, _coop_model_index_free);
  g_clear_pointer (&self->containers_of, g_hash_table_unref);
  g_clear_pointer (&self->indexed_members, g_hash_table_unref);
  g_clear_pointer (&self->by_code, g_hash_table_unref);
  g_clear_pointer (&self->cooperation, _coop_model_collections_free);
  g_clear_object (&self->territories);
  g_clear_object (&self->atlas);

  G_OBJECT_CLASS (coop_model_parent_class)->dispose (object);
}

static void
coop_model_finalize (GObject *object)
{
  CoopModel *self = (CoopModel *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->recorded_atlas, json_object_unref);
  g_clear_pointer (&self->source_lines, g_hash_table_unref);

  G_OBJECT_CLASS (coop_model_parent_class)->finalize (object);
}

static void
coop_model_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CoopModel *self = COOP_MODEL (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      g_value_set_object (value, self->atlas);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_TERRITORIES:
      g_value_set_object (value, self->territories);
      break;
    case PROP_ACTORS:
      g_value_set_object (value, coop_model_get_actors (self));
      break;
    case PROP_POSTS:
      g_value_set_object (value, coop_model_get_posts (self));
      break;
    case PROP_MANDATES:
      g_value_set_object (value, coop_model_get_mandates (self));
      break;
    case PROP_BODIES:
      g_value_set_object (value, coop_model_get_bodies (self));
      break;
    case PROP_AGREEMENTS:
      g_value_set_object (value, coop_model_get_agreements (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_model_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CoopModel *self = COOP_MODEL (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      self->atlas = g_value_dup_object (value);
      break;
    case PROP_NAME:
      coop_model_set_name (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      coop_model_set_description (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_model_class_init (CoopModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = coop_model_dispose;
  object_class->finalize = coop_model_finalize;
  object_class->get_property = coop_model_get_property;
  object_class->set_property = coop_model_set_property;

  /**
   * CoopModel:atlas:
   *
   * The atlas whose territories the model refers to.
   *
   * Since: 1.0
   */
  properties[PROP_ATLAS] =
    g_param_spec_object ("atlas", NULL, NULL, COOP_TYPE_ATLAS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopModel:name:
   *
   * The model's title.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopModel:description:
   *
   * What the model is about, and where its facts come from.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopModel:territories:
   *
   * The territories of project of the model, sorted by code: a
   * [iface@Gio.ListModel] of [class@Coop.Territory].
   *
   * Since: 1.0
   */
  properties[PROP_TERRITORIES] =
    g_param_spec_object ("territories", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopModel:actors:
   *
   * The actors of the model (people and organisations), sorted by identifier: a [iface@Gio.ListModel] of [class@Coop.Actor].
   *
   * Since: 1.0
   */
  properties[PROP_ACTORS] =
    g_param_spec_object ("actors", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopModel:posts:
   *
   * The posts of the model, sorted by identifier: a [iface@Gio.ListModel] of [class@Coop.Post].
   *
   * Since: 1.0
   */
  properties[PROP_POSTS] =
    g_param_spec_object ("posts", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopModel:mandates:
   *
   * The mandates of the model, sorted by identifier: a [iface@Gio.ListModel] of [class@Coop.Mandate].
   *
   * Since: 1.0
   */
  properties[PROP_MANDATES] =
    g_param_spec_object ("mandates", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopModel:bodies:
   *
   * The bodies of the model, sorted by identifier: a [iface@Gio.ListModel] of [class@Coop.Body].
   *
   * Since: 1.0
   */
  properties[PROP_BODIES] =
    g_param_spec_object ("bodies", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopModel:agreements:
   *
   * The agreements of the model, sorted by identifier: a [iface@Gio.ListModel] of [class@Coop.Agreement].
   *
   * Since: 1.0
   */
  properties[PROP_AGREEMENTS] =
    g_param_spec_object ("agreements", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_model_init (CoopModel *self)
{
  self->territories = g_list_store_new (COOP_TYPE_TERRITORY);
  self->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  self->containers_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               (GDestroyNotify) g_ptr_array_unref);
  self->indexed_members = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_strfreev);
  self->source_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->cooperation = _coop_model_collections_new ();
  self->index = _coop_model_index_new (self);
}

CoopModelIndex *
_coop_model_get_index (CoopModel *self)
{
  return self->index;
}

/**
 * coop_model_new:
 * @atlas: the atlas the model refers to
 *
 * Creates an empty model over @atlas.
 *
 * Returns: (transfer full): a new model
 *
 * Since: 1.0
 */
CoopModel *
coop_model_new (CoopAtlas *atlas)
{
  g_return_val_if_fail (COOP_IS_ATLAS (atlas), NULL);

  return g_object_new (COOP_TYPE_MODEL, "atlas", atlas, NULL);
}

/**
 * coop_model_new_from_data:
 * @atlas: the atlas the model refers to
 * @data: a model document
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for an error
 *
 * Reads a model from a JSON document in memory.
 *
 * Returns: (transfer full): the model, or %NULL with @error set
 *
 * Since: 1.0
 */
CoopModel *
coop_model_new_from_data (CoopAtlas   *atlas,
                          const char  *data,
                          gssize       length,
                          GError     **error)
{
  g_autoptr(CoopJsonDocument) document = NULL;
  g_autoptr(CoopModel) self = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (COOP_IS_ATLAS (atlas), NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (data);

  bytes = g_bytes_new (data, length);
  document = _coop_json_document_new ("<data>");
  if (!_coop_json_document_load_bytes (document, bytes, error))
    return NULL;

  self = coop_model_new (atlas);
  if (!_coop_model_load_document (self, document, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * coop_model_new_from_file:
 * @atlas: the atlas the model refers to
 * @file: a model document
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Reads a model from a JSON document. Errors name the file, the line and
 * the JSON path of the offending value, and say what was expected.
 *
 * Returns: (transfer full): the model, or %NULL with @error set
 *
 * Since: 1.0
 */
CoopModel *
coop_model_new_from_file (CoopAtlas     *atlas,
                          GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(CoopJsonDocument) document = NULL;
  g_autoptr(CoopModel) self = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (COOP_IS_ATLAS (atlas), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_parse_name (file);
  document = _coop_json_document_new (name);
  if (!_coop_json_document_load_file (document, file, cancellable, error))
    return NULL;

  self = coop_model_new (atlas);
  if (!_coop_model_load_document (self, document, error))
    return NULL;

  return g_steal_pointer (&self);
}

static void
new_from_file_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  CoopAtlas *atlas = g_object_get_data (G_OBJECT (task), "coop-atlas");
  GError *error = NULL;
  CoopModel *model;

  model = coop_model_new_from_file (atlas, task_data, cancellable, &error);
  if (model == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, model, g_object_unref);
}

/**
 * coop_model_new_from_file_async:
 * @atlas: the atlas the model refers to
 * @file: a model document
 * @cancellable: (nullable): a cancellable
 * @callback: (scope async): called when the model is read
 * @user_data: data for @callback
 *
 * Reads a model from a JSON document in a worker thread; see
 * [ctor@Coop.Model.new_from_file].
 *
 * Since: 1.0
 */
void
coop_model_new_from_file_async (CoopAtlas           *atlas,
                                GFile               *file,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (COOP_IS_ATLAS (atlas));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, coop_model_new_from_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "coop-atlas", g_object_ref (atlas), g_object_unref);
  g_task_run_in_thread (task, new_from_file_thread);
}

/**
 * coop_model_new_from_file_finish:
 * @result: the result passed to the callback
 * @error: return location for an error
 *
 * Completes [func@Coop.Model.new_from_file_async].
 *
 * Returns: (transfer full): the model, or %NULL with @error set
 *
 * Since: 1.0
 */
CoopModel *
coop_model_new_from_file_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == coop_model_new_from_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * coop_model_to_data:
 * @self: a model
 * @length: (out) (optional): the length of the document
 *
 * Writes @self as a JSON document in canonical form: known members in a
 * fixed order, unknown ones sorted after them, territories sorted by code,
 * two-space indentation. The same model always gives the same bytes, so
 * documents diff well under version control.
 *
 * Returns: (transfer full): the document
 *
 * Since: 1.0
 */
char *
coop_model_to_data (CoopModel *self,
                    gsize     *length)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);

  return _coop_model_write_document (self, length);
}

/**
 * coop_model_save_to_file:
 * @self: a model
 * @file: where to save
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Saves @self in canonical form (see [method@Coop.Model.to_data]), with
 * no backup; see [method@Coop.Model.save_to_file_full].
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
coop_model_save_to_file (CoopModel     *self,
                         GFile         *file,
                         GCancellable  *cancellable,
                         GError       **error)
{
  return coop_model_save_to_file_full (self, file, COOP_SAVE_FLAGS_NONE, cancellable, error);
}

/**
 * coop_model_save_to_file_full:
 * @self: a model
 * @file: where to save
 * @flags: how to save
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Saves @self in canonical form (see [method@Coop.Model.to_data]).
 *
 * The file is replaced atomically, whether it existed or not: the document
 * is written to a temporary file in the same directory and flushed to the
 * disk, then renamed over @file, and the directory is flushed in turn. A
 * save that fails, is cancelled or is interrupted (even by a crash or a
 * power cut) leaves either the complete old document or the complete new
 * one, never a mixture, and the error names @file. A replaced file keeps
 * its permissions, owner and group; where the process may not keep the
 * owner or group, the save is refused with %G_IO_ERROR_PERMISSION_DENIED
 * rather than change them. Saving through a symbolic link replaces the
 * file it points to, creating it when the link dangles; a loop of links is
 * refused with %G_IO_ERROR_TOO_MANY_LINKS. A name ending in `.gz`, or a
 * file that already is gzipped, is written gzipped.
 *
 * With %COOP_SAVE_FLAGS_BACKUP, the previous version is kept as `FILE~`
 * (the name GLib and text editors use), replaced atomically too.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
coop_model_save_to_file_full (CoopModel      *self,
                              GFile          *file,
                              CoopSaveFlags   flags,
                              GCancellable   *cancellable,
                              GError        **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (COOP_IS_MODEL (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = _coop_model_write_document (self, &length);

  return _coop_save_contents (file, data, length, flags, cancellable, error);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = g_object_get_data (G_OBJECT (task), "coop-file");
  GBytes *bytes = task_data;
  GError *error = NULL;

  if (!_coop_save_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                            COOP_SAVE_FLAGS_NONE, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * coop_model_save_to_file_async:
 * @self: a model
 * @file: where to save
 * @cancellable: (nullable): a cancellable
 * @callback: (scope async): called when the file is saved
 * @user_data: data for @callback
 *
 * Saves @self without blocking, atomically as
 * [method@Coop.Model.save_to_file] does. The document is serialised at
 * once, so later changes to @self do not reach this save.
 *
 * Since: 1.0
 */
void
coop_model_save_to_file_async (CoopModel           *self,
                               GFile               *file,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  char *data;
  gsize length;

  g_return_if_fail (COOP_IS_MODEL (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, coop_model_save_to_file_async);

  data = _coop_model_write_document (self, &length);
  g_task_set_task_data (task, g_bytes_new_take (data, length), (GDestroyNotify)g_bytes_unref);
  g_object_set_data_full (G_OBJECT (task), "coop-file", g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, save_thread);
}

/**
 * coop_model_save_to_file_finish:
 * @self: a model
 * @result: the result passed to the callback
 * @error: return location for an error
 *
 * Completes [method@Coop.Model.save_to_file_async].
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
coop_model_save_to_file_finish (CoopModel     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * coop_model_get_atlas:
 * @self: a model
 *
 * Gets the atlas the model refers to.
 *
 * Returns: (transfer none): the atlas
 *
 * Since: 1.0
 */
CoopAtlas *
coop_model_get_atlas (CoopModel *self)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);

  return self->atlas;
}

/**
 * coop_model_get_name:
 * @self: a model
 *
 * Gets the model's title.
 *
 * Returns: (nullable): the title
 *
 * Since: 1.0
 */
const char *
coop_model_get_name (CoopModel *self)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);

  return self->name;
}

/**
 * coop_model_set_name:
 * @self: a model
 * @name: (nullable): the title
 *
 * Sets the model's title.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_model_set_name (CoopModel  *self,
                     const char *name)
{
  g_return_if_fail (COOP_IS_MODEL (self));
  g_return_if_fail (_coop_text_is_valid (name));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * coop_model_get_description:
 * @self: a model
 *
 * Gets what the model is about.
 *
 * Returns: (nullable): the description
 *
 * Since: 1.0
 */
const char *
coop_model_get_description (CoopModel *self)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);

  return self->description;
}

/**
 * coop_model_set_description:
 * @self: a model
 * @description: (nullable): the description
 *
 * Sets what the model is about.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_model_set_description (CoopModel  *self,
                            const char *description)
{
  g_return_if_fail (COOP_IS_MODEL (self));
  g_return_if_fail (_coop_text_is_valid (description));

  if (g_strcmp0 (self->description, description) == 0)
    return;

  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * coop_model_get_territories:
 * @self: a model
 *
 * Gets the territories of project of the model, sorted by code.
 *
 * Returns: (transfer none): a list model of [class@Coop.Territory]
 *
 * Since: 1.0
 */
GListModel *
coop_model_get_territories (CoopModel *self)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);

  return G_LIST_MODEL (self->territories);
}

static int
territory_code_cmp (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  return g_strcmp0 (coop_territory_get_code ((CoopTerritory *)a),
                    coop_territory_get_code ((CoopTerritory *)b));
}

static void
on_members_changed (CoopModel     *self,
                    GParamSpec    *pspec,
                    CoopTerritory *territory)
{
  _coop_model_index_invalidate (self->index);
  unindex_members (self, territory);
  index_members (self, territory);
  refresh_natures_from (self, coop_territory_get_code (territory));
}

/**
 * coop_model_add_territory:
 * @self: a model
 * @territory: a territory of project, not from an atlas
 * @error: return location for an error
 *
 * Adds a territory of project to the model. Its code must be new to the
 * model and must not name a territory of the atlas, so that every
 * reference keeps one meaning; its kind may not be
 * %COOP_TERRITORY_KIND_DEPARTEMENT or %COOP_TERRITORY_KIND_REGION, which
 * only the atlas's territories have. Its members are checked by
 * [method@Coop.Model.validate], not here, so that a model can be built in
 * any order; but territories of project may nest at most 16 deep (a chain
 * of territories each a member of the next, as the reader accepts them):
 * a territory that would make a longer chain is refused with
 * %COOP_ERROR_INVALID_VALUE naming the chain. Later changes of the
 * members of a territory of the model that would make one are refused too
 * (see [method@Coop.Territory.set_member_codes]).
 *
 * Returns: %TRUE if added, %FALSE with @error set
 *
 * Since: 1.0
 */
gboolean
coop_model_add_territory (CoopModel      *self,
                          CoopTerritory  *territory,
                          GError        **error)
{
  const char *code;

  g_return_val_if_fail (COOP_IS_MODEL (self), FALSE);
  g_return_val_if_fail (COOP_IS_TERRITORY (territory), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  code = coop_territory_get_code (territory);

  if (coop_territory_is_from_atlas (territory))
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("“%s” is a territory of the atlas; a model holds territories of project only"),
                   code);
      return FALSE;
    }

  /* Départements, régions, collectivités d'outre-mer and communes
   * déléguées and associées are named KIND:CODE (their codes overlap
   * others'), which only the atlas's can be: a user's one could never be
   * referred to. */
  if (coop_territory_get_kind (territory) == COOP_TERRITORY_KIND_DEPARTEMENT ||
      coop_territory_get_kind (territory) == COOP_TERRITORY_KIND_REGION ||
      coop_territory_get_kind (territory) == COOP_TERRITORY_KIND_COLLECTIVITE_OUTRE_MER ||
      coop_territory_get_kind (territory) == COOP_TERRITORY_KIND_COMMUNE_DELEGUEE ||
      coop_territory_get_kind (territory) == COOP_TERRITORY_KIND_COMMUNE_ASSOCIEE)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("“%s” has the kind “%s”, which only the atlas's territories have; expected the "
                     "kind of a territory of project (pays, petr, pnr, scot, gal, syndicat-mixte, "
                     "pole-metropolitain, bassin-de-vie or custom)"),
                   code, coop_territory_kind_to_string (coop_territory_get_kind (territory)));
      return FALSE;
    }

  if (g_hash_table_contains (self->by_code, code))
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE,
                   _("the model already has a territory “%s”; expected a new identifier"), code);
      return FALSE;
    }

  if (_coop_atlas_resolve_reference (self->atlas, code) != COOP_ATLAS_NO_INDEX)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE,
                   _("“%s” already names a territory of the atlas; expected an identifier "
                   "such as “pnr-monts-ardeche” that is not an INSEE code or a SIREN"), code);
      return FALSE;
    }

  g_list_store_insert_sorted (self->territories, territory, territory_code_cmp, NULL);
  g_hash_table_insert (self->by_code, (gpointer)code, territory);

  /* While a document loads, its reader checks the nesting once at the end. */
  if (self->natures_frozen == 0 &&
      !_coop_model_check_members (self, territory, coop_territory_get_member_codes (territory), error))
    {
      guint position;

      g_hash_table_remove (self->by_code, code);
      if (g_list_store_find (self->territories, territory, &position))
        g_list_store_remove (self->territories, position);
      return FALSE;
    }

  g_signal_connect_swapped (territory, "notify::member-codes", G_CALLBACK (on_members_changed), self);
  _coop_territory_add_model (territory, self);
  index_members (self, territory);
  refresh_natures_from (self, code);

  return TRUE;
}

/* How deep territories of project nest: the longest chain of the model's
 * territories, each a member of the next. Every perimeter question walks
 * such chains, so the readers and coop_model_add_territory() bound them
 * (COOP_MODEL_MAX_NESTING): a small file of a thousand territories each
 * containing the previous one would otherwise make every command run for
 * minutes. Memoised and walked with an explicit stack: linear in the
 * territories and their members. A cycle is cut (it is reported by
 * validation as the "cycle" finding). */
typedef struct
{
  CoopTerritory *territory;
  guint          next_member;
  guint          deepest;   /* the depth of its deepest member so far */
} NestingFrame;

#define NESTING_VISITING G_MAXUINT

static const char * const *
members_of (CoopTerritory      *territory,
            CoopTerritory      *override,
            const char * const *override_members)
{
  static const char * const none[] = { NULL };

  if (territory == override)
    return override_members != NULL ? override_members : none;
  return coop_territory_get_member_codes (territory);
}

static guint
get_nesting (CoopModel           *self,
             CoopTerritory       *override,
             const char * const  *override_members,
             CoopTerritory      **top,
             char               **chain)
{
  g_autoptr(GHashTable) depth = g_hash_table_new (NULL, NULL);   /* territory → depth, or VISITING */
  g_autoptr(GHashTable) below = g_hash_table_new (NULL, NULL);   /* territory → its deepest member */
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (NestingFrame));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->territories));
  CoopTerritory *deepest = NULL;
  guint max_depth = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopTerritory) start = g_list_model_get_item (G_LIST_MODEL (self->territories), i);
      NestingFrame root = { start, 0, 0 };

      if (g_hash_table_contains (depth, start))
        continue;
      g_hash_table_insert (depth, start, GUINT_TO_POINTER (NESTING_VISITING));
      g_array_append_val (stack, root);

      while (stack->len > 0)
        {
          NestingFrame *frame = &g_array_index (stack, NestingFrame, stack->len - 1);
          const char * const *members = members_of (frame->territory, override, override_members);
          CoopTerritory *member;
          guint member_depth;

          if (members[frame->next_member] == NULL)
            {
              guint own = frame->deepest + 1;
              CoopTerritory *done = frame->territory;

              g_hash_table_insert (depth, done, GUINT_TO_POINTER (own));
              if (own > max_depth)
                {
                  max_depth = own;
                  deepest = done;
                }
              g_array_set_size (stack, stack->len - 1);
              if (stack->len > 0)
                {
                  NestingFrame *parent = &g_array_index (stack, NestingFrame, stack->len - 1);

                  if (own > parent->deepest)
                    {
                      parent->deepest = own;
                      g_hash_table_insert (below, parent->territory, done);
                    }
                }
              continue;
            }

          member = g_hash_table_lookup (self->by_code, members[frame->next_member++]);
          if (member == NULL)
            continue;
          member_depth = GPOINTER_TO_UINT (g_hash_table_lookup (depth, member));
          if (member_depth == NESTING_VISITING)
            continue;
          if (member_depth > 0)
            {
              if (member_depth > frame->deepest)
                {
                  frame->deepest = member_depth;
                  g_hash_table_insert (below, frame->territory, member);
                }
              continue;
            }
          g_hash_table_insert (depth, member, GUINT_TO_POINTER (NESTING_VISITING));
          {
            NestingFrame next = { member, 0, 0 };

            g_array_append_val (stack, next);
          }
        }
    }

  if (top != NULL)
    *top = deepest;
  if (chain != NULL)
    {
      GString *text = g_string_new (NULL);
      guint shown = 0;

      for (CoopTerritory *t = deepest; t != NULL; t = g_hash_table_lookup (below, t), shown++)
        {
          if (shown == 4 && max_depth > 6)
            {
              CoopTerritory *last = t;

              while (g_hash_table_lookup (below, last) != NULL)
                last = g_hash_table_lookup (below, last);
              g_string_append_printf (text, " ⊃ … ⊃ %s", coop_territory_get_code (last));
              break;
            }
          g_string_append_printf (text, "%s%s", shown > 0 ? " ⊃ " : "", coop_territory_get_code (t));
        }
      *chain = g_string_free (text, FALSE);
    }

  return max_depth;
}

guint
_coop_model_get_nesting (CoopModel      *self,
                         CoopTerritory **top,
                         char          **chain)
{
  return get_nesting (self, NULL, NULL, top, chain);
}

static gboolean
check_nesting (CoopModel           *self,
               CoopTerritory       *override,
               const char * const  *override_members,
               GError             **error)
{
  g_autofree char *chain = NULL;
  CoopTerritory *top = NULL;
  guint depth = get_nesting (self, override, override_members, &top, &chain);

  if (depth <= COOP_MODEL_MAX_NESTING)
    return TRUE;

  g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
               _("“%s” nests territories of project %u deep (%s); expected at most %u levels"),
               coop_territory_get_code (top), depth, chain, COOP_MODEL_MAX_NESTING);
  return FALSE;
}

gboolean
_coop_model_check_nesting (CoopModel  *self,
                           GError    **error)
{
  return check_nesting (self, NULL, NULL, error);
}

/* The longest chain of territories of the model going down from @start,
 * with @members for @start's members; *cycle is set when the walk meets a
 * territory it is inside of. Memoised, with an explicit stack. */
static guint
depth_below (CoopModel          *self,
             CoopTerritory      *start,
             const char * const *members,
             gboolean           *cycle)
{
  g_autoptr(GHashTable) depth = g_hash_table_new (NULL, NULL);   /* territory → depth, or VISITING */
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (NestingFrame));
  NestingFrame root = { start, 0, 0 };
  guint result = 1;

  g_hash_table_insert (depth, start, GUINT_TO_POINTER (NESTING_VISITING));
  g_array_append_val (stack, root);
  while (stack->len > 0)
    {
      NestingFrame *frame = &g_array_index (stack, NestingFrame, stack->len - 1);
      const char * const *codes = members_of (frame->territory, start, members);
      CoopTerritory *member;
      guint member_depth;

      if (codes[frame->next_member] == NULL)
        {
          guint own = frame->deepest + 1;

          g_hash_table_insert (depth, frame->territory, GUINT_TO_POINTER (own));
          result = own;
          g_array_set_size (stack, stack->len - 1);
          if (stack->len > 0)
            {
              NestingFrame *parent = &g_array_index (stack, NestingFrame, stack->len - 1);

              parent->deepest = MAX (parent->deepest, own);
            }
          continue;
        }

      member = g_hash_table_lookup (self->by_code, codes[frame->next_member++]);
      if (member == NULL)
        continue;
      member_depth = GPOINTER_TO_UINT (g_hash_table_lookup (depth, member));
      if (member_depth == NESTING_VISITING)
        {
          *cycle = TRUE;
          continue;
        }
      if (member_depth > 0)
        {
          frame->deepest = MAX (frame->deepest, member_depth);
          continue;
        }
      g_hash_table_insert (depth, member, GUINT_TO_POINTER (NESTING_VISITING));
      {
        NestingFrame next = { member, 0, 0 };

        g_array_append_val (stack, next);
      }
    }

  return result;
}

/* The longest chain of territories of the model going up from @start
 * (each containing the one before), @start included; *cycle is set as in
 * depth_below(). Memoised, with an explicit stack. */
typedef struct
{
  const char *code;
  GPtrArray  *containers;
  guint       next;
  guint       highest;
} HeightFrame;

static guint
height_above (CoopModel     *self,
              CoopTerritory *start,
              gboolean      *cycle)
{
  g_autoptr(GHashTable) height = g_hash_table_new (g_str_hash, g_str_equal);   /* code → height, or VISITING */
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (HeightFrame));
  HeightFrame root = { coop_territory_get_code (start), NULL, 0, 0 };
  guint result = 1;

  root.containers = g_hash_table_lookup (self->containers_of, root.code);
  g_hash_table_insert (height, (gpointer) root.code, GUINT_TO_POINTER (NESTING_VISITING));
  g_array_append_val (stack, root);
  while (stack->len > 0)
    {
      HeightFrame *frame = &g_array_index (stack, HeightFrame, stack->len - 1);
      CoopTerritory *container;
      const char *code;
      guint container_height;

      if (frame->containers == NULL || frame->next >= frame->containers->len)
        {
          guint own = frame->highest + 1;

          g_hash_table_insert (height, (gpointer) frame->code, GUINT_TO_POINTER (own));
          result = own;
          g_array_set_size (stack, stack->len - 1);
          if (stack->len > 0)
            {
              HeightFrame *child = &g_array_index (stack, HeightFrame, stack->len - 1);

              child->highest = MAX (child->highest, own);
            }
          continue;
        }

      container = g_ptr_array_index (frame->containers, frame->next++);
      code = coop_territory_get_code (container);
      container_height = GPOINTER_TO_UINT (g_hash_table_lookup (height, code));
      if (container_height == NESTING_VISITING)
        {
          *cycle = TRUE;
          continue;
        }
      if (container_height > 0)
        {
          frame->highest = MAX (frame->highest, container_height);
          continue;
        }
      g_hash_table_insert (height, (gpointer) code, GUINT_TO_POINTER (NESTING_VISITING));
      {
        HeightFrame next = { code, g_hash_table_lookup (self->containers_of, code), 0, 0 };

        g_array_append_val (stack, next);
      }
    }

  return result;
}

/* Whether @territory, a territory of the model (or one being added), may
 * have @members: every chain it would be part of stays within
 * COOP_MODEL_MAX_NESTING, the bound the reader applies to a document.
 * Only the chains through @territory can grow, so only they are walked:
 * the territories below it and those containing it. Where either walk
 * meets a cycle (which validation reports), the whole model is walked as
 * the reader walks it, so both give the same answer; and a refusal is
 * always worded by that walk, with the reader's message. */
gboolean
_coop_model_check_members (CoopModel          *self,
                           CoopTerritory      *territory,
                           const char * const *members,
                           GError            **error)
{
  gboolean cycle = FALSE;
  guint below;
  guint above;

  below = depth_below (self, territory, members, &cycle);
  above = height_above (self, territory, &cycle);
  if (!cycle && below + above - 1 <= COOP_MODEL_MAX_NESTING)
    return TRUE;

  return check_nesting (self, territory, members, error);
}

static void
index_members (CoopModel     *self,
               CoopTerritory *territory)
{
  const char * const *members = coop_territory_get_member_codes (territory);

  g_hash_table_insert (self->indexed_members, territory, g_strdupv ((char **) members));
  for (guint i = 0; members[i] != NULL; i++)
    {
      GPtrArray *containers = g_hash_table_lookup (self->containers_of, members[i]);

      if (containers == NULL)
        {
          containers = g_ptr_array_new ();
          g_hash_table_insert (self->containers_of, g_strdup (members[i]), containers);
        }
      g_ptr_array_add (containers, territory);
    }
}

static void
unindex_members (CoopModel     *self,
                 CoopTerritory *territory)
{
  char **members = g_hash_table_lookup (self->indexed_members, territory);

  for (guint i = 0; members != NULL && members[i] != NULL; i++)
    {
      GPtrArray *containers = g_hash_table_lookup (self->containers_of, members[i]);

      if (containers == NULL)
        continue;
      g_ptr_array_remove_fast (containers, territory);
      if (containers->len == 0)
        g_hash_table_remove (self->containers_of, members[i]);
    }
  g_hash_table_remove (self->indexed_members, territory);
}

/**
 * coop_model_remove_territory:
 * @self: a model
 * @territory: a territory of the model
 *
 * Removes a territory of project. References to it from other territories
 * are left as written and reported by [method@Coop.Model.validate].
 *
 * Returns: %TRUE if removed, %FALSE if it was not in the model
 *
 * Since: 1.0
 */
gboolean
coop_model_remove_territory (CoopModel     *self,
                             CoopTerritory *territory)
{
  guint position;

  g_return_val_if_fail (COOP_IS_MODEL (self), FALSE);
  g_return_val_if_fail (COOP_IS_TERRITORY (territory), FALSE);

  if (!g_list_store_find (self->territories, territory, &position))
    return FALSE;

  g_signal_handlers_disconnect_by_func (territory, on_members_changed, self);
  _coop_territory_remove_model (territory, self);
  unindex_members (self, territory);
  g_hash_table_remove (self->by_code, coop_territory_get_code (territory));
  /* The store may hold the last reference; the code is needed after. */
  {
    g_autofree char *code = g_strdup (coop_territory_get_code (territory));

    g_list_store_remove (self->territories, position);
    refresh_natures_from (self, code);
  }

  return TRUE;
}

/**
 * coop_model_lookup:
 * @self: a model
 * @reference: the code of a territory of the model, or a reference to an
 *   atlas territory (see [method@Coop.Atlas.lookup])
 *
 * Finds a territory of the model or of its atlas.
 *
 * Returns: (transfer full) (nullable): the territory, or %NULL
 *
 * Since: 1.0
 */
CoopTerritory *
coop_model_lookup (CoopModel  *self,
                   const char *reference)
{
  CoopTerritory *territory;

  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);
  g_return_val_if_fail (reference != NULL, NULL);

  territory = g_hash_table_lookup (self->by_code, reference);
  if (territory != NULL)
    return g_object_ref (territory);

  return coop_atlas_lookup (self->atlas, reference);
}

/* The communes of a perimeter as atlas indexes, appended to @out; a cycle
 * is cut where it closes and reported through @cycle.
 *
 * The walk is depth-first with an explicit stack, so that a chain of
 * thousands of nested territories cannot exhaust the C stack, and each
 * territory of project is expanded once, so that members shared by many
 * branches (a diamond repeated down a chain) cost linear time, not
 * exponential. */
typedef struct
{
  CoopTerritory *territory;
  guint          next_member;
} PerimeterFrame;

enum { PERIMETER_VISITING = 1, PERIMETER_DONE = 2 };

static void
append_atlas_communes (CoopModel     *self,
                       CoopTerritory *territory,
                       GArray        *out)
{
  g_autoptr(GArray) communes = NULL;
  guint32 index = _coop_atlas_get_index (self->atlas, territory);

  if (index == COOP_ATLAS_NO_INDEX)
    return;
  communes = _coop_atlas_collect_communes (self->atlas, index);
  g_array_append_vals (out, communes->data, communes->len);
}

static void
collect_perimeter (CoopModel     *self,
                   CoopTerritory *territory,
                   GArray        *out,
                   gboolean      *cycle)
{
  g_autoptr(GHashTable) state = NULL;
  g_autoptr(GArray) stack = NULL;
  PerimeterFrame root;

  if (coop_territory_is_from_atlas (territory))
    {
      append_atlas_communes (self, territory, out);
      return;
    }

  state = g_hash_table_new (NULL, NULL);
  stack = g_array_new (FALSE, FALSE, sizeof (PerimeterFrame));
  root = (PerimeterFrame) { g_object_ref (territory), 0 };
  g_array_append_val (stack, root);
  g_hash_table_insert (state, territory, GUINT_TO_POINTER (PERIMETER_VISITING));

  while (stack->len > 0)
    {
      PerimeterFrame *top = &g_array_index (stack, PerimeterFrame, stack->len - 1);
      const char * const *members = coop_territory_get_member_codes (top->territory);
      g_autoptr(CoopTerritory) member = NULL;
      guint member_state;

      if (members[top->next_member] == NULL)
        {
          g_hash_table_insert (state, top->territory, GUINT_TO_POINTER (PERIMETER_DONE));
          g_object_unref (top->territory);
          g_array_set_size (stack, stack->len - 1);
          continue;
        }

      member = coop_model_lookup (self, members[top->next_member++]);
      if (member == NULL)
        continue;

      if (coop_territory_is_from_atlas (member))
        {
          append_atlas_communes (self, member, out);
          continue;
        }

      member_state = GPOINTER_TO_UINT (g_hash_table_lookup (state, member));
      if (member_state == PERIMETER_VISITING)
        {
          if (cycle != NULL)
            *cycle = TRUE;
          continue;
        }
      if (member_state == PERIMETER_DONE)
        continue;

      g_hash_table_insert (state, member, GUINT_TO_POINTER (PERIMETER_VISITING));
      {
        PerimeterFrame frame = { g_steal_pointer (&member), 0 };

        g_array_append_val (stack, frame);
      }
    }
}

static GArray *
perimeter_communes (CoopModel     *self,
                    CoopTerritory *territory,
                    gboolean      *cycle)
{
  GArray *communes = g_array_new (FALSE, FALSE, sizeof (guint32));

  if (cycle != NULL)
    *cycle = FALSE;

  collect_perimeter (self, territory, communes, cycle);
  _coop_atlas_sort_unique (communes);

  return communes;
}

/* The unambiguous reference of what @reference names (`84` becomes
 * `departement:84`), or @reference itself when it names nothing. */
char *
_coop_model_dup_canonical_reference (CoopModel  *self,
                                     const char *reference)
{
  g_autoptr(CoopTerritory) territory = coop_model_lookup (self, reference);

  return territory != NULL ? coop_territory_dup_reference (territory) : g_strdup (reference);
}

GArray *
_coop_model_perimeter_communes (CoopModel     *self,
                                CoopTerritory *territory)
{
  return perimeter_communes (self, territory, NULL);
}

/**
 * coop_model_list_members:
 * @self: a model
 * @territory: a territory of the model or of its atlas
 *
 * Lists the direct members of a territory: for a territory of project, the
 * territories its member references name (unknown references are left
 * out; [method@Coop.Model.validate] reports them); for an atlas territory,
 * what [method@Coop.Atlas.list_members] lists.
 *
 * Returns: (transfer full): a list model of [class@Coop.Territory]
 *
 * Since: 1.0
 */
GListModel *
coop_model_list_members (CoopModel     *self,
                         CoopTerritory *territory)
{
  GListStore *store;
  const char * const *members;

  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);
  g_return_val_if_fail (COOP_IS_TERRITORY (territory), NULL);

  if (coop_territory_is_from_atlas (territory))
    return coop_atlas_list_members (self->atlas, territory);

  store = g_list_store_new (COOP_TYPE_TERRITORY);
  members = coop_territory_get_member_codes (territory);
  for (guint i = 0; members[i] != NULL; i++)
    {
      g_autoptr(CoopTerritory) member = coop_model_lookup (self, members[i]);

      if (member != NULL)
        g_list_store_append (store, member);
    }

  return G_LIST_MODEL (store);
}

/**
 * coop_model_list_communes:
 * @self: a model
 * @territory: a territory of the model or of its atlas
 *
 * Lists every commune of a perimeter, through nested members, each once,
 * sorted by code.
 *
 * Returns: (transfer full): a list model of [class@Coop.Territory]
 *
 * Since: 1.0
 */
GListModel *
coop_model_list_communes (CoopModel     *self,
                          CoopTerritory *territory)
{
  g_autoptr(GArray) communes = NULL;

  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);
  g_return_val_if_fail (COOP_IS_TERRITORY (territory), NULL);

  communes = perimeter_communes (self, territory, NULL);
  return _coop_atlas_list_new (self->atlas, communes);
}

/* Whether @index is among @communes (sorted). */
static gboolean
holds_commune (GArray  *communes,
               guint32  index)
{
  guint low = 0, high = communes->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (communes, guint32, middle) < index)
        low = middle + 1;
      else
        high = middle;
    }
  return low < communes->len && g_array_index (communes, guint32, low) == index;
}

/* Whether every commune of @small is in @large (both sorted): a binary
 * search per commune, since @small is usually far smaller. */
static gboolean
contains_all (GArray *large,
              GArray *small)
{
  if (small->len == 0 || small->len > large->len)
    return FALSE;

  for (guint i = 0; i < small->len; i++)
    {
      if (!holds_commune (large, g_array_index (small, guint32, i)))
        return FALSE;
    }

  return TRUE;
}

/**
 * coop_model_list_containers:
 * @self: a model
 * @territory: a territory of the model or of its atlas
 *
 * Lists every territory, of the atlas or of the model, whose perimeter
 * contains the whole of @territory's: the atlas containers first, then the
 * model's territories by code.
 *
 * Returns: (transfer full): a list model of [class@Coop.Territory]
 *
 * Since: 1.0
 */
GListModel *
coop_model_list_containers (CoopModel     *self,
                            CoopTerritory *territory)
{
  GArray *communes;
  GPtrArray *candidates;
  GListStore *store;
  guint n;

  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);
  g_return_val_if_fail (COOP_IS_TERRITORY (territory), NULL);

  store = g_list_store_new (COOP_TYPE_TERRITORY);
  communes = _coop_model_index_get_perimeter (self->index, territory);

  if (coop_territory_is_from_atlas (territory))
    {
      g_autoptr(GListModel) atlas_containers = coop_atlas_list_containers (self->atlas, territory);

      n = g_list_model_get_n_items (atlas_containers);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CoopTerritory) container = g_list_model_get_item (atlas_containers, i);

          g_list_store_append (store, container);
        }
    }

  /* A container holds the first commune too: only the territories that
   * hold it are tried, in the model's order. */
  candidates = communes->len > 0 ? _coop_model_index_get_containing (self->index, g_array_index (communes, guint32, 0))
                                 : NULL;
  for (guint i = 0; candidates != NULL && i < candidates->len; i++)
    {
      CoopTerritory *candidate = g_ptr_array_index (candidates, i);

      if (candidate != territory && contains_all (_coop_model_index_get_perimeter (self->index, candidate), communes))
        g_list_store_append (store, candidate);
    }

  return G_LIST_MODEL (store);
}

/**
 * coop_model_list_overlap:
 * @self: a model
 * @first: a territory of the model or of its atlas
 * @second: another one
 *
 * Lists the communes two perimeters share, sorted by code.
 *
 * Returns: (transfer full): a list model of [class@Coop.Territory]
 *
 * Since: 1.0
 */
GListModel *
coop_model_list_overlap (CoopModel     *self,
                         CoopTerritory *first,
                         CoopTerritory *second)
{
  g_autoptr(GArray) a = NULL;
  g_autoptr(GArray) b = NULL;
  g_autoptr(GArray) common = NULL;

  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);
  g_return_val_if_fail (COOP_IS_TERRITORY (first), NULL);
  g_return_val_if_fail (COOP_IS_TERRITORY (second), NULL);

  a = perimeter_communes (self, first, NULL);
  b = perimeter_communes (self, second, NULL);
  common = _coop_atlas_intersect (a, b);

  return _coop_atlas_list_new (self->atlas, common);
}

/**
 * coop_model_get_population:
 * @self: a model
 * @territory: a territory of the model or of its atlas
 *
 * Gets the population municipale of a perimeter. An atlas territory gives
 * what [method@Coop.Atlas.get_population] gives; a territory of project
 * gives the sum over its communes, each counted once however many of its
 * members include it.
 *
 * Returns: the population, or %COOP_POPULATION_UNKNOWN when a commune's
 *   population is unknown or the perimeter is empty
 *
 * Since: 1.0
 */
gint64
coop_model_get_population (CoopModel     *self,
                           CoopTerritory *territory)
{
  g_autoptr(GArray) communes = NULL;
  CoopAtlasData *data;
  gint64 total = 0;

  g_return_val_if_fail (COOP_IS_MODEL (self), COOP_POPULATION_UNKNOWN);
  g_return_val_if_fail (COOP_IS_TERRITORY (territory), COOP_POPULATION_UNKNOWN);

  if (coop_territory_is_from_atlas (territory))
    return coop_atlas_get_population (self->atlas, territory);

  communes = perimeter_communes (self, territory, NULL);
  if (communes->len == 0)
    return COOP_POPULATION_UNKNOWN;

  data = _coop_atlas_get_data (self->atlas);
  for (guint i = 0; i < communes->len; i++)
    {
      CoopAtlasEntry entry;

      _coop_atlas_data_get_entry (data, g_array_index (communes, guint32, i), &entry);
      if (entry.population_municipale < 0)
        return COOP_POPULATION_UNKNOWN;
      total += entry.population_municipale;
    }

  return total;
}

void
_coop_model_freeze_natures (CoopModel *self)
{
  self->natures_frozen++;
}

void
_coop_model_thaw_natures (CoopModel *self)
{
  g_return_if_fail (self->natures_frozen > 0);

  if (--self->natures_frozen == 0)
    _coop_model_refresh_natures (self);
}

/* The default rule of CoopTerritory, on the perimeter's communes. */
static void
refresh_nature (CoopModel     *self,
                CoopTerritory *territory)
{
  CoopAtlasData *data = _coop_atlas_get_data (self->atlas);
  g_autoptr(GArray) communes = perimeter_communes (self, territory, NULL);
  gint64 weights[3] = { 0, 0, 0 };
  gint64 total;
  CoopNature nature = COOP_NATURE_RURAL;

  for (guint c = 0; c < communes->len; c++)
    {
      CoopAtlasEntry entry;

      _coop_atlas_data_get_entry (data, g_array_index (communes, guint32, c), &entry);
      weights[entry.nature] += MAX (entry.population_municipale, 0);
    }

  total = weights[0] + weights[1] + weights[2];
  if (total > 0 && weights[COOP_NATURE_URBAN] * 2 >= total)
    nature = COOP_NATURE_URBAN;
  else if (total > 0 && (weights[COOP_NATURE_URBAN] + weights[COOP_NATURE_PERIURBAN]) * 2 >= total)
    nature = COOP_NATURE_PERIURBAN;

  _coop_territory_set_default_nature (territory, nature);
}

void
_coop_model_refresh_natures (CoopModel *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->territories));

  /* A document of many territories refreshes once, after the last one is
   * read. */
  if (self->natures_frozen > 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopTerritory) territory = g_list_model_get_item (G_LIST_MODEL (self->territories), i);

      refresh_nature (self, territory);
    }
}

/* A territory's nature depends on its perimeter only, so when the
 * territory named @code is added, removed or given other members, only
 * its own nature and those of the territories containing it (through
 * containers_of) change: each is refreshed once. */
static void
refresh_natures_from (CoopModel  *self,
                      const char *code)
{
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GPtrArray) queue = NULL;
  CoopTerritory *territory;

  if (self->natures_frozen > 0)
    return;

  seen = g_hash_table_new (NULL, NULL);
  queue = g_ptr_array_new ();
  territory = g_hash_table_lookup (self->by_code, code);
  if (territory != NULL)
    {
      g_hash_table_add (seen, territory);
      g_ptr_array_add (queue, territory);
    }
  else
    {
      GPtrArray *containers = g_hash_table_lookup (self->containers_of, code);

      for (guint i = 0; containers != NULL && i < containers->len; i++)
        {
          if (g_hash_table_add (seen, g_ptr_array_index (containers, i)))
            g_ptr_array_add (queue, g_ptr_array_index (containers, i));
        }
    }

  for (guint i = 0; i < queue->len; i++)
    {
      GPtrArray *containers;

      territory = g_ptr_array_index (queue, i);
      refresh_nature (self, territory);
      containers = g_hash_table_lookup (self->containers_of, coop_territory_get_code (territory));
      for (guint j = 0; containers != NULL && j < containers->len; j++)
        {
          if (g_hash_table_add (seen, g_ptr_array_index (containers, j)))
            g_ptr_array_add (queue, g_ptr_array_index (containers, j));
        }
    }
}

JsonObject *
_coop_model_get_recorded_atlas (CoopModel *self)
{
  return self->recorded_atlas;
}

void
_coop_model_set_recorded_atlas (CoopModel  *self,
                                JsonObject *atlas)
{
  if (atlas != NULL)
    json_object_ref (atlas);
  g_clear_pointer (&self->recorded_atlas, json_object_unref);
  self->recorded_atlas = atlas;
}

JsonObject *
_coop_model_get_extra (CoopModel *self)
{
  return self->extra;
}

void
_coop_model_set_extra (CoopModel  *self,
                       JsonObject *extra)
{
  if (extra != NULL)
    json_object_ref (extra);
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra;
}

void
_coop_model_set_source_line (CoopModel  *self,
                             const char *key,
                             guint       line)
{
  if (line > 0)
    g_hash_table_insert (self->source_lines, g_strdup (key), GUINT_TO_POINTER (line));
}

guint
_coop_model_get_source_line (CoopModel  *self,
                             const char *key)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->source_lines, key));
}

/* Lines are remembered by the territory's code (and member index) rather
 * than by JSON path, because loading sorts territories by code. */
static void
add_finding (GListStore   *findings,
             CoopModel    *self,
             CoopSeverity  severity,
             const char   *code,
             const char   *subject,
             const char   *path,
             const char   *line_key,
             const char   *message)
{
  g_autoptr(CoopFinding) finding = NULL;

  finding = coop_finding_new (severity, code, subject, path,
                              _coop_model_get_source_line (self, line_key), message);
  g_list_store_append (findings, finding);
}

/* For each commune that starts some member's set (sorted commune indexes),
 * the members whose set holds it, in member order. Only those can contain
 * that member: checking them alone keeps a territory of thousands of
 * members linear instead of comparing every pair. Keys are index + 1. */
static GHashTable *
index_first_communes (GPtrArray *member_sets)
{
  GHashTable *holders = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_array_unref);

  for (guint a = 0; a < member_sets->len; a++)
    {
      GArray *set = g_ptr_array_index (member_sets, a);
      gpointer key;

      if (set->len == 0)
        continue;
      key = GUINT_TO_POINTER (g_array_index (set, guint32, 0) + 1);
      if (!g_hash_table_contains (holders, key))
        g_hash_table_insert (holders, key, g_array_new (FALSE, FALSE, sizeof (guint)));
    }

  for (guint b = 0; b < member_sets->len; b++)
    {
      GArray *set = g_ptr_array_index (member_sets, b);

      for (guint i = 0; i < set->len; i++)
        {
          GArray *list = g_hash_table_lookup (holders, GUINT_TO_POINTER (g_array_index (set, guint32, i) + 1));

          if (list != NULL && (list->len == 0 || g_array_index (list, guint, list->len - 1) != b))
            g_array_append_val (list, b);
        }
    }

  return holders;
}

/* A population given to a commune outside the perimeter would be silently
 * left out of the seats: each one must name a commune of it. */
static void
check_member_populations (CoopModel     *self,
                          GListStore    *findings,
                          CoopTerritory *territory,
                          GArray        *communes,
                          const char    *path)
{
  g_auto(GStrv) given = coop_territory_dup_member_population_codes (territory);
  const char *code = coop_territory_get_code (territory);

  for (guint i = 0; given[i] != NULL; i++)
    {
      guint32 index = self->atlas != NULL ? _coop_atlas_resolve_reference (self->atlas, given[i])
                                          : COOP_ATLAS_NO_INDEX;
      g_autofree char *member_path = NULL;
      g_autofree char *line_key = NULL;
      g_autofree char *message = NULL;

      if (index != COOP_ATLAS_NO_INDEX && holds_commune (communes, index))
        continue;
      member_path = g_strdup_printf ("%s.member-populations.%s", path, given[i]);
      line_key = g_strdup_printf ("%s.member-populations.%s", code, given[i]);
      message = g_strdup_printf (_("“%s” is given a population in “member-populations” but is not a commune of "
                                   "the perimeter of “%s”; expected the INSEE code of one of its communes"),
                                 given[i], code);
      add_finding (findings, self, COOP_SEVERITY_ERROR, "member-population-outside", code, member_path, line_key,
                   message);
    }
}

/**
 * coop_model_validate:
 * @self: a model
 *
 * Checks the model and reports what is wrong or doubtful:
 *
 * - `unknown-reference` (error): a member names no territory of the model
 *   or of the atlas;
 * - `former-code` (error, or warning when the code still names a commune
 *   déléguée or associée, which holds no commune of its own): a member is a
 *   former code of the atlas; the message names the current code;
 * - `cycle` (error): a perimeter contains itself, directly or through
 *   other members;
 * - `empty-perimeter` (warning): a territory of project has no member;
 * - `redundant-member` (warning): a member lies wholly inside another
 *   member of the same territory, so it adds nothing;
 * - `population-mismatch` (info): the population stored with a territory
 *   differs from its perimeter's by more than 1%;
 * - `member-population-outside` (error): a commune given a population in
 *   `member-populations` ([method@Coop.Territory.set_member_population])
 *   is not a commune of the territory's perimeter;
 *
 * then, for the actors, posts, mandates, bodies, agreements and ratings,
 * every finding of [method@Coop.Model.check] that holds whatever the day
 * (an unknown reference, inverted dates, a signatory or a holder that is
 * not a party, a rating beyond its scale…). What depends on the day
 * checked (`in-force-past-end`, `post-vacant`, `post-over-filled`,
 * `plan-not-evaluated`) is left to [method@Coop.Model.check].
 *
 * Findings are in document order, territories first.
 *
 * Returns: (transfer full): a list model of [class@Coop.Finding], empty
 *   when the model is valid
 *
 * Since: 1.0
 */
GListModel *
coop_model_validate (CoopModel *self)
{
  GListStore *findings;
  guint n;

  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);

  findings = g_list_store_new (COOP_TYPE_FINDING);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->territories));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopTerritory) territory = g_list_model_get_item (G_LIST_MODEL (self->territories), i);
      g_autofree char *path = g_strdup_printf ("$.territories[%u]", i);
      g_autoptr(GPtrArray) member_sets = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
      const char * const *members = coop_territory_get_member_codes (territory);
      const char *code = coop_territory_get_code (territory);
      gboolean cycle = FALSE;
      g_autoptr(GArray) communes = perimeter_communes (self, territory, &cycle);
      gint64 stored = coop_territory_get_population_municipale (territory);
      g_autoptr(GHashTable) holders = NULL;

      if (members[0] == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("“%s” has no member; expected at least one commune, EPCI or territory"), code);

          add_finding (findings, self, COOP_SEVERITY_WARNING, "empty-perimeter", code, path, code, message);
        }

      if (cycle)
        {
          g_autofree char *message = g_strdup_printf (_("“%s” contains itself through its members; expected a perimeter without cycles"), code);

          add_finding (findings, self, COOP_SEVERITY_ERROR, "cycle", code, path, code, message);
        }

      for (guint m = 0; members[m] != NULL; m++)
        {
          g_autofree char *member_path = g_strdup_printf ("%s.members[%u]", path, m);
          g_autofree char *line_key = g_strdup_printf ("%s.members[%u]", code, m);
          g_autoptr(CoopTerritory) member = coop_model_lookup (self, members[m]);
          g_autoptr(GListModel) successors = NULL;

          /* A former code: the commune it became part of is what the
           * perimeter means; a commune déléguée or associée holds no
           * commune of its own. */
          if (self->atlas != NULL &&
              (member == NULL || coop_territory_get_kind (member) == COOP_TERRITORY_KIND_COMMUNE_DELEGUEE ||
               coop_territory_get_kind (member) == COOP_TERRITORY_KIND_COMMUNE_ASSOCIEE))
            successors = coop_atlas_list_successors (self->atlas, members[m]);
          if (successors != NULL && g_list_model_get_n_items (successors) > 0)
            {
              g_autoptr(CoopTerritoryChange) change = g_list_model_get_item (successors, 0);
              g_autofree char *description = coop_territory_change_dup_description (change);
              g_autofree char *message =
                g_strdup_printf (_("“%s” is a former code: %s; expected the current code, %s"), members[m],
                                 description, coop_territory_get_code (coop_territory_change_get_territory (change)));

              add_finding (findings, self, member == NULL ? COOP_SEVERITY_ERROR : COOP_SEVERITY_WARNING,
                           "former-code", code, member_path, line_key, message);
              if (member == NULL)
                {
                  g_ptr_array_add (member_sets, g_array_new (FALSE, FALSE, sizeof (guint32)));
                  continue;
                }
            }

          if (member == NULL)
            {
              g_autofree char *message =
                g_strdup_printf (_("“%s” names no territory of the atlas or the model; expected an INSEE code, "
                                 "a SIREN, “departement:CODE”, “region:CODE” or the code of a territory of the model"),
                                 members[m]);

              add_finding (findings, self, COOP_SEVERITY_ERROR, "unknown-reference", code, member_path, line_key, message);
              g_ptr_array_add (member_sets, g_array_new (FALSE, FALSE, sizeof (guint32)));
              continue;
            }

          g_ptr_array_add (member_sets, perimeter_communes (self, member, NULL));
        }

      holders = index_first_communes (member_sets);
      for (guint a = 0; a < member_sets->len; a++)
        {
          GArray *inner = g_ptr_array_index (member_sets, a);
          GArray *candidates;

          if (inner->len == 0)
            continue;

          candidates = g_hash_table_lookup (holders, GUINT_TO_POINTER (g_array_index (inner, guint32, 0) + 1));
          for (guint c = 0; candidates != NULL && c < candidates->len; c++)
            {
              guint b = g_array_index (candidates, guint, c);
              GArray *outer = g_ptr_array_index (member_sets, b);

              /* Equal sets are reported once, on the later member. */
              if (a == b || !contains_all (outer, inner) || (inner->len == outer->len && a < b))
                continue;

              {
                g_autofree char *member_path = g_strdup_printf ("%s.members[%u]", path, a);
                g_autofree char *line_key = g_strdup_printf ("%s.members[%u]", code, a);
                g_autofree char *message =
                  g_strdup_printf (_("“%s” lies wholly inside “%s”, another member of “%s”; expected members that do not overlap"),
                                   members[a], members[b], code);

                add_finding (findings, self, COOP_SEVERITY_WARNING, "redundant-member", code, member_path, line_key, message);
              }
              break;
            }
        }

      if (stored >= 0 && communes->len > 0)
        {
          gint64 computed = coop_model_get_population (self, territory);

          if (computed > 0 && ABS (stored - computed) * 100 > computed)
            {
              g_autofree char *message =
                g_strdup_printf (_("the stored population municipale %lld differs from the "
                                   "perimeter's %lld by more than 1%%"),
                                 (long long)stored, (long long)computed);

              add_finding (findings, self, COOP_SEVERITY_INFO, "population-mismatch", code, path, code, message);
            }
        }

      check_member_populations (self, findings, territory, communes, path);
    }

  _coop_model_check_document (self, findings);

  return G_LIST_MODEL (findings);
}

CoopModelCollections *
_coop_model_get_collections (CoopModel *self)
{
  return self->cooperation;
}
