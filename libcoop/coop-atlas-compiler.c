/* coop-atlas-compiler.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "coop-atlas-compiler-private.h"
#include "coop-i18n-private.h"
#include "coop-atlas-format.h"
#include "coop-error.h"
#include "coop-json-private.h"
#include "coop-territory-kind.h"
#include "coop-text-private.h"

/*
 * Compiles the @etalab/decoupage-administratif source files into the atlas
 * format described in coop-atlas-format.h. It runs at build time to produce
 * the installed atlas, and at run time when a caller opens a source
 * directory directly; both paths therefore answer the same.
 */

#define N_ATLAS_KINDS (COOP_TERRITORY_KIND_REGION + 1)
#define MAX_POPULATION G_GINT64_CONSTANT (1000000000)

typedef struct
{
  char       *member_code;
  gint64      population_municipale;
  gint64      population_totale;
  guint32     member;
} PendingMember;

typedef struct
{
  char              *code;
  char              *name;
  char              *siren;
  char              *departement_code;
  char              *region_code;
  char              *path;           /* where it came from, for errors */
  GArray            *members;        /* PendingMember */
  gint64             population_municipale;
  gint64             population_totale;
  guint16            population_year;
  CoopTerritoryKind  kind;
  CoopEpciForm       epci_form;
  CoopFiscalRegime   fiscal_regime;
  CoopNature         nature;
  guint32            departement;
  guint32            region;
  guint32            epci;
  guint32            ept;
  guint32            members_start;
} Record;

typedef struct
{
  GPtrArray *records;                /* Record*, sorted once loaded */
  GHashTable *by_kind[N_ATLAS_KINDS]; /* code → index */
  guint       population_year;
  guint       member_population_year;
  char       *source_name;
  char       *source_version;
  const char *override_name;         /* a basename read from override_bytes */
  GBytes     *override_bytes;
} Compiler;

static void
pending_member_clear (gpointer data)
{
  PendingMember *member = data;

  g_free (member->member_code);
}

static void
record_free (gpointer data)
{
  Record *record = data;

  g_free (record->code);
  g_free (record->name);
  g_free (record->siren);
  g_free (record->departement_code);
  g_free (record->region_code);
  g_free (record->path);
  g_clear_pointer (&record->members, g_array_unref);
  g_free (record);
}

static Record *
record_new (CoopTerritoryKind kind)
{
  Record *record = g_new0 (Record, 1);

  record->kind = kind;
  record->population_municipale = -1;
  record->population_totale = -1;
  record->departement = COOP_ATLAS_NO_INDEX;
  record->region = COOP_ATLAS_NO_INDEX;
  record->epci = COOP_ATLAS_NO_INDEX;
  record->ept = COOP_ATLAS_NO_INDEX;
  record->nature = COOP_NATURE_RURAL;

  return record;
}

static CoopJsonDocument *
load_source (Compiler      *compiler,
             GFile         *directory,
             const char    *basename,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(CoopJsonDocument) document = NULL;
  g_autofree char *gz_name = g_strconcat (basename, ".json.gz", NULL);
  g_autofree char *plain_name = g_strconcat (basename, ".json", NULL);
  g_autoptr(GFile) file = g_file_get_child (directory, gz_name);

  if (g_strcmp0 (compiler->override_name, basename) == 0)
    {
      document = _coop_json_document_new (plain_name);
      if (!_coop_json_document_load_bytes (document, compiler->override_bytes, error))
        return NULL;
      return g_steal_pointer (&document);
    }

  if (!g_file_query_exists (file, cancellable))
    {
      g_clear_object (&file);
      file = g_file_get_child (directory, plain_name);
    }

  document = _coop_json_document_new (g_file_peek_path (file));
  if (!_coop_json_document_load_file (document, file, cancellable, error))
    return NULL;

  return g_steal_pointer (&document);
}

