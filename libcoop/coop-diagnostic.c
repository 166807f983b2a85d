/* coop-diagnostic.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-diagnostic-private.h"

/**
 * CoopDiagnostic:
 *
 * The diagnostic of a model against the ten levers of cooperation, in the
 * four axes of the wheel, and the warning signs found in it.
 *
 * Each lever is scored from 0 to 1 from the model's evidence, and lists
 * the evidence that counted; a lever below 0.5 is weak and comes with its
 * recommendation. The rules:
 *
 * 1. balance of representation: seats of the conseil communautaire of the
 *    EPCI among the cooperations that follow population between urban,
 *    periurban and rural communes, within 5 points (0.3, in proportion of
 *    those EPCI where they do); vice-presidents acting for two or more
 *    parts of the territory (0.35); a commission (0.35);
 * 2. political pacts: the best pact counts, 1 in force, 0.75 signed, 0.5
 *    in negotiation, 0.25 drafted;
 * 3. spaces of dialogue: a body open to civil society (a conseil de
 *    développement, an informal network, or a body with associations,
 *    businesses, chambers or residents among its members) (0.5) that met
 *    twice in the last year (0.5);
 * 4. local elected officials: a conférence des maires (0.5) that met in
 *    the last year (0.5), the one that met counting when there are several;
 * 5. bottom-up approaches: a pôle de proximité (0.5); an action carried by
 *    a commune (0.5): the commune owns the project or delivers it, the
 *    action is under way or done, its agreement signed or beyond (holding
 *    the communication of a planned action is not carrying it);
 * 6. long-running programmes: an agreement evaluated by the day of the
 *    diagnostic (0.4), an action steered by several structures (0.3), a
 *    renewed agreement (0.3);
 * 7. territorial projects together: a signed convention d'articulation
 *    (1), or a signed agreement with a territory of project among its
 *    parties (0.5);
 * 8. converging contracts: a contrat territorial, contrat de réciprocité
 *    or pacte État-métropole in force (1) or in negotiation (0.5);
 * 9. pooled resources: a mutualisation (1), another pooling (0.5), under
 *    a signed agreement;
 * 10. how the project is made: a development council that proposes and
 *    validates (0.5); an evaluation, by the day of the diagnostic, that
 *    led to a decision (0.5).
 *
 * Bodies count from their creation to their dissolution
 * ([method@Coop.Body.is_active]).
 *
 * Warning signs: `small-core` (the top tenth of the elected officials
 * sitting in bodies hold half their mandates or more; the figure is their
 * share), `invisible-border` (a territory of project no body and no
 * agreement reaches), `strata` (two territories of project that overlap
 * with no agreement binding both in force on the day: in force, under
 * evaluation or renewed by its history), `silos` (an action, not abandoned,
 * whose functions all sit with one structure), `single-funding` (an
 * agreement with one funder, no evaluation and no renewal; its funders
 * are the parties named funder and the holders of the funding function of
 * its actions, abandoned ones aside, and a single funder that signs or
 * leads the agreement spends its own resources, not a programme's; an
 * agreement renewed by the day, renewed by another agreement or renewing
 * an earlier one has its follow-up), `mandate-change` (an agreement begun before a
 * municipal election that ended early, was cancelled or expired within the
 * year after it), and `rating-asymmetry` (two territories whose latest
 * declared ratings of their cooperation, on the same scale, differ; an
 * information rather than a warning, the figure being the gap in steps).
 *
 * Since: 1.0
 */

struct _CoopDiagnostic
{
  GObject     parent_instance;
  GDateTime  *date;
  GListStore *levers;
  GListStore *warnings;
};

