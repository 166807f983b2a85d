/* coop-seat-engine.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "coop-error.h"
#include "coop-seat-private.h"

/*
 * The droit commun of CGCT L5211-6-1, paragraphs III to V, on arrays of
 * communes sorted largest first. Every rule cites its paragraph; the
 * public face is CoopSeatAllocation.
 */

static void
add_step (GPtrArray        *steps,
          CoopSeatStepKind  kind,
          const char       *paragraph,
          CoopMessage      *text)
{
  if (steps == NULL)
    {
      _coop_message_free (text);
      return;
    }
  g_ptr_array_add (steps, _coop_seat_step_new (kind, paragraph, text));
}

/* Gives @to_add seats at the highest average, population / (seats + 1),
 * to the communes not @excluded, starting from @seats. IV 5°: when several
 * communes tie for the last seat, each gets one, so the count may exceed
 * @to_add; the excess is returned. */
static guint
give_highest_average (const CoopSeatInput *input,
                      const gboolean      *excluded,
                      guint               *seats,
                      guint                to_add,
                      const char          *paragraph,
                      GPtrArray           *steps)
{
  g_autofree guint *tied = g_new (guint, input->n);
  guint excess = 0;

  while (to_add > 0)
    {
      gint best = -1;
      guint n_tied = 0;

      for (guint i = 0; i < input->n; i++)
        {
          int order;

          /* A commune of 0 inhabitants has no average to win a seat with;
           * it sits through its seat de droit (IV 2°). */
          if ((excluded != NULL && excluded[i]) || input->population[i] == 0)
            continue;
          if (best < 0)
            {
              best = i;
              tied[0] = i;
              n_tied = 1;
              continue;
            }
          order = _coop_compare_ratio (input->population[i], seats[i] + 1,
                                       input->population[best], seats[best] + 1);
          if (order > 0)
            {
              best = i;
              tied[0] = i;
              n_tied = 1;
            }
          else if (order == 0)
            tied[n_tied++] = i;
        }

      if (best < 0)
        break;

      for (guint k = 0; k < n_tied; k++)
        {
          guint i = tied[k];
          double average = (double)input->population[i] / (seats[i] + 1);

          add_step (steps, COOP_SEAT_STEP_KIND_HIGHEST_AVERAGE, paragraph,
                    _coop_message_new ("%s: highest average %.2f (%lli / %u), one more seat, %u in all",
                                       input->names[i], average, (long long)input->population[i], seats[i] + 1, seats[i] + 1));
          seats[i]++;
        }

      if (n_tied > to_add)
        {
          excess = n_tied - to_add;
          add_step (steps, COOP_SEAT_STEP_KIND_TIE, "IV 5°",
                    _coop_message_new ("%u communes tie at the highest average for the last seat: each gets "
                                       "one (%u more than planned)",
                                       n_tied, excess));
          to_add = 0;
        }
      else
        to_add -= n_tied;
    }

  return excess;
}

/* IV 1°: proportional representation at the highest average. The whole
 * quotients come first (quotient électoral = population / seats), then
 * the remaining seats one by one; the result is D'Hondt's. */
static guint
distribute_proportional (const CoopSeatInput *input,
                         gint64               total_population,
                         guint                n_seats,
                         guint               *seats,
                         const char          *paragraph,
                         GPtrArray           *steps)
{
  double quotient = (double)total_population / n_seats;
  guint given = 0;

  for (guint i = 0; i < input->n; i++)
    {
      seats[i] = (guint)(input->population[i] * n_seats / total_population);
      given += seats[i];
    }

  add_step (steps, COOP_SEAT_STEP_KIND_HIGHEST_AVERAGE, paragraph,
            _coop_message_new ("%u seats by proportional representation at the highest average: quotient "
                               "%.2f (%lli / %u), %u seats by whole quotients, %u at the highest average",
                               n_seats, quotient, (long long)total_population, n_seats, given, n_seats - given));

  return give_highest_average (input, NULL, seats, n_seats - given, paragraph, steps);
}

/* IV 3°: no commune above half the seats. It keeps half the seats,
 * rounded down, and its surplus goes to the others at the highest average,
 * counting the seats they already hold. */
