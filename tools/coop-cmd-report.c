/* coop-cmd-report.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "coop-tool.h"

/* Whether coop_report_save_to_file() writes HTML to @output. */
static gboolean
names_html_file (const char *output)
{
  g_autofree char *name = g_ascii_strdown (output, -1);

  if (g_str_has_suffix (name, ".gz"))
    name[strlen (name) - 3] = '\0';
  return g_str_has_suffix (name, ".html") || g_str_has_suffix (name, ".htm");
}

int
coop_cmd_report (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoopAtlas) atlas = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(CoopScale) scale = NULL;
  g_autoptr(CoopReport) report = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *territory = NULL;
  g_autofree char *output = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *scale_name = NULL;
  g_autofree char *language = NULL;
  gboolean markdown = FALSE;
  int year = 0;
  const GOptionEntry entries[] = {
    { "territory", 't', 0, G_OPTION_ARG_STRING, &territory, N_("Keep only the cooperations of this territory"), N_("CODE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE, replaced atomically: HTML for .html or .htm, Markdown for .md or .markdown, "
         "gzipped when followed by .gz; - for standard output (the default)"), N_("FILE") },
    { "markdown", 0, 0, G_OPTION_ARG_NONE, &markdown,
      N_("Print Markdown rather than HTML (with --output, the name must end in .md or .markdown)"), NULL },
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_text, N_("Assess at this date (default: today)"), N_("YYYY-MM-DD") },
    { "scale", 's', 0, G_OPTION_ARG_FILENAME, &scale_name,
      N_("A shipped scale (libcoop, frey-2006) or a scale file (default: libcoop)"), N_("SCALE") },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &language, N_("A language such as fr or en (default: the locale's)"), N_("LANGUAGE") },
    G_OPTION_ENTRY_NULL
  };
  int status = COOP_EXIT_OK;

  context = g_option_context_new (_("MODEL.json"));
  g_option_context_set_summary (context,
                                _("Write the cooperation report of a model: a self-contained HTML page (charts "
                                  "as inline SVG, nothing fetched from the network) or Markdown, in the "
                                  "locale's language."));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  coop_tool_add_year_option (context, &year);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return coop_tool_usage_error (context, error->message);
  if (coop_tool_apply_year (context, year) != COOP_EXIT_OK)
    return COOP_EXIT_ERROR;
  if (argc != 2)
    return coop_tool_usage_error (context, _("expected one model document"));
  if (!coop_language_is_available (language))
    {
      g_autofree char *message = g_strdup_printf (_("unknown language “%s”: libcoop has no translation into it"),
                                                  language);

      return coop_tool_usage_error (context, message);
    }

  /* The name of the output decides its format; an explicit --markdown that
   * the name contradicts is a mistake to point out, not to settle
   * silently either way (a .html file of Markdown opens as plain text). */
  if (markdown && output != NULL && names_html_file (output))
    {
      g_autofree char *message = g_strdup_printf (_("--markdown asks for Markdown, but the output “%s” is "
                                                    "an HTML file by its name: name it .md or .markdown, "
                                                    "or leave out --markdown"),
                                                  output);

      return coop_tool_usage_error (context, message);
    }

  if ((date = coop_tool_parse_date_option (context, date_text, &status)) == NULL ||
      (scale = coop_tool_open_scale (scale_name, &status)) == NULL ||
      (atlas = coop_tool_open_atlas ()) == NULL)
    return status != COOP_EXIT_OK ? status : COOP_EXIT_ERROR;

  model = coop_tool_open_model (atlas, argv[1], &status);
  if (model == NULL)
    return status;

  report = coop_report_new (model);
  coop_report_set_territory (report, territory);
  coop_report_set_date (report, date);
  coop_report_set_scale (report, scale);
  if (language != NULL)
    coop_report_set_language (report, language);

  if (output != NULL && !g_str_equal (output, "-"))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      if (!coop_report_save_to_file (report, file, NULL, &error))
        {
          coop_tool_print_error (error->message);
          return COOP_EXIT_ERROR;
        }
      g_printerr (_("Report written to %s\n"), output);
    }
  else
    {
      g_autofree char *text = markdown ? coop_report_to_markdown (report, &error)
                                       : coop_report_to_html (report, &error);

      if (text == NULL)
        {
          coop_tool_print_error (error->message);
          return COOP_EXIT_ERROR;
        }
      /* Write errors on standard output are reported by main(). */
      fputs (text, stdout);
    }

  return COOP_EXIT_OK;
}
