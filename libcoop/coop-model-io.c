/* coop-model-io.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "coop-atlas-private.h"
#include "coop-date-private.h"
#include "coop-enum-types.h"
#include "coop-model-collections-private.h"
#include "coop-model-private.h"
#include "coop-i18n-private.h"
#include "coop-territory-private.h"

/*
 * The model document, format version 1:
 *
 *   {
 *     "format": "libcoop-model",
 *     "version": 1,
 *     "name": "…", "description": "…",
 *     "atlas": { "source": "…", "version": "…" },    (informative; kept as read)
 *     "territories": [ { "code", "kind", "name", "members", "nature",
 *                        "population-municipale", "population-totale",
 *                        "population-year", "valid-from", "valid-until",
 *                        "epci-form", "member-populations",
 *                        "member-population-year" } ]
 *   }
 *
 * Members this version does not know are kept, at the top level and in
 * each territory, and written back sorted after the known ones: a document
 * from a later minor release of the same format loses nothing here. A
 * document of a newer format version is refused instead.
 */

#define MODEL_FORMAT_NAME "libcoop-model"

/* The document's own members; the sections of the model's collections
 * (actors, bodies, agreements, ratings…) are known through
 * _coop_cooperation_sections, so a new section is never kept twice. */
static const char * const top_level_members[] = {
  "format", "version", "name", "description", "atlas", "territories", NULL
};

static const char * const territory_members[] = {
  "code", "kind", "name", "members", "nature",
  "population-municipale", "population-totale", "population-year",
  "valid-from", "valid-until", "epci-form", "member-populations",
  "member-population-year", NULL
};

static JsonObject *
collect_unknown (CoopJsonDocument   *document,
                 JsonObject         *object,
                 const char * const *known,
                 const char * const *also_known)
{
  JsonObject *extra = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    {
      if (g_strv_contains (known, name) || (also_known != NULL && g_strv_contains (also_known, name)))
        continue;
      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, name, _coop_json_document_copy_node (document, node));
    }

  return extra;
}

