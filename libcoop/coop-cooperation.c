/* coop-cooperation.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-agreement.h"
#include "coop-body.h"
#include "coop-cooperation.h"
#include "coop-party.h"

/**
 * CoopCooperation:
 *
 * Territories that cooperate, as a model shows them: the territories that
 * are parties to the same agreement, or in the scope of the same body.
 * The agreements and bodies that bring them together are its sources.
 *
 * [func@Coop.Cooperation.list_in_model] finds them; each can then be
 * assessed with [ctor@Coop.Assessment.new].
 *
 * Since: 1.0
 */

struct _CoopCooperation
{
  GObject    parent_instance;
  GStrv      territories;
  GPtrArray *sources;
  char      *name;
};

G_DEFINE_FINAL_TYPE (CoopCooperation, coop_cooperation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TERRITORIES,
  PROP_NAME,
  PROP_SOURCES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_cooperation_finalize (GObject *object)
{
  CoopCooperation *self = (CoopCooperation *)object;

  g_clear_pointer (&self->territories, g_strfreev);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (coop_cooperation_parent_class)->finalize (object);
}

static void
coop_cooperation_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CoopCooperation *self = COOP_COOPERATION (object);

  switch (prop_id)
    {
    case PROP_TERRITORIES:
      g_value_set_boxed (value, self->territories);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SOURCES:
      g_value_set_boxed (value, coop_cooperation_get_sources (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_cooperation_class_init (CoopCooperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = coop_cooperation_finalize;
  object_class->get_property = coop_cooperation_get_property;

  /**
   * CoopCooperation:territories:
   *
   * The references of the territories, sorted.
   *
   * Since: 1.0
   */
  properties[PROP_TERRITORIES] = g_param_spec_boxed ("territories", NULL, NULL, G_TYPE_STRV, flags);

  /**
   * CoopCooperation:name:
   *
   * The names of the territories, joined with “ – ”.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);

  /**
   * CoopCooperation:sources:
   *
   * The agreements (`agreement:ID`) and bodies (`body:ID`) that bring the
   * territories together.
   *
   * Since: 1.0
   */
  properties[PROP_SOURCES] = g_param_spec_boxed ("sources", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_cooperation_init (CoopCooperation *self)
{
  self->sources = g_ptr_array_new_null_terminated (1, g_free, TRUE);
}

static int
string_cmp (gconstpointer a,
            gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* The territories among @references, each once and sorted, or NULL when
 * fewer than two: one territory alone is no cooperation between parts. */
static char *
territory_key (CoopModel          *model,
               GPtrArray          *references,
               GStrv              *territories_out)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < references->len; i++)
    {
      const char *reference = g_ptr_array_index (references, i);
      g_autoptr(CoopTerritory) territory = coop_model_lookup (model, reference);
      g_autofree char *canonical = NULL;

      if (territory == NULL)
        continue;
      canonical = coop_territory_dup_reference (territory);
      if (!g_ptr_array_find_with_equal_func (found, canonical, g_str_equal, NULL))
        g_ptr_array_add (found, g_steal_pointer (&canonical));
    }

  if (found->len < 2)
    return NULL;

  g_ptr_array_sort (found, string_cmp);
  g_ptr_array_add (found, NULL);
  *territories_out = g_strdupv ((char **)found->pdata);

  return g_strjoinv ("|", *territories_out);
}

static void
add_source (GHashTable *by_key,
            GPtrArray  *order,
            CoopModel  *model,
            GPtrArray  *references,
            char       *source)
{
  g_auto(GStrv) territories = NULL;
  g_autofree char *key = territory_key (model, references, &territories);
  CoopCooperation *cooperation;

  if (key == NULL)
    {
      g_free (source);
      return;
    }

  cooperation = g_hash_table_lookup (by_key, key);
  if (cooperation == NULL)
    {
      g_autoptr(GString) name = g_string_new (NULL);

      cooperation = g_object_new (COOP_TYPE_COOPERATION, NULL);
      cooperation->territories = g_steal_pointer (&territories);
      for (guint i = 0; cooperation->territories[i] != NULL; i++)
        {
          g_autoptr(CoopTerritory) territory = coop_model_lookup (model, cooperation->territories[i]);

          g_string_append_printf (name, "%s%s", i > 0 ? " – " : "", coop_territory_get_name (territory));
        }
      cooperation->name = g_string_free (g_steal_pointer (&name), FALSE);
      g_hash_table_insert (by_key, g_strdup (key), cooperation);
      g_ptr_array_add (order, cooperation);
    }

  g_ptr_array_add (cooperation->sources, source);
}

static int
cooperation_cmp (gconstpointer a,
                 gconstpointer b)
{
  const CoopCooperation *ca = *(const CoopCooperation * const *)a;
  const CoopCooperation *cb = *(const CoopCooperation * const *)b;

  return g_utf8_collate (ca->name, cb->name);
}

/**
 * coop_cooperation_list_in_model:
 * @model: a model
 *
 * Finds the cooperations of a model: each set of two or more territories
 * that are parties to one agreement or in the scope of one body, with the
 * agreements and bodies that bring them together.
 *
 * Returns: (transfer full): a list model of [class@Coop.Cooperation],
 *   sorted by name
 *
 * Since: 1.0
 */
GListModel *
coop_cooperation_list_in_model (CoopModel *model)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  GListModel *agreements, *bodies;
  GListStore *store;

  g_return_val_if_fail (COOP_IS_MODEL (model), NULL);

  agreements = coop_model_get_agreements (model);
  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr(CoopAgreement) agreement = g_list_model_get_item (agreements, i);
      g_autoptr(GPtrArray) references = g_ptr_array_new ();
      GListModel *parties = coop_agreement_get_parties (agreement);

      for (guint p = 0; p < g_list_model_get_n_items (parties); p++)
        {
          g_autoptr(CoopParty) party = g_list_model_get_item (parties, p);

          /* Funders and observers do not make a cooperation of their own. */
          if (coop_party_get_role (party) != COOP_PARTY_ROLE_FUNDER &&
              coop_party_get_role (party) != COOP_PARTY_ROLE_OBSERVER)
            g_ptr_array_add (references, (gpointer)coop_party_get_reference (party));
        }

      add_source (by_key, order, model, references,
                  g_strdup_printf ("agreement:%s", coop_agreement_get_id (agreement)));
    }

  bodies = coop_model_get_bodies (model);
  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(CoopBody) body = g_list_model_get_item (bodies, i);
      g_autoptr(GPtrArray) references = g_ptr_array_new ();
      const char * const *scope = coop_body_get_scope (body);

      for (guint s = 0; scope != NULL && scope[s] != NULL; s++)
        g_ptr_array_add (references, (gpointer)scope[s]);

      add_source (by_key, order, model, references, g_strdup_printf ("body:%s", coop_body_get_id (body)));
    }

  g_ptr_array_sort (order, cooperation_cmp);
  store = g_list_store_new (COOP_TYPE_COOPERATION);
  for (guint i = 0; i < order->len; i++)
    g_list_store_append (store, g_ptr_array_index (order, i));

  return G_LIST_MODEL (store);
}

/**
 * coop_cooperation_get_territories:
 * @self: a cooperation
 *
 * Gets the references of the territories, sorted.
 *
 * Returns: (transfer none) (array zero-terminated=1): the references
 *
 * Since: 1.0
 */
const char * const *
coop_cooperation_get_territories (CoopCooperation *self)
{
  g_return_val_if_fail (COOP_IS_COOPERATION (self), NULL);

  return (const char * const *)self->territories;
}

/**
 * coop_cooperation_get_name:
 * @self: a cooperation
 *
 * Gets the names of the territories, joined with “ – ”.
 *
 * Returns: the name
 *
 * Since: 1.0
 */
const char *
coop_cooperation_get_name (CoopCooperation *self)
{
  g_return_val_if_fail (COOP_IS_COOPERATION (self), NULL);

  return self->name;
}

/**
 * coop_cooperation_get_sources:
 * @self: a cooperation
 *
 * Gets the agreements and bodies that bring the territories together.
 *
 * Returns: (transfer none) (array zero-terminated=1): `agreement:ID` and
 *   `body:ID` references
 *
 * Since: 1.0
 */
const char * const *
coop_cooperation_get_sources (CoopCooperation *self)
{
  g_return_val_if_fail (COOP_IS_COOPERATION (self), NULL);

  return (const char * const *)self->sources->pdata;
}

/**
 * coop_cooperation_involves:
 * @self: a cooperation
 * @reference: the reference of a territory
 *
 * Tells whether a territory is one of the cooperation's.
 *
 * Returns: %TRUE if it is
 *
 * Since: 1.0
 */
gboolean
coop_cooperation_involves (CoopCooperation *self,
                           const char      *reference)
{
  g_return_val_if_fail (COOP_IS_COOPERATION (self), FALSE);
  g_return_val_if_fail (reference != NULL, FALSE);

  return g_strv_contains ((const char * const *)self->territories, reference);
}
