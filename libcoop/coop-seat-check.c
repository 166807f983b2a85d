/* coop-seat-check.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-accord-local-private.h"
#include "coop-error.h"
#include "coop-i18n-private.h"
#include "coop-finding.h"

/* Checking a proposed distribution against I 2° (accord local) or VI
 * (optional seats), and the qualified majority of I 2°. */

static void
add_failure (GListStore  *findings,
             const char  *code,
             const char  *commune,
             const char  *paragraph,
             char        *message)
{
  g_autoptr(CoopFinding) finding = coop_finding_new (COOP_SEVERITY_ERROR, code, commune, paragraph, 0, message);

  g_list_store_append (findings, finding);
  g_free (message);
}

static const char *
name_of (const CoopSeatView *view,
         guint               i)
{
  return coop_territory_get_name (view->communes[i]);
}

static const char *
code_of (const CoopSeatView *view,
         guint               i)
{
  return coop_territory_get_code (view->communes[i]);
}

/* Every member listed, nothing else: anything else is bad input, not a
 * legal failure. */
static guint *
read_proposal (const CoopSeatView    *view,
               CoopSeatDistribution  *proposed,
               GError               **error)
{
  g_autofree guint *seats = g_new0 (guint, view->n);
  g_autoptr(GHashTable) members = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < view->n; i++)
    {
      g_hash_table_add (members, (gpointer)code_of (view, i));
      if (!coop_seat_distribution_has_commune (proposed, code_of (view, i)))
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD,
                       _("proposed distribution: commune %s (%s) is a member but has no seats listed; "
                         "expected a number of seats for every member"), code_of (view, i), name_of (view, i));
          return NULL;
        }
      seats[i] = coop_seat_distribution_get_seats (proposed, code_of (view, i));
    }
  for (guint k = 0; k < coop_seat_distribution_get_n_communes (proposed); k++)
    {
      const char *code = coop_seat_distribution_get_code (proposed, k);

      if (!g_hash_table_contains (members, code))
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_UNKNOWN_REFERENCE,
                       _("proposed distribution: %s is not a member commune of the EPCI; expected only "
                         "the codes of its %u members"), code, view->n);
          return NULL;
        }
    }
  return g_steal_pointer (&seats);
}

static void
check_share (const CoopSeatView *view,
             GListStore         *findings,
             const guint        *seats,
             guint               total,
             guint               i,
             guint               tolerance,
             const char         *code,
             const char         *paragraph)
{
  double seat_share = total > 0 ? 100.0 * seats[i] / total : 0.0;
  double population_share = 100.0 * view->population[i] / view->total_population;
  g_autofree char *seat_text = NULL;
  g_autofree char *population_text = NULL;

  if (_coop_share_within (seats[i], total, view->population[i], view->total_population, tolerance) ||
      _coop_share_keeps_gap (seats[i], total, view->iv_seats[i], view->iv_total,
                             view->population[i], view->total_population, tolerance) ||
      (seats[i] == 2 && view->proportional[i] == 1))
    return;

  /* In the decimals of the language in effect (“12,50 %” in French). */
  seat_text = _coop_format_decimal (seat_share, 2);
  population_text = _coop_format_decimal (population_share, 2);
  add_failure (findings, code, code_of (view, i), paragraph,
               g_strdup_printf (_("%s holds %s %% of the seats for %s %% of the population, more than %u %% "
                                  "apart, and neither exception applies (the droit commun is within %u %% or "
                                  "the gap grows; not a second seat where IV 1° gives one)"),
                                name_of (view, i), seat_text, population_text, tolerance, tolerance));
}

static void
check_accord_local (const CoopSeatView *view,
                    GListStore         *findings,
                    const guint        *seats,
                    guint               total)
{
  guint max_total = _coop_accord_local_max_total (view);

  if (total > max_total)
    add_failure (findings, "accord-local-total", "", "L5211-6-1 I 2° a)",
                 g_strdup_printf (_("%u seats in all; an accord local may have at most %u (%u %% of the %u seats "
                                    "of III and IV, rounded down)"), total, max_total,
                                  view->law->accord_max_percent, view->iv_total));

  for (guint i = 0; i < view->n; i++)
    {
      if (i + 1 < view->n &&
          ((view->population[i] > view->population[i + 1] && seats[i] < seats[i + 1]) ||
           (view->population[i] == view->population[i + 1] && seats[i] != seats[i + 1])))
        add_failure (findings, "accord-local-population", code_of (view, i), "L5211-6-1 I 2° b)",
                     g_strdup_printf (_("%s (%lld inhabitants) has %u seats and %s (%lld) %u: seats must "
                                        "follow the population municipale"),
                                      name_of (view, i), (long long)view->population[i], seats[i],
                                      name_of (view, i + 1), (long long)view->population[i + 1], seats[i + 1]));
      if (seats[i] == 0)
        {
          add_failure (findings, "accord-local-no-seat", code_of (view, i), "L5211-6-1 I 2° c)",
                       g_strdup_printf (_("%s has no seat; each commune has at least one"), name_of (view, i)));
          continue;
        }
      if (2 * seats[i] > total)
        {
          add_failure (findings, "accord-local-half", code_of (view, i), "L5211-6-1 I 2° d)",
                       g_strdup_printf (_("%s has %u of %u seats, more than half"), name_of (view, i), seats[i], total));
          continue;
        }
      check_share (view, findings, seats, total, i, view->law->accord_tolerance_percent,
                   "accord-local-share", "L5211-6-1 I 2° e)");
    }
}

