/* test-checks.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdio.h>

#include "coop-agreement-private.h"
#include "coop-model-collections-private.h"
#include "coop-error.h"
#include "coop-finding.h"

/* Every check, on a small document, both ways. */

#define DOC(sections) "{\"format\": \"libcoop-model\", \"version\": 1, " sections "}"

#define ACTORS "\"actors\": [{\"id\": \"a\", \"kind\": \"elected-official\", \"name\": \"A\"}," \
  "{\"id\": \"b\", \"kind\": \"staff\", \"name\": \"B\"}]"

#define ALL_FUNCTIONS(x, y) "{\"political-decision\": [\"" x "\"], \"steering\": [\"" x "\"], " \
  "\"funding\": [\"" y "\"], \"project-ownership\": [\"" x "\"], \"delivery\": [\"" y "\"], " \
  "\"facilitation\": [\"" x "\"], \"evaluation\": [\"" x "\"], \"communication\": [\"" y "\"]}"

static guint
count_findings (const char *document,
                const char *date_text,
                const char *code,
                CoopSeverity *severity)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = coop_atlas_dup_default (&error);
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GDateTime) date = NULL;
  guint count = 0;
  int y, m, d;

  g_assert_no_error (error);
  model = coop_model_new_from_data (atlas, document, -1, &error);
  g_assert_no_error (error);

  g_assert_cmpint (sscanf (date_text, "%d-%d-%d", &y, &m, &d), ==, 3);
  date = g_date_time_new_utc (y, m, d, 0, 0, 0);
  findings = coop_model_check (model, date);
  g_assert_true (g_list_model_get_item_type (findings) == COOP_TYPE_FINDING);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoopFinding) finding = g_list_model_get_item (findings, i);

      if (g_str_equal (coop_finding_get_code (finding), code))
        {
          count++;
          if (severity != NULL)
            *severity = coop_finding_get_severity (finding);
          g_assert_cmpuint (coop_finding_get_line (finding), >, 0);
          g_assert_true (g_str_has_prefix (coop_finding_get_path (finding), "$."));
        }
    }

  return count;
}

static void
test_check_function_unheld (void)
{
  CoopSeverity severity;
  const char *held = DOC (ACTORS ", \"agreements\": [{\"id\": \"p\", \"kind\": \"charte\", \"title\": \"P\", "
                          "\"parties\": [{\"reference\": \"38563\", \"role\": \"lead\"}, {\"reference\": \"38565\", \"role\": \"partner\"}], "
                          "\"actions\": [{\"id\": \"x\", \"title\": \"X\", \"who-does-what\": " ALL_FUNCTIONS ("38563", "38565") "}]}]");
  const char *unheld = DOC (ACTORS ", \"agreements\": [{\"id\": \"p\", \"kind\": \"charte\", \"title\": \"P\", "
                            "\"actions\": [{\"id\": \"x\", \"title\": \"X\", \"who-does-what\": {\"funding\": [\"38563\"]}}]}]");
  const char *abandoned = DOC ("\"agreements\": [{\"id\": \"p\", \"kind\": \"charte\", \"title\": \"P\", "
                               "\"actions\": [{\"id\": \"x\", \"title\": \"X\", \"status\": \"abandoned\"}]}]");

  g_assert_cmpuint (count_findings (held, "2026-01-01", "function-unheld", NULL), ==, 0);
  g_assert_cmpuint (count_findings (unheld, "2026-01-01", "function-unheld", &severity), ==, 7);
  g_assert_cmpint (severity, ==, COOP_SEVERITY_WARNING);
  g_assert_cmpuint (count_findings (abandoned, "2026-01-01", "function-unheld", NULL), ==, 0);
}

