/* coop-model.h
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

#include "coop-actor.h"
#include "coop-agreement.h"
#include "coop-rating.h"
#include "coop-atlas.h"
#include "coop-body.h"
#include "coop-mandate.h"
#include "coop-post.h"
#include "coop-save.h"
#include "coop-territory.h"
#include "coop-version-macros.h"

G_BEGIN_DECLS

/**
 * COOP_MODEL_FORMAT_VERSION:
 *
 * The version of the model document format this libcoop writes and reads.
 *
 * Since: 1.0
 */
#define COOP_MODEL_FORMAT_VERSION 1

#define COOP_TYPE_MODEL (coop_model_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopModel, coop_model, COOP, MODEL, GObject)

COOP_AVAILABLE_IN_1_0
CoopModel     *coop_model_new                 (CoopAtlas           *atlas) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
CoopModel     *coop_model_new_from_data       (CoopAtlas           *atlas,
                                               const char          *data,
                                               gssize               length,
                                               GError             **error) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
CoopModel     *coop_model_new_from_file       (CoopAtlas           *atlas,
                                               GFile               *file,
                                               GCancellable        *cancellable,
                                               GError             **error) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
void           coop_model_new_from_file_async (CoopAtlas           *atlas,
                                               GFile               *file,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
COOP_AVAILABLE_IN_1_0
CoopModel     *coop_model_new_from_file_finish (GAsyncResult       *result,
                                                GError            **error) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
char          *coop_model_to_data             (CoopModel           *self,
                                               gsize               *length);
COOP_AVAILABLE_IN_1_0
gboolean       coop_model_save_to_file        (CoopModel           *self,
                                               GFile               *file,
                                               GCancellable        *cancellable,
                                               GError             **error);
COOP_AVAILABLE_IN_1_0
gboolean       coop_model_save_to_file_full   (CoopModel           *self,
                                               GFile               *file,
                                               CoopSaveFlags        flags,
                                               GCancellable        *cancellable,
                                               GError             **error);
COOP_AVAILABLE_IN_1_0
void           coop_model_save_to_file_async  (CoopModel           *self,
                                               GFile               *file,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
COOP_AVAILABLE_IN_1_0
gboolean       coop_model_save_to_file_finish (CoopModel           *self,
                                               GAsyncResult        *result,
                                               GError             **error);
COOP_AVAILABLE_IN_1_0
CoopAtlas     *coop_model_get_atlas           (CoopModel           *self);
COOP_AVAILABLE_IN_1_0
const char    *coop_model_get_name            (CoopModel           *self);
COOP_AVAILABLE_IN_1_0
void           coop_model_set_name            (CoopModel           *self,
                                               const char          *name);
COOP_AVAILABLE_IN_1_0
const char    *coop_model_get_description     (CoopModel           *self);
COOP_AVAILABLE_IN_1_0
void           coop_model_set_description     (CoopModel           *self,
                                               const char          *description);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_model_get_territories     (CoopModel           *self);
COOP_AVAILABLE_IN_1_0
gboolean       coop_model_add_territory       (CoopModel           *self,
                                               CoopTerritory       *territory,
                                               GError             **error);
COOP_AVAILABLE_IN_1_0
gboolean       coop_model_remove_territory    (CoopModel           *self,
                                               CoopTerritory       *territory);
COOP_AVAILABLE_IN_1_0
CoopTerritory *coop_model_lookup              (CoopModel           *self,
                                               const char          *reference);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_model_list_members        (CoopModel           *self,
                                               CoopTerritory       *territory);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_model_list_communes       (CoopModel           *self,
                                               CoopTerritory       *territory);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_model_list_containers     (CoopModel           *self,
                                               CoopTerritory       *territory);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_model_list_overlap        (CoopModel           *self,
                                               CoopTerritory       *first,
                                               CoopTerritory       *second);
COOP_AVAILABLE_IN_1_0
gint64         coop_model_get_population      (CoopModel           *self,
                                               CoopTerritory       *territory);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_model_validate            (CoopModel           *self);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_model_get_actors          (CoopModel           *self);
COOP_AVAILABLE_IN_1_0
gboolean       coop_model_add_actor           (CoopModel           *self,
                                               CoopActor           *actor,
                                               GError             **error);
COOP_AVAILABLE_IN_1_0
gboolean       coop_model_remove_actor        (CoopModel           *self,
                                               CoopActor           *actor);
COOP_AVAILABLE_IN_1_0
CoopActor     *coop_model_get_actor           (CoopModel           *self,
                                               const char          *id);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_model_get_posts           (CoopModel           *self);
COOP_AVAILABLE_IN_1_0
gboolean       coop_model_add_post            (CoopModel           *self,
                                               CoopPost            *post,
                                               GError             **error);
COOP_AVAILABLE_IN_1_0
gboolean       coop_model_remove_post         (CoopModel           *self,
                                               CoopPost            *post);
COOP_AVAILABLE_IN_1_0
CoopPost      *coop_model_get_post            (CoopModel           *self,
                                               const char          *id);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_model_get_mandates        (CoopModel           *self);
COOP_AVAILABLE_IN_1_0
gboolean       coop_model_add_mandate         (CoopModel           *self,
                                               CoopMandate         *mandate,
                                               GError             **error);
COOP_AVAILABLE_IN_1_0
gboolean       coop_model_remove_mandate      (CoopModel           *self,
                                               CoopMandate         *mandate);
COOP_AVAILABLE_IN_1_0
CoopMandate   *coop_model_get_mandate         (CoopModel           *self,
                                               const char          *id);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_model_get_bodies          (CoopModel           *self);
COOP_AVAILABLE_IN_1_0
gboolean       coop_model_add_body            (CoopModel           *self,
                                               CoopBody            *body,
                                               GError             **error);
COOP_AVAILABLE_IN_1_0
gboolean       coop_model_remove_body         (CoopModel           *self,
                                               CoopBody            *body);
COOP_AVAILABLE_IN_1_0
CoopBody      *coop_model_get_body            (CoopModel           *self,
                                               const char          *id);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_model_get_agreements      (CoopModel           *self);
COOP_AVAILABLE_IN_1_0
gboolean       coop_model_add_agreement       (CoopModel           *self,
                                               CoopAgreement       *agreement,
                                               GError             **error);
COOP_AVAILABLE_IN_1_0
gboolean       coop_model_remove_agreement    (CoopModel           *self,
                                               CoopAgreement       *agreement);
COOP_AVAILABLE_IN_1_0
CoopAgreement *coop_model_get_agreement       (CoopModel           *self,
                                               const char          *id);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_model_get_ratings         (CoopModel           *self);
COOP_AVAILABLE_IN_1_0
gboolean       coop_model_add_rating          (CoopModel           *self,
                                               CoopRating          *rating,
                                               GError             **error);
COOP_AVAILABLE_IN_1_0
gboolean       coop_model_remove_rating       (CoopModel           *self,
                                               CoopRating          *rating);
COOP_AVAILABLE_IN_1_0
CoopRating    *coop_model_get_rating          (CoopModel           *self,
                                               const char          *id);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_model_list_body_mandates  (CoopModel           *self,
                                               CoopBody            *body);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_model_list_post_mandates  (CoopModel           *self,
                                               CoopPost            *post,
                                               GDateTime           *date);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_model_list_agreements_for (CoopModel           *self,
                                               const char          *reference);
COOP_AVAILABLE_IN_1_0
CoopAgreement *coop_model_renew_agreement     (CoopModel           *self,
                                               CoopAgreement       *agreement,
                                               GDateTime           *date,
                                               GError             **error);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_model_check               (CoopModel           *self,
                                               GDateTime           *date);

G_END_DECLS