static gboolean
read_date (CoopJsonDocument  *document,
           JsonNode          *node,
           const char        *path,
           const char        *member,
           GDateTime        **out,
           GError           **error)
{
  const char *text = NULL;

  if (!_coop_json_get_string (document, node, path, member, FALSE, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;

  *out = _coop_date_parse (text);
  if (*out == NULL)
    {
      _coop_json_set_error (error, document, json_object_get_member (json_node_get_object (node), member),
                            path, COOP_ERROR_INVALID_VALUE,
                            _("“%s” is “%s”; expected a date written YYYY-MM-DD"), member, text);
      return FALSE;
    }

  if (g_date_time_get_year (*out) < COOP_DATE_MIN_YEAR || g_date_time_get_year (*out) > COOP_DATE_MAX_YEAR)
    {
      g_clear_pointer (out, g_date_time_unref);
      _coop_json_set_error (error, document, json_object_get_member (json_node_get_object (node), member),
                            path, COOP_ERROR_INVALID_VALUE,
                            _("“%s” is “%s”; expected a date from %d-01-01 to %d-12-31"),
                            member, text, COOP_DATE_MIN_YEAR, COOP_DATE_MAX_YEAR);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_enum (CoopJsonDocument  *document,
           JsonNode          *node,
           const char        *path,
           const char        *member,
           GType              type,
           gboolean           required,
           int               *out,
           GError           **error)
{
  g_autoptr(GEnumClass) klass = NULL;
  const char *nick = NULL;
  GEnumValue *value;
  GString *allowed;

  if (!_coop_json_get_string (document, node, path, member, required, &nick, error))
    return FALSE;
  if (nick == NULL)
    return TRUE;

  klass = g_type_class_ref (type);
  value = g_enum_get_value_by_nick (klass, nick);
  if (value != NULL)
    {
      *out = value->value;
      return TRUE;
    }

  allowed = g_string_new (NULL);
  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (allowed, "%s“%s”", i > 0 ? ", " : "", klass->values[i].value_nick);
  _coop_json_set_error (error, document, json_object_get_member (json_node_get_object (node), member),
                        path, COOP_ERROR_INVALID_VALUE,
                        _("“%s” is “%s”; expected one of %s"), member, nick, allowed->str);
  g_string_free (allowed, TRUE);

  return FALSE;
}

/* "epci-form": the form of the EPCI a territory proposes. The Métropole de
 * Lyon is no form a perimeter can take, and "none" is written by leaving
 * the member out, as coop_territory_set_epci_form() allows. */
static gboolean
read_epci_form (CoopJsonDocument  *document,
                JsonNode          *node,
                const char        *path,
                CoopEpciForm      *out,
                GError           **error)
{
  int form = -1;

  if (!read_enum (document, node, path, "epci-form", COOP_TYPE_EPCI_FORM, FALSE, &form, error))
    return FALSE;
  if (form == -1)
    return TRUE;
  if (form == COOP_EPCI_FORM_NONE || form == COOP_EPCI_FORM_METROPOLE_DE_LYON)
    {
      _coop_json_set_error (error, document, json_object_get_member (json_node_get_object (node), "epci-form"),
                            path, COOP_ERROR_INVALID_VALUE,
                            _("“epci-form” is “%s”; expected the form of a proposed EPCI: “cc”, “ca”, “cu” or "
                              "“metropole”"),
                            coop_epci_form_to_string (form));
      return FALSE;
    }
  *out = form;
  return TRUE;
}

/* "member-populations": {"INSEE code": population municipale, …}, the
 * figures the seats of the perimeter count before the atlas's. */
static gboolean
read_member_populations (CoopModel         *self,
                         CoopJsonDocument  *document,
                         JsonNode          *node,
                         const char        *path,
                         CoopTerritory     *territory,
                         GError           **error)
{
  JsonNode *populations_node = json_object_get_member (json_node_get_object (node), "member-populations");
  g_autofree char *populations_path = NULL;
  JsonObjectIter iter;
  const char *commune;
  JsonNode *value;

  if (populations_node == NULL || JSON_NODE_HOLDS_NULL (populations_node))
    return TRUE;

  populations_path = g_strdup_printf ("%s.member-populations", path);
  if (_coop_json_expect_object (document, populations_node, populations_path, error) == NULL ||
      !_coop_json_check_duplicates (document, populations_node, populations_path, error))
    return FALSE;

  json_object_iter_init (&iter, json_node_get_object (populations_node));
  while (json_object_iter_next (&iter, &commune, &value))
    {
      g_autofree char *line_key = NULL;
      gint64 population = COOP_POPULATION_UNKNOWN;

      if (commune[0] == '\0')
        {
          _coop_json_set_error (error, document, value, populations_path, COOP_ERROR_INVALID_VALUE,
                                _("a commune's code is empty; expected the INSEE code of a commune of the "
                                  "perimeter"));
          return FALSE;
        }
      if (!_coop_json_get_int (document, populations_node, populations_path, commune, TRUE, 0, G_MAXINT32,
                               &population, error))
        return FALSE;
      coop_territory_set_member_population (territory, commune, population);
      line_key = g_strdup_printf ("%s.member-populations.%s", coop_territory_get_code (territory), commune);
      _coop_model_set_source_line (self, line_key, _coop_json_document_get_line (document, value));
    }

  return TRUE;
}

static CoopTerritory *
read_territory (CoopModel         *self,
                CoopJsonDocument  *document,
                JsonNode          *node,
                const char        *path,
                GError           **error)
{
  g_autoptr(CoopTerritory) territory = NULL;
  g_autoptr(GDateTime) valid_from = NULL;
  g_autoptr(GDateTime) valid_until = NULL;
  g_autoptr(JsonObject) extra = NULL;
  const char *code = NULL;
  const char *name = NULL;
  int kind = COOP_TERRITORY_KIND_CUSTOM;
  int nature = -1;
  gint64 population_municipale = COOP_POPULATION_UNKNOWN;
  gint64 population_totale = COOP_POPULATION_UNKNOWN;
  gint64 population_year = 0;
  gint64 member_population_year = 0;
  CoopEpciForm epci_form = COOP_EPCI_FORM_NONE;
  JsonNode *members_node;

  if (_coop_json_expect_object (document, node, path, error) == NULL ||
      !_coop_json_check_duplicates (document, node, path, error) ||
      !_coop_json_get_string (document, node, path, "code", TRUE, &code, error) ||
      !read_enum (document, node, path, "kind", COOP_TYPE_TERRITORY_KIND, TRUE, &kind, error) ||
      !_coop_json_get_string (document, node, path, "name", TRUE, &name, error) ||
      !read_enum (document, node, path, "nature", COOP_TYPE_NATURE, FALSE, &nature, error) ||
      !_coop_json_get_int (document, node, path, "population-municipale", FALSE, 0, G_MAXINT32,
                           &population_municipale, error) ||
      !_coop_json_get_int (document, node, path, "population-totale", FALSE, 0, G_MAXINT32,
                           &population_totale, error) ||
      !_coop_json_get_int (document, node, path, "population-year", FALSE, 1800, 3000,
                           &population_year, error) ||
      !read_date (document, node, path, "valid-from", &valid_from, error) ||
      !read_date (document, node, path, "valid-until", &valid_until, error) ||
      !read_epci_form (document, node, path, &epci_form, error) ||
      !_coop_json_get_int (document, node, path, "member-population-year", FALSE, COOP_DATE_MIN_YEAR,
                           COOP_DATE_MAX_YEAR, &member_population_year, error))
    return NULL;

  if (code[0] == '\0')
    {
      _coop_json_set_error (error, document, node, path, COOP_ERROR_INVALID_VALUE,
                            _("“code” is empty; expected an identifier"));
      return NULL;
    }

  territory = coop_territory_new (kind, code, name);
  coop_territory_set_population_municipale (territory, population_municipale);
  coop_territory_set_population_totale (territory, population_totale);
  coop_territory_set_population_year (territory, population_year);
  coop_territory_set_valid_from (territory, valid_from);
  coop_territory_set_valid_until (territory, valid_until);
  if (nature >= 0)
    coop_territory_set_nature (territory, nature);
  coop_territory_set_epci_form (territory, epci_form);
  coop_territory_set_member_population_year (territory, member_population_year);
  if (!read_member_populations (self, document, node, path, territory, error))
    return NULL;

  _coop_model_set_source_line (self, code, _coop_json_document_get_line (document, node));

  members_node = json_object_get_member (json_node_get_object (node), "members");
  if (members_node != NULL && !JSON_NODE_HOLDS_NULL (members_node))
    {
      g_autofree char *members_path = g_strdup_printf ("%s.members", path);
      JsonArray *members = _coop_json_expect_array (document, members_node, members_path, error);
      g_autoptr(GHashTable) seen = NULL;
      g_autoptr(GPtrArray) codes = NULL;

      if (members == NULL)
        return NULL;

      /* Checked for duplicates through a hash table and set at once: a
       * perimeter listed commune by commune has tens of thousands. */
      seen = g_hash_table_new (g_str_hash, g_str_equal);
      codes = g_ptr_array_new_null_terminated (json_array_get_length (members) + 1, NULL, TRUE);

      for (guint i = 0; i < json_array_get_length (members); i++)
        {
          JsonNode *member = json_array_get_element (members, i);
          g_autofree char *member_path = g_strdup_printf ("%s[%u]", members_path, i);
          g_autofree char *line_key = g_strdup_printf ("%s.members[%u]", code, i);

          if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_STRING)
            {
              _coop_json_set_error (error, document, member, member_path, COOP_ERROR_INVALID_TYPE,
                                    _("found %s; expected the reference of a territory as a string"),
                                    _coop_json_node_type_name (member));
              return NULL;
            }

          if (!g_hash_table_add (seen, (gpointer)json_node_get_string (member)))
            {
              _coop_json_set_error (error, document, member, member_path, COOP_ERROR_DUPLICATE,
                                    _("“%s” is listed twice among the members of “%s”; expected each member once"),
                                    json_node_get_string (member), code);
              return NULL;
            }

          g_ptr_array_add (codes, (gpointer)json_node_get_string (member));
          _coop_model_set_source_line (self, line_key, _coop_json_document_get_line (document, member));
        }

      coop_territory_set_member_codes (territory, (const char * const *)codes->pdata);
    }

  extra = collect_unknown (document, json_node_get_object (node), territory_members, NULL);
  _coop_territory_set_extra (territory, extra);

  return g_steal_pointer (&territory);
}

gboolean
_coop_model_load_document (CoopModel         *self,
                           CoopJsonDocument  *document,
                           GError           **error)
{
  g_autoptr(JsonObject) extra = NULL;
  JsonNode *root = _coop_json_document_get_root (document);
  JsonNode *territories_node;
  JsonNode *atlas_node;
  JsonNode *saved_with_node;
  const char *format = NULL;
  const char *name = NULL;
  const char *description = NULL;
  gint64 version = 0;

  if (_coop_json_expect_object (document, root, "$", error) == NULL ||
      !_coop_json_check_duplicates (document, root, "$", error) ||
      !_coop_json_get_string (document, root, "$", "format", TRUE, &format, error))
    return FALSE;

  if (g_strcmp0 (format, MODEL_FORMAT_NAME) != 0)
    {
      _coop_json_set_error (error, document, json_object_get_member (json_node_get_object (root), "format"),
                            "$.format", COOP_ERROR_INVALID_VALUE,
                            _("the format is “%s”; expected “%s”"), format, MODEL_FORMAT_NAME);
      return FALSE;
    }

  if (!_coop_json_get_int (document, root, "$", "version", TRUE, 1, G_MAXINT32, &version, error))
    return FALSE;

  if (version > COOP_MODEL_FORMAT_VERSION)
    {
      _coop_json_set_error (error, document, json_object_get_member (json_node_get_object (root), "version"),
                            "$.version", COOP_ERROR_UNSUPPORTED_VERSION,
                            _("the document has format version %lld, newer than this libcoop reads; "
                              "expected version %d or older (refused rather than losing what this "
                              "version does not know)"),
                            (long long)version, COOP_MODEL_FORMAT_VERSION);
      return FALSE;
    }

  if (!_coop_json_get_string (document, root, "$", "name", FALSE, &name, error) ||
      !_coop_json_get_string (document, root, "$", "description", FALSE, &description, error))
    return FALSE;

  coop_model_set_name (self, name);
  coop_model_set_description (self, description);

  /* Which atlas the references were made against: an object whose
   * "source" and "version" are strings, kept as written (members this
   * version does not know included) and written back unchanged. */
  atlas_node = json_object_get_member (json_node_get_object (root), "atlas");
  if (atlas_node != NULL && !JSON_NODE_HOLDS_NULL (atlas_node))
    {
      const char *atlas_source = NULL;
      const char *atlas_version = NULL;

      if (_coop_json_expect_object (document, atlas_node, "$.atlas", error) == NULL ||
          !_coop_json_check_duplicates (document, atlas_node, "$.atlas", error) ||
          !_coop_json_get_string (document, atlas_node, "$.atlas", "source", FALSE, &atlas_source, error) ||
          !_coop_json_get_string (document, atlas_node, "$.atlas", "version", FALSE, &atlas_version, error))
        return FALSE;

      saved_with_node = json_object_get_member (json_node_get_object (atlas_node), "saved-with");
      if (saved_with_node != NULL &&
          (_coop_json_expect_object (document, saved_with_node, "$.atlas.saved-with", error) == NULL ||
           !_coop_json_check_duplicates (document, saved_with_node, "$.atlas.saved-with", error) ||
           !_coop_json_get_string (document, saved_with_node, "$.atlas.saved-with", "source", FALSE,
                                   &atlas_source, error) ||
           !_coop_json_get_string (document, saved_with_node, "$.atlas.saved-with", "version", FALSE,
                                   &atlas_version, error)))
        return FALSE;

      /* Copied through the document, so that an integer beyond 64 bits
       * among its unknown members keeps its text. */
      {
        g_autoptr(JsonNode) copy = _coop_json_document_copy_node (document, atlas_node);

        _coop_model_set_recorded_atlas (self, json_node_get_object (copy));
      }
    }

  territories_node = json_object_get_member (json_node_get_object (root), "territories");
  if (territories_node != NULL && !JSON_NODE_HOLDS_NULL (territories_node))
    {
      JsonArray *territories = _coop_json_expect_array (document, territories_node, "$.territories", error);

      if (territories == NULL)
        return FALSE;

      _coop_model_freeze_natures (self);
      for (guint i = 0; i < json_array_get_length (territories); i++)
        {
          g_autofree char *path = g_strdup_printf ("$.territories[%u]", i);
          JsonNode *node = json_array_get_element (territories, i);
          g_autoptr(CoopTerritory) territory = NULL;
          g_autoptr(GError) local_error = NULL;

          territory = read_territory (self, document, node, path, error);
          if (territory == NULL)
            {
              _coop_model_thaw_natures (self);
              return FALSE;
            }

          if (!coop_model_add_territory (self, territory, &local_error))
            {
              _coop_json_set_error (error, document, node, path, local_error->code, "%s",
                                    local_error->message);
              _coop_model_thaw_natures (self);
              return FALSE;
            }
        }
      _coop_model_thaw_natures (self);

      /* The same bound as coop_model_add_territory(), checked once. */
      {
        g_autoptr(GError) local_error = NULL;

        if (!_coop_model_check_nesting (self, &local_error))
          {
            CoopTerritory *top = NULL;
            g_autofree char *chain = NULL;
            g_autofree char *path = NULL;
            JsonNode *node = NULL;

            _coop_model_get_nesting (self, &top, &chain);
            for (guint i = 0; i < json_array_get_length (territories) && node == NULL; i++)
              {
                JsonNode *element = json_array_get_element (territories, i);
                JsonNode *code = JSON_NODE_HOLDS_OBJECT (element)
                                 ? json_object_get_member (json_node_get_object (element), "code") : NULL;

                if (code != NULL && g_strcmp0 (json_node_get_string (code), coop_territory_get_code (top)) == 0)
                  {
                    node = element;
                    path = g_strdup_printf ("$.territories[%u]", i);
                  }
              }
            _coop_json_set_error (error, document, node, path != NULL ? path : "$.territories",
                                  local_error->code, "%s", local_error->message);
            return FALSE;
          }
      }
    }

  if (!_coop_model_load_cooperation (self, document, error))
    return FALSE;

  extra = collect_unknown (document, json_node_get_object (root), top_level_members, _coop_cooperation_sections);
  _coop_model_set_extra (self, extra);

  return TRUE;
}

/* The canonical writer. json-glib's generator puts a space before colons
 * and keeps members in parse order; this one writes "key": value, known
 * members in a fixed order and unknown ones sorted, one value per line. */

static void
write_indent (GString *out,
              guint    indent)
{
  for (guint i = 0; i < indent; i++)
    g_string_append (out, "  ");
}

static void
write_string (GString    *out,
              const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = *p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, c);
        }
    }
  g_string_append_c (out, '"');
}

