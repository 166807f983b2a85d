/* test-model.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "coop-atlas.h"
#include "coop-error.h"
#include "coop-finding.h"
#include "coop-model.h"
#include "coop-model-private.h"

static CoopAtlas *
open_atlas (void)
{
  g_autoptr(GError) error = NULL;
  CoopAtlas *atlas = coop_atlas_dup_default (&error);

  g_assert_no_error (error);
  return atlas;
}

static CoopModel *
load_fixture (CoopAtlas  *atlas,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CoopModel *model = coop_model_new_from_file (atlas, file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

static CoopModel *
build_pays (CoopAtlas *atlas)
{
  g_autoptr(GError) error = NULL;
  CoopModel *model = coop_model_new (atlas);
  g_autoptr(CoopTerritory) pays = coop_territory_new (COOP_TERRITORY_KIND_PAYS, "pays", "Pays");

  /* The CA du Pays Voironnais and a commune outside it (Grenoble). */
  coop_territory_add_member_code (pays, "243800984");
  coop_territory_add_member_code (pays, "38185");
  g_assert_true (coop_model_add_territory (model, pays, &error));
  g_assert_no_error (error);

  return model;
}

static void
test_model_add_territory_errors (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = build_pays (atlas);
  g_autoptr(CoopTerritory) again = coop_territory_new (COOP_TERRITORY_KIND_PNR, "pays", "Again");
  g_autoptr(CoopTerritory) shadow = coop_territory_new (COOP_TERRITORY_KIND_PNR, "38563", "Shadow");
  g_autoptr(CoopTerritory) voiron = coop_atlas_lookup (atlas, "38563");
  g_autoptr(GError) error = NULL;

  g_assert_false (coop_model_add_territory (model, again, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE);
  g_clear_error (&error);

  g_assert_false (coop_model_add_territory (model, shadow, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "38563"));
  g_clear_error (&error);

  g_assert_false (coop_model_add_territory (model, voiron, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);

  g_assert_cmpuint (g_list_model_get_n_items (coop_model_get_territories (model)), ==, 1);
}

static void
test_model_perimeters (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = build_pays (atlas);
  g_autoptr(CoopTerritory) pays = coop_model_lookup (model, "pays");
  g_autoptr(CoopTerritory) voiron = coop_model_lookup (model, "38563");
  g_autoptr(CoopTerritory) epci = coop_model_lookup (model, "243800984");
  g_autoptr(CoopTerritory) isere = coop_model_lookup (model, "departement:38");
  g_autoptr(GListModel) members = coop_model_list_members (model, pays);
  g_autoptr(GListModel) communes = coop_model_list_communes (model, pays);
  g_autoptr(GListModel) voiron_containers = coop_model_list_containers (model, voiron);
  g_autoptr(GListModel) pays_containers = coop_model_list_containers (model, pays);
  g_autoptr(GListModel) overlap = coop_model_list_overlap (model, pays, epci);
  g_autoptr(GListModel) epci_members = coop_model_list_members (model, epci);
  g_autoptr(CoopTerritory) last_container = NULL;
  g_autoptr(CoopTerritory) pays_container = NULL;
  gint64 expected = 0;

  g_assert_nonnull (pays);
  g_assert_nonnull (voiron);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (communes), ==, 32);
  g_assert_cmpuint (g_list_model_get_n_items (overlap), ==, 31);
  g_assert_cmpuint (g_list_model_get_n_items (epci_members), ==, 31);

  /* A commune's containers: the atlas's, then the Pays. */
  g_assert_cmpuint (g_list_model_get_n_items (voiron_containers), ==, 4);
  last_container = g_list_model_get_item (voiron_containers, 3);
  g_assert_true (last_container == pays);

  /* The Pays has no model container; the atlas's don't apply to it. */
  g_assert_cmpuint (g_list_model_get_n_items (pays_containers), ==, 0);
  (void)isere;
  (void)pays_container;

  for (guint i = 0; i < g_list_model_get_n_items (communes); i++)
    {
      g_autoptr(CoopTerritory) commune = g_list_model_get_item (communes, i);

      expected += coop_territory_get_population_municipale (commune);
    }
  g_assert_cmpint (coop_model_get_population (model, pays), ==, expected);
  g_assert_cmpint (coop_model_get_population (model, epci), ==, coop_atlas_get_population (atlas, epci));
}

static void
test_model_nature_follows_members (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = coop_model_new (atlas);
  g_autoptr(CoopTerritory) city = coop_territory_new (COOP_TERRITORY_KIND_CUSTOM, "city", "City");
  g_autoptr(GError) error = NULL;

  g_assert_true (coop_model_add_territory (model, city, &error));
  g_assert_cmpint (coop_territory_get_nature (city), ==, COOP_NATURE_RURAL);

  /* Grenoble alone is urban; adding members recomputes the default. */
  coop_territory_add_member_code (city, "38185");
  g_assert_cmpint (coop_territory_get_nature (city), ==, COOP_NATURE_URBAN);
  g_assert_true (coop_territory_get_nature_is_default (city));
}

static CoopFinding *
find_finding (GListModel *findings,
              const char *code)
{
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      CoopFinding *finding = g_list_model_get_item (findings, i);

      if (g_str_equal (coop_finding_get_code (finding), code))
        return finding;
      g_object_unref (finding);
    }

  return NULL;
}

