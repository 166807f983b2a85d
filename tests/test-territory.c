/* test-territory.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-territory-private.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_territory_new (void)
{
  CoopTerritory *territory = coop_territory_new (COOP_TERRITORY_KIND_PNR, "pnr-monts-ardeche",
                                                 "PNR des Monts d'Ardèche");

  g_assert_cmpstr (coop_territory_get_code (territory), ==, "pnr-monts-ardeche");
  g_assert_cmpstr (coop_territory_get_name (territory), ==, "PNR des Monts d'Ardèche");
  g_assert_cmpint (coop_territory_get_kind (territory), ==, COOP_TERRITORY_KIND_PNR);
  g_assert_false (coop_territory_is_from_atlas (territory));
  g_assert_cmpint (coop_territory_get_population_municipale (territory), ==, COOP_POPULATION_UNKNOWN);
  g_assert_cmpint (coop_territory_get_epci_form (territory), ==, COOP_EPCI_FORM_NONE);
  g_assert_null (coop_territory_get_epci_code (territory));
  g_assert_null (coop_territory_get_member_codes (territory)[0]);
  g_assert_null (coop_territory_get_valid_from (territory));
  g_assert_true (coop_territory_kind_is_project (COOP_TERRITORY_KIND_PNR));
  g_assert_false (coop_territory_kind_is_project (COOP_TERRITORY_KIND_EPCI));

  g_assert_finalize_object (territory);
}

static void
test_territory_name_notify (void)
{
  g_autoptr(CoopTerritory) territory = coop_territory_new (COOP_TERRITORY_KIND_PAYS, "pays", "Pays");
  guint count = 0;

  g_signal_connect (territory, "notify::name", G_CALLBACK (count_notify), &count);
  coop_territory_set_name (territory, "Pays Voironnais");
  coop_territory_set_name (territory, "Pays Voironnais");
  g_assert_cmpuint (count, ==, 1);
  g_object_set (territory, "name", "Pays du Voironnais", NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpstr (coop_territory_get_name (territory), ==, "Pays du Voironnais");
}

static void
test_territory_populations_notify (void)
{
  g_autoptr(CoopTerritory) territory = coop_territory_new (COOP_TERRITORY_KIND_SCOT, "scot", "SCoT");
  guint municipale = 0, totale = 0, year = 0;

  g_signal_connect (territory, "notify::population-municipale", G_CALLBACK (count_notify), &municipale);
  g_signal_connect (territory, "notify::population-totale", G_CALLBACK (count_notify), &totale);
  g_signal_connect (territory, "notify::population-year", G_CALLBACK (count_notify), &year);

  coop_territory_set_population_municipale (territory, 1000);
  coop_territory_set_population_municipale (territory, 1000);
  coop_territory_set_population_totale (territory, 1020);
  coop_territory_set_population_year (territory, 2023);
  coop_territory_set_population_year (territory, 2023);

  g_assert_cmpuint (municipale, ==, 1);
  g_assert_cmpuint (totale, ==, 1);
  g_assert_cmpuint (year, ==, 1);
  g_assert_cmpint (coop_territory_get_population_totale (territory), ==, 1020);
}

static void
test_territory_negative_population (void)
{
  g_autoptr(CoopTerritory) territory = coop_territory_new (COOP_TERRITORY_KIND_SCOT, "scot", "SCoT");

  g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*population >= COOP_POPULATION_UNKNOWN*");
  coop_territory_set_population_municipale (territory, -5);
  g_test_assert_expected_messages ();
  g_assert_cmpint (coop_territory_get_population_municipale (territory), ==, COOP_POPULATION_UNKNOWN);
}

/* The populations a proposed EPCI gives its communes: set, replaced,
 * removed, listed sorted; and what a document would refuse is refused. */
