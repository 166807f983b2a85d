/* coop-agreement-kind.h
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
 * CoopAgreementKind:
 * @COOP_AGREEMENT_KIND_PACTE_POLITIQUE: a pacte politique
 * @COOP_AGREEMENT_KIND_PACTE_DE_GOUVERNANCE: a pacte de gouvernance (CGCT L5211-11-2)
 * @COOP_AGREEMENT_KIND_PACTE_FINANCIER_ET_FISCAL: a pacte financier et fiscal
 * @COOP_AGREEMENT_KIND_PLAN_DE_MANDAT: a plan de mandat
 * @COOP_AGREEMENT_KIND_CHARTE: a charte (of values, of a PNR)
 * @COOP_AGREEMENT_KIND_CONVENTION_INTERTERRITORIALE: a convention interterritoriale
 * @COOP_AGREEMENT_KIND_CONVENTION_D_ARTICULATION: a convention d'articulation
 *   between overlapping territories
 * @COOP_AGREEMENT_KIND_CONVENTION_DE_PRESTATION: a convention de prestation de services
 * @COOP_AGREEMENT_KIND_PLAN_DE_COOPERATION: a plan de coopération, annual:
 *   evaluated and renewed each year
 * @COOP_AGREEMENT_KIND_CONTRAT_DE_RECIPROCITE: a contrat de réciprocité (ville–campagne)
 * @COOP_AGREEMENT_KIND_CONTRAT_TERRITORIAL: a contrat territorial with the
 *   State, the Région or the Département (contrat unique…)
 * @COOP_AGREEMENT_KIND_PACTE_ETAT_METROPOLE: a pacte État-métropole and its
 *   volet coopération
 * @COOP_AGREEMENT_KIND_SCHEMA_DE_MUTUALISATION: an accord or schéma de mutualisation
 * @COOP_AGREEMENT_KIND_DELIBERATIONS_CONCORDANTES: délibérations concordantes
 * @COOP_AGREEMENT_KIND_REGLEMENT_INTERIEUR: a règlement intérieur
 * @COOP_AGREEMENT_KIND_CONTRAT_DE_RELANCE_ET_DE_TRANSITION_ECOLOGIQUE: a
 *   contrat de relance et de transition écologique (CRTE) between the State
 *   and an intercommunality or a group of them
 * @COOP_AGREEMENT_KIND_PROJET_ALIMENTAIRE_TERRITORIAL: a projet alimentaire
 *   territorial (PAT, code rural L111-2-2)
 * @COOP_AGREEMENT_KIND_CONVENTION_D_ENTENTE: a convention d'entente between
 *   communes or groupings (CGCT L5221-1)
 * @COOP_AGREEMENT_KIND_CONVENTION_TERRITORIALE_D_EXERCICE_CONCERTE: a
 *   convention territoriale d'exercice concerté of a competence (CGCT L1111-9-1)
 * @COOP_AGREEMENT_KIND_OTHER: another kind, named by its code, label and
 *   legal reference ([method@Coop.Agreement.set_kind_code])
 *
 * The kind of a [class@Coop.Agreement]. The nick of each value is the
 * string used in model documents.
 *
 * Agreement kinds are an open codelist, in the manner of the Open
 * Contracting Data Standard: these are the known values, with their
 * meaning and label; a model may use any other code, with a label and
 * where it has one a legal reference, which the agreement then holds with
 * the kind %COOP_AGREEMENT_KIND_OTHER.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_AGREEMENT_KIND_PACTE_POLITIQUE,
  COOP_AGREEMENT_KIND_PACTE_DE_GOUVERNANCE,
  COOP_AGREEMENT_KIND_PACTE_FINANCIER_ET_FISCAL,
  COOP_AGREEMENT_KIND_PLAN_DE_MANDAT,
  COOP_AGREEMENT_KIND_CHARTE,
  COOP_AGREEMENT_KIND_CONVENTION_INTERTERRITORIALE,
  COOP_AGREEMENT_KIND_CONVENTION_D_ARTICULATION,
  COOP_AGREEMENT_KIND_CONVENTION_DE_PRESTATION,
  COOP_AGREEMENT_KIND_PLAN_DE_COOPERATION,
  COOP_AGREEMENT_KIND_CONTRAT_DE_RECIPROCITE,
  COOP_AGREEMENT_KIND_CONTRAT_TERRITORIAL,
  COOP_AGREEMENT_KIND_PACTE_ETAT_METROPOLE,
  COOP_AGREEMENT_KIND_SCHEMA_DE_MUTUALISATION,
  COOP_AGREEMENT_KIND_DELIBERATIONS_CONCORDANTES,
  COOP_AGREEMENT_KIND_REGLEMENT_INTERIEUR,
  COOP_AGREEMENT_KIND_CONTRAT_DE_RELANCE_ET_DE_TRANSITION_ECOLOGIQUE,
  COOP_AGREEMENT_KIND_PROJET_ALIMENTAIRE_TERRITORIAL,
  COOP_AGREEMENT_KIND_CONVENTION_D_ENTENTE,
  COOP_AGREEMENT_KIND_CONVENTION_TERRITORIALE_D_EXERCICE_CONCERTE,
  COOP_AGREEMENT_KIND_OTHER,
} CoopAgreementKind;

/**
 * CoopAgreementStatus:
 * @COOP_AGREEMENT_STATUS_DRAFT: being written
 * @COOP_AGREEMENT_STATUS_NEGOTIATION: under negotiation between the parties
 * @COOP_AGREEMENT_STATUS_SIGNED: signed, not yet in force
 * @COOP_AGREEMENT_STATUS_IN_FORCE: in force
 * @COOP_AGREEMENT_STATUS_UNDER_EVALUATION: in force and being evaluated
 * @COOP_AGREEMENT_STATUS_RENEWED: renewed after an evaluation (a renewing
 *   agreement carries on, or the same one runs another period)
 * @COOP_AGREEMENT_STATUS_COMPLETED: final: ran its course
 * @COOP_AGREEMENT_STATUS_TERMINATED_EARLY: final: ended before its term
 * @COOP_AGREEMENT_STATUS_CANCELLED: final: abandoned before it took effect
 * @COOP_AGREEMENT_STATUS_EXPIRED: final: reached its end date without renewal
 *
 * Where a [class@Coop.Agreement] stands. The first six values are the
 * lifecycle, the last four the final statuses; see
 * [method@Coop.Agreement.transition] for the allowed moves.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_AGREEMENT_STATUS_DRAFT,
  COOP_AGREEMENT_STATUS_NEGOTIATION,
  COOP_AGREEMENT_STATUS_SIGNED,
  COOP_AGREEMENT_STATUS_IN_FORCE,
  COOP_AGREEMENT_STATUS_UNDER_EVALUATION,
  COOP_AGREEMENT_STATUS_RENEWED,
  COOP_AGREEMENT_STATUS_COMPLETED,
  COOP_AGREEMENT_STATUS_TERMINATED_EARLY,
  COOP_AGREEMENT_STATUS_CANCELLED,
  COOP_AGREEMENT_STATUS_EXPIRED,
} CoopAgreementStatus;

COOP_AVAILABLE_IN_1_0
gboolean coop_agreement_status_is_final       (CoopAgreementStatus status);
COOP_AVAILABLE_IN_1_0
gboolean coop_agreement_status_can_transition (CoopAgreementStatus from,
                                               CoopAgreementStatus to);

G_END_DECLS
