/* coop-report-writer-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes one document as HTML and as Markdown at once, so that both
 * versions of the report always say the same. */
typedef struct _CoopReportWriter CoopReportWriter;

CoopReportWriter *_coop_report_writer_new        (const char         *language,
                                                   const char         *title);
void              _coop_report_writer_free       (CoopReportWriter   *self);
void              _coop_report_writer_heading    (CoopReportWriter   *self,
                                                   guint               level,
                                                   const char         *text);
void              _coop_report_writer_paragraph  (CoopReportWriter   *self,
                                                   const char         *text);
void              _coop_report_writer_note       (CoopReportWriter   *self,
                                                   const char         *text);
void              _coop_report_writer_list       (CoopReportWriter   *self,
                                                   const char * const *items);
void              _coop_report_writer_table      (CoopReportWriter   *self,
                                                   const char * const *columns,
                                                   GPtrArray          *rows);
void              _coop_report_writer_chart      (CoopReportWriter   *self,
                                                   const char         *svg,
                                                   const char         *alt);
char             *_coop_report_writer_end_html   (CoopReportWriter   *self);
char             *_coop_report_writer_end_markdown (CoopReportWriter *self);
char             *_coop_report_markdown_escape   (const char         *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CoopReportWriter, _coop_report_writer_free)

G_END_DECLS
