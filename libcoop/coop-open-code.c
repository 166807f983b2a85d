/* coop-open-code.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "coop-actor.h"
#include "coop-agreement-kind.h"
#include "coop-body.h"
#include "coop-enum-types.h"
#include "coop-error.h"
#include "coop-i18n-private.h"
#include "coop-labels.h"
#include "coop-open-code-private.h"
#include "coop-util-private.h"

/* The legal texts that define the known values, where there is one. A
 * value left out has no single text (a charte, a plan de mandat). */
static const struct
{
  GType      (*get_type) (void);
  int          value;
  const char  *legal_reference;
} known_references[] = {
  { coop_agreement_kind_get_type, COOP_AGREEMENT_KIND_PACTE_DE_GOUVERNANCE, "CGCT L5211-11-2" },
  { coop_agreement_kind_get_type, COOP_AGREEMENT_KIND_PACTE_FINANCIER_ET_FISCAL, "CGI 1609 nonies C, VI" },
  { coop_agreement_kind_get_type, COOP_AGREEMENT_KIND_SCHEMA_DE_MUTUALISATION, "CGCT L5211-39-1" },
  { coop_agreement_kind_get_type, COOP_AGREEMENT_KIND_CONTRAT_DE_RELANCE_ET_DE_TRANSITION_ECOLOGIQUE,
    "Circulaire n° 6231/SG du 20 novembre 2020" },
  { coop_agreement_kind_get_type, COOP_AGREEMENT_KIND_PROJET_ALIMENTAIRE_TERRITORIAL, "Code rural L111-2-2" },
  { coop_agreement_kind_get_type, COOP_AGREEMENT_KIND_CONVENTION_D_ENTENTE, "CGCT L5221-1" },
  { coop_agreement_kind_get_type, COOP_AGREEMENT_KIND_CONVENTION_TERRITORIALE_D_EXERCICE_CONCERTE,
    "CGCT L1111-9-1" },
  { coop_actor_kind_get_type, COOP_ACTOR_KIND_SCIC, "Loi n° 47-1775, titre II ter" },
  { coop_actor_kind_get_type, COOP_ACTOR_KIND_GIP, "Loi n° 2011-525, art. 98" },
  { coop_actor_kind_get_type, COOP_ACTOR_KIND_SEM, "CGCT L1521-1" },
  { coop_body_kind_get_type, COOP_BODY_KIND_CONFERENCE_DES_MAIRES, "CGCT L5211-11-3" },
  { coop_body_kind_get_type, COOP_BODY_KIND_CONSEIL_DE_DEVELOPPEMENT, "CGCT L5211-10-1" },
  { coop_body_kind_get_type, COOP_BODY_KIND_CONSEIL_DE_QUARTIER, "CGCT L2143-1" },
};

void
_coop_open_code_clear (CoopOpenCode *self)
{
  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->legal_reference, g_free);
}

/* Codes are written like the nicks: lowercase ASCII letters, digits and
 * hyphens, starting with a letter, at most 64 characters. */
gboolean
_coop_open_code_is_valid_syntax (const char *code)
{
  gsize length;

  if (code == NULL || !g_ascii_islower (code[0]))
    return FALSE;
  length = strlen (code);
  if (length > 64 || code[length - 1] == '-')
    return FALSE;
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_islower (code[i]) && !g_ascii_isdigit (code[i]) && code[i] != '-')
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    {
      if (!g_ascii_isspace (*text))
        return FALSE;
    }
  return TRUE;
}

