/* coop-cmd-territory.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-tool.h"

static char *
describe_link (CoopAtlas         *atlas,
               CoopTerritoryKind  kind,
               const char        *code)
{
  g_autoptr(CoopTerritory) territory = NULL;

  if (code == NULL)
    return NULL;

  territory = coop_atlas_lookup_kind (atlas, kind, code);
  if (territory == NULL)
    return g_strdup (code);

  return g_strdup_printf ("%s (%s)", coop_territory_get_name (territory), code);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, value);
}

/* Unknown figures are null, not a negative sentinel. */
static void
add_count (JsonBuilder *builder,
           const char  *name,
           gint64       value)
{
  json_builder_set_member_name (builder, name);
  if (value < 0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, value);
}

static void
add_territory_list (JsonBuilder *builder,
                    const char  *name,
                    GListModel  *list)
{
  guint n = g_list_model_get_n_items (list);

  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopTerritory) item = g_list_model_get_item (list, i);
      g_autofree char *reference = coop_territory_dup_reference (item);

      json_builder_add_string_value (builder, reference);
    }
  json_builder_end_array (builder);
}

static JsonNode *
territory_to_json (CoopAtlas     *atlas,
                   CoopModel     *model,
                   CoopTerritory *territory,
                   GListModel    *members,
                   GListModel    *containers,
                   gint64         population)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  CoopTerritoryKind kind = coop_territory_get_kind (territory);

  json_builder_begin_object (builder);
  add_string (builder, "code", coop_territory_get_code (territory));
  add_string (builder, "name", coop_territory_get_name (territory));
  add_string (builder, "kind", coop_territory_kind_to_string (kind));
  add_count (builder, "population", population);
  add_count (builder, "population-totale", coop_territory_get_population_totale (territory));
  add_count (builder, "population-year", coop_territory_get_population_year (territory) > 0
                                         ? (gint64)coop_territory_get_population_year (territory) : -1);
  add_string (builder, "nature", coop_nature_to_string (coop_territory_get_nature (territory)));
  json_builder_set_member_name (builder, "nature-is-default");
  json_builder_add_boolean_value (builder, coop_territory_get_nature_is_default (territory));
  add_string_or_null (builder, "siren", coop_territory_get_siren (territory));
  json_builder_set_member_name (builder, "from-atlas");
  json_builder_add_boolean_value (builder, coop_territory_is_from_atlas (territory));

  if (kind == COOP_TERRITORY_KIND_EPCI)
    {
      add_string (builder, "epci-form", coop_epci_form_to_string (coop_territory_get_epci_form (territory)));
      add_string (builder, "fiscal-regime",
                  coop_territory_get_fiscal_regime (territory) == COOP_FISCAL_REGIME_FPU ? "fpu" :
                  coop_territory_get_fiscal_regime (territory) == COOP_FISCAL_REGIME_FA ? "fa" : NULL);
    }

  /* Links are always present, null when absent, so a script reads the
   * same members for every territory. */
  add_string_or_null (builder, "epci", coop_territory_get_epci_code (territory));
  add_string_or_null (builder, "ept", coop_territory_get_ept_code (territory));
  add_string_or_null (builder, "departement", coop_territory_get_departement_code (territory));
  add_string_or_null (builder, "region", coop_territory_get_region_code (territory));

  if (kind != COOP_TERRITORY_KIND_COMMUNE)
    add_territory_list (builder, "members", members);
  add_territory_list (builder, "containers", containers);

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* Pads by characters, not bytes, so accented labels line up. */
static void
print_field (const char *label,
             const char *value)
{
  glong pad = 24 - g_utf8_strlen (label, -1);

  g_print ("  %s", label);
  for (glong i = 0; i < MAX (pad, 1); i++)
    g_print (" ");
  g_print ("%s\n", value);
}

