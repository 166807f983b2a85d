/* test-cooperation-io.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "coop-model-collections-private.h"
#include "coop-error.h"
#include "coop-finding.h"

#define DOC(sections) "{\"format\": \"libcoop-model\", \"version\": 1, " sections "}"

static CoopAtlas *
open_atlas (void)
{
  g_autoptr(GError) error = NULL;
  CoopAtlas *atlas = coop_atlas_dup_default (&error);

  g_assert_no_error (error);
  return atlas;
}

static void
test_io_sample_round_trip (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "data", "sample-model.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CoopModel *model;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  model = coop_model_new_from_file (atlas, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (coop_model_get_agreements (model)), >=, 10);
  g_assert_cmpuint (g_list_model_get_n_items (coop_model_get_bodies (model)), >=, 10);
  g_assert_true (g_list_model_get_item_type (coop_model_get_agreements (model)) == COOP_TYPE_AGREEMENT);

  written = coop_model_to_data (model, NULL);
  g_assert_cmpstr (written, ==, contents);
  g_assert_finalize_object (model);
}

static void
test_io_unknown_members (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(CoopModel) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  const char *document =
    DOC ("\"actors\": [{\"id\": \"a\", \"kind\": \"staff\", \"name\": \"A\", \"x-actor\": {\"deep\": [1, 2.5, true, null]}}], "
         "\"bodies\": [{\"id\": \"b\", \"kind\": \"bureau\", \"name\": \"B\", "
         "  \"meetings\": [{\"date\": \"2026-01-01\", \"topic\": \"T\", \"x-meeting\": \"kept\"}]}], "
         "\"agreements\": [{\"id\": \"g\", \"kind\": \"charte\", \"title\": \"G\", \"x-agreement\": 1, "
         "  \"parties\": [{\"reference\": \"38563\", \"role\": \"lead\", \"x-party\": \"kept\"}], "
         "  \"actions\": [{\"id\": \"x\", \"title\": \"X\", \"x-action\": \"kept\", "
         "    \"who-does-what\": {\"funding\": [\"38563\"]}}]}]");

  model = coop_model_new_from_data (atlas, document, -1, &error);
  g_assert_no_error (error);
  first = coop_model_to_data (model, NULL);
  for (guint i = 0; i < 5; i++)
    {
      const char *kept[] = { "\"x-actor\"", "\"x-meeting\": \"kept\"", "\"x-agreement\": 1", "\"x-party\": \"kept\"", "\"x-action\": \"kept\"" };

      g_assert_nonnull (strstr (first, kept[i]));
    }
  g_assert_nonnull (strstr (first, "2.5"));

  again = coop_model_new_from_data (atlas, first, -1, &error);
  g_assert_no_error (error);
  second = coop_model_to_data (again, NULL);
  g_assert_cmpstr (first, ==, second);
}

static void
test_io_canonical_order (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  const char *document =
    DOC ("\"agreements\": [{\"title\": \"Z\", \"kind\": \"charte\", \"id\": \"z\"}, {\"id\": \"a\", \"title\": \"A\", \"kind\": \"charte\"}], "
         "\"actors\": [{\"name\": \"B\", \"id\": \"b\", \"kind\": \"staff\"}, {\"id\": \"a\", \"kind\": \"resident\", \"name\": \"A\"}]");

  model = coop_model_new_from_data (atlas, document, -1, &error);
  g_assert_no_error (error);
  written = coop_model_to_data (model, NULL);
  /* Sections in a fixed order, items by identifier, members in a fixed order. */
  g_assert_true (strstr (written, "\"actors\"") < strstr (written, "\"agreements\""));
  g_assert_true (strstr (written, "\"id\": \"a\",\n      \"kind\": \"resident\"") != NULL);
  g_assert_true (strstr (written, "\"name\": \"A\"") < strstr (written, "\"name\": \"B\""));
  g_assert_nonnull (strstr (written, "\"status\": \"draft\""));
}

static void
test_io_territories_only_unchanged (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = coop_model_new (atlas);
  g_autofree char *written = coop_model_to_data (model, NULL);

  g_assert_null (strstr (written, "\"actors\""));
  g_assert_null (strstr (written, "\"agreements\""));
}