static void
test_check_single_structure (void)
{
  CoopSeverity severity;
  const char *shared = DOC ("\"agreements\": [{\"id\": \"p\", \"kind\": \"charte\", \"title\": \"P\", "
                            "\"actions\": [{\"id\": \"x\", \"title\": \"X\", \"who-does-what\": " ALL_FUNCTIONS ("38563", "38565") "}]}]");
  const char *silo = DOC ("\"agreements\": [{\"id\": \"p\", \"kind\": \"charte\", \"title\": \"P\", "
                          "\"actions\": [{\"id\": \"x\", \"title\": \"X\", \"who-does-what\": " ALL_FUNCTIONS ("38563", "38563") "}]}]");

  g_assert_cmpuint (count_findings (shared, "2026-01-01", "single-structure-action", NULL), ==, 0);
  g_assert_cmpuint (count_findings (silo, "2026-01-01", "single-structure-action", &severity), ==, 1);
  g_assert_cmpint (severity, ==, COOP_SEVERITY_WARNING);
}

static void
test_check_in_force_past_end (void)
{
  CoopSeverity severity;
  const char *in_force = DOC ("\"agreements\": [{\"id\": \"p\", \"kind\": \"charte\", \"title\": \"P\", \"status\": \"in-force\", "
                              "\"start\": \"2024-01-01\", \"end\": \"2025-12-31\"}]");
  const char *expired = DOC ("\"agreements\": [{\"id\": \"p\", \"kind\": \"charte\", \"title\": \"P\", \"status\": \"expired\", "
                             "\"start\": \"2024-01-01\", \"end\": \"2025-12-31\"}]");

  g_assert_cmpuint (count_findings (in_force, "2025-12-31", "in-force-past-end", NULL), ==, 0);
  g_assert_cmpuint (count_findings (in_force, "2026-01-01", "in-force-past-end", &severity), ==, 1);
  g_assert_cmpint (severity, ==, COOP_SEVERITY_ERROR);
  g_assert_cmpuint (count_findings (expired, "2026-06-01", "in-force-past-end", NULL), ==, 0);
}

static void
test_check_signatory_not_party (void)
{
  CoopSeverity severity;
  const char *party = DOC ("\"agreements\": [{\"id\": \"p\", \"kind\": \"charte\", \"title\": \"P\", "
                           "\"parties\": [{\"reference\": \"38563\", \"role\": \"signatory\"}], "
                           "\"signatures\": [{\"signatory\": \"38563\", \"date\": \"2025-01-01\"}]}]");
  const char *stranger = DOC ("\"agreements\": [{\"id\": \"p\", \"kind\": \"charte\", \"title\": \"P\", "
                              "\"parties\": [{\"reference\": \"38563\", \"role\": \"signatory\"}], "
                              "\"signatures\": [{\"signatory\": \"38565\"}]}]");

  g_assert_cmpuint (count_findings (party, "2026-01-01", "signatory-not-party", NULL), ==, 0);
  g_assert_cmpuint (count_findings (stranger, "2026-01-01", "signatory-not-party", &severity), ==, 1);
  g_assert_cmpint (severity, ==, COOP_SEVERITY_ERROR);
}

/* An agreement in force counts as signed only by its recorded signatures:
 * the check says when a signatory party has none. */
static void
test_check_signature_missing (void)
{
  CoopSeverity severity;
  const char *signed_by_both = DOC ("\"agreements\": [{\"id\": \"p\", \"kind\": \"charte\", \"title\": \"P\", "
                                    "\"status\": \"in-force\", "
                                    "\"parties\": [{\"reference\": \"38563\", \"role\": \"signatory\"}, "
                                    "{\"reference\": \"38565\", \"role\": \"signatory\"}], "
                                    "\"signatures\": [{\"signatory\": \"38563\"}, {\"signatory\": \"38565\"}]}]");
  const char *one_missing = DOC ("\"agreements\": [{\"id\": \"p\", \"kind\": \"charte\", \"title\": \"P\", "
                                 "\"status\": \"renewed\", "
                                 "\"parties\": [{\"reference\": \"38563\", \"role\": \"signatory\"}, "
                                 "{\"reference\": \"38565\", \"role\": \"signatory\"}], "
                                 "\"signatures\": [{\"signatory\": \"38563\"}]}]");
  const char *none = DOC ("\"agreements\": [{\"id\": \"p\", \"kind\": \"charte\", \"title\": \"P\", "
                          "\"status\": \"in-force\", \"parties\": [{\"reference\": \"38563\", \"role\": \"lead\"}]}]");
  const char *negotiation = DOC ("\"agreements\": [{\"id\": \"p\", \"kind\": \"charte\", \"title\": \"P\", "
                                 "\"status\": \"negotiation\", "
                                 "\"parties\": [{\"reference\": \"38563\", \"role\": \"signatory\"}]}]");

  g_assert_cmpuint (count_findings (signed_by_both, "2026-01-01", "signature-missing", NULL), ==, 0);
  g_assert_cmpuint (count_findings (one_missing, "2026-01-01", "signature-missing", &severity), ==, 1);
  g_assert_cmpint (severity, ==, COOP_SEVERITY_WARNING);
  g_assert_cmpuint (count_findings (none, "2026-01-01", "signature-missing", NULL), ==, 1);
  /* Not signed yet, nothing is missing. */
  g_assert_cmpuint (count_findings (negotiation, "2026-01-01", "signature-missing", NULL), ==, 0);
}

