/* coop-cmd-fmt.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdio.h>

#include "coop-tool.h"

int
coop_cmd_fmt (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoopAtlas) atlas = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(GError) error = NULL;
  gboolean in_place = FALSE;
  int year = 0;
  const GOptionEntry entries[] = {
    { "in-place", 'i', 0, G_OPTION_ARG_NONE, &in_place,
      N_("Rewrite the file itself (atomically) instead of printing"), NULL },
    G_OPTION_ENTRY_NULL
  };
  int status;

  context = g_option_context_new (_("MODEL.json"));
  g_option_context_set_summary (context,
                                _("Rewrite a model document in canonical form: known members in a "
                                  "fixed order, unknown ones kept and sorted, territories sorted by "
                                  "code, actors, posts, mandates, bodies and agreements by "
                                  "identifier. A canonical file comes out byte for byte the same."));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  coop_tool_add_year_option (context, &year);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return coop_tool_usage_error (context, error->message);
  if (coop_tool_apply_year (context, year) != COOP_EXIT_OK)
    return COOP_EXIT_ERROR;
  if (argc != 2)
    return coop_tool_usage_error (context, _("expected one model document"));

  atlas = coop_tool_open_atlas ();
  if (atlas == NULL)
    return COOP_EXIT_ERROR;

  model = coop_tool_open_model (atlas, argv[1], &status);
  if (model == NULL)
    return status;

  if (in_place)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[1]);

      if (!coop_model_save_to_file (model, file, NULL, &error))
        {
          coop_tool_print_error (error->message);
          return COOP_EXIT_ERROR;
        }
    }
  else
    {
      gsize length;
      g_autofree char *data = coop_model_to_data (model, &length);

      fwrite (data, 1, length, stdout);
    }

  return COOP_EXIT_OK;
}