typedef struct
{
  const char *document;
  CoopError   code;
  const char *fragments[3];
} BadDocument;

static const BadDocument bad_documents[] = {
  { DOC ("\"actors\": {}"), COOP_ERROR_INVALID_TYPE, { "$.actors", "expected an array", NULL } },
  { DOC ("\"actors\": [3]"), COOP_ERROR_INVALID_TYPE, { "$.actors[0]", "expected an object", NULL } },
  { DOC ("\"actors\": [{\"id\": \"a\", \"kind\": 3, \"name\": \"A\"}]"), COOP_ERROR_INVALID_TYPE,
    { "$.actors[0]", "“kind” is a number", NULL } },
  { DOC ("\"actors\": [{\"id\": \"a\", \"kind\": \"mayor\", \"name\": \"A\"}]"), COOP_ERROR_INVALID_VALUE,
    { "“kind” is “mayor”", "“kind-label”", NULL } },
  { DOC ("\"actors\": [{\"id\": \"a\", \"name\": \"A\"}]"), COOP_ERROR_MISSING_FIELD,
    { "$.actors[0]", "“kind” is missing", NULL } },
  { DOC ("\"actors\": [{\"id\": \"\", \"kind\": \"staff\", \"name\": \"A\"}]"), COOP_ERROR_INVALID_VALUE,
    { "$.actors[0]", "“id” is empty", NULL } },
  { DOC ("\"actors\": [{\"id\": \"a\", \"kind\": \"staff\", \"name\": \"A\"}, {\"id\": \"a\", \"kind\": \"staff\", \"name\": \"B\"}]"),
    COOP_ERROR_DUPLICATE, { "$.actors[1]", "already has an actor “a”", NULL } },
  { DOC ("\"actors\": [{\"id\": \"a\", \"kind\": \"staff\", \"name\": \"A\", \"name\": \"B\"}]"), COOP_ERROR_DUPLICATE,
    { "“name” appears twice", NULL } },
  { DOC ("\"mandates\": [{\"id\": \"m\", \"actor\": \"a\", \"role\": \"member\", \"start\": \"2026-02-30\"}]"),
    COOP_ERROR_INVALID_VALUE, { "$.mandates[0]", "“start” is “2026-02-30”", "YYYY-MM-DD" } },
  { DOC ("\"mandates\": [{\"id\": \"m\", \"actor\": \"a\", \"role\": \"member\", \"voting\": \"yes\"}]"),
    COOP_ERROR_INVALID_TYPE, { "$.mandates[0]", "“voting” is a string", "true or false" } },
  { DOC ("\"posts\": [{\"id\": \"p\", \"label\": \"P\", \"role\": \"member\", \"seats\": 0}]"),
    COOP_ERROR_INVALID_VALUE, { "$.posts[0]", "“seats” is 0", NULL } },
  { DOC ("\"bodies\": [{\"id\": \"b\", \"kind\": \"bureau\", \"name\": \"B\", \"scope\": [\"38563\", \"38563\"]}]"),
    COOP_ERROR_DUPLICATE, { "$.bodies[0].scope[1]", "listed twice", NULL } },
  { DOC ("\"bodies\": [{\"id\": \"b\", \"kind\": \"bureau\", \"name\": \"B\", \"start\": \"2021-13-01\"}]"),
    COOP_ERROR_INVALID_VALUE, { "$.bodies[0]", "“start” is “2021-13-01”", "YYYY-MM-DD" } },
  { DOC ("\"bodies\": [{\"id\": \"b\", \"kind\": \"bureau\", \"name\": \"B\", \"end\": 2026}]"),
    COOP_ERROR_INVALID_TYPE, { "$.bodies[0]", "“end”", NULL } },
  { DOC ("\"posts\": [{\"id\": \"p\", \"label\": \"P\", \"role\": \"member\", \"start\": \"1799-12-31\"}]"),
    COOP_ERROR_INVALID_VALUE, { "$.posts[0]", "“start” is “1799-12-31”", NULL } },
  { DOC ("\"bodies\": [{\"id\": \"b\", \"kind\": \"bureau\", \"name\": \"B\", \"meetings\": [{\"topic\": \"T\"}]}]"),
    COOP_ERROR_MISSING_FIELD, { "$.bodies[0].meetings[0]", "“date” is missing", NULL } },
  { DOC ("\"agreements\": [{\"id\": \"g\", \"kind\": \"charte\", \"title\": \"G\", \"status\": \"signed-off\"}]"),
    COOP_ERROR_INVALID_VALUE, { "$.agreements[0]", "“status” is “signed-off”", "“in-force”" } },
  { DOC ("\"agreements\": [{\"id\": \"g\", \"kind\": \"charte\", \"title\": \"G\", "
         "\"parties\": [{\"reference\": \"38563\", \"role\": \"lead\"}, {\"reference\": \"38563\", \"role\": \"lead\"}]}]"),
    COOP_ERROR_DUPLICATE, { "$.agreements[0].parties[1]", "once per role", NULL } },
  { DOC ("\"agreements\": [{\"id\": \"g\", \"kind\": \"charte\", \"title\": \"G\", "
         "\"actions\": [{\"id\": \"x\", \"title\": \"X\"}, {\"id\": \"x\", \"title\": \"Y\"}]}]"),
    COOP_ERROR_DUPLICATE, { "$.agreements[0].actions[1]", "action “x”", NULL } },
  { DOC ("\"agreements\": [{\"id\": \"g\", \"kind\": \"charte\", \"title\": \"G\", "
         "\"actions\": [{\"id\": \"x\", \"title\": \"X\", \"who-does-what\": {\"paying\": [\"38563\"]}}]}]"),
    COOP_ERROR_INVALID_VALUE, { "who-does-what", "“paying” is not a function", "“funding”" } },
  { DOC ("\"agreements\": [{\"id\": \"g\", \"kind\": \"charte\", \"title\": \"G\", "
         "\"actions\": [{\"id\": \"x\", \"title\": \"X\", \"who-does-what\": {\"funding\": \"38563\"}}]}]"),
    COOP_ERROR_INVALID_TYPE, { "who-does-what.funding", "expected an array", NULL } },
  { DOC ("\"agreements\": [{\"id\": \"g\", \"kind\": \"charte\", \"title\": \"G\", "
         "\"actions\": [{\"id\": \"x\", \"title\": \"X\", \"progress\": 101}]}]"),
    COOP_ERROR_INVALID_VALUE, { "$.agreements[0].actions[0]", "“progress” is 101", NULL } },
  { DOC ("\"agreements\": [{\"id\": \"g\", \"kind\": \"charte\", \"title\": \"G\", "
         "\"history\": [{\"from-status\": \"draft\", \"to-status\": \"negotiation\", \"date\": \"yesterday\"}]}]"),
    COOP_ERROR_INVALID_VALUE, { "$.agreements[0].history[0]", "“date” is “yesterday”", NULL } },
  { DOC ("\"agreements\": [{\"id\": \"g\", \"kind\": \"charte\", \"title\": \"G\", "
         "\"pooled-resources\": [{\"kind\": \"staff\", \"mode\": \"sharing\", \"title\": \"T\"}]}]"),
    COOP_ERROR_INVALID_VALUE, { "“mode” is “sharing”", "“mutualisation”", NULL } },
};

