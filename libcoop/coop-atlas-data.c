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
  GBytes                     *bytes;
  GVariant                   *payload;
  GVariant                   *metadata;
  GVariant                   *millesime_metadata;
  const CoopAtlasPackedCode  *codes;
  const CoopAtlasIdentity    *identities;
  const CoopAtlasSirenEntry  *sirens;
  const char                 *name_keys;
  const CoopAtlasNameEntry   *names;
  const CoopAtlasFormerEntry *former;
  const char                 *strings;
  const guint32              *present;
  const CoopAtlasRecord      *records;
  const CoopAtlasMembership  *memberships;
  gsize                       n_territories;
  gsize                       n_sirens;
  gsize                       name_keys_len;
  gsize                       n_names;
  gsize                       n_former;
  gsize                       strings_len;
  gsize                       n_present;
  gsize                       n_memberships;
  guint                       kind_start[COOP_ATLAS_N_KINDS];
  guint                       kind_end[COOP_ATLAS_N_KINDS];
  guint                       present_start[COOP_ATLAS_N_KINDS];
  guint                       present_end[COOP_ATLAS_N_KINDS];
  guint                       year;
  GArray                     *years;
  /* The fixed-size tables above point into these children. Keeping them
   * costs nothing and stays correct even where GLib hands back a copy
   * (a misaligned or non-normal child) rather than a view of the file. */
  GVariant                   *tables[16];
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
get_fixed (GVariant  *parent,
           guint      child,
           gsize      element_size,
           gsize     *n_elements,
           GVariant **owner)
{
  GVariant *value = g_variant_get_child_value (parent, child);
  gconstpointer data = g_variant_get_fixed_array (value, n_elements, element_size);

  /* Children of a mapped payload point into its bytes; the reference is
   * kept only so that a copied (misaligned) child stays alive. */
  *owner = value;
  return data;
}

static guint
millesime_year (GVariant *millesime)
{
  g_autoptr(GVariant) metadata = g_variant_get_child_value (millesime, 0);
  guint32 year = 0;

  g_variant_lookup (metadata, "year", "u", &year);
  return year;
}

static gboolean
select_millesime (CoopAtlasData  *self,
                  guint           year,
                  GError        **error)
{
  g_autoptr(GVariant) millesimes = g_variant_get_child_value (self->payload, 9);
  g_autoptr(GVariant) millesime = NULL;
  gsize n_millesimes = g_variant_n_children (millesimes);
  gsize n_records;
  gsize chosen = n_millesimes;

  if (n_millesimes == 0)
    return corrupt (error, N_("it holds no millésime"));

  self->years = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_millesimes);
  for (gsize i = 0; i < n_millesimes; i++)
    {
      g_autoptr(GVariant) child = g_variant_get_child_value (millesimes, i);
      guint child_year = millesime_year (child);

      if (i > 0 && child_year <= g_array_index (self->years, guint, i - 1))
        return corrupt (error, N_("its millésimes are not in order"));
      g_array_append_val (self->years, child_year);
      if (child_year == year)
        chosen = i;
    }

  /* Year 0 is the latest millésime. */
  if (year == 0)
    chosen = n_millesimes - 1;
  if (chosen == n_millesimes)
    {
      g_autoptr(GString) held = g_string_new (NULL);

      for (guint i = 0; i < self->years->len; i++)
        g_string_append_printf (held, "%s%u", i > 0 ? ", " : "", g_array_index (self->years, guint, i));
      g_set_error (error, COOP_ERROR, COOP_ERROR_NOT_FOUND,
                   _("the atlas holds no millésime %u; it holds %s"), year, held->str);
      return FALSE;
    }

  millesime = g_variant_get_child_value (millesimes, chosen);
  self->year = g_array_index (self->years, guint, chosen);
  self->millesime_metadata = g_variant_get_child_value (millesime, 0);
  self->present = get_fixed (millesime, 1, sizeof (guint32), &self->n_present, &self->tables[10]);
  self->records = get_fixed (millesime, 2, sizeof (CoopAtlasRecord), &n_records, &self->tables[11]);
  self->memberships = get_fixed (millesime, 3, sizeof (CoopAtlasMembership), &self->n_memberships,
                                 &self->tables[12]);

  if (n_records != self->n_territories)
    return corrupt (error, N_("a millésime’s records do not match its territories"));
  if (self->n_memberships >= G_MAXUINT32)
    return corrupt (error, N_("it declares more territories than an atlas can index"));

  /* The present list must be strictly increasing and name territories the
   * atlas holds: counts and lists are read from it, so a damaged list would
   * make them disagree. One pass, linear in the list. */
  for (gsize i = 0; i < self->n_present; i++)
    {
      if (self->present[i] >= self->n_territories ||
          (i > 0 && self->present[i] <= self->present[i - 1]))
        return corrupt (error, N_("a millésime’s list of territories is not sorted or names a territory it does not hold"));
    }

  /* The present list is sorted, so each kind's part of it is found by
   * two binary searches on the kind's range of identities. */
  for (guint kind = 0; kind < COOP_ATLAS_N_KINDS; kind++)
    {
      gsize low = 0, high = self->n_present;

      while (low < high)
        {
          gsize mid = low + (high - low) / 2;

          if (self->present[mid] < self->kind_start[kind])
            low = mid + 1;
          else
            high = mid;
        }
      self->present_start[kind] = low;
      high = self->n_present;
      while (low < high)
        {
          gsize mid = low + (high - low) / 2;

          if (self->present[mid] < self->kind_end[kind])
            low = mid + 1;
          else
            high = mid;
        }
      self->present_end[kind] = low;
    }

  return TRUE;
}

