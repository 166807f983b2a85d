/* coop-model-io-cooperation.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "coop-agreement-private.h"
#include "coop-model-collections-private.h"
#include "coop-date-private.h"
#include "coop-enum-types.h"
#include "coop-i18n-private.h"
#include "coop-util-private.h"

/*
 * The sections of the model document that describe the cooperation itself,
 * after "territories", each an array sorted by "id":
 *
 *   "actors":     [ { "id", "kind", "name", "territory", "description" } ]
 *   "posts":      [ { "id", "label", "role", "body", "territory",
 *                     "represents", "seats", "start", "end", "note" } ]
 *   "mandates":   [ { "id", "actor", "role", "body", "territory", "post",
 *                     "on-behalf-of", "start", "end", "voting", "note" } ]
 *   "ratings":    [ { "id", "rater", "territory", "partner", "level",
 *                     "scale", "date", "note" } ]
 *   "bodies":     [ { "id", "kind", "name", "scope", "council-role",
 *                     "start", "end", "description",
 *                     "meetings": [ { "date", "topic", "participants", "note" } ] } ]
 *   "agreements": [ { "id", "kind", "title", "status", "start", "end",
 *                     "description",
 *                     "parties":     [ { "reference", "role", "note" } ],
 *                     "signatures":  [ { "signatory", "mandate", "date" } ],
 *                     "history":     [ { "from-status", "to-status", "date", "note" } ],
 *                     "related":     [ { "relation", "agreement" } ],
 *                     "milestones":  [ { "title", "due", "met", "status" } ],
 *                     "actions":     [ { "id", "title", "status", "progress",
 *                                        "start", "end", "description",
 *                                        "who-does-what": { FUNCTION: [ REF… ] } } ],
 *                     "evaluations": [ { "date", "findings", "decision" } ],
 *                     "pooled-resources": [ { "kind", "mode", "title",
 *                                             "provider", "users", "note" } ] } ]
 *
 * Each member is the name of the object's property, and each enum value
 * the nick of its GEnum, so this file reads and writes every object the
 * same way, through its GParamSpecs. The canonical form writes members in
 * the order above, leaves out a member at its default value (an absent
 * string, an empty list, "voting": true, "seats": 1…), except "status",
 * and keeps unknown members, sorted, after the known ones. Nested lists
 * keep their order (history is chronological, actions are numbered).
 *
 * Kinds of actors, bodies and agreements and roles are open codelists:
 * "kind" (or "role") holds a known nick or the model's own code, which
 * then comes with "kind-label" and, where it has one,
 * "kind-legal-reference" (see coop-open-code.c); the object's setter
 * checks them, so the loader and the API accept the same values.
 *
 * What cannot be represented is refused with an error that names the
 * JSON path and line: a wrong type, a missing required member, an unknown
 * enum string, a bad date, an identifier used twice. References to
 * things that do not exist are kept as written and reported by
 * coop_model_check() as “unknown-reference” findings, as territories'
 * members are by coop_model_validate().
 */

typedef struct
{
  GType               (*get_type) (void);
  const char * const   *members;
} TypeMembers;

static const char * const actor_members[] = {
  "id", "kind", "kind-label", "kind-legal-reference", "name", "territory", "description", NULL
};
static const char * const post_members[] = {
  "id", "label", "role", "role-label", "role-legal-reference", "body", "territory", "represents", "seats",
  "start", "end", "note", NULL
};
static const char * const mandate_members[] = {
  "id", "actor", "role", "role-label", "role-legal-reference", "body", "territory", "post", "on-behalf-of", "start", "end",
  "voting", "note", NULL
};
static const char * const meeting_members[] = {
  "date", "topic", "participants", "note", NULL
};
static const char * const body_members[] = {
  "id", "kind", "kind-label", "kind-legal-reference", "name", "scope", "council-role", "start", "end",
  "description", "meetings", NULL
};
static const char * const party_members[] = {
  "reference", "role", "note", NULL
};
static const char * const signature_members[] = {
  "signatory", "mandate", "date", NULL
};
static const char * const transition_members[] = {
  "from-status", "to-status", "date", "note", NULL
};
static const char * const link_members[] = {
  "relation", "agreement", NULL
};
static const char * const milestone_members[] = {
  "title", "due", "met", "status", NULL
};
static const char * const action_members[] = {
  "id", "title", "status", "progress", "start", "end", "description", "who-does-what", NULL
};
static const char * const evaluation_members[] = {
  "date", "findings", "decision", NULL
};
static const char * const pooled_resource_members[] = {
  "kind", "mode", "title", "provider", "users", "note", NULL
};
static const char * const agreement_members[] = {
  "id", "kind", "kind-label", "kind-legal-reference", "title", "status", "start", "end", "description", "parties", "signatures",
  "history", "related", "milestones", "actions", "evaluations", "pooled-resources", NULL
};

