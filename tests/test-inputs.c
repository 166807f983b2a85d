/* test-inputs.c — inputs that used to be changed silently or answered
 * with warnings: the atlas member of a model, territories of a kind only
 * the atlas has, gzip bombs, damaged atlas figures, FIFOs, huge values in
 * messages.
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "coop-atlas-private.h"
#include "coop-error.h"
#include "coop-finding.h"
#include "coop-json-private.h"
#include "coop-action.h"
#include "coop-actor.h"
#include "coop-agreement.h"
#include "coop-agreement-link.h"
#include "coop-body.h"
#include "coop-evaluation.h"
#include "coop-mandate.h"
#include "coop-meeting.h"
#include "coop-milestone.h"
#include "coop-model.h"
#include "coop-party.h"
#include "coop-pooled-resource.h"
#include "coop-post.h"
#include "coop-rating.h"
#include "coop-signature.h"
#include "coop-territory.h"
#include "coop-transition.h"
#include "coop-scale.h"
#include "coop-util-private.h"

static CoopAtlas *
open_atlas (void)
{
  g_autoptr(GError) error = NULL;
  CoopAtlas *atlas = coop_atlas_dup_default (&error);

  g_assert_no_error (error);
  return atlas;
}

static CoopModel *
load (CoopAtlas  *atlas,
      const char *document,
      GError    **error)
{
  return coop_model_new_from_data (atlas, document, -1, error);
}

/* The atlas member: an object, kept as written (unknown members too),
 * recorded from the atlas in use only when the document has none. */
static void
test_atlas_member (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  const char *wrong[] = {
    "[1, 2]", "\"6.0.0\"", "3", "{\"source\": 1}", "{\"version\": [\"6.0.0\"]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_autofree char *document = g_strdup_printf ("{\"format\": \"libcoop-model\", \"version\": 1, "
                                                   "\"atlas\": %s}", wrong[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(CoopModel) model = load (atlas, document, &error);

      g_assert_null (model);
      g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_TYPE);
      g_assert_nonnull (strstr (error->message, "$.atlas"));
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CoopModel) model = load (atlas, "{\"format\": \"libcoop-model\", \"version\": 1, "
                                       "\"atlas\": {\"source\": \"mon-atlas\", \"version\": \"0.8.0\", "
                                       "\"millesime\": 2020, \"notes\": {\"by\": \"hand\"}}}", &error);
    g_autofree char *text = NULL;
    g_autoptr(CoopModel) again = NULL;
    g_autofree char *text_again = NULL;

    g_assert_no_error (error);
    text = coop_model_to_data (model, NULL);
    g_assert_nonnull (strstr (text, "\"source\": \"mon-atlas\""));
    g_assert_nonnull (strstr (text, "\"version\": \"0.8.0\""));
    g_assert_nonnull (strstr (text, "\"millesime\": 2020"));
    g_assert_nonnull (strstr (text, "\"by\": \"hand\""));
    /* The atlas in use, another one, is recorded beside what the file said. */
    {
      g_autofree char *saved_with = g_strdup_printf ("\"saved-with\": {\n      \"source\": \"%s\",\n"
                                                     "      \"version\": \"%s\"\n    }",
                                                     coop_atlas_get_source (atlas),
                                                     coop_atlas_get_source_version (atlas));

      g_assert_nonnull (strstr (text, saved_with));
    }
    again = load (atlas, text, &error);
    g_assert_no_error (error);
    text_again = coop_model_to_data (again, NULL);
    g_assert_cmpstr (text, ==, text_again);
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CoopModel) model = load (atlas, "{\"format\": \"libcoop-model\", \"version\": 1}", &error);
    g_autofree char *text = NULL;
    g_autofree char *expected = NULL;

    g_assert_no_error (error);
    text = coop_model_to_data (model, NULL);
    expected = g_strdup_printf ("\"source\": \"%s\"", coop_atlas_get_source (atlas));
    g_assert_nonnull (strstr (text, expected));
    g_assert_null (strstr (text, "saved-with"));
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CoopModel) model = load (atlas, "{\"format\": \"libcoop-model\", \"version\": 1, "
                                       "\"atlas\": {\"source\": \"x\", \"saved-with\": [1]}}", &error);

    g_assert_null (model);
    g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_TYPE);
    g_assert_nonnull (strstr (error->message, "$.atlas.saved-with"));
  }
}

