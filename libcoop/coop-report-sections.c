/* coop-report-sections.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "coop-action.h"
#include "coop-actor.h"
#include "coop-agreement.h"
#include "coop-assessment.h"
#include "coop-body.h"
#include "coop-cooperation.h"
#include "coop-diagnostic.h"
#include "coop-enum-types.h"
#include "coop-error.h"
#include "coop-evidence-private.h"
#include "coop-i18n-private.h"
#include "coop-labels.h"
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

/* 96 688 in French, 96,688 in English. */
static char *
format_population (gint64 population)
{
  g_autofree char *digits = NULL;
  GString *text;
  gsize length;
  /* Translators: the separator of thousands in 96,688 (French: a
   * narrow no-break space). */
  const char *separator = C_("thousands separator", ",");

  if (population < 0)
    return g_strdup ("—");

  digits = g_strdup_printf ("%" G_GINT64_FORMAT, population);
  length = strlen (digits);
  text = g_string_new (NULL);
  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append (text, separator);
      g_string_append_c (text, digits[i]);
    }
  return g_string_free (text, FALSE);
}

/* Names for people. The report speaks of the Conférence des maires, 2 July
 * 2026, not of body:gbm-conference-des-maires@2026-07-02, and of CU Grand
 * Besançon Métropole, not of 242500361. */

static const char * const month_names[] = {
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"), NC_("month", "April"),
  NC_("month", "May"), NC_("month", "June"), NC_("month", "July"), NC_("month", "August"),
  NC_("month", "September"), NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

/* In the report's language, whatever the process locale's LC_TIME. */
static char *
format_day (GDateTime *date)
{
  const char *month = C_("month", month_names[g_date_time_get_month (date) - 1]);

  /* Translators: a date for people: the day of the month, the month's
   * name and the year, as in “2 July 2026”. */
  return g_strdup_printf (_("%u %s %d"), (guint)g_date_time_get_day_of_month (date), month,
                          g_date_time_get_year (date));
}

/* A short date for a chart's axis: the year alone for the first of
 * January, the whole date otherwise. */
static char *
format_axis_day (GDateTime *date)
{
  if (g_date_time_get_month (date) == 1 && g_date_time_get_day_of_month (date) == 1)
    return g_strdup_printf ("%d", g_date_time_get_year (date));
  /* Translators: a short date under a chart, as g_date_time_format ()
   * writes it; French writes %d/%m/%Y. */
  return g_date_time_format (date, C_("short date", "%Y-%m-%d"));
}

/* The name of a territory (code, SIREN or model identifier) or of an
 * actor; the reference itself when it names neither. */
static char *
dup_reference_name (Context    *context,
                    const char *reference)
{
  g_autoptr(CoopTerritory) territory = coop_model_lookup (context->model, reference);
  CoopActor *actor;

  if (territory != NULL)
    return g_strdup (coop_territory_get_name (territory));
  actor = coop_model_get_actor (context->model, reference);
  if (actor != NULL)
    return g_strdup (coop_actor_get_name (actor));
  return g_strdup (reference);
}

static GDateTime *
parse_day (const char *text)
{
  int year, month, day;
  char end;

  if (sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &end) != 3)
    return NULL;
  return g_date_time_new_utc (year, month, day, 0, 0, 0);
}

/* What an evidence item such as “meeting:BODY@DATE”, “body:ID”,
 * “agreement:ID”, “action:AGREEMENT/ID” or “resource:AGREEMENT/TITLE”
 * names, for people; what follows the reference (“, meetings in the last
 * year: 2”) is kept. */