static void
print_text (CoopAtlas     *atlas,
            CoopModel     *model,
            CoopTerritory *territory,
            GListModel    *members,
            GListModel    *containers,
            gint64         population)
{
  CoopTerritoryKind kind = coop_territory_get_kind (territory);
  g_autofree char *population_text = coop_tool_format_population (population);
  g_autofree char *epci = describe_link (atlas, COOP_TERRITORY_KIND_EPCI, coop_territory_get_epci_code (territory));
  g_autofree char *ept = describe_link (atlas, COOP_TERRITORY_KIND_EPT, coop_territory_get_ept_code (territory));
  g_autofree char *departement = describe_link (atlas, COOP_TERRITORY_KIND_DEPARTEMENT,
                                                coop_territory_get_departement_code (territory));
  g_autofree char *region = describe_link (atlas, COOP_TERRITORY_KIND_REGION,
                                           coop_territory_get_region_code (territory));
  g_autofree char *nature = NULL;
  guint n_members = g_list_model_get_n_items (members);
  guint n_containers = g_list_model_get_n_items (containers);

  g_print ("%s — %s %s\n", coop_territory_get_name (territory),
           coop_enum_get_label (COOP_TYPE_TERRITORY_KIND, kind), coop_territory_get_code (territory));
  if (kind == COOP_TERRITORY_KIND_EPCI)
    print_field (_("Legal form:"),
                 coop_enum_get_label (COOP_TYPE_EPCI_FORM, coop_territory_get_epci_form (territory)));

  if (coop_territory_get_population_year (territory) > 0)
    {
      g_autofree char *with_year = g_strdup_printf ("%s (%u)", population_text,
                                                    coop_territory_get_population_year (territory));

      print_field (_("Population municipale:"), with_year);
    }
  else
    print_field (_("Population municipale:"), population_text);

  if (coop_territory_get_population_totale (territory) >= 0)
    {
      g_autofree char *totale = coop_tool_format_population (coop_territory_get_population_totale (territory));

      print_field (_("Population totale:"), totale);
    }

  nature = g_strdup_printf ("%s%s",
                            coop_enum_get_label (COOP_TYPE_NATURE, coop_territory_get_nature (territory)),
                            coop_territory_get_nature_is_default (territory) ? _(" (default rule)") : "");
  print_field (_("Nature:"), nature);
  if (epci != NULL)
    print_field (_("EPCI:"), epci);
  if (ept != NULL)
    print_field (_("EPT:"), ept);
  if (departement != NULL)
    print_field (_("Département:"), departement);
  if (region != NULL)
    print_field (_("Région:"), region);

  if (n_containers > 0)
    {
      g_print ("  %s\n", _("Contained in:"));
      for (guint i = 0; i < n_containers; i++)
        {
          g_autoptr(CoopTerritory) container = g_list_model_get_item (containers, i);

          g_print ("    %s (%s, %s)\n", coop_territory_get_name (container),
                   coop_enum_get_label (COOP_TYPE_TERRITORY_KIND, coop_territory_get_kind (container)),
                   coop_territory_get_code (container));
        }
    }

  if (n_members > 0)
    {
      g_print ("  %s %u\n", _("Members:"), n_members);
      for (guint i = 0; i < n_members; i++)
        {
          g_autoptr(CoopTerritory) member = g_list_model_get_item (members, i);
          /* An atlas perimeter counts its members with its own figures. */
          gint64 counted = coop_territory_is_from_atlas (territory)
                           ? coop_atlas_get_member_population (atlas, territory, member)
                           : model != NULL ? coop_model_get_population (model, member)
                           : coop_territory_get_population_municipale (member);
          g_autofree char *member_population = coop_tool_format_population (counted);

          g_print ("    %-10s %s — %s\n", coop_territory_get_code (member),
                   coop_territory_get_name (member), member_population);
        }
    }
}

int
coop_cmd_territory (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoopAtlas) atlas = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(CoopTerritory) territory = NULL;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GListModel) containers = NULL;
  g_autofree char *model_path = NULL;
  CoopToolOptions options = { NULL, COOP_OUTPUT_TEXT };
  const GOptionEntry entries[] = {
    { "model", 'm', 0, G_OPTION_ARG_FILENAME, &model_path,
      N_("Also look in the territories of project of MODEL"), N_("MODEL.json") },
    G_OPTION_ENTRY_NULL
  };
  gint64 population;
  int status;

  context = coop_tool_option_context_new (_("CODE-OR-NAME"),
                                          _("Show a territory: its kind, populations, nature, the "
                                            "territories that contain it and its members. CODE-OR-NAME "
                                            "is an INSEE code, a SIREN, departement:CODE, region:CODE, "
                                            "the code of a territory of the model, or a name."),
                                          entries, &options);
  status = coop_tool_parse (context, &options, &argc, &argv);
  g_free (options.format_name);
  if (status != COOP_EXIT_OK)
    return status;
  if (argc != 2)
    return coop_tool_usage_error (context, _("expected one territory"));

  atlas = coop_tool_open_atlas ();
  if (atlas == NULL)
    return COOP_EXIT_ERROR;

  if (model_path != NULL && (model = coop_tool_open_model (atlas, model_path, &status)) == NULL)
    return status;

  territory = coop_tool_resolve_territory (atlas, model, argv[1], &status);
  if (territory == NULL)
    {
      if (status == COOP_EXIT_FINDINGS)
        g_printerr (_("coop: no territory matches “%s”\n"), argv[1]);
      return status;
    }

  if (model != NULL)
    {
      members = coop_model_list_members (model, territory);
      containers = coop_model_list_containers (model, territory);
      population = coop_model_get_population (model, territory);
    }
  else
    {
      members = coop_atlas_list_members (atlas, territory);
      containers = coop_atlas_list_containers (atlas, territory);
      population = coop_atlas_get_population (atlas, territory);
    }

  if (options.format == COOP_OUTPUT_JSON)
    {
      g_autoptr(JsonNode) node = territory_to_json (atlas, model, territory, members, containers, population);

      coop_tool_print_json (node);
    }
  else if (options.format == COOP_OUTPUT_CSV)
    {
      const char *columns[] = { "code", "name", "kind", "population", "nature", "epci", "departement", "region", NULL };
      g_autoptr(CoopTable) table = coop_table_new (columns);
      g_autofree char *population_text = coop_tool_format_count (population);

      coop_table_add_row (table, coop_territory_get_code (territory), coop_territory_get_name (territory),
                          coop_territory_kind_to_string (coop_territory_get_kind (territory)),
                          population_text, coop_nature_to_string (coop_territory_get_nature (territory)),
                          coop_territory_get_epci_code (territory),
                          coop_territory_get_departement_code (territory),
                          coop_territory_get_region_code (territory), NULL);
      coop_table_print (table, COOP_OUTPUT_CSV);
    }
  else
    print_text (atlas, model, territory, members, containers, population);

  return COOP_EXIT_OK;
}
