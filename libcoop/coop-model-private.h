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
/* The document's "atlas" member as read, unknown members included. */
JsonObject *_coop_model_get_recorded_atlas (CoopModel      *self);
void        _coop_model_set_recorded_atlas (CoopModel      *self,
                                            JsonObject     *atlas);
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
char       *_coop_model_dup_canonical_reference (CoopModel  *self,
                                                 const char *reference);
GArray     *_coop_model_perimeter_communes (CoopModel     *self,
                                            CoopTerritory *territory);

/* How deep territories of project may nest (see _coop_model_get_nesting). */
#define COOP_MODEL_MAX_NESTING 16

guint       _coop_model_get_nesting      (CoopModel          *self,
                                          CoopTerritory     **top,
                                          char              **chain);
gboolean    _coop_model_check_nesting    (CoopModel          *self,
                                          GError            **error);
gboolean    _coop_model_check_members    (CoopModel          *self,
                                          CoopTerritory      *territory,
                                          const char * const *members,
                                          GError            **error);
JsonObject *_coop_model_collect_unknown  (CoopJsonDocument   *document,
                                          JsonObject         *object,
                                          const char * const *known);
gboolean    _coop_model_read_date        (CoopJsonDocument  *document,
                                          JsonNode          *node,
                                          const char        *path,
                                          const char        *member,
                                          GDateTime        **out,
                                          GError           **error);
gboolean    _coop_model_read_enum        (CoopJsonDocument  *document,
                                          JsonNode          *node,
                                          const char        *path,
                                          const char        *member,
                                          GType              type,
                                          gboolean           required,
                                          int               *out,
                                          GError           **error);
void        _coop_model_write_indent     (GString           *out,
                                          guint              indent);
void        _coop_model_write_string     (GString           *out,
                                          const char        *text);
void        _coop_model_write_key        (GString           *out,
                                          const char        *key,
                                          guint              indent,
                                          gboolean          *first);
void        _coop_model_write_members_sorted (GString       *out,
                                              JsonObject    *object,
                                              guint          indent,
                                              gboolean      *first);
void        _coop_model_freeze_natures   (CoopModel        *self);
void        _coop_model_thaw_natures     (CoopModel        *self);

G_END_DECLS
