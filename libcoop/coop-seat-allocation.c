/* coop-seat-allocation.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-enum-types.h"
#include "coop-error.h"
#include "coop-seat-allocation-private.h"
#include "coop-seat-private.h"
#include "coop-seat-share-private.h"

/**
 * CoopSeatAllocation:
 *
 * The seats of the member communes in the conseil communautaire of an EPCI
 * à fiscalité propre under the droit commun of CGCT L5211-6-1:
 *
 * - III: a number of seats by the EPCI's population municipale;
 * - IV 1°: these seats go to communes at the highest average (D'Hondt) on
 *   their population municipale;
 * - IV 2°: a commune left without a seat gets one, beyond the table;
 * - IV 3°: a commune with more than half the seats keeps half, rounded
 *   down, and its surplus goes to the others at the highest average;
 * - IV 4°: a commune may not hold more seats than its municipal
 *   councillors (CGCT L2121-2): the total is reduced and 1° to 3° run again;
 * - IV 5°: communes tied for the last seat each get one;
 * - V: in communautés de communes and d'agglomération, when the seats de
 *   droit exceed 30 % of the III figure, 10 % of the III + IV total,
 *   rounded down, is added and distributed under IV in a single
 *   distribution counting the seats of IV 1° (Conseil d'État, 15 November
 *   2017, n° 410338). See [enum@Coop.SupplementReading] for the two
 *   readings of a seat de droit in that distribution.
 *
 * The tables come from the data files of `data/law`, tagged with their
 * version ([property@Coop.SeatAllocation:law-version]). The Métropole de
 * Lyon, whose council is elected directly, and the EPT of the Grand Paris,
 * which are not EPCI à fiscalité propre, are refused with
 * %COOP_ERROR_OUT_OF_SCOPE.
 *
 * Every allocation explains itself: [property@Coop.SeatAllocation:steps]
 * in the order of the article, in French and English.
 *
 * Since: 1.0
 */

struct _CoopSeatAllocation
{
  GObject                parent_instance;

  CoopTerritory         *epci;
  CoopEpciForm           form;
  CoopSupplementReading  reading;
  const CoopSeatLaw     *law;
  guint                  n;
  CoopTerritory        **communes;     /* largest first */
  gint64                *population;
  CoopSeatResult         result;
  GListStore            *shares;
  GListStore            *steps;
};

