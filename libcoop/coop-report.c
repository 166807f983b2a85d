/* coop-report.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "coop-error.h"
#include "coop-i18n-private.h"
#include "coop-report-private.h"
#include "coop-save-private.h"

/**
 * CoopReport:
 *
 * The cooperation report of a model: a page a cooperation officer would
 * rather look at than read, as self-contained HTML (charts drawn as inline
 * SVG, nothing fetched from the network) or as Markdown.
 *
 * It shows the territories and who cooperates with whom; for each
 * cooperation its step on the maturity scale, the evidence for each step,
 * what would take it one step higher, and its staircase over the years;
 * the wheel of the ten levers as a radar in four axes with the
 * recommendations for weak levers; the seats of the conseil communautaire
 * against population for the EPCI involved; the warning signs; and the
 * who-does-what table of each agreement's actions.
 *
 * Set [property@Coop.Report:territory] to keep only the cooperations of
 * one territory. The text is in French or English (see
 * [property@Coop.Report:language]).
 *
 * Since: 1.0
 */

struct _CoopReport
{
  GObject    parent_instance;
  CoopModel *model;
  CoopScale *scale;
  GDateTime *date;
  char      *territory;
  char      *language;
};

G_DEFINE_FINAL_TYPE (CoopReport, coop_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_TERRITORY,
  PROP_DATE,
  PROP_LANGUAGE,
  PROP_SCALE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_report_finalize (GObject *object)
{
  CoopReport *self = (CoopReport *)object;

  g_clear_object (&self->model);
  g_clear_object (&self->scale);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->territory, g_free);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (coop_report_parent_class)->finalize (object);
}

