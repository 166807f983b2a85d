/* coop-evaluation.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-enum-types.h"
#include "coop-evaluation.h"
#include "coop-util-private.h"
#include "coop-date-private.h"

/**
 * CoopEvaluation:
 *
 * An evaluation of a [class@Coop.Agreement]: its date, what it found and
 * what it decided (renew, amend or stop).
 *
 * Since: 1.0
 */

struct _CoopEvaluation
{
  GObject                 parent_instance;

  GDateTime              *date;
  char                   *findings;
  CoopEvaluationDecision  decision;
};

G_DEFINE_FINAL_TYPE (CoopEvaluation, coop_evaluation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_FINDINGS,
  PROP_DECISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_evaluation_finalize (GObject *object)
{
  CoopEvaluation *self = (CoopEvaluation *)object;

  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->findings, g_free);

  G_OBJECT_CLASS (coop_evaluation_parent_class)->finalize (object);
}

static void
coop_evaluation_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CoopEvaluation *self = COOP_EVALUATION (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, coop_evaluation_get_date (self));
      break;
    case PROP_FINDINGS:
      g_value_set_string (value, coop_evaluation_get_findings (self));
      break;
    case PROP_DECISION:
      g_value_set_enum (value, coop_evaluation_get_decision (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_evaluation_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CoopEvaluation *self = COOP_EVALUATION (object);

  switch (prop_id)
    {
    case PROP_DATE:
      /* The constructor's precondition holds for g_object_new () and
       * bindings too: no date a document cannot hold. */
      g_return_if_fail (_coop_date_in_range (g_value_get_boxed (value)));
      self->date = g_value_dup_boxed (value);
      break;
    case PROP_FINDINGS:
      coop_evaluation_set_findings (self, g_value_get_string (value));
      break;
    case PROP_DECISION:
      coop_evaluation_set_decision (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_evaluation_class_init (CoopEvaluationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_evaluation_finalize;
  object_class->get_property = coop_evaluation_get_property;
  object_class->set_property = coop_evaluation_set_property;

  /**
   * CoopEvaluation:date:
   *
   * The day of the evaluation.
   *
   * Since: 1.0
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopEvaluation:findings:
   *
   * What the evaluation found.
   *
   * Since: 1.0
   */
  properties[PROP_FINDINGS] =
    g_param_spec_string ("findings", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopEvaluation:decision:
   *
   * What it decided.
   *
   * Since: 1.0
   */
  properties[PROP_DECISION] =
    g_param_spec_enum ("decision", NULL, NULL, COOP_TYPE_EVALUATION_DECISION, COOP_EVALUATION_DECISION_PENDING,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_evaluation_init (CoopEvaluation *self)
{
  self->decision = COOP_EVALUATION_DECISION_PENDING;
}

/**
 * coop_evaluation_new:
 * @date: the day of the evaluation
 *
 * Creates a new evaluation.
 *
 * Returns: (transfer full): a new evaluation
 *
 * The date is a day from 1800-01-01 to 3000-12-31, counted in UTC, as
 * in a document: another is a programmer error, since the reader
 * would refuse the document saved.
 *
 * Since: 1.0
 */
CoopEvaluation *
coop_evaluation_new (GDateTime *date)
{
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (_coop_date_in_range (date), NULL);

  return g_object_new (COOP_TYPE_EVALUATION,
                       "date", date,
                       NULL);
}

/**
 * coop_evaluation_get_date:
 * @self: an evaluation
 *
 * Gets [property@Coop.Evaluation:date].
 *
 * Returns: (transfer none) (nullable): the day of the evaluation
 *
 * Since: 1.0
 */
GDateTime *
coop_evaluation_get_date (CoopEvaluation *self)
{
  g_return_val_if_fail (COOP_IS_EVALUATION (self), NULL);

  return self->date;
}

/**
 * coop_evaluation_get_findings:
 * @self: an evaluation
 *
 * Gets [property@Coop.Evaluation:findings].
 *
 * Returns: (nullable): what the evaluation found
 *
 * Since: 1.0
 */
const char *
coop_evaluation_get_findings (CoopEvaluation *self)
{
  g_return_val_if_fail (COOP_IS_EVALUATION (self), NULL);

  return self->findings;
}

/**
 * coop_evaluation_set_findings:
 * @self: an evaluation
 * @findings: (nullable): the new value
 *
 * Sets [property@Coop.Evaluation:findings].
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_evaluation_set_findings (CoopEvaluation *self,
                              const char     *findings)
{
  g_return_if_fail (COOP_IS_EVALUATION (self));
  g_return_if_fail (_coop_text_is_valid (findings));

  if (_coop_set_str (&self->findings, findings))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINDINGS]);
}

/**
 * coop_evaluation_get_decision:
 * @self: an evaluation
 *
 * Gets [property@Coop.Evaluation:decision].
 *
 * Returns: what it decided
 *
 * Since: 1.0
 */
CoopEvaluationDecision
coop_evaluation_get_decision (CoopEvaluation *self)
{
  g_return_val_if_fail (COOP_IS_EVALUATION (self), 0);

  return self->decision;
}

/**
 * coop_evaluation_set_decision:
 * @self: an evaluation
 * @decision:: the new value
 *
 * Sets [property@Coop.Evaluation:decision].
 *
 * Since: 1.0
 */
void
coop_evaluation_set_decision (CoopEvaluation         *self,
                              CoopEvaluationDecision  decision)
{
  g_return_if_fail (COOP_IS_EVALUATION (self));

  if (self->decision == decision)
    return;

  self->decision = decision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION]);
}
