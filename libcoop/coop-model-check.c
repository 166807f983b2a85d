/* coop-model-check.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-model-collections-private.h"
#include "coop-enum-types.h"
#include "coop-finding.h"
#include "coop-i18n-private.h"
#include "coop-rating.h"
#include "coop-scale.h"
#include "coop-util-private.h"

/* Which findings a run reports: those that hold whatever the day (what
 * coop_model_validate() adds to the territories' findings), or those that
 * depend on the day checked (what coop_model_check() adds). */
typedef enum
{
  CHECK_DOCUMENT,
  CHECK_DAY,
} CheckMode;

typedef struct
{
  CoopModel  *model;
  GListStore *findings;
  GDateTime  *date;
  CheckMode   mode;
} Check;

/* The findings that depend on the day checked. */
static const char * const day_codes[] = {
  "in-force-past-end", "post-over-filled", "post-vacant", "plan-not-evaluated", NULL
};

static void
report (Check        *check,
        CoopSeverity  severity,
        const char   *code,
        const char   *subject,
        const char   *path,
        gpointer      object,
        const char   *format,
        ...) G_GNUC_PRINTF (7, 8);

static void
report (Check        *check,
        CoopSeverity  severity,
        const char   *code,
        const char   *subject,
        const char   *path,
        gpointer      object,
        const char   *format,
        ...)
{
  g_autoptr(CoopFinding) finding = NULL;
  g_autofree char *message = NULL;
  va_list args;

  if (g_strv_contains (day_codes, code) != (check->mode == CHECK_DAY))
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  finding = coop_finding_new (severity, code, subject, path,
                              object != NULL ? _coop_object_get_line (object) : 0, message);
  g_list_store_append (check->findings, finding);
}

static const char *
nick (GType type,
      int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  /* Nicks are static strings of the registered type. */
  return g_enum_get_value (klass, value)->value_nick;
}

static gboolean
territory_exists (Check      *check,
                  const char *reference)
{
  g_autoptr(CoopTerritory) territory = coop_model_lookup (check->model, reference);

  return territory != NULL;
}

static gboolean
party_exists (Check      *check,
              const char *reference)
{
  return coop_model_get_actor (check->model, reference) != NULL || territory_exists (check, reference);
}

/* A dangling reference is kept as written and reported, as a territory's
 * unknown member is. @expected is marked with N_() and translated here. */
static void
check_reference (Check      *check,
                 const char *reference,
                 gboolean    exists,
                 const char *expected,
                 const char *subject,
                 const char *path,
                 const char *member,
                 gpointer    object)
{
  g_autofree char *member_path = NULL;

  if (reference == NULL || exists)
    return;

  member_path = g_strdup_printf ("%s.%s", path, member);
  report (check, COOP_SEVERITY_ERROR, "unknown-reference", subject, member_path, object,
          _("“%s” names nothing the model knows; expected %s"), reference, _(expected));
}

#define TERRITORY_EXPECTED N_("a territory of the atlas (INSEE code, SIREN) or of the model")
#define PARTY_EXPECTED N_("a territory of the atlas or of the model, or an actor of the model")
#define ACTOR_EXPECTED N_("an actor of the model")
#define BODY_EXPECTED N_("a body of the model")
#define POST_EXPECTED N_("a post of the model")
#define MANDATE_EXPECTED N_("a mandate of the model")
#define AGREEMENT_EXPECTED N_("an agreement of the model")

static void
check_dates (Check      *check,
             GDateTime  *start,
             GDateTime  *end,
             const char *subject,
             const char *path,
             gpointer    object)
{
  if (start != NULL && end != NULL && g_date_time_compare (end, start) < 0)
    report (check, COOP_SEVERITY_ERROR, "inverted-dates", subject, path, object,
            _("“%s” ends before it starts; expected an end on or after the start"), subject);
}

static gboolean
territory_within (Check      *check,
                  const char *reference,
                  const char *container)
{
  g_autoptr(CoopTerritory) territory = NULL;
  g_autoptr(GListModel) containers = NULL;
  guint n;

  if (g_str_equal (reference, container))
    return TRUE;

  territory = coop_model_lookup (check->model, reference);
  if (territory == NULL)
    return TRUE;   /* reported as an unknown reference instead */

  containers = coop_model_list_containers (check->model, territory);
  n = g_list_model_get_n_items (containers);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopTerritory) candidate = g_list_model_get_item (containers, i);
      g_autofree char *candidate_reference = coop_territory_dup_reference (candidate);

      if (g_str_equal (coop_territory_get_code (candidate), container) ||
          g_strcmp0 (candidate_reference, container) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
check_actors (Check *check)
{
  GListModel *actors = coop_model_get_actors (check->model);
  guint n = g_list_model_get_n_items (actors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopActor) actor = g_list_model_get_item (actors, i);
      g_autofree char *path = g_strdup_printf ("$.actors[%u]", i);

      check_reference (check, coop_actor_get_territory (actor),
                       party_exists (check, coop_actor_get_territory (actor) ? coop_actor_get_territory (actor) : ""),
                       PARTY_EXPECTED, coop_actor_get_id (actor), path, "territory", actor);
    }
}

