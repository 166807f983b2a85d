/* coop-rating.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-rating.h"
#include "coop-date-private.h"
#include "coop-util-private.h"

/**
 * CoopRating:
 *
 * A declared rating: an actor, speaking for one territory, says on which
 * step of a maturity scale the cooperation with a partner territory stands
 * (a Frey-style questionnaire). Ratings are kept beside the computed
 * assessments; where the two sides of a pair rate each other differently,
 * the diagnostic reports it (`rating-asymmetry`), since a disagreement is
 * itself a topic to discuss.
 *
 * In the model document ratings form the `ratings` section:
 *
 * ```json
 * { "id": "r1", "rater": "dgs-voironnais", "territory": "243800984",
 *   "partner": "200040715", "level": 3, "scale": "libcoop",
 *   "date": "2026-05-01" }
 * ```
 *
 * Since: 1.0
 */

struct _CoopRating
{
  GObject    parent_instance;
  char      *id;
  char      *rater;
  char      *territory;
  char      *partner;
  char      *scale;
  char      *note;
  GDateTime *date;
  guint      level;
};

G_DEFINE_FINAL_TYPE (CoopRating, coop_rating, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_RATER,
  PROP_TERRITORY,
  PROP_PARTNER,
  PROP_LEVEL,
  PROP_SCALE,
  PROP_DATE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_rating_finalize (GObject *object)
{
  CoopRating *self = (CoopRating *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->rater, g_free);
  g_clear_pointer (&self->territory, g_free);
  g_clear_pointer (&self->partner, g_free);
  g_clear_pointer (&self->scale, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->date, g_date_time_unref);

  G_OBJECT_CLASS (coop_rating_parent_class)->finalize (object);
}

static void
coop_rating_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CoopRating *self = COOP_RATING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_RATER:
      g_value_set_string (value, self->rater);
      break;
    case PROP_TERRITORY:
      g_value_set_string (value, self->territory);
      break;
    case PROP_PARTNER:
      g_value_set_string (value, self->partner);
      break;
    case PROP_LEVEL:
      g_value_set_uint (value, self->level);
      break;
    case PROP_SCALE:
      g_value_set_string (value, coop_rating_get_scale (self));
      break;
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_rating_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CoopRating *self = COOP_RATING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->id = g_value_dup_string (value);
      break;
    case PROP_RATER:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->rater = g_value_dup_string (value);
      break;
    case PROP_TERRITORY:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->territory = g_value_dup_string (value);
      break;
    case PROP_PARTNER:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->partner = g_value_dup_string (value);
      break;
    case PROP_LEVEL:
      self->level = g_value_get_uint (value);
      break;
    case PROP_SCALE:
      coop_rating_set_scale (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      coop_rating_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_NOTE:
      coop_rating_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_rating_class_init (CoopRatingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = coop_rating_finalize;
  object_class->get_property = coop_rating_get_property;
  object_class->set_property = coop_rating_set_property;

  /**
   * CoopRating:id:
   *
   * The identifier of the rating in its model.
   *
   * Since: 1.0
   */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, construct);

  /**
   * CoopRating:rater:
   *
   * The identifier of the actor who rates.
   *
   * Since: 1.0
   */
  properties[PROP_RATER] = g_param_spec_string ("rater", NULL, NULL, NULL, construct);

  /**
   * CoopRating:territory:
   *
   * The territory the rater speaks for.
   *
   * Since: 1.0
   */
  properties[PROP_TERRITORY] = g_param_spec_string ("territory", NULL, NULL, NULL, construct);

  /**
   * CoopRating:partner:
   *
   * The territory whose cooperation with [property@Coop.Rating:territory]
   * is rated.
   *
   * Since: 1.0
   */
  properties[PROP_PARTNER] = g_param_spec_string ("partner", NULL, NULL, NULL, construct);

  /**
   * CoopRating:level:
   *
   * The step declared, from 0 (none) up.
   *
   * Since: 1.0
   */
  properties[PROP_LEVEL] = g_param_spec_uint ("level", NULL, NULL, 0, 100, 0, construct);

  /**
   * CoopRating:scale:
   *
   * The identifier of the scale the rating uses; `libcoop` unless set.
   *
   * Since: 1.0
   */
  properties[PROP_SCALE] = g_param_spec_string ("scale", NULL, NULL, NULL, flags);

  /**
   * CoopRating:date:
   *
   * The day of the rating.
   *
   * Since: 1.0
   */
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME, flags);

  /**
   * CoopRating:note:
   *
   * What the rater said.
   *
   * Since: 1.0
   */
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_rating_init (CoopRating *self)
{
}

/**
 * coop_rating_new:
 * @id: the identifier of the rating
 * @rater: the identifier of the actor who rates
 * @territory: the territory the rater speaks for
 * @partner: the partner territory
 * @level: the step declared
 *
 * Creates a declared rating.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Returns: (transfer full): the rating
 *
 * Since: 1.0
 */
CoopRating *
coop_rating_new (const char *id,
                 const char *rater,
                 const char *territory,
                 const char *partner,
                 guint       level)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (rater != NULL, NULL);
  g_return_val_if_fail (territory != NULL, NULL);
  g_return_val_if_fail (partner != NULL, NULL);
  g_return_val_if_fail (_coop_text_is_valid (id), NULL);
  g_return_val_if_fail (_coop_text_is_valid (rater), NULL);
  g_return_val_if_fail (_coop_text_is_valid (territory), NULL);
  g_return_val_if_fail (_coop_text_is_valid (partner), NULL);

  return g_object_new (COOP_TYPE_RATING,
                       "id", id, "rater", rater, "territory", territory,
                       "partner", partner, "level", level, NULL);
}

