/* coop-signature.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-enum-types.h"
#include "coop-signature.h"
#include "coop-util-private.h"
#include "coop-date-private.h"

/**
 * CoopSignature:
 *
 * A signature of a [class@Coop.Agreement]: the signatory (a territory or
 * an organisation, which should also be a party), the [class@Coop.Mandate]
 * of the person who signed, and the date.
 *
 * Since: 1.0
 */

struct _CoopSignature
{
  GObject    parent_instance;

  char      *signatory;
  char      *mandate;
  GDateTime *date;
};

G_DEFINE_FINAL_TYPE (CoopSignature, coop_signature, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SIGNATORY,
  PROP_MANDATE,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_signature_finalize (GObject *object)
{
  CoopSignature *self = (CoopSignature *)object;

  g_clear_pointer (&self->signatory, g_free);
  g_clear_pointer (&self->mandate, g_free);
  g_clear_pointer (&self->date, g_date_time_unref);

  G_OBJECT_CLASS (coop_signature_parent_class)->finalize (object);
}

static void
coop_signature_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CoopSignature *self = COOP_SIGNATURE (object);

  switch (prop_id)
    {
    case PROP_SIGNATORY:
      g_value_set_string (value, coop_signature_get_signatory (self));
      break;
    case PROP_MANDATE:
      g_value_set_string (value, coop_signature_get_mandate (self));
      break;
    case PROP_DATE:
      g_value_set_boxed (value, coop_signature_get_date (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_signature_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CoopSignature *self = COOP_SIGNATURE (object);

  switch (prop_id)
    {
    case PROP_SIGNATORY:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->signatory = g_value_dup_string (value);
      break;
    case PROP_MANDATE:
      coop_signature_set_mandate (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      coop_signature_set_date (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_signature_class_init (CoopSignatureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_signature_finalize;
  object_class->get_property = coop_signature_get_property;
  object_class->set_property = coop_signature_set_property;

  /**
   * CoopSignature:signatory:
   *
   * The reference of the signing territory or organisation.
   *
   * Since: 1.0
   */
  properties[PROP_SIGNATORY] =
    g_param_spec_string ("signatory", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopSignature:mandate:
   *
   * The identifier of the mandate of the person who signed, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_MANDATE] =
    g_param_spec_string ("mandate", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopSignature:date:
   *
   * The day of the signature, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_signature_init (CoopSignature *self)
{
}

/**
 * coop_signature_new:
 * @signatory: the reference of the signatory
 *
 * Creates a new signature.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Returns: (transfer full): a new signature
 *
 * Since: 1.0
 */
CoopSignature *
coop_signature_new (const char *signatory)
{
  g_return_val_if_fail (signatory != NULL, NULL);
  g_return_val_if_fail (_coop_text_is_valid (signatory), NULL);

  return g_object_new (COOP_TYPE_SIGNATURE,
                       "signatory", signatory,
                       NULL);
}

/**
 * coop_signature_get_signatory:
 * @self: a signature
 *
 * Gets [property@Coop.Signature:signatory].
 *
 * Returns: the reference of the signing territory or organisation
 *
 * Since: 1.0
 */
const char *
coop_signature_get_signatory (CoopSignature *self)
{
  g_return_val_if_fail (COOP_IS_SIGNATURE (self), NULL);

  return self->signatory;
}

/**
 * coop_signature_get_mandate:
 * @self: a signature
 *
 * Gets [property@Coop.Signature:mandate].
 *
 * Returns: (nullable): the identifier of the mandate of the person who signed, or %NULL
 *
 * Since: 1.0
 */
const char *
coop_signature_get_mandate (CoopSignature *self)
{
  g_return_val_if_fail (COOP_IS_SIGNATURE (self), NULL);

  return self->mandate;
}

/**
 * coop_signature_set_mandate:
 * @self: a signature
 * @mandate: (nullable): the new value
 *
 * Sets [property@Coop.Signature:mandate].
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_signature_set_mandate (CoopSignature *self,
                            const char    *mandate)
{
  g_return_if_fail (COOP_IS_SIGNATURE (self));
  g_return_if_fail (_coop_text_is_valid (mandate));

  if (_coop_set_str (&self->mandate, mandate))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MANDATE]);
}

/**
 * coop_signature_get_date:
 * @self: a signature
 *
 * Gets [property@Coop.Signature:date].
 *
 * Returns: (transfer none) (nullable): the day of the signature, or %NULL
 *
 * Since: 1.0
 */
GDateTime *
coop_signature_get_date (CoopSignature *self)
{
  g_return_val_if_fail (COOP_IS_SIGNATURE (self), NULL);

  return self->date;
}

/**
 * coop_signature_set_date:
 * @self: a signature
 * @date: (nullable): the new value
 *
 * Sets [property@Coop.Signature:date].
 *
 * The date is a day from 1800-01-01 to 3000-12-31, counted in UTC, as
 * in a document: another is a programmer error, since the reader
 * would refuse the document saved.
 *
 * Since: 1.0
 */
void
coop_signature_set_date (CoopSignature *self,
                         GDateTime     *date)
{
  g_return_if_fail (COOP_IS_SIGNATURE (self));
  g_return_if_fail (_coop_date_in_range (date));

  if (_coop_date_equal (self->date, date))
    return;

  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = date != NULL ? g_date_time_ref (date) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}
