/* coop-cmd-seats.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-tool.h"

/* coop seats: the council seats of CGCT L5211-6-1 for one EPCI or all of
 * France, their explanation, the accords locaux, a check of a proposed
 * distribution and the communes' voting power. */

typedef struct
{
  gboolean               all;
  gboolean               explain;
  gboolean               accords;
  gboolean               power;
  char                  *check_path;
  char                  *scheme_name;
  char                  *approving;
  char                  *language_name;
  char                  *reading_name;
  char                  *perimeter_path;
  char                  *form_name;
  char                  *siren;
  char                  *model_path;
  CoopModel             *model;
  CoopSupplementReading  reading;
  CoopSeatScheme         scheme;
} SeatsOptions;

/* The names --reading takes, in the order of CoopSupplementReading. */
static const char * const reading_names[] = { "complement", "absorb", "keep" };

static char *
format_uint (guint value)
{
  return g_strdup_printf ("%u", value);
}

/* Machine-readable in every locale: a dot, never a comma. */
static char *
format_share (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.4f", value));
}

/* Empty when unknown: an empty CSV cell, null in JSON. */
static char *
format_population (gint64 value)
{
  return coop_tool_format_count (value);
}

static const char *
yes_no (gboolean value)
{
  return value ? "yes" : "no";
}

/* A territory of a model counts the populations it gives its communes,
 * and the atlas's for the others: say how many of each, and their year. */
static void
print_model_populations (CoopSeatAllocation *allocation,
                         CoopTerritory      *territory,
                         CoopAtlas          *atlas)
{
  GListModel *shares = coop_seat_allocation_get_shares (allocation);
  guint n = g_list_model_get_n_items (shares);
  guint given = 0;
  guint year = coop_territory_get_member_population_year (territory);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopSeatShare) share = g_list_model_get_item (shares, i);

      if (coop_territory_get_member_population (territory, coop_seat_share_get_code (share)) != COOP_POPULATION_UNKNOWN)
        given++;
    }
  if (given > 0 && year > 0)
    g_print (_("  Populations:             %u of %u communes as given in the model, census %u, in force on "
               "1 January %u\n"), given, n, year, year + 3);
  else if (given > 0)
    g_print (_("  Populations:             %u of %u communes as given in the model\n"), given, n);
  if (given < n)
    g_print (_("  Populations:             %u of %u communes from the atlas, census %u, in force on "
               "1 January %u\n"), n - given, n, coop_atlas_get_member_population_year (atlas),
             coop_atlas_get_member_population_year (atlas) + 3);
}

