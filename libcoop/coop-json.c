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
  GHashTable *big_numbers;  /* index among the document's numbers → text, beyond 64 bits */
  GHashTable *number_texts; /* JsonNode* → text, for those numbers */
  guint       n_numbers;    /* numbers met so far by the parser's signals */
};

CoopJsonDocument *
_coop_json_document_new (const char *display_name)
{
  CoopJsonDocument *self = g_new0 (CoopJsonDocument, 1);

  self->name = g_strdup (display_name != NULL ? display_name : "<input>");
  self->lines = g_hash_table_new (NULL, NULL);
  self->seen = g_hash_table_new (NULL, NULL);
  self->duplicates = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->big_numbers = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->number_texts = g_hash_table_new (NULL, NULL);

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
  g_clear_pointer (&self->number_texts, g_hash_table_unref);
  g_clear_pointer (&self->big_numbers, g_hash_table_unref);
  g_free (self->first_duplicate);
  g_free (self->name);
  g_free (self);
}

/* json-glib signals each scalar right after reading it, so the parser's
 * numbers come in the order the lexer met them: the n-th number node is
 * the n-th number token, whose text the lexer kept if it is too large for
 * json-glib. */
static void
note_number (CoopJsonDocument *self,
             JsonNode         *node)
{
  const char *text;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 &&
       json_node_get_value_type (node) != G_TYPE_DOUBLE))
    return;

  text = g_hash_table_lookup (self->big_numbers, GUINT_TO_POINTER (self->n_numbers));
  if (text != NULL)
    g_hash_table_insert (self->number_texts, node, (gpointer)text);
  self->n_numbers++;
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
  note_number (self, node);
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
  note_number (self, node);
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
  PRESCAN_BAD_NUMBER,
  PRESCAN_BAD_WORD,
} PrescanResult;

/* Where the lexer is, so that an error can name the JSON path. */
typedef struct
{
  gboolean    object;
  gboolean    expect_key;  /* in an object, before a member's name */
  guint       index;       /* in an array, the element's index */
  const char *key;         /* in an object, the member's name as written */
  gsize       key_length;
} PrescanFrame;

typedef struct
{
  PrescanFrame frames[COOP_JSON_MAX_DEPTH + 1];
  guint        depth;
  guint        line;
  const char  *token;      /* the number or word refused */
  gsize        token_length;
} Prescan;

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

/* RFC 8259 section 6: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
 * json-glib's scanner also reads 0542 as octal 354, 0x1F as 31, .5 and 1.
 * as doubles: the canonical writer would then change the figure without a
 * word, so only the RFC's grammar passes. */
static gboolean
is_json_number (const char *p,
                gsize       n,
                gboolean   *integer)
{
  gsize i = 0;

  *integer = TRUE;
  if (i < n && p[i] == '-')
    i++;
  if (i < n && p[i] == '0')
    i++;
  else if (i < n && p[i] >= '1' && p[i] <= '9')
    while (i < n && g_ascii_isdigit (p[i]))
      i++;
  else
    return FALSE;

  if (i < n && p[i] == '.')
    {
      *integer = FALSE;
      if (++i >= n || !g_ascii_isdigit (p[i]))
        return FALSE;
      while (i < n && g_ascii_isdigit (p[i]))
        i++;
    }
  if (i < n && (p[i] == 'e' || p[i] == 'E'))
    {
      *integer = FALSE;
      if (++i < n && (p[i] == '+' || p[i] == '-'))
        i++;
      if (i >= n || !g_ascii_isdigit (p[i]))
        return FALSE;
      while (i < n && g_ascii_isdigit (p[i]))
        i++;
    }

  return i == n;
}

static gboolean
is_number_character (char c)
{
  return g_ascii_isalnum (c) || c == '+' || c == '-' || c == '.' || c == '_';
}

/* A small JSON lexer run before json-glib's parser. It measures the
 * nesting depth without recursion (json-glib's parser recurses), and
 * refuses what json-glib 1.6 accepts although it is not JSON, because the
 * canonical writer would then change or lose it on the next save:
 * a lone UTF-16 surrogate escape (\\ud800, turned into bytes that are not
 * UTF-8), \\u0000 (cuts the string), unknown escapes such as \\q, raw
 * control characters in strings, single-quoted strings, comments, a
 * second value after the document, numbers outside RFC 8259's grammar
 * (leading zeros, hexadecimal, a bare fraction) and numbers beyond a
 * double's range (json-glib reads 1e999 as infinity, which would be
 * written "inf"). Integers beyond 64 bits, which json-glib wraps
 * (2^64 becomes -1), are recorded with their text so that they are
 * quoted and written back as written. */
