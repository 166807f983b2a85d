/* coop-seat-perimeter.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>

#include "coop-atlas.h"
#include "coop-error.h"
#include "coop-i18n-private.h"
#include "coop-seat-allocation.h"

/* The perimeter file of `coop seats --perimeter`: one row per member
 * commune with the population municipale to count. It comes from
 * spreadsheets, so it may start with a byte-order mark, end its lines with
 * CRLF, quote its cells and, as French spreadsheets export, separate them
 * with semicolons. */

#define PERIMETER_MAX_POPULATION 100000000

typedef struct
{
  int commune;
  int population;
  int name;
  guint n_columns;
} PerimeterColumns;

/* Splits one line on @separator; a cell may be quoted, with "" for a
 * quote. Returns NULL when a quote is left open. */
static GPtrArray *
split_cells (const char *line,
             char        separator)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) cell = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = line; ; p++)
    {
      if (quoted)
        {
          if (*p == '\0')
            return NULL;
          if (*p == '"' && p[1] == '"')
            {
              g_string_append_c (cell, '"');
              p++;
            }
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (cell, *p);
          continue;
        }
      if (*p == '"' && cell->len == 0)
        quoted = TRUE;
      else if (*p == separator || *p == '\0')
        {
          g_ptr_array_add (cells, g_strstrip (g_strdup (cell->str)));
          g_string_truncate (cell, 0);
          if (*p == '\0')
            break;
        }
      else
        g_string_append_c (cell, *p);
    }
  return g_steal_pointer (&cells);
}

static gboolean
read_header (GPtrArray         *cells,
             guint              line,
             PerimeterColumns  *columns,
             GError           **error)
{
  columns->commune = columns->population = columns->name = -1;
  columns->n_columns = cells->len;
  for (guint i = 0; i < cells->len; i++)
    {
      const char *title = g_ptr_array_index (cells, i);
      int *slot = g_str_equal (title, "commune") ? &columns->commune
                : g_str_equal (title, "population") ? &columns->population
                : g_str_equal (title, "name") ? &columns->name
                : NULL;

      /* Other columns (notes, the seats of an old council) are left to the
       * spreadsheet; a known one twice would be ambiguous. */
      if (slot == NULL)
        continue;
      if (*slot >= 0)
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE,
                       _("line %u: the column “%s” appears twice"), line, title);
          return FALSE;
        }
      *slot = i;
    }
  if (columns->commune < 0 || columns->population < 0)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE,
                   _("line %u: expected a header with the columns “commune” and “population” (and optionally "
                     "“name”)"), line);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_population (const char  *text,
                 const char  *code,
                 guint        line,
                 gint64      *population,
                 GError     **error)
{
  char *end = NULL;

  if (*text == '\0')
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD,
                   _("line %u: commune %s has no population; expected its population municipale"), line, code);
      return FALSE;
    }
  errno = 0;
  *population = g_ascii_strtoll (text, &end, 10);
  if (errno != 0 || end == text || *end != '\0')
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_TYPE,
                   _("line %u: the population “%s” of commune %s is not a whole number; expected digits only"),
                   line, text, code);
      return FALSE;
    }
  if (*population < 0 || *population > PERIMETER_MAX_POPULATION)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("line %u: commune %s has a population of %s; expected a number from 0 to %d"),
                   line, code, text, PERIMETER_MAX_POPULATION);
      return FALSE;
    }
  return TRUE;
}

/**
 * coop_seat_allocation_read_perimeter:
 * @data: (array length=length) (element-type guint8): CSV text
 * @length: the length of @data, or -1 when it ends with a nul
 * @atlas: (nullable): an atlas to take missing names and natures from
 * @error: return location for an error
 *
 * Reads a perimeter: CSV whose header names at least the columns `commune`
 * (an INSEE code) and `population` (the population municipale to count)
 * and optionally `name`, with one row per member commune. Other columns
 * are ignored. Cells are separated by commas, or by semicolons when the
 * header has no comma; a cell may be quoted. A UTF-8 byte-order mark and
 * Windows line endings are accepted. When @atlas knows a commune of the
 * same code, its name (if the file gives none) and its nature come from
 * there.
 *
 * Give the result to [ctor@Coop.SeatAllocation.new_for_perimeter] to
 * compute the seats of a fusion, an extension, a withdrawal or a past
 * council.
 *
 * Returns: (transfer full): a list of [class@Coop.Territory] of kind
 *   commune with their population municipale, in the order of the file;
 *   %NULL with @error set, naming the line, for an empty file, a missing
 *   header column, a row with the wrong number of cells, an empty code, a
 *   commune listed twice (%COOP_ERROR_DUPLICATE), a missing population
 *   (%COOP_ERROR_MISSING_FIELD), a population that is not a whole number
 *   or is negative, or text that is not UTF-8
 *
 * Since: 1.0
 */
