/* coop-territory.h
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

#include "coop-territory-kind.h"
#include "coop-version-macros.h"

G_BEGIN_DECLS

/**
 * COOP_POPULATION_UNKNOWN:
 *
 * The value of a population that the source does not give.
 *
 * Since: 1.0
 */
#define COOP_POPULATION_UNKNOWN (-1)

#define COOP_TYPE_TERRITORY (coop_territory_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopTerritory, coop_territory, COOP, TERRITORY, GObject)

COOP_AVAILABLE_IN_1_0
CoopTerritory      *coop_territory_new                     (CoopTerritoryKind   kind,
                                                            const char         *code,
                                                            const char         *name) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
const char         *coop_territory_get_code                (CoopTerritory      *self);
COOP_AVAILABLE_IN_1_0
const char         *coop_territory_get_name                (CoopTerritory      *self);
COOP_AVAILABLE_IN_1_0
void                coop_territory_set_name                (CoopTerritory      *self,
                                                            const char         *name);
COOP_AVAILABLE_IN_1_0
CoopTerritoryKind   coop_territory_get_kind                (CoopTerritory      *self);
COOP_AVAILABLE_IN_1_0
char               *coop_territory_dup_reference           (CoopTerritory      *self);
COOP_AVAILABLE_IN_1_0
gboolean            coop_territory_is_from_atlas           (CoopTerritory      *self);
COOP_AVAILABLE_IN_1_0
const char         *coop_territory_get_siren               (CoopTerritory      *self);
COOP_AVAILABLE_IN_1_0
CoopEpciForm        coop_territory_get_epci_form           (CoopTerritory      *self);
COOP_AVAILABLE_IN_1_0
void                coop_territory_set_epci_form           (CoopTerritory      *self,
                                                            CoopEpciForm        form);
COOP_AVAILABLE_IN_1_0
CoopFiscalRegime    coop_territory_get_fiscal_regime       (CoopTerritory      *self);
COOP_AVAILABLE_IN_1_0
gint64              coop_territory_get_population_municipale (CoopTerritory    *self);
COOP_AVAILABLE_IN_1_0
void                coop_territory_set_population_municipale (CoopTerritory    *self,
                                                              gint64            population);
COOP_AVAILABLE_IN_1_0
gint64              coop_territory_get_population_totale   (CoopTerritory      *self);
COOP_AVAILABLE_IN_1_0
void                coop_territory_set_population_totale   (CoopTerritory      *self,
                                                            gint64              population);
COOP_AVAILABLE_IN_1_0
guint               coop_territory_get_population_year     (CoopTerritory      *self);
COOP_AVAILABLE_IN_1_0
void                coop_territory_set_population_year     (CoopTerritory      *self,
                                                            guint               year);
COOP_AVAILABLE_IN_1_0
CoopNature          coop_territory_get_nature              (CoopTerritory      *self);
COOP_AVAILABLE_IN_1_0
void                coop_territory_set_nature              (CoopTerritory      *self,
                                                            CoopNature          nature);
COOP_AVAILABLE_IN_1_0
void                coop_territory_reset_nature            (CoopTerritory      *self);
COOP_AVAILABLE_IN_1_0
gboolean            coop_territory_get_nature_is_default   (CoopTerritory      *self);
COOP_AVAILABLE_IN_1_0
const char         *coop_territory_get_departement_code    (CoopTerritory      *self);
COOP_AVAILABLE_IN_1_0
const char         *coop_territory_get_region_code         (CoopTerritory      *self);
COOP_AVAILABLE_IN_1_0
const char         *coop_territory_get_epci_code           (CoopTerritory      *self);
COOP_AVAILABLE_IN_1_0
const char         *coop_territory_get_ept_code            (CoopTerritory      *self);
COOP_AVAILABLE_IN_1_0
const char         *coop_territory_get_parent_code         (CoopTerritory      *self);
COOP_AVAILABLE_IN_1_0
const char * const *coop_territory_get_member_codes        (CoopTerritory      *self);
COOP_AVAILABLE_IN_1_0
void                coop_territory_set_member_codes        (CoopTerritory      *self,
                                                            const char * const *codes);
COOP_AVAILABLE_IN_1_0
gboolean            coop_territory_add_member_code         (CoopTerritory      *self,
                                                            const char         *code);
COOP_AVAILABLE_IN_1_0
gboolean            coop_territory_remove_member_code      (CoopTerritory      *self,
                                                            const char         *code);
COOP_AVAILABLE_IN_1_0
GDateTime          *coop_territory_get_valid_from          (CoopTerritory      *self);
COOP_AVAILABLE_IN_1_0
void                coop_territory_set_valid_from          (CoopTerritory      *self,
                                                            GDateTime          *date);
COOP_AVAILABLE_IN_1_0
GDateTime          *coop_territory_get_valid_until         (CoopTerritory      *self);
COOP_AVAILABLE_IN_1_0
void                coop_territory_set_valid_until         (CoopTerritory      *self,
                                                            GDateTime          *date);
COOP_AVAILABLE_IN_1_0
gint64              coop_territory_get_member_population   (CoopTerritory      *self,
                                                            const char         *commune);
COOP_AVAILABLE_IN_1_0
void                coop_territory_set_member_population   (CoopTerritory      *self,
                                                            const char         *commune,
                                                            gint64              population);
COOP_AVAILABLE_IN_1_0
char              **coop_territory_dup_member_population_codes (CoopTerritory  *self) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
guint               coop_territory_get_member_population_year (CoopTerritory   *self);
COOP_AVAILABLE_IN_1_0
void                coop_territory_set_member_population_year (CoopTerritory   *self,
                                                            guint               year);

G_END_DECLS
