/* bench-atlas.c — what the compiled atlas costs, measured from inside.
 *
 *   bench-atlas cold ATLAS
 *       opens the atlas, finds Voiron (38563), its EPCI and the EPCI's
 *       members with their names, and exits: bench.py times the whole
 *       process and reads its peak RSS.
 *   bench-atlas lookups ATLAS
 *       prints one JSON object: CPU nanoseconds per lookup by code (first
 *       touch, which creates the object, and cached), per lookup by
 *       SIREN, microseconds per search by name, and the resident memory
 *       after opening, after the cold work, and after touching everything.
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "coop-atlas-private.h"

static long
status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, field);
  return line != NULL ? strtol (line + strlen (field), NULL, 10) : -1;
}

static long
resident_kb (void)
{
  return status_kb ("VmRSS:");
}

static CoopAtlas *
open_atlas (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CoopAtlas *atlas = coop_atlas_new_for_file (file, NULL, &error);

  if (atlas == NULL)
    {
      g_printerr ("%s\n", error->message);
      exit (EXIT_FAILURE);
    }
  return atlas;
}

/* The work the Python baseline does too. */
static guint
cold_work (CoopAtlas *atlas)
{
  g_autoptr(CoopTerritory) commune = coop_atlas_lookup (atlas, "38563");
  g_autoptr(CoopTerritory) epci = coop_atlas_lookup_kind (atlas, COOP_TERRITORY_KIND_EPCI,
                                                          coop_territory_get_epci_code (commune));
  g_autoptr(GListModel) members = coop_atlas_list_members (atlas, epci);
  guint n = g_list_model_get_n_items (members);
  gsize total = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopTerritory) member = g_list_model_get_item (members, i);

      total += strlen (coop_territory_get_name (member));
    }

  g_assert (total > 0);
  return n;
}

/* CPU time of this process: on a machine shared with other work, the
 * cost of a lookup, not the time spent waiting for a core. */