static void
test_io_bad_documents (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();

  for (guint i = 0; i < G_N_ELEMENTS (bad_documents); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CoopModel) model = coop_model_new_from_data (atlas, bad_documents[i].document, -1, &error);

      g_test_message ("document %u: %s", i, error != NULL ? error->message : "(no error)");
      g_assert_null (model);
      g_assert_error (error, COOP_ERROR, (int)bad_documents[i].code);
      /* Every error names the line: the documents are one line long. */
      g_assert_true (g_str_has_prefix (error->message, "<data>:1: "));
      for (guint f = 0; f < G_N_ELEMENTS (bad_documents[i].fragments) && bad_documents[i].fragments[f] != NULL; f++)
        g_assert_nonnull (strstr (error->message, bad_documents[i].fragments[f]));
    }
}

static void
test_io_territory_without_members (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(CoopFinding) finding = NULL;
  const char *document = DOC ("\"territories\": [{\"code\": \"pays-vide\", \"kind\": \"pays\", \"name\": \"Pays\", \"members\": []}]");

  /* A perimeter with no member is a warning, not a crash. */
  model = coop_model_new_from_data (atlas, document, -1, &error);
  g_assert_no_error (error);
  findings = coop_model_check (model, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);
  finding = g_list_model_get_item (findings, 0);
  g_assert_cmpstr (coop_finding_get_code (finding), ==, "empty-perimeter");
}

