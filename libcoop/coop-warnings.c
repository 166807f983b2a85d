/* coop-warnings.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "coop-action.h"
#include "coop-actor.h"
#include "coop-agreement.h"
#include "coop-body.h"
#include "coop-diagnostic-private.h"
#include "coop-evidence-private.h"
#include "coop-mandate.h"
#include "coop-model-index-private.h"
#include "coop-model-private.h"
#include "coop-party.h"
#include "coop-rating.h"
#include "coop-scale.h"
#include "coop-transition.h"

/* The signs of the seed material, detected rather than listed. */

/* The core is the top tenth of the elected officials who sit in bodies
 * (at least one person); it is a sign when it holds half the seats. */
#define SMALL_CORE_SHARE 0.5
#define SMALL_CORE_MIN_MANDATES 6

/* First rounds of the municipal elections: the councils, and so the
 * conseils communautaires, change after each. */
static const struct { int year, month, day; } municipal_elections[] = {
  { 2008, 3, 9 }, { 2014, 3, 23 }, { 2020, 3, 15 }, { 2026, 3, 15 },
};

/* A reference as people name it: the territory's or the actor's name. */
static char *
dup_reference_name (CoopModel  *model,
                    const char *reference)
{
  g_autoptr(CoopTerritory) territory = coop_model_lookup (model, reference);
  CoopActor *actor;

  if (territory != NULL)
    return g_strdup (coop_territory_get_name (territory));
  actor = coop_model_get_actor (model, reference);
  return g_strdup (actor != NULL ? coop_actor_get_name (actor) : reference);
}

static void
add_sign (GListStore   *warnings,
          const char   *code,
          CoopSeverity  severity,
          GPtrArray    *subjects,
          double        figure,
          CoopMessage  *message)
{
  g_autoptr(CoopWarningSign) sign = _coop_warning_sign_new (code, severity, subjects, figure, message);

  g_list_store_append (warnings, sign);
}

typedef struct
{
  const char *actor;
  guint       count;
} Holder;

static int
holder_cmp (gconstpointer a,
            gconstpointer b)
{
  const Holder *ha = a;
  const Holder *hb = b;

  if (ha->count != hb->count)
    return ha->count > hb->count ? -1 : 1;
  return g_strcmp0 (ha->actor, hb->actor);
}

static void
detect_small_core (CoopModel  *model,
                   GDateTime  *date,
                   GListStore *warnings)
{
  GListModel *mandates = coop_model_get_mandates (model);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) holders = g_array_new (FALSE, FALSE, sizeof (Holder));
  g_autoptr(GPtrArray) core = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;
  guint total = 0, held = 0, core_size;
  double share;

  for (guint i = 0; i < g_list_model_get_n_items (mandates); i++)
    {
      g_autoptr(CoopMandate) mandate = g_list_model_get_item (mandates, i);
      const char *actor_id = coop_mandate_get_actor (mandate);
      CoopActor *actor = coop_model_get_actor (model, actor_id);

      if (coop_mandate_get_body (mandate) == NULL || actor == NULL ||
          coop_actor_get_kind (actor) != COOP_ACTOR_KIND_ELECTED_OFFICIAL ||
          !coop_mandate_is_active (mandate, date))
        continue;

      total++;
      g_hash_table_insert (counts, (gpointer)actor_id,
                          GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, actor_id)) + 1));
    }

  if (total < SMALL_CORE_MIN_MANDATES)
    return;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Holder holder = { key, GPOINTER_TO_UINT (value) };

      g_array_append_val (holders, holder);
    }
  g_array_sort (holders, holder_cmp);

  core_size = MAX (1, (guint)ceil (holders->len / 10.0));
  for (guint i = 0; i < core_size; i++)
    {
      held += g_array_index (holders, Holder, i).count;
      g_ptr_array_add (core, (gpointer)g_array_index (holders, Holder, i).actor);
    }

  share = (double)held / total;
  if (share < SMALL_CORE_SHARE)
    return;

  add_sign (warnings, "small-core", COOP_SEVERITY_WARNING, core, share,
            _coop_message_new ("%u of %u elected officials hold %.0f%% of the %u mandates in the bodies",
                               core_size, holders->len, 100 * share, total));
}