static const char * const rating_members[] = {
  "id", "rater", "territory", "partner", "level", "scale", "date", "note", NULL
};

static const TypeMembers type_members[] = {
  { coop_actor_get_type, actor_members },
  { coop_post_get_type, post_members },
  { coop_mandate_get_type, mandate_members },
  { coop_meeting_get_type, meeting_members },
  { coop_body_get_type, body_members },
  { coop_party_get_type, party_members },
  { coop_signature_get_type, signature_members },
  { coop_transition_get_type, transition_members },
  { coop_agreement_link_get_type, link_members },
  { coop_milestone_get_type, milestone_members },
  { coop_action_get_type, action_members },
  { coop_evaluation_get_type, evaluation_members },
  { coop_pooled_resource_get_type, pooled_resource_members },
  { coop_agreement_get_type, agreement_members },
  { coop_rating_get_type, rating_members },
};

static const char * const *
members_of (GType type)
{
  for (guint i = 0; i < G_N_ELEMENTS (type_members); i++)
    {
      if (type_members[i].get_type () == type)
        return type_members[i].members;
    }

  g_assert_not_reached ();
}

typedef gboolean (*SetCode) (gpointer     object,
                             const char  *code,
                             const char  *label,
                             const char  *legal_reference,
                             GError     **error);

static const struct
{
  GType       (*get_type) (void);
  const char   *member;
  SetCode       set_code;
} open_members[] = {
  { coop_actor_get_type, "kind", (SetCode)coop_actor_set_kind_code },
  { coop_body_get_type, "kind", (SetCode)coop_body_set_kind_code },
  { coop_agreement_get_type, "kind", (SetCode)coop_agreement_set_kind_code },
  { coop_post_get_type, "role", (SetCode)coop_post_set_role_code },
  { coop_mandate_get_type, "role", (SetCode)coop_mandate_set_role_code },
};

/* The open codelist member of @type named @member, or -1. */
static int
find_open_member (GType       type,
                  const char *member)
{
  for (guint i = 0; i < G_N_ELEMENTS (open_members); i++)
    {
      if (open_members[i].get_type () == type && g_str_equal (open_members[i].member, member))
        return i;
    }
  return -1;
}

/* "kind-label" and "kind-legal-reference": read and written with "kind". */
static gboolean
is_open_companion (GType       type,
                   const char *member)
{
  for (guint i = 0; i < G_N_ELEMENTS (open_members); i++)
    {
      gsize length = strlen (open_members[i].member);

      if (open_members[i].get_type () == type && g_str_has_prefix (member, open_members[i].member) &&
          (g_str_equal (member + length, "-label") || g_str_equal (member + length, "-legal-reference")))
        return TRUE;
    }
  return FALSE;
}

