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
 *   2017, n° 410338). By default ([enum@Coop.SupplementReading]) these
 *   seats are given in addition to those already held, at the highest
 *   average counting every seat a commune holds, seats de droit included,
 *   as the préfectures set the 2020 councils;
 * - IV 4° bis: in the Métropole d'Aix-Marseille-Provence only, 20 % of the
 *   seats of 1° and 2° are added at the highest average to the communes that
 *   won seats under 1° ([property@Coop.SeatAllocation:bonus-seats]).
 *
 * The tables come from the data files of `data/law`, tagged with their
 * version ([property@Coop.SeatAllocation:law-version]). The Métropole de
 * Lyon, whose council is elected directly, and the EPT of the Grand Paris,
 * which are not EPCI à fiscalité propre, are refused with
 * %COOP_ERROR_OUT_OF_SCOPE.
 *
 * Every allocation explains itself: [property@Coop.SeatAllocation:steps]
 * in the order of the article, in French and English. The shares and the
 * steps are built when first asked for, so that computing the seats of many
 * EPCI costs only the rules.
 *
 * Since: 1.0
 */

struct _CoopSeatAllocation
{
  GObject                parent_instance;

  CoopTerritory         *epci;
  char                  *siren;
  CoopEpciForm           form;
  CoopSupplementReading  reading;
  const CoopSeatLaw     *law;
  guint                  n;
  CoopTerritory        **communes;     /* largest first */
  gint64                *population;
  CoopSeatResult         result;
  GListStore            *shares;
  GListStore            *steps;
  gboolean               shares_built;
  gboolean               steps_built;
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
  PROP_SIREN,
  PROP_BONUS_SEATS,
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
  g_free (self->siren);
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

    case PROP_SIREN:
      g_value_set_string (value, coop_seat_allocation_get_siren (self));
      break;

