/* coop-cmd-search.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-tool.h"

int
coop_cmd_search (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoopAtlas) atlas = NULL;
  g_autoptr(GListModel) results = NULL;
  g_autoptr(CoopTable) table = NULL;
  g_autofree char *text = NULL;
  CoopToolOptions options = { NULL, COOP_OUTPUT_TEXT };
  int limit = 20;
  const GOptionEntry entries[] = {
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit,
      N_("Show at most N results, 0 for all (default: 20)"), N_("N") },
    G_OPTION_ENTRY_NULL
  };
  /* Keys in CSV and JSON; translated in aligned text. */
  const char *columns[] = {
    NC_("column", "code"), NC_("column", "kind"), NC_("column", "name"),
    NC_("column", "population"), NC_("column", "departement"), NULL
  };
  guint n;
  int status;

  context = coop_tool_option_context_new (_("TEXT…"),
                                          _("Find territories whose name, or a word of it, begins with "
                                            "TEXT, ignoring case and accents. Exact names come first, "
                                            "then the most populous."),
                                          entries, &options);
  status = coop_tool_parse (context, &options, &argc, &argv);
  g_free (options.format_name);
  if (status != COOP_EXIT_OK)
    return status;
  if (argc < 2)
    return coop_tool_usage_error (context, _("expected the text to search for"));
  if (limit < 0)
    return coop_tool_usage_error (context, _("--limit expects 0 or more"));

  atlas = coop_tool_open_atlas ();
  if (atlas == NULL)
    return COOP_EXIT_ERROR;

  text = g_strjoinv (" ", argv + 1);
  results = coop_atlas_search (atlas, text, limit);
  table = coop_table_new (columns);
  coop_table_set_numbers (table, "population", NULL);
  n = g_list_model_get_n_items (results);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopTerritory) territory = g_list_model_get_item (results, i);
      g_autofree char *population = coop_tool_format_count (coop_atlas_get_population (atlas, territory));
      g_autofree char *reference = coop_territory_dup_reference (territory);

      coop_table_add_row (table, reference,
                          coop_tool_enum_text (options.format, COOP_TYPE_TERRITORY_KIND,
                                               coop_territory_get_kind (territory)),
                          coop_territory_get_name (territory), population,
                          coop_territory_get_departement_code (territory), NULL);
    }

  coop_table_print (table, options.format);

  return n > 0 ? COOP_EXIT_OK : COOP_EXIT_FINDINGS;
}