static char *
dup_evidence_text (Context    *context,
                   const char *item)
{
  const char *colon = strchr (item, ':');
  g_autofree char *kind = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *name = NULL;
  const char *rest = "";

  if (colon == NULL)
    return dup_reference_name (context, item);

  kind = g_strndup (item, colon - item);
  if (g_str_equal (kind, "resource"))
    reference = g_strdup (colon + 1);
  else
    {
      gsize length = strcspn (colon + 1, " ,");

      reference = g_strndup (colon + 1, length);
      rest = colon + 1 + length;
    }

  if (g_str_equal (kind, "body"))
    {
      CoopBody *body = coop_model_get_body (context->model, reference);

      name = g_strdup (body != NULL ? coop_body_get_name (body) : reference);
    }
  else if (g_str_equal (kind, "agreement"))
    {
      CoopAgreement *agreement = coop_model_get_agreement (context->model, reference);

      name = g_strdup (agreement != NULL ? coop_agreement_get_title (agreement) : reference);
    }
  else if (g_str_equal (kind, "renewal"))
    {
      CoopAgreement *agreement = coop_model_get_agreement (context->model, reference);

      /* Translators: evidence that an agreement was evaluated, then renewed. */
      name = g_strdup_printf (_("%s, renewed"), agreement != NULL ? coop_agreement_get_title (agreement) : reference);
    }
  else if (g_str_equal (kind, "meeting"))
    {
      char *at = strrchr (reference, '@');
      g_autoptr(GDateTime) day = NULL;
      CoopBody *body;

      if (at != NULL)
        {
          *at = '\0';
          day = parse_day (at + 1);
        }
      body = coop_model_get_body (context->model, reference);
      if (day != NULL)
        {
          g_autofree char *when = format_day (day);

          /* Translators: a meeting: the body's name and the day. */
          name = g_strdup_printf (_("%s, %s"), body != NULL ? coop_body_get_name (body) : reference, when);
        }
      else
        name = g_strdup (body != NULL ? coop_body_get_name (body) : reference);
    }
  else if (g_str_equal (kind, "action") || g_str_equal (kind, "resource"))
    {
      const char *slash = strchr (reference, '/');
      CoopAgreement *agreement = NULL;
      CoopAction *action = NULL;

      if (slash != NULL)
        {
          g_autofree char *agreement_id = g_strndup (reference, slash - reference);

          agreement = coop_model_get_agreement (context->model, agreement_id);
          if (agreement != NULL && g_str_equal (kind, "action"))
            action = coop_agreement_lookup_action (agreement, slash + 1);
        }
      name = g_strdup (action != NULL ? coop_action_get_title (action) : slash != NULL ? slash + 1 : reference);
    }
  else
    return dup_reference_name (context, item);

  /* A commune named at the end (“carried by commune 25212”) gets its name too. */
  if (rest[0] != '\0')
    {
      const char *last_space = strrchr (rest, ' ');

      if (last_space != NULL && last_space[1] != '\0')
        {
          g_autoptr(CoopTerritory) territory = coop_model_lookup (context->model, last_space + 1);

          if (territory != NULL)
            {
              g_autofree char *head = g_strndup (rest, last_space + 1 - rest);

              return g_strconcat (name, head, coop_territory_get_name (territory), NULL);
            }
        }
    }
  return g_strconcat (name, rest, NULL);
}

/* Evidence or references joined for a table cell, each by its name. */
static char *
dup_names_joined (Context            *context,
                  const char * const *items,
                  gboolean            evidence)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_autofree char *name = evidence ? dup_evidence_text (context, items[i])
                                       : dup_reference_name (context, items[i]);

      /* Names hold commas (“Conférence des maires, 2 July 2026”). */
      g_string_append_printf (text, "%s%s", i > 0 ? (evidence ? "; " : ", ") : "", name);
    }
  return g_string_free (text, FALSE);
}

/* The first screen: each cooperation, its step and the one thing that
 * would take it higher. */
static void
write_summary (Context    *context,
               GListModel *cooperations)
{
  g_autoptr(GPtrArray) rows = rows_new ();
  const char *columns[] = { _("Cooperation"), _("Step reached"), _("What would take it higher"), NULL };

  for (guint i = 0; i < g_list_model_get_n_items (cooperations); i++)
    {
      g_autoptr(CoopCooperation) cooperation = g_list_model_get_item (cooperations, i);
      g_autoptr(CoopAssessment) assessment = NULL;
      g_auto(GStrv) missing = NULL;
      g_autofree char *step_text = NULL;
      g_autofree char *next_text = NULL;
      CoopScaleStep *step, *next;

      assessment = coop_assessment_new (context->model, context->scale, coop_cooperation_get_territories (cooperation),
                                        context->date, NULL);
      if (assessment == NULL)
        continue;

      step = coop_assessment_get_step (assessment);
      next = coop_assessment_get_next_step (assessment);
      step_text = step != NULL ? g_strdup_printf (_("%u. %s"), coop_assessment_get_level (assessment),
                                                  coop_scale_step_get_label (step, context->language))
                               : g_strdup (_("not yet on the first step"));
      missing = coop_assessment_dup_missing (assessment, context->language);
      if (next == NULL)
        next_text = g_strdup (_("the top of the scale: keep it up"));
      else if (missing[0] != NULL)
        /* Translators: the next step and the first thing missing to reach it. */
        next_text = g_strdup_printf (_("Step %u (%s): %s"), coop_scale_step_get_level (next),
                                     coop_scale_step_get_label (next, context->language), missing[0]);
      else
        next_text = g_strdup_printf (_("Step %u (%s)"), coop_scale_step_get_level (next),
                                     coop_scale_step_get_label (next, context->language));

      row_add (rows, coop_cooperation_get_name (cooperation), step_text, next_text, NULL);
    }

  _coop_report_writer_heading (context->writer, 2, _("At a glance"));
  if (rows->len == 0)
    _coop_report_writer_note (context->writer, _("No agreement and no body brings two territories together yet."));
  else
    _coop_report_writer_table (context->writer, columns, rows);
}