CoopAtlasData *
_coop_atlas_data_new (GBytes  *bytes,
                      guint    year,
                      GError **error)
{
  g_autoptr(CoopAtlasData) self = NULL;
  g_autoptr(GBytes) payload_bytes = NULL;
  gsize payload_size;
  gsize n_ranges;
  gsize n_identities;
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
  range_data = get_fixed (self->payload, 1, 2 * sizeof (guint32), &n_ranges, &self->tables[1]);
  self->codes = get_fixed (self->payload, 2, sizeof (CoopAtlasPackedCode), &self->n_territories,
                           &self->tables[2]);
  self->identities = get_fixed (self->payload, 3, sizeof (CoopAtlasIdentity), &n_identities, &self->tables[3]);
  self->sirens = get_fixed (self->payload, 4, sizeof (CoopAtlasSirenEntry), &self->n_sirens, &self->tables[4]);
  self->name_keys = get_fixed (self->payload, 5, 1, &self->name_keys_len, &self->tables[5]);
  self->names = get_fixed (self->payload, 6, sizeof (CoopAtlasNameEntry), &self->n_names, &self->tables[6]);
  self->former = get_fixed (self->payload, 7, sizeof (CoopAtlasFormerEntry), &self->n_former, &self->tables[7]);
  self->strings = get_fixed (self->payload, 8, 1, &self->strings_len, &self->tables[8]);

  if (self->n_territories == 0)
    return corrupt (error, N_("it holds no territory")), NULL;
  /* Indexes are 32-bit, with G_MAXUINT32 meaning none. */
  if (self->n_territories >= COOP_ATLAS_NO_INDEX)
    return corrupt (error, N_("it declares more territories than an atlas can index")), NULL;
  if (n_identities != self->n_territories)
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

  if (!select_millesime (self, year, error))
    return NULL;

  /* Populations are summed over perimeters (and the sums doubled by the
   * nature rule): each must be unknown (-1) or at most what the compiler
   * accepts, so that no sum overflows. Only the millésime opened is read. */
  for (gsize i = 0; i < self->n_territories; i++)
    {
      const CoopAtlasRecord *record = &self->records[i];

      if (record->population_municipale < -1 || record->population_municipale > COOP_ATLAS_MAX_POPULATION ||
          record->population_totale < -1 || record->population_totale > COOP_ATLAS_MAX_POPULATION)
        return corrupt (error, N_("a territory has a population out of range")), NULL;
    }
  for (gsize i = 0; i < self->n_memberships; i++)
    {
      const CoopAtlasMembership *membership = &self->memberships[i];

      if (membership->population_municipale < -1 || membership->population_municipale > COOP_ATLAS_MAX_POPULATION ||
          membership->population_totale < -1 || membership->population_totale > COOP_ATLAS_MAX_POPULATION)
        return corrupt (error, N_("a membership has a population out of range")), NULL;
    }

  return g_steal_pointer (&self);
}