G_DEFINE_FINAL_TYPE (CoopSeatAllocation, coop_seat_allocation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_EPCI,
  PROP_FORM,
  PROP_LAW_VERSION,
  PROP_POPULATION,
  PROP_TABLE_SEATS,
  PROP_COUNCILLOR_REDUCTION,
  PROP_SEATS_DE_DROIT,
  PROP_CAPPED_COMMUNE,
  PROP_TIE_SEATS,
  PROP_SEATS_BEFORE_SUPPLEMENT,
  PROP_SUPPLEMENT_APPLIED,
  PROP_SUPPLEMENT_SEATS,
  PROP_SUPPLEMENT_READING,
  PROP_TOTAL_SEATS,
  PROP_SHARES,
  PROP_STEPS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_seat_allocation_dispose (GObject *object)
{
  CoopSeatAllocation *self = (CoopSeatAllocation *)object;

  g_clear_object (&self->epci);
  if (self->communes != NULL)
    {
      for (guint i = 0; i < self->n; i++)
        g_clear_object (&self->communes[i]);
    }
  g_clear_object (&self->shares);
  g_clear_object (&self->steps);

  G_OBJECT_CLASS (coop_seat_allocation_parent_class)->dispose (object);
}

static void
coop_seat_allocation_finalize (GObject *object)
{
  CoopSeatAllocation *self = (CoopSeatAllocation *)object;

  g_free (self->communes);
  g_free (self->population);
  _coop_seat_result_clear (&self->result);

  G_OBJECT_CLASS (coop_seat_allocation_parent_class)->finalize (object);
}

static void
coop_seat_allocation_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CoopSeatAllocation *self = COOP_SEAT_ALLOCATION (object);

  switch (prop_id)
    {
    case PROP_EPCI:
      g_value_set_object (value, coop_seat_allocation_get_epci (self));
      break;
    case PROP_FORM:
      g_value_set_enum (value, coop_seat_allocation_get_form (self));
      break;
    case PROP_LAW_VERSION:
      g_value_set_string (value, coop_seat_allocation_get_law_version (self));
      break;
    case PROP_POPULATION:
      g_value_set_int64 (value, coop_seat_allocation_get_population (self));
      break;
    case PROP_TABLE_SEATS:
      g_value_set_uint (value, coop_seat_allocation_get_table_seats (self));
      break;
    case PROP_COUNCILLOR_REDUCTION:
      g_value_set_uint (value, coop_seat_allocation_get_councillor_reduction (self));
      break;
    case PROP_SEATS_DE_DROIT:
      g_value_set_uint (value, coop_seat_allocation_get_seats_de_droit (self));
      break;
    case PROP_CAPPED_COMMUNE:
      g_value_set_object (value, coop_seat_allocation_get_capped_commune (self));
      break;
    case PROP_TIE_SEATS:
      g_value_set_uint (value, coop_seat_allocation_get_tie_seats (self));
      break;
    case PROP_SEATS_BEFORE_SUPPLEMENT:
      g_value_set_uint (value, coop_seat_allocation_get_seats_before_supplement (self));
      break;
    case PROP_SUPPLEMENT_APPLIED:
      g_value_set_boolean (value, coop_seat_allocation_get_supplement_applied (self));
      break;
    case PROP_SUPPLEMENT_SEATS:
      g_value_set_uint (value, coop_seat_allocation_get_supplement_seats (self));
      break;
    case PROP_SUPPLEMENT_READING:
      g_value_set_enum (value, coop_seat_allocation_get_supplement_reading (self));
      break;
    case PROP_TOTAL_SEATS:
      g_value_set_uint (value, coop_seat_allocation_get_total_seats (self));
      break;
    case PROP_SHARES:
      g_value_set_object (value, coop_seat_allocation_get_shares (self));
      break;
    case PROP_STEPS:
      g_value_set_object (value, coop_seat_allocation_get_steps (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_seat_allocation_class_init (CoopSeatAllocationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = coop_seat_allocation_dispose;
  object_class->finalize = coop_seat_allocation_finalize;
  object_class->get_property = coop_seat_allocation_get_property;

  /**
   * CoopSeatAllocation:epci:
   *
   * The EPCI, when the allocation was made from the atlas; %NULL for plain data.
   *
   * Since: 1.0
   */
  properties[PROP_EPCI] =
    g_param_spec_object ("epci", NULL, NULL, COOP_TYPE_TERRITORY,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatAllocation:form:
   *
   * The legal form of the EPCI, which decides whether V and the accord local apply.
   *
   * Since: 1.0
   */
  properties[PROP_FORM] =
    g_param_spec_enum ("form", NULL, NULL, COOP_TYPE_EPCI_FORM, COOP_EPCI_FORM_CC,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatAllocation:law-version:
   *
   * The version of the law tables used, such as `2015-03-10` for CGCT L5211-6-1 as rewritten by loi n° 2015-264.
   *
   * Since: 1.0
   */
  properties[PROP_LAW_VERSION] =
    g_param_spec_string ("law-version", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatAllocation:population:
   *
   * The population municipale of all member communes together.
   *
   * Since: 1.0
   */
  properties[PROP_POPULATION] =
    g_param_spec_int64 ("population", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatAllocation:table-seats:
   *
   * The number of seats the III table gives for the population.
   *
   * Since: 1.0
   */
  properties[PROP_TABLE_SEATS] =
    g_param_spec_uint ("table-seats", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatAllocation:councillor-reduction:
   *
   * The seats taken off the table figure under IV 4°, so that no commune holds more seats than its municipal councillors.
   *
   * Since: 1.0
   */
  properties[PROP_COUNCILLOR_REDUCTION] =
    g_param_spec_uint ("councillor-reduction", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatAllocation:seats-de-droit:
   *
   * How many communes got a seat de droit under IV 2°.
   *
   * Since: 1.0
   */
  properties[PROP_SEATS_DE_DROIT] =
    g_param_spec_uint ("seats-de-droit", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatAllocation:capped-commune:
   *
   * The commune held at half the seats under IV 3°, if any.
   *
   * Since: 1.0
   */
  properties[PROP_CAPPED_COMMUNE] =
    g_param_spec_object ("capped-commune", NULL, NULL, COOP_TYPE_TERRITORY,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatAllocation:tie-seats:
   *
   * The seats added because communes tied for a last seat (IV 5°).
   *
   * Since: 1.0
   */
  properties[PROP_TIE_SEATS] =
    g_param_spec_uint ("tie-seats", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatAllocation:seats-before-supplement:
   *
   * The number of seats after III and IV: the base of V, VI and the accord local.
   *
   * Since: 1.0
   */
  properties[PROP_SEATS_BEFORE_SUPPLEMENT] =
    g_param_spec_uint ("seats-before-supplement", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatAllocation:supplement-applied:
   *
   * Whether V added seats.
   *
   * Since: 1.0
   */
  properties[PROP_SUPPLEMENT_APPLIED] =
    g_param_spec_boolean ("supplement-applied", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatAllocation:supplement-seats:
   *
   * The seats V added, or 0.
   *
   * Since: 1.0
   */
  properties[PROP_SUPPLEMENT_SEATS] =
    g_param_spec_uint ("supplement-seats", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatAllocation:supplement-reading:
   *
   * The reading of V that was asked for; it changes the result only when [property@Coop.SeatAllocation:supplement-applied] is %TRUE and a commune that held a seat de droit wins a seat in the V distribution.
   *
   * Since: 1.0
   */
  properties[PROP_SUPPLEMENT_READING] =
    g_param_spec_enum ("supplement-reading", NULL, NULL, COOP_TYPE_SUPPLEMENT_READING, COOP_SUPPLEMENT_READING_ABSORB,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatAllocation:total-seats:
   *
   * The number of seats of the conseil communautaire.
   *
   * Since: 1.0
   */
  properties[PROP_TOTAL_SEATS] =
    g_param_spec_uint ("total-seats", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatAllocation:shares:
   *
   * The communes' seats, a list of [class@Coop.SeatShare], largest commune first.
   *
   * Since: 1.0
   */
  properties[PROP_SHARES] =
    g_param_spec_object ("shares", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatAllocation:steps:
   *
   * The steps of the computation, a list of [class@Coop.SeatStep] in the order of the article.
   *
   * Since: 1.0
   */
  properties[PROP_STEPS] =
    g_param_spec_object ("steps", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_seat_allocation_init (CoopSeatAllocation *self)
{
  self->shares = g_list_store_new (COOP_TYPE_SEAT_SHARE);
  self->steps = g_list_store_new (COOP_TYPE_SEAT_STEP);
  self->result.capped = -1;
}

typedef struct
{
  CoopTerritory *commune;
  gint64         population;
} Member;

/* Largest first; equal populations by code, so results are stable. */
static int
compare_members (gconstpointer a,
                 gconstpointer b)
{
  const Member *first = a, *second = b;

  if (first->population != second->population)
    return first->population > second->population ? -1 : 1;
  return g_strcmp0 (coop_territory_get_code (first->commune), coop_territory_get_code (second->commune));
}

static gboolean
check_form (CoopEpciForm  form,
            const char   *where,
            GError      **error)
{
  if (form == COOP_EPCI_FORM_METROPOLE_DE_LYON)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_OUT_OF_SCOPE,
                   "%s: the Métropole de Lyon is a collectivité à statut particulier whose council is "
                   "elected directly; CGCT L5211-6-1 does not apply to it", where);
      return FALSE;
    }
  if (form == COOP_EPCI_FORM_NONE)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_OUT_OF_SCOPE,
                   "%s: not an EPCI à fiscalité propre (expected a CC, CA, CU or métropole)", where);
      return FALSE;
    }
  return TRUE;
}

/* Takes the members (already checked) and computes. */
static CoopSeatAllocation *
allocation_new (CoopTerritory          *epci,
                CoopEpciForm            form,
                GArray                 *members,
                CoopSupplementReading   reading,
                GError                **error)
{
  g_autoptr(CoopSeatAllocation) self = NULL;
  g_autofree const char **names = NULL;
  const CoopSeatLaw *law;
  CoopSeatInput input;

  law = _coop_seat_law_get (error);
  if (law == NULL)
    return NULL;

  g_array_sort (members, compare_members);

  self = g_object_new (COOP_TYPE_SEAT_ALLOCATION, NULL);
  self->epci = epci != NULL ? g_object_ref (epci) : NULL;
  self->form = form;
  self->reading = reading;
  self->law = law;
  self->n = members->len;
  self->communes = g_new0 (CoopTerritory *, self->n);
  self->population = g_new0 (gint64, self->n);
  names = g_new0 (const char *, self->n + 1);
  for (guint i = 0; i < self->n; i++)
    {
      Member *member = &g_array_index (members, Member, i);

      self->communes[i] = g_object_ref (member->commune);
      self->population[i] = member->population;
      names[i] = coop_territory_get_name (member->commune) != NULL ? coop_territory_get_name (member->commune)
                                                                   : coop_territory_get_code (member->commune);
    }

  input.n = self->n;
  input.population = self->population;
  input.names = names;
  input.form = form;
  input.reading = reading;
  input.law = law;
  if (!_coop_seat_compute (&input, &self->result, error))
    return NULL;

  for (guint i = 0; i < self->n; i++)
    {
      g_autoptr(CoopSeatShare) share =
        _coop_seat_share_new (self->communes[i], self->population[i], self->result.seats[i],
                              self->result.proportional[i], self->result.de_droit[i],
                              self->result.iv_seats[i], self->result.councillors[i],
                              self->result.total, self->result.total_population);

      g_list_store_append (self->shares, share);
    }
  g_list_store_splice (self->steps, 0, 0, self->result.steps->pdata, self->result.steps->len);

  return g_steal_pointer (&self);
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
  Member member = { commune, population };

  if (coop_territory_get_kind (commune) != COOP_TERRITORY_KIND_COMMUNE)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   "%s: member %s is a %s; expected a commune", where, code,
                   coop_territory_kind_to_string (coop_territory_get_kind (commune)));
      return FALSE;
    }
  if (!g_hash_table_add (seen, (gpointer)code))
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE, "%s: commune %s is listed twice", where, code);
      return FALSE;
    }
  if (population == COOP_POPULATION_UNKNOWN)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD,
                   "%s: commune %s (%s) has no population municipale; the seat rules need one",
                   where, code, coop_territory_get_name (commune));
      return FALSE;
    }
  if (population <= 0)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   "%s: commune %s (%s) has a population municipale of %" G_GINT64_FORMAT
                   "; expected a positive number", where, code, coop_territory_get_name (commune), population);
      return FALSE;
    }
  g_array_append_val (members, member);
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
 *   %COOP_ERROR_INVALID_VALUE for an EPCI of fewer than two communes or a
 *   commune without a positive population
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
                   "%s: an établissement public territorial is not an EPCI à fiscalité propre; "
                   "CGCT L5211-6-1 does not apply to its council", where);
      return NULL;
    }
  if (coop_territory_get_kind (epci) != COOP_TERRITORY_KIND_EPCI)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_OUT_OF_SCOPE,
                   "%s: a %s, not an EPCI à fiscalité propre", where,
                   coop_territory_kind_to_string (coop_territory_get_kind (epci)));
      return NULL;
    }
  if (!check_form (coop_territory_get_epci_form (epci), where, error))
    return NULL;

  list = coop_atlas_list_members (atlas, epci);
  n = g_list_model_get_n_items (list);
  members = g_array_sized_new (FALSE, FALSE, sizeof (Member), n);
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
  if (members->len < 2)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   "%s: %u member commune; an EPCI à fiscalité propre has at least two", where, members->len);
      return NULL;
    }

  return allocation_new (epci, coop_territory_get_epci_form (epci), members, reading, error);
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
 *
 * Returns: (transfer full): the allocation, or %NULL with @error set when
 *   a population is missing or not positive, a code repeats, fewer than two
 *   communes are given or @form is out of scope
 *
 * Since: 1.0
 */
CoopSeatAllocation *
coop_seat_allocation_new_for_communes (CoopEpciForm            form,
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
  members = g_array_sized_new (FALSE, FALSE, sizeof (Member), n);
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
  if (members->len < 2)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   "communes: %u given; an EPCI à fiscalité propre has at least two", members->len);
      return NULL;
    }

  return allocation_new (NULL, form, members, reading, error);
}

/**
 * coop_seat_allocation_get_epci:
 * @self: an allocation
 *
 * Gets [property@Coop.SeatAllocation:epci].
 *
 * Returns: (nullable) (transfer none): the value
 *
 * Since: 1.0
 */
CoopTerritory *
coop_seat_allocation_get_epci (CoopSeatAllocation *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), NULL);

  return self->epci;
}

