/* coop-atlas-writer.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "coop-atlas-compiler-private.h"
#include "coop-text-private.h"

/*
 * Merges the millésimes read by coop-atlas-compiler.c into one
 * time-aware atlas (coop-atlas-format.h): one identity per kind and code
 * across every millésime, one record table per millésime.
 */

#define N_KINDS COOP_ATLAS_SNAPSHOT_KINDS

typedef struct
{
  CoopTerritoryKind    kind;
  const char          *code;
  const char          *siren;
  CoopAtlasPackedCode  packed;
  guint32              index;
} Identity;

typedef struct
{
  GPtrArray  *snapshots;
  GPtrArray  *identities;          /* Identity*, sorted by kind then code */
  GHashTable *by_kind[N_KINDS];    /* code → Identity* */
  GByteArray *strings;
  GHashTable *string_offsets;      /* text → offset + 1 */
} Writer;

static CoopSourceSnapshot *
snapshot_at (Writer *writer,
             guint   i)
{
  return g_ptr_array_index (writer->snapshots, i);
}

static CoopSourceRecord *
record_at (CoopSourceSnapshot *snapshot,
           guint32             index)
{
  return g_ptr_array_index (snapshot->records, index);
}

static guint32
add_string (Writer     *writer,
            const char *text)
{
  gpointer value;
  guint32 offset;

  if (text == NULL || text[0] == '\0')
    return 0;
  if (g_hash_table_lookup_extended (writer->string_offsets, text, NULL, &value))
    return GPOINTER_TO_UINT (value) - 1;

  offset = writer->strings->len;
  g_byte_array_append (writer->strings, (const guint8 *)text, strlen (text) + 1);
  g_hash_table_insert (writer->string_offsets, (gpointer)text, GUINT_TO_POINTER (offset + 1));
  return offset;
}

static int
identity_cmp (gconstpointer a,
              gconstpointer b)
{
  const Identity *ia = *(const Identity * const *)a;
  const Identity *ib = *(const Identity * const *)b;

  if (ia->kind != ib->kind)
    return ia->kind < ib->kind ? -1 : 1;
  return _coop_atlas_code_cmp (&ia->packed, &ib->packed);
}

static void
collect_identities (Writer *writer)
{
  for (guint s = 0; s < writer->snapshots->len; s++)
    {
      CoopSourceSnapshot *snapshot = snapshot_at (writer, s);

      for (guint i = 0; i < snapshot->records->len; i++)
        {
          CoopSourceRecord *record = record_at (snapshot, i);
          Identity *identity = g_hash_table_lookup (writer->by_kind[record->kind], record->code);

          if (identity == NULL)
            {
              identity = g_new0 (Identity, 1);
              identity->kind = record->kind;
              identity->code = record->code;
              _coop_atlas_pack_code (record->code, &identity->packed);
              g_hash_table_insert (writer->by_kind[record->kind], (gpointer)record->code, identity);
              g_ptr_array_add (writer->identities, identity);
            }
          /* The latest SIREN known names the territory. */
          if (record->siren != NULL)
            identity->siren = record->siren;
        }
    }

  g_ptr_array_sort (writer->identities, identity_cmp);
  for (guint i = 0; i < writer->identities->len; i++)
    ((Identity *)g_ptr_array_index (writer->identities, i))->index = i;

  for (guint s = 0; s < writer->snapshots->len; s++)
    {
      CoopSourceSnapshot *snapshot = snapshot_at (writer, s);

      for (guint i = 0; i < snapshot->records->len; i++)
        {
          CoopSourceRecord *record = record_at (snapshot, i);
          Identity *identity = g_hash_table_lookup (writer->by_kind[record->kind], record->code);

          record->identity = identity->index;
        }
    }
}

static guint32
identity_of (CoopSourceSnapshot *snapshot,
             guint32             index)
{
  return index != COOP_ATLAS_NO_INDEX ? record_at (snapshot, index)->identity : COOP_ATLAS_NO_INDEX;
}

static gint32
population32 (gint64 population)
{
  /* The compiler caps populations at COOP_ATLAS_MAX_POPULATION. */
  return population < 0 ? -1 : (gint32)MIN (population, COOP_ATLAS_MAX_POPULATION);
}

