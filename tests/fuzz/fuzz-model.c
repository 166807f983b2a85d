/* fuzz-model.c — the user's model document.
 *
 * A document that loads must write back canonically and load again to the
 * same bytes (nothing lost on a round trip), every perimeter question
 * must be answerable on it, and so must the check of its cooperation
 * sections.
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "coop-model.h"
#include "coop-finding.h"
#include "fuzz-common.h"

#define MAX_TERRITORIES 32

static void
exercise_model (CoopModel *model)
{
  GListModel *territories = coop_model_get_territories (model);
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 6, 1, 0, 0, 0);
  g_autoptr(GListModel) findings = coop_model_validate (model);
  g_autoptr(GListModel) checked = coop_model_check (model, date);
  guint n = MIN (g_list_model_get_n_items (territories), MAX_TERRITORIES);

  for (guint i = 0; i < g_list_model_get_n_items (checked); i++)
    {
      g_autoptr(CoopFinding) finding = g_list_model_get_item (checked, i);
      g_autofree char *text = coop_finding_to_string (finding);
    }

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoopFinding) finding = g_list_model_get_item (findings, i);
      g_autofree char *text = coop_finding_to_string (finding);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopTerritory) territory = g_list_model_get_item (territories, i);
      g_autoptr(CoopTerritory) first = i > 0 ? g_list_model_get_item (territories, 0) : NULL;
      g_autoptr(GListModel) members = coop_model_list_members (model, territory);
      g_autoptr(GListModel) communes = coop_model_list_communes (model, territory);
      /* Containers walk the perimeter of every territory of the model,
       * each as large as a région: asked of a few territories only, or a
       * document of a hundred nested territories takes seconds under the
       * sanitizers (libFuzzer's timeout found this). */
      g_autoptr(GListModel) containers = i < 4 ? coop_model_list_containers (model, territory) : NULL;
      g_autoptr(GListModel) overlap = NULL;

      (void)coop_model_get_population (model, territory);
      (void)coop_territory_get_nature (territory);
      if (first != NULL)
        overlap = coop_model_list_overlap (model, first, territory);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static CoopAtlas *atlas;
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(CoopModel) again = NULL;
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;
  gsize written_length, rewritten_length;

  if (atlas == NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (fuzz_france_atlas_path ());

      atlas = coop_atlas_new_for_file (file, NULL, &error);
      g_assert_no_error (error);
    }

  model = coop_model_new_from_data (atlas, (const char *)data, size, &error);
  if (model == NULL)
    {
      g_assert (error != NULL && error->domain == COOP_ERROR);
      g_assert (error->message != NULL && error->message[0] != '\0');
      return 0;
    }
  g_assert (error == NULL);

  written = coop_model_to_data (model, &written_length);
  again = coop_model_new_from_data (atlas, written, written_length, &error);
  if (again == NULL)
    {
      /* abort(), not g_error(): libFuzzer saves the input on SIGABRT. */
      g_printerr ("a written document does not load again: %s\n%s\n", error->message, written);
      abort ();
    }
  rewritten = coop_model_to_data (again, &rewritten_length);
  if (written_length != rewritten_length || memcmp (written, rewritten, written_length) != 0)
    {
      g_printerr ("a round trip changed the document:\n%s\n----\n%s\n", written, rewritten);
      abort ();
    }

  exercise_model (model);

  return 0;
}
