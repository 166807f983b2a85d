/* coop-cmd-agreement.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-tool.h"

/* A party's reference with the name of what it names, for people. */
static char *
describe_reference (CoopModel  *model,
                    const char *reference)
{
  g_autoptr(CoopTerritory) territory = NULL;
  CoopActor *actor = coop_model_get_actor (model, reference);

  if (actor != NULL)
    return g_strdup_printf ("%s (%s)", coop_actor_get_name (actor), reference);

  territory = coop_model_lookup (model, reference);
  if (territory != NULL)
    return g_strdup_printf ("%s (%s)", coop_territory_get_name (territory), reference);

  return g_strdup (reference);
}

static char *
join_holders (const char * const *holders)
{
  return holders[0] != NULL ? g_strjoinv (", ", (char **)holders) : g_strdup ("—");
}

static GListStore *
agreement_findings (CoopModel     *model,
                    CoopAgreement *agreement,
                    GDateTime     *date)
{
  g_autoptr(GListModel) findings = coop_model_check (model, date);
  g_autofree char *prefix = g_strdup_printf ("%s/", coop_agreement_get_id (agreement));
  GListStore *mine = g_list_store_new (COOP_TYPE_FINDING);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoopFinding) finding = g_list_model_get_item (findings, i);
      const char *subject = coop_finding_get_subject (finding);

      if (g_strcmp0 (subject, coop_agreement_get_id (agreement)) == 0 || g_str_has_prefix (subject, prefix))
        g_list_store_append (mine, finding);
    }

  return mine;
}

/* A label of @type's @value in the locale's language, padded to @width
 * characters for the column it starts. */
static char *
padded_label (GType type,
              int   value,
              guint width)
{
  return coop_tool_pad (coop_enum_get_label (type, value), width);
}

static void
print_field (const char *label,
             const char *value)
{
  g_autofree char *padded = coop_tool_pad (label, 12);

  g_print ("  %s %s\n", padded, value);
}