/**
 * coop_seat_allocation_get_form:
 * @self: an allocation
 *
 * Gets [property@Coop.SeatAllocation:form].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
CoopEpciForm
coop_seat_allocation_get_form (CoopSeatAllocation *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), 0);

  return self->form;
}

/**
 * coop_seat_allocation_get_law_version:
 * @self: an allocation
 *
 * Gets [property@Coop.SeatAllocation:law-version].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
const char *
coop_seat_allocation_get_law_version (CoopSeatAllocation *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), NULL);

  return self->law->seats_version;
}

/**
 * coop_seat_allocation_get_population:
 * @self: an allocation
 *
 * Gets [property@Coop.SeatAllocation:population].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
gint64
coop_seat_allocation_get_population (CoopSeatAllocation *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), 0);

  return self->result.total_population;
}

/**
 * coop_seat_allocation_get_table_seats:
 * @self: an allocation
 *
 * Gets [property@Coop.SeatAllocation:table-seats].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
guint
coop_seat_allocation_get_table_seats (CoopSeatAllocation *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), 0);

  return self->result.table_seats;
}

/**
 * coop_seat_allocation_get_councillor_reduction:
 * @self: an allocation
 *
 * Gets [property@Coop.SeatAllocation:councillor-reduction].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
guint
coop_seat_allocation_get_councillor_reduction (CoopSeatAllocation *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), 0);

  return self->result.councillor_reduction;
}

/**
 * coop_seat_allocation_get_seats_de_droit:
 * @self: an allocation
 *
 * Gets [property@Coop.SeatAllocation:seats-de-droit].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
guint
coop_seat_allocation_get_seats_de_droit (CoopSeatAllocation *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), 0);

  return self->result.n_de_droit;
}

/**
 * coop_seat_allocation_get_capped_commune:
 * @self: an allocation
 *
 * Gets [property@Coop.SeatAllocation:capped-commune].
 *
 * Returns: (nullable) (transfer none): the value
 *
 * Since: 1.0
 */