/* A user's territory of a kind only the atlas has is refused by the reader
 * and by coop_model_add_territory(), naming the place. */
static void
test_atlas_only_kinds (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  const char *kinds[] = { "departement", "region" };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *document =
        g_strdup_printf ("{\"format\": \"libcoop-model\", \"version\": 1, \"territories\": "
                         "[{\"code\": \"mon-departement\", \"kind\": \"%s\", \"name\": \"X\", "
                         "\"members\": [\"38563\"]}]}", kinds[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(CoopModel) model = load (atlas, document, &error);
      g_autoptr(CoopModel) empty = load (atlas, "{\"format\": \"libcoop-model\", \"version\": 1}", NULL);
      g_autoptr(CoopTerritory) territory = NULL;
      int kind;

      g_assert_null (model);
      g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
      g_assert_nonnull (strstr (error->message, "$.territories[0]"));
      g_assert_nonnull (strstr (error->message, kinds[i]));
      g_clear_error (&error);

      kind = i == 0 ? COOP_TERRITORY_KIND_DEPARTEMENT : COOP_TERRITORY_KIND_REGION;
      territory = coop_territory_new (kind, "mon-departement", "X");
      g_assert_false (coop_model_add_territory (empty, territory, &error));
      g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
      g_assert_cmpuint (g_list_model_get_n_items (coop_model_get_territories (empty)), ==, 0);
    }
}

static GBytes *
gzip_bytes (const char *data,
            gsize       length)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
  g_autoptr(GByteArray) out = g_byte_array_new ();
  gsize done = 0;

  for (;;)
    {
      guint8 buffer[65536];
      gsize bytes_read = 0, bytes_written = 0;
      g_autoptr(GError) error = NULL;
      GConverterResult result = g_converter_convert (G_CONVERTER (compressor), data + done, length - done,
                                                     buffer, sizeof buffer, G_CONVERTER_INPUT_AT_END,
                                                     &bytes_read, &bytes_written, &error);

      g_assert_no_error (error);
      done += bytes_read;
      g_byte_array_append (out, buffer, bytes_written);
      if (result == G_CONVERTER_FINISHED)
        return g_byte_array_free_to_bytes (g_steal_pointer (&out));
    }
}

/* A gzipped model or scale that decompresses far beyond its size is
 * refused early, with an error that says why. */
static void
test_gzip_bomb (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autofree char *directory = g_dir_make_tmp ("coop-inputs-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "bomb.json.gz", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gsize size = 20 * 1024 * 1024;
  g_autofree char *spaces = g_malloc (size);
  g_autoptr(GBytes) compressed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(CoopScale) scale = NULL;
  gint64 start;

  /* 20 MB of spaces after an empty model: about 20 KB gzipped. */
  memset (spaces, ' ', size);
  memcpy (spaces, "{\"format\": \"libcoop-model\", \"version\": 1}", 41);
  compressed = gzip_bytes (spaces, size);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (compressed, NULL), g_bytes_get_size (compressed),
                                      NULL));

  start = g_get_monotonic_time ();
  model = coop_model_new_from_file (atlas, file, NULL, &error);
  g_assert_null (model);
  g_assert_error (error, COOP_ERROR, COOP_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "bomb.json.gz"));
  g_assert_nonnull (strstr (error->message, "times its compressed size"));
  g_test_message ("refused after %" G_GINT64_FORMAT " ms", (g_get_monotonic_time () - start) / 1000);
  g_clear_error (&error);

  scale = coop_scale_new_from_file (file, NULL, &error);
  g_assert_null (scale);
  g_assert_error (error, COOP_ERROR, COOP_ERROR_PARSE);

  g_unlink (path);
  g_rmdir (directory);
}

/* The absolute limit, lowered to 1 MiB here, on a document that
 * compresses only a little: a sequence of numbers. */