static void
test_model_validate (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = load_fixture (atlas, "model-pays.json");
  g_autoptr(GListModel) findings = coop_model_validate (model);
  g_autoptr(CoopFinding) unknown = find_finding (findings, "unknown-reference");
  g_autoptr(CoopFinding) cycle = find_finding (findings, "cycle");
  g_autoptr(CoopFinding) empty = find_finding (findings, "empty-perimeter");
  g_autoptr(CoopFinding) redundant = find_finding (findings, "redundant-member");
  g_autoptr(CoopFinding) mismatch = find_finding (findings, "population-mismatch");
  g_autofree char *text = NULL;

  g_assert_true (g_list_model_get_item_type (findings) == COOP_TYPE_FINDING);

  g_assert_nonnull (unknown);
  g_assert_cmpint (coop_finding_get_severity (unknown), ==, COOP_SEVERITY_ERROR);
  g_assert_cmpstr (coop_finding_get_subject (unknown), ==, "bad-one");
  g_assert_cmpstr (coop_finding_get_path (unknown), ==, "$.territories[0].members[0]");
  g_assert_cmpuint (coop_finding_get_line (unknown), ==, 25);
  g_assert_nonnull (strstr (coop_finding_get_message (unknown), "99999"));

  g_assert_nonnull (cycle);
  g_assert_cmpint (coop_finding_get_severity (cycle), ==, COOP_SEVERITY_ERROR);

  g_assert_nonnull (empty);
  g_assert_cmpint (coop_finding_get_severity (empty), ==, COOP_SEVERITY_WARNING);
  g_assert_cmpstr (coop_finding_get_subject (empty), ==, "empty");

  /* Voiron lies inside the CA du Pays Voironnais, listed beside it. */
  g_assert_nonnull (redundant);
  g_assert_cmpstr (coop_finding_get_subject (redundant), ==, "bad-two");
  g_assert_cmpstr (coop_finding_get_path (redundant), ==, "$.territories[1].members[1]");

  g_assert_nonnull (mismatch);
  g_assert_cmpint (coop_finding_get_severity (mismatch), ==, COOP_SEVERITY_INFO);

  text = coop_finding_to_string (unknown);
  g_assert_true (g_str_has_prefix (text, "error: line 25: $.territories[0].members[0]: "));
  g_assert_true (g_str_has_suffix (text, "[unknown-reference]"));
}

static void
test_model_valid_has_no_findings (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = build_pays (atlas);
  g_autoptr(GListModel) findings = coop_model_validate (model);

  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 0);
}

static void
test_model_round_trip (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = load_fixture (atlas, "model-pays.json");
  g_autoptr(CoopModel) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = coop_model_to_data (model, NULL);
  g_autofree char *second = NULL;

  /* Territories sorted by code, unknown members kept and sorted. */
  g_assert_nonnull (strstr (first, "\"x-tool\": \"kept as is\""));
  g_assert_nonnull (strstr (first, "\"x-note\": {\n        \"alpha\": [\n          true,\n          null,\n          2.5\n        ],\n        \"zeta\": 1\n      }"));
  g_assert_true (strstr (first, "\"bad-one\"") < strstr (first, "\"pays-voironnais\""));
  g_assert_nonnull (strstr (first, "\"valid-from\": \"2002-01-01\""));
  g_assert_nonnull (strstr (first, "\"atlas\": {\n    \"source\": \"@etalab/decoupage-administratif\""));

  again = coop_model_new_from_data (atlas, first, -1, &error);
  g_assert_no_error (error);
  second = coop_model_to_data (again, NULL);
  g_assert_cmpstr (first, ==, second);
}

