/* test-seats.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "coop-accord-local.h"
#include "coop-atlas.h"
#include "coop-error.h"
#include "coop-finding.h"
#include "coop-model.h"
#include "coop-seat-allocation.h"
#include "coop-seat-law-private.h"
#include "coop-seat-step.h"
#include "coop-voting-power.h"

/* Each hand-checked case states the article's steps in a comment, so that a
 * reader can redo the arithmetic. */

static CoopAtlas *
open_atlas (void)
{
  g_autoptr(GError) error = NULL;
  CoopAtlas *atlas = coop_atlas_dup_default (&error);

  g_assert_no_error (error);
  return atlas;
}

/* Communes C0, C1… with the given populations (0 ends the list, -1 is
 * "unknown"). */
static GListModel *
make_communes (const gint64 *populations,
               guint         n)
{
  GListStore *store = g_list_store_new (COOP_TYPE_TERRITORY);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *code = g_strdup_printf ("C%02u", i);
      g_autofree char *name = g_strdup_printf ("Commune %u", i);
      g_autoptr(CoopTerritory) commune = coop_territory_new (COOP_TERRITORY_KIND_COMMUNE, code, name);

      coop_territory_set_population_municipale (commune, populations[i]);
      g_list_store_append (store, commune);
    }
  return G_LIST_MODEL (store);
}

static CoopSeatAllocation *
allocate (CoopEpciForm           form,
          const gint64          *populations,
          guint                  n,
          CoopSupplementReading  reading)
{
  g_autoptr(GListModel) communes = make_communes (populations, n);
  g_autoptr(GError) error = NULL;
  CoopSeatAllocation *allocation = coop_seat_allocation_new_for_communes (form, communes, reading, &error);

  g_assert_no_error (error);
  g_assert_nonnull (allocation);
  return allocation;
}

static void
assert_seats (CoopSeatAllocation *allocation,
              const guint        *expected,
              guint               n)
{
  GListModel *shares = coop_seat_allocation_get_shares (allocation);
  guint total = 0;

  g_assert_cmpuint (g_list_model_get_n_items (shares), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopSeatShare) share = g_list_model_get_item (shares, i);

      g_assert_cmpuint (coop_seat_share_get_seats (share), ==, expected[i]);
      total += expected[i];
    }
  g_assert_cmpuint (coop_seat_allocation_get_total_seats (allocation), ==, total);
}

static void
test_seats_law_tables (void)
{
  g_autoptr(GError) error = NULL;
  const CoopSeatLaw *law = _coop_seat_law_get (&error);

  g_assert_no_error (error);
  g_assert_cmpstr (law->seats_version, ==, "2015-03-10");
  g_assert_cmpuint (_coop_seat_law_table_seats (law, 3499), ==, 16);
  g_assert_cmpuint (_coop_seat_law_table_seats (law, 3500), ==, 18);
  g_assert_cmpuint (_coop_seat_law_table_seats (law, 74999), ==, 40);
  g_assert_cmpuint (_coop_seat_law_table_seats (law, 1000000), ==, 100);
  g_assert_cmpuint (_coop_seat_law_table_seats (law, 1000001), ==, 130);
  g_assert_cmpuint (_coop_seat_law_councillors (law, NULL, 99), ==, 7);
  g_assert_cmpuint (_coop_seat_law_councillors (law, NULL, 100), ==, 11);
  g_assert_cmpuint (_coop_seat_law_councillors (law, NULL, 3499), ==, 23);
  g_assert_cmpuint (_coop_seat_law_councillors (law, NULL, 300000), ==, 69);
  /* The code électoral sets Paris, Marseille and Lyon by name. */
  g_assert_cmpuint (_coop_seat_law_councillors (law, "13001", 870000), ==, 69);
  g_assert_cmpuint (_coop_seat_law_councillors (law, "75056", 2100000), ==, 163);
  g_assert_cmpuint (_coop_seat_law_councillors (law, "13055", 870000), ==, 101);
  g_assert_cmpuint (_coop_seat_law_councillors (law, "69123", 520000), ==, 73);
  g_assert_true (COOP_SEAT_LAW_HAS_FORM (law->supplement_forms, COOP_EPCI_FORM_CC));
  g_assert_false (COOP_SEAT_LAW_HAS_FORM (law->supplement_forms, COOP_EPCI_FORM_METROPOLE));
  g_assert_false (COOP_SEAT_LAW_HAS_FORM (law->accord_forms, COOP_EPCI_FORM_CU));
}

static void
test_seats_law_refused (void)
{
  g_autoptr(GError) error = NULL;
  static const char text[] = "{\"version\": \"x\", \"table-III\": {\"rows\": [{\"from\": 5, \"seats\": 16}]}}";
  g_autoptr(GBytes) bad = g_bytes_new_static (text, strlen (text));
  g_autoptr(GBytes) councillors = g_resources_lookup_data ("/org/libcoop/law/l2121-2.json", 0, NULL);

  static const char named[] = "{\"version\": \"x\", \"table\": {\"rows\": [{\"from\": 0, \"councillors\": 7}]}, "
                              "\"communes\": {\"rows\": [{\"commune\": \"13055\", \"councillors\": 101}, "
                              "{\"commune\": \"13055\", \"councillors\": 99}]}}";
  g_autoptr(GBytes) named_twice = g_bytes_new_static (named, strlen (named));
  g_autoptr(GBytes) seats = g_resources_lookup_data ("/org/libcoop/law/l5211-6-1.json", 0, NULL);

  g_assert_null (_coop_seat_law_parse (bad, councillors, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "table-III.rows[0]"));
  g_clear_error (&error);

  g_assert_null (_coop_seat_law_parse (seats, named_twice, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "communes.rows[1]"));
}

/* The law tables are read by the lexer of every JSON reader: numbers
 * follow RFC 8259. json-glib alone reads 010 as octal 8, 0x7 as 7, and
 * wraps 2^64 + 7 to 7, so each of these would have changed a row of the
 * table without a word; each is refused, naming the table and the token,
 * and so are a duplicated member and a fraction. */
static void
test_seats_law_strict_numbers (void)
{
  g_autoptr(GBytes) seats = g_resources_lookup_data ("/org/libcoop/law/l5211-6-1.json", 0, NULL);
  g_autoptr(GBytes) councillors = g_resources_lookup_data ("/org/libcoop/law/l2121-2.json", 0, NULL);
  const char *anchor = "{ \"from\": 0, \"councillors\": 7 }";
  const struct { const char *row; int code; const char *quoted; } cases[] = {
    { "{ \"from\": 0, \"councillors\": 07 }", COOP_ERROR_PARSE, "“07” is not a JSON number" },
    { "{ \"from\": 0, \"councillors\": 0x7 }", COOP_ERROR_PARSE, "“0x7” is not a JSON number" },
    { "{ \"from\": 0, \"councillors\": +7 }", COOP_ERROR_PARSE, "“+7” is not a JSON number" },
    { "{ \"from\": 0, \"councillors\": .7e1 }", COOP_ERROR_PARSE, "“.7e1” is not a JSON number" },
    { "{ \"from\": 0, \"councillors\": 1e999 }", COOP_ERROR_PARSE, "1e999" },
    { "{ \"from\": 0, \"councillors\": 18446744073709551623 }", COOP_ERROR_INVALID_VALUE,
      "“councillors” is 18446744073709551623" },
    { "{ \"from\": 0, \"councillors\": 7.5 }", COOP_ERROR_MISSING_FIELD, "not an integer" },
    { "{ \"from\": 0, \"councillors\": 7, \"councillors\": 9 }", COOP_ERROR_DUPLICATE, "appears twice" },
  };
  gsize length;
  const char *original = g_bytes_get_data (councillors, &length);

  /* The tables as shipped load. */
  {
    g_autoptr(GError) error = NULL;
    const CoopSeatLaw *law = _coop_seat_law_parse (seats, councillors, &error);

    g_assert_no_error (error);
    g_assert_nonnull (law);
    _coop_seat_law_free ((CoopSeatLaw *) law);
  }

  g_assert_nonnull (g_strstr_len (original, length, anchor));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) text = g_string_new_len (original, length);
      g_autoptr(GBytes) bad = NULL;
      g_autoptr(GError) error = NULL;

      g_string_replace (text, anchor, cases[i].row, 1);
      bad = g_bytes_new (text->str, text->len);
      g_assert_null (_coop_seat_law_parse (seats, bad, &error));
      g_assert_error (error, COOP_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, "l2121-2.json"));
      g_assert_nonnull (strstr (error->message, cases[i].quoted));
    }
}