static void
print_summary (CoopSeatAllocation *allocation,
               SeatsOptions       *options)
{
  CoopTerritory *epci = coop_seat_allocation_get_epci (allocation);
  CoopTerritory *capped = coop_seat_allocation_get_capped_commune (allocation);

  if (epci != NULL && !coop_territory_is_from_atlas (epci))
    g_print (_("%s (%s), proposed %s, in %s — CGCT L5211-6-1, law tables %s\n"), coop_territory_get_name (epci),
             coop_territory_get_code (epci), coop_epci_form_to_string (coop_seat_allocation_get_form (allocation)),
             options->model_path, coop_seat_allocation_get_law_version (allocation));
  else if (epci != NULL)
    g_print (_("%s (%s), %s — CGCT L5211-6-1, law tables %s\n"), coop_territory_get_name (epci),
             coop_territory_get_code (epci), coop_epci_form_to_string (coop_seat_allocation_get_form (allocation)),
             coop_seat_allocation_get_law_version (allocation));
  else
    {
      g_print (_("Perimeter %s, %s — CGCT L5211-6-1, law tables %s\n"), options->perimeter_path,
               coop_epci_form_to_string (coop_seat_allocation_get_form (allocation)),
               coop_seat_allocation_get_law_version (allocation));
      if (coop_seat_allocation_get_siren (allocation) != NULL)
        g_print (_("  SIREN:                   %s\n"), coop_seat_allocation_get_siren (allocation));
    }
  g_print (_("  Population municipale:   %lld\n"), (long long)coop_seat_allocation_get_population (allocation));
  /* The populations authenticated by the decree in force when the seats are
   * set: those of census year Y are in force from 1 January Y + 3. */
  if (epci == NULL)
    g_print (_("  Populations:             as given in the file\n"));
  else if (!coop_territory_is_from_atlas (epci))
    print_model_populations (allocation, epci, coop_model_get_atlas (options->model));
  else if (coop_territory_get_population_year (epci) > 0)
    g_print (_("  Populations:             census %u, in force on 1 January %u\n"),
             coop_territory_get_population_year (epci), coop_territory_get_population_year (epci) + 3);
  g_print (_("  III table:               %u seats\n"), coop_seat_allocation_get_table_seats (allocation));
  if (coop_seat_allocation_get_councillor_reduction (allocation) > 0)
    g_print (_("  IV 4° reduction:         %u seats\n"), coop_seat_allocation_get_councillor_reduction (allocation));
  g_print (_("  IV 2° seats de droit:    %u\n"), coop_seat_allocation_get_seats_de_droit (allocation));
  if (capped != NULL)
    g_print (_("  IV 3° half cap:          %s\n"), coop_territory_get_name (capped));
  if (coop_seat_allocation_get_tie_seats (allocation) > 0)
    g_print (_("  IV 5° tie seats:         %u\n"), coop_seat_allocation_get_tie_seats (allocation));
  if (coop_seat_allocation_get_bonus_seats (allocation) > 0)
    g_print (_("  IV 4° bis seats:         %u\n"), coop_seat_allocation_get_bonus_seats (allocation));
  if (coop_seat_allocation_get_supplement_applied (allocation))
    g_print (_("  V supplement:            %u seats (reading “%s”: %s)\n"),
             coop_seat_allocation_get_supplement_seats (allocation),
             reading_names[options->reading],
             coop_enum_get_label (COOP_TYPE_SUPPLEMENT_READING, options->reading));
  else
    g_print (_("  V supplement:            none\n"));
  g_print (_("  Seats:                   %u\n"), coop_seat_allocation_get_total_seats (allocation));
  for (CoopNature nature = COOP_NATURE_URBAN; nature <= COOP_NATURE_RURAL; nature++)
    g_print (_("  %-10s               %.1f %% of the seats, %.1f %% of the population\n"),
             coop_enum_get_label (COOP_TYPE_NATURE, nature),
             100 * coop_seat_allocation_get_nature_seat_share (allocation, nature),
             100 * coop_seat_allocation_get_nature_population_share (allocation, nature));
  g_print ("\n");
}

static int
print_allocation (CoopSeatAllocation *allocation,
                  SeatsOptions       *options,
                  CoopOutputFormat    format)
{
  /* Text tables translate their headers; CSV and JSON keep these keys. */
  const char *columns[] = {
    NC_("column", "commune"), NC_("column", "name"), NC_("column", "population"), NC_("column", "seats"),
    NC_("column", "proportional"), NC_("column", "seat_de_droit"), NC_("column", "seats_before_supplement"),
    NC_("column", "seat_share"), NC_("column", "population_share"), NC_("column", "ratio"),
    NC_("column", "nature"), NULL
  };
  g_autoptr(CoopTable) table = coop_table_new (columns);
  GListModel *shares = coop_seat_allocation_get_shares (allocation);

  coop_table_set_numbers (table, "population", "seats", "proportional", "seats_before_supplement", "seat_share",
                          "population_share", "ratio", NULL);
  coop_table_set_booleans (table, "seat_de_droit", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (shares); i++)
    {
      g_autoptr(CoopSeatShare) share = g_list_model_get_item (shares, i);
      g_autofree char *population = format_population (coop_seat_share_get_population (share));
      g_autofree char *seats = format_uint (coop_seat_share_get_seats (share));
      g_autofree char *proportional = format_uint (coop_seat_share_get_proportional_seats (share));
      g_autofree char *before = format_uint (coop_seat_share_get_seats_before_supplement (share));
      g_autofree char *seat_share = format_share (coop_seat_share_get_seat_share (share));
      g_autofree char *population_share = format_share (coop_seat_share_get_population_share (share));
      g_autofree char *ratio = format_share (coop_seat_share_get_representation_ratio (share));

      coop_table_add_row (table, coop_seat_share_get_code (share), coop_seat_share_get_name (share), population,
                          seats, proportional, yes_no (coop_seat_share_get_seat_de_droit (share)), before,
                          seat_share, population_share, ratio,
                          coop_nature_to_string (coop_seat_share_get_nature (share)), NULL);
    }

  if (format == COOP_OUTPUT_TEXT)
    {
      print_summary (allocation, options);
      if (options->explain)
        {
          g_autofree char *explanation = coop_seat_allocation_dup_explanation (allocation, options->language_name);

          g_print ("%s\n", explanation);
        }
    }
  else if (options->explain)
    {
      g_autofree char *explanation = coop_seat_allocation_dup_explanation (allocation, options->language_name);

      g_printerr ("%s", explanation);
    }
  coop_table_print (table, format);
  return COOP_EXIT_OK;
}