static void
check_posts (Check *check)
{
  GListModel *posts = coop_model_get_posts (check->model);
  guint n = g_list_model_get_n_items (posts);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopPost) post = g_list_model_get_item (posts, i);
      g_autofree char *path = g_strdup_printf ("$.posts[%u]", i);
      g_autoptr(GListModel) holders = coop_model_list_post_mandates (check->model, post, check->date);
      const char *id = coop_post_get_id (post);
      const char *body = coop_post_get_body (post);
      const char *territory = coop_post_get_territory (post);
      const char *represents = coop_post_get_represents (post);
      guint n_holders = g_list_model_get_n_items (holders);
      guint seats = coop_post_get_seats (post);

      check_dates (check, coop_post_get_start (post), coop_post_get_end (post), id, path, post);

      check_reference (check, body, body == NULL || coop_model_get_body (check->model, body) != NULL,
                       BODY_EXPECTED, id, path, "body", post);
      check_reference (check, territory, territory == NULL || territory_exists (check, territory),
                       TERRITORY_EXPECTED, id, path, "territory", post);
      check_reference (check, represents, represents == NULL || territory_exists (check, represents),
                       TERRITORY_EXPECTED, id, path, "represents", post);

      /* A post that does not exist on the day has no seat to fill. */
      if (!coop_post_is_active (post, check->date))
        continue;

      if (n_holders > seats)
        report (check, COOP_SEVERITY_ERROR, "post-over-filled", id, path, post,
                _("“%s” has more holders than seats on the day checked (holders: %u, seats: %u); "
                  "expected at most one holder per seat"), id, n_holders, seats);
      else if (n_holders == 0)
        report (check, COOP_SEVERITY_WARNING, "post-vacant", id, path, post,
                _("“%s” has no holder on the day checked; expected a mandate that names it"), id);
    }
}

static void
check_mandates (Check *check)
{
  GListModel *mandates = coop_model_get_mandates (check->model);
  guint n = g_list_model_get_n_items (mandates);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopMandate) mandate = g_list_model_get_item (mandates, i);
      g_autofree char *path = g_strdup_printf ("$.mandates[%u]", i);
      const char *id = coop_mandate_get_id (mandate);
      const char *body_id = coop_mandate_get_body (mandate);
      const char *post = coop_mandate_get_post (mandate);
      const char *territory = coop_mandate_get_territory (mandate);
      const char *on_behalf_of = coop_mandate_get_on_behalf_of (mandate);
      CoopBody *body = body_id != NULL ? coop_model_get_body (check->model, body_id) : NULL;
      const char *represented = on_behalf_of != NULL ? on_behalf_of : territory;

      check_reference (check, coop_mandate_get_actor (mandate),
                       coop_model_get_actor (check->model, coop_mandate_get_actor (mandate)) != NULL,
                       ACTOR_EXPECTED, id, path, "actor", mandate);
      check_reference (check, body_id, body_id == NULL || body != NULL, BODY_EXPECTED,
                       id, path, "body", mandate);
      check_reference (check, post, post == NULL || coop_model_get_post (check->model, post) != NULL,
                       POST_EXPECTED, id, path, "post", mandate);
      check_reference (check, territory, territory == NULL || territory_exists (check, territory),
                       TERRITORY_EXPECTED, id, path, "territory", mandate);
      check_reference (check, on_behalf_of, on_behalf_of == NULL || territory_exists (check, on_behalf_of),
                       TERRITORY_EXPECTED, id, path, "on-behalf-of", mandate);
      check_dates (check, coop_mandate_get_start (mandate), coop_mandate_get_end (mandate), id, path, mandate);

      if (body != NULL && represented != NULL && coop_body_get_scope (body) != NULL &&
          coop_body_get_scope (body)[0] != NULL)
        {
          const char * const *scope = coop_body_get_scope (body);
          gboolean inside = FALSE;

          for (guint s = 0; !inside && scope[s] != NULL; s++)
            inside = territory_within (check, represented, scope[s]);

          if (!inside)
            report (check, COOP_SEVERITY_ERROR, "mandate-out-of-scope", id, path, mandate,
                    _("“%s” represents “%s” in “%s”, whose scope does not cover it; expected a "
                      "territory inside the body's scope"), id, represented, body_id);
        }
    }
}

