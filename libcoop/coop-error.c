/* coop-error.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-error.h"

/**
 * coop_error_quark:
 *
 * The quark of libcoop's error domain, %COOP_ERROR.
 *
 * Returns: the error domain's quark
 *
 * Since: 1.0
 */
G_DEFINE_QUARK (coop-error-quark, coop_error)