static gboolean
read_code (CoopJsonDocument  *document,
           JsonNode          *node,
           const char        *path,
           const char        *member,
           gboolean           required,
           char             **out,
           GError           **error)
{
  const char *code = NULL;
  CoopAtlasPackedCode packed;

  if (!_coop_json_get_string (document, node, path, member, required, &code, error))
    return FALSE;
  if (code == NULL)
    return TRUE;

  if (!_coop_atlas_pack_code (code, &packed))
    {
      _coop_json_set_error (error, document, node, path, COOP_ERROR_INVALID_VALUE,
                            _("“%s” is “%s”; expected a code of 1 to %d letters and digits"),
                            member, code, COOP_ATLAS_CODE_MAX_LEN);
      return FALSE;
    }

  *out = g_strdup (code);
  return TRUE;
}

static gboolean
read_name (CoopJsonDocument  *document,
           JsonNode          *node,
           const char        *path,
           char             **out,
           GError           **error)
{
  const char *name = NULL;

  if (!_coop_json_get_string (document, node, path, "nom", TRUE, &name, error))
    return FALSE;

  *out = g_strdup (name);
  return TRUE;
}

static gboolean
read_members (Compiler          *compiler,
              CoopJsonDocument  *document,
              JsonNode          *node,
              const char        *path,
              Record            *record,
              GError           **error)
{
  JsonNode *members_node = json_object_get_member (json_node_get_object (node), "membres");
  g_autofree char *members_path = g_strdup_printf ("%s.membres", path);
  JsonArray *members;

  members = _coop_json_expect_array (document, members_node != NULL ? members_node : node,
                                     members_path, error);
  if (members == NULL)
    return FALSE;

  record->members = g_array_new (FALSE, TRUE, sizeof (PendingMember));
  g_array_set_clear_func (record->members, pending_member_clear);

  for (guint i = 0; i < json_array_get_length (members); i++)
    {
      JsonNode *member_node = json_array_get_element (members, i);
      g_autofree char *member_path = g_strdup_printf ("%s[%u]", members_path, i);
      PendingMember member = { NULL, -1, -1, COOP_ATLAS_NO_INDEX };

      if (_coop_json_expect_object (document, member_node, member_path, error) == NULL ||
          !read_code (document, member_node, member_path, "code", TRUE, &member.member_code, error))
        return FALSE;

      g_array_append_val (record->members, member);

      if (!_coop_json_get_int (document, member_node, member_path, "populationMunicipale", FALSE,
                               0, MAX_POPULATION,
                               &g_array_index (record->members, PendingMember, i).population_municipale,
                               error) ||
          !_coop_json_get_int (document, member_node, member_path, "populationTotale", FALSE,
                               0, MAX_POPULATION,
                               &g_array_index (record->members, PendingMember, i).population_totale,
                               error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
parse_epci_form (const char       *type,
                 CoopTerritoryKind kind,
                 CoopEpciForm     *form)
{
  static const struct { const char *type; CoopEpciForm form; } forms[] = {
    { "CC", COOP_EPCI_FORM_CC },
    { "CA", COOP_EPCI_FORM_CA },
    { "CU", COOP_EPCI_FORM_CU },
    { "METRO", COOP_EPCI_FORM_METROPOLE },
    { "MET69", COOP_EPCI_FORM_METROPOLE_DE_LYON },
  };

  if (kind == COOP_TERRITORY_KIND_EPT)
    {
      *form = COOP_EPCI_FORM_NONE;
      return g_strcmp0 (type, "EPT") == 0;
    }

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      if (g_strcmp0 (type, forms[i].type) == 0)
        {
          *form = forms[i].form;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
read_file (Compiler          *compiler,
           GFile             *directory,
           const char        *basename,
           CoopTerritoryKind  kind,
           GCancellable      *cancellable,
           GError           **error)
{
  g_autoptr(CoopJsonDocument) document = NULL;
  JsonArray *items;

  document = load_source (compiler, directory, basename, cancellable, error);
  if (document == NULL)
    return FALSE;

  items = _coop_json_expect_array (document, _coop_json_document_get_root (document), "$", error);
  if (items == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);
      g_autofree char *path = g_strdup_printf ("$[%u]", i);
      g_autoptr(GError) local_error = NULL;
      Record *record;
      const char *type = NULL;

      if (_coop_json_expect_object (document, node, path, error) == NULL ||
          !_coop_json_check_duplicates (document, node, path, error))
        return FALSE;

      if (kind == COOP_TERRITORY_KIND_COMMUNE)
        {
          if (!_coop_json_get_string (document, node, path, "type", TRUE, &type, error))
            return FALSE;
          /* Communes déléguées, associées and municipal arrondissements are
           * parts of a commune, not communes: the atlas keeps current
           * communes only. */
          if (g_strcmp0 (type, "commune-actuelle") != 0)
            continue;
        }

      record = record_new (kind);
      g_ptr_array_add (compiler->records, record);
      record->path = g_strdup_printf ("%s %s", _coop_json_document_get_name (document), path);

      if (!read_code (document, node, path, "code", TRUE, &record->code, error) ||
          !read_name (document, node, path, &record->name, error))
        return FALSE;

      switch (kind)
        {
        case COOP_TERRITORY_KIND_COMMUNE:
          if (!read_code (document, node, path, "departement", TRUE, &record->departement_code, error) ||
              !read_code (document, node, path, "region", TRUE, &record->region_code, error) ||
              !read_code (document, node, path, "siren", FALSE, &record->siren, error) ||
              !_coop_json_get_int (document, node, path, "population", FALSE, 0, MAX_POPULATION,
                                   &record->population_municipale, error))
            return FALSE;
          if (record->population_municipale >= 0)
            record->population_year = compiler->population_year;
          break;

        case COOP_TERRITORY_KIND_EPCI:
        case COOP_TERRITORY_KIND_EPT:
          {
            const char *regime = NULL;

            if (!_coop_json_get_string (document, node, path, "type", TRUE, &type, error) ||
                !_coop_json_get_string (document, node, path, "modeFinancement", FALSE, &regime, error))
              return FALSE;
            if (!parse_epci_form (type, kind, &record->epci_form))
              {
                _coop_json_set_error (&local_error, document, node, path, COOP_ERROR_INVALID_VALUE,
                                      _("“type” is “%s”; expected %s"), type,
                                      kind == COOP_TERRITORY_KIND_EPT ? "EPT" : _("CC, CA, CU, METRO or MET69"));
                g_propagate_error (error, g_steal_pointer (&local_error));
                return FALSE;
              }
            if (g_strcmp0 (regime, "FPU") == 0)
              record->fiscal_regime = COOP_FISCAL_REGIME_FPU;
            else if (g_strcmp0 (regime, "FA") == 0)
              record->fiscal_regime = COOP_FISCAL_REGIME_FA;
            else if (regime != NULL && regime[0] != '\0')
              {
                _coop_json_set_error (error, document, node, path, COOP_ERROR_INVALID_VALUE,
                                      _("“modeFinancement” is “%s”; expected FPU, FA or nothing"),
                                      regime);
                return FALSE;
              }
            record->siren = g_strdup (record->code);
            if (!read_members (compiler, document, node, path, record, error))
              return FALSE;
          }
          break;

        case COOP_TERRITORY_KIND_DEPARTEMENT:
          if (!read_code (document, node, path, "region", TRUE, &record->region_code, error))
            return FALSE;
          break;

        case COOP_TERRITORY_KIND_REGION:
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
}

static int
record_cmp (gconstpointer a,
            gconstpointer b)
{
  const Record *ra = *(const Record * const *)a;
  const Record *rb = *(const Record * const *)b;
  CoopAtlasPackedCode pa, pb;

  if (ra->kind != rb->kind)
    return ra->kind < rb->kind ? -1 : 1;

  _coop_atlas_pack_code (ra->code, &pa);
  _coop_atlas_pack_code (rb->code, &pb);
  return _coop_atlas_code_cmp (&pa, &pb);
}

static guint32
find_index (Compiler          *compiler,
            CoopTerritoryKind  kind,
            const char        *code)
{
  gpointer value;

  if (code != NULL && g_hash_table_lookup_extended (compiler->by_kind[kind], code, NULL, &value))
    return GPOINTER_TO_UINT (value);

  return COOP_ATLAS_NO_INDEX;
}

static Record *
get_record (Compiler *compiler,
            guint32   index)
{
  return g_ptr_array_index (compiler->records, index);
}

static gboolean
index_records (Compiler  *compiler,
               GError   **error)
{
  g_ptr_array_sort (compiler->records, record_cmp);

  for (guint i = 0; i < N_ATLAS_KINDS; i++)
    compiler->by_kind[i] = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < compiler->records->len; i++)
    {
      Record *record = get_record (compiler, i);

      if (!g_hash_table_insert (compiler->by_kind[record->kind], record->code, GUINT_TO_POINTER (i)))
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE,
                       _("%s: the %s code “%s” appears twice; expected each code once"),
                       record->path, coop_territory_kind_to_string (record->kind), record->code);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
link_parent (Compiler          *compiler,
             Record            *record,
             CoopTerritoryKind  parent_kind,
             const char        *parent_code,
             guint32           *out,
             GError           **error)
{
  if (parent_code == NULL)
    return TRUE;

  *out = find_index (compiler, parent_kind, parent_code);
  if (*out == COOP_ATLAS_NO_INDEX)
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_UNKNOWN_REFERENCE,
                   _("%s: %s “%s” names no %s of the source; expected a known code"),
                   record->path, coop_territory_kind_to_string (parent_kind), parent_code,
                   coop_territory_kind_to_string (parent_kind));
      return FALSE;
    }

  return TRUE;
}

static gboolean
link_members (Compiler  *compiler,
              Record    *record,
              guint32    index,
              GError   **error)
{
  gint64 total_municipale = 0;
  gint64 total_totale = 0;
  gboolean municipale_known = TRUE;
  gboolean totale_known = TRUE;

  for (guint m = 0; m < record->members->len; m++)
    {
      PendingMember *member = &g_array_index (record->members, PendingMember, m);
      Record *commune;

      member->member = find_index (compiler, COOP_TERRITORY_KIND_COMMUNE, member->member_code);
      if (member->member == COOP_ATLAS_NO_INDEX)
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_UNKNOWN_REFERENCE,
                       _("%s.membres[%u]: commune “%s” is not in communes.json; expected a current commune"),
                       record->path, m, member->member_code);
          return FALSE;
        }

      commune = get_record (compiler, member->member);
      if (record->kind == COOP_TERRITORY_KIND_EPCI)
        {
          if (commune->epci != COOP_ATLAS_NO_INDEX)
            {
              g_set_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE,
                           _("%s.membres[%u]: commune “%s” already belongs to EPCI “%s”; "
                           "expected one EPCI à fiscalité propre per commune"),
                           record->path, m, member->member_code,
                           get_record (compiler, commune->epci)->code);
              return FALSE;
            }
          commune->epci = index;
        }
      else
        {
          if (commune->ept != COOP_ATLAS_NO_INDEX)
            {
              g_set_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE,
                           _("%s.membres[%u]: commune “%s” already belongs to EPT “%s”; expected one EPT per commune"),
                           record->path, m, member->member_code,
                           get_record (compiler, commune->ept)->code);
              return FALSE;
            }
          commune->ept = index;
        }

      if (member->population_municipale < 0)
        municipale_known = FALSE;
      else
        total_municipale += member->population_municipale;
      if (member->population_totale < 0)
        totale_known = FALSE;
      else
        total_totale += member->population_totale;
    }

  /* The perimeter's population is the sum of the per-member figures of the
   * DGCL composition file, which is how the law counts it. */
  record->population_municipale = municipale_known ? total_municipale : -1;
  record->population_totale = totale_known ? total_totale : -1;
  record->population_year = municipale_known ? compiler->member_population_year : 0;

  return TRUE;
}

static int
pending_member_cmp (gconstpointer a,
                    gconstpointer b)
{
  const PendingMember *ma = a;
  const PendingMember *mb = b;

  /* Largest first, so the ville-centre leads its EPCI. */
  if (ma->population_municipale != mb->population_municipale)
    return ma->population_municipale > mb->population_municipale ? -1 : 1;
  return ma->member < mb->member ? -1 : (ma->member > mb->member);
}

static void
add_generated_member (Record  *parent,
                      guint32  member,
                      gint64   population_municipale,
                      gint64   population_totale)
{
  PendingMember pending = { NULL, population_municipale, population_totale, member };

  if (parent->members == NULL)
    {
      parent->members = g_array_new (FALSE, TRUE, sizeof (PendingMember));
      g_array_set_clear_func (parent->members, pending_member_clear);
    }
  g_array_append_val (parent->members, pending);
}

/* A perimeter's population is known only while all its parts' are. */
static void
sum_member_populations (Compiler *compiler,
                        Record   *record)
{
  gint64 municipale = 0;
  gint64 totale = 0;

  for (guint m = 0; record->members != NULL && m < record->members->len; m++)
    {
      PendingMember *member = &g_array_index (record->members, PendingMember, m);

      if (municipale >= 0)
        municipale = member->population_municipale < 0 ? -1 : municipale + member->population_municipale;
      if (totale >= 0)
        totale = member->population_totale < 0 ? -1 : totale + member->population_totale;
    }

  record->population_municipale = record->members != NULL ? municipale : -1;
  record->population_totale = record->members != NULL ? totale : -1;
  record->population_year = record->population_municipale >= 0 ? compiler->population_year : 0;
}

static gboolean
link_records (Compiler  *compiler,
              GError   **error)
{
  for (guint i = 0; i < compiler->records->len; i++)
    {
      Record *record = get_record (compiler, i);

      switch (record->kind)
        {
        case COOP_TERRITORY_KIND_COMMUNE:
          if (!link_parent (compiler, record, COOP_TERRITORY_KIND_DEPARTEMENT,
                            record->departement_code, &record->departement, error) ||
              !link_parent (compiler, record, COOP_TERRITORY_KIND_REGION,
                            record->region_code, &record->region, error))
            return FALSE;
          if (record->departement != COOP_ATLAS_NO_INDEX)
            add_generated_member (get_record (compiler, record->departement), i,
                                  record->population_municipale, record->population_totale);
          break;
        case COOP_TERRITORY_KIND_DEPARTEMENT:
          if (!link_parent (compiler, record, COOP_TERRITORY_KIND_REGION,
                            record->region_code, &record->region, error))
            return FALSE;
          if (record->region != COOP_ATLAS_NO_INDEX)
            add_generated_member (get_record (compiler, record->region), i, -1, -1);
          break;
        case COOP_TERRITORY_KIND_EPCI:
        case COOP_TERRITORY_KIND_EPT:
          if (!link_members (compiler, record, i, error))
            return FALSE;
          break;
        default:
          break;
        }
    }

  /* Départements hold their communes and régions their départements; both
   * carry the sum of their parts' populations. Records are sorted by kind,
   * so every département is summed before the régions that read it. */
  for (guint i = 0; i < compiler->records->len; i++)
    {
      Record *record = get_record (compiler, i);

      if (record->kind == COOP_TERRITORY_KIND_REGION)
        {
          for (guint m = 0; record->members != NULL && m < record->members->len; m++)
            {
              PendingMember *member = &g_array_index (record->members, PendingMember, m);
              Record *departement = get_record (compiler, member->member);

              member->population_municipale = departement->population_municipale;
              member->population_totale = departement->population_totale;
            }
        }
      if (record->kind == COOP_TERRITORY_KIND_DEPARTEMENT || record->kind == COOP_TERRITORY_KIND_REGION)
        sum_member_populations (compiler, record);
      if (record->members != NULL)
        g_array_sort (record->members, pending_member_cmp);
    }

  return TRUE;
}

static CoopNature
commune_nature (Compiler *compiler,
                Record   *commune)
{
  if (commune->population_municipale >= 10000)
    return COOP_NATURE_URBAN;

  if (commune->ept != COOP_ATLAS_NO_INDEX)
    return COOP_NATURE_PERIURBAN;

  if (commune->epci != COOP_ATLAS_NO_INDEX)
    {
      switch (get_record (compiler, commune->epci)->epci_form)
        {
        case COOP_EPCI_FORM_CA:
        case COOP_EPCI_FORM_CU:
        case COOP_EPCI_FORM_METROPOLE:
        case COOP_EPCI_FORM_METROPOLE_DE_LYON:
          return COOP_NATURE_PERIURBAN;
        default:
          break;
        }
    }

  return COOP_NATURE_RURAL;
}

static void
compute_natures (Compiler *compiler)
{
  for (guint i = 0; i < compiler->records->len; i++)
    {
      Record *record = get_record (compiler, i);

      if (record->kind == COOP_TERRITORY_KIND_COMMUNE)
        record->nature = commune_nature (compiler, record);
    }

  /* Régions hold départements, so départements must be settled first:
   * records are sorted by kind, and kinds run commune < … < région. */
  for (guint i = 0; i < compiler->records->len; i++)
    {
      Record *record = get_record (compiler, i);
      gint64 weights[3] = { 0, 0, 0 };
      gint64 total;

      if (record->kind == COOP_TERRITORY_KIND_COMMUNE || record->members == NULL)
        continue;

      for (guint m = 0; m < record->members->len; m++)
        {
          PendingMember *member = &g_array_index (record->members, PendingMember, m);
          Record *part = get_record (compiler, member->member);

          weights[part->nature] += MAX (part->population_municipale, 0);
        }

      total = weights[0] + weights[1] + weights[2];
      if (total > 0 && weights[COOP_NATURE_URBAN] * 2 >= total)
        record->nature = COOP_NATURE_URBAN;
      else if (total > 0 && (weights[COOP_NATURE_URBAN] + weights[COOP_NATURE_PERIURBAN]) * 2 >= total)
        record->nature = COOP_NATURE_PERIURBAN;
      else
        record->nature = COOP_NATURE_RURAL;
    }
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
  return ea->entry.territory < eb->entry.territory ? -1 : (ea->entry.territory > eb->entry.territory);
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
build_name_index (Compiler  *compiler,
                  GVariant **keys_out)
{
  g_autoptr(GByteArray) keys = g_byte_array_new ();
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (NameSortEntry));
  g_autoptr(GArray) packed = NULL;

  for (guint i = 0; i < compiler->records->len; i++)
    {
      Record *record = get_record (compiler, i);
      g_autofree char *key = _coop_text_normalise (record->name);
      guint32 start = keys->len;

      g_byte_array_append (keys, (const guint8 *)key, strlen (key) + 1);

      /* Every word start is a key, so "voiron" finds "CA du Pays Voironnais". */
      for (const char *p = key; *p != '\0'; p++)
        {
          if (p == key || p[-1] == ' ')
            {
              NameSortEntry entry = { NULL, { start + (guint32)(p - key), i } };

              if (p != key)
                entry.entry.territory |= COOP_ATLAS_NAME_WORD_FLAG;
              g_array_append_val (entries, entry);
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
  return g_variant_new_fixed_array (G_VARIANT_TYPE ("(uu)"), packed->data, packed->len,
                                    sizeof (CoopAtlasNameEntry));
}

static GVariant *
build_siren_index (Compiler *compiler)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (CoopAtlasSirenEntry));

  for (guint i = 0; i < compiler->records->len; i++)
    {
      CoopAtlasSirenEntry entry;

      memset (&entry, 0, sizeof entry);
      if (!_coop_atlas_parse_siren (get_record (compiler, i)->siren, &entry.siren))
        continue;
      entry.territory = i;
      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, siren_entry_cmp);

  return g_variant_new_fixed_array (G_VARIANT_TYPE ("(tu)"), entries->data, entries->len,
                                    sizeof (CoopAtlasSirenEntry));
}

static guint32
add_string (GByteArray *strings,
            const char *text)
{
  guint32 offset = strings->len;

  g_byte_array_append (strings, (const guint8 *)text, strlen (text) + 1);
  return offset;
}

static GBytes *
serialise (Compiler *compiler)
{
  g_auto(GVariantBuilder) metadata = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE_VARDICT);
  g_auto(GVariantBuilder) ranges = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a(uu)"));
  g_autoptr(GArray) territories = g_array_new (FALSE, TRUE, sizeof (CoopAtlasTerritory));
  g_autoptr(GByteArray) strings = g_byte_array_new ();
  g_autoptr(GArray) codes = g_array_new (FALSE, TRUE, sizeof (CoopAtlasPackedCode));
  g_autoptr(GArray) memberships = g_array_new (FALSE, TRUE, sizeof (CoopAtlasMembership));
  g_autoptr(GVariant) payload = NULL;
  GVariant *name_keys = NULL;
  GVariant *names;
  GByteArray *file;
  guint32 header[4];
  guint64 payload_size;
  guint kind_start = 0;

  g_variant_builder_add (&metadata, "{sv}", "source", g_variant_new_string (compiler->source_name));
  g_variant_builder_add (&metadata, "{sv}", "source-version", g_variant_new_string (compiler->source_version));
  g_variant_builder_add (&metadata, "{sv}", "population-year", g_variant_new_uint32 (compiler->population_year));
  g_variant_builder_add (&metadata, "{sv}", "member-population-year",
                         g_variant_new_uint32 (compiler->member_population_year));

  for (guint kind = 0; kind < N_ATLAS_KINDS; kind++)
    {
      guint end = kind_start;

      while (end < compiler->records->len && get_record (compiler, end)->kind == kind)
        end++;
      g_variant_builder_add (&ranges, "(uu)", kind_start, end);
      kind_start = end;
    }

  /* Offset 0 is the empty string, for territories without a SIREN. */
  g_byte_array_append (strings, (const guint8 *)"", 1);

  for (guint i = 0; i < compiler->records->len; i++)
    {
      Record *record = get_record (compiler, i);
      CoopAtlasTerritory territory;
      CoopAtlasPackedCode packed;
      guint32 members_start = memberships->len;
      guint32 members_count = record->members != NULL ? record->members->len : 0;

      for (guint m = 0; m < members_count; m++)
        {
          PendingMember *pending = &g_array_index (record->members, PendingMember, m);
          CoopAtlasMembership membership;

          memset (&membership, 0, sizeof membership);
          membership.member = pending->member;
          membership.population_municipale = pending->population_municipale;
          membership.population_totale = pending->population_totale;
          g_array_append_val (memberships, membership);
        }

      memset (&territory, 0, sizeof territory);
      territory.code = add_string (strings, record->code);
      territory.name = add_string (strings, record->name);
      territory.siren = record->siren != NULL ? add_string (strings, record->siren) : 0;
      territory.kind = record->kind;
      territory.epci_form = record->epci_form;
      territory.fiscal_regime = record->fiscal_regime;
      territory.nature = record->nature;
      territory.population_municipale = record->population_municipale;
      territory.population_totale = record->population_totale;
      territory.population_year = record->population_year;
      territory.departement = record->departement;
      territory.region = record->region;
      territory.epci = record->epci;
      territory.ept = record->ept;
      territory.members_start = members_start;
      territory.members_count = members_count;
      g_array_append_val (territories, territory);

      _coop_atlas_pack_code (record->code, &packed);
      g_array_append_val (codes, packed);
    }

  names = build_name_index (compiler, &name_keys);

  payload = g_variant_ref_sink (g_variant_new ("(@a{sv}@a(uu)@a" COOP_ATLAS_TERRITORY_TYPE "@a(tt)@a(uxx)@a(tu)@ay@a(uu)@ay)",
                                               g_variant_builder_end (&metadata),
                                               g_variant_builder_end (&ranges),
                                               g_variant_new_fixed_array (G_VARIANT_TYPE (COOP_ATLAS_TERRITORY_TYPE),
                                                                          territories->data, territories->len,
                                                                          sizeof (CoopAtlasTerritory)),
                                               g_variant_new_fixed_array (G_VARIANT_TYPE ("(tt)"),
                                                                          codes->data, codes->len,
                                                                          sizeof (CoopAtlasPackedCode)),
                                               g_variant_new_fixed_array (G_VARIANT_TYPE ("(uxx)"),
                                                                          memberships->data, memberships->len,
                                                                          sizeof (CoopAtlasMembership)),
                                               build_siren_index (compiler),
                                               name_keys,
                                               names,
                                               g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, strings->data,
                                                                          strings->len, 1)));

  payload_size = g_variant_get_size (payload);
  file = g_byte_array_sized_new (COOP_ATLAS_HEADER_SIZE + payload_size);
  g_byte_array_append (file, (const guint8 *)COOP_ATLAS_MAGIC, COOP_ATLAS_MAGIC_LEN);
  header[0] = COOP_ATLAS_FORMAT_VERSION;
  header[1] = COOP_ATLAS_BYTE_ORDER_MARK;
  memcpy (&header[2], &payload_size, sizeof payload_size);
  g_byte_array_append (file, (const guint8 *)header, sizeof header);
  g_byte_array_set_size (file, COOP_ATLAS_HEADER_SIZE + payload_size);
  g_variant_store (payload, file->data + COOP_ATLAS_HEADER_SIZE);

  return g_byte_array_free_to_bytes (file);
}

