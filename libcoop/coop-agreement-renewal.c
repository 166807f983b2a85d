/* coop-agreement-renewal.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "coop-model-collections-private.h"
#include "coop-date-private.h"
#include "coop-error.h"
#include "coop-i18n-private.h"

/* “plan-2024” renewed into 2025 gives “plan-2025”; an identifier without a
 * trailing year gets one. */
static char *
renewed_id (const char *id,
            int         year)
{
  gsize len = strlen (id);

  if (len >= 4 && g_ascii_isdigit (id[len - 1]) && g_ascii_isdigit (id[len - 2]) &&
      g_ascii_isdigit (id[len - 3]) && g_ascii_isdigit (id[len - 4]) &&
      (len == 4 || !g_ascii_isdigit (id[len - 5])))
    {
      int old_year = atoi (id + len - 4);

      return g_strdup_printf ("%.*s%04d", (int)(len - 4), id, year > old_year ? year : old_year + 1);
    }

  return g_strdup_printf ("%s-%04d", id, year);
}

/**
 * coop_model_renew_agreement:
 * @self: a model
 * @agreement: an agreement of the model, under evaluation
 * @date: the day of the renewal
 * @error: return location for an error
 *
 * Renews an agreement: @agreement moves to
 * %COOP_AGREEMENT_STATUS_RENEWED (so it must be under evaluation) and a new
 * draft agreement of the same kind takes over, with the same parties and
 * a link that says it renews @agreement.
 *
 * The new agreement starts the day after @agreement ends (or on @date
 * when it has no end). A plan de coopération runs one year, as the annual
 * plans of the seed material do; other kinds keep the length of the one
 * they renew. Its identifier is the old one with the new year in place of
 * a trailing year (`plan-2024` → `plan-2025`), or with `-YEAR` added.
 *
 * Returns: (transfer none): the new agreement, added to the model, or
 *   %NULL with @error set (%COOP_ERROR_INVALID_TRANSITION,
 *   %COOP_ERROR_DUPLICATE)
 *
 * Since: 1.0
 */
CoopAgreement *
coop_model_renew_agreement (CoopModel      *self,
                            CoopAgreement  *agreement,
                            GDateTime      *date,
                            GError        **error)
{
  g_autoptr(CoopAgreement) renewal = NULL;
  g_autoptr(CoopAgreementLink) link = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;
  g_autofree char *note = NULL;
  GDateTime *old_start, *old_end;
  GListModel *parties;
  guint n;

  g_return_val_if_fail (COOP_IS_MODEL (self), NULL);
  g_return_val_if_fail (COOP_IS_AGREEMENT (agreement), NULL);
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!coop_agreement_can_transition (agreement, COOP_AGREEMENT_STATUS_RENEWED))
    {
      /* Gives the error that lists the allowed moves. */
      coop_agreement_transition (agreement, COOP_AGREEMENT_STATUS_RENEWED, date, NULL, error);
      return NULL;
    }

  old_start = coop_agreement_get_start (agreement);
  old_end = coop_agreement_get_end (agreement);
  start = old_end != NULL ? g_date_time_add_days (old_end, 1) : g_date_time_ref (date);
  if (start != NULL && coop_agreement_get_kind (agreement) == COOP_AGREEMENT_KIND_PLAN_DE_COOPERATION)
    {
      g_autoptr(GDateTime) next = g_date_time_add_years (start, 1);

      end = next != NULL ? g_date_time_add_days (next, -1) : NULL;
    }
  else if (start != NULL && old_start != NULL && old_end != NULL)
    end = g_date_time_add (start, g_date_time_difference (old_end, old_start));

  /* Dates set through the API may sit at GDateTime's limits, where the
   * renewal's dates cannot be computed. */
  if (start == NULL ||
      (end == NULL && (coop_agreement_get_kind (agreement) == COOP_AGREEMENT_KIND_PLAN_DE_COOPERATION ||
                       (old_start != NULL && old_end != NULL))))
    {
      g_autofree char *old_end_text = _coop_date_format (old_end);

      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("the renewal of “%s”, which ends on %s, would end after 9999-12-31; "
                     "expected an agreement ending earlier"), coop_agreement_get_id (agreement),
                   old_end_text != NULL ? old_end_text : _("no date"));
      return NULL;
    }

  /* The renewal is saved with the model: its dates must be ones a
   * document holds. */
  if (!_coop_date_in_range (start) || !_coop_date_in_range (end) || !_coop_date_in_range (date))
    {
      g_autofree char *start_text = _coop_date_format (_coop_date_in_range (date) ? start : date);

      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("the renewal of “%s” would run from %s, beyond the dates a document holds; "
                     "expected dates from %d-01-01 to %d-12-31"),
                   coop_agreement_get_id (agreement), start_text, COOP_DATE_MIN_YEAR, COOP_DATE_MAX_YEAR);
      return NULL;
    }

  id = renewed_id (coop_agreement_get_id (agreement), g_date_time_get_year (start));
  if (coop_model_get_agreement (self, id) != NULL)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE,
                   _("the renewal of “%s” would be “%s”, which the model already has; "
                     "expected a free identifier"), coop_agreement_get_id (agreement), id);
      return NULL;
    }

  /* The title follows the year when it names it. */
  if (old_start != NULL)
    {
      g_autofree char *old_year = g_strdup_printf ("%04d", g_date_time_get_year (old_start));
      g_autofree char *new_year = g_strdup_printf ("%04d", g_date_time_get_year (start));
      g_auto(GStrv) parts = g_strsplit (coop_agreement_get_title (agreement), old_year, -1);

      title = g_strjoinv (new_year, parts);
    }
  else
    title = g_strdup (coop_agreement_get_title (agreement));

  renewal = coop_agreement_new (id, coop_agreement_get_kind (agreement), title);
  coop_agreement_set_start (renewal, start);
  coop_agreement_set_end (renewal, end);
  link = coop_agreement_link_new (COOP_RELATION_RENEWS, coop_agreement_get_id (agreement));
  coop_agreement_add_link (renewal, link);

  parties = coop_agreement_get_parties (agreement);
  n = g_list_model_get_n_items (parties);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopParty) party = g_list_model_get_item (parties, i);
      g_autoptr(CoopParty) copy = coop_party_new (coop_party_get_reference (party), coop_party_get_role (party));

      coop_party_set_note (copy, coop_party_get_note (party));
      coop_agreement_add_party (renewal, copy, NULL);
    }

  /* Not translated: the note is saved in the document, which people
   * working in other languages share. */
  note = g_strdup_printf ("renewed by “%s”", id);
  if (!coop_agreement_transition (agreement, COOP_AGREEMENT_STATUS_RENEWED, date, note, error) ||
      !coop_model_add_agreement (self, renewal, error))
    return NULL;

  return renewal;
}
