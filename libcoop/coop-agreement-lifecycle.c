/* coop-agreement-lifecycle.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-agreement-private.h"
#include "coop-date-private.h"
#include "coop-enum-types.h"
#include "coop-error.h"
#include "coop-i18n-private.h"
#include "coop-util-private.h"

/* The allowed moves, one bit per target status. Going back from
 * negotiation to draft and from under-evaluation to in-force (the
 * evaluation decided to carry on unchanged) are allowed; nothing leaves a
 * final status. */
#define BIT(status) (1u << COOP_AGREEMENT_STATUS_##status)
#define ENDINGS (BIT (COMPLETED) | BIT (TERMINATED_EARLY) | BIT (EXPIRED))

static const guint allowed[] = {
  [COOP_AGREEMENT_STATUS_DRAFT] = BIT (NEGOTIATION) | BIT (CANCELLED),
  [COOP_AGREEMENT_STATUS_NEGOTIATION] = BIT (DRAFT) | BIT (SIGNED) | BIT (CANCELLED),
  [COOP_AGREEMENT_STATUS_SIGNED] = BIT (IN_FORCE) | BIT (CANCELLED),
  [COOP_AGREEMENT_STATUS_IN_FORCE] = BIT (UNDER_EVALUATION) | ENDINGS,
  [COOP_AGREEMENT_STATUS_UNDER_EVALUATION] = BIT (IN_FORCE) | BIT (RENEWED) | ENDINGS,
  [COOP_AGREEMENT_STATUS_RENEWED] = BIT (IN_FORCE) | ENDINGS,
  [COOP_AGREEMENT_STATUS_COMPLETED] = 0,
  [COOP_AGREEMENT_STATUS_TERMINATED_EARLY] = 0,
  [COOP_AGREEMENT_STATUS_CANCELLED] = 0,
  [COOP_AGREEMENT_STATUS_EXPIRED] = 0,
};

/**
 * coop_agreement_status_is_final:
 * @status: a status
 *
 * Tells whether @status is one of the final statuses (completed,
 * terminated early, cancelled, expired), from which no transition leads.
 *
 * Returns: %TRUE if it is final
 *
 * Since: 1.0
 */
gboolean
coop_agreement_status_is_final (CoopAgreementStatus status)
{
  return status >= COOP_AGREEMENT_STATUS_COMPLETED && status <= COOP_AGREEMENT_STATUS_EXPIRED;
}

/**
 * coop_agreement_status_can_transition:
 * @from: the current status
 * @to: the status asked for
 *
 * Tells whether the lifecycle allows moving from @from to @to; see
 * [class@Coop.Agreement] for the diagram.
 *
 * Returns: %TRUE if the move is allowed
 *
 * Since: 1.0
 */
gboolean
coop_agreement_status_can_transition (CoopAgreementStatus from,
                                      CoopAgreementStatus to)
{
  if ((guint)from >= G_N_ELEMENTS (allowed) || (guint)to >= G_N_ELEMENTS (allowed))
    return FALSE;

  return (allowed[from] & (1u << to)) != 0;
}

/**
 * coop_agreement_can_transition:
 * @self: an agreement
 * @status: the status asked for
 *
 * Tells whether @self may move to @status now.
 *
 * Returns: %TRUE if the move is allowed
 *
 * Since: 1.0
 */
gboolean
coop_agreement_can_transition (CoopAgreement       *self,
                               CoopAgreementStatus  status)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT (self), FALSE);

  return coop_agreement_status_can_transition (coop_agreement_get_status (self), status);
}

/**
 * coop_agreement_transition:
 * @self: an agreement
 * @status: the new status
 * @date: the day of the transition
 * @note: (nullable): a note kept with the transition
 * @error: return location for an error
 *
 * Moves the agreement to @status and records the dated transition in
 * [property@Coop.Agreement:history]. A move the lifecycle does not allow
 * is refused with %COOP_ERROR_INVALID_TRANSITION, whose message lists the
 * moves allowed from the current status, and a date outside 1800-01-01 to
 * 3000-12-31 (in UTC), which no document holds, or a note that is not
 * UTF-8, with %COOP_ERROR_INVALID_VALUE; the agreement is then unchanged.
 *
 * Returns: %TRUE if the agreement moved
 *
 * Since: 1.0
 */
gboolean
coop_agreement_transition (CoopAgreement        *self,
                           CoopAgreementStatus   status,
                           GDateTime            *date,
                           const char           *note,
                           GError              **error)
{
  g_autoptr(GEnumClass) klass = NULL;
  g_autoptr(CoopTransition) transition = NULL;
  CoopAgreementStatus current;
  GEnumValue *to_value;

  g_return_val_if_fail (COOP_IS_AGREEMENT (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  klass = g_type_class_ref (COOP_TYPE_AGREEMENT_STATUS);
  to_value = g_enum_get_value (klass, status);
  g_return_val_if_fail (to_value != NULL, FALSE);

  /* The history is saved: a date the reader would refuse is refused here. */
  if (!_coop_date_in_range (date))
    {
      g_autofree char *text = _coop_date_format (date);

      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("“%s”: the transition is dated %s; expected a date from %d-01-01 to %d-12-31"),
                   coop_agreement_get_id (self), text, COOP_DATE_MIN_YEAR, COOP_DATE_MAX_YEAR);
      return FALSE;
    }

  if (!_coop_text_is_valid (note))
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("“%s”: the note of the transition is not UTF-8 text; expected UTF-8"),
                   coop_agreement_get_id (self));
      return FALSE;
    }

  current = coop_agreement_get_status (self);
  if (!coop_agreement_status_can_transition (current, status))
    {
      g_autoptr(GString) choices = g_string_new (NULL);

      for (guint i = 0; i < klass->n_values; i++)
        {
          if (coop_agreement_status_can_transition (current, klass->values[i].value))
            g_string_append_printf (choices, "%s“%s”", choices->len > 0 ? ", " : "",
                                    klass->values[i].value_nick);
        }

      if (choices->len > 0)
        g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_TRANSITION,
                     _("“%s” cannot move from “%s” to “%s”; allowed from there: %s"),
                     coop_agreement_get_id (self), g_enum_get_value (klass, current)->value_nick,
                     to_value->value_nick, choices->str);
      else
        g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_TRANSITION,
                     _("“%s” cannot move from “%s” to “%s”; it is final and allows no further transition"),
                     coop_agreement_get_id (self), g_enum_get_value (klass, current)->value_nick,
                     to_value->value_nick);
      return FALSE;
    }

  transition = coop_transition_new (current, status, date, note);
  _coop_agreement_append_history (self, transition);
  _coop_agreement_set_status (self, status);

  return TRUE;
}
