/* coop-report-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "coop-report.h"
#include "coop-report-writer-private.h"

G_BEGIN_DECLS

CoopReportWriter *_coop_report_write (CoopReport  *self,
                                      GError     **error);

G_END_DECLS
