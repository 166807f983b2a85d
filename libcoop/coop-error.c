/* coop-error.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-error.h"

G_DEFINE_QUARK (coop-error-quark, coop_error)
