/* coop-territory-change.h
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

#include "coop-territory.h"
#include "coop-version-macros.h"

G_BEGIN_DECLS

/**
 * CoopChangeKind:
 * @COOP_CHANGE_KIND_BECAME_PART_OF: the code stopped naming a territory of
 *   its own: the commune merged into a commune nouvelle, the EPCI merged
 *   into another (or was split, with one change per successor)
 * @COOP_CHANGE_KIND_CREATED: the territory appeared
 * @COOP_CHANGE_KIND_REMOVED: the territory disappeared
 * @COOP_CHANGE_KIND_RENAMED: the territory changed its name
 * @COOP_CHANGE_KIND_POPULATION: its population municipale changed
 * @COOP_CHANGE_KIND_JOINED: a commune joined the territory (an EPCI's
 *   perimeter grew), or the commune joined another EPCI
 * @COOP_CHANGE_KIND_LEFT: a commune left the territory, or the commune
 *   left its EPCI
 *
 * What a [class@Coop.TerritoryChange] says happened.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_CHANGE_KIND_BECAME_PART_OF,
  COOP_CHANGE_KIND_CREATED,
  COOP_CHANGE_KIND_REMOVED,
  COOP_CHANGE_KIND_RENAMED,
  COOP_CHANGE_KIND_POPULATION,
  COOP_CHANGE_KIND_JOINED,
  COOP_CHANGE_KIND_LEFT,
} CoopChangeKind;

#define COOP_TYPE_TERRITORY_CHANGE (coop_territory_change_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopTerritoryChange, coop_territory_change, COOP, TERRITORY_CHANGE, GObject)

COOP_AVAILABLE_IN_1_0
CoopChangeKind  coop_territory_change_get_kind        (CoopTerritoryChange *self);
COOP_AVAILABLE_IN_1_0
const char     *coop_territory_change_get_code        (CoopTerritoryChange *self);
COOP_AVAILABLE_IN_1_0
guint           coop_territory_change_get_year        (CoopTerritoryChange *self);
COOP_AVAILABLE_IN_1_0
CoopTerritory  *coop_territory_change_get_territory   (CoopTerritoryChange *self);
COOP_AVAILABLE_IN_1_0
const char     *coop_territory_change_get_old_value   (CoopTerritoryChange *self);
COOP_AVAILABLE_IN_1_0
const char     *coop_territory_change_get_new_value   (CoopTerritoryChange *self);
COOP_AVAILABLE_IN_1_0
char           *coop_territory_change_dup_description (CoopTerritoryChange *self);

G_END_DECLS
