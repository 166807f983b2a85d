/* coop-agreement-link.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-enum-types.h"
#include "coop-util-private.h"
#include "coop-agreement-link.h"

/**
 * CoopAgreementLink:
 *
 * A relation from one [class@Coop.Agreement] to another: it renews,
 * amends, replaces or implements it.
 *
 * Since: 1.0
 */

struct _CoopAgreementLink
{
  GObject       parent_instance;

  CoopRelation  relation;
  char         *agreement;
};

G_DEFINE_FINAL_TYPE (CoopAgreementLink, coop_agreement_link, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RELATION,
  PROP_AGREEMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_agreement_link_finalize (GObject *object)
{
  CoopAgreementLink *self = (CoopAgreementLink *)object;

  g_clear_pointer (&self->agreement, g_free);

  G_OBJECT_CLASS (coop_agreement_link_parent_class)->finalize (object);
}

static void
coop_agreement_link_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CoopAgreementLink *self = COOP_AGREEMENT_LINK (object);

  switch (prop_id)
    {
    case PROP_RELATION:
      g_value_set_enum (value, coop_agreement_link_get_relation (self));
      break;
    case PROP_AGREEMENT:
      g_value_set_string (value, coop_agreement_link_get_agreement (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_agreement_link_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CoopAgreementLink *self = COOP_AGREEMENT_LINK (object);

  switch (prop_id)
    {
    case PROP_RELATION:
      self->relation = g_value_get_enum (value);
      break;
    case PROP_AGREEMENT:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->agreement = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_agreement_link_class_init (CoopAgreementLinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_agreement_link_finalize;
  object_class->get_property = coop_agreement_link_get_property;
  object_class->set_property = coop_agreement_link_set_property;

  /**
   * CoopAgreementLink:relation:
   *
   * How the agreement relates to the other one.
   *
   * Since: 1.0
   */
  properties[PROP_RELATION] =
    g_param_spec_enum ("relation", NULL, NULL, COOP_TYPE_RELATION, COOP_RELATION_IMPLEMENTS,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAgreementLink:agreement:
   *
   * The identifier of the other agreement.
   *
   * Since: 1.0
   */
  properties[PROP_AGREEMENT] =
    g_param_spec_string ("agreement", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_agreement_link_init (CoopAgreementLink *self)
{
  self->relation = COOP_RELATION_IMPLEMENTS;
}

/**
 * coop_agreement_link_new:
 * @relation: the relation
 * @agreement: the identifier of the other agreement
 *
 * Creates a new link.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Returns: (transfer full): a new link
 *
 * Since: 1.0
 */
CoopAgreementLink *
coop_agreement_link_new (CoopRelation  relation,
                         const char   *agreement)
{
  g_return_val_if_fail (agreement != NULL, NULL);
  g_return_val_if_fail (_coop_text_is_valid (agreement), NULL);

  return g_object_new (COOP_TYPE_AGREEMENT_LINK,
                       "relation", relation,
                       "agreement", agreement,
                       NULL);
}

/**
 * coop_agreement_link_get_relation:
 * @self: a link
 *
 * Gets [property@Coop.AgreementLink:relation].
 *
 * Returns: how the agreement relates to the other one
 *
 * Since: 1.0
 */
CoopRelation
coop_agreement_link_get_relation (CoopAgreementLink *self)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT_LINK (self), 0);

  return self->relation;
}

/**
 * coop_agreement_link_get_agreement:
 * @self: a link
 *
 * Gets [property@Coop.AgreementLink:agreement].
 *
 * Returns: the identifier of the other agreement
 *
 * Since: 1.0
 */
const char *
coop_agreement_link_get_agreement (CoopAgreementLink *self)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT_LINK (self), NULL);

  return self->agreement;
}
