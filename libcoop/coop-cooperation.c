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
#include "coop-i18n-private.h"
#include "coop-party.h"

/**
 * CoopCooperation:
 *
 * Territories that cooperate, as a model shows them: the territories that
 * are parties to the same agreement, or in the scope of the same body.
 * The agreements and bodies that bring them together are its sources.
 *
 * A grouping and its own members (a PNR and its communautés de communes,
 * an EPCI and its communes) make one cooperation, whatever part of the
 * members each agreement or body gathers: its territories are the
 * grouping and every member any source brings, and its name says so
 * (“Parc naturel régional des Monts d'Ardèche and its communautés de
 * communes”, “CA du Pays Voironnais and 3 of its 31 communes”). Other
 * territories are one cooperation when the same ones meet, named by what
 * brings them together: the title of its agreement, or else the name of
 * its body.
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
   * What the cooperation is called: the grouping and its members, or the
   * agreement or body that brings the territories together.
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

/* The territories among @references, each once (in the order found),
 * or NULL when fewer than two: one territory alone is no cooperation
 * between parts. */
static GPtrArray *
territories_of (CoopModel *model,
                GPtrArray *references)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < references->len; i++)
    {
      g_autoptr(CoopTerritory) territory = coop_model_lookup (model, g_ptr_array_index (references, i));

      if (territory != NULL && !g_ptr_array_find (found, territory, NULL))
        g_ptr_array_add (found, g_steal_pointer (&territory));
    }

  return found->len >= 2 ? g_steal_pointer (&found) : NULL;
}

/* The grouping that convenes the others: one of @territories of which all
 * the others are direct members (the PNR of its communautés de communes,
 * the EPCI of its communes), or NULL. */
static CoopTerritory *
convener_of (CoopModel *model,
             GPtrArray *territories)
{
  for (guint i = 0; i < territories->len; i++)
    {
      CoopTerritory *candidate = g_ptr_array_index (territories, i);
      g_autoptr(GListModel) members = NULL;
      gboolean all = TRUE;

      if (coop_territory_get_kind (candidate) == COOP_TERRITORY_KIND_COMMUNE)
        continue;

      members = coop_model_list_members (model, candidate);
      for (guint j = 0; j < territories->len && all; j++)
        {
          CoopTerritory *other = g_ptr_array_index (territories, j);
          gboolean member = FALSE;

          if (other == candidate)
            continue;
          for (guint m = 0; m < g_list_model_get_n_items (members) && !member; m++)
            {
              g_autoptr(CoopTerritory) item = g_list_model_get_item (members, m);

              member = item == other;
            }
          all = member;
        }

      if (all)
        return candidate;
    }

  return NULL;
}

typedef struct
{
  CoopCooperation *cooperation;
  CoopTerritory   *convener;      /* (nullable) */
  GPtrArray       *territories;   /* CoopTerritory, in the order found */
  char            *first_title;   /* the first agreement's title, or NULL */
  char            *first_body;    /* the first body's name, or NULL */
} Gathering;

static void
gathering_free (Gathering *gathering)
{
  g_clear_object (&gathering->cooperation);
  g_clear_object (&gathering->convener);
  g_clear_pointer (&gathering->territories, g_ptr_array_unref);
  g_clear_pointer (&gathering->first_title, g_free);
  g_clear_pointer (&gathering->first_body, g_free);
  g_free (gathering);
}

static int
string_cmp (gconstpointer a,
            gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* The sorted references of @territories, joined with “|”. */
static char *
set_key (GPtrArray *territories)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint i = 0; i < territories->len; i++)
    g_ptr_array_add (codes, coop_territory_dup_reference (g_ptr_array_index (territories, i)));
  g_ptr_array_sort (codes, string_cmp);
  for (guint i = 0; i < codes->len; i++)
    g_string_append_printf (key, "%s%s", i > 0 ? "|" : "", (const char *)g_ptr_array_index (codes, i));

  return g_string_free (g_steal_pointer (&key), FALSE);
}