    case PROP_BONUS_SEATS:
      g_value_set_uint (value, coop_seat_allocation_get_bonus_seats (self));
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
   * The EPCI of the atlas, or the territory of a model, whose perimeter
   * the allocation was computed for; %NULL for plain data.
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
   * The reading of V that was asked for; it changes the result only when [property@Coop.SeatAllocation:supplement-applied] is %TRUE.
   *
   * Since: 1.0
   */
  properties[PROP_SUPPLEMENT_READING] =
    g_param_spec_enum ("supplement-reading", NULL, NULL, COOP_TYPE_SUPPLEMENT_READING,
                       COOP_SUPPLEMENT_READING_COMPLEMENT,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatAllocation:siren:
   *
   * The SIREN of the EPCI the rules were applied for: the code of
   * [property@Coop.SeatAllocation:epci], or the one given to
   * [ctor@Coop.SeatAllocation.new_for_perimeter]; %NULL when none was given.
   * It selects the rules the CGCT sets for one EPCI by name (IV 4° bis).
   *
   * Since: 1.0
   */
  properties[PROP_SIREN] =
    g_param_spec_string ("siren", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatAllocation:bonus-seats:
   *
   * The seats added under IV 4° bis, in the Métropole d'Aix-Marseille-Provence
   * only (20 % of the seats of 1° and 2°, rounded down, plus any IV 5° tie);
   * 0 elsewhere.
   *
   * Since: 1.0
   */
  properties[PROP_BONUS_SEATS] =
    g_param_spec_uint ("bonus-seats", NULL, NULL, 0, G_MAXUINT, 0,
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

/* Runs the rules on the members of @self, with the explanation or not. */
static gboolean
compute (CoopSeatAllocation  *self,
         gboolean             explain,
         CoopSeatResult      *result,
         GError             **error)
{
  g_autofree const char **names = g_new0 (const char *, self->n + 1);
  g_autofree const char **codes = g_new0 (const char *, self->n + 1);
  CoopSeatInput input;

  for (guint i = 0; i < self->n; i++)
    {
      CoopTerritory *commune = self->communes[i];

      names[i] = coop_territory_get_name (commune) != NULL ? coop_territory_get_name (commune)
                                                           : coop_territory_get_code (commune);
      codes[i] = coop_territory_get_code (commune);
    }
  input.n = self->n;
  input.population = self->population;
  input.names = names;
  input.codes = codes;
  input.epci_code = self->siren;
  input.form = self->form;
  input.reading = self->reading;
  input.law = self->law;
  input.explain = explain;
  return _coop_seat_compute (&input, result, error);
}

/* Largest first; equal populations by code, so results are stable. */
static int
compare_members (gconstpointer a,
                 gconstpointer b)
{
  const CoopSeatMember *first = a, *second = b;

  if (first->population != second->population)
    return first->population > second->population ? -1 : 1;
  return g_strcmp0 (coop_territory_get_code (first->commune), coop_territory_get_code (second->commune));
}

/* Takes the members (already checked) and computes. */
CoopSeatAllocation *
_coop_seat_allocation_new_from_members (CoopTerritory          *epci,
                                        const char             *siren,
                                        CoopEpciForm            form,
                                        GArray                 *members,
                                        CoopSupplementReading   reading,
                                        GError                **error)
{
  g_autoptr(CoopSeatAllocation) self = NULL;
  const CoopSeatLaw *law;

  law = _coop_seat_law_get (error);
  if (law == NULL)
    return NULL;

  g_array_sort (members, compare_members);

  self = g_object_new (COOP_TYPE_SEAT_ALLOCATION, NULL);
  self->epci = epci != NULL ? g_object_ref (epci) : NULL;
  self->siren = g_strdup (siren);
  self->form = form;
  self->reading = reading;
  self->law = law;
  self->n = members->len;
  self->communes = g_new0 (CoopTerritory *, self->n);
  self->population = g_new0 (gint64, self->n);
  for (guint i = 0; i < self->n; i++)
    {
      CoopSeatMember *member = &g_array_index (members, CoopSeatMember, i);

      self->communes[i] = g_object_ref (member->commune);
      self->population[i] = member->population;
    }

  /* The shares and the explanation are built on first demand
   * (coop_seat_allocation_get_shares and _get_steps): a caller that wants
   * only the totals, or the seats of all of France, does not pay for
   * thousands of objects. */
  if (!compute (self, FALSE, &self->result, error))
    return NULL;

  return g_steal_pointer (&self);
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
 * coop_seat_allocation_get_siren:
 * @self: an allocation
 *
 * Gets [property@Coop.SeatAllocation:siren].
 *
 * Returns: (nullable): the value
 *
 * Since: 1.0
 */
const char *
coop_seat_allocation_get_siren (CoopSeatAllocation *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), NULL);

  return self->siren;
}

/**
 * coop_seat_allocation_get_bonus_seats:
 * @self: an allocation
 *
 * Gets [property@Coop.SeatAllocation:bonus-seats].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
guint
coop_seat_allocation_get_bonus_seats (CoopSeatAllocation *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_ALLOCATION (self), 0);

  return self->result.bonus_seats;
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

  if (!self->shares_built)
    {
      g_autoptr(GPtrArray) shares = g_ptr_array_new_full (self->n, g_object_unref);

      self->shares_built = TRUE;
      for (guint i = 0; i < self->n; i++)
        g_ptr_array_add (shares,
                         _coop_seat_share_new (self->communes[i], self->population[i], self->result.seats[i],
                                               self->result.proportional[i], self->result.de_droit[i],
                                               self->result.iv_seats[i], self->result.councillors[i],
                                               self->result.total, self->result.total_population));
      /* One splice, not one items-changed per commune. */
      g_list_store_splice (self->shares, 0, 0, shares->pdata, shares->len);
    }

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

  if (!self->steps_built)
    {
      CoopSeatResult explained;

      /* The same rules on the same data, this time with their texts; they
       * cannot fail where the first run succeeded. */
      self->steps_built = TRUE;
      if (!compute (self, TRUE, &explained, NULL))
        g_assert_not_reached ();
      g_list_store_splice (self->steps, 0, 0, explained.steps->pdata, explained.steps->len);
      _coop_seat_result_clear (&explained);
    }

  return G_LIST_MODEL (self->steps);
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
  view->siren = self->siren;
  view->form = self->form;
  view->law = self->law;
}
