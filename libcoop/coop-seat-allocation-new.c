/* coop-seat-allocation-new.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-error.h"
#include "coop-i18n-private.h"
#include "coop-seat-allocation-private.h"
#include "coop-seat-private.h"

#define COOP_SEAT_MAX_POPULATION 100000000

/* The two ways in: an EPCI of the atlas, or plain data. Both check the
 * members before the engine sees them. */

static gboolean
check_form (CoopEpciForm  form,
            const char   *where,
            GError      **error)
{
  if (form == COOP_EPCI_FORM_METROPOLE_DE_LYON)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_OUT_OF_SCOPE,
                   _("%s: the Métropole de Lyon is a collectivité à statut particulier whose council is "
                     "elected directly; CGCT L5211-6-1 does not apply to it"), where);
      return FALSE;
    }
  if (form == COOP_EPCI_FORM_NONE)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_OUT_OF_SCOPE,
                   _("%s: not an EPCI à fiscalité propre (expected a CC, CA, CU or métropole)"), where);
      return FALSE;
    }
  return TRUE;
}

static gboolean
add_member (GArray         *members,
            GHashTable     *seen,
            CoopTerritory  *commune,
            gint64          population,
            const char     *where,
            GError        **error)
{
  const char *code = coop_territory_get_code (commune);
  CoopSeatMember member = { commune, population };

  if (coop_territory_get_kind (commune) != COOP_TERRITORY_KIND_COMMUNE)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("%s: member %s is a %s; expected a commune"), where, code,
                   coop_territory_kind_to_string (coop_territory_get_kind (commune)));
      return FALSE;
    }
  if (!g_hash_table_add (seen, (gpointer)code))
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE, _("%s: commune %s is listed twice"), where, code);
      return FALSE;
    }
  if (population == COOP_POPULATION_UNKNOWN)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD,
                   _("%s: commune %s (%s) has no population municipale; the seat rules need one"),
                   where, code, coop_territory_get_name (commune));
      return FALSE;
    }
  /* Beyond any real commune, and where products of populations and seat
   * counts would no longer fit in 64 bits. */
  if (population > COOP_SEAT_MAX_POPULATION)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("%s: commune %s (%s) has a population municipale of %lld; expected at most %d"),
                   where, code, coop_territory_get_name (commune), (long long)population,
                   COOP_SEAT_MAX_POPULATION);
      return FALSE;
    }
  /* Zero is a real figure: the six "villages morts pour la France" of the
   * Meuse count no inhabitant and are members of the CA du Grand Verdun.
   * IV 2° still gives them a seat de droit. */
  if (population < 0)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("%s: commune %s (%s) has a population municipale of %lld; expected zero or more"),
                   where, code, coop_territory_get_name (commune), (long long)population);
      return FALSE;
    }
  g_array_append_val (members, member);
  return TRUE;
}

/* IV 1° shares the table at the highest average and IV 3° hands a capped
 * commune's surplus to the others the same way: both need at least two
 * communes that count inhabitants. */
static gboolean
check_members (GArray      *members,
               const char  *where,
               GError     **error)
{
  guint inhabited = 0;

  if (members->len < 2)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("%s: an EPCI à fiscalité propre has at least two member communes; %u given"),
                   where, members->len);
      return FALSE;
    }
  for (guint i = 0; i < members->len; i++)
    {
      if (g_array_index (members, CoopSeatMember, i).population > 0)
        inhabited++;
    }
  if (inhabited < 2)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("%s: %u of the %u communes count inhabitants; the highest average of IV 1° and "
                     "IV 3° needs at least two with a positive population municipale"),
                   where, inhabited, members->len);
      return FALSE;
    }
  return TRUE;
}

/**
 * coop_seat_allocation_new_for_epci:
 * @atlas: an atlas
 * @epci: an EPCI à fiscalité propre of @atlas
 * @reading: the reading of V to apply
 * @error: return location for an error
 *
 * Computes the droit commun for @epci, with the DGCL per-member
 * populations of @atlas ([method@Coop.Atlas.get_member_population]).
 *
 * Returns: (transfer full): the allocation, or %NULL with @error set:
 *   %COOP_ERROR_OUT_OF_SCOPE for the Métropole de Lyon, an EPT or any
 *   territory that is not an EPCI à fiscalité propre,
 *   %COOP_ERROR_INVALID_VALUE for an EPCI of fewer than two communes, a
 *   negative population or fewer than two communes with inhabitants,
 *   %COOP_ERROR_MISSING_FIELD for a commune without a population.
 *   A commune of 0 inhabitants is accepted: it gets the seat de droit of IV 2°
 *
 * Since: 1.0
 */
