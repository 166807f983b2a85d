/* coop-open-code-private.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A value of an open codelist, in the manner of the Open Contracting Data
 * Standard: agreement kinds, actor kinds, body kinds and roles. A known
 * value is a nick of the enumeration and keeps its meaning and its
 * translated label; any other code stands for the enumeration's "other"
 * value and carries the label its model gives it and, where it has one,
 * its legal reference. @code is NULL while the object holds a known
 * value set through its enum. */
typedef struct
{
  char *code;
  char *label;
  char *legal_reference;
} CoopOpenCode;

void        _coop_open_code_clear               (CoopOpenCode  *self);
gboolean    _coop_open_code_is_valid_syntax     (const char    *code);
gboolean    _coop_open_code_set                 (CoopOpenCode  *self,
                                                 GType          enum_type,
                                                 int            other_value,
                                                 const char    *member,
                                                 const char    *code,
                                                 const char    *label,
                                                 const char    *legal_reference,
                                                 int           *value,
                                                 GError       **error);
gboolean    _coop_open_code_set_and_notify      (CoopOpenCode  *self,
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
                                                 GError       **error);
const char *_coop_open_code_get_code            (const CoopOpenCode *self,
                                                 GType               enum_type,
                                                 int                 value);
const char *_coop_open_code_get_label           (const CoopOpenCode *self,
                                                 GType               enum_type,
                                                 int                 value);
const char *_coop_open_code_get_legal_reference (const CoopOpenCode *self,
                                                 GType               enum_type,
                                                 int                 value);
/* The label for people of @code in @enum_type's codelist, for a code a
 * criterion names: the known value's label, or @code itself. */
const char *_coop_open_code_label_of            (GType               enum_type,
                                                 const char         *code);

G_END_DECLS
