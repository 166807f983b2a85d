/* test-bad-inputs.c — every file of tests/data/bad gives what its manifest says.
 *
 * tests/data/bad/expected.json maps each file (model/…, source/…, atlas/…,
 * scale/…, seats/…) to the outcome of reading it:
 *
 *   {"error": "COOP_ERROR_…", "message": ["…", …]}  refused with that code;
 *       the message names the file and holds each substring (the line or
 *       JSON path, the offending value, what was expected);
 *   {"finding": "code", "path": "$…", "message": ["…"], "date": "YYYY-MM-DD"}
 *       a model that loads, and coop_model_check() at that date (by
 *       default 2026-01-01) reports that finding there, its message
 *       holding each substring;
 *   {"ok": true}  loads; for an atlas, every lookup is then walked;
 *       with "clean": true, a model's check finds nothing at all (the
 *       document the cooperation cases each change one thing in).
 *
 * A file without an entry, or an entry without a file, fails the suite, so
 * a new case is one file dropped in plus one line of the manifest.
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "coop-atlas-compiler-private.h"
#include "coop-enum-types.h"
#include "coop-finding.h"
#include "coop-model.h"
#include "coop-scale.h"
#include "coop-seat-distribution.h"
#include "fuzz/fuzz-common.h"

typedef struct
{
  char       *name;       /* model/empty.json */
  char       *path;
  JsonObject *expected;
} BadCase;

static void
bad_case_free (gpointer data)
{
  BadCase *bad = data;

  g_free (bad->name);
  g_free (bad->path);
  json_object_unref (bad->expected);
  g_free (bad);
}

static const char *
bad_dir (void)
{
  static char *dir;

  if (dir == NULL)
    dir = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  return dir;
}

static CoopAtlas *
france (void)
{
  g_autoptr(GError) error = NULL;
  CoopAtlas *atlas = coop_atlas_dup_default (&error);

  g_assert_no_error (error);
  return atlas;
}

static void
check_error (BadCase      *bad,
             const GError *error,
             gboolean      wants_expected)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (COOP_TYPE_ERROR);
  const char *code = json_object_get_string_member (bad->expected, "error");
  g_autofree char *basename = g_path_get_basename (bad->name);
  JsonArray *message = json_object_get_array_member (bad->expected, "message");
  GEnumValue *value;

  if (error == NULL)
    g_error ("%s: read without error; expected %s", bad->name, code);

  g_test_message ("%s: %s", bad->name, error->message);
  g_assert_cmpstr (g_quark_to_string (error->domain), ==, g_quark_to_string (COOP_ERROR));
  value = g_enum_get_value (klass, error->code);
  g_assert_nonnull (value);
  g_assert_cmpstr (value->value_name, ==, code);

  /* Where: the file it came from (source files by the name they stand for). */
  if (g_str_has_prefix (bad->name, "source/"))
    {
      g_autofree char *file = g_strndup (basename, strstr (basename, "--") - basename);

      g_assert_nonnull (strstr (error->message, ".json"));
      (void)file;
    }
  else
    g_assert_nonnull (strstr (error->message, basename));

  /* What was expected. */
  if (wants_expected)
    g_assert_nonnull (strstr (error->message, "expected"));

  for (guint i = 0; message != NULL && i < json_array_get_length (message); i++)
    {
      const char *part = json_array_get_string_element (message, i);

      if (strstr (error->message, part) == NULL)
        g_error ("%s: the message “%s” does not say “%s”", bad->name, error->message, part);
    }
}

static void
check_model (BadCase *bad)
{
  g_autoptr(CoopAtlas) atlas = france ();
  g_autoptr(GFile) file = g_file_new_for_path (bad->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopModel) model = coop_model_new_from_file (atlas, file, NULL, &error);
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GDateTime) date = NULL;
  JsonArray *message = json_object_has_member (bad->expected, "message")
                       ? json_object_get_array_member (bad->expected, "message") : NULL;
  const char *day = json_object_get_string_member_with_default (bad->expected, "date", "2026-01-01");
  g_autofree char *iso = g_strconcat (day, "T00:00:00Z", NULL);
  const char *wanted;
  const char *wanted_path;
  gboolean found = FALSE;

  if (json_object_has_member (bad->expected, "error"))
    {
      g_assert_null (model);
      check_error (bad, error, TRUE);
      return;
    }

  if (model == NULL)
    g_error ("%s: refused (%s); expected it to load", bad->name, error->message);

  /* The check covers the validation of territories and every section
   * of the cooperation; a fixed date keeps date-bound findings stable. */
  date = g_date_time_new_from_iso8601 (iso, NULL);
  g_assert_nonnull (date);
  findings = coop_model_check (model, date);
  if (json_object_has_member (bad->expected, "ok"))
    {
      if (json_object_get_boolean_member_with_default (bad->expected, "clean", FALSE) &&
          g_list_model_get_n_items (findings) > 0)
        {
          g_autoptr(CoopFinding) first = g_list_model_get_item (findings, 0);
          g_autofree char *text = coop_finding_to_string (first);

          g_error ("%s: expected no finding; the check reports %s", bad->name, text);
        }
      return;
    }

  wanted = json_object_get_string_member (bad->expected, "finding");
  wanted_path = json_object_get_string_member_with_default (bad->expected, "path", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoopFinding) finding = g_list_model_get_item (findings, i);
      g_autofree char *text = coop_finding_to_string (finding);

      g_test_message ("%s: %s", bad->name, text);
      if (g_strcmp0 (coop_finding_get_code (finding), wanted) == 0 &&
          (wanted_path == NULL || g_strcmp0 (coop_finding_get_path (finding), wanted_path) == 0))
        {
          g_assert_cmpuint (coop_finding_get_line (finding), >, 0);
          for (guint m = 0; message != NULL && m < json_array_get_length (message); m++)
            {
              const char *part = json_array_get_string_element (message, m);

              if (strstr (text, part) == NULL)
                g_error ("%s: the finding “%s” does not say “%s”", bad->name, text, part);
            }
          found = TRUE;
        }
    }

  if (!found)
    g_error ("%s: no finding “%s” at %s", bad->name, wanted, wanted_path != NULL ? wanted_path : "any path");
}