static int
print_power (CoopSeatAllocation *allocation,
             CoopOutputFormat    format)
{
  /* Text tables translate their headers; CSV and JSON keep these keys. */
  const char *columns[] = {
    NC_("column", "commune"), NC_("column", "name"), NC_("column", "seats"), NC_("column", "banzhaf"),
    NC_("column", "shapley_shubik"), NC_("column", "decides_alone"), NC_("column", "blocks_alone"),
    NC_("column", "banzhaf_two_thirds"), NC_("column", "shapley_shubik_two_thirds"),
    NC_("column", "decides_alone_two_thirds"), NC_("column", "blocks_alone_two_thirds"), NULL
  };
  g_autoptr(CoopTable) table = coop_table_new (columns);
  g_autoptr(CoopVotingPower) simple = coop_voting_power_new_for_allocation (allocation, COOP_MAJORITY_SIMPLE);
  g_autoptr(CoopVotingPower) two_thirds = coop_voting_power_new_for_allocation (allocation,
                                                                                 COOP_MAJORITY_TWO_THIRDS);
  GListModel *shares = coop_seat_allocation_get_shares (allocation);

  coop_table_set_numbers (table, "seats", "banzhaf", "shapley_shubik", "banzhaf_two_thirds",
                          "shapley_shubik_two_thirds", NULL);
  coop_table_set_booleans (table, "decides_alone", "blocks_alone", "decides_alone_two_thirds",
                           "blocks_alone_two_thirds", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (shares); i++)
    {
      g_autoptr(CoopSeatShare) share = g_list_model_get_item (shares, i);
      g_autofree char *seats = format_uint (coop_seat_share_get_seats (share));
      g_autofree char *banzhaf = format_share (coop_voting_power_get_banzhaf (simple, i));
      g_autofree char *shapley = format_share (coop_voting_power_get_shapley_shubik (simple, i));
      g_autofree char *banzhaf_23 = format_share (coop_voting_power_get_banzhaf (two_thirds, i));
      g_autofree char *shapley_23 = format_share (coop_voting_power_get_shapley_shubik (two_thirds, i));

      coop_table_add_row (table, coop_seat_share_get_code (share), coop_seat_share_get_name (share), seats,
                          banzhaf, shapley, yes_no (coop_voting_power_can_decide_alone (simple, i)),
                          yes_no (coop_voting_power_can_block_alone (simple, i)), banzhaf_23, shapley_23,
                          yes_no (coop_voting_power_can_decide_alone (two_thirds, i)),
                          yes_no (coop_voting_power_can_block_alone (two_thirds, i)), NULL);
    }

  if (format == COOP_OUTPUT_TEXT)
    g_print (_("Voting power, communes voting as blocks: simple majority %u of %u seats, two thirds %u\n\n"),
             coop_voting_power_get_quota (simple), coop_voting_power_get_total_weight (simple),
             coop_voting_power_get_quota (two_thirds));
  coop_table_print (table, format);
  return COOP_EXIT_OK;
}

