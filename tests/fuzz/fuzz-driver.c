/* fuzz-driver.c — runs a fuzz target over files, without libFuzzer.
 *
 * Built when the compiler has no libFuzzer (the ordinary gcc build), so
 * that meson test replays the seed corpora and every crash ever found on
 * each target, under valgrind and the sanitizers too.
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

static guint n_inputs;

static int
path_cmp (gconstpointer a,
          gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static void
run_path (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      if (dir == NULL)
        g_error ("cannot open %s", path);
      while ((name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (names, g_build_filename (path, name, NULL));
      g_ptr_array_sort (names, path_cmp);
      for (guint i = 0; i < names->len; i++)
        run_path (names->pdata[i]);
      return;
    }

  {
    g_autofree char *contents = NULL;
    g_autoptr(GError) error = NULL;
    gsize length;

    if (!g_file_get_contents (path, &contents, &length, &error))
      g_error ("%s", error->message);
    LLVMFuzzerTestOneInput ((const uint8_t *)contents, length);
    n_inputs++;
  }
}

int
main (int   argc,
      char *argv[])
{
  if (argc < 2)
    {
      g_printerr ("usage: %s FILE-OR-DIRECTORY…\n", argv[0]);
      return EXIT_FAILURE;
    }

  for (int i = 1; i < argc; i++)
    run_path (argv[i]);

  g_print ("%s: %u inputs, no crash\n", argv[0], n_inputs);
  return EXIT_SUCCESS;
}
