/* coop-i18n.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "coop-i18n-private.h"

/* Binds the text domain once, lazily, so that a program need not know
 * libcoop translates its messages. COOP_LOCALEDIR points it at another
 * catalogue directory, such as the build tree's po/ in tests. */
static void
ensure_text_domain (void)
{
  static gsize bound = 0;

  if (g_once_init_enter (&bound))
    {
      const char *localedir = g_getenv ("COOP_LOCALEDIR");

      bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && localedir[0] != '\0' ? localedir : COOP_LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_once_init_leave (&bound, 1);
    }
}

const char *
_coop_gettext (const char *msgid)
{
  ensure_text_domain ();
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

const char *
_coop_pgettext (const char *context,
                const char *msgid)
{
  ensure_text_domain ();
  return g_dpgettext2 (GETTEXT_PACKAGE, context, msgid);
}