static gboolean
territory_is_reached (CoopModel     *model,
                      CoopTerritory *territory,
                      GDateTime     *date)
{
  const char *code = coop_territory_get_code (territory);
  const char * const territories[] = { code, NULL };
  g_autoptr(CoopEvidenceContext) context = _coop_evidence_context_new (model, territories, date, NULL);
  GListModel *bodies = coop_model_get_bodies (model);
  GListModel *agreements = coop_model_get_agreements (model);

  GArray *candidates;

  if (context == NULL)
    return TRUE;

  candidates = _coop_evidence_get_candidates (context, FALSE);
  for (guint c = 0; c < candidates->len; c++)
    {
      g_autoptr(CoopBody) body = g_list_model_get_item (bodies, g_array_index (candidates, guint, c));

      if (coop_body_is_active (body, date) && _coop_evidence_reaches_all (context, coop_body_get_scope (body)))
        return TRUE;
    }

  candidates = _coop_evidence_get_candidates (context, TRUE);
  for (guint c = 0; c < candidates->len; c++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, g_array_index (candidates, guint, c));
      GListModel *parties = coop_agreement_get_parties (agreement);

      for (guint p = 0; p < g_list_model_get_n_items (parties); p++)
        {
          g_autoptr(CoopParty) party = g_list_model_get_item (parties, p);

          if (_coop_evidence_reaches (context, coop_party_get_reference (party), 0))
            return TRUE;
        }
    }

  return FALSE;
}

static void
detect_invisible_border (CoopModel  *model,
                         GDateTime  *date,
                         GListStore *warnings)
{
  GListModel *territories = coop_model_get_territories (model);

  for (guint i = 0; i < g_list_model_get_n_items (territories); i++)
    {
      g_autoptr(CoopTerritory) territory = g_list_model_get_item (territories, i);
      g_autoptr(GPtrArray) subjects = g_ptr_array_new ();

      if (territory_is_reached (model, territory, date))
        continue;

      g_ptr_array_add (subjects, (gpointer)coop_territory_get_code (territory));
      add_sign (warnings, "invisible-border", COOP_SEVERITY_WARNING, subjects, 0,
                _coop_message_new ("“%s”: no body and no agreement reaches its members",
                                   coop_territory_get_name (territory)));
    }
}

/* Whether @agreement binds its parties on @date: in force, under
 * evaluation (still in force) or renewed, by the status its history gives
 * it that day. A draft, a negotiation, a signed text not yet in force and
 * an agreement that ended (completed, terminated, cancelled, expired)
 * bind nobody. */
static gboolean
agreement_in_force (CoopAgreement *agreement,
                    GDateTime     *date)
{
  switch (_coop_evidence_status_at (agreement, date))
    {
    case COOP_AGREEMENT_STATUS_IN_FORCE:
    case COOP_AGREEMENT_STATUS_UNDER_EVALUATION:
    case COOP_AGREEMENT_STATUS_RENEWED:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Positions of the agreements in force on @date by party reference, each
 * list in the model's order. */
static GHashTable *
agreements_by_party (CoopModel *model,
                     GDateTime *date)
{
  GListModel *agreements = coop_model_get_agreements (model);
  GHashTable *by_party = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_array_unref);

  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, i);
      GListModel *parties = coop_agreement_get_parties (agreement);

      if (!agreement_in_force (agreement, date))
        continue;

      for (guint p = 0; p < g_list_model_get_n_items (parties); p++)
        {
          g_autoptr(CoopParty) party = g_list_model_get_item (parties, p);
          const char *reference = coop_party_get_reference (party);
          GArray *positions = g_hash_table_lookup (by_party, reference);

          if (positions == NULL)
            {
              positions = g_array_new (FALSE, FALSE, sizeof (guint));
              /* The party's string lives as long as the model's agreements. */
              g_hash_table_insert (by_party, (gpointer)reference, positions);
            }
          if (positions->len == 0 || g_array_index (positions, guint, positions->len - 1) != i)
            g_array_append_val (positions, i);
        }
    }

  return by_party;
}

