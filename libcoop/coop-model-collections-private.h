/* coop-model-collections-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "coop-model-private.h"

G_BEGIN_DECLS

/* The model's collections of the cooperation itself, each sorted by
 * identifier, with an index by identifier. */
typedef enum {
  COOP_COLLECTION_ACTORS,
  COOP_COLLECTION_POSTS,
  COOP_COLLECTION_MANDATES,
  COOP_COLLECTION_BODIES,
  COOP_COLLECTION_AGREEMENTS,
  COOP_COLLECTION_RATINGS,
  COOP_N_COLLECTIONS
} CoopCollection;

typedef struct _CoopModelCollections CoopModelCollections;

CoopModelCollections *_coop_model_collections_new        (void);
void             _coop_model_collections_free       (CoopModelCollections  *self);
CoopModelCollections *_coop_model_get_collections  (CoopModel        *model);
GListModel      *_coop_model_get_collection   (CoopModel        *model,
                                               CoopCollection    collection);
const char      *_coop_collection_get_name    (CoopCollection    collection);
GType            _coop_collection_get_type    (CoopCollection    collection);
gboolean         _coop_model_add_to_collection (CoopModel       *model,
                                                CoopCollection   collection,
                                                GObject         *object,
                                                GError         **error);
gboolean         _coop_model_remove_from_collection (CoopModel  *model,
                                                     CoopCollection collection,
                                                     GObject    *object);
gpointer         _coop_model_get_from_collection (CoopModel     *model,
                                                  CoopCollection collection,
                                                  const char    *id);

/* The document sections of the cooperation (coop-model-io-cooperation.c). */
void             _coop_model_check_document    (CoopModel        *model,
                                                GListStore       *findings);
CoopModel       *_coop_model_new_for_cooperations (CoopModel     *model,
                                                  GListModel    *cooperations);
gboolean         _coop_model_load_cooperation  (CoopModel        *model,
                                                CoopJsonDocument *document,
                                                GError          **error);
void             _coop_model_write_cooperation (CoopModel        *model,
                                                GString          *out,
                                                gboolean         *first);

extern const char * const _coop_cooperation_sections[];

G_END_DECLS