gboolean
_coop_open_code_set (CoopOpenCode  *self,
                     GType          enum_type,
                     int            other_value,
                     const char    *member,
                     const char    *code,
                     const char    *label,
                     const char    *legal_reference,
                     int           *value,
                     GError       **error)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *known;
  const struct { const char *text; const char *suffix; } texts[] = {
    { code, "" }, { label, "-label" }, { legal_reference, "-legal-reference" },
  };

  /* The reader refuses a document that is not UTF-8, so a setter refuses
   * such a value too; it is not quoted, since it is not text. */
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      if (!_coop_text_is_valid (texts[i].text))
        {
          g_autofree char *name = g_strconcat (member, texts[i].suffix, NULL);

          g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                       _("“%s” is not UTF-8 text; expected UTF-8"), name);
          return FALSE;
        }
    }

  if (!_coop_open_code_is_valid_syntax (code))
    {
      g_autofree char *lower = code != NULL ? g_ascii_strdown (code, -1) : NULL;
      GEnumValue *example = lower != NULL ? g_enum_get_value_by_nick (klass, lower) : NULL;

      /* Show the known value it resembles, or the first one. */
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("“%s” is “%s”; expected a code of lowercase letters, digits and hyphens, starting with a "
                     "letter, such as “%s”"),
                   member, code != NULL ? code : "", example != NULL ? example->value_nick : klass->values[0].value_nick);
      return FALSE;
    }

  /* "other" itself is a known value: another kind, not said which. */
  known = g_enum_get_value_by_nick (klass, code);
  if (known != NULL)
    {
      /* A known value keeps its meaning: its label is libcoop's. */
      if (label != NULL || legal_reference != NULL)
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                       _("“%s” is “%s”, a value libcoop knows with its own label and meaning; expected no "
                         "“%s-label” or “%s-legal-reference”"),
                       member, code, member, member);
          return FALSE;
        }
      _coop_open_code_clear (self);
      *value = known->value;
      return TRUE;
    }

  if (is_blank (label))
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("“%s” is “%s”, a value libcoop does not know; expected a “%s-label” that says what it is"),
                   member, code, member);
      return FALSE;
    }
  if (legal_reference != NULL && is_blank (legal_reference))
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("“%s-legal-reference” is empty; expected the legal text, or no member"), member);
      return FALSE;
    }

  _coop_open_code_clear (self);
  self->code = g_strdup (code);
  self->label = g_strdup (label);
  self->legal_reference = g_strdup (legal_reference);
  *value = other_value;
  return TRUE;
}

/* The set_*_code() method of an object with an open codelist (actors,
 * agreements, bodies, mandates, posts): _coop_open_code_set(), then the
 * notifications its properties owe: the enumeration value's when it
 * changes, the code's when it changes, and the label's and the legal
 * reference's, which follow either. @value is the object's enumeration
 * value, in and out (unchanged on failure); the caller stores it with
 * notifications frozen, so that none goes out before it is stored. */
gboolean
_coop_open_code_set_and_notify (CoopOpenCode  *self,
                                GObject       *object,
                                GType          enum_type,
                                int            other_value,
                                const char    *member,
                                const char    *code,
                                const char    *label,
                                const char    *legal_reference,
                                int           *value,
                                GParamSpec    *value_pspec,
                                GParamSpec    *code_pspec,
                                GParamSpec    *label_pspec,
                                GParamSpec    *legal_reference_pspec,
                                GError       **error)
{
  g_autofree char *previous_code = g_strdup (self->code);
  int previous_value = *value;

  if (!_coop_open_code_set (self, enum_type, other_value, member, code, label, legal_reference, value, error))
    {
      *value = previous_value;
      return FALSE;
    }

  if (*value != previous_value)
    g_object_notify_by_pspec (object, value_pspec);
  if (g_strcmp0 (previous_code, self->code) != 0)
    g_object_notify_by_pspec (object, code_pspec);
  g_object_notify_by_pspec (object, label_pspec);
  g_object_notify_by_pspec (object, legal_reference_pspec);
  return TRUE;
}

const char *
_coop_open_code_get_code (const CoopOpenCode *self,
                          GType               enum_type,
                          int                 value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *known;

  if (self->code != NULL)
    return self->code;

  klass = g_type_class_ref (enum_type);
  known = g_enum_get_value (klass, value);
  /* Nicks are static strings of the registered type. */
  return known != NULL ? known->value_nick : NULL;
}

const char *
_coop_open_code_get_label (const CoopOpenCode *self,
                           GType               enum_type,
                           int                 value)
{
  if (self->code != NULL)
    return self->label;

  return coop_enum_get_label (enum_type, value);
}

const char *
_coop_open_code_get_legal_reference (const CoopOpenCode *self,
                                     GType               enum_type,
                                     int                 value)
{
  if (self->code != NULL)
    return self->legal_reference;

  for (guint i = 0; i < G_N_ELEMENTS (known_references); i++)
    {
      if (known_references[i].get_type () == enum_type && known_references[i].value == value)
        return known_references[i].legal_reference;
    }
  return NULL;
}

const char *
_coop_open_code_label_of (GType       enum_type,
                          const char *code)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *known = g_enum_get_value_by_nick (klass, code);

  return known != NULL ? coop_enum_get_label (enum_type, known->value) : code;
}