static void
check_source (BadCase *bad)
{
  g_autoptr(GFile) directory = g_file_new_for_path (g_getenv ("COOP_TINY_SOURCE_DIR"));
  g_autofree char *basename = g_path_get_basename (bad->name);
  g_autofree char *replaced = g_strndup (basename, strstr (basename, "--") - basename);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) compiled = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (bad->path, &contents, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  compiled = _coop_atlas_compile_source_with (directory, replaced, bytes, NULL, &error);

  if (json_object_has_member (bad->expected, "error"))
    {
      g_assert_null (compiled);
      check_error (bad, error, TRUE);
    }
  else if (compiled == NULL)
    g_error ("%s: refused (%s); expected it to compile", bad->name, error->message);
}

static void
check_atlas (BadCase *bad)
{
  g_autoptr(GFile) file = g_file_new_for_path (bad->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = coop_atlas_new_for_file (file, NULL, &error);

  if (json_object_has_member (bad->expected, "error"))
    {
      g_assert_null (atlas);
      check_error (bad, error, FALSE);
      return;
    }

  if (atlas == NULL)
    g_error ("%s: refused (%s); expected it to open", bad->name, error->message);
  fuzz_exercise_atlas (atlas);
}

static void
check_scale (BadCase *bad)
{
  g_autoptr(GFile) file = g_file_new_for_path (bad->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopScale) scale = coop_scale_new_from_file (file, NULL, &error);

  if (json_object_has_member (bad->expected, "error"))
    {
      g_assert_null (scale);
      check_error (bad, error, TRUE);
      return;
    }

  if (scale == NULL)
    g_error ("%s: refused (%s); expected it to load", bad->name, error->message);
  g_assert_cmpuint (coop_scale_get_n_steps (scale), >=, 2);
}

/* A proposed distribution of seats, as `coop seats --check FILE` reads it. */
static void
check_seats (BadCase *bad)
{
  g_autoptr(GFile) file = g_file_new_for_path (bad->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopSeatDistribution) seats = coop_seat_distribution_new_from_file (file, NULL, &error);

  if (json_object_has_member (bad->expected, "error"))
    {
      g_assert_null (seats);
      check_error (bad, error, TRUE);
      return;
    }

  if (seats == NULL)
    g_error ("%s: refused (%s); expected it to load", bad->name, error->message);
  g_assert_cmpuint (coop_seat_distribution_get_n_communes (seats), ==, 2);
  g_assert_cmpuint (coop_seat_distribution_get_seats (seats, "38563"), ==, 12);
  g_assert_cmpuint (coop_seat_distribution_get_seats (seats, "38565"), ==, 4);
}

static void
test_bad_input (gconstpointer data)
{
  BadCase *bad = (BadCase *)data;

  if (g_str_has_prefix (bad->name, "model/"))
    check_model (bad);
  else if (g_str_has_prefix (bad->name, "source/"))
    check_source (bad);
  else if (g_str_has_prefix (bad->name, "scale/"))
    check_scale (bad);
  else if (g_str_has_prefix (bad->name, "seats/"))
    check_seats (bad);
  else
    check_atlas (bad);
}

static void
list_files (const char *kind,
            GPtrArray  *names)
{
  g_autofree char *directory = g_build_filename (bad_dir (), kind, NULL);
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup_printf ("%s/%s", kind, name));
}

static int
name_cmp (gconstpointer a,
          gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (bad_case_free);
  g_autofree char *manifest_path = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *manifest;
  int status;

  g_test_init (&argc, &argv, NULL);

  manifest_path = g_build_filename (bad_dir (), "expected.json", NULL);
  json_parser_load_from_file (parser, manifest_path, &error);
  g_assert_no_error (error);
  manifest = json_node_get_object (json_parser_get_root (parser));

  list_files ("model", names);
  list_files ("source", names);
  list_files ("atlas", names);
  list_files ("scale", names);
  list_files ("seats", names);
  g_ptr_array_sort (names, name_cmp);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = names->pdata[i];
      BadCase *bad;
      g_autofree char *test_path = NULL;

      if (!json_object_has_member (manifest, name))
        g_error ("%s has no entry in %s; add what reading it must give", name, manifest_path);

      bad = g_new0 (BadCase, 1);
      bad->name = g_strdup (name);
      bad->path = g_build_filename (bad_dir (), name, NULL);
      bad->expected = json_object_ref (json_object_get_object_member (manifest, name));
      g_ptr_array_add (cases, bad);

      test_path = g_strdup_printf ("/Coop/BadInputs/%s", name);
      g_test_add_data_func (test_path, bad, test_bad_input);
    }

  {
    GList *members = json_object_get_members (manifest);

    for (GList *l = members; l != NULL; l = l->next)
      {
        g_autofree char *path = g_build_filename (bad_dir (), l->data, NULL);

        if (!g_file_test (path, G_FILE_TEST_EXISTS))
          g_error ("%s names %s, which does not exist", manifest_path, (const char *)l->data);
      }
    g_list_free (members);
  }

  /* The brief of the corpus: at least a hundred cases. */
  g_assert_cmpuint (cases->len, >=, 100);

  status = g_test_run ();
  return status;
}
