/* coop-post.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-enum-types.h"
#include "coop-open-code-private.h"
#include "coop-post.h"
#include "coop-util-private.h"
#include "coop-date-private.h"

/**
 * CoopPost:
 *
 * A position that exists apart from whoever holds it: a vice-presidency, a
 * commune's seat in a conseil communautaire, the chair of a comité de
 * pilotage. A post has a number of seats; the [class@Coop.Mandate]s that
 * name it fill them, so vacancies and over-filled posts can be found.
 *
 * Since: 1.0
 */

struct _CoopPost
{
  GObject   parent_instance;

  char     *id;
  char     *label;
  CoopRole  role;
  CoopOpenCode  role_code;
  char     *body;
  char     *territory;
  char     *represents;
  guint     seats;
  char     *note;
  GDateTime *start;
  GDateTime *end;
};

G_DEFINE_FINAL_TYPE (CoopPost, coop_post, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_ROLE,
  PROP_BODY,
  PROP_TERRITORY,
  PROP_REPRESENTS,
  PROP_SEATS,
  PROP_NOTE,
  PROP_ROLE_CODE,
  PROP_ROLE_LABEL,
  PROP_ROLE_LEGAL_REFERENCE,
  PROP_START,
  PROP_END,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_post_finalize (GObject *object)
{
  CoopPost *self = (CoopPost *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->territory, g_free);
  g_clear_pointer (&self->represents, g_free);
  g_clear_pointer (&self->note, g_free);
  _coop_open_code_clear (&self->role_code);

  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->end, g_date_time_unref);

  G_OBJECT_CLASS (coop_post_parent_class)->finalize (object);
}

