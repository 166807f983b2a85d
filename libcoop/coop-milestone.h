/* coop-milestone.h
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

/**
 * CoopMilestoneStatus:
 * @COOP_MILESTONE_STATUS_PENDING: not reached yet
 * @COOP_MILESTONE_STATUS_MET: reached
 * @COOP_MILESTONE_STATUS_MISSED: not reached by its due date
 * @COOP_MILESTONE_STATUS_CANCELLED: dropped
 *
 * Where a [class@Coop.Milestone] stands.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_MILESTONE_STATUS_PENDING,
  COOP_MILESTONE_STATUS_MET,
  COOP_MILESTONE_STATUS_MISSED,
  COOP_MILESTONE_STATUS_CANCELLED,
} CoopMilestoneStatus;

#define COOP_TYPE_MILESTONE (coop_milestone_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopMilestone, coop_milestone, COOP, MILESTONE, GObject)

COOP_AVAILABLE_IN_1_0
CoopMilestone       *coop_milestone_new        (const char          *title) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
const char          *coop_milestone_get_title  (CoopMilestone       *self);
COOP_AVAILABLE_IN_1_0
GDateTime           *coop_milestone_get_due    (CoopMilestone       *self);
COOP_AVAILABLE_IN_1_0
void                 coop_milestone_set_due    (CoopMilestone       *self,
                                                GDateTime           *due);
COOP_AVAILABLE_IN_1_0
GDateTime           *coop_milestone_get_met    (CoopMilestone       *self);
COOP_AVAILABLE_IN_1_0
void                 coop_milestone_set_met    (CoopMilestone       *self,
                                                GDateTime           *met);
COOP_AVAILABLE_IN_1_0
CoopMilestoneStatus  coop_milestone_get_status (CoopMilestone       *self);
COOP_AVAILABLE_IN_1_0
void                 coop_milestone_set_status (CoopMilestone       *self,
                                                CoopMilestoneStatus  status);

G_END_DECLS