static void
test_territory_member_populations (void)
{
  g_autoptr(CoopTerritory) territory = coop_territory_new (COOP_TERRITORY_KIND_EPCI, "fusion", "Fusion");
  g_auto(GStrv) none = coop_territory_dup_member_population_codes (territory);
  g_auto(GStrv) codes = NULL;
  guint notified = 0;

  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_signal_connect (territory, "notify::epci-form", G_CALLBACK (count_notify), &notified);
  coop_territory_set_epci_form (territory, COOP_EPCI_FORM_CA);
  coop_territory_set_epci_form (territory, COOP_EPCI_FORM_CA);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpint (coop_territory_get_epci_form (territory), ==, COOP_EPCI_FORM_CA);

  coop_territory_set_member_population (territory, "38565", 9845);
  coop_territory_set_member_population (territory, "38563", 1);
  coop_territory_set_member_population (territory, "38563", G_MAXINT32);
  coop_territory_set_member_population (territory, "38517", 0);
  coop_territory_set_member_population (territory, "38517", COOP_POPULATION_UNKNOWN);
  codes = coop_territory_dup_member_population_codes (territory);
  g_assert_cmpstrv (codes, ((const char * const[]){ "38563", "38565", NULL }));
  g_assert_cmpint (coop_territory_get_member_population (territory, "38563"), ==, G_MAXINT32);
  g_assert_cmpint (coop_territory_get_member_population (territory, "38517"), ==, COOP_POPULATION_UNKNOWN);

  coop_territory_set_member_population_year (territory, 2022);
  g_assert_cmpuint (coop_territory_get_member_population_year (territory), ==, 2022);

  g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*population <= G_MAXINT32*");
  coop_territory_set_member_population (territory, "38563", (gint64)G_MAXINT32 + 1);
  g_test_assert_expected_messages ();
  g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*commune[0] != '\\0'*");
  coop_territory_set_member_population (territory, "", 10);
  g_test_assert_expected_messages ();
  g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*_coop_text_is_valid*");
  coop_territory_set_member_population (territory, "\xff", 10);
  g_test_assert_expected_messages ();
  g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*form <= COOP_EPCI_FORM_METROPOLE*");
  coop_territory_set_epci_form (territory, COOP_EPCI_FORM_METROPOLE_DE_LYON);
  g_test_assert_expected_messages ();
  g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*year == 0*");
  coop_territory_set_member_population_year (territory, 1799);
  g_test_assert_expected_messages ();

  g_assert_cmpint (coop_territory_get_member_population (territory, "38563"), ==, G_MAXINT32);
  g_assert_cmpint (coop_territory_get_epci_form (territory), ==, COOP_EPCI_FORM_CA);
  g_assert_cmpuint (coop_territory_get_member_population_year (territory), ==, 2022);
  g_assert_finalize_object (g_steal_pointer (&territory));
}

static void
test_territory_nature (void)
{
  g_autoptr(CoopTerritory) territory = coop_territory_new (COOP_TERRITORY_KIND_PAYS, "pays", "Pays");
  guint nature = 0, is_default = 0;

  g_signal_connect (territory, "notify::nature", G_CALLBACK (count_notify), &nature);
  g_signal_connect (territory, "notify::nature-is-default", G_CALLBACK (count_notify), &is_default);

  g_assert_cmpint (coop_territory_get_nature (territory), ==, COOP_NATURE_RURAL);
  g_assert_true (coop_territory_get_nature_is_default (territory));

  /* The default rule moves the effective nature while nothing is set. */
  _coop_territory_set_default_nature (territory, COOP_NATURE_PERIURBAN);
  g_assert_cmpint (coop_territory_get_nature (territory), ==, COOP_NATURE_PERIURBAN);
  g_assert_cmpuint (nature, ==, 1);

  /* The user's setting wins over the rule, and survives rule changes. */
  coop_territory_set_nature (territory, COOP_NATURE_URBAN);
  g_assert_cmpint (coop_territory_get_nature (territory), ==, COOP_NATURE_URBAN);
  g_assert_false (coop_territory_get_nature_is_default (territory));
  g_assert_cmpuint (nature, ==, 2);
  g_assert_cmpuint (is_default, ==, 1);
  _coop_territory_set_default_nature (territory, COOP_NATURE_RURAL);
  g_assert_cmpint (coop_territory_get_nature (territory), ==, COOP_NATURE_URBAN);
  g_assert_cmpuint (nature, ==, 2);

  /* Setting the same value as the default still counts as the user's. */
  coop_territory_reset_nature (territory);
  g_assert_cmpint (coop_territory_get_nature (territory), ==, COOP_NATURE_RURAL);
  g_assert_true (coop_territory_get_nature_is_default (territory));
  g_assert_cmpuint (nature, ==, 3);
  g_assert_cmpuint (is_default, ==, 2);
  coop_territory_reset_nature (territory);
  g_assert_cmpuint (is_default, ==, 2);

  coop_territory_set_nature (territory, COOP_NATURE_RURAL);
  g_assert_false (coop_territory_get_nature_is_default (territory));
  g_assert_cmpuint (nature, ==, 3);
}