static gboolean
read_manifest (Compiler      *compiler,
               GFile         *directory,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(CoopJsonDocument) document = NULL;
  JsonNode *root;
  const char *name = NULL;
  const char *version = NULL;
  gint64 population_year = 0;
  gint64 member_population_year = 0;

  document = load_source (compiler, directory, "source", cancellable, error);
  if (document == NULL)
    return FALSE;

  root = _coop_json_document_get_root (document);
  if (_coop_json_expect_object (document, root, "$", error) == NULL ||
      !_coop_json_get_string (document, root, "$", "package", TRUE, &name, error) ||
      !_coop_json_get_string (document, root, "$", "version", TRUE, &version, error) ||
      !_coop_json_get_int (document, root, "$", "population-year", TRUE, 1800, 3000,
                           &population_year, error) ||
      !_coop_json_get_int (document, root, "$", "member-population-year", FALSE, 0, 3000,
                           &member_population_year, error))
    return FALSE;

  compiler->source_name = g_strdup (name);
  compiler->source_version = g_strdup (version);
  compiler->population_year = population_year;
  compiler->member_population_year = member_population_year;

  return TRUE;
}

static void
compiler_clear (Compiler *compiler)
{
  g_clear_pointer (&compiler->records, g_ptr_array_unref);
  for (guint i = 0; i < N_ATLAS_KINDS; i++)
    g_clear_pointer (&compiler->by_kind[i], g_hash_table_unref);
  g_clear_pointer (&compiler->source_name, g_free);
  g_clear_pointer (&compiler->source_version, g_free);
}

