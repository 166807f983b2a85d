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
 * The compiled atlas file.
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
 * Every table but the metadata holds fixed-size elements, read in place
 * from the mapped file: an element is found in constant time. (Version 1
 * stored territories as an array of variable-size tuples; GLib 2.74 then
 * re-checks the framing offsets of every preceding element on each
 * access to untrusted data, which made a first lookup cost ~15 µs.)
 *
 * Payload fields, in order:
 *   metadata      a{sv}   source, source-version, population-year, …
 *   kind-ranges   a(uu)   [start, end) of each CoopTerritoryKind in territories
 *   territories   a(...)  see COOP_ATLAS_TERRITORY_TYPE and CoopAtlasTerritory;
 *                         sorted by kind, then code
 *   codes         a(tt)   each territory's code packed big-endian in 16 bytes,
 *                         same order as territories, for binary search
 *   memberships   a(uxx)  member index, population municipale and totale
 *                         of the member in this perimeter
 *   sirens        a(tu)   SIREN as a number, territory index; sorted
 *   name-keys     ay      normalised names, each NUL-terminated
 *   names         a(uu)   offset into name-keys of a word-start, territory
 *                         index (top bit set when the word is not the
 *                         first of the name); sorted by the key at offset
 *   strings       ay      codes, names and SIRENs of the territories, each
 *                         NUL-terminated; offset 0 is the empty string
 */

#define COOP_ATLAS_MAGIC "COOPATLS"
#define COOP_ATLAS_MAGIC_LEN 8
#define COOP_ATLAS_FORMAT_VERSION 2
#define COOP_ATLAS_BYTE_ORDER_MARK 0x01020304u
#define COOP_ATLAS_HEADER_SIZE 24

/* code, name, siren (offsets into strings), kind, epci form, fiscal
 * regime, default nature, population municipale, population totale,
 * population year, département, région, EPCI, EPT (indexes or
 * COOP_ATLAS_NO_INDEX), first membership, number of memberships */
#define COOP_ATLAS_TERRITORY_TYPE "(uuuyyyyxxquuuuuu)"
#define COOP_ATLAS_VARIANT_TYPE \
  "(a{sv}a(uu)a" COOP_ATLAS_TERRITORY_TYPE "a(tt)a(uxx)a(tu)aya(uu)ay)"

#define COOP_ATLAS_NO_INDEX G_MAXUINT32
#define COOP_ATLAS_NAME_WORD_FLAG 0x80000000u
#define COOP_ATLAS_CODE_MAX_LEN 16

typedef struct
{
  guint64 high;
  guint64 low;
} CoopAtlasPackedCode;

/* The C layout of COOP_ATLAS_TERRITORY_TYPE, as GVariant serialises it. */
typedef struct
{
  guint32 code;
  guint32 name;
  guint32 siren;
  guint8  kind;
  guint8  epci_form;
  guint8  fiscal_regime;
  guint8  nature;
  gint64  population_municipale;
  gint64  population_totale;
  guint16 population_year;
  guint32 departement;
  guint32 region;
  guint32 epci;
  guint32 ept;
  guint32 members_start;
  guint32 members_count;
} CoopAtlasTerritory;

G_STATIC_ASSERT (sizeof (CoopAtlasTerritory) == 64);

typedef struct
{
  guint64 siren;
  guint32 territory;
} CoopAtlasSirenEntry;

typedef struct
{
  guint32 key_offset;
  guint32 territory;
} CoopAtlasNameEntry;

typedef struct
{
  guint32 member;
  gint64  population_municipale;
  gint64  population_totale;
} CoopAtlasMembership;

gboolean _coop_atlas_pack_code  (const char          *code,
                                 CoopAtlasPackedCode *packed);
int      _coop_atlas_code_cmp   (const CoopAtlasPackedCode *a,
                                 const CoopAtlasPackedCode *b);
gboolean _coop_atlas_parse_siren (const char         *text,
                                  guint64            *siren);

G_END_DECLS