static GVariant *
build_millesime (Writer             *writer,
                 CoopSourceSnapshot *snapshot)
{
  g_auto(GVariantBuilder) metadata = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE_VARDICT);
  guint n_identities = writer->identities->len;
  g_autofree CoopAtlasRecord *records = g_new0 (CoopAtlasRecord, MAX (n_identities, 1));
  g_autoptr(GArray) present = g_array_sized_new (FALSE, FALSE, sizeof (guint32), snapshot->records->len);
  g_autoptr(GArray) memberships = g_array_new (FALSE, TRUE, sizeof (CoopAtlasMembership));

  g_variant_builder_add (&metadata, "{sv}", "year", g_variant_new_uint32 (snapshot->year));
  g_variant_builder_add (&metadata, "{sv}", "source-version", g_variant_new_string (snapshot->source_version));
  g_variant_builder_add (&metadata, "{sv}", "population-year", g_variant_new_uint32 (snapshot->population_year));
  g_variant_builder_add (&metadata, "{sv}", "member-population-year",
                         g_variant_new_uint32 (snapshot->member_population_year));

  for (guint i = 0; i < n_identities; i++)
    {
      CoopAtlasRecord *record = &records[i];

      record->population_municipale = record->population_totale = -1;
      record->departement = record->region = record->epci = record->ept = record->parent = COOP_ATLAS_NO_INDEX;
      record->nature = COOP_NATURE_RURAL;
    }

  /* Snapshot records are sorted by kind and code, as identities are, so
   * memberships come out in identity order. */
  for (guint i = 0; i < snapshot->records->len; i++)
    {
      CoopSourceRecord *source = record_at (snapshot, i);
      CoopAtlasRecord *record = &records[source->identity];
      guint n_members = source->members != NULL ? source->members->len : 0;

      g_array_append_val (present, source->identity);
      record->name = add_string (writer, source->name);
      record->population_municipale = population32 (source->population_municipale);
      record->population_totale = population32 (source->population_totale);
      record->population_year = source->population_year;
      record->departement = identity_of (snapshot, source->departement);
      record->region = identity_of (snapshot, source->region);
      record->epci = identity_of (snapshot, source->epci);
      record->ept = identity_of (snapshot, source->ept);
      record->parent = identity_of (snapshot, source->parent);
      record->epci_form = source->epci_form;
      record->fiscal_regime = source->fiscal_regime;
      record->nature = source->nature;
      record->flags = COOP_ATLAS_RECORD_PRESENT;
      record->members_start = memberships->len;
      record->members_count = n_members;

      for (guint m = 0; m < n_members; m++)
        {
          CoopPendingMember *pending = &g_array_index (source->members, CoopPendingMember, m);
          CoopAtlasMembership membership;

          memset (&membership, 0, sizeof membership);
          membership.member = identity_of (snapshot, pending->member);
          membership.population_municipale = population32 (pending->population_municipale);
          membership.population_totale = population32 (pending->population_totale);
          g_array_append_val (memberships, membership);
        }
    }

  return g_variant_new ("(@a{sv}@au@a" COOP_ATLAS_RECORD_TYPE "@a(uii))",
                        g_variant_builder_end (&metadata),
                        g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, present->data, present->len,
                                                   sizeof (guint32)),
                        g_variant_new_fixed_array (G_VARIANT_TYPE (COOP_ATLAS_RECORD_TYPE), records,
                                                   n_identities, sizeof (CoopAtlasRecord)),
                        g_variant_new_fixed_array (G_VARIANT_TYPE ("(uii)"), memberships->data,
                                                   memberships->len, sizeof (CoopAtlasMembership)));
}

typedef struct
{
  const char *keys;
  CoopAtlasNameEntry entry;
} NameSortEntry;

static int
name_entry_cmp (gconstpointer a,
                gconstpointer b)
{
  const NameSortEntry *ea = a;
  const NameSortEntry *eb = b;
  int cmp = strcmp (ea->keys + ea->entry.key_offset, eb->keys + eb->entry.key_offset);

  if (cmp != 0)
    return cmp;
  if (ea->entry.territory != eb->entry.territory)
    return ea->entry.territory < eb->entry.territory ? -1 : 1;
  return ea->entry.name < eb->entry.name ? -1 : (ea->entry.name > eb->entry.name);
}

/* Every name a territory bore in any millésime, each word start a key, so
 * that "voiron" finds "CA du Pays Voironnais" and a former name still
 * finds the territory in the millésimes where it bore it. */
