/* coop-assessment-results.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-assessment-private.h"

/**
 * CoopCriterionResult:
 *
 * Whether one [class@Coop.Criterion] is met in an assessment, and the
 * evidence found: identifiers such as `body:conference-des-maires`,
 * `meeting:copil@2026-03-02`, `agreement:pacte-2021`,
 * `resource:pacte-2021/Service ADS` or `renewal:plan-2025`.
 *
 * Since: 1.0
 */

struct _CoopCriterionResult
{
  GObject        parent_instance;
  CoopCriterion *criterion;
  GStrv          evidence;
  gboolean       met;
};

G_DEFINE_FINAL_TYPE (CoopCriterionResult, coop_criterion_result, G_TYPE_OBJECT)

enum {
  RESULT_PROP_0,
  RESULT_PROP_CRITERION,
  RESULT_PROP_MET,
  RESULT_PROP_EVIDENCE,
  RESULT_N_PROPS
};

static GParamSpec *result_properties[RESULT_N_PROPS];

static void
coop_criterion_result_finalize (GObject *object)
{
  CoopCriterionResult *self = (CoopCriterionResult *)object;

  g_clear_object (&self->criterion);
  g_clear_pointer (&self->evidence, g_strfreev);

  G_OBJECT_CLASS (coop_criterion_result_parent_class)->finalize (object);
}

