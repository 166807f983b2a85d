/* coop-report-writer.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "coop-report-writer-private.h"

struct _CoopReportWriter
{
  GString *html;
  GString *markdown;
};

/* Self-contained: no script, no font, no image fetched from anywhere. */
static const char style[] =
  "body{font-family:Cantarell,'DejaVu Sans',sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
  "color:#2e3436;line-height:1.45}"
  "h1{color:#204a87;border-bottom:3px solid #3465a4;padding-bottom:.3rem}"
  "h2{color:#204a87;margin-top:2.5rem;border-bottom:1px solid #d3d7cf}"
  "h3{color:#2e3436;margin-top:1.8rem}"
  "table{border-collapse:collapse;margin:1rem 0;width:100%;font-size:.92rem}"
  "th,td{border:1px solid #d3d7cf;padding:.35rem .5rem;text-align:left;vertical-align:top}"
  "th{background:#eef2f8}tr:nth-child(even) td{background:#fafafa}"
  ".note{color:#555753;font-size:.9rem}"
  "figure{margin:1rem 0;text-align:center}svg{max-width:100%;height:auto}"
  "li{margin:.2rem 0}"
  /* Printed or saved as PDF from a browser: the page's width, no shading
   * lost, no chart or table row cut across two pages. */
  "@media print{@page{size:A4;margin:14mm}"
  "body{max-width:none;margin:0;padding:0;font-size:10pt;color:#000}"
  "h1,h2,h3{color:#000;break-after:avoid;page-break-after:avoid}"
  "h2{margin-top:1.5rem}"
  "table{font-size:8.5pt}tr,figure,svg{break-inside:avoid;page-break-inside:avoid}"
  "th{background:#eef2f8;-webkit-print-color-adjust:exact;print-color-adjust:exact}"
  "svg{max-height:24cm}}";

CoopReportWriter *
_coop_report_writer_new (const char *language,
                         const char *title)
{
  CoopReportWriter *self = g_new0 (CoopReportWriter, 1);
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  self->html = g_string_new (NULL);
  g_string_append_printf (self->html,
                          "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n<h1>%s</h1>\n",
                          language, escaped, style, escaped);

  self->markdown = g_string_new (NULL);
  g_string_append_printf (self->markdown, "# %s\n\n", title);

  return self;
}

void
_coop_report_writer_free (CoopReportWriter *self)
{
  if (self == NULL)
    return;

  if (self->html != NULL)
    g_string_free (self->html, TRUE);
  if (self->markdown != NULL)
    g_string_free (self->markdown, TRUE);
  g_free (self);
}

/* Table cells and list items keep Markdown's pipes and line breaks out. */
static char *
markdown_escape (const char *text)
{
  GString *escaped = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (*p == '|')
        g_string_append (escaped, "\\|");
      else if (*p == '\n')
        g_string_append_c (escaped, ' ');
      else
        g_string_append_c (escaped, *p);
    }

  return g_string_free (escaped, FALSE);
}

void
_coop_report_writer_heading (CoopReportWriter *self,
                             guint             level,
                             const char       *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  level = CLAMP (level, 2, 4);
  g_string_append_printf (self->html, "<h%u>%s</h%u>\n", level, escaped, level);
  for (guint i = 0; i < level; i++)
    g_string_append_c (self->markdown, '#');
  g_string_append_printf (self->markdown, " %s\n\n", text);
}

void
_coop_report_writer_paragraph (CoopReportWriter *self,
                               const char       *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append_printf (self->html, "<p>%s</p>\n", escaped);
  g_string_append_printf (self->markdown, "%s\n\n", text);
}

void
_coop_report_writer_note (CoopReportWriter *self,
                          const char       *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append_printf (self->html, "<p class=\"note\">%s</p>\n", escaped);
  g_string_append_printf (self->markdown, "*%s*\n\n", text);
}

void
_coop_report_writer_list (CoopReportWriter   *self,
                          const char * const *items)
{
  if (items == NULL || items[0] == NULL)
    return;

  g_string_append (self->html, "<ul>\n");
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (items[i], -1);
      g_autofree char *md = markdown_escape (items[i]);

      g_string_append_printf (self->html, "<li>%s</li>\n", escaped);
      g_string_append_printf (self->markdown, "- %s\n", md);
    }
  g_string_append (self->html, "</ul>\n");
  g_string_append_c (self->markdown, '\n');
}

void
_coop_report_writer_table (CoopReportWriter   *self,
                           const char * const *columns,
                           GPtrArray          *rows)
{
  guint n_columns = g_strv_length ((char **)columns);

  g_string_append (self->html, "<table>\n<thead><tr>");
  g_string_append (self->markdown, "|");
  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *escaped = g_markup_escape_text (columns[c], -1);
      g_autofree char *md = markdown_escape (columns[c]);

      g_string_append_printf (self->html, "<th>%s</th>", escaped);
      g_string_append_printf (self->markdown, " %s |", md);
    }
  g_string_append (self->html, "</tr></thead>\n<tbody>\n");
  g_string_append (self->markdown, "\n|");
  for (guint c = 0; c < n_columns; c++)
    g_string_append (self->markdown, " --- |");
  g_string_append_c (self->markdown, '\n');

  for (guint r = 0; r < rows->len; r++)
    {
      const char * const *row = g_ptr_array_index (rows, r);

      g_string_append (self->html, "<tr>");
      g_string_append (self->markdown, "|");
      for (guint c = 0; c < n_columns; c++)
        {
          const char *cell = row[c] != NULL ? row[c] : "";
          g_autofree char *escaped = g_markup_escape_text (cell, -1);
          g_autofree char *md = markdown_escape (cell);

          g_string_append_printf (self->html, "<td>%s</td>", escaped);
          g_string_append_printf (self->markdown, " %s |", md);
        }
      g_string_append (self->html, "</tr>\n");
      g_string_append_c (self->markdown, '\n');
    }

  g_string_append (self->html, "</tbody>\n</table>\n");
  g_string_append_c (self->markdown, '\n');
}

void
_coop_report_writer_chart (CoopReportWriter *self,
                           const char       *svg,
                           const char       *alt)
{
  g_autofree char *encoded = g_base64_encode ((const guchar *)svg, strlen (svg));

  g_string_append_printf (self->html, "<figure>\n%s</figure>\n", svg);
  /* Markdown has no inline SVG everywhere; an image data URI travels. */
  g_string_append_printf (self->markdown, "![%s](data:image/svg+xml;base64,%s)\n\n", alt, encoded);
}

char *
_coop_report_writer_end_html (CoopReportWriter *self)
{
  g_string_append (self->html, "</body>\n</html>\n");
  return g_string_free (g_steal_pointer (&self->html), FALSE);
}

char *
_coop_report_writer_end_markdown (CoopReportWriter *self)
{
  return g_string_free (g_steal_pointer (&self->markdown), FALSE);
}
