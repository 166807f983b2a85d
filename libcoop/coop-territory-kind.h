/* coop-territory-kind.h
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

/**
 * CoopTerritoryKind:
 * @COOP_TERRITORY_KIND_COMMUNE: a commune (INSEE code)
 * @COOP_TERRITORY_KIND_EPCI: an EPCI à fiscalité propre (SIREN); see
 *   [enum@Coop.EpciForm] for its legal form
 * @COOP_TERRITORY_KIND_EPT: an établissement public territorial of the Grand Paris
 * @COOP_TERRITORY_KIND_DEPARTEMENT: a département (INSEE code)
 * @COOP_TERRITORY_KIND_REGION: a région (INSEE code)
 * @COOP_TERRITORY_KIND_COLLECTIVITE_OUTRE_MER: a collectivité d'outre-mer
 *   (Saint-Pierre-et-Miquelon 975, Saint-Barthélemy 977, Saint-Martin 978,
 *   Wallis-et-Futuna 986, Polynésie française 987, Nouvelle-Calédonie 988,
 *   TAAF 984, Clipperton 989), neither a département nor a région
 * @COOP_TERRITORY_KIND_COMMUNE_DELEGUEE: a commune déléguée of a commune
 *   nouvelle (its INSEE code, often the code of the former commune)
 * @COOP_TERRITORY_KIND_COMMUNE_ASSOCIEE: a commune associée of a commune
 * @COOP_TERRITORY_KIND_ARRONDISSEMENT_MUNICIPAL: a municipal arrondissement of
 *   Paris, Lyon or Marseille
 * @COOP_TERRITORY_KIND_PAYS: a Pays (territory of project)
 * @COOP_TERRITORY_KIND_PETR: a pôle d'équilibre territorial et rural
 * @COOP_TERRITORY_KIND_PNR: a parc naturel régional
 * @COOP_TERRITORY_KIND_SCOT: the perimeter of a schéma de cohérence territoriale
 * @COOP_TERRITORY_KIND_GAL: a groupe d'action locale of the LEADER programme
 * @COOP_TERRITORY_KIND_SYNDICAT_MIXTE: a syndicat mixte
 * @COOP_TERRITORY_KIND_POLE_METROPOLITAIN: a pôle métropolitain
 * @COOP_TERRITORY_KIND_BASSIN_DE_VIE: a bassin de vie
 * @COOP_TERRITORY_KIND_CUSTOM: any other perimeter a user defines
 *
 * The kind of a [class@Coop.Territory].
 *
 * The nick of each value (`commune`, `epci`, `pole-metropolitain`…) is the
 * string used in model documents and on the command line.
 *
 * The kinds up to %COOP_TERRITORY_KIND_ARRONDISSEMENT_MUNICIPAL are those of
 * the administrative map that a [class@Coop.Atlas] holds; the parts of a
 * commune (communes déléguées and associées, municipal arrondissements)
 * have their commune as parent ([method@Coop.Territory.get_parent_code]).
 *
 * Since: 1.0
 */
typedef enum {
  COOP_TERRITORY_KIND_COMMUNE,
  COOP_TERRITORY_KIND_EPCI,
  COOP_TERRITORY_KIND_EPT,
  COOP_TERRITORY_KIND_DEPARTEMENT,
  COOP_TERRITORY_KIND_REGION,
  COOP_TERRITORY_KIND_COLLECTIVITE_OUTRE_MER,
  COOP_TERRITORY_KIND_COMMUNE_DELEGUEE,
  COOP_TERRITORY_KIND_COMMUNE_ASSOCIEE,
  COOP_TERRITORY_KIND_ARRONDISSEMENT_MUNICIPAL,
  COOP_TERRITORY_KIND_PAYS,
  COOP_TERRITORY_KIND_PETR,
  COOP_TERRITORY_KIND_PNR,
  COOP_TERRITORY_KIND_SCOT,
  COOP_TERRITORY_KIND_GAL,
  COOP_TERRITORY_KIND_SYNDICAT_MIXTE,
  COOP_TERRITORY_KIND_POLE_METROPOLITAIN,
  COOP_TERRITORY_KIND_BASSIN_DE_VIE,
  COOP_TERRITORY_KIND_CUSTOM,
} CoopTerritoryKind;

/**
 * CoopEpciForm:
 * @COOP_EPCI_FORM_NONE: not an EPCI à fiscalité propre
 * @COOP_EPCI_FORM_CC: communauté de communes
 * @COOP_EPCI_FORM_CA: communauté d'agglomération
 * @COOP_EPCI_FORM_CU: communauté urbaine
 * @COOP_EPCI_FORM_METROPOLE: métropole (CGCT L5217-1)
 * @COOP_EPCI_FORM_METROPOLE_DE_LYON: the Métropole de Lyon, a collectivité à
 *   statut particulier whose council is elected directly
 *
 * The legal form of an EPCI à fiscalité propre.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_EPCI_FORM_NONE,
  COOP_EPCI_FORM_CC,
  COOP_EPCI_FORM_CA,
  COOP_EPCI_FORM_CU,
  COOP_EPCI_FORM_METROPOLE,
  COOP_EPCI_FORM_METROPOLE_DE_LYON,
} CoopEpciForm;

/**
 * CoopFiscalRegime:
 * @COOP_FISCAL_REGIME_NONE: no own taxation, or unknown
 * @COOP_FISCAL_REGIME_FPU: fiscalité professionnelle unique
 * @COOP_FISCAL_REGIME_FA: fiscalité additionnelle
 *
 * The fiscal regime of an EPCI à fiscalité propre.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_FISCAL_REGIME_NONE,
  COOP_FISCAL_REGIME_FPU,
  COOP_FISCAL_REGIME_FA,
} CoopFiscalRegime;

/**
 * CoopNature:
 * @COOP_NATURE_URBAN: urban
 * @COOP_NATURE_PERIURBAN: periurban
 * @COOP_NATURE_RURAL: rural
 *
 * Where a territory stands on the urban–rural gradient.
 *
 * Unless the user sets it, a territory's nature comes from the default rule
 * of [method@Coop.Territory.get_nature].
 *
 * Since: 1.0
 */
typedef enum {
  COOP_NATURE_URBAN,
  COOP_NATURE_PERIURBAN,
  COOP_NATURE_RURAL,
} CoopNature;

COOP_AVAILABLE_IN_1_0
const char *coop_territory_kind_to_string (CoopTerritoryKind  kind);
COOP_AVAILABLE_IN_1_0
gboolean    coop_territory_kind_from_string (const char        *nick,
                                             CoopTerritoryKind *kind);
COOP_AVAILABLE_IN_1_0
gboolean    coop_territory_kind_is_project  (CoopTerritoryKind  kind);
COOP_AVAILABLE_IN_1_0
const char *coop_epci_form_to_string   (CoopEpciForm       form);
COOP_AVAILABLE_IN_1_0
const char *coop_nature_to_string      (CoopNature         nature);

G_END_DECLS
