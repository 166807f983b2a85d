/* coop-atlas.h
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

#include "coop-territory.h"
#include "coop-version-macros.h"

G_BEGIN_DECLS

#define COOP_TYPE_ATLAS (coop_atlas_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopAtlas, coop_atlas, COOP, ATLAS, GObject)

COOP_AVAILABLE_IN_1_0
CoopAtlas     *coop_atlas_dup_default           (GError             **error);
COOP_AVAILABLE_IN_1_0
CoopAtlas     *coop_atlas_dup_default_for_year  (guint                year,
                                                 GError             **error);
COOP_AVAILABLE_IN_1_0
CoopAtlas     *coop_atlas_open_year             (CoopAtlas           *self,
                                                 guint                year,
                                                 GError             **error) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
guint          coop_atlas_get_year              (CoopAtlas           *self);
COOP_AVAILABLE_IN_1_0
guint         *coop_atlas_get_years             (CoopAtlas           *self,
                                                 guint               *n_years);
COOP_AVAILABLE_IN_1_0
guint          coop_atlas_get_member_population_year (CoopAtlas      *self);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_atlas_lookup_name           (CoopAtlas           *self,
                                                 const char          *name);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_atlas_list_successors       (CoopAtlas           *self,
                                                 const char          *code);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_atlas_list_changes          (CoopAtlas           *self,
                                                 const char          *reference,
                                                 guint                year,
                                                 GError             **error);
COOP_AVAILABLE_IN_1_0
CoopAtlas     *coop_atlas_new_for_file          (GFile               *file,
                                                 GCancellable        *cancellable,
                                                 GError             **error) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
void           coop_atlas_new_for_file_async    (GFile               *file,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
COOP_AVAILABLE_IN_1_0
CoopAtlas     *coop_atlas_new_for_file_finish   (GAsyncResult        *result,
                                                 GError             **error) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
CoopAtlas     *coop_atlas_new_for_source        (GFile               *directory,
                                                 GCancellable        *cancellable,
                                                 GError             **error) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
GBytes        *coop_atlas_compile_source        (GFile               *directory,
                                                 GCancellable        *cancellable,
                                                 GError             **error);
COOP_AVAILABLE_IN_1_0
const char    *coop_atlas_get_source            (CoopAtlas           *self);
COOP_AVAILABLE_IN_1_0
const char    *coop_atlas_get_source_version    (CoopAtlas           *self);
COOP_AVAILABLE_IN_1_0
guint          coop_atlas_get_population_year   (CoopAtlas           *self);
COOP_AVAILABLE_IN_1_0
guint          coop_atlas_count                 (CoopAtlas           *self,
                                                 CoopTerritoryKind    kind);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_atlas_list_territories      (CoopAtlas           *self,
                                                 CoopTerritoryKind    kind);
COOP_AVAILABLE_IN_1_0
CoopTerritory *coop_atlas_lookup                (CoopAtlas           *self,
                                                 const char          *reference);
COOP_AVAILABLE_IN_1_0
CoopTerritory *coop_atlas_lookup_kind           (CoopAtlas           *self,
                                                 CoopTerritoryKind    kind,
                                                 const char          *code);
COOP_AVAILABLE_IN_1_0
CoopTerritory *coop_atlas_lookup_siren          (CoopAtlas           *self,
                                                 const char          *siren);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_atlas_search                (CoopAtlas           *self,
                                                 const char          *text,
                                                 guint                max_results);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_atlas_list_members          (CoopAtlas           *self,
                                                 CoopTerritory       *territory);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_atlas_list_communes         (CoopAtlas           *self,
                                                 CoopTerritory       *territory);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_atlas_list_containers       (CoopAtlas           *self,
                                                 CoopTerritory       *territory);
COOP_AVAILABLE_IN_1_0
GListModel    *coop_atlas_list_overlap          (CoopAtlas           *self,
                                                 CoopTerritory       *first,
                                                 CoopTerritory       *second);
COOP_AVAILABLE_IN_1_0
gint64         coop_atlas_get_population        (CoopAtlas           *self,
                                                 CoopTerritory       *territory);
COOP_AVAILABLE_IN_1_0
gint64         coop_atlas_get_member_population (CoopAtlas           *self,
                                                 CoopTerritory       *perimeter,
                                                 CoopTerritory       *member);

G_END_DECLS