static void
print_text (CoopModel     *model,
            CoopAgreement *agreement,
            GListModel    *findings)
{
  g_autofree char *start = coop_tool_format_date (coop_agreement_get_start (agreement));
  g_autofree char *end = coop_tool_format_date (coop_agreement_get_end (agreement));
  GListModel *list;
  double progress = coop_agreement_get_progress (agreement);

  g_print ("%s\n", coop_agreement_get_title (agreement));
  print_field (_("id:"), coop_agreement_get_id (agreement));
  print_field (_("kind:"), coop_agreement_get_kind_label (agreement));
  print_field (_("status:"),
               coop_enum_get_label (COOP_TYPE_AGREEMENT_STATUS, coop_agreement_get_status (agreement)));
  if (start[0] != '\0' || end[0] != '\0')
    {
      g_autofree char *period = g_strdup_printf ("%s – %s", start[0] ? start : "…", end[0] ? end : "…");

      print_field (_("period:"), period);
    }
  if (progress >= 0)
    {
      g_autofree char *percent = g_strdup_printf (C_("percent", "%.0f%%"), progress * 100);

      print_field (_("progress:"), percent);
    }
  if (coop_agreement_get_description (agreement) != NULL)
    print_field (_("note:"), coop_agreement_get_description (agreement));

  list = coop_agreement_get_parties (agreement);
  g_print ("\n%s\n", _("Parties"));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CoopParty) party = g_list_model_get_item (list, i);
      g_autofree char *who = describe_reference (model, coop_party_get_reference (party));
      g_autofree char *role = padded_label (COOP_TYPE_PARTY_ROLE, coop_party_get_role (party), 18);

      g_print ("  %s %s\n", role, who);
    }

  list = coop_agreement_get_signatures (agreement);
  if (g_list_model_get_n_items (list) > 0)
    g_print ("\n%s\n", _("Signatures"));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CoopSignature) signature = g_list_model_get_item (list, i);
      g_autofree char *date = coop_tool_format_date (coop_signature_get_date (signature));
      g_autofree char *who = describe_reference (model, coop_signature_get_signatory (signature));

      g_print ("  %-12s %s%s%s\n", date, who, coop_signature_get_mandate (signature) ? _(", by ") : "",
               coop_signature_get_mandate (signature) ? coop_signature_get_mandate (signature) : "");
    }

  list = coop_agreement_get_history (agreement);
  g_print ("\n%s\n", _("Lifecycle"));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CoopTransition) transition = g_list_model_get_item (list, i);
      g_autofree char *date = coop_tool_format_date (coop_transition_get_date (transition));

      g_print ("  %-12s %s → %s%s%s\n", date,
               coop_enum_get_label (COOP_TYPE_AGREEMENT_STATUS, coop_transition_get_from_status (transition)),
               coop_enum_get_label (COOP_TYPE_AGREEMENT_STATUS, coop_transition_get_to_status (transition)),
               coop_transition_get_note (transition) ? "  — " : "",
               coop_transition_get_note (transition) ? coop_transition_get_note (transition) : "");
    }

  list = coop_agreement_get_related (agreement);
  if (g_list_model_get_n_items (list) > 0)
    g_print ("\n%s\n", _("Related agreements"));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CoopAgreementLink) link = g_list_model_get_item (list, i);
      g_autofree char *relation = padded_label (COOP_TYPE_RELATION, coop_agreement_link_get_relation (link), 12);

      g_print ("  %s %s\n", relation, coop_agreement_link_get_agreement (link));
    }

  list = coop_agreement_get_milestones (agreement);
  if (g_list_model_get_n_items (list) > 0)
    g_print ("\n%s\n", _("Milestones"));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CoopMilestone) milestone = g_list_model_get_item (list, i);
      g_autofree char *due = coop_tool_format_date (coop_milestone_get_due (milestone));
      g_autofree char *status = padded_label (COOP_TYPE_MILESTONE_STATUS,
                                              coop_milestone_get_status (milestone), 9);

      g_print ("  %-12s %s %s\n", due, status, coop_milestone_get_title (milestone));
    }

  list = coop_agreement_get_actions (agreement);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CoopAction) action = g_list_model_get_item (list, i);

      g_print ("\n");
      g_print (_("Action %s: %s (%s, %u%%)\n"), coop_action_get_id (action), coop_action_get_title (action),
               coop_enum_get_label (COOP_TYPE_ACTION_STATUS, coop_action_get_status (action)),
               coop_action_get_progress (action));
      for (guint f = 0; f < COOP_N_FUNCTIONS; f++)
        {
          g_autofree char *holders = join_holders (coop_action_get_holders (action, f));
          g_autofree char *function = padded_label (COOP_TYPE_FUNCTION, f, 20);

          g_print ("  %s %s\n", function, holders);
        }
    }

  list = coop_agreement_get_evaluations (agreement);
  if (g_list_model_get_n_items (list) > 0)
    g_print ("\n%s\n", _("Evaluations"));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CoopEvaluation) evaluation = g_list_model_get_item (list, i);
      g_autofree char *date = coop_tool_format_date (coop_evaluation_get_date (evaluation));
      g_autofree char *decision = padded_label (COOP_TYPE_EVALUATION_DECISION,
                                                coop_evaluation_get_decision (evaluation), 10);

      g_print ("  %-12s %s %s\n", date, decision,
               coop_evaluation_get_findings (evaluation) ? coop_evaluation_get_findings (evaluation) : "");
    }

  list = coop_agreement_get_pooled_resources (agreement);
  if (g_list_model_get_n_items (list) > 0)
    g_print ("\n%s\n", _("Pooled resources"));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CoopPooledResource) resource = g_list_model_get_item (list, i);
      g_autofree char *kind = padded_label (COOP_TYPE_RESOURCE_KIND,
                                            coop_pooled_resource_get_kind (resource), 11);
      g_autofree char *mode = padded_label (COOP_TYPE_POOLING_MODE,
                                            coop_pooled_resource_get_mode (resource), 23);

      g_print ("  %s %s %s\n", kind, mode, coop_pooled_resource_get_title (resource));
    }

  g_print ("\n%s\n", _("Checks"));
  if (g_list_model_get_n_items (findings) == 0)
    g_print ("  %s\n", _("no finding"));
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoopFinding) finding = g_list_model_get_item (findings, i);
      g_autofree char *text = coop_finding_to_string (finding);

      g_print ("  %s\n", text);
    }
}

static void
add_strv (JsonBuilder        *builder,
          const char * const *strv)
{
  json_builder_begin_array (builder);
  for (guint i = 0; strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);
}

static void
add_date (JsonBuilder *builder,
          const char  *member,
          GDateTime   *date)
{
  g_autofree char *text = NULL;

  if (date == NULL)
    return;
  text = coop_tool_format_date (date);
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, text);
}