/* III: 10,900 inhabitants, 26 seats. IV 1°: quotient 419.2 gives the big
 * commune 23, the three small ones 0; the 3 remaining seats go to the big
 * one (10000/24 = 416.7 > 300): 26. IV 2°: three seats de droit, 29 in
 * all. IV 3°: 26 > 29/2, so it keeps 14 — half rounded DOWN, not 15 — and
 * the 12 surplus seats go to the others at the highest average, tied each
 * round (300/2, 300/3…): 4 each. */
static void
test_seats_half_cap_rounds_down (void)
{
  const gint64 populations[] = { 10000, 300, 300, 300 };
  const guint expected[] = { 14, 5, 5, 5 };
  CoopSeatAllocation *allocation = allocate (COOP_EPCI_FORM_CC, populations, 4, COOP_SUPPLEMENT_READING_ABSORB);
  CoopTerritory *capped = coop_seat_allocation_get_capped_commune (allocation);

  assert_seats (allocation, expected, 4);
  g_assert_nonnull (capped);
  g_assert_cmpstr (coop_territory_get_code (capped), ==, "C00");
  g_assert_cmpuint (coop_seat_allocation_get_table_seats (allocation), ==, 26);
  g_assert_cmpuint (coop_seat_allocation_get_seats_de_droit (allocation), ==, 3);
  g_assert_false (coop_seat_allocation_get_supplement_applied (allocation));
  g_assert_finalize_object (allocation);
}

/* Two communes of 66 and 33 inhabitants, 7 councillors each (L2121-2).
 * 16 seats: IV 1° [11, 5], IV 3° [8, 8]: both above 7, so IV 4° reduces
 * the total and reruns 1° to 3°. 15: [10, 5] → [7, 8]; 14: a tie for the
 * last seat (66/10 = 33/5 = 6.6) gives [10, 5] → [7, 8]; 13: [9, 4] →
 * [6, 7]. Capping the first result at 7 without the rerun would give
 * [7, 7]. */
static void
test_seats_councillor_cap_reruns (void)
{
  const gint64 populations[] = { 66, 33 };
  const guint expected[] = { 6, 7 };
  CoopSeatAllocation *allocation = allocate (COOP_EPCI_FORM_CC, populations, 2, COOP_SUPPLEMENT_READING_ABSORB);

  assert_seats (allocation, expected, 2);
  g_assert_cmpuint (coop_seat_allocation_get_councillor_reduction (allocation), ==, 3);
  g_assert_finalize_object (allocation);
}

/* Three communes of 1,000: 16 seats, quotient 187.5 gives 5 each, and all
 * three tie for the last seat: IV 5° gives each a seat, 18 in all. */
static void
test_seats_tie_for_last_seat (void)
{
  const gint64 populations[] = { 1000, 1000, 1000 };
  const guint expected[] = { 6, 6, 6 };
  CoopSeatAllocation *allocation = allocate (COOP_EPCI_FORM_CA, populations, 3, COOP_SUPPLEMENT_READING_ABSORB);
  GListModel *steps = coop_seat_allocation_get_steps (allocation);
  gboolean tie_step = FALSE;

  assert_seats (allocation, expected, 3);
  g_assert_cmpuint (coop_seat_allocation_get_tie_seats (allocation), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(CoopSeatStep) step = g_list_model_get_item (steps, i);

      if (coop_seat_step_get_kind (step) == COOP_SEAT_STEP_KIND_TIE)
        {
          tie_step = TRUE;
          g_assert_cmpstr (coop_seat_step_get_paragraph (step), ==, "IV 5°");
        }
    }
  g_assert_true (tie_step);
  g_assert_finalize_object (allocation);
}

/* A CC of 12,300 inhabitants: 26 seats. IV 1° gives [13, 8, 5] and none
 * to the twelve communes of 100; IV 2°: 12 seats de droit, more than 30 %
 * of 26, 38 in all. V: 10 % of 38, rounded down, is 3: the 26 + 3 seats
 * are distributed in ONE distribution at the highest average: quotient
 * 424.1 gives [11, 7, 4], then 2100/5, 5000/12, 5000/13, 3000/8, 5000/14,
 * 2100/6, and 5000/15 = 3000/9 tie for the last seat (IV 5°): [15, 9, 6].
 * Giving the 3 seats in a second pass on population alone would give the
 * big commune all three: [16, 8, 5]. */
static void
test_seats_supplement_single_distribution (void)
{
  gint64 populations[15] = { 5000, 3000, 2100 };
  guint expected[15] = { 15, 9, 6 };
  CoopSeatAllocation *allocation;

  for (guint i = 3; i < 15; i++)
    {
      populations[i] = 100;
      expected[i] = 1;
    }
  allocation = allocate (COOP_EPCI_FORM_CC, populations, 15, COOP_SUPPLEMENT_READING_ABSORB);
  assert_seats (allocation, expected, 15);
  g_assert_true (coop_seat_allocation_get_supplement_applied (allocation));
  g_assert_cmpuint (coop_seat_allocation_get_supplement_seats (allocation), ==, 3);
  g_assert_cmpuint (coop_seat_allocation_get_seats_before_supplement (allocation), ==, 38);
  g_assert_finalize_object (allocation);

  /* The same communes in a communauté urbaine: V does not apply. */
  allocation = allocate (COOP_EPCI_FORM_CU, populations, 15, COOP_SUPPLEMENT_READING_ABSORB);
  g_assert_false (coop_seat_allocation_get_supplement_applied (allocation));
  g_assert_cmpuint (coop_seat_allocation_get_total_seats (allocation), ==, 38);
  g_assert_finalize_object (allocation);
}

/* The commune of 144 holds a seat de droit after IV and wins a seat in the
 * V distribution at population / 1: "absorb" gives it that one seat, "keep"
 * two. In "complement" it competes at 144 / 2 and wins nothing: IV leaves
 * 10, 3, 3 and five seats de droit (21); the 2 seats of V go to the first
 * commune (1935 / 11, then / 12), which then holds 12 of 23, more than half:
 * IV 3° holds it at 11 and its surplus seat goes to 395 (395 / 4). */
