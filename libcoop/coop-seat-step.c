/* coop-seat-step.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-enum-types.h"
#include "coop-seat-private.h"

/**
 * CoopSeatStep:
 *
 * One step of a seat computation, in the order of CGCT L5211-6-1: the III
 * table figure, the highest-average rounds of IV 1°, the seats de droit of
 * IV 2°, the caps of IV 3° and 4°, ties (IV 5°) and the supplement of V.
 *
 * Each step names the paragraph of the article it applies and says what it
 * did in French and in English.
 *
 * Since: 1.0
 */

struct _CoopSeatStep
{
  GObject           parent_instance;

  CoopSeatStepKind  kind;
  char             *paragraph;
  char             *text[2];
};

G_DEFINE_FINAL_TYPE (CoopSeatStep, coop_seat_step, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_PARAGRAPH,
  PROP_TEXT_FRENCH,
  PROP_TEXT_ENGLISH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_seat_step_finalize (GObject *object)
{
  CoopSeatStep *self = (CoopSeatStep *)object;

  g_free (self->paragraph);
  g_free (self->text[0]);
  g_free (self->text[1]);

  G_OBJECT_CLASS (coop_seat_step_parent_class)->finalize (object);
}

static void
coop_seat_step_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CoopSeatStep *self = COOP_SEAT_STEP (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, coop_seat_step_get_kind (self));
      break;
    case PROP_PARAGRAPH:
      g_value_set_string (value, coop_seat_step_get_paragraph (self));
      break;
    case PROP_TEXT_FRENCH:
      g_value_set_string (value, coop_seat_step_get_text (self, COOP_LANGUAGE_FRENCH));
      break;
    case PROP_TEXT_ENGLISH:
      g_value_set_string (value, coop_seat_step_get_text (self, COOP_LANGUAGE_ENGLISH));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_seat_step_class_init (CoopSeatStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_seat_step_finalize;
  object_class->get_property = coop_seat_step_get_property;

  /**
   * CoopSeatStep:kind:
   *
   * What the step does.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, COOP_TYPE_SEAT_STEP_KIND, COOP_SEAT_STEP_KIND_TABLE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatStep:paragraph:
   *
   * The paragraph of CGCT L5211-6-1 the step applies, such as `IV 1°`.
   *
   * Since: 1.0
   */
  properties[PROP_PARAGRAPH] =
    g_param_spec_string ("paragraph", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatStep:text-french:
   *
   * What the step did, in French.
   *
   * Since: 1.0
   */
  properties[PROP_TEXT_FRENCH] =
    g_param_spec_string ("text-french", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatStep:text-english:
   *
   * What the step did, in English.
   *
   * Since: 1.0
   */
  properties[PROP_TEXT_ENGLISH] =
    g_param_spec_string ("text-english", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_seat_step_init (CoopSeatStep *self)
{
}

CoopSeatStep *
_coop_seat_step_new (CoopSeatStepKind  kind,
                     const char       *paragraph,
                     char             *french,
                     char             *english)
{
  CoopSeatStep *self = g_object_new (COOP_TYPE_SEAT_STEP, NULL);

  self->kind = kind;
  self->paragraph = g_strdup (paragraph);
  self->text[COOP_LANGUAGE_FRENCH] = french;
  self->text[COOP_LANGUAGE_ENGLISH] = english;

  return self;
}

/**
 * coop_seat_step_get_kind:
 * @self: a step
 *
 * Gets what the step does.
 *
 * Returns: the kind of step
 *
 * Since: 1.0
 */
CoopSeatStepKind
coop_seat_step_get_kind (CoopSeatStep *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_STEP (self), COOP_SEAT_STEP_KIND_TABLE);

  return self->kind;
}

/**
 * coop_seat_step_get_paragraph:
 * @self: a step
 *
 * Gets the paragraph of CGCT L5211-6-1 the step applies, such as `IV 3°`.
 *
 * Returns: the paragraph
 *
 * Since: 1.0
 */
const char *
coop_seat_step_get_paragraph (CoopSeatStep *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_STEP (self), NULL);

  return self->paragraph;
}

/**
 * coop_seat_step_get_text:
 * @self: a step
 * @language: the language wanted
 *
 * Gets what the step did, as a sentence in @language.
 *
 * Returns: the sentence
 *
 * Since: 1.0
 */
const char *
coop_seat_step_get_text (CoopSeatStep *self,
                         CoopLanguage  language)
{
  g_return_val_if_fail (COOP_IS_SEAT_STEP (self), NULL);
  g_return_val_if_fail (language <= COOP_LANGUAGE_ENGLISH, NULL);

  return self->text[language];
}
