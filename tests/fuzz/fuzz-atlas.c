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

  return 0;
}