static gint
apply_half_cap (const CoopSeatInput *input,
                guint               *seats,
                guint               *tie_seats,
                GPtrArray           *steps)
{
  g_autofree gboolean *excluded = NULL;
  guint total = 0, half, surplus;
  gint capped = -1;

  for (guint i = 0; i < input->n; i++)
    total += seats[i];
  for (guint i = 0; i < input->n; i++)
    {
      if (2 * seats[i] > total)
        capped = i;
    }
  if (capped < 0)
    return -1;

  half = total / 2;
  surplus = seats[capped] - half;
  add_step (steps, COOP_SEAT_STEP_KIND_HALF_CAP, "IV 3°",
            _coop_message_new ("%s would hold %u of %u seats, more than half: it keeps %u (half, rounded down) "
                               "and its %u surplus seats go to the other communes at the highest average",
                               input->names[capped], seats[capped], total, half, surplus));
  seats[capped] = half;
  excluded = g_new0 (gboolean, input->n);
  excluded[capped] = TRUE;
  *tie_seats += give_highest_average (input, excluded, seats, surplus, "IV 3°", steps);

  return capped;
}

/* IV 1° to 3° for @n_table seats. */
static void
run_iv (const CoopSeatInput *input,
        CoopSeatResult      *result,
        guint                n_table,
        GPtrArray           *steps)
{
  guint tie_seats = 0;

  tie_seats += distribute_proportional (input, result->total_population, n_table,
                                        result->proportional, "IV 1°", steps);
  memcpy (result->iv_seats, result->proportional, input->n * sizeof (guint));

  /* IV 2°: a seat de droit, beyond the table, for each commune left out. */
  result->n_de_droit = 0;
  for (guint i = 0; i < input->n; i++)
    {
      result->de_droit[i] = result->proportional[i] == 0;
      if (result->de_droit[i])
        {
          result->iv_seats[i] = 1;
          result->n_de_droit++;
        }
    }
  if (result->n_de_droit > 0)
    add_step (steps, COOP_SEAT_STEP_KIND_SEAT_DE_DROIT, "IV 2°",
              _coop_message_new ("%u communes got no seat: each gets a seat de droit, on top of the table",
                                 result->n_de_droit));
  for (guint i = 0; i < input->n; i++)
    {
      if (input->population[i] == 0)
        add_step (steps, COOP_SEAT_STEP_KIND_SEAT_DE_DROIT, "IV 2°",
                  _coop_message_new ("%s counts 0 inhabitants: no average can give it a seat; it sits only "
                                     "through its seat de droit",
                                     input->names[i]));
    }

  result->capped = apply_half_cap (input, result->iv_seats, &tie_seats, steps);
  result->n_tie_seats = tie_seats;
}

static gint
find_councillor_excess (const CoopSeatInput *input,
                        const CoopSeatResult *result,
                        const guint         *seats)
{
  for (guint i = 0; i < input->n; i++)
    {
      if (seats[i] > result->councillors[i])
        return i;
    }
  return -1;
}

static guint
sum (const guint *values,
     guint        n)
{
  guint total = 0;

  for (guint i = 0; i < n; i++)
    total += values[i];
  return total;
}

/* V: one distribution, at the highest average, of the seats of IV 1° plus
 * the supplement (Conseil d'État, 15 November 2017, n° 410338), then IV 2°
 * to 4° again. Returns FALSE when IV 4° leaves no supplement. */
static gboolean
run_supplement (const CoopSeatInput *input,
                CoopSeatResult      *result,
                guint                supplement,
                GPtrArray           *steps)
{
  g_autofree guint *proportional = g_new0 (guint, input->n);
  guint tie_seats = 0;

  tie_seats += distribute_proportional (input, result->total_population,
                                        result->table_seats_used + supplement, proportional, "V", steps);
  for (guint i = 0; i < input->n; i++)
    {
      gboolean keeps_de_droit;

      /* The two readings differ only for a commune that held a seat de
       * droit and now wins a seat in this distribution. */
      if (input->reading == COOP_SUPPLEMENT_READING_KEEP)
        keeps_de_droit = proportional[i] == 0 || result->de_droit[i];
      else
        keeps_de_droit = proportional[i] == 0;
      result->seats[i] = proportional[i] + (keeps_de_droit ? 1 : 0);
    }
  apply_half_cap (input, result->seats, &tie_seats, steps);
  result->n_tie_seats += tie_seats;

  return TRUE;
}

/* V, read "en complément des sièges déjà répartis" (Conseil d'État,
 * 15 November 2017, n° 410338): the supplement goes at the highest average
 * counting the seats each commune holds after IV, seats de droit included,
 * so every seat de droit stays and a commune that holds one competes at
 * population / 2. "Dans les conditions prévues au IV": a tie for the last
 * seat gives one to each (5°) and no commune may end above half the final
 * council (3°); 4° is the caller's loop. */
