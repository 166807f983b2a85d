/* coop-party.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-enum-types.h"
#include "coop-party.h"
#include "coop-util-private.h"

/**
 * CoopParty:
 *
 * A party to a [class@Coop.Agreement] and its role: a territory (by its
 * INSEE code, SIREN or model code) or an organisation (by its
 * [class@Coop.Actor] identifier).
 *
 * Since: 1.0
 */

struct _CoopParty
{
  GObject        parent_instance;

  char          *reference;
  CoopPartyRole  role;
  char          *note;
};

G_DEFINE_FINAL_TYPE (CoopParty, coop_party, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REFERENCE,
  PROP_ROLE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_party_finalize (GObject *object)
{
  CoopParty *self = (CoopParty *)object;

  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (coop_party_parent_class)->finalize (object);
}

static void
coop_party_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CoopParty *self = COOP_PARTY (object);

  switch (prop_id)
    {
    case PROP_REFERENCE:
      g_value_set_string (value, coop_party_get_reference (self));
      break;
    case PROP_ROLE:
      g_value_set_enum (value, coop_party_get_role (self));
      break;
    case PROP_NOTE:
      g_value_set_string (value, coop_party_get_note (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_party_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CoopParty *self = COOP_PARTY (object);

  switch (prop_id)
    {
    case PROP_REFERENCE:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->reference = g_value_dup_string (value);
      break;
    case PROP_ROLE:
      self->role = g_value_get_enum (value);
      break;
    case PROP_NOTE:
      coop_party_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_party_class_init (CoopPartyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_party_finalize;
  object_class->get_property = coop_party_get_property;
  object_class->set_property = coop_party_set_property;

  /**
   * CoopParty:reference:
   *
   * The reference of the territory or the identifier of the actor.
   *
   * Since: 1.0
   */
  properties[PROP_REFERENCE] =
    g_param_spec_string ("reference", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopParty:role:
   *
   * The party's role.
   *
   * Since: 1.0
   */
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL, COOP_TYPE_PARTY_ROLE, COOP_PARTY_ROLE_PARTNER,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopParty:note:
   *
   * A note on the party.
   *
   * Since: 1.0
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_party_init (CoopParty *self)
{
  self->role = COOP_PARTY_ROLE_PARTNER;
}

/**
 * coop_party_new:
 * @reference: the reference of a territory or the identifier of an actor
 * @role: the role
 *
 * Creates a new party.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Returns: (transfer full): a new party
 *
 * Since: 1.0
 */
CoopParty *
coop_party_new (const char    *reference,
                CoopPartyRole  role)
{
  g_return_val_if_fail (reference != NULL, NULL);
  g_return_val_if_fail (_coop_text_is_valid (reference), NULL);

  return g_object_new (COOP_TYPE_PARTY,
                       "reference", reference,
                       "role", role,
                       NULL);
}

/**
 * coop_party_get_reference:
 * @self: a party
 *
 * Gets [property@Coop.Party:reference].
 *
 * Returns: the reference of the territory or the identifier of the actor
 *
 * Since: 1.0
 */
const char *
coop_party_get_reference (CoopParty *self)
{
  g_return_val_if_fail (COOP_IS_PARTY (self), NULL);

  return self->reference;
}

/**
 * coop_party_get_role:
 * @self: a party
 *
 * Gets [property@Coop.Party:role].
 *
 * Returns: the party's role
 *
 * Since: 1.0
 */
CoopPartyRole
coop_party_get_role (CoopParty *self)
{
  g_return_val_if_fail (COOP_IS_PARTY (self), 0);

  return self->role;
}

/**
 * coop_party_get_note:
 * @self: a party
 *
 * Gets [property@Coop.Party:note].
 *
 * Returns: (nullable): a note on the party
 *
 * Since: 1.0
 */
const char *
coop_party_get_note (CoopParty *self)
{
  g_return_val_if_fail (COOP_IS_PARTY (self), NULL);

  return self->note;
}

/**
 * coop_party_set_note:
 * @self: a party
 * @note: (nullable): the new value
 *
 * Sets [property@Coop.Party:note].
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_party_set_note (CoopParty  *self,
                     const char *note)
{
  g_return_if_fail (COOP_IS_PARTY (self));
  g_return_if_fail (_coop_text_is_valid (note));

  if (_coop_set_str (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}