static gboolean
read_open_member (CoopJsonDocument  *document,
                  GObject           *object,
                  JsonNode          *node,
                  const char        *path,
                  int                index,
                  GError           **error)
{
  const char *member = open_members[index].member;
  g_autofree char *label_member = g_strdup_printf ("%s-label", member);
  g_autofree char *reference_member = g_strdup_printf ("%s-legal-reference", member);
  g_autoptr(GError) local_error = NULL;
  const char *code = NULL, *label = NULL, *reference = NULL;

  if (!_coop_json_get_string (document, node, path, member, FALSE, &code, error) ||
      !_coop_json_get_string (document, node, path, label_member, FALSE, &label, error) ||
      !_coop_json_get_string (document, node, path, reference_member, FALSE, &reference, error))
    return FALSE;
  if (code == NULL)
    {
      if (label == NULL && reference == NULL)
        return TRUE;
      _coop_json_set_error (error, document, node, path, COOP_ERROR_MISSING_FIELD,
                            _("the member “%s” is missing; expected the code that “%s” names"), member,
                            label != NULL ? label_member : reference_member);
      return FALSE;
    }

  if (!open_members[index].set_code (object, code, label, reference, &local_error))
    {
      JsonNode *value = json_object_get_member (json_node_get_object (node), member);

      _coop_json_set_error (error, document, value, path, local_error->code, "%s", local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* Construct-only members are required, but for a transition's note. */
static gboolean
is_required (GParamSpec *pspec)
{
  return (pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0 && !g_str_equal (pspec->name, "note");
}

static gboolean
read_boolean (CoopJsonDocument  *document,
              JsonNode          *node,
              const char        *path,
              const char        *member,
              gboolean          *out,
              GError           **error)
{
  JsonNode *value = json_object_get_member (json_node_get_object (node), member);

  if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_BOOLEAN)
    {
      _coop_json_set_error (error, document, value, path, COOP_ERROR_INVALID_TYPE,
                            _("“%s” is %s; expected true or false"), member, _coop_json_node_type_name (value));
      return FALSE;
    }

  *out = json_node_get_boolean (value);
  return TRUE;
}

static GStrv
read_strv (CoopJsonDocument  *document,
           JsonNode          *node,
           const char        *path,
           const char        *member,
           GError           **error)
{
  g_autofree char *member_path = g_strdup_printf ("%s.%s", path, member);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonNode *value = json_object_get_member (json_node_get_object (node), member);
  JsonArray *array = _coop_json_expect_array (document, value, member_path, error);

  if (array == NULL)
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *element_path = g_strdup_printf ("%s[%u]", member_path, i);
      const char *text;

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        {
          _coop_json_set_error (error, document, element, element_path, COOP_ERROR_INVALID_TYPE,
                                _("found %s; expected a reference as a string"),
                                _coop_json_node_type_name (element));
          return NULL;
        }

      text = json_node_get_string (element);
      if (!g_hash_table_add (seen, (gpointer)text))
        {
          _coop_json_set_error (error, document, element, element_path, COOP_ERROR_DUPLICATE,
                                _("“%s” is listed twice in “%s”; expected each reference once"), text, member);
          return NULL;
        }
      g_strv_builder_add (builder, text);
    }

  return g_strv_builder_end (builder);
}

/* Reads one member into @value, initialised to the pspec's type. Returns
 * FALSE with @error set, or TRUE with @found telling whether it was there. */
static gboolean
read_member (CoopJsonDocument  *document,
             JsonNode          *node,
             const char        *path,
             GParamSpec        *pspec,
             GValue            *value,
             gboolean          *found,
             GError           **error)
{
  JsonObject *object = json_node_get_object (node);
  JsonNode *member = json_object_get_member (object, pspec->name);
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  *found = member != NULL && !JSON_NODE_HOLDS_NULL (member);
  if (!*found)
    {
      if (is_required (pspec))
        {
          /* Dates and strings keep their translated messages; an integer
           * gives its range and an enum lists its values. */
          if (type == G_TYPE_DATE_TIME)
            _coop_json_set_error (error, document, node, path, COOP_ERROR_MISSING_FIELD,
                                  _("the member “%s” is missing; expected a date written YYYY-MM-DD"),
                                  pspec->name);
          else if (type == G_TYPE_UINT)
            _coop_json_set_error (error, document, node, path, COOP_ERROR_MISSING_FIELD,
                                  _("the member “%s” is missing; expected an integer from %u to %u"),
                                  pspec->name, G_PARAM_SPEC_UINT (pspec)->minimum,
                                  G_PARAM_SPEC_UINT (pspec)->maximum);
          else if (G_TYPE_IS_ENUM (type))
            {
              g_autoptr(GEnumClass) klass = g_type_class_ref (type);
              g_autoptr(GString) allowed = g_string_new (NULL);

              for (guint i = 0; i < klass->n_values; i++)
                g_string_append_printf (allowed, "%s“%s”", i > 0 ? ", " : "", klass->values[i].value_nick);
              _coop_json_set_error (error, document, node, path, COOP_ERROR_MISSING_FIELD,
                                    _("the member “%s” is missing; expected one of %s"), pspec->name, allowed->str);
            }
          else
            _coop_json_set_error (error, document, node, path, COOP_ERROR_MISSING_FIELD,
                                  _("the member “%s” is missing; expected a string"), pspec->name);
          return FALSE;
        }
      return TRUE;
    }

  g_value_init (value, type);

  if (type == G_TYPE_STRING)
    {
      const char *text = NULL;

      if (!_coop_json_get_string (document, node, path, pspec->name, TRUE, &text, error))
        return FALSE;
      g_value_set_string (value, text);
    }
  else if (G_TYPE_IS_ENUM (type) && find_open_member (pspec->owner_type, pspec->name) >= 0)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      const char *code = NULL;
      GEnumValue *known;

      /* The code itself is checked by read_open_member (); until then an
       * unknown code stands for the "other" value, the last one. */
      if (!_coop_json_get_string (document, node, path, pspec->name, TRUE, &code, error))
        return FALSE;
      known = g_enum_get_value_by_nick (klass, code);
      g_value_set_enum (value, known != NULL ? known->value : klass->maximum);
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      int v = 0;

      if (!_coop_model_read_enum (document, node, path, pspec->name, type, TRUE, &v, error))
        return FALSE;
      g_value_set_enum (value, v);
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      gboolean b = FALSE;

      if (!read_boolean (document, node, path, pspec->name, &b, error))
        return FALSE;
      g_value_set_boolean (value, b);
    }
  else if (type == G_TYPE_UINT)
    {
      GParamSpecUInt *spec = G_PARAM_SPEC_UINT (pspec);
      gint64 v = 0;

      if (!_coop_json_get_int (document, node, path, pspec->name, TRUE, spec->minimum, spec->maximum, &v, error))
        return FALSE;
      g_value_set_uint (value, (guint)v);
    }
  else if (type == G_TYPE_DATE_TIME)
    {
      GDateTime *date = NULL;

      if (!_coop_model_read_date (document, node, path, pspec->name, &date, error))
        return FALSE;
      g_value_take_boxed (value, date);
    }
  else if (type == G_TYPE_STRV)
    {
      GStrv strv = read_strv (document, node, path, pspec->name, error);

      if (strv == NULL)
        return FALSE;
      g_value_take_boxed (value, strv);
    }
  else
    g_assert_not_reached ();

  return TRUE;
}

static GObject *read_object (CoopJsonDocument  *document,
                             GType              type,
                             JsonNode          *node,
                             const char        *path,
                             GError           **error);

static gboolean
read_who_does_what (CoopJsonDocument  *document,
                    CoopAction        *action,
                    JsonNode          *node,
                    const char        *path,
                    GError           **error)
{
  g_autofree char *table_path = g_strdup_printf ("%s.who-does-what", path);
  g_autoptr(GEnumClass) functions = g_type_class_ref (COOP_TYPE_FUNCTION);
  JsonNode *table = json_object_get_member (json_node_get_object (node), "who-does-what");
  JsonObjectIter iter;
  const char *name;
  JsonNode *holders;

  if (table == NULL || JSON_NODE_HOLDS_NULL (table))
    return TRUE;
  if (_coop_json_expect_object (document, table, table_path, error) == NULL ||
      !_coop_json_check_duplicates (document, table, table_path, error))
    return FALSE;

  json_object_iter_init (&iter, json_node_get_object (table));
  while (json_object_iter_next (&iter, &name, &holders))
    {
      GEnumValue *function = g_enum_get_value_by_nick (functions, name);
      g_auto(GStrv) references = NULL;

      if (function == NULL)
        {
          g_autoptr(GString) allowed = g_string_new (NULL);

          for (guint i = 0; i < functions->n_values; i++)
            g_string_append_printf (allowed, "%s“%s”", i > 0 ? ", " : "", functions->values[i].value_nick);
          _coop_json_set_error (error, document, holders, table_path, COOP_ERROR_INVALID_VALUE,
                                _("“%s” is not a function; expected one of %s"), name, allowed->str);
          return FALSE;
        }

      references = read_strv (document, table, table_path, name, error);
      if (references == NULL)
        return FALSE;
      coop_action_set_holders (action, function->value, (const char * const *)references);
    }

  return TRUE;
}

static gboolean
read_list (CoopJsonDocument  *document,
           GObject           *owner,
           GParamSpec        *pspec,
           JsonNode          *node,
           const char        *path,
           GError           **error)
{
  g_autofree char *list_path = g_strdup_printf ("%s.%s", path, pspec->name);
  g_autoptr(GListModel) model = NULL;
  JsonNode *member = json_object_get_member (json_node_get_object (node), pspec->name);
  JsonArray *array;

  if (member == NULL || JSON_NODE_HOLDS_NULL (member))
    return TRUE;

  array = _coop_json_expect_array (document, member, list_path, error);
  if (array == NULL)
    return FALSE;

  g_object_get (owner, pspec->name, &model, NULL);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", list_path, i);
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr(GObject) item = NULL;
      g_autoptr(GError) local_error = NULL;
      gboolean added = TRUE;

      item = read_object (document, g_list_model_get_item_type (model), element, item_path, error);
      if (item == NULL)
        return FALSE;

      if (COOP_IS_PARTY (item))
        added = coop_agreement_add_party (COOP_AGREEMENT (owner), COOP_PARTY (item), &local_error);
      else if (COOP_IS_ACTION (item))
        added = coop_agreement_add_action (COOP_AGREEMENT (owner), COOP_ACTION (item), &local_error);
      else
        g_list_store_append (G_LIST_STORE (model), item);

      if (!added)
        {
          _coop_json_set_error (error, document, element, item_path, local_error->code, "%s",
                                local_error->message);
          return FALSE;
        }
    }

  return TRUE;
}

