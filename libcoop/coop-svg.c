/* coop-svg.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "coop-i18n-private.h"
#include "coop-svg-private.h"

/* One palette for every chart: the four axes of the wheel first. */
static const char * const palette[] = { "#3465a4", "#f57900", "#4e9a06", "#75507b", "#c4a000", "#cc0000" };
/* Higher steps darker, whatever the number of steps. */
static const char * const ramp[] = { "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c" };

/* SVG wants 12.5 whatever the locale's decimal separator, and a program
 * that called setlocale (LC_ALL, "") in France would print 12,5: each
 * chart is written with the C locale's numbers, on this thread only. The
 * other categories stay the thread's, so that the labels a chart formats
 * (22,2 % in French) still read the messages' language. */
static locale_t
use_c_numbers (void)
{
  locale_t base = duplocale (uselocale ((locale_t)0));
  locale_t numbers = base != (locale_t)0 ? newlocale (LC_NUMERIC_MASK, "C", base) : (locale_t)0;

  if (numbers == (locale_t)0)
    {
      if (base != (locale_t)0)
        freelocale (base);
      return uselocale ((locale_t)0);
    }
  return uselocale (numbers);
}

static char *
close_chart (GString  *svg,
             locale_t  previous)
{
  locale_t chart = uselocale (previous);

  if (chart != previous)
    freelocale (chart);
  return g_string_free (svg, FALSE);
}

static void
open_svg (GString    *svg,
          guint       width,
          guint       height,
          const char *title)
{
  g_autofree char *escaped = g_markup_escape_text (title != NULL ? title : "", -1);

  g_string_append_printf (svg,
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %u %u\" "
                          "width=\"%u\" height=\"%u\" role=\"img\" aria-label=\"%s\" "
                          "font-family=\"Cantarell, 'DejaVu Sans', sans-serif\" font-size=\"12\">\n"
                          "<title>%s</title>\n",
                          width, height, width, height, escaped, escaped);
}

static void
text (GString    *svg,
      double      x,
      double      y,
      const char *anchor,
      const char *extra,
      const char *content)
{
  g_autofree char *escaped = g_markup_escape_text (content != NULL ? content : "", -1);

  g_string_append_printf (svg, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s%s>%s</text>\n",
                          x, y, anchor, extra != NULL ? " " : "", extra != NULL ? extra : "", escaped);
}

/* @content on lines of at most @width characters, cut at spaces, the
 * first line at @y: the levers' names round the wheel. */
static void
text_lines (GString    *svg,
            double      x,
            double      y,
            const char *anchor,
            const char *extra,
            const char *content,
            guint       width)
{
  g_auto(GStrv) words = g_strsplit (content != NULL ? content : "", " ", -1);
  g_autoptr(GString) line = g_string_new (NULL);
  guint n_lines = 0;

  g_string_append_printf (svg, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s%s>", x, y, anchor,
                          extra != NULL ? " " : "", extra != NULL ? extra : "");
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (line->len > 0 && g_utf8_strlen (line->str, -1) + 1 + g_utf8_strlen (words[i], -1) > width)
        {
          g_autofree char *escaped = g_markup_escape_text (line->str, -1);

          g_string_append_printf (svg, "<tspan x=\"%.1f\" dy=\"%s\">%s</tspan>", x, n_lines > 0 ? "1.2em" : "0",
                                  escaped);
          n_lines++;
          g_string_truncate (line, 0);
        }
      if (line->len > 0)
        g_string_append_c (line, ' ');
      g_string_append (line, words[i]);
    }
  if (line->len > 0)
    {
      g_autofree char *escaped = g_markup_escape_text (line->str, -1);

      g_string_append_printf (svg, "<tspan x=\"%.1f\" dy=\"%s\">%s</tspan>", x, n_lines > 0 ? "1.2em" : "0",
                              escaped);
    }
  g_string_append (svg, "</text>\n");
}