static gboolean
agreement_binds (GHashTable *by_party,
                 const char *first,
                 const char *second)
{
  GArray *a = g_hash_table_lookup (by_party, first);
  GArray *b = g_hash_table_lookup (by_party, second);

  for (guint i = 0, j = 0; a != NULL && b != NULL && i < a->len && j < b->len;)
    {
      guint x = g_array_index (a, guint, i), y = g_array_index (b, guint, j);

      if (x == y)
        return TRUE;
      if (x < y)
        i++;
      else
        j++;
    }

  return FALSE;
}

static int
uint_cmp (gconstpointer a,
          gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;

  return x < y ? -1 : x > y;
}

/* Overlapping territories of project with no agreement in force between
 * them on @date: layers piled up without articulation. The pairs that
 * share a commune come from the model's index of communes, not from
 * trying every pair. */
static void
detect_strata (CoopModel  *model,
               GDateTime  *date,
               GListStore *warnings)
{
  CoopModelIndex *index = _coop_model_get_index (model);
  GListModel *territories = coop_model_get_territories (model);
  guint n = g_list_model_get_n_items (territories);
  g_autoptr(GHashTable) positions = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) by_party = agreements_by_party (model, date);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopTerritory) territory = g_list_model_get_item (territories, i);

      g_hash_table_insert (positions, territory, GUINT_TO_POINTER (i));
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopTerritory) a = g_list_model_get_item (territories, i);
      GArray *perimeter = _coop_model_index_get_perimeter (index, a);
      g_autoptr(GArray) overlapping = g_array_new (FALSE, FALSE, sizeof (guint));

      if (!coop_territory_kind_is_project (coop_territory_get_kind (a)))
        continue;

      for (guint c = 0; c < perimeter->len; c++)
        {
          GPtrArray *holders = _coop_model_index_get_containing (index, g_array_index (perimeter, guint32, c));

          for (guint h = 0; holders != NULL && h < holders->len; h++)
            {
              guint j = GPOINTER_TO_UINT (g_hash_table_lookup (positions, g_ptr_array_index (holders, h)));

              if (j > i)
                g_array_append_val (overlapping, j);
            }
        }
      g_array_sort (overlapping, uint_cmp);

      for (guint k = 0; k < overlapping->len; k++)
        {
          guint j = g_array_index (overlapping, guint, k);
          g_autoptr(CoopTerritory) b = NULL;
          g_autoptr(GPtrArray) subjects = NULL;

          if (k > 0 && g_array_index (overlapping, guint, k - 1) == j)
            continue;

          b = g_list_model_get_item (territories, j);
          if (!coop_territory_kind_is_project (coop_territory_get_kind (b)) ||
              agreement_binds (by_party, coop_territory_get_code (a), coop_territory_get_code (b)))
            continue;

          subjects = g_ptr_array_new ();
          g_ptr_array_add (subjects, (gpointer)coop_territory_get_code (a));
          g_ptr_array_add (subjects, (gpointer)coop_territory_get_code (b));
          add_sign (warnings, "strata", COOP_SEVERITY_WARNING, subjects, 0,
                    _coop_message_new ("“%s” and “%s” overlap with no agreement in force between them",
                                       coop_territory_get_name (a), coop_territory_get_name (b)));
        }
    }
}

static void
detect_silos (CoopModel  *model,
              GListStore *warnings)
{
  GListModel *agreements = coop_model_get_agreements (model);

  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, i);
      GListModel *actions = coop_agreement_get_actions (agreement);

      for (guint a = 0; a < g_list_model_get_n_items (actions); a++)
        {
          g_autoptr(CoopAction) action = g_list_model_get_item (actions, a);
          g_auto(GStrv) structures = coop_action_dup_structures (action);
          g_autoptr(GPtrArray) subjects = NULL;
          g_autofree char *subject = NULL;
          g_autofree char *structure_name = NULL;

          /* An abandoned action is no silo: nobody holds anything any more. */
          if (coop_action_get_status (action) == COOP_ACTION_STATUS_ABANDONED ||
              structures == NULL || structures[0] == NULL || structures[1] != NULL)
            continue;

          subject = g_strdup_printf ("%s/%s", coop_agreement_get_id (agreement), coop_action_get_id (action));
          structure_name = dup_reference_name (model, structures[0]);
          subjects = g_ptr_array_new ();
          g_ptr_array_add (subjects, subject);
          add_sign (warnings, "silos", COOP_SEVERITY_WARNING, subjects, 0,
                    _coop_message_new ("action “%s”: all its functions sit with %s",
                                       coop_action_get_title (action), structure_name));
        }
    }
}

