/* coop-seat-law.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "coop-enum-types.h"
#include "coop-error.h"
#include "coop-json-private.h"
#include "coop-seat-law-private.h"

#define LAW_RESOURCE_PATH "/org/libcoop/law/"

/* The messages here are about libcoop's own law tables, compiled in and
 * checked by its tests: they are for the maintainers of those files and
 * stay in English. */

static JsonObject *
get_object (JsonObject  *object,
            const char  *member,
            const char  *where,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD,
                   "%s: “%s” is missing or not an object", where, member);
      return NULL;
    }
  return json_node_get_object (node);
}

/* A number is read by the lexer every JSON reader of libcoop shares
 * (RFC 8259's grammar, integers beyond 64 bits recorded as written): such
 * an integer is refused with its text, not wrapped by json-glib. */
static gboolean
get_uint (CoopJsonDocument  *document,
          JsonObject        *object,
          const char        *member,
          const char        *where,
          guint             *value,
          GError           **error)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *text = _coop_json_document_get_number_text (document, node);
  gint64 number;

  if (text != NULL)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   "%s: “%s” is %s; expected a non-negative integer", where, member, text);
      return FALSE;
    }
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD,
                   "%s: “%s” is missing or not an integer", where, member);
      return FALSE;
    }
  number = json_node_get_int (node);
  if (number < 0 || number > G_MAXUINT)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   "%s: “%s” is %" G_GINT64_FORMAT "; expected a non-negative integer",
                   where, member, number);
      return FALSE;
    }
  *value = (guint)number;
  return TRUE;
}

static char *
dup_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return g_strdup (json_node_get_string (node));
}

/* The "rows" array of a table, or %NULL with @error set. */
static JsonArray *
get_rows (JsonObject  *table,
          const char  *where,
          GError     **error)
{
  JsonNode *node = table != NULL ? json_object_get_member (table, "rows") : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD, "%s: “rows” is missing", where);
      return NULL;
    }
  return json_node_get_array (node);
}

/* Reads a table of { "from": N, KEY: M } rows in increasing "from" order,
 * starting at 0, so that every population falls in exactly one row. */
static GArray *
read_rows (CoopJsonDocument  *document,
           JsonObject        *table,
           const char        *key,
           const char        *where,
           GError           **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (CoopLawRow));
  JsonArray *array = get_rows (table, where, error);

  if (array == NULL)
    return NULL;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *row_node = json_array_get_element (array, i);
      g_autofree char *row_where = g_strdup_printf ("%s.rows[%u]", where, i);
      CoopLawRow row;
      guint from;

      if (!JSON_NODE_HOLDS_OBJECT (row_node))
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_TYPE, "%s: expected an object", row_where);
          return NULL;
        }
      if (!get_uint (document, json_node_get_object (row_node), "from", row_where, &from, error) ||
          !get_uint (document, json_node_get_object (row_node), key, row_where, &row.value, error))
        return NULL;
      row.from = from;
      if ((i == 0 && row.from != 0) ||
          (i > 0 && row.from <= g_array_index (rows, CoopLawRow, i - 1).from))
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                       "%s: “from” is %" G_GINT64_FORMAT "; expected rows in increasing order from 0",
                       row_where, row.from);
          return NULL;
        }
      g_array_append_val (rows, row);
    }
  if (rows->len == 0)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE, "%s: the table is empty", where);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static gboolean
read_forms (JsonObject  *object,
            const char  *where,
            guint       *mask,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, "forms");
  g_autoptr(GEnumClass) klass = g_type_class_ref (COOP_TYPE_EPCI_FORM);
  JsonArray *array;

  *mask = 0;
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD, "%s: “forms” is missing", where);
      return FALSE;
    }
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *nick = json_array_get_string_element (array, i);
      GEnumValue *value = nick != NULL ? g_enum_get_value_by_nick (klass, nick) : NULL;

      if (value == NULL)
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                       "%s.forms[%u]: expected an EPCI form such as “cc” or “metropole”", where, i);
          return FALSE;
        }
      *mask |= 1u << (guint)value->value;
    }
  return TRUE;
}

/* The councils the code électoral sets by name (Paris, Marseille, Lyon),
 * which L2121-2 does not cover. The section is optional. */