CoopTerritory *
coop_seat_allocation_get_capped_commune (CoopSeatAllocation *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), NULL);

  return self->result.capped >= 0 ? self->communes[self->result.capped] : NULL;
}

/**
 * coop_seat_allocation_get_tie_seats:
 * @self: an allocation
 *
 * Gets [property@Coop.SeatAllocation:tie-seats].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
guint
coop_seat_allocation_get_tie_seats (CoopSeatAllocation *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), 0);

  return self->result.n_tie_seats;
}

/**
 * coop_seat_allocation_get_seats_before_supplement:
 * @self: an allocation
 *
 * Gets [property@Coop.SeatAllocation:seats-before-supplement].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
guint
coop_seat_allocation_get_seats_before_supplement (CoopSeatAllocation *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), 0);

  return self->result.iv_total;
}

/**
 * coop_seat_allocation_get_supplement_applied:
 * @self: an allocation
 *
 * Gets [property@Coop.SeatAllocation:supplement-applied].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
gboolean
coop_seat_allocation_get_supplement_applied (CoopSeatAllocation *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), FALSE);

  return self->result.supplement_applied;
}

/**
 * coop_seat_allocation_get_supplement_seats:
 * @self: an allocation
 *
 * Gets [property@Coop.SeatAllocation:supplement-seats].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
guint
coop_seat_allocation_get_supplement_seats (CoopSeatAllocation *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), 0);

  return self->result.supplement_seats;
}

/**
 * coop_seat_allocation_get_supplement_reading:
 * @self: an allocation
 *
 * Gets [property@Coop.SeatAllocation:supplement-reading].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
CoopSupplementReading
coop_seat_allocation_get_supplement_reading (CoopSeatAllocation *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), 0);

  return self->reading;
}

/**
 * coop_seat_allocation_get_total_seats:
 * @self: an allocation
 *
 * Gets [property@Coop.SeatAllocation:total-seats].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
guint
coop_seat_allocation_get_total_seats (CoopSeatAllocation *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), 0);

  return self->result.total;
}

/**
 * coop_seat_allocation_get_shares:
 * @self: an allocation
 *
 * Gets [property@Coop.SeatAllocation:shares].
 *
 * Returns: (transfer none): the value
 *
 * Since: 1.0
 */
