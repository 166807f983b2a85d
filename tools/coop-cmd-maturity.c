/* coop-cmd-maturity.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-tool.h"

static void
add_assessment_json (JsonBuilder     *builder,
                     CoopAssessment  *assessment,
                     const char      *name)
{
  GListModel *steps = coop_assessment_get_steps (assessment);
  CoopScaleStep *step = coop_assessment_get_step (assessment);
  g_auto(GStrv) missing = coop_assessment_dup_missing (assessment, NULL);
  const char * const *territories = coop_assessment_get_territories (assessment);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, name);
  json_builder_set_member_name (builder, "territories");
  json_builder_begin_array (builder);
  for (guint i = 0; territories[i] != NULL; i++)
    json_builder_add_string_value (builder, territories[i]);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "level");
  json_builder_add_int_value (builder, coop_assessment_get_level (assessment));
  json_builder_set_member_name (builder, "step");
  if (step != NULL)
    json_builder_add_string_value (builder, coop_scale_step_get_id (step));
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "steps");
  json_builder_begin_array (builder);
  for (guint s = 0; s < g_list_model_get_n_items (steps); s++)
    {
      g_autoptr(CoopStepResult) result = g_list_model_get_item (steps, s);
      GListModel *criteria = coop_step_result_get_criteria (result);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, coop_scale_step_get_id (coop_step_result_get_step (result)));
      json_builder_set_member_name (builder, "reached");
      json_builder_add_boolean_value (builder, coop_step_result_get_reached (result));
      json_builder_set_member_name (builder, "criteria");
      json_builder_begin_array (builder);
      for (guint c = 0; c < g_list_model_get_n_items (criteria); c++)
        {
          g_autoptr(CoopCriterionResult) criterion = g_list_model_get_item (criteria, c);
          g_autofree char *description = coop_criterion_describe (coop_criterion_result_get_criterion (criterion), NULL);
          const char * const *evidence = coop_criterion_result_get_evidence (criterion);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "criterion");
          json_builder_add_string_value (builder, description);
          json_builder_set_member_name (builder, "met");
          json_builder_add_boolean_value (builder, coop_criterion_result_get_met (criterion));
          json_builder_set_member_name (builder, "evidence");
          json_builder_begin_array (builder);
          for (guint e = 0; evidence[e] != NULL; e++)
            json_builder_add_string_value (builder, evidence[e]);
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "missing");
  json_builder_begin_array (builder);
  for (guint i = 0; missing[i] != NULL; i++)
    json_builder_add_string_value (builder, missing[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
print_assessment_text (CoopAssessment *assessment,
                       const char     *name)
{
  CoopScaleStep *step = coop_assessment_get_step (assessment);
  CoopScaleStep *next = coop_assessment_get_next_step (assessment);
  g_auto(GStrv) missing = coop_assessment_dup_missing (assessment, NULL);
  GListModel *steps = coop_assessment_get_steps (assessment);

  g_print ("%s\n", name);
  if (step != NULL)
    g_print ("  %s %u — %s\n", _("Step"), coop_assessment_get_level (assessment), coop_scale_step_get_label (step, NULL));
  else
    g_print ("  %s\n", _("Not yet on the first step"));

  for (guint s = 0; s < g_list_model_get_n_items (steps); s++)
    {
      g_autoptr(CoopStepResult) result = g_list_model_get_item (steps, s);
      GListModel *criteria = coop_step_result_get_criteria (result);

      for (guint c = 0; c < g_list_model_get_n_items (criteria); c++)
        {
          g_autoptr(CoopCriterionResult) criterion = g_list_model_get_item (criteria, c);
          g_autofree char *evidence = g_strjoinv (", ", (char **)coop_criterion_result_get_evidence (criterion));

          if (evidence[0] != '\0')
            g_print ("    %u %s %s\n", s + 1, coop_criterion_result_get_met (criterion) ? "✔" : "✘", evidence);
        }
    }

  if (next != NULL)
    {
      g_autofree char *climb = g_strdup_printf (_("To climb to %s:"), coop_scale_step_get_label (next, NULL));

      g_print ("  %s\n", climb);
      for (guint i = 0; missing[i] != NULL; i++)
        g_print ("    - %s\n", missing[i]);
    }
  g_print ("\n");
}

int
coop_cmd_maturity (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoopAtlas) atlas = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(CoopScale) scale = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GListStore) cooperations = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) assessments = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *date_text = NULL;
  g_autofree char *scale_name = NULL;
  CoopToolOptions options = { NULL, COOP_OUTPUT_TEXT };
  const GOptionEntry entries[] = {
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_text, N_("Assess at this date (default: today)"), N_("YYYY-MM-DD") },
    { "scale", 's', 0, G_OPTION_ARG_FILENAME, &scale_name,
      N_("A shipped scale (libcoop, frey-2006) or a scale file (default: libcoop)"), N_("SCALE") },
    G_OPTION_ENTRY_NULL
  };
  int status = COOP_EXIT_OK;

  context = coop_tool_option_context_new (_("MODEL.json [TERRITORY…]"),
                                          _("Assess cooperations on a maturity scale: the step reached, the "
                                            "evidence for each step and what is missing for the next. With "
                                            "territories, assess their cooperation; without, every cooperation "
                                            "of the model (territories brought together by an agreement or a body)."),
                                          entries, &options);
  status = coop_tool_parse (context, &options, &argc, &argv);
  g_free (options.format_name);
  if (status != COOP_EXIT_OK)
    return status;
  if (argc < 2)
    return coop_tool_usage_error (context, _("expected a model document"));

  if ((date = coop_tool_parse_date_option (context, date_text, &status)) == NULL ||
      (scale = coop_tool_open_scale (scale_name, &status)) == NULL ||
      (atlas = coop_tool_open_atlas ()) == NULL)
    return status != COOP_EXIT_OK ? status : COOP_EXIT_ERROR;

  model = coop_tool_open_model (atlas, argv[1], &status);
  if (model == NULL)
    return status;

  if (argc > 2)
    {
      g_autoptr(GError) error = NULL;
      CoopAssessment *assessment = coop_assessment_new (model, scale, (const char * const *)argv + 2, date, &error);

      if (assessment == NULL)
        {
          coop_tool_print_error (error->message);
          return COOP_EXIT_ERROR;
        }
      g_ptr_array_add (assessments, assessment);
      g_ptr_array_add (names, g_strjoinv (" – ", argv + 2));
    }
  else
    {
      g_autoptr(GListModel) found = coop_cooperation_list_in_model (model);

      for (guint i = 0; i < g_list_model_get_n_items (found); i++)
        {
          g_autoptr(CoopCooperation) cooperation = g_list_model_get_item (found, i);
          g_autoptr(GError) error = NULL;
          CoopAssessment *assessment = coop_assessment_new (model, scale,
                                                            coop_cooperation_get_territories (cooperation),
                                                            date, &error);

          /* A result that failed is reported, never printed. */
          if (assessment == NULL)
            {
              coop_tool_print_error (error->message);
              return COOP_EXIT_ERROR;
            }
          g_ptr_array_add (assessments, assessment);
          g_ptr_array_add (names, g_strdup (coop_cooperation_get_name (cooperation)));
        }
    }

  if (options.format == COOP_OUTPUT_JSON)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < assessments->len; i++)
        add_assessment_json (builder, g_ptr_array_index (assessments, i), g_ptr_array_index (names, i));
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      coop_tool_print_json (root);
    }
  else if (options.format == COOP_OUTPUT_CSV)
    {
      const char *columns[] = { "cooperation", "territories", "level", "step", NULL };
      g_autoptr(CoopTable) table = coop_table_new (columns);

      for (guint i = 0; i < assessments->len; i++)
        {
          CoopAssessment *assessment = g_ptr_array_index (assessments, i);
          CoopScaleStep *step = coop_assessment_get_step (assessment);
          g_autofree char *territories = g_strjoinv (" ", (char **)coop_assessment_get_territories (assessment));
          g_autofree char *level = g_strdup_printf ("%u", coop_assessment_get_level (assessment));

          coop_table_add_row (table, g_ptr_array_index (names, i), territories, level,
                              step != NULL ? coop_scale_step_get_id (step) : "", NULL);
        }
      coop_table_print (table, COOP_OUTPUT_CSV);
    }
  else
    {
      if (assessments->len == 0)
        g_print ("%s\n", _("No cooperation: no agreement or body brings two territories together."));
      for (guint i = 0; i < assessments->len; i++)
        print_assessment_text (g_ptr_array_index (assessments, i), g_ptr_array_index (names, i));
    }

  return COOP_EXIT_OK;
}
