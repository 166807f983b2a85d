/* coop-tool.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <libcoop.h>

G_BEGIN_DECLS

/* Exit codes shared by every subcommand. */
enum {
  COOP_EXIT_OK = 0,
  COOP_EXIT_FINDINGS = 1,   /* the command ran and found errors or nothing */
  COOP_EXIT_ERROR = 2,      /* bad usage, or an input that cannot be read */
  COOP_EXIT_AMBIGUOUS = 3,  /* a name or a former code names several territories */
};

typedef enum {
  COOP_OUTPUT_TEXT,
  COOP_OUTPUT_CSV,
  COOP_OUTPUT_JSON,
} CoopOutputFormat;

typedef struct
{
  const char *name;
  const char *summary;
  int       (*run) (int argc, char **argv);
} CoopCommand;

/* Options every subcommand shares. */
typedef struct
{
  char            *format_name;
  CoopOutputFormat format;
  int              year;      /* --year: the millésime, 0 for the latest */
} CoopToolOptions;

GOptionContext *coop_tool_option_context_new (const char        *parameter,
                                              const char        *summary,
                                              const GOptionEntry *entries,
                                              CoopToolOptions   *options);
/* --year, for a command that builds its own option context: add it before
 * parsing, apply it after (coop_tool_option_context_new() and
 * coop_tool_parse() do both). */
void            coop_tool_add_year_option    (GOptionContext    *context,
                                              int               *year);
int             coop_tool_apply_year         (GOptionContext    *context,
                                              int                year);
int             coop_tool_parse              (GOptionContext    *context,
                                              CoopToolOptions   *options,
                                              int               *argc,
                                              char            ***argv);
int             coop_tool_usage_error        (GOptionContext    *context,
                                              const char        *message);
CoopAtlas      *coop_tool_open_atlas         (void);
CoopModel      *coop_tool_open_model         (CoopAtlas         *atlas,
                                              const char        *path,
                                              int               *exit_code);
CoopTerritory  *coop_tool_find_territory     (CoopAtlas         *atlas,
                                              CoopModel         *model,
                                              const char        *query);
/* Like coop_tool_find_territory(), saying what it did on stderr (a former
 * code and what it became) and refusing an ambiguous name or former code
 * with the list of candidates and COOP_EXIT_AMBIGUOUS in @exit_code. */
CoopTerritory  *coop_tool_resolve_territory  (CoopAtlas         *atlas,
                                              CoopModel         *model,
                                              const char        *query,
                                              int               *exit_code);
void            coop_tool_print_json         (JsonNode          *node);
GDateTime      *coop_tool_parse_date_option  (GOptionContext    *context,
                                              const char        *text,
                                              int               *exit_code);
CoopScale      *coop_tool_open_scale         (const char        *name,
                                              int               *exit_code);
char           *coop_tool_format_population  (gint64             population);
/* A count or population for a table cell: empty when unknown (negative),
 * which CSV leaves empty and JSON writes as null. */
char           *coop_tool_format_count       (gint64             value);
const char     *coop_tool_enum_nick          (GType              type,
                                              int                value);
gboolean        coop_tool_enum_parse         (GType              type,
                                              const char        *nick,
                                              int               *value);
char           *coop_tool_format_date        (GDateTime         *date);
GDateTime      *coop_tool_parse_date         (const char        *text);
void            coop_tool_print_finding      (const char        *source,
                                              CoopFinding       *finding);
int             coop_tool_print_findings     (const char        *source,
                                              GListModel        *findings,
                                              CoopOutputFormat   format,
                                              const char        *when_none);
void            coop_tool_print_error        (const char        *message);
/* In text, the label of @value in the locale's language; in CSV and
 * JSON, its nick. */
gboolean        coop_tool_is_code            (const char        *text);
const char     *coop_tool_enum_text          (CoopOutputFormat   format,
                                              GType              type,
                                              int                value);
/* @text followed by spaces up to @width characters. */
char           *coop_tool_pad                (const char        *text,
                                              guint              width);

/* A table printed as aligned text, CSV (RFC 4180) or a JSON array of
 * objects keyed by the column names. Mark the names with
 * NC_("column", …): aligned text shows them translated. */
typedef struct _CoopTable CoopTable;

CoopTable      *coop_table_new               (const char * const *columns);
void            coop_table_add_row           (CoopTable         *table,
                                              ...) G_GNUC_NULL_TERMINATED;
/* JSON writes the cells of these columns as numbers (an empty cell as
 * null) or as booleans (cells “yes” and “no”); text and CSV print them as
 * they are. NULL-terminated lists of column names. */
void            coop_table_set_numbers       (CoopTable         *table,
                                              const char        *first,
                                              ...) G_GNUC_NULL_TERMINATED;
void            coop_table_set_booleans      (CoopTable         *table,
                                              const char        *first,
                                              ...) G_GNUC_NULL_TERMINATED;
void            coop_table_print             (CoopTable         *table,
                                              CoopOutputFormat   format);
void            coop_table_free              (CoopTable         *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CoopTable, coop_table_free)

int coop_cmd_territory (int argc, char **argv);
int coop_cmd_search    (int argc, char **argv);
int coop_cmd_info      (int argc, char **argv);
int coop_cmd_fmt       (int argc, char **argv);
int coop_cmd_validate  (int argc, char **argv);
int coop_cmd_maturity  (int argc, char **argv);
int coop_cmd_levers    (int argc, char **argv);
int coop_cmd_report    (int argc, char **argv);
int coop_cmd_agreements (int argc, char **argv);
int coop_cmd_agreement (int argc, char **argv);
int coop_cmd_actors    (int argc, char **argv);
int coop_cmd_check     (int argc, char **argv);
int coop_cmd_seats     (int argc, char **argv);
int coop_cmd_complete_values (int argc, char **argv);

G_END_DECLS