static void
test_gzip_absolute_limit (void)
{
  g_autofree char *directory = g_dir_make_tmp ("coop-inputs-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "large.json.gz", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) text = g_string_new ("[");
  g_autoptr(GBytes) compressed = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  guint32 state = 12345;

  _coop_json_set_max_decompressed_size (1024 * 1024);
  while (text->len < 1024 * 1024 + 1024)
    {
      state = state * 1103515245 + 12345;
      g_string_append_printf (text, "%u,", state);
    }
  g_string_append (text, "0]");
  compressed = gzip_bytes (text->str, text->len);
  g_assert_cmpuint (g_bytes_get_size (compressed) * COOP_JSON_MAX_DECOMPRESSION_RATIO, >, text->len);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (compressed, NULL), g_bytes_get_size (compressed),
                                      NULL));

  bytes = _coop_json_read_file (file, NULL, &error);
  _coop_json_set_max_decompressed_size (COOP_JSON_MAX_DECOMPRESSED_SIZE);
  g_assert_null (bytes);
  g_assert_error (error, COOP_ERROR, COOP_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "large.json.gz"));
  g_assert_nonnull (strstr (error->message, "1048576 bytes"));

  g_unlink (path);
  g_rmdir (directory);
}

/* An atlas whose figures are out of range is refused when opened, before
 * a sum of them can overflow. */
static void
test_atlas_populations_validated (void)
{
  const char *tiny = g_getenv ("COOP_TINY_ATLAS");
  g_autofree char *contents = NULL;
  gsize length;
  /* Bilieu (tests/data/tiny-source): its population municipale, then its
   * population totale, which the communes file does not give; format 3
   * stores both as 32-bit figures, side by side, in the commune's record
   * and in its département's membership. */
  const gint32 figures[2] = { 1578, -1 };
  const gint32 huge = G_MAXINT32;
  guint changed = 0;

  g_assert_nonnull (tiny);
  g_assert_true (g_file_get_contents (tiny, &contents, &length, NULL));

  for (gsize offset = 0; offset + sizeof figures <= length; offset++)
    {
      if (memcmp (contents + offset, figures, sizeof figures) == 0)
        {
          g_autofree char *copy = g_memdup2 (contents, length);
          g_autoptr(GBytes) bytes = NULL;
          g_autoptr(GError) error = NULL;
          g_autoptr(CoopAtlas) atlas = NULL;

          memcpy (copy + offset, &huge, sizeof huge);
          bytes = g_bytes_new_take (g_steal_pointer (&copy), length);
          atlas = _coop_atlas_new_for_bytes (bytes, &error);
          g_assert_null (atlas);
          g_assert_error (error, COOP_ERROR, COOP_ERROR_CORRUPT_ATLAS);
          g_assert_nonnull (strstr (error->message, "population"));
          changed++;
        }
    }
  g_assert_cmpuint (changed, >=, 2);
}

