/* coop-criterion.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-criterion-private.h"
#include "coop-enum-types.h"
#include "coop-i18n-private.h"
#include "coop-labels.h"
#include "coop-open-code-private.h"

/**
 * CoopCriterion:
 *
 * One piece of evidence a step of a [class@Coop.Scale] asks for.
 *
 * In a scale definition file a criterion is an object whose `criterion`
 * member names its [enum@Coop.CriterionKind], with optional parameters:
 *
 * - `min` (all kinds, default 1): how many distinct bodies, meetings,
 *   agreements, resources or renewals are needed;
 * - `window-days` (`meetings`): only meetings within this many days before
 *   the date of the assessment count;
 * - `body-kinds` (`shared-body`, `meetings`): only bodies of these kinds;
 * - `kinds` and `statuses` (`agreement`): only agreements of these kinds
 *   and lifecycle statuses;
 * - `signed-by-all` (`agreement`): every territory of the cooperation is a
 *   signatory;
 * - `functions-assigned` (`agreement`): every function of every action of
 *   the agreement is held by some party;
 * - `actions-under-way` (`agreement`): at least this many of its actions
 *   have started and are not finished.
 *
 * `{"any": [ … ]}` is met when one of its criteria is. The criteria of a
 * step must all be met, and a step counts only when every lower step does.
 *
 * A parameter that does not apply to the kind, a kind or status that is
 * not the nick of a [enum@Coop.BodyKind], [enum@Coop.AgreementKind] or
 * [enum@Coop.AgreementStatus], a value listed twice and an empty list are
 * refused: each would silently change what the step asks for.
 *
 * Since: 1.0
 */

struct _CoopCriterion
{
  GObject            parent_instance;
  CoopCriterionKind  kind;
  guint              min;
  guint              window_days;
  guint              actions_under_way;
  gboolean           signed_by_all;
  gboolean           functions_assigned;
  GStrv              body_kinds;
  GStrv              agreement_kinds;
  GStrv              statuses;
  GListStore        *alternatives;
};