#define SCOPED_BODY "\"bodies\": [{\"id\": \"c\", \"kind\": \"conseil-communautaire\", \"name\": \"C\", \"scope\": [\"243800984\"]}]"

static void
test_check_mandate_scope (void)
{
  CoopSeverity severity;
  const char *inside = DOC (ACTORS ", " SCOPED_BODY ", \"mandates\": [{\"id\": \"m\", \"actor\": \"a\", "
                            "\"role\": \"conseiller-communautaire-titulaire\", \"body\": \"c\", \"on-behalf-of\": \"38563\"}]");
  const char *itself = DOC (ACTORS ", " SCOPED_BODY ", \"mandates\": [{\"id\": \"m\", \"actor\": \"a\", "
                            "\"role\": \"president\", \"body\": \"c\", \"on-behalf-of\": \"243800984\"}]");
  const char *outside = DOC (ACTORS ", " SCOPED_BODY ", \"mandates\": [{\"id\": \"m\", \"actor\": \"a\", "
                             "\"role\": \"conseiller-communautaire-titulaire\", \"body\": \"c\", \"on-behalf-of\": \"25056\"}]");

  g_assert_cmpuint (count_findings (inside, "2026-01-01", "mandate-out-of-scope", NULL), ==, 0);
  g_assert_cmpuint (count_findings (itself, "2026-01-01", "mandate-out-of-scope", NULL), ==, 0);
  g_assert_cmpuint (count_findings (outside, "2026-01-01", "mandate-out-of-scope", &severity), ==, 1);
  g_assert_cmpint (severity, ==, COOP_SEVERITY_ERROR);
}

#define POST "\"posts\": [{\"id\": \"vp\", \"label\": \"VP\", \"role\": \"vice-president\"}]"

static void
test_check_posts (void)
{
  CoopSeverity severity;
  const char *vacant = DOC (ACTORS ", " POST);
  const char *filled = DOC (ACTORS ", " POST ", \"mandates\": [{\"id\": \"m1\", \"actor\": \"a\", \"role\": \"vice-president\", \"post\": \"vp\"}]");
  const char *over = DOC (ACTORS ", " POST ", \"mandates\": ["
                          "{\"id\": \"m1\", \"actor\": \"a\", \"role\": \"vice-president\", \"post\": \"vp\"},"
                          "{\"id\": \"m2\", \"actor\": \"b\", \"role\": \"vice-president\", \"post\": \"vp\", \"start\": \"2026-03-01\"}]");

  g_assert_cmpuint (count_findings (vacant, "2026-01-01", "post-vacant", &severity), ==, 1);
  g_assert_cmpint (severity, ==, COOP_SEVERITY_WARNING);
  g_assert_cmpuint (count_findings (filled, "2026-01-01", "post-vacant", NULL), ==, 0);
  g_assert_cmpuint (count_findings (filled, "2026-01-01", "post-over-filled", NULL), ==, 0);
  /* The second mandate starts later: over-filled only from then on. */
  g_assert_cmpuint (count_findings (over, "2026-01-01", "post-over-filled", NULL), ==, 0);
  g_assert_cmpuint (count_findings (over, "2026-03-01", "post-over-filled", &severity), ==, 1);
  g_assert_cmpint (severity, ==, COOP_SEVERITY_ERROR);
}