static void
coop_post_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CoopPost *self = COOP_POST (object);

  switch (prop_id)
    {
    case PROP_ROLE_CODE:
      g_value_set_string (value, coop_post_get_role_code (self));
      break;
    case PROP_ROLE_LABEL:
      g_value_set_string (value, coop_post_get_role_label (self));
      break;
    case PROP_ROLE_LEGAL_REFERENCE:
      g_value_set_string (value, coop_post_get_role_legal_reference (self));
      break;
    case PROP_ID:
      g_value_set_string (value, coop_post_get_id (self));
      break;
    case PROP_LABEL:
      g_value_set_string (value, coop_post_get_label (self));
      break;
    case PROP_ROLE:
      g_value_set_enum (value, coop_post_get_role (self));
      break;
    case PROP_BODY:
      g_value_set_string (value, coop_post_get_body (self));
      break;
    case PROP_TERRITORY:
      g_value_set_string (value, coop_post_get_territory (self));
      break;
    case PROP_REPRESENTS:
      g_value_set_string (value, coop_post_get_represents (self));
      break;
    case PROP_SEATS:
      g_value_set_uint (value, coop_post_get_seats (self));
      break;
    case PROP_NOTE:
      g_value_set_string (value, coop_post_get_note (self));
      break;
    case PROP_START:
      g_value_set_boxed (value, coop_post_get_start (self));
      break;
    case PROP_END:
      g_value_set_boxed (value, coop_post_get_end (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_post_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CoopPost *self = COOP_POST (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->id = g_value_dup_string (value);
      break;
    case PROP_LABEL:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->label = g_value_dup_string (value);
      break;
    case PROP_ROLE:
      self->role = g_value_get_enum (value);
      break;
    case PROP_BODY:
      coop_post_set_body (self, g_value_get_string (value));
      break;
    case PROP_TERRITORY:
      coop_post_set_territory (self, g_value_get_string (value));
      break;
    case PROP_REPRESENTS:
      coop_post_set_represents (self, g_value_get_string (value));
      break;
    case PROP_SEATS:
      coop_post_set_seats (self, g_value_get_uint (value));
      break;
    case PROP_NOTE:
      coop_post_set_note (self, g_value_get_string (value));
      break;
    case PROP_START:
      coop_post_set_start (self, g_value_get_boxed (value));
      break;
    case PROP_END:
      coop_post_set_end (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_post_class_init (CoopPostClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_post_finalize;
  object_class->get_property = coop_post_get_property;
  object_class->set_property = coop_post_set_property;

  /**
   * CoopPost:id:
   *
   * The post's identifier, unique among the posts of a model.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopPost:label:
   *
   * What the post is, for people.
   *
   * Since: 1.0
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopPost:role:
   *
   * The role the post stands for.
   *
   * Since: 1.0
   */
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL, COOP_TYPE_ROLE, COOP_ROLE_MEMBER,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopPost:body:
   *
   * The identifier of the body the post belongs to, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopPost:territory:
   *
   * The reference of the territory the post belongs to, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_TERRITORY] =
    g_param_spec_string ("territory", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopPost:represents:
   *
   * The reference of the territory whose seat this is, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_REPRESENTS] =
    g_param_spec_string ("represents", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopPost:seats:
   *
   * How many holders the post takes at once.
   *
   * Since: 1.0
   */
  properties[PROP_SEATS] =
    g_param_spec_uint ("seats", NULL, NULL, 1, G_MAXINT32, 1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopPost:note:
   *
   * A note on the post.
   *
   * Since: 1.0
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopPost:role-code:
   *
   * The code of the role: the nick of a known [enum@Coop.Role], or
   * the code a model gives another role (see
   * [method@Coop.Post.set_role_code]).
   *
   * Since: 1.0
   */
  properties[PROP_ROLE_CODE] =
    g_param_spec_string ("role-code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopPost:role-label:
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
   * CoopPost:role-legal-reference:
   *
   * The legal text that defines the role, such as `CGCT L5221-1`, or
   * %NULL when none is known.
   *
   * Since: 1.0
   */
  properties[PROP_ROLE_LEGAL_REFERENCE] =
    g_param_spec_string ("role-legal-reference", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopPost:start:
   *
   * The day the post was created, or %NULL if unknown: before it, the
   * post does not exist and assessments do not count it.
   *
   * Since: 1.0
   */
  properties[PROP_START] =
    g_param_spec_boxed ("start", NULL, NULL, G_TYPE_DATE_TIME,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopPost:end:
   *
   * The last day of the post before it was dissolved, or %NULL while it
   * exists.
   *
   * Since: 1.0
   */
  properties[PROP_END] =
    g_param_spec_boxed ("end", NULL, NULL, G_TYPE_DATE_TIME,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_post_init (CoopPost *self)
{
  self->role = COOP_ROLE_MEMBER;
  self->seats = 1;
}

/**
 * coop_post_new:
 * @id: the identifier
 * @label: what the post is
 * @role: the role
 *
 * Creates a new post.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Returns: (transfer full): a new post
 *
 * Since: 1.0
 */
CoopPost *
coop_post_new (const char *id,
               const char *label,
               CoopRole    role)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (label != NULL, NULL);
  g_return_val_if_fail (_coop_text_is_valid (id), NULL);
  g_return_val_if_fail (_coop_text_is_valid (label), NULL);

  return g_object_new (COOP_TYPE_POST,
                       "id", id,
                       "label", label,
                       "role", role,
                       NULL);
}

/**
 * coop_post_get_id:
 * @self: a post
 *
 * Gets [property@Coop.Post:id].
 *
 * Returns: the post's identifier, unique among the posts of a model
 *
 * Since: 1.0
 */
const char *
coop_post_get_id (CoopPost *self)
{
  g_return_val_if_fail (COOP_IS_POST (self), NULL);

  return self->id;
}

/**
 * coop_post_get_label:
 * @self: a post
 *
 * Gets [property@Coop.Post:label].
 *
 * Returns: what the post is, for people
 *
 * Since: 1.0
 */
const char *
coop_post_get_label (CoopPost *self)
{
  g_return_val_if_fail (COOP_IS_POST (self), NULL);

  return self->label;
}

/**
 * coop_post_get_role:
 * @self: a post
 *
 * Gets [property@Coop.Post:role].
 *
 * Returns: the role the post stands for
 *
 * Since: 1.0
 */
CoopRole
coop_post_get_role (CoopPost *self)
{
  g_return_val_if_fail (COOP_IS_POST (self), 0);

  return self->role;
}

/**
 * coop_post_get_body:
 * @self: a post
 *
 * Gets [property@Coop.Post:body].
 *
 * Returns: (nullable): the identifier of the body the post belongs to, or %NULL
 *
 * Since: 1.0
 */
const char *
coop_post_get_body (CoopPost *self)
{
  g_return_val_if_fail (COOP_IS_POST (self), NULL);

  return self->body;
}

/**
 * coop_post_set_body:
 * @self: a post
 * @body: (nullable): the new value
 *
 * Sets [property@Coop.Post:body].
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_post_set_body (CoopPost   *self,
                    const char *body)
{
  g_return_if_fail (COOP_IS_POST (self));
  g_return_if_fail (_coop_text_is_valid (body));

  if (_coop_set_str (&self->body, body))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

/**
 * coop_post_get_territory:
 * @self: a post
 *
 * Gets [property@Coop.Post:territory].
 *
 * Returns: (nullable): the reference of the territory the post belongs to, or %NULL
 *
 * Since: 1.0
 */
const char *
coop_post_get_territory (CoopPost *self)
{
  g_return_val_if_fail (COOP_IS_POST (self), NULL);

  return self->territory;
}

/**
 * coop_post_set_territory:
 * @self: a post
 * @territory: (nullable): the new value
 *
 * Sets [property@Coop.Post:territory].
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_post_set_territory (CoopPost   *self,
                         const char *territory)
{
  g_return_if_fail (COOP_IS_POST (self));
  g_return_if_fail (_coop_text_is_valid (territory));

  if (_coop_set_str (&self->territory, territory))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERRITORY]);
}

/**
 * coop_post_get_represents:
 * @self: a post
 *
 * Gets [property@Coop.Post:represents].
 *
 * Returns: (nullable): the reference of the territory whose seat this is, or %NULL
 *
 * Since: 1.0
 */
const char *
coop_post_get_represents (CoopPost *self)
{
  g_return_val_if_fail (COOP_IS_POST (self), NULL);

  return self->represents;
}

/**
 * coop_post_set_represents:
 * @self: a post
 * @represents: (nullable): the new value
 *
 * Sets [property@Coop.Post:represents].
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_post_set_represents (CoopPost   *self,
                          const char *represents)
{
  g_return_if_fail (COOP_IS_POST (self));
  g_return_if_fail (_coop_text_is_valid (represents));

  if (_coop_set_str (&self->represents, represents))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPRESENTS]);
}

/**
 * coop_post_get_seats:
 * @self: a post
 *
 * Gets [property@Coop.Post:seats].
 *
 * Returns: how many holders the post takes at once
 *
 * Since: 1.0
 */
guint
coop_post_get_seats (CoopPost *self)
{
  g_return_val_if_fail (COOP_IS_POST (self), 0);

  return self->seats;
}

/**
 * coop_post_set_seats:
 * @self: a post
 * @seats:: the new value
 *
 * Sets [property@Coop.Post:seats].
 *
 * Since: 1.0
 */
void
coop_post_set_seats (CoopPost *self,
                     guint     seats)
{
  g_return_if_fail (COOP_IS_POST (self));
  g_return_if_fail (seats >= 1 && seats <= G_MAXINT32);

  if (self->seats == seats)
    return;

  self->seats = seats;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEATS]);
}

/**
 * coop_post_get_note:
 * @self: a post
 *
 * Gets [property@Coop.Post:note].
 *
 * Returns: (nullable): a note on the post
 *
 * Since: 1.0
 */
const char *
coop_post_get_note (CoopPost *self)
{
  g_return_val_if_fail (COOP_IS_POST (self), NULL);

  return self->note;
}

/**
 * coop_post_set_note:
 * @self: a post
 * @note: (nullable): the new value
 *
 * Sets [property@Coop.Post:note].
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_post_set_note (CoopPost   *self,
                    const char *note)
{
  g_return_if_fail (COOP_IS_POST (self));
  g_return_if_fail (_coop_text_is_valid (note));

  if (_coop_set_str (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

/**
 * coop_post_get_role_code:
 * @self: a post
 *
 * Gets [property@Coop.Post:role-code].
 *
 * Returns: the code of the role, a known nick or the model's own code
 *
 * Since: 1.0
 */
const char *
coop_post_get_role_code (CoopPost *self)
{
  g_return_val_if_fail (COOP_IS_POST (self), NULL);

  return _coop_open_code_get_code (&self->role_code, COOP_TYPE_ROLE, self->role);
}

/**
 * coop_post_get_role_label:
 * @self: a post
 *
 * Gets [property@Coop.Post:role-label].
 *
 * Returns: the role for people
 *
 * Since: 1.0
 */
const char *
coop_post_get_role_label (CoopPost *self)
{
  g_return_val_if_fail (COOP_IS_POST (self), NULL);

  return _coop_open_code_get_label (&self->role_code, COOP_TYPE_ROLE, self->role);
}

/**
 * coop_post_get_role_legal_reference:
 * @self: a post
 *
 * Gets [property@Coop.Post:role-legal-reference].
 *
 * Returns: (nullable): the legal text that defines the role
 *
 * Since: 1.0
 */
const char *
coop_post_get_role_legal_reference (CoopPost *self)
{
  g_return_val_if_fail (COOP_IS_POST (self), NULL);

  return _coop_open_code_get_legal_reference (&self->role_code, COOP_TYPE_ROLE, self->role);
}

/**
 * coop_post_set_role_code:
 * @self: a post
 * @code: a known nick, such as `maire`, or the model's own code,
 *   of lowercase letters, digits and hyphens
 * @label: (nullable): for a code libcoop does not know, what it is, for
 *   people; %NULL for a known value
 * @legal_reference: (nullable): for a code libcoop does not know, the legal
 *   text that defines it, where there is one
 * @error: return location for an error
 *
 * Sets the role by its code. A known nick sets
 * [property@Coop.Post:role] to that value, which keeps its meaning
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
coop_post_set_role_code (CoopPost  *self,
                         const char  *code,
                         const char  *label,
                         const char  *legal_reference,
                         GError     **error)
{
  gboolean set;
  int value;

  g_return_val_if_fail (COOP_IS_POST (self), FALSE);
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

/**
 * coop_post_get_start:
 * @self: a post
 *
 * Gets [property@Coop.Post:start].
 *
 * Returns: (transfer none) (nullable): the day the post was created, or %NULL if unknown
 *
 * Since: 1.0
 */
GDateTime *
coop_post_get_start (CoopPost *self)
{
  g_return_val_if_fail (COOP_IS_POST (self), NULL);

  return self->start;
}

/**
 * coop_post_set_start:
 * @self: a post
 * @start: (nullable): the new value
 *
 * Sets [property@Coop.Post:start].
 *
 * The date is a day from 1800-01-01 to 3000-12-31, counted in UTC, as
 * in a document: another is a programmer error, since the reader
 * would refuse the document saved.
 *
 * Since: 1.0
 */
void
coop_post_set_start (CoopPost  *self,
                     GDateTime *start)
{
  g_return_if_fail (COOP_IS_POST (self));
  g_return_if_fail (_coop_date_in_range (start));

  if (_coop_date_equal (self->start, start))
    return;

  g_clear_pointer (&self->start, g_date_time_unref);
  self->start = start != NULL ? g_date_time_ref (start) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
}

/**
 * coop_post_get_end:
 * @self: a post
 *
 * Gets [property@Coop.Post:end].
 *
 * Returns: (transfer none) (nullable): the last day of the post before it was dissolved, or %NULL while it exists
 *
 * Since: 1.0
 */
GDateTime *
coop_post_get_end (CoopPost *self)
{
  g_return_val_if_fail (COOP_IS_POST (self), NULL);

  return self->end;
}

/**
 * coop_post_set_end:
 * @self: a post
 * @end: (nullable): the new value
 *
 * Sets [property@Coop.Post:end].
 *
 * The date is a day from 1800-01-01 to 3000-12-31, counted in UTC, as
 * in a document: another is a programmer error, since the reader
 * would refuse the document saved.
 *
 * Since: 1.0
 */
void
coop_post_set_end (CoopPost  *self,
                   GDateTime *end)
{
  g_return_if_fail (COOP_IS_POST (self));
  g_return_if_fail (_coop_date_in_range (end));

  if (_coop_date_equal (self->end, end))
    return;

  g_clear_pointer (&self->end, g_date_time_unref);
  self->end = end != NULL ? g_date_time_ref (end) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

/**
 * coop_post_is_active:
 * @self: a post
 * @date: a day
 *
 * Tells whether the post exists on @date: on or after its start (if
 * known) and on or before its end (if any).
 *
 * Returns: %TRUE if it exists on @date
 *
 * Since: 1.0
 */
gboolean
coop_post_is_active (CoopPost  *self,
                     GDateTime *date)
{
  g_return_val_if_fail (COOP_IS_POST (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  return _coop_date_span_contains (self->start, self->end, date);
}
