/* coop-scale-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "coop-json-private.h"
#include "coop-scale.h"
#include "coop-scale-step.h"

G_BEGIN_DECLS

/* A text in French and English, read from {"fr": …, "en": …}. */
typedef struct
{
  char *fr;
  char *en;
} CoopLocalisedText;

void           _coop_localised_text_clear    (CoopLocalisedText  *text);
const char    *_coop_localised_text_get      (CoopLocalisedText  *text,
                                              const char         *language);
gboolean       _coop_localised_text_read     (CoopJsonDocument   *document,
                                              JsonNode           *node,
                                              const char         *path,
                                              const char         *member,
                                              CoopLocalisedText  *text,
                                              GError            **error);

CoopScaleStep *_coop_scale_step_new_from_json (CoopJsonDocument  *document,
                                               JsonNode          *node,
                                               const char        *path,
                                               GError           **error);

G_END_DECLS
