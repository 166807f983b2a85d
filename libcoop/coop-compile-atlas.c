/* coop-compile-atlas.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* Build-time helper: compiles a source directory into an atlas file. */

#include "config.h"

#include <stdlib.h>

#include "coop-atlas.h"
#include "coop-save-private.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) directory = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 3)
    {
      g_printerr ("usage: %s SOURCE-DIRECTORY OUTPUT.atlas\n", argv[0]);
      return EXIT_FAILURE;
    }

  directory = g_file_new_for_path (argv[1]);
  output = g_file_new_for_path (argv[2]);
  bytes = coop_atlas_compile_source (directory, NULL, &error);
  /* Replaced atomically, as every file libcoop writes. */
  if (bytes == NULL ||
      !_coop_save_contents (output, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                            COOP_SAVE_FLAGS_NONE, NULL, &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}
