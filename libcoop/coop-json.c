/* coop-json.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "coop-json-private.h"
#include "coop-i18n-private.h"
#include "coop-util-private.h"

/*
 * json-glib 1.6 forgets where a node came from and silently keeps the last
 * of two members with the same name. The document wrapper listens to the
 * parser's signals to remember the line of every member and array element,
 * and the first duplicated member of each object, so that errors can say
 * where they are and nothing is lost without a word.
 */
struct _CoopJsonDocument
{
  char       *name;
  JsonParser *parser;
  GHashTable *lines;       /* JsonNode* → line */
  GHashTable *seen;        /* JsonObject* → members read so far */
  GHashTable *duplicates;  /* JsonObject* → first duplicated name */
  char       *first_duplicate;       /* the first duplicated member of any object */
  guint       first_duplicate_line;
};

CoopJsonDocument *
_coop_json_document_new (const char *display_name)
{
  CoopJsonDocument *self = g_new0 (CoopJsonDocument, 1);

  self->name = g_strdup (display_name != NULL ? display_name : "<input>");
  self->lines = g_hash_table_new (NULL, NULL);
  self->seen = g_hash_table_new (NULL, NULL);
  self->duplicates = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  return self;
}

void
_coop_json_document_free (CoopJsonDocument *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->parser);
  g_clear_pointer (&self->lines, g_hash_table_unref);
  g_clear_pointer (&self->seen, g_hash_table_unref);
  g_clear_pointer (&self->duplicates, g_hash_table_unref);
  g_free (self->first_duplicate);
  g_free (self->name);
  g_free (self);
}

static void
on_object_member (JsonParser *parser,
                  JsonObject *object,
                  const char *member_name,
                  gpointer    user_data)
{
  CoopJsonDocument *self = user_data;
  guint members = GPOINTER_TO_UINT (g_hash_table_lookup (self->seen, object)) + 1;
  JsonNode *node;

  /* json-glib emits this after setting the member, and a repeated name
   * replaces the earlier value: the object then holds fewer members than
   * were read. Counting them costs one entry per object, where a set of
   * names per object cost more than the parsed tree's own strings. */
  g_hash_table_insert (self->seen, object, GUINT_TO_POINTER (members));
  if (members > json_object_get_size (object) &&
      !g_hash_table_contains (self->duplicates, object))
    {
      g_hash_table_insert (self->duplicates, object, g_strdup (member_name));
      if (self->first_duplicate == NULL)
        {
          self->first_duplicate = g_strdup (member_name);
          self->first_duplicate_line = json_parser_get_current_line (parser);
        }
    }

  node = json_object_get_member (object, member_name);
  if (node != NULL)
    g_hash_table_insert (self->lines, node, GUINT_TO_POINTER (json_parser_get_current_line (parser)));
}

static void
on_array_element (JsonParser *parser,
                  JsonArray  *array,
                  int         index,
                  gpointer    user_data)
{
  CoopJsonDocument *self = user_data;
  JsonNode *node = json_array_get_element (array, index);

  if (node != NULL)
    g_hash_table_insert (self->lines, node, GUINT_TO_POINTER (json_parser_get_current_line (parser)));
}

typedef enum
{
  PRESCAN_OK,
  PRESCAN_TOO_DEEP,
  PRESCAN_NUL_ESCAPE,
  PRESCAN_LONE_SURROGATE,
  PRESCAN_BAD_ESCAPE,
  PRESCAN_CONTROL_CHARACTER,
  PRESCAN_NOT_JSON,
  PRESCAN_SECOND_VALUE,
  PRESCAN_NUMBER_OVERFLOW,
} PrescanResult;

