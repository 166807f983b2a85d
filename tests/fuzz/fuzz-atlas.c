/* fuzz-atlas.c — the compiled atlas file: header, tables and indexes.
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = NULL;
  guint8 *copy;

  /* A mapped file starts page-aligned; so does this copy. */
  copy = g_malloc (size + 1);
  memcpy (copy, data, size);
  bytes = g_bytes_new_take (copy, size);

  atlas = _coop_atlas_new_for_bytes (bytes, &error);
  if (atlas == NULL)
    {
      g_assert (error != NULL && error->domain == COOP_ERROR);
      g_assert (error->code == COOP_ERROR_CORRUPT_ATLAS ||
                error->code == COOP_ERROR_UNSUPPORTED_VERSION);
      return 0;
    }

  g_assert (error == NULL);
  fuzz_exercise_atlas (atlas);

  /* Every other millésime the file holds, and one it does not. */
  {
    guint n_years;
    g_autofree guint *years = coop_atlas_get_years (atlas, &n_years);

    for (guint i = 0; i + 1 < n_years && i < 4; i++)
      {
        g_autoptr(GError) year_error = NULL;
        g_autoptr(CoopAtlas) other = coop_atlas_open_year (atlas, years[i], &year_error);

        if (other == NULL)
          {
            g_assert (year_error != NULL && year_error->domain == COOP_ERROR);
            continue;
          }
        fuzz_exercise_atlas (other);
      }
    {
      g_autoptr(GError) year_error = NULL;
      g_autoptr(CoopAtlas) none = NULL;
      guint absent = 1;

      for (guint i = 0; i < n_years; i++)
        absent = MAX (absent, years[i] + 1);
      none = coop_atlas_open_year (atlas, absent, &year_error);
      g_assert (none == NULL && year_error != NULL && year_error->code == COOP_ERROR_NOT_FOUND);
    }
  }

  return 0;
}