static GVariant *
build_name_index (Writer    *writer,
                  GVariant **keys_out)
{
  g_autoptr(GByteArray) keys = g_byte_array_new ();
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (NameSortEntry));
  g_autoptr(GArray) packed = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint s = 0; s < writer->snapshots->len; s++)
    {
      CoopSourceSnapshot *snapshot = snapshot_at (writer, s);

      for (guint i = 0; i < snapshot->records->len; i++)
        {
          CoopSourceRecord *record = record_at (snapshot, i);
          g_autofree char *seen_key = g_strdup_printf ("%u\t%s", record->identity, record->name);
          g_autofree char *key = NULL;
          guint32 name = add_string (writer, record->name);
          guint32 start;

          if (!g_hash_table_add (seen, g_steal_pointer (&seen_key)))
            continue;

          key = _coop_text_normalise (record->name);
          start = keys->len;
          g_byte_array_append (keys, (const guint8 *)key, strlen (key) + 1);

          for (const char *p = key; *p != '\0'; p++)
            {
              if (p == key || p[-1] == ' ')
                {
                  NameSortEntry entry = { NULL, { start + (guint32)(p - key), record->identity, name } };

                  if (p != key)
                    entry.entry.territory |= COOP_ATLAS_NAME_WORD_FLAG;
                  g_array_append_val (entries, entry);
                }
            }
        }
    }

  for (guint i = 0; i < entries->len; i++)
    g_array_index (entries, NameSortEntry, i).keys = (const char *)keys->data;
  g_array_sort (entries, name_entry_cmp);

  packed = g_array_sized_new (FALSE, TRUE, sizeof (CoopAtlasNameEntry), entries->len);
  for (guint i = 0; i < entries->len; i++)
    g_array_append_val (packed, g_array_index (entries, NameSortEntry, i).entry);

  *keys_out = g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, keys->data, keys->len, 1);
  return g_variant_new_fixed_array (G_VARIANT_TYPE ("(uuu)"), packed->data, packed->len,
                                    sizeof (CoopAtlasNameEntry));
}

static int
siren_entry_cmp (gconstpointer a,
                 gconstpointer b)
{
  const CoopAtlasSirenEntry *ea = a;
  const CoopAtlasSirenEntry *eb = b;

  if (ea->siren != eb->siren)
    return ea->siren < eb->siren ? -1 : 1;
  return ea->territory < eb->territory ? -1 : (ea->territory > eb->territory);
}

static GVariant *
build_identities (Writer    *writer,
                  GVariant **codes_out,
                  GVariant **sirens_out)
{
  g_autoptr(GArray) identities = g_array_new (FALSE, TRUE, sizeof (CoopAtlasIdentity));
  g_autoptr(GArray) codes = g_array_new (FALSE, TRUE, sizeof (CoopAtlasPackedCode));
  g_autoptr(GArray) sirens = g_array_new (FALSE, TRUE, sizeof (CoopAtlasSirenEntry));

  for (guint i = 0; i < writer->identities->len; i++)
    {
      Identity *identity = g_ptr_array_index (writer->identities, i);
      CoopAtlasIdentity entry = { add_string (writer, identity->code), add_string (writer, identity->siren) };
      guint64 siren;

      g_array_append_val (identities, entry);
      g_array_append_val (codes, identity->packed);
      /* A SIREN has nine digits, so it fits in 32 bits. */
      if (_coop_atlas_parse_siren (identity->siren, &siren))
        {
          CoopAtlasSirenEntry siren_entry = { (guint32)siren, i };

          g_array_append_val (sirens, siren_entry);
        }
    }
  g_array_sort (sirens, siren_entry_cmp);

  *codes_out = g_variant_new_fixed_array (G_VARIANT_TYPE ("(tt)"), codes->data, codes->len,
                                          sizeof (CoopAtlasPackedCode));
  *sirens_out = g_variant_new_fixed_array (G_VARIANT_TYPE ("(uu)"), sirens->data, sirens->len,
                                           sizeof (CoopAtlasSirenEntry));
  return g_variant_new_fixed_array (G_VARIANT_TYPE ("(uu)"), identities->data, identities->len,
                                    sizeof (CoopAtlasIdentity));
}

typedef struct
{
  GArray     *entries;   /* CoopAtlasFormerEntry */
  GHashTable *seen;      /* "code\tidentity" */
} FormerTable;