static void
check_bodies (Check *check)
{
  GListModel *bodies = coop_model_get_bodies (check->model);
  guint n = g_list_model_get_n_items (bodies);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopBody) body = g_list_model_get_item (bodies, i);
      g_autofree char *path = g_strdup_printf ("$.bodies[%u]", i);
      const char * const *scope = coop_body_get_scope (body);
      GListModel *meetings = coop_body_get_meetings (body);
      const char *id = coop_body_get_id (body);
      guint n_meetings = g_list_model_get_n_items (meetings);

      check_dates (check, coop_body_get_start (body), coop_body_get_end (body), id, path, body);

      for (guint s = 0; scope != NULL && scope[s] != NULL; s++)
        {
          g_autofree char *member = g_strdup_printf ("scope[%u]", s);

          check_reference (check, scope[s], territory_exists (check, scope[s]), TERRITORY_EXPECTED,
                           id, path, member, body);
        }

      for (guint m = 0; m < n_meetings; m++)
        {
          g_autoptr(CoopMeeting) meeting = g_list_model_get_item (meetings, m);
          const char * const *participants = coop_meeting_get_participants (meeting);

          for (guint p = 0; participants != NULL && participants[p] != NULL; p++)
            {
              g_autofree char *member = g_strdup_printf ("meetings[%u].participants[%u]", m, p);

              check_reference (check, participants[p],
                               coop_model_get_actor (check->model, participants[p]) != NULL,
                               ACTOR_EXPECTED, id, path, member, meeting);
            }
        }
    }
}

/* A holder of the who-does-what table is a party, or an actor of a party
 * (its staff, its team): the person who facilitates for the Parc. */
static gboolean
holder_is_party (Check         *check,
                 CoopAgreement *agreement,
                 const char    *holder)
{
  CoopActor *actor;

  if (coop_agreement_has_party (agreement, holder))
    return TRUE;

  actor = coop_model_get_actor (check->model, holder);
  return actor != NULL && coop_actor_get_territory (actor) != NULL &&
         coop_agreement_has_party (agreement, coop_actor_get_territory (actor));
}

static void
check_actions (Check         *check,
               CoopAgreement *agreement,
               const char    *path)
{
  g_autoptr(GEnumClass) functions = g_type_class_ref (COOP_TYPE_FUNCTION);
  GListModel *actions = coop_agreement_get_actions (agreement);
  guint n = g_list_model_get_n_items (actions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopAction) action = g_list_model_get_item (actions, i);
      g_autofree char *action_path = g_strdup_printf ("%s.actions[%u]", path, i);
      g_autofree char *subject = g_strdup_printf ("%s/%s", coop_agreement_get_id (agreement),
                                                  coop_action_get_id (action));
      g_auto(GStrv) structures = coop_action_dup_structures (action);
      guint n_held = 0;

      if (coop_action_get_status (action) == COOP_ACTION_STATUS_ABANDONED)
        continue;

      check_dates (check, coop_action_get_start (action), coop_action_get_end (action), subject,
                   action_path, action);

      for (guint f = 0; f < COOP_N_FUNCTIONS; f++)
        {
          const char * const *holders = coop_action_get_holders (action, f);
          const char *nick = g_enum_get_value (functions, f)->value_nick;

          if (holders[0] == NULL)
            {
              report (check, COOP_SEVERITY_WARNING, "function-unheld", subject, action_path, action,
                      _("nobody holds “%s” in “%s”; expected at least one party for each function "
                        "of the who-does-what table"), nick, subject);
              continue;
            }

          n_held++;
          for (guint h = 0; holders[h] != NULL; h++)
            {
              g_autofree char *member = g_strdup_printf ("who-does-what.%s[%u]", nick, h);
              gboolean exists = party_exists (check, holders[h]);

              check_reference (check, holders[h], exists, PARTY_EXPECTED, subject, action_path, member, action);
              if (exists && !holder_is_party (check, agreement, holders[h]))
                report (check, COOP_SEVERITY_WARNING, "holder-not-party", subject, action_path, action,
                        _("“%s” holds “%s” in “%s” but is not a party of “%s”, nor an actor of one; "
                          "expected the holders of the who-does-what table among the agreement's parties"),
                        holders[h], nick, subject, coop_agreement_get_id (agreement));
            }
        }

      if (n_held >= 2 && g_strv_length (structures) == 1)
        report (check, COOP_SEVERITY_WARNING, "single-structure-action", subject, action_path, action,
                _("every function of “%s” sits with “%s”; expected functions shared between "
                  "structures (a silo is a warning sign of cooperation)"), subject, structures[0]);
    }
}

