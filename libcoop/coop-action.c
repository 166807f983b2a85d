/* coop-action.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-enum-types.h"
#include "coop-action.h"
#include "coop-util-private.h"
#include "coop-date-private.h"

/**
 * CoopAction:
 *
 * An action of an agreement (a fiche action): its title, status and
 * progress, and its “who does what” table, which says for each
 * [enum@Coop.Function] which parties hold it.
 *
 * Since: 1.0
 */

struct _CoopAction
{
  GObject           parent_instance;

  char             *id;
  char             *title;
  CoopActionStatus  status;
  guint             progress;
  GDateTime        *start;
  GDateTime        *end;
  char             *description;
  GStrv             holders[COOP_N_FUNCTIONS];
};

G_DEFINE_FINAL_TYPE (CoopAction, coop_action, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_STATUS,
  PROP_PROGRESS,
  PROP_START,
  PROP_END,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  HOLDERS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
coop_action_finalize (GObject *object)
{
  CoopAction *self = (CoopAction *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->end, g_date_time_unref);
  g_clear_pointer (&self->description, g_free);
  for (guint i = 0; i < COOP_N_FUNCTIONS; i++)
    g_clear_pointer (&self->holders[i], g_strfreev);

  G_OBJECT_CLASS (coop_action_parent_class)->finalize (object);
}

static void
coop_action_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CoopAction *self = COOP_ACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, coop_action_get_id (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, coop_action_get_title (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, coop_action_get_status (self));
      break;
    case PROP_PROGRESS:
      g_value_set_uint (value, coop_action_get_progress (self));
      break;
    case PROP_START:
      g_value_set_boxed (value, coop_action_get_start (self));
      break;
    case PROP_END:
      g_value_set_boxed (value, coop_action_get_end (self));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, coop_action_get_description (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_action_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CoopAction *self = COOP_ACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->id = g_value_dup_string (value);
      break;
    case PROP_TITLE:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->title = g_value_dup_string (value);
      break;
    case PROP_STATUS:
      coop_action_set_status (self, g_value_get_enum (value));
      break;
    case PROP_PROGRESS:
      coop_action_set_progress (self, g_value_get_uint (value));
      break;
    case PROP_START:
      coop_action_set_start (self, g_value_get_boxed (value));
      break;
    case PROP_END:
      coop_action_set_end (self, g_value_get_boxed (value));
      break;
    case PROP_DESCRIPTION:
      coop_action_set_description (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_action_class_init (CoopActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_action_finalize;
  object_class->get_property = coop_action_get_property;
  object_class->set_property = coop_action_set_property;

  /**
   * CoopAction:id:
   *
   * The action's identifier, unique within its agreement.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAction:title:
   *
   * What the action is.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAction:status:
   *
   * Where the action stands.
   *
   * Since: 1.0
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, COOP_TYPE_ACTION_STATUS, COOP_ACTION_STATUS_PLANNED,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAction:progress:
   *
   * How far the action has gone, in percent.
   *
   * Since: 1.0
   */
  properties[PROP_PROGRESS] =
    g_param_spec_uint ("progress", NULL, NULL, 0, 100, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAction:start:
   *
   * The first day of the action, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_START] =
    g_param_spec_boxed ("start", NULL, NULL, G_TYPE_DATE_TIME,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAction:end:
   *
   * The planned last day of the action, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_END] =
    g_param_spec_boxed ("end", NULL, NULL, G_TYPE_DATE_TIME,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAction:description:
   *
   * A note on the action.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CoopAction::holders-changed:
   * @self: the action
   * @function: the function whose holders changed
   *
   * Emitted when the holders of a function of the who-does-what table
   * change, so that a view of the table can follow.
   *
   * Since: 1.0
   */
  signals[HOLDERS_CHANGED] =
    g_signal_new ("holders-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, COOP_TYPE_FUNCTION);
}

static void
coop_action_init (CoopAction *self)
{
  self->status = COOP_ACTION_STATUS_PLANNED;
  self->progress = 0;
}

/**
 * coop_action_new:
 * @id: the identifier
 * @title: what the action is
 *
 * Creates a new action.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Returns: (transfer full): a new action
 *
 * Since: 1.0
 */
CoopAction *
coop_action_new (const char *id,
                 const char *title)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (_coop_text_is_valid (id), NULL);
  g_return_val_if_fail (_coop_text_is_valid (title), NULL);

  return g_object_new (COOP_TYPE_ACTION,
                       "id", id,
                       "title", title,
                       NULL);
}

/**
 * coop_action_get_id:
 * @self: an action
 *
 * Gets [property@Coop.Action:id].
 *
 * Returns: the action's identifier, unique within its agreement
 *
 * Since: 1.0
 */
const char *
coop_action_get_id (CoopAction *self)
{
  g_return_val_if_fail (COOP_IS_ACTION (self), NULL);

  return self->id;
}

/**
 * coop_action_get_title:
 * @self: an action
 *
 * Gets [property@Coop.Action:title].
 *
 * Returns: what the action is
 *
 * Since: 1.0
 */
const char *
coop_action_get_title (CoopAction *self)
{
  g_return_val_if_fail (COOP_IS_ACTION (self), NULL);

  return self->title;
}

/**
 * coop_action_get_status:
 * @self: an action
 *
 * Gets [property@Coop.Action:status].
 *
 * Returns: where the action stands
 *
 * Since: 1.0
 */
CoopActionStatus
coop_action_get_status (CoopAction *self)
{
  g_return_val_if_fail (COOP_IS_ACTION (self), 0);

  return self->status;
}

/**
 * coop_action_set_status:
 * @self: an action
 * @status:: the new value
 *
 * Sets [property@Coop.Action:status].
 *
 * Since: 1.0
 */
void
coop_action_set_status (CoopAction       *self,
                        CoopActionStatus  status)
{
  g_return_if_fail (COOP_IS_ACTION (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * coop_action_get_progress:
 * @self: an action
 *
 * Gets [property@Coop.Action:progress].
 *
 * Returns: how far the action has gone, in percent
 *
 * Since: 1.0
 */
guint
coop_action_get_progress (CoopAction *self)
{
  g_return_val_if_fail (COOP_IS_ACTION (self), 0);

  return self->progress;
}

/**
 * coop_action_set_progress:
 * @self: an action
 * @progress:: the new value
 *
 * Sets [property@Coop.Action:progress].
 *
 * Since: 1.0
 */
void
coop_action_set_progress (CoopAction *self,
                          guint       progress)
{
  g_return_if_fail (COOP_IS_ACTION (self));
  g_return_if_fail (progress <= 100);

  if (self->progress == progress)
    return;

  self->progress = progress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

/**
 * coop_action_get_start:
 * @self: an action
 *
 * Gets [property@Coop.Action:start].
 *
 * Returns: (transfer none) (nullable): the first day of the action, or %NULL
 *
 * Since: 1.0
 */
GDateTime *
coop_action_get_start (CoopAction *self)
{
  g_return_val_if_fail (COOP_IS_ACTION (self), NULL);

  return self->start;
}

/**
 * coop_action_set_start:
 * @self: an action
 * @start: (nullable): the new value
 *
 * Sets [property@Coop.Action:start].
 *
 * The date is a day from 1800-01-01 to 3000-12-31, counted in UTC, as
 * in a document: another is a programmer error, since the reader
 * would refuse the document saved.
 *
 * Since: 1.0
 */
void
coop_action_set_start (CoopAction *self,
                       GDateTime  *start)
{
  g_return_if_fail (COOP_IS_ACTION (self));
  g_return_if_fail (_coop_date_in_range (start));

  if (_coop_date_equal (self->start, start))
    return;

  g_clear_pointer (&self->start, g_date_time_unref);
  self->start = start != NULL ? g_date_time_ref (start) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
}

/**
 * coop_action_get_end:
 * @self: an action
 *
 * Gets [property@Coop.Action:end].
 *
 * Returns: (transfer none) (nullable): the planned last day of the action, or %NULL
 *
 * Since: 1.0
 */
GDateTime *
coop_action_get_end (CoopAction *self)
{
  g_return_val_if_fail (COOP_IS_ACTION (self), NULL);

  return self->end;
}

/**
 * coop_action_set_end:
 * @self: an action
 * @end: (nullable): the new value
 *
 * Sets [property@Coop.Action:end].
 *
 * The date is a day from 1800-01-01 to 3000-12-31, counted in UTC, as
 * in a document: another is a programmer error, since the reader
 * would refuse the document saved.
 *
 * Since: 1.0
 */
void
coop_action_set_end (CoopAction *self,
                     GDateTime  *end)
{
  g_return_if_fail (COOP_IS_ACTION (self));
  g_return_if_fail (_coop_date_in_range (end));

  if (_coop_date_equal (self->end, end))
    return;

  g_clear_pointer (&self->end, g_date_time_unref);
  self->end = end != NULL ? g_date_time_ref (end) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

/**
 * coop_action_get_description:
 * @self: an action
 *
 * Gets [property@Coop.Action:description].
 *
 * Returns: (nullable): a note on the action
 *
 * Since: 1.0
 */
const char *
coop_action_get_description (CoopAction *self)
{
  g_return_val_if_fail (COOP_IS_ACTION (self), NULL);

  return self->description;
}

/**
 * coop_action_set_description:
 * @self: an action
 * @description: (nullable): the new value
 *
 * Sets [property@Coop.Action:description].
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_action_set_description (CoopAction *self,
                             const char *description)
{
  g_return_if_fail (COOP_IS_ACTION (self));
  g_return_if_fail (_coop_text_is_valid (description));

  if (_coop_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * coop_action_get_holders:
 * @self: an action
 * @function: a function of the “who does what” table
 *
 * Gets the parties that hold @function for this action.
 *
 * Returns: (transfer none) (array zero-terminated=1): the references of
 *   the territories or actors that hold it, possibly none
 *
 * Since: 1.0
 */
const char * const *
coop_action_get_holders (CoopAction   *self,
                         CoopFunction  function)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (COOP_IS_ACTION (self), none);
  g_return_val_if_fail (function < COOP_N_FUNCTIONS, none);

  return self->holders[function] != NULL ? (const char * const *)self->holders[function] : none;
}

/**
 * coop_action_set_holders:
 * @self: an action
 * @function: a function of the “who does what” table
 * @holders: (nullable) (array zero-terminated=1): the references of the
 *   territories or actors that hold it
 *
 * Sets who holds @function for this action, replacing what was there,
 * and emits [signal@Coop.Action::holders-changed] if that changes it.
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
coop_action_set_holders (CoopAction         *self,
                         CoopFunction        function,
                         const char * const *holders)
{
  g_return_if_fail (COOP_IS_ACTION (self));
  g_return_if_fail (function < COOP_N_FUNCTIONS);
  g_return_if_fail (!_coop_strv_has_duplicates (holders));
  g_return_if_fail (_coop_strv_is_valid (holders));

  if (_coop_strv_equal ((const char * const *)self->holders[function], holders))
    return;

  g_clear_pointer (&self->holders[function], g_strfreev);
  if (holders != NULL && holders[0] != NULL)
    self->holders[function] = g_strdupv ((char **)holders);
  g_signal_emit (self, signals[HOLDERS_CHANGED], 0, function);
}

/**
 * coop_action_add_holder:
 * @self: an action
 * @function: a function of the “who does what” table
 * @reference: the reference of a territory or the identifier of an actor
 *
 * Adds @reference to the holders of @function, unless it is there already.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_action_add_holder (CoopAction   *self,
                        CoopFunction  function,
                        const char   *reference)
{
  g_autoptr(GStrvBuilder) builder = NULL;

  g_return_if_fail (COOP_IS_ACTION (self));
  g_return_if_fail (function < COOP_N_FUNCTIONS);
  g_return_if_fail (reference != NULL);
  g_return_if_fail (_coop_text_is_valid (reference));

  if (self->holders[function] != NULL && g_strv_contains ((const char * const *)self->holders[function], reference))
    return;

  builder = g_strv_builder_new ();
  if (self->holders[function] != NULL)
    g_strv_builder_addv (builder, (const char **)self->holders[function]);
  g_strv_builder_add (builder, reference);
  g_strfreev (self->holders[function]);
  self->holders[function] = g_strv_builder_end (builder);
  g_signal_emit (self, signals[HOLDERS_CHANGED], 0, function);
}

/**
 * coop_action_dup_structures:
 * @self: an action
 *
 * Lists every territory or actor that holds at least one function of the
 * action, each once, in the order of the functions.
 *
 * Returns: (transfer full) (array zero-terminated=1): the references
 *
 * Since: 1.0
 */
char **
coop_action_dup_structures (CoopAction *self)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autoptr(GHashTable) seen = NULL;

  g_return_val_if_fail (COOP_IS_ACTION (self), NULL);

  builder = g_strv_builder_new ();
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint f = 0; f < COOP_N_FUNCTIONS; f++)
    {
      for (guint i = 0; self->holders[f] != NULL && self->holders[f][i] != NULL; i++)
        {
          if (g_hash_table_add (seen, self->holders[f][i]))
            g_strv_builder_add (builder, self->holders[f][i]);
        }
    }

  return g_strv_builder_end (builder);
}
