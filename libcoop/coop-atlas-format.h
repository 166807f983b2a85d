/* coop-atlas-format.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The compiled atlas file: every millésime of the map in one file.
 *
 * A fixed header, then one GVariant in the native byte order:
 *
 *   offset  size  field
 *   0       8     magic "COOPATLS"
 *   8       4     format version (COOP_ATLAS_FORMAT_VERSION)
 *   12      4     byte-order mark 0x01020304 as written by the compiler
 *   16      8     length of the GVariant payload in bytes
 *   24      n     payload of type COOP_ATLAS_VARIANT_TYPE
 *
 * The payload is read with trusted=FALSE, so a damaged payload yields
 * default values rather than out-of-bounds reads; the reader checks every
 * index and offset it follows against the table it points into.
 *
 * Time-aware layout. A territory (a kind and a code: commune 38563, EPCI
 * 243800984…) that exists in any millésime has one *identity*, a position
 * in the identity tables, the same in every millésime. What does not
 * change with time is stored once per identity (its code, its SIREN, the
 * words of every name it ever had); what does is stored once per
 * millésime, in a record table indexed by identity: name, populations,
 * containers, members. A territory that does not exist in a millésime has
 * a record there without the PRESENT flag. Opening another millésime is
 * picking another child of the millésimes array: it costs the same.
 *
 * Every table but the metadata holds fixed-size elements, read in place
 * from the mapped file: an element is found in constant time. (Version 1
 * stored territories as an array of variable-size tuples; GLib 2.74 then
 * re-checks the framing offsets of every preceding element on each
 * access to untrusted data, which made a first lookup cost ~15 µs. The
 * millésimes array has variable-size elements, but a handful of them,
 * each read once when an atlas is opened.)
 *
 * Payload fields, in order:
 *   metadata      a{sv}   source
 *   kind-ranges   a(uu)   [start, end) of each atlas kind among identities
 *   codes         a(tt)   each identity's code packed big-endian in 16
 *                         bytes; sorted by kind, then code
 *   identities    a(uu)   code and SIREN of each identity (offsets into
 *                         strings; 0 when it has no SIREN)
 *   sirens        a(uu)   SIREN as a number, identity; sorted
 *   name-keys     ay      normalised names, each NUL-terminated
 *   names         a(uuu)  offset into name-keys of a word-start, identity
 *                         (top bit set when the word is not the first of
 *                         the name), offset in strings of the name it
 *                         comes from; sorted by the key at offset. An
 *                         entry matches in a millésime where the
 *                         territory bears that name.
 *   former        a(ttuq) a former code packed as in codes, the identity
 *                         of a territory it became part of, and the
 *                         millésime from which it did (0: before the
 *                         first one); sorted by code. A code split
 *                         between several territories has several entries.
 *   strings       ay      codes, names and SIRENs, each NUL-terminated;
 *                         offset 0 is the empty string
 *   millésimes    a(a{sv}aua(uiiuuuuuuuqyyyy)a(uii)), oldest first:
 *     metadata    a{sv}   year, source-version, population-year,
 *                         member-population-year
 *     present     au      identities that exist in this millésime, sorted
 *     records     a(...)  one per identity, see CoopAtlasRecord
 *     memberships a(uii)  member identity, population municipale and
 *                         totale of the member in this perimeter
 */

#define COOP_ATLAS_MAGIC "COOPATLS"
#define COOP_ATLAS_MAGIC_LEN 8
#define COOP_ATLAS_FORMAT_VERSION 3
#define COOP_ATLAS_BYTE_ORDER_MARK 0x01020304u
#define COOP_ATLAS_HEADER_SIZE 24

/* name (offset into strings), population municipale, population totale,
 * département, région, EPCI, EPT, parent (identities or
 * COOP_ATLAS_NO_INDEX), first membership, number of memberships,
 * population year, EPCI form, fiscal regime, default nature, flags */
#define COOP_ATLAS_RECORD_TYPE "(uiiuuuuuuuqyyyy)"
#define COOP_ATLAS_MILLESIME_TYPE "(a{sv}aua" COOP_ATLAS_RECORD_TYPE "a(uii))"
#define COOP_ATLAS_VARIANT_TYPE \
  "(a{sv}a(uu)a(tt)a(uu)a(uu)aya(uuu)a(ttuq)aya" COOP_ATLAS_MILLESIME_TYPE ")"

#define COOP_ATLAS_NO_INDEX G_MAXUINT32
#define COOP_ATLAS_NAME_WORD_FLAG 0x80000000u
#define COOP_ATLAS_CODE_MAX_LEN 16
#define COOP_ATLAS_RECORD_PRESENT 0x01u
/* Populations are stored in 32 bits; the compiler refuses larger ones. */
#define COOP_ATLAS_MAX_POPULATION G_GINT64_CONSTANT (1000000000)

typedef struct
{
  guint64 high;
  guint64 low;
} CoopAtlasPackedCode;

/* The C layout of COOP_ATLAS_RECORD_TYPE, as GVariant serialises it. */
typedef struct
{
  guint32 name;
  gint32  population_municipale;
  gint32  population_totale;
  guint32 departement;
  guint32 region;
  guint32 epci;
  guint32 ept;
  guint32 parent;
  guint32 members_start;
  guint32 members_count;
  guint16 population_year;
  guint8  epci_form;
  guint8  fiscal_regime;
  guint8  nature;
  guint8  flags;
} CoopAtlasRecord;

G_STATIC_ASSERT (sizeof (CoopAtlasRecord) == 48);

typedef struct
{
  guint32 code;
  guint32 siren;
} CoopAtlasIdentity;

typedef struct
{
  guint32 siren;
  guint32 territory;
} CoopAtlasSirenEntry;

typedef struct
{
  guint32 key_offset;
  guint32 territory;
  guint32 name;
} CoopAtlasNameEntry;

typedef struct
{
  CoopAtlasPackedCode code;
  guint32             successor;
  guint16             year;
} CoopAtlasFormerEntry;

G_STATIC_ASSERT (sizeof (CoopAtlasFormerEntry) == 24);

typedef struct
{
  guint32 member;
  gint32  population_municipale;
  gint32  population_totale;
} CoopAtlasMembership;

gboolean _coop_atlas_pack_code  (const char          *code,
                                 CoopAtlasPackedCode *packed);
int      _coop_atlas_code_cmp   (const CoopAtlasPackedCode *a,
                                 const CoopAtlasPackedCode *b);
gboolean _coop_atlas_parse_siren (const char         *text,
                                  guint64            *siren);

G_END_DECLS
