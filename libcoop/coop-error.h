/* coop-error.h
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

#include "coop-version-macros.h"

G_BEGIN_DECLS

/**
 * COOP_ERROR:
 *
 * The error domain of libcoop's data errors; codes are [enum@Coop.Error].
 *
 * Since: 1.0
 */
#define COOP_ERROR (coop_error_quark ())

/**
 * CoopError:
 * @COOP_ERROR_PARSE: the input is not well-formed (JSON syntax, truncation)
 * @COOP_ERROR_INVALID_TYPE: a value has the wrong JSON type
 * @COOP_ERROR_MISSING_FIELD: a required field is absent
 * @COOP_ERROR_INVALID_VALUE: a value is of the right type but out of range
 *   or not one of the allowed strings
 * @COOP_ERROR_DUPLICATE: an identifier or a member appears twice
 * @COOP_ERROR_UNKNOWN_REFERENCE: a reference names nothing known
 * @COOP_ERROR_CYCLE: a perimeter contains itself
 * @COOP_ERROR_UNSUPPORTED_VERSION: the document was written by a newer
 *   format version this library cannot read without losing data
 * @COOP_ERROR_CORRUPT_ATLAS: a compiled atlas file is truncated, damaged or
 *   of another format version
 * @COOP_ERROR_NOT_FOUND: the territory or object asked for does not exist
 * @COOP_ERROR_INVALID_TRANSITION: a lifecycle transition that the rules refuse
 * @COOP_ERROR_OUT_OF_SCOPE: the computation does not apply to this input
 *
 * Error codes of the %COOP_ERROR domain.
 *
 * Since: 1.0
 */
typedef enum {
  COOP_ERROR_PARSE,
  COOP_ERROR_INVALID_TYPE,
  COOP_ERROR_MISSING_FIELD,
  COOP_ERROR_INVALID_VALUE,
  COOP_ERROR_DUPLICATE,
  COOP_ERROR_UNKNOWN_REFERENCE,
  COOP_ERROR_CYCLE,
  COOP_ERROR_UNSUPPORTED_VERSION,
  COOP_ERROR_CORRUPT_ATLAS,
  COOP_ERROR_NOT_FOUND,
  COOP_ERROR_INVALID_TRANSITION,
  COOP_ERROR_OUT_OF_SCOPE,
} CoopError;

COOP_AVAILABLE_IN_1_0
GQuark coop_error_quark (void);

G_END_DECLS
