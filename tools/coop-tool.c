/* coop-tool.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "coop-tool.h"

/* The millésime every command reads, from --year (0: the latest). */
static guint tool_year;

GOptionContext *
coop_tool_option_context_new (const char         *parameter,
                              const char         *summary,
                              const GOptionEntry *entries,
                              CoopToolOptions    *options)
{
  GOptionContext *context = g_option_context_new (parameter);
  const GOptionEntry format_entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &options->format_name,
      N_("Output format: text, csv or json (default: text)"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  g_option_context_set_summary (context, summary);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, format_entries, GETTEXT_PACKAGE);
  coop_tool_add_year_option (context, &options->year);

  return context;
}

void
coop_tool_add_year_option (GOptionContext *context,
                           int            *year)
{
  const GOptionEntry year_entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, year,
      N_("Read the atlas as of 1 January of YEAR, a millésime it holds (default: the latest)"),
      N_("YEAR") },
    G_OPTION_ENTRY_NULL
  };

  g_option_context_add_main_entries (context, year_entries, GETTEXT_PACKAGE);
}

/* Checks --year and makes coop_tool_open_atlas() open that millésime. */
int
coop_tool_apply_year (GOptionContext *context,
                      int             year)
{
  if (year < 0 || year > 9999)
    return coop_tool_usage_error (context, _("--year expects a year such as 2020"));
  tool_year = year;

  return COOP_EXIT_OK;
}

int
coop_tool_usage_error (GOptionContext *context,
                       const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_printerr (_("coop: %s\n\n%s"), message, help);
  return COOP_EXIT_ERROR;
}

void
coop_tool_print_error (const char *message)
{
  g_printerr (_("coop: %s\n"), message);
}

int
coop_tool_parse (GOptionContext   *context,
                 CoopToolOptions  *options,
                 int              *argc,
                 char           ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    return coop_tool_usage_error (context, error->message);

  if (coop_tool_apply_year (context, options->year) != COOP_EXIT_OK)
    return COOP_EXIT_ERROR;

  if (options->format_name == NULL || g_str_equal (options->format_name, "text"))
    options->format = COOP_OUTPUT_TEXT;
  else if (g_str_equal (options->format_name, "csv"))
    options->format = COOP_OUTPUT_CSV;
  else if (g_str_equal (options->format_name, "json"))
    options->format = COOP_OUTPUT_JSON;
  else
    {
      g_autofree char *message =
        g_strdup_printf (_("unknown format “%s”; expected text, csv or json"), options->format_name);

      return coop_tool_usage_error (context, message);
    }

  return COOP_EXIT_OK;
}

CoopAtlas *
coop_tool_open_atlas (void)
{
  g_autoptr(GError) error = NULL;
  CoopAtlas *atlas = coop_atlas_dup_default_for_year (tool_year, &error);

  if (atlas == NULL)
    g_printerr (_("coop: cannot open the atlas of France: %s\n"), error->message);

  return atlas;
}

CoopModel *
coop_tool_open_model (CoopAtlas  *atlas,
                      const char *path,
                      int        *exit_code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  CoopModel *model;

  model = coop_model_new_from_file (atlas, file, NULL, &error);
  if (model == NULL)
    {
      coop_tool_print_error (error->message);
      *exit_code = COOP_EXIT_ERROR;
    }

  return model;
}

static void
print_candidates (GListModel *candidates)
{
  for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
    {
      g_autoptr(CoopTerritory) candidate = g_list_model_get_item (candidates, i);
      g_autofree char *reference = coop_territory_dup_reference (candidate);
      const char *departement = coop_territory_get_departement_code (candidate);

      /* A commune of a collectivité d'outre-mer has no département. */
      if (departement == NULL && coop_territory_get_parent_code (candidate) != NULL)
        departement = strchr (coop_territory_get_parent_code (candidate), ':') != NULL
                      ? strchr (coop_territory_get_parent_code (candidate), ':') + 1
                      : coop_territory_get_parent_code (candidate);

      /* TRANSLATORS: a candidate of an ambiguous name: its reference, its
       * name, its kind and its département. */
      g_printerr (_("  %-12s %s (%s, département %s)\n"), reference, coop_territory_get_name (candidate),
                  coop_enum_get_label (COOP_TYPE_TERRITORY_KIND, coop_territory_get_kind (candidate)),
                  departement != NULL ? departement : "—");
    }
}