static GHashTable *
read_communes (CoopJsonDocument  *document,
               JsonObject        *root,
               const char        *where,
               GError           **error)
{
  g_autoptr(GHashTable) communes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonNode *section = json_object_get_member (root, "communes");
  g_autofree char *section_where = g_strdup_printf ("%s: communes", where);
  JsonArray *array;

  if (section == NULL)
    return g_steal_pointer (&communes);
  array = get_rows (JSON_NODE_HOLDS_OBJECT (section) ? json_node_get_object (section) : NULL, section_where, error);
  if (array == NULL)
    return NULL;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *row_node = json_array_get_element (array, i);
      g_autofree char *row_where = g_strdup_printf ("%s: communes.rows[%u]", where, i);
      g_autofree char *code = NULL;
      guint councillors;

      if (!JSON_NODE_HOLDS_OBJECT (row_node))
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_TYPE, "%s: expected an object", row_where);
          return NULL;
        }
      code = dup_string (json_node_get_object (row_node), "commune");
      if (code == NULL)
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD,
                       "%s: “commune” is missing or not a string", row_where);
          return NULL;
        }
      if (!get_uint (document, json_node_get_object (row_node), "councillors", row_where, &councillors, error))
        return NULL;
      if (councillors == 0 || !g_hash_table_insert (communes, g_steal_pointer (&code), GUINT_TO_POINTER (councillors)))
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                       "%s: expected a commune listed once with a positive number of councillors", row_where);
          return NULL;
        }
    }
  return g_steal_pointer (&communes);
}

/* Through the reader of models and scales: the strict lexer (RFC 8259
 * numbers, UTF-8, nesting, duplicated members) before json-glib. */
static JsonObject *
parse_root (GBytes            *bytes,
            CoopJsonDocument  *document,
            const char        *name,
            GError           **error)
{
  JsonNode *root;

  if (!_coop_json_document_load_bytes (document, bytes, error))
    return NULL;
  root = _coop_json_document_get_root (document);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_TYPE, "%s: expected an object", name);
      return NULL;
    }
  return json_node_get_object (root);
}

void
_coop_seat_law_free (CoopSeatLaw *law)
{
  if (law == NULL)
    return;
  g_free (law->seats_version);
  g_free (law->councillors_version);
  g_free (law->bonus_epci);
  g_clear_pointer (&law->table, g_array_unref);
  g_clear_pointer (&law->councillors, g_array_unref);
  g_clear_pointer (&law->commune_councillors, g_hash_table_unref);
  g_free (law);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CoopSeatLaw, _coop_seat_law_free)

