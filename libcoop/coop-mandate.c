/* coop-mandate.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-enum-types.h"
#include "coop-open-code-private.h"
#include "coop-mandate.h"
#include "coop-util-private.h"
#include "coop-date-private.h"

/**
 * CoopMandate:
 *
 * What ties an [class@Coop.Actor] to a territory or a [class@Coop.Body]: a
 * role, the territory the actor represents there (on behalf of), the dates,
 * whether the actor votes, and the [class@Coop.Post] held, if any.
 *
 * A mandate names its actor, body, territory and post by identifier; a
 * model's checks report the ones that name nothing.
 *
 * Since: 1.0
 */

struct _CoopMandate
{
  GObject    parent_instance;

  char      *id;
  char      *actor;
  CoopRole   role;
  CoopOpenCode  role_code;
  char      *body;
  char      *territory;
  char      *post;
  char      *on_behalf_of;
  GDateTime *start;
  GDateTime *end;
  gboolean   voting;
  char      *note;
};

G_DEFINE_FINAL_TYPE (CoopMandate, coop_mandate, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ACTOR,
  PROP_ROLE,
  PROP_BODY,
  PROP_TERRITORY,
  PROP_POST,
  PROP_ON_BEHALF_OF,
  PROP_START,
  PROP_END,
  PROP_VOTING,
  PROP_NOTE,
  PROP_ROLE_CODE,
  PROP_ROLE_LABEL,
  PROP_ROLE_LEGAL_REFERENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_mandate_finalize (GObject *object)
{
  CoopMandate *self = (CoopMandate *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->actor, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->territory, g_free);
  g_clear_pointer (&self->post, g_free);
  g_clear_pointer (&self->on_behalf_of, g_free);
  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->end, g_date_time_unref);
  g_clear_pointer (&self->note, g_free);
  _coop_open_code_clear (&self->role_code);

  G_OBJECT_CLASS (coop_mandate_parent_class)->finalize (object);
}

