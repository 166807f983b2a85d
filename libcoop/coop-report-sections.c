/* coop-report-sections.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-action.h"
#include "coop-agreement.h"
#include "coop-assessment.h"
#include "coop-body.h"
#include "coop-cooperation.h"
#include "coop-diagnostic.h"
#include "coop-enum-types.h"
#include "coop-error.h"
#include "coop-evidence-private.h"
#include "coop-i18n-private.h"
#include "coop-labels-private.h"
#include "coop-language-private.h"
#include "coop-meeting.h"
#include "coop-model-collections-private.h"
#include "coop-rating.h"
#include "coop-seat-allocation.h"
#include "coop-seat-share.h"
#include "coop-report-private.h"
#include "coop-svg-private.h"
#include "coop-transition.h"

/* The staircase shows at most this many dates: the report's and the
 * first days of the years before it. */
#define STAIRCASE_MAX_POINTS 8

typedef struct
{
  CoopReport       *report;
  CoopModel        *model;
  CoopModel        *scope;      /* the part of the model the report covers */
  CoopScale        *scale;
  GDateTime        *date;
  const char       *language;
  gboolean          french;
  CoopReportWriter *writer;
  /* Read once from the whole model, then for each cooperation. */
  gboolean          first_event_known;
  GDateTime        *first_event;   /* borrowed from the model */
  GPtrArray        *ratings;       /* DeclaredRating, in the model's order */
  GHashTable       *ratings_from;  /* canonical territory → GArray of positions in ratings */
} Context;

typedef struct
{
  CoopRating *rating;
  char       *from;
  char       *to;
} DeclaredRating;

static void
declared_rating_free (DeclaredRating *declared)
{
  g_object_unref (declared->rating);
  g_free (declared->from);
  g_free (declared->to);
  g_free (declared);
}

#define T(context, fr, en) ((context)->french ? (fr) : (en))

static GPtrArray *
rows_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
}

static void
row_add (GPtrArray *rows,
         ...) G_GNUC_NULL_TERMINATED;

static void
row_add (GPtrArray *rows,
         ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *cell;
  va_list args;

  va_start (args, rows);
  while ((cell = va_arg (args, const char *)) != NULL)
    g_strv_builder_add (builder, cell);
  va_end (args);

  g_ptr_array_add (rows, g_strv_builder_end (builder));
}

static char *
format_population (gint64 population)
{
  return population >= 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, population) : g_strdup ("—");
}

static void
write_territories (Context    *context,
                   GListModel *cooperations)
{
  g_autoptr(GPtrArray) rows = rows_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *territories = coop_model_get_territories (context->scope);
  const char *columns[] = { T (context, "Code", "Code"), T (context, "Territoire", "Territory"),
                            T (context, "Type", "Kind"), T (context, "Population municipale", "Population"),
                            T (context, "Nature", "Nature"), NULL };
  g_autoptr(GPtrArray) references = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (territories); i++)
    {
      g_autoptr(CoopTerritory) territory = g_list_model_get_item (territories, i);

      g_ptr_array_add (references, g_strdup (coop_territory_get_code (territory)));
    }
  for (guint i = 0; i < g_list_model_get_n_items (cooperations); i++)
    {
      g_autoptr(CoopCooperation) cooperation = g_list_model_get_item (cooperations, i);
      const char * const *codes = coop_cooperation_get_territories (cooperation);

      for (guint c = 0; codes[c] != NULL; c++)
        g_ptr_array_add (references, g_strdup (codes[c]));
    }

  for (guint i = 0; i < references->len; i++)
    {
      const char *reference = g_ptr_array_index (references, i);
      g_autoptr(CoopTerritory) territory = NULL;
      g_autofree char *population = NULL;

      if (!g_hash_table_add (seen, g_strdup (reference)))
        continue;
      territory = coop_model_lookup (context->model, reference);
      if (territory == NULL)
        continue;

      population = format_population (coop_model_get_population (context->model, territory));
      row_add (rows, reference, coop_territory_get_name (territory),
               _coop_enum_get_label_in (COOP_TYPE_TERRITORY_KIND, coop_territory_get_kind (territory),
                                        context->language),
               population,
               _coop_enum_get_label_in (COOP_TYPE_NATURE, coop_territory_get_nature (territory), context->language),
               NULL);
    }

  _coop_report_writer_heading (context->writer, 2, T (context, "Les territoires", "The territories"));
  if (rows->len == 0)
    _coop_report_writer_note (context->writer, T (context, "Le modèle ne nomme aucun territoire.",
                                                  "The model names no territory."));
  else
    _coop_report_writer_table (context->writer, columns, rows);
}