static void
test_model_canonical_is_stable (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) built = build_pays (atlas);
  g_autofree char *data = coop_model_to_data (built, NULL);
  const char *expected =
    "{\n"
    "  \"format\": \"libcoop-model\",\n"
    "  \"version\": 1,\n"
    "  \"atlas\": {\n"
    "    \"source\": \"@etalab/decoupage-administratif\",\n"
    "    \"version\": \"6.0.0\"\n"
    "  },\n"
    "  \"territories\": [\n"
    "    {\n"
    "      \"code\": \"pays\",\n"
    "      \"kind\": \"pays\",\n"
    "      \"name\": \"Pays\",\n"
    "      \"members\": [\n"
    "        \"243800984\",\n"
    "        \"38185\"\n"
    "      ]\n"
    "    }\n"
    "  ]\n"
    "}\n";

  g_assert_cmpstr (data, ==, expected);
}

/* Unknown members keep their numbers, in one canonical form: -0.0 (here
 * from -0e400) is written 0, so that a second round trip changes nothing.
 * Found by fuzz-model. */
static void
test_model_canonical_negative_zero (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  static const char text[] = "{\"format\": \"libcoop-model\", \"version\": 1, "
                             "\"x\": -0e400, \"y\": -0.0, \"z\": -2.5}";
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopModel) model = coop_model_new_from_data (atlas, text, -1, &error);
  g_autoptr(CoopModel) again = NULL;
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;

  g_assert_no_error (error);
  written = coop_model_to_data (model, NULL);
  g_assert_nonnull (strstr (written, "\"x\": 0,"));
  g_assert_nonnull (strstr (written, "\"y\": 0,"));
  g_assert_nonnull (strstr (written, "\"z\": -2.5"));
  again = coop_model_new_from_data (atlas, written, -1, &error);
  g_assert_no_error (error);
  rewritten = coop_model_to_data (again, NULL);
  g_assert_cmpstr (rewritten, ==, written);
}

/* The API refuses the nesting the reader refuses: 16 levels of
 * territories of project, built in either order. */
static void
test_model_add_territory_nesting (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) upward = coop_model_new (atlas);
  g_autoptr(CoopModel) downward = coop_model_new (atlas);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autoptr(CoopModel) again = NULL;

  for (guint i = 0; i < 17; i++)
    {
      g_autofree char *code = g_strdup_printf ("chain-%02u", i);
      g_autofree char *below = g_strdup_printf ("chain-%02u", i - 1);
      g_autoptr(CoopTerritory) up = coop_territory_new (COOP_TERRITORY_KIND_PAYS, code, code);
      g_autoptr(CoopTerritory) down = NULL;
      const char *members[] = { i == 0 ? "38563" : below, NULL };
      g_autofree char *top_code = g_strdup_printf ("chain-%02u", 16 - i);
      g_autofree char *top_below = g_strdup_printf ("chain-%02u", 15 - i);
      const char *top_members[] = { i == 16 ? "38563" : top_below, NULL };

      coop_territory_set_member_codes (up, members);
      down = coop_territory_new (COOP_TERRITORY_KIND_PAYS, top_code, top_code);
      coop_territory_set_member_codes (down, top_members);
      if (i < 16)
        {
          g_assert_true (coop_model_add_territory (upward, up, &error));
          g_assert_no_error (error);
          g_assert_true (coop_model_add_territory (downward, down, &error));
          g_assert_no_error (error);
          continue;
        }

      /* The seventeenth level, whichever end it is added at. */
      g_assert_false (coop_model_add_territory (upward, up, &error));
      g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
      g_assert_nonnull (strstr (error->message, "“chain-16” nests territories of project 17 deep"));
      g_assert_nonnull (strstr (error->message, "at most 16"));
      g_clear_error (&error);
      g_assert_false (coop_model_add_territory (downward, down, &error));
      g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
      g_clear_error (&error);
      g_assert_null (coop_model_lookup (upward, "chain-16"));
      g_assert_null (coop_model_lookup (downward, "chain-00"));
    }

  g_assert_cmpuint (g_list_model_get_n_items (coop_model_get_territories (upward)), ==, 16);
  data = coop_model_to_data (upward, NULL);
  again = coop_model_new_from_data (atlas, data, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (coop_model_get_territories (again)), ==, 16);
}