static void
add_former (FormerTable *table,
            const char  *code,
            guint32      successor,
            guint        year)
{
  CoopAtlasFormerEntry entry;
  char *key = g_strdup_printf ("%s\t%u", code, successor);

  if (successor == COOP_ATLAS_NO_INDEX || !g_hash_table_add (table->seen, key))
    return;

  memset (&entry, 0, sizeof entry);
  _coop_atlas_pack_code (code, &entry.code);
  entry.successor = successor;
  entry.year = year;
  g_array_append_val (table->entries, entry);
}

static gboolean
present_in (CoopSourceSnapshot *snapshot,
            CoopTerritoryKind   kind,
            const char         *code)
{
  return _coop_source_snapshot_find (snapshot, kind, code) != COOP_ATLAS_NO_INDEX;
}

/* The millésime from which @code stopped being a commune, before
 * millésime @until; 0 when it was none in any millésime held. */
static guint
commune_end_year (Writer     *writer,
                  const char *code,
                  guint       until)
{
  for (guint s = until; s > 0; s--)
    {
      if (present_in (snapshot_at (writer, s - 1), COOP_TERRITORY_KIND_COMMUNE, code) &&
          !present_in (snapshot_at (writer, s), COOP_TERRITORY_KIND_COMMUNE, code))
        return snapshot_at (writer, s)->year;
    }

  return 0;
}

static int
former_entry_cmp (gconstpointer a,
                  gconstpointer b)
{
  const CoopAtlasFormerEntry *ea = a;
  const CoopAtlasFormerEntry *eb = b;
  int cmp = _coop_atlas_code_cmp (&ea->code, &eb->code);

  if (cmp != 0)
    return cmp;
  return ea->successor < eb->successor ? -1 : (ea->successor > eb->successor);
}

static GVariant *
build_former (Writer *writer)
{
  FormerTable table = { g_array_new (FALSE, TRUE, sizeof (CoopAtlasFormerEntry)),
                        g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) };
  GVariant *result;

  for (guint s = 0; s < writer->snapshots->len; s++)
    {
      CoopSourceSnapshot *snapshot = snapshot_at (writer, s);
      CoopSourceSnapshot *previous = s > 0 ? snapshot_at (writer, s - 1) : NULL;

      for (guint i = 0; i < snapshot->records->len; i++)
        {
          CoopSourceRecord *record = record_at (snapshot, i);

          /* The source's own list of the codes a commune absorbed. */
          for (guint f = 0; record->former_codes != NULL && record->former_codes[f] != NULL; f++)
            {
              const char *code = record->former_codes[f];

              if (record->kind == COOP_TERRITORY_KIND_COMMUNE && !g_str_equal (code, record->code) &&
                  !present_in (snapshot, COOP_TERRITORY_KIND_COMMUNE, code))
                add_former (&table, code, record->identity, commune_end_year (writer, code, s));
            }
        }

      if (previous == NULL)
        continue;

      /* Codes of the previous millésime that this one lacks. */
      for (guint i = 0; i < previous->records->len; i++)
        {
          CoopSourceRecord *gone = record_at (previous, i);
          guint32 found;

          if (present_in (snapshot, gone->kind, gone->code))
            continue;

          if (gone->kind == COOP_TERRITORY_KIND_COMMUNE)
            {
              /* It lives on as a commune déléguée or associée. */
              found = _coop_source_snapshot_find (snapshot, COOP_TERRITORY_KIND_COMMUNE_DELEGUEE, gone->code);
              if (found == COOP_ATLAS_NO_INDEX)
                found = _coop_source_snapshot_find (snapshot, COOP_TERRITORY_KIND_COMMUNE_ASSOCIEE, gone->code);
              if (found != COOP_ATLAS_NO_INDEX && record_at (snapshot, found)->parent != COOP_ATLAS_NO_INDEX)
                add_former (&table, gone->code,
                            record_at (snapshot, record_at (snapshot, found)->parent)->identity,
                            snapshot->year);
            }
          else if (gone->kind == COOP_TERRITORY_KIND_EPCI && gone->members != NULL)
            {
              /* An EPCI that merged or split: the EPCI of each of its
               * communes in this millésime. */
              for (guint m = 0; m < gone->members->len; m++)
                {
                  CoopPendingMember *member = &g_array_index (gone->members, CoopPendingMember, m);
                  guint32 commune = _coop_source_snapshot_find (snapshot, COOP_TERRITORY_KIND_COMMUNE,
                                                                record_at (previous, member->member)->code);

                  if (commune != COOP_ATLAS_NO_INDEX && record_at (snapshot, commune)->epci != COOP_ATLAS_NO_INDEX)
                    add_former (&table, gone->code,
                                record_at (snapshot, record_at (snapshot, commune)->epci)->identity,
                                snapshot->year);
                }
            }
        }
    }

  g_array_sort (table.entries, former_entry_cmp);
  result = g_variant_new_fixed_array (G_VARIANT_TYPE ("(ttuq)"), table.entries->data, table.entries->len,
                                      sizeof (CoopAtlasFormerEntry));
  g_array_unref (table.entries);
  g_hash_table_unref (table.seen);

  return result;
}

