/* coop-atlas-compiler-private.h
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

#define COOP_ATLAS_SNAPSHOT_KINDS (COOP_TERRITORY_KIND_ARRONDISSEMENT_MUNICIPAL + 1)

typedef struct
{
  char       *member_code;
  char       *member_name;
  char       *member_siren;
  gint64      population_municipale;
  gint64      population_totale;
  guint32     member;
} CoopPendingMember;

/* One territory of one millésime, as read from the source files. */
typedef struct
{
  char              *code;
  char              *name;
  char              *siren;
  char              *departement_code;
  char              *region_code;
  char              *parent_code;
  char             **former_codes;   /* the source's anciensCodes */
  char              *path;           /* where it came from, for errors */
  GArray            *members;        /* CoopPendingMember */
  gint64             population_municipale;
  gint64             population_totale;
  guint16            population_year;
  CoopTerritoryKind  kind;
  CoopTerritoryKind  parent_kind;
  CoopEpciForm       epci_form;
  CoopFiscalRegime   fiscal_regime;
  CoopNature         nature;
  guint32            departement;
  guint32            region;
  guint32            epci;
  guint32            ept;
  guint32            parent;
  guint32            identity;       /* set by the writer */
} CoopSourceRecord;

/* One millésime: the five files of one version of the source. */
typedef struct
{
  GPtrArray  *records;                            /* CoopSourceRecord*, sorted */
  GHashTable *by_kind[COOP_ATLAS_SNAPSHOT_KINDS]; /* code → index */
  guint       year;
  guint       population_year;
  guint       member_population_year;
  char       *source_name;
  char       *source_version;
} CoopSourceSnapshot;

CoopSourceSnapshot *_coop_source_snapshot_read (GFile         *directory,
                                                const char    *override_name,
                                                GBytes        *override_bytes,
                                                GCancellable  *cancellable,
                                                GError       **error);
void                _coop_source_snapshot_free (CoopSourceSnapshot *snapshot);
guint32             _coop_source_snapshot_find (CoopSourceSnapshot *snapshot,
                                                CoopTerritoryKind   kind,
                                                const char         *code);

GBytes *_coop_atlas_write (GPtrArray *snapshots);

GBytes *_coop_atlas_compile_source (GFile         *directory,
                                    GCancellable  *cancellable,
                                    GError       **error);
GBytes *_coop_atlas_compile_source_with (GFile         *directory,
                                         const char    *override_name,
                                         GBytes        *override_bytes,
                                         GCancellable  *cancellable,
                                         GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CoopSourceSnapshot, _coop_source_snapshot_free)

G_END_DECLS