static void
write_who_with_whom (Context    *context,
                     GListModel *cooperations)
{
  g_autoptr(GPtrArray) rows = rows_new ();
  const char *columns[] = { T (context, "Coopération", "Cooperation"),
                            T (context, "Ce qui les réunit", "What brings them together"), NULL };

  for (guint i = 0; i < g_list_model_get_n_items (cooperations); i++)
    {
      g_autoptr(CoopCooperation) cooperation = g_list_model_get_item (cooperations, i);
      g_autofree char *sources = g_strjoinv (", ", (char **)coop_cooperation_get_sources (cooperation));

      row_add (rows, coop_cooperation_get_name (cooperation), sources, NULL);
    }

  _coop_report_writer_heading (context->writer, 2, T (context, "Qui coopère avec qui", "Who cooperates with whom"));
  if (rows->len == 0)
    _coop_report_writer_note (context->writer,
                              T (context, "Aucun accord ni aucune instance ne réunit encore deux territoires.",
                                 "No agreement and no body brings two territories together yet."));
  else
    _coop_report_writer_table (context->writer, columns, rows);
}

static void
earliest (GDateTime **first,
          GDateTime  *candidate)
{
  if (candidate != NULL && (*first == NULL || g_date_time_compare (candidate, *first) < 0))
    *first = candidate;
}

/* The first dated event of the model: where the staircase starts. */
static GDateTime *
first_event (Context *context)
{
  GListModel *agreements = coop_model_get_agreements (context->model);
  GListModel *bodies = coop_model_get_bodies (context->model);
  GDateTime *first = NULL;

  if (context->first_event_known)
    return context->first_event;

  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, i);
      GListModel *history = coop_agreement_get_history (agreement);

      for (guint t = 0; t < g_list_model_get_n_items (history); t++)
        {
          g_autoptr(CoopTransition) transition = g_list_model_get_item (history, t);

          earliest (&first, coop_transition_get_date (transition));
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(CoopBody) body = g_list_model_get_item (bodies, i);
      GListModel *meetings = coop_body_get_meetings (body);

      earliest (&first, coop_body_get_start (body));
      for (guint m = 0; m < g_list_model_get_n_items (meetings); m++)
        {
          g_autoptr(CoopMeeting) meeting = g_list_model_get_item (meetings, m);

          earliest (&first, coop_meeting_get_date (meeting));
        }
    }

  context->first_event = first;
  context->first_event_known = TRUE;
  return first;
}

