/* coop-accord-local.h
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
#include "coop-seat-distribution.h"
#include "coop-version-macros.h"

G_BEGIN_DECLS

#define COOP_TYPE_ACCORD_LOCAL (coop_accord_local_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopAccordLocal, coop_accord_local, COOP, ACCORD_LOCAL, GObject)

#define COOP_TYPE_ACCORD_LOCAL_ITER (coop_accord_local_iter_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopAccordLocalIter, coop_accord_local_iter, COOP, ACCORD_LOCAL_ITER, GObject)

COOP_AVAILABLE_IN_1_0
CoopAccordLocal      *coop_accord_local_new                   (CoopSeatAllocation  *droit_commun,
                                                               GError             **error) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
CoopSeatAllocation   *coop_accord_local_get_droit_commun      (CoopAccordLocal     *self);
COOP_AVAILABLE_IN_1_0
guint                 coop_accord_local_get_max_total         (CoopAccordLocal     *self);
COOP_AVAILABLE_IN_1_0
guint64               coop_accord_local_get_count             (CoopAccordLocal     *self);
COOP_AVAILABLE_IN_1_0
gboolean              coop_accord_local_get_count_overflowed  (CoopAccordLocal     *self);
COOP_AVAILABLE_IN_1_0
guint64               coop_accord_local_get_count_for_total   (CoopAccordLocal     *self,
                                                               guint                total);
COOP_AVAILABLE_IN_1_0
CoopAccordLocalIter  *coop_accord_local_iterate               (CoopAccordLocal     *self) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
CoopSeatDistribution *coop_accord_local_dup_most_proportional (CoopAccordLocal     *self);
COOP_AVAILABLE_IN_1_0
CoopSeatDistribution *coop_accord_local_dup_closest_to_balance (CoopAccordLocal    *self,
                                                               CoopNature           nature,
                                                               double               target_share,
                                                               GError             **error);

COOP_AVAILABLE_IN_1_0
CoopSeatDistribution *coop_accord_local_iter_next             (CoopAccordLocalIter *self);
COOP_AVAILABLE_IN_1_0
guint64               coop_accord_local_iter_get_position     (CoopAccordLocalIter *self);

G_END_DECLS
