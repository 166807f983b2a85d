/* coop-assessment.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-assessment-private.h"
#include "coop-evidence-private.h"

/**
 * CoopAssessment:
 *
 * Where a cooperation stands on a [class@Coop.Scale] at a date: the step
 * reached, the evidence for each step, and what is missing to climb to the
 * next one.
 *
 * A cooperation is two or more territories (of the atlas or of the model),
 * or one territory assessed on its own inner cooperation, such as an EPCI.
 * Bodies, meetings and agreements count when they reach every territory of
 * the cooperation: a body through its scope (or a meeting through its
 * participants), an agreement through its parties; a reference reaches a
 * territory when their perimeters share a commune, except that a
 * département or a région reaches only itself. Agreements count in the
 * status their dated history gives them at the date of the assessment, so
 * assessments at successive dates draw the staircase of the cooperation
 * (see [func@Coop.Assessment.list_staircase]).
 *
 * Since: 1.0
 */

struct _CoopAssessment
{
  GObject     parent_instance;
  CoopScale  *scale;
  GDateTime  *date;
  GStrv       territories;
  GListStore *steps;
  guint       level;
};

G_DEFINE_FINAL_TYPE (CoopAssessment, coop_assessment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SCALE,
  PROP_DATE,
  PROP_TERRITORIES,
  PROP_LEVEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_assessment_finalize (GObject *object)
{
  CoopAssessment *self = (CoopAssessment *)object;

  g_clear_object (&self->scale);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->territories, g_strfreev);
  g_clear_object (&self->steps);

  G_OBJECT_CLASS (coop_assessment_parent_class)->finalize (object);
}