static void
write_staircase (Context         *context,
                 CoopCooperation *cooperation)
{
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func ((GDestroyNotify)g_date_time_unref);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) step_labels = g_ptr_array_new ();
  g_autoptr(GListModel) staircase = NULL;
  g_autoptr(GArray) levels = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *svg = NULL;
  GDateTime *first = first_event (context);
  int first_year, last_year;

  last_year = g_date_time_get_year (context->date);
  first_year = first != NULL ? g_date_time_get_year (first) + 1 : last_year;
  first_year = MAX (first_year, last_year - STAIRCASE_MAX_POINTS + 2);

  for (int year = first_year; year <= last_year; year++)
    {
      GDateTime *date = g_date_time_new_utc (year, 1, 1, 0, 0, 0);

      if (g_date_time_compare (date, context->date) >= 0)
        {
          g_date_time_unref (date);
          break;
        }
      g_ptr_array_add (dates, date);
    }
  g_ptr_array_add (dates, g_date_time_ref (context->date));

  staircase = coop_assessment_list_staircase (context->model, context->scale,
                                              coop_cooperation_get_territories (cooperation),
                                              (GDateTime **)dates->pdata, dates->len, NULL);
  if (staircase == NULL)
    return;

  for (guint i = 0; i < dates->len; i++)
    {
      g_autoptr(CoopAssessment) assessment = g_list_model_get_item (staircase, i);
      guint level = coop_assessment_get_level (assessment);

      g_array_append_val (levels, level);
      g_ptr_array_add (labels, g_date_time_format (g_ptr_array_index (dates, i), "%Y-%m-%d"));
    }

  for (guint level = 1; level <= coop_scale_get_n_steps (context->scale); level++)
    g_ptr_array_add (step_labels,
                     (gpointer)coop_scale_step_get_label (coop_scale_get_step (context->scale, level), context->language));

  svg = _coop_svg_staircase (dates->len, (const char * const *)labels->pdata, (const guint *)(gpointer)levels->data,
                             coop_scale_get_n_steps (context->scale), (const char * const *)step_labels->pdata,
                             T (context, "L'escalier de la coopération", "The staircase of the cooperation"));
  _coop_report_writer_chart (context->writer, svg,
                             T (context, "Marche atteinte au fil des ans", "Step reached over the years"));
  /* What each point counts, so that a flat stretch is read right. */
  _coop_report_writer_note (context->writer,
                            T (context,
                               "Marche atteinte au 1er janvier de chaque année et au jour du rapport. Comptent : "
                               "les instances depuis leur création (une instance sans date de création compte "
                               "chaque année), les réunions des douze mois précédents, les accords dans le statut "
                               "que leur historique leur donne ce jour-là.",
                               "Step reached on 1 January of each year and on the day of the report. Counted: "
                               "bodies from their creation (a body without a creation date counts every year), "
                               "meetings of the twelve months before, agreements in the status their history "
                               "gives them that day."));
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;

  return x < y ? -1 : x > y;
}

/* Declared ratings between territories of the cooperation, beside the
 * computed step. */
static void
write_declared (Context         *context,
                CoopCooperation *cooperation,
                guint            computed)
{
  g_autoptr(GStrvBuilder) items = g_strv_builder_new ();
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));
  const char * const *territories = coop_cooperation_get_territories (cooperation);
  g_auto(GStrv) list = NULL;

  /* The ratings by the canonical reference of their territory, once; a
   * cooperation then reads only the ratings of its own territories. */
  if (context->ratings == NULL)
    {
      GListModel *ratings = coop_model_get_ratings (context->model);

      context->ratings = g_ptr_array_new_with_free_func ((GDestroyNotify)declared_rating_free);
      context->ratings_from = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_array_unref);
      for (guint i = 0; i < g_list_model_get_n_items (ratings); i++)
        {
          DeclaredRating *declared = g_new0 (DeclaredRating, 1);
          GArray *from_positions;

          declared->rating = g_list_model_get_item (ratings, i);
          declared->from = _coop_model_dup_canonical_reference (context->model,
                                                                coop_rating_get_territory (declared->rating));
          declared->to = _coop_model_dup_canonical_reference (context->model, coop_rating_get_partner (declared->rating));
          g_ptr_array_add (context->ratings, declared);

          from_positions = g_hash_table_lookup (context->ratings_from, declared->from);
          if (from_positions == NULL)
            {
              from_positions = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (context->ratings_from, declared->from, from_positions);
            }
          g_array_append_val (from_positions, i);
        }
    }

  for (guint t = 0; territories[t] != NULL; t++)
    {
      GArray *from_positions = g_hash_table_lookup (context->ratings_from, territories[t]);

      if (from_positions != NULL)
        g_array_append_vals (positions, from_positions->data, from_positions->len);
    }
  g_array_sort (positions, compare_positions);

  for (guint p = 0; p < positions->len; p++)
    {
      DeclaredRating *declared = g_ptr_array_index (context->ratings, g_array_index (positions, guint, p));
      CoopRating *rating = declared->rating;
      const char *from = declared->from;
      const char *to = declared->to;
      g_autofree char *day = NULL;
      g_autofree char *item = NULL;

      /* A territory listed twice in a cooperation would repeat its ratings. */
      if (p > 0 && g_array_index (positions, guint, p) == g_array_index (positions, guint, p - 1))
        continue;

      /* A level beyond the scale is an error coop check reports, not a
       * step to show. */
      if (!coop_cooperation_involves (cooperation, from) || !coop_cooperation_involves (cooperation, to) ||
          g_strcmp0 (coop_rating_get_scale (rating), coop_scale_get_id (context->scale)) != 0 ||
          coop_rating_get_level (rating) > coop_scale_get_n_steps (context->scale))
        continue;

      day = coop_rating_get_date (rating) != NULL ? g_date_time_format (coop_rating_get_date (rating), "%Y-%m-%d")
                                                  : g_strdup ("—");
      item = g_strdup_printf (T (context, "%s (pour %s) place la coopération avec %s à la marche %u (%s)%s",
                                 "%s (for %s) puts the cooperation with %s on step %u (%s)%s"),
                              coop_rating_get_rater (rating), from, to, coop_rating_get_level (rating), day,
                              coop_rating_get_level (rating) != computed
                                ? T (context, " — différent de la marche calculée", " — not the computed step")
                                : "");
      g_strv_builder_add (items, item);
    }

  list = g_strv_builder_end (items);
  if (list[0] == NULL)
    return;

  _coop_report_writer_paragraph (context->writer, T (context, "Notes déclarées par les acteurs :", "Ratings declared by the actors:"));
  _coop_report_writer_list (context->writer, (const char * const *)list);
}