static GObject *
read_object (CoopJsonDocument  *document,
             GType              type,
             JsonNode          *node,
             const char        *path,
             GError           **error)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  g_autoptr(GObject) object = NULL;
  g_autoptr(JsonObject) extra = NULL;
  const char * const *members = members_of (type);
  gboolean ok = TRUE;

  g_array_set_clear_func (values, (GDestroyNotify)g_value_unset);

  if (_coop_json_expect_object (document, node, path, error) == NULL ||
      !_coop_json_check_duplicates (document, node, path, error))
    return NULL;

  /* Construct-only members first: they make the object. */
  for (guint i = 0; members[i] != NULL; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), members[i]);
      GValue value = G_VALUE_INIT;
      gboolean found;

      if (pspec == NULL || (pspec->flags & G_PARAM_CONSTRUCT_ONLY) == 0)
        continue;
      if (!read_member (document, node, path, pspec, &value, &found, error))
        {
          if (G_IS_VALUE (&value))
            g_value_unset (&value);
          return NULL;
        }
      if (!found)
        continue;

      if (G_VALUE_HOLDS_STRING (&value) && g_str_equal (pspec->name, "id") &&
          g_value_get_string (&value)[0] == '\0')
        {
          g_value_unset (&value);
          _coop_json_set_error (error, document, node, path, COOP_ERROR_INVALID_VALUE,
                                _("“id” is empty; expected an identifier"));
          return NULL;
        }

      g_ptr_array_add (names, (gpointer)pspec->name);
      g_array_append_val (values, value);
    }

  object = g_object_new_with_properties (type, names->len, (const char **)names->pdata,
                                         (const GValue *)values->data);

  for (guint i = 0; ok && members[i] != NULL; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), members[i]);
      g_auto(GValue) value = G_VALUE_INIT;
      gboolean found;

      if (pspec == NULL)
        ok = read_who_does_what (document, COOP_ACTION (object), node, path, error);
      else if (find_open_member (type, members[i]) >= 0)
        ok = read_open_member (document, object, node, path, find_open_member (type, members[i]), error);
      else if (is_open_companion (type, members[i]))
        continue;
      else if ((pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;
      else if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_LIST_MODEL)
        ok = read_list (document, object, pspec, node, path, error);
      else if (!read_member (document, node, path, pspec, &value, &found, error))
        ok = FALSE;
      else if (!found)
        continue;
      else if ((pspec->flags & G_PARAM_WRITABLE) == 0)
        _coop_agreement_set_status (COOP_AGREEMENT (object), g_value_get_enum (&value));
      else
        g_object_set_property (object, pspec->name, &value);
    }

  if (!ok)
    return NULL;

  extra = _coop_model_collect_unknown (document, json_node_get_object (node), members);
  _coop_object_set_extra (object, extra);
  _coop_object_set_line (object, _coop_json_document_get_line (document, node));

  return g_steal_pointer (&object);
}

