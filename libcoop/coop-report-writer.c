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

/* From this many columns on, a table takes the smaller type of .wide. */
#define WIDE_TABLE_COLUMNS 7

/* Self-contained: no script, no font, no image fetched from anywhere. */
static const char style[] =
  "body{font-family:Cantarell,'DejaVu Sans',sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
  "color:#2e3436;line-height:1.45}"
  "h1{color:#204a87;border-bottom:3px solid #3465a4;padding-bottom:.3rem}"
  "h2{color:#204a87;margin-top:2.5rem;border-bottom:1px solid #d3d7cf}"
  "h3{color:#2e3436;margin-top:1.8rem}"
  /* A table too wide for the window scrolls in its own box, never the
   * page; tables of many columns (who does what: nine) take a smaller
   * type so that they fit whole words at 1024 pixels. */
  ".table{overflow-x:auto;margin:1rem 0}"
  "table{border-collapse:collapse;width:100%;font-size:.92rem}"
  "th,td{border:1px solid #d3d7cf;padding:.35rem .5rem;text-align:left;vertical-align:top}"
  "table.wide{font-size:.8rem}table.wide th,table.wide td{padding:.3rem .35rem}"
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
  ".table{overflow:visible}table,table.wide{font-size:8.5pt}tr,figure,svg{break-inside:avoid;page-break-inside:avoid}"
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
  {
    g_autofree char *md = _coop_report_markdown_escape (title);

    g_string_append_printf (self->markdown, "# %s\n\n", md);
  }

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

/* Every piece of text goes into the Markdown as text, whoever wrote it:
 * a model's name, a territory's or an agreement's, a description. The
 * characters that Markdown (CommonMark and GitHub's dialect) reads as
 * markup are escaped with a backslash, and <, > and & become entities, so
 * that "<script>", "<img onerror=…>" or "[a](javascript:…)" stay words
 * and no HTML reaches a renderer that passes HTML through. A line break
 * (CR, LF, CRLF, or Unicode's NEL, line and paragraph separators) would
 * end a heading or a table row and start a block of its own: it becomes a
 * space. Parentheses, dots and other punctuation stay as they are, since
 * with [ and ] escaped no link can open: "4. Acting together (step 4)"
 * reads the same in the source and the rendering. Where the text starts
 * a block (a paragraph, a list item), what would open a list, a quote or
 * a heading at its start ("1. ", "- ", "+ ", "=") is escaped too. */
static char *
markdown_escape (const char *text,
                 gboolean    block)
{
  GString *escaped = g_string_new (NULL);
  gboolean line_start = block;

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c == '\r' || c == '\n')
        {
          if (c == '\r' && p[1] == '\n')
            p++;
          g_string_append_c (escaped, ' ');
          continue;
        }
      /* U+0085, U+2028 and U+2029 in UTF-8. */
      if ((c == 0xc2 && (guchar)p[1] == 0x85) ||
          (c == 0xe2 && (guchar)p[1] == 0x80 && ((guchar)p[2] == 0xa8 || (guchar)p[2] == 0xa9)))
        {
          p += c == 0xc2 ? 1 : 2;
          g_string_append_c (escaped, ' ');
          continue;
        }

      switch (c)
        {
        case '<':
          g_string_append (escaped, "&lt;");
          break;
        case '>':
          g_string_append (escaped, "&gt;");
          break;
        case '&':
          g_string_append (escaped, "&amp;");
          break;
        case '\\': case '`': case '*': case '_': case '[': case ']':
        case '#': case '|': case '~':
          g_string_append_c (escaped, '\\');
          g_string_append_c (escaped, c);
          break;
        case '-': case '+': case '=':
          /* A list item or a heading underline only at the start. */
          if (line_start)
            g_string_append_c (escaped, '\\');
          g_string_append_c (escaped, c);
          break;
        case '.': case ')':
          /* "1. " and "1) " open an ordered list at the start of a block. */
          if (escaped->len > 0 && g_ascii_isdigit (escaped->str[escaped->len - 1]) && line_start)
            g_string_append_c (escaped, '\\');
          g_string_append_c (escaped, c);
          break;
        default:
          g_string_append_c (escaped, c);
        }
      if (!g_ascii_isdigit (c) && c != ' ' && c != '\t')
        line_start = FALSE;
    }

  return g_string_free (escaped, FALSE);
}

/* Text inside a line: a heading, a table cell, emphasis, a caption. */
char *
_coop_report_markdown_escape (const char *text)
{
  return markdown_escape (text, FALSE);
}

void
_coop_report_writer_heading (CoopReportWriter *self,
                             guint             level,
                             const char       *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *md = _coop_report_markdown_escape (text);

  level = CLAMP (level, 2, 4);
  g_string_append_printf (self->html, "<h%u>%s</h%u>\n", level, escaped, level);
  for (guint i = 0; i < level; i++)
    g_string_append_c (self->markdown, '#');
  g_string_append_printf (self->markdown, " %s\n\n", md);
}

void
_coop_report_writer_paragraph (CoopReportWriter *self,
                               const char       *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *md = markdown_escape (text, TRUE);

  g_string_append_printf (self->html, "<p>%s</p>\n", escaped);
  g_string_append_printf (self->markdown, "%s\n\n", md);
}

void
_coop_report_writer_note (CoopReportWriter *self,
                          const char       *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *md = _coop_report_markdown_escape (text);

  g_string_append_printf (self->html, "<p class=\"note\">%s</p>\n", escaped);
  g_string_append_printf (self->markdown, "*%s*\n\n", md);
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
      g_autofree char *md = markdown_escape (items[i], TRUE);

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

  g_string_append_printf (self->html, "<div class=\"table\"><table%s>\n<thead><tr>",
                          n_columns >= WIDE_TABLE_COLUMNS ? " class=\"wide\"" : "");
  g_string_append (self->markdown, "|");
  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *escaped = g_markup_escape_text (columns[c], -1);
      g_autofree char *md = _coop_report_markdown_escape (columns[c]);

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
          g_autofree char *md = _coop_report_markdown_escape (cell);

          g_string_append_printf (self->html, "<td>%s</td>", escaped);
          g_string_append_printf (self->markdown, " %s |", md);
        }
      g_string_append (self->html, "</tr>\n");
      g_string_append_c (self->markdown, '\n');
    }

  g_string_append (self->html, "</tbody>\n</table></div>\n");
  g_string_append_c (self->markdown, '\n');
}

void
_coop_report_writer_chart (CoopReportWriter *self,
                           const char       *svg,
                           const char       *alt)
{
  g_autofree char *encoded = g_base64_encode ((const guchar *)svg, strlen (svg));
  g_autofree char *alt_md = _coop_report_markdown_escape (alt);

  g_string_append_printf (self->html, "<figure>\n%s</figure>\n", svg);
  /* Markdown has no inline SVG everywhere; an image data URI travels. */
  g_string_append_printf (self->markdown, "![%s](data:image/svg+xml;base64,%s)\n\n", alt_md, encoded);
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