G_DEFINE_FINAL_TYPE (CoopCriterion, coop_criterion, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_MIN,
  PROP_WINDOW_DAYS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

static void
coop_criterion_finalize (GObject *object)
{
  CoopCriterion *self = (CoopCriterion *)object;

  g_clear_pointer (&self->body_kinds, g_strfreev);
  g_clear_pointer (&self->agreement_kinds, g_strfreev);
  g_clear_pointer (&self->statuses, g_strfreev);
  g_clear_object (&self->alternatives);

  G_OBJECT_CLASS (coop_criterion_parent_class)->finalize (object);
}

static void
coop_criterion_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CoopCriterion *self = COOP_CRITERION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_MIN:
      g_value_set_uint (value, self->min);
      break;
    case PROP_WINDOW_DAYS:
      g_value_set_uint (value, self->window_days);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_criterion_class_init (CoopCriterionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_criterion_finalize;
  object_class->get_property = coop_criterion_get_property;

  /**
   * CoopCriterion:kind:
   *
   * What the criterion looks for.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, COOP_TYPE_CRITERION_KIND, COOP_CRITERION_KIND_SHARED_BODY,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopCriterion:min:
   *
   * How many pieces of evidence are needed.
   *
   * Since: 1.0
   */
  properties[PROP_MIN] =
    g_param_spec_uint ("min", NULL, NULL, 1, G_MAXUINT, 1,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopCriterion:window-days:
   *
   * For meetings, how many days before the assessment count, or 0 for
   * any time.
   *
   * Since: 1.0
   */
  properties[PROP_WINDOW_DAYS] =
    g_param_spec_uint ("window-days", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_criterion_init (CoopCriterion *self)
{
  self->min = 1;
  self->alternatives = g_list_store_new (COOP_TYPE_CRITERION);
}

/* A list of nicks of @type: each must name a value, once. An empty list
 * would read as "any kind" to the evidence engine while looking like
 * "none", so it is refused too. Kinds are open codelists: they also take
 * the codes a model gives its own kinds. */
static gboolean
read_nicks (CoopJsonDocument  *document,
            JsonNode          *node,
            const char        *path,
            const char        *member,
            GType              type,
            const char        *what,
            GStrv             *out,
            GError           **error)
{
  JsonNode *value = json_object_get_member (json_node_get_object (node), member);
  g_autofree char *member_path = g_strdup_printf ("%s.%s", path, member);
  g_autoptr(GEnumClass) klass = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autoptr(GHashTable) seen = NULL;
  JsonArray *array;

  if (value == NULL)
    return TRUE;

  array = _coop_json_expect_array (document, value, member_path, error);
  if (array == NULL)
    return FALSE;

  klass = g_type_class_ref (type);
  if (json_array_get_length (array) == 0)
    {
      _coop_json_set_error (error, document, value, member_path, COOP_ERROR_INVALID_VALUE,
                            _("the list is empty; expected %s at least, or no “%s” member "
                              "to accept any"), _(what), member);
      return FALSE;
    }

  builder = g_strv_builder_new ();
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *element_path = g_strdup_printf ("%s[%u]", member_path, i);
      const char *nick;

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        {
          _coop_json_set_error (error, document, element, element_path, COOP_ERROR_INVALID_TYPE,
                                _("found %s; expected a string"), _coop_json_node_type_name (element));
          return FALSE;
        }

      /* A misspelt kind would never match, and the criterion never be met. */
      nick = json_node_get_string (element);
      if (g_enum_get_value_by_nick (klass, nick) == NULL &&
          (type == COOP_TYPE_AGREEMENT_STATUS || !_coop_open_code_is_valid_syntax (nick)))
        {
          g_autoptr(GString) allowed = g_string_new (NULL);

          for (guint v = 0; v < klass->n_values; v++)
            g_string_append_printf (allowed, "%s%s", v > 0 ? ", " : "", klass->values[v].value_nick);
          if (type == COOP_TYPE_AGREEMENT_STATUS)
            _coop_json_set_error (error, document, element, element_path, COOP_ERROR_INVALID_VALUE,
                                  _("“%s” is not %s; expected one of %s"),
                                  nick, _(what), allowed->str);
          else
            _coop_json_set_error (error, document, element, element_path, COOP_ERROR_INVALID_VALUE,
                                  _("“%s” is not %s; expected one of %s, or a model's own code of "
                                    "lowercase letters, digits and hyphens"),
                                  nick, _(what), allowed->str);
          return FALSE;
        }

      if (!g_hash_table_add (seen, (gpointer)nick))
        {
          _coop_json_set_error (error, document, element, element_path, COOP_ERROR_DUPLICATE,
                                _("“%s” is listed twice; expected each value once"), nick);
          return FALSE;
        }

      g_strv_builder_add (builder, nick);
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
read_bool (CoopJsonDocument  *document,
           JsonNode          *node,
           const char        *path,
           const char        *member,
           gboolean          *out,
           GError           **error)
{
  JsonNode *value = json_object_get_member (json_node_get_object (node), member);

  if (value == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_BOOLEAN)
    {
      g_autofree char *member_path = g_strdup_printf ("%s.%s", path, member);

      _coop_json_set_error (error, document, value, member_path, COOP_ERROR_INVALID_TYPE,
                            _("“%s” is %s; expected true or false"), member, _coop_json_node_type_name (value));
      return FALSE;
    }

  *out = json_node_get_boolean (value);
  return TRUE;
}

static const char * const known_members[] = {
  "criterion", "min", "window-days", "body-kinds", "kinds", "statuses",
  "signed-by-all", "functions-assigned", "actions-under-way", NULL
};

/* The parameters the evidence engine reads for each kind; any other would
 * be ignored, and the step would not mean what its author wrote. */
static const char * const shared_body_parameters[] = { "min", "body-kinds", NULL };
static const char * const meetings_parameters[] = { "min", "window-days", "body-kinds", NULL };
static const char * const agreement_parameters[] = {
  "min", "kinds", "statuses", "signed-by-all", "functions-assigned", "actions-under-way", NULL
};
static const char * const count_parameters[] = { "min", NULL };

static const char * const *
parameters_of (CoopCriterionKind kind)
{
  switch (kind)
    {
    case COOP_CRITERION_KIND_SHARED_BODY:
      return shared_body_parameters;
    case COOP_CRITERION_KIND_MEETINGS:
      return meetings_parameters;
    case COOP_CRITERION_KIND_AGREEMENT:
      return agreement_parameters;
    case COOP_CRITERION_KIND_POOLED_RESOURCE:
    case COOP_CRITERION_KIND_EVALUATION_RENEWED:
    case COOP_CRITERION_KIND_ANY:
    default:
      return count_parameters;
    }
}

/* A list of criteria (a step's, or an "any" group's) is bounded and holds
 * each criterion once: the same criterion twice changes nothing a reader
 * of the scale would see, and a thousand of them make every assessment
 * slow. */
gboolean
_coop_criteria_check_list (CoopJsonDocument  *document,
                           JsonNode          *list_node,
                           const char        *path,
                           GError           **error)
{
  JsonArray *list = json_node_get_array (list_node);
  guint n = json_array_get_length (list);

  if (n > COOP_SCALE_MAX_CRITERIA)
    {
      _coop_json_set_error (error, document, list_node, path, COOP_ERROR_INVALID_VALUE,
                            _("the list holds %u criteria; expected at most %u"),
                            n, COOP_SCALE_MAX_CRITERIA);
      return FALSE;
    }

  for (guint i = 1; i < n; i++)
    for (guint j = 0; j < i; j++)
      if (json_node_equal (json_array_get_element (list, i), json_array_get_element (list, j)))
        {
          g_autofree char *element_path = g_strdup_printf ("%s[%u]", path, i);

          _coop_json_set_error (error, document, json_array_get_element (list, i), element_path,
                                COOP_ERROR_DUPLICATE,
                                _("the same criterion as %s[%u]; expected each criterion once"), path, j);
          return FALSE;
        }

  return TRUE;
}

CoopCriterion *
_coop_criterion_new_from_json (CoopJsonDocument  *document,
                               JsonNode          *node,
                               const char        *path,
                               GError           **error)
{
  g_autoptr(CoopCriterion) self = NULL;
  g_autoptr(GEnumClass) kinds = NULL;
  JsonObject *object;
  JsonNode *any;
  const char *name = NULL;
  GEnumValue *kind;
  gint64 min = 1, window_days = 0, actions_under_way = 0;
  JsonObjectIter iter;
  const char *member;

  object = _coop_json_expect_object (document, node, path, error);
  if (object == NULL || !_coop_json_check_duplicates (document, node, path, error))
    return NULL;

  self = g_object_new (COOP_TYPE_CRITERION, NULL);

  any = json_object_get_member (object, "any");
  if (any != NULL)
    {
      g_autofree char *any_path = g_strdup_printf ("%s.any", path);
      JsonArray *alternatives = _coop_json_expect_array (document, any, any_path, error);

      if (alternatives == NULL)
        return NULL;
      if (json_object_get_size (object) != 1 || json_array_get_length (alternatives) == 0)
        {
          _coop_json_set_error (error, document, node, path, COOP_ERROR_INVALID_VALUE,
                                _("“any” has other members or no criterion; expected "
                                  "{\"any\": [ … ]} alone, with at least one criterion"));
          return NULL;
        }

      if (!_coop_criteria_check_list (document, any, any_path, error))
        return NULL;

      self->kind = COOP_CRITERION_KIND_ANY;
      for (guint i = 0; i < json_array_get_length (alternatives); i++)
        {
          g_autofree char *element_path = g_strdup_printf ("%s[%u]", any_path, i);
          g_autoptr(CoopCriterion) alternative =
            _coop_criterion_new_from_json (document, json_array_get_element (alternatives, i), element_path, error);

          if (alternative == NULL)
            return NULL;
          g_list_store_append (self->alternatives, alternative);
        }

      return g_steal_pointer (&self);
    }

  /* A misspelt parameter would silently change what a step means. */
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, NULL))
    {
      if (!g_strv_contains (known_members, member))
        {
          _coop_json_set_error (error, document, node, path, COOP_ERROR_INVALID_VALUE,
                                _("unknown criterion parameter “%s”; expected criterion, min, window-days, "
                                  "body-kinds, kinds, statuses, signed-by-all, functions-assigned or "
                                  "actions-under-way"), member);
          return NULL;
        }
    }

  if (!_coop_json_get_string (document, node, path, "criterion", TRUE, &name, error))
    return NULL;

  kinds = g_type_class_ref (COOP_TYPE_CRITERION_KIND);
  kind = g_enum_get_value_by_nick (kinds, name);
  if (kind == NULL || kind->value == COOP_CRITERION_KIND_ANY)
    {
      _coop_json_set_error (error, document, node, path, COOP_ERROR_INVALID_VALUE,
                            _("unknown criterion “%s”; expected shared-body, meetings, agreement, "
                              "pooled-resource, evaluation-renewed, or an “any” group"), name);
      return NULL;
    }
  self->kind = kind->value;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, NULL))
    {
      const char * const *parameters = parameters_of (self->kind);

      if (!g_str_equal (member, "criterion") && !g_strv_contains (parameters, member))
        {
          g_autofree char *allowed = g_strjoinv (", ", (char **)parameters);

          _coop_json_set_error (error, document, node, path, COOP_ERROR_INVALID_VALUE,
                                _("“%s” does not apply to a criterion “%s”; expected only %s"),
                                member, name, allowed);
          return NULL;
        }
    }

  if (!_coop_json_get_int (document, node, path, "min", FALSE, 1, 10000, &min, error) ||
      !_coop_json_get_int (document, node, path, "window-days", FALSE, 1, 36600, &window_days, error) ||
      !_coop_json_get_int (document, node, path, "actions-under-way", FALSE, 0, 10000, &actions_under_way, error) ||
      !read_nicks (document, node, path, "body-kinds", COOP_TYPE_BODY_KIND, N_("a body kind"), &self->body_kinds, error) ||
      !read_nicks (document, node, path, "kinds", COOP_TYPE_AGREEMENT_KIND, N_("an agreement kind"), &self->agreement_kinds, error) ||
      !read_nicks (document, node, path, "statuses", COOP_TYPE_AGREEMENT_STATUS, N_("an agreement status"),
                  &self->statuses, error) ||
      !read_bool (document, node, path, "signed-by-all", &self->signed_by_all, error) ||
      !read_bool (document, node, path, "functions-assigned", &self->functions_assigned, error))
    return NULL;

  self->min = min;
  self->window_days = window_days;
  self->actions_under_way = actions_under_way;

  return g_steal_pointer (&self);
}

/**
 * coop_criterion_get_kind:
 * @self: a criterion
 *
 * Gets what the criterion looks for.
 *
 * Returns: the kind
 *
 * Since: 1.0
 */
CoopCriterionKind
coop_criterion_get_kind (CoopCriterion *self)
{
  g_return_val_if_fail (COOP_IS_CRITERION (self), COOP_CRITERION_KIND_SHARED_BODY);

  return self->kind;
}

/**
 * coop_criterion_get_min:
 * @self: a criterion
 *
 * Gets how many pieces of evidence are needed.
 *
 * Returns: the minimum, at least 1
 *
 * Since: 1.0
 */
guint
coop_criterion_get_min (CoopCriterion *self)
{
  g_return_val_if_fail (COOP_IS_CRITERION (self), 1);

  return self->min;
}

/**
 * coop_criterion_get_window_days:
 * @self: a criterion
 *
 * Gets how many days before the assessment meetings count.
 *
 * Returns: the window in days, or 0 for any time
 *
 * Since: 1.0
 */
guint
coop_criterion_get_window_days (CoopCriterion *self)
{
  g_return_val_if_fail (COOP_IS_CRITERION (self), 0);

  return self->window_days;
}

/**
 * coop_criterion_get_body_kinds:
 * @self: a criterion
 *
 * Gets the body kinds that count, as their stable strings.
 *
 * Returns: (transfer none) (array zero-terminated=1): the kinds; empty for
 *   any body
 *
 * Since: 1.0
 */
const char * const *
coop_criterion_get_body_kinds (CoopCriterion *self)
{
  g_return_val_if_fail (COOP_IS_CRITERION (self), NULL);

  return self->body_kinds != NULL ? (const char * const *)self->body_kinds : empty_strv;
}

/**
 * coop_criterion_get_agreement_kinds:
 * @self: a criterion
 *
 * Gets the agreement kinds that count, as their stable strings.
 *
 * Returns: (transfer none) (array zero-terminated=1): the kinds; empty for
 *   any agreement
 *
 * Since: 1.0
 */
const char * const *
coop_criterion_get_agreement_kinds (CoopCriterion *self)
{
  g_return_val_if_fail (COOP_IS_CRITERION (self), NULL);

  return self->agreement_kinds != NULL ? (const char * const *)self->agreement_kinds : empty_strv;
}

/**
 * coop_criterion_get_statuses:
 * @self: a criterion
 *
 * Gets the agreement statuses that count, as their stable strings.
 *
 * Returns: (transfer none) (array zero-terminated=1): the statuses; empty
 *   for any status
 *
 * Since: 1.0
 */
const char * const *
coop_criterion_get_statuses (CoopCriterion *self)
{
  g_return_val_if_fail (COOP_IS_CRITERION (self), NULL);

  return self->statuses != NULL ? (const char * const *)self->statuses : empty_strv;
}

/**
 * coop_criterion_get_signed_by_all:
 * @self: a criterion
 *
 * Tells whether every territory must sign the agreement.
 *
 * Returns: %TRUE if so
 *
 * Since: 1.0
 */
gboolean
coop_criterion_get_signed_by_all (CoopCriterion *self)
{
  g_return_val_if_fail (COOP_IS_CRITERION (self), FALSE);

  return self->signed_by_all;
}

/**
 * coop_criterion_get_functions_assigned:
 * @self: a criterion
 *
 * Tells whether every function of the agreement's actions must be held.
 *
 * Returns: %TRUE if so
 *
 * Since: 1.0
 */
gboolean
coop_criterion_get_functions_assigned (CoopCriterion *self)
{
  g_return_val_if_fail (COOP_IS_CRITERION (self), FALSE);

  return self->functions_assigned;
}

/**
 * coop_criterion_get_actions_under_way:
 * @self: a criterion
 *
 * Gets how many actions of the agreement must be under way.
 *
 * Returns: the number, 0 when not asked
 *
 * Since: 1.0
 */
guint
coop_criterion_get_actions_under_way (CoopCriterion *self)
{
  g_return_val_if_fail (COOP_IS_CRITERION (self), 0);

  return self->actions_under_way;
}

/**
 * coop_criterion_get_alternatives:
 * @self: a criterion
 *
 * Gets the sub-criteria of an `any` group.
 *
 * Returns: (transfer none): a list model of [class@Coop.Criterion], empty
 *   unless the kind is %COOP_CRITERION_KIND_ANY
 *
 * Since: 1.0
 */
GListModel *
coop_criterion_get_alternatives (CoopCriterion *self)
{
  g_return_val_if_fail (COOP_IS_CRITERION (self), NULL);

  return G_LIST_MODEL (self->alternatives);
}

/* Lists the values a criterion names by their labels for people, not by
 * the nicks the scale file holds. */
static void
append_list (GString            *text,
             const char         *prefix,
             GType               enum_type,
             const char * const *items)
{
  if (items == NULL || items[0] == NULL)
    return;

  g_string_append (text, prefix);
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", _coop_open_code_label_of (enum_type, items[i]));
    }
  g_string_append (text, ")");
}