static void
test_seats_supplement_readings (void)
{
  const gint64 populations[] = { 1935, 395, 375, 144, 121, 88, 58, 50 };
  const guint absorbed[] = { 11, 3, 3, 1, 1, 1, 1, 1 };
  const guint kept[] = { 11, 3, 3, 2, 1, 1, 1, 1 };
  const guint complemented[] = { 11, 4, 3, 1, 1, 1, 1, 1 };
  CoopSeatAllocation *complement = allocate (COOP_EPCI_FORM_CC, populations, 8,
                                             COOP_SUPPLEMENT_READING_COMPLEMENT);
  CoopSeatAllocation *absorb = allocate (COOP_EPCI_FORM_CC, populations, 8, COOP_SUPPLEMENT_READING_ABSORB);
  CoopSeatAllocation *keep = allocate (COOP_EPCI_FORM_CC, populations, 8, COOP_SUPPLEMENT_READING_KEEP);
  g_autofree char *explanation = coop_seat_allocation_dup_explanation (keep, "en");

  assert_seats (complement, complemented, 8);
  g_assert_cmpuint (coop_seat_allocation_get_seats_before_supplement (complement), ==, 21);
  g_assert_cmpuint (coop_seat_allocation_get_supplement_seats (complement), ==, 2);
  g_assert_cmpuint (coop_seat_allocation_get_total_seats (complement), ==, 23);
  g_assert_cmpint (coop_seat_allocation_get_supplement_reading (complement), ==, COOP_SUPPLEMENT_READING_COMPLEMENT);
  g_assert_finalize_object (complement);
  assert_seats (absorb, absorbed, 8);
  assert_seats (keep, kept, 8);
  g_assert_cmpint (coop_seat_allocation_get_supplement_reading (absorb), ==, COOP_SUPPLEMENT_READING_ABSORB);
  g_assert_cmpint (coop_seat_allocation_get_supplement_reading (keep), ==, COOP_SUPPLEMENT_READING_KEEP);
  g_assert_nonnull (strstr (explanation, "reading “keep”"));
  g_assert_finalize_object (absorb);
  g_assert_finalize_object (keep);
}

static void
test_seats_explain_order (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopTerritory) epci = coop_atlas_lookup (atlas, "243800984");
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopSeatAllocation) allocation =
    coop_seat_allocation_new_for_epci (atlas, epci, COOP_SUPPLEMENT_READING_ABSORB, &error);
  GListModel *steps = coop_seat_allocation_get_steps (allocation);
  g_autoptr(CoopSeatStep) first = g_list_model_get_item (steps, 0);
  g_autoptr(CoopSeatStep) last = g_list_model_get_item (steps, g_list_model_get_n_items (steps) - 1);
  g_autofree char *french = coop_seat_allocation_dup_explanation (allocation, "fr");
  g_autofree char *english = coop_seat_allocation_dup_explanation (allocation, "en");
  const char *order[] = { "III", "IV 1°", "IV 2°", "V", "IV" };
  const char *cursor = english;

  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (steps) == COOP_TYPE_SEAT_STEP);
  g_assert_cmpint (coop_seat_step_get_kind (first), ==, COOP_SEAT_STEP_KIND_TABLE);
  g_assert_cmpstr (coop_seat_step_get_paragraph (first), ==, "III");
  g_assert_cmpint (coop_seat_step_get_kind (last), ==, COOP_SEAT_STEP_KIND_RESULT);
  g_assert_nonnull (strstr (coop_seat_step_get_text (first, "fr"), "sièges"));
  g_assert_nonnull (strstr (coop_seat_step_get_text (first, "en"), "seats"));
  g_assert_nonnull (strstr (french, "siège de droit"));
  g_assert_nonnull (strstr (english, "seat de droit"));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autofree char *mark = g_strdup_printf ("L5211-6-1 %s —", order[i]);

      cursor = strstr (cursor, mark);
      g_assert_nonnull (cursor);
    }
}

/* A real CC where seats de droit apply and nothing else: the total is the
 * III figure plus the seats de droit. */
static void
test_seats_atlas_cc_seats_de_droit (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopTerritory) epci = coop_atlas_lookup (atlas, "200016905");
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopSeatAllocation) allocation =
    coop_seat_allocation_new_for_epci (atlas, epci, COOP_SUPPLEMENT_READING_ABSORB, &error);
  const CoopSeatLaw *law = _coop_seat_law_get (NULL);

  g_assert_no_error (error);
  g_assert_cmpstr (coop_territory_get_name (epci), ==, "CC du Pays de Lamastre");
  g_assert_cmpuint (coop_seat_allocation_get_table_seats (allocation), ==,
                    _coop_seat_law_table_seats (law, coop_seat_allocation_get_population (allocation)));
  g_assert_cmpuint (coop_seat_allocation_get_seats_de_droit (allocation), >, 0);
  g_assert_false (coop_seat_allocation_get_supplement_applied (allocation));
  g_assert_null (coop_seat_allocation_get_capped_commune (allocation));
  g_assert_cmpuint (coop_seat_allocation_get_total_seats (allocation), ==,
                    coop_seat_allocation_get_table_seats (allocation) +
                    coop_seat_allocation_get_seats_de_droit (allocation));
  g_assert_cmpuint (coop_seat_allocation_get_total_seats (allocation), ==, 25);
}

/* Dijon Métropole: Dijon would hold more than half the seats; it keeps
 * half, rounded down. */
static void
test_seats_atlas_metropole_capped (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopTerritory) epci = coop_atlas_lookup (atlas, "242100410");
  g_autoptr(CoopTerritory) dijon = coop_atlas_lookup (atlas, "21231");
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopSeatAllocation) allocation =
    coop_seat_allocation_new_for_epci (atlas, epci, COOP_SUPPLEMENT_READING_ABSORB, &error);
  CoopSeatShare *share;

  g_assert_no_error (error);
  g_assert_cmpint (coop_territory_get_epci_form (epci), ==, COOP_EPCI_FORM_METROPOLE);
  g_assert_true (coop_seat_allocation_get_capped_commune (allocation) == dijon);
  share = coop_seat_allocation_lookup_share (allocation, "21231");
  g_assert_cmpuint (coop_seat_share_get_seats (share), ==, coop_seat_allocation_get_total_seats (allocation) / 2);
  g_assert_cmpuint (coop_seat_share_get_proportional_seats (share), >, coop_seat_share_get_seats (share));
  g_assert_false (coop_seat_allocation_get_supplement_applied (allocation));
  g_assert_null (coop_seat_allocation_lookup_share (allocation, "38563"));
}

static void
test_seats_atlas_all (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(GListModel) epcis = coop_atlas_list_territories (atlas, COOP_TERRITORY_KIND_EPCI);
  guint computed = 0, supplements = 0, bonuses = 0;

  for (guint k = 0; k < g_list_model_get_n_items (epcis); k++)
    {
      g_autoptr(CoopTerritory) epci = g_list_model_get_item (epcis, k);
      g_autoptr(GError) error = NULL;
      g_autoptr(CoopSeatAllocation) allocation =
        coop_seat_allocation_new_for_epci (atlas, epci, COOP_SUPPLEMENT_READING_COMPLEMENT, &error);
      GListModel *shares;
      guint total = 0;
      CoopEpciForm form = coop_territory_get_epci_form (epci);

      if (allocation == NULL)
        {
          /* Only the Métropole de Lyon, out of scope by law. */
          g_assert_error (error, COOP_ERROR, COOP_ERROR_OUT_OF_SCOPE);
          g_assert_cmpint (form, ==, COOP_EPCI_FORM_METROPOLE_DE_LYON);
          continue;
        }
      computed++;
      shares = coop_seat_allocation_get_shares (allocation);
      for (guint i = 0; i < g_list_model_get_n_items (shares); i++)
        {
          g_autoptr(CoopSeatShare) share = g_list_model_get_item (shares, i);

          g_assert_cmpuint (coop_seat_share_get_seats (share), >=, 1);
          /* 4° bis comes after the cap of 4° (Marseille). */
          if (coop_seat_allocation_get_bonus_seats (allocation) == 0)
            g_assert_cmpuint (coop_seat_share_get_seats (share), <=, coop_seat_share_get_councillors (share));
          /* In complement, V and 4° bis only add: nobody loses a seat, unless
           * a commune held at half by IV 3° gives its surplus back. */
          if (coop_seat_allocation_get_capped_commune (allocation) == NULL)
            g_assert_cmpuint (coop_seat_share_get_seats (share), >=,
                              coop_seat_share_get_seats_before_supplement (share));
          total += coop_seat_share_get_seats (share);
        }
      g_assert_cmpuint (total, ==, coop_seat_allocation_get_total_seats (allocation));
      g_assert_cmpuint (total, >=, coop_seat_allocation_get_table_seats (allocation) -
                                   coop_seat_allocation_get_councillor_reduction (allocation));
      if (coop_seat_allocation_get_supplement_applied (allocation))
        {
          supplements++;
          g_assert_true (form == COOP_EPCI_FORM_CC || form == COOP_EPCI_FORM_CA);
          g_assert_cmpuint (coop_seat_allocation_get_seats_de_droit (allocation) * 10, >,
                            coop_seat_allocation_get_table_seats (allocation) * 3);
          /* The total grows by the supplement, plus any IV 5° tie. */
          g_assert_cmpuint (total, >=, coop_seat_allocation_get_seats_before_supplement (allocation) +
                                       coop_seat_allocation_get_supplement_seats (allocation));
          g_assert_cmpuint (total, <=, coop_seat_allocation_get_seats_before_supplement (allocation) +
                                       coop_seat_allocation_get_supplement_seats (allocation) +
                                       coop_seat_allocation_get_tie_seats (allocation));
        }
      else if (coop_seat_allocation_get_councillor_reduction (allocation) == 0)
        g_assert_cmpuint (total, ==, coop_seat_allocation_get_table_seats (allocation) +
                                     coop_seat_allocation_get_seats_de_droit (allocation) +
                                     coop_seat_allocation_get_tie_seats (allocation) +
                                     coop_seat_allocation_get_bonus_seats (allocation));
      if (coop_seat_allocation_get_bonus_seats (allocation) > 0)
        bonuses++;
    }
  /* IV 4° bis: Aix-Marseille-Provence only. */
  g_assert_cmpuint (bonuses, ==, 1);
  g_assert_cmpuint (computed, ==, g_list_model_get_n_items (epcis) - 1);
  g_assert_cmpuint (supplements, >, 0);
}