char *
_coop_svg_radar (guint               n_spokes,
                 const double       *scores,
                 const char * const *spoke_labels,
                 const guint        *spoke_groups,
                 guint               n_groups,
                 const char * const *group_labels,
                 const char         *title)
{
  /* Wide enough for the levers' names on both sides of the wheel. */
  const double cx = 420, cy = 270, radius = 180;
  GString *svg;
  locale_t previous;

  g_return_val_if_fail (n_spokes >= 3, NULL);

  previous = use_c_numbers ();
  svg = g_string_new (NULL);
  open_svg (svg, 840, 560, title);

  /* Sectors of the groups, pale, behind everything. */
  for (guint i = 0; i < n_spokes; i++)
    {
      double a0 = 2 * G_PI * (i - 0.5) / n_spokes - G_PI / 2;
      double a1 = 2 * G_PI * (i + 0.5) / n_spokes - G_PI / 2;

      g_string_append_printf (svg,
                              "<path d=\"M %.1f %.1f L %.1f %.1f A %.1f %.1f 0 0 1 %.1f %.1f Z\" "
                              "fill=\"%s\" fill-opacity=\"0.10\"/>\n",
                              cx, cy, cx + radius * cos (a0), cy + radius * sin (a0),
                              radius, radius, cx + radius * cos (a1), cy + radius * sin (a1),
                              palette[spoke_groups[i] % G_N_ELEMENTS (palette)]);
    }

  /* Rings at a quarter, half, three quarters and full score. */
  for (guint ring = 1; ring <= 4; ring++)
    g_string_append_printf (svg, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" "
                            "stroke=\"#babdb6\" stroke-width=\"%s\"/>\n",
                            cx, cy, radius * ring / 4, ring == 4 ? "1.5" : "0.75");

  /* The polygon of scores. */
  g_string_append (svg, "<polygon fill=\"#3465a4\" fill-opacity=\"0.35\" stroke=\"#204a87\" stroke-width=\"2\" points=\"");
  for (guint i = 0; i < n_spokes; i++)
    {
      double angle = 2 * G_PI * i / n_spokes - G_PI / 2;
      double r = radius * CLAMP (scores[i], 0.0, 1.0);

      g_string_append_printf (svg, "%s%.1f,%.1f", i > 0 ? " " : "", cx + r * cos (angle), cy + r * sin (angle));
    }
  g_string_append (svg, "\"/>\n");

  for (guint i = 0; i < n_spokes; i++)
    {
      double angle = 2 * G_PI * i / n_spokes - G_PI / 2;
      double r = radius * CLAMP (scores[i], 0.0, 1.0);
      double lx = cx + (radius + 16) * cos (angle);
      double ly = cy + (radius + 16) * sin (angle) + (sin (angle) < -0.5 ? -10 : 4);
      const char *anchor = fabs (cos (angle)) < 0.2 ? "middle" : cos (angle) > 0 ? "start" : "end";
      const char *colour = palette[spoke_groups[i] % G_N_ELEMENTS (palette)];
      g_autofree char *style = g_strdup_printf ("fill=\"%s\" font-weight=\"bold\"", colour);

      g_string_append_printf (svg, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888a85\" "
                              "stroke-width=\"0.75\"/>\n",
                              cx, cy, cx + radius * cos (angle), cy + radius * sin (angle));
      g_string_append_printf (svg, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>\n",
                              cx + r * cos (angle), cy + r * sin (angle), colour);
      text_lines (svg, lx, ly, anchor, style, spoke_labels[i], 22);
    }

  /* The legend of the groups. */
  for (guint g = 0; g < n_groups; g++)
    {
      double x = 20 + (g % 2) * 420;
      double y = 520 + (g / 2) * 20;

      g_string_append_printf (svg, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/>\n",
                              x, y - 10, palette[g % G_N_ELEMENTS (palette)]);
      text (svg, x + 18, y, "start", NULL, group_labels[g]);
    }

  g_string_append (svg, "</svg>\n");
  return close_chart (svg, previous);
}

