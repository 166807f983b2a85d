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
 * @COOP_SUPPLEMENT_READING_COMPLEMENT: the supplementary seats of V are
 *   given "en complément des sièges déjà répartis" (Conseil d'État,
 *   15 November 2017, n° 410338): by highest average, counting the seats
 *   each commune already holds, seats de droit included. Every seat de droit
 *   is kept and the total grows by exactly the supplement (IV 5° ties
 *   aside). This is what the préfectures set in 2020 (CC du
 *   Sisteronais-Buëch, CC Pays de Nemours) and the mechanism IV 4° bis
 *   writes out for Aix-Marseille-Provence. The default.
 * @COOP_SUPPLEMENT_READING_ABSORB: one distribution of the IV 1° seats plus
 *   the supplement, every commune at population / 1; a commune that held
 *   only a seat de droit and wins a seat there loses its seat de droit. No
 *   published council follows this reading; kept for comparison.
 * @COOP_SUPPLEMENT_READING_KEEP: as @COOP_SUPPLEMENT_READING_ABSORB, but such
 *   a commune keeps its seat de droit on top. No published council follows
 *   this reading either; kept for comparison.
 *
 * The readings of CGCT L5211-6-1 V: how the supplementary seats are
 * distributed among the communes.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_SUPPLEMENT_READING_COMPLEMENT,
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
 * @COOP_SEAT_STEP_KIND_SUPPLEMENT: the supplementary seats of V, or those of
 *   IV 4° bis in the Métropole d'Aix-Marseille-Provence
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
