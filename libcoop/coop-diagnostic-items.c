/* coop-diagnostic-items.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-diagnostic-private.h"
#include "coop-enum-types.h"
#include "coop-i18n-private.h"

/* The ten levers of the seed material, in four axes. */
static const CoopLeverDefinition levers[] = {
  { 1, "equilibre-representation", COOP_LEVER_AXIS_IMPULSION_POLITIQUE,
    N_("Balance of representation between the parts of the territory"),
    N_("Rebalance representation: consider an accord local, pairs of urban and rural vice-presidents, commissions open to municipal councillors.") },
  { 2, "pactes-politiques", COOP_LEVER_AXIS_IMPULSION_POLITIQUE,
    N_("Give meaning through political pacts"),
    N_("Write a pacte de gouvernance (CGCT L5211-11-2) or a political pact that states the meaning of the common project.") },
  { 3, "espaces-de-dialogue", COOP_LEVER_AXIS_DIALOGUE_TERRITORIAL,
    N_("New spaces of dialogue between elected officials, staff and civil society"),
    N_("Create or revive a development council and mixed bodies of elected officials, staff and civil society that meet regularly.") },
  { 4, "elus-locaux", COOP_LEVER_AXIS_DIALOGUE_TERRITORIAL,
    N_("Make local elected officials aware and involved"),
    N_("Convene the conférence des maires (CGCT L5211-11-3) and involve the elected officials of every commune in the bodies.") },
  { 5, "demarches-ascendantes", COOP_LEVER_AXIS_MISE_EN_MOUVEMENT,
    N_("Mobilise communes through bottom-up approaches"),
    N_("Give actions to the communes and organise pôles de proximité or sectors.") },
  { 6, "programmes-durables", COOP_LEVER_AXIS_MISE_EN_MOUVEMENT,
    N_("Turn schemes into long-running programmes with collaborative steering and evaluation"),
    N_("Set up a shared steering committee, evaluate every year and renew the plan.") },
  { 7, "projets-territoriaux", COOP_LEVER_AXIS_CONVERGENCE,
    N_("Bring territorial projects together (Pays, SCoT, intercommunalities, PNR charters)"),
    N_("Link the projects through a convention d'articulation between Pays, SCoT, PNR and intercommunalities.") },
  { 8, "procedures-contrats", COOP_LEVER_AXIS_CONVERGENCE,
    N_("Make procedures and contracts converge"),
    N_("Bring funding together in a single contrat territorial with the State, the Région and the Département.") },
  { 9, "mutualisation", COOP_LEVER_AXIS_CONVERGENCE,
    N_("Pool resources on common subjects"),
    N_("Choose a common subject and pool a service and its staff under a shared authority.") },
  { 10, "fabrique-du-projet", COOP_LEVER_AXIS_CONVERGENCE,
    N_("Rethink how the territorial project is made"),
    N_("Give the development council a propose-and-validate role, and learn from the evaluations.") },
};

const CoopLeverDefinition *
_coop_lever_definition (guint number)
{
  return number >= 1 && number <= G_N_ELEMENTS (levers) ? &levers[number - 1] : NULL;
}

/**
 * coop_lever_axis_get_label:
 * @axis: an axis
 * @language: (nullable): a language such as `fr`, or %NULL for
 *   the one in effect (see [func@Coop.language_is_available])
 *
 * Gets the name of an axis of the wheel.
 *
 * Returns: the name
 *
 * Since: 1.0
 */
const char *
coop_lever_axis_get_label (CoopLeverAxis  axis,
                           const char    *language)
{
  static const char * const labels[] = { N_("Political impetus"), N_("Territorial dialogue"), N_("Setting in motion"),
                                         N_("Convergence of projects and resources") };
  g_autoptr(CoopLanguageScope) scope = NULL;

  g_return_val_if_fail (axis <= COOP_LEVER_AXIS_CONVERGENCE, NULL);

  scope = _coop_language_scope_enter (language);
  return _(labels[axis]);
}

static GStrv
strv_from (GPtrArray *items)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; items != NULL && i < items->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (items, i));

  return g_strv_builder_end (builder);
}

/**
 * CoopLeverScore:
 *
 * The score of one of the ten levers of cooperation, from 0 (no evidence
 * of it in the model) to 1, with the evidence that counted and, for a weak
 * lever (below 0.5), the recommendation that goes with it.
 *
 * Since: 1.0
 */

struct _CoopLeverScore
{
  GObject                    parent_instance;
  const CoopLeverDefinition *definition;
  GStrv                      evidence;
  double                     score;
};

G_DEFINE_FINAL_TYPE (CoopLeverScore, coop_lever_score, G_TYPE_OBJECT)

