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

/* The moments of a local save, in their order, for the tests that kill a
 * save at each of them. @path is the file the step works towards: the
 * document, or its backup. */
typedef enum {
  COOP_SAVE_STEP_TEMPORARY_CREATED,
  COOP_SAVE_STEP_TEMPORARY_HALF_WRITTEN,
  COOP_SAVE_STEP_TEMPORARY_SYNCED,
  COOP_SAVE_STEP_BACKUP_LINKED,
  COOP_SAVE_STEP_RENAMED,
  COOP_SAVE_STEP_DIRECTORY_SYNCED,
} CoopSaveStep;

typedef void (*CoopSaveStepHook) (CoopSaveStep  step,
                                  const char   *path,
                                  gpointer      user_data);

const char *_coop_save_step_to_string (CoopSaveStep step);

/* For the tests: @hook is called at each step of every local save. */
void        _coop_save_set_step_hook  (CoopSaveStepHook hook,
                                       gpointer         user_data);

G_END_DECLS
