/* coop-pooled-resource.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-enum-types.h"
#include "coop-pooled-resource.h"
#include "coop-util-private.h"

/**
 * CoopPooledResource:
 *
 * A resource an agreement pools: staff, a service, equipment, know-how or
 * funding, and how it is pooled. Following the seed material, only a
 * service and its staff under a shared hierarchical authority is
 * mutualisation; a transfer of competence and a service provided without
 * change of authority are told apart (see [enum@Coop.PoolingMode]).
 *
 * Since: 1.0
 */

struct _CoopPooledResource
{
  GObject           parent_instance;

  CoopResourceKind  kind;
  CoopPoolingMode   mode;
  char             *title;
  char             *provider;
  GStrv             users;
  char             *note;
};

G_DEFINE_FINAL_TYPE (CoopPooledResource, coop_pooled_resource, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_MODE,
  PROP_TITLE,
  PROP_PROVIDER,
  PROP_USERS,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_pooled_resource_finalize (GObject *object)
{
  CoopPooledResource *self = (CoopPooledResource *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->provider, g_free);
  g_clear_pointer (&self->users, g_strfreev);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (coop_pooled_resource_parent_class)->finalize (object);
}

static void
coop_pooled_resource_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CoopPooledResource *self = COOP_POOLED_RESOURCE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, coop_pooled_resource_get_kind (self));
      break;
    case PROP_MODE:
      g_value_set_enum (value, coop_pooled_resource_get_mode (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, coop_pooled_resource_get_title (self));
      break;
    case PROP_PROVIDER:
      g_value_set_string (value, coop_pooled_resource_get_provider (self));
      break;
    case PROP_USERS:
      g_value_set_boxed (value, coop_pooled_resource_get_users (self));
      break;
    case PROP_NOTE:
      g_value_set_string (value, coop_pooled_resource_get_note (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_pooled_resource_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CoopPooledResource *self = COOP_POOLED_RESOURCE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_MODE:
      self->mode = g_value_get_enum (value);
      break;
    case PROP_TITLE:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->title = g_value_dup_string (value);
      break;
    case PROP_PROVIDER:
      coop_pooled_resource_set_provider (self, g_value_get_string (value));
      break;
    case PROP_USERS:
      coop_pooled_resource_set_users (self, g_value_get_boxed (value));
      break;
    case PROP_NOTE:
      coop_pooled_resource_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_pooled_resource_class_init (CoopPooledResourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_pooled_resource_finalize;
  object_class->get_property = coop_pooled_resource_get_property;
  object_class->set_property = coop_pooled_resource_set_property;

  /**
   * CoopPooledResource:kind:
   *
   * What is pooled.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, COOP_TYPE_RESOURCE_KIND, COOP_RESOURCE_KIND_SERVICE,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopPooledResource:mode:
   *
   * How it is pooled.
   *
   * Since: 1.0
   */
  properties[PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL, COOP_TYPE_POOLING_MODE, COOP_POOLING_MODE_SERVICE_PROVISION,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopPooledResource:title:
   *
   * What the resource is, for people.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopPooledResource:provider:
   *
   * The reference of the territory or actor that provides or employs
   * it, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_PROVIDER] =
    g_param_spec_string ("provider", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopPooledResource:users:
   *
   * The references of the territories or actors that use it.
   *
   * Since: 1.0
   */
  properties[PROP_USERS] =
    g_param_spec_boxed ("users", NULL, NULL, G_TYPE_STRV,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopPooledResource:note:
   *
   * A note on the resource.
   *
   * Since: 1.0
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_pooled_resource_init (CoopPooledResource *self)
{
  self->kind = COOP_RESOURCE_KIND_SERVICE;
  self->mode = COOP_POOLING_MODE_SERVICE_PROVISION;
}

/**
 * coop_pooled_resource_new:
 * @kind: what is pooled
 * @mode: how it is pooled
 * @title: what the resource is
 *
 * Creates a new pooled resource.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Returns: (transfer full): a new pooled resource
 *
 * Since: 1.0
 */
CoopPooledResource *
coop_pooled_resource_new (CoopResourceKind  kind,
                          CoopPoolingMode   mode,
                          const char       *title)
{
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (_coop_text_is_valid (title), NULL);

  return g_object_new (COOP_TYPE_POOLED_RESOURCE,
                       "kind", kind,
                       "mode", mode,
                       "title", title,
                       NULL);
}

/**
 * coop_pooled_resource_get_kind:
 * @self: a pooled resource
 *
 * Gets [property@Coop.PooledResource:kind].
 *
 * Returns: what is pooled
 *
 * Since: 1.0
 */
CoopResourceKind
coop_pooled_resource_get_kind (CoopPooledResource *self)
{
  g_return_val_if_fail (COOP_IS_POOLED_RESOURCE (self), 0);

  return self->kind;
}

/**
 * coop_pooled_resource_get_mode:
 * @self: a pooled resource
 *
 * Gets [property@Coop.PooledResource:mode].
 *
 * Returns: how it is pooled
 *
 * Since: 1.0
 */
CoopPoolingMode
coop_pooled_resource_get_mode (CoopPooledResource *self)
{
  g_return_val_if_fail (COOP_IS_POOLED_RESOURCE (self), 0);

  return self->mode;
}

/**
 * coop_pooled_resource_get_title:
 * @self: a pooled resource
 *
 * Gets [property@Coop.PooledResource:title].
 *
 * Returns: what the resource is, for people
 *
 * Since: 1.0
 */
const char *
coop_pooled_resource_get_title (CoopPooledResource *self)
{
  g_return_val_if_fail (COOP_IS_POOLED_RESOURCE (self), NULL);

  return self->title;
}

/**
 * coop_pooled_resource_get_provider:
 * @self: a pooled resource
 *
 * Gets [property@Coop.PooledResource:provider].
 *
 * Returns: (nullable): the reference of the territory or actor that provides or employs it, or %NULL
 *
 * Since: 1.0
 */
const char *
coop_pooled_resource_get_provider (CoopPooledResource *self)
{
  g_return_val_if_fail (COOP_IS_POOLED_RESOURCE (self), NULL);

  return self->provider;
}

/**
 * coop_pooled_resource_set_provider:
 * @self: a pooled resource
 * @provider: (nullable): the new value
 *
 * Sets [property@Coop.PooledResource:provider].
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_pooled_resource_set_provider (CoopPooledResource *self,
                                   const char         *provider)
{
  g_return_if_fail (COOP_IS_POOLED_RESOURCE (self));
  g_return_if_fail (_coop_text_is_valid (provider));

  if (_coop_set_str (&self->provider, provider))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROVIDER]);
}

/**
 * coop_pooled_resource_get_users:
 * @self: a pooled resource
 *
 * Gets [property@Coop.PooledResource:users].
 *
 * Returns: (transfer none) (array zero-terminated=1): the references of the territories or actors that use it
 *
 * Since: 1.0
 */
const char * const *
coop_pooled_resource_get_users (CoopPooledResource *self)
{
  g_return_val_if_fail (COOP_IS_POOLED_RESOURCE (self), NULL);

  return (const char * const *)self->users;
}

/**
 * coop_pooled_resource_set_users:
 * @self: a pooled resource
 * @users: (nullable) (array zero-terminated=1): the new value
 *
 * Sets [property@Coop.PooledResource:users].
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
coop_pooled_resource_set_users (CoopPooledResource *self,
                                const char * const *users)
{
  g_return_if_fail (COOP_IS_POOLED_RESOURCE (self));
  g_return_if_fail (!_coop_strv_has_duplicates (users));
  g_return_if_fail (_coop_strv_is_valid (users));

  if (_coop_strv_equal ((const char * const *)self->users, users))
    return;

  g_strfreev (self->users);
  self->users = g_strdupv ((char **)users);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USERS]);
}

/**
 * coop_pooled_resource_get_note:
 * @self: a pooled resource
 *
 * Gets [property@Coop.PooledResource:note].
 *
 * Returns: (nullable): a note on the resource
 *
 * Since: 1.0
 */
const char *
coop_pooled_resource_get_note (CoopPooledResource *self)
{
  g_return_val_if_fail (COOP_IS_POOLED_RESOURCE (self), NULL);

  return self->note;
}

/**
 * coop_pooled_resource_set_note:
 * @self: a pooled resource
 * @note: (nullable): the new value
 *
 * Sets [property@Coop.PooledResource:note].
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_pooled_resource_set_note (CoopPooledResource *self,
                               const char         *note)
{
  g_return_if_fail (COOP_IS_POOLED_RESOURCE (self));
  g_return_if_fail (_coop_text_is_valid (note));

  if (_coop_set_str (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}
