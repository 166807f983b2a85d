/* coop-date.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-date-private.h"

GDateTime *
_coop_date_parse (const char *text)
{
  int fields[3] = { 0, 0, 0 };
  const int widths[3] = { 4, 2, 2 };
  const char *p = text;

  if (text == NULL)
    return NULL;

  for (guint f = 0; f < 3; f++)
    {
      for (int i = 0; i < widths[f]; i++, p++)
        {
          if (!g_ascii_isdigit (*p))
            return NULL;
          fields[f] = fields[f] * 10 + (*p - '0');
        }
      if (f < 2 && *p++ != '-')
        return NULL;
    }

  if (*p != '\0' || fields[0] < 1 || !g_date_valid_dmy (fields[2], fields[1], fields[0]))
    return NULL;

  return g_date_time_new_utc (fields[0], fields[1], fields[2], 0, 0, 0);
}

char *
_coop_date_format (GDateTime *date)
{
  g_autoptr(GDateTime) utc = NULL;

  if (date == NULL)
    return NULL;

  utc = g_date_time_to_utc (date);
  return g_strdup_printf ("%04d-%02d-%02d",
                          g_date_time_get_year (utc),
                          g_date_time_get_month (utc),
                          g_date_time_get_day_of_month (utc));
}

/* Whether @date (or no date) is one a document may hold: its day in UTC,
 * the day the writer writes, falls in COOP_DATE_MIN_YEAR to
 * COOP_DATE_MAX_YEAR. The setters refuse what the reader would refuse. */
gboolean
_coop_date_in_range (GDateTime *date)
{
  g_autoptr(GDateTime) utc = NULL;
  int year;

  if (date == NULL)
    return TRUE;

  utc = g_date_time_to_utc (date);
  if (utc == NULL)
    return FALSE;
  year = g_date_time_get_year (utc);
  return year >= COOP_DATE_MIN_YEAR && year <= COOP_DATE_MAX_YEAR;
}

/* Whether @date lies in the span from @start to @end, both days included;
 * a %NULL end leaves the span open, a %NULL start means since ever. Mandates,
 * bodies and posts all exist over such a span. */
gboolean
_coop_date_span_contains (GDateTime *start,
                          GDateTime *end,
                          GDateTime *date)
{
  if (start != NULL && g_date_time_compare (date, start) < 0)
    return FALSE;
  if (end != NULL && g_date_time_compare (date, end) > 0)
    return FALSE;

  return TRUE;
}
