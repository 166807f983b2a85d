/* coop-post.h
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

#include "coop-mandate.h"
#include "coop-version-macros.h"

G_BEGIN_DECLS

#define COOP_TYPE_POST (coop_post_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopPost, coop_post, COOP, POST, GObject)

COOP_AVAILABLE_IN_1_0
CoopPost   *coop_post_new            (const char *id,
                                      const char *label,
                                      CoopRole    role) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
const char *coop_post_get_id         (CoopPost   *self);
COOP_AVAILABLE_IN_1_0
const char *coop_post_get_label      (CoopPost   *self);
COOP_AVAILABLE_IN_1_0
CoopRole    coop_post_get_role       (CoopPost   *self);
COOP_AVAILABLE_IN_1_0
const char *coop_post_get_body       (CoopPost   *self);
COOP_AVAILABLE_IN_1_0
void        coop_post_set_body       (CoopPost   *self,
                                      const char *body);
COOP_AVAILABLE_IN_1_0
const char *coop_post_get_territory  (CoopPost   *self);
COOP_AVAILABLE_IN_1_0
void        coop_post_set_territory  (CoopPost   *self,
                                      const char *territory);
COOP_AVAILABLE_IN_1_0
const char *coop_post_get_represents (CoopPost   *self);
COOP_AVAILABLE_IN_1_0
void        coop_post_set_represents (CoopPost   *self,
                                      const char *represents);
COOP_AVAILABLE_IN_1_0
guint       coop_post_get_seats      (CoopPost   *self);
COOP_AVAILABLE_IN_1_0
void        coop_post_set_seats      (CoopPost   *self,
                                      guint       seats);
COOP_AVAILABLE_IN_1_0
const char *coop_post_get_note       (CoopPost   *self);
COOP_AVAILABLE_IN_1_0
void        coop_post_set_note       (CoopPost   *self,
                                      const char *note);

COOP_AVAILABLE_IN_1_0
const char *coop_post_get_role_code            (CoopPost  *self);
COOP_AVAILABLE_IN_1_0
const char *coop_post_get_role_label           (CoopPost  *self);
COOP_AVAILABLE_IN_1_0
const char *coop_post_get_role_legal_reference (CoopPost  *self);
COOP_AVAILABLE_IN_1_0
gboolean    coop_post_set_role_code            (CoopPost  *self,
                                                const char  *code,
                                                const char  *label,
                                                const char  *legal_reference,
                                                GError     **error);

COOP_AVAILABLE_IN_1_0
GDateTime *coop_post_get_start (CoopPost  *self);
COOP_AVAILABLE_IN_1_0
void       coop_post_set_start (CoopPost  *self,
                                GDateTime *start);
COOP_AVAILABLE_IN_1_0
GDateTime *coop_post_get_end   (CoopPost  *self);
COOP_AVAILABLE_IN_1_0
void       coop_post_set_end   (CoopPost  *self,
                                GDateTime *end);
COOP_AVAILABLE_IN_1_0
gboolean   coop_post_is_active (CoopPost  *self,
                                GDateTime *date);

G_END_DECLS
