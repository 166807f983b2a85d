/* coop-util-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* g_set_str() arrived in GLib 2.76; this library builds with 2.74. */
gboolean    _coop_set_str          (char              **str_pointer,
                                    const char         *new_str);
gboolean    _coop_strv_equal       (const char * const *a,
                                    const char * const *b);
gboolean    _coop_strv_has_duplicates (const char * const *strv);
gboolean    _coop_date_equal       (GDateTime          *a,
                                    GDateTime          *b);

/* Text a model document can hold: UTF-8. The JSON readers check a whole
 * document with _coop_text_validate(), and every setter and constructor
 * of a string a document saves checks its value with _coop_text_is_valid()
 * or _coop_strv_is_valid(), so what the API accepts, the reader reads back
 * (STYLE.md 18). NULL (unset) is valid. */
gboolean    _coop_text_validate    (const char         *text,
                                    gsize               length,
                                    const char        **end);
gboolean    _coop_text_is_valid    (const char         *text);
gboolean    _coop_strv_is_valid    (const char * const *strv);

/* Members of a model document that this version does not know, kept with
 * the object they were read with so that saving writes them back. */
JsonObject *_coop_object_get_extra (gpointer            object);
void        _coop_object_set_extra (gpointer            object,
                                    JsonObject         *extra);
/* Whether the required members of an object (its construct-only
 * identifiers, references and dates) are set; objects built through
 * g_object_new() may lack them. */
gboolean    _coop_object_check_required (gpointer        object,
                                         GError        **error);

/* @message with every quoted value (between “ and ”, or « and ») longer
 * than COOP_QUOTE_MAX_CHARS characters cut to its beginning and “…”, and
 * the whole cut in its middle beyond COOP_MESSAGE_MAX_CHARS: a message
 * about a 5 MB value says which value in one line. */
#define COOP_QUOTE_MAX_CHARS 80
#define COOP_MESSAGE_MAX_CHARS 1000
char       *_coop_bound_message    (const char         *message);

/* The line of the document the object was read from, 0 if none. */
guint       _coop_object_get_line  (gpointer            object);
void        _coop_object_set_line  (gpointer            object,
                                    guint               line);

G_END_DECLS
