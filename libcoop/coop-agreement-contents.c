/* coop-agreement-contents.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-agreement-private.h"
#include "coop-enum-types.h"
#include "coop-error.h"
#include "coop-i18n-private.h"
#include "coop-util-private.h"

/* What an agreement holds: parties, signatures, history, links,
 * milestones, actions, evaluations and pooled resources. The object and
 * its properties are in coop-agreement.c. */

/**
 * coop_agreement_get_parties:
 * @self: an agreement
 *
 * Gets [property@Coop.Agreement:parties].
 *
 * Returns: (transfer none): a list model of [class@Coop.Party]: the parties and their roles
 *
 * Since: 1.0
 */
GListModel *
coop_agreement_get_parties (CoopAgreement *self)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT (self), NULL);

  return G_LIST_MODEL (self->parties);
}

/**
 * coop_agreement_add_party:
 * @self: an agreement
 * @party: a party
 * @error: return location for an error
 *
 * Adds a party. A party may appear once per role.
 *
 * Returns: %TRUE if @party was added
 *
 * Since: 1.0
 */
gboolean
coop_agreement_add_party (CoopAgreement  *self,
                          CoopParty      *party,
                          GError        **error)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT (self), FALSE);
  g_return_val_if_fail (COOP_IS_PARTY (party), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_coop_object_check_required (party, error))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->parties)); i++)
    {
      g_autoptr(CoopParty) other = g_list_model_get_item (G_LIST_MODEL (self->parties), i);

      if (g_str_equal (coop_party_get_reference (other), coop_party_get_reference (party)) &&
          coop_party_get_role (other) == coop_party_get_role (party))
        {
          g_autoptr(GEnumClass) roles = g_type_class_ref (COOP_TYPE_PARTY_ROLE);

          g_set_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE,
                       _("“%s” is already a party to “%s” as “%s”; expected each party once per role"),
                       coop_party_get_reference (party), self->id,
                       g_enum_get_value (roles, coop_party_get_role (party))->value_nick);
          return FALSE;
        }
    }

  g_list_store_append (self->parties, party);
  return TRUE;
}

/**
 * coop_agreement_get_signatures:
 * @self: an agreement
 *
 * Gets [property@Coop.Agreement:signatures].
 *
 * Returns: (transfer none): a list model of [class@Coop.Signature]: the signatures
 *
 * Since: 1.0
 */
GListModel *
coop_agreement_get_signatures (CoopAgreement *self)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT (self), NULL);

  return G_LIST_MODEL (self->signatures);
}

/**
 * coop_agreement_add_signature:
 * @self: an agreement
 * @signature: a signature
 *
 * Adds a signature.
 *
 * Since: 1.0
 */
void
coop_agreement_add_signature (CoopAgreement *self,
                              CoopSignature *signature)
{
  g_return_if_fail (COOP_IS_AGREEMENT (self));
  g_return_if_fail (COOP_IS_SIGNATURE (signature));
  g_return_if_fail (_coop_object_check_required (signature, NULL));

  g_list_store_append (self->signatures, signature);
}

/**
 * coop_agreement_get_history:
 * @self: an agreement
 *
 * Gets [property@Coop.Agreement:history].
 *
 * Returns: (transfer none): a list model of [class@Coop.Transition]: the transitions of the lifecycle, oldest first
 *
 * Since: 1.0
 */
GListModel *
coop_agreement_get_history (CoopAgreement *self)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT (self), NULL);

  return G_LIST_MODEL (self->history);
}

/**
 * coop_agreement_get_related:
 * @self: an agreement
 *
 * Gets [property@Coop.Agreement:related].
 *
 * Returns: (transfer none): a list model of [class@Coop.AgreementLink]: the links to related agreements
 *
 * Since: 1.0
 */
GListModel *
coop_agreement_get_related (CoopAgreement *self)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT (self), NULL);

  return G_LIST_MODEL (self->related);
}

