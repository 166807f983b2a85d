/* coop-actor.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-enum-types.h"
#include "coop-open-code-private.h"
#include "coop-util-private.h"
#include "coop-actor.h"

/**
 * CoopActor:
 *
 * A person or an organisation that acts in a cooperation: an elected
 * official, a member of staff, an association, a chamber, a neutral third
 * party, a State service, a resident.
 *
 * Modelled on Popolo's Person and Organization: what an actor does in a
 * territory or a body is a [class@Coop.Mandate], not a property of the actor.
 *
 * Since: 1.0
 */

struct _CoopActor
{
  GObject        parent_instance;

  char          *id;
  CoopActorKind  kind;
  CoopOpenCode  kind_code;
  char          *name;
  char          *territory;
  char          *description;
};

G_DEFINE_FINAL_TYPE (CoopActor, coop_actor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_NAME,
  PROP_TERRITORY,
  PROP_DESCRIPTION,
  PROP_KIND_CODE,
  PROP_KIND_LABEL,
  PROP_KIND_LEGAL_REFERENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_actor_finalize (GObject *object)
{
  CoopActor *self = (CoopActor *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->territory, g_free);
  g_clear_pointer (&self->description, g_free);
  _coop_open_code_clear (&self->kind_code);

  G_OBJECT_CLASS (coop_actor_parent_class)->finalize (object);
}

static void
coop_actor_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CoopActor *self = COOP_ACTOR (object);

  switch (prop_id)
    {
    case PROP_KIND_CODE:
      g_value_set_string (value, coop_actor_get_kind_code (self));
      break;
    case PROP_KIND_LABEL:
      g_value_set_string (value, coop_actor_get_kind_label (self));
      break;
    case PROP_KIND_LEGAL_REFERENCE:
      g_value_set_string (value, coop_actor_get_kind_legal_reference (self));
      break;
    case PROP_ID:
      g_value_set_string (value, coop_actor_get_id (self));
      break;
    case PROP_KIND:
      g_value_set_enum (value, coop_actor_get_kind (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, coop_actor_get_name (self));
      break;
    case PROP_TERRITORY:
      g_value_set_string (value, coop_actor_get_territory (self));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, coop_actor_get_description (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_actor_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CoopActor *self = COOP_ACTOR (object);

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
    case PROP_TERRITORY:
      coop_actor_set_territory (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      coop_actor_set_description (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_actor_class_init (CoopActorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_actor_finalize;
  object_class->get_property = coop_actor_get_property;
  object_class->set_property = coop_actor_set_property;

  /**
   * CoopActor:id:
   *
   * The actor's identifier, unique among the actors of a model.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopActor:kind:
   *
   * What kind of actor this is.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, COOP_TYPE_ACTOR_KIND, COOP_ACTOR_KIND_ELECTED_OFFICIAL,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopActor:name:
   *
   * The actor's name.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopActor:territory:
   *
   * The reference of the territory the actor belongs to or works for (a
   * commune for a maire, an EPCI for its DGS), or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_TERRITORY] =
    g_param_spec_string ("territory", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopActor:description:
   *
   * A note on the actor, such as where the facts come from.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopActor:kind-code:
   *
   * The code of the kind of actor: the nick of a known [enum@Coop.ActorKind], or
   * the code a model gives another kind of actor (see
   * [method@Coop.Actor.set_kind_code]).
   *
   * Since: 1.0
   */
  properties[PROP_KIND_CODE] =
    g_param_spec_string ("kind-code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopActor:kind-label:
   *
   * The kind of actor for people: the label of a known value in the language in
   * effect, or the label the model gives another kind of actor.
   *
   * Since: 1.0
   */
  properties[PROP_KIND_LABEL] =
    g_param_spec_string ("kind-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopActor:kind-legal-reference:
   *
   * The legal text that defines the kind of actor, such as `CGCT L5221-1`, or
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
coop_actor_init (CoopActor *self)
{
  self->kind = COOP_ACTOR_KIND_ELECTED_OFFICIAL;
}

/**
 * coop_actor_new:
 * @id: the identifier
 * @kind: the kind of actor
 * @name: the name
 *
 * Creates a new actor.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Returns: (transfer full): a new actor
 *
 * Since: 1.0
 */
CoopActor *
coop_actor_new (const char    *id,
                CoopActorKind  kind,
                const char    *name)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (_coop_text_is_valid (id), NULL);
  g_return_val_if_fail (_coop_text_is_valid (name), NULL);

  return g_object_new (COOP_TYPE_ACTOR,
                       "id", id,
                       "kind", kind,
                       "name", name,
                       NULL);
}

/**
 * coop_actor_get_id:
 * @self: an actor
 *
 * Gets [property@Coop.Actor:id].
 *
 * Returns: the actor's identifier, unique among the actors of a model
 *
 * Since: 1.0
 */
const char *
coop_actor_get_id (CoopActor *self)
{
  g_return_val_if_fail (COOP_IS_ACTOR (self), NULL);

  return self->id;
}

/**
 * coop_actor_get_kind:
 * @self: an actor
 *
 * Gets [property@Coop.Actor:kind].
 *
 * Returns: what kind of actor this is
 *
 * Since: 1.0
 */
CoopActorKind
coop_actor_get_kind (CoopActor *self)
{
  g_return_val_if_fail (COOP_IS_ACTOR (self), 0);

  return self->kind;
}

/**
 * coop_actor_get_name:
 * @self: an actor
 *
 * Gets [property@Coop.Actor:name].
 *
 * Returns: the actor's name
 *
 * Since: 1.0
 */
const char *
coop_actor_get_name (CoopActor *self)
{
  g_return_val_if_fail (COOP_IS_ACTOR (self), NULL);

  return self->name;
}

/**
 * coop_actor_get_territory:
 * @self: an actor
 *
 * Gets [property@Coop.Actor:territory].
 *
 * Returns: (nullable): the reference of the territory the actor belongs to or works for (a commune for a maire, an EPCI for its DGS), or %NULL
 *
 * Since: 1.0
 */
const char *
coop_actor_get_territory (CoopActor *self)
{
  g_return_val_if_fail (COOP_IS_ACTOR (self), NULL);

  return self->territory;
}

/**
 * coop_actor_set_territory:
 * @self: an actor
 * @territory: (nullable): the new value
 *
 * Sets [property@Coop.Actor:territory].
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_actor_set_territory (CoopActor  *self,
                          const char *territory)
{
  g_return_if_fail (COOP_IS_ACTOR (self));
  g_return_if_fail (_coop_text_is_valid (territory));

  if (_coop_set_str (&self->territory, territory))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERRITORY]);
}

/**
 * coop_actor_get_description:
 * @self: an actor
 *
 * Gets [property@Coop.Actor:description].
 *
 * Returns: (nullable): a note on the actor, such as where the facts come from
 *
 * Since: 1.0
 */
const char *
coop_actor_get_description (CoopActor *self)
{
  g_return_val_if_fail (COOP_IS_ACTOR (self), NULL);

  return self->description;
}

/**
 * coop_actor_set_description:
 * @self: an actor
 * @description: (nullable): the new value
 *
 * Sets [property@Coop.Actor:description].
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_actor_set_description (CoopActor  *self,
                            const char *description)
{
  g_return_if_fail (COOP_IS_ACTOR (self));
  g_return_if_fail (_coop_text_is_valid (description));

  if (_coop_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * coop_actor_get_kind_code:
 * @self: a actor
 *
 * Gets [property@Coop.Actor:kind-code].
 *
 * Returns: the code of the kind of actor, a known nick or the model's own code
 *
 * Since: 1.0
 */
const char *
coop_actor_get_kind_code (CoopActor *self)
{
  g_return_val_if_fail (COOP_IS_ACTOR (self), NULL);

  return _coop_open_code_get_code (&self->kind_code, COOP_TYPE_ACTOR_KIND, self->kind);
}

/**
 * coop_actor_get_kind_label:
 * @self: a actor
 *
 * Gets [property@Coop.Actor:kind-label].
 *
 * Returns: the kind of actor for people
 *
 * Since: 1.0
 */
const char *
coop_actor_get_kind_label (CoopActor *self)
{
  g_return_val_if_fail (COOP_IS_ACTOR (self), NULL);

  return _coop_open_code_get_label (&self->kind_code, COOP_TYPE_ACTOR_KIND, self->kind);
}

/**
 * coop_actor_get_kind_legal_reference:
 * @self: a actor
 *
 * Gets [property@Coop.Actor:kind-legal-reference].
 *
 * Returns: (nullable): the legal text that defines the kind of actor
 *
 * Since: 1.0
 */
const char *
coop_actor_get_kind_legal_reference (CoopActor *self)
{
  g_return_val_if_fail (COOP_IS_ACTOR (self), NULL);

  return _coop_open_code_get_legal_reference (&self->kind_code, COOP_TYPE_ACTOR_KIND, self->kind);
}

/**
 * coop_actor_set_kind_code:
 * @self: a actor
 * @code: a known nick, such as `association`, or the model's own code,
 *   of lowercase letters, digits and hyphens
 * @label: (nullable): for a code libcoop does not know, what it is, for
 *   people; %NULL for a known value
 * @legal_reference: (nullable): for a code libcoop does not know, the legal
 *   text that defines it, where there is one
 * @error: return location for an error
 *
 * Sets the kind of actor by its code. A known nick sets
 * [property@Coop.Actor:kind] to that value, which keeps its meaning
 * and label; any other code sets it to `COOP_ACTOR_KIND_OTHER` and keeps @code,
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
coop_actor_set_kind_code (CoopActor  *self,
                          const char  *code,
                          const char  *label,
                          const char  *legal_reference,
                          GError     **error)
{
  gboolean set;
  int value;

  g_return_val_if_fail (COOP_IS_ACTOR (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_object_freeze_notify (G_OBJECT (self));
  value = self->kind;
  set = _coop_open_code_set_and_notify (&self->kind_code, G_OBJECT (self), COOP_TYPE_ACTOR_KIND, COOP_ACTOR_KIND_OTHER, "kind", code, label,
                                        legal_reference, &value, properties[PROP_KIND], properties[PROP_KIND_CODE],
                                        properties[PROP_KIND_LABEL], properties[PROP_KIND_LEGAL_REFERENCE], error);
  self->kind = value;
  g_object_thaw_notify (G_OBJECT (self));
  return set;
}
