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