static void
write_assessment (Context         *context,
                  CoopCooperation *cooperation)
{
  g_autoptr(CoopAssessment) assessment = NULL;
  g_autoptr(GPtrArray) rows = rows_new ();
  g_auto(GStrv) missing = NULL;
  g_autofree char *summary = NULL;
  CoopScaleStep *step, *next;
  GListModel *steps;
  const char *columns[] = { T (context, "Marche", "Step"), T (context, "Atteinte", "Reached"),
                            T (context, "Critères", "Criteria"), T (context, "Preuves", "Evidence"), NULL };

  assessment = coop_assessment_new (context->model, context->scale, coop_cooperation_get_territories (cooperation),
                                    context->date, NULL);
  if (assessment == NULL)
    return;

  _coop_report_writer_heading (context->writer, 3, coop_cooperation_get_name (cooperation));

  step = coop_assessment_get_step (assessment);
  if (step != NULL)
    summary = g_strdup_printf (T (context, "Marche %u sur %u : %s. %s", "Step %u of %u: %s. %s"),
                               coop_assessment_get_level (assessment), coop_scale_get_n_steps (context->scale),
                               coop_scale_step_get_label (step, context->language),
                               coop_scale_step_get_description (step, context->language));
  else
    summary = g_strdup (T (context, "Pas encore sur la première marche.", "Not yet on the first step."));
  _coop_report_writer_paragraph (context->writer, summary);

  steps = coop_assessment_get_steps (assessment);
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(CoopStepResult) result = g_list_model_get_item (steps, i);
      GListModel *criteria = coop_step_result_get_criteria (result);
      g_autoptr(GString) criteria_text = g_string_new (NULL);
      g_autoptr(GString) evidence_text = g_string_new (NULL);
      g_autofree char *label = g_strdup_printf ("%u. %s", i + 1,
                                                coop_scale_step_get_label (coop_step_result_get_step (result),
                                                                           context->language));

      for (guint c = 0; c < g_list_model_get_n_items (criteria); c++)
        {
          g_autoptr(CoopCriterionResult) criterion = g_list_model_get_item (criteria, c);
          g_autofree char *description = coop_criterion_describe (coop_criterion_result_get_criterion (criterion),
                                                                  context->language);
          g_autofree char *evidence = g_strjoinv (", ", (char **)coop_criterion_result_get_evidence (criterion));

          g_string_append_printf (criteria_text, "%s%s %s", c > 0 ? " ; " : "",
                                  coop_criterion_result_get_met (criterion) ? "✔" : "✘", description);
          if (evidence[0] != '\0')
            g_string_append_printf (evidence_text, "%s%s", evidence_text->len > 0 ? ", " : "", evidence);
        }

      row_add (rows, label,
               coop_step_result_get_reached (result) ? T (context, "oui", "yes") : T (context, "non", "no"),
               criteria_text->str, evidence_text->len > 0 ? evidence_text->str : "—", NULL);
    }
  _coop_report_writer_table (context->writer, columns, rows);

  next = coop_assessment_get_next_step (assessment);
  missing = coop_assessment_dup_missing (assessment, context->language);
  if (next != NULL)
    {
      g_autofree char *heading = g_strdup_printf (T (context, "Pour monter à la marche %u (%s) :", "To climb to step %u (%s):"),
                                                  coop_scale_step_get_level (next),
                                                  coop_scale_step_get_label (next, context->language));

      _coop_report_writer_paragraph (context->writer, heading);
      _coop_report_writer_list (context->writer, (const char * const *)missing);
    }

  write_declared (context, cooperation, coop_assessment_get_level (assessment));
  write_staircase (context, cooperation);
}

