/* bench-model-memory.c — where the memory of loading a model goes
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   bench-model-memory base  MODEL.json   open the atlas only
 *   bench-model-memory parse MODEL.json   open the atlas, read the file
 *                                         and parse it with json-glib
 *   bench-model-memory load  MODEL.json   open the atlas and load the
 *                                         model (coop_model_new_from_file)
 *
 * Each prints one line of JSON: the process's peak (VmHWM) resident
 * memory and the bytes malloc holds in use at the end (what the loaded
 * data keeps, whatever the allocator has not given back), in kB. One mode
 * per process, so that each peak is its own; bench/model_scale.py
 * subtracts "base".
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <malloc.h>
#include <stdio.h>
#include <string.h>

#include "libcoop.h"

static long
status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, field);
  return line != NULL ? strtol (line + strlen (field) + 1, NULL, 10) : -1;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (argc != 3)
    {
      fprintf (stderr, "usage: %s base|parse|load MODEL.json\n", argv[0]);
      return 2;
    }

  atlas = coop_atlas_dup_default (&error);
  if (atlas == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  if (g_str_equal (argv[1], "parse"))
    {
      parser = json_parser_new ();
      if (!g_file_get_contents (argv[2], &contents, &length, &error) ||
          !json_parser_load_from_data (parser, contents, length, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
    }
  else if (g_str_equal (argv[1], "load"))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[2]);

      model = coop_model_new_from_file (atlas, file, NULL, &error);
      if (model == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
    }
  else if (!g_str_equal (argv[1], "base"))
    {
      fprintf (stderr, "unknown mode %s\n", argv[1]);
      return 2;
    }

  printf ("{\"peak_kb\": %ld, \"in_use_kb\": %zu}\n", status_kb ("VmHWM:"), mallinfo2 ().uordblks / 1024);
  return 0;
}
