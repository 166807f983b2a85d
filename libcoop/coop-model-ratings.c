/* coop-model-ratings.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-model-collections-private.h"
#include "coop-rating.h"

/**
 * coop_model_get_ratings:
 * @self: a model
 *
 * Gets the declared ratings of the model, sorted by identifier.
 *
 * Returns: (transfer none): a list model of [class@Coop.Rating]
 *
 * Since: 1.0
 */
GListModel *
coop_model_get_ratings (CoopModel *self)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);

  return _coop_model_get_collection (self, COOP_COLLECTION_RATINGS);
}

/**
 * coop_model_add_rating:
 * @self: a model
 * @rating: a declared rating
 * @error: return location for an error
 *
 * Adds a declared rating to the model. Its identifier must be new among
 * the ratings; %COOP_ERROR_DUPLICATE says when it is not.
 *
 * Returns: %TRUE if it was added
 *
 * Since: 1.0
 */
gboolean
coop_model_add_rating (CoopModel   *self,
                       CoopRating  *rating,
                       GError     **error)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), FALSE);
  g_return_val_if_fail (COOP_IS_RATING (rating), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _coop_model_add_to_collection (self, COOP_COLLECTION_RATINGS, G_OBJECT (rating), error);
}

/**
 * coop_model_remove_rating:
 * @self: a model
 * @rating: a rating of the model
 *
 * Removes a declared rating from the model.
 *
 * Returns: %TRUE if it was in the model
 *
 * Since: 1.0
 */
gboolean
coop_model_remove_rating (CoopModel  *self,
                          CoopRating *rating)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), FALSE);
  g_return_val_if_fail (COOP_IS_RATING (rating), FALSE);

  return _coop_model_remove_from_collection (self, COOP_COLLECTION_RATINGS, G_OBJECT (rating));
}

/**
 * coop_model_get_rating:
 * @self: a model
 * @id: an identifier
 *
 * Finds a declared rating by its identifier.
 *
 * Returns: (transfer none) (nullable): the rating, or %NULL
 *
 * Since: 1.0
 */
CoopRating *
coop_model_get_rating (CoopModel  *self,
                       const char *id)
{
  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _coop_model_get_from_collection (self, COOP_COLLECTION_RATINGS, id);
}
