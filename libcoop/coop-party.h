/* coop-party.h
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
 * CoopPartyRole:
 * @COOP_PARTY_ROLE_SIGNATORY: signs the agreement
 * @COOP_PARTY_ROLE_LEAD: leads it (chef de file)
 * @COOP_PARTY_ROLE_PARTNER: takes part without leading
 * @COOP_PARTY_ROLE_FUNDER: funds it
 * @COOP_PARTY_ROLE_FACILITATOR: facilitates it as a neutral third party
 * @COOP_PARTY_ROLE_OBSERVER: follows it without commitment
 *
 * The role of a [class@Coop.Party] in an agreement. A party that has two
 * roles is listed twice.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_PARTY_ROLE_SIGNATORY,
  COOP_PARTY_ROLE_LEAD,
  COOP_PARTY_ROLE_PARTNER,
  COOP_PARTY_ROLE_FUNDER,
  COOP_PARTY_ROLE_FACILITATOR,
  COOP_PARTY_ROLE_OBSERVER,
} CoopPartyRole;

#define COOP_TYPE_PARTY (coop_party_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopParty, coop_party, COOP, PARTY, GObject)

COOP_AVAILABLE_IN_1_0
CoopParty     *coop_party_new           (const char    *reference,
                                         CoopPartyRole  role) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
const char    *coop_party_get_reference (CoopParty     *self);
COOP_AVAILABLE_IN_1_0
CoopPartyRole  coop_party_get_role      (CoopParty     *self);
COOP_AVAILABLE_IN_1_0
const char    *coop_party_get_note      (CoopParty     *self);
COOP_AVAILABLE_IN_1_0
void           coop_party_set_note      (CoopParty     *self,
                                         const char    *note);

G_END_DECLS
