/* coop-svg-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Charts as self-contained inline SVG: no script, no external resource. */

/* Spokes scored from 0 to 1, grouped in coloured sectors. */
char *_coop_svg_radar        (guint               n_spokes,
                              const double       *scores,
                              const char * const *spoke_labels,
                              const guint        *spoke_groups,
                              guint               n_groups,
                              const char * const *group_labels,
                              const char         *title);

/* Levels reached at successive dates, drawn as a staircase. */
char *_coop_svg_staircase    (guint               n_points,
                              const char * const *dates,
                              const guint        *levels,
                              guint               n_levels,
                              const char * const *level_labels,
                              const char         *title);

/* Two shares (0 to 1) per row, drawn as paired horizontal bars. */
char *_coop_svg_paired_bars  (guint               n_rows,
                              const char * const *row_labels,
                              const double       *first,
                              const double       *second,
                              const char         *first_label,
                              const char         *second_label,
                              const char         *title);

G_END_DECLS
