/* test-json.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "coop-date-private.h"
#include "coop-json-private.h"
#include "coop-text-private.h"

static CoopJsonDocument *
parse (const char  *text,
       GError     **error)
{
  g_autoptr(CoopJsonDocument) document = _coop_json_document_new ("test.json");
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  if (!_coop_json_document_load_bytes (document, bytes, error))
    return NULL;

  return g_steal_pointer (&document);
}

static void
test_json_lines (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopJsonDocument) document = parse ("{\n  \"a\": 1,\n  \"b\": [\n    \"x\",\n    {\"c\": true}\n  ]\n}\n", &error);
  JsonObject *root;
  JsonArray *b;

  g_assert_no_error (error);
  root = json_node_get_object (_coop_json_document_get_root (document));
  b = json_object_get_array_member (root, "b");
  g_assert_cmpuint (_coop_json_document_get_line (document, json_object_get_member (root, "a")), ==, 2);
  g_assert_cmpuint (_coop_json_document_get_line (document, json_array_get_element (b, 1)), >=, 5);
  g_assert_cmpuint (_coop_json_document_get_line (document, json_array_get_element (b, 1)), <=, 6);
  g_assert_cmpuint (_coop_json_document_get_line (document, NULL), ==, 0);
}

static void
test_json_errors (void)
{
  struct {
    const char *text;
    const char *expected;
  } cases[] = {
    { "", "test.json: the file is empty" },
    { "   ", "test.json" },
    { "{\"a\": }", "test.json:1" },
    { "{\n\"a\": \"\xc3\x28\"}", "test.json:2: invalid UTF-8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CoopJsonDocument) document = parse (cases[i].text, &error);

      g_assert_null (document);
      g_assert_error (error, COOP_ERROR, COOP_ERROR_PARSE);
      if (!g_str_has_prefix (error->message, cases[i].expected))
        g_error ("“%s” does not start with “%s”", error->message, cases[i].expected);
    }
}

static void
test_json_depth (void)
{
  g_autoptr(GString) ok = g_string_new (NULL);
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopJsonDocument) shallow = NULL;
  g_autoptr(CoopJsonDocument) refused = NULL;

  for (guint i = 0; i < COOP_JSON_MAX_DEPTH; i++)
    g_string_append_c (ok, '[');
  for (guint i = 0; i < COOP_JSON_MAX_DEPTH; i++)
    g_string_append_c (ok, ']');
  shallow = parse (ok->str, &error);
  g_assert_no_error (error);

  /* Brackets inside strings do not count: the string's six add nothing. */
  g_string_append (deep, "[\"[[[[[[\", ");
  for (guint i = 0; i < COOP_JSON_MAX_DEPTH; i++)
    g_string_append_c (deep, '[');
  refused = parse (deep->str, &error);
  g_assert_error (error, COOP_ERROR, COOP_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "nesting"));
}

static void
test_json_duplicates (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopJsonDocument) document = NULL;
  g_autoptr(CoopJsonDocument) distinct = NULL;

  /* Refused while reading, at any depth, so that no value is dropped
   * silently, not even inside members this version does not know. */
  document = parse ("{\"a\": {\"x\": 1,\n\"x\": 2}, \"b\": 3}", &error);
  g_assert_null (document);
  g_assert_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "test.json:2: the member “x” appears twice"));
  g_clear_error (&error);

  /* The same name in two objects is no duplicate. */
  distinct = parse ("{\"a\": {\"x\": 1}, \"b\": {\"x\": 2}}", &error);
  g_assert_no_error (error);
}