static void
print_json (CoopAgreement *agreement,
            GListModel    *findings)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GEnumClass) functions = g_type_class_ref (COOP_TYPE_FUNCTION);
  GListModel *list;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, coop_agreement_get_id (agreement));
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, coop_agreement_get_title (agreement));
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, coop_agreement_get_kind_code (agreement));
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, coop_tool_enum_nick (COOP_TYPE_AGREEMENT_STATUS, coop_agreement_get_status (agreement)));
  add_date (builder, "start", coop_agreement_get_start (agreement));
  add_date (builder, "end", coop_agreement_get_end (agreement));
  json_builder_set_member_name (builder, "progress");
  if (coop_agreement_get_progress (agreement) >= 0)
    json_builder_add_double_value (builder, coop_agreement_get_progress (agreement));
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "parties");
  json_builder_begin_array (builder);
  list = coop_agreement_get_parties (agreement);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CoopParty) party = g_list_model_get_item (list, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "reference");
      json_builder_add_string_value (builder, coop_party_get_reference (party));
      json_builder_set_member_name (builder, "role");
      json_builder_add_string_value (builder, coop_tool_enum_nick (COOP_TYPE_PARTY_ROLE, coop_party_get_role (party)));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "history");
  json_builder_begin_array (builder);
  list = coop_agreement_get_history (agreement);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CoopTransition) transition = g_list_model_get_item (list, i);

      json_builder_begin_object (builder);
      add_date (builder, "date", coop_transition_get_date (transition));
      json_builder_set_member_name (builder, "from-status");
      json_builder_add_string_value (builder, coop_tool_enum_nick (COOP_TYPE_AGREEMENT_STATUS, coop_transition_get_from_status (transition)));
      json_builder_set_member_name (builder, "to-status");
      json_builder_add_string_value (builder, coop_tool_enum_nick (COOP_TYPE_AGREEMENT_STATUS, coop_transition_get_to_status (transition)));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "actions");
  json_builder_begin_array (builder);
  list = coop_agreement_get_actions (agreement);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CoopAction) action = g_list_model_get_item (list, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, coop_action_get_id (action));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, coop_action_get_title (action));
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, coop_tool_enum_nick (COOP_TYPE_ACTION_STATUS, coop_action_get_status (action)));
      json_builder_set_member_name (builder, "progress");
      json_builder_add_int_value (builder, coop_action_get_progress (action));
      json_builder_set_member_name (builder, "who-does-what");
      json_builder_begin_object (builder);
      for (guint f = 0; f < COOP_N_FUNCTIONS; f++)
        {
          json_builder_set_member_name (builder, g_enum_get_value (functions, f)->value_nick);
          add_strv (builder, coop_action_get_holders (action, f));
        }
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoopFinding) finding = g_list_model_get_item (findings, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder, coop_severity_to_string (coop_finding_get_severity (finding)));
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, coop_finding_get_code (finding));
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, coop_finding_get_message (finding));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  coop_tool_print_json (root);
}

/* CSV gives the who-does-what table: one row per action and function. */
static void
print_table (CoopAgreement    *agreement,
             CoopOutputFormat  format)
{
  g_autoptr(GEnumClass) functions = g_type_class_ref (COOP_TYPE_FUNCTION);
  g_autoptr(CoopTable) table = NULL;
  const char *columns[] = { "action", "function", "holders", NULL };
  GListModel *list = coop_agreement_get_actions (agreement);

  table = coop_table_new (columns);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CoopAction) action = g_list_model_get_item (list, i);

      for (guint f = 0; f < COOP_N_FUNCTIONS; f++)
        {
          g_autofree char *holders = g_strjoinv (" ", (char **)coop_action_get_holders (action, f));

          coop_table_add_row (table, coop_action_get_id (action), g_enum_get_value (functions, f)->value_nick,
                              holders, NULL);
        }
    }

  coop_table_print (table, format);
}

int
coop_cmd_agreement (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoopAtlas) atlas = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(GListStore) findings = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *date_text = NULL;
  CoopToolOptions options = { NULL, COOP_OUTPUT_TEXT };
  const GOptionEntry entries[] = {
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_text,
      N_("Check as of this day, YYYY-MM-DD (default: today)"), N_("DATE") },
    G_OPTION_ENTRY_NULL
  };
  CoopAgreement *agreement;
  int status;

  context = coop_tool_option_context_new (_("MODEL.json ID"),
                                          _("Show an agreement: parties and roles, signatures, lifecycle "
                                            "history, related agreements, milestones, actions with their "
                                            "who-does-what table, evaluations, pooled resources and the "
                                            "checks that concern it. --format=csv prints the who-does-what "
                                            "table alone; --format=json everything."),
                                          entries, &options);
  status = coop_tool_parse (context, &options, &argc, &argv);
  g_free (options.format_name);
  if (status != COOP_EXIT_OK)
    return status;
  if (argc != 3)
    return coop_tool_usage_error (context, _("expected a model document and the identifier of an agreement"));
  if (date_text != NULL && (date = coop_tool_parse_date (date_text)) == NULL)
    return coop_tool_usage_error (context, _("--date expects a day written YYYY-MM-DD"));

  atlas = coop_tool_open_atlas ();
  if (atlas == NULL)
    return COOP_EXIT_ERROR;

  model = coop_tool_open_model (atlas, argv[1], &status);
  if (model == NULL)
    return status;

  agreement = coop_model_get_agreement (model, argv[2]);
  if (agreement == NULL)
    {
      g_printerr (_("coop: %s has no agreement “%s”\n"), argv[1], argv[2]);
      return COOP_EXIT_FINDINGS;
    }

  findings = agreement_findings (model, agreement, date);
  if (options.format == COOP_OUTPUT_TEXT)
    print_text (model, agreement, G_LIST_MODEL (findings));
  else if (options.format == COOP_OUTPUT_JSON)
    print_json (agreement, G_LIST_MODEL (findings));
  else
    print_table (agreement, options.format);

  return COOP_EXIT_OK;
}