const CoopSeatLaw *
_coop_seat_law_parse (GBytes  *seats_json,
                      GBytes  *councillors_json,
                      GError **error)
{
  g_autoptr(CoopJsonDocument) seats_document = _coop_json_document_new ("l5211-6-1.json");
  g_autoptr(CoopJsonDocument) councillors_document = _coop_json_document_new ("l2121-2.json");
  g_autoptr(CoopSeatLaw) law = g_new0 (CoopSeatLaw, 1);
  JsonObject *seats, *councillors, *section;

  seats = parse_root (seats_json, seats_document, "l5211-6-1.json", error);
  if (seats == NULL)
    return NULL;
  councillors = parse_root (councillors_json, councillors_document, "l2121-2.json", error);
  if (councillors == NULL)
    return NULL;

  law->seats_version = dup_string (seats, "version");
  law->councillors_version = dup_string (councillors, "version");
  if (law->seats_version == NULL || law->councillors_version == NULL)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD, "law tables: “version” is missing");
      return NULL;
    }

  if ((section = get_object (seats, "table-III", "l5211-6-1.json", error)) == NULL ||
      (law->table = read_rows (seats_document, section, "seats", "l5211-6-1.json: table-III", error)) == NULL)
    return NULL;
  if ((section = get_object (councillors, "table", "l2121-2.json", error)) == NULL ||
      (law->councillors = read_rows (councillors_document, section, "councillors", "l2121-2.json: table", error)) == NULL ||
      (law->commune_councillors = read_communes (councillors_document, councillors, "l2121-2.json", error)) == NULL)
    return NULL;
  {
    GHashTableIter iter;
    gpointer code;

    g_hash_table_iter_init (&iter, law->commune_councillors);
    while (g_hash_table_iter_next (&iter, &code, NULL))
      {
        guint8 first = *(const guint8 *)code;

        law->commune_first_chars[first / 32] |= 1u << (first % 32);
      }
  }

  if ((section = get_object (seats, "supplement-V", "l5211-6-1.json", error)) == NULL ||
      !get_uint (seats_document, section, "threshold-percent", "supplement-V", &law->supplement_threshold_percent, error) ||
      !get_uint (seats_document, section, "percent", "supplement-V", &law->supplement_percent, error) ||
      !read_forms (section, "supplement-V", &law->supplement_forms, error))
    return NULL;
  if ((section = get_object (seats, "aix-marseille-IV-4-bis", "l5211-6-1.json", error)) == NULL ||
      !get_uint (seats_document, section, "percent", "aix-marseille-IV-4-bis", &law->bonus_percent, error))
    return NULL;
  law->bonus_epci = dup_string (section, "epci");
  if (law->bonus_epci == NULL)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD,
                   "aix-marseille-IV-4-bis: “epci” is missing or not a string");
      return NULL;
    }
  if ((section = get_object (seats, "optional-VI", "l5211-6-1.json", error)) == NULL ||
      !get_uint (seats_document, section, "percent", "optional-VI", &law->optional_percent, error) ||
      !get_uint (seats_document, section, "tolerance-percent", "optional-VI", &law->optional_tolerance_percent, error) ||
      !read_forms (section, "optional-VI", &law->optional_forms, error))
    return NULL;
  if ((section = get_object (seats, "accord-local-I-2", "l5211-6-1.json", error)) == NULL ||
      !get_uint (seats_document, section, "max-percent", "accord-local-I-2", &law->accord_max_percent, error) ||
      !get_uint (seats_document, section, "tolerance-percent", "accord-local-I-2", &law->accord_tolerance_percent, error) ||
      !read_forms (section, "accord-local-I-2", &law->accord_forms, error))
    return NULL;

  return g_steal_pointer (&law);
}

const CoopSeatLaw *
_coop_seat_law_get (GError **error)
{
  static const CoopSeatLaw *law;
  static GError *load_error;

  if (g_once_init_enter (&law))
    {
      g_autoptr(GBytes) seats = g_resources_lookup_data (LAW_RESOURCE_PATH "l5211-6-1.json", 0, &load_error);
      g_autoptr(GBytes) councillors = NULL;
      const CoopSeatLaw *parsed = NULL;

      if (seats != NULL)
        councillors = g_resources_lookup_data (LAW_RESOURCE_PATH "l2121-2.json", 0, &load_error);
      if (councillors != NULL)
        parsed = _coop_seat_law_parse (seats, councillors, &load_error);
      /* A failed load is remembered: the resource is compiled in, so it
       * will not get better on a second try. */
      g_once_init_leave (&law, parsed != NULL ? parsed : (const CoopSeatLaw *)GSIZE_TO_POINTER (1));
    }

  if (law == GSIZE_TO_POINTER (1))
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE, "the law tables compiled into libcoop are unreadable: %s",
                   load_error != NULL ? load_error->message : "unknown error");
      return NULL;
    }
  return law;
}

static guint
lookup_row (GArray *rows,
            gint64  population)
{
  guint value = g_array_index (rows, CoopLawRow, 0).value;

  for (guint i = 0; i < rows->len; i++)
    {
      const CoopLawRow *row = &g_array_index (rows, CoopLawRow, i);

      if (population < row->from)
        break;
      value = row->value;
    }
  return value;
}

guint
_coop_seat_law_table_seats (const CoopSeatLaw *law,
                            gint64             population)
{
  return lookup_row (law->table, population);
}

/* L2121-2 by population, unless the code électoral sets the council of
 * @commune (an INSEE code, or %NULL) by name. */
guint
_coop_seat_law_councillors (const CoopSeatLaw *law,
                            const char        *commune,
                            gint64             population)
{
  gpointer councillors;

  /* Most communes start with another byte than the few councils set by
   * name: no hash lookup for them (this runs for every commune of France). */
  if (commune != NULL &&
      (law->commune_first_chars[(guint8)commune[0] / 32] & (1u << ((guint8)commune[0] % 32))) != 0 &&
      g_hash_table_lookup_extended (law->commune_councillors, commune, NULL, &councillors))
    return GPOINTER_TO_UINT (councillors);
  return lookup_row (law->councillors, population);
}
