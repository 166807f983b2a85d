/* coop-seat-share-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "coop-seat-share.h"

G_BEGIN_DECLS

CoopSeatShare *_coop_seat_share_new (CoopTerritory *commune,
                                     gint64         population,
                                     guint          seats,
                                     guint          proportional_seats,
                                     gboolean       seat_de_droit,
                                     guint          seats_before_supplement,
                                     guint          councillors,
                                     guint          total_seats,
                                     gint64         total_population);

G_END_DECLS