gboolean
_coop_model_load_cooperation (CoopModel         *self,
                              CoopJsonDocument  *document,
                              GError           **error)
{
  JsonObject *root = json_node_get_object (_coop_json_document_get_root (document));

  for (guint c = 0; c < COOP_N_COLLECTIONS; c++)
    {
      const char *section = _coop_collection_get_name (c);
      g_autofree char *section_path = g_strdup_printf ("$.%s", section);
      JsonNode *section_node = json_object_get_member (root, section);
      JsonArray *array;

      if (section_node == NULL || JSON_NODE_HOLDS_NULL (section_node))
        continue;

      array = _coop_json_expect_array (document, section_node, section_path, error);
      if (array == NULL)
        return FALSE;

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *path = g_strdup_printf ("%s[%u]", section_path, i);
          JsonNode *node = json_array_get_element (array, i);
          g_autoptr(GObject) object = NULL;
          g_autoptr(GError) local_error = NULL;

          object = read_object (document, _coop_collection_get_type (c), node, path, error);
          if (object == NULL)
            return FALSE;

          if (!_coop_model_add_to_collection (self, c, object, &local_error))
            {
              _coop_json_set_error (error, document, node, path, local_error->code, "%s",
                                    local_error->message);
              return FALSE;
            }
        }
    }

  return TRUE;
}

