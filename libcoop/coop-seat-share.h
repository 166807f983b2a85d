/* coop-seat-share.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(COOP_INSIDE) && !defined(COOP_COMPILATION)
# error "Only <libcoop.h> can be included directly."
#endif

#include <glib-object.h>

#include "coop-territory.h"
#include "coop-version-macros.h"

G_BEGIN_DECLS

#define COOP_TYPE_SEAT_SHARE (coop_seat_share_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopSeatShare, coop_seat_share, COOP, SEAT_SHARE, GObject)

COOP_AVAILABLE_IN_1_0
CoopTerritory *coop_seat_share_get_commune                 (CoopSeatShare *self);
COOP_AVAILABLE_IN_1_0
const char    *coop_seat_share_get_code                    (CoopSeatShare *self);
COOP_AVAILABLE_IN_1_0
const char    *coop_seat_share_get_name                    (CoopSeatShare *self);
COOP_AVAILABLE_IN_1_0
gint64         coop_seat_share_get_population              (CoopSeatShare *self);
COOP_AVAILABLE_IN_1_0
CoopNature     coop_seat_share_get_nature                  (CoopSeatShare *self);
COOP_AVAILABLE_IN_1_0
guint          coop_seat_share_get_seats                   (CoopSeatShare *self);
COOP_AVAILABLE_IN_1_0
guint          coop_seat_share_get_proportional_seats      (CoopSeatShare *self);
COOP_AVAILABLE_IN_1_0
gboolean       coop_seat_share_get_seat_de_droit           (CoopSeatShare *self);
COOP_AVAILABLE_IN_1_0
guint          coop_seat_share_get_seats_before_supplement (CoopSeatShare *self);
COOP_AVAILABLE_IN_1_0
guint          coop_seat_share_get_councillors             (CoopSeatShare *self);
COOP_AVAILABLE_IN_1_0
double         coop_seat_share_get_seat_share              (CoopSeatShare *self);
COOP_AVAILABLE_IN_1_0
double         coop_seat_share_get_population_share        (CoopSeatShare *self);
COOP_AVAILABLE_IN_1_0
double         coop_seat_share_get_representation_ratio    (CoopSeatShare *self);

G_END_DECLS