/* A perimeter from a spreadsheet: byte-order mark, CRLF, semicolons, a
 * quoted name, an empty name that the atlas fills in, an extra column. */
/* IV 5° within V: two communes of 1,500 and fourteen of 10 (3,140, 16
 * seats). IV 1° ends on a tie that gives the two large ones 8 each, the 14
 * others get a seat de droit (30 seats), more than 30 % of 16, so V adds 3.
 * In complement the two tie again (1,500 / 9, then 1,500 / 10): the third
 * seat of V ties, each gets one, and the council grows by 4, not 3. The
 * text of V sends its seats "dans les conditions prévues au IV", 5° included. */
static void
test_seats_supplement_tie (void)
{
  gint64 populations[16] = { 1500, 1500 };
  guint expected[16] = { 10, 10 };
  g_autoptr(CoopSeatAllocation) allocation = NULL;
  g_autofree char *explanation = NULL;

  for (guint i = 2; i < 16; i++)
    {
      populations[i] = 10;
      expected[i] = 1;
    }
  allocation = allocate (COOP_EPCI_FORM_CC, populations, 16, COOP_SUPPLEMENT_READING_COMPLEMENT);
  assert_seats (allocation, expected, 16);
  g_assert_cmpuint (coop_seat_allocation_get_seats_before_supplement (allocation), ==, 30);
  g_assert_cmpuint (coop_seat_allocation_get_supplement_seats (allocation), ==, 3);
  g_assert_cmpuint (coop_seat_allocation_get_tie_seats (allocation), ==, 1);
  g_assert_cmpuint (coop_seat_allocation_get_total_seats (allocation), ==, 34);
  /* The explanation, built on demand, tells the same story. */
  explanation = coop_seat_allocation_dup_explanation (allocation, "en");
  g_assert_nonnull (strstr (explanation, "L5211-6-1 IV 5° — 2 communes tie"));
  g_assert_nonnull (strstr (explanation, "in addition to the seats already distributed"));
  g_assert_nonnull (strstr (explanation, "Total: 34 seats"));
}

static void
test_seats_perimeter_read (void)
{
  const char text[] = "\xEF\xBB\xBF" "commune;name;population;note\r\n"
                      "77333;\"Nemours \"\"ville\"\"\";13118;centre\r\n"
                      "77431;;5424;\r\n";
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) communes = coop_seat_allocation_read_perimeter (text, -1, atlas, &error);
  g_autoptr(CoopTerritory) first = NULL;
  g_autoptr(CoopTerritory) second = NULL;
  g_autoptr(CoopSeatAllocation) allocation = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (communes), ==, 2);
  first = g_list_model_get_item (communes, 0);
  second = g_list_model_get_item (communes, 1);
  g_assert_cmpstr (coop_territory_get_code (first), ==, "77333");
  g_assert_cmpstr (coop_territory_get_name (first), ==, "Nemours \"ville\"");
  g_assert_cmpint (coop_territory_get_population_municipale (first), ==, 13118);
  g_assert_cmpstr (coop_territory_get_name (second), ==, "Saint-Pierre-lès-Nemours");
  g_assert_cmpint (coop_territory_get_nature (second), ==, COOP_NATURE_RURAL);

  allocation = coop_seat_allocation_new_for_perimeter (COOP_EPCI_FORM_CA, NULL, communes,
                                                       COOP_SUPPLEMENT_READING_COMPLEMENT, &error);
  g_assert_no_error (error);
  g_assert_null (coop_seat_allocation_get_siren (allocation));
  g_assert_null (coop_seat_allocation_get_epci (allocation));
  g_assert_cmpuint (coop_seat_allocation_get_total_seats (allocation), ==, 26);
}

/* A proposed EPCI in a model: the 2026 atlas's per-member populations, one
 * of them replaced by the model's, and each refusal on its own path. */
static void
test_seats_model (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = coop_model_new (atlas);
  g_autoptr(CoopTerritory) fusion = coop_territory_new (COOP_TERRITORY_KIND_EPCI, "fusion", "Fusion");
  g_autoptr(CoopTerritory) broken = coop_territory_new (COOP_TERRITORY_KIND_EPCI, "broken", "Broken");
  g_autoptr(CoopTerritory) island = coop_territory_new (COOP_TERRITORY_KIND_EPCI, "island", "Island");
  g_autoptr(CoopSeatAllocation) allocation = NULL;
  g_autoptr(CoopSeatAllocation) by_epci = NULL;
  g_autoptr(CoopTerritory) voironnais = coop_atlas_lookup (atlas, "243800984");
  g_autoptr(GError) error = NULL;
  const char * const fusion_members[] = { "243800984", "243801073", NULL };
  const char * const broken_members[] = { "243800984", "nowhere", NULL };
  const char * const island_members[] = { "85113", "85163", NULL };

  coop_territory_set_member_codes (fusion, fusion_members);
  coop_territory_set_member_codes (broken, broken_members);
  coop_territory_set_member_codes (island, island_members);
  g_assert_true (coop_model_add_territory (model, fusion, &error));
  g_assert_true (coop_model_add_territory (model, broken, &error));
  g_assert_true (coop_model_add_territory (model, island, &error));

  allocation = coop_seat_allocation_new_for_model (model, fusion, COOP_EPCI_FORM_NONE,
                                                   COOP_SUPPLEMENT_READING_COMPLEMENT, &error);
  g_assert_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD);
  g_assert_null (allocation);
  g_clear_error (&error);

  coop_territory_set_epci_form (fusion, COOP_EPCI_FORM_CA);
  coop_territory_set_member_population (fusion, "38563", 30000);
  allocation = coop_seat_allocation_new_for_model (model, fusion, COOP_EPCI_FORM_NONE,
                                                   COOP_SUPPLEMENT_READING_COMPLEMENT, &error);
  g_assert_no_error (error);
  g_assert_true (coop_seat_allocation_get_epci (allocation) == fusion);
  g_assert_cmpint (coop_seat_allocation_get_form (allocation), ==, COOP_EPCI_FORM_CA);
  g_assert_cmpuint (g_list_model_get_n_items (coop_seat_allocation_get_shares (allocation)), ==, 45);
  g_assert_cmpint (coop_seat_share_get_population (coop_seat_allocation_lookup_share (allocation, "38563")), ==, 30000);
  g_clear_object (&allocation);

  /* A population given outside the perimeter is refused, not dropped. */
  coop_territory_set_member_population (fusion, "38185", 158000);
  allocation = coop_seat_allocation_new_for_model (model, fusion, COOP_EPCI_FORM_NONE,
                                                   COOP_SUPPLEMENT_READING_COMPLEMENT, &error);
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "38185"));
  g_clear_error (&error);
  coop_territory_set_member_population (fusion, "38185", COOP_POPULATION_UNKNOWN);

  allocation = coop_seat_allocation_new_for_model (model, fusion, COOP_EPCI_FORM_METROPOLE_DE_LYON,
                                                   COOP_SUPPLEMENT_READING_COMPLEMENT, &error);
  g_assert_error (error, COOP_ERROR, COOP_ERROR_OUT_OF_SCOPE);
  g_clear_error (&error);

  allocation = coop_seat_allocation_new_for_model (model, broken, COOP_EPCI_FORM_CC,
                                                   COOP_SUPPLEMENT_READING_COMPLEMENT, &error);
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "nowhere"));
  g_clear_error (&error);

  allocation = coop_seat_allocation_new_for_model (model, island, COOP_EPCI_FORM_CC,
                                                   COOP_SUPPLEMENT_READING_COMPLEMENT, &error);
  g_assert_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD);
  g_assert_nonnull (strstr (error->message, "85113"));
  g_clear_error (&error);

  /* An EPCI of the atlas for its own form is new_for_epci. */
  allocation = coop_seat_allocation_new_for_model (model, voironnais, COOP_EPCI_FORM_NONE,
                                                   COOP_SUPPLEMENT_READING_COMPLEMENT, &error);
  g_assert_no_error (error);
  by_epci = coop_seat_allocation_new_for_epci (atlas, voironnais, COOP_SUPPLEMENT_READING_COMPLEMENT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (coop_seat_allocation_get_total_seats (allocation), ==,
                    coop_seat_allocation_get_total_seats (by_epci));
  g_assert_true (coop_seat_allocation_get_epci (allocation) == voironnais);
}