/**
 * coop_agreement_add_link:
 * @self: an agreement
 * @link: a link
 *
 * Adds a link to a related agreement.
 *
 * Since: 1.0
 */
void
coop_agreement_add_link (CoopAgreement     *self,
                         CoopAgreementLink *link)
{
  g_return_if_fail (COOP_IS_AGREEMENT (self));
  g_return_if_fail (COOP_IS_AGREEMENT_LINK (link));
  g_return_if_fail (_coop_object_check_required (link, NULL));

  g_list_store_append (self->related, link);
}

/**
 * coop_agreement_get_milestones:
 * @self: an agreement
 *
 * Gets [property@Coop.Agreement:milestones].
 *
 * Returns: (transfer none): a list model of [class@Coop.Milestone]: the milestones
 *
 * Since: 1.0
 */
GListModel *
coop_agreement_get_milestones (CoopAgreement *self)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT (self), NULL);

  return G_LIST_MODEL (self->milestones);
}

/**
 * coop_agreement_add_milestone:
 * @self: an agreement
 * @milestone: a milestone
 *
 * Adds a milestone.
 *
 * Since: 1.0
 */
void
coop_agreement_add_milestone (CoopAgreement *self,
                              CoopMilestone *milestone)
{
  g_return_if_fail (COOP_IS_AGREEMENT (self));
  g_return_if_fail (COOP_IS_MILESTONE (milestone));
  g_return_if_fail (_coop_object_check_required (milestone, NULL));

  g_list_store_append (self->milestones, milestone);
}

/**
 * coop_agreement_get_actions:
 * @self: an agreement
 *
 * Gets [property@Coop.Agreement:actions].
 *
 * Returns: (transfer none): a list model of [class@Coop.Action]: the actions (fiches action)
 *
 * Since: 1.0
 */
GListModel *
coop_agreement_get_actions (CoopAgreement *self)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT (self), NULL);

  return G_LIST_MODEL (self->actions);
}

/**
 * coop_agreement_add_action:
 * @self: an agreement
 * @action: an action
 * @error: return location for an error
 *
 * Adds an action. Its identifier must be new in the agreement.
 *
 * Returns: %TRUE if @action was added
 *
 * Since: 1.0
 */
gboolean
coop_agreement_add_action (CoopAgreement  *self,
                           CoopAction     *action,
                           GError        **error)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT (self), FALSE);
  g_return_val_if_fail (COOP_IS_ACTION (action), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_coop_object_check_required (action, error))
    return FALSE;

  if (coop_agreement_lookup_action (self, coop_action_get_id (action)) != NULL)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE,
                   _("“%s” already has an action “%s”; expected a new identifier"),
                   self->id, coop_action_get_id (action));
      return FALSE;
    }

  g_list_store_append (self->actions, action);
  g_signal_connect_object (action, "notify::progress", G_CALLBACK (_coop_agreement_notify_progress), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (action, "notify::status", G_CALLBACK (_coop_agreement_notify_progress), self, G_CONNECT_SWAPPED);
  _coop_agreement_notify_progress (self);
  return TRUE;
}

/**
 * coop_agreement_get_evaluations:
 * @self: an agreement
 *
 * Gets [property@Coop.Agreement:evaluations].
 *
 * Returns: (transfer none): a list model of [class@Coop.Evaluation]: the evaluations
 *
 * Since: 1.0
 */
GListModel *
coop_agreement_get_evaluations (CoopAgreement *self)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT (self), NULL);

  return G_LIST_MODEL (self->evaluations);
}

/**
 * coop_agreement_add_evaluation:
 * @self: an agreement
 * @evaluation: an evaluation
 *
 * Adds an evaluation.
 *
 * Since: 1.0
 */
void
coop_agreement_add_evaluation (CoopAgreement  *self,
                               CoopEvaluation *evaluation)
{
  g_return_if_fail (COOP_IS_AGREEMENT (self));
  g_return_if_fail (COOP_IS_EVALUATION (evaluation));
  g_return_if_fail (_coop_object_check_required (evaluation, NULL));

  g_list_store_append (self->evaluations, evaluation);
}