static void
write_maturity (Context    *context,
                GListModel *cooperations)
{
  g_autofree char *intro = g_strdup_printf (T (context, "Échelle : %s.", "Scale: %s."),
                                            coop_scale_get_name (context->scale, context->language));

  _coop_report_writer_heading (context->writer, 2, T (context, "Maturité des coopérations", "Maturity of the cooperations"));
  _coop_report_writer_note (context->writer, intro);

  for (guint i = 0; i < g_list_model_get_n_items (cooperations); i++)
    {
      g_autoptr(CoopCooperation) cooperation = g_list_model_get_item (cooperations, i);

      write_assessment (context, cooperation);
    }
}

/* Large EPCI show their largest communes, the rest summed in one row. */
#define SEATS_CHART_ROWS 12

static void
write_epci_seats (Context       *context,
                  CoopTerritory *epci)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopSeatAllocation) allocation = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) population = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) seats = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) rows = rows_new ();
  g_autofree char *svg = NULL;
  g_autofree char *summary = NULL;
  GListModel *shares;
  double rest_population = 0, rest_seats = 0;
  guint n, rest = 0;
  const char *columns[] = { T (context, "Communes", "Communes"), T (context, "Part de la population", "Share of population"),
                            T (context, "Part des sièges", "Share of seats"), NULL };

  _coop_report_writer_heading (context->writer, 3, coop_territory_get_name (epci));

  allocation = coop_seat_allocation_new_for_epci (coop_model_get_atlas (context->model), epci,
                                                  COOP_SUPPLEMENT_READING_COMPLEMENT, &error);
  if (allocation == NULL)
    {
      _coop_report_writer_note (context->writer, error->message);
      return;
    }

  summary = g_strdup_printf (T (context, "%u sièges de droit commun (tableau III : %u ; sièges de droit : %u ; "
                                         "supplément V : %u).",
                                "%u seats under the droit commun (III table: %u; seats de droit: %u; "
                                "V supplement: %u)."),
                             coop_seat_allocation_get_total_seats (allocation),
                             coop_seat_allocation_get_table_seats (allocation),
                             coop_seat_allocation_get_seats_de_droit (allocation),
                             coop_seat_allocation_get_supplement_seats (allocation));
  _coop_report_writer_paragraph (context->writer, summary);

  shares = coop_seat_allocation_get_shares (allocation);
  n = g_list_model_get_n_items (shares);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopSeatShare) share = g_list_model_get_item (shares, i);
      double p = coop_seat_share_get_population_share (share);
      double q = coop_seat_share_get_seat_share (share);

      if (i < SEATS_CHART_ROWS || n == SEATS_CHART_ROWS + 1)
        {
          g_ptr_array_add (labels, g_strdup (coop_seat_share_get_name (share)));
          g_array_append_val (population, p);
          g_array_append_val (seats, q);
        }
      else
        {
          rest_population += p;
          rest_seats += q;
          rest++;
        }
    }
  if (rest > 0)
    {
      g_ptr_array_add (labels, g_strdup_printf (T (context, "%u autres communes", "%u other communes"), rest));
      g_array_append_val (population, rest_population);
      g_array_append_val (seats, rest_seats);
    }

  svg = _coop_svg_paired_bars (labels->len, (const char * const *)labels->pdata, (const double *)(gpointer)population->data,
                               (const double *)(gpointer)seats->data, T (context, "part de la population", "share of population"),
                               T (context, "part des sièges", "share of seats"),
                               T (context, "Sièges et population", "Seats and population"));
  _coop_report_writer_chart (context->writer, svg, T (context, "Sièges et population par commune", "Seats and population by commune"));

  for (CoopNature nature = COOP_NATURE_URBAN; nature <= COOP_NATURE_RURAL; nature++)
    {
      g_autofree char *pop = g_strdup_printf ("%.1f %%", 100 * coop_seat_allocation_get_nature_population_share (allocation, nature));
      g_autofree char *seat = g_strdup_printf ("%.1f %%", 100 * coop_seat_allocation_get_nature_seat_share (allocation, nature));
      const char *label = nature == COOP_NATURE_URBAN ? T (context, "urbaines", "urban")
                          : nature == COOP_NATURE_PERIURBAN ? T (context, "périurbaines", "periurban")
                          : T (context, "rurales", "rural");

      row_add (rows, label, pop, seat, NULL);
    }
  _coop_report_writer_table (context->writer, columns, rows);
}

