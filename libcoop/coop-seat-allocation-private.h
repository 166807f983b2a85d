/* coop-seat-allocation-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "coop-seat-allocation.h"
#include "coop-seat-law-private.h"

G_BEGIN_DECLS

/* What the accord-local, check and voting-power code reads of a droit
 * commun allocation; communes sorted largest first. */
typedef struct
{
  guint               n;
  CoopTerritory     **communes;
  const gint64       *population;
  const guint        *seats;
  const guint        *iv_seats;
  const guint        *proportional;
  gint64              total_population;
  guint               iv_total;
  gboolean            supplement_applied;
  const char         *siren;
  CoopEpciForm        form;
  const CoopSeatLaw  *law;
} CoopSeatView;

typedef struct
{
  CoopTerritory *commune;
  gint64         population;
} CoopSeatMember;

void                _coop_seat_allocation_get_view          (CoopSeatAllocation     *self,
                                                             CoopSeatView           *view);
CoopSeatAllocation *_coop_seat_allocation_new_from_members  (CoopTerritory          *epci,
                                                             const char             *siren,
                                                             CoopEpciForm            form,
                                                             GArray                 *members,
                                                             CoopSupplementReading   reading,
                                                             GError                **error);

G_END_DECLS
