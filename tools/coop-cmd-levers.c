/* coop-cmd-levers.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-tool.h"

static JsonNode *
diagnostic_to_json (CoopDiagnostic *diagnostic)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GListModel *levers = coop_diagnostic_get_levers (diagnostic);
  GListModel *warnings = coop_diagnostic_get_warnings (diagnostic);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "levers");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (levers); i++)
    {
      g_autoptr(CoopLeverScore) lever = g_list_model_get_item (levers, i);
      const char * const *evidence = coop_lever_score_get_evidence (lever);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "number");
      json_builder_add_int_value (builder, coop_lever_score_get_number (lever));
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, coop_lever_score_get_id (lever));
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, coop_lever_score_get_label (lever, NULL));
      json_builder_set_member_name (builder, "score");
      json_builder_add_double_value (builder, coop_lever_score_get_score (lever));
      json_builder_set_member_name (builder, "weak");
      json_builder_add_boolean_value (builder, coop_lever_score_get_weak (lever));
      json_builder_set_member_name (builder, "evidence");
      json_builder_begin_array (builder);
      for (guint e = 0; evidence[e] != NULL; e++)
        json_builder_add_string_value (builder, evidence[e]);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "recommendation");
      json_builder_add_string_value (builder, coop_lever_score_get_recommendation (lever, NULL));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "warnings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (warnings); i++)
    {
      g_autoptr(CoopWarningSign) sign = g_list_model_get_item (warnings, i);
      const char * const *subjects = coop_warning_sign_get_subjects (sign);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, coop_warning_sign_get_code (sign));
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, coop_warning_sign_get_message (sign, NULL));
      json_builder_set_member_name (builder, "figure");
      json_builder_add_double_value (builder, coop_warning_sign_get_figure (sign));
      json_builder_set_member_name (builder, "subjects");
      json_builder_begin_array (builder);
      for (guint s = 0; subjects[s] != NULL; s++)
        json_builder_add_string_value (builder, subjects[s]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

int
coop_cmd_levers (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoopAtlas) atlas = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(CoopDiagnostic) diagnostic = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *date_text = NULL;
  CoopToolOptions options = { NULL, COOP_OUTPUT_TEXT };
  const GOptionEntry entries[] = {
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_text, N_("Diagnose at this date (default: today)"), N_("YYYY-MM-DD") },
    G_OPTION_ENTRY_NULL
  };
  int status;

  context = coop_tool_option_context_new (_("MODEL.json"),
                                          _("Score the ten levers of cooperation, in four axes, from the evidence "
                                            "of a model, with the recommendation for each weak lever, and list "
                                            "the warning signs found."),
                                          entries, &options);
  status = coop_tool_parse (context, &options, &argc, &argv);
  g_free (options.format_name);
  if (status != COOP_EXIT_OK)
    return status;
  if (argc != 2)
    return coop_tool_usage_error (context, _("expected one model document"));

  if ((date = coop_tool_parse_date_option (context, date_text, &status)) == NULL ||
      (atlas = coop_tool_open_atlas ()) == NULL)
    return status != COOP_EXIT_OK ? status : COOP_EXIT_ERROR;

  model = coop_tool_open_model (atlas, argv[1], &status);
  if (model == NULL)
    return status;

  diagnostic = coop_diagnostic_new (model, date);

  if (options.format == COOP_OUTPUT_JSON)
    {
      g_autoptr(JsonNode) root = diagnostic_to_json (diagnostic);

      coop_tool_print_json (root);
    }
  else
    {
      const char *columns[] = { "lever", "axis", "score", "weak", "evidence", "recommendation", NULL };
      g_autoptr(CoopTable) table = coop_table_new (columns);
      GListModel *levers = coop_diagnostic_get_levers (diagnostic);
      GListModel *warnings = coop_diagnostic_get_warnings (diagnostic);

      for (guint i = 0; i < g_list_model_get_n_items (levers); i++)
        {
          g_autoptr(CoopLeverScore) lever = g_list_model_get_item (levers, i);
          g_autofree char *label = g_strdup_printf ("%u %s", coop_lever_score_get_number (lever),
                                                    coop_lever_score_get_id (lever));
          char score[G_ASCII_DTOSTR_BUF_SIZE];
          g_autofree char *evidence = g_strjoinv ("; ", (char **)coop_lever_score_get_evidence (lever));
          gboolean weak = coop_lever_score_get_weak (lever);

          /* 0.50 in CSV whatever the locale, as the seats command writes. */
          g_ascii_formatd (score, sizeof score, "%.2f", coop_lever_score_get_score (lever));

          coop_table_add_row (table, label,
                              coop_lever_axis_get_label (coop_lever_score_get_axis (lever), NULL),
                              score, weak ? "yes" : "no", evidence,
                              options.format == COOP_OUTPUT_CSV || weak
                                ? coop_lever_score_get_recommendation (lever, NULL) : "",
                              NULL);
        }

      if (options.format == COOP_OUTPUT_TEXT)
        {
          for (guint i = 0; i < g_list_model_get_n_items (levers); i++)
            {
              g_autoptr(CoopLeverScore) lever = g_list_model_get_item (levers, i);

              g_print ("%2u. %3.0f%%  %s%s\n", coop_lever_score_get_number (lever),
                       100 * coop_lever_score_get_score (lever), coop_lever_score_get_label (lever, NULL),
                       coop_lever_score_get_weak (lever) ? _(" (weak)") : "");
              if (coop_lever_score_get_weak (lever))
                g_print ("           → %s\n", coop_lever_score_get_recommendation (lever, NULL));
            }
          g_print ("\n%s\n", _("Warning signs:"));
          if (g_list_model_get_n_items (warnings) == 0)
            g_print ("  %s\n", _("none"));
          for (guint i = 0; i < g_list_model_get_n_items (warnings); i++)
            {
              g_autoptr(CoopWarningSign) sign = g_list_model_get_item (warnings, i);

              g_print ("  - %s [%s]\n", coop_warning_sign_get_message (sign, NULL), coop_warning_sign_get_code (sign));
            }
        }
      else
        coop_table_print (table, options.format);
    }

  return COOP_EXIT_OK;
}