static void
write_seats (Context    *context,
             GListModel *cooperations)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_object_unref);

  _coop_report_writer_heading (context->writer, 2, T (context, "Sièges et population (CGCT L5211-6-1)",
                                                      "Seats and population (CGCT L5211-6-1)"));

  for (guint i = 0; i < g_list_model_get_n_items (cooperations); i++)
    {
      g_autoptr(CoopCooperation) cooperation = g_list_model_get_item (cooperations, i);
      const char * const *codes = coop_cooperation_get_territories (cooperation);

      for (guint c = 0; codes[c] != NULL; c++)
        {
          g_autoptr(CoopTerritory) territory = coop_model_lookup (context->model, codes[c]);

          if (territory == NULL || !coop_territory_is_from_atlas (territory) ||
              coop_territory_get_kind (territory) != COOP_TERRITORY_KIND_EPCI ||
              g_ptr_array_find (seen, territory, NULL))
            continue;

          write_epci_seats (context, territory);
          g_ptr_array_add (seen, g_steal_pointer (&territory));
        }
    }

  if (seen->len == 0)
    _coop_report_writer_note (context->writer, T (context, "Aucune EPCI à fiscalité propre parmi les coopérations.",
                                                  "No EPCI à fiscalité propre among the cooperations."));
}

static void
write_levers (Context        *context,
              CoopDiagnostic *diagnostic)
{
  GListModel *levers = coop_diagnostic_get_levers (diagnostic);
  guint n = g_list_model_get_n_items (levers);
  g_autofree double *scores = g_new0 (double, n);
  g_autofree guint *groups = g_new0 (guint, n);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) axes = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = rows_new ();
  g_autofree char *svg = NULL;
  const char *columns[] = { T (context, "Levier", "Lever"), T (context, "Axe", "Axis"), "Score",
                            T (context, "Ce qui compte", "What counted"),
                            T (context, "Recommandation", "Recommendation"), NULL };

  for (guint axis = COOP_LEVER_AXIS_IMPULSION_POLITIQUE; axis <= COOP_LEVER_AXIS_CONVERGENCE; axis++)
    g_ptr_array_add (axes, (gpointer)coop_lever_axis_get_label (axis, context->language));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopLeverScore) lever = g_list_model_get_item (levers, i);
      g_autofree char *label = g_strdup_printf ("%u. %s", coop_lever_score_get_number (lever),
                                                coop_lever_score_get_label (lever, context->language));
      g_autofree char *score = g_strdup_printf ("%.0f %%", 100 * coop_lever_score_get_score (lever));
      g_autofree char *evidence = g_strjoinv (", ", (char **)coop_lever_score_get_evidence (lever));

      scores[i] = coop_lever_score_get_score (lever);
      groups[i] = coop_lever_score_get_axis (lever);
      g_ptr_array_add (labels, g_strdup_printf ("%u", coop_lever_score_get_number (lever)));
      row_add (rows, label, coop_lever_axis_get_label (coop_lever_score_get_axis (lever), context->language), score,
               evidence[0] != '\0' ? evidence : "—",
               coop_lever_score_get_weak (lever) ? coop_lever_score_get_recommendation (lever, context->language) : "",
               NULL);
    }

  _coop_report_writer_heading (context->writer, 2, T (context, "La roue des dix leviers", "The wheel of the ten levers"));
  svg = _coop_svg_radar (n, scores, (const char * const *)labels->pdata, groups, axes->len,
                         (const char * const *)axes->pdata, T (context, "Les dix leviers", "The ten levers"));
  _coop_report_writer_chart (context->writer, svg, T (context, "Radar des dix leviers", "Radar of the ten levers"));
  _coop_report_writer_table (context->writer, columns, rows);
}