G_DEFINE_FINAL_TYPE (CoopDiagnostic, coop_diagnostic, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_LEVERS,
  PROP_WARNINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_diagnostic_finalize (GObject *object)
{
  CoopDiagnostic *self = (CoopDiagnostic *)object;

  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_object (&self->levers);
  g_clear_object (&self->warnings);

  G_OBJECT_CLASS (coop_diagnostic_parent_class)->finalize (object);
}

static void
coop_diagnostic_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CoopDiagnostic *self = COOP_DIAGNOSTIC (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_LEVERS:
      g_value_set_object (value, self->levers);
      break;
    case PROP_WARNINGS:
      g_value_set_object (value, self->warnings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_diagnostic_class_init (CoopDiagnosticClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = coop_diagnostic_finalize;
  object_class->get_property = coop_diagnostic_get_property;

  /**
   * CoopDiagnostic:date:
   *
   * The date of the diagnostic.
   *
   * Since: 1.0
   */
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME, flags);

  /**
   * CoopDiagnostic:levers:
   *
   * The ten lever scores: a [iface@Gio.ListModel] of
   * [class@Coop.LeverScore].
   *
   * Since: 1.0
   */
  properties[PROP_LEVERS] = g_param_spec_object ("levers", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  /**
   * CoopDiagnostic:warnings:
   *
   * The warning signs found: a [iface@Gio.ListModel] of
   * [class@Coop.WarningSign].
   *
   * Since: 1.0
   */
  properties[PROP_WARNINGS] = g_param_spec_object ("warnings", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_diagnostic_init (CoopDiagnostic *self)
{
  self->levers = g_list_store_new (COOP_TYPE_LEVER_SCORE);
  self->warnings = g_list_store_new (COOP_TYPE_WARNING_SIGN);
}

/**
 * coop_diagnostic_new:
 * @model: the model to diagnose
 * @date: (nullable): the date of the diagnostic, or %NULL for now
 *
 * Scores the ten levers and detects the warning signs of @model.
 *
 * Returns: (transfer full): the diagnostic
 *
 * Since: 1.0
 */
CoopDiagnostic *
coop_diagnostic_new (CoopModel *model,
                     GDateTime *date)
{
  CoopDiagnostic *self;

  g_return_val_if_fail (COOP_IS_MODEL (model), NULL);

  self = g_object_new (COOP_TYPE_DIAGNOSTIC, NULL);
  self->date = date != NULL ? g_date_time_ref (date) : g_date_time_new_now_utc ();
  _coop_levers_score (model, self->date, self->levers);
  _coop_warnings_detect (model, self->date, self->warnings);

  return self;
}

/**
 * coop_diagnostic_get_date:
 * @self: a diagnostic
 *
 * Gets the date of the diagnostic.
 *
 * Returns: (transfer none): the date
 *
 * Since: 1.0
 */
GDateTime *
coop_diagnostic_get_date (CoopDiagnostic *self)
{
  g_return_val_if_fail (COOP_IS_DIAGNOSTIC (self), NULL);

  return self->date;
}

/**
 * coop_diagnostic_get_levers:
 * @self: a diagnostic
 *
 * Gets the ten lever scores, lever 1 first.
 *
 * Returns: (transfer none): a list model of [class@Coop.LeverScore]
 *
 * Since: 1.0
 */
GListModel *
coop_diagnostic_get_levers (CoopDiagnostic *self)
{
  g_return_val_if_fail (COOP_IS_DIAGNOSTIC (self), NULL);

  return G_LIST_MODEL (self->levers);
}

/**
 * coop_diagnostic_get_lever:
 * @self: a diagnostic
 * @number: the number of a lever, from 1 to 10
 *
 * Gets the score of one lever.
 *
 * Returns: (transfer none) (nullable): the score, or %NULL for a number
 *   out of range
 *
 * Since: 1.0
 */
CoopLeverScore *
coop_diagnostic_get_lever (CoopDiagnostic *self,
                           guint           number)
{
  CoopLeverScore *score;

  g_return_val_if_fail (COOP_IS_DIAGNOSTIC (self), NULL);

  if (number == 0)
    return NULL;

  score = g_list_model_get_item (G_LIST_MODEL (self->levers), number - 1);
  /* The store keeps its own reference. */
  if (score != NULL)
    g_object_unref (score);

  return score;
}

/**
 * coop_diagnostic_get_axis_score:
 * @self: a diagnostic
 * @axis: an axis of the wheel
 *
 * Gets the mean score of the levers of an axis.
 *
 * Returns: the score, from 0 to 1
 *
 * Since: 1.0
 */
double
coop_diagnostic_get_axis_score (CoopDiagnostic *self,
                                CoopLeverAxis   axis)
{
  double total = 0;
  guint count = 0;

  g_return_val_if_fail (COOP_IS_DIAGNOSTIC (self), 0);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->levers)); i++)
    {
      g_autoptr(CoopLeverScore) score = g_list_model_get_item (G_LIST_MODEL (self->levers), i);

      if (coop_lever_score_get_axis (score) == axis)
        {
          total += coop_lever_score_get_score (score);
          count++;
        }
    }

  return count > 0 ? total / count : 0;
}

/**
 * coop_diagnostic_get_warnings:
 * @self: a diagnostic
 *
 * Gets the warning signs found.
 *
 * Returns: (transfer none): a list model of [class@Coop.WarningSign]
 *
 * Since: 1.0
 */
GListModel *
coop_diagnostic_get_warnings (CoopDiagnostic *self)
{
  g_return_val_if_fail (COOP_IS_DIAGNOSTIC (self), NULL);

  return G_LIST_MODEL (self->warnings);
}