GListModel *
coop_seat_allocation_get_shares (CoopSeatAllocation *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), NULL);

  return G_LIST_MODEL (self->shares);
}

/**
 * coop_seat_allocation_get_steps:
 * @self: an allocation
 *
 * Gets [property@Coop.SeatAllocation:steps].
 *
 * Returns: (transfer none): the value
 *
 * Since: 1.0
 */
GListModel *
coop_seat_allocation_get_steps (CoopSeatAllocation *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), NULL);

  return G_LIST_MODEL (self->steps);
}

/**
 * coop_seat_allocation_lookup_share:
 * @self: an allocation
 * @code: the INSEE code of a member commune
 *
 * Finds the seats of one commune.
 *
 * Returns: (transfer none) (nullable): the commune's share, or %NULL when
 *   @code is not a member
 *
 * Since: 1.0
 */
CoopSeatShare *
coop_seat_allocation_lookup_share (CoopSeatAllocation *self,
                                   const char         *code)
{
  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  for (guint i = 0; i < self->n; i++)
    {
      if (g_strcmp0 (coop_territory_get_code (self->communes[i]), code) == 0)
        {
          g_autoptr(CoopSeatShare) share = g_list_model_get_item (G_LIST_MODEL (self->shares), i);

          return share;
        }
    }
  return NULL;
}

