/* test-scale.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "coop-enum-types.h"
#include "coop-error.h"
#include "coop-scale.h"
#include "coop-criterion.h"

static void
test_scale_builtin_libcoop (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopScale) scale = coop_scale_new_builtin ("libcoop", &error);
  const char *expected_fr[] = { "Se connaître", "Échanger", "Se coordonner", "Agir ensemble", "Faire projet commun" };
  const char *expected_frey[] = { "networking", "cooperation", "coordination", "coalition", "collaboration" };
  CoopScaleStep *step;
  CoopCriterion *first;
  g_autofree char *described = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (coop_scale_get_id (scale), ==, "libcoop");
  g_assert_cmpuint (coop_scale_get_n_steps (scale), ==, 5);
  g_assert_true (g_list_model_get_item_type (coop_scale_get_steps (scale)) == COOP_TYPE_SCALE_STEP);

  for (guint level = 1; level <= 5; level++)
    {
      step = coop_scale_get_step (scale, level);
      g_assert_cmpuint (coop_scale_step_get_level (step), ==, level);
      g_assert_cmpstr (coop_scale_step_get_label (step, "fr"), ==, expected_fr[level - 1]);
      g_assert_cmpstr (coop_scale_step_get_frey_level (step), ==, expected_frey[level - 1]);
      g_assert_nonnull (coop_scale_step_get_label (step, "en"));
      g_assert_nonnull (coop_scale_step_get_description (step, "fr"));
      g_assert_cmpuint (g_list_model_get_n_items (coop_scale_step_get_criteria (step)), >, 0);
    }
  g_assert_null (coop_scale_get_step (scale, 0));
  g_assert_null (coop_scale_get_step (scale, 6));

  /* Step 1 is met by a shared body or a meeting. */
  step = coop_scale_get_step (scale, 1);
  first = g_list_model_get_item (coop_scale_step_get_criteria (step), 0);
  g_assert_cmpint (coop_criterion_get_kind (first), ==, COOP_CRITERION_KIND_ANY);
  g_assert_cmpuint (g_list_model_get_n_items (coop_criterion_get_alternatives (first)), ==, 2);
  described = coop_criterion_describe (first, "en");
  g_assert_cmpstr (described, ==, "at least 1 shared body(ies) or at least 1 joint meeting(s)");
  g_object_unref (first);

  /* Step 2: two meetings in the last twelve months. */
  step = coop_scale_get_step (scale, 2);
  first = g_list_model_get_item (coop_scale_step_get_criteria (step), 0);
  g_assert_cmpint (coop_criterion_get_kind (first), ==, COOP_CRITERION_KIND_MEETINGS);
  g_assert_cmpuint (coop_criterion_get_min (first), ==, 2);
  g_assert_cmpuint (coop_criterion_get_window_days (first), ==, 365);
  g_object_unref (first);
}

static void
test_scale_builtin_list (void)
{
  g_auto(GStrv) ids = coop_scale_list_builtin ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopScale) frey = coop_scale_new_builtin ("frey-2006", &error);
  g_autoptr(CoopScale) missing = NULL;

  g_assert_true (g_strv_contains ((const char * const *)ids, "libcoop"));
  g_assert_true (g_strv_contains ((const char * const *)ids, "frey-2006"));
  g_assert_no_error (error);
  g_assert_cmpstr (coop_scale_step_get_label (coop_scale_get_step (frey, 4), "en"), ==, "Coalition");

  missing = coop_scale_new_builtin ("../scales/libcoop", &error);
  g_assert_error (error, COOP_ERROR, COOP_ERROR_NOT_FOUND);
}

#define STEP(level, criteria) \
  "{\"level\": " #level ", \"id\": \"s" #level "\", \"label\": {\"fr\": \"F\", \"en\": \"E\"}, " \
  "\"description\": {\"fr\": \"F\", \"en\": \"E\"}, \"criteria\": " criteria "}"
#define SCALE(steps) \
  "{\"format\": \"libcoop-scale\", \"version\": 1, \"id\": \"t\", \"name\": {\"fr\": \"F\", \"en\": \"E\"}, " \
  "\"steps\": [" steps "]}"