/* Who funds an agreement: its parties named funder and everyone holding
 * the funding function of one of its actions (abandoned ones aside), each
 * once. */
static GPtrArray *
agreement_funders (CoopModel     *model,
                   CoopAgreement *agreement)
{
  GListModel *parties = coop_agreement_get_parties (agreement);
  GListModel *actions = coop_agreement_get_actions (agreement);
  GPtrArray *funders = g_ptr_array_new_with_free_func (g_free);

  for (guint p = 0; p < g_list_model_get_n_items (parties); p++)
    {
      g_autoptr(CoopParty) party = g_list_model_get_item (parties, p);
      g_autofree char *funder = NULL;

      if (coop_party_get_role (party) != COOP_PARTY_ROLE_FUNDER)
        continue;
      funder = _coop_model_dup_canonical_reference (model, coop_party_get_reference (party));
      if (!g_ptr_array_find_with_equal_func (funders, funder, g_str_equal, NULL))
        g_ptr_array_add (funders, g_steal_pointer (&funder));
    }

  for (guint a = 0; a < g_list_model_get_n_items (actions); a++)
    {
      g_autoptr(CoopAction) action = g_list_model_get_item (actions, a);
      const char * const *holders = coop_action_get_holders (action, COOP_FUNCTION_FUNDING);

      if (coop_action_get_status (action) == COOP_ACTION_STATUS_ABANDONED)
        continue;

      for (guint h = 0; holders != NULL && holders[h] != NULL; h++)
        {
          g_autofree char *funder = _coop_model_dup_canonical_reference (model, holders[h]);

          if (!g_ptr_array_find_with_equal_func (funders, funder, g_str_equal, NULL))
            g_ptr_array_add (funders, g_steal_pointer (&funder));
        }
    }

  return funders;
}

/* Whether @reference signs or leads @agreement: a structure that funds
 * what it leads spends its own resources, not a programme's. */
static gboolean
signs_or_leads (CoopModel     *model,
                CoopAgreement *agreement,
                const char    *reference)
{
  GListModel *parties = coop_agreement_get_parties (agreement);

  for (guint p = 0; p < g_list_model_get_n_items (parties); p++)
    {
      g_autoptr(CoopParty) party = g_list_model_get_item (parties, p);
      g_autofree char *canonical = NULL;

      if (coop_party_get_role (party) != COOP_PARTY_ROLE_SIGNATORY && coop_party_get_role (party) != COOP_PARTY_ROLE_LEAD)
        continue;
      canonical = _coop_model_dup_canonical_reference (model, coop_party_get_reference (party));
      if (g_str_equal (canonical, reference))
        return TRUE;
    }

  return FALSE;
}

/* Whether @agreement had been renewed by @date: its history reaches
 * “renewed” (an evaluation led to it; coop_model_renew_agreement() moves
 * it there), or, without a history, its status is “renewed”. */
static gboolean
renewed_by (CoopAgreement *agreement,
            GDateTime     *date)
{
  GListModel *history = coop_agreement_get_history (agreement);
  guint n = g_list_model_get_n_items (history);

  if (n == 0)
    return coop_agreement_get_status (agreement) == COOP_AGREEMENT_STATUS_RENEWED;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopTransition) transition = g_list_model_get_item (history, i);
      GDateTime *when = coop_transition_get_date (transition);

      if (coop_transition_get_to_status (transition) == COOP_AGREEMENT_STATUS_RENEWED &&
          (when == NULL || g_date_time_compare (when, date) <= 0))
        return TRUE;
    }

  return FALSE;
}

/* Whether @agreement says it renews another one. */
static gboolean
renews_another (CoopAgreement *agreement)
{
  GListModel *related = coop_agreement_get_related (agreement);

  for (guint i = 0; i < g_list_model_get_n_items (related); i++)
    {
      g_autoptr(CoopAgreementLink) link = g_list_model_get_item (related, i);

      if (coop_agreement_link_get_relation (link) == COOP_RELATION_RENEWS)
        return TRUE;
    }

  return FALSE;
}

