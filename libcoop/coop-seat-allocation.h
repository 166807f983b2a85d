/* coop-seat-allocation.h
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

#include "coop-atlas.h"
#include "coop-model.h"
#include "coop-seat-distribution.h"
#include "coop-seat-share.h"
#include "coop-seat-types.h"
#include "coop-territory.h"
#include "coop-version-macros.h"

G_BEGIN_DECLS

#define COOP_TYPE_SEAT_ALLOCATION (coop_seat_allocation_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopSeatAllocation, coop_seat_allocation, COOP, SEAT_ALLOCATION, GObject)

COOP_AVAILABLE_IN_1_0
CoopSeatAllocation    *coop_seat_allocation_new_for_epci            (CoopAtlas              *atlas,
                                                                     CoopTerritory          *epci,
                                                                     CoopSupplementReading   reading,
                                                                     GError                **error) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
CoopSeatAllocation    *coop_seat_allocation_new_for_communes        (CoopEpciForm            form,
                                                                     GListModel             *communes,
                                                                     CoopSupplementReading   reading,
                                                                     GError                **error) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
CoopSeatAllocation    *coop_seat_allocation_new_for_perimeter       (CoopEpciForm            form,
                                                                     const char             *siren,
                                                                     GListModel             *communes,
                                                                     CoopSupplementReading   reading,
                                                                     GError                **error) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
CoopSeatAllocation    *coop_seat_allocation_new_for_model           (CoopModel              *model,
                                                                     CoopTerritory          *territory,
                                                                     CoopEpciForm            form,
                                                                     CoopSupplementReading   reading,
                                                                     GError                **error) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
GListModel            *coop_seat_allocation_read_perimeter          (const char             *data,
                                                                     gssize                  length,
                                                                     CoopAtlas              *atlas,
                                                                     GError                **error) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
CoopTerritory         *coop_seat_allocation_get_epci                (CoopSeatAllocation     *self);
COOP_AVAILABLE_IN_1_0
CoopEpciForm           coop_seat_allocation_get_form                (CoopSeatAllocation     *self);
COOP_AVAILABLE_IN_1_0
const char            *coop_seat_allocation_get_law_version         (CoopSeatAllocation     *self);
COOP_AVAILABLE_IN_1_0
gint64                 coop_seat_allocation_get_population          (CoopSeatAllocation     *self);
COOP_AVAILABLE_IN_1_0
guint                  coop_seat_allocation_get_table_seats         (CoopSeatAllocation     *self);
COOP_AVAILABLE_IN_1_0
guint                  coop_seat_allocation_get_councillor_reduction (CoopSeatAllocation    *self);
COOP_AVAILABLE_IN_1_0
guint                  coop_seat_allocation_get_seats_de_droit      (CoopSeatAllocation     *self);
COOP_AVAILABLE_IN_1_0
CoopTerritory         *coop_seat_allocation_get_capped_commune      (CoopSeatAllocation     *self);
COOP_AVAILABLE_IN_1_0
guint                  coop_seat_allocation_get_tie_seats           (CoopSeatAllocation     *self);
COOP_AVAILABLE_IN_1_0
guint                  coop_seat_allocation_get_seats_before_supplement (CoopSeatAllocation *self);
COOP_AVAILABLE_IN_1_0
gboolean               coop_seat_allocation_get_supplement_applied  (CoopSeatAllocation     *self);
COOP_AVAILABLE_IN_1_0
guint                  coop_seat_allocation_get_supplement_seats    (CoopSeatAllocation     *self);
COOP_AVAILABLE_IN_1_0
CoopSupplementReading  coop_seat_allocation_get_supplement_reading  (CoopSeatAllocation     *self);
COOP_AVAILABLE_IN_1_0
const char            *coop_seat_allocation_get_siren               (CoopSeatAllocation     *self);
COOP_AVAILABLE_IN_1_0
guint                  coop_seat_allocation_get_bonus_seats         (CoopSeatAllocation     *self);
COOP_AVAILABLE_IN_1_0
guint                  coop_seat_allocation_get_total_seats         (CoopSeatAllocation     *self);
COOP_AVAILABLE_IN_1_0
GListModel            *coop_seat_allocation_get_shares              (CoopSeatAllocation     *self);
COOP_AVAILABLE_IN_1_0
GListModel            *coop_seat_allocation_get_steps               (CoopSeatAllocation     *self);
COOP_AVAILABLE_IN_1_0
CoopSeatShare         *coop_seat_allocation_lookup_share            (CoopSeatAllocation     *self,
                                                                     const char             *code);
COOP_AVAILABLE_IN_1_0
char                  *coop_seat_allocation_dup_explanation         (CoopSeatAllocation     *self,
                                                                     const char             *language);
COOP_AVAILABLE_IN_1_0
double                 coop_seat_allocation_get_nature_seat_share   (CoopSeatAllocation     *self,
                                                                     CoopNature              nature);
COOP_AVAILABLE_IN_1_0
double                 coop_seat_allocation_get_nature_population_share (CoopSeatAllocation *self,
                                                                     CoopNature              nature);
COOP_AVAILABLE_IN_1_0
CoopSeatDistribution  *coop_seat_allocation_dup_distribution        (CoopSeatAllocation     *self);
COOP_AVAILABLE_IN_1_0
GListModel            *coop_seat_allocation_check                   (CoopSeatAllocation     *self,
                                                                     CoopSeatScheme          scheme,
                                                                     CoopSeatDistribution   *proposed,
                                                                     GError                **error);
COOP_AVAILABLE_IN_1_0
gboolean               coop_seat_allocation_check_majority          (CoopSeatAllocation     *self,
                                                                     const char * const     *approving,
                                                                     char                  **explanation,
                                                                     GError                **error);

G_END_DECLS