static int
print_accords (CoopSeatAllocation *allocation,
               CoopOutputFormat    format)
{
  /* Text tables translate their headers; CSV and JSON keep these keys. */
  const char *columns[] = {
    NC_("column", "commune"), NC_("column", "name"), NC_("column", "population"),
    NC_("column", "droit_commun"), NC_("column", "most_proportional"),
    NC_("column", "closest_rural_balance"), NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAccordLocal) accords = coop_accord_local_new (allocation, &error);
  g_autoptr(CoopSeatDistribution) proportional = NULL;
  g_autoptr(CoopSeatDistribution) balance = NULL;
  g_autoptr(CoopTable) table = NULL;
  GListModel *shares = coop_seat_allocation_get_shares (allocation);
  double rural = coop_seat_allocation_get_nature_population_share (allocation, COOP_NATURE_RURAL);

  if (accords == NULL)
    {
      coop_tool_print_error (error->message);
      return COOP_EXIT_ERROR;
    }
  proportional = coop_accord_local_dup_most_proportional (accords);
  balance = coop_accord_local_dup_closest_to_balance (accords, COOP_NATURE_RURAL, rural, &error);
  if (error != NULL)
    {
      coop_tool_print_error (error->message);
      return COOP_EXIT_ERROR;
    }

  if (format == COOP_OUTPUT_TEXT)
    {
      if (coop_accord_local_get_count_overflowed (accords))
        g_print (_("More than %llu legal accords locaux"), (unsigned long long)G_MAXUINT64);
      else
        g_print (_("%llu legal accords locaux"), (unsigned long long)coop_accord_local_get_count (accords));
      g_print (_(" (L5211-6-1 I 2°; at most %u seats, droit commun %u)\n"),
               coop_accord_local_get_max_total (accords), coop_seat_allocation_get_seats_before_supplement (allocation));
      for (guint total = 0; total <= coop_accord_local_get_max_total (accords); total++)
        {
          guint64 count = coop_accord_local_get_count_for_total (accords, total);

          if (count > 0)
            g_print (_("  %u seats: %llu\n"), total, (unsigned long long)count);
        }
      g_print (_("Columns: the droit commun, the accord closest to proportionality and the one whose rural "
                 "seat share is closest to the rural population share (%.4f)\n\n"), rural);
    }
  if (proportional == NULL)
    {
      if (format == COOP_OUTPUT_TEXT)
        g_print (_("No accord local is legal for this EPCI.\n"));
      return COOP_EXIT_FINDINGS;
    }

  table = coop_table_new (columns);
  coop_table_set_numbers (table, "population", "droit_commun", "most_proportional", "closest_rural_balance", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (shares); i++)
    {
      g_autoptr(CoopSeatShare) share = g_list_model_get_item (shares, i);
      const char *code = coop_seat_share_get_code (share);
      g_autofree char *population = format_population (coop_seat_share_get_population (share));
      g_autofree char *droit_commun = format_uint (coop_seat_share_get_seats (share));
      g_autofree char *best = format_uint (coop_seat_distribution_get_seats (proportional, code));
      g_autofree char *balanced = balance != NULL ? format_uint (coop_seat_distribution_get_seats (balance, code))
                                                  : NULL;

      coop_table_add_row (table, code, coop_seat_share_get_name (share), population, droit_commun, best,
                          balanced, NULL);
    }
  coop_table_print (table, format);
  return COOP_EXIT_OK;
}