static int
string_cmp (gconstpointer a,
            gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static void
write_members_sorted (GString    *out,
                      JsonObject *object,
                      guint       indent,
                      gboolean   *first);

void
_coop_model_write_value (GString  *out,
                         JsonNode *node,
                         guint     indent)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        gboolean first = TRUE;

        g_string_append_c (out, '{');
        write_members_sorted (out, json_node_get_object (node), indent + 1, &first);
        if (!first)
          {
            g_string_append_c (out, '\n');
            write_indent (out, indent);
          }
        g_string_append_c (out, '}');
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        g_string_append_c (out, '[');
        for (guint i = 0; i < n; i++)
          {
            g_string_append (out, i > 0 ? ",\n" : "\n");
            write_indent (out, indent + 1);
            _coop_model_write_value (out, json_array_get_element (array, i), indent + 1);
          }
        if (n > 0)
          {
            g_string_append_c (out, '\n');
            write_indent (out, indent);
          }
        g_string_append_c (out, ']');
      }
      break;

    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;

    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          if (_coop_json_node_get_big_integer (node) != NULL)
            g_string_append (out, _coop_json_node_get_big_integer (node));
          else
            write_string (out, json_node_get_string (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_INT64:
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          {
            char buffer[G_ASCII_DTOSTR_BUF_SIZE];
            double value = json_node_get_double (node);

            /* -0.0 would be written "-0", which reads back as the integer
             * 0 and is written "0" the next time: the canonical form has
             * one zero. */
            if (value == 0.0)
              value = 0.0;
            g_string_append (out, g_ascii_dtostr (buffer, sizeof buffer, value));
          }
          break;
        default:
          g_string_append (out, "null");
        }
    }
}

