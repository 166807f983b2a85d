/* coop-version-macros.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(COOP_INSIDE) && !defined(COOP_COMPILATION)
# error "Only <libcoop.h> can be included directly."
#endif

#include <glib.h>

#include "coop-version.h"

#ifndef _COOP_EXTERN
# define _COOP_EXTERN __attribute__((visibility("default"))) extern
#endif

#define COOP_VERSION_1_0 (G_ENCODE_VERSION (1, 0))

#ifndef COOP_VERSION_MIN_REQUIRED
# define COOP_VERSION_MIN_REQUIRED COOP_VERSION_1_0
#endif

#ifndef COOP_VERSION_MAX_ALLOWED
# define COOP_VERSION_MAX_ALLOWED COOP_VERSION_1_0
#endif

/**
 * COOP_DEPRECATED_FOR:
 * @f: the symbol to use instead
 *
 * Marks a symbol as deprecated in favour of @f.
 *
 * Since: 1.0
 */

/**
 * COOP_UNAVAILABLE:
 * @maj: the major version that introduced the symbol
 * @min: the minor version that introduced the symbol
 *
 * Marks a symbol as unavailable before version @maj.@min.
 *
 * Since: 1.0
 */

#ifdef COOP_DISABLE_DEPRECATION_WARNINGS
# define COOP_DEPRECATED _COOP_EXTERN
# define COOP_DEPRECATED_FOR(f) _COOP_EXTERN
# define COOP_UNAVAILABLE(maj,min) _COOP_EXTERN
#else
# define COOP_DEPRECATED G_DEPRECATED _COOP_EXTERN
# define COOP_DEPRECATED_FOR(f) G_DEPRECATED_FOR(f) _COOP_EXTERN
# define COOP_UNAVAILABLE(maj,min) G_UNAVAILABLE(maj,min) _COOP_EXTERN
#endif

#define COOP_AVAILABLE_IN_ALL _COOP_EXTERN

#if COOP_VERSION_MAX_ALLOWED < COOP_VERSION_1_0
# define COOP_AVAILABLE_IN_1_0 COOP_UNAVAILABLE(1, 0)
#else
# define COOP_AVAILABLE_IN_1_0 _COOP_EXTERN
#endif