static int
check_proposal (CoopSeatAllocation *allocation,
                SeatsOptions       *options,
                CoopOutputFormat    format)
{
  /* Text tables translate their headers; CSV and JSON keep these keys. */
  const char *columns[] = {
    NC_("column", "commune"), NC_("column", "paragraph"), NC_("column", "condition"),
    NC_("column", "message"), NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->check_path);
  g_autoptr(CoopSeatDistribution) proposed = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(CoopTable) table = coop_table_new (columns);
  int status = COOP_EXIT_OK;

  /* The reader's errors name the file and line already. */
  if ((proposed = coop_seat_distribution_new_from_file (file, NULL, &error)) == NULL)
    {
      coop_tool_print_error (error->message);
      return COOP_EXIT_ERROR;
    }
  if ((findings = coop_seat_allocation_check (allocation, options->scheme, proposed, &error)) == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", options->check_path, error->message);

      coop_tool_print_error (message);
      return COOP_EXIT_ERROR;
    }

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoopFinding) finding = g_list_model_get_item (findings, i);

      coop_table_add_row (table, coop_finding_get_subject (finding), coop_finding_get_path (finding),
                          coop_finding_get_code (finding), coop_finding_get_message (finding), NULL);
    }
  if (format == COOP_OUTPUT_TEXT)
    {
      if (g_list_model_get_n_items (findings) == 0)
        g_print (_("%s: legal (%u seats)\n"), options->check_path, coop_seat_distribution_get_total (proposed));
      else
        g_print (_("%s: %u conditions fail\n\n"), options->check_path, g_list_model_get_n_items (findings));
    }
  if (g_list_model_get_n_items (findings) > 0 || format != COOP_OUTPUT_TEXT)
    coop_table_print (table, format);
  if (g_list_model_get_n_items (findings) > 0)
    status = COOP_EXIT_FINDINGS;

  if (options->approving != NULL)
    {
      g_auto(GStrv) codes = g_strsplit (options->approving, ",", -1);
      g_autofree char *explanation = NULL;
      gboolean reached = coop_seat_allocation_check_majority (allocation, (const char * const *)codes,
                                                              &explanation, &error);

      if (error != NULL)
        {
          {
            g_autofree char *message = g_strdup_printf ("--approving: %s", error->message);

            coop_tool_print_error (message);
          }
          return COOP_EXIT_ERROR;
        }
      g_printerr (_("Qualified majority (L5211-6-1 I 2°): %s — %s\n"), reached ? _("reached") : _("not reached"),
                  explanation);
      if (!reached)
        status = COOP_EXIT_FINDINGS;
    }
  return status;
}

static int
print_all (CoopAtlas    *atlas,
           SeatsOptions *options,
           CoopOutputFormat format)
{
  /* Text tables translate their headers; CSV and JSON keep these keys. */
  const char *columns[] = {
    NC_("column", "epci"), NC_("column", "epci_name"), NC_("column", "form"), NC_("column", "commune"),
    NC_("column", "name"), NC_("column", "population"), NC_("column", "seats"), NULL
  };
  g_autoptr(CoopTable) table = coop_table_new (columns);
  g_autoptr(GListModel) epcis = coop_atlas_list_territories (atlas, COOP_TERRITORY_KIND_EPCI);
  guint skipped = 0;

  coop_table_set_numbers (table, "population", "seats", NULL);
  for (guint k = 0; k < g_list_model_get_n_items (epcis); k++)
    {
      g_autoptr(CoopTerritory) epci = g_list_model_get_item (epcis, k);
      g_autoptr(GError) error = NULL;
      g_autoptr(CoopSeatAllocation) allocation =
        coop_seat_allocation_new_for_epci (atlas, epci, options->reading, &error);
      GListModel *shares;

      /* Out of scope or unusable data: said on stderr, left out of the
       * table, so that every row is a computed seat count. */
      if (allocation == NULL)
        {
          g_printerr (_("coop: skipped %s\n"), error->message);
          skipped++;
          continue;
        }
      shares = coop_seat_allocation_get_shares (allocation);
      for (guint i = 0; i < g_list_model_get_n_items (shares); i++)
        {
          g_autoptr(CoopSeatShare) share = g_list_model_get_item (shares, i);
          g_autofree char *population = format_population (coop_seat_share_get_population (share));
          g_autofree char *seats = format_uint (coop_seat_share_get_seats (share));

          coop_table_add_row (table, coop_territory_get_code (epci), coop_territory_get_name (epci),
                              coop_epci_form_to_string (coop_territory_get_epci_form (epci)),
                              coop_seat_share_get_code (share), coop_seat_share_get_name (share),
                              population, seats, NULL);
        }
    }
  coop_table_print (table, format);
  if (skipped > 0)
    g_printerr (_("coop: %u EPCI skipped\n"), skipped);
  return COOP_EXIT_OK;
}

