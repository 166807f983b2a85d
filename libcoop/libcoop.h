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
# include "coop-model.h"
# include "coop-seat-types.h"
# include "coop-seat-step.h"
# include "coop-seat-share.h"
# include "coop-seat-distribution.h"
# include "coop-seat-allocation.h"
# include "coop-accord-local.h"
# include "coop-voting-power.h"
#undef COOP_INSIDE