static void
run_complement (const CoopSeatInput *input,
                CoopSeatResult      *result,
                guint                supplement,
                GPtrArray           *steps)
{
  guint tie_seats = 0;

  memcpy (result->seats, result->iv_seats, input->n * sizeof (guint));
  tie_seats += give_highest_average (input, NULL, result->seats, supplement, "V", steps);
  apply_half_cap (input, result->seats, &tie_seats, steps);
  result->n_tie_seats += tie_seats;
}

/* IV 4° bis, Métropole d'Aix-Marseille-Provence only: after 1° to 4°, a
 * percentage of the seats given under 1° and 2° (rounded down, as the
 * Conseil d'État rounds the percentages of V and VI) goes at the highest
 * average, counting the seats already held, to the communes that won seats
 * under 1°. It comes after the 4° cap, so Marseille may hold more seats than
 * its 101 municipal councillors. */
static void
run_bonus (const CoopSeatInput *input,
           CoopSeatResult      *result)
{
  const CoopSeatLaw *law = input->law;
  g_autofree gboolean *excluded = g_new0 (gboolean, input->n);
  guint bonus = result->iv_total * law->bonus_percent / 100;
  guint eligible = 0;

  for (guint i = 0; i < input->n; i++)
    {
      excluded[i] = result->proportional[i] == 0;
      if (!excluded[i])
        eligible++;
    }
  add_step (result->steps, COOP_SEAT_STEP_KIND_SUPPLEMENT, "IV 4° bis",
            _coop_message_new ("Métropole d'Aix-Marseille-Provence: %u%% of the %u seats given under 1° and 2°, "
                               "rounded down, %u seats, are added at the highest average to the %u communes that "
                               "won seats under 1°, counting the seats they hold; the cap of 4° does not apply to "
                               "these seats",
                               law->bonus_percent, result->iv_total, bonus, eligible));
  result->n_tie_seats += give_highest_average (input, excluded, result->seats, bonus, "IV 4° bis",
                                               result->steps);
  result->bonus_seats = sum (result->seats, input->n) - result->iv_total;
}

void
_coop_seat_result_clear (CoopSeatResult *result)
{
  g_clear_pointer (&result->councillors, g_free);
  g_clear_pointer (&result->proportional, g_free);
  g_clear_pointer (&result->de_droit, g_free);
  g_clear_pointer (&result->iv_seats, g_free);
  g_clear_pointer (&result->seats, g_free);
  g_clear_pointer (&result->steps, g_ptr_array_unref);
}

