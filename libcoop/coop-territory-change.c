/* coop-territory-change.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-enum-types.h"
#include "coop-i18n-private.h"
#include "coop-territory-change-private.h"

/**
 * CoopTerritoryChange:
 *
 * One change of the map between two millésimes: a commune that became part
 * of a commune nouvelle, an EPCI that gained a member, a territory renamed
 * or whose population changed.
 *
 * [method@Coop.Atlas.list_changes] gives the changes of one territory
 * between two millésimes, and [method@Coop.Atlas.list_successors] what a
 * former code became.
 *
 * Since: 1.0
 */

struct _CoopTerritoryChange
{
  GObject         parent_instance;

  CoopChangeKind  kind;
  char           *code;
  guint           year;
  CoopTerritory  *territory;
  char           *old_value;
  char           *new_value;
};

G_DEFINE_FINAL_TYPE (CoopTerritoryChange, coop_territory_change, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_CODE,
  PROP_YEAR,
  PROP_TERRITORY,
  PROP_OLD_VALUE,
  PROP_NEW_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_territory_change_dispose (GObject *object)
{
  CoopTerritoryChange *self = (CoopTerritoryChange *)object;

  g_clear_object (&self->territory);

  G_OBJECT_CLASS (coop_territory_change_parent_class)->dispose (object);
}

static void
coop_territory_change_finalize (GObject *object)
{
  CoopTerritoryChange *self = (CoopTerritoryChange *)object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->old_value, g_free);
  g_clear_pointer (&self->new_value, g_free);

  G_OBJECT_CLASS (coop_territory_change_parent_class)->finalize (object);
}

