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
 * did, in any language of libcoop's message catalogue
 * ([method@Coop.SeatStep.get_text]).
 *
 * Since: 1.0
 */

struct _CoopSeatStep
{
  GObject           parent_instance;

  CoopSeatStepKind  kind;
  char             *paragraph;
  CoopMessage      *text;
};

G_DEFINE_FINAL_TYPE (CoopSeatStep, coop_seat_step, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_PARAGRAPH,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_seat_step_finalize (GObject *object)
{
  CoopSeatStep *self = (CoopSeatStep *)object;

  g_free (self->paragraph);
  g_clear_pointer (&self->text, _coop_message_free);

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
    case PROP_TEXT:
      g_value_set_string (value, coop_seat_step_get_text (self, NULL));
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
   * CoopSeatStep:text:
   *
   * What the step did, as a sentence in the language in effect: the
   * process locale's, or the one a caller asked for
   * ([method@Coop.SeatStep.get_text]).
   *
   * Since: 1.0
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
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
                     CoopMessage      *text)
{
  CoopSeatStep *self = g_object_new (COOP_TYPE_SEAT_STEP, NULL);

  self->kind = kind;
  self->paragraph = g_strdup (paragraph);
  self->text = text;

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
 * @language: (nullable): a language such as `fr` or `en`, or %NULL for
 *   the one in effect
 *
 * Gets what the step did, as a sentence in @language. The sentence comes
 * from libcoop's message catalogue, so any language it has a translation
 * for works ([func@Coop.language_is_available]); for others it is in
 * English.
 *
 * Returns: (transfer none): the sentence, valid as long as @self
 *
 * Since: 1.0
 */
const char *
coop_seat_step_get_text (CoopSeatStep *self,
                         const char   *language)
{
  g_return_val_if_fail (COOP_IS_SEAT_STEP (self), NULL);

  return _coop_message_get (self->text, language);
}
