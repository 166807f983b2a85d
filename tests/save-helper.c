/* save-helper.c — saves a large model again and again until killed.
 *
 * Used by test-save.c, which kills it and checks what is left on the disk.
 *
 *   save-helper FILE N-TERRITORIES FIRST-GENERATION
 *       saves generation after generation until killed from outside,
 *       printing "saved GENERATION" after each save;
 *   save-helper FILE N-TERRITORIES FIRST-GENERATION SAVE STEP [copy]
 *       the same, but kills itself with SIGKILL at the STEP-th step
 *       (from 0) of its SAVE-th save (from 1), after printing
 *       "step NAME file|backup" for each step of that save; prints
 *       "complete" and exits when that save has fewer steps. "copy" takes
 *       the path of file systems without hard links.
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coop-model.h"
#include "coop-save-private.h"
#include "save-document.h"

typedef struct {
  const char *path;
  guint64     save;       /* the save under way, from 1 */
  guint64     kill_save;  /* 0: never */
  guint64     kill_step;
  guint64     step;       /* steps reached in the kill save */
} Killer;

static void
on_step (CoopSaveStep  step,
         const char   *path,
         gpointer      user_data)
{
  Killer *killer = user_data;

  if (killer->save != killer->kill_save)
    return;
  printf ("step %s %s\n", _coop_save_step_to_string (step),
          strcmp (path, killer->path) == 0 ? "file" : "backup");
  fflush (stdout);
  if (killer->step++ == killer->kill_step)
    raise (SIGKILL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CoopAtlas) atlas = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *document = NULL;
  Killer killer = { 0 };
  guint64 generation;

  if (argc != 4 && argc != 6 && argc != 7)
    {
      g_printerr ("usage: %s FILE N-TERRITORIES FIRST-GENERATION [SAVE STEP [copy]]\n", argv[0]);
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
  killer.path = argv[1];
  if (argc >= 6)
    {
      killer.kill_save = g_ascii_strtoull (argv[4], NULL, 10);
      killer.kill_step = g_ascii_strtoull (argv[5], NULL, 10);
      _coop_save_set_step_hook (on_step, &killer);
    }
  if (argc == 7)
    _coop_save_set_hard_links_refused (g_str_equal (argv[6], "copy"));

  for (generation = g_ascii_strtoull (argv[3], NULL, 10); ; generation++)
    {
      g_autofree char *name = g_strdup_printf ("generation %" G_GUINT64_FORMAT, generation);

      killer.save++;
      coop_model_set_name (model, name);
      if (!coop_model_save_to_file_full (model, file, COOP_SAVE_FLAGS_BACKUP, NULL, &error))
        g_error ("%s", error->message);
      printf ("saved %" G_GUINT64_FORMAT "\n", generation);
      fflush (stdout);
      if (killer.save == killer.kill_save)
        {
          printf ("complete\n");
          return EXIT_SUCCESS;
        }
    }

  return EXIT_SUCCESS;
}
