/* coop-i18n-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The library's messages that reach users (errors, findings) are
 * translated in the libcoop-1 domain, which the library binds on first
 * use; see coop-i18n.c. */
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

G_END_DECLS