void
_coop_atlas_data_free (CoopAtlasData *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->metadata, g_variant_unref);
  g_clear_pointer (&self->millesime_metadata, g_variant_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->tables); i++)
    g_clear_pointer (&self->tables[i], g_variant_unref);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->payload, g_variant_unref);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self);
}

GBytes *
_coop_atlas_data_get_bytes (CoopAtlasData *self)
{
  return self->bytes;
}

guint
_coop_atlas_data_get_year (CoopAtlasData *self)
{
  return self->year;
}

GArray *
_coop_atlas_data_get_years (CoopAtlasData *self)
{
  return self->years;
}

gboolean
_coop_atlas_data_is_present (CoopAtlasData *self,
                             guint32        index)
{
  return index < self->n_territories && (self->records[index].flags & COOP_ATLAS_RECORD_PRESENT) != 0;
}

void
_coop_atlas_data_get_present (CoopAtlasData      *self,
                              CoopTerritoryKind   kind,
                              const guint32     **indexes,
                              guint              *n_indexes)
{
  /* A millésime may hold no territory at all: no offset from NULL. */
  if ((guint)kind >= COOP_ATLAS_N_KINDS || self->present == NULL)
    {
      *indexes = NULL;
      *n_indexes = 0;
      return;
    }

  *indexes = self->present + self->present_start[kind];
  *n_indexes = self->present_end[kind] - self->present_start[kind];
}

