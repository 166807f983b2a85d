/* coop-milestone.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-enum-types.h"
#include "coop-milestone.h"
#include "coop-util-private.h"
#include "coop-date-private.h"

/**
 * CoopMilestone:
 *
 * A milestone of a [class@Coop.Agreement]: what is due, when, and whether
 * and when it was met.
 *
 * Since: 1.0
 */

struct _CoopMilestone
{
  GObject              parent_instance;

  char                *title;
  GDateTime           *due;
  GDateTime           *met;
  CoopMilestoneStatus  status;
};

G_DEFINE_FINAL_TYPE (CoopMilestone, coop_milestone, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DUE,
  PROP_MET,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_milestone_finalize (GObject *object)
{
  CoopMilestone *self = (CoopMilestone *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->due, g_date_time_unref);
  g_clear_pointer (&self->met, g_date_time_unref);

  G_OBJECT_CLASS (coop_milestone_parent_class)->finalize (object);
}

static void
coop_milestone_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CoopMilestone *self = COOP_MILESTONE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, coop_milestone_get_title (self));
      break;
    case PROP_DUE:
      g_value_set_boxed (value, coop_milestone_get_due (self));
      break;
    case PROP_MET:
      g_value_set_boxed (value, coop_milestone_get_met (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, coop_milestone_get_status (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_milestone_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CoopMilestone *self = COOP_MILESTONE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->title = g_value_dup_string (value);
      break;
    case PROP_DUE:
      coop_milestone_set_due (self, g_value_get_boxed (value));
      break;
    case PROP_MET:
      coop_milestone_set_met (self, g_value_get_boxed (value));
      break;
    case PROP_STATUS:
      coop_milestone_set_status (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_milestone_class_init (CoopMilestoneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_milestone_finalize;
  object_class->get_property = coop_milestone_get_property;
  object_class->set_property = coop_milestone_set_property;

  /**
   * CoopMilestone:title:
   *
   * What is due.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopMilestone:due:
   *
   * The due day, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_DUE] =
    g_param_spec_boxed ("due", NULL, NULL, G_TYPE_DATE_TIME,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopMilestone:met:
   *
   * The day it was met, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_MET] =
    g_param_spec_boxed ("met", NULL, NULL, G_TYPE_DATE_TIME,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopMilestone:status:
   *
   * Where the milestone stands.
   *
   * Since: 1.0
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, COOP_TYPE_MILESTONE_STATUS, COOP_MILESTONE_STATUS_PENDING,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_milestone_init (CoopMilestone *self)
{
  self->status = COOP_MILESTONE_STATUS_PENDING;
}

/**
 * coop_milestone_new:
 * @title: what is due
 *
 * Creates a new milestone.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Returns: (transfer full): a new milestone
 *
 * Since: 1.0
 */
CoopMilestone *
coop_milestone_new (const char *title)
{
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (_coop_text_is_valid (title), NULL);

  return g_object_new (COOP_TYPE_MILESTONE,
                       "title", title,
                       NULL);
}

/**
 * coop_milestone_get_title:
 * @self: a milestone
 *
 * Gets [property@Coop.Milestone:title].
 *
 * Returns: what is due
 *
 * Since: 1.0
 */
const char *
coop_milestone_get_title (CoopMilestone *self)
{
  g_return_val_if_fail (COOP_IS_MILESTONE (self), NULL);

  return self->title;
}

/**
 * coop_milestone_get_due:
 * @self: a milestone
 *
 * Gets [property@Coop.Milestone:due].
 *
 * Returns: (transfer none) (nullable): the due day, or %NULL
 *
 * Since: 1.0
 */
GDateTime *
coop_milestone_get_due (CoopMilestone *self)
{
  g_return_val_if_fail (COOP_IS_MILESTONE (self), NULL);

  return self->due;
}

/**
 * coop_milestone_set_due:
 * @self: a milestone
 * @due: (nullable): the new value
 *
 * Sets [property@Coop.Milestone:due].
 *
 * The date is a day from 1800-01-01 to 3000-12-31, counted in UTC, as
 * in a document: another is a programmer error, since the reader
 * would refuse the document saved.
 *
 * Since: 1.0
 */
void
coop_milestone_set_due (CoopMilestone *self,
                        GDateTime     *due)
{
  g_return_if_fail (COOP_IS_MILESTONE (self));
  g_return_if_fail (_coop_date_in_range (due));

  if (_coop_date_equal (self->due, due))
    return;

  g_clear_pointer (&self->due, g_date_time_unref);
  self->due = due != NULL ? g_date_time_ref (due) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE]);
}

/**
 * coop_milestone_get_met:
 * @self: a milestone
 *
 * Gets [property@Coop.Milestone:met].
 *
 * Returns: (transfer none) (nullable): the day it was met, or %NULL
 *
 * Since: 1.0
 */
GDateTime *
coop_milestone_get_met (CoopMilestone *self)
{
  g_return_val_if_fail (COOP_IS_MILESTONE (self), NULL);

  return self->met;
}

/**
 * coop_milestone_set_met:
 * @self: a milestone
 * @met: (nullable): the new value
 *
 * Sets [property@Coop.Milestone:met].
 *
 * The date is a day from 1800-01-01 to 3000-12-31, counted in UTC, as
 * in a document: another is a programmer error, since the reader
 * would refuse the document saved.
 *
 * Since: 1.0
 */
void
coop_milestone_set_met (CoopMilestone *self,
                        GDateTime     *met)
{
  g_return_if_fail (COOP_IS_MILESTONE (self));
  g_return_if_fail (_coop_date_in_range (met));

  if (_coop_date_equal (self->met, met))
    return;

  g_clear_pointer (&self->met, g_date_time_unref);
  self->met = met != NULL ? g_date_time_ref (met) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MET]);
}

/**
 * coop_milestone_get_status:
 * @self: a milestone
 *
 * Gets [property@Coop.Milestone:status].
 *
 * Returns: where the milestone stands
 *
 * Since: 1.0
 */
CoopMilestoneStatus
coop_milestone_get_status (CoopMilestone *self)
{
  g_return_val_if_fail (COOP_IS_MILESTONE (self), 0);

  return self->status;
}

/**
 * coop_milestone_set_status:
 * @self: a milestone
 * @status:: the new value
 *
 * Sets [property@Coop.Milestone:status].
 *
 * Since: 1.0
 */
void
coop_milestone_set_status (CoopMilestone       *self,
                           CoopMilestoneStatus  status)
{
  g_return_if_fail (COOP_IS_MILESTONE (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}
