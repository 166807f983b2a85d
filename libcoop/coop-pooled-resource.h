/* coop-pooled-resource.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(COOP_INSIDE) && !defined(COOP_COMPILATION)
# error "Only <libcoop.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coop-version-macros.h"

G_BEGIN_DECLS

/**
 * CoopResourceKind:
 * @COOP_RESOURCE_KIND_STAFF: staff
 * @COOP_RESOURCE_KIND_SERVICE: a service
 * @COOP_RESOURCE_KIND_EQUIPMENT: equipment
 * @COOP_RESOURCE_KIND_KNOW_HOW: know-how (ingénierie)
 * @COOP_RESOURCE_KIND_FUNDING: funding
 *
 * What a [class@Coop.PooledResource] pools.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_RESOURCE_KIND_STAFF,
  COOP_RESOURCE_KIND_SERVICE,
  COOP_RESOURCE_KIND_EQUIPMENT,
  COOP_RESOURCE_KIND_KNOW_HOW,
  COOP_RESOURCE_KIND_FUNDING,
} CoopResourceKind;

/**
 * CoopPoolingMode:
 * @COOP_POOLING_MODE_MUTUALISATION: mutualisation in the seed's sense: a
 *   service and its staff under a shared hierarchical authority
 * @COOP_POOLING_MODE_TRANSFER_OF_COMPETENCE: the competence itself moves
 *   to another structure (transfert de compétence)
 * @COOP_POOLING_MODE_SERVICE_PROVISION: one structure provides a service to
 *   others without any change of authority (prestation de service)
 *
 * How a resource is pooled. Only the first is mutualisation proper.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_POOLING_MODE_MUTUALISATION,
  COOP_POOLING_MODE_TRANSFER_OF_COMPETENCE,
  COOP_POOLING_MODE_SERVICE_PROVISION,
} CoopPoolingMode;

#define COOP_TYPE_POOLED_RESOURCE (coop_pooled_resource_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopPooledResource, coop_pooled_resource, COOP, POOLED_RESOURCE, GObject)

COOP_AVAILABLE_IN_1_0
CoopPooledResource *coop_pooled_resource_new          (CoopResourceKind    kind,
                                                       CoopPoolingMode     mode,
                                                       const char         *title) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
CoopResourceKind    coop_pooled_resource_get_kind     (CoopPooledResource *self);
COOP_AVAILABLE_IN_1_0
CoopPoolingMode     coop_pooled_resource_get_mode     (CoopPooledResource *self);
COOP_AVAILABLE_IN_1_0
const char         *coop_pooled_resource_get_title    (CoopPooledResource *self);
COOP_AVAILABLE_IN_1_0
const char         *coop_pooled_resource_get_provider (CoopPooledResource *self);
COOP_AVAILABLE_IN_1_0
void                coop_pooled_resource_set_provider (CoopPooledResource *self,
                                                       const char         *provider);
COOP_AVAILABLE_IN_1_0
const char * const *coop_pooled_resource_get_users    (CoopPooledResource *self);
COOP_AVAILABLE_IN_1_0
void                coop_pooled_resource_set_users    (CoopPooledResource *self,
                                                       const char * const *users);
COOP_AVAILABLE_IN_1_0
const char         *coop_pooled_resource_get_note     (CoopPooledResource *self);
COOP_AVAILABLE_IN_1_0
void                coop_pooled_resource_set_note     (CoopPooledResource *self,
                                                       const char         *note);

G_END_DECLS