gboolean
_coop_seat_compute (const CoopSeatInput *input,
                    CoopSeatResult      *result,
                    GError             **error)
{
  const CoopSeatLaw *law = input->law;
  guint n_table;
  gint over;

  memset (result, 0, sizeof *result);
  result->capped = -1;
  result->steps = g_ptr_array_new_with_free_func (g_object_unref);
  result->councillors = g_new0 (guint, input->n);
  result->proportional = g_new0 (guint, input->n);
  result->de_droit = g_new0 (gboolean, input->n);
  result->iv_seats = g_new0 (guint, input->n);
  result->seats = g_new0 (guint, input->n);

  for (guint i = 0; i < input->n; i++)
    {
      result->total_population += input->population[i];
      result->councillors[i] = _coop_seat_law_councillors (law, input->codes != NULL ? input->codes[i] : NULL,
                                                            input->population[i]);
    }

  /* III: the number of seats by the population of the EPCI. */
  result->table_seats = _coop_seat_law_table_seats (law, result->total_population);
  add_step (result->steps, COOP_SEAT_STEP_KIND_TABLE, "III",
            _coop_message_new ("Population municipale of the EPCI: %lli; the III table "
                               "gives %u seats",
                               (long long)result->total_population, result->table_seats));

  /* IV 4°: while a commune would hold more seats than its municipal
   * councillors (L2121-2), the total is reduced and IV 1° to 3° run again. */
  for (n_table = result->table_seats; ; n_table--)
    {
      g_autoptr(GPtrArray) run_steps = g_ptr_array_new_with_free_func (g_object_unref);

      run_iv (input, result, n_table, run_steps);
      over = find_councillor_excess (input, result, result->iv_seats);
      if (over < 0)
        {
          g_ptr_array_extend_and_steal (result->steps, g_steal_pointer (&run_steps));
          break;
        }
      add_step (result->steps, COOP_SEAT_STEP_KIND_COUNCILLOR_CAP, "IV 4°",
                _coop_message_new ("With %u seats, %s would get %u for %u municipal councillors (L2121-2): "
                                   "the total is reduced to %u and 1° to 3° run again",
                                   n_table, input->names[over], result->iv_seats[over], result->councillors[over],
                                   n_table - 1));
      if (n_table == 1)
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                       "IV 4°: no number of seats lets %s hold at most its %u municipal councillors",
                       input->names[over], result->councillors[over]);
          return FALSE;
        }
    }
  result->table_seats_used = n_table;
  result->councillor_reduction = result->table_seats - n_table;
  result->iv_total = sum (result->iv_seats, input->n);
  memcpy (result->seats, result->iv_seats, input->n * sizeof (guint));

  if (input->epci_code != NULL && g_strcmp0 (input->epci_code, law->bonus_epci) == 0)
    run_bonus (input, result);

  /* V: in the forms the law tables list, when the seats de droit exceed
   * 30 % of the III figure, 10 % of the III + IV total, rounded down
   * (Conseil d'État, 15 November 2017), is added. */
  if (COOP_SEAT_LAW_HAS_FORM (law->supplement_forms, input->form) &&
      (guint64)result->n_de_droit * 100 > (guint64)law->supplement_threshold_percent * result->table_seats)
    {
      guint supplement = result->iv_total * law->supplement_percent / 100;
      guint iv_tie_seats = result->n_tie_seats;

      if (input->reading == COOP_SUPPLEMENT_READING_COMPLEMENT)
        add_step (result->steps, COOP_SEAT_STEP_KIND_SUPPLEMENT, "V",
                  _coop_message_new ("The %u seats de droit exceed %u%% of the %u table seats: %u%% of the %u seats "
                                     "of III and IV, rounded down, %u seats, are given in addition to the seats "
                                     "already distributed, at the highest average counting the seats each commune "
                                     "holds, seats de droit included (Conseil d'État, 15 November 2017, n° 410338)",
                                     result->n_de_droit, law->supplement_threshold_percent, result->table_seats, law->supplement_percent, result->iv_total, supplement));
      else
        add_step (result->steps, COOP_SEAT_STEP_KIND_SUPPLEMENT, "V",
                  _coop_message_new ("The %u seats de droit exceed %u%% of the %u table seats: %u%% of the %u seats "
                                     "of III and IV, rounded down, %u seats, are distributed together with the %u "
                                     "seats of 1° in a single distribution (reading “%s”)",
                                     result->n_de_droit, law->supplement_threshold_percent, result->table_seats, law->supplement_percent, result->iv_total, supplement, result->table_seats_used, input->reading == COOP_SUPPLEMENT_READING_KEEP ? "keep" : "absorb"));

      /* IV 4° holds for the V distribution too ("selon les modalités
       * prévues au IV"): the supplement shrinks until it is met. */
      for (; supplement > 0; supplement--)
        {
          g_autoptr(GPtrArray) run_steps = g_ptr_array_new_with_free_func (g_object_unref);

          /* Only the run that is kept counts its ties. */
          result->n_tie_seats = iv_tie_seats;
          if (input->reading == COOP_SUPPLEMENT_READING_COMPLEMENT)
            run_complement (input, result, supplement, run_steps);
          else
            run_supplement (input, result, supplement, run_steps);
          over = find_councillor_excess (input, result, result->seats);
          if (over < 0)
            {
              g_ptr_array_extend_and_steal (result->steps, g_steal_pointer (&run_steps));
              break;
            }
          add_step (result->steps, COOP_SEAT_STEP_KIND_COUNCILLOR_CAP, "IV 4°",
                    _coop_message_new ("With %u supplementary seats, %s would exceed its %u municipal councillors: "
                                       "the supplement is reduced to %u",
                                       supplement, input->names[over], result->councillors[over], supplement - 1));
        }
      if (supplement > 0)
        {
          result->supplement_applied = TRUE;
          result->supplement_seats = supplement;
        }
      else
        {
          memcpy (result->seats, result->iv_seats, input->n * sizeof (guint));
          result->n_tie_seats = iv_tie_seats;
        }
    }

  result->total = sum (result->seats, input->n);
  add_step (result->steps, COOP_SEAT_STEP_KIND_RESULT, "IV",
            result->supplement_applied
            ? _coop_message_new ("Total: %u seats for %u communes (%u seats de droit, V supplement included)",
                                 result->total, input->n, result->n_de_droit)
            : result->bonus_seats > 0
            ? _coop_message_new ("Total: %u seats for %u communes (%u seats de droit, seats of 4° bis included)",
                                 result->total, input->n, result->n_de_droit)
            : _coop_message_new ("Total: %u seats for %u communes (%u seats de droit)",
                                 result->total, input->n, result->n_de_droit));

  return TRUE;
}
