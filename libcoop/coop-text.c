/* coop-text.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-text-private.h"

/*
 * The search key of a name: transliterated to ASCII (so "Saint-Étienne",
 * "saint etienne" and "SAINT ETIENNE" meet), lower-cased, every run of
 * punctuation or space folded to one space.
 */
char *
_coop_text_normalise (const char *text)
{
  g_autofree char *ascii = NULL;
  GString *key;
  gboolean pending_space = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  ascii = g_str_to_ascii (text, "C");
  key = g_string_sized_new (strlen (ascii));

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (pending_space && key->len > 0)
            g_string_append_c (key, ' ');
          pending_space = FALSE;
          g_string_append_c (key, g_ascii_tolower (*p));
        }
      else
        {
          pending_space = TRUE;
        }
    }

  return g_string_free (key, FALSE);
}

/*
 * The search key of what a user typed: _coop_text_normalise() after the
 * usual ways of shortening a name are spelt out, so that "st etienne",
 * "Ste-Foy", "Châlons s/ Marne" and "Sables-d'Olonne (Les)" meet the names
 * as INSEE writes them.
 */
char *
_coop_text_normalise_query (const char *text)
{
  static const struct { const char *abbreviation; const char *word; } words[] = {
    { "st", "saint" },
    { "ste", "sainte" },
    { "sts", "saints" },
    { "stes", "saintes" },
  };
  static const char * const articles[] = { "le", "la", "les", "l" };
  g_autoptr(GString) spelt = g_string_new (NULL);
  g_autofree char *key = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) result = g_string_new (NULL);
  gboolean article_after;
  guint n_parts;

  g_return_val_if_fail (text != NULL, NULL);

  /* "s/" is "sur" ("Bar-s/-Aube", "Châlons s/ Marne"). */
  for (const char *p = text; *p != '\0'; p++)
    {
      if ((p[0] == 's' || p[0] == 'S') && p[1] == '/' &&
          (p == text || !g_ascii_isalnum (p[-1])))
        {
          g_string_append (spelt, " sur ");
          p++;
        }
      else
        g_string_append_c (spelt, *p);
    }

  /* An article written after the name, as in sorted lists. */
  article_after = strchr (text, '(') != NULL || strchr (text, ',') != NULL;

  key = _coop_text_normalise (spelt->str);
  parts = g_strsplit (key, " ", -1);
  n_parts = g_strv_length (parts);

  if (article_after && n_parts > 1)
    {
      for (guint a = 0; a < G_N_ELEMENTS (articles); a++)
        {
          if (g_str_equal (parts[n_parts - 1], articles[a]))
            {
              g_string_append (result, articles[a]);
              n_parts--;
              break;
            }
        }
    }

  for (guint i = 0; i < n_parts; i++)
    {
      const char *word = parts[i];

      for (guint w = 0; w < G_N_ELEMENTS (words); w++)
        {
          if (g_str_equal (word, words[w].abbreviation))
            word = words[w].word;
        }
      if (result->len > 0)
        g_string_append_c (result, ' ');
      g_string_append (result, word);
    }

  return g_string_free (g_steal_pointer (&result), FALSE);
}