static void
coop_mandate_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CoopMandate *self = COOP_MANDATE (object);

  switch (prop_id)
    {
    case PROP_ROLE_CODE:
      g_value_set_string (value, coop_mandate_get_role_code (self));
      break;
    case PROP_ROLE_LABEL:
      g_value_set_string (value, coop_mandate_get_role_label (self));
      break;
    case PROP_ROLE_LEGAL_REFERENCE:
      g_value_set_string (value, coop_mandate_get_role_legal_reference (self));
      break;
    case PROP_ID:
      g_value_set_string (value, coop_mandate_get_id (self));
      break;
    case PROP_ACTOR:
      g_value_set_string (value, coop_mandate_get_actor (self));
      break;
    case PROP_ROLE:
      g_value_set_enum (value, coop_mandate_get_role (self));
      break;
    case PROP_BODY:
      g_value_set_string (value, coop_mandate_get_body (self));
      break;
    case PROP_TERRITORY:
      g_value_set_string (value, coop_mandate_get_territory (self));
      break;
    case PROP_POST:
      g_value_set_string (value, coop_mandate_get_post (self));
      break;
    case PROP_ON_BEHALF_OF:
      g_value_set_string (value, coop_mandate_get_on_behalf_of (self));
      break;
    case PROP_START:
      g_value_set_boxed (value, coop_mandate_get_start (self));
      break;
    case PROP_END:
      g_value_set_boxed (value, coop_mandate_get_end (self));
      break;
    case PROP_VOTING:
      g_value_set_boolean (value, coop_mandate_get_voting (self));
      break;
    case PROP_NOTE:
      g_value_set_string (value, coop_mandate_get_note (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_mandate_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CoopMandate *self = COOP_MANDATE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->id = g_value_dup_string (value);
      break;
    case PROP_ACTOR:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->actor = g_value_dup_string (value);
      break;
    case PROP_ROLE:
      self->role = g_value_get_enum (value);
      break;
    case PROP_BODY:
      coop_mandate_set_body (self, g_value_get_string (value));
      break;
    case PROP_TERRITORY:
      coop_mandate_set_territory (self, g_value_get_string (value));
      break;
    case PROP_POST:
      coop_mandate_set_post (self, g_value_get_string (value));
      break;
    case PROP_ON_BEHALF_OF:
      coop_mandate_set_on_behalf_of (self, g_value_get_string (value));
      break;
    case PROP_START:
      coop_mandate_set_start (self, g_value_get_boxed (value));
      break;
    case PROP_END:
      coop_mandate_set_end (self, g_value_get_boxed (value));
      break;
    case PROP_VOTING:
      coop_mandate_set_voting (self, g_value_get_boolean (value));
      break;
    case PROP_NOTE:
      coop_mandate_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_mandate_class_init (CoopMandateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_mandate_finalize;
  object_class->get_property = coop_mandate_get_property;
  object_class->set_property = coop_mandate_set_property;

  /**
   * CoopMandate:id:
   *
   * The mandate's identifier, unique among the mandates of a model.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopMandate:actor:
   *
   * The identifier of the actor who holds the mandate.
   *
   * Since: 1.0
   */
  properties[PROP_ACTOR] =
    g_param_spec_string ("actor", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopMandate:role:
   *
   * The role the mandate gives.
   *
   * Since: 1.0
   */
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL, COOP_TYPE_ROLE, COOP_ROLE_MEMBER,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopMandate:body:
   *
   * The identifier of the body the mandate sits in, or %NULL for a
   * mandate in a territory.
   *
   * Since: 1.0
   */
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopMandate:territory:
   *
   * The reference of the territory the mandate is held in (a commune
   * for a maire), or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_TERRITORY] =
    g_param_spec_string ("territory", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopMandate:post:
   *
   * The identifier of the post held, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_POST] =
    g_param_spec_string ("post", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopMandate:on-behalf-of:
   *
   * The reference of the territory the actor represents, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_ON_BEHALF_OF] =
    g_param_spec_string ("on-behalf-of", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopMandate:start:
   *
   * The first day of the mandate, or %NULL if unknown.
   *
   * Since: 1.0
   */
  properties[PROP_START] =
    g_param_spec_boxed ("start", NULL, NULL, G_TYPE_DATE_TIME,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopMandate:end:
   *
   * The last day of the mandate, or %NULL while it runs.
   *
   * Since: 1.0
   */
  properties[PROP_END] =
    g_param_spec_boxed ("end", NULL, NULL, G_TYPE_DATE_TIME,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopMandate:voting:
   *
   * Whether the actor votes in the body.
   *
   * Since: 1.0
   */
  properties[PROP_VOTING] =
    g_param_spec_boolean ("voting", NULL, NULL, TRUE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopMandate:note:
   *
   * A note on the mandate.
   *
   * Since: 1.0
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopMandate:role-code:
   *
   * The code of the role: the nick of a known [enum@Coop.Role], or
   * the code a model gives another role (see
   * [method@Coop.Mandate.set_role_code]).
   *
   * Since: 1.0
   */
  properties[PROP_ROLE_CODE] =
    g_param_spec_string ("role-code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopMandate:role-label:
   *
   * The role for people: the label of a known value in the language in
   * effect, or the label the model gives another role.
   *
   * Since: 1.0
   */
  properties[PROP_ROLE_LABEL] =
    g_param_spec_string ("role-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopMandate:role-legal-reference:
   *
   * The legal text that defines the role, such as `CGCT L5221-1`, or
   * %NULL when none is known.
   *
   * Since: 1.0
   */
  properties[PROP_ROLE_LEGAL_REFERENCE] =
    g_param_spec_string ("role-legal-reference", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_mandate_init (CoopMandate *self)
{
  self->role = COOP_ROLE_MEMBER;
  self->voting = TRUE;
}

/**
 * coop_mandate_new:
 * @id: the identifier
 * @actor: the identifier of the actor
 * @role: the role
 *
 * Creates a new mandate.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Returns: (transfer full): a new mandate
 *
 * Since: 1.0
 */
CoopMandate *
coop_mandate_new (const char *id,
                  const char *actor,
                  CoopRole    role)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (actor != NULL, NULL);
  g_return_val_if_fail (_coop_text_is_valid (id), NULL);
  g_return_val_if_fail (_coop_text_is_valid (actor), NULL);

  return g_object_new (COOP_TYPE_MANDATE,
                       "id", id,
                       "actor", actor,
                       "role", role,
                       NULL);
}

/**
 * coop_mandate_get_id:
 * @self: a mandate
 *
 * Gets [property@Coop.Mandate:id].
 *
 * Returns: the mandate's identifier, unique among the mandates of a model
 *
 * Since: 1.0
 */
const char *
coop_mandate_get_id (CoopMandate *self)
{
  g_return_val_if_fail (COOP_IS_MANDATE (self), NULL);

  return self->id;
}

/**
 * coop_mandate_get_actor:
 * @self: a mandate
 *
 * Gets [property@Coop.Mandate:actor].
 *
 * Returns: the identifier of the actor who holds the mandate
 *
 * Since: 1.0
 */
const char *
coop_mandate_get_actor (CoopMandate *self)
{
  g_return_val_if_fail (COOP_IS_MANDATE (self), NULL);

  return self->actor;
}

/**
 * coop_mandate_get_role:
 * @self: a mandate
 *
 * Gets [property@Coop.Mandate:role].
 *
 * Returns: the role the mandate gives
 *
 * Since: 1.0
 */
CoopRole
coop_mandate_get_role (CoopMandate *self)
{
  g_return_val_if_fail (COOP_IS_MANDATE (self), 0);

  return self->role;
}

/**
 * coop_mandate_get_body:
 * @self: a mandate
 *
 * Gets [property@Coop.Mandate:body].
 *
 * Returns: (nullable): the identifier of the body the mandate sits in, or %NULL for a mandate in a territory
 *
 * Since: 1.0
 */
const char *
coop_mandate_get_body (CoopMandate *self)
{
  g_return_val_if_fail (COOP_IS_MANDATE (self), NULL);

  return self->body;
}

/**
 * coop_mandate_set_body:
 * @self: a mandate
 * @body: (nullable): the new value
 *
 * Sets [property@Coop.Mandate:body].
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_mandate_set_body (CoopMandate *self,
                       const char  *body)
{
  g_return_if_fail (COOP_IS_MANDATE (self));
  g_return_if_fail (_coop_text_is_valid (body));

  if (_coop_set_str (&self->body, body))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

/**
 * coop_mandate_get_territory:
 * @self: a mandate
 *
 * Gets [property@Coop.Mandate:territory].
 *
 * Returns: (nullable): the reference of the territory the mandate is held in (a commune for a maire), or %NULL
 *
 * Since: 1.0
 */
const char *
coop_mandate_get_territory (CoopMandate *self)
{
  g_return_val_if_fail (COOP_IS_MANDATE (self), NULL);

  return self->territory;
}

/**
 * coop_mandate_set_territory:
 * @self: a mandate
 * @territory: (nullable): the new value
 *
 * Sets [property@Coop.Mandate:territory].
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_mandate_set_territory (CoopMandate *self,
                            const char  *territory)
{
  g_return_if_fail (COOP_IS_MANDATE (self));
  g_return_if_fail (_coop_text_is_valid (territory));

  if (_coop_set_str (&self->territory, territory))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERRITORY]);
}

/**
 * coop_mandate_get_post:
 * @self: a mandate
 *
 * Gets [property@Coop.Mandate:post].
 *
 * Returns: (nullable): the identifier of the post held, or %NULL
 *
 * Since: 1.0
 */
const char *
coop_mandate_get_post (CoopMandate *self)
{
  g_return_val_if_fail (COOP_IS_MANDATE (self), NULL);

  return self->post;
}

/**
 * coop_mandate_set_post:
 * @self: a mandate
 * @post: (nullable): the new value
 *
 * Sets [property@Coop.Mandate:post].
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_mandate_set_post (CoopMandate *self,
                       const char  *post)
{
  g_return_if_fail (COOP_IS_MANDATE (self));
  g_return_if_fail (_coop_text_is_valid (post));

  if (_coop_set_str (&self->post, post))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POST]);
}

/**
 * coop_mandate_get_on_behalf_of:
 * @self: a mandate
 *
 * Gets [property@Coop.Mandate:on-behalf-of].
 *
 * Returns: (nullable): the reference of the territory the actor represents, or %NULL
 *
 * Since: 1.0
 */
const char *
coop_mandate_get_on_behalf_of (CoopMandate *self)
{
  g_return_val_if_fail (COOP_IS_MANDATE (self), NULL);

  return self->on_behalf_of;
}

/**
 * coop_mandate_set_on_behalf_of:
 * @self: a mandate
 * @on_behalf_of: (nullable): the new value
 *
 * Sets [property@Coop.Mandate:on-behalf-of].
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_mandate_set_on_behalf_of (CoopMandate *self,
                               const char  *on_behalf_of)
{
  g_return_if_fail (COOP_IS_MANDATE (self));
  g_return_if_fail (_coop_text_is_valid (on_behalf_of));

  if (_coop_set_str (&self->on_behalf_of, on_behalf_of))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ON_BEHALF_OF]);
}

/**
 * coop_mandate_get_start:
 * @self: a mandate
 *
 * Gets [property@Coop.Mandate:start].
 *
 * Returns: (transfer none) (nullable): the first day of the mandate, or %NULL if unknown
 *
 * Since: 1.0
 */
GDateTime *
coop_mandate_get_start (CoopMandate *self)
{
  g_return_val_if_fail (COOP_IS_MANDATE (self), NULL);

  return self->start;
}

/**
 * coop_mandate_set_start:
 * @self: a mandate
 * @start: (nullable): the new value
 *
 * Sets [property@Coop.Mandate:start].
 *
 * The date is a day from 1800-01-01 to 3000-12-31, counted in UTC, as
 * in a document: another is a programmer error, since the reader
 * would refuse the document saved.
 *
 * Since: 1.0
 */
void
coop_mandate_set_start (CoopMandate *self,
                        GDateTime   *start)
{
  g_return_if_fail (COOP_IS_MANDATE (self));
  g_return_if_fail (_coop_date_in_range (start));

  if (_coop_date_equal (self->start, start))
    return;

  g_clear_pointer (&self->start, g_date_time_unref);
  self->start = start != NULL ? g_date_time_ref (start) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
}

/**
 * coop_mandate_get_end:
 * @self: a mandate
 *
 * Gets [property@Coop.Mandate:end].
 *
 * Returns: (transfer none) (nullable): the last day of the mandate, or %NULL while it runs
 *
 * Since: 1.0
 */
GDateTime *
coop_mandate_get_end (CoopMandate *self)
{
  g_return_val_if_fail (COOP_IS_MANDATE (self), NULL);

  return self->end;
}

/**
 * coop_mandate_set_end:
 * @self: a mandate
 * @end: (nullable): the new value
 *
 * Sets [property@Coop.Mandate:end].
 *
 * The date is a day from 1800-01-01 to 3000-12-31, counted in UTC, as
 * in a document: another is a programmer error, since the reader
 * would refuse the document saved.
 *
 * Since: 1.0
 */
void
coop_mandate_set_end (CoopMandate *self,
                      GDateTime   *end)
{
  g_return_if_fail (COOP_IS_MANDATE (self));
  g_return_if_fail (_coop_date_in_range (end));

  if (_coop_date_equal (self->end, end))
    return;

  g_clear_pointer (&self->end, g_date_time_unref);
  self->end = end != NULL ? g_date_time_ref (end) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

/**
 * coop_mandate_get_voting:
 * @self: a mandate
 *
 * Gets [property@Coop.Mandate:voting].
 *
 * Returns: whether the actor votes in the body
 *
 * Since: 1.0
 */
gboolean
coop_mandate_get_voting (CoopMandate *self)
{
  g_return_val_if_fail (COOP_IS_MANDATE (self), FALSE);

  return self->voting;
}

/**
 * coop_mandate_set_voting:
 * @self: a mandate
 * @voting:: the new value
 *
 * Sets [property@Coop.Mandate:voting].
 *
 * Since: 1.0
 */
void
coop_mandate_set_voting (CoopMandate *self,
                         gboolean     voting)
{
  g_return_if_fail (COOP_IS_MANDATE (self));

  voting = !!voting;

  if (self->voting == voting)
    return;

  self->voting = voting;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTING]);
}

/**
 * coop_mandate_get_note:
 * @self: a mandate
 *
 * Gets [property@Coop.Mandate:note].
 *
 * Returns: (nullable): a note on the mandate
 *
 * Since: 1.0
 */
const char *
coop_mandate_get_note (CoopMandate *self)
{
  g_return_val_if_fail (COOP_IS_MANDATE (self), NULL);

  return self->note;
}

/**
 * coop_mandate_set_note:
 * @self: a mandate
 * @note: (nullable): the new value
 *
 * Sets [property@Coop.Mandate:note].
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_mandate_set_note (CoopMandate *self,
                       const char  *note)
{
  g_return_if_fail (COOP_IS_MANDATE (self));
  g_return_if_fail (_coop_text_is_valid (note));

  if (_coop_set_str (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

/**
 * coop_mandate_is_active:
 * @self: a mandate
 * @date: a day
 *
 * Tells whether the mandate runs on @date: on or after its start (if
 * known) and on or before its end (if any).
 *
 * Returns: %TRUE if it runs on @date
 *
 * Since: 1.0
 */
gboolean
coop_mandate_is_active (CoopMandate *self,
                        GDateTime   *date)
{
  g_return_val_if_fail (COOP_IS_MANDATE (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  return _coop_date_span_contains (self->start, self->end, date);
}

/**
 * coop_mandate_get_role_code:
 * @self: a mandate
 *
 * Gets [property@Coop.Mandate:role-code].
 *
 * Returns: the code of the role, a known nick or the model's own code
 *
 * Since: 1.0
 */
const char *
coop_mandate_get_role_code (CoopMandate *self)
{
  g_return_val_if_fail (COOP_IS_MANDATE (self), NULL);

  return _coop_open_code_get_code (&self->role_code, COOP_TYPE_ROLE, self->role);
}

/**
 * coop_mandate_get_role_label:
 * @self: a mandate
 *
 * Gets [property@Coop.Mandate:role-label].
 *
 * Returns: the role for people
 *
 * Since: 1.0
 */
const char *
coop_mandate_get_role_label (CoopMandate *self)
{
  g_return_val_if_fail (COOP_IS_MANDATE (self), NULL);

  return _coop_open_code_get_label (&self->role_code, COOP_TYPE_ROLE, self->role);
}

/**
 * coop_mandate_get_role_legal_reference:
 * @self: a mandate
 *
 * Gets [property@Coop.Mandate:role-legal-reference].
 *
 * Returns: (nullable): the legal text that defines the role
 *
 * Since: 1.0
 */
const char *
coop_mandate_get_role_legal_reference (CoopMandate *self)
{
  g_return_val_if_fail (COOP_IS_MANDATE (self), NULL);

  return _coop_open_code_get_legal_reference (&self->role_code, COOP_TYPE_ROLE, self->role);
}

/**
 * coop_mandate_set_role_code:
 * @self: a mandate
 * @code: a known nick, such as `maire`, or the model's own code,
 *   of lowercase letters, digits and hyphens
 * @label: (nullable): for a code libcoop does not know, what it is, for
 *   people; %NULL for a known value
 * @legal_reference: (nullable): for a code libcoop does not know, the legal
 *   text that defines it, where there is one
 * @error: return location for an error
 *
 * Sets the role by its code. A known nick sets
 * [property@Coop.Mandate:role] to that value, which keeps its meaning
 * and label; any other code sets it to `COOP_ROLE_OTHER` and keeps @code,
 * @label and @legal_reference. The model loader applies the same rules to
 * the `role`, `role-label` and `role-legal-reference` members.
 *
 * Returns: %TRUE on success, %FALSE with @error set when @code is not a
 *   code, when a code libcoop does not know comes without a label, or when
 *   a known value comes with one, or when a string is not UTF-8
 *
 * Since: 1.0
 */
gboolean
coop_mandate_set_role_code (CoopMandate  *self,
                            const char  *code,
                            const char  *label,
                            const char  *legal_reference,
                            GError     **error)
{
  gboolean set;
  int value;

  g_return_val_if_fail (COOP_IS_MANDATE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_object_freeze_notify (G_OBJECT (self));
  value = self->role;
  set = _coop_open_code_set_and_notify (&self->role_code, G_OBJECT (self), COOP_TYPE_ROLE, COOP_ROLE_OTHER, "role", code, label,
                                        legal_reference, &value, properties[PROP_ROLE], properties[PROP_ROLE_CODE],
                                        properties[PROP_ROLE_LABEL], properties[PROP_ROLE_LEGAL_REFERENCE], error);
  self->role = value;
  g_object_thaw_notify (G_OBJECT (self));
  return set;
}