static void
test_seats_perimeter_refused (void)
{
  const struct {
    const char *text;
    gssize      length;
    int         code;
    const char *message;
  } cases[] = {
    { "", -1, COOP_ERROR_PARSE, "empty" },
    { "\xEF\xBB\xBF\r\n", -1, COOP_ERROR_PARSE, "empty" },
    { "commune,population\n", -1, COOP_ERROR_MISSING_FIELD, "no commune" },
    { "commune,pop\nA,1\n", -1, COOP_ERROR_PARSE, "line 1: expected a header" },
    { "\n\ncommune\nA\n", -1, COOP_ERROR_PARSE, "line 3: expected a header" },
    { "name,commune,name,population\n", -1, COOP_ERROR_DUPLICATE, "“name” appears twice" },
    { "commune,population\nA,1\nB,2\nA,3\n", -1, COOP_ERROR_DUPLICATE, "line 4: commune A is listed twice (first on line 2)" },
    { "commune,population\nA,\n", -1, COOP_ERROR_MISSING_FIELD, "line 2: commune A has no population" },
    { "commune,population\nA,-1\n", -1, COOP_ERROR_INVALID_VALUE, "population of -1" },
    { "commune,population\nA,100000001\n", -1, COOP_ERROR_INVALID_VALUE, "from 0 to 100000000" },
    { "commune,population\nA,99999999999999999999\n", -1, COOP_ERROR_INVALID_TYPE, "not a whole number" },
    { "commune,population\nA,1.5\n", -1, COOP_ERROR_INVALID_TYPE, "not a whole number" },
    { "commune,population\nA,1,2\n", -1, COOP_ERROR_PARSE, "line 2: 3 cells; expected 2" },
    { "commune,population\n,1\n", -1, COOP_ERROR_MISSING_FIELD, "line 2: the commune code is empty" },
    { "commune,population\n\"A,1\n", -1, COOP_ERROR_PARSE, "line 2: a quoted cell is not closed" },
    { "commune,population\nA,\xff\n", -1, COOP_ERROR_PARSE, "not UTF-8" },
    { "commune,population\nA,1\0B,2\n", 25, COOP_ERROR_PARSE, "nul byte" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) communes = coop_seat_allocation_read_perimeter (cases[i].text, cases[i].length, NULL,
                                                                            &error);

      g_assert_null (communes);
      g_assert_error (error, COOP_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” does not say “%s”", i, error->message, cases[i].message);
    }
}

static void
test_seats_errors_atlas (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopTerritory) lyon = coop_atlas_lookup (atlas, "200046977");
  g_autoptr(CoopTerritory) voiron = coop_atlas_lookup (atlas, "38563");
  g_autoptr(GListModel) epts = coop_atlas_list_territories (atlas, COOP_TERRITORY_KIND_EPT);
  g_autoptr(CoopTerritory) ept = g_list_model_get_item (epts, 0);
  g_autoptr(GError) error = NULL;

  g_assert_null (coop_seat_allocation_new_for_epci (atlas, lyon, COOP_SUPPLEMENT_READING_ABSORB, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_OUT_OF_SCOPE);
  g_assert_nonnull (strstr (error->message, "Métropole de Lyon"));
  g_clear_error (&error);

  g_assert_null (coop_seat_allocation_new_for_epci (atlas, ept, COOP_SUPPLEMENT_READING_ABSORB, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_OUT_OF_SCOPE);
  g_assert_nonnull (strstr (error->message, "établissement public territorial"));
  g_clear_error (&error);

  g_assert_null (coop_seat_allocation_new_for_epci (atlas, voiron, COOP_SUPPLEMENT_READING_ABSORB, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_OUT_OF_SCOPE);
}

static void
test_seats_errors_data (void)
{
  const gint64 missing[] = { 1000, COOP_POPULATION_UNKNOWN };
  const gint64 zero[] = { 1000, 0 };
  const gint64 one[] = { 1000 };
  const gint64 fine[] = { 1000, 500 };
  const gint64 absurd[] = { G_MAXINT32, 500 };
  g_autoptr(GListModel) absurd_list = make_communes (absurd, 2);
  g_autoptr(GListModel) missing_list = make_communes (missing, 2);
  g_autoptr(GListModel) zero_list = make_communes (zero, 2);
  g_autoptr(GListModel) one_list = make_communes (one, 1);
  g_autoptr(GListModel) fine_list = make_communes (fine, 2);
  g_autoptr(GListStore) twice = g_list_store_new (COOP_TYPE_TERRITORY);
  g_autoptr(CoopTerritory) first = g_list_model_get_item (fine_list, 0);
  g_autoptr(GError) error = NULL;

  g_assert_null (coop_seat_allocation_new_for_communes (COOP_EPCI_FORM_CC, missing_list, 0, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD);
  g_assert_nonnull (strstr (error->message, "communes[1]"));
  g_assert_nonnull (strstr (error->message, "C01"));
  g_clear_error (&error);

  /* One inhabited commune leaves IV 1° and IV 3° nobody to share with. */
  g_assert_null (coop_seat_allocation_new_for_communes (COOP_EPCI_FORM_CC, zero_list, 0, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "1 of the 2 communes count inhabitants"));
  g_clear_error (&error);


  g_assert_null (coop_seat_allocation_new_for_communes (COOP_EPCI_FORM_CC, absurd_list, 0, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "C00"));
  g_clear_error (&error);

  g_assert_null (coop_seat_allocation_new_for_communes (COOP_EPCI_FORM_CC, one_list, 0, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_list_store_append (twice, first);
  g_list_store_append (twice, first);
  g_assert_null (coop_seat_allocation_new_for_communes (COOP_EPCI_FORM_CC, G_LIST_MODEL (twice), 0, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE);
  g_clear_error (&error);

  g_assert_null (coop_seat_allocation_new_for_communes (COOP_EPCI_FORM_METROPOLE_DE_LYON, fine_list, 0, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_OUT_OF_SCOPE);
  g_clear_error (&error);

  g_assert_null (coop_seat_allocation_new_for_communes (COOP_EPCI_FORM_NONE, fine_list, 0, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_OUT_OF_SCOPE);
}

/* A commune of 0 inhabitants holds only its seat de droit (IV 2°): no
 * average wins it a seat, not even the surplus of IV 3°. 1,500
 * inhabitants, 16 seats; IV 1°: 11 and 5; IV 2°: one seat de droit, 17;
 * IV 3°: 11 > 17/2, the big one keeps 8 and its 3 surplus seats all go to
 * the commune of 500, none to the empty one. */
static void
test_seats_zero_population (void)
{
  const gint64 populations[] = { 1000, 500, 0 };
  const guint expected[] = { 8, 8, 1 };
  g_autoptr(CoopSeatAllocation) allocation = allocate (COOP_EPCI_FORM_CC, populations, 3,
                                                       COOP_SUPPLEMENT_READING_ABSORB);
  GListModel *shares = coop_seat_allocation_get_shares (allocation);
  g_autoptr(CoopSeatShare) empty = g_list_model_get_item (shares, 2);
  g_autofree char *english = coop_seat_allocation_dup_explanation (allocation, "en");
  g_autofree char *french = coop_seat_allocation_dup_explanation (allocation, "fr");

  assert_seats (allocation, expected, 3);
  g_assert_true (coop_seat_share_get_seat_de_droit (empty));
  g_assert_cmpuint (coop_seat_share_get_proportional_seats (empty), ==, 0);
  g_assert_cmpfloat (coop_seat_share_get_population_share (empty), ==, 0.0);
  g_assert_true (isinf (coop_seat_share_get_representation_ratio (empty)));
  g_assert_nonnull (strstr (english, "Commune 2 counts 0 inhabitants"));
  g_assert_nonnull (strstr (french, "Commune 2 compte 0 habitant"));
}

/* The CA du Grand Verdun counts six "villages morts pour la France" of 0
 * inhabitants among its members: each sits through a seat de droit. */
static void
test_seats_atlas_zero_population (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopTerritory) verdun = coop_atlas_lookup (atlas, "200049187");
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopSeatAllocation) allocation =
    coop_seat_allocation_new_for_epci (atlas, verdun, COOP_SUPPLEMENT_READING_ABSORB, &error);
  GListModel *shares;
  guint empty = 0;

  g_assert_no_error (error);
  shares = coop_seat_allocation_get_shares (allocation);
  for (guint i = 0; i < g_list_model_get_n_items (shares); i++)
    {
      g_autoptr(CoopSeatShare) share = g_list_model_get_item (shares, i);

      if (coop_seat_share_get_population (share) > 0)
        continue;
      empty++;
      g_assert_cmpuint (coop_seat_share_get_seats (share), ==, 1);
      g_assert_true (coop_seat_share_get_seat_de_droit (share));
    }
  g_assert_cmpuint (empty, ==, 6);
}

/* Marseille's council has 101 members (code électoral), not the 69 of
 * L2121-2 for 300,000 inhabitants and more: IV 4° caps it at 101. */
static void
test_seats_atlas_marseille_council (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopTerritory) metropole = coop_atlas_lookup (atlas, "200054807");
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopSeatAllocation) allocation =
    coop_seat_allocation_new_for_epci (atlas, metropole, COOP_SUPPLEMENT_READING_ABSORB, &error);
  GListModel *shares;
  g_autoptr(CoopSeatShare) marseille = NULL;

  g_assert_no_error (error);
  shares = coop_seat_allocation_get_shares (allocation);
  marseille = g_list_model_get_item (shares, 0);
  g_assert_cmpstr (coop_seat_share_get_code (marseille), ==, "13055");
  g_assert_cmpuint (coop_seat_share_get_councillors (marseille), ==, 101);
  g_assert_cmpuint (coop_seat_share_get_seats (marseille), >, 69);
  g_assert_cmpuint (coop_seat_share_get_seats (marseille), <=, 101);
}

static CoopSeatAllocation *
voironnais (CoopAtlas *atlas)
{
  g_autoptr(CoopTerritory) epci = coop_atlas_lookup (atlas, "243800984");
  g_autoptr(GError) error = NULL;
  CoopSeatAllocation *allocation =
    coop_seat_allocation_new_for_epci (atlas, epci, COOP_SUPPLEMENT_READING_ABSORB, &error);

  g_assert_no_error (error);
  return allocation;
}

/* The droit commun of III and IV, used as a proposal. */
static CoopSeatDistribution *
iv_distribution (CoopSeatAllocation *allocation)
{
  CoopSeatDistribution *distribution = coop_seat_distribution_new ();
  GListModel *shares = coop_seat_allocation_get_shares (allocation);

  for (guint i = 0; i < g_list_model_get_n_items (shares); i++)
    {
      g_autoptr(CoopSeatShare) share = g_list_model_get_item (shares, i);

      coop_seat_distribution_set_seats (distribution, coop_seat_share_get_code (share),
                                        coop_seat_share_get_seats_before_supplement (share));
    }
  return distribution;
}

static gboolean
has_finding (GListModel *findings,
             const char *code,
             const char *subject)
{
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoopFinding) finding = g_list_model_get_item (findings, i);

      if (g_str_equal (coop_finding_get_code (finding), code) &&
          g_str_equal (coop_finding_get_subject (finding), subject))
        return TRUE;
    }
  return FALSE;
}

static void
test_seats_check_accord_local (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopSeatAllocation) allocation = voironnais (atlas);
  g_autoptr(CoopSeatDistribution) proposal = iv_distribution (allocation);
  g_autoptr(CoopSeatShare) smallest = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GError) error = NULL;

  findings = coop_seat_allocation_check (allocation, COOP_SEAT_SCHEME_ACCORD_LOCAL, proposal, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 0);
  g_clear_object (&findings);

  /* c) the smallest commune without a seat; d) Voiron above half; a) too
   * many seats in all. */
  smallest = g_list_model_get_item (coop_seat_allocation_get_shares (allocation), 30);
  coop_seat_distribution_set_seats (proposal, coop_seat_share_get_code (smallest), 0);
  coop_seat_distribution_set_seats (proposal, "38563", 50);
  findings = coop_seat_allocation_check (allocation, COOP_SEAT_SCHEME_ACCORD_LOCAL, proposal, &error);
  g_assert_no_error (error);
  g_assert_true (has_finding (findings, "accord-local-no-seat", coop_seat_share_get_code (smallest)));
  g_assert_true (has_finding (findings, "accord-local-half", "38563"));
  g_assert_true (has_finding (findings, "accord-local-total", ""));
  g_clear_object (&findings);

  /* b) Voreppe (9,845) below Tullins (7,657). */
  g_clear_object (&proposal);
  proposal = iv_distribution (allocation);
  coop_seat_distribution_set_seats (proposal, "38565", 3);
  findings = coop_seat_allocation_check (allocation, COOP_SEAT_SCHEME_ACCORD_LOCAL, proposal, &error);
  g_assert_true (has_finding (findings, "accord-local-population", "38565"));
  g_assert_true (has_finding (findings, "accord-local-share", "38565"));
  g_clear_object (&findings);

  /* VI after V: refused for this CA, whose droit commun used V. */
  findings = coop_seat_allocation_check (allocation, COOP_SEAT_SCHEME_OPTIONAL_SEATS, proposal, &error);
  g_assert_no_error (error);
  g_assert_true (has_finding (findings, "optional-seats-after-supplement", ""));
  g_assert_true (has_finding (findings, "optional-seats-below-droit-commun", "38565"));
}

static void
test_seats_check_bad_input (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopSeatAllocation) allocation = voironnais (atlas);
  g_autoptr(CoopSeatDistribution) proposal = iv_distribution (allocation);
  g_autoptr(CoopSeatDistribution) missing = coop_seat_distribution_new ();
  g_autoptr(CoopTerritory) metropole = coop_atlas_lookup (atlas, "242100410");
  g_autoptr(CoopSeatAllocation) dijon = NULL;
  g_autoptr(GError) error = NULL;

  coop_seat_distribution_set_seats (proposal, "75056", 3);
  g_assert_null (coop_seat_allocation_check (allocation, COOP_SEAT_SCHEME_ACCORD_LOCAL, proposal, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_UNKNOWN_REFERENCE);
  g_assert_nonnull (strstr (error->message, "75056"));
  g_clear_error (&error);

  coop_seat_distribution_set_seats (missing, "38563", 12);
  g_assert_null (coop_seat_allocation_check (allocation, COOP_SEAT_SCHEME_ACCORD_LOCAL, missing, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD);
  g_clear_error (&error);

  g_assert_null (coop_seat_distribution_new_from_data ("{\"38563\": -2}", -1, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "38563"));
  g_clear_error (&error);
  g_assert_null (coop_seat_distribution_new_from_data ("{\"38563\": 999999}", -1, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_null (coop_seat_distribution_new_from_data ("{\"38563\": 2.5}", -1, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_TYPE);
  g_clear_error (&error);
  g_assert_null (coop_seat_distribution_new_from_data ("[1, 2]", -1, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_PARSE);
  g_clear_error (&error);
  g_assert_null (coop_seat_distribution_new_from_data ("commune,seats\n38563,4\n38563,5\n", -1, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "line 3"));
  g_clear_error (&error);
  g_assert_null (coop_seat_distribution_new_from_data ("commune,seats\n38563,four\n", -1, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_TYPE);
  g_clear_error (&error);

  dijon = coop_seat_allocation_new_for_epci (atlas, metropole, COOP_SUPPLEMENT_READING_ABSORB, &error);
  g_assert_no_error (error);
  g_assert_null (coop_seat_allocation_check (dijon, COOP_SEAT_SCHEME_ACCORD_LOCAL, proposal, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_OUT_OF_SCOPE);
  g_clear_error (&error);
  g_assert_null (coop_accord_local_new (dijon, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_OUT_OF_SCOPE);
}

/* The count of the dynamic programming against a brute force over every
 * distribution, judged by coop_seat_allocation_check(). */
static void
test_seats_accord_local_count_brute_force (void)
{
  const gint64 populations[] = { 4200, 2500, 1900, 800, 450 };
  g_autoptr(CoopSeatAllocation) allocation =
    allocate (COOP_EPCI_FORM_CC, populations, 5, COOP_SUPPLEMENT_READING_ABSORB);
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAccordLocal) accords = coop_accord_local_new (allocation, &error);
  g_autoptr(CoopAccordLocalIter) iter = NULL;
  guint max_total = coop_accord_local_get_max_total (accords);
  guint seats[5];
  guint64 legal = 0, listed = 0;
  CoopSeatDistribution *item;

  g_assert_no_error (error);
  for (seats[0] = 0; seats[0] <= max_total; seats[0]++)
    for (seats[1] = 0; seats[1] <= max_total - seats[0]; seats[1]++)
      for (seats[2] = 0; seats[2] <= max_total - seats[0] - seats[1]; seats[2]++)
        for (seats[3] = 0; seats[3] <= 6; seats[3]++)
          for (seats[4] = 0; seats[4] <= 4; seats[4]++)
            {
              g_autoptr(CoopSeatDistribution) proposal = coop_seat_distribution_new ();
              g_autoptr(GListModel) findings = NULL;

              for (guint i = 0; i < 5; i++)
                {
                  g_autofree char *code = g_strdup_printf ("C%02u", i);

                  coop_seat_distribution_set_seats (proposal, code, seats[i]);
                }
              findings = coop_seat_allocation_check (allocation, COOP_SEAT_SCHEME_ACCORD_LOCAL, proposal, &error);
              g_assert_no_error (error);
              if (g_list_model_get_n_items (findings) == 0)
                legal++;
            }
  g_assert_cmpuint (legal, >, 1);
  g_assert_cmpuint (coop_accord_local_get_count (accords), ==, legal);

  iter = coop_accord_local_iterate (accords);
  while ((item = coop_accord_local_iter_next (iter)) != NULL)
    {
      g_autoptr(GListModel) findings = coop_seat_allocation_check (allocation, COOP_SEAT_SCHEME_ACCORD_LOCAL,
                                                                   item, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 0);
      listed++;
      g_assert_finalize_object (item);
    }
  g_assert_cmpuint (listed, ==, legal);
  g_assert_cmpuint (coop_accord_local_iter_get_position (iter), ==, legal);
  g_assert_null (coop_accord_local_iter_next (iter));
}

static void
test_seats_accord_local_best (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopSeatAllocation) allocation = voironnais (atlas);
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAccordLocal) accords = coop_accord_local_new (allocation, &error);
  g_autoptr(CoopSeatDistribution) best = NULL;
  g_autoptr(CoopSeatDistribution) balanced = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(CoopAccordLocalIter) iter = NULL;
  guint64 listed = 0;
  CoopSeatDistribution *item;

  g_assert_no_error (error);
  g_assert_cmpuint (coop_accord_local_get_max_total (accords), ==, 72);
  g_assert_cmpuint (coop_accord_local_get_count (accords), ==, 5);
  g_assert_false (coop_accord_local_get_count_overflowed (accords));

  iter = coop_accord_local_iterate (accords);
  /* The iterator keeps its own reference. */
  g_clear_object (&accords);
  while ((item = coop_accord_local_iter_next (iter)) != NULL)
    {
      listed++;
      g_object_unref (item);
    }
  g_assert_cmpuint (listed, ==, 5);

  accords = coop_accord_local_new (allocation, &error);
  best = coop_accord_local_dup_most_proportional (accords);
  findings = coop_seat_allocation_check (allocation, COOP_SEAT_SCHEME_ACCORD_LOCAL, best, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 0);
  g_clear_object (&findings);

  balanced = coop_accord_local_dup_closest_to_balance (accords, COOP_NATURE_URBAN, 0.0, &error);
  g_assert_no_error (error);
  findings = coop_seat_allocation_check (allocation, COOP_SEAT_SCHEME_ACCORD_LOCAL, balanced, &error);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 0);
  /* Voiron is the only urban commune: the fewest seats it can hold. */
  g_assert_cmpuint (coop_seat_distribution_get_seats (balanced, "38563"), <=,
                    coop_seat_distribution_get_seats (best, "38563"));

  g_assert_null (coop_accord_local_dup_closest_to_balance (accords, COOP_NATURE_URBAN, 1.5, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
}

static void
test_seats_majority (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopSeatAllocation) allocation = voironnais (atlas);
  GListModel *shares = coop_seat_allocation_get_shares (allocation);
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  g_autoptr(GPtrArray) small = g_ptr_array_new ();
  g_autofree char *why = NULL;
  g_autoptr(GError) error = NULL;
  const char *unknown[] = { "38563", "99999", NULL };

  for (guint i = 0; i < g_list_model_get_n_items (shares); i++)
    {
      g_autoptr(CoopSeatShare) share = g_list_model_get_item (shares, i);

      g_ptr_array_add (all, (gpointer)coop_seat_share_get_code (share));
      /* The 21 smallest: two thirds of the councils, not half the people. */
      if (i >= 10)
        g_ptr_array_add (small, (gpointer)coop_seat_share_get_code (share));
    }
  g_ptr_array_add (all, NULL);
  g_ptr_array_add (small, NULL);

  g_assert_true (coop_seat_allocation_check_majority (allocation, (const char * const *)all->pdata, &why, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (why, "31 of 31"));
  g_clear_pointer (&why, g_free);
  g_assert_false (coop_seat_allocation_check_majority (allocation, (const char * const *)small->pdata, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (coop_seat_allocation_check_majority (allocation, unknown, NULL, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_UNKNOWN_REFERENCE);
}

static void
test_seats_voting_power_hand (void)
{
  const guint equal[] = { 3, 2, 2 };
  const guint dictator[] = { 4, 1, 1, 1 };
  const guint lopsided[] = { 50, 49, 1 };
  g_autoptr(CoopVotingPower) first = coop_voting_power_new (equal, 3, 4, NULL);
  g_autoptr(CoopVotingPower) second = coop_voting_power_new (dictator, 4, 4, NULL);
  g_autoptr(CoopVotingPower) third = coop_voting_power_new (lopsided, 3, 51, NULL);
  g_autoptr(GError) error = NULL;

  /* [3, 2, 2], quota 4: any two win, so all are equal. */
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpfloat_with_epsilon (coop_voting_power_get_banzhaf (first, i), 1.0 / 3, 1e-12);
      g_assert_cmpfloat_with_epsilon (coop_voting_power_get_shapley_shubik (first, i), 1.0 / 3, 1e-12);
    }
  /* [4, 1, 1, 1], quota 4: the first decides alone. */
  g_assert_cmpfloat_with_epsilon (coop_voting_power_get_banzhaf (second, 0), 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (coop_voting_power_get_shapley_shubik (second, 0), 1.0, 1e-12);
  g_assert_true (coop_voting_power_can_decide_alone (second, 0));
  g_assert_true (coop_voting_power_can_block_alone (second, 0));
  g_assert_false (coop_voting_power_can_block_alone (second, 1));
  /* [50, 49, 1], quota 51: swings 3, 1, 1; Shapley–Shubik 2/3, 1/6, 1/6. */
  g_assert_cmpfloat_with_epsilon (coop_voting_power_get_swings (third, 0), 3.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (coop_voting_power_get_banzhaf (third, 0), 0.6, 1e-12);
  g_assert_cmpfloat_with_epsilon (coop_voting_power_get_banzhaf (third, 2), 0.2, 1e-12);
  g_assert_cmpfloat_with_epsilon (coop_voting_power_get_shapley_shubik (third, 0), 2.0 / 3, 1e-12);
  g_assert_cmpfloat_with_epsilon (coop_voting_power_get_shapley_shubik (third, 1), 1.0 / 6, 1e-12);
  g_assert_true (coop_voting_power_can_block_alone (third, 0));
  g_assert_false (coop_voting_power_can_decide_alone (third, 0));

  g_assert_null (coop_voting_power_new (equal, 3, 0, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_null (coop_voting_power_new (equal, 3, 8, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_null (coop_voting_power_new (equal, 0, 1, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  {
    g_autofree guint *many = g_new (guint, 9000);

    for (guint i = 0; i < 9000; i++)
      many[i] = 9000;
    g_assert_null (coop_voting_power_new (many, 9000, 1, &error));
    g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
    g_assert_nonnull (strstr (error->message, "50 million"));
  }
}

/* Every EPCI of France: the indices sum to 1. */
static void
test_seats_voting_power_france (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(GListModel) epcis = coop_atlas_list_territories (atlas, COOP_TERRITORY_KIND_EPCI);

  for (guint k = 0; k < g_list_model_get_n_items (epcis); k++)
    {
      g_autoptr(CoopTerritory) epci = g_list_model_get_item (epcis, k);
      g_autoptr(CoopSeatAllocation) allocation =
        coop_seat_allocation_new_for_epci (atlas, epci, COOP_SUPPLEMENT_READING_ABSORB, NULL);
      double banzhaf = 0, shapley = 0;

      if (allocation == NULL)
        continue;
      for (CoopMajority majority = COOP_MAJORITY_SIMPLE; majority <= COOP_MAJORITY_TWO_THIRDS; majority++)
        {
          g_autoptr(CoopVotingPower) power = coop_voting_power_new_for_allocation (allocation, majority);

          banzhaf = shapley = 0;
          for (guint i = 0; i < coop_voting_power_get_n_players (power); i++)
            {
              banzhaf += coop_voting_power_get_banzhaf (power, i);
              shapley += coop_voting_power_get_shapley_shubik (power, i);
            }
          g_assert_cmpfloat_with_epsilon (banzhaf, 1.0, 1e-9);
          g_assert_cmpfloat_with_epsilon (shapley, 1.0, 1e-9);
          /* IV 3°: nobody holds more than half, so nobody decides alone at
           * a simple majority. */
          if (majority == COOP_MAJORITY_SIMPLE)
            g_assert_false (coop_voting_power_can_decide_alone (power, 0));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Coop/Seats/law/tables", test_seats_law_tables);
  g_test_add_func ("/Coop/Seats/law/refused", test_seats_law_refused);
  g_test_add_func ("/Coop/Seats/law/strict-numbers", test_seats_law_strict_numbers);
  g_test_add_func ("/Coop/Seats/droit-commun/half-cap-rounds-down", test_seats_half_cap_rounds_down);
  g_test_add_func ("/Coop/Seats/droit-commun/councillor-cap-reruns", test_seats_councillor_cap_reruns);
  g_test_add_func ("/Coop/Seats/droit-commun/tie-for-last-seat", test_seats_tie_for_last_seat);
  g_test_add_func ("/Coop/Seats/supplement/single-distribution", test_seats_supplement_single_distribution);
  g_test_add_func ("/Coop/Seats/supplement/readings", test_seats_supplement_readings);
  g_test_add_func ("/Coop/Seats/supplement/tie", test_seats_supplement_tie);
  g_test_add_func ("/Coop/Seats/explain/order", test_seats_explain_order);
  g_test_add_func ("/Coop/Seats/atlas/cc-seats-de-droit", test_seats_atlas_cc_seats_de_droit);
  g_test_add_func ("/Coop/Seats/atlas/metropole-capped", test_seats_atlas_metropole_capped);
  g_test_add_func ("/Coop/Seats/atlas/all", test_seats_atlas_all);
  g_test_add_func ("/Coop/Seats/atlas/zero-population", test_seats_atlas_zero_population);
  g_test_add_func ("/Coop/Seats/atlas/marseille-council", test_seats_atlas_marseille_council);
  g_test_add_func ("/Coop/Seats/droit-commun/zero-population", test_seats_zero_population);
  g_test_add_func ("/Coop/Seats/perimeter/read", test_seats_perimeter_read);
  g_test_add_func ("/Coop/Seats/perimeter/refused", test_seats_perimeter_refused);
  g_test_add_func ("/Coop/Seats/model", test_seats_model);
  g_test_add_func ("/Coop/Seats/errors/atlas", test_seats_errors_atlas);
  g_test_add_func ("/Coop/Seats/errors/data", test_seats_errors_data);
  g_test_add_func ("/Coop/Seats/check/accord-local", test_seats_check_accord_local);
  g_test_add_func ("/Coop/Seats/check/bad-input", test_seats_check_bad_input);
  g_test_add_func ("/Coop/Seats/accord-local/count-brute-force", test_seats_accord_local_count_brute_force);
  g_test_add_func ("/Coop/Seats/accord-local/best", test_seats_accord_local_best);
  g_test_add_func ("/Coop/Seats/majority", test_seats_majority);
  g_test_add_func ("/Coop/Seats/voting-power/hand", test_seats_voting_power_hand);
  g_test_add_func ("/Coop/Seats/voting-power/france", test_seats_voting_power_france);

  return g_test_run ();
}
