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
  g_autoptr(CoopTable) table = NULL;
  CoopToolOptions options = { NULL, COOP_OUTPUT_TEXT };
  const char *columns[] = { "severity", "code", "subject", "path", "line", "message", NULL };
  guint n_errors = 0;
  guint n;
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
  n = g_list_model_get_n_items (findings);
  table = coop_table_new (columns);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopFinding) finding = g_list_model_get_item (findings, i);
      g_autofree char *line = g_strdup_printf ("%u", coop_finding_get_line (finding));

      if (coop_finding_get_severity (finding) == COOP_SEVERITY_ERROR)
        n_errors++;

      if (options.format == COOP_OUTPUT_TEXT)
        coop_tool_print_finding (argv[1], finding);
      else
        coop_table_add_row (table, coop_severity_to_string (coop_finding_get_severity (finding)),
                            coop_finding_get_code (finding), coop_finding_get_subject (finding),
                            coop_finding_get_path (finding), line, coop_finding_get_message (finding),
                            NULL);
    }

  if (options.format != COOP_OUTPUT_TEXT)
    coop_table_print (table, options.format);
  else if (n == 0)
    g_print (_("%s: valid\n"), argv[1]);

  return n_errors > 0 ? COOP_EXIT_FINDINGS : COOP_EXIT_OK;
}
