/* coop-atlas-data.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "coop-atlas-data-private.h"
#include "coop-i18n-private.h"
#include "coop-error.h"

struct _CoopAtlasData
{
  GBytes                    *bytes;
  GVariant                  *payload;
  GVariant                  *metadata;
  const CoopAtlasTerritory  *territories;
  const char                *strings;
  gsize                      strings_len;
  const CoopAtlasPackedCode *codes;
  const CoopAtlasMembership *memberships;
  const CoopAtlasSirenEntry *sirens;
  const char                *name_keys;
  const CoopAtlasNameEntry  *names;
  gsize                      n_territories;
  gsize                      n_memberships;
  gsize                      n_sirens;
  gsize                      name_keys_len;
  gsize                      n_names;
  guint                      kind_start[COOP_ATLAS_N_KINDS];
  guint                      kind_end[COOP_ATLAS_N_KINDS];
  /* The fixed-size tables above point into these children. Keeping them
   * costs nothing and stays correct even where GLib hands back a copy
   * (a misaligned or non-normal child) rather than a view of the file. */
  GVariant                  *tables[9];
};

gboolean
_coop_atlas_pack_code (const char          *code,
                       CoopAtlasPackedCode *packed)
{
  gsize len;

  packed->high = packed->low = 0;
  if (code == NULL)
    return FALSE;

  len = strlen (code);
  if (len == 0 || len > COOP_ATLAS_CODE_MAX_LEN)
    return FALSE;

  /* Big-endian packing makes integer order the same as string order. */
  for (gsize i = 0; i < COOP_ATLAS_CODE_MAX_LEN; i++)
    {
      guint64 c = i < len ? (guchar)code[i] : 0;

      if (i < len && !g_ascii_isalnum (code[i]))
        return FALSE;
      if (i < 8)
        packed->high |= c << (56 - 8 * i);
      else
        packed->low |= c << (56 - 8 * (i - 8));
    }

  return TRUE;
}

int
_coop_atlas_code_cmp (const CoopAtlasPackedCode *a,
                      const CoopAtlasPackedCode *b)
{
  if (a->high != b->high)
    return a->high < b->high ? -1 : 1;
  if (a->low != b->low)
    return a->low < b->low ? -1 : 1;
  return 0;
}

gboolean
_coop_atlas_parse_siren (const char *text,
                         guint64    *siren)
{
  guint64 value = 0;
  gsize i;

  if (text == NULL)
    return FALSE;

  for (i = 0; text[i] != '\0'; i++)
    {
      if (i >= 9 || !g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (guint64)(text[i] - '0');
    }

  if (i != 9)
    return FALSE;

  *siren = value;
  return TRUE;
}

static gboolean
corrupt (GError     **error,
         const char  *what)
{
  g_set_error (error, COOP_ERROR, COOP_ERROR_CORRUPT_ATLAS,
               _("the atlas file is damaged: %s"), _(what));
  return FALSE;
}

static gboolean
check_header (GBytes   *bytes,
              gsize    *payload_size,
              GError  **error)
{
  const guint8 *data;
  gsize size;
  guint32 version;
  guint32 byte_order_mark;
  guint64 declared_size;

  data = g_bytes_get_data (bytes, &size);

  if (size < COOP_ATLAS_HEADER_SIZE)
    return corrupt (error, N_("shorter than its header"));
  if (memcmp (data, COOP_ATLAS_MAGIC, COOP_ATLAS_MAGIC_LEN) != 0)
    return corrupt (error, N_("it does not start with the libcoop atlas magic"));

  memcpy (&version, data + 8, sizeof version);
  memcpy (&byte_order_mark, data + 12, sizeof byte_order_mark);
  memcpy (&declared_size, data + 16, sizeof declared_size);

  if (byte_order_mark != COOP_ATLAS_BYTE_ORDER_MARK)
    return corrupt (error, N_("written for another byte order; recompile it on this machine"));

  if (version != COOP_ATLAS_FORMAT_VERSION)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_UNSUPPORTED_VERSION,
                   _("the atlas file has format version %u; this libcoop reads version %u"),
                   version, COOP_ATLAS_FORMAT_VERSION);
      return FALSE;
    }

  if (declared_size != size - COOP_ATLAS_HEADER_SIZE)
    return corrupt (error, N_("its size does not match its header (truncated?)"));

  *payload_size = declared_size;
  return TRUE;
}

