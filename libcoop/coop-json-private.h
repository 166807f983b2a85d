/* coop-json-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "coop-error.h"

G_BEGIN_DECLS

/* Deeper documents are refused before json-glib's recursive parser sees them. */
#define COOP_JSON_MAX_DEPTH 256
/* Gzipped input may not decompress to more than this (the atlas's largest
 * source, communes.json, is 8.6 MB)… */
#define COOP_JSON_MAX_DECOMPRESSED_SIZE ((gsize) 64 << 20)
/* …nor, beyond its first mebibyte, to more than this many times its
 * compressed size (JSON compresses about ten to one; a decompression bomb
 * a thousand to one). */
#define COOP_JSON_MAX_DECOMPRESSION_RATIO 100
#define COOP_JSON_RATIO_FREE_SIZE ((gsize) 1 << 20)
/* For the tests: another absolute limit. */
void _coop_json_set_max_decompressed_size (gsize size);

typedef struct _CoopJsonDocument CoopJsonDocument;

CoopJsonDocument *_coop_json_document_new          (const char        *display_name);
void              _coop_json_document_free         (CoopJsonDocument  *self);
gboolean          _coop_json_document_load_bytes   (CoopJsonDocument  *self,
                                                    GBytes            *bytes,
                                                    GError           **error);
gboolean          _coop_json_document_load_file    (CoopJsonDocument  *self,
                                                    GFile             *file,
                                                    GCancellable      *cancellable,
                                                    GError           **error);
JsonNode         *_coop_json_document_get_root     (CoopJsonDocument  *self);
const char       *_coop_json_document_get_name     (CoopJsonDocument  *self);
guint             _coop_json_document_get_line     (CoopJsonDocument  *self,
                                                    JsonNode          *node);
const char       *_coop_json_document_get_duplicate (CoopJsonDocument *self,
                                                     JsonObject       *object);
const char       *_coop_json_document_get_number_text (CoopJsonDocument *self,
                                                       JsonNode         *node);
JsonNode         *_coop_json_document_copy_node    (CoopJsonDocument  *self,
                                                    JsonNode          *node);
const char       *_coop_json_node_get_big_integer  (JsonNode          *node);

void              _coop_json_set_error             (GError           **error,
                                                    CoopJsonDocument  *document,
                                                    JsonNode          *node,
                                                    const char        *path,
                                                    CoopError          code,
                                                    const char        *format,
                                                    ...) G_GNUC_PRINTF (6, 7);

GBytes           *_coop_json_read_file             (GFile             *file,
                                                    GCancellable      *cancellable,
                                                    GError           **error);

const char       *_coop_json_node_type_name        (JsonNode          *node);

JsonObject       *_coop_json_expect_object         (CoopJsonDocument  *document,
                                                    JsonNode          *node,
                                                    const char        *path,
                                                    GError           **error);
JsonArray        *_coop_json_expect_array          (CoopJsonDocument  *document,
                                                    JsonNode          *node,
                                                    const char        *path,
                                                    GError           **error);
gboolean          _coop_json_get_string            (CoopJsonDocument  *document,
                                                    JsonNode          *object_node,
                                                    const char        *path,
                                                    const char        *member,
                                                    gboolean           required,
                                                    const char       **out,
                                                    GError           **error);
gboolean          _coop_json_get_int               (CoopJsonDocument  *document,
                                                    JsonNode          *object_node,
                                                    const char        *path,
                                                    const char        *member,
                                                    gboolean           required,
                                                    gint64             min,
                                                    gint64             max,
                                                    gint64            *out,
                                                    GError           **error);
gboolean          _coop_json_check_duplicates      (CoopJsonDocument  *document,
                                                    JsonNode          *object_node,
                                                    const char        *path,
                                                    GError           **error);
gboolean          _coop_json_check_members         (CoopJsonDocument    *document,
                                                    JsonNode            *object_node,
                                                    const char          *path,
                                                    const char * const  *known,
                                                    GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CoopJsonDocument, _coop_json_document_free)

G_END_DECLS