/* Builds chain-00 ⊂ chain-01 ⊂ … ⊂ chain-(n-1) in @model, chain-00 over
 * Grenoble. */
static void
add_chain (CoopModel *model,
           guint      n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *code = g_strdup_printf ("chain-%02u", i);
      g_autofree char *below = g_strdup_printf ("chain-%02u", i - 1);
      g_autoptr(CoopTerritory) territory = coop_territory_new (COOP_TERRITORY_KIND_PAYS, code, code);
      const char *members[] = { i == 0 ? "38185" : below, NULL };
      g_autoptr(GError) error = NULL;

      coop_territory_set_member_codes (territory, members);
      g_assert_true (coop_model_add_territory (model, territory, &error));
      g_assert_no_error (error);
    }
}

/* Giving members to a territory already in a model is held to the bound
 * the reader and coop_model_add_territory() apply: 16 levels. The setter
 * refuses a longer chain (a critical warning with the reader's message)
 * and the members stay as they were; a chain of 16, a cycle (reported by
 * validation, as the reader keeps it) and a territory in no model are
 * accepted. */
static void
test_model_member_codes_nesting (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = coop_model_new (atlas);
  g_autoptr(CoopTerritory) top = NULL;
  g_autoptr(CoopTerritory) bottom = NULL;
  g_autoptr(CoopTerritory) extra = coop_territory_new (COOP_TERRITORY_KIND_PAYS, "chain-16", "chain-16");
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopModel) refused = NULL;
  g_autofree char *document = NULL;
  g_autofree char *expected = NULL;
  const char *on_top[] = { "chain-15", NULL };
  const char *under[] = { "chain-16", NULL };
  const char *grenoble[] = { "38185", NULL };

  add_chain (model, 16);
  top = coop_model_lookup (model, "chain-15");
  bottom = coop_model_lookup (model, "chain-00");
  g_assert_true (coop_model_add_territory (model, extra, &error));
  g_assert_no_error (error);

  /* A seventeenth level above the top… */
  g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL,
                         "*“chain-16” nests territories of project 17 deep (chain-16 ⊃ chain-15 ⊃ chain-14 ⊃ "
                         "chain-13 ⊃ … ⊃ chain-00); expected at most 16 levels*");
  coop_territory_set_member_codes (extra, on_top);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (g_strv_length ((char **) coop_territory_get_member_codes (extra)), ==, 0);
  g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*nests territories of project 17 deep*");
  g_assert_false (coop_territory_add_member_code (extra, "chain-15"));
  g_test_assert_expected_messages ();
  g_assert_cmpuint (g_strv_length ((char **) coop_territory_get_member_codes (extra)), ==, 0);

  /* …or below the bottom. */
  g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*“chain-15” nests territories of project 17 deep*");
  coop_territory_set_member_codes (bottom, under);
  g_test_assert_expected_messages ();
  g_assert_cmpstrv (coop_territory_get_member_codes (bottom), grenoble);
  g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*“chain-15” nests territories of project 17 deep*");
  g_assert_false (coop_territory_add_member_code (bottom, "chain-16"));
  g_test_assert_expected_messages ();
  g_assert_cmpstrv (coop_territory_get_member_codes (bottom), grenoble);

  /* The reader refuses the same chain with the same words. */
  {
    g_autoptr(GString) text = g_string_new ("{\"format\": \"libcoop-model\", \"version\": 1, \"territories\": [");

    for (guint i = 0; i < 17; i++)
      {
        g_autofree char *member = i == 0 ? g_strdup ("38185") : g_strdup_printf ("chain-%02u", i - 1);

        g_string_append_printf (text, "%s{\"code\": \"chain-%02u\", \"kind\": \"pays\", \"name\": \"chain-%02u\", "
                                "\"members\": [\"%s\"]}", i > 0 ? ", " : "", i, i, member);
      }
    g_string_append (text, "]}");
    document = g_string_free (g_steal_pointer (&text), FALSE);
  }
  refused = coop_model_new_from_data (atlas, document, -1, &error);
  g_assert_null (refused);
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  expected = g_strdup ("“chain-16” nests territories of project 17 deep (chain-16 ⊃ chain-15 ⊃ chain-14 ⊃ "
                       "chain-13 ⊃ … ⊃ chain-00); expected at most 16 levels");
  g_assert_nonnull (strstr (error->message, expected));
  g_clear_error (&error);

  /* Sixteen levels are accepted: the bottom moves under a new member. */
  {
    const char *shorter[] = { "chain-13", NULL };
    const char *cycle[] = { "38185", "chain-15", NULL };

    coop_territory_set_member_codes (top, shorter);   /* chain-15 ⊃ chain-13 ⊃ … ⊃ chain-00: 15 */
    coop_territory_set_member_codes (extra, on_top);  /* chain-16 on top: 16 */
    g_assert_cmpstrv (coop_territory_get_member_codes (extra), on_top);
    g_assert_cmpuint (_coop_model_get_nesting (model, NULL, NULL), ==, 16);

    /* A cycle is kept, for validation to report. */
    coop_territory_set_member_codes (bottom, cycle);
    g_assert_cmpstrv (coop_territory_get_member_codes (bottom), cycle);
    g_assert_cmpuint (_coop_model_get_nesting (model, NULL, NULL), <=, 16);
  }

  /* Out of the model, a territory is checked when it is added again. */
  g_assert_true (coop_model_remove_territory (model, extra));
  coop_territory_set_member_codes (extra, NULL);
  coop_territory_set_member_codes (extra, on_top);
  g_assert_cmpstrv (coop_territory_get_member_codes (extra), on_top);
}