static void
check_pooled_resources (Check         *check,
                        CoopAgreement *agreement,
                        const char    *path)
{
  GListModel *resources = coop_agreement_get_pooled_resources (agreement);
  guint n = g_list_model_get_n_items (resources);
  const char *id = coop_agreement_get_id (agreement);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopPooledResource) resource = g_list_model_get_item (resources, i);
      g_autofree char *resource_path = g_strdup_printf ("%s.pooled-resources[%u]", path, i);
      const char *provider = coop_pooled_resource_get_provider (resource);
      const char * const *users = coop_pooled_resource_get_users (resource);

      check_reference (check, provider, provider == NULL || party_exists (check, provider), PARTY_EXPECTED,
                       id, resource_path, "provider", resource);
      for (guint u = 0; users != NULL && users[u] != NULL; u++)
        {
          g_autofree char *member = g_strdup_printf ("users[%u]", u);

          check_reference (check, users[u], party_exists (check, users[u]), PARTY_EXPECTED,
                           id, resource_path, member, resource);
        }
    }
}

static gboolean
plan_evaluated_within_year (CoopAgreement *agreement,
                            GDateTime     *year_start,
                            GDateTime     *year_end)
{
  GListModel *evaluations = coop_agreement_get_evaluations (agreement);
  guint n = g_list_model_get_n_items (evaluations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopEvaluation) evaluation = g_list_model_get_item (evaluations, i);
      GDateTime *date = coop_evaluation_get_date (evaluation);

      if (g_date_time_compare (date, year_start) >= 0 && g_date_time_compare (date, year_end) < 0)
        return TRUE;
    }

  return FALSE;
}

/* The history should chain, stay in date order, follow the lifecycle and
 * end at the current status; a document may still say otherwise. */
static void
check_history (Check         *check,
               CoopAgreement *agreement,
               const char    *path)
{
  GListModel *history = coop_agreement_get_history (agreement);
  guint n = g_list_model_get_n_items (history);
  const char *id = coop_agreement_get_id (agreement);
  g_autoptr(CoopTransition) previous = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopTransition) transition = g_list_model_get_item (history, i);
      g_autofree char *item_path = g_strdup_printf ("%s.history[%u]", path, i);
      CoopAgreementStatus from = coop_transition_get_from_status (transition);
      CoopAgreementStatus to = coop_transition_get_to_status (transition);

      if (!coop_agreement_status_can_transition (from, to))
        report (check, COOP_SEVERITY_WARNING, "history-mismatch", id, item_path, transition,
                _("the history of “%s” moves from “%s” to “%s”, which the lifecycle does not allow"),
                id, nick (COOP_TYPE_AGREEMENT_STATUS, from), nick (COOP_TYPE_AGREEMENT_STATUS, to));
      else if (previous != NULL && coop_transition_get_to_status (previous) != from)
        report (check, COOP_SEVERITY_WARNING, "history-mismatch", id, item_path, transition,
                _("the history of “%s” leaves “%s” after arriving at “%s”; expected each step to start "
                  "where the last one ended"), id, nick (COOP_TYPE_AGREEMENT_STATUS, from),
                nick (COOP_TYPE_AGREEMENT_STATUS, coop_transition_get_to_status (previous)));
      else if (previous != NULL &&
               g_date_time_compare (coop_transition_get_date (transition), coop_transition_get_date (previous)) < 0)
        report (check, COOP_SEVERITY_WARNING, "history-mismatch", id, item_path, transition,
                _("the history of “%s” goes back in time; expected transitions in date order"), id);

      g_set_object (&previous, transition);
    }

  if (previous != NULL && coop_transition_get_to_status (previous) != coop_agreement_get_status (agreement))
    report (check, COOP_SEVERITY_WARNING, "history-mismatch", id, path, agreement,
            _("“%s” is “%s” but its history ends at “%s”; expected the last transition to lead to the status"),
            id, nick (COOP_TYPE_AGREEMENT_STATUS, coop_agreement_get_status (agreement)),
            nick (COOP_TYPE_AGREEMENT_STATUS, coop_transition_get_to_status (previous)));
}

static gboolean
same_date (GDateTime *a,
           GDateTime *b)
{
  return a == b || (a != NULL && b != NULL && g_date_time_equal (a, b));
}

typedef gboolean (*SameItem) (gpointer first,
                              gpointer second);

/* The position of an item before @index of @items that @same finds equal
 * to the one at @index, or -1: the first copy of a repeat. */
static gint
find_earlier_copy (GListModel *items,
                   guint       index,
                   SameItem    same)
{
  g_autoptr(GObject) item = g_list_model_get_item (items, index);

  for (guint earlier = 0; earlier < index; earlier++)
    {
      g_autoptr(GObject) first = g_list_model_get_item (items, earlier);

      if (same (first, item))
        return earlier;
    }
  return -1;
}

static gboolean
same_link (gpointer first,
           gpointer second)
{
  return coop_agreement_link_get_relation (first) == coop_agreement_link_get_relation (second) &&
         g_strcmp0 (coop_agreement_link_get_agreement (first), coop_agreement_link_get_agreement (second)) == 0;
}