/* A FIFO named as the atlas is refused without blocking. */
static void
test_atlas_fifo (void)
{
  g_autofree char *directory = g_dir_make_tmp ("coop-inputs-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "atlas.fifo", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = NULL;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  atlas = coop_atlas_new_for_file (file, NULL, &error);
  g_assert_null (atlas);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_nonnull (strstr (error->message, path));

  g_unlink (path);
  g_rmdir (directory);
}

/* Errors and findings quote a bounded prefix of a huge value. */
static void
test_bounded_messages (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  gsize size = 5 * 1024 * 1024;
  g_autofree char *value = g_malloc (size + 1);
  g_autofree char *document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autofree char *bounded = NULL;

  memset (value, 'x', size);
  value[size] = '\0';

  /* An unknown kind: a load error. */
  document = g_strdup_printf ("{\"format\": \"libcoop-model\", \"version\": 1, \"territories\": "
                              "[{\"code\": \"p\", \"kind\": \"%s\", \"name\": \"P\"}]}", value);
  model = load (atlas, document, &error);
  g_assert_null (model);
  g_assert_nonnull (error);
  g_assert_cmpuint (strlen (error->message), <, 2 * COOP_MESSAGE_MAX_CHARS);
  g_assert_nonnull (strstr (error->message, "xxxxxxxxxx…"));
  g_clear_error (&error);
  g_free (document);

  /* An unknown member reference: a finding of validate. */
  document = g_strdup_printf ("{\"format\": \"libcoop-model\", \"version\": 1, \"territories\": "
                              "[{\"code\": \"p\", \"kind\": \"pays\", \"name\": \"P\", \"members\": [\"%s\"]}]}",
                              value);
  model = load (atlas, document, &error);
  g_assert_no_error (error);
  findings = coop_model_validate (model);
  g_assert_cmpuint (g_list_model_get_n_items (findings), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoopFinding) finding = g_list_model_get_item (findings, i);

      g_assert_cmpuint (strlen (coop_finding_get_message (finding)), <, 2 * COOP_MESSAGE_MAX_CHARS);
    }

  /* A value holding its own closing quote still gives a bounded message,
   * its beginning and its end kept. */
  value[10] = '\0';
  bounded = _coop_bound_message ("start “xxxxxxxxxx” and “a”b” end");
  g_assert_cmpstr (bounded, ==, "start “xxxxxxxxxx” and “a”b” end");
  g_free (bounded);
  {
    g_autoptr(GString) message = g_string_new ("“");

    for (guint i = 0; i < 3000; i++)
      g_string_append (message, "ab”");
    g_string_append (message, "” expected");
    bounded = _coop_bound_message (message->str);
    g_assert_cmpuint (g_utf8_strlen (bounded, -1), <=, COOP_MESSAGE_MAX_CHARS);
    g_assert_true (g_str_has_suffix (bounded, "expected"));
  }
}

/* Byte strings that are not UTF-8: a lone byte, a truncated sequence, an
 * encoded UTF-16 surrogate, a code point above U+10FFFF and an overlong
 * form. */
static const char * const not_utf8[] = {
  "\xff", "caf\xc3", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf",
};

/* Sets each writable string (or string list) property of @object that is
 * not construct-only to each value of not_utf8 and checks the setter
 * refuses it and leaves the property as it was; returns how many
 * properties it tried. */
static guint
check_string_properties (GObject *object)
{
  g_autofree GParamSpec **specs = NULL;
  guint n_specs;
  guint n_tried = 0;

  specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_specs);
  for (guint i = 0; i < n_specs; i++)
    {
      GType type = specs[i]->value_type;

      if ((specs[i]->flags & G_PARAM_WRITABLE) == 0 ||
          (specs[i]->flags & G_PARAM_CONSTRUCT_ONLY) != 0 ||
          (type != G_TYPE_STRING && type != G_TYPE_STRV))
        continue;

      for (guint j = 0; j < G_N_ELEMENTS (not_utf8); j++)
        {
          const char *list[] = { "ok", not_utf8[j], NULL };
          g_auto(GValue) before = G_VALUE_INIT;
          g_auto(GValue) after = G_VALUE_INIT;

          g_value_init (&before, type);
          g_value_init (&after, type);
          g_object_get_property (object, specs[i]->name, &before);
          g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*_is_valid*");
          if (type == G_TYPE_STRING)
            g_object_set (object, specs[i]->name, not_utf8[j], NULL);
          else
            g_object_set (object, specs[i]->name, list, NULL);
          g_test_assert_expected_messages ();
          g_object_get_property (object, specs[i]->name, &after);
          if (type == G_TYPE_STRING)
            g_assert_cmpstr (g_value_get_string (&before), ==, g_value_get_string (&after));
          else
            g_assert_true (g_strv_equal (g_value_get_boxed (&before) != NULL ? g_value_get_boxed (&before)
                                                                             : (const char *[]) { NULL },
                                         g_value_get_boxed (&after) != NULL ? g_value_get_boxed (&after)
                                                                            : (const char *[]) { NULL }));
        }
      n_tried++;
    }
  return n_tried;
}

/* Constructs @type with its construct-only string @property set to a
 * value that is not UTF-8: refused, the property stays unset. */