/* An agreement whose funding comes from one outside structure alone (a
 * programme, not the parties that sign or lead it), with no evaluation to
 * prepare what follows and no renewal: the project is likely to die with
 * the programme. A renewal is the follow-up the sign looks for, on either
 * side: the agreement was renewed by @date (or another agreement of the
 * model renews it), or it renews an earlier one, the cooperation having
 * already outlived one period of its funding. */
static void
detect_single_funding (CoopModel  *model,
                       GDateTime  *date,
                       GListStore *warnings)
{
  GListModel *agreements = coop_model_get_agreements (model);
  g_autoptr(GHashTable) renewed = g_hash_table_new (g_str_hash, g_str_equal);

  /* The agreements another one renews, by identifier. */
  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, i);
      GListModel *related = coop_agreement_get_related (agreement);

      for (guint r = 0; r < g_list_model_get_n_items (related); r++)
        {
          g_autoptr(CoopAgreementLink) link = g_list_model_get_item (related, r);

          /* The link's string lives as long as the model's agreements. */
          if (coop_agreement_link_get_relation (link) == COOP_RELATION_RENEWS)
            g_hash_table_add (renewed, (gpointer) coop_agreement_link_get_agreement (link));
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, i);
      g_autoptr(GPtrArray) funders = agreement_funders (model, agreement);
      g_autoptr(GPtrArray) subjects = NULL;
      g_autofree char *funder_name = NULL;
      const char *funder;

      if (funders->len != 1 || g_list_model_get_n_items (coop_agreement_get_evaluations (agreement)) > 0 ||
          signs_or_leads (model, agreement, g_ptr_array_index (funders, 0)) ||
          renewed_by (agreement, date) || renews_another (agreement) ||
          g_hash_table_contains (renewed, coop_agreement_get_id (agreement)))
        continue;

      funder = g_ptr_array_index (funders, 0);
      funder_name = dup_reference_name (model, funder);
      subjects = g_ptr_array_new ();
      g_ptr_array_add (subjects, (gpointer)coop_agreement_get_id (agreement));
      add_sign (warnings, "single-funding", COOP_SEVERITY_WARNING, subjects, 0,
                _coop_message_new ("“%s” rests on one funder (%s), with no evaluation or continuation",
                                   coop_agreement_get_title (agreement), funder_name));
    }
}

/* An agreement that started before a municipal election and ended early,
 * was cancelled or expired within the year after it. */
static void
detect_mandate_change (CoopModel  *model,
                       GListStore *warnings)
{
  GListModel *agreements = coop_model_get_agreements (model);

  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, i);
      GListModel *history = coop_agreement_get_history (agreement);
      GDateTime *start = coop_agreement_get_start (agreement);

      for (guint t = 0; t < g_list_model_get_n_items (history); t++)
        {
          g_autoptr(CoopTransition) transition = g_list_model_get_item (history, t);
          CoopAgreementStatus to = coop_transition_get_to_status (transition);
          GDateTime *when = coop_transition_get_date (transition);

          if (when == NULL || (to != COOP_AGREEMENT_STATUS_TERMINATED_EARLY &&
                               to != COOP_AGREEMENT_STATUS_CANCELLED && to != COOP_AGREEMENT_STATUS_EXPIRED))
            continue;

          for (guint e = 0; e < G_N_ELEMENTS (municipal_elections); e++)
            {
              g_autoptr(GDateTime) election = g_date_time_new_utc (municipal_elections[e].year,
                                                                   municipal_elections[e].month,
                                                                   municipal_elections[e].day, 0, 0, 0);
              g_autoptr(GDateTime) year_after = g_date_time_add_years (election, 1);
              g_autoptr(GPtrArray) subjects = NULL;

              if ((start != NULL && g_date_time_compare (start, election) >= 0) ||
                  g_date_time_compare (when, election) < 0 || g_date_time_compare (when, year_after) > 0)
                continue;

              subjects = g_ptr_array_new ();
              g_ptr_array_add (subjects, (gpointer)coop_agreement_get_id (agreement));
              add_sign (warnings, "mandate-change", COOP_SEVERITY_WARNING, subjects, 0,
                        _coop_message_new ("“%s” did not survive the %d change of councils",
                                           coop_agreement_get_title (agreement), municipal_elections[e].year));
            }
        }
    }
}

