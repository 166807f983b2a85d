/* coop-agreement-link.h
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
 * CoopRelation:
 * @COOP_RELATION_RENEWS: the agreement renews the other one
 * @COOP_RELATION_AMENDS: the agreement amends the other one
 * @COOP_RELATION_REPLACES: the agreement replaces the other one
 * @COOP_RELATION_IMPLEMENTS: the agreement implements the other one (a plan
 *   implementing a pact)
 *
 * How an agreement relates to another, in a [class@Coop.AgreementLink].
 *
 * Since: 1.0
 */
typedef enum {
  COOP_RELATION_RENEWS,
  COOP_RELATION_AMENDS,
  COOP_RELATION_REPLACES,
  COOP_RELATION_IMPLEMENTS,
} CoopRelation;

#define COOP_TYPE_AGREEMENT_LINK (coop_agreement_link_get_type ())

COOP_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (CoopAgreementLink, coop_agreement_link, COOP, AGREEMENT_LINK, GObject)

COOP_AVAILABLE_IN_1_0
CoopAgreementLink *coop_agreement_link_new           (CoopRelation       relation,
                                                      const char        *agreement) G_GNUC_WARN_UNUSED_RESULT;
COOP_AVAILABLE_IN_1_0
CoopRelation       coop_agreement_link_get_relation  (CoopAgreementLink *self);
COOP_AVAILABLE_IN_1_0
const char        *coop_agreement_link_get_agreement (CoopAgreementLink *self);

G_END_DECLS
