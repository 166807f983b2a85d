/* coop-agreement.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-enum-types.h"
#include "coop-open-code-private.h"
#include "coop-agreement.h"
#include "coop-agreement-private.h"
#include "coop-error.h"
#include "coop-util-private.h"
#include "coop-date-private.h"

/**
 * CoopAgreement:
 *
 * An agreement between territories and organisations: a pacte, a charte,
 * a convention, a plan de coopération, a contrat…
 *
 * An agreement has parties with roles, signatures, a lifecycle whose dated
 * transitions are kept as history (see [method@Coop.Agreement.transition]),
 * links to related agreements, milestones, actions with their “who does
 * what” tables, evaluations and pooled resources.
 *
 * ## Lifecycle
 *
 * ```
 * draft ──▶ negotiation ──▶ signed ──▶ in-force ──▶ under-evaluation ──▶ renewed
 *   ▲            │                        ▲               │                 │
 *   └────────────┘                        └───────────────┘◀────────────────┘
 * ```
 *
 * Any status before `in-force` may move to `cancelled`; `in-force`,
 * `under-evaluation` and `renewed` may end as `completed`, `terminated-early`
 * or `expired`. The four final statuses allow no further move.
 *
 * Since: 1.0
 */


G_DEFINE_FINAL_TYPE (CoopAgreement, coop_agreement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_STATUS,
  PROP_START,
  PROP_END,
  PROP_DESCRIPTION,
  PROP_PARTIES,
  PROP_SIGNATURES,
  PROP_HISTORY,
  PROP_RELATED,
  PROP_MILESTONES,
  PROP_ACTIONS,
  PROP_EVALUATIONS,
  PROP_POOLED_RESOURCES,
  PROP_PROGRESS,
  PROP_KIND_CODE,
  PROP_KIND_LABEL,
  PROP_KIND_LEGAL_REFERENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_coop_agreement_notify_progress (CoopAgreement *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

static void
coop_agreement_dispose (GObject *object)
{
  CoopAgreement *self = (CoopAgreement *)object;

  g_clear_object (&self->parties);
  g_clear_object (&self->signatures);
  g_clear_object (&self->history);
  g_clear_object (&self->related);
  g_clear_object (&self->milestones);
  g_clear_object (&self->actions);
  g_clear_object (&self->evaluations);
  g_clear_object (&self->pooled_resources);

  G_OBJECT_CLASS (coop_agreement_parent_class)->dispose (object);
}

static void
coop_agreement_finalize (GObject *object)
{
  CoopAgreement *self = (CoopAgreement *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->end, g_date_time_unref);
  g_clear_pointer (&self->description, g_free);
  _coop_open_code_clear (&self->kind_code);

  G_OBJECT_CLASS (coop_agreement_parent_class)->finalize (object);
}

static void
coop_agreement_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CoopAgreement *self = COOP_AGREEMENT (object);

  switch (prop_id)
    {
    case PROP_KIND_CODE:
      g_value_set_string (value, coop_agreement_get_kind_code (self));
      break;
    case PROP_KIND_LABEL:
      g_value_set_string (value, coop_agreement_get_kind_label (self));
      break;
    case PROP_KIND_LEGAL_REFERENCE:
      g_value_set_string (value, coop_agreement_get_kind_legal_reference (self));
      break;
    case PROP_ID:
      g_value_set_string (value, coop_agreement_get_id (self));
      break;
    case PROP_KIND:
      g_value_set_enum (value, coop_agreement_get_kind (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, coop_agreement_get_title (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, coop_agreement_get_status (self));
      break;
    case PROP_START:
      g_value_set_boxed (value, coop_agreement_get_start (self));
      break;
    case PROP_END:
      g_value_set_boxed (value, coop_agreement_get_end (self));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, coop_agreement_get_description (self));
      break;
    case PROP_PARTIES:
      g_value_set_object (value, coop_agreement_get_parties (self));
      break;
    case PROP_SIGNATURES:
      g_value_set_object (value, coop_agreement_get_signatures (self));
      break;
    case PROP_HISTORY:
      g_value_set_object (value, coop_agreement_get_history (self));
      break;
    case PROP_RELATED:
      g_value_set_object (value, coop_agreement_get_related (self));
      break;
    case PROP_MILESTONES:
      g_value_set_object (value, coop_agreement_get_milestones (self));
      break;
    case PROP_ACTIONS:
      g_value_set_object (value, coop_agreement_get_actions (self));
      break;
    case PROP_EVALUATIONS:
      g_value_set_object (value, coop_agreement_get_evaluations (self));
      break;
    case PROP_POOLED_RESOURCES:
      g_value_set_object (value, coop_agreement_get_pooled_resources (self));
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, coop_agreement_get_progress (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_agreement_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CoopAgreement *self = COOP_AGREEMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->id = g_value_dup_string (value);
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_TITLE:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->title = g_value_dup_string (value);
      break;
    case PROP_START:
      coop_agreement_set_start (self, g_value_get_boxed (value));
      break;
    case PROP_END:
      coop_agreement_set_end (self, g_value_get_boxed (value));
      break;
    case PROP_DESCRIPTION:
      coop_agreement_set_description (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_agreement_class_init (CoopAgreementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = coop_agreement_dispose;
  object_class->finalize = coop_agreement_finalize;
  object_class->get_property = coop_agreement_get_property;
  object_class->set_property = coop_agreement_set_property;

  /**
   * CoopAgreement:id:
   *
   * The agreement's identifier, unique among the agreements of a model.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAgreement:kind:
   *
   * What kind of agreement this is.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, COOP_TYPE_AGREEMENT_KIND, COOP_AGREEMENT_KIND_CONVENTION_INTERTERRITORIALE,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAgreement:title:
   *
   * The agreement's title.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAgreement:status:
   *
   * Where the agreement stands; changed by
   * [method@Coop.Agreement.transition].
   *
   * Since: 1.0
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, COOP_TYPE_AGREEMENT_STATUS, COOP_AGREEMENT_STATUS_DRAFT,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAgreement:start:
   *
   * The first day the agreement covers, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_START] =
    g_param_spec_boxed ("start", NULL, NULL, G_TYPE_DATE_TIME,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAgreement:end:
   *
   * The last day the agreement covers, or %NULL when open-ended.
   *
   * Since: 1.0
   */
  properties[PROP_END] =
    g_param_spec_boxed ("end", NULL, NULL, G_TYPE_DATE_TIME,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAgreement:description:
   *
   * A note on the agreement, such as where its facts come from.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAgreement:parties:
   *
   * The parties and their roles.
   *
   * Since: 1.0
   */
  properties[PROP_PARTIES] =
    g_param_spec_object ("parties", NULL, NULL, G_TYPE_LIST_MODEL,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAgreement:signatures:
   *
   * The signatures.
   *
   * Since: 1.0
   */
  properties[PROP_SIGNATURES] =
    g_param_spec_object ("signatures", NULL, NULL, G_TYPE_LIST_MODEL,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAgreement:history:
   *
   * The transitions of the lifecycle, oldest first.
   *
   * Since: 1.0
   */
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, G_TYPE_LIST_MODEL,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAgreement:related:
   *
   * The links to related agreements.
   *
   * Since: 1.0
   */
  properties[PROP_RELATED] =
    g_param_spec_object ("related", NULL, NULL, G_TYPE_LIST_MODEL,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAgreement:milestones:
   *
   * The milestones.
   *
   * Since: 1.0
   */
  properties[PROP_MILESTONES] =
    g_param_spec_object ("milestones", NULL, NULL, G_TYPE_LIST_MODEL,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAgreement:actions:
   *
   * The actions (fiches action).
   *
   * Since: 1.0
   */
  properties[PROP_ACTIONS] =
    g_param_spec_object ("actions", NULL, NULL, G_TYPE_LIST_MODEL,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAgreement:evaluations:
   *
   * The evaluations.
   *
   * Since: 1.0
   */
  properties[PROP_EVALUATIONS] =
    g_param_spec_object ("evaluations", NULL, NULL, G_TYPE_LIST_MODEL,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAgreement:pooled-resources:
   *
   * The pooled resources.
   *
   * Since: 1.0
   */
  properties[PROP_POOLED_RESOURCES] =
    g_param_spec_object ("pooled-resources", NULL, NULL, G_TYPE_LIST_MODEL,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAgreement:progress:
   *
   * How far the agreement has gone, from 0 to 1: the mean progress of
   * its actions, leaving out abandoned ones (a done action counts as
   * complete), or -1 when it has no action.
   *
   * Since: 1.0
   */
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, -1.0, 1.0, -1.0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAgreement:kind-code:
   *
   * The code of the kind of agreement: the nick of a known [enum@Coop.AgreementKind], or
   * the code a model gives another kind of agreement (see
   * [method@Coop.Agreement.set_kind_code]).
   *
   * Since: 1.0
   */
  properties[PROP_KIND_CODE] =
    g_param_spec_string ("kind-code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopAgreement:kind-label:
   *
   * The kind of agreement for people: the label of a known value in the language in
   * effect, or the label the model gives another kind of agreement.
   *
   * Since: 1.0
   */
  properties[PROP_KIND_LABEL] =
    g_param_spec_string ("kind-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopAgreement:kind-legal-reference:
   *
   * The legal text that defines the kind of agreement, such as `CGCT L5221-1`, or
   * %NULL when none is known.
   *
   * Since: 1.0
   */
  properties[PROP_KIND_LEGAL_REFERENCE] =
    g_param_spec_string ("kind-legal-reference", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_agreement_init (CoopAgreement *self)
{
  self->kind = COOP_AGREEMENT_KIND_CONVENTION_INTERTERRITORIALE;
  self->status = COOP_AGREEMENT_STATUS_DRAFT;
  self->parties = g_list_store_new (COOP_TYPE_PARTY);
  self->signatures = g_list_store_new (COOP_TYPE_SIGNATURE);
  self->history = g_list_store_new (COOP_TYPE_TRANSITION);
  self->related = g_list_store_new (COOP_TYPE_AGREEMENT_LINK);
  self->milestones = g_list_store_new (COOP_TYPE_MILESTONE);
  self->actions = g_list_store_new (COOP_TYPE_ACTION);
  self->evaluations = g_list_store_new (COOP_TYPE_EVALUATION);
  self->pooled_resources = g_list_store_new (COOP_TYPE_POOLED_RESOURCE);
}

/**
 * coop_agreement_new:
 * @id: the identifier
 * @kind: the kind of agreement
 * @title: the title
 *
 * Creates a new agreement.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Returns: (transfer full): a new agreement
 *
 * Since: 1.0
 */
CoopAgreement *
coop_agreement_new (const char        *id,
                    CoopAgreementKind  kind,
                    const char        *title)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (_coop_text_is_valid (id), NULL);
  g_return_val_if_fail (_coop_text_is_valid (title), NULL);

  return g_object_new (COOP_TYPE_AGREEMENT,
                       "id", id,
                       "kind", kind,
                       "title", title,
                       NULL);
}

/**
 * coop_agreement_get_id:
 * @self: an agreement
 *
 * Gets [property@Coop.Agreement:id].
 *
 * Returns: the agreement's identifier, unique among the agreements of a model
 *
 * Since: 1.0
 */
const char *
coop_agreement_get_id (CoopAgreement *self)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT (self), NULL);

  return self->id;
}

/**
 * coop_agreement_get_kind:
 * @self: an agreement
 *
 * Gets [property@Coop.Agreement:kind].
 *
 * Returns: what kind of agreement this is
 *
 * Since: 1.0
 */
CoopAgreementKind
coop_agreement_get_kind (CoopAgreement *self)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT (self), 0);

  return self->kind;
}

/**
 * coop_agreement_get_title:
 * @self: an agreement
 *
 * Gets [property@Coop.Agreement:title].
 *
 * Returns: the agreement's title
 *
 * Since: 1.0
 */
const char *
coop_agreement_get_title (CoopAgreement *self)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT (self), NULL);

  return self->title;
}

/**
 * coop_agreement_get_status:
 * @self: an agreement
 *
 * Gets [property@Coop.Agreement:status].
 *
 * Returns: where the agreement stands; changed by [method@Coop.Agreement.transition]
 *
 * Since: 1.0
 */
CoopAgreementStatus
coop_agreement_get_status (CoopAgreement *self)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT (self), 0);

  return self->status;
}

/**
 * coop_agreement_get_start:
 * @self: an agreement
 *
 * Gets [property@Coop.Agreement:start].
 *
 * Returns: (transfer none) (nullable): the first day the agreement covers, or %NULL
 *
 * Since: 1.0
 */
GDateTime *
coop_agreement_get_start (CoopAgreement *self)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT (self), NULL);

  return self->start;
}

/**
 * coop_agreement_set_start:
 * @self: an agreement
 * @start: (nullable): the new value
 *
 * Sets [property@Coop.Agreement:start].
 *
 * The date is a day from 1800-01-01 to 3000-12-31, counted in UTC, as
 * in a document: another is a programmer error, since the reader
 * would refuse the document saved.
 *
 * Since: 1.0
 */
void
coop_agreement_set_start (CoopAgreement *self,
                          GDateTime     *start)
{
  g_return_if_fail (COOP_IS_AGREEMENT (self));
  g_return_if_fail (_coop_date_in_range (start));

  if (_coop_date_equal (self->start, start))
    return;

  g_clear_pointer (&self->start, g_date_time_unref);
  self->start = start != NULL ? g_date_time_ref (start) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
}

/**
 * coop_agreement_get_end:
 * @self: an agreement
 *
 * Gets [property@Coop.Agreement:end].
 *
 * Returns: (transfer none) (nullable): the last day the agreement covers, or %NULL when open-ended
 *
 * Since: 1.0
 */
GDateTime *
coop_agreement_get_end (CoopAgreement *self)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT (self), NULL);

  return self->end;
}

/**
 * coop_agreement_set_end:
 * @self: an agreement
 * @end: (nullable): the new value
 *
 * Sets [property@Coop.Agreement:end].
 *
 * The date is a day from 1800-01-01 to 3000-12-31, counted in UTC, as
 * in a document: another is a programmer error, since the reader
 * would refuse the document saved.
 *
 * Since: 1.0
 */
void
coop_agreement_set_end (CoopAgreement *self,
                        GDateTime     *end)
{
  g_return_if_fail (COOP_IS_AGREEMENT (self));
  g_return_if_fail (_coop_date_in_range (end));

  if (_coop_date_equal (self->end, end))
    return;

  g_clear_pointer (&self->end, g_date_time_unref);
  self->end = end != NULL ? g_date_time_ref (end) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

/**
 * coop_agreement_get_description:
 * @self: an agreement
 *
 * Gets [property@Coop.Agreement:description].
 *
 * Returns: (nullable): a note on the agreement, such as where its facts come from
 *
 * Since: 1.0
 */
const char *
coop_agreement_get_description (CoopAgreement *self)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT (self), NULL);

  return self->description;
}

/**
 * coop_agreement_set_description:
 * @self: an agreement
 * @description: (nullable): the new value
 *
 * Sets [property@Coop.Agreement:description].
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_agreement_set_description (CoopAgreement *self,
                                const char    *description)
{
  g_return_if_fail (COOP_IS_AGREEMENT (self));
  g_return_if_fail (_coop_text_is_valid (description));

  if (_coop_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/* Used by the lifecycle and by the document reader. */
void
_coop_agreement_set_status (CoopAgreement       *self,
                            CoopAgreementStatus  status)
{
  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

void
_coop_agreement_append_history (CoopAgreement  *self,
                                CoopTransition *transition)
{
  g_list_store_append (self->history, transition);
}

/**
 * coop_agreement_get_kind_code:
 * @self: a agreement
 *
 * Gets [property@Coop.Agreement:kind-code].
 *
 * Returns: the code of the kind of agreement, a known nick or the model's own code
 *
 * Since: 1.0
 */
const char *
coop_agreement_get_kind_code (CoopAgreement *self)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT (self), NULL);

  return _coop_open_code_get_code (&self->kind_code, COOP_TYPE_AGREEMENT_KIND, self->kind);
}

/**
 * coop_agreement_get_kind_label:
 * @self: a agreement
 *
 * Gets [property@Coop.Agreement:kind-label].
 *
 * Returns: the kind of agreement for people
 *
 * Since: 1.0
 */
const char *
coop_agreement_get_kind_label (CoopAgreement *self)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT (self), NULL);

  return _coop_open_code_get_label (&self->kind_code, COOP_TYPE_AGREEMENT_KIND, self->kind);
}

/**
 * coop_agreement_get_kind_legal_reference:
 * @self: a agreement
 *
 * Gets [property@Coop.Agreement:kind-legal-reference].
 *
 * Returns: (nullable): the legal text that defines the kind of agreement
 *
 * Since: 1.0
 */
const char *
coop_agreement_get_kind_legal_reference (CoopAgreement *self)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT (self), NULL);

  return _coop_open_code_get_legal_reference (&self->kind_code, COOP_TYPE_AGREEMENT_KIND, self->kind);
}

