/* coop-rating.h
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

#define COOP_TYPE_RATING (coop_rating_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopRating, coop_rating, COOP, RATING, GObject)

COOP_AVAILABLE_IN_1_0
CoopRating *coop_rating_new           (const char *id,
                                       const char *rater,
                                       const char *territory,
                                       const char *partner,
                                       guint       level) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
const char *coop_rating_get_id        (CoopRating *self);
COOP_AVAILABLE_IN_1_0
const char *coop_rating_get_rater     (CoopRating *self);
COOP_AVAILABLE_IN_1_0
const char *coop_rating_get_territory (CoopRating *self);
COOP_AVAILABLE_IN_1_0
const char *coop_rating_get_partner   (CoopRating *self);
COOP_AVAILABLE_IN_1_0
guint       coop_rating_get_level     (CoopRating *self);
COOP_AVAILABLE_IN_1_0
const char *coop_rating_get_scale     (CoopRating *self);
COOP_AVAILABLE_IN_1_0
void        coop_rating_set_scale     (CoopRating *self,
                                       const char *scale);
COOP_AVAILABLE_IN_1_0
GDateTime  *coop_rating_get_date      (CoopRating *self);
COOP_AVAILABLE_IN_1_0
void        coop_rating_set_date      (CoopRating *self,
                                       GDateTime  *date);
COOP_AVAILABLE_IN_1_0
const char *coop_rating_get_note      (CoopRating *self);
COOP_AVAILABLE_IN_1_0
void        coop_rating_set_note      (CoopRating *self,
                                       const char *note);

G_END_DECLS