static void
write_territories (Context    *context,
                   GListModel *cooperations)
{
  g_autoptr(GPtrArray) rows = rows_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *territories = coop_model_get_territories (context->scope);
  const char *columns[] = { _("Territory"), _("Kind"), _("Population"), _("Nature"), NULL };
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
      row_add (rows, coop_territory_get_name (territory),
               coop_enum_get_label (COOP_TYPE_TERRITORY_KIND, coop_territory_get_kind (territory)),
               population,
               coop_enum_get_label (COOP_TYPE_NATURE, coop_territory_get_nature (territory)),
               NULL);
    }

  _coop_report_writer_heading (context->writer, 2, _("The territories"));
  if (rows->len == 0)
    _coop_report_writer_note (context->writer, _("The model names no territory."));
  else
    _coop_report_writer_table (context->writer, columns, rows);
}

static void
write_who_with_whom (Context    *context,
                     GListModel *cooperations)
{
  g_autoptr(GPtrArray) rows = rows_new ();
  const char *columns[] = { _("Cooperation"),
                            _("What brings them together"), NULL };

  for (guint i = 0; i < g_list_model_get_n_items (cooperations); i++)
    {
      g_autoptr(CoopCooperation) cooperation = g_list_model_get_item (cooperations, i);
      g_autofree char *sources = dup_names_joined (context, coop_cooperation_get_sources (cooperation), TRUE);

      row_add (rows, coop_cooperation_get_name (cooperation), sources, NULL);
    }

  _coop_report_writer_heading (context->writer, 2, _("Who cooperates with whom"));
  if (rows->len == 0)
    _coop_report_writer_note (context->writer,
                              _("No agreement and no body brings two territories together yet."));
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
      g_ptr_array_add (labels, format_axis_day (g_ptr_array_index (dates, i)));
    }

  for (guint level = 1; level <= coop_scale_get_n_steps (context->scale); level++)
    g_ptr_array_add (step_labels,
                     (gpointer)coop_scale_step_get_label (coop_scale_get_step (context->scale, level), context->language));

  svg = _coop_svg_staircase (dates->len, (const char * const *)labels->pdata, (const guint *)(gpointer)levels->data,
                             coop_scale_get_n_steps (context->scale), (const char * const *)step_labels->pdata,
                             _("The staircase of the cooperation"));
  _coop_report_writer_chart (context->writer, svg,
                             _("Step reached over the years"));
  /* What each point counts, so that a flat stretch is read right. */
  _coop_report_writer_note (context->writer,
                            _("Step reached on 1 January of each year and on the day of the report. Counted: "
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
      g_autofree char *rater_name = NULL;
      g_autofree char *from_name = NULL;
      g_autofree char *to_name = NULL;

      /* A territory listed twice in a cooperation would repeat its ratings. */
      if (p > 0 && g_array_index (positions, guint, p) == g_array_index (positions, guint, p - 1))
        continue;

      /* A level beyond the scale is an error coop check reports, not a
       * step to show. */
      if (!coop_cooperation_involves (cooperation, from) || !coop_cooperation_involves (cooperation, to) ||
          g_strcmp0 (coop_rating_get_scale (rating), coop_scale_get_id (context->scale)) != 0 ||
          coop_rating_get_level (rating) > coop_scale_get_n_steps (context->scale))
        continue;

      rater_name = dup_reference_name (context, coop_rating_get_rater (rating));
      from_name = dup_reference_name (context, from);
      to_name = dup_reference_name (context, to);
      day = coop_rating_get_date (rating) != NULL ? format_day (coop_rating_get_date (rating)) : g_strdup ("—");
      item = g_strdup_printf (_("%s (for %s) puts the cooperation with %s on step %u (%s)%s"),
                              rater_name, from_name, to_name, coop_rating_get_level (rating), day,
                              coop_rating_get_level (rating) != computed
                                ? _(" — not the computed step")
                                : "");
      g_strv_builder_add (items, item);
    }

  list = g_strv_builder_end (items);
  if (list[0] == NULL)
    return;

  _coop_report_writer_paragraph (context->writer, _("Ratings declared by the actors:"));
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
  const char *columns[] = { _("Step"), _("Reached"),
                            _("Criteria"), _("Evidence"), NULL };

  assessment = coop_assessment_new (context->model, context->scale, coop_cooperation_get_territories (cooperation),
                                    context->date, NULL);
  if (assessment == NULL)
    return;

  _coop_report_writer_heading (context->writer, 3, coop_cooperation_get_name (cooperation));

  step = coop_assessment_get_step (assessment);
  if (step != NULL)
    summary = g_strdup_printf (_("Step %u of %u: %s. %s"),
                               coop_assessment_get_level (assessment), coop_scale_get_n_steps (context->scale),
                               coop_scale_step_get_label (step, context->language),
                               coop_scale_step_get_description (step, context->language));
  else
    summary = g_strdup (_("Not yet on the first step."));
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
          g_autofree char *evidence = dup_names_joined (context, coop_criterion_result_get_evidence (criterion), TRUE);

          g_string_append_printf (criteria_text, "%s%s %s", c > 0 ? " ; " : "",
                                  coop_criterion_result_get_met (criterion) ? "✔" : "✘", description);
          if (evidence[0] != '\0')
            g_string_append_printf (evidence_text, "%s%s", evidence_text->len > 0 ? "; " : "", evidence);
        }

      row_add (rows, label,
               coop_step_result_get_reached (result) ? _("yes") : _("no"),
               criteria_text->str, evidence_text->len > 0 ? evidence_text->str : "—", NULL);
    }
  _coop_report_writer_table (context->writer, columns, rows);

  next = coop_assessment_get_next_step (assessment);
  missing = coop_assessment_dup_missing (assessment, context->language);
  if (next != NULL)
    {
      g_autofree char *heading = g_strdup_printf (_("To climb to step %u (%s):"),
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
  g_autofree char *intro = g_strdup_printf (_("Scale: %s."),
                                            coop_scale_get_name (context->scale, context->language));

  _coop_report_writer_heading (context->writer, 2, _("Maturity of the cooperations"));
  _coop_report_writer_note (context->writer, intro);

  for (guint i = 0; i < g_list_model_get_n_items (cooperations); i++)
    {
      g_autoptr(CoopCooperation) cooperation = g_list_model_get_item (cooperations, i);

      write_assessment (context, cooperation);
    }
}

/* Large EPCI show their largest communes, the rest summed in one row. */
#define SEATS_CHART_ROWS 12

/* The total and the parts it is made of, so that they add up: the III
 * figure (less the seats IV 4° takes away), the seats de droit, the seats
 * of ties, of IV 4° bis and of V. */
static char *
dup_seat_summary (CoopSeatAllocation *allocation)
{
  guint table = coop_seat_allocation_get_table_seats (allocation) - coop_seat_allocation_get_councillor_reduction (allocation);
  guint parts[] = {
    coop_seat_allocation_get_seats_de_droit (allocation),
    coop_seat_allocation_get_tie_seats (allocation),
    coop_seat_allocation_get_bonus_seats (allocation),
    coop_seat_allocation_get_supplement_seats (allocation),
  };
  g_autoptr(GString) text = g_string_new (NULL);
  guint sum = table;

  /* Translators: the start of the seat summary: the total, then the seats
   * of the III table that follow. */
  g_string_append_printf (text, _("%u seats under the droit commun: %u from the III table"),
                          coop_seat_allocation_get_total_seats (allocation), table);
  if (coop_seat_allocation_get_councillor_reduction (allocation) > 0)
    g_string_append_printf (text, _(" (%u, less %u under IV 4°)"), coop_seat_allocation_get_table_seats (allocation),
                            coop_seat_allocation_get_councillor_reduction (allocation));
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *part = NULL;

      if (parts[i] == 0)
        continue;
      switch (i)
        {
        case 0:
          part = g_strdup_printf (_("%u seats de droit (IV 2°)"), parts[i]);
          break;
        case 1:
          part = g_strdup_printf (_("%u seats for a tie (IV 5°)"), parts[i]);
          break;
        case 2:
          part = g_strdup_printf (_("%u seats of IV 4° bis"), parts[i]);
          break;
        default:
          part = g_strdup_printf (_("%u supplementary seats (V)"), parts[i]);
          break;
        }
      g_string_append_printf (text, _(", %s"), part);
      sum += parts[i];
    }
  g_string_append (text, ".");
  g_warn_if_fail (sum == coop_seat_allocation_get_total_seats (allocation));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

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
  const char *columns[] = { _("Communes"), _("Share of population"),
                            _("Share of seats"), NULL };

  /* A territory of the model with a form is a proposed council: its seats
   * count the populations it gives its communes. */
  if (coop_territory_is_from_atlas (epci))
    {
      _coop_report_writer_heading (context->writer, 3, coop_territory_get_name (epci));
      allocation = coop_seat_allocation_new_for_epci (coop_model_get_atlas (context->model), epci,
                                                      COOP_SUPPLEMENT_READING_COMPLEMENT, &error);
    }
  else
    {
      /* Translators: a heading: a territory of the model, then the legal
       * form its council is computed for (“communauté d'agglomération”). */
      g_autofree char *heading = g_strdup_printf (_("%s (%s, from the model)"), coop_territory_get_name (epci),
                                                  coop_enum_get_label (COOP_TYPE_EPCI_FORM,
                                                                       coop_territory_get_epci_form (epci)));

      _coop_report_writer_heading (context->writer, 3, heading);
      allocation = coop_seat_allocation_new_for_model (context->model, epci, COOP_EPCI_FORM_NONE,
                                                       COOP_SUPPLEMENT_READING_COMPLEMENT, &error);
    }
  if (allocation == NULL)
    {
      _coop_report_writer_note (context->writer, error->message);
      return;
    }

  summary = dup_seat_summary (allocation);
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
      g_ptr_array_add (labels, g_strdup_printf (_("%u other communes"), rest));
      g_array_append_val (population, rest_population);
      g_array_append_val (seats, rest_seats);
    }

  svg = _coop_svg_paired_bars (labels->len, (const char * const *)labels->pdata, (const double *)(gpointer)population->data,
                               (const double *)(gpointer)seats->data, _("share of population"),
                               _("share of seats"),
                               _("Seats and population"));
  _coop_report_writer_chart (context->writer, svg, _("Seats and population by commune"));

  for (CoopNature nature = COOP_NATURE_URBAN; nature <= COOP_NATURE_RURAL; nature++)
    {
      g_autofree char *pop_number = _coop_format_decimal (100 * coop_seat_allocation_get_nature_population_share (allocation, nature), 1);
      g_autofree char *seat_number = _coop_format_decimal (100 * coop_seat_allocation_get_nature_seat_share (allocation, nature), 1);
      g_autofree char *pop = g_strdup_printf ("%s %%", pop_number);
      g_autofree char *seat = g_strdup_printf ("%s %%", seat_number);
      const char *label = nature == COOP_NATURE_URBAN ? _("urban")
                          : nature == COOP_NATURE_PERIURBAN ? _("periurban")
                          : _("rural");

      row_add (rows, label, pop, seat, NULL);
    }
  _coop_report_writer_table (context->writer, columns, rows);
}

