/* save-helper.c — saves a large model again and again until killed.
 *
 * Used by test-save.c, which kills it at random moments and checks what is
 * left on the disk. Usage: save-helper FILE N-TERRITORIES FIRST-GENERATION
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "coop-model.h"
#include "save-document.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CoopAtlas) atlas = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *document = NULL;
  guint64 generation;

  if (argc != 4)
    {
      g_printerr ("usage: %s FILE N-TERRITORIES FIRST-GENERATION\n", argv[0]);
      return EXIT_FAILURE;
    }

  atlas = coop_atlas_dup_default (&error);
  if (atlas == NULL)
    g_error ("%s", error->message);

  document = save_document_new (g_ascii_strtoull (argv[2], NULL, 10));
  model = coop_model_new_from_data (atlas, document, -1, &error);
  if (model == NULL)
    g_error ("%s", error->message);

  file = g_file_new_for_path (argv[1]);
  for (generation = g_ascii_strtoull (argv[3], NULL, 10); ; generation++)
    {
      g_autofree char *name = g_strdup_printf ("generation %" G_GUINT64_FORMAT, generation);

      coop_model_set_name (model, name);
      if (!coop_model_save_to_file_full (model, file, COOP_SAVE_FLAGS_BACKUP, NULL, &error))
        g_error ("%s", error->message);
    }

  return EXIT_SUCCESS;
}
