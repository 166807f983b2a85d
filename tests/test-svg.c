/* test-svg.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "coop-svg-private.h"

typedef struct
{
  guint elements;
  guint polygons;
  guint rects;
  guint texts;
} Counts;

static void
on_start (GMarkupParseContext  *context,
          const char           *name,
          const char          **attribute_names,
          const char          **attribute_values,
          gpointer              user_data,
          GError              **error)
{
  Counts *counts = user_data;

  counts->elements++;
  counts->polygons += g_str_equal (name, "polygon");
  counts->rects += g_str_equal (name, "rect");
  counts->texts += g_str_equal (name, "text");
}

/* Every chart must be well-formed XML: a browser refuses inline SVG that
 * is not, and a label with "&" or "<" would break it. */
static Counts
parse_svg (const char *svg)
{
  GMarkupParser parser = { on_start, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  Counts counts = { 0 };

  context = g_markup_parse_context_new (&parser, 0, &counts, NULL);
  g_assert_true (g_markup_parse_context_parse (context, svg, -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (svg, "<svg xmlns=\"http://www.w3.org/2000/svg\""));

  if (g_getenv ("COOP_SVG_DUMP") != NULL)
    {
      static guint n;
      g_autofree char *path = g_strdup_printf ("%s/chart-%u.svg", g_getenv ("COOP_SVG_DUMP"), n++);

      g_file_set_contents (path, svg, -1, NULL);
    }

  return counts;
}

static void
test_svg_radar (void)
{
  const double scores[] = { 1.0, 0.5, 0.25, 0.0, 0.75, 1.5, -1.0, 0.6, 0.3, 0.9 };
  const char *labels[] = { "1 Balance", "2 Pacts", "3 Spaces", "4 Elected", "5 Communes",
                           "6 Programmes", "7 Projects", "8 Contracts", "9 Pooling", "10 Method" };
  const guint groups[] = { 0, 0, 1, 1, 2, 2, 3, 3, 3, 3 };
  const char *group_labels[] = { "Impulsion politique", "Dialogue territorial", "Mise en mouvement",
                                 "Convergence des projets & des ressources" };
  g_autofree char *svg = _coop_svg_radar (10, scores, labels, groups, 4, group_labels, "Levers <wheel>");
  Counts counts = parse_svg (svg);

  g_assert_cmpuint (counts.polygons, ==, 1);
  g_assert_cmpuint (counts.texts, ==, 14);
  g_assert_nonnull (strstr (svg, "Convergence des projets &amp; des ressources"));
  g_assert_nonnull (strstr (svg, "Levers &lt;wheel&gt;"));
}

static void
test_svg_staircase (void)
{
  const char *dates[] = { "2023-01-01", "2024-01-01", "2025-01-01", "2026-01-01" };
  const guint levels[] = { 0, 1, 3, 9 };
  const char *labels[] = { "Se connaître", "Échanger", "Se coordonner", "Agir ensemble", "Faire projet commun" };
  g_autofree char *svg = _coop_svg_staircase (4, dates, levels, 5, labels, "Staircase");
  g_autofree char *empty = _coop_svg_staircase (0, NULL, NULL, 5, labels, "Nothing yet");
  Counts counts = parse_svg (svg);

  g_assert_cmpuint (counts.rects, ==, 4);
  parse_svg (empty);
}

static void
test_svg_paired_bars (void)
{
  const char *labels[] = { "Voiron", "Voreppe", "Saint-Étienne-de-Crossey" };
  const double population[] = { 0.22, 0.10, 0.03 };
  const double seats[] = { 0.18, 0.09, 0.04 };
  const double zeros[] = { 0, 0, 0 };
  g_autofree char *svg = _coop_svg_paired_bars (3, labels, population, seats, "population", "seats", "Seats");
  g_autofree char *flat = _coop_svg_paired_bars (3, labels, zeros, zeros, "population", "seats", "Flat");
  Counts counts = parse_svg (svg);

  g_assert_cmpuint (counts.rects, ==, 2 + 6);
  g_assert_nonnull (strstr (svg, "22.0 %"));
  parse_svg (flat);
}

/* A program that follows a French locale prints 0,5 for 0.5: the charts
 * must not, or every coordinate would break the SVG. */
static void
test_svg_french_numbers (void)
{
  const double population[] = { 0.225 };
  const double seats[] = { 0.175 };
  const char *labels[] = { "Voiron" };
  g_autofree char *previous = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_autofree char *svg = NULL;
  g_autofree char *check = NULL;

  if (setlocale (LC_NUMERIC, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("fr_FR.UTF-8 is not generated");
      return;
    }

  svg = _coop_svg_paired_bars (1, labels, population, seats, "population", "seats", "Seats");
  check = g_strdup_printf ("%.1f", 0.5);
  setlocale (LC_NUMERIC, previous);

  g_assert_cmpstr (check, ==, "0,5");
  parse_svg (svg);
  g_assert_null (strstr (svg, "=\"0,"));
  g_assert_nonnull (strstr (svg, "x=\"190.0\""));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Coop/Svg/radar", test_svg_radar);
  g_test_add_func ("/Coop/Svg/staircase", test_svg_staircase);
  g_test_add_func ("/Coop/Svg/french-numbers", test_svg_french_numbers);
  g_test_add_func ("/Coop/Svg/paired-bars", test_svg_paired_bars);

  return g_test_run ();
}