/* A post that does not exist on the day has no seat to fill. */
static void
test_check_posts_dated (void)
{
  const char *created_later = DOC (ACTORS ", \"posts\": [{\"id\": \"vp\", \"label\": \"VP\", "
                                   "\"role\": \"vice-president\", \"start\": \"2026-06-01\", \"end\": \"2026-12-31\"}]");

  g_assert_cmpuint (count_findings (created_later, "2026-01-01", "post-vacant", NULL), ==, 0);
  g_assert_cmpuint (count_findings (created_later, "2026-06-01", "post-vacant", NULL), ==, 1);
  g_assert_cmpuint (count_findings (created_later, "2027-01-01", "post-vacant", NULL), ==, 0);
}

#define PLAN(evaluations) DOC ("\"agreements\": [{\"id\": \"plan\", \"kind\": \"plan-de-cooperation\", \"title\": \"Plan\", " \
  "\"status\": \"in-force\", \"start\": \"2025-01-01\", \"end\": \"2025-12-31\"" evaluations "}]")

static void
test_check_plan_not_evaluated (void)
{
  CoopSeverity severity;
  const char *unevaluated = PLAN ("");
  const char *evaluated = PLAN (", \"evaluations\": [{\"date\": \"2025-11-20\", \"decision\": \"renew\"}]");
  const char *late = PLAN (", \"evaluations\": [{\"date\": \"2026-02-01\"}]");

  g_assert_cmpuint (count_findings (unevaluated, "2025-06-01", "plan-not-evaluated", NULL), ==, 0);
  g_assert_cmpuint (count_findings (unevaluated, "2026-01-01", "plan-not-evaluated", &severity), ==, 1);
  g_assert_cmpint (severity, ==, COOP_SEVERITY_WARNING);
  g_assert_cmpuint (count_findings (evaluated, "2026-01-01", "plan-not-evaluated", NULL), ==, 0);
  g_assert_cmpuint (count_findings (late, "2026-03-01", "plan-not-evaluated", NULL), ==, 1);
}

/* A plan that starts in the last year a document (and so the API) holds:
 * the check's date arithmetic stays within GDateTime's range. */
static void
test_check_plan_at_end_of_time (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = coop_atlas_dup_default (&error);
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(CoopAgreement) plan = coop_agreement_new ("plan", COOP_AGREEMENT_KIND_PLAN_DE_COOPERATION, "Plan");
  g_autoptr(GDateTime) start = g_date_time_new_utc (3000, 6, 1, 0, 0, 0);
  g_autoptr(GDateTime) date = g_date_time_new_utc (3000, 12, 31, 0, 0, 0);
  g_autoptr(GListModel) findings = NULL;

  g_assert_no_error (error);
  model = coop_model_new (atlas);
  coop_agreement_set_start (plan, start);
  _coop_agreement_set_status (plan, COOP_AGREEMENT_STATUS_IN_FORCE);
  g_assert_true (coop_model_add_agreement (model, plan, &error));

  findings = coop_model_check (model, date);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoopFinding) finding = g_list_model_get_item (findings, i);

      g_assert_cmpstr (coop_finding_get_code (finding), !=, "plan-not-evaluated");
    }
}

