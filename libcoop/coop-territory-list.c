/* coop-territory-list.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-atlas-private.h"

/*
 * A read-only list of atlas territories, by index. Items are the atlas's
 * cached objects, created on first access, so listing the 35,000 communes
 * of France costs nothing until a row is shown.
 */

#define COOP_TYPE_TERRITORY_LIST (coop_territory_list_get_type ())
G_DECLARE_FINAL_TYPE (CoopTerritoryList, coop_territory_list, COOP, TERRITORY_LIST, GObject)

struct _CoopTerritoryList
{
  GObject    parent_instance;
  CoopAtlas *atlas;
  GArray    *indexes;   /* guint32, or NULL for a range */
  guint      start;
  guint      n_items;
};

static GType
coop_territory_list_get_item_type (GListModel *model)
{
  return COOP_TYPE_TERRITORY;
}

static guint
coop_territory_list_get_n_items (GListModel *model)
{
  return COOP_TERRITORY_LIST (model)->n_items;
}

static gpointer
coop_territory_list_get_item (GListModel *model,
                              guint       position)
{
  CoopTerritoryList *self = COOP_TERRITORY_LIST (model);
  guint32 index;

  if (position >= self->n_items)
    return NULL;

  index = self->indexes != NULL ? g_array_index (self->indexes, guint32, position)
                                : self->start + position;

  return _coop_atlas_dup_territory_at (self->atlas, index);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = coop_territory_list_get_item_type;
  iface->get_n_items = coop_territory_list_get_n_items;
  iface->get_item = coop_territory_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (CoopTerritoryList, coop_territory_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
coop_territory_list_finalize (GObject *object)
{
  CoopTerritoryList *self = (CoopTerritoryList *)object;

  g_clear_object (&self->atlas);
  g_clear_pointer (&self->indexes, g_array_unref);

  G_OBJECT_CLASS (coop_territory_list_parent_class)->finalize (object);
}

static void
coop_territory_list_class_init (CoopTerritoryListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = coop_territory_list_finalize;
}

static void
coop_territory_list_init (CoopTerritoryList *self)
{
}

GListModel *
_coop_atlas_list_new (CoopAtlas *atlas,
                      GArray    *indexes)
{
  CoopTerritoryList *self = g_object_new (COOP_TYPE_TERRITORY_LIST, NULL);

  self->atlas = g_object_ref (atlas);
  self->indexes = g_array_ref (indexes);
  self->n_items = indexes->len;

  return G_LIST_MODEL (self);
}

GListModel *
_coop_atlas_list_new_range (CoopAtlas *atlas,
                            guint      start,
                            guint      end)
{
  CoopTerritoryList *self = g_object_new (COOP_TYPE_TERRITORY_LIST, NULL);

  self->atlas = g_object_ref (atlas);
  self->start = start;
  self->n_items = end - start;

  return G_LIST_MODEL (self);
}