CoopTerritory *
coop_tool_resolve_territory (CoopAtlas  *atlas,
                             CoopModel  *model,
                             const char *query,
                             int        *exit_code)
{
  g_autoptr(GListModel) successors = NULL;
  g_autoptr(GListModel) named = NULL;
  g_autoptr(GListModel) matches = NULL;
  CoopTerritory *territory;

  *exit_code = COOP_EXIT_OK;
  territory = model != NULL ? coop_model_lookup (model, query) : coop_atlas_lookup (atlas, query);

  /* A code that no longer names a commune of its own: say what it became. */
  successors = coop_atlas_list_successors (atlas, query);
  if (g_list_model_get_n_items (successors) > 0 &&
      (territory == NULL || coop_territory_get_kind (territory) != COOP_TERRITORY_KIND_COMMUNE))
    {
      for (guint i = 0; i < g_list_model_get_n_items (successors); i++)
        {
          g_autoptr(CoopTerritoryChange) change = g_list_model_get_item (successors, i);
          g_autofree char *description = coop_territory_change_dup_description (change);

          g_printerr (_("coop: %s\n"), description);
        }
      if (territory != NULL)
        return territory;
      if (g_list_model_get_n_items (successors) > 1)
        {
          g_printerr (_("coop: “%s” was split; name one of the territories above\n"), query);
          *exit_code = COOP_EXIT_AMBIGUOUS;
          return NULL;
        }
      {
        g_autoptr(CoopTerritoryChange) change = g_list_model_get_item (successors, 0);

        return g_object_ref (coop_territory_change_get_territory (change));
      }
    }
  if (territory != NULL)
    return territory;

  /* Not a code: a name, which must name one territory only. */
  named = coop_atlas_lookup_name (atlas, query);
  if (g_list_model_get_n_items (named) == 1)
    return g_list_model_get_item (named, 0);
  if (g_list_model_get_n_items (named) > 1)
    {
      g_printerr (_("coop: “%s” names %u territories; name one by its code:\n"), query,
                  g_list_model_get_n_items (named));
      print_candidates (named);
      *exit_code = COOP_EXIT_AMBIGUOUS;
      return NULL;
    }

  /* No exact name: the best match of a search. */
  matches = coop_atlas_search (atlas, query, 1);
  territory = g_list_model_get_item (matches, 0);
  if (territory == NULL)
    *exit_code = COOP_EXIT_FINDINGS;
  return territory;
}

CoopTerritory *
coop_tool_find_territory (CoopAtlas  *atlas,
                          CoopModel  *model,
                          const char *query)
{
  int exit_code;

  return coop_tool_resolve_territory (atlas, model, query, &exit_code);
}

void
coop_tool_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* The --date option: a day written YYYY-MM-DD, or today when absent. */
GDateTime *
coop_tool_parse_date_option (GOptionContext *context,
                             const char     *text,
                             int            *exit_code)
{
  GDateTime *date;

  if (text == NULL)
    return g_date_time_new_now_utc ();

  date = coop_tool_parse_date (text);
  if (date == NULL)
    *exit_code = coop_tool_usage_error (context, _("--date expects a day written YYYY-MM-DD"));

  return date;
}

/* A shipped scale by identifier, or a scale definition file. */
CoopScale *
coop_tool_open_scale (const char *name,
                      int        *exit_code)
{
  g_autoptr(GError) error = NULL;
  CoopScale *scale;

  if (name == NULL)
    name = "libcoop";

  /* A path names a file; a bare word a shipped scale, even where a
   * directory of that name happens to sit in the current one. */
  if (strchr (name, '/') != NULL || g_str_has_suffix (name, ".json"))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (name);

      scale = coop_scale_new_from_file (file, NULL, &error);
    }
  else
    scale = coop_scale_new_builtin (name, &error);

  if (scale == NULL)
    {
      coop_tool_print_error (error->message);
      *exit_code = COOP_EXIT_ERROR;
    }

  return scale;
}

char *
coop_tool_format_population (gint64 population)
{
  if (population < 0)
    return g_strdup (_("unknown"));

  return g_strdup_printf ("%" G_GINT64_FORMAT, population);
}

char *
coop_tool_format_count (gint64 value)
{
  if (value < 0)
    return g_strdup ("");

  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

typedef enum {
  CELL_STRING,
  CELL_NUMBER,
  CELL_BOOLEAN,
} CellType;

struct _CoopTable
{
  GStrv      columns;
  CellType  *types;  /* one per column */
  GPtrArray *rows;   /* GStrv */
};

CoopTable *
coop_table_new (const char * const *columns)
{
  CoopTable *table = g_new0 (CoopTable, 1);

  table->columns = g_strdupv ((char **)columns);
  table->types = g_new0 (CellType, g_strv_length (table->columns));
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);

  return table;
}

static void
set_column_types (CoopTable  *table,
                  CellType    type,
                  const char *first,
                  va_list     args)
{
  for (const char *name = first; name != NULL; name = va_arg (args, const char *))
    {
      guint c;

      for (c = 0; table->columns[c] != NULL; c++)
        if (g_str_equal (table->columns[c], name))
          break;
      g_return_if_fail (table->columns[c] != NULL);
      table->types[c] = type;
    }
}