enum {
  LEVER_PROP_0,
  LEVER_PROP_NUMBER,
  LEVER_PROP_ID,
  LEVER_PROP_AXIS,
  LEVER_PROP_LABEL,
  LEVER_PROP_SCORE,
  LEVER_PROP_WEAK,
  LEVER_PROP_EVIDENCE,
  LEVER_N_PROPS
};

static GParamSpec *lever_properties[LEVER_N_PROPS];

static void
coop_lever_score_finalize (GObject *object)
{
  CoopLeverScore *self = (CoopLeverScore *)object;

  g_clear_pointer (&self->evidence, g_strfreev);

  G_OBJECT_CLASS (coop_lever_score_parent_class)->finalize (object);
}

static void
coop_lever_score_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CoopLeverScore *self = COOP_LEVER_SCORE (object);

  switch (prop_id)
    {
    case LEVER_PROP_NUMBER:
      g_value_set_uint (value, self->definition->number);
      break;
    case LEVER_PROP_ID:
      g_value_set_string (value, self->definition->id);
      break;
    case LEVER_PROP_AXIS:
      g_value_set_enum (value, self->definition->axis);
      break;
    case LEVER_PROP_LABEL:
      g_value_set_string (value, coop_lever_score_get_label (self, NULL));
      break;
    case LEVER_PROP_SCORE:
      g_value_set_double (value, self->score);
      break;
    case LEVER_PROP_WEAK:
      g_value_set_boolean (value, coop_lever_score_get_weak (self));
      break;
    case LEVER_PROP_EVIDENCE:
      g_value_set_boxed (value, self->evidence);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_lever_score_class_init (CoopLeverScoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = coop_lever_score_finalize;
  object_class->get_property = coop_lever_score_get_property;

  /**
   * CoopLeverScore:number:
   *
   * The number of the lever, from 1 to 10.
   *
   * Since: 1.0
   */
  lever_properties[LEVER_PROP_NUMBER] = g_param_spec_uint ("number", NULL, NULL, 1, 10, 1, flags);

  /**
   * CoopLeverScore:id:
   *
   * The stable identifier of the lever, such as `mutualisation`.
   *
   * Since: 1.0
   */
  lever_properties[LEVER_PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);

  /**
   * CoopLeverScore:axis:
   *
   * The axis of the wheel the lever belongs to.
   *
   * Since: 1.0
   */
  lever_properties[LEVER_PROP_AXIS] =
    g_param_spec_enum ("axis", NULL, NULL, COOP_TYPE_LEVER_AXIS, COOP_LEVER_AXIS_IMPULSION_POLITIQUE, flags);

  /**
   * CoopLeverScore:label:
   *
   * The name of the lever in the locale's language.
   *
   * Since: 1.0
   */
  lever_properties[LEVER_PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);

  /**
   * CoopLeverScore:score:
   *
   * The score, from 0 to 1.
   *
   * Since: 1.0
   */
  lever_properties[LEVER_PROP_SCORE] = g_param_spec_double ("score", NULL, NULL, 0, 1, 0, flags);

  /**
   * CoopLeverScore:weak:
   *
   * Whether the lever is weak (score below 0.5).
   *
   * Since: 1.0
   */
  lever_properties[LEVER_PROP_WEAK] = g_param_spec_boolean ("weak", NULL, NULL, TRUE, flags);

  /**
   * CoopLeverScore:evidence:
   *
   * What counted in the score, for people.
   *
   * Since: 1.0
   */
  lever_properties[LEVER_PROP_EVIDENCE] = g_param_spec_boxed ("evidence", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, LEVER_N_PROPS, lever_properties);
}

static void
coop_lever_score_init (CoopLeverScore *self)
{
}

CoopLeverScore *
_coop_lever_score_new (const CoopLeverDefinition *definition,
                       double                     score,
                       GPtrArray                 *evidence)
{
  CoopLeverScore *self = g_object_new (COOP_TYPE_LEVER_SCORE, NULL);

  self->definition = definition;
  self->score = CLAMP (score, 0.0, 1.0);
  self->evidence = strv_from (evidence);

  return self;
}

/**
 * coop_lever_score_get_number:
 * @self: a lever score
 *
 * Gets the number of the lever.
 *
 * Returns: the number, from 1 to 10
 *
 * Since: 1.0
 */
guint
coop_lever_score_get_number (CoopLeverScore *self)
{
  g_return_val_if_fail (COOP_IS_LEVER_SCORE (self), 0);

  return self->definition->number;
}

/**
 * coop_lever_score_get_id:
 * @self: a lever score
 *
 * Gets the stable identifier of the lever.
 *
 * Returns: the identifier
 *
 * Since: 1.0
 */
const char *
coop_lever_score_get_id (CoopLeverScore *self)
{
  g_return_val_if_fail (COOP_IS_LEVER_SCORE (self), NULL);

  return self->definition->id;
}

/**
 * coop_lever_score_get_axis:
 * @self: a lever score
 *
 * Gets the axis of the lever.
 *
 * Returns: the axis
 *
 * Since: 1.0
 */
CoopLeverAxis
coop_lever_score_get_axis (CoopLeverScore *self)
{
  g_return_val_if_fail (COOP_IS_LEVER_SCORE (self), COOP_LEVER_AXIS_IMPULSION_POLITIQUE);

  return self->definition->axis;
}

/**
 * coop_lever_score_get_label:
 * @self: a lever score
 * @language: (nullable): a language such as `fr`, or %NULL for
 *   the one in effect (see [func@Coop.language_is_available])
 *
 * Gets the name of the lever.
 *
 * Returns: the name
 *
 * Since: 1.0
 */
const char *
coop_lever_score_get_label (CoopLeverScore *self,
                            const char     *language)
{
  g_autoptr(CoopLanguageScope) scope = NULL;

  g_return_val_if_fail (COOP_IS_LEVER_SCORE (self), NULL);

  scope = _coop_language_scope_enter (language);
  return _(self->definition->label);
}

/**
 * coop_lever_score_get_score:
 * @self: a lever score
 *
 * Gets the score.
 *
 * Returns: the score, from 0 to 1
 *
 * Since: 1.0
 */
double
coop_lever_score_get_score (CoopLeverScore *self)
{
  g_return_val_if_fail (COOP_IS_LEVER_SCORE (self), 0);

  return self->score;
}

/**
 * coop_lever_score_get_weak:
 * @self: a lever score
 *
 * Tells whether the lever is weak: its score is below 0.5.
 *
 * Returns: %TRUE for a weak lever
 *
 * Since: 1.0
 */
gboolean
coop_lever_score_get_weak (CoopLeverScore *self)
{
  g_return_val_if_fail (COOP_IS_LEVER_SCORE (self), TRUE);

  return self->score < COOP_LEVER_WEAK_BELOW;
}

/**
 * coop_lever_score_get_evidence:
 * @self: a lever score
 *
 * Gets what counted in the score.
 *
 * Returns: (transfer none) (array zero-terminated=1): the evidence
 *
 * Since: 1.0
 */
const char * const *
coop_lever_score_get_evidence (CoopLeverScore *self)
{
  g_return_val_if_fail (COOP_IS_LEVER_SCORE (self), NULL);

  return (const char * const *)self->evidence;
}

/**
 * coop_lever_score_get_recommendation:
 * @self: a lever score
 * @language: (nullable): a language such as `fr`, or %NULL for
 *   the one in effect (see [func@Coop.language_is_available])
 *
 * Gets the recommendation that goes with the lever when it is weak.
 *
 * Returns: the recommendation
 *
 * Since: 1.0
 */
const char *
coop_lever_score_get_recommendation (CoopLeverScore *self,
                                     const char     *language)
{
  g_autoptr(CoopLanguageScope) scope = NULL;

  g_return_val_if_fail (COOP_IS_LEVER_SCORE (self), NULL);

  scope = _coop_language_scope_enter (language);
  return _(self->definition->recommendation);
}

/**
 * CoopWarningSign:
 *
 * A warning sign detected in a model: a stable code (`small-core`,
 * `invisible-border`, `strata`, `silos`, `single-funding`,
 * `mandate-change`), the objects concerned, a figure where the sign has one
 * (the share of mandates held by the core, for `small-core`), and a
 * message for people in any language of the catalogue.
 *
 * Since: 1.0
 */

struct _CoopWarningSign
{
  GObject       parent_instance;
  char         *code;
  GStrv         subjects;
  CoopMessage  *message;
  double        figure;
  CoopSeverity  severity;
};

G_DEFINE_FINAL_TYPE (CoopWarningSign, coop_warning_sign, G_TYPE_OBJECT)

enum {
  WARNING_PROP_0,
  WARNING_PROP_CODE,
  WARNING_PROP_SEVERITY,
  WARNING_PROP_SUBJECTS,
  WARNING_PROP_FIGURE,
  WARNING_PROP_MESSAGE,
  WARNING_N_PROPS
};

static GParamSpec *warning_properties[WARNING_N_PROPS];

static void
coop_warning_sign_finalize (GObject *object)
{
  CoopWarningSign *self = (CoopWarningSign *)object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->subjects, g_strfreev);
  g_clear_pointer (&self->message, _coop_message_free);

  G_OBJECT_CLASS (coop_warning_sign_parent_class)->finalize (object);
}

