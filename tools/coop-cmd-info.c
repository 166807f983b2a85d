/* coop-cmd-info.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-tool.h"

/* @scope and @what are marked NC_("info", …): aligned text shows them in
 * the locale's language, CSV and JSON as they are. */
static void
add_count (CoopTable        *table,
           CoopOutputFormat  format,
           const char       *scope,
           const char       *what,
           guint             count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);

  if (format == COOP_OUTPUT_TEXT)
    {
      scope = g_dpgettext2 (NULL, "info", scope);
      what = g_dpgettext2 (NULL, "info", what);
    }
  coop_table_add_row (table, scope, what, text, NULL);
}

static void
add_kind_count (CoopTable         *table,
                CoopOutputFormat   format,
                const char        *scope,
                CoopTerritoryKind  kind,
                guint              count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);

  if (format == COOP_OUTPUT_TEXT)
    scope = g_dpgettext2 (NULL, "info", scope);
  coop_table_add_row (table, scope, coop_tool_enum_text (format, COOP_TYPE_TERRITORY_KIND, kind), text, NULL);
}

int
coop_cmd_info (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoopAtlas) atlas = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(CoopTable) table = NULL;
  CoopToolOptions options = { NULL, COOP_OUTPUT_TEXT };
  /* Keys in CSV and JSON; translated in aligned text. */
  const char *columns[] = {
    NC_("column", "scope"), NC_("column", "item"), NC_("column", "count"), NULL
  };
  static const CoopTerritoryKind atlas_kinds[] = {
    COOP_TERRITORY_KIND_COMMUNE, COOP_TERRITORY_KIND_EPCI, COOP_TERRITORY_KIND_EPT,
    COOP_TERRITORY_KIND_DEPARTEMENT, COOP_TERRITORY_KIND_REGION,
    COOP_TERRITORY_KIND_COLLECTIVITE_OUTRE_MER, COOP_TERRITORY_KIND_COMMUNE_DELEGUEE,
    COOP_TERRITORY_KIND_COMMUNE_ASSOCIEE, COOP_TERRITORY_KIND_ARRONDISSEMENT_MUNICIPAL,
  };
  int status;

  context = coop_tool_option_context_new (_("[MODEL.json]"),
                                          _("Count what the atlas of France holds and, given a model, "
                                            "what the model holds."),
                                          NULL, &options);
  status = coop_tool_parse (context, &options, &argc, &argv);
  g_free (options.format_name);
  if (status != COOP_EXIT_OK)
    return status;
  if (argc > 2)
    return coop_tool_usage_error (context, _("expected at most one model"));

  atlas = coop_tool_open_atlas ();
  if (atlas == NULL)
    return COOP_EXIT_ERROR;

  if (argc == 2 && (model = coop_tool_open_model (atlas, argv[1], &status)) == NULL)
    return status;

  table = coop_table_new (columns);
  coop_table_set_numbers (table, "count", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (atlas_kinds); i++)
    add_kind_count (table, options.format, NC_("info", "atlas"), atlas_kinds[i],
                    coop_atlas_count (atlas, atlas_kinds[i]));

  if (model != NULL)
    {
      GListModel *territories = coop_model_get_territories (model);
      g_autoptr(GListModel) findings = coop_model_validate (model);
      guint counts[COOP_TERRITORY_KIND_CUSTOM + 1] = { 0 };
      guint n = g_list_model_get_n_items (territories);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CoopTerritory) territory = g_list_model_get_item (territories, i);

          counts[coop_territory_get_kind (territory)]++;
        }

      add_count (table, options.format, NC_("info", "model"), NC_("info", "territories"), n);
      for (guint kind = 0; kind <= COOP_TERRITORY_KIND_CUSTOM; kind++)
        {
          if (counts[kind] > 0)
            add_kind_count (table, options.format, "model", kind, counts[kind]);
        }
      add_count (table, options.format, "model", NC_("info", "actors"),
                 g_list_model_get_n_items (coop_model_get_actors (model)));
      add_count (table, options.format, "model", NC_("info", "posts"),
                 g_list_model_get_n_items (coop_model_get_posts (model)));
      add_count (table, options.format, "model", NC_("info", "mandates"),
                 g_list_model_get_n_items (coop_model_get_mandates (model)));
      add_count (table, options.format, "model", NC_("info", "bodies"),
                 g_list_model_get_n_items (coop_model_get_bodies (model)));
      add_count (table, options.format, "model", NC_("info", "agreements"),
                 g_list_model_get_n_items (coop_model_get_agreements (model)));
      add_count (table, options.format, "model", NC_("info", "findings"), g_list_model_get_n_items (findings));
    }

  if (options.format == COOP_OUTPUT_TEXT)
    {
      g_autofree guint *years = NULL;
      guint n_years;

      years = coop_atlas_get_years (atlas, &n_years);
      g_print (_("Atlas: %s %s, millésime %u (held: %u to %u), populations %u, EPCI member populations %u\n"),
               coop_atlas_get_source (atlas), coop_atlas_get_source_version (atlas), coop_atlas_get_year (atlas),
               years[0], years[n_years - 1], coop_atlas_get_population_year (atlas),
               coop_atlas_get_member_population_year (atlas));
      if (model != NULL)
        g_print (_("Model: %s\n"), coop_model_get_name (model) != NULL ? coop_model_get_name (model) : argv[1]);
      g_print ("\n");
    }

  coop_table_print (table, options.format);

  return COOP_EXIT_OK;
}