/* A territory's default nature follows the perimeters below it when the
 * model is built top down, changed or pruned: only the territory changed
 * and the territories containing it are refreshed. */
static void
test_model_nature_follows_nested_members (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = coop_model_new (atlas);
  g_autoptr(CoopTerritory) outer = coop_territory_new (COOP_TERRITORY_KIND_PAYS, "outer", "Outer");
  g_autoptr(CoopTerritory) inner = coop_territory_new (COOP_TERRITORY_KIND_PAYS, "inner", "Inner");
  g_autoptr(CoopTerritory) unrelated = coop_territory_new (COOP_TERRITORY_KIND_PAYS, "unrelated", "Unrelated");
  g_autoptr(GError) error = NULL;
  const char *outer_members[] = { "inner", NULL };
  const char *urban[] = { "38185", NULL };

  coop_territory_set_member_codes (outer, outer_members);
  g_assert_true (coop_model_add_territory (model, outer, &error));
  g_assert_true (coop_model_add_territory (model, unrelated, &error));
  g_assert_no_error (error);
  g_assert_cmpint (coop_territory_get_nature (outer), ==, COOP_NATURE_RURAL);

  /* The member arrives after its container. */
  coop_territory_set_member_codes (inner, urban);
  g_assert_true (coop_model_add_territory (model, inner, &error));
  g_assert_no_error (error);
  g_assert_cmpint (coop_territory_get_nature (inner), ==, COOP_NATURE_URBAN);
  g_assert_cmpint (coop_territory_get_nature (outer), ==, COOP_NATURE_URBAN);

  /* The member changes: its container follows. */
  coop_territory_set_member_codes (inner, NULL);
  g_assert_cmpint (coop_territory_get_nature (outer), ==, COOP_NATURE_RURAL);
  coop_territory_add_member_code (inner, "38185");
  g_assert_cmpint (coop_territory_get_nature (outer), ==, COOP_NATURE_URBAN);

  /* The member goes: the container has no commune left. */
  g_assert_true (coop_model_remove_territory (model, inner));
  g_assert_cmpint (coop_territory_get_nature (outer), ==, COOP_NATURE_RURAL);
  g_assert_cmpint (coop_territory_get_nature (unrelated), ==, COOP_NATURE_RURAL);
}

/* Integers beyond 64 bits in members libcoop does not know keep their
 * text: json-glib wraps 2^64 to -1 and swaps 2^63 and -2^63. */
