/* coop-save-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>

#include "coop-save.h"

G_BEGIN_DECLS

gboolean _coop_save_contents (GFile          *file,
                              const char     *data,
                              gsize           length,
                              CoopSaveFlags   flags,
                              GCancellable   *cancellable,
                              GError        **error);

/* For the tests: take the path of file systems that refuse hard links. */
void     _coop_save_set_hard_links_refused (gboolean refused);

G_END_DECLS