static void
test_territory_members (void)
{
  g_autoptr(CoopTerritory) territory = coop_territory_new (COOP_TERRITORY_KIND_PNR, "pnr", "PNR");
  const char *codes[] = { "200039790", "07186", NULL };
  const char * const *members;
  guint count = 0;

  g_signal_connect (territory, "notify::member-codes", G_CALLBACK (count_notify), &count);

  g_assert_true (coop_territory_add_member_code (territory, "07001"));
  g_assert_false (coop_territory_add_member_code (territory, "07001"));
  g_assert_cmpuint (count, ==, 1);

  coop_territory_set_member_codes (territory, codes);
  g_assert_cmpuint (count, ==, 2);
  coop_territory_set_member_codes (territory, codes);
  g_assert_cmpuint (count, ==, 2);

  members = coop_territory_get_member_codes (territory);
  g_assert_cmpstr (members[0], ==, "200039790");
  g_assert_cmpstr (members[1], ==, "07186");
  g_assert_null (members[2]);

  g_assert_true (coop_territory_remove_member_code (territory, "200039790"));
  g_assert_false (coop_territory_remove_member_code (territory, "200039790"));
  g_assert_cmpuint (count, ==, 3);
  g_assert_cmpstr (coop_territory_get_member_codes (territory)[0], ==, "07186");

  coop_territory_set_member_codes (territory, NULL);
  g_assert_null (coop_territory_get_member_codes (territory)[0]);
  g_assert_cmpuint (count, ==, 4);
}

static void
test_territory_dates (void)
{
  g_autoptr(CoopTerritory) territory = coop_territory_new (COOP_TERRITORY_KIND_PETR, "petr", "PETR");
  g_autoptr(GDateTime) date = g_date_time_new_utc (2014, 1, 27, 0, 0, 0);
  g_autoptr(GDateTime) same = g_date_time_new_utc (2014, 1, 27, 0, 0, 0);
  guint count = 0;

  g_signal_connect (territory, "notify::valid-from", G_CALLBACK (count_notify), &count);
  coop_territory_set_valid_from (territory, date);
  coop_territory_set_valid_from (territory, same);
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (g_date_time_equal (coop_territory_get_valid_from (territory), date));
  coop_territory_set_valid_from (territory, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_null (coop_territory_get_valid_from (territory));

  coop_territory_set_valid_until (territory, date);
  g_assert_nonnull (coop_territory_get_valid_until (territory));
}

static void
test_territory_reference (void)
{
  CoopTerritoryRecord record = {
    .kind = COOP_TERRITORY_KIND_DEPARTEMENT,
    .code = "38",
    .name = "Isère",
    .population_municipale = 1271166,
    .population_totale = COOP_POPULATION_UNKNOWN,
    .default_nature = COOP_NATURE_PERIURBAN,
  };
  CoopTerritory *isere = _coop_territory_new_from_record (&record);
  g_autoptr(CoopTerritory) custom = coop_territory_new (COOP_TERRITORY_KIND_CUSTOM, "study", "Study");
  g_autofree char *isere_reference = coop_territory_dup_reference (isere);
  g_autofree char *custom_reference = coop_territory_dup_reference (custom);

  g_assert_cmpstr (isere_reference, ==, "departement:38");
  g_assert_cmpstr (custom_reference, ==, "study");
  g_assert_true (coop_territory_is_from_atlas (isere));
  g_assert_cmpint (coop_territory_get_nature (isere), ==, COOP_NATURE_PERIURBAN);

  g_assert_finalize_object (isere);
}

static void
test_territory_kind_strings (void)
{
  CoopTerritoryKind kind;

  g_assert_cmpstr (coop_territory_kind_to_string (COOP_TERRITORY_KIND_POLE_METROPOLITAIN), ==, "pole-metropolitain");
  g_assert_cmpstr (coop_territory_kind_to_string (COOP_TERRITORY_KIND_SYNDICAT_MIXTE), ==, "syndicat-mixte");
  g_assert_true (coop_territory_kind_from_string ("pnr", &kind));
  g_assert_cmpint (kind, ==, COOP_TERRITORY_KIND_PNR);
  g_assert_false (coop_territory_kind_from_string ("county", &kind));
  g_assert_cmpstr (coop_epci_form_to_string (COOP_EPCI_FORM_METROPOLE_DE_LYON), ==, "metropole-de-lyon");
  g_assert_cmpstr (coop_nature_to_string (COOP_NATURE_PERIURBAN), ==, "periurban");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Coop/Territory/new", test_territory_new);
  g_test_add_func ("/Coop/Territory/name/notify", test_territory_name_notify);
  g_test_add_func ("/Coop/Territory/populations/notify", test_territory_populations_notify);
  g_test_add_func ("/Coop/Territory/populations/negative", test_territory_negative_population);
  g_test_add_func ("/Coop/Territory/member-populations", test_territory_member_populations);
  g_test_add_func ("/Coop/Territory/nature", test_territory_nature);
  g_test_add_func ("/Coop/Territory/members", test_territory_members);
  g_test_add_func ("/Coop/Territory/dates", test_territory_dates);
  g_test_add_func ("/Coop/Territory/reference", test_territory_reference);
  g_test_add_func ("/Coop/Territory/kind-strings", test_territory_kind_strings);

  return g_test_run ();
}