static void
test_check_unknown_references (void)
{
  CoopSeverity severity;
  const char *clean = DOC (ACTORS ", " SCOPED_BODY ", \"mandates\": [{\"id\": \"m\", \"actor\": \"a\", \"role\": \"member\", \"body\": \"c\"}]");
  const char *dangling =
    DOC ("\"actors\": [{\"id\": \"a\", \"kind\": \"staff\", \"name\": \"A\", \"territory\": \"nowhere\"}], "
         "\"posts\": [{\"id\": \"p\", \"label\": \"P\", \"role\": \"member\", \"body\": \"no-body\"}], "
         "\"mandates\": [{\"id\": \"m\", \"actor\": \"ghost\", \"role\": \"member\", \"body\": \"no-body\", \"post\": \"p\"}], "
         "\"bodies\": [{\"id\": \"c\", \"kind\": \"bureau\", \"name\": \"C\", \"scope\": [\"99999\"], "
         "  \"meetings\": [{\"date\": \"2026-01-01\", \"topic\": \"T\", \"participants\": [\"ghost\"]}]}], "
         "\"agreements\": [{\"id\": \"g\", \"kind\": \"charte\", \"title\": \"G\", "
         "  \"parties\": [{\"reference\": \"ghost\", \"role\": \"lead\"}], "
         "  \"signatures\": [{\"signatory\": \"ghost\", \"mandate\": \"no-mandate\"}], "
         "  \"related\": [{\"relation\": \"amends\", \"agreement\": \"no-agreement\"}], "
         "  \"actions\": [{\"id\": \"x\", \"title\": \"X\", \"who-does-what\": {\"funding\": [\"ghost\"]}}], "
         "  \"pooled-resources\": [{\"kind\": \"staff\", \"mode\": \"mutualisation\", \"title\": \"S\", "
         "    \"provider\": \"ghost\", \"users\": [\"38563\", \"ghost\"]}]}], "
         "\"ratings\": [{\"id\": \"r\", \"rater\": \"38563\", \"territory\": \"99999\", \"partner\": \"nowhere\", \"level\": 2}]");

  g_assert_cmpuint (count_findings (clean, "2026-01-01", "unknown-reference", NULL), ==, 0);
  /* actor territory, post body, mandate actor and body, scope, participant,
   * party, signature mandate, related agreement, holder, resource provider
   * and user, rating rater (a territory, not an actor), territory and
   * partner. */
  g_assert_cmpuint (count_findings (dangling, "2026-01-01", "unknown-reference", &severity), ==, 15);
  g_assert_cmpint (severity, ==, COOP_SEVERITY_ERROR);
}

static void
test_check_rating_beyond_scale (void)
{
  CoopSeverity severity;
  const char *top = DOC (ACTORS ", \"ratings\": [{\"id\": \"r\", \"rater\": \"a\", \"territory\": \"38563\", "
                         "\"partner\": \"38565\", \"level\": 5}]");
  const char *beyond = DOC (ACTORS ", \"ratings\": [{\"id\": \"r\", \"rater\": \"a\", \"territory\": \"38563\", "
                            "\"partner\": \"38565\", \"level\": 6, \"scale\": \"frey-2006\"}]");
  const char *own_scale = DOC (ACTORS ", \"ratings\": [{\"id\": \"r\", \"rater\": \"a\", \"territory\": \"38563\", "
                               "\"partner\": \"38565\", \"level\": 9, \"scale\": \"our-own-scale\"}]");

  g_assert_cmpuint (count_findings (top, "2026-01-01", "rating-beyond-scale", NULL), ==, 0);
  g_assert_cmpuint (count_findings (beyond, "2026-01-01", "rating-beyond-scale", &severity), ==, 1);
  g_assert_cmpint (severity, ==, COOP_SEVERITY_ERROR);
  /* A scale libcoop does not ship is read from a file the model cannot see. */
  g_assert_cmpuint (count_findings (own_scale, "2026-01-01", "rating-beyond-scale", NULL), ==, 0);
}

static void
test_check_inverted_dates (void)
{
  const char *right = DOC ("\"agreements\": [{\"id\": \"p\", \"kind\": \"charte\", \"title\": \"P\", "
                           "\"start\": \"2024-01-01\", \"end\": \"2025-12-31\"}]");
  const char *inverted = DOC ("\"agreements\": [{\"id\": \"p\", \"kind\": \"charte\", \"title\": \"P\", "
                              "\"start\": \"2026-01-01\", \"end\": \"2025-12-31\"}]");

  const char *inverted_body = DOC ("\"bodies\": [{\"id\": \"b\", \"kind\": \"bureau\", \"name\": \"B\", "
                                   "\"start\": \"2026-01-01\", \"end\": \"2025-12-31\"}]");
  const char *inverted_post = DOC ("\"posts\": [{\"id\": \"p\", \"label\": \"P\", \"role\": \"member\", "
                                   "\"start\": \"2026-01-01\", \"end\": \"2025-12-31\"}]");
  const char *dated_body = DOC ("\"bodies\": [{\"id\": \"b\", \"kind\": \"bureau\", \"name\": \"B\", "
                                "\"start\": \"2020-07-15\", \"end\": \"2025-12-31\"}]");

  g_assert_cmpuint (count_findings (right, "2026-01-01", "inverted-dates", NULL), ==, 0);
  g_assert_cmpuint (count_findings (inverted, "2026-01-01", "inverted-dates", NULL), ==, 1);
  g_assert_cmpuint (count_findings (dated_body, "2026-01-01", "inverted-dates", NULL), ==, 0);
  g_assert_cmpuint (count_findings (inverted_body, "2026-01-01", "inverted-dates", NULL), ==, 1);
  g_assert_cmpuint (count_findings (inverted_post, "2026-01-01", "inverted-dates", NULL), ==, 1);
}