void
coop_table_set_numbers (CoopTable  *table,
                        const char *first,
                        ...)
{
  va_list args;

  va_start (args, first);
  set_column_types (table, CELL_NUMBER, first, args);
  va_end (args);
}

void
coop_table_set_booleans (CoopTable  *table,
                         const char *first,
                         ...)
{
  va_list args;

  va_start (args, first);
  set_column_types (table, CELL_BOOLEAN, first, args);
  va_end (args);
}

static void
print_json_string (const char *text)
{
  putchar ('"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar)*p;

      if (c == '"' || c == '\\')
        printf ("\\%c", c);
      else if (c == '\n')
        fputs ("\\n", stdout);
      else if (c == '\t')
        fputs ("\\t", stdout);
      else if (c < 0x20)
        printf ("\\u%04x", c);
      else
        putchar (c);
    }
  putchar ('"');
}

/* A number cell is written as the command wrote it (printf's %u,
 * g_ascii_formatd), so JSON shows the same digits as CSV rather than a
 * double's seventeen; it must read whole as a number, anything else is a
 * programming error and stays a string rather than being lost. */
static void
print_json_cell (CellType    type,
                 const char *cell)
{
  char *end = NULL;

  if (type != CELL_STRING && cell[0] == '\0')
    {
      fputs ("null", stdout);
      return;
    }
  if (type == CELL_NUMBER)
    {
      g_ascii_strtod (cell, &end);
      if (*end == '\0' && !g_ascii_isalpha (cell[strlen (cell) - 1]))
        {
          fputs (cell, stdout);
          return;
        }
      g_warn_if_reached ();
    }
  else if (type == CELL_BOOLEAN)
    {
      if (g_str_equal (cell, "yes") || g_str_equal (cell, "no"))
        {
          fputs (g_str_equal (cell, "yes") ? "true" : "false", stdout);
          return;
        }
      g_warn_if_reached ();
    }
  print_json_string (cell);
}

void
coop_table_add_row (CoopTable *table,
                    ...)
{
  guint n_columns = g_strv_length (table->columns);
  char **row = g_new0 (char *, n_columns + 1);
  va_list args;

  va_start (args, table);
  for (guint i = 0; i < n_columns; i++)
    {
      const char *cell = va_arg (args, const char *);

      row[i] = g_strdup (cell != NULL ? cell : "");
    }
  va_end (args);

  g_ptr_array_add (table->rows, row);
}

static void
print_csv_cell (const char *cell)
{
  if (strpbrk (cell, ",\"\n\r") == NULL)
    {
      fputs (cell, stdout);
      return;
    }

  putchar ('"');
  for (const char *p = cell; *p != '\0'; p++)
    {
      if (*p == '"')
        putchar ('"');
      putchar (*p);
    }
  putchar ('"');
}

void
coop_table_print (CoopTable        *table,
                  CoopOutputFormat  format)
{
  guint n_columns = g_strv_length (table->columns);

  if (format == COOP_OUTPUT_CSV)
    {
      for (guint c = 0; c < n_columns; c++)
        {
          if (c > 0)
            putchar (',');
          print_csv_cell (table->columns[c]);
        }
      putchar ('\n');
      for (guint r = 0; r < table->rows->len; r++)
        {
          char **row = g_ptr_array_index (table->rows, r);

          for (guint c = 0; c < n_columns; c++)
            {
              if (c > 0)
                putchar (',');
              print_csv_cell (row[c]);
            }
          putchar ('\n');
        }
    }
  else if (format == COOP_OUTPUT_JSON)
    {
      /* The layout of coop_tool_print_json (), written here so that
       * numbers keep their digits. */
      fputs (table->rows->len > 0 ? "[\n" : "[", stdout);
      for (guint r = 0; r < table->rows->len; r++)
        {
          char **row = g_ptr_array_index (table->rows, r);

          fputs ("  {\n", stdout);
          for (guint c = 0; c < n_columns; c++)
            {
              fputs ("    ", stdout);
              print_json_string (table->columns[c]);
              fputs (" : ", stdout);
              print_json_cell (table->types[c], row[c]);
              fputs (c + 1 < n_columns ? ",\n" : "\n", stdout);
            }
          fputs (r + 1 < table->rows->len ? "  },\n" : "  }\n", stdout);
        }
      fputs ("]\n", stdout);
    }
  else
    {
      g_autofree guint *widths = g_new0 (guint, n_columns);
      g_autofree char **headers = g_new0 (char *, n_columns + 1);

      /* Text shows the columns' names in the locale's language; CSV and
       * JSON keep them as keys. */
      for (guint c = 0; c < n_columns; c++)
        {
          headers[c] = (char *)g_dpgettext2 (NULL, "column", table->columns[c]);
          widths[c] = g_utf8_strlen (headers[c], -1);
        }
      for (guint r = 0; r < table->rows->len; r++)
        {
          char **row = g_ptr_array_index (table->rows, r);

          for (guint c = 0; c < n_columns; c++)
            widths[c] = MAX (widths[c], (guint)g_utf8_strlen (row[c], -1));
        }

      for (guint r = 0; r <= table->rows->len; r++)
        {
          char **row = r == 0 ? headers : g_ptr_array_index (table->rows, r - 1);

          for (guint c = 0; c < n_columns; c++)
            {
              guint pad = widths[c] - g_utf8_strlen (row[c], -1);

              fputs (row[c], stdout);
              if (c + 1 < n_columns)
                for (guint i = 0; i < pad + 2; i++)
                  putchar (' ');
            }
          putchar ('\n');
        }
    }
}