char *
_coop_svg_staircase (guint               n_points,
                     const char * const *dates,
                     const guint        *levels,
                     guint               n_levels,
                     const char * const *level_labels,
                     const char         *title)
{
  const double left = 170, right = 620, top = 30, bottom = 300;
  double step_height;
  double step_width;
  GString *svg;
  locale_t previous;

  g_return_val_if_fail (n_levels > 0, NULL);

  previous = use_c_numbers ();
  svg = g_string_new (NULL);
  open_svg (svg, 640, 340, title);
  step_height = (bottom - top) / n_levels;
  step_width = n_points > 0 ? (right - left) / n_points : right - left;

  for (guint level = 1; level <= n_levels; level++)
    {
      double y = bottom - level * step_height;

      g_string_append_printf (svg, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#d3d7cf\"/>\n",
                              left, y, right, y);
      text (svg, left - 8, y + step_height / 2 + 4, "end", NULL, level_labels[level - 1]);
    }
  g_string_append_printf (svg, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#555753\" "
                          "stroke-width=\"1.5\"/>\n", left, bottom, right, bottom);

  for (guint i = 0; i < n_points; i++)
    {
      double x = left + i * step_width;
      guint level = MIN (levels[i], n_levels);
      double height = level * step_height;
      guint shade = level > 0 ? (level - 1) * G_N_ELEMENTS (ramp) / n_levels : 0;

      g_string_append_printf (svg, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n",
                              x + 2, bottom - height, step_width - 4, height, ramp[shade]);
      text (svg, x + step_width / 2, bottom + 18, "middle", NULL, dates[i]);
      if (levels[i] == 0)
        text (svg, x + step_width / 2, bottom - 6, "middle", "fill=\"#888a85\"", "—");
    }

  g_string_append (svg, "</svg>\n");
  return close_chart (svg, previous);
}

char *
_coop_svg_paired_bars (guint               n_rows,
                       const char * const *row_labels,
                       const double       *first,
                       const double       *second,
                       const char         *first_label,
                       const char         *second_label,
                       const char         *title)
{
  /* Room on the right for the value label of the longest bar. */
  const double width = 380, row_height = 26;
  double left = 190, max_share = 0;
  guint height = 60 + n_rows * row_height;
  locale_t previous = use_c_numbers ();
  GString *svg = g_string_new (NULL);

  /* Whole commune names: the margin grows with the longest, at about 7
   * pixels a character of 12 px text. */
  for (guint i = 0; i < n_rows; i++)
    {
      max_share = MAX (max_share, MAX (first[i], second[i]));
      left = MAX (left, 16 + 7.0 * g_utf8_strlen (row_labels[i], -1));
    }
  if (max_share <= 0)
    max_share = 1;

  open_svg (svg, (guint)(left + width + 70), height, title);

  g_string_append_printf (svg, "<rect x=\"%.1f\" y=\"8\" width=\"12\" height=\"10\" fill=\"%s\"/>\n", left, palette[0]);
  text (svg, left + 18, 17, "start", NULL, first_label);
  g_string_append_printf (svg, "<rect x=\"%.1f\" y=\"8\" width=\"12\" height=\"10\" fill=\"%s\"/>\n", left + 220, palette[1]);
  text (svg, left + 238, 17, "start", NULL, second_label);

  for (guint i = 0; i < n_rows; i++)
    {
      double y = 34 + i * row_height;
      /* Written as people read them in the report's language: 22,2 % in French. */
      g_autofree char *first_number = _coop_format_decimal (100 * first[i], 1);
      g_autofree char *second_number = _coop_format_decimal (100 * second[i], 1);
      g_autofree char *first_text = g_strdup_printf ("%s %%", first_number);
      g_autofree char *second_text = g_strdup_printf ("%s %%", second_number);
      double first_width = width * first[i] / max_share;
      double second_width = width * second[i] / max_share;

      text (svg, left - 8, y + 14, "end", NULL, row_labels[i]);
      g_string_append_printf (svg, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"10\" fill=\"%s\">"
                              "<title>%s</title></rect>\n", left, y, first_width, palette[0], first_text);
      g_string_append_printf (svg, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"10\" fill=\"%s\">"
                              "<title>%s</title></rect>\n", left, y + 11, second_width, palette[1], second_text);
      text (svg, left + MAX (first_width, second_width) + 6, y + 14, "start", "fill=\"#555753\" font-size=\"10\"",
            second_text);
    }

  g_string_append (svg, "</svg>\n");
  return close_chart (svg, previous);
}
