/* coop-action.h
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
 * CoopFunction:
 * @COOP_FUNCTION_POLITICAL_DECISION: political decision
 * @COOP_FUNCTION_STEERING: steering (pilotage)
 * @COOP_FUNCTION_FUNDING: funding
 * @COOP_FUNCTION_PROJECT_OWNERSHIP: project ownership (maîtrise d'ouvrage)
 * @COOP_FUNCTION_DELIVERY: delivery (mise en œuvre)
 * @COOP_FUNCTION_FACILITATION: facilitation (animation)
 * @COOP_FUNCTION_EVALUATION: evaluation
 * @COOP_FUNCTION_COMMUNICATION: communication
 *
 * The functions of the “who does what” table of a [class@Coop.Action].
 *
 * Since: 1.0
 */
typedef enum {
  COOP_FUNCTION_POLITICAL_DECISION,
  COOP_FUNCTION_STEERING,
  COOP_FUNCTION_FUNDING,
  COOP_FUNCTION_PROJECT_OWNERSHIP,
  COOP_FUNCTION_DELIVERY,
  COOP_FUNCTION_FACILITATION,
  COOP_FUNCTION_EVALUATION,
  COOP_FUNCTION_COMMUNICATION,
} CoopFunction;

/**
 * COOP_N_FUNCTIONS:
 *
 * The number of values of [enum@Coop.Function].
 *
 * Since: 1.0
 */
#define COOP_N_FUNCTIONS 8

/**
 * CoopActionStatus:
 * @COOP_ACTION_STATUS_PLANNED: planned, not started
 * @COOP_ACTION_STATUS_UNDER_WAY: under way
 * @COOP_ACTION_STATUS_DONE: done
 * @COOP_ACTION_STATUS_ABANDONED: abandoned; left out of the agreement's progress
 *
 * Where a [class@Coop.Action] stands.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_ACTION_STATUS_PLANNED,
  COOP_ACTION_STATUS_UNDER_WAY,
  COOP_ACTION_STATUS_DONE,
  COOP_ACTION_STATUS_ABANDONED,
} CoopActionStatus;

#define COOP_TYPE_ACTION (coop_action_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopAction, coop_action, COOP, ACTION, GObject)

COOP_AVAILABLE_IN_1_0
CoopAction          *coop_action_new             (const char         *id,
                                                  const char         *title) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
const char          *coop_action_get_id          (CoopAction         *self);
COOP_AVAILABLE_IN_1_0
const char          *coop_action_get_title       (CoopAction         *self);
COOP_AVAILABLE_IN_1_0
CoopActionStatus     coop_action_get_status      (CoopAction         *self);
COOP_AVAILABLE_IN_1_0
void                 coop_action_set_status      (CoopAction         *self,
                                                  CoopActionStatus    status);
COOP_AVAILABLE_IN_1_0
guint                coop_action_get_progress    (CoopAction         *self);
COOP_AVAILABLE_IN_1_0
void                 coop_action_set_progress    (CoopAction         *self,
                                                  guint               progress);
COOP_AVAILABLE_IN_1_0
GDateTime           *coop_action_get_start       (CoopAction         *self);
COOP_AVAILABLE_IN_1_0
void                 coop_action_set_start       (CoopAction         *self,
                                                  GDateTime          *start);
COOP_AVAILABLE_IN_1_0
GDateTime           *coop_action_get_end         (CoopAction         *self);
COOP_AVAILABLE_IN_1_0
void                 coop_action_set_end         (CoopAction         *self,
                                                  GDateTime          *end);
COOP_AVAILABLE_IN_1_0
const char          *coop_action_get_description (CoopAction         *self);
COOP_AVAILABLE_IN_1_0
void                 coop_action_set_description (CoopAction         *self,
                                                  const char         *description);
COOP_AVAILABLE_IN_1_0
const char * const  *coop_action_get_holders     (CoopAction         *self,
                                                  CoopFunction        function);
COOP_AVAILABLE_IN_1_0
void                 coop_action_set_holders     (CoopAction         *self,
                                                  CoopFunction        function,
                                                  const char * const *holders);
COOP_AVAILABLE_IN_1_0
void                 coop_action_add_holder      (CoopAction         *self,
                                                  CoopFunction        function,
                                                  const char         *reference);
COOP_AVAILABLE_IN_1_0
char               **coop_action_dup_structures  (CoopAction         *self);

G_END_DECLS