CoopSeatAllocation *
coop_seat_allocation_new_for_epci (CoopAtlas              *atlas,
                                   CoopTerritory          *epci,
                                   CoopSupplementReading   reading,
                                   GError                **error)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GArray) members = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GPtrArray) keep = NULL;
  g_autofree char *where = NULL;
  guint n;

  g_return_val_if_fail (COOP_IS_ATLAS (atlas), NULL);
  g_return_val_if_fail (COOP_IS_TERRITORY (epci), NULL);
  g_return_val_if_fail (reading <= COOP_SUPPLEMENT_READING_KEEP, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  where = g_strdup_printf ("%s (%s)", coop_territory_get_name (epci), coop_territory_get_code (epci));
  if (coop_territory_get_kind (epci) == COOP_TERRITORY_KIND_EPT)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_OUT_OF_SCOPE,
                   _("%s: an établissement public territorial is not an EPCI à fiscalité propre; "
                     "CGCT L5211-6-1 does not apply to its council"), where);
      return NULL;
    }
  if (coop_territory_get_kind (epci) != COOP_TERRITORY_KIND_EPCI)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_OUT_OF_SCOPE,
                   _("%s: a %s, not an EPCI à fiscalité propre"), where,
                   coop_territory_kind_to_string (coop_territory_get_kind (epci)));
      return NULL;
    }
  if (!check_form (coop_territory_get_epci_form (epci), where, error))
    return NULL;

  list = coop_atlas_list_members (atlas, epci);
  n = g_list_model_get_n_items (list);
  members = g_array_sized_new (FALSE, FALSE, sizeof (CoopSeatMember), n);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  keep = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      CoopTerritory *commune = g_list_model_get_item (list, i);

      g_ptr_array_add (keep, commune);
      if (!add_member (members, seen, commune, coop_atlas_get_member_population (atlas, epci, commune),
                       where, error))
        return NULL;
    }
  if (!check_members (members, where, error))
    return NULL;

  return _coop_seat_allocation_new_from_members (epci, coop_territory_get_code (epci), coop_territory_get_epci_form (epci),
                                                 members, reading, error);
}

/**
 * coop_seat_allocation_new_for_communes:
 * @form: the legal form of the EPCI
 * @communes: a list of [class@Coop.Territory] of kind commune, each with
 *   its population municipale set
 * @reading: the reading of V to apply
 * @error: return location for an error
 *
 * Computes the droit commun for an EPCI given as plain data: a user's
 * model, a projected merger or a test. Build the communes with
 * [ctor@Coop.Territory.new] and [method@Coop.Territory.set_population_municipale].
 * The same as [ctor@Coop.SeatAllocation.new_for_perimeter] without a SIREN.
 *
 * Returns: (transfer full): the allocation, or %NULL with @error set when
 *   a population is missing or negative, fewer than two communes count
 *   inhabitants, a code
 *   repeats, fewer than two communes are given or @form is out of scope.
 *   A commune of 0 inhabitants is accepted: it gets the seat de droit of IV 2°
 *
 * Since: 1.0
 */
CoopSeatAllocation *
coop_seat_allocation_new_for_communes (CoopEpciForm            form,
                                       GListModel             *communes,
                                       CoopSupplementReading   reading,
                                       GError                **error)
{
  return coop_seat_allocation_new_for_perimeter (form, NULL, communes, reading, error);
}

/**
 * coop_seat_allocation_new_for_perimeter:
 * @form: the legal form of the EPCI
 * @siren: (nullable): the SIREN of the EPCI, when the CGCT sets rules for it
 *   by name (IV 4° bis for the Métropole d'Aix-Marseille-Provence,
 *   200054807), or %NULL
 * @communes: a list of [class@Coop.Territory] of kind commune, each with
 *   its population municipale set
 * @reading: the reading of V to apply
 * @error: return location for an error
 *
 * Computes the droit commun for any perimeter and any populations: a
 * fusion, an extension, a withdrawal (L5211-6-2) or a past council
 * recomputed from the populations in force when it was set. Build the
 * communes with [ctor@Coop.Territory.new] and
 * [method@Coop.Territory.set_population_municipale].
 *
 * Returns: (transfer full): the allocation, or %NULL with @error set as
 *   for [ctor@Coop.SeatAllocation.new_for_communes]
 *
 * Since: 1.0
 */
CoopSeatAllocation *
coop_seat_allocation_new_for_perimeter (CoopEpciForm            form,
                                        const char             *siren,
                                        GListModel             *communes,
                                        CoopSupplementReading   reading,
                                        GError                **error)
{
  g_autoptr(GArray) members = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GPtrArray) keep = NULL;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (communes), NULL);
  g_return_val_if_fail (g_type_is_a (g_list_model_get_item_type (communes), COOP_TYPE_TERRITORY), NULL);
  g_return_val_if_fail (reading <= COOP_SUPPLEMENT_READING_KEEP, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_form (form, "communes", error))
    return NULL;

  n = g_list_model_get_n_items (communes);
  members = g_array_sized_new (FALSE, FALSE, sizeof (CoopSeatMember), n);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  keep = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      CoopTerritory *commune = g_list_model_get_item (communes, i);
      g_autofree char *where = g_strdup_printf ("communes[%u]", i);

      g_ptr_array_add (keep, commune);
      if (!add_member (members, seen, commune, coop_territory_get_population_municipale (commune), where, error))
        return NULL;
    }
  if (!check_members (members, "communes", error))
    return NULL;

  return _coop_seat_allocation_new_from_members (NULL, siren, form, members, reading, error);
}