static void
check_optional_seats (const CoopSeatView *view,
                      GListStore         *findings,
                      const guint        *seats,
                      guint               total)
{
  guint max_added = view->iv_total * view->law->optional_percent / 100;

  if (view->supplement_applied)
    add_failure (findings, "optional-seats-after-supplement", "", "L5211-6-1 V",
                 g_strdup (_("V added seats to this EPCI; VI cannot apply then")));
  if (total > view->iv_total + max_added)
    add_failure (findings, "optional-seats-total", "", "L5211-6-1 VI",
                 g_strdup_printf (_("%u seats in all; VI allows at most %u more than the %u of III and IV "
                                    "(%u %%, rounded down)"), total, max_added, view->iv_total,
                                  view->law->optional_percent));
  for (guint i = 0; i < view->n; i++)
    {
      if (seats[i] < view->iv_seats[i])
        {
          add_failure (findings, "optional-seats-below-droit-commun", code_of (view, i), "L5211-6-1 VI",
                       g_strdup_printf (_("%s has %u seats, fewer than the %u of the droit commun; VI only "
                                          "adds seats"), name_of (view, i), seats[i], view->iv_seats[i]));
          continue;
        }
      check_share (view, findings, seats, total, i, view->law->optional_tolerance_percent,
                   "optional-seats-share", "L5211-6-1 VI");
    }
}

/**
 * coop_seat_allocation_check:
 * @self: the droit commun of an EPCI
 * @scheme: the legal basis of the proposal
 * @proposed: a number of seats for every member commune
 * @error: return location for an error
 *
 * Checks a proposed distribution of seats and says, commune by commune,
 * which condition of CGCT L5211-6-1 fails.
 *
 * For %COOP_SEAT_SCHEME_ACCORD_LOCAL (I 2°, communautés de communes and
 * d'agglomération only): a) at most 125 % of the III + IV seats; b) seats
 * follow the population municipale — a commune never has fewer seats than
 * a less populous one, and equally populous communes have equal seats,
 * which also enforces the reservation of Conseil constitutionnel decision
 * 2015-711 DC on the second seat; c) at least one seat each; d) none above
 * half; e) each commune's share of the seats within 20 % of its share of
 * the population, unless the droit commun already deviates more and the
 * proposal keeps or reduces the gap, or the commune gets two seats where
 * IV 1° gives one.
 *
 * For %COOP_SEAT_SCHEME_OPTIONAL_SEATS (VI): not in the Métropole
 * d'Aix-Marseille-Provence (an error); not after V; at most 10 % more
 * than III + IV, rounded down; no commune below the droit commun; the same
 * 20 % rule and exceptions.
 *
 * Returns: (transfer full): a list of [class@Coop.Finding], empty when the
 *   proposal is legal; %NULL with @error set when the proposal lists a
 *   commune that is not a member, misses one, or the scheme does not apply
 *   to the EPCI's form
 *
 * Since: 1.0
 */
