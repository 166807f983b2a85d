/* coop-body.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-enum-types.h"
#include "coop-open-code-private.h"
#include "coop-body.h"
#include "coop-util-private.h"
#include "coop-date-private.h"

/**
 * CoopBody:
 *
 * A space of dialogue or decision: a conseil communautaire, a bureau, a
 * conférence des maires, a conseil de développement, a comité de pilotage, a
 * pôle de proximité, an informal network…
 *
 * A body has a scope (the territories it covers), members (the
 * [class@Coop.Mandate]s that name it; see [method@Coop.Model.list_body_mandates])
 * and [class@Coop.Meeting]s.
 *
 * Since: 1.0
 */

struct _CoopBody
{
  GObject          parent_instance;

  char            *id;
  CoopBodyKind     kind;
  CoopOpenCode  kind_code;
  char            *name;
  GStrv            scope;
  CoopCouncilRole  council_role;
  char            *description;
  GListStore      *meetings;
  GDateTime       *start;
  GDateTime       *end;
};

G_DEFINE_FINAL_TYPE (CoopBody, coop_body, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_NAME,
  PROP_SCOPE,
  PROP_COUNCIL_ROLE,
  PROP_DESCRIPTION,
  PROP_MEETINGS,
  PROP_KIND_CODE,
  PROP_KIND_LABEL,
  PROP_KIND_LEGAL_REFERENCE,
  PROP_START,
  PROP_END,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_body_dispose (GObject *object)
{
  CoopBody *self = (CoopBody *)object;

  g_clear_object (&self->meetings);

  G_OBJECT_CLASS (coop_body_parent_class)->dispose (object);
}

static void
coop_body_finalize (GObject *object)
{
  CoopBody *self = (CoopBody *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->scope, g_strfreev);
  g_clear_pointer (&self->description, g_free);
  _coop_open_code_clear (&self->kind_code);

  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->end, g_date_time_unref);

  G_OBJECT_CLASS (coop_body_parent_class)->finalize (object);
}

