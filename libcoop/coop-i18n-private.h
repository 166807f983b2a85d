/* coop-i18n-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Every message of the library that reaches people is translated in the
 * libcoop-1 domain through these, which the macros below call; see
 * coop-i18n.c. */
const char *_coop_gettext  (const char *msgid) G_GNUC_FORMAT (1);
const char *_coop_pgettext (const char *context,
                            const char *msgid) G_GNUC_FORMAT (2);

#undef _
#undef N_
#undef C_
#undef NC_
#define _(String) _coop_gettext (String)
#define N_(String) (String)
/* A word that means different things in different places ("draft" of an
 * agreement, "pending" of a milestone) gets a context for translators. */
#define C_(Context, String) _coop_pgettext (Context, String)
#define NC_(Context, String) (String)

/* The one switch of language: while a scope is entered, the calling
 * thread's messages come from @language's catalogue instead of the
 * process locale's. Scopes nest; a %NULL or empty language keeps the
 * language already in effect. Every public function that takes a
 * `language` argument enters one for the length of the call. */
typedef struct _CoopLanguageScope CoopLanguageScope;

CoopLanguageScope *_coop_language_scope_enter (const char        *language);
void               _coop_language_scope_leave (CoopLanguageScope *scope);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CoopLanguageScope, _coop_language_scope_leave)

/* The language messages come in on this thread now, as a short tag such
 * as "fr" or "en" (the source language). */
const char *_coop_language_current      (void);
gboolean    _coop_language_is_available (const char *language);

/* Formats @number with @decimals decimals and the decimal separator of
 * the language in effect: 303,55 in French, 303.55 in English. */
char       *_coop_format_decimal        (double      number,
                                         guint       decimals);

/* A message kept untranslated with its arguments, so that it can be
 * written later in any language: the text of a seat step or a warning
 * sign, computed once and read in French by one caller and in English by
 * another. The format is a printf format (with %s, %u, %d, %i, %li,
 * %lli, %f with a precision, %%, and %N$ positions for translators); its
 * %f arguments are written with the language's decimal separator. */
typedef struct _CoopMessage CoopMessage;

CoopMessage *_coop_message_new    (const char        *format,
                                   ...) G_GNUC_PRINTF (1, 2);
void         _coop_message_free   (CoopMessage       *message);
char        *_coop_message_render (const CoopMessage *message);
/* The message in @language (%NULL: the one in effect), rendered once per
 * language and kept as long as @message. */
const char  *_coop_message_get    (CoopMessage       *message,
                                   const char        *language);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CoopMessage, _coop_message_free)

G_END_DECLS
