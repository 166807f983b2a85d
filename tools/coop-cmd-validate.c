/* coop-cmd-validate.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-tool.h"

int
coop_cmd_validate (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoopAtlas) atlas = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autofree char *when_none = NULL;
  CoopToolOptions options = { NULL, COOP_OUTPUT_TEXT };
  int status;

  context = coop_tool_option_context_new (_("MODEL.json"),
                                          _("Check a model document. Exit status: 0 when it has no "
                                            "error (warnings and notes are listed all the same), 1 "
                                            "when it has errors, 2 when it cannot be read or parsed."),
                                          NULL, &options);
  status = coop_tool_parse (context, &options, &argc, &argv);
  g_free (options.format_name);
  if (status != COOP_EXIT_OK)
    return status;
  if (argc != 2)
    return coop_tool_usage_error (context, _("expected one model document"));

  atlas = coop_tool_open_atlas ();
  if (atlas == NULL)
    return COOP_EXIT_ERROR;

  model = coop_tool_open_model (atlas, argv[1], &status);
  if (model == NULL)
    return status;

  findings = coop_model_validate (model);
  when_none = g_strdup_printf (_("%s: valid\n"), argv[1]);

  return coop_tool_print_findings (argv[1], findings, options.format, when_none);
}