static void
test_model_big_integers_kept (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  static const char text[] =
    "{\"format\": \"libcoop-model\", \"version\": 1,\n"
    " \"atlas\": {\"serial\": 18446744073709551618},\n"
    " \"x\": [9223372036854775808, 18446744073709551616, -9223372036854775809,\n"
    "       -9223372036854775808, 9223372036854775807, 2.5, \"\\u00ff12\"],\n"
    " \"y\": {\"z\": 1606938044258990275541962092341162602522202993782792835301376},\n"
    " \"territories\": [{\"code\": \"pays-x\", \"kind\": \"pays\", \"name\": \"X\", \"members\": [\"38563\"],\n"
    "                   \"note\": 18446744073709551617}],\n"
    " \"actors\": [{\"id\": \"a\", \"kind\": \"association\", \"name\": \"A\", \"budget\": 36893488147419103232}]}\n";
  static const char * const kept[] = {
    "9223372036854775808,", "18446744073709551616,", "-9223372036854775809,", "-9223372036854775808,",
    "9223372036854775807,", "\"z\": 1606938044258990275541962092341162602522202993782792835301376",
    "\"note\": 18446744073709551617", "\"budget\": 36893488147419103232", "\"\xc3\xbf" "12\"",
    "\"serial\": 18446744073709551618",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopModel) model = coop_model_new_from_data (atlas, text, -1, &error);
  g_autoptr(CoopModel) again = NULL;
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;

  g_assert_no_error (error);
  written = coop_model_to_data (model, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    if (strstr (written, kept[i]) == NULL)
      g_error ("“%s” is not kept in:\n%s", kept[i], written);
  again = coop_model_new_from_data (atlas, written, -1, &error);
  g_assert_no_error (error);
  rewritten = coop_model_to_data (again, NULL);
  g_assert_cmpstr (rewritten, ==, written);
}

typedef struct
{
  const char *name;
  const char *document;
  int         code;
  const char *where;   /* text the message must contain */
} BadDocument;

static void
test_model_load_errors (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  const BadDocument cases[] = {
    { "empty", "", COOP_ERROR_PARSE, "empty" },
    { "truncated", "{\"format\": \"libcoop-model\", \"version\": 1, \"territories\": [", COOP_ERROR_PARSE, "<data>:1" },
    { "not-object", "[1, 2]", COOP_ERROR_INVALID_TYPE, "expected an object" },
    { "no-format", "{\"version\": 1}", COOP_ERROR_MISSING_FIELD, "format" },
    { "other-format", "{\"format\": \"geojson\", \"version\": 1}", COOP_ERROR_INVALID_VALUE, "geojson" },
    { "newer", "{\"format\": \"libcoop-model\", \"version\": 2}", COOP_ERROR_UNSUPPORTED_VERSION, "version 2" },
    { "version-string", "{\"format\": \"libcoop-model\", \"version\": \"1\"}", COOP_ERROR_INVALID_TYPE, "$: “version” is a string" },
    { "territories-object", "{\"format\": \"libcoop-model\", \"version\": 1, \"territories\": {}}",
      COOP_ERROR_INVALID_TYPE, "$.territories" },
    { "territory-no-code", "{\"format\": \"libcoop-model\", \"version\": 1, \"territories\": [{\"kind\": \"pnr\", \"name\": \"x\"}]}",
      COOP_ERROR_MISSING_FIELD, "$.territories[0]: the member “code” is missing" },
    { "unknown-kind", "{\"format\": \"libcoop-model\", \"version\": 1, \"territories\": [{\"code\": \"a\", \"kind\": \"county\", \"name\": \"x\"}]}",
      COOP_ERROR_INVALID_VALUE, "“county”; expected one of" },
    { "duplicate-member", "{\"format\": \"libcoop-model\", \"version\": 1, \"territories\": [{\"code\": \"a\", \"kind\": \"pnr\", \"name\": \"x\", \"members\": [\"38563\", \"38563\"]}]}",
      COOP_ERROR_DUPLICATE, "$.territories[0].members[1]" },
    { "member-number", "{\"format\": \"libcoop-model\", \"version\": 1, \"territories\": [{\"code\": \"a\", \"kind\": \"pnr\", \"name\": \"x\", \"members\": [38563]}]}",
      COOP_ERROR_INVALID_TYPE, "$.territories[0].members[0]" },
    { "negative-population", "{\"format\": \"libcoop-model\", \"version\": 1, \"territories\": [{\"code\": \"a\", \"kind\": \"pnr\", \"name\": \"x\", \"population-municipale\": -3}]}",
      COOP_ERROR_INVALID_VALUE, "-3" },
    { "fraction-population", "{\"format\": \"libcoop-model\", \"version\": 1, \"territories\": [{\"code\": \"a\", \"kind\": \"pnr\", \"name\": \"x\", \"population-municipale\": 3.5}]}",
      COOP_ERROR_INVALID_VALUE, "3.5" },
    { "bad-date", "{\"format\": \"libcoop-model\", \"version\": 1, \"territories\": [{\"code\": \"a\", \"kind\": \"pnr\", \"name\": \"x\", \"valid-from\": \"2023-02-30\"}]}",
      COOP_ERROR_INVALID_VALUE, "YYYY-MM-DD" },
    { "bad-nature", "{\"format\": \"libcoop-model\", \"version\": 1, \"territories\": [{\"code\": \"a\", \"kind\": \"pnr\", \"name\": \"x\", \"nature\": \"suburban\"}]}",
      COOP_ERROR_INVALID_VALUE, "suburban" },
    { "duplicate-territory", "{\"format\": \"libcoop-model\", \"version\": 1, \"territories\": [{\"code\": \"a\", \"kind\": \"pnr\", \"name\": \"x\"}, {\"code\": \"a\", \"kind\": \"pnr\", \"name\": \"y\"}]}",
      COOP_ERROR_DUPLICATE, "$.territories[1]" },
    { "atlas-code", "{\"format\": \"libcoop-model\", \"version\": 1, \"territories\": [{\"code\": \"38563\", \"kind\": \"pnr\", \"name\": \"x\"}]}",
      COOP_ERROR_DUPLICATE, "$.territories[0]" },
    { "empty-code", "{\"format\": \"libcoop-model\", \"version\": 1, \"territories\": [{\"code\": \"\", \"kind\": \"pnr\", \"name\": \"x\"}]}",
      COOP_ERROR_INVALID_VALUE, "empty" },
    { "duplicate-key", "{\"format\": \"libcoop-model\", \"version\": 1, \"name\": \"a\", \"name\": \"b\"}",
      COOP_ERROR_DUPLICATE, "“name” appears twice" },
    { "invalid-utf8", "{\"format\": \"libcoop-model\", \"version\": 1, \"name\": \"\xff\"}", COOP_ERROR_PARSE, "UTF-8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CoopModel) model = NULL;

      g_test_message ("case %s", cases[i].name);
      model = coop_model_new_from_data (atlas, cases[i].document, -1, &error);
      g_assert_null (model);
      g_assert_error (error, COOP_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].where) == NULL)
        g_error ("case %s: “%s” does not contain “%s”", cases[i].name, error->message, cases[i].where);
    }
}

