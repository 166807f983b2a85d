/* coop-seat-allocation-new.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-atlas-private.h"
#include "coop-error.h"
#include "coop-i18n-private.h"
#include "coop-model.h"
#include "coop-seat-allocation-private.h"
#include "coop-seat-private.h"

#define COOP_SEAT_MAX_POPULATION 100000000

/* The ways in: an EPCI of the atlas, plain data, or a perimeter of a
 * model. Each checks the members before the engine sees them. */

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
  /* @seen is NULL for an EPCI of the atlas, whose members are distinct by
   * construction. */
  if (seen != NULL && !g_hash_table_add (seen, (gpointer)code))
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
  const CoopAtlasMembership *memberships = NULL;
  g_autoptr(GArray) members = NULL;
  g_autoptr(GPtrArray) keep = NULL;
  g_autofree char *where = NULL;
  guint32 index;
  guint n = 0;

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

  /* The members and their DGCL populations straight from the atlas's
   * membership table: the same figures as coop_atlas_list_members() and
   * coop_atlas_get_member_population(), without a search per member, so
   * that all of France is computed in milliseconds. */
  index = _coop_atlas_get_index (atlas, epci);
  if (index != COOP_ATLAS_NO_INDEX)
    memberships = _coop_atlas_data_get_memberships (_coop_atlas_get_data (atlas), index, &n);
  members = g_array_sized_new (FALSE, FALSE, sizeof (CoopSeatMember), n);
  keep = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      CoopTerritory *commune = _coop_atlas_dup_territory_at (atlas, memberships[i].member);

      if (commune == NULL)
        continue;
      g_ptr_array_add (keep, commune);
      if (!add_member (members, NULL, commune, memberships[i].population_municipale, where, error))
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

/* Every member reference of @territory's perimeter names a territory: the
 * seats of a perimeter missing one would be those of another. Each
 * territory of project is walked once. */
static gboolean
check_perimeter_references (CoopModel      *model,
                            CoopTerritory  *territory,
                            const char     *where,
                            GError        **error)
{
  g_autoptr(GHashTable) walked = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) pending = g_ptr_array_new ();

  g_ptr_array_add (pending, territory);
  g_hash_table_add (walked, territory);
  while (pending->len > 0)
    {
      CoopTerritory *current = g_ptr_array_steal_index_fast (pending, pending->len - 1);
      const char * const *members = coop_territory_get_member_codes (current);

      for (guint i = 0; members[i] != NULL; i++)
        {
          g_autoptr(CoopTerritory) member = coop_model_lookup (model, members[i]);

          if (member == NULL)
            {
              g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                           _("%s: member “%s” of “%s” names no territory of the atlas or the model; expected "
                             "the perimeter's every member to be known"),
                           where, members[i], coop_territory_get_code (current));
              return FALSE;
            }
          /* The model holds its territories: the borrowed pointer lives. */
          if (!coop_territory_is_from_atlas (member) && g_hash_table_add (walked, member))
            g_ptr_array_add (pending, member);
        }
    }
  return TRUE;
}

/* The population of @commune the seat rules count when the model gives
 * none: the atlas's per-member figure in the commune's EPCI, the one
 * coop_seat_allocation_new_for_epci() counts. */
static gint64
atlas_member_population (CoopAtlas     *atlas,
                         GHashTable    *epcis,
                         CoopTerritory *commune)
{
  const char *epci_code = coop_territory_get_epci_code (commune);
  CoopTerritory *epci;

  if (epci_code == NULL)
    return COOP_POPULATION_UNKNOWN;
  epci = g_hash_table_lookup (epcis, epci_code);
  if (epci == NULL)
    {
      epci = coop_atlas_lookup_kind (atlas, COOP_TERRITORY_KIND_EPCI, epci_code);
      if (epci == NULL)
        return COOP_POPULATION_UNKNOWN;
      g_hash_table_insert (epcis, (gpointer)coop_territory_get_code (epci), epci);
    }
  return coop_atlas_get_member_population (atlas, epci, commune);
}

