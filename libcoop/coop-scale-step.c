/* coop-scale-step.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-criterion-private.h"
#include "coop-i18n-private.h"
#include "coop-scale-private.h"

/**
 * CoopScaleStep:
 *
 * One step of a [class@Coop.Scale]: its level (1 for the lowest), a stable
 * identifier, labels and a description in French and English, the level of
 * Frey et al. (2006) it stands for, and the [class@Coop.Criterion]s that
 * establish it.
 *
 * Since: 1.0
 */

struct _CoopScaleStep
{
  GObject            parent_instance;
  guint              level;
  char              *id;
  char              *frey_level;
  CoopLocalisedText  label;
  CoopLocalisedText  description;
  GListStore        *criteria;
};

G_DEFINE_FINAL_TYPE (CoopScaleStep, coop_scale_step, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LEVEL,
  PROP_ID,
  PROP_FREY_LEVEL,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_coop_localised_text_clear (CoopLocalisedText *text)
{
  g_clear_pointer (&text->fr, g_free);
  g_clear_pointer (&text->en, g_free);
}

const char *
_coop_localised_text_get (CoopLocalisedText *text,
                          const char        *language)
{
  g_autoptr(CoopLanguageScope) scope = _coop_language_scope_enter (language);

  /* Scales are data and carry their own French and English; every other
   * language reads the English. */
  if (g_str_has_prefix (_coop_language_current (), "fr") && text->fr != NULL)
    return text->fr;

  return text->en != NULL ? text->en : text->fr;
}

gboolean
_coop_localised_text_read (CoopJsonDocument   *document,
                           JsonNode           *node,
                           const char         *path,
                           const char         *member,
                           CoopLocalisedText  *text,
                           GError            **error)
{
  static const char * const languages[] = { "fr", "en", NULL };
  JsonNode *value = json_object_get_member (json_node_get_object (node), member);
  g_autofree char *member_path = g_strdup_printf ("%s.%s", path, member);
  const char *fr = NULL, *en = NULL;

  if (value == NULL)
    {
      _coop_json_set_error (error, document, node, path, COOP_ERROR_MISSING_FIELD,
                            _("the member “%s” is missing; expected {\"fr\": …, \"en\": …}"), member);
      return FALSE;
    }

  if (_coop_json_expect_object (document, value, member_path, error) == NULL ||
      !_coop_json_check_members (document, value, member_path, languages, error) ||
      !_coop_json_get_string (document, value, member_path, "fr", TRUE, &fr, error) ||
      !_coop_json_get_string (document, value, member_path, "en", TRUE, &en, error))
    return FALSE;

  text->fr = g_strdup (fr);
  text->en = g_strdup (en);
  return TRUE;
}

static void
coop_scale_step_finalize (GObject *object)
{
  CoopScaleStep *self = (CoopScaleStep *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->frey_level, g_free);
  _coop_localised_text_clear (&self->label);
  _coop_localised_text_clear (&self->description);
  g_clear_object (&self->criteria);

  G_OBJECT_CLASS (coop_scale_step_parent_class)->finalize (object);
}

static void
coop_scale_step_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CoopScaleStep *self = COOP_SCALE_STEP (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      g_value_set_uint (value, self->level);
      break;
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_FREY_LEVEL:
      g_value_set_string (value, self->frey_level);
      break;
    case PROP_LABEL:
      g_value_set_string (value, coop_scale_step_get_label (self, NULL));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_scale_step_class_init (CoopScaleStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_scale_step_finalize;
  object_class->get_property = coop_scale_step_get_property;

  /**
   * CoopScaleStep:level:
   *
   * The level, from 1 for the lowest step.
   *
   * Since: 1.0
   */
  properties[PROP_LEVEL] =
    g_param_spec_uint ("level", NULL, NULL, 1, G_MAXUINT, 1, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopScaleStep:id:
   *
   * The stable identifier of the step, such as `se-connaitre`.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopScaleStep:frey-level:
   *
   * The level of Frey et al. (2006) this step stands for, such as
   * `networking`.
   *
   * Since: 1.0
   */
  properties[PROP_FREY_LEVEL] =
    g_param_spec_string ("frey-level", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopScaleStep:label:
   *
   * The label in the locale's language.
   *
   * Since: 1.0
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_scale_step_init (CoopScaleStep *self)
{
  self->criteria = g_list_store_new (COOP_TYPE_CRITERION);
}

static const char * const step_members[] = {
  "level", "id", "frey", "label", "description", "criteria", NULL
};

/* The five levels of the Levels of Collaboration Scale. */
static const char * const frey_levels[] = {
  "networking", "cooperation", "coordination", "coalition", "collaboration", NULL
};

CoopScaleStep *
_coop_scale_step_new_from_json (CoopJsonDocument  *document,
                                JsonNode          *node,
                                const char        *path,
                                GError           **error)
{
  g_autoptr(CoopScaleStep) self = g_object_new (COOP_TYPE_SCALE_STEP, NULL);
  g_autofree char *criteria_path = g_strdup_printf ("%s.criteria", path);
  const char *id = NULL, *frey = NULL;
  gint64 level = 0;
  JsonNode *criteria_node;
  JsonArray *criteria;

  if (_coop_json_expect_object (document, node, path, error) == NULL ||
      !_coop_json_check_duplicates (document, node, path, error) ||
      !_coop_json_check_members (document, node, path, step_members, error) ||
      !_coop_json_get_int (document, node, path, "level", TRUE, 1, 100, &level, error) ||
      !_coop_json_get_string (document, node, path, "id", TRUE, &id, error) ||
      !_coop_json_get_string (document, node, path, "frey", FALSE, &frey, error) ||
      !_coop_localised_text_read (document, node, path, "label", &self->label, error) ||
      !_coop_localised_text_read (document, node, path, "description", &self->description, error))
    return NULL;

  if (id[0] == '\0')
    {
      _coop_json_set_error (error, document, json_object_get_member (json_node_get_object (node), "id"),
                            path, COOP_ERROR_INVALID_VALUE,
                            _("“id” is empty; expected a name such as “se-connaitre”"));
      return NULL;
    }

  if (frey != NULL && !g_strv_contains (frey_levels, frey))
    {
      _coop_json_set_error (error, document, json_object_get_member (json_node_get_object (node), "frey"),
                            path, COOP_ERROR_INVALID_VALUE,
                            _("“frey” is “%s”; expected a level of Frey et al. (2006): networking, "
                              "cooperation, coordination, coalition or collaboration"), frey);
      return NULL;
    }

  criteria_node = json_object_get_member (json_node_get_object (node), "criteria");
  if (criteria_node == NULL)
    {
      _coop_json_set_error (error, document, node, path, COOP_ERROR_MISSING_FIELD,
                            _("the member “criteria” is missing; expected an array of criteria"));
      return NULL;
    }
  criteria = _coop_json_expect_array (document, criteria_node, criteria_path, error);
  if (criteria == NULL)
    return NULL;

  if (json_array_get_length (criteria) == 0)
    {
      _coop_json_set_error (error, document, criteria_node, criteria_path, COOP_ERROR_INVALID_VALUE,
                            _("the list is empty; expected at least one criterion"));
      return NULL;
    }

  if (!_coop_criteria_check_list (document, criteria_node, criteria_path, error))
    return NULL;

  for (guint i = 0; i < json_array_get_length (criteria); i++)
    {
      g_autofree char *element_path = g_strdup_printf ("%s[%u]", criteria_path, i);
      g_autoptr(CoopCriterion) criterion =
        _coop_criterion_new_from_json (document, json_array_get_element (criteria, i), element_path, error);

      if (criterion == NULL)
        return NULL;
      g_list_store_append (self->criteria, criterion);
    }

  self->level = level;
  self->id = g_strdup (id);
  self->frey_level = g_strdup (frey);

  return g_steal_pointer (&self);
}

/**
 * coop_scale_step_get_level:
 * @self: a step
 *
 * Gets the level of the step, from 1 for the lowest.
 *
 * Returns: the level
 *
 * Since: 1.0
 */
guint
coop_scale_step_get_level (CoopScaleStep *self)
{
  g_return_val_if_fail (COOP_IS_SCALE_STEP (self), 0);

  return self->level;
}

/**
 * coop_scale_step_get_id:
 * @self: a step
 *
 * Gets the stable identifier of the step.
 *
 * Returns: the identifier
 *
 * Since: 1.0
 */
const char *
coop_scale_step_get_id (CoopScaleStep *self)
{
  g_return_val_if_fail (COOP_IS_SCALE_STEP (self), NULL);

  return self->id;
}

/**
 * coop_scale_step_get_frey_level:
 * @self: a step
 *
 * Gets the level of Frey et al. (2006) the step stands for.
 *
 * Returns: (nullable): `networking`, `cooperation`, `coordination`,
 *   `coalition`, `collaboration`, or %NULL
 *
 * Since: 1.0
 */
const char *
coop_scale_step_get_frey_level (CoopScaleStep *self)
{
  g_return_val_if_fail (COOP_IS_SCALE_STEP (self), NULL);

  return self->frey_level;
}

/**
 * coop_scale_step_get_label:
 * @self: a step
 * @language: (nullable): a language such as `fr`, or %NULL for the one in
 *   effect (see [func@Coop.language_is_available])
 *
 * Gets the label of the step.
 *
 * Returns: the label
 *
 * Since: 1.0
 */
const char *
coop_scale_step_get_label (CoopScaleStep *self,
                           const char    *language)
{
  g_return_val_if_fail (COOP_IS_SCALE_STEP (self), NULL);

  return _coop_localised_text_get (&self->label, language);
}

/**
 * coop_scale_step_get_description:
 * @self: a step
 * @language: (nullable): a language such as `fr`, or %NULL for the one in
 *   effect (see [func@Coop.language_is_available])
 *
 * Gets what the step means.
 *
 * Returns: the description
 *
 * Since: 1.0
 */
const char *
coop_scale_step_get_description (CoopScaleStep *self,
                                 const char    *language)
{
  g_return_val_if_fail (COOP_IS_SCALE_STEP (self), NULL);

  return _coop_localised_text_get (&self->description, language);
}

/**
 * coop_scale_step_get_criteria:
 * @self: a step
 *
 * Gets the criteria that establish the step; all must be met.
 *
 * Returns: (transfer none): a list model of [class@Coop.Criterion]
 *
 * Since: 1.0
 */
GListModel *
coop_scale_step_get_criteria (CoopScaleStep *self)
{
  g_return_val_if_fail (COOP_IS_SCALE_STEP (self), NULL);

  return G_LIST_MODEL (self->criteria);
}
