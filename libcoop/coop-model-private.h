/* coop-model-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "coop-json-private.h"
#include "coop-model.h"

G_BEGIN_DECLS

JsonObject *_coop_model_get_extra        (CoopModel        *self);
void        _coop_model_set_extra        (CoopModel        *self,
                                          JsonObject       *extra);
void        _coop_model_set_source_line  (CoopModel        *self,
                                          const char       *path,
                                          guint             line);
guint       _coop_model_get_source_line  (CoopModel        *self,
                                          const char       *path);
gboolean    _coop_model_load_document    (CoopModel        *self,
                                          CoopJsonDocument *document,
                                          GError          **error);
char       *_coop_model_write_document   (CoopModel        *self,
                                          gsize            *length);
void        _coop_model_write_value      (GString          *out,
                                          JsonNode         *node,
                                          guint             indent);
void        _coop_model_refresh_natures  (CoopModel        *self);
void        _coop_model_freeze_natures   (CoopModel        *self);
void        _coop_model_thaw_natures     (CoopModel        *self);

G_END_DECLS
