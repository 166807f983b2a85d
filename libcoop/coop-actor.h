/* coop-actor.h
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
 * CoopActorKind:
 * @COOP_ACTOR_KIND_ELECTED_OFFICIAL: an elected official (maire, conseiller…)
 * @COOP_ACTOR_KIND_STAFF: a member of staff (DGS, chargé de mission, chargé de coopération)
 * @COOP_ACTOR_KIND_ASSOCIATION: an association
 * @COOP_ACTOR_KIND_BUSINESS: a business
 * @COOP_ACTOR_KIND_CHAMBER: a chamber (agriculture, commerce et industrie, métiers)
 * @COOP_ACTOR_KIND_DEVELOPMENT_COUNCIL: a conseil de développement as an organisation
 * @COOP_ACTOR_KIND_NEUTRAL_THIRD_PARTY: a neutral third-party structure able to
 *   mediate (a PNR's team, a resource centre, a Mairie-conseils-style adviser)
 * @COOP_ACTOR_KIND_STATE_SERVICE: a service of the State (préfecture, DDT…)
 * @COOP_ACTOR_KIND_RESIDENT: a resident taking part as a citizen
 * @COOP_ACTOR_KIND_SCIC: a société coopérative d'intérêt collectif carrying a project
 * @COOP_ACTOR_KIND_GIP: a groupement d'intérêt public carrying a project
 * @COOP_ACTOR_KIND_SEM: a société d'économie mixte carrying a project
 * @COOP_ACTOR_KIND_OTHER: another kind, named by its code, label and legal
 *   reference ([method@Coop.Actor.set_kind_code])
 *
 * The kind of a [class@Coop.Actor]. The nick of each value
 * (`elected-official`, `neutral-third-party`…) is the string used in model
 * documents.
 *
 * Actor kinds are an open codelist, in the manner of the Open Contracting Data
 * Standard: these are the known values, with their meaning and label; a
 * model may use any other code, with a label and where it has one a legal
 * reference, held with the value %COOP_ACTOR_KIND_OTHER.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_ACTOR_KIND_ELECTED_OFFICIAL,
  COOP_ACTOR_KIND_STAFF,
  COOP_ACTOR_KIND_ASSOCIATION,
  COOP_ACTOR_KIND_BUSINESS,
  COOP_ACTOR_KIND_CHAMBER,
  COOP_ACTOR_KIND_DEVELOPMENT_COUNCIL,
  COOP_ACTOR_KIND_NEUTRAL_THIRD_PARTY,
  COOP_ACTOR_KIND_STATE_SERVICE,
  COOP_ACTOR_KIND_RESIDENT,
  COOP_ACTOR_KIND_SCIC,
  COOP_ACTOR_KIND_GIP,
  COOP_ACTOR_KIND_SEM,
  COOP_ACTOR_KIND_OTHER,
} CoopActorKind;

#define COOP_TYPE_ACTOR (coop_actor_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopActor, coop_actor, COOP, ACTOR, GObject)

COOP_AVAILABLE_IN_1_0
CoopActor     *coop_actor_new             (const char    *id,
                                           CoopActorKind  kind,
                                           const char    *name) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
const char    *coop_actor_get_id          (CoopActor     *self);
COOP_AVAILABLE_IN_1_0
CoopActorKind  coop_actor_get_kind        (CoopActor     *self);
COOP_AVAILABLE_IN_1_0
const char    *coop_actor_get_name        (CoopActor     *self);
COOP_AVAILABLE_IN_1_0
const char    *coop_actor_get_territory   (CoopActor     *self);
COOP_AVAILABLE_IN_1_0
void           coop_actor_set_territory   (CoopActor     *self,
                                           const char    *territory);
COOP_AVAILABLE_IN_1_0
const char    *coop_actor_get_description (CoopActor     *self);
COOP_AVAILABLE_IN_1_0
void           coop_actor_set_description (CoopActor     *self,
                                           const char    *description);

COOP_AVAILABLE_IN_1_0
const char *coop_actor_get_kind_code            (CoopActor  *self);
COOP_AVAILABLE_IN_1_0
const char *coop_actor_get_kind_label           (CoopActor  *self);
COOP_AVAILABLE_IN_1_0
const char *coop_actor_get_kind_legal_reference (CoopActor  *self);
COOP_AVAILABLE_IN_1_0
gboolean    coop_actor_set_kind_code            (CoopActor  *self,
                                                 const char  *code,
                                                 const char  *label,
                                                 const char  *legal_reference,
                                                 GError     **error);

G_END_DECLS