/**
 * coop_agreement_set_kind_code:
 * @self: a agreement
 * @code: a known nick, such as `charte`, or the model's own code,
 *   of lowercase letters, digits and hyphens
 * @label: (nullable): for a code libcoop does not know, what it is, for
 *   people; %NULL for a known value
 * @legal_reference: (nullable): for a code libcoop does not know, the legal
 *   text that defines it, where there is one
 * @error: return location for an error
 *
 * Sets the kind of agreement by its code. A known nick sets
 * [property@Coop.Agreement:kind] to that value, which keeps its meaning
 * and label; any other code sets it to `COOP_AGREEMENT_KIND_OTHER` and keeps @code,
 * @label and @legal_reference. The model loader applies the same rules to
 * the `kind`, `kind-label` and `kind-legal-reference` members.
 *
 * Returns: %TRUE on success, %FALSE with @error set when @code is not a
 *   code, when a code libcoop does not know comes without a label, or when
 *   a known value comes with one, or when a string is not UTF-8
 *
 * Since: 1.0
 */
gboolean
coop_agreement_set_kind_code (CoopAgreement  *self,
                              const char  *code,
                              const char  *label,
                              const char  *legal_reference,
                              GError     **error)
{
  gboolean set;
  int value;

  g_return_val_if_fail (COOP_IS_AGREEMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_object_freeze_notify (G_OBJECT (self));
  value = self->kind;
  set = _coop_open_code_set_and_notify (&self->kind_code, G_OBJECT (self), COOP_TYPE_AGREEMENT_KIND, COOP_AGREEMENT_KIND_OTHER, "kind", code, label,
                                        legal_reference, &value, properties[PROP_KIND], properties[PROP_KIND_CODE],
                                        properties[PROP_KIND_LABEL], properties[PROP_KIND_LEGAL_REFERENCE], error);
  self->kind = value;
  g_object_thaw_notify (G_OBJECT (self));
  return set;
}
