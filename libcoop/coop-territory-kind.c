/* coop-territory-kind.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-enum-types.h"
#include "coop-territory-kind.h"

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  /* Nicks live in static storage, so they outlive the class reference. */
  return enum_value != NULL ? enum_value->value_nick : NULL;
}

/**
 * coop_territory_kind_to_string:
 * @kind: a territory kind
 *
 * Gets the stable string of @kind used in model documents.
 *
 * Returns: (nullable): the nick, such as `commune` or `pnr`
 *
 * Since: 1.0
 */
const char *
coop_territory_kind_to_string (CoopTerritoryKind kind)
{
  return enum_nick (COOP_TYPE_TERRITORY_KIND, kind);
}

/**
 * coop_territory_kind_from_string:
 * @nick: a kind's nick, such as `pnr`
 * @kind: (out): where to store the kind
 *
 * Parses the stable string of a territory kind.
 *
 * Returns: %TRUE if @nick names a kind
 *
 * Since: 1.0
 */
gboolean
coop_territory_kind_from_string (const char        *nick,
                                 CoopTerritoryKind *kind)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *value;

  g_return_val_if_fail (nick != NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  klass = g_type_class_ref (COOP_TYPE_TERRITORY_KIND);
  value = g_enum_get_value_by_nick (klass, nick);
  if (value == NULL)
    return FALSE;

  *kind = value->value;
  return TRUE;
}

/**
 * coop_territory_kind_is_project:
 * @kind: a territory kind
 *
 * Tells whether @kind is a territory of project (Pays, PETR, PNR, SCoT…)
 * that users define, rather than a level of the administrative map.
 *
 * Returns: %TRUE for a territory of project
 *
 * Since: 1.0
 */
gboolean
coop_territory_kind_is_project (CoopTerritoryKind kind)
{
  return kind >= COOP_TERRITORY_KIND_PAYS;
}

/**
 * coop_epci_form_to_string:
 * @form: a legal form
 *
 * Gets the stable string of @form, such as `cc` or `metropole`.
 *
 * Returns: (nullable): the nick
 *
 * Since: 1.0
 */
const char *
coop_epci_form_to_string (CoopEpciForm form)
{
  return enum_nick (COOP_TYPE_EPCI_FORM, form);
}

/**
 * coop_nature_to_string:
 * @nature: a nature
 *
 * Gets the stable string of @nature: `urban`, `periurban` or `rural`.
 *
 * Returns: (nullable): the nick
 *
 * Since: 1.0
 */
const char *
coop_nature_to_string (CoopNature nature)
{
  return enum_nick (COOP_TYPE_NATURE, nature);
}
