/* coop-scale.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "coop-resources.h"
#include "coop-i18n-private.h"
#include "coop-scale-private.h"

/**
 * CoopScale:
 *
 * A maturity scale of cooperation: ordered steps, each established by
 * evidence criteria found in a [class@Coop.Model].
 *
 * Scales are data. libcoop ships two, opened with
 * [ctor@Coop.Scale.new_builtin]: `libcoop`, its default five steps (Se
 * connaître, Échanger, Se coordonner, Agir ensemble, Faire projet commun),
 * aligned step for step with the five levels of Frey et al. (2006); and
 * `frey-2006`, Frey's own labels. Any other scale loads from a file with
 * [ctor@Coop.Scale.new_from_file]:
 *
 * ```json
 * {
 *   "format": "libcoop-scale",
 *   "version": 1,
 *   "id": "my-scale",
 *   "name": { "fr": "…", "en": "…" },
 *   "source": "where the scale comes from",
 *   "steps": [
 *     {
 *       "level": 1,
 *       "id": "know",
 *       "frey": "networking",
 *       "label": { "fr": "…", "en": "…" },
 *       "description": { "fr": "…", "en": "…" },
 *       "criteria": [ { "criterion": "meetings", "min": 2, "window-days": 365 } ]
 *     }
 *   ]
 * }
 * ```
 *
 * Steps are numbered from 1 without gaps, each with its own id; `frey`,
 * when given, names one of Frey's five levels (`networking`,
 * `cooperation`, `coordination`, `coalition`, `collaboration`). The
 * criteria vocabulary is described with [class@Coop.Criterion]. A step is
 * reached when all its criteria are met and every lower step is reached
 * too.
 *
 * A scale is read, never written back, so a member it does not know — a
 * misspelling, or a field of a newer version — is refused with an error
 * naming it rather than ignored.
 *
 * Since: 1.0
 */

struct _CoopScale
{
  GObject            parent_instance;
  char              *id;
  char              *source;
  CoopLocalisedText  name;
  GListStore        *steps;
};