GListModel *
coop_seat_allocation_check (CoopSeatAllocation    *self,
                            CoopSeatScheme         scheme,
                            CoopSeatDistribution  *proposed,
                            GError               **error)
{
  g_autoptr(GListStore) findings = NULL;
  g_autofree guint *seats = NULL;
  CoopSeatView view;
  guint total = 0;
  guint forms;

  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), NULL);
  g_return_val_if_fail (COOP_IS_SEAT_DISTRIBUTION (proposed), NULL);
  g_return_val_if_fail (scheme <= COOP_SEAT_SCHEME_OPTIONAL_SEATS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _coop_seat_allocation_get_view (self, &view);
  forms = scheme == COOP_SEAT_SCHEME_ACCORD_LOCAL ? view.law->accord_forms : view.law->optional_forms;
  if (!COOP_SEAT_LAW_HAS_FORM (forms, view.form))
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_OUT_OF_SCOPE,
                   scheme == COOP_SEAT_SCHEME_ACCORD_LOCAL
                     ? _("%s: the accord local does not apply to a %s (L5211-6-1 %s)")
                     : _("%s: the optional seats do not apply to a %s (L5211-6-1 %s)"),
                   coop_seat_allocation_get_epci (self) != NULL
                     ? coop_territory_get_name (coop_seat_allocation_get_epci (self)) : "EPCI",
                   coop_epci_form_to_string (view.form),
                   scheme == COOP_SEAT_SCHEME_ACCORD_LOCAL ? "I 2°" : "VI");
      return NULL;
    }

  /* The law leaves the Métropole d'Aix-Marseille-Provence out of VI: it
   * has the seats of IV 4° bis instead. */
  if (scheme == COOP_SEAT_SCHEME_OPTIONAL_SEATS && view.siren != NULL &&
      g_strcmp0 (view.siren, view.law->bonus_epci) == 0)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_OUT_OF_SCOPE,
                   _("%s: the optional seats of VI do not apply to the Métropole d'Aix-Marseille-Provence, "
                     "which has the seats of IV 4° bis instead"), view.siren);
      return NULL;
    }

  seats = read_proposal (&view, proposed, error);
  if (seats == NULL)
    return NULL;
  for (guint i = 0; i < view.n; i++)
    total += seats[i];

  findings = g_list_store_new (COOP_TYPE_FINDING);
  if (scheme == COOP_SEAT_SCHEME_ACCORD_LOCAL)
    check_accord_local (&view, findings, seats, total);
  else
    check_optional_seats (&view, findings, seats, total);

  return G_LIST_MODEL (g_steal_pointer (&findings));
}

/**
 * coop_seat_allocation_check_majority:
 * @self: the droit commun of an EPCI
 * @approving: (array zero-terminated=1): the INSEE codes of the member
 *   communes whose municipal council approved
 * @explanation: (out) (optional) (transfer full): where to store a
 *   sentence saying why the majority is or is not reached
 * @error: return location for an error
 *
 * Checks the qualified majority of CGCT L5211-6-1 I 2°: two thirds of the
 * municipal councils representing more than half the population, or half
 * of them representing more than two thirds, including the council of the
 * most populous commune when it holds more than a quarter of the
 * population.
 *
 * Returns: %TRUE when the majority is reached; %FALSE when it is not, or
 *   with @error set when a code is not a member commune
 *
 * Since: 1.0
 */
gboolean
coop_seat_allocation_check_majority (CoopSeatAllocation  *self,
                                     const char * const  *approving,
                                     char               **explanation,
                                     GError             **error)
{
  g_autoptr(GHashTable) approved = g_hash_table_new (g_str_hash, g_str_equal);
  CoopSeatView view;
  guint n_approving = 0;
  gint64 population = 0;
  gboolean two_thirds_half, half_two_thirds, largest_needed, largest_approved, reached;

  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), FALSE);
  g_return_val_if_fail (approving != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _coop_seat_allocation_get_view (self, &view);
  for (guint k = 0; approving[k] != NULL; k++)
    g_hash_table_add (approved, (gpointer)approving[k]);
  for (guint k = 0; approving[k] != NULL; k++)
    {
      gboolean member = FALSE;

      for (guint i = 0; i < view.n && !member; i++)
        member = g_str_equal (code_of (&view, i), approving[k]);
      if (!member)
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_UNKNOWN_REFERENCE,
                       _("approving councils[%u]: %s is not a member commune of the EPCI"), k, approving[k]);
          return FALSE;
        }
    }
  for (guint i = 0; i < view.n; i++)
    {
      if (g_hash_table_contains (approved, code_of (&view, i)))
        {
          n_approving++;
          population += view.population[i];
        }
    }

  two_thirds_half = 3 * n_approving >= 2 * view.n && 2 * population > view.total_population;
  half_two_thirds = 2 * n_approving >= view.n && 3 * population > 2 * view.total_population;
  largest_needed = 4 * view.population[0] > view.total_population;
  largest_approved = g_hash_table_contains (approved, code_of (&view, 0));
  reached = (two_thirds_half || half_two_thirds) && (!largest_needed || largest_approved);

  if (explanation != NULL)
    {
      const char *largest;

      if (!largest_needed)
        largest = _("the most populous commune holds a quarter of the population or less, so its council is not required");
      else if (largest_approved)
        largest = _("the council of the most populous commune, which holds more than a quarter of the population, approved");
      else
        largest = _("the council of the most populous commune, which holds more than a quarter of the population, did not approve");
      *explanation = g_strdup_printf (_("%u of %u councils approved, representing %lld of %lld inhabitants; "
                                        "two thirds of the councils with more than half the population: %s; "
                                        "half of the councils with more than two thirds: %s; %s"),
                                      n_approving, view.n, (long long)population, (long long)view.total_population,
                                      two_thirds_half ? _("met") : _("not met"),
                                      half_two_thirds ? _("met") : _("not met"), largest);
    }
  return reached;
}