static void
coop_body_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CoopBody *self = COOP_BODY (object);

  switch (prop_id)
    {
    case PROP_KIND_CODE:
      g_value_set_string (value, coop_body_get_kind_code (self));
      break;
    case PROP_KIND_LABEL:
      g_value_set_string (value, coop_body_get_kind_label (self));
      break;
    case PROP_KIND_LEGAL_REFERENCE:
      g_value_set_string (value, coop_body_get_kind_legal_reference (self));
      break;
    case PROP_ID:
      g_value_set_string (value, coop_body_get_id (self));
      break;
    case PROP_KIND:
      g_value_set_enum (value, coop_body_get_kind (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, coop_body_get_name (self));
      break;
    case PROP_SCOPE:
      g_value_set_boxed (value, coop_body_get_scope (self));
      break;
    case PROP_COUNCIL_ROLE:
      g_value_set_enum (value, coop_body_get_council_role (self));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, coop_body_get_description (self));
      break;
    case PROP_MEETINGS:
      g_value_set_object (value, coop_body_get_meetings (self));
      break;
    case PROP_START:
      g_value_set_boxed (value, coop_body_get_start (self));
      break;
    case PROP_END:
      g_value_set_boxed (value, coop_body_get_end (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_body_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CoopBody *self = COOP_BODY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->id = g_value_dup_string (value);
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_NAME:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->name = g_value_dup_string (value);
      break;
    case PROP_SCOPE:
      coop_body_set_scope (self, g_value_get_boxed (value));
      break;
    case PROP_COUNCIL_ROLE:
      coop_body_set_council_role (self, g_value_get_enum (value));
      break;
    case PROP_DESCRIPTION:
      coop_body_set_description (self, g_value_get_string (value));
      break;
    case PROP_START:
      coop_body_set_start (self, g_value_get_boxed (value));
      break;
    case PROP_END:
      coop_body_set_end (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_body_class_init (CoopBodyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = coop_body_dispose;
  object_class->finalize = coop_body_finalize;
  object_class->get_property = coop_body_get_property;
  object_class->set_property = coop_body_set_property;

  /**
   * CoopBody:id:
   *
   * The body's identifier, unique among the bodies of a model.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopBody:kind:
   *
   * What kind of body this is.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, COOP_TYPE_BODY_KIND, COOP_BODY_KIND_INFORMAL_NETWORK,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopBody:name:
   *
   * The body's name.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopBody:scope:
   *
   * The references of the territories the body covers.
   *
   * Since: 1.0
   */
  properties[PROP_SCOPE] =
    g_param_spec_boxed ("scope", NULL, NULL, G_TYPE_STRV,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopBody:council-role:
   *
   * For a conseil de développement, whether it proposes and validates
   * or runs dialogue and animation.
   *
   * Since: 1.0
   */
  properties[PROP_COUNCIL_ROLE] =
    g_param_spec_enum ("council-role", NULL, NULL, COOP_TYPE_COUNCIL_ROLE, COOP_COUNCIL_ROLE_UNSPECIFIED,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopBody:description:
   *
   * A note on the body.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopBody:meetings:
   *
   * The meetings of the body, in the order they were added.
   *
   * Since: 1.0
   */
  properties[PROP_MEETINGS] =
    g_param_spec_object ("meetings", NULL, NULL, G_TYPE_LIST_MODEL,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopBody:kind-code:
   *
   * The code of the kind of body: the nick of a known [enum@Coop.BodyKind], or
   * the code a model gives another kind of body (see
   * [method@Coop.Body.set_kind_code]).
   *
   * Since: 1.0
   */
  properties[PROP_KIND_CODE] =
    g_param_spec_string ("kind-code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopBody:kind-label:
   *
   * The kind of body for people: the label of a known value in the language in
   * effect, or the label the model gives another kind of body.
   *
   * Since: 1.0
   */
  properties[PROP_KIND_LABEL] =
    g_param_spec_string ("kind-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopBody:kind-legal-reference:
   *
   * The legal text that defines the kind of body, such as `CGCT L5221-1`, or
   * %NULL when none is known.
   *
   * Since: 1.0
   */
  properties[PROP_KIND_LEGAL_REFERENCE] =
    g_param_spec_string ("kind-legal-reference", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopBody:start:
   *
   * The day the body was created, or %NULL if unknown: before it, the
   * body does not exist and assessments do not count it.
   *
   * Since: 1.0
   */
  properties[PROP_START] =
    g_param_spec_boxed ("start", NULL, NULL, G_TYPE_DATE_TIME,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopBody:end:
   *
   * The last day of the body before it was dissolved, or %NULL while it
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
coop_body_init (CoopBody *self)
{
  self->kind = COOP_BODY_KIND_INFORMAL_NETWORK;
  self->council_role = COOP_COUNCIL_ROLE_UNSPECIFIED;
  self->meetings = g_list_store_new (COOP_TYPE_MEETING);
}

/**
 * coop_body_new:
 * @id: the identifier
 * @kind: the kind of body
 * @name: the name
 *
 * Creates a new body.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Returns: (transfer full): a new body
 *
 * Since: 1.0
 */
CoopBody *
coop_body_new (const char   *id,
               CoopBodyKind  kind,
               const char   *name)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (_coop_text_is_valid (id), NULL);
  g_return_val_if_fail (_coop_text_is_valid (name), NULL);

  return g_object_new (COOP_TYPE_BODY,
                       "id", id,
                       "kind", kind,
                       "name", name,
                       NULL);
}

/**
 * coop_body_get_id:
 * @self: a body
 *
 * Gets [property@Coop.Body:id].
 *
 * Returns: the body's identifier, unique among the bodies of a model
 *
 * Since: 1.0
 */
const char *
coop_body_get_id (CoopBody *self)
{
  g_return_val_if_fail (COOP_IS_BODY (self), NULL);

  return self->id;
}

/**
 * coop_body_get_kind:
 * @self: a body
 *
 * Gets [property@Coop.Body:kind].
 *
 * Returns: what kind of body this is
 *
 * Since: 1.0
 */
CoopBodyKind
coop_body_get_kind (CoopBody *self)
{
  g_return_val_if_fail (COOP_IS_BODY (self), 0);

  return self->kind;
}

/**
 * coop_body_get_name:
 * @self: a body
 *
 * Gets [property@Coop.Body:name].
 *
 * Returns: the body's name
 *
 * Since: 1.0
 */
const char *
coop_body_get_name (CoopBody *self)
{
  g_return_val_if_fail (COOP_IS_BODY (self), NULL);

  return self->name;
}

/**
 * coop_body_get_scope:
 * @self: a body
 *
 * Gets [property@Coop.Body:scope].
 *
 * Returns: (transfer none) (array zero-terminated=1): the references of the territories the body covers
 *
 * Since: 1.0
 */
const char * const *
coop_body_get_scope (CoopBody *self)
{
  g_return_val_if_fail (COOP_IS_BODY (self), NULL);

  return (const char * const *)self->scope;
}

/**
 * coop_body_set_scope:
 * @self: a body
 * @scope: (nullable) (array zero-terminated=1): the new value
 *
 * Sets [property@Coop.Body:scope].
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
coop_body_set_scope (CoopBody           *self,
                     const char * const *scope)
{
  g_return_if_fail (COOP_IS_BODY (self));
  g_return_if_fail (!_coop_strv_has_duplicates (scope));
  g_return_if_fail (_coop_strv_is_valid (scope));

  if (_coop_strv_equal ((const char * const *)self->scope, scope))
    return;

  g_strfreev (self->scope);
  self->scope = g_strdupv ((char **)scope);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE]);
}

/**
 * coop_body_get_council_role:
 * @self: a body
 *
 * Gets [property@Coop.Body:council-role].
 *
 * Returns: for a conseil de développement, whether it proposes and validates or runs dialogue and animation
 *
 * Since: 1.0
 */
CoopCouncilRole
coop_body_get_council_role (CoopBody *self)
{
  g_return_val_if_fail (COOP_IS_BODY (self), 0);

  return self->council_role;
}

/**
 * coop_body_set_council_role:
 * @self: a body
 * @council_role:: the new value
 *
 * Sets [property@Coop.Body:council-role].
 *
 * Since: 1.0
 */
void
coop_body_set_council_role (CoopBody        *self,
                            CoopCouncilRole  council_role)
{
  g_return_if_fail (COOP_IS_BODY (self));

  if (self->council_role == council_role)
    return;

  self->council_role = council_role;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNCIL_ROLE]);
}

/**
 * coop_body_get_description:
 * @self: a body
 *
 * Gets [property@Coop.Body:description].
 *
 * Returns: (nullable): a note on the body
 *
 * Since: 1.0
 */
const char *
coop_body_get_description (CoopBody *self)
{
  g_return_val_if_fail (COOP_IS_BODY (self), NULL);

  return self->description;
}

/**
 * coop_body_set_description:
 * @self: a body
 * @description: (nullable): the new value
 *
 * Sets [property@Coop.Body:description].
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_body_set_description (CoopBody   *self,
                           const char *description)
{
  g_return_if_fail (COOP_IS_BODY (self));
  g_return_if_fail (_coop_text_is_valid (description));

  if (_coop_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * coop_body_get_meetings:
 * @self: a body
 *
 * Gets [property@Coop.Body:meetings].
 *
 * Returns: (transfer none): a list model of [class@Coop.Meeting]: the meetings of the body, in the order they were added
 *
 * Since: 1.0
 */
GListModel *
coop_body_get_meetings (CoopBody *self)
{
  g_return_val_if_fail (COOP_IS_BODY (self), NULL);

  return G_LIST_MODEL (self->meetings);
}

/**
 * coop_body_add_meeting:
 * @self: a body
 * @meeting: a meeting
 *
 * Adds a meeting to the body.
 *
 * Since: 1.0
 */
void
coop_body_add_meeting (CoopBody    *self,
                       CoopMeeting *meeting)
{
  g_return_if_fail (COOP_IS_BODY (self));
  g_return_if_fail (COOP_IS_MEETING (meeting));
  g_return_if_fail (_coop_object_check_required (meeting, NULL));

  g_list_store_append (self->meetings, meeting);
}

/**
 * coop_body_get_kind_code:
 * @self: a body
 *
 * Gets [property@Coop.Body:kind-code].
 *
 * Returns: the code of the kind of body, a known nick or the model's own code
 *
 * Since: 1.0
 */
const char *
coop_body_get_kind_code (CoopBody *self)
{
  g_return_val_if_fail (COOP_IS_BODY (self), NULL);

  return _coop_open_code_get_code (&self->kind_code, COOP_TYPE_BODY_KIND, self->kind);
}

/**
 * coop_body_get_kind_label:
 * @self: a body
 *
 * Gets [property@Coop.Body:kind-label].
 *
 * Returns: the kind of body for people
 *
 * Since: 1.0
 */
const char *
coop_body_get_kind_label (CoopBody *self)
{
  g_return_val_if_fail (COOP_IS_BODY (self), NULL);

  return _coop_open_code_get_label (&self->kind_code, COOP_TYPE_BODY_KIND, self->kind);
}

/**
 * coop_body_get_kind_legal_reference:
 * @self: a body
 *
 * Gets [property@Coop.Body:kind-legal-reference].
 *
 * Returns: (nullable): the legal text that defines the kind of body
 *
 * Since: 1.0
 */
const char *
coop_body_get_kind_legal_reference (CoopBody *self)
{
  g_return_val_if_fail (COOP_IS_BODY (self), NULL);

  return _coop_open_code_get_legal_reference (&self->kind_code, COOP_TYPE_BODY_KIND, self->kind);
}

/**
 * coop_body_set_kind_code:
 * @self: a body
 * @code: a known nick, such as `conseil-de-quartier`, or the model's own code,
 *   of lowercase letters, digits and hyphens
 * @label: (nullable): for a code libcoop does not know, what it is, for
 *   people; %NULL for a known value
 * @legal_reference: (nullable): for a code libcoop does not know, the legal
 *   text that defines it, where there is one
 * @error: return location for an error
 *
 * Sets the kind of body by its code. A known nick sets
 * [property@Coop.Body:kind] to that value, which keeps its meaning
 * and label; any other code sets it to `COOP_BODY_KIND_OTHER` and keeps @code,
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
coop_body_set_kind_code (CoopBody  *self,
                         const char  *code,
                         const char  *label,
                         const char  *legal_reference,
                         GError     **error)
{
  gboolean set;
  int value;

  g_return_val_if_fail (COOP_IS_BODY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_object_freeze_notify (G_OBJECT (self));
  value = self->kind;
  set = _coop_open_code_set_and_notify (&self->kind_code, G_OBJECT (self), COOP_TYPE_BODY_KIND, COOP_BODY_KIND_OTHER, "kind", code, label,
                                        legal_reference, &value, properties[PROP_KIND], properties[PROP_KIND_CODE],
                                        properties[PROP_KIND_LABEL], properties[PROP_KIND_LEGAL_REFERENCE], error);
  self->kind = value;
  g_object_thaw_notify (G_OBJECT (self));
  return set;
}

/**
 * coop_body_get_start:
 * @self: a body
 *
 * Gets [property@Coop.Body:start].
 *
 * Returns: (transfer none) (nullable): the day the body was created, or %NULL if unknown
 *
 * Since: 1.0
 */
GDateTime *
coop_body_get_start (CoopBody *self)
{
  g_return_val_if_fail (COOP_IS_BODY (self), NULL);

  return self->start;
}

/**
 * coop_body_set_start:
 * @self: a body
 * @start: (nullable): the new value
 *
 * Sets [property@Coop.Body:start].
 *
 * The date is a day from 1800-01-01 to 3000-12-31, counted in UTC, as
 * in a document: another is a programmer error, since the reader
 * would refuse the document saved.
 *
 * Since: 1.0
 */
void
coop_body_set_start (CoopBody  *self,
                     GDateTime *start)
{
  g_return_if_fail (COOP_IS_BODY (self));
  g_return_if_fail (_coop_date_in_range (start));

  if (_coop_date_equal (self->start, start))
    return;

  g_clear_pointer (&self->start, g_date_time_unref);
  self->start = start != NULL ? g_date_time_ref (start) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
}

/**
 * coop_body_get_end:
 * @self: a body
 *
 * Gets [property@Coop.Body:end].
 *
 * Returns: (transfer none) (nullable): the last day of the body before it was dissolved, or %NULL while it exists
 *
 * Since: 1.0
 */
GDateTime *
coop_body_get_end (CoopBody *self)
{
  g_return_val_if_fail (COOP_IS_BODY (self), NULL);

  return self->end;
}

/**
 * coop_body_set_end:
 * @self: a body
 * @end: (nullable): the new value
 *
 * Sets [property@Coop.Body:end].
 *
 * The date is a day from 1800-01-01 to 3000-12-31, counted in UTC, as
 * in a document: another is a programmer error, since the reader
 * would refuse the document saved.
 *
 * Since: 1.0
 */
void
coop_body_set_end (CoopBody  *self,
                   GDateTime *end)
{
  g_return_if_fail (COOP_IS_BODY (self));
  g_return_if_fail (_coop_date_in_range (end));

  if (_coop_date_equal (self->end, end))
    return;

  g_clear_pointer (&self->end, g_date_time_unref);
  self->end = end != NULL ? g_date_time_ref (end) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

/**
 * coop_body_is_active:
 * @self: a body
 * @date: a day
 *
 * Tells whether the body exists on @date: on or after its start (if
 * known) and on or before its end (if any).
 *
 * Returns: %TRUE if it exists on @date
 *
 * Since: 1.0
 */
gboolean
coop_body_is_active (CoopBody  *self,
                     GDateTime *date)
{
  g_return_val_if_fail (COOP_IS_BODY (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  return _coop_date_span_contains (self->start, self->end, date);
}
