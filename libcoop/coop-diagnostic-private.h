/* coop-diagnostic-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "coop-diagnostic.h"
#include "coop-i18n-private.h"

G_BEGIN_DECLS

/* A score below this marks a weak lever, which gets its recommendation. */
#define COOP_LEVER_WEAK_BELOW 0.5

typedef struct
{
  guint          number;
  const char    *id;
  CoopLeverAxis  axis;
  const char    *label;           /* English, translated by gettext */
  const char    *recommendation;
} CoopLeverDefinition;

const CoopLeverDefinition *_coop_lever_definition   (guint                      number);
CoopLeverScore            *_coop_lever_score_new    (const CoopLeverDefinition *definition,
                                                     double                     score,
                                                     GPtrArray                 *evidence);
CoopWarningSign           *_coop_warning_sign_new   (const char                *code,
                                                     CoopSeverity               severity,
                                                     GPtrArray                 *subjects,
                                                     double                     figure,
                                                     CoopMessage               *message);
void                       _coop_levers_score       (CoopModel                 *model,
                                                     GDateTime                 *date,
                                                     GListStore                *levers);
void                       _coop_warnings_detect    (CoopModel                 *model,
                                                     GDateTime                 *date,
                                                     GListStore                *warnings);

G_END_DECLS
