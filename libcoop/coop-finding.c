/* coop-finding.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-enum-types.h"
#include "coop-finding.h"
#include "coop-i18n-private.h"
#include "coop-labels.h"
#include "coop-util-private.h"

/**
 * CoopFinding:
 *
 * One result of a validation or a check: its severity, a stable code
 * (`unknown-reference`, `cycle`…) that scripts can match, the identifier
 * of the object it concerns, where it stands in the document (JSON path
 * and line, when the model was read from a file), and a message for people.
 *
 * Since: 1.0
 */

struct _CoopFinding
{
  GObject       parent_instance;
  char         *code;
  char         *subject;
  char         *path;
  char         *message;
  guint         line;
  CoopSeverity  severity;
};

G_DEFINE_FINAL_TYPE (CoopFinding, coop_finding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_CODE,
  PROP_SUBJECT,
  PROP_PATH,
  PROP_LINE,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_finding_finalize (GObject *object)
{
  CoopFinding *self = (CoopFinding *)object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (coop_finding_parent_class)->finalize (object);
}

static void
coop_finding_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CoopFinding *self = COOP_FINDING (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_finding_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CoopFinding *self = COOP_FINDING (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      self->severity = g_value_get_enum (value);
      break;
    case PROP_CODE:
      self->code = g_value_dup_string (value);
      break;
    case PROP_SUBJECT:
      self->subject = g_value_dup_string (value);
      break;
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    case PROP_LINE:
      self->line = g_value_get_uint (value);
      break;
    case PROP_MESSAGE:
      self->message = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_finding_class_init (CoopFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = coop_finding_finalize;
  object_class->get_property = coop_finding_get_property;
  object_class->set_property = coop_finding_set_property;

  /**
   * CoopFinding:severity:
   *
   * How serious the finding is.
   *
   * Since: 1.0
   */
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL, COOP_TYPE_SEVERITY, COOP_SEVERITY_ERROR, flags);

  /**
   * CoopFinding:code:
   *
   * A stable identifier of the kind of finding, such as
   * `unknown-reference`.
   *
   * Since: 1.0
   */
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, flags);

  /**
   * CoopFinding:subject:
   *
   * The identifier of the object the finding is about, if any.
   *
   * Since: 1.0
   */
  properties[PROP_SUBJECT] = g_param_spec_string ("subject", NULL, NULL, NULL, flags);

  /**
   * CoopFinding:path:
   *
   * The JSON path of the place in the document, such as
   * `$.territories[2].members[0]`.
   *
   * Since: 1.0
   */
  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, flags);

  /**
   * CoopFinding:line:
   *
   * The line in the file the model was read from, or 0 when unknown.
   *
   * Since: 1.0
   */
  properties[PROP_LINE] = g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * CoopFinding:message:
   *
   * What is wrong and what was expected, for people.
   *
   * Since: 1.0
   */
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_finding_init (CoopFinding *self)
{
}

/**
 * coop_finding_new:
 * @severity: how serious it is
 * @code: a stable identifier of the kind of finding
 * @subject: (nullable): the identifier of the object concerned
 * @path: (nullable): the JSON path of the place
 * @line: the line in the source file, or 0
 * @message: the message for people
 *
 * Creates a finding. A value quoted in @message (between “ and ”, or «
 * and ») longer than 80 characters is cut to its beginning and an
 * ellipsis, and a message still longer than 1,000 characters loses its
 * middle, so that a finding about a huge value stays one readable line.
 *
 * Returns: (transfer full): the finding
 *
 * Since: 1.0
 */
CoopFinding *
coop_finding_new (CoopSeverity  severity,
                  const char   *code,
                  const char   *subject,
                  const char   *path,
                  guint         line,
                  const char   *message)
{
  g_autofree char *bounded = NULL;

  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  bounded = _coop_bound_message (message);
  return g_object_new (COOP_TYPE_FINDING,
                       "severity", severity,
                       "code", code,
                       "subject", subject,
                       "path", path,
                       "line", line,
                       "message", bounded,
                       NULL);
}

/**
 * coop_finding_get_severity:
 * @self: a finding
 *
 * Gets how serious @self is.
 *
 * Returns: the severity
 *
 * Since: 1.0
 */
CoopSeverity
coop_finding_get_severity (CoopFinding *self)
{
  g_return_val_if_fail (COOP_IS_FINDING (self), COOP_SEVERITY_ERROR);

  return self->severity;
}

/**
 * coop_finding_get_code:
 * @self: a finding
 *
 * Gets the stable identifier of the kind of finding.
 *
 * Returns: the code
 *
 * Since: 1.0
 */
const char *
coop_finding_get_code (CoopFinding *self)
{
  g_return_val_if_fail (COOP_IS_FINDING (self), NULL);

  return self->code;
}

/**
 * coop_finding_get_subject:
 * @self: a finding
 *
 * Gets the identifier of the object concerned.
 *
 * Returns: (nullable): the identifier
 *
 * Since: 1.0
 */
const char *
coop_finding_get_subject (CoopFinding *self)
{
  g_return_val_if_fail (COOP_IS_FINDING (self), NULL);

  return self->subject;
}

/**
 * coop_finding_get_path:
 * @self: a finding
 *
 * Gets the JSON path of the place in the document.
 *
 * Returns: (nullable): the path
 *
 * Since: 1.0
 */
const char *
coop_finding_get_path (CoopFinding *self)
{
  g_return_val_if_fail (COOP_IS_FINDING (self), NULL);

  return self->path;
}

/**
 * coop_finding_get_line:
 * @self: a finding
 *
 * Gets the line in the file the model was read from.
 *
 * Returns: the line, or 0 when unknown
 *
 * Since: 1.0
 */
guint
coop_finding_get_line (CoopFinding *self)
{
  g_return_val_if_fail (COOP_IS_FINDING (self), 0);

  return self->line;
}

/**
 * coop_finding_get_message:
 * @self: a finding
 *
 * Gets the message for people.
 *
 * Returns: the message
 *
 * Since: 1.0
 */
const char *
coop_finding_get_message (CoopFinding *self)
{
  g_return_val_if_fail (COOP_IS_FINDING (self), NULL);

  return self->message;
}

/**
 * coop_finding_to_string:
 * @self: a finding
 *
 * Formats @self on one line for people, in the language of the locale:
 * `error: line 12: $.territories[0]: message [code]`. The code stays as
 * it is in every language; scripts should read the properties rather
 * than parse this line.
 *
 * Returns: (transfer full): the line of text
 *
 * Since: 1.0
 */
char *
coop_finding_to_string (CoopFinding *self)
{
  GString *text;

  g_return_val_if_fail (COOP_IS_FINDING (self), NULL);

  text = g_string_new (NULL);
  /* TRANSLATORS: the severity of a finding, before the rest of the line */
  g_string_append_printf (text, C_("finding", "%s: "),
                          coop_enum_get_label (COOP_TYPE_SEVERITY, self->severity));
  if (self->line > 0)
    g_string_append_printf (text, C_("finding", "line %u: "), self->line);
  if (self->path != NULL)
    {
      /* TRANSLATORS: a JSON path such as $.territories[0], before the message */
      g_string_append_printf (text, C_("finding", "%s: "), self->path);
    }
  g_string_append (text, self->message);
  g_string_append_printf (text, " [%s]", self->code);

  return g_string_free (text, FALSE);
}

/**
 * coop_severity_to_string:
 * @severity: a severity
 *
 * Gets the stable string of @severity: `error`, `warning` or `info`.
 *
 * Returns: the string
 *
 * Since: 1.0
 */
const char *
coop_severity_to_string (CoopSeverity severity)
{
  switch (severity)
    {
    case COOP_SEVERITY_ERROR:
      return "error";
    case COOP_SEVERITY_WARNING:
      return "warning";
    case COOP_SEVERITY_INFO:
      return "info";
    default:
      return "unknown";
    }
}