static int
read_hex4 (const char *p,
           const char *end)
{
  int value = 0;

  if (end - p < 4)
    return -1;
  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

/* A small JSON lexer run before json-glib's parser. It measures the
 * nesting depth without recursion (json-glib's parser recurses), and
 * refuses what json-glib 1.6 accepts although it is not JSON, because the
 * canonical writer would then change or lose it on the next save:
 * a lone UTF-16 surrogate escape (\\ud800, turned into bytes that are not
 * UTF-8), \\u0000 (cuts the string), unknown escapes such as \\q, raw
 * control characters in strings, single-quoted strings, comments, a
 * second value after the document, and numbers beyond a double's range
 * (json-glib reads 1e999 as infinity, which would be written "inf"). */
static PrescanResult
prescan (const char  *data,
         gsize        length,
         guint       *line_out)
{
  const char *end = data + length;
  guint depth = 0;
  guint line = 1;
  gboolean in_string = FALSE;
  gboolean root_done = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      *line_out = line;
      if (c == '\n')
        line++;

      if (in_string)
        {
          if (c == '\\')
            {
              char escape = i + 1 < length ? data[i + 1] : '\0';

              if (escape == 'u')
                {
                  int unit = read_hex4 (data + i + 2, end);

                  if (unit < 0)
                    return PRESCAN_BAD_ESCAPE;
                  if (unit == 0)
                    return PRESCAN_NUL_ESCAPE;
                  if (unit >= 0xdc00 && unit <= 0xdfff)
                    return PRESCAN_LONE_SURROGATE;
                  if (unit >= 0xd800 && unit <= 0xdbff)
                    {
                      int low = (i + 7 < length && data[i + 6] == '\\' && data[i + 7] == 'u')
                                ? read_hex4 (data + i + 8, end) : -1;

                      if (low < 0xdc00 || low > 0xdfff)
                        return PRESCAN_LONE_SURROGATE;
                      i += 6;
                    }
                  i += 5;
                }
              else if (escape != '\0' && strchr ("\"\\/bfnrt", escape) != NULL)
                i++;
              else
                return PRESCAN_BAD_ESCAPE;
            }
          else if (c == '"')
            {
              in_string = FALSE;
              root_done = depth == 0;
            }
          else if ((guchar)c < 0x20)
            return PRESCAN_CONTROL_CHARACTER;
          continue;
        }

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        continue;
      if (root_done)
        return PRESCAN_SECOND_VALUE;

      if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > COOP_JSON_MAX_DEPTH)
            return PRESCAN_TOO_DEEP;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        root_done = --depth == 0;
      else if (c == '\'' || c == '/' || c == '#')
        return PRESCAN_NOT_JSON;
      else if (c == '-' || g_ascii_isdigit (c))
        {
          gsize start = i;
          char number[64];

          while (i + 1 < length && data[i + 1] != '\0' &&
                 (g_ascii_isdigit (data[i + 1]) || strchr ("+-.eE", data[i + 1]) != NULL))
            i++;
          {
            gsize token_length = i + 1 - start;
            g_autofree char *long_number = NULL;
            char *text = number;

            if (token_length >= sizeof number)
              text = long_number = g_strndup (data + start, token_length);
            else
              {
                memcpy (number, data + start, token_length);
                number[token_length] = '\0';
              }
            if (!isfinite (g_ascii_strtod (text, NULL)))
              return PRESCAN_NUMBER_OVERFLOW;
          }
          root_done = depth == 0;
        }
      else if (depth == 0 && !g_ascii_isalnum (c) && c != '-' && c != '+' && c != '.')
        return PRESCAN_NOT_JSON;
    }

  return PRESCAN_OK;
}

