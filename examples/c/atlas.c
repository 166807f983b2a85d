/* atlas.c — Voiron's EPCI and its members, from C
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Build against an installed libcoop with:
 *   cc atlas.c -o atlas $(pkg-config --cflags --libs libcoop-1)
 */

#include <libcoop.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = NULL;
  g_autoptr(CoopTerritory) commune = NULL;
  g_autoptr(CoopTerritory) epci = NULL;
  g_autoptr(GListModel) members = NULL;
  const char *code = argc > 1 ? argv[1] : "38563";

  atlas = coop_atlas_dup_default (&error);
  if (atlas == NULL)
    {
      g_printerr ("Cannot open the atlas: %s\n", error->message);
      return 1;
    }

  commune = coop_atlas_lookup (atlas, code);
  if (commune == NULL || coop_territory_get_epci_code (commune) == NULL)
    {
      g_printerr ("No commune with an EPCI has the code %s\n", code);
      return 1;
    }

  epci = coop_atlas_lookup (atlas, coop_territory_get_epci_code (commune));
  members = coop_atlas_list_members (atlas, epci);

  g_print ("%s is in %s (%s)\n",
           coop_territory_get_name (commune),
           coop_territory_get_name (epci),
           coop_territory_get_code (epci));
  g_print ("members: %u\n", g_list_model_get_n_items (members));
  g_print ("population municipale: %" G_GINT64_FORMAT "\n",
           coop_atlas_get_population (atlas, epci));

  return 0;
}