static void
coop_criterion_result_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CoopCriterionResult *self = COOP_CRITERION_RESULT (object);

  switch (prop_id)
    {
    case RESULT_PROP_CRITERION:
      g_value_set_object (value, self->criterion);
      break;
    case RESULT_PROP_MET:
      g_value_set_boolean (value, self->met);
      break;
    case RESULT_PROP_EVIDENCE:
      g_value_set_boxed (value, self->evidence);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_criterion_result_class_init (CoopCriterionResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_criterion_result_finalize;
  object_class->get_property = coop_criterion_result_get_property;

  /**
   * CoopCriterionResult:criterion:
   *
   * The criterion.
   *
   * Since: 1.0
   */
  result_properties[RESULT_PROP_CRITERION] =
    g_param_spec_object ("criterion", NULL, NULL, COOP_TYPE_CRITERION, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopCriterionResult:met:
   *
   * Whether the criterion is met.
   *
   * Since: 1.0
   */
  result_properties[RESULT_PROP_MET] =
    g_param_spec_boolean ("met", NULL, NULL, FALSE, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopCriterionResult:evidence:
   *
   * The evidence found, as identifiers.
   *
   * Since: 1.0
   */
  result_properties[RESULT_PROP_EVIDENCE] =
    g_param_spec_boxed ("evidence", NULL, NULL, G_TYPE_STRV, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, RESULT_N_PROPS, result_properties);
}

static void
coop_criterion_result_init (CoopCriterionResult *self)
{
}

CoopCriterionResult *
_coop_criterion_result_new (CoopCriterion *criterion,
                            gboolean       met,
                            GPtrArray     *evidence)
{
  CoopCriterionResult *self = g_object_new (COOP_TYPE_CRITERION_RESULT, NULL);
  GStrvBuilder *builder = g_strv_builder_new ();

  for (guint i = 0; i < evidence->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (evidence, i));

  self->criterion = g_object_ref (criterion);
  self->met = met;
  self->evidence = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return self;
}

/**
 * coop_criterion_result_get_criterion:
 * @self: a result
 *
 * Gets the criterion.
 *
 * Returns: (transfer none): the criterion
 *
 * Since: 1.0
 */
CoopCriterion *
coop_criterion_result_get_criterion (CoopCriterionResult *self)
{
  g_return_val_if_fail (COOP_IS_CRITERION_RESULT (self), NULL);

  return self->criterion;
}

/**
 * coop_criterion_result_get_met:
 * @self: a result
 *
 * Tells whether the criterion is met.
 *
 * Returns: %TRUE if met
 *
 * Since: 1.0
 */
gboolean
coop_criterion_result_get_met (CoopCriterionResult *self)
{
  g_return_val_if_fail (COOP_IS_CRITERION_RESULT (self), FALSE);

  return self->met;
}

/**
 * coop_criterion_result_get_evidence:
 * @self: a result
 *
 * Gets the evidence found, met or not (a single meeting is evidence even
 * where two are asked for).
 *
 * Returns: (transfer none) (array zero-terminated=1): identifiers of the
 *   evidence
 *
 * Since: 1.0
 */
const char * const *
coop_criterion_result_get_evidence (CoopCriterionResult *self)
{
  g_return_val_if_fail (COOP_IS_CRITERION_RESULT (self), NULL);

  return (const char * const *)self->evidence;
}

/**
 * CoopStepResult:
 *
 * How one step of a scale stands in an assessment: whether its own
 * criteria are met, whether the step is reached (its criteria and those of
 * every lower step), and the result of each criterion.
 *
 * Since: 1.0
 */

struct _CoopStepResult
{
  GObject        parent_instance;
  CoopScaleStep *step;
  GListStore    *criteria;
  gboolean       criteria_met;
  gboolean       reached;
};

G_DEFINE_FINAL_TYPE (CoopStepResult, coop_step_result, G_TYPE_OBJECT)

enum {
  STEP_PROP_0,
  STEP_PROP_STEP,
  STEP_PROP_REACHED,
  STEP_PROP_CRITERIA_MET,
  STEP_N_PROPS
};

static GParamSpec *step_properties[STEP_N_PROPS];

static void
coop_step_result_finalize (GObject *object)
{
  CoopStepResult *self = (CoopStepResult *)object;

  g_clear_object (&self->step);
  g_clear_object (&self->criteria);

  G_OBJECT_CLASS (coop_step_result_parent_class)->finalize (object);
}

static void
coop_step_result_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CoopStepResult *self = COOP_STEP_RESULT (object);

  switch (prop_id)
    {
    case STEP_PROP_STEP:
      g_value_set_object (value, self->step);
      break;
    case STEP_PROP_REACHED:
      g_value_set_boolean (value, self->reached);
      break;
    case STEP_PROP_CRITERIA_MET:
      g_value_set_boolean (value, self->criteria_met);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_step_result_class_init (CoopStepResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_step_result_finalize;
  object_class->get_property = coop_step_result_get_property;

  /**
   * CoopStepResult:step:
   *
   * The step of the scale.
   *
   * Since: 1.0
   */
  step_properties[STEP_PROP_STEP] =
    g_param_spec_object ("step", NULL, NULL, COOP_TYPE_SCALE_STEP, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopStepResult:reached:
   *
   * Whether the step is reached: its criteria and every lower step's met.
   *
   * Since: 1.0
   */
  step_properties[STEP_PROP_REACHED] =
    g_param_spec_boolean ("reached", NULL, NULL, FALSE, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopStepResult:criteria-met:
   *
   * Whether the step's own criteria are met, lower steps aside.
   *
   * Since: 1.0
   */
  step_properties[STEP_PROP_CRITERIA_MET] =
    g_param_spec_boolean ("criteria-met", NULL, NULL, FALSE, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, STEP_N_PROPS, step_properties);
}

static void
coop_step_result_init (CoopStepResult *self)
{
}

CoopStepResult *
_coop_step_result_new (CoopScaleStep *step,
                       GListStore    *criteria,
                       gboolean       criteria_met,
                       gboolean       reached)
{
  CoopStepResult *self = g_object_new (COOP_TYPE_STEP_RESULT, NULL);

  self->step = g_object_ref (step);
  self->criteria = g_object_ref (criteria);
  self->criteria_met = criteria_met;
  self->reached = reached;

  return self;
}

/**
 * coop_step_result_get_step:
 * @self: a step result
 *
 * Gets the step of the scale.
 *
 * Returns: (transfer none): the step
 *
 * Since: 1.0
 */
CoopScaleStep *
coop_step_result_get_step (CoopStepResult *self)
{
  g_return_val_if_fail (COOP_IS_STEP_RESULT (self), NULL);

  return self->step;
}

/**
 * coop_step_result_get_reached:
 * @self: a step result
 *
 * Tells whether the step is reached.
 *
 * Returns: %TRUE if reached
 *
 * Since: 1.0
 */
gboolean
coop_step_result_get_reached (CoopStepResult *self)
{
  g_return_val_if_fail (COOP_IS_STEP_RESULT (self), FALSE);

  return self->reached;
}

/**
 * coop_step_result_get_criteria_met:
 * @self: a step result
 *
 * Tells whether the step's own criteria are met.
 *
 * Returns: %TRUE if they are
 *
 * Since: 1.0
 */
gboolean
coop_step_result_get_criteria_met (CoopStepResult *self)
{
  g_return_val_if_fail (COOP_IS_STEP_RESULT (self), FALSE);

  return self->criteria_met;
}

/**
 * coop_step_result_get_criteria:
 * @self: a step result
 *
 * Gets the result of each criterion of the step.
 *
 * Returns: (transfer none): a list model of [class@Coop.CriterionResult]
 *
 * Since: 1.0
 */
GListModel *
coop_step_result_get_criteria (CoopStepResult *self)
{
  g_return_val_if_fail (COOP_IS_STEP_RESULT (self), NULL);

  return G_LIST_MODEL (self->criteria);
}
