/* libcoop.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>

#define COOP_INSIDE
# include "coop-version.h"
# include "coop-version-macros.h"
# include "coop-enum-types.h"
# include "coop-error.h"
# include "coop-territory-kind.h"
# include "coop-territory.h"
# include "coop-atlas.h"
# include "coop-finding.h"
# include "coop-save.h"
# include "coop-model.h"
#undef COOP_INSIDE