#define HISTORY(status, steps) DOC ("\"agreements\": [{\"id\": \"p\", \"kind\": \"charte\", \"title\": \"P\", " \
  "\"status\": \"" status "\", \"history\": [" steps "]}]")
#define STEP(from, to, date) "{\"from-status\": \"" from "\", \"to-status\": \"" to "\", \"date\": \"" date "\"}"

static void
test_check_history (void)
{
  CoopSeverity severity;
  const char *consistent = HISTORY ("signed", STEP ("draft", "negotiation", "2025-01-01") ","
                                              STEP ("negotiation", "signed", "2025-02-01"));
  const char *wrong_status = HISTORY ("in-force", STEP ("draft", "negotiation", "2025-01-01"));
  const char *illegal = HISTORY ("in-force", STEP ("draft", "in-force", "2025-01-01"));
  const char *broken_chain = HISTORY ("in-force", STEP ("draft", "negotiation", "2025-01-01") ","
                                                  STEP ("signed", "in-force", "2025-02-01"));
  const char *backwards = HISTORY ("signed", STEP ("draft", "negotiation", "2025-03-01") ","
                                             STEP ("negotiation", "signed", "2025-02-01"));

  g_assert_cmpuint (count_findings (consistent, "2026-01-01", "history-mismatch", NULL), ==, 0);
  g_assert_cmpuint (count_findings (wrong_status, "2026-01-01", "history-mismatch", &severity), ==, 1);
  g_assert_cmpint (severity, ==, COOP_SEVERITY_WARNING);
  g_assert_cmpuint (count_findings (illegal, "2026-01-01", "history-mismatch", NULL), ==, 1);
  g_assert_cmpuint (count_findings (broken_chain, "2026-01-01", "history-mismatch", NULL), ==, 1);
  g_assert_cmpuint (count_findings (backwards, "2026-01-01", "history-mismatch", NULL), ==, 1);
}

#define AGREEMENT_WITH(members) DOC ("\"agreements\": [{\"id\": \"p\", \"kind\": \"charte\", \"title\": \"P\", " \
  "\"parties\": [{\"reference\": \"38563\", \"role\": \"signatory\"}], " members "}, " \
  "{\"id\": \"q\", \"kind\": \"charte\", \"title\": \"Q\"}]")

static void
test_check_related_to_itself (void)
{
  CoopSeverity severity;
  const char *other = AGREEMENT_WITH ("\"related\": [{\"relation\": \"renews\", \"agreement\": \"q\"}]");
  const char *itself = AGREEMENT_WITH ("\"related\": [{\"relation\": \"amends\", \"agreement\": \"p\"}]");

  g_assert_cmpuint (count_findings (other, "2026-01-01", "related-to-itself", NULL), ==, 0);
  g_assert_cmpuint (count_findings (itself, "2026-01-01", "related-to-itself", &severity), ==, 1);
  g_assert_cmpint (severity, ==, COOP_SEVERITY_ERROR);
  /* It names an agreement that exists, so it is not also unknown. */
  g_assert_cmpuint (count_findings (itself, "2026-01-01", "unknown-reference", NULL), ==, 0);
}