gboolean
_coop_json_document_load_bytes (CoopJsonDocument  *self,
                                GBytes            *bytes,
                                GError           **error)
{
  g_autoptr(GError) parse_error = NULL;
  const char *data;
  const char *end = NULL;
  gsize length;
  guint line = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  data = g_bytes_get_data (bytes, &length);

  /* A byte-order mark, as some Windows editors write, says nothing in
   * UTF-8: skip it rather than refuse the document. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (length == 0)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE,
                   _("%s: the file is empty; expected a JSON document"), self->name);
      return FALSE;
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      guint bad_line = 1;

      for (const char *p = data; p < end; p++)
        bad_line += (*p == '\n');
      g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE,
                   _("%s:%u: invalid UTF-8 at byte %lu; expected UTF-8 text"),
                   self->name, bad_line, (unsigned long)(end - data));
      return FALSE;
    }

  switch (prescan (data, length, &line))
    {
    case PRESCAN_OK:
      break;
    case PRESCAN_TOO_DEEP:
      g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE,
                   _("%s:%u: nesting deeper than %u levels; expected a flatter document"),
                   self->name, line, COOP_JSON_MAX_DEPTH);
      return FALSE;
    case PRESCAN_NUL_ESCAPE:
      g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE,
                   _("%s:%u: a string holds \\u0000; expected text without NUL characters"),
                   self->name, line);
      return FALSE;
    case PRESCAN_BAD_ESCAPE:
      g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE,
                   _("%s:%u: a string holds an unknown escape; expected one of "
                     "\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"),
                   self->name, line);
      return FALSE;
    case PRESCAN_CONTROL_CHARACTER:
      g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE,
                   _("%s:%u: a string holds a raw control character; expected it escaped (\\n, \\t, \\u0001…)"),
                   self->name, line);
      return FALSE;
    case PRESCAN_NOT_JSON:
      g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE,
                   _("%s:%u: a single quote, a comment or a stray character; expected JSON "
                     "(double-quoted strings, no comments)"),
                   self->name, line);
      return FALSE;
    case PRESCAN_SECOND_VALUE:
      g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE,
                   _("%s:%u: more after the end of the document; expected a single JSON value"),
                   self->name, line);
      return FALSE;
    case PRESCAN_NUMBER_OVERFLOW:
      g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE,
                   _("%s:%u: a number beyond the range of a double; expected a number "
                     "no larger than 1.8e308 in magnitude"), self->name, line);
      return FALSE;
    case PRESCAN_LONE_SURROGATE:
      g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE,
                   _("%s:%u: a string holds a lone UTF-16 surrogate escape; expected a \\u escape "
                     "of a whole character (a high surrogate followed by a low one)"),
                   self->name, line);
      return FALSE;
    default:
      g_assert_not_reached ();
    }

  g_clear_object (&self->parser);
  g_hash_table_remove_all (self->lines);
  g_hash_table_remove_all (self->seen);
  g_hash_table_remove_all (self->duplicates);
  g_clear_pointer (&self->first_duplicate, g_free);

  self->parser = json_parser_new_immutable ();
  g_signal_connect (self->parser, "object-member", G_CALLBACK (on_object_member), self);
  g_signal_connect (self->parser, "array-element", G_CALLBACK (on_array_element), self);

  if (!json_parser_load_from_data (self->parser, data, length, &parse_error))
    {
      /* json-glib's message carries "<data>:LINE:COL: Parse error: …". */
      const char *message = parse_error->message;
      const char *separator;

      if (g_str_has_prefix (message, "<data>"))
        message += strlen ("<data>");
      separator = message[0] == ':' ? "" : ": ";
      if (strstr (message, "expected") != NULL)
        g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE, "%s%s%s", self->name, separator, message);
      else
        {
          /* TRANSLATORS: the file's name, ": " or nothing, and json-glib's
           * message, which starts with ":LINE:COLUMN:" when it knows where. */
          g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE, _("%s%s%s; expected a well-formed JSON document"),
                       self->name, separator, message);
        }
      return FALSE;
    }

  /* The member tables only serve duplicate detection during the parse. */
  g_hash_table_remove_all (self->seen);

  /* json-glib keeps the last of two members of the same name and drops
   * the other without a word; wherever it happens, nothing is dropped
   * here: the document is refused. */
  if (self->first_duplicate != NULL)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE,
                   _("%s:%u: the member “%s” appears twice in one object; expected each member once"),
                   self->name, self->first_duplicate_line, self->first_duplicate);
      return FALSE;
    }

  if (json_parser_get_root (self->parser) == NULL)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE,
                   _("%s: the file holds no JSON value; expected a JSON document"), self->name);
      return FALSE;
    }

  return TRUE;
}

static gsize max_decompressed_size = COOP_JSON_MAX_DECOMPRESSED_SIZE;

void
_coop_json_set_max_decompressed_size (gsize size)
{
  max_decompressed_size = size;
}

