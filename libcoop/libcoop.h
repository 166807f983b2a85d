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
# include "coop-labels.h"
# include "coop-actor.h"
# include "coop-mandate.h"
# include "coop-post.h"
# include "coop-meeting.h"
# include "coop-body.h"
# include "coop-agreement-kind.h"
# include "coop-party.h"
# include "coop-signature.h"
# include "coop-transition.h"
# include "coop-agreement-link.h"
# include "coop-milestone.h"
# include "coop-action.h"
# include "coop-evaluation.h"
# include "coop-pooled-resource.h"
# include "coop-territory-change.h"
# include "coop-agreement.h"
# include "coop-rating.h"
# include "coop-save.h"
# include "coop-model.h"
# include "coop-criterion.h"
# include "coop-scale-step.h"
# include "coop-scale.h"
# include "coop-assessment.h"
# include "coop-diagnostic.h"
# include "coop-cooperation.h"
# include "coop-report.h"
# include "coop-seat-types.h"
# include "coop-seat-step.h"
# include "coop-seat-share.h"
# include "coop-seat-distribution.h"
# include "coop-seat-allocation.h"
# include "coop-accord-local.h"
# include "coop-voting-power.h"
#undef COOP_INSIDE
