/* fuzz-scale.c — scale definitions.
 *
 * A scale that loads must answer every question about its steps and
 * criteria, and assess the cooperations of the sample model: the
 * evidence engine then follows each criterion the input defines.
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "coop-assessment.h"
#include "coop-cooperation.h"
#include "coop-model.h"
#include "coop-scale.h"
#include "fuzz-common.h"

/* Enough to reach a criterion of every kind on every step; bounded so
 * that one input stays fast under the sanitizers. */
#define MAX_COOPERATIONS 3
#define MAX_ALTERNATIVES_DEPTH 8

static void
exercise_criterion (CoopCriterion *criterion,
                    guint          depth)
{
  GListModel *alternatives = coop_criterion_get_alternatives (criterion);
  g_autofree char *french = coop_criterion_describe (criterion, "fr");
  g_autofree char *english = coop_criterion_describe (criterion, "en");
  guint n = g_list_model_get_n_items (alternatives);

  g_assert (french != NULL && english != NULL);
  g_assert (coop_criterion_get_body_kinds (criterion) != NULL);
  g_assert (coop_criterion_get_agreement_kinds (criterion) != NULL);
  g_assert (coop_criterion_get_statuses (criterion) != NULL);
  g_assert (coop_criterion_get_min (criterion) >= 1);
  g_assert ((coop_criterion_get_kind (criterion) == COOP_CRITERION_KIND_ANY) == (n > 0));

  for (guint i = 0; depth < MAX_ALTERNATIVES_DEPTH && i < n; i++)
    {
      g_autoptr(CoopCriterion) alternative = g_list_model_get_item (alternatives, i);

      exercise_criterion (alternative, depth + 1);
    }
}

static void
exercise_scale (CoopScale *scale)
{
  GListModel *steps = coop_scale_get_steps (scale);
  g_autoptr(GListModel) steps_property = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  guint n = coop_scale_get_n_steps (scale);

  g_object_get (scale, "id", &id, "name", &name, "steps", &steps_property, NULL);
  g_assert (id != NULL && id[0] != '\0' && name != NULL);
  g_assert (steps_property == steps);
  g_assert (coop_scale_get_name (scale, "fr") != NULL && coop_scale_get_name (scale, "en") != NULL);
  (void)coop_scale_get_source (scale);
  g_assert (n >= 2 && n == g_list_model_get_n_items (steps));
  g_assert (coop_scale_get_step (scale, 0) == NULL);
  g_assert (coop_scale_get_step (scale, n + 1) == NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopScaleStep) step = g_list_model_get_item (steps, i);
      GListModel *criteria = coop_scale_step_get_criteria (step);
      g_autofree char *label = NULL;
      guint level;

      g_object_get (step, "level", &level, "label", &label, NULL);
      g_assert (level == i + 1 && coop_scale_get_step (scale, level) == step);
      g_assert (coop_scale_step_get_id (step) != NULL && coop_scale_step_get_id (step)[0] != '\0');
      g_assert (coop_scale_step_get_label (step, "fr") != NULL && label != NULL);
      g_assert (coop_scale_step_get_description (step, "en") != NULL);
      (void)coop_scale_step_get_frey_level (step);
      g_assert (g_list_model_get_n_items (criteria) > 0);

      for (guint c = 0; c < g_list_model_get_n_items (criteria); c++)
        {
          g_autoptr(CoopCriterion) criterion = g_list_model_get_item (criteria, c);

          exercise_criterion (criterion, 0);
        }
    }
}

static const char *
sample_model_path (void)
{
  const char *path = g_getenv ("COOP_FUZZ_SAMPLE_MODEL");

  return path != NULL ? path : FUZZ_SAMPLE_MODEL;
}

/* The sample model, and the territories of its first cooperations. */
static CoopModel *
sample_model (GPtrArray **cooperations)
{
  static CoopModel *model;
  static GPtrArray *territories;

  if (model == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) atlas_file = g_file_new_for_path (fuzz_france_atlas_path ());
      g_autoptr(CoopAtlas) atlas = coop_atlas_new_for_file (atlas_file, NULL, &error);
      g_autoptr(GFile) model_file = g_file_new_for_path (sample_model_path ());
      g_autoptr(GListModel) list = NULL;

      g_assert_no_error (error);
      model = coop_model_new_from_file (atlas, model_file, NULL, &error);
      g_assert_no_error (error);

      list = coop_cooperation_list_in_model (model);
      territories = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
      for (guint i = 0; i < MIN (g_list_model_get_n_items (list), MAX_COOPERATIONS); i++)
        {
          g_autoptr(CoopCooperation) cooperation = g_list_model_get_item (list, i);

          g_ptr_array_add (territories, g_strdupv ((char **)coop_cooperation_get_territories (cooperation)));
        }
      g_assert (territories->len > 0);
    }

  *cooperations = territories;
  return model;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopScale) scale = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 6, 1, 0, 0, 0);
  GPtrArray *cooperations;
  CoopModel *model = sample_model (&cooperations);

  scale = coop_scale_new_from_data ((const char *)data, size, &error);
  if (scale == NULL)
    {
      g_assert (error != NULL && error->domain == COOP_ERROR);
      g_assert (error->message != NULL && error->message[0] != '\0');
      return 0;
    }
  g_assert (error == NULL);

  exercise_scale (scale);

  for (guint i = 0; i < cooperations->len; i++)
    {
      const char * const *territories = g_ptr_array_index (cooperations, i);
      g_autoptr(CoopAssessment) assessment = coop_assessment_new (model, scale, territories, date, &error);
      g_auto(GStrv) missing = NULL;

      if (assessment == NULL)
        {
          /* The cooperation is the sample's: only the scale varies. */
          g_printerr ("a valid scale cannot assess the sample model: %s\n", error->message);
          abort ();
        }
      g_assert (coop_assessment_get_level (assessment) <= coop_scale_get_n_steps (scale));
      g_assert (g_list_model_get_n_items (coop_assessment_get_steps (assessment)) == coop_scale_get_n_steps (scale));
      missing = coop_assessment_dup_missing (assessment, "fr");
    }

  return 0;
}
