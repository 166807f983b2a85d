/* coop-seat-distribution.h
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

#define COOP_TYPE_SEAT_DISTRIBUTION (coop_seat_distribution_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopSeatDistribution, coop_seat_distribution, COOP, SEAT_DISTRIBUTION, GObject)

COOP_AVAILABLE_IN_1_0
CoopSeatDistribution *coop_seat_distribution_new            (void) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
CoopSeatDistribution *coop_seat_distribution_new_from_data  (const char            *data,
                                                             gssize                 length,
                                                             GError               **error) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
CoopSeatDistribution *coop_seat_distribution_new_from_file  (GFile                 *file,
                                                             GCancellable          *cancellable,
                                                             GError               **error) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
void                  coop_seat_distribution_set_seats      (CoopSeatDistribution  *self,
                                                             const char            *code,
                                                             guint                  seats);
COOP_AVAILABLE_IN_1_0
gboolean              coop_seat_distribution_has_commune    (CoopSeatDistribution  *self,
                                                             const char            *code);
COOP_AVAILABLE_IN_1_0
guint                 coop_seat_distribution_get_seats      (CoopSeatDistribution  *self,
                                                             const char            *code);
COOP_AVAILABLE_IN_1_0
guint                 coop_seat_distribution_get_n_communes (CoopSeatDistribution  *self);
COOP_AVAILABLE_IN_1_0
const char           *coop_seat_distribution_get_code       (CoopSeatDistribution  *self,
                                                             guint                  position);
COOP_AVAILABLE_IN_1_0
guint                 coop_seat_distribution_get_seats_at   (CoopSeatDistribution  *self,
                                                             guint                  position);
COOP_AVAILABLE_IN_1_0
guint                 coop_seat_distribution_get_total      (CoopSeatDistribution  *self);

G_END_DECLS
