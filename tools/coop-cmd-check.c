/* coop-cmd-check.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-tool.h"

int
coop_cmd_check (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoopAtlas) atlas = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autofree char *when_none = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *date_text = NULL;
  CoopToolOptions options = { NULL, COOP_OUTPUT_TEXT };
  const GOptionEntry entries[] = {
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_text,
      N_("Check as of this day, YYYY-MM-DD (default: today)"), N_("DATE") },
    G_OPTION_ENTRY_NULL
  };
  int status;

  context = coop_tool_option_context_new (_("MODEL.json"),
                                          _("Check a whole model: its territories and its cooperation "
                                            "(actors, posts, mandates, bodies, agreements). Exit status: "
                                            "0 when it has no error (warnings and notes are listed all "
                                            "the same), 1 when it has errors, 2 when it cannot be read."),
                                          entries, &options);
  status = coop_tool_parse (context, &options, &argc, &argv);
  g_free (options.format_name);
  if (status != COOP_EXIT_OK)
    return status;
  if (argc != 2)
    return coop_tool_usage_error (context, _("expected one model document"));
  if (date_text != NULL && (date = coop_tool_parse_date (date_text)) == NULL)
    return coop_tool_usage_error (context, _("--date expects a day written YYYY-MM-DD"));

  atlas = coop_tool_open_atlas ();
  if (atlas == NULL)
    return COOP_EXIT_ERROR;

  model = coop_tool_open_model (atlas, argv[1], &status);
  if (model == NULL)
    return status;

  findings = coop_model_check (model, date);
  when_none = g_strdup_printf (_("%s: no finding\n"), argv[1]);

  return coop_tool_print_findings (argv[1], findings, options.format, when_none);
}