/**
 * coop_criterion_describe:
 * @self: a criterion
 * @language: (nullable): a language such as `fr`, or %NULL for the one in
 *   effect (see [func@Coop.language_is_available])
 *
 * Describes what the criterion asks for, for people.
 *
 * Returns: (transfer full): the description
 *
 * Since: 1.0
 */
char *
coop_criterion_describe (CoopCriterion *self,
                         const char    *language)
{
  g_autoptr(CoopLanguageScope) scope = NULL;
  GString *text;

  g_return_val_if_fail (COOP_IS_CRITERION (self), NULL);

  scope = _coop_language_scope_enter (language);
  text = g_string_new (NULL);

  switch (self->kind)
    {
    case COOP_CRITERION_KIND_SHARED_BODY:
      g_string_append_printf (text, _("at least %u shared body(ies)"),
                              self->min);
      append_list (text, _(" (kinds: "), COOP_TYPE_BODY_KIND, (const char * const *)self->body_kinds);
      break;
    case COOP_CRITERION_KIND_MEETINGS:
      g_string_append_printf (text, _("at least %u joint meeting(s)"),
                              self->min);
      if (self->window_days > 0)
        g_string_append_printf (text, _(" in the last %u days"),
                                self->window_days);
      append_list (text, _(" (bodies: "), COOP_TYPE_BODY_KIND, (const char * const *)self->body_kinds);
      break;
    case COOP_CRITERION_KIND_AGREEMENT:
      g_string_append_printf (text, _("at least %u agreement(s) between the territories"),
                              self->min);
      append_list (text, _(" (kinds: "), COOP_TYPE_AGREEMENT_KIND, (const char * const *)self->agreement_kinds);
      append_list (text, _(" (statuses: "), COOP_TYPE_AGREEMENT_STATUS,
                   (const char * const *)self->statuses);
      if (self->signed_by_all)
        g_string_append (text, _(", signed by all"));
      if (self->functions_assigned)
        g_string_append (text, _(", every function of its actions assigned"));
      if (self->actions_under_way > 0)
        g_string_append_printf (text, _(", at least %u action(s) under way"),
                                self->actions_under_way);
      break;
    case COOP_CRITERION_KIND_POOLED_RESOURCE:
      g_string_append_printf (text, _("at least %u pooled resource(s)"),
                              self->min);
      break;
    case COOP_CRITERION_KIND_EVALUATION_RENEWED:
      g_string_append (text, _("an evaluation followed by a renewal"));
      break;
    case COOP_CRITERION_KIND_ANY:
    default:
      {
        guint n = g_list_model_get_n_items (G_LIST_MODEL (self->alternatives));

        for (guint i = 0; i < n; i++)
          {
            g_autoptr(CoopCriterion) alternative = g_list_model_get_item (G_LIST_MODEL (self->alternatives), i);
            g_autofree char *part = coop_criterion_describe (alternative, language);

            if (i > 0)
              g_string_append (text, _(" or "));
            g_string_append (text, part);
          }
      }
      break;
    }

  return g_string_free (text, FALSE);
}