/* --form: the forms a perimeter can take (the Métropole de Lyon is none). */
static gboolean
parse_form (const char    *name,
            CoopEpciForm  *form,
            char         **usage)
{
  const CoopEpciForm forms[] = {
    COOP_EPCI_FORM_CC, COOP_EPCI_FORM_CA, COOP_EPCI_FORM_CU, COOP_EPCI_FORM_METROPOLE
  };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      if (g_str_equal (coop_epci_form_to_string (forms[i]), name))
        {
          *form = forms[i];
          return TRUE;
        }
    }
  *usage = g_strdup_printf (_("unknown form “%s”; expected cc, ca, cu or metropole"), name);
  return FALSE;
}

/* --model FILE TERRITORY [--form FORM]: the seats of a territory of the
 * model, a proposed EPCI or a past council, with the populations it gives
 * its communes and the atlas's for the others. */
static CoopSeatAllocation *
open_model_territory (CoopAtlas     *atlas,
                      SeatsOptions  *options,
                      const char    *query,
                      char         **usage,
                      int           *status,
                      GError       **error)
{
  g_autoptr(CoopTerritory) territory = NULL;
  CoopEpciForm form = COOP_EPCI_FORM_NONE;

  if (options->form_name != NULL && !parse_form (options->form_name, &form, usage))
    return NULL;
  options->model = coop_tool_open_model (atlas, options->model_path, status);
  if (options->model == NULL)
    return NULL;
  territory = coop_tool_resolve_territory (atlas, options->model, query, status);
  if (territory == NULL)
    {
      if (*status == COOP_EXIT_FINDINGS)
        g_printerr (_("coop: no territory matches “%s”\n"), query);
      return NULL;
    }
  return coop_seat_allocation_new_for_model (options->model, territory, form, options->reading, error);
}

/* --perimeter FILE --form FORM [--siren SIREN]: the seats of any
 * perimeter with the populations the file gives. A wrong --form or --siren
 * is a usage error (@usage); an unreadable file or bad data, @error. */
static CoopSeatAllocation *
open_perimeter (CoopAtlas     *atlas,
                SeatsOptions  *options,
                char         **usage,
                GError       **error)
{
  g_autoptr(CoopTerritory) epci = NULL;
  g_autoptr(GListModel) communes = NULL;
  g_autofree char *contents = NULL;
  CoopEpciForm form = COOP_EPCI_FORM_NONE;
  gsize length;

  if (options->siren != NULL)
    {
      epci = coop_atlas_lookup_kind (atlas, COOP_TERRITORY_KIND_EPCI, options->siren);
      if (epci == NULL)
        {
          *usage = g_strdup_printf (_("--siren %s: no EPCI à fiscalité propre of the atlas has this SIREN"),
                                    options->siren);
          return NULL;
        }
      form = coop_territory_get_epci_form (epci);
    }
  if (options->form_name != NULL)
    {
      if (!parse_form (options->form_name, &form, usage))
        return NULL;
    }
  else if (epci == NULL)
    {
      *usage = g_strdup (_("--perimeter needs --form (cc, ca, cu or metropole) or an EPCI given with --siren"));
      return NULL;
    }

  if (!g_file_get_contents (options->perimeter_path, &contents, &length, error) ||
      (communes = coop_seat_allocation_read_perimeter (contents, length, atlas, error)) == NULL)
    {
      g_prefix_error (error, "%s: ", options->perimeter_path);
      return NULL;
    }
  return coop_seat_allocation_new_for_perimeter (form, options->siren, communes, options->reading, error);
}

static gboolean
parse_choices (SeatsOptions  *options,
               char         **message)
{
  if (!coop_language_is_available (options->language_name))
    {
      *message = g_strdup_printf (_("unknown language “%s”: libcoop has no translation into it"),
                                  options->language_name);
      return FALSE;
    }

  if (options->reading_name == NULL || g_str_equal (options->reading_name, "complement"))
    options->reading = COOP_SUPPLEMENT_READING_COMPLEMENT;
  else if (g_str_equal (options->reading_name, "absorb"))
    options->reading = COOP_SUPPLEMENT_READING_ABSORB;
  else if (g_str_equal (options->reading_name, "keep"))
    options->reading = COOP_SUPPLEMENT_READING_KEEP;
  else
    {
      *message = g_strdup_printf (_("unknown reading “%s”; expected complement, absorb or keep"),
                                  options->reading_name);
      return FALSE;
    }

  if (options->scheme_name == NULL || g_str_equal (options->scheme_name, "accord-local"))
    options->scheme = COOP_SEAT_SCHEME_ACCORD_LOCAL;
  else if (g_str_equal (options->scheme_name, "optional-seats"))
    options->scheme = COOP_SEAT_SCHEME_OPTIONAL_SEATS;
  else
    {
      *message = g_strdup_printf (_("unknown scheme “%s”; expected accord-local or optional-seats"),
                                  options->scheme_name);
      return FALSE;
    }
  return TRUE;
}