/**
 * coop_rating_get_id:
 * @self: a rating
 *
 * Gets the identifier of the rating.
 *
 * Returns: the identifier
 *
 * Since: 1.0
 */
const char *
coop_rating_get_id (CoopRating *self)
{
  g_return_val_if_fail (COOP_IS_RATING (self), NULL);

  return self->id;
}

/**
 * coop_rating_get_rater:
 * @self: a rating
 *
 * Gets the actor who rates.
 *
 * Returns: the actor's identifier
 *
 * Since: 1.0
 */
const char *
coop_rating_get_rater (CoopRating *self)
{
  g_return_val_if_fail (COOP_IS_RATING (self), NULL);

  return self->rater;
}

/**
 * coop_rating_get_territory:
 * @self: a rating
 *
 * Gets the territory the rater speaks for.
 *
 * Returns: its reference
 *
 * Since: 1.0
 */
const char *
coop_rating_get_territory (CoopRating *self)
{
  g_return_val_if_fail (COOP_IS_RATING (self), NULL);

  return self->territory;
}

/**
 * coop_rating_get_partner:
 * @self: a rating
 *
 * Gets the partner territory.
 *
 * Returns: its reference
 *
 * Since: 1.0
 */
const char *
coop_rating_get_partner (CoopRating *self)
{
  g_return_val_if_fail (COOP_IS_RATING (self), NULL);

  return self->partner;
}

/**
 * coop_rating_get_level:
 * @self: a rating
 *
 * Gets the step declared.
 *
 * Returns: the level
 *
 * Since: 1.0
 */
guint
coop_rating_get_level (CoopRating *self)
{
  g_return_val_if_fail (COOP_IS_RATING (self), 0);

  return self->level;
}

/**
 * coop_rating_get_scale:
 * @self: a rating
 *
 * Gets the identifier of the scale of the rating.
 *
 * Returns: the identifier, `libcoop` unless set
 *
 * Since: 1.0
 */
const char *
coop_rating_get_scale (CoopRating *self)
{
  g_return_val_if_fail (COOP_IS_RATING (self), NULL);

  return self->scale != NULL ? self->scale : "libcoop";
}

/**
 * coop_rating_set_scale:
 * @self: a rating
 * @scale: (nullable): the identifier of a scale, or %NULL for `libcoop`
 *
 * Sets the scale of the rating.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_rating_set_scale (CoopRating *self,
                       const char *scale)
{
  g_return_if_fail (COOP_IS_RATING (self));
  g_return_if_fail (_coop_text_is_valid (scale));

  if (g_strcmp0 (self->scale, scale) == 0)
    return;

  g_free (self->scale);
  self->scale = g_strdup (scale);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
}

/**
 * coop_rating_get_date:
 * @self: a rating
 *
 * Gets the day of the rating.
 *
 * Returns: (transfer none) (nullable): the day
 *
 * Since: 1.0
 */
GDateTime *
coop_rating_get_date (CoopRating *self)
{
  g_return_val_if_fail (COOP_IS_RATING (self), NULL);

  return self->date;
}

/**
 * coop_rating_set_date:
 * @self: a rating
 * @date: (nullable): the day
 *
 * Sets the day of the rating.
 *
 * The date is a day from 1800-01-01 to 3000-12-31, counted in UTC, as
 * in a document: another is a programmer error, since the reader
 * would refuse the document saved.
 *
 * Since: 1.0
 */
void
coop_rating_set_date (CoopRating *self,
                      GDateTime  *date)
{
  g_return_if_fail (COOP_IS_RATING (self));
  g_return_if_fail (_coop_date_in_range (date));

  if (self->date == date || (self->date != NULL && date != NULL && g_date_time_equal (self->date, date)))
    return;

  g_clear_pointer (&self->date, g_date_time_unref);
  if (date != NULL)
    self->date = g_date_time_ref (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * coop_rating_get_note:
 * @self: a rating
 *
 * Gets what the rater said.
 *
 * Returns: (nullable): the note
 *
 * Since: 1.0
 */
const char *
coop_rating_get_note (CoopRating *self)
{
  g_return_val_if_fail (COOP_IS_RATING (self), NULL);

  return self->note;
}

/**
 * coop_rating_set_note:
 * @self: a rating
 * @note: (nullable): the note
 *
 * Sets what the rater said.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_rating_set_note (CoopRating *self,
                      const char *note)
{
  g_return_if_fail (COOP_IS_RATING (self));
  g_return_if_fail (_coop_text_is_valid (note));

  if (g_strcmp0 (self->note, note) == 0)
    return;

  g_free (self->note);
  self->note = g_strdup (note);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}