static PrescanResult
prescan (CoopJsonDocument *self,
         const char       *data,
         gsize             length,
         Prescan          *state)
{
  const char *end = data + length;
  guint line = 1;
  guint n_numbers = 0;
  gboolean in_string = FALSE;
  gboolean in_key = FALSE;
  gboolean root_done = FALSE;

  state->depth = 0;
  state->line = 1;

  for (gsize i = 0; i < length; i++)
    {
      PrescanFrame *top = state->depth > 0 ? &state->frames[state->depth] : NULL;
      char c = data[i];

      state->line = line;
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
              root_done = state->depth == 0;
              if (in_key)
                {
                  top->key_length = (gsize)(data + i - top->key);
                  top->expect_key = FALSE;
                  in_key = FALSE;
                }
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
        {
          in_string = TRUE;
          if (top != NULL && top->object && top->expect_key)
            {
              in_key = TRUE;
              top->key = data + i + 1;
            }
        }
      else if (c == '[' || c == '{')
        {
          if (++state->depth > COOP_JSON_MAX_DEPTH)
            return PRESCAN_TOO_DEEP;
          state->frames[state->depth] = (PrescanFrame) {
            .object = c == '{', .expect_key = c == '{',
          };
        }
      else if ((c == ']' || c == '}') && state->depth > 0)
        root_done = --state->depth == 0;
      else if (c == ',' && top != NULL)
        {
          if (top->object)
            {
              top->expect_key = TRUE;
              top->key = NULL;
            }
          else
            top->index++;
        }
      else if (c == ':' && top != NULL)
        continue;
      else if (c == '\'' || c == '/' || c == '#')
        return PRESCAN_NOT_JSON;
      else if (is_number_character (c))
        {
          gsize start = i;
          gboolean integer = FALSE;

          while (i + 1 < length && is_number_character (data[i + 1]))
            i++;
          state->token = data + start;
          state->token_length = i + 1 - start;

          if (g_ascii_isalpha (c) || c == '_')
            {
              if (!((state->token_length == 4 && memcmp (state->token, "true", 4) == 0) ||
                    (state->token_length == 5 && memcmp (state->token, "false", 5) == 0) ||
                    (state->token_length == 4 && memcmp (state->token, "null", 4) == 0)))
                return PRESCAN_BAD_WORD;
            }
          else if (!is_json_number (state->token, state->token_length, &integer))
            return PRESCAN_BAD_NUMBER;
          else
            {
              g_autofree char *text = g_strndup (state->token, state->token_length);

              if (!isfinite (g_ascii_strtod (text, NULL)))
                return PRESCAN_NUMBER_OVERFLOW;
              if (integer && !g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, NULL, NULL))
                g_hash_table_insert (self->big_numbers, GUINT_TO_POINTER (n_numbers), g_steal_pointer (&text));
              n_numbers++;
            }
          root_done = state->depth == 0;
        }
      else if (state->depth == 0)
        return PRESCAN_NOT_JSON;
    }

  return PRESCAN_OK;
}

/* The JSON path of where the lexer stopped, as $.member[index]… */
static char *
prescan_path (Prescan *state)
{
  GString *path = g_string_new ("$");

  for (guint depth = 1; depth <= state->depth && depth <= COOP_JSON_MAX_DEPTH; depth++)
    {
      PrescanFrame *frame = &state->frames[depth];

      if (!frame->object)
        g_string_append_printf (path, "[%u]", frame->index);
      else if (frame->key != NULL && !frame->expect_key)
        {
          g_string_append_c (path, '.');
          g_string_append_len (path, frame->key, (gssize)MIN (frame->key_length, 80));
        }
    }

  return g_string_free (path, FALSE);
}

/* The refused token, at most 40 bytes of it (a huge token would otherwise
 * fill the message), cut on a character boundary. */
static char *
prescan_token (Prescan *state)
{
  gsize length = state->token_length;

  if (length <= 40)
    return g_strndup (state->token, length);

  length = (gsize)(g_utf8_find_prev_char (state->token, state->token + 40) - state->token);
  return g_strdup_printf ("%.*s…", (int)length, state->token);
}