static void
coop_assessment_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CoopAssessment *self = COOP_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_SCALE:
      g_value_set_object (value, self->scale);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_TERRITORIES:
      g_value_set_boxed (value, self->territories);
      break;
    case PROP_LEVEL:
      g_value_set_uint (value, self->level);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_assessment_class_init (CoopAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_assessment_finalize;
  object_class->get_property = coop_assessment_get_property;

  /**
   * CoopAssessment:scale:
   *
   * The scale of the assessment.
   *
   * Since: 1.0
   */
  properties[PROP_SCALE] =
    g_param_spec_object ("scale", NULL, NULL, COOP_TYPE_SCALE, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAssessment:date:
   *
   * The date of the assessment.
   *
   * Since: 1.0
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAssessment:territories:
   *
   * The references of the territories of the cooperation.
   *
   * Since: 1.0
   */
  properties[PROP_TERRITORIES] =
    g_param_spec_boxed ("territories", NULL, NULL, G_TYPE_STRV, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAssessment:level:
   *
   * The highest step reached, or 0 when not even the first is.
   *
   * Since: 1.0
   */
  properties[PROP_LEVEL] =
    g_param_spec_uint ("level", NULL, NULL, 0, G_MAXUINT, 0, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_assessment_init (CoopAssessment *self)
{
  self->steps = g_list_store_new (COOP_TYPE_STEP_RESULT);
}

/**
 * coop_assessment_new:
 * @model: the model holding the evidence
 * @scale: the scale to assess on
 * @territories: (array zero-terminated=1): references of the territories
 *   of the cooperation: one or more, each once
 * @date: (nullable): the date of the assessment, or %NULL for now
 * @error: return location for an error
 *
 * Assesses a cooperation: every criterion of every step is evaluated, so
 * the evidence of steps above the one reached is listed too.
 *
 * Returns: (transfer full): the assessment, or %NULL with @error set when
 *   a territory is unknown or listed twice
 *
 * Since: 1.0
 */
CoopAssessment *
coop_assessment_new (CoopModel          *model,
                     CoopScale          *scale,
                     const char * const *territories,
                     GDateTime          *date,
                     GError            **error)
{
  g_autoptr(CoopEvidenceContext) context = NULL;
  g_autoptr(CoopAssessment) self = NULL;
  GListModel *steps;
  gboolean lower_reached = TRUE;

  g_return_val_if_fail (COOP_IS_MODEL (model), NULL);
  g_return_val_if_fail (COOP_IS_SCALE (scale), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  context = _coop_evidence_context_new (model, territories, date, error);
  if (context == NULL)
    return NULL;

  self = g_object_new (COOP_TYPE_ASSESSMENT, NULL);
  self->scale = g_object_ref (scale);
  self->date = g_date_time_ref (context->date);
  self->territories = g_strdupv ((char **)territories);

  steps = coop_scale_get_steps (scale);
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(CoopScaleStep) step = g_list_model_get_item (steps, i);
      g_autoptr(GListStore) results = g_list_store_new (COOP_TYPE_CRITERION_RESULT);
      g_autoptr(CoopStepResult) step_result = NULL;
      GListModel *criteria = coop_scale_step_get_criteria (step);
      gboolean all_met = TRUE;

      for (guint c = 0; c < g_list_model_get_n_items (criteria); c++)
        {
          g_autoptr(CoopCriterion) criterion = g_list_model_get_item (criteria, c);
          g_autoptr(GPtrArray) evidence = g_ptr_array_new_with_free_func (g_free);
          g_autoptr(CoopCriterionResult) result = NULL;
          gboolean met = _coop_evidence_evaluate (context, criterion, evidence);

          result = _coop_criterion_result_new (criterion, met, evidence);
          g_list_store_append (results, result);
          all_met &= met;
        }

      /* Steps are cumulative: a step counts only above reached ones. */
      lower_reached &= all_met;
      if (lower_reached)
        self->level = coop_scale_step_get_level (step);

      step_result = _coop_step_result_new (step, results, all_met, lower_reached);
      g_list_store_append (self->steps, step_result);
    }

  return g_steal_pointer (&self);
}

/**
 * coop_assessment_list_staircase:
 * @model: the model holding the evidence
 * @scale: the scale to assess on
 * @territories: (array zero-terminated=1): references of the territories
 *   of the cooperation
 * @dates: (array length=n_dates): the dates, in the order to list them
 * @n_dates: the number of dates
 * @error: return location for an error
 *
 * Assesses a cooperation at several dates: the staircase of its progress.
 *
 * Returns: (transfer full): a list model of [class@Coop.Assessment], one
 *   per date, or %NULL with @error set
 *
 * Since: 1.0
 */
GListModel *
coop_assessment_list_staircase (CoopModel          *model,
                                CoopScale          *scale,
                                const char * const *territories,
                                GDateTime         **dates,
                                guint               n_dates,
                                GError            **error)
{
  g_autoptr(GListStore) store = g_list_store_new (COOP_TYPE_ASSESSMENT);

  g_return_val_if_fail (COOP_IS_MODEL (model), NULL);
  g_return_val_if_fail (COOP_IS_SCALE (scale), NULL);
  g_return_val_if_fail (dates != NULL || n_dates == 0, NULL);

  for (guint i = 0; i < n_dates; i++)
    {
      g_autoptr(CoopAssessment) assessment = NULL;

      g_return_val_if_fail (dates[i] != NULL, NULL);

      assessment = coop_assessment_new (model, scale, territories, dates[i], error);
      if (assessment == NULL)
        return NULL;
      g_list_store_append (store, assessment);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * coop_assessment_get_scale:
 * @self: an assessment
 *
 * Gets the scale of the assessment.
 *
 * Returns: (transfer none): the scale
 *
 * Since: 1.0
 */
CoopScale *
coop_assessment_get_scale (CoopAssessment *self)
{
  g_return_val_if_fail (COOP_IS_ASSESSMENT (self), NULL);

  return self->scale;
}

/**
 * coop_assessment_get_date:
 * @self: an assessment
 *
 * Gets the date of the assessment.
 *
 * Returns: (transfer none): the date
 *
 * Since: 1.0
 */
GDateTime *
coop_assessment_get_date (CoopAssessment *self)
{
  g_return_val_if_fail (COOP_IS_ASSESSMENT (self), NULL);

  return self->date;
}

/**
 * coop_assessment_get_territories:
 * @self: an assessment
 *
 * Gets the references of the territories of the cooperation.
 *
 * Returns: (transfer none) (array zero-terminated=1): the references
 *
 * Since: 1.0
 */
const char * const *
coop_assessment_get_territories (CoopAssessment *self)
{
  g_return_val_if_fail (COOP_IS_ASSESSMENT (self), NULL);

  return (const char * const *)self->territories;
}

/**
 * coop_assessment_get_level:
 * @self: an assessment
 *
 * Gets the highest step reached.
 *
 * Returns: the level, or 0 when not even the first step is reached
 *
 * Since: 1.0
 */
guint
coop_assessment_get_level (CoopAssessment *self)
{
  g_return_val_if_fail (COOP_IS_ASSESSMENT (self), 0);

  return self->level;
}

/**
 * coop_assessment_get_step:
 * @self: an assessment
 *
 * Gets the highest step reached.
 *
 * Returns: (transfer none) (nullable): the step, or %NULL at level 0
 *
 * Since: 1.0
 */
CoopScaleStep *
coop_assessment_get_step (CoopAssessment *self)
{
  g_return_val_if_fail (COOP_IS_ASSESSMENT (self), NULL);

  return coop_scale_get_step (self->scale, self->level);
}

/**
 * coop_assessment_get_next_step:
 * @self: an assessment
 *
 * Gets the step to climb to next.
 *
 * Returns: (transfer none) (nullable): the step, or %NULL at the top
 *
 * Since: 1.0
 */
CoopScaleStep *
coop_assessment_get_next_step (CoopAssessment *self)
{
  g_return_val_if_fail (COOP_IS_ASSESSMENT (self), NULL);

  return coop_scale_get_step (self->scale, self->level + 1);
}

/**
 * coop_assessment_get_steps:
 * @self: an assessment
 *
 * Gets the result of every step, lowest first.
 *
 * Returns: (transfer none): a list model of [class@Coop.StepResult]
 *
 * Since: 1.0
 */
GListModel *
coop_assessment_get_steps (CoopAssessment *self)
{
  g_return_val_if_fail (COOP_IS_ASSESSMENT (self), NULL);

  return G_LIST_MODEL (self->steps);
}

/**
 * coop_assessment_dup_missing:
 * @self: an assessment
 * @language: (nullable): a language such as `fr`, or %NULL for the one in
 *   effect (see [func@Coop.language_is_available])
 *
 * Says what is missing to climb to the next step: the description of each
 * criterion of that step which is not met.
 *
 * Returns: (transfer full) (array zero-terminated=1): the descriptions,
 *   empty at the top of the scale
 *
 * Since: 1.0
 */
char **
coop_assessment_dup_missing (CoopAssessment *self,
                             const char     *language)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(CoopStepResult) next = NULL;

  g_return_val_if_fail (COOP_IS_ASSESSMENT (self), NULL);

  next = g_list_model_get_item (G_LIST_MODEL (self->steps), self->level);
  if (next != NULL)
    {
      GListModel *criteria = coop_step_result_get_criteria (next);

      for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
        {
          g_autoptr(CoopCriterionResult) result = g_list_model_get_item (criteria, i);
          g_autofree char *text = NULL;

          if (coop_criterion_result_get_met (result))
            continue;
          text = coop_criterion_describe (coop_criterion_result_get_criterion (result), language);
          g_strv_builder_add (builder, text);
        }
    }

  return g_strv_builder_end (builder);
}
