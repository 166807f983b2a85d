/* coop-save.h
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
 * CoopSaveFlags:
 * @COOP_SAVE_FLAGS_NONE: replace the file atomically and keep nothing else
 * @COOP_SAVE_FLAGS_BACKUP: before replacing the file, keep its previous
 *   version next to it as `FILE~` (itself replaced atomically)
 *
 * How [method@Coop.Model.save_to_file_full] saves a document, and
 * [func@Coop.save_bytes_to_file] any file.
 *
 * Whatever the flags, a save writes the new document to a temporary file
 * in the same directory, flushes it to the disk, then renames it over the
 * old one: at every instant the file holds either the complete old
 * document or the complete new one.
 *
 * Since: 1.0
 */
typedef enum /*< flags >*/
{
  COOP_SAVE_FLAGS_NONE   = 0,
  COOP_SAVE_FLAGS_BACKUP = 1 << 0,
} CoopSaveFlags;

COOP_AVAILABLE_IN_ALL
gboolean coop_save_bytes_to_file (GFile          *file,
                                  GBytes         *bytes,
                                  CoopSaveFlags   flags,
                                  GCancellable   *cancellable,
                                  GError        **error);

G_END_DECLS
