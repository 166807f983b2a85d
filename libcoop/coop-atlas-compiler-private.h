/* coop-atlas-compiler-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GBytes *_coop_atlas_compile_source (GFile         *directory,
                                    GCancellable  *cancellable,
                                    GError       **error);
GBytes *_coop_atlas_compile_source_with (GFile         *directory,
                                         const char    *override_name,
                                         GBytes        *override_bytes,
                                         GCancellable  *cancellable,
                                         GError       **error);

G_END_DECLS
