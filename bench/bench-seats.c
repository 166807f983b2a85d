/* bench-seats.c — the droit commun of every EPCI of France, from C.
 *
 *   bench-seats ATLAS [RUNS]
 *
 * Prints one JSON object with the CPU time, best of RUNS (default 11), of
 *
 *   - "engine_ms": the rules of CGCT L5211-6-1 III to V (and IV 4° bis) on
 *     the member populations read beforehand from the atlas: every EPCI,
 *     sorted arrays in, seats out, no explanation built;
 *   - "api_ms": coop_seat_allocation_new_for_epci() for every EPCI, what a
 *     C program calls: members and per-member populations read from the
 *     atlas, the allocation and its shares built (the atlas's territory
 *     objects already created by a first pass, as in any longer-lived
 *     program);
 *
 * with the number of EPCI computed, of communes and of seats given (the
 * total the Python baselines must find too).
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "coop-atlas-private.h"
#include "coop-seat-allocation-private.h"
#include "coop-seat-private.h"

typedef struct
{
  char          *siren;
  CoopEpciForm   form;
  guint          n;
  gint64        *population;   /* largest first */
  char         **names;
  char         **codes;
} Perimeter;

static void
perimeter_clear (gpointer data)
{
  Perimeter *perimeter = data;

  g_free (perimeter->siren);
  g_free (perimeter->population);
  g_strfreev (perimeter->names);
  g_strfreev (perimeter->codes);
}

static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

static int
compare_members (gconstpointer a,
                 gconstpointer b)
{
  const CoopSeatMember *first = a, *second = b;

  if (first->population != second->population)
    return first->population > second->population ? -1 : 1;
  return g_strcmp0 (coop_territory_get_code (first->commune), coop_territory_get_code (second->commune));
}

/* The EPCI the rules take, as plain sorted arrays, in the order the
 * library sorts them. */
static GArray *
read_perimeters (CoopAtlas *atlas)
{
  g_autoptr(GListModel) epcis = coop_atlas_list_territories (atlas, COOP_TERRITORY_KIND_EPCI);
  GArray *perimeters = g_array_new (FALSE, TRUE, sizeof (Perimeter));

  g_array_set_clear_func (perimeters, perimeter_clear);
  for (guint k = 0; k < g_list_model_get_n_items (epcis); k++)
    {
      g_autoptr(CoopTerritory) epci = g_list_model_get_item (epcis, k);
      g_autoptr(GListModel) members = coop_atlas_list_members (atlas, epci);
      g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (CoopSeatMember));
      g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
      CoopEpciForm form = coop_territory_get_epci_form (epci);
      Perimeter perimeter = { 0 };

      if (form == COOP_EPCI_FORM_NONE || form == COOP_EPCI_FORM_METROPOLE_DE_LYON)
        continue;
      for (guint i = 0; i < g_list_model_get_n_items (members); i++)
        {
          CoopTerritory *commune = g_list_model_get_item (members, i);
          CoopSeatMember member = { commune, coop_atlas_get_member_population (atlas, epci, commune) };

          g_ptr_array_add (keep, commune);
          g_array_append_val (sorted, member);
        }
      g_array_sort (sorted, compare_members);
      perimeter.siren = g_strdup (coop_territory_get_code (epci));
      perimeter.form = form;
      perimeter.n = sorted->len;
      perimeter.population = g_new (gint64, sorted->len);
      perimeter.names = g_new0 (char *, sorted->len + 1);
      perimeter.codes = g_new0 (char *, sorted->len + 1);
      for (guint i = 0; i < sorted->len; i++)
        {
          CoopSeatMember *member = &g_array_index (sorted, CoopSeatMember, i);

          perimeter.population[i] = member->population;
          perimeter.names[i] = g_strdup (coop_territory_get_name (member->commune));
          perimeter.codes[i] = g_strdup (coop_territory_get_code (member->commune));
        }
      g_array_append_val (perimeters, perimeter);
    }
  return perimeters;
}

static guint
run_engine (GArray            *perimeters,
            const CoopSeatLaw *law)
{
  guint seats = 0;

  for (guint k = 0; k < perimeters->len; k++)
    {
      Perimeter *perimeter = &g_array_index (perimeters, Perimeter, k);
      CoopSeatInput input = {
        perimeter->n, perimeter->population, (const char * const *)perimeter->names,
        (const char * const *)perimeter->codes, perimeter->siren, perimeter->form,
        COOP_SUPPLEMENT_READING_COMPLEMENT, law, FALSE,
      };
      CoopSeatResult result;
      g_autoptr(GError) error = NULL;

      if (!_coop_seat_compute (&input, &result, &error))
        g_error ("%s: %s", perimeter->siren, error->message);
      seats += result.total;
      _coop_seat_result_clear (&result);
    }
  return seats;
}

static guint
run_api (CoopAtlas  *atlas,
         GListModel *epcis,
         guint      *n_epci)
{
  guint seats = 0;

  *n_epci = 0;
  for (guint k = 0; k < g_list_model_get_n_items (epcis); k++)
    {
      g_autoptr(CoopTerritory) epci = g_list_model_get_item (epcis, k);
      g_autoptr(CoopSeatAllocation) allocation =
        coop_seat_allocation_new_for_epci (atlas, epci, COOP_SUPPLEMENT_READING_COMPLEMENT, NULL);

      if (allocation == NULL)
        continue;
      seats += coop_seat_allocation_get_total_seats (allocation);
      (*n_epci)++;
    }
  return seats;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(CoopAtlas) atlas = NULL;
  g_autoptr(GArray) perimeters = NULL;
  g_autoptr(GListModel) epcis = NULL;
  g_autoptr(GError) error = NULL;
  const CoopSeatLaw *law;
  double engine_best = G_MAXDOUBLE, api_best = G_MAXDOUBLE;
  guint runs = argc > 2 ? (guint)atoi (argv[2]) : 11;
  guint engine_seats = 0, api_seats = 0, n_epci = 0, n_communes = 0;

  if (argc < 2 || runs == 0)
    {
      g_printerr ("usage: bench-seats ATLAS [RUNS]\n");
      return EXIT_FAILURE;
    }
  file = g_file_new_for_path (argv[1]);
  atlas = coop_atlas_new_for_file (file, NULL, &error);
  law = atlas != NULL ? _coop_seat_law_get (&error) : NULL;
  if (law == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  perimeters = read_perimeters (atlas);
  for (guint k = 0; k < perimeters->len; k++)
    n_communes += g_array_index (perimeters, Perimeter, k).n;
  epcis = coop_atlas_list_territories (atlas, COOP_TERRITORY_KIND_EPCI);

  for (guint run = 0; run < runs; run++)
    {
      double start = cpu_ms ();

      engine_seats = run_engine (perimeters, law);
      engine_best = MIN (engine_best, cpu_ms () - start);

      start = cpu_ms ();
      api_seats = run_api (atlas, epcis, &n_epci);
      api_best = MIN (api_best, cpu_ms () - start);
    }
  if (engine_seats != api_seats || n_epci != perimeters->len)
    g_error ("the engine gives %u seats for %u EPCI, the API %u for %u", engine_seats, perimeters->len,
             api_seats, n_epci);

  printf ("{\"epci\": %u, \"communes\": %u, \"seats\": %u, \"runs\": %u, \"engine_ms\": %.3f, \"api_ms\": %.3f}\n",
          n_epci, n_communes, engine_seats, runs, engine_best, api_best);
  return EXIT_SUCCESS;
}