GBytes *
_coop_json_read_file (GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GBytes) raw = NULL;
  g_autoptr(GConverter) decompressor = NULL;
  g_autoptr(GInputStream) memory = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GByteArray) out = NULL;
  const guint8 *data;
  gsize length;

  raw = g_file_load_bytes (file, cancellable, NULL, error);
  if (raw == NULL)
    return NULL;

  data = g_bytes_get_data (raw, &length);
  if (length < 2 || data[0] != 0x1f || data[1] != 0x8b)
    return g_steal_pointer (&raw);

  decompressor = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP));
  memory = g_memory_input_stream_new_from_bytes (raw);
  stream = g_converter_input_stream_new (memory, decompressor);
  out = g_byte_array_new ();

  for (;;)
    {
      guint8 buffer[65536];
      gssize n = g_input_stream_read (stream, buffer, sizeof buffer, cancellable, error);

      if (n < 0)
        {
          g_autofree char *name = g_file_get_parse_name (file);

          g_prefix_error (error, "%s: ", name);
          return NULL;
        }
      if (n == 0)
        break;
      if (out->len + (gsize)n > max_decompressed_size)
        {
          g_autofree char *name = g_file_get_parse_name (file);

          g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE,
                       _("%s: decompresses to more than %lu bytes; expected a gzipped document no "
                         "larger than that"),
                       name, (unsigned long)max_decompressed_size);
          return NULL;
        }
      if (out->len + (gsize)n > COOP_JSON_RATIO_FREE_SIZE &&
          out->len + (gsize)n > length * COOP_JSON_MAX_DECOMPRESSION_RATIO)
        {
          g_autofree char *name = g_file_get_parse_name (file);

          g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE,
                       _("%s: decompresses to more than %u times its compressed size of %lu bytes; "
                         "expected a gzipped document, not a decompression bomb"),
                       name, (guint)COOP_JSON_MAX_DECOMPRESSION_RATIO, (unsigned long)length);
          return NULL;
        }
      g_byte_array_append (out, buffer, n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

gboolean
_coop_json_document_load_file (CoopJsonDocument  *self,
                               GFile             *file,
                               GCancellable      *cancellable,
                               GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = _coop_json_read_file (file, cancellable, error);
  if (bytes == NULL)
    return FALSE;

  return _coop_json_document_load_bytes (self, bytes, error);
}

JsonNode *
_coop_json_document_get_root (CoopJsonDocument *self)
{
  return self->parser != NULL ? json_parser_get_root (self->parser) : NULL;
}

const char *
_coop_json_document_get_name (CoopJsonDocument *self)
{
  return self->name;
}

guint
_coop_json_document_get_line (CoopJsonDocument *self,
                              JsonNode         *node)
{
  if (self == NULL || node == NULL)
    return 0;

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->lines, node));
}

const char *
_coop_json_document_get_duplicate (CoopJsonDocument *self,
                                   JsonObject       *object)
{
  return g_hash_table_lookup (self->duplicates, object);
}

void
_coop_json_set_error (GError           **error,
                      CoopJsonDocument  *document,
                      JsonNode          *node,
                      const char        *path,
                      CoopError          code,
                      const char        *format,
                      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *bounded = NULL;
  g_autofree char *where = NULL;
  guint line;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  line = _coop_json_document_get_line (document, node);
  if (document == NULL)
    where = g_strdup ("");
  else if (line > 0)
    where = g_strdup_printf ("%s:%u: ", document->name, line);
  else
    where = g_strdup_printf ("%s: ", document->name);

  bounded = _coop_bound_message (message);
  g_set_error (error, COOP_ERROR, code, "%s%s: %s", where, path, bounded);
}

const char *
_coop_json_node_type_name (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return _("null");
  if (JSON_NODE_HOLDS_OBJECT (node))
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return _("an array");

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("a boolean");
    case G_TYPE_INT64:
    case G_TYPE_DOUBLE:
      return _("a number");
    default:
      return _("a value");
    }
}

JsonObject *
_coop_json_expect_object (CoopJsonDocument  *document,
                          JsonNode          *node,
                          const char        *path,
                          GError           **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      _coop_json_set_error (error, document, node, path, COOP_ERROR_INVALID_TYPE,
                            _("found %s; expected an object"), _coop_json_node_type_name (node));
      return NULL;
    }

  return json_node_get_object (node);
}

JsonArray *
_coop_json_expect_array (CoopJsonDocument  *document,
                         JsonNode          *node,
                         const char        *path,
                         GError           **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      _coop_json_set_error (error, document, node, path, COOP_ERROR_INVALID_TYPE,
                            _("found %s; expected an array"), _coop_json_node_type_name (node));
      return NULL;
    }

  return json_node_get_array (node);
}