void
coop_table_free (CoopTable *table)
{
  if (table == NULL)
    return;

  g_strfreev (table->columns);
  g_free (table->types);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

const char *
coop_tool_enum_nick (GType type,
                     int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  /* Nicks are static strings owned by the type, which stays alive. */
  return enum_value != NULL ? enum_value->value_nick : "";
}

gboolean
coop_tool_enum_parse (GType       type,
                      const char *nick,
                      int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value_by_nick (klass, nick);

  if (enum_value == NULL)
    return FALSE;

  *value = enum_value->value;
  return TRUE;
}

char *
coop_tool_format_date (GDateTime *date)
{
  if (date == NULL)
    return g_strdup ("");

  return g_date_time_format (date, "%Y-%m-%d");
}

GDateTime *
coop_tool_parse_date (const char *text)
{
  int year, month, day;
  char tail;

  if (text == NULL || sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &tail) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return NULL;

  return g_date_time_new_utc (year, month, day, 0, 0, 0);
}

void
coop_tool_print_finding (const char  *source,
                         CoopFinding *finding)
{
  g_autofree char *text = coop_finding_to_string (finding);

  /* TRANSLATORS: a file's name and one of its findings */
  g_print (_("%s: %s\n"), source, text);
}

/* The findings of @source as lines (text) or a table (CSV, JSON), with
 * @when_none printed in text when there are none. Returns the exit status:
 * COOP_EXIT_FINDINGS when one of them is an error. */
int
coop_tool_print_findings (const char       *source,
                          GListModel       *findings,
                          CoopOutputFormat  format,
                          const char       *when_none)
{
  const char *columns[] = { "severity", "code", "subject", "path", "line", "message", NULL };
  g_autoptr(CoopTable) table = coop_table_new (columns);
  guint n = g_list_model_get_n_items (findings);
  guint n_errors = 0;

  coop_table_set_numbers (table, "line", NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopFinding) finding = g_list_model_get_item (findings, i);
      /* Line 0: the finding has no line (a model built in memory). */
      g_autofree char *line = coop_finding_get_line (finding) > 0
                              ? g_strdup_printf ("%u", coop_finding_get_line (finding)) : g_strdup ("");

      if (coop_finding_get_severity (finding) == COOP_SEVERITY_ERROR)
        n_errors++;

      if (format == COOP_OUTPUT_TEXT)
        coop_tool_print_finding (source, finding);
      else
        coop_table_add_row (table, coop_severity_to_string (coop_finding_get_severity (finding)),
                            coop_finding_get_code (finding), coop_finding_get_subject (finding),
                            coop_finding_get_path (finding), line, coop_finding_get_message (finding),
                            NULL);
    }

  if (format != COOP_OUTPUT_TEXT)
    coop_table_print (table, format);
  else if (n == 0)
    g_print ("%s", when_none);

  return n_errors > 0 ? COOP_EXIT_FINDINGS : COOP_EXIT_OK;
}

const char *
coop_tool_enum_text (CoopOutputFormat  format,
                     GType             type,
                     int               value)
{
  return format == COOP_OUTPUT_TEXT ? coop_enum_get_label (type, value) : coop_tool_enum_nick (type, value);
}

/* A code of an open codelist, written like a nick: lowercase letters,
 * digits and hyphens. */
gboolean
coop_tool_is_code (const char *text)
{
  if (text == NULL || !g_ascii_islower (text[0]))
    return FALSE;
  for (; *text != '\0'; text++)
    {
      if (!g_ascii_islower (*text) && !g_ascii_isdigit (*text) && *text != '-')
        return FALSE;
    }
  return TRUE;
}

char *
coop_tool_pad (const char *text,
               guint       width)
{
  glong length = g_utf8_strlen (text, -1);
  GString *padded = g_string_new (text);

  /* printf's widths count bytes, and “é” takes two. */
  for (glong i = length; i < (glong)width; i++)
    g_string_append_c (padded, ' ');

  return g_string_free (padded, FALSE);
}
