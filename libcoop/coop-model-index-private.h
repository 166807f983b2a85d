/* coop-model-index-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "coop-model.h"

G_BEGIN_DECLS

/*
 * What the analyses of a model look up again and again, computed once per
 * model and dropped whenever the model changes, so that checking,
 * assessing or diagnosing a model costs time in proportion to its size:
 *
 * - each territory's perimeter (sorted atlas commune indexes);
 * - for each commune, the model's territories whose perimeter holds it;
 * - the territory each reference names (a territory, or an actor's);
 * - the mandates of each post and of each body;
 * - for each commune and each territory, the bodies and agreements that
 *   mention something reaching it (a superset of what any evidence rule
 *   can count: the rules still decide, the index only spares them the
 *   items that cannot matter).
 *
 * The model drops the index when a territory, a collection or anything
 * the index read from an item changes (items-changed and notify).
 */
typedef struct _CoopModelIndex CoopModelIndex;

CoopModelIndex *_coop_model_index_new             (CoopModel      *model);
void            _coop_model_index_free            (CoopModelIndex *self);
void            _coop_model_index_invalidate      (CoopModelIndex *self);

GArray         *_coop_model_index_get_perimeter   (CoopModelIndex *self,
                                                   CoopTerritory  *territory);
GPtrArray      *_coop_model_index_get_containing  (CoopModelIndex *self,
                                                   guint32         commune);
CoopTerritory  *_coop_model_index_resolve         (CoopModelIndex *self,
                                                   const char     *reference);
GPtrArray      *_coop_model_index_get_post_mandates (CoopModelIndex *self,
                                                     const char     *post);
GPtrArray      *_coop_model_index_get_body_mandates (CoopModelIndex *self,
                                                     const char     *body);
GPtrArray      *_coop_model_index_get_actor_mandates (CoopModelIndex *self,
                                                      const char     *actor);
GArray         *_coop_model_index_dup_candidates  (CoopModelIndex *self,
                                                   CoopTerritory  *territory,
                                                   gboolean        agreements);

CoopModelIndex *_coop_model_get_index             (CoopModel      *model);

G_END_DECLS