static void
check_construct_property (GType       type,
                          const char *property)
{
  for (guint j = 0; j < G_N_ELEMENTS (not_utf8); j++)
    {
      g_autoptr(GObject) object = NULL;
      g_autofree char *value = NULL;

      g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*_coop_text_is_valid*");
      object = g_object_new (type, property, not_utf8[j], NULL);
      g_test_assert_expected_messages ();
      g_object_get (object, property, &value, NULL);
      g_assert_null (value);
    }
}

/* What the reader refuses (a document that is not UTF-8), every setter
 * of a string a document saves refuses: a constructor returns NULL, a
 * setter leaves the value as it was (a critical warning: a programmer
 * error, as a date out of range is), and the functions that report
 * errors set COOP_ERROR_INVALID_VALUE naming the member. Text that is
 * UTF-8, whatever its characters, is kept and read back. */
static void
test_setters_utf8 (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(GDateTime) day = g_date_time_new_utc (2024, 3, 1, 0, 0, 0);
  const char *bad = not_utf8[0];
  const char *bad_list[] = { "38185", bad, NULL };
  g_autoptr(CoopModel) model = coop_model_new (atlas);
  g_autoptr(CoopTerritory) territory = coop_territory_new (COOP_TERRITORY_KIND_PAYS, "pays-x", "Pays X");
  g_autoptr(CoopActor) actor = coop_actor_new ("a", COOP_ACTOR_KIND_ELECTED_OFFICIAL, "A");
  g_autoptr(CoopPost) post = coop_post_new ("p", "P", COOP_ROLE_PRESIDENT);
  g_autoptr(CoopMandate) mandate = coop_mandate_new ("m", "a", COOP_ROLE_PRESIDENT);
  g_autoptr(CoopBody) body = coop_body_new ("b", COOP_BODY_KIND_COMITE_DE_PILOTAGE, "B");
  g_autoptr(CoopMeeting) meeting = coop_meeting_new (day, "T");
  g_autoptr(CoopAgreement) agreement = coop_agreement_new ("g", COOP_AGREEMENT_KIND_CONVENTION_INTERTERRITORIALE, "G");
  g_autoptr(CoopParty) party = coop_party_new ("38185", COOP_PARTY_ROLE_SIGNATORY);
  g_autoptr(CoopSignature) signature = coop_signature_new ("38185");
  g_autoptr(CoopAgreementLink) link = coop_agreement_link_new (COOP_RELATION_RENEWS, "h");
  g_autoptr(CoopMilestone) milestone = coop_milestone_new ("M");
  g_autoptr(CoopAction) action = coop_action_new ("x", "X");
  g_autoptr(CoopEvaluation) evaluation = coop_evaluation_new (day);
  g_autoptr(CoopPooledResource) resource = coop_pooled_resource_new (COOP_RESOURCE_KIND_STAFF,
                                                                     COOP_POOLING_MODE_MUTUALISATION, "R");
  g_autoptr(CoopRating) rating = coop_rating_new ("r", "a", "38185", "200040715", 2);
  GObject *objects[] = {
    G_OBJECT (model), G_OBJECT (territory), G_OBJECT (actor), G_OBJECT (post), G_OBJECT (mandate),
    G_OBJECT (body), G_OBJECT (meeting), G_OBJECT (agreement), G_OBJECT (party), G_OBJECT (signature),
    G_OBJECT (link), G_OBJECT (milestone), G_OBJECT (action), G_OBJECT (evaluation), G_OBJECT (resource),
    G_OBJECT (rating),
  };
  const struct { GType (*get_type) (void); const char *property; } construct_only[] = {
    { coop_territory_get_type, "code" },
    { coop_actor_get_type, "id" }, { coop_actor_get_type, "name" },
    { coop_post_get_type, "id" }, { coop_post_get_type, "label" },
    { coop_mandate_get_type, "id" }, { coop_mandate_get_type, "actor" },
    { coop_body_get_type, "id" }, { coop_body_get_type, "name" },
    { coop_meeting_get_type, "topic" },
    { coop_agreement_get_type, "id" }, { coop_agreement_get_type, "title" },
    { coop_party_get_type, "reference" }, { coop_signature_get_type, "signatory" },
    { coop_agreement_link_get_type, "agreement" }, { coop_milestone_get_type, "title" },
    { coop_action_get_type, "id" }, { coop_action_get_type, "title" },
    { coop_pooled_resource_get_type, "title" },
    { coop_rating_get_type, "id" }, { coop_rating_get_type, "rater" },
    { coop_rating_get_type, "territory" }, { coop_rating_get_type, "partner" },
    { coop_transition_get_type, "note" },
  };
  guint n_tried = 0;

  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    n_tried += check_string_properties (objects[i]);
  /* Every writable string of the model's objects, counted so that a new
   * one is not left out silently: name and description of the model, of
   * the territory its name and members, and the notes, descriptions,
   * references and lists of the others. */
  g_assert_cmpuint (n_tried, ==, 29);
  for (guint i = 0; i < G_N_ELEMENTS (construct_only); i++)
    check_construct_property (construct_only[i].get_type (), construct_only[i].property);

  /* The constructors. */
#define REFUSED(call)                                                        \
  G_STMT_START {                                                             \
    g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*_coop_text_is_valid*"); \
    g_assert_null (call);                                                    \
    g_test_assert_expected_messages ();                                      \
  } G_STMT_END
  REFUSED (coop_territory_new (COOP_TERRITORY_KIND_PAYS, bad, "Pays"));
  REFUSED (coop_territory_new (COOP_TERRITORY_KIND_PAYS, "pays", bad));
  REFUSED (coop_actor_new (bad, COOP_ACTOR_KIND_STAFF, "A"));
  REFUSED (coop_actor_new ("a", COOP_ACTOR_KIND_STAFF, bad));
  REFUSED (coop_post_new (bad, "P", COOP_ROLE_PRESIDENT));
  REFUSED (coop_post_new ("p", bad, COOP_ROLE_PRESIDENT));
  REFUSED (coop_mandate_new (bad, "a", COOP_ROLE_PRESIDENT));
  REFUSED (coop_mandate_new ("m", bad, COOP_ROLE_PRESIDENT));
  REFUSED (coop_body_new (bad, COOP_BODY_KIND_COMITE_DE_PILOTAGE, "B"));
  REFUSED (coop_body_new ("b", COOP_BODY_KIND_COMITE_DE_PILOTAGE, bad));
  REFUSED (coop_meeting_new (day, bad));
  REFUSED (coop_agreement_new (bad, COOP_AGREEMENT_KIND_CONVENTION_INTERTERRITORIALE, "G"));
  REFUSED (coop_agreement_new ("g", COOP_AGREEMENT_KIND_CONVENTION_INTERTERRITORIALE, bad));
  REFUSED (coop_party_new (bad, COOP_PARTY_ROLE_SIGNATORY));
  REFUSED (coop_signature_new (bad));
  REFUSED (coop_agreement_link_new (COOP_RELATION_RENEWS, bad));
  REFUSED (coop_milestone_new (bad));
  REFUSED (coop_action_new (bad, "X"));
  REFUSED (coop_action_new ("x", bad));
  REFUSED (coop_pooled_resource_new (COOP_RESOURCE_KIND_STAFF, COOP_POOLING_MODE_MUTUALISATION, bad));
  REFUSED (coop_rating_new (bad, "a", "38185", "200040715", 2));
  REFUSED (coop_rating_new ("r", bad, "38185", "200040715", 2));
  REFUSED (coop_rating_new ("r", "a", bad, "200040715", 2));
  REFUSED (coop_rating_new ("r", "a", "38185", bad, 2));
  REFUSED (coop_transition_new (COOP_AGREEMENT_STATUS_DRAFT, COOP_AGREEMENT_STATUS_NEGOTIATION, day, bad));
#undef REFUSED

  /* Setters that are not properties. */
  g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*_coop_text_is_valid*");
  g_assert_false (coop_territory_add_member_code (territory, bad));
  g_test_assert_expected_messages ();
  g_assert_cmpuint (g_strv_length ((char **) coop_territory_get_member_codes (territory)), ==, 0);
  g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*_coop_strv_is_valid*");
  coop_action_set_holders (action, COOP_FUNCTION_FUNDING, bad_list);
  g_test_assert_expected_messages ();
  g_test_expect_message ("Coop", G_LOG_LEVEL_CRITICAL, "*_coop_text_is_valid*");
  coop_action_add_holder (action, COOP_FUNCTION_FUNDING, bad);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (g_strv_length ((char **) coop_action_get_holders (action, COOP_FUNCTION_FUNDING)), ==, 0);

  /* The functions that report errors name the member. */
  {
    struct { const char *code, *label, *reference, *member; } cases[] = {
      { bad, NULL, NULL, "“kind”" },
      { "maison-de-sante", bad, NULL, "“kind-label”" },
      { "maison-de-sante", "Maison", bad, "“kind-legal-reference”" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(GError) error = NULL;

        g_assert_false (coop_actor_set_kind_code (actor, cases[i].code, cases[i].label, cases[i].reference, &error));
        g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
        g_assert_nonnull (strstr (error->message, cases[i].member));
        g_assert_nonnull (strstr (error->message, "UTF-8"));
        g_assert_true (g_utf8_validate (error->message, -1, NULL));
        g_clear_error (&error);
        g_assert_false (coop_body_set_kind_code (body, cases[i].code, cases[i].label, cases[i].reference, &error));
        g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
        g_clear_error (&error);
        g_assert_false (coop_agreement_set_kind_code (agreement, cases[i].code, cases[i].label, cases[i].reference,
                                                      &error));
        g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
        g_clear_error (&error);
      }
    g_assert_cmpstr (coop_actor_get_kind_code (actor), ==, "elected-official");
    g_assert_cmpstr (coop_body_get_kind_code (body), ==, "comite-de-pilotage");
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (coop_agreement_transition (agreement, COOP_AGREEMENT_STATUS_NEGOTIATION, day, bad, &error));
    g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
    g_assert_nonnull (strstr (error->message, "“g”"));
    g_assert_cmpint (coop_agreement_get_status (agreement), ==, COOP_AGREEMENT_STATUS_DRAFT);
  }

  /* The reader refuses the same bytes where a setter would have put them,
   * through the same check. */
  for (guint j = 0; j < G_N_ELEMENTS (not_utf8); j++)
    {
      g_autofree char *document = g_strdup_printf ("{\"format\": \"libcoop-model\", \"version\": 1, "
                                                   "\"name\": \"%s\"}", not_utf8[j]);
      g_autoptr(GError) error = NULL;
      g_autoptr(CoopModel) loaded = load (atlas, document, &error);

      g_assert_null (loaded);
      g_assert_error (error, COOP_ERROR, COOP_ERROR_PARSE);
      g_assert_nonnull (strstr (error->message, "UTF-8"));
    }

  /* UTF-8 text of any plane is kept and read back. */
  {
    const char *text = "Saint-Étienne \xf0\x9f\x98\x80 \xe2\x80\xa8 \xf4\x8f\xbf\xbf";
    g_autoptr(GError) error = NULL;
    g_autofree char *data = NULL;
    g_autoptr(CoopModel) loaded = NULL;

    coop_model_set_name (model, text);
    coop_actor_set_description (actor, text);
    g_assert_true (coop_model_add_actor (model, actor, &error));
    g_assert_no_error (error);
    data = coop_model_to_data (model, NULL);
    loaded = load (atlas, data, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (coop_model_get_name (loaded), ==, text);
    g_assert_cmpstr (coop_actor_get_description (coop_model_get_actor (loaded, "a")), ==, text);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Coop/Inputs/atlas-member", test_atlas_member);
  g_test_add_func ("/Coop/Inputs/atlas-only-kinds", test_atlas_only_kinds);
  g_test_add_func ("/Coop/Inputs/gzip/bomb", test_gzip_bomb);
  g_test_add_func ("/Coop/Inputs/gzip/absolute-limit", test_gzip_absolute_limit);
  g_test_add_func ("/Coop/Inputs/atlas/populations", test_atlas_populations_validated);
  g_test_add_func ("/Coop/Inputs/atlas/fifo", test_atlas_fifo);
  g_test_add_func ("/Coop/Inputs/bounded-messages", test_bounded_messages);
  g_test_add_func ("/Coop/Inputs/setters/utf8", test_setters_utf8);

  return g_test_run ();
}
