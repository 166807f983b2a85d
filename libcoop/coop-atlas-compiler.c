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

#define N_ATLAS_KINDS COOP_ATLAS_SNAPSHOT_KINDS
#define MAX_POPULATION COOP_ATLAS_MAX_POPULATION

typedef CoopPendingMember PendingMember;
typedef CoopSourceRecord Record;

typedef struct
{
  CoopSourceSnapshot *snapshot;
  GPtrArray  *records;                 /* the snapshot's */
  GHashTable **by_kind;                /* the snapshot's */
  gboolean    members_from_communes;   /* "member-populations": "communes" */
  gboolean    add_missing_members;     /* "members-missing-from-communes": "add" */
  GHashTable *overseas;                /* codes of collectivités read from communes */
  const char *override_name;           /* a basename read from override_bytes */
  GBytes     *override_bytes;
} Compiler;

static void
pending_member_clear (gpointer data)
{
  PendingMember *member = data;

  g_free (member->member_code);
  g_free (member->member_name);
  g_free (member->member_siren);
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
  g_free (record->parent_code);
  g_strfreev (record->former_codes);
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
  record->parent = COOP_ATLAS_NO_INDEX;
  record->identity = COOP_ATLAS_NO_INDEX;
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
      PendingMember member = { NULL, NULL, NULL, -1, -1, COOP_ATLAS_NO_INDEX };
      const char *member_name = NULL;

      if (_coop_json_expect_object (document, member_node, member_path, error) == NULL ||
          !read_code (document, member_node, member_path, "code", TRUE, &member.member_code, error) ||
          !_coop_json_get_string (document, member_node, member_path, "nom", FALSE, &member_name, error) ||
          !read_code (document, member_node, member_path, "siren", FALSE, &member.member_siren, error))
        {
          g_free (member.member_code);
          g_free (member.member_siren);
          return FALSE;
        }
      member.member_name = g_strdup (member_name);

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
commune_type_kind (const char        *type,
                   CoopTerritoryKind *kind)
{
  static const struct { const char *type; CoopTerritoryKind kind; } types[] = {
    { "commune-actuelle", COOP_TERRITORY_KIND_COMMUNE },
    { "commune-deleguee", COOP_TERRITORY_KIND_COMMUNE_DELEGUEE },
    { "commune-associee", COOP_TERRITORY_KIND_COMMUNE_ASSOCIEE },
    { "arrondissement-municipal", COOP_TERRITORY_KIND_ARRONDISSEMENT_MUNICIPAL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      if (g_strcmp0 (type, types[i].type) == 0)
        {
          *kind = types[i].kind;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
read_former_codes (CoopJsonDocument  *document,
                   JsonNode          *node,
                   const char        *path,
                   Record            *record,
                   GError           **error)
{
  JsonNode *codes_node = json_object_get_member (json_node_get_object (node), "anciensCodes");
  g_autofree char *codes_path = g_strdup_printf ("%s.anciensCodes", path);
  g_autoptr(GPtrArray) codes = NULL;
  JsonArray *array;

  if (codes_node == NULL)
    return TRUE;

  array = _coop_json_expect_array (document, codes_node, codes_path, error);
  if (array == NULL)
    return FALSE;

  codes = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *code_node = json_array_get_element (array, i);
      g_autofree char *code_path = g_strdup_printf ("%s[%u]", codes_path, i);
      const char *code = JSON_NODE_HOLDS_VALUE (code_node) &&
                         json_node_get_value_type (code_node) == G_TYPE_STRING
                         ? json_node_get_string (code_node) : NULL;
      CoopAtlasPackedCode packed;

      if (code == NULL || !_coop_atlas_pack_code (code, &packed))
        {
          _coop_json_set_error (error, document, code_node, code_path, COOP_ERROR_INVALID_VALUE,
                                _("a former code is %s; expected a code of 1 to %d letters and digits"),
                                code != NULL ? code : _coop_json_node_type_name (code_node),
                                COOP_ATLAS_CODE_MAX_LEN);
          return FALSE;
        }
      g_ptr_array_add (codes, g_strdup (code));
    }
  g_ptr_array_add (codes, NULL);
  record->former_codes = (char **)g_ptr_array_free (g_steal_pointer (&codes), FALSE);

  return TRUE;
}

/* A commune or a part of one (commune déléguée or associée, municipal
 * arrondissement). */
static gboolean
read_commune (Compiler          *compiler,
              CoopJsonDocument  *document,
              JsonNode          *node,
              const char        *path,
              Record            *record,
              GError           **error)
{
  JsonObject *object = json_node_get_object (node);
  JsonNode *overseas = json_object_get_member (object, "collectiviteOutremer");
  const char *zone = NULL;
  gboolean part = record->kind != COOP_TERRITORY_KIND_COMMUNE;

  if (!_coop_json_get_string (document, node, path, "zone", FALSE, &zone, error))
    return FALSE;

  if (overseas != NULL)
    {
      /* Older versions of the source name the collectivité d'outre-mer of
       * a commune in the commune itself, and list it nowhere else. */
      g_autofree char *overseas_path = g_strdup_printf ("%s.collectiviteOutremer", path);
      g_autofree char *com_name = NULL;
      Record *com;

      if (_coop_json_expect_object (document, overseas, overseas_path, error) == NULL ||
          !read_code (document, overseas, overseas_path, "code", TRUE, &record->parent_code, error) ||
          !read_name (document, overseas, overseas_path, &com_name, error))
        return FALSE;
      record->parent_kind = COOP_TERRITORY_KIND_COLLECTIVITE_OUTRE_MER;
      if (!g_hash_table_contains (compiler->overseas, record->parent_code))
        {
          com = record_new (COOP_TERRITORY_KIND_COLLECTIVITE_OUTRE_MER);
          com->code = g_strdup (record->parent_code);
          com->name = g_steal_pointer (&com_name);
          com->path = g_strdup (overseas_path);
          g_hash_table_add (compiler->overseas, g_strdup (com->code));
          g_ptr_array_add (compiler->records, com);
        }
    }
  else if (g_strcmp0 (zone, "com") == 0)
    {
      /* Later versions write the collectivité as the commune's
       * département and région. */
      if (!read_code (document, node, path, "departement", TRUE, &record->parent_code, error))
        return FALSE;
      record->parent_kind = COOP_TERRITORY_KIND_COLLECTIVITE_OUTRE_MER;
    }
  else if (!read_code (document, node, path, "departement", TRUE, &record->departement_code, error) ||
           !read_code (document, node, path, "region", TRUE, &record->region_code, error))
    return FALSE;

  if (part)
    {
      g_autofree char *parent = NULL;
      const char *member = record->kind == COOP_TERRITORY_KIND_ARRONDISSEMENT_MUNICIPAL ? "commune" : "chefLieu";

      if (!read_code (document, node, path, member, TRUE, &parent, error))
        return FALSE;
      g_free (record->parent_code);
      record->parent_code = g_steal_pointer (&parent);
      record->parent_kind = COOP_TERRITORY_KIND_COMMUNE;
    }

  if (!read_code (document, node, path, "siren", FALSE, &record->siren, error) ||
      !_coop_json_get_int (document, node, path, "population", FALSE, 0, MAX_POPULATION,
                           &record->population_municipale, error) ||
      !read_former_codes (document, node, path, record, error))
    return FALSE;
  if (record->population_municipale >= 0)
    record->population_year = compiler->snapshot->population_year;

  return TRUE;
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
      CoopTerritoryKind record_kind = kind;

      if (_coop_json_expect_object (document, node, path, error) == NULL ||
          !_coop_json_check_duplicates (document, node, path, error))
        return FALSE;

      if (kind == COOP_TERRITORY_KIND_COMMUNE)
        {
          if (!_coop_json_get_string (document, node, path, "type", TRUE, &type, error))
            return FALSE;
          if (!commune_type_kind (type, &record_kind))
            {
              _coop_json_set_error (error, document, node, path, COOP_ERROR_INVALID_VALUE,
                                    _("“type” is “%s”; expected commune-actuelle, commune-deleguee, "
                                      "commune-associee or arrondissement-municipal"), type);
              return FALSE;
            }
        }
      else if (kind == COOP_TERRITORY_KIND_DEPARTEMENT || kind == COOP_TERRITORY_KIND_REGION)
        {
          const char *zone = NULL;

          if (!_coop_json_get_string (document, node, path, "zone", FALSE, &zone, error))
            return FALSE;
          /* The source lists the collectivités d'outre-mer among both
           * départements and régions; they are neither. Keep them once. */
          if (g_strcmp0 (zone, "com") == 0)
            {
              if (kind == COOP_TERRITORY_KIND_REGION)
                continue;
              record_kind = COOP_TERRITORY_KIND_COLLECTIVITE_OUTRE_MER;
            }
        }

      record = record_new (record_kind);
      g_ptr_array_add (compiler->records, record);
      record->path = g_strdup_printf ("%s %s", _coop_json_document_get_name (document), path);

      if (!read_code (document, node, path, "code", TRUE, &record->code, error) ||
          !read_name (document, node, path, &record->name, error))
        return FALSE;

      switch (kind)
        {
        case COOP_TERRITORY_KIND_COMMUNE:
          if (!read_commune (compiler, document, node, path, record, error))
            return FALSE;
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
          if (record->kind == COOP_TERRITORY_KIND_DEPARTEMENT &&
              !read_code (document, node, path, "region", TRUE, &record->region_code, error))
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
      /* The 2020 EPCI file gives no per-member figures: the councils of
       * 2020 counted the communes' own populations (see source.json). */
      if (compiler->members_from_communes && member->population_municipale < 0)
        {
          member->population_municipale = commune->population_municipale;
          member->population_totale = commune->population_totale;
        }
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
  record->population_year = municipale_known ? compiler->snapshot->member_population_year : 0;

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
  PendingMember pending = { NULL, NULL, NULL, population_municipale, population_totale, member };

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
  record->population_year = record->population_municipale >= 0 ? compiler->snapshot->population_year : 0;
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
          if (!link_parent (compiler, record, record->parent_kind, record->parent_code, &record->parent, error))
            return FALSE;
          if (record->departement != COOP_ATLAS_NO_INDEX)
            add_generated_member (get_record (compiler, record->departement), i,
                                  record->population_municipale, record->population_totale);
          if (record->parent != COOP_ATLAS_NO_INDEX)
            add_generated_member (get_record (compiler, record->parent), i,
                                  record->population_municipale, record->population_totale);
          break;
        case COOP_TERRITORY_KIND_COMMUNE_DELEGUEE:
        case COOP_TERRITORY_KIND_COMMUNE_ASSOCIEE:
        case COOP_TERRITORY_KIND_ARRONDISSEMENT_MUNICIPAL:
          if (!link_parent (compiler, record, COOP_TERRITORY_KIND_COMMUNE, record->parent_code,
                            &record->parent, error) ||
              !link_parent (compiler, record, COOP_TERRITORY_KIND_DEPARTEMENT,
                            record->departement_code, &record->departement, error) ||
              !link_parent (compiler, record, COOP_TERRITORY_KIND_REGION,
                            record->region_code, &record->region, error))
            return FALSE;
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
      if (record->kind == COOP_TERRITORY_KIND_DEPARTEMENT || record->kind == COOP_TERRITORY_KIND_REGION ||
          record->kind == COOP_TERRITORY_KIND_COLLECTIVITE_OUTRE_MER)
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

  /* A part of a commune shares its commune's nature. */
  for (guint i = 0; i < compiler->records->len; i++)
    {
      Record *record = get_record (compiler, i);

      if (record->kind != COOP_TERRITORY_KIND_COMMUNE && record->parent != COOP_ATLAS_NO_INDEX &&
          get_record (compiler, record->parent)->kind == COOP_TERRITORY_KIND_COMMUNE)
        record->nature = get_record (compiler, record->parent)->nature;
    }

  /* Régions hold départements, so départements must be settled first:
   * records are sorted by kind, and kinds run commune < … < région. */
  for (guint i = 0; i < compiler->records->len; i++)
    {
      Record *record = get_record (compiler, i);
      gint64 weights[3] = { 0, 0, 0 };
      gint64 total;

      if (record->kind == COOP_TERRITORY_KIND_COMMUNE || record->members == NULL ||
          (record->parent != COOP_ATLAS_NO_INDEX && record->kind != COOP_TERRITORY_KIND_COLLECTIVITE_OUTRE_MER))
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

/* The 2020 millésime pairs the EPCI of 1 January 2020 with a communes
 * file that lacks a commune created that day; source.json says so with
 * "members-missing-from-communes": "add", and such a member becomes a
 * commune of its own, with what the EPCI file says of it (its name and
 * SIREN, no population, no département). */
static void
add_missing_members (Compiler *compiler)
{
  g_autoptr(GHashTable) communes = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_records = compiler->records->len;

  for (guint i = 0; i < n_records; i++)
    {
      Record *record = g_ptr_array_index (compiler->records, i);

      if (record->kind == COOP_TERRITORY_KIND_COMMUNE)
        g_hash_table_add (communes, record->code);
    }

  for (guint i = 0; i < n_records; i++)
    {
      Record *record = g_ptr_array_index (compiler->records, i);

      for (guint m = 0; record->kind == COOP_TERRITORY_KIND_EPCI && record->members != NULL &&
                        m < record->members->len; m++)
        {
          PendingMember *member = &g_array_index (record->members, PendingMember, m);
          Record *commune;

          if (g_hash_table_contains (communes, member->member_code))
            continue;
          commune = record_new (COOP_TERRITORY_KIND_COMMUNE);
          commune->code = g_strdup (member->member_code);
          commune->name = g_strdup (member->member_name != NULL ? member->member_name : member->member_code);
          commune->siren = g_strdup (member->member_siren);
          commune->path = g_strdup_printf ("%s.membres[%u]", record->path, m);
          g_ptr_array_add (compiler->records, commune);
          g_hash_table_add (communes, commune->code);
        }
    }
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
  const char *member_populations = NULL;
  const char *missing_members = NULL;
  gint64 year = 0;
  gint64 population_year = 0;
  gint64 member_population_year = 0;

  document = load_source (compiler, directory, "source", cancellable, error);
  if (document == NULL)
    return FALSE;

  root = _coop_json_document_get_root (document);
  if (_coop_json_expect_object (document, root, "$", error) == NULL ||
      !_coop_json_get_string (document, root, "$", "package", TRUE, &name, error) ||
      !_coop_json_get_string (document, root, "$", "version", TRUE, &version, error) ||
      !_coop_json_get_int (document, root, "$", "millesime", FALSE, 1800, 3000, &year, error) ||
      !_coop_json_get_int (document, root, "$", "population-year", TRUE, 1800, 3000,
                           &population_year, error) ||
      !_coop_json_get_int (document, root, "$", "member-population-year", FALSE, 0, 3000,
                           &member_population_year, error) ||
      !_coop_json_get_string (document, root, "$", "member-populations", FALSE,
                              &member_populations, error) ||
      !_coop_json_get_string (document, root, "$", "members-missing-from-communes", FALSE,
                              &missing_members, error))
    return FALSE;

  if (missing_members != NULL && !g_str_equal (missing_members, "add"))
    {
      _coop_json_set_error (error, document, root, "$.members-missing-from-communes",
                            COOP_ERROR_INVALID_VALUE,
                            _("“members-missing-from-communes” is “%s”; expected add"), missing_members);
      return FALSE;
    }
  compiler->add_missing_members = missing_members != NULL;

  if (member_populations != NULL && !g_str_equal (member_populations, "communes") &&
      !g_str_equal (member_populations, "epci"))
    {
      _coop_json_set_error (error, document, root, "$.member-populations", COOP_ERROR_INVALID_VALUE,
                            _("“member-populations” is “%s”; expected epci or communes"),
                            member_populations);
      return FALSE;
    }

  compiler->snapshot->source_name = g_strdup (name);
  compiler->snapshot->source_version = g_strdup (version);
  compiler->snapshot->year = year;
  compiler->snapshot->population_year = population_year;
  compiler->snapshot->member_population_year = member_population_year;
  compiler->members_from_communes = g_strcmp0 (member_populations, "communes") == 0;
  /* Members then count the communes' own figures, of their census year. */
  if (compiler->members_from_communes)
    compiler->snapshot->member_population_year = population_year;

  return TRUE;
}

void
_coop_source_snapshot_free (CoopSourceSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;

  for (guint i = 0; i < N_ATLAS_KINDS; i++)
    g_clear_pointer (&snapshot->by_kind[i], g_hash_table_unref);
  g_clear_pointer (&snapshot->records, g_ptr_array_unref);
  g_free (snapshot->source_name);
  g_free (snapshot->source_version);
  g_free (snapshot);
}

guint32
_coop_source_snapshot_find (CoopSourceSnapshot *snapshot,
                            CoopTerritoryKind   kind,
                            const char         *code)
{
  gpointer value;

  if ((guint)kind < N_ATLAS_KINDS && code != NULL &&
      g_hash_table_lookup_extended (snapshot->by_kind[kind], code, NULL, &value))
    return GPOINTER_TO_UINT (value);

  return COOP_ATLAS_NO_INDEX;
}

static gboolean
source_file_exists (Compiler     *compiler,
                    GFile        *directory,
                    const char   *basename,
                    GCancellable *cancellable)
{
  g_autofree char *gz_name = g_strconcat (basename, ".json.gz", NULL);
  g_autofree char *plain_name = g_strconcat (basename, ".json", NULL);
  g_autoptr(GFile) gz = g_file_get_child (directory, gz_name);
  g_autoptr(GFile) plain = g_file_get_child (directory, plain_name);

  return g_strcmp0 (compiler->override_name, basename) == 0 ||
         g_file_query_exists (gz, cancellable) || g_file_query_exists (plain, cancellable);
}

/* Reads one millésime: @directory holds its source.json and five files
 * (ept.json may be absent: the source has no EPT before 2023). */
CoopSourceSnapshot *
_coop_source_snapshot_read (GFile         *directory,
                            const char    *override_name,
                            GBytes        *override_bytes,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(CoopSourceSnapshot) snapshot = g_new0 (CoopSourceSnapshot, 1);
  g_autoptr(GHashTable) overseas = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Compiler compiler;

  g_return_val_if_fail (G_IS_FILE (directory), NULL);
  g_return_val_if_fail (override_name == NULL || override_bytes != NULL, NULL);

  snapshot->records = g_ptr_array_new_with_free_func (record_free);
  for (guint i = 0; i < N_ATLAS_KINDS; i++)
    snapshot->by_kind[i] = g_hash_table_new (g_str_hash, g_str_equal);

  memset (&compiler, 0, sizeof compiler);
  compiler.snapshot = snapshot;
  compiler.records = snapshot->records;
  compiler.by_kind = snapshot->by_kind;
  compiler.overseas = overseas;
  compiler.override_name = override_name;
  compiler.override_bytes = override_bytes;

  if (!read_manifest (&compiler, directory, cancellable, error) ||
      !read_file (&compiler, directory, "regions", COOP_TERRITORY_KIND_REGION, cancellable, error) ||
      !read_file (&compiler, directory, "departements", COOP_TERRITORY_KIND_DEPARTEMENT, cancellable, error) ||
      !read_file (&compiler, directory, "communes", COOP_TERRITORY_KIND_COMMUNE, cancellable, error) ||
      !read_file (&compiler, directory, "epci", COOP_TERRITORY_KIND_EPCI, cancellable, error) ||
      (source_file_exists (&compiler, directory, "ept", cancellable) &&
       !read_file (&compiler, directory, "ept", COOP_TERRITORY_KIND_EPT, cancellable, error)))
    return NULL;

  if (compiler.add_missing_members)
    add_missing_members (&compiler);

  if (!index_records (&compiler, error) ||
      !link_records (&compiler, error))
    return NULL;

  compute_natures (&compiler);

  return g_steal_pointer (&snapshot);
}

/* The millésimes of a directory that holds several: a millesimes.json
 * listing their subdirectories, oldest first. */
static GPtrArray *
read_millesimes (GFile         *directory,
                 const char    *override_name,
                 GBytes        *override_bytes,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GFile) manifest = g_file_get_child (directory, "millesimes.json");
  g_autoptr(CoopJsonDocument) document = NULL;
  g_autoptr(GPtrArray) snapshots = g_ptr_array_new_with_free_func ((GDestroyNotify)_coop_source_snapshot_free);
  JsonArray *names;
  JsonNode *root;

  if (!g_file_query_exists (manifest, cancellable))
    {
      CoopSourceSnapshot *snapshot = _coop_source_snapshot_read (directory, override_name, override_bytes,
                                                                 cancellable, error);

      if (snapshot == NULL)
        return NULL;
      g_ptr_array_add (snapshots, snapshot);
      return g_steal_pointer (&snapshots);
    }

  document = _coop_json_document_new (g_file_peek_path (manifest));
  if (!_coop_json_document_load_file (document, manifest, cancellable, error))
    return NULL;
  root = _coop_json_document_get_root (document);
  if (_coop_json_expect_object (document, root, "$", error) == NULL)
    return NULL;
  names = _coop_json_expect_array (document, json_object_get_member (json_node_get_object (root), "millesimes")
                                             ? json_object_get_member (json_node_get_object (root), "millesimes")
                                             : root,
                                   "$.millesimes", error);
  if (names == NULL)
    return NULL;
  if (json_array_get_length (names) == 0 || json_array_get_length (names) > G_MAXUINT8)
    {
      _coop_json_set_error (error, document, root, "$.millesimes", COOP_ERROR_INVALID_VALUE,
                            _("“millesimes” lists %u directories; expected 1 to %u"),
                            json_array_get_length (names), G_MAXUINT8);
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (names); i++)
    {
      JsonNode *node = json_array_get_element (names, i);
      g_autofree char *path = g_strdup_printf ("$.millesimes[%u]", i);
      const char *name = JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
                         ? json_node_get_string (node) : NULL;
      g_autoptr(GFile) child = NULL;
      g_autoptr(GError) local_error = NULL;
      CoopSourceSnapshot *snapshot;

      if (name == NULL || name[0] == '\0' || strchr (name, '/') != NULL || name[0] == '.')
        {
          _coop_json_set_error (error, document, node, path, COOP_ERROR_INVALID_VALUE,
                                _("a millésime is not the name of a subdirectory; expected a name such as “2026”"));
          return NULL;
        }
      child = g_file_get_child (directory, name);
      snapshot = _coop_source_snapshot_read (child, NULL, NULL, cancellable, &local_error);
      if (snapshot == NULL)
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
          return NULL;
        }
      g_ptr_array_add (snapshots, snapshot);
      if (snapshot->year == 0 ||
          (i > 0 && snapshot->year <= ((CoopSourceSnapshot *)g_ptr_array_index (snapshots, i - 1))->year))
        {
          _coop_json_set_error (error, document, node, path, COOP_ERROR_INVALID_VALUE,
                                _("millésime “%s” has year %u; expected a “millesime” year in its "
                                  "source.json, later than the one before"),
                                name, snapshot->year);
          return NULL;
        }
    }

  return g_steal_pointer (&snapshots);
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
 * the fuzzer and the bad-input tests feed one damaged file at a time. A
 * directory of several millésimes is compiled whole, without override. */
GBytes *
_coop_atlas_compile_source_with (GFile         *directory,
                                 const char    *override_name,
                                 GBytes        *override_bytes,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  g_autoptr(GPtrArray) snapshots = NULL;

  g_return_val_if_fail (G_IS_FILE (directory), NULL);
  g_return_val_if_fail (override_name == NULL || override_bytes != NULL, NULL);

  snapshots = read_millesimes (directory, override_name, override_bytes, cancellable, error);
  if (snapshots == NULL)
    return NULL;

  return _coop_atlas_write (snapshots);
}
