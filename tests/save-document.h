/* save-document.h — the large model document test-save.c works with.
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

/* N territories of project, each over one commune and carrying a
 * kilobyte of unknown member, so that a save takes long enough to be
 * interrupted in the middle. */
static inline char *
save_document_new (guint n_territories)
{
  GString *out = g_string_new ("{\"format\": \"libcoop-model\", \"version\": 1, \"name\": \"generation 0\", \"territories\": [");
  g_autofree char *note = g_strnfill (1024, 'x');

  for (guint i = 0; i < n_territories; i++)
    g_string_append_printf (out, "%s{\"code\": \"t%05u\", \"kind\": \"custom\", \"name\": \"Territory %u\", "
                            "\"members\": [\"38563\"], \"x-note\": \"%s\"}",
                            i > 0 ? ", " : "", i, i, note);
  g_string_append (out, "]}");

  return g_string_free (out, FALSE);
}