gboolean
_coop_json_check_duplicates (CoopJsonDocument  *document,
                             JsonNode          *object_node,
                             const char        *path,
                             GError           **error)
{
  const char *duplicate;

  duplicate = _coop_json_document_get_duplicate (document, json_node_get_object (object_node));
  if (duplicate != NULL)
    {
      _coop_json_set_error (error, document, object_node, path, COOP_ERROR_DUPLICATE,
                            _("the member “%s” appears twice; expected each member once"),
                            duplicate);
      return FALSE;
    }

  return TRUE;
}

/* Readers of formats that are not written back (scales) refuse members
 * they do not know: a misspelt member would otherwise be dropped without a
 * word, and change what the file means. */
gboolean
_coop_json_check_members (CoopJsonDocument    *document,
                          JsonNode            *object_node,
                          const char          *path,
                          const char * const  *known,
                          GError             **error)
{
  JsonObjectIter iter;
  const char *member;
  JsonNode *value;

  json_object_iter_init (&iter, json_node_get_object (object_node));
  while (json_object_iter_next (&iter, &member, &value))
    {
      g_autofree char *expected = NULL;

      if (g_strv_contains (known, member))
        continue;

      expected = g_strjoinv (", ", (char **)known);
      _coop_json_set_error (error, document, value, path, COOP_ERROR_INVALID_VALUE,
                            _("unknown member “%s”; expected only %s"), member, expected);
      return FALSE;
    }

  return TRUE;
}

gboolean
_coop_json_get_string (CoopJsonDocument  *document,
                       JsonNode          *object_node,
                       const char        *path,
                       const char        *member,
                       gboolean           required,
                       const char       **out,
                       GError           **error)
{
  JsonObject *object = json_node_get_object (object_node);
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || (!required && JSON_NODE_HOLDS_NULL (node)))
    {
      if (!required)
        return TRUE;
      _coop_json_set_error (error, document, object_node, path, COOP_ERROR_MISSING_FIELD,
                            _("the member “%s” is missing; expected a string"), member);
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      _coop_json_set_error (error, document, node, path, COOP_ERROR_INVALID_TYPE,
                            _("“%s” is %s; expected a string"),
                            member, _coop_json_node_type_name (node));
      return FALSE;
    }

  *out = json_node_get_string (node);
  return TRUE;
}

gboolean
_coop_json_get_int (CoopJsonDocument  *document,
                    JsonNode          *object_node,
                    const char        *path,
                    const char        *member,
                    gboolean           required,
                    gint64             min,
                    gint64             max,
                    gint64            *out,
                    GError           **error)
{
  JsonObject *object = json_node_get_object (object_node);
  JsonNode *node = json_object_get_member (object, member);
  gint64 value;

  if (node == NULL || (!required && JSON_NODE_HOLDS_NULL (node)))
    {
      if (!required)
        return TRUE;
      _coop_json_set_error (error, document, object_node, path, COOP_ERROR_MISSING_FIELD,
                            _("the member “%s” is missing; expected an integer"), member);
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 &&
       json_node_get_value_type (node) != G_TYPE_DOUBLE))
    {
      _coop_json_set_error (error, document, node, path, COOP_ERROR_INVALID_TYPE,
                            _("“%s” is %s; expected an integer"),
                            member, _coop_json_node_type_name (node));
      return FALSE;
    }

  if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      double d = json_node_get_double (node);

      /* A fraction, or a number beyond what an integer holds, is refused
       * rather than rounded so that no figure changes silently. */
      if (!(d >= (double)min && d <= (double)max) || d != (double)(gint64)d)
        {
          _coop_json_set_error (error, document, node, path, COOP_ERROR_INVALID_VALUE,
                                _("“%s” is %g; expected an integer from %lld to %lld"),
                                member, d, (long long)min, (long long)max);
          return FALSE;
        }
      value = (gint64)d;
    }
  else
    value = json_node_get_int (node);

  if (value < min || value > max)
    {
      _coop_json_set_error (error, document, node, path, COOP_ERROR_INVALID_VALUE,
                            _("“%s” is %lld; expected an integer from %lld to %lld"),
                            member, (long long)value, (long long)min, (long long)max);
      return FALSE;
    }

  *out = value;
  return TRUE;
}