static void
write_key (GString    *out,
           const char *key,
           guint       indent,
           gboolean   *first)
{
  g_string_append (out, *first ? "\n" : ",\n");
  *first = FALSE;
  write_indent (out, indent);
  write_string (out, key);
  g_string_append (out, ": ");
}

static void
write_members_sorted (GString    *out,
                      JsonObject *object,
                      guint       indent,
                      gboolean   *first)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (object == NULL)
    return;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    g_ptr_array_add (names, (gpointer)name);
  g_ptr_array_sort (names, string_cmp);

  for (guint i = 0; i < names->len; i++)
    {
      write_key (out, names->pdata[i], indent, first);
      _coop_model_write_value (out, json_object_get_member (object, names->pdata[i]), indent);
    }
}

static void
write_string_member (GString    *out,
                     const char *key,
                     const char *value,
                     guint       indent,
                     gboolean   *first)
{
  if (value == NULL)
    return;
  write_key (out, key, indent, first);
  write_string (out, value);
}

static void
write_int_member (GString    *out,
                  const char *key,
                  gint64      value,
                  guint       indent,
                  gboolean   *first)
{
  write_key (out, key, indent, first);
  g_string_append_printf (out, "%" G_GINT64_FORMAT, value);
}

static void
write_date_member (GString    *out,
                   const char *key,
                   GDateTime  *date,
                   guint       indent,
                   gboolean   *first)
{
  g_autofree char *text = _coop_date_format (date);

  write_string_member (out, key, text, indent, first);
}

