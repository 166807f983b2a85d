/* coop-meeting.h
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

#define COOP_TYPE_MEETING (coop_meeting_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopMeeting, coop_meeting, COOP, MEETING, GObject)

COOP_AVAILABLE_IN_1_0
CoopMeeting        *coop_meeting_new              (GDateTime          *date,
                                                   const char         *topic) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
GDateTime          *coop_meeting_get_date         (CoopMeeting        *self);
COOP_AVAILABLE_IN_1_0
const char         *coop_meeting_get_topic        (CoopMeeting        *self);
COOP_AVAILABLE_IN_1_0
const char * const *coop_meeting_get_participants (CoopMeeting        *self);
COOP_AVAILABLE_IN_1_0
void                coop_meeting_set_participants (CoopMeeting        *self,
                                                   const char * const *participants);
COOP_AVAILABLE_IN_1_0
const char         *coop_meeting_get_note         (CoopMeeting        *self);
COOP_AVAILABLE_IN_1_0
void                coop_meeting_set_note         (CoopMeeting        *self,
                                                   const char         *note);

G_END_DECLS
