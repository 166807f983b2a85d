/* coop-atlas-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "coop-atlas.h"
#include "coop-atlas-data-private.h"

G_BEGIN_DECLS

CoopAtlas     *_coop_atlas_new_for_bytes        (GBytes        *bytes,
                                                 GError       **error);
CoopAtlas     *_coop_atlas_new_for_bytes_year   (GBytes        *bytes,
                                                 guint          year,
                                                 GError       **error);
CoopAtlasData *_coop_atlas_get_data             (CoopAtlas     *self);
CoopTerritory *_coop_atlas_dup_territory_at     (CoopAtlas     *self,
                                                 guint32        index);
guint32        _coop_atlas_get_index            (CoopAtlas     *self,
                                                 CoopTerritory *territory);
guint32        _coop_atlas_resolve_reference    (CoopAtlas     *self,
                                                 const char    *reference);
GArray        *_coop_atlas_collect_communes     (CoopAtlas     *self,
                                                 guint32        index);
GListModel    *_coop_atlas_list_new             (CoopAtlas     *self,
                                                 GArray        *indexes);
GListModel    *_coop_atlas_list_new_range       (CoopAtlas     *self,
                                                 guint          start,
                                                 guint          end);
void           _coop_atlas_sort_unique          (GArray        *indexes);
GArray        *_coop_atlas_intersect            (GArray        *first,
                                                 GArray        *second);

G_END_DECLS
