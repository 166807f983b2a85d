/* coop-voting-power.h
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

#include "coop-seat-allocation.h"
#include "coop-seat-types.h"
#include "coop-version-macros.h"

G_BEGIN_DECLS

#define COOP_TYPE_VOTING_POWER (coop_voting_power_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopVotingPower, coop_voting_power, COOP, VOTING_POWER, GObject)

COOP_AVAILABLE_IN_1_0
CoopVotingPower *coop_voting_power_new                 (const guint        *weights,
                                                        gsize               n_weights,
                                                        guint               quota,
                                                        GError            **error) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
CoopVotingPower *coop_voting_power_new_for_allocation  (CoopSeatAllocation *allocation,
                                                        CoopMajority        majority) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
guint            coop_voting_power_get_n_players       (CoopVotingPower    *self);
COOP_AVAILABLE_IN_1_0
guint            coop_voting_power_get_quota           (CoopVotingPower    *self);
COOP_AVAILABLE_IN_1_0
guint            coop_voting_power_get_total_weight    (CoopVotingPower    *self);
COOP_AVAILABLE_IN_1_0
guint            coop_voting_power_get_weight          (CoopVotingPower    *self,
                                                        guint               player);
COOP_AVAILABLE_IN_1_0
double           coop_voting_power_get_banzhaf         (CoopVotingPower    *self,
                                                        guint               player);
COOP_AVAILABLE_IN_1_0
double           coop_voting_power_get_swings          (CoopVotingPower    *self,
                                                        guint               player);
COOP_AVAILABLE_IN_1_0
double           coop_voting_power_get_shapley_shubik  (CoopVotingPower    *self,
                                                        guint               player);
COOP_AVAILABLE_IN_1_0
gboolean         coop_voting_power_can_decide_alone    (CoopVotingPower    *self,
                                                        guint               player);
COOP_AVAILABLE_IN_1_0
gboolean         coop_voting_power_can_block_alone     (CoopVotingPower    *self,
                                                        guint               player);

G_END_DECLS