/**
 * coop_seat_allocation_dup_explanation:
 * @self: an allocation
 * @language: the language wanted
 *
 * Gets the steps of [property@Coop.SeatAllocation:steps] as text, one
 * line per step, each starting with its paragraph of CGCT L5211-6-1.
 *
 * Returns: (transfer full): the explanation
 *
 * Since: 1.0
 */
char *
coop_seat_allocation_dup_explanation (CoopSeatAllocation *self,
                                      CoopLanguage        language)
{
  GString *text;

  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), NULL);
  g_return_val_if_fail (language <= COOP_LANGUAGE_ENGLISH, NULL);

  text = g_string_new (NULL);
  for (guint i = 0; i < self->result.steps->len; i++)
    {
      CoopSeatStep *step = g_ptr_array_index (self->result.steps, i);

      g_string_append_printf (text, "%s%s — %s\n",
                              language == COOP_LANGUAGE_FRENCH ? "L5211-6-1 " : "L5211-6-1 ",
                              coop_seat_step_get_paragraph (step), coop_seat_step_get_text (step, language));
    }
  return g_string_free (text, FALSE);
}

static void
nature_totals (CoopSeatAllocation *self,
               CoopNature          nature,
               guint              *seats,
               gint64             *population)
{
  *seats = 0;
  *population = 0;
  for (guint i = 0; i < self->n; i++)
    {
      if (coop_territory_get_nature (self->communes[i]) == nature)
        {
          *seats += self->result.seats[i];
          *population += self->population[i];
        }
    }
}

/**
 * coop_seat_allocation_get_nature_seat_share:
 * @self: an allocation
 * @nature: urban, periurban or rural
 *
 * Gets the share of the seats held by communes of @nature (from
 * [method@Coop.Territory.get_nature]): with
 * [method@Coop.SeatAllocation.get_nature_population_share], the
 * urban/rural balance of the council.
 *
 * Returns: the share, between 0 and 1
 *
 * Since: 1.0
 */
double
coop_seat_allocation_get_nature_seat_share (CoopSeatAllocation *self,
                                            CoopNature          nature)
{
  gint64 population;
  guint seats;

  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), 0.0);

  nature_totals (self, nature, &seats, &population);
  return self->result.total > 0 ? (double)seats / self->result.total : 0.0;
}

/**
 * coop_seat_allocation_get_nature_population_share:
 * @self: an allocation
 * @nature: urban, periurban or rural
 *
 * Gets the share of the population living in communes of @nature.
 *
 * Returns: the share, between 0 and 1
 *
 * Since: 1.0
 */
double
coop_seat_allocation_get_nature_population_share (CoopSeatAllocation *self,
                                                  CoopNature          nature)
{
  gint64 population;
  guint seats;

  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), 0.0);

  nature_totals (self, nature, &seats, &population);
  return self->result.total_population > 0 ? (double)population / self->result.total_population : 0.0;
}

/**
 * coop_seat_allocation_dup_distribution:
 * @self: an allocation
 *
 * Gets the droit commun as a distribution, largest commune first, for
 * instance to start an accord local from it.
 *
 * Returns: (transfer full): the distribution
 *
 * Since: 1.0
 */
CoopSeatDistribution *
coop_seat_allocation_dup_distribution (CoopSeatAllocation *self)
{
  CoopSeatDistribution *distribution;

  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), NULL);

  distribution = coop_seat_distribution_new ();
  for (guint i = 0; i < self->n; i++)
    coop_seat_distribution_set_seats (distribution, coop_territory_get_code (self->communes[i]),
                                      self->result.seats[i]);
  return distribution;
}

void
_coop_seat_allocation_get_view (CoopSeatAllocation *self,
                                CoopSeatView       *view)
{
  view->n = self->n;
  view->communes = self->communes;
  view->population = self->population;
  view->seats = self->result.seats;
  view->iv_seats = self->result.iv_seats;
  view->proportional = self->result.proportional;
  view->total_population = self->result.total_population;
  view->iv_total = self->result.iv_total;
  view->supplement_applied = self->result.supplement_applied;
  view->form = self->form;
  view->law = self->law;
}