static gconstpointer
get_fixed (GVariant *payload,
           guint     child,
           gsize     element_size,
           gsize    *n_elements,
           GVariant **owner)
{
  GVariant *value = g_variant_get_child_value (payload, child);
  gconstpointer data = g_variant_get_fixed_array (value, n_elements, element_size);

  /* Children of a mapped payload point into its bytes; the reference is
   * kept only so that a copied (misaligned) child stays alive. */
  *owner = value;
  return data;
}

CoopAtlasData *
_coop_atlas_data_new (GBytes  *bytes,
                      GError **error)
{
  g_autoptr(CoopAtlasData) self = NULL;
  g_autoptr(GBytes) payload_bytes = NULL;
  gsize payload_size;
  gsize n_ranges;
  gsize n_codes;
  const guint32 *range_data;
  guint previous_end = 0;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (!check_header (bytes, &payload_size, error))
    return NULL;

  self = g_new0 (CoopAtlasData, 1);
  self->bytes = g_bytes_ref (bytes);
  payload_bytes = g_bytes_new_from_bytes (bytes, COOP_ATLAS_HEADER_SIZE, payload_size);
  self->payload = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (COOP_ATLAS_VARIANT_TYPE),
                                                                payload_bytes, FALSE));

  self->metadata = g_variant_get_child_value (self->payload, 0);
  self->territories = get_fixed (self->payload, 2, sizeof (CoopAtlasTerritory), &self->n_territories,
                                 &self->tables[2]);
  self->strings = get_fixed (self->payload, 8, 1, &self->strings_len, &self->tables[8]);

  range_data = get_fixed (self->payload, 1, 2 * sizeof (guint32), &n_ranges, &self->tables[1]);
  self->codes = get_fixed (self->payload, 3, sizeof (CoopAtlasPackedCode), &n_codes, &self->tables[3]);
  self->memberships = get_fixed (self->payload, 4, sizeof (CoopAtlasMembership),
                                 &self->n_memberships, &self->tables[4]);
  self->sirens = get_fixed (self->payload, 5, sizeof (CoopAtlasSirenEntry), &self->n_sirens, &self->tables[5]);
  self->name_keys = get_fixed (self->payload, 6, 1, &self->name_keys_len, &self->tables[6]);
  self->names = get_fixed (self->payload, 7, sizeof (CoopAtlasNameEntry), &self->n_names, &self->tables[7]);

  if (self->n_territories == 0)
    return corrupt (error, N_("it holds no territory")), NULL;
  /* Indexes are 32-bit, with G_MAXUINT32 meaning none. */
  if (self->n_territories >= COOP_ATLAS_NO_INDEX || self->n_memberships >= G_MAXUINT32)
    return corrupt (error, N_("it declares more territories than an atlas can index")), NULL;
  if (n_codes != self->n_territories)
    return corrupt (error, N_("its code table does not match its territories")), NULL;
  if (n_ranges != COOP_ATLAS_N_KINDS)
    return corrupt (error, N_("its table of kinds has the wrong size")), NULL;
  if (self->name_keys_len > 0 && self->name_keys[self->name_keys_len - 1] != '\0')
    return corrupt (error, N_("its name keys are not terminated")), NULL;
  if (self->strings_len == 0 || self->strings[self->strings_len - 1] != '\0')
    return corrupt (error, N_("its strings are not terminated")), NULL;

  for (guint kind = 0; kind < COOP_ATLAS_N_KINDS; kind++)
    {
      guint start = range_data[2 * kind];
      guint end = range_data[2 * kind + 1];

      if (start != previous_end || end < start || end > self->n_territories)
        return corrupt (error, N_("its table of kinds is inconsistent")), NULL;
      self->kind_start[kind] = start;
      self->kind_end[kind] = end;
      previous_end = end;
    }
  if (previous_end != self->n_territories)
    return corrupt (error, N_("its table of kinds does not cover every territory")), NULL;

  /* Populations are summed over perimeters (and the sums doubled by the
   * nature rule): each must be unknown (-1) or small enough that the sum
   * of all of them, doubled, fits in 64 bits. Whatever the compiler
   * writes passes (it refuses any figure above a billion). */
  {
    gint64 limit = G_MAXINT64 / 4 / (gint64)MAX (self->n_territories, self->n_memberships + 1);

    for (gsize i = 0; i < self->n_territories; i++)
      {
        const CoopAtlasTerritory *territory = &self->territories[i];

        if (territory->population_municipale < -1 || territory->population_municipale > limit ||
            territory->population_totale < -1 || territory->population_totale > limit)
          return corrupt (error, N_("a territory has a population out of range")), NULL;
      }
    for (gsize i = 0; i < self->n_memberships; i++)
      {
        const CoopAtlasMembership *membership = &self->memberships[i];

        if (membership->population_municipale < -1 || membership->population_municipale > limit ||
            membership->population_totale < -1 || membership->population_totale > limit)
          return corrupt (error, N_("a membership has a population out of range")), NULL;
      }
  }

  return g_steal_pointer (&self);
}