/* Two people may sign for one party, or one party sign twice on different
 * days; only a repeat of all three is a duplicate. */
static gboolean
same_signature (gpointer first,
                gpointer second)
{
  return g_strcmp0 (coop_signature_get_signatory (first), coop_signature_get_signatory (second)) == 0 &&
         g_strcmp0 (coop_signature_get_mandate (first), coop_signature_get_mandate (second)) == 0 &&
         same_date (coop_signature_get_date (first), coop_signature_get_date (second));
}

/* A link to the agreement itself, or the same link listed twice, says
 * nothing true; reading keeps both so that the user sees them here. */
static void
check_related (Check         *check,
               CoopAgreement *agreement,
               const char    *path)
{
  GListModel *related = coop_agreement_get_related (agreement);
  guint n = g_list_model_get_n_items (related);
  const char *id = coop_agreement_get_id (agreement);

  for (guint r = 0; r < n; r++)
    {
      g_autoptr(CoopAgreementLink) link = g_list_model_get_item (related, r);
      g_autofree char *link_path = g_strdup_printf ("%s.related[%u]", path, r);
      g_autofree char *member = g_strdup_printf ("related[%u].agreement", r);
      const char *other = coop_agreement_link_get_agreement (link);
      CoopRelation relation = coop_agreement_link_get_relation (link);
      gint earlier;

      check_reference (check, other, coop_model_get_agreement (check->model, other) != NULL,
                       AGREEMENT_EXPECTED, id, path, member, link);

      if (g_strcmp0 (other, id) == 0)
        {
          g_autofree char *member_path = g_strdup_printf ("%s.%s", path, member);

          report (check, COOP_SEVERITY_ERROR, "related-to-itself", id, member_path, link,
                  _("“%s” names itself among its related agreements (as “%s”); expected a link to "
                    "another agreement"), id, nick (COOP_TYPE_RELATION, relation));
        }

      earlier = find_earlier_copy (related, r, same_link);
      if (earlier >= 0)
        report (check, COOP_SEVERITY_WARNING, "related-twice", id, link_path, link,
                _("“%s” lists the link “%s” to “%s” twice (also at related[%u]); expected "
                  "each link once"), id, nick (COOP_TYPE_RELATION, relation), other, (guint)earlier);
    }
}

static void
check_signatures (Check         *check,
                  CoopAgreement *agreement,
                  const char    *path)
{
  GListModel *signatures = coop_agreement_get_signatures (agreement);
  guint n = g_list_model_get_n_items (signatures);
  const char *id = coop_agreement_get_id (agreement);

  for (guint s = 0; s < n; s++)
    {
      g_autoptr(CoopSignature) signature = g_list_model_get_item (signatures, s);
      g_autofree char *signature_path = g_strdup_printf ("%s.signatures[%u]", path, s);
      const char *signatory = coop_signature_get_signatory (signature);
      const char *mandate = coop_signature_get_mandate (signature);
      gint earlier;

      if (!coop_agreement_has_party (agreement, signatory))
        report (check, COOP_SEVERITY_ERROR, "signatory-not-party", id, signature_path, signature,
                _("“%s” signed “%s” but is not one of its parties; expected every signatory "
                  "among the parties"), signatory, id);
      check_reference (check, mandate, mandate == NULL || coop_model_get_mandate (check->model, mandate) != NULL,
                       MANDATE_EXPECTED, id, signature_path, "mandate", signature);

      earlier = find_earlier_copy (signatures, s, same_signature);
      if (earlier >= 0)
        report (check, COOP_SEVERITY_WARNING, "signature-twice", id, signature_path, signature,
                _("“%s” signed “%s” twice with the same mandate and date (also at "
                  "signatures[%u]); expected each signature once"), signatory, id, (guint)earlier);
    }
}

static gboolean
has_signed (CoopAgreement *agreement,
            const char    *reference)
{
  GListModel *signatures = coop_agreement_get_signatures (agreement);

  for (guint s = 0; s < g_list_model_get_n_items (signatures); s++)
    {
      g_autoptr(CoopSignature) signature = g_list_model_get_item (signatures, s);

      if (g_strcmp0 (coop_signature_get_signatory (signature), reference) == 0)
        return TRUE;
    }

  return FALSE;
}

/* An agreement signed or in force counts as signed by those whose
 * signatures are recorded, and only by them: say so when some are
 * missing. */