static void
write_seats (Context    *context,
             GListModel *cooperations)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *territories;

  _coop_report_writer_heading (context->writer, 2, _("Seats and population (CGCT L5211-6-1)"));

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

  /* The councils the model proposes (a fusion, an extension), whether or
   * not a cooperation names them. */
  territories = coop_model_get_territories (context->model);
  for (guint i = 0; i < g_list_model_get_n_items (territories); i++)
    {
      g_autoptr(CoopTerritory) territory = g_list_model_get_item (territories, i);

      if (coop_territory_get_epci_form (territory) == COOP_EPCI_FORM_NONE)
        continue;
      write_epci_seats (context, territory);
      g_ptr_array_add (seen, g_steal_pointer (&territory));
    }

  if (seen->len == 0)
    _coop_report_writer_note (context->writer, _("No EPCI à fiscalité propre among the cooperations."));
}

/* The levers' names on the radar, short enough to sit round the wheel;
 * the table under it gives their full names. */
static const char * const lever_short_names[] = {
  N_("Balance of representation"), N_("Political pacts"), N_("Spaces of dialogue"),
  N_("Local elected officials involved"), N_("Bottom-up approaches"), N_("Lasting programmes"),
  N_("Territorial projects brought together"), N_("Procedures and contracts"), N_("Pooled resources"),
  N_("How the project is made"),
};

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
  const char *columns[] = { _("Lever"), _("Axis"), "Score",
                            _("What counted"),
                            _("Recommendation"), NULL };

  for (guint axis = COOP_LEVER_AXIS_IMPULSION_POLITIQUE; axis <= COOP_LEVER_AXIS_CONVERGENCE; axis++)
    g_ptr_array_add (axes, (gpointer)coop_lever_axis_get_label (axis, context->language));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopLeverScore) lever = g_list_model_get_item (levers, i);
      g_autofree char *label = g_strdup_printf ("%u. %s", coop_lever_score_get_number (lever),
                                                coop_lever_score_get_label (lever, context->language));
      g_autofree char *score = g_strdup_printf ("%.0f %%", 100 * coop_lever_score_get_score (lever));
      g_autofree char *evidence = dup_names_joined (context, coop_lever_score_get_evidence (lever), TRUE);

      scores[i] = coop_lever_score_get_score (lever);
      groups[i] = coop_lever_score_get_axis (lever);
      g_ptr_array_add (labels, g_strdup_printf ("%u. %s", coop_lever_score_get_number (lever),
                                                _(lever_short_names[(coop_lever_score_get_number (lever) - 1) %
                                                                    G_N_ELEMENTS (lever_short_names)])));
      row_add (rows, label, coop_lever_axis_get_label (coop_lever_score_get_axis (lever), context->language), score,
               evidence[0] != '\0' ? evidence : "—",
               coop_lever_score_get_weak (lever) ? coop_lever_score_get_recommendation (lever, context->language) : "",
               NULL);
    }

  _coop_report_writer_heading (context->writer, 2, _("The wheel of the ten levers"));
  svg = _coop_svg_radar (n, scores, (const char * const *)labels->pdata, groups, axes->len,
                         (const char * const *)axes->pdata, _("The ten levers"));
  _coop_report_writer_chart (context->writer, svg, _("Radar of the ten levers"));
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
      g_autofree char *item = g_strdup (coop_warning_sign_get_message (sign, context->language));

      g_strv_builder_add (items, item);
    }

  list = g_strv_builder_end (items);
  _coop_report_writer_heading (context->writer, 2, _("Warning signs"));
  if (list[0] == NULL)
    _coop_report_writer_note (context->writer, _("No warning sign."));
  else
    _coop_report_writer_list (context->writer, (const char * const *)list);
}