static double
now_ns (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * 1e9 + now.tv_nsec;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double da = *(const double *)a;
  double db = *(const double *)b;

  return da < db ? -1 : (da > db);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CoopAtlas) atlas = NULL;
  g_autoptr(GListModel) communes = NULL;
  g_autoptr(GPtrArray) codes = NULL;
  g_autoptr(GPtrArray) sirens = NULL;
  g_autoptr(GPtrArray) names = NULL;
  long rss_start, rss_open, rss_cold, rss_all;
  double start, first_touch_ns, cached_ns, siren_ns, search_us, resolve_ns;
  guint rounds = 20;
  guint n;

  if (argc != 3 || (strcmp (argv[1], "cold") != 0 && strcmp (argv[1], "lookups") != 0 &&
                    strcmp (argv[1], "open") != 0))
    {
      g_printerr ("usage: %s cold|lookups|open ATLAS\n", argv[0]);
      return EXIT_FAILURE;
    }

  /* Opening the file at each millésime it holds, in-process: each time the
   * file is mapped again, the millésime picked and Voiron found, so that
   * every year does the same work as the default (latest) one. */
  if (strcmp (argv[1], "open") == 0)
    {
      g_autoptr(CoopAtlas) first = open_atlas (argv[2]);
      g_autofree guint *years = NULL;
      guint n_years;
      const guint runs = 301;

      years = coop_atlas_get_years (first, &n_years);
      printf ("{");
      for (guint y = 0; y <= n_years; y++)
        {
          g_autofree double *times = g_new (double, runs);
          guint year = y < n_years ? years[y] : 0;

          for (guint r = 0; r < runs; r++)
            {
              g_autoptr(GMappedFile) mapped = NULL;
              g_autoptr(GBytes) bytes = NULL;
              g_autoptr(CoopAtlas) opened = NULL;
              g_autoptr(CoopTerritory) voiron = NULL;
              double t0 = now_ns ();

              mapped = g_mapped_file_new (argv[2], FALSE, NULL);
              bytes = g_mapped_file_get_bytes (mapped);
              opened = _coop_atlas_new_for_bytes_year (bytes, year, NULL);
              voiron = coop_atlas_lookup (opened, "38563");
              g_assert (voiron != NULL);
              times[r] = now_ns () - t0;
            }
          qsort (times, runs, sizeof (double), compare_doubles);
          if (year != 0)
            printf ("%s\"open_%u_us\": %.1f", y > 0 ? ", " : "", year, times[runs / 2] / 1000.0);
          else
            printf (", \"open_default_us\": %.1f", times[runs / 2] / 1000.0);
        }
      printf ("}\n");
      return EXIT_SUCCESS;
    }

  if (strcmp (argv[1], "cold") == 0)
    {
      atlas = open_atlas (argv[2]);
      printf ("%u members\n", cold_work (atlas));
      /* The peak of this program alone: getrusage() would also count the
       * parent's memory before exec. */
      printf ("peak_kb %ld\n", status_kb ("VmHWM:"));
      return EXIT_SUCCESS;
    }

  rss_start = resident_kb ();
  atlas = open_atlas (argv[2]);
  rss_open = resident_kb ();
  cold_work (atlas);
  rss_cold = resident_kb ();

  /* The codes to look up, read from the raw tables so that no territory
   * object exists before the first-touch pass. */
  {
    CoopAtlasData *data = _coop_atlas_get_data (atlas);
    const guint32 *present;
    guint n_present;

    _coop_atlas_data_get_present (data, COOP_TERRITORY_KIND_COMMUNE, &present, &n_present);
    codes = g_ptr_array_new_with_free_func (g_free);
    for (guint i = 0; i < n_present; i++)
      {
        char code[COOP_ATLAS_CODE_MAX_LEN + 1];

        _coop_atlas_data_get_code (data, present[i], code);
        g_ptr_array_add (codes, g_strdup (code));
      }
  }
  n = codes->len;

  /* Lookup by code, first touch: binary search plus creating the object. */
  start = now_ns ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopTerritory) territory = coop_atlas_lookup (atlas, codes->pdata[i]);
    }
  first_touch_ns = (now_ns () - start) / n;

  /* Lookup by code, cached: what every later lookup costs. */
  start = now_ns ();
  for (guint r = 0; r < rounds; r++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(CoopTerritory) territory = coop_atlas_lookup (atlas, codes->pdata[(i * 7919u) % n]);
      }
  cached_ns = (now_ns () - start) / ((double)n * rounds);

  /* The index search alone, without the object. */
  start = now_ns ();
  for (guint r = 0; r < rounds; r++)
    for (guint i = 0; i < n; i++)
      g_assert (_coop_atlas_resolve_reference (atlas, codes->pdata[(i * 7919u) % n]) != COOP_ATLAS_NO_INDEX);
  resolve_ns = (now_ns () - start) / ((double)n * rounds);

  communes = coop_atlas_list_territories (atlas, COOP_TERRITORY_KIND_COMMUNE);
  sirens = g_ptr_array_new_with_free_func (g_free);
  names = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopTerritory) territory = g_list_model_get_item (communes, i);

      if (coop_territory_get_siren (territory) != NULL)
        g_ptr_array_add (sirens, g_strdup (coop_territory_get_siren (territory)));
      if (i % 35 == 0)
        g_ptr_array_add (names, g_strdup (coop_territory_get_name (territory)));
    }

  start = now_ns ();
  for (guint r = 0; r < rounds; r++)
    for (guint i = 0; i < sirens->len; i++)
      {
        g_autoptr(CoopTerritory) territory = coop_atlas_lookup_siren (atlas, sirens->pdata[i]);
      }
  siren_ns = (now_ns () - start) / ((double)sirens->len * rounds);

  /* Search by name: a commune's full name, as typed, ten results. */
  start = now_ns ();
  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GListModel) found = coop_atlas_search (atlas, names->pdata[i], 10);

      g_assert (g_list_model_get_n_items (found) > 0);
    }
  search_us = (now_ns () - start) / names->len / 1000.0;

  /* Touch everything else. */
  for (guint kind = 0; kind <= COOP_TERRITORY_KIND_ARRONDISSEMENT_MUNICIPAL; kind++)
    {
      g_autoptr(GListModel) all = coop_atlas_list_territories (atlas, kind);

      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr(CoopTerritory) territory = g_list_model_get_item (all, i);
        }
    }
  rss_all = resident_kb ();

  printf ("{\"communes\": %u, \"code_first_touch_ns\": %.1f, \"code_cached_ns\": %.1f, "
          "\"code_index_only_ns\": %.1f, \"siren_cached_ns\": %.1f, \"searches\": %u, "
          "\"search_us\": %.2f, \"rss_start_kb\": %ld, \"rss_open_kb\": %ld, "
          "\"rss_after_cold_work_kb\": %ld, \"rss_all_touched_kb\": %ld}\n",
          n, first_touch_ns, cached_ns, resolve_ns, siren_ns, names->len, search_us,
          rss_start, rss_open, rss_cold, rss_all);

  return EXIT_SUCCESS;
}
