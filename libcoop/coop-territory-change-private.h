/* coop-territory-change-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "coop-territory-change.h"

G_BEGIN_DECLS

CoopTerritoryChange *_coop_territory_change_new (CoopChangeKind  kind,
                                                 const char     *code,
                                                 guint           year,
                                                 CoopTerritory  *territory,
                                                 const char     *old_value,
                                                 const char     *new_value);

G_END_DECLS