void
_coop_atlas_data_free (CoopAtlasData *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->metadata, g_variant_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->tables); i++)
    g_clear_pointer (&self->tables[i], g_variant_unref);
  g_clear_pointer (&self->payload, g_variant_unref);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self);
}

guint
_coop_atlas_data_get_n_territories (CoopAtlasData *self)
{
  return self->n_territories;
}

void
_coop_atlas_data_get_kind_range (CoopAtlasData     *self,
                                 CoopTerritoryKind  kind,
                                 guint             *start,
                                 guint             *end)
{
  if ((guint)kind >= COOP_ATLAS_N_KINDS)
    {
      *start = *end = 0;
      return;
    }

  *start = self->kind_start[kind];
  *end = self->kind_end[kind];
}

CoopTerritoryKind
_coop_atlas_data_get_kind (CoopAtlasData *self,
                           guint32        index)
{
  for (guint kind = 0; kind < COOP_ATLAS_N_KINDS; kind++)
    {
      if (index < self->kind_end[kind])
        return kind;
    }

  return COOP_TERRITORY_KIND_CUSTOM;
}

guint32
_coop_atlas_data_find_code (CoopAtlasData     *self,
                            CoopTerritoryKind  kind,
                            const char        *code)
{
  CoopAtlasPackedCode key;
  guint low, high;

  if ((guint)kind >= COOP_ATLAS_N_KINDS || !_coop_atlas_pack_code (code, &key))
    return COOP_ATLAS_NO_INDEX;

  low = self->kind_start[kind];
  high = self->kind_end[kind];

  while (low < high)
    {
      guint mid = low + (high - low) / 2;
      int cmp = _coop_atlas_code_cmp (&self->codes[mid], &key);

      if (cmp == 0)
        return mid;
      if (cmp < 0)
        low = mid + 1;
      else
        high = mid;
    }

  return COOP_ATLAS_NO_INDEX;
}

guint32
_coop_atlas_data_find_siren (CoopAtlasData *self,
                             guint64        siren)
{
  gsize low = 0;
  gsize high = self->n_sirens;

  while (low < high)
    {
      gsize mid = low + (high - low) / 2;

      if (self->sirens[mid].siren == siren)
        return self->sirens[mid].territory < self->n_territories ? self->sirens[mid].territory
                                                                 : COOP_ATLAS_NO_INDEX;
      if (self->sirens[mid].siren < siren)
        low = mid + 1;
      else
        high = mid;
    }

  return COOP_ATLAS_NO_INDEX;
}

void
_coop_atlas_data_get_code (CoopAtlasData *self,
                           guint32        index,
                           char           buffer[COOP_ATLAS_CODE_MAX_LEN + 1])
{
  memset (buffer, 0, COOP_ATLAS_CODE_MAX_LEN + 1);
  if (index >= self->n_territories)
    return;

  for (guint i = 0; i < COOP_ATLAS_CODE_MAX_LEN; i++)
    {
      guint64 word = i < 8 ? self->codes[index].high : self->codes[index].low;
      char c = (char)((word >> (56 - 8 * (i % 8))) & 0xff);

      if (c == '\0')
        break;
      buffer[i] = c;
    }
}

static guint32
checked_index (CoopAtlasData *self,
               guint32        index)
{
  return index < self->n_territories ? index : COOP_ATLAS_NO_INDEX;
}

