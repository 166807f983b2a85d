/* coop-body.h
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

#include "coop-meeting.h"
#include "coop-version-macros.h"

G_BEGIN_DECLS

/**
 * CoopBodyKind:
 * @COOP_BODY_KIND_CONSEIL_COMMUNAUTAIRE: the assembly of an EPCI
 * @COOP_BODY_KIND_BUREAU: the bureau (président and vice-présidents)
 * @COOP_BODY_KIND_CONFERENCE_DES_MAIRES: the conférence des maires (CGCT L5211-11-3)
 * @COOP_BODY_KIND_CONSEIL_DE_DEVELOPPEMENT: a conseil de développement;
 *   see [property@Coop.Body:council-role]
 * @COOP_BODY_KIND_COMITE_TECHNIQUE: a comité technique or instance de coordination
 * @COOP_BODY_KIND_COMITE_DE_PILOTAGE: a comité de pilotage
 * @COOP_BODY_KIND_COMITE_DE_SUIVI_DES_FINANCEURS: a comité de suivi des financeurs
 * @COOP_BODY_KIND_GAL: the comité of a groupe d'action locale (LEADER)
 * @COOP_BODY_KIND_POLE_DE_PROXIMITE: a pôle de proximité or secteur géographique
 * @COOP_BODY_KIND_COMMISSION: a commission thématique
 * @COOP_BODY_KIND_INFORMAL_NETWORK: an informal network
 * @COOP_BODY_KIND_CONSEIL_DE_QUARTIER: a conseil de quartier (CGCT L2143-1)
 * @COOP_BODY_KIND_COMITE_D_USAGERS: a comité d'usagers of a service or a facility
 * @COOP_BODY_KIND_OTHER: another kind, named by its code, label and legal
 *   reference ([method@Coop.Body.set_kind_code])
 *
 * The kind of a [class@Coop.Body]. The nick of each value is the string
 * used in model documents.
 *
 * Body kinds are an open codelist, in the manner of the Open Contracting Data
 * Standard: these are the known values, with their meaning and label; a
 * model may use any other code, with a label and where it has one a legal
 * reference, held with the value %COOP_BODY_KIND_OTHER.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_BODY_KIND_CONSEIL_COMMUNAUTAIRE,
  COOP_BODY_KIND_BUREAU,
  COOP_BODY_KIND_CONFERENCE_DES_MAIRES,
  COOP_BODY_KIND_CONSEIL_DE_DEVELOPPEMENT,
  COOP_BODY_KIND_COMITE_TECHNIQUE,
  COOP_BODY_KIND_COMITE_DE_PILOTAGE,
  COOP_BODY_KIND_COMITE_DE_SUIVI_DES_FINANCEURS,
  COOP_BODY_KIND_GAL,
  COOP_BODY_KIND_POLE_DE_PROXIMITE,
  COOP_BODY_KIND_COMMISSION,
  COOP_BODY_KIND_INFORMAL_NETWORK,
  COOP_BODY_KIND_CONSEIL_DE_QUARTIER,
  COOP_BODY_KIND_COMITE_D_USAGERS,
  COOP_BODY_KIND_OTHER,
} CoopBodyKind;

/**
 * CoopCouncilRole:
 * @COOP_COUNCIL_ROLE_UNSPECIFIED: not said, or not a conseil de développement
 * @COOP_COUNCIL_ROLE_PROPOSE_AND_VALIDATE: the council proposes and its
 *   opinion is sought before the assembly decides
 * @COOP_COUNCIL_ROLE_DIALOGUE_AND_ANIMATE: the council runs dialogue and
 *   animation with civil society, without a formal say in decisions
 *
 * The role of a conseil de développement, the two cases the seed material
 * describes.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_COUNCIL_ROLE_UNSPECIFIED,
  COOP_COUNCIL_ROLE_PROPOSE_AND_VALIDATE,
  COOP_COUNCIL_ROLE_DIALOGUE_AND_ANIMATE,
} CoopCouncilRole;

#define COOP_TYPE_BODY (coop_body_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopBody, coop_body, COOP, BODY, GObject)

COOP_AVAILABLE_IN_1_0
CoopBody           *coop_body_new              (const char         *id,
                                                CoopBodyKind        kind,
                                                const char         *name) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
const char         *coop_body_get_id           (CoopBody           *self);
COOP_AVAILABLE_IN_1_0
CoopBodyKind        coop_body_get_kind         (CoopBody           *self);
COOP_AVAILABLE_IN_1_0
const char         *coop_body_get_name         (CoopBody           *self);
COOP_AVAILABLE_IN_1_0
const char * const *coop_body_get_scope        (CoopBody           *self);
COOP_AVAILABLE_IN_1_0
void                coop_body_set_scope        (CoopBody           *self,
                                                const char * const *scope);
COOP_AVAILABLE_IN_1_0
CoopCouncilRole     coop_body_get_council_role (CoopBody           *self);
COOP_AVAILABLE_IN_1_0
void                coop_body_set_council_role (CoopBody           *self,
                                                CoopCouncilRole     council_role);
COOP_AVAILABLE_IN_1_0
const char         *coop_body_get_description  (CoopBody           *self);
COOP_AVAILABLE_IN_1_0
void                coop_body_set_description  (CoopBody           *self,
                                                const char         *description);
COOP_AVAILABLE_IN_1_0
GListModel         *coop_body_get_meetings     (CoopBody           *self);
COOP_AVAILABLE_IN_1_0
void                coop_body_add_meeting      (CoopBody           *self,
                                                CoopMeeting        *meeting);

COOP_AVAILABLE_IN_1_0
const char *coop_body_get_kind_code            (CoopBody  *self);
COOP_AVAILABLE_IN_1_0
const char *coop_body_get_kind_label           (CoopBody  *self);
COOP_AVAILABLE_IN_1_0
const char *coop_body_get_kind_legal_reference (CoopBody  *self);
COOP_AVAILABLE_IN_1_0
gboolean    coop_body_set_kind_code            (CoopBody  *self,
                                                const char  *code,
                                                const char  *label,
                                                const char  *legal_reference,
                                                GError     **error);

COOP_AVAILABLE_IN_1_0
GDateTime *coop_body_get_start (CoopBody  *self);
COOP_AVAILABLE_IN_1_0
void       coop_body_set_start (CoopBody  *self,
                                GDateTime *start);
COOP_AVAILABLE_IN_1_0
GDateTime *coop_body_get_end   (CoopBody  *self);
COOP_AVAILABLE_IN_1_0
void       coop_body_set_end   (CoopBody  *self,
                                GDateTime *end);
COOP_AVAILABLE_IN_1_0
gboolean   coop_body_is_active (CoopBody  *self,
                                GDateTime *date);

G_END_DECLS