static void
coop_territory_change_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CoopTerritoryChange *self = COOP_TERRITORY_CHANGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, coop_territory_change_get_kind (self));
      break;
    case PROP_CODE:
      g_value_set_string (value, coop_territory_change_get_code (self));
      break;
    case PROP_YEAR:
      g_value_set_uint (value, coop_territory_change_get_year (self));
      break;
    case PROP_TERRITORY:
      g_value_set_object (value, coop_territory_change_get_territory (self));
      break;
    case PROP_OLD_VALUE:
      g_value_set_string (value, coop_territory_change_get_old_value (self));
      break;
    case PROP_NEW_VALUE:
      g_value_set_string (value, coop_territory_change_get_new_value (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_territory_change_class_init (CoopTerritoryChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = coop_territory_change_dispose;
  object_class->finalize = coop_territory_change_finalize;
  object_class->get_property = coop_territory_change_get_property;

  /**
   * CoopTerritoryChange:kind:
   *
   * What happened.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, COOP_TYPE_CHANGE_KIND, COOP_CHANGE_KIND_BECAME_PART_OF,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritoryChange:code:
   *
   * The code of the territory that changed.
   *
   * Since: 1.0
   */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritoryChange:year:
   *
   * The first millésime that shows the change, or 0 when it happened
   * before the first millésime the atlas holds.
   *
   * Since: 1.0
   */
  properties[PROP_YEAR] =
    g_param_spec_uint ("year", NULL, NULL, 0, G_MAXUINT, 0, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritoryChange:territory:
   *
   * The other territory of the change: the one a former code became part
   * of, the commune that joined or left an EPCI, the EPCI a commune joined
   * or left.
   *
   * Since: 1.0
   */
  properties[PROP_TERRITORY] =
    g_param_spec_object ("territory", NULL, NULL, COOP_TYPE_TERRITORY,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritoryChange:old-value:
   *
   * The value before, for a renaming (the name) or a population change
   * (the figure, in decimal).
   *
   * Since: 1.0
   */
  properties[PROP_OLD_VALUE] =
    g_param_spec_string ("old-value", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritoryChange:new-value:
   *
   * The value after, for a renaming or a population change.
   *
   * Since: 1.0
   */
  properties[PROP_NEW_VALUE] =
    g_param_spec_string ("new-value", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_territory_change_init (CoopTerritoryChange *self)
{
}

CoopTerritoryChange *
_coop_territory_change_new (CoopChangeKind  kind,
                            const char     *code,
                            guint           year,
                            CoopTerritory  *territory,
                            const char     *old_value,
                            const char     *new_value)
{
  CoopTerritoryChange *self = g_object_new (COOP_TYPE_TERRITORY_CHANGE, NULL);

  self->kind = kind;
  self->code = g_strdup (code);
  self->year = year;
  g_set_object (&self->territory, territory);
  self->old_value = g_strdup (old_value);
  self->new_value = g_strdup (new_value);

  return self;
}

/**
 * coop_territory_change_get_kind:
 * @self: a change
 *
 * Gets what happened.
 *
 * Returns: the kind of change
 *
 * Since: 1.0
 */
CoopChangeKind
coop_territory_change_get_kind (CoopTerritoryChange *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY_CHANGE (self), COOP_CHANGE_KIND_BECAME_PART_OF);

  return self->kind;
}

/**
 * coop_territory_change_get_code:
 * @self: a change
 *
 * Gets the code of the territory that changed.
 *
 * Returns: the code
 *
 * Since: 1.0
 */
const char *
coop_territory_change_get_code (CoopTerritoryChange *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY_CHANGE (self), NULL);

  return self->code;
}

/**
 * coop_territory_change_get_year:
 * @self: a change
 *
 * Gets the first millésime that shows the change.
 *
 * Returns: the year, or 0 when the change came before the atlas's first
 *   millésime
 *
 * Since: 1.0
 */
guint
coop_territory_change_get_year (CoopTerritoryChange *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY_CHANGE (self), 0);

  return self->year;
}

/**
 * coop_territory_change_get_territory:
 * @self: a change
 *
 * Gets the other territory of the change; see
 * [property@Coop.TerritoryChange:territory].
 *
 * Returns: (transfer none) (nullable): the territory
 *
 * Since: 1.0
 */
CoopTerritory *
coop_territory_change_get_territory (CoopTerritoryChange *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY_CHANGE (self), NULL);

  return self->territory;
}

/**
 * coop_territory_change_get_old_value:
 * @self: a change
 *
 * Gets the value before the change, for a renaming or a population.
 *
 * Returns: (nullable): the value
 *
 * Since: 1.0
 */
const char *
coop_territory_change_get_old_value (CoopTerritoryChange *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY_CHANGE (self), NULL);

  return self->old_value;
}

/**
 * coop_territory_change_get_new_value:
 * @self: a change
 *
 * Gets the value after the change, for a renaming or a population.
 *
 * Returns: (nullable): the value
 *
 * Since: 1.0
 */
const char *
coop_territory_change_get_new_value (CoopTerritoryChange *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY_CHANGE (self), NULL);

  return self->new_value;
}

static char *
describe_since (guint year)
{
  /* TRANSLATORS: the end of a sentence such as "01340 is part of Arboys
   * en Bugey (01015) since 2023". */
  return year > 0 ? g_strdup_printf (_("since %u"), year)
                  : g_strdup (_("since before the first millésime of the atlas"));
}

/**
 * coop_territory_change_dup_description:
 * @self: a change
 *
 * Describes the change in a sentence, in the language of the locale, such
 * as “01340 is part of Arboys en Bugey (01015) since before the first
 * millésime of the atlas”.
 *
 * Returns: (transfer full): the sentence
 *
 * Since: 1.0
 */
char *
coop_territory_change_dup_description (CoopTerritoryChange *self)
{
  g_autofree char *since = NULL;
  const char *other_name = NULL;
  const char *other_code = NULL;

  g_return_val_if_fail (COOP_IS_TERRITORY_CHANGE (self), NULL);

  since = describe_since (self->year);
  if (self->territory != NULL)
    {
      other_name = coop_territory_get_name (self->territory);
      other_code = coop_territory_get_code (self->territory);
    }

  switch (self->kind)
    {
    case COOP_CHANGE_KIND_BECAME_PART_OF:
      return g_strdup_printf (_("%s is part of %s (%s) %s"), self->code, other_name, other_code, since);
    case COOP_CHANGE_KIND_CREATED:
      return g_strdup_printf (_("%s exists %s"), self->code, since);
    case COOP_CHANGE_KIND_REMOVED:
      return g_strdup_printf (_("%s no longer exists %s"), self->code, since);
    case COOP_CHANGE_KIND_RENAMED:
      return g_strdup_printf (_("%s is named “%s”, no longer “%s”, %s"), self->code,
                              self->new_value, self->old_value, since);
    case COOP_CHANGE_KIND_POPULATION:
      return g_strdup_printf (_("%s has a population municipale of %s, no longer %s, %s"), self->code,
                              self->new_value, self->old_value, since);
    case COOP_CHANGE_KIND_JOINED:
      /* The other territory is the commune that joined a perimeter, or
       * the EPCI that a commune joined. */
      if (self->territory != NULL && coop_territory_get_kind (self->territory) == COOP_TERRITORY_KIND_COMMUNE)
        return g_strdup_printf (_("%s includes %s (%s) %s"), self->code, other_name, other_code, since);
      return g_strdup_printf (_("%s belongs to %s (%s) %s"), self->code, other_name, other_code, since);
    case COOP_CHANGE_KIND_LEFT:
      if (self->territory != NULL && coop_territory_get_kind (self->territory) == COOP_TERRITORY_KIND_COMMUNE)
        return g_strdup_printf (_("%s no longer includes %s (%s) %s"), self->code, other_name, other_code, since);
      return g_strdup_printf (_("%s no longer belongs to %s (%s) %s"), self->code, other_name, other_code, since);
    default:
      g_return_val_if_reached (NULL);
    }
}