static void
test_io_dangling_references_kept (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autofree char *written = NULL;
  const char *document = DOC ("\"mandates\": [{\"id\": \"m\", \"actor\": \"nobody\", \"role\": \"member\", \"body\": \"nowhere\"}]");

  model = coop_model_new_from_data (atlas, document, -1, &error);
  g_assert_no_error (error);
  written = coop_model_to_data (model, NULL);
  g_assert_nonnull (strstr (written, "\"actor\": \"nobody\""));
  g_assert_nonnull (strstr (written, "\"body\": \"nowhere\""));
}

static void
test_io_save_and_reload (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = coop_model_new (atlas);
  g_autoptr(CoopModel) reloaded = NULL;
  g_autoptr(CoopAgreement) agreement = coop_agreement_new ("plan-2026", COOP_AGREEMENT_KIND_PLAN_DE_COOPERATION, "Plan 2026");
  g_autoptr(CoopAction) action = coop_action_new ("a1", "Action");
  g_autoptr(CoopParty) party = coop_party_new ("243800984", COOP_PARTY_ROLE_LEAD);
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 1, 15, 0, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileIOStream) stream = NULL;
  g_autoptr(GFile) file = g_file_new_tmp ("coop-XXXXXX.json", &stream, &error);
  CoopAgreement *loaded;
  CoopAction *loaded_action;

  g_assert_no_error (error);
  coop_action_add_holder (action, COOP_FUNCTION_DELIVERY, "243800984");
  coop_agreement_add_party (agreement, party, NULL);
  coop_agreement_add_action (agreement, action, NULL);
  g_assert_true (coop_agreement_transition (agreement, COOP_AGREEMENT_STATUS_NEGOTIATION, date, "opened", &error));
  g_assert_true (coop_model_add_agreement (model, agreement, &error));
  g_assert_true (coop_model_save_to_file (model, file, NULL, &error));
  g_assert_no_error (error);

  reloaded = coop_model_new_from_file (atlas, file, NULL, &error);
  g_assert_no_error (error);
  loaded = coop_model_get_agreement (reloaded, "plan-2026");
  g_assert_nonnull (loaded);
  g_assert_cmpint (coop_agreement_get_status (loaded), ==, COOP_AGREEMENT_STATUS_NEGOTIATION);
  g_assert_cmpuint (g_list_model_get_n_items (coop_agreement_get_history (loaded)), ==, 1);
  loaded_action = coop_agreement_lookup_action (loaded, "a1");
  g_assert_cmpstr (coop_action_get_holders (loaded_action, COOP_FUNCTION_DELIVERY)[0], ==, "243800984");
  g_file_delete (file, NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Coop/CooperationIO/sample-round-trip", test_io_sample_round_trip);
  g_test_add_func ("/Coop/CooperationIO/unknown-members", test_io_unknown_members);
  g_test_add_func ("/Coop/CooperationIO/canonical-order", test_io_canonical_order);
  g_test_add_func ("/Coop/CooperationIO/territories-only", test_io_territories_only_unchanged);
  g_test_add_func ("/Coop/CooperationIO/bad-documents", test_io_bad_documents);
  g_test_add_func ("/Coop/CooperationIO/dangling-references", test_io_dangling_references_kept);
  g_test_add_func ("/Coop/CooperationIO/territory-without-members", test_io_territory_without_members);
  g_test_add_func ("/Coop/CooperationIO/save-and-reload", test_io_save_and_reload);

  return g_test_run ();
}
