/* coop-seat-types.h
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

#include "coop-version-macros.h"

G_BEGIN_DECLS

/**
 * CoopSupplementReading:
 * @COOP_SUPPLEMENT_READING_ABSORB: a commune that held only a seat de droit
 *   (IV 2°) and wins a seat in the V distribution holds the seats of that
 *   distribution only: its seat de droit is absorbed, since IV 2° gives a
 *   seat only to a commune left without one. The default.
 * @COOP_SUPPLEMENT_READING_KEEP: such a commune keeps its seat de droit on top
 *   of the seats it wins in the V distribution.
 *
 * The two readings of CGCT L5211-6-1 V for a commune that held only a seat
 * de droit and wins a seat among the supplementary seats.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_SUPPLEMENT_READING_ABSORB,
  COOP_SUPPLEMENT_READING_KEEP,
} CoopSupplementReading;

/**
 * CoopSeatStepKind:
 * @COOP_SEAT_STEP_KIND_TABLE: the number of seats of the III table
 * @COOP_SEAT_STEP_KIND_HIGHEST_AVERAGE: seats given at the highest average (IV 1°)
 * @COOP_SEAT_STEP_KIND_SEAT_DE_DROIT: seats de droit for communes left without (IV 2°)
 * @COOP_SEAT_STEP_KIND_HALF_CAP: a commune capped at half the seats (IV 3°)
 * @COOP_SEAT_STEP_KIND_COUNCILLOR_CAP: the total reduced because a commune
 *   would hold more seats than its municipal councillors (IV 4°)
 * @COOP_SEAT_STEP_KIND_TIE: a tie for the last seat, one seat to each (IV 5°)
 * @COOP_SEAT_STEP_KIND_SUPPLEMENT: the supplementary seats of V
 * @COOP_SEAT_STEP_KIND_RESULT: the final count
 *
 * The kind of a [class@Coop.SeatStep], in the order of CGCT L5211-6-1.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_SEAT_STEP_KIND_TABLE,
  COOP_SEAT_STEP_KIND_HIGHEST_AVERAGE,
  COOP_SEAT_STEP_KIND_SEAT_DE_DROIT,
  COOP_SEAT_STEP_KIND_HALF_CAP,
  COOP_SEAT_STEP_KIND_COUNCILLOR_CAP,
  COOP_SEAT_STEP_KIND_TIE,
  COOP_SEAT_STEP_KIND_SUPPLEMENT,
  COOP_SEAT_STEP_KIND_RESULT,
} CoopSeatStepKind;

/**
 * CoopSeatScheme:
 * @COOP_SEAT_SCHEME_ACCORD_LOCAL: an accord local under I 2° (CC and CA only)
 * @COOP_SEAT_SCHEME_OPTIONAL_SEATS: optional seats under VI, added to the
 *   droit commun
 *
 * The legal basis a proposed distribution of seats is checked against.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_SEAT_SCHEME_ACCORD_LOCAL,
  COOP_SEAT_SCHEME_OPTIONAL_SEATS,
} CoopSeatScheme;

/**
 * CoopMajority:
 * @COOP_MAJORITY_SIMPLE: more than half the seats
 * @COOP_MAJORITY_TWO_THIRDS: two thirds of the seats or more
 *
 * The majority a vote of the conseil communautaire needs, for
 * [class@Coop.VotingPower].
 *
 * Since: 1.0
 */
typedef enum {
  COOP_MAJORITY_SIMPLE,
  COOP_MAJORITY_TWO_THIRDS,
} CoopMajority;

G_END_DECLS