static void
test_json_gzip (void)
{
  g_autofree char *dir = g_dir_make_tmp ("coop-json-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "data.json.gz", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GConverter) compressor = G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9));
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) stream = g_converter_output_stream_new (memory, compressor);
  g_autoptr(CoopJsonDocument) document = _coop_json_document_new (path);
  g_autoptr(GError) error = NULL;
  const char *text = "{\"hello\": \"monde\"}";

  g_assert_true (g_output_stream_write_all (stream, text, strlen (text), NULL, NULL, &error));
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  g_assert_true (g_file_set_contents (path, g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (memory)),
                                      g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory)),
                                      &error));

  g_assert_true (_coop_json_document_load_file (document, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (_coop_json_document_get_root (document)), "hello"),
                   ==, "monde");

  /* A damaged gzip stream is an error, not garbage. */
  g_assert_true (g_file_set_contents (path, "\x1f\x8b\x08\x00garbage", 12, NULL));
  g_assert_false (_coop_json_document_load_file (document, file, NULL, &error));
  g_assert_nonnull (error);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_json_get_int (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopJsonDocument) document = parse ("{\"n\": 5, \"d\": 5.0, \"f\": 5.5, \"big\": 1e300, \"s\": \"5\", \"neg\": -1}", &error);
  JsonNode *root = _coop_json_document_get_root (document);
  gint64 value = 0;

  g_assert_true (_coop_json_get_int (document, root, "$", "n", TRUE, 0, 10, &value, &error));
  g_assert_cmpint (value, ==, 5);
  g_assert_true (_coop_json_get_int (document, root, "$", "d", TRUE, 0, 10, &value, &error));
  g_assert_true (_coop_json_get_int (document, root, "$", "absent", FALSE, 0, 10, &value, &error));
  g_assert_cmpint (value, ==, 5);
  g_assert_no_error (error);

  g_assert_false (_coop_json_get_int (document, root, "$", "f", TRUE, 0, 10, &value, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (_coop_json_get_int (document, root, "$", "big", TRUE, 0, 10, &value, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (_coop_json_get_int (document, root, "$", "s", TRUE, 0, 10, &value, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_TYPE);
  g_clear_error (&error);
  g_assert_false (_coop_json_get_int (document, root, "$", "neg", TRUE, 0, 10, &value, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (_coop_json_get_int (document, root, "$", "absent", TRUE, 0, 10, &value, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD);
}

static void
test_text_normalise (void)
{
  struct { const char *in, *out; } cases[] = {
    { "Saint-Étienne", "saint etienne" },
    { "  L'Abergement-Clémenciat ", "l abergement clemenciat" },
    { "ŒUVRE", "oeuvre" },
    { "---", "" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *key = _coop_text_normalise (cases[i].in);

      g_assert_cmpstr (key, ==, cases[i].out);
    }
}

static void
test_dates (void)
{
  const char *bad[] = { "", "2023", "2023-1-01", "2023-13-01", "2023-02-29", "0000-01-01", "2023-01-01T00:00", "2023/01/01", NULL };
  g_autoptr(GDateTime) leap = _coop_date_parse ("2024-02-29");
  g_autofree char *text = _coop_date_format (leap);

  g_assert_nonnull (leap);
  g_assert_cmpstr (text, ==, "2024-02-29");
  g_assert_null (_coop_date_format (NULL));

  for (guint i = 0; bad[i] != NULL; i++)
    g_assert_null (_coop_date_parse (bad[i]));
}

/* The range the setters accept is the reader's, counted on the UTC day
 * the writer writes. */
static void
test_dates_in_range (void)
{
  g_autoptr(GTimeZone) east = g_time_zone_new_offset (2 * 3600);
  g_autoptr(GTimeZone) west = g_time_zone_new_offset (-5 * 3600);
  g_autoptr(GDateTime) first = g_date_time_new_utc (1800, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) last = g_date_time_new_utc (3000, 12, 31, 23, 59, 59);
  g_autoptr(GDateTime) before = g_date_time_new_utc (1799, 12, 31, 23, 59, 59);
  g_autoptr(GDateTime) after = g_date_time_new_utc (3001, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) early_east = g_date_time_new (east, 1800, 1, 1, 1, 0, 0);   /* 1799-12-31 in UTC */
  g_autoptr(GDateTime) late_west = g_date_time_new (west, 3000, 12, 31, 20, 0, 0); /* 3001-01-01 in UTC */
  g_autoptr(GDateTime) min = g_date_time_new_utc (1, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) max = g_date_time_new_utc (9999, 12, 31, 0, 0, 0);

  g_assert_true (_coop_date_in_range (NULL));
  g_assert_true (_coop_date_in_range (first));
  g_assert_true (_coop_date_in_range (last));
  g_assert_false (_coop_date_in_range (before));
  g_assert_false (_coop_date_in_range (after));
  g_assert_false (_coop_date_in_range (early_east));
  g_assert_false (_coop_date_in_range (late_west));
  g_assert_false (_coop_date_in_range (min));
  g_assert_false (_coop_date_in_range (max));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Coop/Json/lines", test_json_lines);
  g_test_add_func ("/Coop/Json/errors", test_json_errors);
  g_test_add_func ("/Coop/Json/depth", test_json_depth);
  g_test_add_func ("/Coop/Json/duplicates", test_json_duplicates);
  g_test_add_func ("/Coop/Json/gzip", test_json_gzip);
  g_test_add_func ("/Coop/Json/get-int", test_json_get_int);
  g_test_add_func ("/Coop/Text/normalise", test_text_normalise);
  g_test_add_func ("/Coop/Date/parse", test_dates);
  g_test_add_func ("/Coop/Date/in-range", test_dates_in_range);

  return g_test_run ();
}
