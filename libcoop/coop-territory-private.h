/* coop-territory-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "coop-model.h"
#include "coop-territory.h"

G_BEGIN_DECLS

/* What the atlas knows of a territory when it creates its object. */
typedef struct
{
  CoopTerritoryKind  kind;
  const char        *code;
  const char        *name;
  const char        *siren;
  CoopEpciForm       epci_form;
  CoopFiscalRegime   fiscal_regime;
  gint64             population_municipale;
  gint64             population_totale;
  guint              population_year;
  const char        *departement_code;
  const char        *region_code;
  const char        *epci_code;
  const char        *ept_code;
  const char        *parent_code;
  CoopNature         default_nature;
} CoopTerritoryRecord;

CoopTerritory *_coop_territory_new_from_record    (const CoopTerritoryRecord *record);
void           _coop_territory_set_default_nature (CoopTerritory             *self,
                                                   CoopNature                 nature);
/* The models holding a territory of project, which check the members it
 * is given (see _coop_model_check_members). */
void           _coop_territory_add_model          (CoopTerritory             *self,
                                                   CoopModel                 *model);
void           _coop_territory_remove_model       (CoopTerritory             *self,
                                                   CoopModel                 *model);
JsonObject    *_coop_territory_get_extra          (CoopTerritory             *self);
void           _coop_territory_set_extra          (CoopTerritory             *self,
                                                   JsonObject                *extra);
GHashTable    *_coop_territory_get_member_populations (CoopTerritory         *self,
                                                       gboolean               create);

G_END_DECLS