static void
check_signed (Check         *check,
              CoopAgreement *agreement,
              const char    *path)
{
  GListModel *parties = coop_agreement_get_parties (agreement);
  const char *id = coop_agreement_get_id (agreement);
  const char *status = nick (COOP_TYPE_AGREEMENT_STATUS, coop_agreement_get_status (agreement));
  g_autoptr(GStrvBuilder) missing = g_strv_builder_new ();
  g_auto(GStrv) unsigned_parties = NULL;
  gboolean signatory_party = FALSE;

  switch (coop_agreement_get_status (agreement))
    {
    case COOP_AGREEMENT_STATUS_SIGNED:
    case COOP_AGREEMENT_STATUS_IN_FORCE:
    case COOP_AGREEMENT_STATUS_UNDER_EVALUATION:
    case COOP_AGREEMENT_STATUS_RENEWED:
      break;
    default:
      return;
    }

  for (guint p = 0; p < g_list_model_get_n_items (parties); p++)
    {
      g_autoptr(CoopParty) party = g_list_model_get_item (parties, p);
      const char *reference = coop_party_get_reference (party);

      if (coop_party_get_role (party) != COOP_PARTY_ROLE_SIGNATORY)
        continue;

      signatory_party = TRUE;
      if (!has_signed (agreement, reference))
        g_strv_builder_add (missing, reference);
    }

  unsigned_parties = g_strv_builder_end (missing);
  if (unsigned_parties[0] != NULL)
    {
      g_autofree char *list = g_strjoinv ("”, “", unsigned_parties);

      report (check, COOP_SEVERITY_WARNING, "signature-missing", id, path, agreement,
              _("“%s” is “%s” but no signature is recorded for its signatory party or parties “%s”; "
                "expected a signature of each, since assessments count only recorded signatures"),
              id, status, list);
    }
  else if (!signatory_party && g_list_model_get_n_items (coop_agreement_get_signatures (agreement)) == 0)
    report (check, COOP_SEVERITY_WARNING, "signature-missing", id, path, agreement,
            _("“%s” is “%s” but records no signature; expected the signatures of its signatory "
              "parties, since assessments count only recorded signatures"), id, status);
}

static void
check_milestones (Check         *check,
                  CoopAgreement *agreement,
                  const char    *path)
{
  GListModel *milestones = coop_agreement_get_milestones (agreement);
  guint n = g_list_model_get_n_items (milestones);
  const char *id = coop_agreement_get_id (agreement);

  for (guint m = 0; m < n; m++)
    {
      g_autoptr(CoopMilestone) milestone = g_list_model_get_item (milestones, m);
      GDateTime *met = coop_milestone_get_met (milestone);

      /* A missed milestone may still be met late; only “pending” contradicts
       * a date met. */
      if (met != NULL && coop_milestone_get_status (milestone) == COOP_MILESTONE_STATUS_PENDING)
        {
          g_autofree char *milestone_path = g_strdup_printf ("%s.milestones[%u]", path, m);
          g_autofree char *met_text = g_date_time_format (met, "%Y-%m-%d");

          report (check, COOP_SEVERITY_WARNING, "milestone-met-but-pending", id, milestone_path, milestone,
                  _("the milestone “%s” of “%s” was met on %s but is still “pending”; expected the "
                    "status “met”"), coop_milestone_get_title (milestone), id, met_text);
        }
    }
}

/* An agreement without a start is dated by its history, which is kept
 * oldest first. */
static void
check_evaluations (Check         *check,
                   CoopAgreement *agreement,
                   const char    *path)
{
  GListModel *evaluations = coop_agreement_get_evaluations (agreement);
  GListModel *history = coop_agreement_get_history (agreement);
  guint n = g_list_model_get_n_items (evaluations);
  const char *id = coop_agreement_get_id (agreement);
  GDateTime *start = coop_agreement_get_start (agreement);
  g_autoptr(CoopTransition) first_transition = NULL;
  g_autofree char *start_text = NULL;

  if (start == NULL && g_list_model_get_n_items (history) > 0)
    {
      first_transition = g_list_model_get_item (history, 0);
      start = coop_transition_get_date (first_transition);
    }
  if (start == NULL)
    return;

  start_text = g_date_time_format (start, "%Y-%m-%d");
  for (guint e = 0; e < n; e++)
    {
      g_autoptr(CoopEvaluation) evaluation = g_list_model_get_item (evaluations, e);
      GDateTime *date = coop_evaluation_get_date (evaluation);
      g_autofree char *evaluation_path = NULL;
      g_autofree char *date_text = NULL;

      if (date == NULL || g_date_time_compare (date, start) >= 0)
        continue;

      evaluation_path = g_strdup_printf ("%s.evaluations[%u]", path, e);
      date_text = g_date_time_format (date, "%Y-%m-%d");
      if (first_transition == NULL)
        report (check, COOP_SEVERITY_WARNING, "evaluation-before-start", id, evaluation_path, evaluation,
                _("“%s” is evaluated on %s, before it starts on %s; expected an evaluation on or "
                  "after the start"), id, date_text, start_text);
      else
        report (check, COOP_SEVERITY_WARNING, "evaluation-before-start", id, evaluation_path, evaluation,
                _("“%s” is evaluated on %s, before its history begins on %s; expected an evaluation "
                  "on or after the first transition"), id, date_text, start_text);
    }
}