static void
write_member_populations (GString       *out,
                          CoopTerritory *territory,
                          guint          indent,
                          gboolean      *first)
{
  g_auto(GStrv) communes = coop_territory_dup_member_population_codes (territory);

  if (communes[0] == NULL)
    return;
  write_key (out, "member-populations", indent, first);
  g_string_append_c (out, '{');
  for (guint i = 0; communes[i] != NULL; i++)
    {
      g_string_append (out, i > 0 ? ",\n" : "\n");
      write_indent (out, indent + 1);
      write_string (out, communes[i]);
      g_string_append_printf (out, ": %" G_GINT64_FORMAT,
                              coop_territory_get_member_population (territory, communes[i]));
    }
  g_string_append_c (out, '\n');
  write_indent (out, indent);
  g_string_append_c (out, '}');
}

static void
write_territory (GString       *out,
                 CoopTerritory *territory,
                 guint          indent)
{
  const char * const *members = coop_territory_get_member_codes (territory);
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  write_string_member (out, "code", coop_territory_get_code (territory), indent + 1, &first);
  write_string_member (out, "kind", coop_territory_kind_to_string (coop_territory_get_kind (territory)),
                       indent + 1, &first);
  write_string_member (out, "name", coop_territory_get_name (territory), indent + 1, &first);

  write_key (out, "members", indent + 1, &first);
  g_string_append_c (out, '[');
  for (guint i = 0; members[i] != NULL; i++)
    {
      g_string_append (out, i > 0 ? ",\n" : "\n");
      write_indent (out, indent + 2);
      write_string (out, members[i]);
    }
  if (members[0] != NULL)
    {
      g_string_append_c (out, '\n');
      write_indent (out, indent + 1);
    }
  g_string_append_c (out, ']');

  if (!coop_territory_get_nature_is_default (territory))
    write_string_member (out, "nature", coop_nature_to_string (coop_territory_get_nature (territory)),
                         indent + 1, &first);
  if (coop_territory_get_population_municipale (territory) >= 0)
    write_int_member (out, "population-municipale", coop_territory_get_population_municipale (territory),
                      indent + 1, &first);
  if (coop_territory_get_population_totale (territory) >= 0)
    write_int_member (out, "population-totale", coop_territory_get_population_totale (territory),
                      indent + 1, &first);
  if (coop_territory_get_population_year (territory) > 0)
    write_int_member (out, "population-year", coop_territory_get_population_year (territory),
                      indent + 1, &first);
  write_date_member (out, "valid-from", coop_territory_get_valid_from (territory), indent + 1, &first);
  write_date_member (out, "valid-until", coop_territory_get_valid_until (territory), indent + 1, &first);
  if (coop_territory_get_epci_form (territory) != COOP_EPCI_FORM_NONE)
    write_string_member (out, "epci-form", coop_epci_form_to_string (coop_territory_get_epci_form (territory)),
                         indent + 1, &first);
  write_member_populations (out, territory, indent + 1, &first);
  if (coop_territory_get_member_population_year (territory) > 0)
    write_int_member (out, "member-population-year", coop_territory_get_member_population_year (territory),
                      indent + 1, &first);

  write_members_sorted (out, _coop_territory_get_extra (territory), indent + 1, &first);

  g_string_append_c (out, '\n');
  write_indent (out, indent);
  g_string_append_c (out, '}');
}

