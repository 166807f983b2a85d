/* coop-util.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "coop-error.h"
#include "coop-i18n-private.h"
#include "coop-util-private.h"

static GQuark
coop_extra_quark (void)
{
  return g_quark_from_static_string ("coop-extra");
}

static GQuark
coop_line_quark (void)
{
  return g_quark_from_static_string ("coop-line");
}

gboolean
_coop_set_str (char       **str_pointer,
               const char  *new_str)
{
  if (g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;

  g_free (*str_pointer);
  *str_pointer = g_strdup (new_str);

  return TRUE;
}

gboolean
_coop_text_validate (const char  *text,
                     gsize        length,
                     const char **end)
{
  return g_utf8_validate_len (text, length, end);
}

gboolean
_coop_text_is_valid (const char *text)
{
  return text == NULL || _coop_text_validate (text, strlen (text), NULL);
}

gboolean
_coop_strv_is_valid (const char * const *strv)
{
  for (gsize i = 0; strv != NULL && strv[i] != NULL; i++)
    {
      if (!_coop_text_is_valid (strv[i]))
        return FALSE;
    }
  return TRUE;
}

static const char *
closing_quote (const char *opening,
               gsize      *opening_length,
               gsize      *closing_length)
{
  if (g_str_has_prefix (opening, "“"))
    {
      *opening_length = strlen ("“");
      *closing_length = strlen ("”");
      return "”";
    }
  if (g_str_has_prefix (opening, "«"))
    {
      *opening_length = strlen ("«");
      *closing_length = strlen ("»");
      return "»";
    }
  return NULL;
}

char *
_coop_bound_message (const char *message)
{
  g_autofree char *valid = NULL;
  GString *bounded;
  const char *p;
  glong n_chars;

  g_return_val_if_fail (message != NULL, NULL);

  /* Walked character by character: invalid UTF-8 would be overrun. */
  valid = g_utf8_make_valid (message, -1);
  p = valid;

  bounded = g_string_sized_new (MIN (strlen (valid), 4 * COOP_MESSAGE_MAX_CHARS));
  while (*p != '\0')
    {
      gsize opening_length, closing_length;
      const char *closing = closing_quote (p, &opening_length, &closing_length);
      const char *end;

      if (closing == NULL || (end = strstr (p + opening_length, closing)) == NULL)
        {
          const char *next = g_utf8_find_next_char (p, NULL);

          g_string_append_len (bounded, p, next - p);
          p = next;
          continue;
        }

      /* A quoted value: its first characters, then an ellipsis. */
      g_string_append_len (bounded, p, opening_length);
      p += opening_length;
      if (g_utf8_strlen (p, MIN ((gsize)(end - p), 4 * COOP_QUOTE_MAX_CHARS + 4)) > COOP_QUOTE_MAX_CHARS)
        {
          const char *cut = g_utf8_offset_to_pointer (p, COOP_QUOTE_MAX_CHARS - 1);

          g_string_append_len (bounded, p, cut - p);
          g_string_append (bounded, "…");
        }
      else
        g_string_append_len (bounded, p, end - p);
      g_string_append_len (bounded, end, closing_length);
      p = end + closing_length;
    }

  /* A value holding a closing quote escapes the rule above: whatever is
   * left too long keeps its beginning and its end (what was expected). */
  n_chars = g_utf8_strlen (bounded->str, -1);
  if (n_chars > COOP_MESSAGE_MAX_CHARS)
    {
      const char *head_end = g_utf8_offset_to_pointer (bounded->str, COOP_MESSAGE_MAX_CHARS / 2);
      const char *tail = g_utf8_offset_to_pointer (bounded->str, n_chars - COOP_MESSAGE_MAX_CHARS / 2 + 1);
      GString *cut = g_string_new_len (bounded->str, head_end - bounded->str);

      g_string_append (cut, "…");
      g_string_append (cut, tail);
      g_string_free (bounded, TRUE);
      bounded = cut;
    }

  return g_string_free (bounded, FALSE);
}

gboolean
_coop_strv_equal (const char * const *a,
                  const char * const *b)
{
  static const char * const empty[] = { NULL };

  return g_strv_equal ((const char * const *)(a != NULL ? a : empty),
                       (const char * const *)(b != NULL ? b : empty));
}

/* The readers refuse a reference listed twice; the setters of lists of
 * references refuse it too. */
gboolean
_coop_strv_has_duplicates (const char * const *strv)
{
  g_autoptr(GHashTable) seen = NULL;

  if (strv == NULL || strv[0] == NULL || strv[1] == NULL)
    return FALSE;

  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; strv[i] != NULL; i++)
    if (!g_hash_table_add (seen, (gpointer)strv[i]))
      return TRUE;

  return FALSE;
}

gboolean
_coop_date_equal (GDateTime *a,
                  GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_date_time_equal (a, b);
}

JsonObject *
_coop_object_get_extra (gpointer object)
{
  return g_object_get_qdata (object, coop_extra_quark ());
}

void
_coop_object_set_extra (gpointer    object,
                        JsonObject *extra)
{
  g_object_set_qdata_full (object, coop_extra_quark (),
                           extra != NULL ? json_object_ref (extra) : NULL,
                           (GDestroyNotify)json_object_unref);
}

guint
_coop_object_get_line (gpointer object)
{
  return GPOINTER_TO_UINT (g_object_get_qdata (object, coop_line_quark ()));
}

void
_coop_object_set_line (gpointer object,
                       guint    line)
{
  g_object_set_qdata (object, coop_line_quark (), GUINT_TO_POINTER (line));
}

gboolean
_coop_object_check_required (gpointer   object,
                             GError   **error)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);
  for (guint i = 0; i < n; i++)
    {
      GType type = G_PARAM_SPEC_VALUE_TYPE (pspecs[i]);
      g_auto(GValue) value = G_VALUE_INIT;
      gboolean missing;

      if ((pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY) == 0 || g_str_equal (pspecs[i]->name, "note") ||
          (type != G_TYPE_STRING && type != G_TYPE_DATE_TIME))
        continue;

      g_value_init (&value, type);
      g_object_get_property (object, pspecs[i]->name, &value);
      missing = type == G_TYPE_STRING ? g_value_get_string (&value) == NULL : g_value_get_boxed (&value) == NULL;
      if (missing)
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD,
                       _("the %s has no “%s”; expected it set when the object is created"),
                       G_OBJECT_TYPE_NAME (object), pspecs[i]->name);
          return FALSE;
        }
    }

  return TRUE;
}