static void
test_check_related_twice (void)
{
  CoopSeverity severity;
  const char *two_relations = AGREEMENT_WITH ("\"related\": [{\"relation\": \"renews\", \"agreement\": \"q\"}, "
                                              "{\"relation\": \"replaces\", \"agreement\": \"q\"}]");
  const char *twice = AGREEMENT_WITH ("\"related\": [{\"relation\": \"renews\", \"agreement\": \"q\"}, "
                                      "{\"relation\": \"renews\", \"agreement\": \"q\"}]");
  const char *three_times = AGREEMENT_WITH ("\"related\": [{\"relation\": \"renews\", \"agreement\": \"q\"}, "
                                            "{\"relation\": \"renews\", \"agreement\": \"q\"}, "
                                            "{\"relation\": \"renews\", \"agreement\": \"q\"}]");

  g_assert_cmpuint (count_findings (two_relations, "2026-01-01", "related-twice", NULL), ==, 0);
  g_assert_cmpuint (count_findings (twice, "2026-01-01", "related-twice", &severity), ==, 1);
  g_assert_cmpint (severity, ==, COOP_SEVERITY_WARNING);
  /* Each repeat is reported once, not once per earlier copy. */
  g_assert_cmpuint (count_findings (three_times, "2026-01-01", "related-twice", NULL), ==, 2);
}

static void
test_check_signature_twice (void)
{
  CoopSeverity severity;
  const char *two_days = AGREEMENT_WITH ("\"signatures\": [{\"signatory\": \"38563\", \"date\": \"2025-01-01\"}, "
                                         "{\"signatory\": \"38563\", \"date\": \"2025-02-01\"}]");
  const char *twice = AGREEMENT_WITH ("\"signatures\": [{\"signatory\": \"38563\", \"date\": \"2025-01-01\"}, "
                                      "{\"signatory\": \"38563\", \"date\": \"2025-01-01\"}]");
  const char *undated_twice = AGREEMENT_WITH ("\"signatures\": [{\"signatory\": \"38563\"}, {\"signatory\": \"38563\"}]");
  const char *dated_and_undated = AGREEMENT_WITH ("\"signatures\": [{\"signatory\": \"38563\", \"date\": \"2025-01-01\"}, "
                                                  "{\"signatory\": \"38563\"}]");

  g_assert_cmpuint (count_findings (two_days, "2026-01-01", "signature-twice", NULL), ==, 0);
  g_assert_cmpuint (count_findings (twice, "2026-01-01", "signature-twice", &severity), ==, 1);
  g_assert_cmpint (severity, ==, COOP_SEVERITY_WARNING);
  g_assert_cmpuint (count_findings (undated_twice, "2026-01-01", "signature-twice", NULL), ==, 1);
  g_assert_cmpuint (count_findings (dated_and_undated, "2026-01-01", "signature-twice", NULL), ==, 0);
}

static void
test_check_milestone_met_but_pending (void)
{
  CoopSeverity severity;
  const char *met = AGREEMENT_WITH ("\"milestones\": [{\"title\": \"M\", \"due\": \"2025-06-01\", "
                                    "\"met\": \"2025-05-01\", \"status\": \"met\"}]");
  const char *pending = AGREEMENT_WITH ("\"milestones\": [{\"title\": \"M\", \"due\": \"2025-06-01\", \"status\": \"pending\"}]");
  const char *met_but_pending = AGREEMENT_WITH ("\"milestones\": [{\"title\": \"M\", \"due\": \"2025-06-01\", "
                                                "\"met\": \"2025-05-01\", \"status\": \"pending\"}]");
  const char *met_late = AGREEMENT_WITH ("\"milestones\": [{\"title\": \"M\", \"due\": \"2025-06-01\", "
                                         "\"met\": \"2025-07-01\", \"status\": \"missed\"}]");

  g_assert_cmpuint (count_findings (met, "2026-01-01", "milestone-met-but-pending", NULL), ==, 0);
  g_assert_cmpuint (count_findings (pending, "2026-01-01", "milestone-met-but-pending", NULL), ==, 0);
  g_assert_cmpuint (count_findings (met_but_pending, "2026-01-01", "milestone-met-but-pending", &severity), ==, 1);
  g_assert_cmpint (severity, ==, COOP_SEVERITY_WARNING);
  /* Missed by its due date, then met: not a contradiction. */
  g_assert_cmpuint (count_findings (met_late, "2026-01-01", "milestone-met-but-pending", NULL), ==, 0);
}