G_DEFINE_FINAL_TYPE (CoopScale, coop_scale, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SOURCE,
  PROP_STEPS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define SCALE_FORMAT_NAME "libcoop-scale"
#define SCALE_FORMAT_VERSION 1
#define BUILTIN_PATH "/org/libcoop/scales/"

static const char * const scale_members[] = {
  "format", "version", "id", "name", "source", "steps", NULL
};

static void
coop_scale_finalize (GObject *object)
{
  CoopScale *self = (CoopScale *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->source, g_free);
  _coop_localised_text_clear (&self->name);
  g_clear_object (&self->steps);

  G_OBJECT_CLASS (coop_scale_parent_class)->finalize (object);
}

static void
coop_scale_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CoopScale *self = COOP_SCALE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, coop_scale_get_name (self, NULL));
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_STEPS:
      g_value_set_object (value, self->steps);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_scale_class_init (CoopScaleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_scale_finalize;
  object_class->get_property = coop_scale_get_property;

  /**
   * CoopScale:id:
   *
   * The stable identifier of the scale, such as `libcoop`.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopScale:name:
   *
   * The name in the locale's language.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopScale:source:
   *
   * Where the scale comes from.
   *
   * Since: 1.0
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopScale:steps:
   *
   * The steps, lowest first: a [iface@Gio.ListModel] of
   * [class@Coop.ScaleStep].
   *
   * Since: 1.0
   */
  properties[PROP_STEPS] =
    g_param_spec_object ("steps", NULL, NULL, G_TYPE_LIST_MODEL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_scale_init (CoopScale *self)
{
  self->steps = g_list_store_new (COOP_TYPE_SCALE_STEP);
}

static CoopScale *
load_document (CoopJsonDocument  *document,
               GError           **error)
{
  g_autoptr(CoopScale) self = g_object_new (COOP_TYPE_SCALE, NULL);
  JsonNode *root = _coop_json_document_get_root (document);
  const char *format = NULL, *id = NULL, *source = NULL;
  gint64 version = 0;
  g_autoptr(GHashTable) step_ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonNode *steps_node;
  JsonArray *steps;

  if (_coop_json_expect_object (document, root, "$", error) == NULL ||
      !_coop_json_check_duplicates (document, root, "$", error) ||
      !_coop_json_get_string (document, root, "$", "format", TRUE, &format, error))
    return NULL;

  if (g_strcmp0 (format, SCALE_FORMAT_NAME) != 0)
    {
      _coop_json_set_error (error, document, json_object_get_member (json_node_get_object (root), "format"),
                            "$.format", COOP_ERROR_INVALID_VALUE,
                            _("the format is “%s”; expected “%s”"), format, SCALE_FORMAT_NAME);
      return NULL;
    }

  if (!_coop_json_get_int (document, root, "$", "version", TRUE, 1, G_MAXINT32, &version, error))
    return NULL;
  if (version > SCALE_FORMAT_VERSION)
    {
      _coop_json_set_error (error, document, json_object_get_member (json_node_get_object (root), "version"),
                            "$.version", COOP_ERROR_UNSUPPORTED_VERSION,
                            _("the scale has format version %lld, newer than this libcoop reads; expected "
                              "version %d or older (refused rather than read without what this version "
                              "does not know)"),
                            (long long)version, SCALE_FORMAT_VERSION);
      return NULL;
    }

  if (!_coop_json_check_members (document, root, "$", scale_members, error) ||
      !_coop_json_get_string (document, root, "$", "id", TRUE, &id, error) ||
      !_coop_json_get_string (document, root, "$", "source", FALSE, &source, error) ||
      !_coop_localised_text_read (document, root, "$", "name", &self->name, error))
    return NULL;

  if (id[0] == '\0')
    {
      _coop_json_set_error (error, document, json_object_get_member (json_node_get_object (root), "id"),
                            "$.id", COOP_ERROR_INVALID_VALUE,
                            _("the identifier is empty; expected a name such as “my-scale”"));
      return NULL;
    }

  steps_node = json_object_get_member (json_node_get_object (root), "steps");
  if (steps_node == NULL)
    {
      _coop_json_set_error (error, document, root, "$", COOP_ERROR_MISSING_FIELD,
                            _("the member “steps” is missing; expected an array of steps"));
      return NULL;
    }
  steps = _coop_json_expect_array (document, steps_node, "$.steps", error);
  if (steps == NULL)
    return NULL;

  if (json_array_get_length (steps) < 2)
    {
      _coop_json_set_error (error, document, steps_node, "$.steps", COOP_ERROR_INVALID_VALUE,
                            _("the steps: found %u; expected at least two steps"),
                            json_array_get_length (steps));
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (steps); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.steps[%u]", i);
      JsonNode *node = json_array_get_element (steps, i);
      g_autoptr(CoopScaleStep) step = _coop_scale_step_new_from_json (document, node, path, error);

      if (step == NULL)
        return NULL;

      /* Levels run 1, 2, 3… in file order, so that "the next step" means
       * one thing. */
      if (coop_scale_step_get_level (step) != i + 1)
        {
          _coop_json_set_error (error, document, node, path, COOP_ERROR_INVALID_VALUE,
                                _("the step has level %u; expected level %u (steps run from 1 without gaps)"),
                                coop_scale_step_get_level (step), i + 1);
          return NULL;
        }

      /* Step ids name the steps in reports and in other programs' data. */
      if (g_hash_table_contains (step_ids, coop_scale_step_get_id (step)))
        {
          _coop_json_set_error (error, document, node, path, COOP_ERROR_DUPLICATE,
                                _("the step id “%s” is used by $.steps[%u] too; expected each step id once"),
                                coop_scale_step_get_id (step),
                                GPOINTER_TO_UINT (g_hash_table_lookup (step_ids, coop_scale_step_get_id (step))));
          return NULL;
        }
      g_hash_table_insert (step_ids, (gpointer)coop_scale_step_get_id (step), GUINT_TO_POINTER (i));

      g_list_store_append (self->steps, step);
    }

  self->id = g_strdup (id);
  self->source = g_strdup (source);

  return g_steal_pointer (&self);
}

/**
 * coop_scale_new_from_data:
 * @data: a scale definition
 * @length: the length of @data, or -1 if it is nul-terminated
 * @error: return location for an error
 *
 * Reads a scale definition from memory.
 *
 * Returns: (transfer full): the scale, or %NULL with @error set
 *
 * Since: 1.0
 */
CoopScale *
coop_scale_new_from_data (const char  *data,
                          gssize       length,
                          GError     **error)
{
  g_autoptr(CoopJsonDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_bytes_new (data, length < 0 ? strlen (data) : (gsize)length);
  document = _coop_json_document_new ("<data>");
  if (!_coop_json_document_load_bytes (document, bytes, error))
    return NULL;

  return load_document (document, error);
}

/**
 * coop_scale_new_from_file:
 * @file: a scale definition file
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Reads a scale definition file. Errors name the file, the line and the
 * JSON path of the offending value.
 *
 * Returns: (transfer full): the scale, or %NULL with @error set
 *
 * Since: 1.0
 */
CoopScale *
coop_scale_new_from_file (GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(CoopJsonDocument) document = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_parse_name (file);
  document = _coop_json_document_new (name);
  if (!_coop_json_document_load_file (document, file, cancellable, error))
    return NULL;

  return load_document (document, error);
}

/**
 * coop_scale_list_builtin:
 *
 * Lists the identifiers of the scales libcoop ships.
 *
 * Returns: (transfer full) (array zero-terminated=1): the identifiers,
 *   such as `libcoop` and `frey-2006`
 *
 * Since: 1.0
 */
char **
coop_scale_list_builtin (void)
{
  g_auto(GStrv) names = g_resources_enumerate_children (BUILTIN_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      if (g_str_has_suffix (names[i], ".json"))
        {
          g_autofree char *id = g_strndup (names[i], strlen (names[i]) - strlen (".json"));

          g_strv_builder_add (builder, id);
        }
    }

  return g_strv_builder_end (builder);
}

/**
 * coop_scale_new_builtin:
 * @id: the identifier of a shipped scale, such as `libcoop`
 * @error: return location for an error
 *
 * Opens one of the scales libcoop ships; see
 * [func@Coop.Scale.list_builtin].
 *
 * Returns: (transfer full): the scale, or %NULL with %COOP_ERROR_NOT_FOUND
 *
 * Since: 1.0
 */
CoopScale *
coop_scale_new_builtin (const char  *id,
                        GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CoopJsonDocument) document = NULL;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Resources are registered by the constructor of the generated code. */
  (void)coop_get_resource ();

  path = g_strconcat (BUILTIN_PATH, id, ".json", NULL);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL || strchr (id, '/') != NULL)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_NOT_FOUND,
                   _("libcoop ships no scale “%s”; expected libcoop or frey-2006"), id);
      return NULL;
    }

  document = _coop_json_document_new (path);
  if (!_coop_json_document_load_bytes (document, bytes, error))
    return NULL;

  return load_document (document, error);
}