static void
clear_options (SeatsOptions *options)
{
  g_free (options->check_path);
  g_free (options->scheme_name);
  g_free (options->approving);
  g_free (options->language_name);
  g_free (options->reading_name);
  g_free (options->perimeter_path);
  g_free (options->form_name);
  g_free (options->siren);
  g_free (options->model_path);
  g_clear_object (&options->model);
}

int
coop_cmd_seats (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoopAtlas) atlas = NULL;
  g_autoptr(CoopTerritory) epci = NULL;
  g_autoptr(CoopSeatAllocation) allocation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  SeatsOptions seats = { 0 };
  CoopToolOptions options = { NULL, COOP_OUTPUT_TEXT };
  const GOptionEntry entries[] = {
    { "all", 'a', 0, G_OPTION_ARG_NONE, &seats.all,
      N_("Every EPCI of France, one row per member commune"), NULL },
    { "explain", 'e', 0, G_OPTION_ARG_NONE, &seats.explain,
      N_("Explain each step in the order of the article (on stderr for csv and json)"), NULL },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &seats.language_name,
      N_("Language of the explanation: fr or en (default: from the locale)"), "LANG" },
    { "reading", 'r', 0, G_OPTION_ARG_STRING, &seats.reading_name,
      N_("Reading of V: complement (default, as the préfectures set the councils), absorb or keep"),
      "READING" },
    { "perimeter", 0, 0, G_OPTION_ARG_FILENAME, &seats.perimeter_path,
      N_("Any perimeter: CSV with the columns commune,population (and optionally name), one row per member"),
      "FILE" },
    { "model", 'm', 0, G_OPTION_ARG_FILENAME, &seats.model_path,
      N_("A territory of MODEL: its perimeter, with the populations it gives its communes (member-populations) "
         "and the atlas's for the others"), N_("MODEL.json") },
    { "form", 0, 0, G_OPTION_ARG_STRING, &seats.form_name,
      N_("With --perimeter or --model: the legal form, cc, ca, cu or metropole"), "FORM" },
    { "siren", 0, 0, G_OPTION_ARG_STRING, &seats.siren,
      N_("With --perimeter: the EPCI whose rules apply (its form, and IV 4° bis for 200054807)"), "SIREN" },
    { "accords-locaux", 0, 0, G_OPTION_ARG_NONE, &seats.accords,
      N_("Count the legal accords locaux (I 2°) and show the best ones"), NULL },
    { "check", 'c', 0, G_OPTION_ARG_FILENAME, &seats.check_path,
      N_("Check a proposed distribution: JSON {\"CODE\": seats, …} or CSV commune,seats"), "FILE" },
    { "scheme", 0, 0, G_OPTION_ARG_STRING, &seats.scheme_name,
      N_("With --check: accord-local (I 2°, default) or optional-seats (VI)"), "SCHEME" },
    { "approving", 0, 0, G_OPTION_ARG_STRING, &seats.approving,
      N_("With --check: the communes whose councils approved, for the qualified majority"), "CODE,…" },
    { "power", 'p', 0, G_OPTION_ARG_NONE, &seats.power,
      N_("Voting power: Banzhaf and Shapley–Shubik indices, deciding and blocking alone"), NULL },
    G_OPTION_ENTRY_NULL
  };
  int status;

  context = coop_tool_option_context_new (_("EPCI-CODE | --model MODEL.json TERRITORY | --perimeter FILE | --all"),
                                          _("The seats of the member communes in the conseil communautaire "
                                            "under the droit commun of CGCT L5211-6-1 (III to V), with the "
                                            "accords locaux, checks of a proposed distribution and voting "
                                            "power. The Métropole de Lyon is out of scope; with --all it is "
                                            "skipped with a note on stderr, as is any EPCI whose data the "
                                            "rules cannot use. With --perimeter, the seats of any perimeter "
                                            "and populations: a fusion, an extension, a withdrawal or a past "
                                            "council. With --model, the same for a territory of a model that "
                                            "carries its form and its communes' populations."),
                                          entries, &options);
  status = coop_tool_parse (context, &options, &argc, &argv);
  g_free (options.format_name);
  if (status != COOP_EXIT_OK)
    {
      clear_options (&seats);
      return status;
    }
  if (!parse_choices (&seats, &message))
    status = coop_tool_usage_error (context, message);
  else if (seats.all && (seats.perimeter_path != NULL || seats.model_path != NULL))
    status = coop_tool_usage_error (context, _("--all cannot be combined with --perimeter or --model"));
  else if (seats.perimeter_path != NULL && seats.model_path != NULL)
    status = coop_tool_usage_error (context, _("--perimeter cannot be combined with --model"));
  else if (seats.perimeter_path == NULL && seats.model_path == NULL && seats.form_name != NULL)
    status = coop_tool_usage_error (context, _("--form goes with --perimeter or --model"));
  else if (seats.perimeter_path == NULL && seats.siren != NULL)
    status = coop_tool_usage_error (context, _("--siren goes with --perimeter"));
  else if (seats.perimeter_path != NULL && argc != 1)
    status = coop_tool_usage_error (context, _("--perimeter takes no EPCI; name it with --siren"));
  else if (seats.all && argc != 1)
    status = coop_tool_usage_error (context, _("--all takes no EPCI"));
  else if (seats.model_path != NULL && argc != 2)
    status = coop_tool_usage_error (context, _("--model expects one territory of the model"));
  else if (!seats.all && seats.perimeter_path == NULL && argc != 2)
    status = coop_tool_usage_error (context, _("expected one EPCI, --model MODEL.json TERRITORY, --perimeter FILE or --all"));
  else if (seats.all && (seats.accords || seats.power || seats.check_path != NULL))
    status = coop_tool_usage_error (context, _("--all cannot be combined with --accords-locaux, --check or --power"));
  if (status != COOP_EXIT_OK)
    {
      clear_options (&seats);
      return status;
    }

  atlas = coop_tool_open_atlas ();
  if (atlas == NULL)
    {
      clear_options (&seats);
      return COOP_EXIT_ERROR;
    }

  if (seats.all)
    {
      status = print_all (atlas, &seats, options.format);
      clear_options (&seats);
      return status;
    }

  if (seats.perimeter_path != NULL || seats.model_path != NULL)
    {
      status = COOP_EXIT_ERROR;
      if (seats.perimeter_path != NULL)
        allocation = open_perimeter (atlas, &seats, &message, &error);
      else
        allocation = open_model_territory (atlas, &seats, argv[1], &message, &status, &error);
      if (message != NULL)
        status = coop_tool_usage_error (context, message);
      /* The model's reader and the lookup said what was wrong. */
      if (allocation == NULL && error == NULL)
        {
          clear_options (&seats);
          return status;
        }
    }
  else
    {
      epci = coop_tool_find_territory (atlas, NULL, argv[1]);
      if (epci == NULL)
        {
          g_printerr (_("coop: no territory matches “%s”\n"), argv[1]);
          clear_options (&seats);
          return COOP_EXIT_FINDINGS;
        }
      allocation = coop_seat_allocation_new_for_epci (atlas, epci, seats.reading, &error);
    }
  if (allocation == NULL)
    {
      coop_tool_print_error (error->message);
      clear_options (&seats);
      return COOP_EXIT_ERROR;
    }

  if (seats.check_path != NULL)
    status = check_proposal (allocation, &seats, options.format);
  else if (seats.accords)
    status = print_accords (allocation, options.format);
  else if (seats.power)
    status = print_power (allocation, options.format);
  else
    status = print_allocation (allocation, &seats, options.format);

  clear_options (&seats);
  return status;
}