/* How many steps a scale libcoop ships has, or G_MAXUINT for another. */
static guint
scale_steps (const char *id)
{
  g_auto(GStrv) builtin = coop_scale_list_builtin ();
  g_autoptr(CoopScale) scale = NULL;

  if (!g_strv_contains ((const char * const *)builtin, id))
    return G_MAXUINT;
  scale = coop_scale_new_builtin (id, NULL);
  return scale != NULL ? coop_scale_get_n_steps (scale) : G_MAXUINT;
}

/* The latest rating of each side about the other, per scale; a rating
 * beyond its scale (an error coop check reports) is left out. */
static GHashTable *
latest_ratings (CoopModel *model,
                GDateTime *date)
{
  GListModel *ratings = coop_model_get_ratings (model);
  GHashTable *latest = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (ratings); i++)
    {
      g_autoptr(CoopRating) rating = g_list_model_get_item (ratings, i);
      g_autofree char *from = _coop_model_dup_canonical_reference (model, coop_rating_get_territory (rating));
      g_autofree char *to = _coop_model_dup_canonical_reference (model, coop_rating_get_partner (rating));
      g_autofree char *key = g_strdup_printf ("%s|%s|%s", coop_rating_get_scale (rating), from, to);
      CoopRating *previous = g_hash_table_lookup (latest, key);
      GDateTime *when = coop_rating_get_date (rating);

      if ((when != NULL && g_date_time_compare (when, date) > 0) ||
          coop_rating_get_level (rating) > scale_steps (coop_rating_get_scale (rating)))
        continue;
      if (previous == NULL ||
          (when != NULL && (coop_rating_get_date (previous) == NULL ||
                            g_date_time_compare (when, coop_rating_get_date (previous)) > 0)))
        g_hash_table_insert (latest, g_steal_pointer (&key), rating);
    }

  return latest;
}

static int
key_cmp (gconstpointer a,
         gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* Two sides that rate their cooperation on different steps: not an
 * error, a topic to discuss. */
static void
detect_rating_asymmetry (CoopModel  *model,
                         GDateTime  *date,
                         GListStore *warnings)
{
  g_autoptr(GHashTable) latest = latest_ratings (model, date);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key_pointer;

  /* Sorted, so signs come in a stable order. */
  g_hash_table_iter_init (&iter, latest);
  while (g_hash_table_iter_next (&iter, &key_pointer, NULL))
    g_ptr_array_add (keys, key_pointer);
  g_ptr_array_sort (keys, key_cmp);
  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);
      g_auto(GStrv) parts = g_strsplit (key, "|", 3);
      g_autofree char *mirror = g_strdup_printf ("%s|%s|%s", parts[0], parts[2], parts[1]);
      CoopRating *one = g_hash_table_lookup (latest, key);
      CoopRating *other = g_hash_table_lookup (latest, mirror);
      g_autoptr(GPtrArray) subjects = NULL;
      g_autofree char *first_name = NULL;
      g_autofree char *second_name = NULL;
      guint a, b;

      /* Each pair once, from its first side in key order. */
      if (other == NULL || g_strcmp0 (key, mirror) >= 0)
        continue;

      a = coop_rating_get_level (one);
      b = coop_rating_get_level (other);
      if (a == b)
        continue;

      first_name = dup_reference_name (model, parts[1]);
      second_name = dup_reference_name (model, parts[2]);
      subjects = g_ptr_array_new ();
      g_ptr_array_add (subjects, (gpointer)coop_rating_get_id (one));
      g_ptr_array_add (subjects, (gpointer)coop_rating_get_id (other));
      add_sign (warnings, "rating-asymmetry", COOP_SEVERITY_INFO, subjects, a > b ? a - b : b - a,
                _coop_message_new ("%s puts its cooperation with %s on step %u, %s on step %u",
                                   first_name, second_name, a, second_name, b));
    }
}

void
_coop_warnings_detect (CoopModel  *model,
                       GDateTime  *date,
                       GListStore *warnings)
{
  detect_small_core (model, date, warnings);
  detect_invisible_border (model, date, warnings);
  detect_strata (model, date, warnings);
  detect_silos (model, warnings);
  detect_single_funding (model, date, warnings);
  detect_mandate_change (model, warnings);
  detect_rating_asymmetry (model, date, warnings);
}
