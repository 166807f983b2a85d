/* coop-cmd-agreements.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-tool.h"

int
coop_cmd_agreements (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoopAtlas) atlas = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(CoopTable) table = NULL;
  g_autofree char *territory_text = NULL;
  g_autofree char *kind_text = NULL;
  g_autofree char *status_text = NULL;
  g_autofree char *reference = NULL;
  CoopToolOptions options = { NULL, COOP_OUTPUT_TEXT };
  const GOptionEntry entries[] = {
    { "territory", 't', 0, G_OPTION_ARG_STRING, &territory_text,
      N_("Only agreements this territory (code, SIREN or name) or actor is a party to"), N_("TERRITORY") },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind_text,
      N_("Only agreements of this kind (pacte-de-gouvernance, plan-de-cooperation…)"), N_("KIND") },
    { "status", 's', 0, G_OPTION_ARG_STRING, &status_text,
      N_("Only agreements in this status (draft, in-force, renewed…)"), N_("STATUS") },
    G_OPTION_ENTRY_NULL
  };
  /* Keys in CSV and JSON; translated in aligned text. */
  const char *columns[] = {
    NC_("column", "id"), NC_("column", "kind"), NC_("column", "status"),
    NC_("column", "start"), NC_("column", "end"), NC_("column", "parties"),
    NC_("column", "progress"), NC_("column", "title"), NULL
  };
  GListModel *agreements;
  int kind = -1;
  int agreement_status = -1;
  guint shown = 0;
  int status;

  context = coop_tool_option_context_new (_("MODEL.json"),
                                          _("List the agreements of a model with their kind, status, "
                                            "dates, parties and progress. Exit status 1 when none "
                                            "matches."),
                                          entries, &options);
  status = coop_tool_parse (context, &options, &argc, &argv);
  g_free (options.format_name);
  if (status != COOP_EXIT_OK)
    return status;
  if (argc != 2)
    return coop_tool_usage_error (context, _("expected one model document"));
  /* Kinds are an open codelist: a model's own code filters as a nick does. */
  if (kind_text != NULL && !coop_tool_enum_parse (COOP_TYPE_AGREEMENT_KIND, kind_text, &kind) &&
      !coop_tool_is_code (kind_text))
    {
      g_autofree char *message = g_strdup_printf (_("unknown agreement kind “%s”"), kind_text);

      return coop_tool_usage_error (context, message);
    }
  if (status_text != NULL && !coop_tool_enum_parse (COOP_TYPE_AGREEMENT_STATUS, status_text, &agreement_status))
    {
      g_autofree char *message = g_strdup_printf (_("unknown agreement status “%s”"), status_text);

      return coop_tool_usage_error (context, message);
    }

  atlas = coop_tool_open_atlas ();
  if (atlas == NULL)
    return COOP_EXIT_ERROR;

  model = coop_tool_open_model (atlas, argv[1], &status);
  if (model == NULL)
    return status;

  /* A code that is not a known kind must be one the model uses: a
   * misspelt kind is an error, not an empty list. */
  if (kind_text != NULL && kind < 0)
    {
      GListModel *objects = coop_model_get_agreements (model);
      gboolean used = FALSE;

      for (guint i = 0; !used && i < g_list_model_get_n_items (objects); i++)
        {
          g_autoptr(GObject) object = g_list_model_get_item (objects, i);

          used = g_str_equal (coop_agreement_get_kind_code ((gpointer)object), kind_text);
        }
      if (!used)
        {
          g_autofree char *message =
            g_strdup_printf (_("unknown agreement kind “%s”: neither a known kind nor a code the model uses"), kind_text);

          return coop_tool_usage_error (context, message);
        }
    }

  if (territory_text != NULL)
    {
      g_autoptr(CoopTerritory) territory = NULL;

      /* An actor's identifier is taken as it is; anything else may be a
       * territory's code or name. */
      if (coop_model_get_actor (model, territory_text) == NULL)
        territory = coop_tool_find_territory (atlas, model, territory_text);
      reference = territory != NULL ? coop_territory_dup_reference (territory) : g_strdup (territory_text);
    }

  table = coop_table_new (columns);
  coop_table_set_numbers (table, "progress", NULL);
  agreements = coop_model_get_agreements (model);
  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, i);
      g_autoptr(GString) parties = g_string_new (NULL);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      g_autofree char *start = coop_tool_format_date (coop_agreement_get_start (agreement));
      g_autofree char *end = coop_tool_format_date (coop_agreement_get_end (agreement));
      g_autofree char *progress = NULL;
      GListModel *party_list = coop_agreement_get_parties (agreement);
      double value = coop_agreement_get_progress (agreement);

      if (kind_text != NULL && !g_str_equal (coop_agreement_get_kind_code (agreement), kind >= 0 ? coop_tool_enum_nick (COOP_TYPE_AGREEMENT_KIND, kind) : kind_text))
        continue;
      if (agreement_status >= 0 && (int)coop_agreement_get_status (agreement) != agreement_status)
        continue;
      if (reference != NULL && !coop_agreement_has_party (agreement, reference))
        continue;

      for (guint p = 0; p < g_list_model_get_n_items (party_list); p++)
        {
          g_autoptr(CoopParty) party = g_list_model_get_item (party_list, p);

          if (!g_hash_table_add (seen, (gpointer)coop_party_get_reference (party)))
            continue;
          g_string_append_printf (parties, "%s%s", parties->len > 0 ? " " : "", coop_party_get_reference (party));
        }

      /* People read a percentage; CSV and JSON get the fraction from 0
       * to 1 that coop agreement --format=json gives, as a number. */
      if (value < 0)
        progress = g_strdup ("");
      else if (options.format == COOP_OUTPUT_TEXT)
        progress = g_strdup_printf (C_("percent", "%.0f%%"), value * 100);
      else
        {
          char buffer[G_ASCII_DTOSTR_BUF_SIZE];

          progress = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.4f", value));
        }
      coop_table_add_row (table, coop_agreement_get_id (agreement),
                          options.format == COOP_OUTPUT_TEXT ? coop_agreement_get_kind_label (agreement) : coop_agreement_get_kind_code (agreement),
                          coop_tool_enum_text (options.format, COOP_TYPE_AGREEMENT_STATUS,
                                               coop_agreement_get_status (agreement)),
                          start, end, parties->str, progress, coop_agreement_get_title (agreement), NULL);
      shown++;
    }

  coop_table_print (table, options.format);

  return shown > 0 ? COOP_EXIT_OK : COOP_EXIT_FINDINGS;
}
