/* coop-language.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-language-private.h"

const char *
_coop_language_pick (const char *language)
{
  if (language == NULL || language[0] == '\0')
    {
      const char * const *names = g_get_language_names ();

      language = names[0];
    }

  return g_str_has_prefix (language, "fr") ? "fr" : "en";
}

gboolean
_coop_language_is_french (const char *language)
{
  return g_str_equal (_coop_language_pick (language), "fr");
}
