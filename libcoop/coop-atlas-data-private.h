/* coop-atlas-data-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>

#include "coop-atlas-format.h"
#include "coop-territory-kind.h"

G_BEGIN_DECLS

#define COOP_ATLAS_N_KINDS (COOP_TERRITORY_KIND_ARRONDISSEMENT_MUNICIPAL + 1)

typedef struct _CoopAtlasData CoopAtlasData;

/* One territory as stored; strings point into the mapped file. */
typedef struct
{
  const char        *code;
  const char        *name;
  const char        *siren;
  CoopTerritoryKind  kind;
  CoopEpciForm       epci_form;
  CoopFiscalRegime   fiscal_regime;
  CoopNature         nature;
  gint64             population_municipale;
  gint64             population_totale;
  guint              population_year;
  guint32            departement;
  guint32            region;
  guint32            epci;
  guint32            ept;
  guint32            parent;
  gboolean           present;
  guint32            members_start;
  guint32            members_count;
} CoopAtlasEntry;

CoopAtlasData             *_coop_atlas_data_new             (GBytes            *bytes,
                                                             guint              year,
                                                             GError           **error);
GBytes                    *_coop_atlas_data_get_bytes       (CoopAtlasData     *self);
guint                      _coop_atlas_data_get_year        (CoopAtlasData     *self);
GArray                    *_coop_atlas_data_get_years       (CoopAtlasData     *self);
gboolean                   _coop_atlas_data_is_present      (CoopAtlasData     *self,
                                                             guint32            index);
void                       _coop_atlas_data_get_present     (CoopAtlasData     *self,
                                                             CoopTerritoryKind  kind,
                                                             const guint32    **indexes,
                                                             guint             *n_indexes);
guint32                    _coop_atlas_data_find_identity   (CoopAtlasData     *self,
                                                             CoopTerritoryKind  kind,
                                                             const char        *code);
void                       _coop_atlas_data_free            (CoopAtlasData     *self);
guint                      _coop_atlas_data_get_n_territories (CoopAtlasData   *self);
guint32                    _coop_atlas_data_find_code       (CoopAtlasData     *self,
                                                             CoopTerritoryKind  kind,
                                                             const char        *code);
guint32                    _coop_atlas_data_find_siren      (CoopAtlasData     *self,
                                                             guint64            siren);
void                       _coop_atlas_data_get_entry       (CoopAtlasData     *self,
                                                             guint32            index,
                                                             CoopAtlasEntry    *entry);
CoopTerritoryKind          _coop_atlas_data_get_kind        (CoopAtlasData     *self,
                                                             guint32            index);
void                       _coop_atlas_data_get_code        (CoopAtlasData     *self,
                                                             guint32            index,
                                                             char               buffer[COOP_ATLAS_CODE_MAX_LEN + 1]);
const CoopAtlasMembership *_coop_atlas_data_get_memberships (CoopAtlasData     *self,
                                                             guint32            index,
                                                             guint             *n_memberships);
void                       _coop_atlas_data_search_names    (CoopAtlasData     *self,
                                                             const char        *key,
                                                             GArray            *matches);
GVariant                  *_coop_atlas_data_lookup_metadata (CoopAtlasData     *self,
                                                             const char        *key,
                                                             const GVariantType *type);

/* A match of _coop_atlas_data_find_former(). */
typedef struct
{
  guint32 successor;
  guint   year;        /* the millésime from which; 0 before the first */
} CoopAtlasFormerMatch;

void                       _coop_atlas_data_find_former     (CoopAtlasData     *self,
                                                             const char        *code,
                                                             GArray            *out);

/* A match of _coop_atlas_data_search_names(). */
typedef struct
{
  guint32  territory;
  gboolean whole_name;   /* the key starts at the first word of the name */
  gboolean exact;        /* the key is the whole name */
} CoopAtlasNameMatch;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CoopAtlasData, _coop_atlas_data_free)

G_END_DECLS
