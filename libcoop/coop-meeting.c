/* coop-meeting.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-enum-types.h"
#include "coop-meeting.h"
#include "coop-util-private.h"
#include "coop-date-private.h"

/**
 * CoopMeeting:
 *
 * A meeting of a [class@Coop.Body]: its date, its topic and the actors who
 * took part. Meetings are the evidence of dialogue that maturity
 * assessments count.
 *
 * Since: 1.0
 */

struct _CoopMeeting
{
  GObject    parent_instance;

  GDateTime *date;
  char      *topic;
  GStrv      participants;
  char      *note;
};

G_DEFINE_FINAL_TYPE (CoopMeeting, coop_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_TOPIC,
  PROP_PARTICIPANTS,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_meeting_finalize (GObject *object)
{
  CoopMeeting *self = (CoopMeeting *)object;

  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->topic, g_free);
  g_clear_pointer (&self->participants, g_strfreev);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (coop_meeting_parent_class)->finalize (object);
}

static void
coop_meeting_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CoopMeeting *self = COOP_MEETING (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, coop_meeting_get_date (self));
      break;
    case PROP_TOPIC:
      g_value_set_string (value, coop_meeting_get_topic (self));
      break;
    case PROP_PARTICIPANTS:
      g_value_set_boxed (value, coop_meeting_get_participants (self));
      break;
    case PROP_NOTE:
      g_value_set_string (value, coop_meeting_get_note (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_meeting_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CoopMeeting *self = COOP_MEETING (object);

  switch (prop_id)
    {
    case PROP_DATE:
      /* The constructor's precondition holds for g_object_new () and
       * bindings too: no date a document cannot hold. */
      g_return_if_fail (_coop_date_in_range (g_value_get_boxed (value)));
      self->date = g_value_dup_boxed (value);
      break;
    case PROP_TOPIC:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->topic = g_value_dup_string (value);
      break;
    case PROP_PARTICIPANTS:
      coop_meeting_set_participants (self, g_value_get_boxed (value));
      break;
    case PROP_NOTE:
      coop_meeting_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_meeting_class_init (CoopMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_meeting_finalize;
  object_class->get_property = coop_meeting_get_property;
  object_class->set_property = coop_meeting_set_property;

  /**
   * CoopMeeting:date:
   *
   * The day of the meeting.
   *
   * Since: 1.0
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopMeeting:topic:
   *
   * What the meeting was about.
   *
   * Since: 1.0
   */
  properties[PROP_TOPIC] =
    g_param_spec_string ("topic", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopMeeting:participants:
   *
   * The identifiers of the actors who took part.
   *
   * Since: 1.0
   */
  properties[PROP_PARTICIPANTS] =
    g_param_spec_boxed ("participants", NULL, NULL, G_TYPE_STRV,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopMeeting:note:
   *
   * A note on the meeting.
   *
   * Since: 1.0
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_meeting_init (CoopMeeting *self)
{
}

/**
 * coop_meeting_new:
 * @date: the day of the meeting
 * @topic: what the meeting is about
 *
 * Creates a new meeting.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Returns: (transfer full): a new meeting
 *
 * The date is a day from 1800-01-01 to 3000-12-31, counted in UTC, as
 * in a document: another is a programmer error, since the reader
 * would refuse the document saved.
 *
 * Since: 1.0
 */
CoopMeeting *
coop_meeting_new (GDateTime  *date,
                  const char *topic)
{
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (topic != NULL, NULL);
  g_return_val_if_fail (_coop_date_in_range (date), NULL);
  g_return_val_if_fail (_coop_text_is_valid (topic), NULL);

  return g_object_new (COOP_TYPE_MEETING,
                       "date", date,
                       "topic", topic,
                       NULL);
}

/**
 * coop_meeting_get_date:
 * @self: a meeting
 *
 * Gets [property@Coop.Meeting:date].
 *
 * Returns: (transfer none) (nullable): the day of the meeting
 *
 * Since: 1.0
 */
GDateTime *
coop_meeting_get_date (CoopMeeting *self)
{
  g_return_val_if_fail (COOP_IS_MEETING (self), NULL);

  return self->date;
}

/**
 * coop_meeting_get_topic:
 * @self: a meeting
 *
 * Gets [property@Coop.Meeting:topic].
 *
 * Returns: what the meeting was about
 *
 * Since: 1.0
 */
const char *
coop_meeting_get_topic (CoopMeeting *self)
{
  g_return_val_if_fail (COOP_IS_MEETING (self), NULL);

  return self->topic;
}

/**
 * coop_meeting_get_participants:
 * @self: a meeting
 *
 * Gets [property@Coop.Meeting:participants].
 *
 * Returns: (transfer none) (array zero-terminated=1): the identifiers of the actors who took part
 *
 * Since: 1.0
 */
const char * const *
coop_meeting_get_participants (CoopMeeting *self)
{
  g_return_val_if_fail (COOP_IS_MEETING (self), NULL);

  return (const char * const *)self->participants;
}

/**
 * coop_meeting_set_participants:
 * @self: a meeting
 * @participants: (nullable) (array zero-terminated=1): the new value
 *
 * Sets [property@Coop.Meeting:participants].
 *
 * Each reference may appear once, as in a document: a list with a
 * repeated one is a programmer error.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_meeting_set_participants (CoopMeeting        *self,
                               const char * const *participants)
{
  g_return_if_fail (COOP_IS_MEETING (self));
  g_return_if_fail (!_coop_strv_has_duplicates (participants));
  g_return_if_fail (_coop_strv_is_valid (participants));

  if (_coop_strv_equal ((const char * const *)self->participants, participants))
    return;

  g_strfreev (self->participants);
  self->participants = g_strdupv ((char **)participants);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANTS]);
}

/**
 * coop_meeting_get_note:
 * @self: a meeting
 *
 * Gets [property@Coop.Meeting:note].
 *
 * Returns: (nullable): a note on the meeting
 *
 * Since: 1.0
 */
const char *
coop_meeting_get_note (CoopMeeting *self)
{
  g_return_val_if_fail (COOP_IS_MEETING (self), NULL);

  return self->note;
}

/**
 * coop_meeting_set_note:
 * @self: a meeting
 * @note: (nullable): the new value
 *
 * Sets [property@Coop.Meeting:note].
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_meeting_set_note (CoopMeeting *self,
                       const char  *note)
{
  g_return_if_fail (COOP_IS_MEETING (self));
  g_return_if_fail (_coop_text_is_valid (note));

  if (_coop_set_str (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}