/* The writer. */

static void write_object (GString *out,
                          GObject *object,
                          guint    indent);

static void
write_strv (GString            *out,
            const char * const *strv,
            guint               indent)
{
  g_string_append_c (out, '[');
  for (guint i = 0; strv[i] != NULL; i++)
    {
      g_string_append (out, i > 0 ? ",\n" : "\n");
      _coop_model_write_indent (out, indent + 1);
      _coop_model_write_string (out, strv[i]);
    }
  g_string_append_c (out, '\n');
  _coop_model_write_indent (out, indent);
  g_string_append_c (out, ']');
}

static void
write_list (GString    *out,
            GListModel *model,
            guint       indent)
{
  guint n = g_list_model_get_n_items (model);

  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_string_append (out, i > 0 ? ",\n" : "\n");
      _coop_model_write_indent (out, indent + 1);
      write_object (out, item, indent + 1);
    }
  g_string_append_c (out, '\n');
  _coop_model_write_indent (out, indent);
  g_string_append_c (out, ']');
}

static void
write_who_does_what (GString    *out,
                     CoopAction *action,
                     guint       indent,
                     gboolean   *first)
{
  g_autoptr(GEnumClass) functions = g_type_class_ref (COOP_TYPE_FUNCTION);
  gboolean table_first = TRUE;

  for (guint f = 0; f < COOP_N_FUNCTIONS; f++)
    {
      const char * const *holders = coop_action_get_holders (action, f);

      if (holders[0] == NULL)
        continue;
      if (table_first)
        {
          _coop_model_write_key (out, "who-does-what", indent, first);
          g_string_append_c (out, '{');
        }
      _coop_model_write_key (out, g_enum_get_value (functions, f)->value_nick, indent + 1, &table_first);
      write_strv (out, holders, indent + 1);
    }

  if (!table_first)
    {
      g_string_append_c (out, '\n');
      _coop_model_write_indent (out, indent);
      g_string_append_c (out, '}');
    }
}