static void
check_agreements (Check *check)
{
  GListModel *agreements = coop_model_get_agreements (check->model);
  guint n = g_list_model_get_n_items (agreements);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, i);
      g_autofree char *path = g_strdup_printf ("$.agreements[%u]", i);
      const char *id = coop_agreement_get_id (agreement);
      CoopAgreementStatus status = coop_agreement_get_status (agreement);
      GDateTime *start = coop_agreement_get_start (agreement);
      GDateTime *end = coop_agreement_get_end (agreement);
      GListModel *parties = coop_agreement_get_parties (agreement);

      check_dates (check, start, end, id, path, agreement);

      for (guint p = 0; p < g_list_model_get_n_items (parties); p++)
        {
          g_autoptr(CoopParty) party = g_list_model_get_item (parties, p);
          g_autofree char *member = g_strdup_printf ("parties[%u].reference", p);

          check_reference (check, coop_party_get_reference (party),
                           party_exists (check, coop_party_get_reference (party)),
                           PARTY_EXPECTED, id, path, member, party);
        }

      check_signatures (check, agreement, path);
      check_signed (check, agreement, path);
      check_related (check, agreement, path);

      if ((status == COOP_AGREEMENT_STATUS_IN_FORCE || status == COOP_AGREEMENT_STATUS_UNDER_EVALUATION) &&
          end != NULL && g_date_time_compare (check->date, end) > 0)
        {
          g_autofree char *end_text = g_date_time_format (end, "%Y-%m-%d");

          report (check, COOP_SEVERITY_ERROR, "in-force-past-end", id, path, agreement,
                  _("“%s” is still in force after its end on %s; expected it renewed, completed "
                    "or expired"), id, end_text);
        }

      if (coop_agreement_get_kind (agreement) == COOP_AGREEMENT_KIND_PLAN_DE_COOPERATION && start != NULL &&
          status != COOP_AGREEMENT_STATUS_DRAFT && status != COOP_AGREEMENT_STATUS_NEGOTIATION &&
          status != COOP_AGREEMENT_STATUS_CANCELLED)
        {
          g_autoptr(GDateTime) year_end = g_date_time_add_years (start, 1);

          /* No year_end: the plan starts in GDateTime's last year, whose
           * end no check date can pass. */
          if (year_end != NULL && g_date_time_compare (check->date, year_end) >= 0 &&
              !plan_evaluated_within_year (agreement, start, year_end))
            report (check, COOP_SEVERITY_WARNING, "plan-not-evaluated", id, path, agreement,
                    _("the plan de coopération “%s” has no evaluation within its year; expected one "
                      "each year, before it is renewed"), id);
        }

      check_pooled_resources (check, agreement, path);
      check_history (check, agreement, path);
      check_milestones (check, agreement, path);
      check_evaluations (check, agreement, path);
      check_actions (check, agreement, path);
    }
}

/* How many steps a scale libcoop ships has, or 0 for another scale (a
 * file the model cannot see). */
static guint
builtin_scale_steps (const char *id)
{
  g_auto(GStrv) builtin = coop_scale_list_builtin ();
  g_autoptr(CoopScale) scale = NULL;

  if (!g_strv_contains ((const char * const *)builtin, id))
    return 0;

  scale = coop_scale_new_builtin (id, NULL);
  return scale != NULL ? coop_scale_get_n_steps (scale) : 0;
}

static void
check_ratings (Check *check)
{
  GListModel *ratings = coop_model_get_ratings (check->model);
  guint n = g_list_model_get_n_items (ratings);
  g_autoptr(GHashTable) steps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopRating) rating = g_list_model_get_item (ratings, i);
      g_autofree char *path = g_strdup_printf ("$.ratings[%u]", i);
      const char *id = coop_rating_get_id (rating);
      const char *rater = coop_rating_get_rater (rating);
      const char *territory = coop_rating_get_territory (rating);
      const char *partner = coop_rating_get_partner (rating);
      const char *scale = coop_rating_get_scale (rating);
      guint level = coop_rating_get_level (rating);
      gpointer n_steps;

      check_reference (check, rater, coop_model_get_actor (check->model, rater) != NULL,
                       ACTOR_EXPECTED, id, path, "rater", rating);
      check_reference (check, territory, territory_exists (check, territory), TERRITORY_EXPECTED,
                       id, path, "territory", rating);
      check_reference (check, partner, territory_exists (check, partner), TERRITORY_EXPECTED,
                       id, path, "partner", rating);

      if (!g_hash_table_lookup_extended (steps, scale, NULL, &n_steps))
        {
          n_steps = GUINT_TO_POINTER (builtin_scale_steps (scale));
          g_hash_table_insert (steps, g_strdup (scale), n_steps);
        }

      if (GPOINTER_TO_UINT (n_steps) > 0 && level > GPOINTER_TO_UINT (n_steps))
        {
          g_autofree char *level_path = g_strdup_printf ("%s.level", path);

          report (check, COOP_SEVERITY_ERROR, "rating-beyond-scale", id, level_path, rating,
                  _("“%s” declares step %u of “%s”, which has %u steps; expected a level from 0 to %u"),
                  id, level, scale, GPOINTER_TO_UINT (n_steps), GPOINTER_TO_UINT (n_steps));
        }
    }
}