static GVariant *
build_kind_ranges (Writer *writer)
{
  g_auto(GVariantBuilder) ranges = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a(uu)"));
  guint start = 0;

  for (guint kind = 0; kind < N_KINDS; kind++)
    {
      guint end = start;

      while (end < writer->identities->len &&
             ((Identity *)g_ptr_array_index (writer->identities, end))->kind == kind)
        end++;
      g_variant_builder_add (&ranges, "(uu)", start, end);
      start = end;
    }

  return g_variant_builder_end (&ranges);
}

GBytes *
_coop_atlas_write (GPtrArray *snapshots)
{
  g_auto(GVariantBuilder) metadata = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE_VARDICT);
  g_auto(GVariantBuilder) millesimes = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a" COOP_ATLAS_MILLESIME_TYPE));
  g_autoptr(GVariant) payload = NULL;
  GVariant *codes, *sirens, *identities, *name_keys = NULL, *names, *former, *ranges;
  CoopSourceSnapshot *latest;
  Writer writer;
  GByteArray *file;
  guint32 header[4];
  guint64 payload_size;

  g_return_val_if_fail (snapshots != NULL && snapshots->len > 0, NULL);

  memset (&writer, 0, sizeof writer);
  writer.snapshots = snapshots;
  writer.identities = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < N_KINDS; i++)
    writer.by_kind[i] = g_hash_table_new (g_str_hash, g_str_equal);
  writer.strings = g_byte_array_new ();
  writer.string_offsets = g_hash_table_new (g_str_hash, g_str_equal);
  /* Offset 0 is the empty string, for territories without a SIREN. */
  g_byte_array_append (writer.strings, (const guint8 *)"", 1);

  latest = g_ptr_array_index (snapshots, snapshots->len - 1);
  g_variant_builder_add (&metadata, "{sv}", "source", g_variant_new_string (latest->source_name));

  collect_identities (&writer);
  identities = build_identities (&writer, &codes, &sirens);
  names = build_name_index (&writer, &name_keys);
  former = build_former (&writer);
  ranges = build_kind_ranges (&writer);
  for (guint s = 0; s < snapshots->len; s++)
    g_variant_builder_add_value (&millesimes, build_millesime (&writer, snapshot_at (&writer, s)));

  payload = g_variant_ref_sink (g_variant_new ("(@a{sv}@a(uu)@a(tt)@a(uu)@a(uu)@ay@a(uuu)@a(ttuq)@ay@a"
                                               COOP_ATLAS_MILLESIME_TYPE ")",
                                               g_variant_builder_end (&metadata), ranges, codes, identities,
                                               sirens, name_keys, names, former,
                                               g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE,
                                                                          writer.strings->data,
                                                                          writer.strings->len, 1),
                                               g_variant_builder_end (&millesimes)));

  payload_size = g_variant_get_size (payload);
  file = g_byte_array_sized_new (COOP_ATLAS_HEADER_SIZE + payload_size);
  g_byte_array_append (file, (const guint8 *)COOP_ATLAS_MAGIC, COOP_ATLAS_MAGIC_LEN);
  header[0] = COOP_ATLAS_FORMAT_VERSION;
  header[1] = COOP_ATLAS_BYTE_ORDER_MARK;
  memcpy (&header[2], &payload_size, sizeof payload_size);
  g_byte_array_append (file, (const guint8 *)header, sizeof header);
  g_byte_array_set_size (file, COOP_ATLAS_HEADER_SIZE + payload_size);
  g_variant_store (payload, file->data + COOP_ATLAS_HEADER_SIZE);

  g_ptr_array_unref (writer.identities);
  for (guint i = 0; i < N_KINDS; i++)
    g_hash_table_unref (writer.by_kind[i]);
  g_byte_array_unref (writer.strings);
  g_hash_table_unref (writer.string_offsets);

  return g_byte_array_free_to_bytes (file);
}
