/* fuzz-source.c — the etalab source files the atlas compiler reads.
 *
 * The first byte picks which file of a small valid source directory the
 * rest of the input replaces, so every file kind is reached; a compiled
 * result must open and answer.
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "coop-atlas-compiler-private.h"
#include "fuzz-common.h"

static const char * const source_files[] = {
  "source", "regions", "departements", "communes", "epci", "ept",
};

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static GFile *directory;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GBytes) compiled = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = NULL;

  if (size < 1)
    return 0;

  if (directory == NULL)
    directory = g_file_new_for_path (fuzz_tiny_source_dir ());

  contents = g_bytes_new (data + 1, size - 1);
  compiled = _coop_atlas_compile_source_with (directory,
                                              source_files[data[0] % G_N_ELEMENTS (source_files)],
                                              contents, NULL, &error);
  if (compiled == NULL)
    {
      g_assert (error != NULL && error->domain == COOP_ERROR);
      g_assert (error->message != NULL && error->message[0] != '\0');
      return 0;
    }

  /* The compiler's output must always be an atlas the reader accepts,
   * unless the source holds no territory at all. */
  atlas = _coop_atlas_new_for_bytes (compiled, &error);
  if (atlas == NULL)
    {
      g_assert (g_error_matches (error, COOP_ERROR, COOP_ERROR_CORRUPT_ATLAS));
      g_assert (strstr (error->message, "no territory") != NULL);
      return 0;
    }

  fuzz_exercise_atlas (atlas);

  return 0;
}