/* A string of the strings table; "" for an offset out of range or text
 * that is not UTF-8, as GVariant would give for a damaged string. */
static const char *
string_at (CoopAtlasData *self,
           guint32        offset)
{
  const char *text;

  if (offset >= self->strings_len)
    return "";
  text = self->strings + offset;
  return g_utf8_validate (text, -1, NULL) ? text : "";
}

void
_coop_atlas_data_get_entry (CoopAtlasData  *self,
                            guint32         index,
                            CoopAtlasEntry *entry)
{
  const CoopAtlasTerritory *territory;

  memset (entry, 0, sizeof *entry);
  g_return_if_fail (index < self->n_territories);

  territory = &self->territories[index];
  entry->code = string_at (self, territory->code);
  entry->name = string_at (self, territory->name);
  entry->siren = string_at (self, territory->siren);

  /* Whatever the file says, the kind is the one of the range the index
   * falls in, and every value is clamped to what the enums hold. */
  entry->kind = _coop_atlas_data_get_kind (self, index);
  entry->epci_form = territory->epci_form <= COOP_EPCI_FORM_METROPOLE_DE_LYON ? territory->epci_form
                                                                             : COOP_EPCI_FORM_NONE;
  entry->fiscal_regime = territory->fiscal_regime <= COOP_FISCAL_REGIME_FA ? territory->fiscal_regime
                                                                           : COOP_FISCAL_REGIME_NONE;
  entry->nature = territory->nature <= COOP_NATURE_RURAL ? territory->nature : COOP_NATURE_RURAL;
  entry->population_municipale = MAX (territory->population_municipale, -1);
  entry->population_totale = MAX (territory->population_totale, -1);
  entry->population_year = territory->population_year;
  entry->departement = checked_index (self, territory->departement);
  entry->region = checked_index (self, territory->region);
  entry->epci = checked_index (self, territory->epci);
  entry->ept = checked_index (self, territory->ept);
  entry->members_start = territory->members_start;
  entry->members_count = territory->members_count;
  if (entry->members_start > self->n_memberships ||
      entry->members_count > self->n_memberships - entry->members_start)
    entry->members_start = entry->members_count = 0;
  if (entry->siren[0] == '\0')
    entry->siren = NULL;
}

const CoopAtlasMembership *
_coop_atlas_data_get_memberships (CoopAtlasData *self,
                                  guint32        index,
                                  guint         *n_memberships)
{
  const CoopAtlasTerritory *territory;

  *n_memberships = 0;
  if (index >= self->n_territories)
    return NULL;

  territory = &self->territories[index];
  if (territory->members_count == 0 ||
      territory->members_start > self->n_memberships ||
      territory->members_count > self->n_memberships - territory->members_start)
    return NULL;

  *n_memberships = territory->members_count;
  return &self->memberships[territory->members_start];
}

static const char *
name_key (CoopAtlasData *self,
          gsize          i)
{
  guint32 offset = self->names[i].key_offset;

  return offset < self->name_keys_len ? self->name_keys + offset : "";
}

void
_coop_atlas_data_search_names (CoopAtlasData *self,
                               const char    *key,
                               GArray        *matches)
{
  gsize key_len = strlen (key);
  gsize low = 0;
  gsize high = self->n_names;

  if (key_len == 0)
    return;

  while (low < high)
    {
      gsize mid = low + (high - low) / 2;

      if (strcmp (name_key (self, mid), key) < 0)
        low = mid + 1;
      else
        high = mid;
    }

  for (gsize i = low; i < self->n_names; i++)
    {
      const char *candidate = name_key (self, i);
      guint32 packed = self->names[i].territory;
      CoopAtlasNameMatch match;

      if (strncmp (candidate, key, key_len) != 0)
        break;

      match.territory = packed & ~COOP_ATLAS_NAME_WORD_FLAG;
      if (match.territory >= self->n_territories)
        continue;
      match.whole_name = (packed & COOP_ATLAS_NAME_WORD_FLAG) == 0;
      match.exact = match.whole_name && candidate[key_len] == '\0';
      g_array_append_val (matches, match);
    }
}

GVariant *
_coop_atlas_data_lookup_metadata (CoopAtlasData      *self,
                                  const char         *key,
                                  const GVariantType *type)
{
  return g_variant_lookup_value (self->metadata, key, type);
}