static void
test_model_deep_nesting (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(GString) document = g_string_new ("{\"format\": \"libcoop-model\", \"version\": 1, \"x\": ");
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopModel) model = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (document, '[');

  model = coop_model_new_from_data (atlas, document->str, document->len, &error);
  g_assert_error (error, COOP_ERROR, COOP_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "nesting"));
}

static void
test_model_file_errors_name_the_file (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autofree char *dir = g_dir_make_tmp ("coop-model-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/model.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopModel) model = NULL;

  g_assert_true (g_file_set_contents (path, "{\n  \"format\": \"libcoop-model\",\n  \"version\": 1,\n  \"territories\": [\n    {\"code\": 12}\n  ]\n}\n", -1, NULL));
  model = coop_model_new_from_file (atlas, file, NULL, &error);
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_TYPE);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (strstr (error->message, ":5: $.territories[0]: “code” is a number; expected a string"));
  g_clear_error (&error);

  model = coop_model_new_from_file (atlas, missing, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_null (model);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_model_save_and_reload (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = load_fixture (atlas, "model-pays.json");
  g_autoptr(CoopModel) reloaded = NULL;
  g_autofree char *dir = g_dir_make_tmp ("coop-model-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "saved.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = coop_model_to_data (model, NULL);
  g_autofree char *on_disk = NULL;
  g_autofree char *reloaded_data = NULL;

  g_assert_true (coop_model_save_to_file (model, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &on_disk, NULL, NULL));
  g_assert_cmpstr (on_disk, ==, expected);

  reloaded = coop_model_new_from_file (atlas, file, NULL, &error);
  g_assert_no_error (error);
  reloaded_data = coop_model_to_data (reloaded, NULL);
  g_assert_cmpstr (reloaded_data, ==, expected);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_model_save_failure_keeps_old_file (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = build_pays (atlas);
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent-directory/model.json");
  g_autoptr(GError) error = NULL;

  g_assert_false (coop_model_save_to_file (model, file, NULL, &error));
  g_assert_nonnull (error);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  CoopModel **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = coop_model_new_from_file_finish (result, &error);
  g_assert_no_error (error);
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (coop_model_save_to_file_finish (COOP_MODEL (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
on_load_failed (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GError **out = user_data;
  CoopModel *model = coop_model_new_from_file_finish (result, out);

  g_assert_null (model);
}

/* A worker thread may drop its reference to an async call's task, and so
 * to the task's source object, just after the callback has run: wait for
 * the last reference to go rather than assume it is gone at once. */
static void
assert_finalized_eventually (gpointer object)
{
  gpointer weak = object;

  g_object_add_weak_pointer (object, &weak);
  g_object_unref (object);

  for (guint i = 0; g_atomic_pointer_get (&weak) != NULL && i < 500; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }

  g_assert_null (g_atomic_pointer_get (&weak));
}

static void
test_model_async (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "model-pays.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/model.json");
  g_autofree char *dir = g_dir_make_tmp ("coop-model-XXXXXX", NULL);
  g_autofree char *out_path = g_build_filename (dir, "async.json", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  CoopModel *model = NULL;
  GError *error = NULL;
  gboolean saved = FALSE;

  coop_model_new_from_file_async (atlas, file, NULL, on_loaded, &model);
  while (model == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (coop_model_get_territories (model)), ==, 4);

  coop_model_save_to_file_async (model, out, NULL, on_saved, &saved);
  while (!saved)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_test (out_path, G_FILE_TEST_EXISTS));

  coop_model_new_from_file_async (atlas, missing, NULL, on_load_failed, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  coop_model_new_from_file_async (atlas, file, cancellable, on_load_failed, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  assert_finalized_eventually (model);
  g_unlink (out_path);
  g_rmdir (dir);
}

static void
test_model_remove_territory (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = build_pays (atlas);
  g_autoptr(CoopTerritory) pays = coop_model_lookup (model, "pays");
  g_autoptr(CoopTerritory) stranger = coop_territory_new (COOP_TERRITORY_KIND_PNR, "stranger", "Stranger");

  g_assert_false (coop_model_remove_territory (model, stranger));
  g_assert_true (coop_model_remove_territory (model, pays));
  g_assert_null (coop_model_lookup (model, "pays"));
  g_assert_cmpuint (g_list_model_get_n_items (coop_model_get_territories (model)), ==, 0);

  /* Removed territories no longer follow the model. */
  coop_territory_add_member_code (pays, "38185");
}

static void
test_model_finalizes (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  CoopModel *model = build_pays (atlas);

  g_assert_finalize_object (model);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Coop/Model/add-territory/errors", test_model_add_territory_errors);
  g_test_add_func ("/Coop/Model/add-territory/nesting", test_model_add_territory_nesting);
  g_test_add_func ("/Coop/Model/member-codes/nesting", test_model_member_codes_nesting);
  g_test_add_func ("/Coop/Model/nature/nested-members", test_model_nature_follows_nested_members);
  g_test_add_func ("/Coop/Model/perimeters", test_model_perimeters);
  g_test_add_func ("/Coop/Model/nature", test_model_nature_follows_members);
  g_test_add_func ("/Coop/Model/validate/findings", test_model_validate);
  g_test_add_func ("/Coop/Model/validate/clean", test_model_valid_has_no_findings);
  g_test_add_func ("/Coop/Model/round-trip", test_model_round_trip);
  g_test_add_func ("/Coop/Model/canonical", test_model_canonical_is_stable);
  g_test_add_func ("/Coop/Model/canonical/negative-zero", test_model_canonical_negative_zero);
  g_test_add_func ("/Coop/Model/canonical/big-integers", test_model_big_integers_kept);
  g_test_add_func ("/Coop/Model/load/errors", test_model_load_errors);
  g_test_add_func ("/Coop/Model/load/deep-nesting", test_model_deep_nesting);
  g_test_add_func ("/Coop/Model/load/file-errors", test_model_file_errors_name_the_file);
  g_test_add_func ("/Coop/Model/save/reload", test_model_save_and_reload);
  g_test_add_func ("/Coop/Model/save/failure", test_model_save_failure_keeps_old_file);
  g_test_add_func ("/Coop/Model/async", test_model_async);
  g_test_add_func ("/Coop/Model/remove-territory", test_model_remove_territory);
  g_test_add_func ("/Coop/Model/finalize", test_model_finalizes);

  return g_test_run ();
}