gboolean
_coop_json_document_load_bytes (CoopJsonDocument  *self,
                                GBytes            *bytes,
                                GError           **error)
{
  g_autoptr(GError) parse_error = NULL;
  PrescanResult result;
  const char *data;
  const char *end = NULL;
  gsize length;
  g_autofree Prescan *state = g_new0 (Prescan, 1);
  guint line;

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

  if (!_coop_text_validate (data, length, &end))
    {
      guint bad_line = 1;

      for (const char *p = data; p < end; p++)
        bad_line += (*p == '\n');
      g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE,
                   _("%s:%u: invalid UTF-8 at byte %lu; expected UTF-8 text"),
                   self->name, bad_line, (unsigned long)(end - data));
      return FALSE;
    }

  g_hash_table_remove_all (self->number_texts);
  g_hash_table_remove_all (self->big_numbers);
  self->n_numbers = 0;

  result = prescan (self, data, length, state);
  line = state->line;
  switch (result)
    {
    case PRESCAN_OK:
      break;
    case PRESCAN_BAD_NUMBER:
      {
        g_autofree char *path = prescan_path (state);
        g_autofree char *token = prescan_token (state);

        g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE,
                     _("%s:%u: %s: “%s” is not a JSON number; expected a decimal number as "
                       "RFC 8259 writes it: no leading zero (0 alone or 1–9 first), no "
                       "hexadecimal, a digit on each side of a decimal point"),
                     self->name, line, path, token);
        return FALSE;
      }
    case PRESCAN_BAD_WORD:
      {
        g_autofree char *path = prescan_path (state);
        g_autofree char *token = prescan_token (state);

        g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE,
                     _("%s:%u: %s: “%s” is not a JSON value; expected true, false, null, a "
                       "number, a string, an array or an object"),
                     self->name, line, path, token);
        return FALSE;
      }
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
      {
        g_autofree char *path = prescan_path (state);
        g_autofree char *token = prescan_token (state);

        g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE,
                     _("%s:%u: %s: “%s” is beyond the range of a double; expected a number "
                       "no larger than 1.8e308 in magnitude"), self->name, line, path, token);
        return FALSE;
      }
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

/* The text of a number as the document wrote it, when json-glib could not
 * hold it (an integer beyond 64 bits); NULL for every other node. */
const char *
_coop_json_document_get_number_text (CoopJsonDocument *self,
                                     JsonNode         *node)
{
  if (self == NULL || node == NULL)
    return NULL;

  return g_hash_table_lookup (self->number_texts, node);
}

/* An integer beyond 64 bits, kept through a round trip as the string of
 * its digits behind a byte that no UTF-8 text holds, so that no string
 * a document or the API can hold is mistaken for one. */
#define BIG_INTEGER_MARK "\xff"

const char *
_coop_json_node_get_big_integer (JsonNode *node)
{
  const char *text;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  text = json_node_get_string (node);
  if (text == NULL || !g_str_has_prefix (text, BIG_INTEGER_MARK))
    return NULL;
  text += strlen (BIG_INTEGER_MARK);
  {
    gboolean integer;

    /* Only what the lexer recorded is written back raw. */
    if (!is_json_number (text, strlen (text), &integer) || !integer)
      return NULL;
  }

  return text;
}

JsonNode *
_coop_json_document_copy_node (CoopJsonDocument *self,
                               JsonNode         *node)
{
  const char *text;

  if (self == NULL || g_hash_table_size (self->number_texts) == 0)
    return json_node_copy (node);

  text = g_hash_table_lookup (self->number_texts, node);
  if (text != NULL)
    {
      g_autofree char *marked = g_strconcat (BIG_INTEGER_MARK, text, NULL);
      JsonNode *copy = json_node_new (JSON_NODE_VALUE);

      json_node_set_string (copy, marked);
      return copy;
    }

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autoptr(JsonObject) object = json_object_new ();
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;
      JsonNode *copy = json_node_new (JSON_NODE_OBJECT);

      json_object_iter_init_ordered (&iter, json_node_get_object (node));
      while (json_object_iter_next_ordered (&iter, &name, &member))
        json_object_set_member (object, name, _coop_json_document_copy_node (self, member));
      json_node_set_object (copy, object);
      return copy;
    }

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *source = json_node_get_array (node);
      g_autoptr(JsonArray) array = json_array_sized_new (json_array_get_length (source));
      JsonNode *copy = json_node_new (JSON_NODE_ARRAY);

      for (guint i = 0; i < json_array_get_length (source); i++)
        json_array_add_element (array, _coop_json_document_copy_node (self, json_array_get_element (source, i)));
      json_node_set_array (copy, array);
      return copy;
    }

  return json_node_copy (node);
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

  if (_coop_json_document_get_number_text (document, node) != NULL)
    {
      _coop_json_set_error (error, document, node, path, COOP_ERROR_INVALID_VALUE,
                            _("“%s” is %s; expected an integer from %lld to %lld"),
                            member, _coop_json_document_get_number_text (document, node),
                            (long long)min, (long long)max);
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