static void
write_warnings (Context        *context,
                CoopDiagnostic *diagnostic)
{
  GListModel *warnings = coop_diagnostic_get_warnings (diagnostic);
  g_autoptr(GStrvBuilder) items = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (warnings); i++)
    {
      g_autoptr(CoopWarningSign) sign = g_list_model_get_item (warnings, i);
      g_autofree char *item = g_strdup_printf ("%s (%s)", coop_warning_sign_get_message (sign, context->language),
                                               coop_warning_sign_get_code (sign));

      g_strv_builder_add (items, item);
    }

  list = g_strv_builder_end (items);
  _coop_report_writer_heading (context->writer, 2, T (context, "Signaux d'alerte", "Warning signs"));
  if (list[0] == NULL)
    _coop_report_writer_note (context->writer, T (context, "Aucun signal d'alerte.", "No warning sign."));
  else
    _coop_report_writer_list (context->writer, (const char * const *)list);
}

static void
write_who_does_what (Context *context)
{
  GListModel *agreements = coop_model_get_agreements (context->scope);
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  gboolean any = FALSE;

  g_ptr_array_add (columns, g_strdup (T (context, "Action", "Action")));
  for (guint f = COOP_FUNCTION_POLITICAL_DECISION; f <= COOP_FUNCTION_COMMUNICATION; f++)
    g_ptr_array_add (columns, g_strdup (_coop_enum_get_label_in (COOP_TYPE_FUNCTION, f, context->language)));
  g_ptr_array_add (columns, NULL);

  _coop_report_writer_heading (context->writer, 2, T (context, "Qui fait quoi", "Who does what"));

  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, i);
      GListModel *actions = coop_agreement_get_actions (agreement);
      g_autoptr(GPtrArray) rows = rows_new ();

      if (g_list_model_get_n_items (actions) == 0)
        continue;

      for (guint a = 0; a < g_list_model_get_n_items (actions); a++)
        {
          g_autoptr(CoopAction) action = g_list_model_get_item (actions, a);
          g_autoptr(GStrvBuilder) row = g_strv_builder_new ();

          g_strv_builder_add (row, coop_action_get_title (action));
          for (guint f = COOP_FUNCTION_POLITICAL_DECISION; f <= COOP_FUNCTION_COMMUNICATION; f++)
            {
              g_autofree char *holders = g_strjoinv (", ", (char **)coop_action_get_holders (action, f));

              g_strv_builder_add (row, holders[0] != '\0' ? holders : "—");
            }
          g_ptr_array_add (rows, g_strv_builder_end (row));
        }

      _coop_report_writer_heading (context->writer, 3, coop_agreement_get_title (agreement));
      _coop_report_writer_table (context->writer, (const char * const *)columns->pdata, rows);
      any = TRUE;
    }

  if (!any)
    _coop_report_writer_note (context->writer, T (context, "Aucune action n'est encore décrite.",
                                                  "No action is described yet."));
}