static void
test_scale_custom (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopScale) scale =
    coop_scale_new_from_data (SCALE (STEP (1, "[{\"criterion\": \"shared-body\", \"body-kinds\": [\"gal\"]}]") ", "
                                     STEP (2, "[{\"criterion\": \"agreement\", \"kinds\": [\"charte\"], \"signed-by-all\": true}]")),
                              -1, &error);
  g_autoptr(CoopCriterion) criterion = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (coop_scale_get_n_steps (scale), ==, 2);
  criterion = g_list_model_get_item (coop_scale_step_get_criteria (coop_scale_get_step (scale, 2)), 0);
  g_assert_true (coop_criterion_get_signed_by_all (criterion));
  g_assert_cmpstr (coop_criterion_get_agreement_kinds (criterion)[0], ==, "charte");
  g_assert_null (coop_criterion_get_statuses (criterion)[0]);
}

static void
test_scale_errors (void)
{
  struct {
    const char *name;
    const char *data;
    int         code;
    const char *where;
  } cases[] = {
    { "not-json", "{", COOP_ERROR_PARSE, "<data>" },
    { "other-format", "{\"format\": \"libcoop-model\", \"version\": 1}", COOP_ERROR_INVALID_VALUE, "libcoop-model" },
    { "newer", "{\"format\": \"libcoop-scale\", \"version\": 2}", COOP_ERROR_UNSUPPORTED_VERSION, "version 2" },
    { "no-name", "{\"format\": \"libcoop-scale\", \"version\": 1, \"id\": \"t\", \"steps\": []}", COOP_ERROR_MISSING_FIELD, "name" },
    { "one-step", SCALE (STEP (1, "[{\"criterion\": \"shared-body\"}]")), COOP_ERROR_INVALID_VALUE, "two steps" },
    { "gap", SCALE (STEP (1, "[{\"criterion\": \"shared-body\"}]") ", " STEP (3, "[{\"criterion\": \"shared-body\"}]")),
      COOP_ERROR_INVALID_VALUE, "$.steps[1]: the step has level 3; expected level 2" },
    { "no-criteria", SCALE (STEP (1, "[]") ", " STEP (2, "[{\"criterion\": \"shared-body\"}]")),
      COOP_ERROR_INVALID_VALUE, "$.steps[0].criteria" },
    { "unknown-criterion", SCALE (STEP (1, "[{\"criterion\": \"vibes\"}]") ", " STEP (2, "[{\"criterion\": \"shared-body\"}]")),
      COOP_ERROR_INVALID_VALUE, "“vibes”" },
    { "misspelt-parameter", SCALE (STEP (1, "[{\"criterion\": \"meetings\", \"minimum\": 2}]") ", " STEP (2, "[{\"criterion\": \"shared-body\"}]")),
      COOP_ERROR_INVALID_VALUE, "“minimum”" },
    { "zero-min", SCALE (STEP (1, "[{\"criterion\": \"meetings\", \"min\": 0}]") ", " STEP (2, "[{\"criterion\": \"shared-body\"}]")),
      COOP_ERROR_INVALID_VALUE, "$.steps[0].criteria[0]" },
    { "kinds-not-strings", SCALE (STEP (1, "[{\"criterion\": \"agreement\", \"kinds\": [1]}]") ", " STEP (2, "[{\"criterion\": \"shared-body\"}]")),
      COOP_ERROR_INVALID_TYPE, "$.steps[0].criteria[0].kinds[0]" },
    { "bool-not-bool", SCALE (STEP (1, "[{\"criterion\": \"agreement\", \"signed-by-all\": \"yes\"}]") ", " STEP (2, "[{\"criterion\": \"shared-body\"}]")),
      COOP_ERROR_INVALID_TYPE, "signed-by-all" },
    { "empty-any", SCALE (STEP (1, "[{\"any\": []}]") ", " STEP (2, "[{\"criterion\": \"shared-body\"}]")),
      COOP_ERROR_INVALID_VALUE, "“any”" },
    { "any-with-more", SCALE (STEP (1, "[{\"any\": [{\"criterion\": \"shared-body\"}], \"min\": 2}]") ", " STEP (2, "[{\"criterion\": \"shared-body\"}]")),
      COOP_ERROR_INVALID_VALUE, "“any”" },
    { "unknown-member", "{\"format\": \"libcoop-scale\", \"version\": 1, \"id\": \"t\", \"name\": {\"fr\": \"F\", \"en\": \"E\"}, "
      "\"colour\": \"red\", \"steps\": [" STEP (1, "[{\"criterion\": \"shared-body\"}]") ", " STEP (2, "[{\"criterion\": \"shared-body\"}]") "]}",
      COOP_ERROR_INVALID_VALUE, "$: unknown member “colour”" },
    { "duplicate-step-id", "{\"format\": \"libcoop-scale\", \"version\": 1, \"id\": \"t\", \"name\": {\"fr\": \"F\", \"en\": \"E\"}, "
      "\"steps\": [" STEP (1, "[{\"criterion\": \"shared-body\"}]") ", "
      "{\"level\": 2, \"id\": \"s1\", \"label\": {\"fr\": \"F\", \"en\": \"E\"}, \"description\": {\"fr\": \"F\", \"en\": \"E\"}, "
      "\"criteria\": [{\"criterion\": \"shared-body\"}]}]}",
      COOP_ERROR_DUPLICATE, "$.steps[1]: the step id “s1” is used by $.steps[0] too" },
    { "unknown-body-kind", SCALE (STEP (1, "[{\"criterion\": \"shared-body\", \"body-kinds\": [\"Comite-Technique\"]}]") ", " STEP (2, "[{\"criterion\": \"shared-body\"}]")),
      COOP_ERROR_INVALID_VALUE, "$.steps[0].criteria[0].body-kinds[0]: “Comite-Technique” is not a body kind" },
    { "unknown-status", SCALE (STEP (1, "[{\"criterion\": \"agreement\", \"statuses\": [\"signed\", \"active\"]}]") ", " STEP (2, "[{\"criterion\": \"shared-body\"}]")),
      COOP_ERROR_INVALID_VALUE, "$.steps[0].criteria[0].statuses[1]: “active” is not an agreement status" },
    { "empty-kinds", SCALE (STEP (1, "[{\"criterion\": \"agreement\", \"kinds\": []}]") ", " STEP (2, "[{\"criterion\": \"shared-body\"}]")),
      COOP_ERROR_INVALID_VALUE, "$.steps[0].criteria[0].kinds: the list is empty" },
    { "parameter-of-another-kind", SCALE (STEP (1, "[{\"criterion\": \"shared-body\", \"window-days\": 30}]") ", " STEP (2, "[{\"criterion\": \"shared-body\"}]")),
      COOP_ERROR_INVALID_VALUE, "“window-days” does not apply to a criterion “shared-body”" },
    { "unknown-frey", SCALE ("{\"level\": 1, \"id\": \"s1\", \"frey\": \"friends\", \"label\": {\"fr\": \"F\", \"en\": \"E\"}, "
                             "\"description\": {\"fr\": \"F\", \"en\": \"E\"}, \"criteria\": [{\"criterion\": \"shared-body\"}]}, "
                             STEP (2, "[{\"criterion\": \"shared-body\"}]")),
      COOP_ERROR_INVALID_VALUE, "$.steps[0]: “frey” is “friends”" },
    { "missing-steps", "{\"format\": \"libcoop-scale\", \"version\": 1, \"id\": \"t\", \"name\": {\"fr\": \"F\", \"en\": \"E\"}}",
      COOP_ERROR_MISSING_FIELD, "“steps”" },
    { "label-missing-en", "{\"format\": \"libcoop-scale\", \"version\": 1, \"id\": \"t\", \"name\": {\"fr\": \"F\"}, \"steps\": []}",
      COOP_ERROR_MISSING_FIELD, "$.name" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CoopScale) scale = NULL;

      g_test_message ("case %s", cases[i].name);
      scale = coop_scale_new_from_data (cases[i].data, -1, &error);
      g_assert_null (scale);
      g_assert_error (error, COOP_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].where) == NULL)
        g_error ("case %s: “%s” does not contain “%s”", cases[i].name, error->message, cases[i].where);
    }
}

static void
test_scale_file (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("COOP_SOURCE_DIR"), "data", "scales", "frey-2006.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/scale.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopScale) scale = coop_scale_new_from_file (file, NULL, &error);
  g_autoptr(CoopScale) none = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (coop_scale_get_id (scale), ==, "frey-2006");
  g_assert_nonnull (strstr (coop_scale_get_source (scale), "Frey"));

  none = coop_scale_new_from_file (missing, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Coop/Scale/builtin/libcoop", test_scale_builtin_libcoop);
  g_test_add_func ("/Coop/Scale/builtin/list", test_scale_builtin_list);
  g_test_add_func ("/Coop/Scale/custom", test_scale_custom);
  g_test_add_func ("/Coop/Scale/errors", test_scale_errors);
  g_test_add_func ("/Coop/Scale/file", test_scale_file);

  return g_test_run ();
}