char *
_coop_model_write_document (CoopModel *self,
                            gsize     *length)
{
  GListModel *territories = coop_model_get_territories (self);
  CoopAtlas *atlas = coop_model_get_atlas (self);
  JsonObject *recorded_atlas = _coop_model_get_recorded_atlas (self);
  guint n = g_list_model_get_n_items (territories);
  GString *out = g_string_new ("{");
  gboolean first = TRUE;

  write_string_member (out, "format", MODEL_FORMAT_NAME, 1, &first);
  write_int_member (out, "version", COOP_MODEL_FORMAT_VERSION, 1, &first);
  write_string_member (out, "name", coop_model_get_name (self), 1, &first);
  write_string_member (out, "description", coop_model_get_description (self), 1, &first);

  /* What the document said is written back as it was, and the atlas in
   * use is recorded beside it as "saved-with" when it is another one; a
   * model that said nothing records the atlas in use. */
  if (recorded_atlas != NULL)
    {
      static const char * const atlas_members[] = { "source", "version", "saved-with", NULL };
      g_autoptr(JsonObject) atlas_extra = collect_unknown (NULL, recorded_atlas, atlas_members, NULL);
      const char *source = json_object_has_member (recorded_atlas, "source")
                             ? json_object_get_string_member (recorded_atlas, "source") : NULL;
      const char *version = json_object_has_member (recorded_atlas, "version")
                              ? json_object_get_string_member (recorded_atlas, "version") : NULL;
      gboolean atlas_first = TRUE;

      write_key (out, "atlas", 1, &first);
      g_string_append_c (out, '{');
      write_string_member (out, "source", source, 2, &atlas_first);
      write_string_member (out, "version", version, 2, &atlas_first);
      if (coop_atlas_get_source (atlas) != NULL &&
          (g_strcmp0 (source, coop_atlas_get_source (atlas)) != 0 ||
           g_strcmp0 (version, coop_atlas_get_source_version (atlas)) != 0))
        {
          gboolean saved_with_first = TRUE;

          write_key (out, "saved-with", 2, &atlas_first);
          g_string_append_c (out, '{');
          write_string_member (out, "source", coop_atlas_get_source (atlas), 3, &saved_with_first);
          write_string_member (out, "version", coop_atlas_get_source_version (atlas), 3, &saved_with_first);
          g_string_append (out, "\n    }");
        }
      write_members_sorted (out, atlas_extra, 2, &atlas_first);
      g_string_append (out, atlas_first ? "}" : "\n  }");
    }
  else if (coop_atlas_get_source (atlas) != NULL)
    {
      gboolean atlas_first = TRUE;

      write_key (out, "atlas", 1, &first);
      g_string_append_c (out, '{');
      write_string_member (out, "source", coop_atlas_get_source (atlas), 2, &atlas_first);
      write_string_member (out, "version", coop_atlas_get_source_version (atlas), 2, &atlas_first);
      g_string_append (out, "\n  }");
    }

  write_key (out, "territories", 1, &first);
  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopTerritory) territory = g_list_model_get_item (territories, i);

      g_string_append (out, i > 0 ? ",\n    " : "\n    ");
      write_territory (out, territory, 2);
    }
  g_string_append (out, n > 0 ? "\n  ]" : "]");

  _coop_model_write_cooperation (self, out, &first);

  write_members_sorted (out, _coop_model_get_extra (self), 1, &first);
  g_string_append (out, "\n}\n");

  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}