static void
add_source (GHashTable *by_key,
            GPtrArray  *order,
            CoopModel  *model,
            GPtrArray  *references,
            char       *source,
            const char *title,
            const char *body_name)
{
  g_autoptr(GPtrArray) territories = territories_of (model, references);
  g_autofree char *key = NULL;
  CoopTerritory *convener;
  Gathering *gathering;

  if (territories == NULL)
    {
      g_free (source);
      return;
    }

  /* A grouping and its members gather under the grouping, whichever
   * members each source brings; other territories under their set. */
  convener = convener_of (model, territories);
  if (convener != NULL)
    {
      g_autofree char *reference = coop_territory_dup_reference (convener);

      key = g_strdup_printf ("convener:%s", reference);
    }
  else
    key = set_key (territories);

  gathering = g_hash_table_lookup (by_key, key);
  if (gathering == NULL)
    {
      gathering = g_new0 (Gathering, 1);
      gathering->cooperation = g_object_new (COOP_TYPE_COOPERATION, NULL);
      gathering->convener = convener != NULL ? g_object_ref (convener) : NULL;
      gathering->territories = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (by_key, g_strdup (key), gathering);
      g_ptr_array_add (order, gathering);
    }

  for (guint i = 0; i < territories->len; i++)
    {
      CoopTerritory *territory = g_ptr_array_index (territories, i);

      if (!g_ptr_array_find (gathering->territories, territory, NULL))
        g_ptr_array_add (gathering->territories, g_object_ref (territory));
    }
  if (gathering->first_title == NULL && title != NULL && title[0] != '\0')
    gathering->first_title = g_strdup (title);
  if (gathering->first_body == NULL && body_name != NULL && body_name[0] != '\0')
    gathering->first_body = g_strdup (body_name);
  g_ptr_array_add (gathering->cooperation->sources, source);
}

typedef enum
{
  MEMBERS_COMMUNES,
  MEMBERS_CC,
  MEMBERS_EPCI,
  MEMBERS_OTHER,
} MembersKind;

static MembersKind
members_kind (GPtrArray     *territories,
              CoopTerritory *convener)
{
  gboolean communes = TRUE, cc = TRUE, epci = TRUE;

  for (guint i = 0; i < territories->len; i++)
    {
      CoopTerritory *territory = g_ptr_array_index (territories, i);
      CoopTerritoryKind kind = coop_territory_get_kind (territory);

      if (territory == convener)
        continue;
      communes &= kind == COOP_TERRITORY_KIND_COMMUNE;
      epci &= kind == COOP_TERRITORY_KIND_EPCI;
      cc &= kind == COOP_TERRITORY_KIND_EPCI && coop_territory_get_epci_form (territory) == COOP_EPCI_FORM_CC;
    }

  return communes ? MEMBERS_COMMUNES : cc ? MEMBERS_CC : epci ? MEMBERS_EPCI : MEMBERS_OTHER;
}

/* “X and its communes”, “X and 3 of its 31 communes”, “X and Y”. */
static char *
convener_name (CoopModel     *model,
               CoopTerritory *convener,
               GPtrArray     *territories)
{
  g_autoptr(GListModel) members = coop_model_list_members (model, convener);
  guint n_members = g_list_model_get_n_items (members);
  guint present = territories->len - 1;
  const char *name = coop_territory_get_name (convener);

  if (present == 1)
    {
      for (guint i = 0; i < territories->len; i++)
        {
          CoopTerritory *other = g_ptr_array_index (territories, i);

          if (other != convener)
            return g_strdup_printf (_("%s and %s"), name, coop_territory_get_name (other));
        }
    }

  switch (members_kind (territories, convener))
    {
    case MEMBERS_COMMUNES:
      return present == n_members ? g_strdup_printf (_("%s and its communes"), name)
                                  : g_strdup_printf (_("%s and %u of its %u communes"), name, present, n_members);
    case MEMBERS_CC:
      return present == n_members ? g_strdup_printf (_("%s and its communautés de communes"), name)
                                  : g_strdup_printf (_("%s and %u of its %u communautés de communes"), name,
                                                     present, n_members);
    case MEMBERS_EPCI:
      return present == n_members ? g_strdup_printf (_("%s and its intercommunalities"), name)
                                  : g_strdup_printf (_("%s and %u of its %u intercommunalities"), name,
                                                     present, n_members);
    case MEMBERS_OTHER:
    default:
      return present == n_members ? g_strdup_printf (_("%s and its members"), name)
                                  : g_strdup_printf (_("%s and %u of its %u members"), name, present, n_members);
    }
}