/**
 * coop_model_check:
 * @self: a model
 * @date: (nullable): the day to check at, or %NULL for today
 *
 * Checks the whole model: its territories (everything
 * [method@Coop.Model.validate] reports) and its cooperation. Each finding
 * has a stable code:
 *
 * - `unknown-reference` (error): a reference names nothing the model or the
 *   atlas knows (an actor, body, post, mandate, agreement or territory),
 *   wherever it stands: in an actor, a post, a mandate, a body's scope or
 *   meetings, an agreement's parties, signatures, related agreements,
 *   who-does-what tables and pooled resources, or a rating;
 * - `inverted-dates` (error): something ends before it starts;
 * - `in-force-past-end` (error): an agreement in force or under evaluation
 *   after its end date;
 * - `signatory-not-party` (error): a signatory that is not a party;
 * - `holder-not-party` (warning): a holder of a function of the
 *   who-does-what table that is neither a party of the agreement nor an
 *   actor of one;
 * - `related-to-itself` (error): an agreement names itself among its
 *   related agreements;
 * - `mandate-out-of-scope` (error): a mandate in a body represents a
 *   territory outside the body's scope;
 * - `post-over-filled` (error): a post has more holders on @date than seats;
 * - `rating-beyond-scale` (error): a rating declares a step above the top
 *   of the scale it names (checked for the scales libcoop ships);
 * - `history-mismatch` (warning): an agreement's history does not chain,
 *   goes back in time, makes a move the lifecycle refuses, or does not end
 *   at the current status;
 * - `post-vacant` (warning): a post has no holder on @date;
 * - `plan-not-evaluated` (warning): a plan de coopération whose year has
 *   passed without an evaluation dated within it;
 * - `function-unheld` (warning): a function of an action's who-does-what
 *   table that nobody holds (abandoned actions are skipped);
 * - `single-structure-action` (warning): every function held in an action
 *   sits with one structure (a silo);
 * - `related-twice` (warning): the same link (relation and agreement)
 *   listed twice;
 * - `signature-twice` (warning): the same signature (signatory, mandate
 *   and date) listed twice;
 * - `signature-missing` (warning): an agreement signed, in force, under
 *   evaluation or renewed with a signatory party whose signature is not
 *   recorded, or with no signature at all (assessments count an agreement
 *   as signed only by the signatures recorded);
 * - `milestone-met-but-pending` (warning): a milestone with a date met but
 *   still `pending`;
 * - `evaluation-before-start` (warning): an evaluation dated before the
 *   agreement starts (or, without a start, before its first transition).
 *
 * Four of them depend on @date (`in-force-past-end`, `post-over-filled`,
 * `post-vacant`, `plan-not-evaluated`); [method@Coop.Model.validate]
 * reports all the others.
 *
 * Returns: (transfer full): a list model of [class@Coop.Finding]
 *
 * Since: 1.0
 */
void
_coop_model_check_document (CoopModel  *self,
                            GListStore *findings)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  Check check = { self, findings, now, CHECK_DOCUMENT };

  check_actors (&check);
  check_posts (&check);
  check_mandates (&check);
  check_bodies (&check);
  check_agreements (&check);
  check_ratings (&check);
}

GListModel *
coop_model_check (CoopModel *self,
                  GDateTime *date)
{
  g_autoptr(GListModel) validation = NULL;
  g_autoptr(GDateTime) today = NULL;
  Check check;
  guint n;

  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);

  if (date == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      today = g_date_time_new_utc (g_date_time_get_year (now), g_date_time_get_month (now),
                                   g_date_time_get_day_of_month (now), 0, 0, 0);
      date = today;
    }

  check.model = self;
  check.findings = g_list_store_new (COOP_TYPE_FINDING);
  check.date = date;
  check.mode = CHECK_DAY;

  /* What holds whatever the day, then what the day adds. */
  validation = coop_model_validate (self);
  n = g_list_model_get_n_items (validation);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopFinding) finding = g_list_model_get_item (validation, i);

      g_list_store_append (check.findings, finding);
    }

  check_actors (&check);
  check_posts (&check);
  check_mandates (&check);
  check_bodies (&check);
  check_agreements (&check);
  check_ratings (&check);

  return G_LIST_MODEL (check.findings);
}
