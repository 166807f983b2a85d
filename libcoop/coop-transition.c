/* coop-transition.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-enum-types.h"
#include "coop-util-private.h"
#include "coop-transition.h"
#include "coop-date-private.h"

/**
 * CoopTransition:
 *
 * One dated step of an agreement's lifecycle, kept in its history: see
 * [method@Coop.Agreement.transition].
 *
 * Since: 1.0
 */

struct _CoopTransition
{
  GObject              parent_instance;

  CoopAgreementStatus  from_status;
  CoopAgreementStatus  to_status;
  GDateTime           *date;
  char                *note;
};

G_DEFINE_FINAL_TYPE (CoopTransition, coop_transition, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FROM_STATUS,
  PROP_TO_STATUS,
  PROP_DATE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_transition_finalize (GObject *object)
{
  CoopTransition *self = (CoopTransition *)object;

  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (coop_transition_parent_class)->finalize (object);
}

static void
coop_transition_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CoopTransition *self = COOP_TRANSITION (object);

  switch (prop_id)
    {
    case PROP_FROM_STATUS:
      g_value_set_enum (value, coop_transition_get_from_status (self));
      break;
    case PROP_TO_STATUS:
      g_value_set_enum (value, coop_transition_get_to_status (self));
      break;
    case PROP_DATE:
      g_value_set_boxed (value, coop_transition_get_date (self));
      break;
    case PROP_NOTE:
      g_value_set_string (value, coop_transition_get_note (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_transition_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CoopTransition *self = COOP_TRANSITION (object);

  switch (prop_id)
    {
    case PROP_FROM_STATUS:
      self->from_status = g_value_get_enum (value);
      break;
    case PROP_TO_STATUS:
      self->to_status = g_value_get_enum (value);
      break;
    case PROP_DATE:
      /* The constructor's precondition holds for g_object_new () and
       * bindings too: no date a document cannot hold. */
      g_return_if_fail (_coop_date_in_range (g_value_get_boxed (value)));
      self->date = g_value_dup_boxed (value);
      break;
    case PROP_NOTE:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->note = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_transition_class_init (CoopTransitionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_transition_finalize;
  object_class->get_property = coop_transition_get_property;
  object_class->set_property = coop_transition_set_property;

  /**
   * CoopTransition:from-status:
   *
   * The status before the transition.
   *
   * Since: 1.0
   */
  properties[PROP_FROM_STATUS] =
    g_param_spec_enum ("from-status", NULL, NULL, COOP_TYPE_AGREEMENT_STATUS, COOP_AGREEMENT_STATUS_DRAFT,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTransition:to-status:
   *
   * The status after the transition.
   *
   * Since: 1.0
   */
  properties[PROP_TO_STATUS] =
    g_param_spec_enum ("to-status", NULL, NULL, COOP_TYPE_AGREEMENT_STATUS, COOP_AGREEMENT_STATUS_DRAFT,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTransition:date:
   *
   * The day of the transition.
   *
   * Since: 1.0
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTransition:note:
   *
   * A note on the transition.
   *
   * Since: 1.0
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_transition_init (CoopTransition *self)
{
  self->from_status = COOP_AGREEMENT_STATUS_DRAFT;
  self->to_status = COOP_AGREEMENT_STATUS_DRAFT;
}

/**
 * coop_transition_new:
 * @from_status: the status before
 * @to_status: the status after
 * @date: the day of the transition
 * @note: (nullable): a note
 *
 * Creates a new transition.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Returns: (transfer full): a new transition
 *
 * The date is a day from 1800-01-01 to 3000-12-31, counted in UTC, as
 * in a document: another is a programmer error, since the reader
 * would refuse the document saved.
 *
 * Since: 1.0
 */
CoopTransition *
coop_transition_new (CoopAgreementStatus  from_status,
                     CoopAgreementStatus  to_status,
                     GDateTime           *date,
                     const char          *note)
{
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (_coop_date_in_range (date), NULL);
  g_return_val_if_fail (_coop_text_is_valid (note), NULL);

  return g_object_new (COOP_TYPE_TRANSITION,
                       "from-status", from_status,
                       "to-status", to_status,
                       "date", date,
                       "note", note,
                       NULL);
}

/**
 * coop_transition_get_from_status:
 * @self: a transition
 *
 * Gets [property@Coop.Transition:from-status].
 *
 * Returns: the status before the transition
 *
 * Since: 1.0
 */
CoopAgreementStatus
coop_transition_get_from_status (CoopTransition *self)
{
  g_return_val_if_fail (COOP_IS_TRANSITION (self), 0);

  return self->from_status;
}

/**
 * coop_transition_get_to_status:
 * @self: a transition
 *
 * Gets [property@Coop.Transition:to-status].
 *
 * Returns: the status after the transition
 *
 * Since: 1.0
 */
CoopAgreementStatus
coop_transition_get_to_status (CoopTransition *self)
{
  g_return_val_if_fail (COOP_IS_TRANSITION (self), 0);

  return self->to_status;
}

/**
 * coop_transition_get_date:
 * @self: a transition
 *
 * Gets [property@Coop.Transition:date].
 *
 * Returns: (transfer none) (nullable): the day of the transition
 *
 * Since: 1.0
 */
GDateTime *
coop_transition_get_date (CoopTransition *self)
{
  g_return_val_if_fail (COOP_IS_TRANSITION (self), NULL);

  return self->date;
}

/**
 * coop_transition_get_note:
 * @self: a transition
 *
 * Gets [property@Coop.Transition:note].
 *
 * Returns: a note on the transition
 *
 * Since: 1.0
 */
const char *
coop_transition_get_note (CoopTransition *self)
{
  g_return_val_if_fail (COOP_IS_TRANSITION (self), NULL);

  return self->note;
}