static char *
territories_joined (GPtrArray *territories)
{
  g_autoptr(GString) name = g_string_new (NULL);

  for (guint i = 0; i < territories->len; i++)
    g_string_append_printf (name, "%s%s", i > 0 ? " – " : "",
                            coop_territory_get_name (g_ptr_array_index (territories, i)));

  return g_string_free (g_steal_pointer (&name), FALSE);
}

static void
gathering_finish (Gathering *gathering,
                  CoopModel *model)
{
  CoopCooperation *cooperation = gathering->cooperation;
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < gathering->territories->len; i++)
    g_ptr_array_add (codes, coop_territory_dup_reference (g_ptr_array_index (gathering->territories, i)));
  g_ptr_array_sort (codes, string_cmp);
  g_ptr_array_add (codes, NULL);
  cooperation->territories = (GStrv)g_ptr_array_steal (codes, NULL);

  if (gathering->convener != NULL)
    cooperation->name = convener_name (model, gathering->convener, gathering->territories);
  else if (gathering->first_title != NULL)
    cooperation->name = g_strdup (gathering->first_title);
  else if (gathering->first_body != NULL)
    cooperation->name = g_strdup (gathering->first_body);
  else
    cooperation->name = territories_joined (gathering->territories);
}

static int
cooperation_cmp (gconstpointer a,
                 gconstpointer b)
{
  const CoopCooperation *ca = *(const CoopCooperation * const *)a;
  const CoopCooperation *cb = *(const CoopCooperation * const *)b;
  int by_name = g_utf8_collate (ca->name, cb->name);

  if (by_name != 0)
    return by_name;

  /* Two agreements may share a title: the territories tell them apart. */
  for (guint i = 0; ca->territories[i] != NULL || cb->territories[i] != NULL; i++)
    {
      int by_code = g_strcmp0 (ca->territories[i], cb->territories[i]);

      if (by_code != 0)
        return by_code;
    }

  return 0;
}

/**
 * coop_cooperation_list_in_model:
 * @model: a model
 *
 * Finds the cooperations of a model: the territories that are parties to
 * an agreement (funders and observers aside) or in the scope of a body,
 * two or more, with the agreements and bodies that bring them together.
 * A grouping and its own members make one cooperation, whichever members
 * each source brings (see [class@Coop.Cooperation]).
 *
 * Returns: (transfer full): a list model of [class@Coop.Cooperation],
 *   sorted by name
 *
 * Since: 1.0
 */
GListModel *
coop_cooperation_list_in_model (CoopModel *model)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)gathering_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GPtrArray) cooperations = g_ptr_array_new ();
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
                  g_strdup_printf ("agreement:%s", coop_agreement_get_id (agreement)),
                  coop_agreement_get_title (agreement), NULL);
    }

  bodies = coop_model_get_bodies (model);
  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(CoopBody) body = g_list_model_get_item (bodies, i);
      g_autoptr(GPtrArray) references = g_ptr_array_new ();
      const char * const *scope = coop_body_get_scope (body);

      for (guint s = 0; scope != NULL && scope[s] != NULL; s++)
        g_ptr_array_add (references, (gpointer)scope[s]);

      add_source (by_key, order, model, references, g_strdup_printf ("body:%s", coop_body_get_id (body)),
                  NULL, coop_body_get_name (body));
    }

  for (guint i = 0; i < order->len; i++)
    {
      Gathering *gathering = g_ptr_array_index (order, i);

      gathering_finish (gathering, model);
      g_ptr_array_add (cooperations, gathering->cooperation);
    }

  g_ptr_array_sort (cooperations, cooperation_cmp);
  store = g_list_store_new (COOP_TYPE_COOPERATION);
  for (guint i = 0; i < cooperations->len; i++)
    g_list_store_append (store, g_ptr_array_index (cooperations, i));

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
 * Gets what the cooperation is called: the grouping and its members, or
 * the title of the agreement (else the name of the body) that brings the
 * territories together.
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