static void
coop_warning_sign_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CoopWarningSign *self = COOP_WARNING_SIGN (object);

  switch (prop_id)
    {
    case WARNING_PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case WARNING_PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;
    case WARNING_PROP_SUBJECTS:
      g_value_set_boxed (value, self->subjects);
      break;
    case WARNING_PROP_FIGURE:
      g_value_set_double (value, self->figure);
      break;
    case WARNING_PROP_MESSAGE:
      g_value_set_string (value, coop_warning_sign_get_message (self, NULL));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_warning_sign_class_init (CoopWarningSignClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = coop_warning_sign_finalize;
  object_class->get_property = coop_warning_sign_get_property;

  /**
   * CoopWarningSign:code:
   *
   * The stable code of the sign, such as `small-core`.
   *
   * Since: 1.0
   */
  warning_properties[WARNING_PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, flags);

  /**
   * CoopWarningSign:severity:
   *
   * How serious the sign is.
   *
   * Since: 1.0
   */
  warning_properties[WARNING_PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL, COOP_TYPE_SEVERITY, COOP_SEVERITY_WARNING, flags);

  /**
   * CoopWarningSign:subjects:
   *
   * The identifiers of the objects concerned.
   *
   * Since: 1.0
   */
  warning_properties[WARNING_PROP_SUBJECTS] = g_param_spec_boxed ("subjects", NULL, NULL, G_TYPE_STRV, flags);

  /**
   * CoopWarningSign:figure:
   *
   * The figure of the sign, such as the share of mandates the core holds,
   * or 0 when it has none.
   *
   * Since: 1.0
   */
  warning_properties[WARNING_PROP_FIGURE] = g_param_spec_double ("figure", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);

  /**
   * CoopWarningSign:message:
   *
   * The message in the locale's language.
   *
   * Since: 1.0
   */
  warning_properties[WARNING_PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, WARNING_N_PROPS, warning_properties);
}

static void
coop_warning_sign_init (CoopWarningSign *self)
{
}

CoopWarningSign *
_coop_warning_sign_new (const char   *code,
                        CoopSeverity  severity,
                        GPtrArray    *subjects,
                        double        figure,
                        CoopMessage  *message)
{
  CoopWarningSign *self = g_object_new (COOP_TYPE_WARNING_SIGN, NULL);

  self->code = g_strdup (code);
  self->severity = severity;
  self->subjects = strv_from (subjects);
  self->figure = figure;
  self->message = message;

  return self;
}

/**
 * coop_warning_sign_get_code:
 * @self: a warning sign
 *
 * Gets the stable code of the sign.
 *
 * Returns: the code
 *
 * Since: 1.0
 */
const char *
coop_warning_sign_get_code (CoopWarningSign *self)
{
  g_return_val_if_fail (COOP_IS_WARNING_SIGN (self), NULL);

  return self->code;
}

/**
 * coop_warning_sign_get_severity:
 * @self: a warning sign
 *
 * Gets how serious the sign is.
 *
 * Returns: the severity
 *
 * Since: 1.0
 */
CoopSeverity
coop_warning_sign_get_severity (CoopWarningSign *self)
{
  g_return_val_if_fail (COOP_IS_WARNING_SIGN (self), COOP_SEVERITY_WARNING);

  return self->severity;
}

/**
 * coop_warning_sign_get_subjects:
 * @self: a warning sign
 *
 * Gets the identifiers of the objects concerned.
 *
 * Returns: (transfer none) (array zero-terminated=1): the identifiers
 *
 * Since: 1.0
 */
const char * const *
coop_warning_sign_get_subjects (CoopWarningSign *self)
{
  g_return_val_if_fail (COOP_IS_WARNING_SIGN (self), NULL);

  return (const char * const *)self->subjects;
}

/**
 * coop_warning_sign_get_figure:
 * @self: a warning sign
 *
 * Gets the figure of the sign.
 *
 * Returns: the figure, or 0 when the sign has none
 *
 * Since: 1.0
 */
double
coop_warning_sign_get_figure (CoopWarningSign *self)
{
  g_return_val_if_fail (COOP_IS_WARNING_SIGN (self), 0);

  return self->figure;
}

/**
 * coop_warning_sign_get_message:
 * @self: a warning sign
 * @language: (nullable): a language such as `fr`, or %NULL for
 *   the one in effect (see [func@Coop.language_is_available])
 *
 * Gets what the sign means here, for people.
 *
 * Returns: the message
 *
 * Since: 1.0
 */
const char *
coop_warning_sign_get_message (CoopWarningSign *self,
                               const char      *language)
{
  g_return_val_if_fail (COOP_IS_WARNING_SIGN (self), NULL);

  return _coop_message_get (self->message, language);
}