static GListModel *
select_cooperations (Context  *context,
                     GError  **error)
{
  g_autoptr(GListModel) all = coop_cooperation_list_in_model (context->model);
  const char *territory = coop_report_get_territory (context->report);
  g_autoptr(CoopTerritory) found = NULL;
  g_autoptr(CoopEvidenceContext) reach = NULL;
  const char *only[] = { NULL, NULL };
  GListStore *selected;

  if (territory == NULL)
    return g_steal_pointer (&all);

  found = coop_model_lookup (context->model, territory);
  if (found == NULL)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_UNKNOWN_REFERENCE,
                   _("the report's territory “%s” names no territory of the model or the atlas"), territory);
      return NULL;
    }

  /* The cooperations that reach the territory: one of theirs shares a
   * commune with it (a département or a région only as itself). */
  only[0] = territory;
  reach = _coop_evidence_context_new (context->model, only, context->date, error);
  if (reach == NULL)
    return NULL;

  selected = g_list_store_new (COOP_TYPE_COOPERATION);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(CoopCooperation) cooperation = g_list_model_get_item (all, i);
      const char * const *codes = coop_cooperation_get_territories (cooperation);
      gboolean reached = FALSE;

      for (guint c = 0; codes[c] != NULL && !reached; c++)
        reached = _coop_evidence_reaches (reach, codes[c], 0);
      if (reached)
        g_list_store_append (selected, cooperation);
    }

  return G_LIST_MODEL (selected);
}

CoopReportWriter *
_coop_report_write (CoopReport  *self,
                    GError     **error)
{
  g_autoptr(CoopDiagnostic) diagnostic = NULL;
  g_autoptr(GListModel) cooperations = NULL;
  g_autoptr(CoopModel) scope = NULL;
  g_autofree char *title = NULL;
  g_autofree char *day = NULL;
  g_autofree char *subtitle = NULL;
  CoopAtlas *atlas;
  Context context = { 0 };

  context.report = self;
  context.model = coop_report_get_model (self);
  context.scale = coop_report_get_scale (self);
  context.date = coop_report_get_date (self);
  context.language = coop_report_get_language (self);
  context.french = _coop_language_is_french (context.language);

  cooperations = select_cooperations (&context, error);
  if (cooperations == NULL)
    return NULL;

  /* A report of one territory covers only the cooperations that reach it:
   * their territories, their levers, their warning signs and their
   * who-does-what tables. */
  scope = coop_report_get_territory (self) != NULL ? _coop_model_new_for_cooperations (context.model, cooperations)
                                                   : g_object_ref (context.model);
  context.scope = scope;

  atlas = coop_model_get_atlas (context.model);
  title = g_strdup_printf (T (&context, "Rapport de coopération — %s", "Cooperation report — %s"),
                           coop_model_get_name (context.model) != NULL ? coop_model_get_name (context.model)
                                                                       : T (&context, "modèle", "model"));
  day = g_date_time_format (context.date, "%Y-%m-%d");
  subtitle = g_strdup_printf (T (&context, "Au %s. Carte de France : %s %s. Produit par libcoop %s.",
                                 "As of %s. Map of France: %s %s. Produced by libcoop %s."),
                              day, coop_atlas_get_source (atlas), coop_atlas_get_source_version (atlas),
                              PACKAGE_VERSION);

  context.writer = _coop_report_writer_new (context.language, title);
  _coop_report_writer_note (context.writer, subtitle);
  if (coop_model_get_description (context.model) != NULL)
    _coop_report_writer_paragraph (context.writer, coop_model_get_description (context.model));

  diagnostic = coop_diagnostic_new (context.scope, context.date);

  write_territories (&context, cooperations);
  write_who_with_whom (&context, cooperations);
  write_maturity (&context, cooperations);
  write_levers (&context, diagnostic);
  write_seats (&context, cooperations);
  write_warnings (&context, diagnostic);
  write_who_does_what (&context);

  g_clear_pointer (&context.ratings_from, g_hash_table_unref);
  g_clear_pointer (&context.ratings, g_ptr_array_unref);
  return context.writer;
}