static void
coop_report_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CoopReport *self = COOP_REPORT (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_TERRITORY:
      g_value_set_string (value, self->territory);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, coop_report_get_date (self));
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, coop_report_get_language (self));
      break;
    case PROP_SCALE:
      g_value_set_object (value, coop_report_get_scale (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_report_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CoopReport *self = COOP_REPORT (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      self->model = g_value_dup_object (value);
      break;
    case PROP_TERRITORY:
      coop_report_set_territory (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      coop_report_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_LANGUAGE:
      coop_report_set_language (self, g_value_get_string (value));
      break;
    case PROP_SCALE:
      coop_report_set_scale (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_report_class_init (CoopReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = coop_report_finalize;
  object_class->get_property = coop_report_get_property;
  object_class->set_property = coop_report_set_property;

  /**
   * CoopReport:model:
   *
   * The model reported on.
   *
   * Since: 1.0
   */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, COOP_TYPE_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopReport:territory:
   *
   * When set, only the cooperations of this territory are reported.
   *
   * Since: 1.0
   */
  properties[PROP_TERRITORY] = g_param_spec_string ("territory", NULL, NULL, NULL, flags);

  /**
   * CoopReport:date:
   *
   * The date of the report; today unless set.
   *
   * Since: 1.0
   */
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME, flags);

  /**
   * CoopReport:language:
   *
   * The language the report is written in, such as `fr` or `en`; the
   * locale's unless set (see [func@Coop.language_is_available]).
   *
   * Since: 1.0
   */
  properties[PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, NULL, flags);

  /**
   * CoopReport:scale:
   *
   * The maturity scale; libcoop's own unless set.
   *
   * Since: 1.0
   */
  properties[PROP_SCALE] = g_param_spec_object ("scale", NULL, NULL, COOP_TYPE_SCALE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_report_init (CoopReport *self)
{
}

/**
 * coop_report_new:
 * @model: the model to report on
 *
 * Creates the report of a model.
 *
 * Returns: (transfer full): the report
 *
 * Since: 1.0
 */
CoopReport *
coop_report_new (CoopModel *model)
{
  g_return_val_if_fail (COOP_IS_MODEL (model), NULL);

  return g_object_new (COOP_TYPE_REPORT, "model", model, NULL);
}

/**
 * coop_report_get_model:
 * @self: a report
 *
 * Gets the model reported on.
 *
 * Returns: (transfer none): the model
 *
 * Since: 1.0
 */
CoopModel *
coop_report_get_model (CoopReport *self)
{
  g_return_val_if_fail (COOP_IS_REPORT (self), NULL);

  return self->model;
}

/**
 * coop_report_get_territory:
 * @self: a report
 *
 * Gets the territory the report is restricted to.
 *
 * Returns: (nullable): its reference, or %NULL for the whole model
 *
 * Since: 1.0
 */
const char *
coop_report_get_territory (CoopReport *self)
{
  g_return_val_if_fail (COOP_IS_REPORT (self), NULL);

  return self->territory;
}

/**
 * coop_report_set_territory:
 * @self: a report
 * @reference: (nullable): the reference of a territory, or %NULL for the
 *   whole model
 *
 * Keeps only the cooperations of one territory.
 *
 * Since: 1.0
 */
void
coop_report_set_territory (CoopReport *self,
                           const char *reference)
{
  g_return_if_fail (COOP_IS_REPORT (self));

  if (g_strcmp0 (self->territory, reference) == 0)
    return;

  g_free (self->territory);
  self->territory = g_strdup (reference);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERRITORY]);
}

/**
 * coop_report_get_date:
 * @self: a report
 *
 * Gets the date of the report.
 *
 * Returns: (transfer none): the date
 *
 * Since: 1.0
 */
GDateTime *
coop_report_get_date (CoopReport *self)
{
  g_return_val_if_fail (COOP_IS_REPORT (self), NULL);

  if (self->date == NULL)
    self->date = g_date_time_new_now_utc ();

  return self->date;
}

/**
 * coop_report_set_date:
 * @self: a report
 * @date: (nullable): the date, or %NULL for today
 *
 * Sets the date the report assesses the model at.
 *
 * Since: 1.0
 */
void
coop_report_set_date (CoopReport *self,
                      GDateTime  *date)
{
  g_return_if_fail (COOP_IS_REPORT (self));

  g_clear_pointer (&self->date, g_date_time_unref);
  if (date != NULL)
    self->date = g_date_time_ref (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * coop_report_get_language:
 * @self: a report
 *
 * Gets the language the report is written in: the one set with
 * [method@Coop.Report.set_language] when libcoop has it, the language in
 * effect (the process locale's) otherwise, as a short tag such as `fr`;
 * `en` for English.
 *
 * Returns: the language
 *
 * Since: 1.0
 */
const char *
coop_report_get_language (CoopReport *self)
{
  g_return_val_if_fail (COOP_IS_REPORT (self), NULL);

  {
    g_autoptr(CoopLanguageScope) scope = _coop_language_scope_enter (self->language);

    return _coop_language_current ();
  }
}

/**
 * coop_report_set_language:
 * @self: a report
 * @language: (nullable): a language such as `fr`, or %NULL for the one in
 *   effect (see [func@Coop.language_is_available])
 *
 * Sets the language of the report. Every text of the report, headings,
 * labels, messages and the scale's own wording, is then written in
 * @language whatever the process locale. A language libcoop has no
 * translation into gives an English report.
 *
 * Since: 1.0
 */
void
coop_report_set_language (CoopReport *self,
                          const char *language)
{
  g_return_if_fail (COOP_IS_REPORT (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * coop_report_get_scale:
 * @self: a report
 *
 * Gets the maturity scale of the report.
 *
 * Returns: (transfer none): the scale
 *
 * Since: 1.0
 */
CoopScale *
coop_report_get_scale (CoopReport *self)
{
  g_return_val_if_fail (COOP_IS_REPORT (self), NULL);

  /* The shipped scale is compiled in, so this cannot fail. */
  if (self->scale == NULL)
    self->scale = coop_scale_new_builtin ("libcoop", NULL);

  return self->scale;
}

/**
 * coop_report_set_scale:
 * @self: a report
 * @scale: (nullable): a scale, or %NULL for libcoop's own
 *
 * Sets the maturity scale of the report.
 *
 * Since: 1.0
 */
void
coop_report_set_scale (CoopReport *self,
                       CoopScale  *scale)
{
  g_return_if_fail (COOP_IS_REPORT (self));

  if (g_set_object (&self->scale, scale))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
}

/**
 * coop_report_to_html:
 * @self: a report
 * @error: return location for an error
 *
 * Writes the report as one self-contained HTML page.
 *
 * Returns: (transfer full): the page, or %NULL with @error set when the
 *   territory of the report is unknown
 *
 * Since: 1.0
 */
char *
coop_report_to_html (CoopReport  *self,
                     GError     **error)
{
  g_autoptr(CoopLanguageScope) scope = NULL;
  g_autoptr(CoopReportWriter) writer = NULL;

  g_return_val_if_fail (COOP_IS_REPORT (self), NULL);

  /* Every word of the report, the library's labels and messages included,
   * comes from the report's language. */
  scope = _coop_language_scope_enter (self->language);
  writer = _coop_report_write (self, error);
  return writer != NULL ? _coop_report_writer_end_html (writer) : NULL;
}

/**
 * coop_report_to_markdown:
 * @self: a report
 * @error: return location for an error
 *
 * Writes the report as Markdown, charts as embedded SVG images.
 *
 * Returns: (transfer full): the document, or %NULL with @error set when
 *   the territory of the report is unknown
 *
 * Since: 1.0
 */
char *
coop_report_to_markdown (CoopReport  *self,
                         GError     **error)
{
  g_autoptr(CoopLanguageScope) scope = NULL;
  g_autoptr(CoopReportWriter) writer = NULL;

  g_return_val_if_fail (COOP_IS_REPORT (self), NULL);

  /* Every word of the report, the library's labels and messages included,
   * comes from the report's language. */
  scope = _coop_language_scope_enter (self->language);
  writer = _coop_report_write (self, error);
  return writer != NULL ? _coop_report_writer_end_markdown (writer) : NULL;
}

/**
 * coop_report_save_to_file:
 * @self: a report
 * @file: where to save: a name ending in `.html` or `.htm` gets HTML, one
 *   ending in `.md` or `.markdown` Markdown; either may be followed by
 *   `.gz` for a gzipped file
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Saves the report, replacing the file atomically as
 * [method@Coop.Model.save_to_file] does: a failed save leaves the old file
 * intact, and the error names @file.
 *
 * Returns: %TRUE on success; %FALSE with %COOP_ERROR_INVALID_VALUE when
 *   the name of @file ends in another extension
 *
 * Since: 1.0
 */
gboolean
coop_report_save_to_file (CoopReport    *self,
                          GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (COOP_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  basename = g_file_get_basename (file);
  name = g_ascii_strdown (basename != NULL ? basename : "", -1);
  if (g_str_has_suffix (name, ".gz"))
    name[strlen (name) - 3] = '\0';

  if (g_str_has_suffix (name, ".md") || g_str_has_suffix (name, ".markdown"))
    text = coop_report_to_markdown (self, error);
  else if (g_str_has_suffix (name, ".html") || g_str_has_suffix (name, ".htm"))
    text = coop_report_to_html (self, error);
  else
    {
      g_autofree char *parse_name = g_file_get_parse_name (file);

      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("cannot tell the format of the report “%s” from its name; expected a name "
                     "ending in .html or .htm (HTML), or .md or .markdown (Markdown)"),
                   parse_name);
      return FALSE;
    }

  if (text == NULL)
    return FALSE;

  return _coop_save_contents (file, text, strlen (text), COOP_SAVE_FLAGS_NONE, cancellable, error);
}