guint
_coop_atlas_data_get_n_territories (CoopAtlasData *self)
{
  return self->n_territories;
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

/* The identity of a code of @kind in any millésime; codes are compared
 * without case, so "2a004" names Ajaccio. */
guint32
_coop_atlas_data_find_identity (CoopAtlasData     *self,
                                CoopTerritoryKind  kind,
                                const char        *code)
{
  char upper[COOP_ATLAS_CODE_MAX_LEN + 1];
  CoopAtlasPackedCode key;
  guint low, high;
  gsize len;

  if ((guint)kind >= COOP_ATLAS_N_KINDS || code == NULL)
    return COOP_ATLAS_NO_INDEX;
  len = strlen (code);
  if (len > COOP_ATLAS_CODE_MAX_LEN)
    return COOP_ATLAS_NO_INDEX;
  for (gsize i = 0; i <= len; i++)
    upper[i] = g_ascii_toupper (code[i]);
  if (!_coop_atlas_pack_code (upper, &key))
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

/* The territory of a code of @kind that exists in this millésime. */
guint32
_coop_atlas_data_find_code (CoopAtlasData     *self,
                            CoopTerritoryKind  kind,
                            const char        *code)
{
  guint32 index = _coop_atlas_data_find_identity (self, kind, code);

  return _coop_atlas_data_is_present (self, index) ? index : COOP_ATLAS_NO_INDEX;
}

/* Appends to @out the (successor, year) pairs of a former code: the
 * territories of this millésime it became part of, following a chain of
 * changes (a commune merged into one that merged again). */
void
_coop_atlas_data_find_former (CoopAtlasData *self,
                              const char    *code,
                              GArray        *out)
{
  char upper[COOP_ATLAS_CODE_MAX_LEN + 1];
  CoopAtlasPackedCode key;
  gsize low = 0, high = self->n_former;
  gsize len;

  if (code == NULL || (len = strlen (code)) > COOP_ATLAS_CODE_MAX_LEN)
    return;
  for (gsize i = 0; i <= len; i++)
    upper[i] = g_ascii_toupper (code[i]);
  if (!_coop_atlas_pack_code (upper, &key))
    return;

  while (low < high)
    {
      gsize mid = low + (high - low) / 2;

      if (_coop_atlas_code_cmp (&self->former[mid].code, &key) < 0)
        low = mid + 1;
      else
        high = mid;
    }

  for (gsize i = low; i < self->n_former && _coop_atlas_code_cmp (&self->former[i].code, &key) == 0; i++)
    {
      CoopAtlasFormerMatch match = { self->former[i].successor, self->former[i].year };
      gboolean seen = FALSE;

      if (match.successor >= self->n_territories)
        continue;
      /* A successor absent from this millésime has not happened yet (an
       * older millésime) or changed again; only the first is reported. */
      if (!_coop_atlas_data_is_present (self, match.successor))
        continue;
      if (match.year > self->year)
        continue;
      for (guint j = 0; j < out->len; j++)
        seen = seen || g_array_index (out, CoopAtlasFormerMatch, j).successor == match.successor;
      if (!seen)
        g_array_append_val (out, match);
    }
}

guint32
_coop_atlas_data_find_siren (CoopAtlasData *self,
                             guint64        siren)
{
  gsize low = 0;
  gsize high = self->n_sirens;

  if (siren > G_MAXUINT32)
    return COOP_ATLAS_NO_INDEX;

  while (low < high)
    {
      gsize mid = low + (high - low) / 2;

      if (self->sirens[mid].siren < siren)
        low = mid + 1;
      else
        high = mid;
    }

  /* A SIREN may have named another code in another millésime (a commune
   * whose code changed): the one of this millésime answers. */
  for (gsize i = low; i < self->n_sirens && self->sirens[i].siren == siren; i++)
    {
      if (_coop_atlas_data_is_present (self, self->sirens[i].territory))
        return self->sirens[i].territory;
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
  const CoopAtlasRecord *record;

  memset (entry, 0, sizeof *entry);
  g_return_if_fail (index < self->n_territories);

  record = &self->records[index];
  entry->code = string_at (self, self->identities[index].code);
  entry->siren = string_at (self, self->identities[index].siren);
  entry->name = string_at (self, record->name);
  entry->present = (record->flags & COOP_ATLAS_RECORD_PRESENT) != 0;

  /* Whatever the file says, the kind is the one of the range the index
   * falls in, and every value is clamped to what the enums hold. */
  entry->kind = _coop_atlas_data_get_kind (self, index);
  entry->epci_form = record->epci_form <= COOP_EPCI_FORM_METROPOLE_DE_LYON ? record->epci_form
                                                                          : COOP_EPCI_FORM_NONE;
  entry->fiscal_regime = record->fiscal_regime <= COOP_FISCAL_REGIME_FA ? record->fiscal_regime
                                                                        : COOP_FISCAL_REGIME_NONE;
  entry->nature = record->nature <= COOP_NATURE_RURAL ? record->nature : COOP_NATURE_RURAL;
  entry->population_municipale = MAX (record->population_municipale, -1);
  entry->population_totale = MAX (record->population_totale, -1);
  entry->population_year = record->population_year;
  entry->departement = checked_index (self, record->departement);
  entry->region = checked_index (self, record->region);
  entry->epci = checked_index (self, record->epci);
  entry->ept = checked_index (self, record->ept);
  entry->parent = checked_index (self, record->parent);
  entry->members_start = record->members_start;
  entry->members_count = record->members_count;
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
  const CoopAtlasRecord *record;

  *n_memberships = 0;
  if (index >= self->n_territories)
    return NULL;

  record = &self->records[index];
  if (record->members_count == 0 ||
      record->members_start > self->n_memberships ||
      record->members_count > self->n_memberships - record->members_start)
    return NULL;

  *n_memberships = record->members_count;
  return &self->memberships[record->members_start];
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
      /* The name must be the one the territory bears in this millésime. */
      if (!_coop_atlas_data_is_present (self, match.territory) ||
          self->records[match.territory].name != self->names[i].name)
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
  GVariant *value = g_variant_lookup_value (self->millesime_metadata, key, type);

  return value != NULL ? value : g_variant_lookup_value (self->metadata, key, type);
}
