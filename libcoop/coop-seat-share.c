/* coop-seat-share.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "coop-enum-types.h"
#include "coop-seat-share-private.h"

/**
 * CoopSeatShare:
 *
 * One commune's seats in a [class@Coop.SeatAllocation], with the steps
 * of CGCT L5211-6-1 that gave them and how its share of the seats compares
 * with its share of the population.
 *
 * Since: 1.0
 */

struct _CoopSeatShare
{
  GObject        parent_instance;

  CoopTerritory *commune;
  char          *code;
  char          *name;
  gint64         population;
  CoopNature     nature;
  guint          seats;
  guint          proportional_seats;
  gboolean       seat_de_droit;
  guint          seats_before_supplement;
  guint          councillors;
  double         seat_share;
  double         population_share;
};

G_DEFINE_FINAL_TYPE (CoopSeatShare, coop_seat_share, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_COMMUNE,
  PROP_CODE,
  PROP_NAME,
  PROP_POPULATION,
  PROP_NATURE,
  PROP_SEATS,
  PROP_PROPORTIONAL_SEATS,
  PROP_SEAT_DE_DROIT,
  PROP_SEATS_BEFORE_SUPPLEMENT,
  PROP_COUNCILLORS,
  PROP_SEAT_SHARE,
  PROP_POPULATION_SHARE,
  PROP_REPRESENTATION_RATIO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_seat_share_dispose (GObject *object)
{
  CoopSeatShare *self = (CoopSeatShare *)object;

  g_clear_object (&self->commune);

  G_OBJECT_CLASS (coop_seat_share_parent_class)->dispose (object);
}

static void
coop_seat_share_finalize (GObject *object)
{
  CoopSeatShare *self = (CoopSeatShare *)object;

  g_free (self->code);
  g_free (self->name);

  G_OBJECT_CLASS (coop_seat_share_parent_class)->finalize (object);
}

static void
coop_seat_share_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CoopSeatShare *self = COOP_SEAT_SHARE (object);

  switch (prop_id)
    {
    case PROP_COMMUNE:
      g_value_set_object (value, coop_seat_share_get_commune (self));
      break;
    case PROP_CODE:
      g_value_set_string (value, coop_seat_share_get_code (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, coop_seat_share_get_name (self));
      break;
    case PROP_POPULATION:
      g_value_set_int64 (value, coop_seat_share_get_population (self));
      break;
    case PROP_NATURE:
      g_value_set_enum (value, coop_seat_share_get_nature (self));
      break;
    case PROP_SEATS:
      g_value_set_uint (value, coop_seat_share_get_seats (self));
      break;
    case PROP_PROPORTIONAL_SEATS:
      g_value_set_uint (value, coop_seat_share_get_proportional_seats (self));
      break;
    case PROP_SEAT_DE_DROIT:
      g_value_set_boolean (value, coop_seat_share_get_seat_de_droit (self));
      break;
    case PROP_SEATS_BEFORE_SUPPLEMENT:
      g_value_set_uint (value, coop_seat_share_get_seats_before_supplement (self));
      break;
    case PROP_COUNCILLORS:
      g_value_set_uint (value, coop_seat_share_get_councillors (self));
      break;
    case PROP_SEAT_SHARE:
      g_value_set_double (value, coop_seat_share_get_seat_share (self));
      break;
    case PROP_POPULATION_SHARE:
      g_value_set_double (value, coop_seat_share_get_population_share (self));
      break;
    case PROP_REPRESENTATION_RATIO:
      g_value_set_double (value, coop_seat_share_get_representation_ratio (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_seat_share_class_init (CoopSeatShareClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = coop_seat_share_dispose;
  object_class->finalize = coop_seat_share_finalize;
  object_class->get_property = coop_seat_share_get_property;

  /**
   * CoopSeatShare:commune:
   *
   * The commune, as a territory.
   *
   * Since: 1.0
   */
  properties[PROP_COMMUNE] =
    g_param_spec_object ("commune", NULL, NULL, COOP_TYPE_TERRITORY,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatShare:code:
   *
   * The commune's INSEE code.
   *
   * Since: 1.0
   */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatShare:name:
   *
   * The commune's name.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatShare:population:
   *
   * The population municipale the seat rules counted.
   *
   * Since: 1.0
   */
  properties[PROP_POPULATION] =
    g_param_spec_int64 ("population", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatShare:nature:
   *
   * The commune's place on the urban–rural gradient, from [method@Coop.Territory.get_nature].
   *
   * Since: 1.0
   */
  properties[PROP_NATURE] =
    g_param_spec_enum ("nature", NULL, NULL, COOP_TYPE_NATURE, COOP_NATURE_RURAL,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatShare:seats:
   *
   * The commune's seats in the end.
   *
   * Since: 1.0
   */
  properties[PROP_SEATS] =
    g_param_spec_uint ("seats", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatShare:proportional-seats:
   *
   * The seats the commune won at the highest average under IV 1° (before IV 3° and V).
   *
   * Since: 1.0
   */
  properties[PROP_PROPORTIONAL_SEATS] =
    g_param_spec_uint ("proportional-seats", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatShare:seat-de-droit:
   *
   * Whether the commune got a seat de droit under IV 2°, having won none under IV 1°.
   *
   * Since: 1.0
   */
  properties[PROP_SEAT_DE_DROIT] =
    g_param_spec_boolean ("seat-de-droit", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatShare:seats-before-supplement:
   *
   * The commune's seats after III and IV, before the supplement of V.
   *
   * Since: 1.0
   */
  properties[PROP_SEATS_BEFORE_SUPPLEMENT] =
    g_param_spec_uint ("seats-before-supplement", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatShare:councillors:
   *
   * The commune's municipal councillors under CGCT L2121-2, the cap of IV 4°.
   *
   * Since: 1.0
   */
  properties[PROP_COUNCILLORS] =
    g_param_spec_uint ("councillors", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatShare:seat-share:
   *
   * The commune's share of the seats, between 0 and 1.
   *
   * Since: 1.0
   */
  properties[PROP_SEAT_SHARE] =
    g_param_spec_double ("seat-share", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatShare:population-share:
   *
   * The commune's share of the population, between 0 and 1.
   *
   * Since: 1.0
   */
  properties[PROP_POPULATION_SHARE] =
    g_param_spec_double ("population-share", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatShare:representation-ratio:
   *
   * The seat share divided by the population share: above 1 the commune is over-represented.
   * Infinite for a commune of 0 inhabitants, which still holds its seat de droit.
   *
   * Since: 1.0
   */
  properties[PROP_REPRESENTATION_RATIO] =
    g_param_spec_double ("representation-ratio", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_seat_share_init (CoopSeatShare *self)
{
}

CoopSeatShare *
_coop_seat_share_new (CoopTerritory *commune,
                      gint64         population,
                      guint          seats,
                      guint          proportional_seats,
                      gboolean       seat_de_droit,
                      guint          seats_before_supplement,
                      guint          councillors,
                      guint          total_seats,
                      gint64         total_population)
{
  CoopSeatShare *self = g_object_new (COOP_TYPE_SEAT_SHARE, NULL);

  self->commune = g_object_ref (commune);
  self->code = g_strdup (coop_territory_get_code (commune));
  self->name = g_strdup (coop_territory_get_name (commune));
  self->nature = coop_territory_get_nature (commune);
  self->population = population;
  self->seats = seats;
  self->proportional_seats = proportional_seats;
  self->seat_de_droit = seat_de_droit;
  self->seats_before_supplement = seats_before_supplement;
  self->councillors = councillors;
  self->seat_share = total_seats > 0 ? (double)seats / total_seats : 0.0;
  self->population_share = total_population > 0 ? (double)population / total_population : 0.0;

  return self;
}

/**
 * coop_seat_share_get_commune:
 * @self: a seat share
 *
 * Gets [property@Coop.SeatShare:commune].
 *
 * Returns: (transfer none): the value
 *
 * Since: 1.0
 */
CoopTerritory *
coop_seat_share_get_commune (CoopSeatShare *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_SHARE (self), NULL);

  return self->commune;
}

/**
 * coop_seat_share_get_code:
 * @self: a seat share
 *
 * Gets [property@Coop.SeatShare:code].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
const char *
coop_seat_share_get_code (CoopSeatShare *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_SHARE (self), NULL);

  return self->code;
}

/**
 * coop_seat_share_get_name:
 * @self: a seat share
 *
 * Gets [property@Coop.SeatShare:name].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
const char *
coop_seat_share_get_name (CoopSeatShare *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_SHARE (self), NULL);

  return self->name;
}

/**
 * coop_seat_share_get_population:
 * @self: a seat share
 *
 * Gets [property@Coop.SeatShare:population].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
gint64
coop_seat_share_get_population (CoopSeatShare *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_SHARE (self), 0);

  return self->population;
}

/**
 * coop_seat_share_get_nature:
 * @self: a seat share
 *
 * Gets [property@Coop.SeatShare:nature].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
CoopNature
coop_seat_share_get_nature (CoopSeatShare *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_SHARE (self), COOP_NATURE_RURAL);

  return self->nature;
}

/**
 * coop_seat_share_get_seats:
 * @self: a seat share
 *
 * Gets [property@Coop.SeatShare:seats].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
guint
coop_seat_share_get_seats (CoopSeatShare *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_SHARE (self), 0);

  return self->seats;
}

/**
 * coop_seat_share_get_proportional_seats:
 * @self: a seat share
 *
 * Gets [property@Coop.SeatShare:proportional-seats].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
guint
coop_seat_share_get_proportional_seats (CoopSeatShare *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_SHARE (self), 0);

  return self->proportional_seats;
}

/**
 * coop_seat_share_get_seat_de_droit:
 * @self: a seat share
 *
 * Gets [property@Coop.SeatShare:seat-de-droit].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
gboolean
coop_seat_share_get_seat_de_droit (CoopSeatShare *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_SHARE (self), FALSE);

  return self->seat_de_droit;
}

/**
 * coop_seat_share_get_seats_before_supplement:
 * @self: a seat share
 *
 * Gets [property@Coop.SeatShare:seats-before-supplement].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
guint
coop_seat_share_get_seats_before_supplement (CoopSeatShare *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_SHARE (self), 0);

  return self->seats_before_supplement;
}

/**
 * coop_seat_share_get_councillors:
 * @self: a seat share
 *
 * Gets [property@Coop.SeatShare:councillors].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
guint
coop_seat_share_get_councillors (CoopSeatShare *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_SHARE (self), 0);

  return self->councillors;
}

/**
 * coop_seat_share_get_seat_share:
 * @self: a seat share
 *
 * Gets [property@Coop.SeatShare:seat-share].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
double
coop_seat_share_get_seat_share (CoopSeatShare *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_SHARE (self), 0.0);

  return self->seat_share;
}

/**
 * coop_seat_share_get_population_share:
 * @self: a seat share
 *
 * Gets [property@Coop.SeatShare:population-share].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
double
coop_seat_share_get_population_share (CoopSeatShare *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_SHARE (self), 0.0);

  return self->population_share;
}

/**
 * coop_seat_share_get_representation_ratio:
 * @self: a seat share
 *
 * Gets [property@Coop.SeatShare:representation-ratio].
 *
 * Returns: the value; infinite when the commune counts 0 inhabitants
 *
 * Since: 1.0
 */
double
coop_seat_share_get_representation_ratio (CoopSeatShare *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_SHARE (self), 0.0);

  /* Every commune holds a seat, so only a commune of 0 inhabitants (the
   * villages morts pour la France) has no finite ratio. */
  return self->population_share > 0 ? self->seat_share / self->population_share : INFINITY;
}