/**
 * coop_scale_get_id:
 * @self: a scale
 *
 * Gets the stable identifier of the scale.
 *
 * Returns: the identifier
 *
 * Since: 1.0
 */
const char *
coop_scale_get_id (CoopScale *self)
{
  g_return_val_if_fail (COOP_IS_SCALE (self), NULL);

  return self->id;
}

/**
 * coop_scale_get_name:
 * @self: a scale
 * @language: (nullable): a language such as `fr`, or %NULL for the one in
 *   effect (see [func@Coop.language_is_available])
 *
 * Gets the name of the scale.
 *
 * Returns: the name
 *
 * Since: 1.0
 */
const char *
coop_scale_get_name (CoopScale  *self,
                     const char *language)
{
  g_return_val_if_fail (COOP_IS_SCALE (self), NULL);

  return _coop_localised_text_get (&self->name, language);
}

/**
 * coop_scale_get_source:
 * @self: a scale
 *
 * Gets where the scale comes from.
 *
 * Returns: (nullable): the source
 *
 * Since: 1.0
 */
const char *
coop_scale_get_source (CoopScale *self)
{
  g_return_val_if_fail (COOP_IS_SCALE (self), NULL);

  return self->source;
}

/**
 * coop_scale_get_steps:
 * @self: a scale
 *
 * Gets the steps, lowest first.
 *
 * Returns: (transfer none): a list model of [class@Coop.ScaleStep]
 *
 * Since: 1.0
 */
GListModel *
coop_scale_get_steps (CoopScale *self)
{
  g_return_val_if_fail (COOP_IS_SCALE (self), NULL);

  return G_LIST_MODEL (self->steps);
}

/**
 * coop_scale_get_n_steps:
 * @self: a scale
 *
 * Counts the steps.
 *
 * Returns: the number of steps
 *
 * Since: 1.0
 */
guint
coop_scale_get_n_steps (CoopScale *self)
{
  g_return_val_if_fail (COOP_IS_SCALE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->steps));
}

/**
 * coop_scale_get_step:
 * @self: a scale
 * @level: a level, from 1
 *
 * Gets the step of a level.
 *
 * Returns: (transfer none) (nullable): the step, or %NULL when @level is
 *   not on the scale
 *
 * Since: 1.0
 */
CoopScaleStep *
coop_scale_get_step (CoopScale *self,
                     guint      level)
{
  CoopScaleStep *step;

  g_return_val_if_fail (COOP_IS_SCALE (self), NULL);

  if (level == 0)
    return NULL;

  step = g_list_model_get_item (G_LIST_MODEL (self->steps), level - 1);
  /* The store keeps its own reference, so the borrowed pointer stays valid. */
  if (step != NULL)
    g_object_unref (step);

  return step;
}