static void
write_member (GString    *out,
              GObject    *object,
              GParamSpec *pspec,
              guint       indent,
              gboolean   *first)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (&value, type);
  g_object_get_property (object, pspec->name, &value);

  /* Defaults are left out so that each model has one written form;
   * required members and the status of an agreement are always written. */
  if (g_param_value_defaults (pspec, &value) && !is_required (pspec) &&
      !g_str_equal (pspec->name, "status"))
    return;

  if (type == G_TYPE_STRING)
    {
      if (g_value_get_string (&value) == NULL)
        return;
      _coop_model_write_key (out, pspec->name, indent, first);
      _coop_model_write_string (out, g_value_get_string (&value));
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);

      _coop_model_write_key (out, pspec->name, indent, first);
      _coop_model_write_string (out, g_enum_get_value (klass, g_value_get_enum (&value))->value_nick);
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      _coop_model_write_key (out, pspec->name, indent, first);
      g_string_append (out, g_value_get_boolean (&value) ? "true" : "false");
    }
  else if (type == G_TYPE_UINT)
    {
      _coop_model_write_key (out, pspec->name, indent, first);
      g_string_append_printf (out, "%u", g_value_get_uint (&value));
    }
  else if (type == G_TYPE_DATE_TIME)
    {
      g_autofree char *text = _coop_date_format (g_value_get_boxed (&value));

      if (text == NULL)
        return;
      _coop_model_write_key (out, pspec->name, indent, first);
      _coop_model_write_string (out, text);
    }
  else if (type == G_TYPE_STRV)
    {
      const char * const *strv = g_value_get_boxed (&value);

      if (strv[0] == NULL)
        return;
      _coop_model_write_key (out, pspec->name, indent, first);
      write_strv (out, strv, indent);
    }
  else if (type == G_TYPE_LIST_MODEL)
    {
      GListModel *model = g_value_get_object (&value);

      if (g_list_model_get_n_items (model) == 0)
        return;
      _coop_model_write_key (out, pspec->name, indent, first);
      write_list (out, model, indent);
    }
  else
    g_assert_not_reached ();
}

/* The code, then for a code libcoop does not know its label and legal
 * reference; a known value's label and reference are libcoop's. */
static void
write_open_member (GString    *out,
                   GObject    *object,
                   const char *member,
                   guint       indent,
                   gboolean   *first)
{
  g_autofree char *code_property = g_strdup_printf ("%s-code", member);
  g_autofree char *label_member = g_strdup_printf ("%s-label", member);
  g_autofree char *reference_member = g_strdup_printf ("%s-legal-reference", member);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), member);
  g_autoptr(GEnumClass) klass = g_type_class_ref (G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_autofree char *code = NULL;
  g_autofree char *label = NULL;
  g_autofree char *reference = NULL;

  g_object_get (object, code_property, &code, label_member, &label, reference_member, &reference, NULL);
  _coop_model_write_key (out, member, indent, first);
  _coop_model_write_string (out, code);
  if (g_enum_get_value_by_nick (klass, code) != NULL)
    return;
  _coop_model_write_key (out, label_member, indent, first);
  _coop_model_write_string (out, label);
  if (reference != NULL)
    {
      _coop_model_write_key (out, reference_member, indent, first);
      _coop_model_write_string (out, reference);
    }
}

static void
write_object (GString *out,
              GObject *object,
              guint    indent)
{
  const char * const *members = members_of (G_OBJECT_TYPE (object));
  GObjectClass *klass = G_OBJECT_GET_CLASS (object);
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  for (guint i = 0; members[i] != NULL; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, members[i]);

      if (pspec == NULL)
        write_who_does_what (out, COOP_ACTION (object), indent + 1, &first);
      else if (find_open_member (G_OBJECT_TYPE (object), members[i]) >= 0)
        write_open_member (out, object, members[i], indent + 1, &first);
      else if (is_open_companion (G_OBJECT_TYPE (object), members[i]))
        continue;
      else
        write_member (out, object, pspec, indent + 1, &first);
    }
  _coop_model_write_members_sorted (out, _coop_object_get_extra (object), indent + 1, &first);

  if (!first)
    {
      g_string_append_c (out, '\n');
      _coop_model_write_indent (out, indent);
    }
  g_string_append_c (out, '}');
}

void
_coop_model_write_cooperation (CoopModel *self,
                               GString   *out,
                               gboolean  *first)
{
  for (guint c = 0; c < COOP_N_COLLECTIONS; c++)
    {
      GListModel *collection = _coop_model_get_collection (self, c);

      /* Left out when empty, so that a document of territories only is
       * written as it was before these sections existed. */
      if (g_list_model_get_n_items (collection) == 0)
        continue;

      _coop_model_write_key (out, _coop_collection_get_name (c), 1, first);
      write_list (out, collection, 1);
    }
}