GBytes *
_coop_atlas_compile_source (GFile         *directory,
                            GCancellable  *cancellable,
                            GError       **error)
{
  return _coop_atlas_compile_source_with (directory, NULL, NULL, cancellable, error);
}

/* Compiles @directory with one of its files (@override_name, a basename
 * without extension such as "communes") read from @override_bytes instead:
 * the fuzzer and the bad-input tests feed one damaged file at a time. */
GBytes *
_coop_atlas_compile_source_with (GFile         *directory,
                                 const char    *override_name,
                                 GBytes        *override_bytes,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  Compiler compiler;
  GBytes *bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (directory), NULL);
  g_return_val_if_fail (override_name == NULL || override_bytes != NULL, NULL);

  memset (&compiler, 0, sizeof compiler);
  compiler.records = g_ptr_array_new_with_free_func (record_free);
  compiler.override_name = override_name;
  compiler.override_bytes = override_bytes;

  if (read_manifest (&compiler, directory, cancellable, error) &&
      read_file (&compiler, directory, "regions", COOP_TERRITORY_KIND_REGION, cancellable, error) &&
      read_file (&compiler, directory, "departements", COOP_TERRITORY_KIND_DEPARTEMENT, cancellable, error) &&
      read_file (&compiler, directory, "communes", COOP_TERRITORY_KIND_COMMUNE, cancellable, error) &&
      read_file (&compiler, directory, "epci", COOP_TERRITORY_KIND_EPCI, cancellable, error) &&
      read_file (&compiler, directory, "ept", COOP_TERRITORY_KIND_EPT, cancellable, error) &&
      index_records (&compiler, error) &&
      link_records (&compiler, error))
    {
      compute_natures (&compiler);
      bytes = serialise (&compiler);
    }

  compiler_clear (&compiler);

  return bytes;
}