/**
 * coop_seat_allocation_new_for_model:
 * @model: a model
 * @territory: a territory of @model, or an EPCI of its atlas
 * @form: the legal form to compute the council of, or
 *   %COOP_EPCI_FORM_NONE for @territory's own
 *   ([property@Coop.Territory:epci-form])
 * @reading: the reading of V to apply
 * @error: return location for an error
 *
 * Computes the droit commun of CGCT L5211-6-1 for the perimeter of a
 * territory of a model: a proposed EPCI (a fusion, an extension, a
 * withdrawal under L5211-6-2), a territory of project read as an EPCI, or
 * a past council. Its communes are those of
 * [method@Coop.Model.list_communes]. Each counts the population
 * municipale @territory gives it
 * ([method@Coop.Territory.set_member_population], the
 * `member-populations` of a model document), and otherwise the atlas's
 * per-member population in its EPCI, the figure
 * [ctor@Coop.SeatAllocation.new_for_epci] counts (for the 2026 atlas, the
 * populations in force on 1 January 2025, census 2022). A commune that is
 * in no EPCI of the atlas (the single-commune islands) must be given one.
 *
 * An EPCI of the atlas computed for its own form is
 * [ctor@Coop.SeatAllocation.new_for_epci], with its special rules (IV 4°
 * bis for the Métropole d'Aix-Marseille-Provence); any other perimeter
 * gets the ordinary rules of its form.
 *
 * The allocation's [property@Coop.SeatAllocation:epci] is @territory.
 *
 * Returns: (transfer full): the allocation, or %NULL with @error set:
 *   %COOP_ERROR_MISSING_FIELD when no form is given or set, or a commune
 *   has no population; %COOP_ERROR_INVALID_VALUE when a member reference
 *   names nothing, a population is given to a commune outside the
 *   perimeter, or as for [ctor@Coop.SeatAllocation.new_for_communes];
 *   %COOP_ERROR_OUT_OF_SCOPE for the Métropole de Lyon
 *
 * Since: 1.0
 */
CoopSeatAllocation *
coop_seat_allocation_new_for_model (CoopModel              *model,
                                    CoopTerritory          *territory,
                                    CoopEpciForm            form,
                                    CoopSupplementReading   reading,
                                    GError                **error)
{
  CoopAtlas *atlas;
  g_autoptr(GListModel) communes = NULL;
  g_autoptr(GArray) members = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GHashTable) epcis = NULL;
  g_autoptr(GPtrArray) keep = NULL;
  g_autofree char *where = NULL;
  g_auto(GStrv) given = NULL;
  gboolean from_atlas;
  guint n;

  g_return_val_if_fail (COOP_IS_MODEL (model), NULL);
  g_return_val_if_fail (COOP_IS_TERRITORY (territory), NULL);
  g_return_val_if_fail (form <= COOP_EPCI_FORM_METROPOLE_DE_LYON, NULL);
  g_return_val_if_fail (reading <= COOP_SUPPLEMENT_READING_KEEP, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  atlas = coop_model_get_atlas (model);
  from_atlas = coop_territory_is_from_atlas (territory);
  if (from_atlas && coop_territory_get_kind (territory) == COOP_TERRITORY_KIND_EPCI &&
      (form == COOP_EPCI_FORM_NONE || form == coop_territory_get_epci_form (territory)))
    return coop_seat_allocation_new_for_epci (atlas, territory, reading, error);

  where = g_strdup_printf ("%s (%s)", coop_territory_get_name (territory), coop_territory_get_code (territory));
  if (form == COOP_EPCI_FORM_NONE)
    form = coop_territory_get_epci_form (territory);
  if (form == COOP_EPCI_FORM_NONE)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD,
                   _("%s: no legal form to compute the council of; expected “epci-form” (cc, ca, cu or "
                     "metropole) on the territory, or a form given"), where);
      return NULL;
    }
  if (!check_form (form, where, error) ||
      (!from_atlas && !check_perimeter_references (model, territory, where, error)))
    return NULL;

  communes = coop_model_list_communes (model, territory);
  n = g_list_model_get_n_items (communes);
  members = g_array_sized_new (FALSE, FALSE, sizeof (CoopSeatMember), n);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  epcis = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  keep = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      /* @keep holds each commune while the members and @seen borrow it. */
      CoopTerritory *commune = g_list_model_get_item (communes, i);
      gint64 population = coop_territory_get_member_population (territory, coop_territory_get_code (commune));

      g_ptr_array_add (keep, commune);
      if (population == COOP_POPULATION_UNKNOWN)
        population = atlas_member_population (atlas, epcis, commune);
      g_hash_table_add (seen, (gpointer)coop_territory_get_code (commune));
      if (population == COOP_POPULATION_UNKNOWN)
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD,
                       _("%s: commune %s (%s) is in no EPCI of the atlas, so it has no population the seat "
                         "rules count; expected it in “member-populations”"),
                       where, coop_territory_get_code (commune), coop_territory_get_name (commune));
          return NULL;
        }
      if (!add_member (members, NULL, commune, population, where, error))
        return NULL;
    }

  given = coop_territory_dup_member_population_codes (territory);
  for (guint i = 0; given[i] != NULL; i++)
    {
      if (!g_hash_table_contains (seen, given[i]))
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                       _("%s: “%s” is given a population in “member-populations” but is not a commune of the "
                         "perimeter; expected the INSEE code of one of its communes"), where, given[i]);
          return NULL;
        }
    }

  if (!check_members (members, where, error))
    return NULL;

  return _coop_seat_allocation_new_from_members (territory, NULL, form, members, reading, error);
}