static void
write_who_does_what (Context *context)
{
  GListModel *agreements = coop_model_get_agreements (context->scope);
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  gboolean any = FALSE;

  g_ptr_array_add (columns, g_strdup (_("Action")));
  for (guint f = COOP_FUNCTION_POLITICAL_DECISION; f <= COOP_FUNCTION_COMMUNICATION; f++)
    g_ptr_array_add (columns, g_strdup (coop_enum_get_label (COOP_TYPE_FUNCTION, f)));
  g_ptr_array_add (columns, NULL);

  _coop_report_writer_heading (context->writer, 2, _("Who does what"));

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
              g_autofree char *holders = dup_names_joined (context, coop_action_get_holders (action, f), FALSE);

              g_strv_builder_add (row, holders[0] != '\0' ? holders : "—");
            }
          g_ptr_array_add (rows, g_strv_builder_end (row));
        }

      _coop_report_writer_heading (context->writer, 3, coop_agreement_get_title (agreement));
      _coop_report_writer_table (context->writer, (const char * const *)columns->pdata, rows);
      any = TRUE;
    }

  if (!any)
    _coop_report_writer_note (context->writer, _("No action is described yet."));
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
  title = g_strdup_printf (_("Cooperation report — %s"),
                           coop_model_get_name (context.model) != NULL ? coop_model_get_name (context.model)
                                                                       : _("model"));
  day = format_day (context.date);
  subtitle = g_strdup_printf (_("As of %s. Map of France: %s %s, millésime %u. Produced by libcoop %s."),
                              day, coop_atlas_get_source (atlas), coop_atlas_get_source_version (atlas),
                              coop_atlas_get_year (atlas), PACKAGE_VERSION);

  context.writer = _coop_report_writer_new (context.language, title);
  _coop_report_writer_note (context.writer, subtitle);
  write_summary (&context, cooperations);
  if (coop_model_get_description (context.model) != NULL)
    {
      _coop_report_writer_heading (context.writer, 2, _("About this model"));
      _coop_report_writer_paragraph (context.writer, coop_model_get_description (context.model));
    }

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