GListModel *
coop_seat_allocation_read_perimeter (const char  *data,
                                     gssize       length,
                                     CoopAtlas   *atlas,
                                     GError     **error)
{
  g_autoptr(GListStore) communes = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  PerimeterColumns columns = { -1, -1, -1, 0 };
  gboolean header = FALSE;
  const char *start;
  char separator = ',';

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (atlas == NULL || COOP_IS_ATLAS (atlas), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  text = length < 0 ? g_strdup (data) : g_strndup (data, length);
  if (length >= 0 && strlen (text) != (gsize)length)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE, _("the perimeter contains a nul byte; expected CSV text"));
      return NULL;
    }
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE, _("the perimeter is not UTF-8 text"));
      return NULL;
    }
  start = g_str_has_prefix (text, "\xEF\xBB\xBF") ? text + 3 : text;
  lines = g_strsplit (start, "\n", -1);

  communes = g_list_store_new (COOP_TYPE_TERRITORY);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) cells = NULL;
      g_autoptr(CoopTerritory) commune = NULL;
      g_autoptr(CoopTerritory) known = NULL;
      char *line = g_strstrip (lines[i]);
      const char *code, *name;
      gint64 population;
      guint first_line;

      if (*line == '\0')
        continue;
      if (!header && strchr (line, ',') == NULL && strchr (line, ';') != NULL)
        separator = ';';
      cells = split_cells (line, separator);
      if (cells == NULL)
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE, _("line %u: a quoted cell is not closed"), i + 1);
          return NULL;
        }
      if (!header)
        {
          if (!read_header (cells, i + 1, &columns, error))
            return NULL;
          header = TRUE;
          continue;
        }
      if (cells->len != columns.n_columns)
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE, _("line %u: %u cells; expected %u, as in the header"),
                       i + 1, cells->len, columns.n_columns);
          return NULL;
        }
      code = g_ptr_array_index (cells, columns.commune);
      if (*code == '\0')
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD,
                       _("line %u: the commune code is empty; expected an INSEE code"), i + 1);
          return NULL;
        }
      first_line = GPOINTER_TO_UINT (g_hash_table_lookup (seen, code));
      if (first_line > 0)
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE,
                       _("line %u: commune %s is listed twice (first on line %u); expected one row per commune"),
                       i + 1, code, first_line);
          return NULL;
        }
      g_hash_table_insert (seen, g_strdup (code), GUINT_TO_POINTER (i + 1));
      if (!read_population (g_ptr_array_index (cells, columns.population), code, i + 1, &population, error))
        return NULL;

      if (atlas != NULL)
        known = coop_atlas_lookup_kind (atlas, COOP_TERRITORY_KIND_COMMUNE, code);
      name = columns.name >= 0 ? g_ptr_array_index (cells, columns.name) : "";
      if (*name == '\0')
        name = known != NULL ? coop_territory_get_name (known) : code;
      commune = coop_territory_new (COOP_TERRITORY_KIND_COMMUNE, code, name);
      coop_territory_set_population_municipale (commune, population);
      if (known != NULL)
        coop_territory_set_nature (commune, coop_territory_get_nature (known));
      g_list_store_append (communes, commune);
    }
  if (!header)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE,
                   _("the perimeter is empty; expected a header “commune,population” and one row per commune"));
      return NULL;
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (communes)) == 0)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD,
                   _("the perimeter lists no commune; expected one row per member commune"));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&communes));
}