/**
 * coop_agreement_get_pooled_resources:
 * @self: an agreement
 *
 * Gets [property@Coop.Agreement:pooled-resources].
 *
 * Returns: (transfer none): a list model of [class@Coop.PooledResource]: the pooled resources
 *
 * Since: 1.0
 */
GListModel *
coop_agreement_get_pooled_resources (CoopAgreement *self)
{
  g_return_val_if_fail (COOP_IS_AGREEMENT (self), NULL);

  return G_LIST_MODEL (self->pooled_resources);
}

/**
 * coop_agreement_add_pooled_resource:
 * @self: an agreement
 * @pooled_resource: a pooled resource
 *
 * Adds a pooled resource.
 *
 * Since: 1.0
 */
void
coop_agreement_add_pooled_resource (CoopAgreement      *self,
                                    CoopPooledResource *pooled_resource)
{
  g_return_if_fail (COOP_IS_AGREEMENT (self));
  g_return_if_fail (COOP_IS_POOLED_RESOURCE (pooled_resource));
  g_return_if_fail (_coop_object_check_required (pooled_resource, NULL));

  g_list_store_append (self->pooled_resources, pooled_resource);
}

/**
 * coop_agreement_get_progress:
 * @self: an agreement
 *
 * Gets [property@Coop.Agreement:progress]: the mean progress of the
 * actions, from 0 to 1. Abandoned actions are left out and a done action
 * counts as complete whatever its recorded progress.
 *
 * Returns: the progress, or -1 when the agreement has no action to count
 *
 * Since: 1.0
 */
double
coop_agreement_get_progress (CoopAgreement *self)
{
  guint n, counted = 0;
  double total = 0.0;

  g_return_val_if_fail (COOP_IS_AGREEMENT (self), -1.0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->actions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopAction) action = g_list_model_get_item (G_LIST_MODEL (self->actions), i);

      switch (coop_action_get_status (action))
        {
        case COOP_ACTION_STATUS_ABANDONED:
          continue;
        case COOP_ACTION_STATUS_DONE:
          total += 1.0;
          break;
        case COOP_ACTION_STATUS_PLANNED:
        case COOP_ACTION_STATUS_UNDER_WAY:
        default:
          total += coop_action_get_progress (action) / 100.0;
        }
      counted++;
    }

  return counted > 0 ? total / counted : -1.0;
}

/**
 * coop_agreement_lookup_action:
 * @self: an agreement
 * @id: the identifier of an action
 *
 * Finds an action of the agreement by its identifier.
 *
 * Returns: (transfer none) (nullable): the action, or %NULL
 *
 * Since: 1.0
 */
CoopAction *
coop_agreement_lookup_action (CoopAgreement *self,
                              const char    *id)
{
  guint n;

  g_return_val_if_fail (COOP_IS_AGREEMENT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->actions));
  for (guint i = 0; i < n; i++)
    {
      CoopAction *action = g_list_model_get_item (G_LIST_MODEL (self->actions), i);

      /* The store keeps its own reference, so the borrowed pointer stays valid. */
      g_object_unref (action);
      if (g_str_equal (coop_action_get_id (action), id))
        return action;
    }

  return NULL;
}

/**
 * coop_agreement_has_party:
 * @self: an agreement
 * @reference: the reference of a territory or the identifier of an actor
 *
 * Tells whether @reference is a party to the agreement, in any role.
 *
 * Returns: %TRUE if it is
 *
 * Since: 1.0
 */
gboolean
coop_agreement_has_party (CoopAgreement *self,
                          const char    *reference)
{
  guint n;

  g_return_val_if_fail (COOP_IS_AGREEMENT (self), FALSE);
  g_return_val_if_fail (reference != NULL, FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->parties));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoopParty) party = g_list_model_get_item (G_LIST_MODEL (self->parties), i);

      if (g_str_equal (coop_party_get_reference (party), reference))
        return TRUE;
    }

  return FALSE;
}
