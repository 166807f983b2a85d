/* coop-mandate.h
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

#include "coop-version-macros.h"

G_BEGIN_DECLS

/**
 * CoopRole:
 * @COOP_ROLE_MAIRE: maire of a commune
 * @COOP_ROLE_ADJOINT: adjoint au maire
 * @COOP_ROLE_CONSEILLER_MUNICIPAL: conseiller municipal
 * @COOP_ROLE_PRESIDENT: président of a body or a grouping
 * @COOP_ROLE_VICE_PRESIDENT: vice-président
 * @COOP_ROLE_CONSEILLER_COMMUNAUTAIRE_TITULAIRE: conseiller communautaire titulaire
 * @COOP_ROLE_CONSEILLER_COMMUNAUTAIRE_SUPPLEANT: conseiller communautaire suppléant
 * @COOP_ROLE_DELEGUE: a delegate of a member to a syndicat, a PNR, a Pays
 * @COOP_ROLE_REFERENT: référent (of a sector, a theme, a partner)
 * @COOP_ROLE_MEMBER: a plain member of a body
 * @COOP_ROLE_DGS: directeur or directrice général(e) des services
 * @COOP_ROLE_CHARGE_DE_COOPERATION: chargé(e) de coopération
 * @COOP_ROLE_CHARGE_DE_MISSION: chargé(e) de mission
 * @COOP_ROLE_ANIMATEUR: animateur or animatrice
 * @COOP_ROLE_OTHER: any other role: a model names it by its code, label
 *   and legal reference ([method@Coop.Mandate.set_role_code]), or says
 *   which in the note
 *
 * The role a [class@Coop.Mandate] gives its actor, or the role a
 * [class@Coop.Post] stands for. The nick of each value is the string used
 * in model documents.
 *
 * Roles are an open codelist, in the manner of the Open Contracting Data
 * Standard: these are the known values, with their meaning and label; a
 * model may use any other code, with a label and where it has one a legal
 * reference, held with the value %COOP_ROLE_OTHER.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_ROLE_MAIRE,
  COOP_ROLE_ADJOINT,
  COOP_ROLE_CONSEILLER_MUNICIPAL,
  COOP_ROLE_PRESIDENT,
  COOP_ROLE_VICE_PRESIDENT,
  COOP_ROLE_CONSEILLER_COMMUNAUTAIRE_TITULAIRE,
  COOP_ROLE_CONSEILLER_COMMUNAUTAIRE_SUPPLEANT,
  COOP_ROLE_DELEGUE,
  COOP_ROLE_REFERENT,
  COOP_ROLE_MEMBER,
  COOP_ROLE_DGS,
  COOP_ROLE_CHARGE_DE_COOPERATION,
  COOP_ROLE_CHARGE_DE_MISSION,
  COOP_ROLE_ANIMATEUR,
  COOP_ROLE_OTHER,
} CoopRole;

#define COOP_TYPE_MANDATE (coop_mandate_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopMandate, coop_mandate, COOP, MANDATE, GObject)

COOP_AVAILABLE_IN_1_0
CoopMandate *coop_mandate_new              (const char  *id,
                                            const char  *actor,
                                            CoopRole     role) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
const char  *coop_mandate_get_id           (CoopMandate *self);
COOP_AVAILABLE_IN_1_0
const char  *coop_mandate_get_actor        (CoopMandate *self);
COOP_AVAILABLE_IN_1_0
CoopRole     coop_mandate_get_role         (CoopMandate *self);
COOP_AVAILABLE_IN_1_0
const char  *coop_mandate_get_body         (CoopMandate *self);
COOP_AVAILABLE_IN_1_0
void         coop_mandate_set_body         (CoopMandate *self,
                                            const char  *body);
COOP_AVAILABLE_IN_1_0
const char  *coop_mandate_get_territory    (CoopMandate *self);
COOP_AVAILABLE_IN_1_0
void         coop_mandate_set_territory    (CoopMandate *self,
                                            const char  *territory);
COOP_AVAILABLE_IN_1_0
const char  *coop_mandate_get_post         (CoopMandate *self);
COOP_AVAILABLE_IN_1_0
void         coop_mandate_set_post         (CoopMandate *self,
                                            const char  *post);
COOP_AVAILABLE_IN_1_0
const char  *coop_mandate_get_on_behalf_of (CoopMandate *self);
COOP_AVAILABLE_IN_1_0
void         coop_mandate_set_on_behalf_of (CoopMandate *self,
                                            const char  *on_behalf_of);
COOP_AVAILABLE_IN_1_0
GDateTime   *coop_mandate_get_start        (CoopMandate *self);
COOP_AVAILABLE_IN_1_0
void         coop_mandate_set_start        (CoopMandate *self,
                                            GDateTime   *start);
COOP_AVAILABLE_IN_1_0
GDateTime   *coop_mandate_get_end          (CoopMandate *self);
COOP_AVAILABLE_IN_1_0
void         coop_mandate_set_end          (CoopMandate *self,
                                            GDateTime   *end);
COOP_AVAILABLE_IN_1_0
gboolean     coop_mandate_get_voting       (CoopMandate *self);
COOP_AVAILABLE_IN_1_0
void         coop_mandate_set_voting       (CoopMandate *self,
                                            gboolean     voting);
COOP_AVAILABLE_IN_1_0
const char  *coop_mandate_get_note         (CoopMandate *self);
COOP_AVAILABLE_IN_1_0
void         coop_mandate_set_note         (CoopMandate *self,
                                            const char  *note);
COOP_AVAILABLE_IN_1_0
gboolean     coop_mandate_is_active        (CoopMandate *self,
                                            GDateTime   *date);

COOP_AVAILABLE_IN_1_0
const char *coop_mandate_get_role_code            (CoopMandate  *self);
COOP_AVAILABLE_IN_1_0
const char *coop_mandate_get_role_label           (CoopMandate  *self);
COOP_AVAILABLE_IN_1_0
const char *coop_mandate_get_role_legal_reference (CoopMandate  *self);
COOP_AVAILABLE_IN_1_0
gboolean    coop_mandate_set_role_code            (CoopMandate  *self,
                                                   const char  *code,
                                                   const char  *label,
                                                   const char  *legal_reference,
                                                   GError     **error);

G_END_DECLS