/* Shared with the readers and writers of the other sections. */

JsonObject *
_coop_model_collect_unknown (CoopJsonDocument   *document,
                             JsonObject         *object,
                             const char * const *known)
{
  return collect_unknown (document, object, known, NULL);
}

gboolean
_coop_model_read_date (CoopJsonDocument  *document,
                       JsonNode          *node,
                       const char        *path,
                       const char        *member,
                       GDateTime        **out,
                       GError           **error)
{
  return read_date (document, node, path, member, out, error);
}

gboolean
_coop_model_read_enum (CoopJsonDocument  *document,
                       JsonNode          *node,
                       const char        *path,
                       const char        *member,
                       GType              type,
                       gboolean           required,
                       int               *out,
                       GError           **error)
{
  return read_enum (document, node, path, member, type, required, out, error);
}

void
_coop_model_write_indent (GString *out,
                          guint    indent)
{
  write_indent (out, indent);
}

void
_coop_model_write_string (GString    *out,
                          const char *text)
{
  write_string (out, text);
}

void
_coop_model_write_key (GString    *out,
                       const char *key,
                       guint       indent,
                       gboolean   *first)
{
  write_key (out, key, indent, first);
}

void
_coop_model_write_members_sorted (GString    *out,
                                  JsonObject *object,
                                  guint       indent,
                                  gboolean   *first)
{
  write_members_sorted (out, object, indent, first);
}
