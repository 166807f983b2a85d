/* coop-cmd-actors.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-tool.h"

/* “president @ bureau-cc (for 38563)”, one per mandate running on @date
 * (every mandate with @all, those that do not run marked with their
 * dates); in words of the locale in aligned text, in nicks in CSV and
 * JSON. */
static char *
describe_mandates (CoopModel        *model,
                   CoopActor        *actor,
                   GDateTime        *date,
                   gboolean          all,
                   CoopOutputFormat  format)
{
  GListModel *mandates = coop_model_get_mandates (model);
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (mandates);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopMandate) mandate = g_list_model_get_item (mandates, i);
      const char *where;

      gboolean running;

      if (!g_str_equal (coop_mandate_get_actor (mandate), coop_actor_get_id (actor)))
        continue;
      running = coop_mandate_is_active (mandate, date);
      if (!running && !all)
        continue;

      where = coop_mandate_get_body (mandate) != NULL ? coop_mandate_get_body (mandate)
                                                      : coop_mandate_get_territory (mandate);
      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, format == COOP_OUTPUT_TEXT ? coop_mandate_get_role_label (mandate) : coop_mandate_get_role_code (mandate));
      if (where != NULL)
        g_string_append_printf (text, " @ %s", where);
      if (coop_mandate_get_on_behalf_of (mandate) != NULL)
        g_string_append_printf (text, format == COOP_OUTPUT_TEXT ? _(" (for %s)") : " (for %s)",
                                coop_mandate_get_on_behalf_of (mandate));
      if (!running && coop_mandate_get_end (mandate) != NULL &&
          g_date_time_compare (date, coop_mandate_get_end (mandate)) > 0)
        {
          g_autofree char *end = coop_tool_format_date (coop_mandate_get_end (mandate));

          g_string_append_printf (text, format == COOP_OUTPUT_TEXT ? _(" (ended %s)") : " (ended %s)", end);
        }
      else if (!running)
        {
          g_autofree char *start = coop_tool_format_date (coop_mandate_get_start (mandate));

          g_string_append_printf (text, format == COOP_OUTPUT_TEXT ? _(" (from %s)") : " (from %s)", start);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

int
coop_cmd_actors (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoopAtlas) atlas = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(CoopTable) table = NULL;
  g_autofree char *kind_text = NULL;
  g_autofree char *date_text = NULL;
  g_autoptr(GDateTime) date = NULL;
  gboolean all = FALSE;
  CoopToolOptions options = { NULL, COOP_OUTPUT_TEXT };
  const GOptionEntry entries[] = {
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind_text,
      N_("Only actors of this kind (elected-official, staff, association…)"), N_("KIND") },
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_text,
      N_("The mandates running on this day (default: today)"), N_("YYYY-MM-DD") },
    { "all", 'a', 0, G_OPTION_ARG_NONE, &all,
      N_("Every mandate, those not running on the day marked with their dates"), NULL },
    G_OPTION_ENTRY_NULL
  };
  /* Keys in CSV and JSON; translated in aligned text. */
  const char *columns[] = {
    NC_("column", "id"), NC_("column", "kind"), NC_("column", "name"),
    NC_("column", "territory"), NC_("column", "mandates"), NULL
  };
  GListModel *actors;
  int kind = -1;
  guint shown = 0;
  int status;

  context = coop_tool_option_context_new (_("MODEL.json"),
                                          _("List the actors of a model (people and organisations) "
                                            "with their mandates running on the day: role, where, and "
                                            "on behalf of whom."),
                                          entries, &options);
  status = coop_tool_parse (context, &options, &argc, &argv);
  g_free (options.format_name);
  if (status != COOP_EXIT_OK)
    return status;
  if (argc != 2)
    return coop_tool_usage_error (context, _("expected one model document"));
  if (date_text != NULL && (date = coop_tool_parse_date (date_text)) == NULL)
    return coop_tool_usage_error (context, _("--date expects a day written YYYY-MM-DD"));
  if (date == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      date = g_date_time_new_utc (g_date_time_get_year (now), g_date_time_get_month (now),
                                  g_date_time_get_day_of_month (now), 0, 0, 0);
    }
  /* Kinds are an open codelist: a model's own code filters as a nick does. */
  if (kind_text != NULL && !coop_tool_enum_parse (COOP_TYPE_ACTOR_KIND, kind_text, &kind) &&
      !coop_tool_is_code (kind_text))
    {
      g_autofree char *message = g_strdup_printf (_("unknown actor kind “%s”"), kind_text);

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
      GListModel *objects = coop_model_get_actors (model);
      gboolean used = FALSE;

      for (guint i = 0; !used && i < g_list_model_get_n_items (objects); i++)
        {
          g_autoptr(GObject) object = g_list_model_get_item (objects, i);

          used = g_str_equal (coop_actor_get_kind_code ((gpointer)object), kind_text);
        }
      if (!used)
        {
          g_autofree char *message =
            g_strdup_printf (_("unknown actor kind “%s”: neither a known kind nor a code the model uses"), kind_text);

          return coop_tool_usage_error (context, message);
        }
    }

  table = coop_table_new (columns);
  actors = coop_model_get_actors (model);
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(CoopActor) actor = g_list_model_get_item (actors, i);
      g_autofree char *mandates = NULL;

      if (kind_text != NULL && !g_str_equal (coop_actor_get_kind_code (actor), kind >= 0 ? coop_tool_enum_nick (COOP_TYPE_ACTOR_KIND, kind) : kind_text))
        continue;

      mandates = describe_mandates (model, actor, date, all, options.format);
      coop_table_add_row (table, coop_actor_get_id (actor),
                          options.format == COOP_OUTPUT_TEXT ? coop_actor_get_kind_label (actor) : coop_actor_get_kind_code (actor),
                          coop_actor_get_name (actor), coop_actor_get_territory (actor), mandates, NULL);
      shown++;
    }

  coop_table_print (table, options.format);

  return shown > 0 ? COOP_EXIT_OK : COOP_EXIT_FINDINGS;
}