static void
test_check_evaluation_before_start (void)
{
  CoopSeverity severity;
  const char *after = AGREEMENT_WITH ("\"start\": \"2025-01-01\", \"evaluations\": [{\"date\": \"2025-01-01\"}]");
  const char *before = AGREEMENT_WITH ("\"start\": \"2025-01-01\", \"evaluations\": [{\"date\": \"2024-12-31\"}]");
  const char *after_history = HISTORY ("negotiation", STEP ("draft", "negotiation", "2025-01-01"));
  const char *before_history = DOC ("\"agreements\": [{\"id\": \"p\", \"kind\": \"charte\", \"title\": \"P\", "
                                    "\"status\": \"negotiation\", \"history\": [" STEP ("draft", "negotiation", "2025-01-01") "], "
                                    "\"evaluations\": [{\"date\": \"2024-06-01\"}]}]");
  const char *no_start = AGREEMENT_WITH ("\"evaluations\": [{\"date\": \"1900-01-01\"}]");

  g_assert_cmpuint (count_findings (after, "2026-01-01", "evaluation-before-start", NULL), ==, 0);
  g_assert_cmpuint (count_findings (before, "2026-01-01", "evaluation-before-start", &severity), ==, 1);
  g_assert_cmpint (severity, ==, COOP_SEVERITY_WARNING);
  g_assert_cmpuint (count_findings (after_history, "2026-01-01", "evaluation-before-start", NULL), ==, 0);
  g_assert_cmpuint (count_findings (before_history, "2026-01-01", "evaluation-before-start", NULL), ==, 1);
  /* Neither a start nor a history: nothing to compare with. */
  g_assert_cmpuint (count_findings (no_start, "2026-01-01", "evaluation-before-start", NULL), ==, 0);
}

static void
test_check_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = coop_atlas_dup_default (&error);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "data", "sample-model.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CoopModel) model = coop_model_new_from_file (atlas, file, NULL, &error);
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 11, 22, 0, 0, 0);
  g_autoptr(GListModel) findings = NULL;
  guint warnings = 0;

  g_assert_no_error (error);
  findings = coop_model_check (model, date);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoopFinding) finding = g_list_model_get_item (findings, i);

      g_assert_cmpint (coop_finding_get_severity (finding), !=, COOP_SEVERITY_ERROR);
      warnings++;
    }
  /* The three intentional warnings the sample explains. */
  g_assert_cmpuint (warnings, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Coop/Check/function-unheld", test_check_function_unheld);
  g_test_add_func ("/Coop/Check/single-structure-action", test_check_single_structure);
  g_test_add_func ("/Coop/Check/in-force-past-end", test_check_in_force_past_end);
  g_test_add_func ("/Coop/Check/signatory-not-party", test_check_signatory_not_party);
  g_test_add_func ("/Coop/Check/signature-missing", test_check_signature_missing);
  g_test_add_func ("/Coop/Check/mandate-out-of-scope", test_check_mandate_scope);
  g_test_add_func ("/Coop/Check/posts", test_check_posts);
  g_test_add_func ("/Coop/Check/posts/dated", test_check_posts_dated);
  g_test_add_func ("/Coop/Check/plan-not-evaluated", test_check_plan_not_evaluated);
  g_test_add_func ("/Coop/Check/plan-not-evaluated/end-of-time", test_check_plan_at_end_of_time);
  g_test_add_func ("/Coop/Check/unknown-reference", test_check_unknown_references);
  g_test_add_func ("/Coop/Check/rating-beyond-scale", test_check_rating_beyond_scale);
  g_test_add_func ("/Coop/Check/inverted-dates", test_check_inverted_dates);
  g_test_add_func ("/Coop/Check/history-mismatch", test_check_history);
  g_test_add_func ("/Coop/Check/related-to-itself", test_check_related_to_itself);
  g_test_add_func ("/Coop/Check/related-twice", test_check_related_twice);
  g_test_add_func ("/Coop/Check/signature-twice", test_check_signature_twice);
  g_test_add_func ("/Coop/Check/milestone-met-but-pending", test_check_milestone_met_but_pending);
  g_test_add_func ("/Coop/Check/evaluation-before-start", test_check_evaluation_before_start);
  g_test_add_func ("/Coop/Check/sample", test_check_sample);

  return g_test_run ();
}
