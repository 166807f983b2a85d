/* coop-atlas.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "coop-atlas-compiler-private.h"
#include "coop-atlas-private.h"
#include "coop-i18n-private.h"
#include "coop-enum-types.h"
#include "coop-error.h"
#include "coop-territory-private.h"
#include "coop-text-private.h"

/**
 * CoopAtlas:
 *
 * The administrative map of France at one date (a millésime): every
 * commune, EPCI à fiscalité propre, EPT, département and région, with their
 * populations and memberships.
 *
 * An atlas is immutable and safe to share between threads. The atlas of
 * France that libcoop installs opens in a few milliseconds with
 * [func@Coop.Atlas.dup_default]: it is a compiled file mapped in memory,
 * and the [class@Coop.Territory] objects are created on first access and
 * then kept, so a lookup always returns the same object.
 *
 * ## References
 *
 * Communes are named by their INSEE code (`38563`), EPCI and EPT by their
 * SIREN (`243800984`). The INSEE codes of départements and régions overlap
 * (`84` is both the Vaucluse and Auvergne-Rhône-Alpes), so they are named
 * `departement:84` and `region:84`; a bare code that is not a commune, an
 * EPCI or an EPT is taken as a département. See
 * [method@Coop.Atlas.lookup].
 *
 * ## Populations
 *
 * A commune carries its INSEE population municipale. An EPCI or EPT
 * carries the per-member figures of the DGCL composition file, which is
 * what the seat rules count; [method@Coop.Atlas.get_member_population]
 * gives them. Départements and régions carry the sum of their communes.
 *
 * Since: 1.0
 */

struct _CoopAtlas
{
  GObject         parent_instance;

  CoopAtlasData  *data;
  char           *source;
  char           *source_version;
  guint           population_year;
  guint           member_population_year;

  /* Territory objects, created on first access; guarded by cache_lock
   * because a shared atlas may be read from several threads. */
  GMutex          cache_lock;
  /* In chunks allocated on first use: opening an atlas allocates and
   * later walks only the chunks of the territories it handed out. */
  CoopTerritory ***cache_chunks;
  guint           n_cache_chunks;
};

G_DEFINE_FINAL_TYPE (CoopAtlas, coop_atlas, G_TYPE_OBJECT)

#define CACHE_CHUNK_SIZE 256

enum {
  PROP_0,
  PROP_SOURCE,
  PROP_SOURCE_VERSION,
  PROP_POPULATION_YEAR,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_atlas_dispose (GObject *object)
{
  CoopAtlas *self = (CoopAtlas *)object;

  for (guint c = 0; c < self->n_cache_chunks; c++)
    {
      for (guint i = 0; self->cache_chunks[c] != NULL && i < CACHE_CHUNK_SIZE; i++)
        g_clear_object (&self->cache_chunks[c][i]);
    }

  G_OBJECT_CLASS (coop_atlas_parent_class)->dispose (object);
}

static void
coop_atlas_finalize (GObject *object)
{
  CoopAtlas *self = (CoopAtlas *)object;

  for (guint c = 0; c < self->n_cache_chunks; c++)
    g_free (self->cache_chunks[c]);
  g_clear_pointer (&self->cache_chunks, g_free);
  g_clear_pointer (&self->data, _coop_atlas_data_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->source_version, g_free);
  g_mutex_clear (&self->cache_lock);

  G_OBJECT_CLASS (coop_atlas_parent_class)->finalize (object);
}

static void
coop_atlas_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CoopAtlas *self = COOP_ATLAS (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      g_value_set_string (value, coop_atlas_get_source (self));
      break;
    case PROP_SOURCE_VERSION:
      g_value_set_string (value, coop_atlas_get_source_version (self));
      break;
    case PROP_POPULATION_YEAR:
      g_value_set_uint (value, coop_atlas_get_population_year (self));
      break;
    case PROP_YEAR:
      g_value_set_uint (value, coop_atlas_get_year (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_atlas_class_init (CoopAtlasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = coop_atlas_dispose;
  object_class->finalize = coop_atlas_finalize;
  object_class->get_property = coop_atlas_get_property;

  /**
   * CoopAtlas:source:
   *
   * The name of the data set the atlas was compiled from.
   *
   * Since: 1.0
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAtlas:source-version:
   *
   * The version of the data set the atlas was compiled from.
   *
   * Since: 1.0
   */
  properties[PROP_SOURCE_VERSION] =
    g_param_spec_string ("source-version", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAtlas:population-year:
   *
   * The census year of the communes' populations.
   *
   * Since: 1.0
   */
  properties[PROP_POPULATION_YEAR] =
    g_param_spec_uint ("population-year", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopAtlas:year:
   *
   * The millésime the atlas shows: the map as of 1 January of that year
   * (0 for an atlas compiled from a source that does not say).
   *
   * Since: 1.0
   */
  properties[PROP_YEAR] =
    g_param_spec_uint ("year", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_atlas_init (CoopAtlas *self)
{
  g_mutex_init (&self->cache_lock);
}

static char *
metadata_string (CoopAtlasData *data,
                 const char    *key)
{
  g_autoptr(GVariant) value = _coop_atlas_data_lookup_metadata (data, key, G_VARIANT_TYPE_STRING);

  return value != NULL ? g_variant_dup_string (value, NULL) : NULL;
}

CoopAtlas *
_coop_atlas_new_for_bytes_year (GBytes  *bytes,
                                guint    year,
                                GError **error)
{
  g_autoptr(CoopAtlasData) data = NULL;
  g_autoptr(GVariant) population_year = NULL;
  g_autoptr(GVariant) member_population_year = NULL;
  CoopAtlas *self;

  data = _coop_atlas_data_new (bytes, year, error);
  if (data == NULL)
    return NULL;

  self = g_object_new (COOP_TYPE_ATLAS, NULL);
  self->data = g_steal_pointer (&data);
  self->n_cache_chunks = (_coop_atlas_data_get_n_territories (self->data) + CACHE_CHUNK_SIZE - 1) / CACHE_CHUNK_SIZE;
  self->cache_chunks = g_new0 (CoopTerritory **, self->n_cache_chunks);
  self->source = metadata_string (self->data, "source");
  self->source_version = metadata_string (self->data, "source-version");
  population_year = _coop_atlas_data_lookup_metadata (self->data, "population-year", G_VARIANT_TYPE_UINT32);
  self->population_year = population_year != NULL ? g_variant_get_uint32 (population_year) : 0;
  member_population_year = _coop_atlas_data_lookup_metadata (self->data, "member-population-year",
                                                             G_VARIANT_TYPE_UINT32);
  self->member_population_year = member_population_year != NULL ? g_variant_get_uint32 (member_population_year)
                                                                : 0;

  return self;
}

CoopAtlas *
_coop_atlas_new_for_bytes (GBytes  *bytes,
                           GError **error)
{
  return _coop_atlas_new_for_bytes_year (bytes, 0, error);
}

/* Maps @path, refusing what is not a regular file: a FIFO or a device
 * would block the open or the read, or never end. */
static GMappedFile *
map_regular_file (const char  *path,
                  GError     **error)
{
  GMappedFile *mapped;
  struct stat info;
  int fd;

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("cannot open “%s”: %s"), path, g_strerror (saved_errno));
      return NULL;
    }

  if (fstat (fd, &info) != 0 || !S_ISREG (info.st_mode))
    {
      close (fd);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("“%s” is not a regular file; expected a compiled atlas file"), path);
      return NULL;
    }

  mapped = g_mapped_file_new_from_fd (fd, FALSE, error);
  close (fd);

  return mapped;
}

/**
 * coop_atlas_new_for_file:
 * @file: a compiled atlas file
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Opens a compiled atlas file, such as one produced by
 * [func@Coop.Atlas.compile_source] for another millésime. The file is
 * mapped, not read: opening costs the same whatever its size.
 *
 * A truncated, damaged or wrong-version file, or one whose figures are out
 * of range, is refused with %COOP_ERROR_CORRUPT_ATLAS or
 * %COOP_ERROR_UNSUPPORTED_VERSION; a local path that is not a regular file
 * (a FIFO, a device) with %G_IO_ERROR_NOT_REGULAR_FILE, without blocking.
 *
 * Returns: (transfer full): the atlas, or %NULL with @error set
 *
 * Since: 1.0
 */
CoopAtlas *
coop_atlas_new_for_file (GFile         *file,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *path;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  path = g_file_peek_path (file);
  if (path != NULL)
    {
      mapped = map_regular_file (path, &local_error);
      if (mapped == NULL)
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                      _("cannot open the atlas: "));
          return NULL;
        }
      bytes = g_mapped_file_get_bytes (mapped);
    }
  else
    {
      bytes = g_file_load_bytes (file, cancellable, NULL, error);
      if (bytes == NULL)
        return NULL;
    }

  if (bytes == NULL)
    bytes = g_bytes_new (NULL, 0);

  {
    CoopAtlas *self = _coop_atlas_new_for_bytes (bytes, &local_error);

    if (self == NULL)
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ",
                                  path != NULL ? path : "atlas");
    return self;
  }
}

static void
new_for_file_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  GError *error = NULL;
  CoopAtlas *atlas;

  atlas = coop_atlas_new_for_file (task_data, cancellable, &error);
  if (atlas == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, atlas, g_object_unref);
}

/**
 * coop_atlas_new_for_file_async:
 * @file: a compiled atlas file
 * @cancellable: (nullable): a cancellable
 * @callback: (scope async): called when the atlas is open
 * @user_data: data for @callback
 *
 * Opens a compiled atlas file in a worker thread; see
 * [ctor@Coop.Atlas.new_for_file].
 *
 * Since: 1.0
 */
void
coop_atlas_new_for_file_async (GFile               *file,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, coop_atlas_new_for_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, new_for_file_thread);
}

/**
 * coop_atlas_new_for_file_finish:
 * @result: the result passed to the callback
 * @error: return location for an error
 *
 * Completes [func@Coop.Atlas.new_for_file_async].
 *
 * Returns: (transfer full): the atlas, or %NULL with @error set
 *
 * Since: 1.0
 */
CoopAtlas *
coop_atlas_new_for_file_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == coop_atlas_new_for_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * coop_atlas_compile_source:
 * @directory: a directory of `@etalab/decoupage-administratif` files
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Compiles a source directory into the bytes of an atlas file, to be saved
 * and opened with [ctor@Coop.Atlas.new_for_file].
 *
 * The directory holds `communes.json`, `epci.json`, `ept.json`,
 * `departements.json` and `regions.json` (each possibly gzipped, with a
 * `.json.gz` name) and a `source.json` manifest naming the package, its
 * version and the census year of the populations.
 *
 * Returns: (transfer full): the compiled atlas, or %NULL with @error set
 *
 * Since: 1.0
 */
GBytes *
coop_atlas_compile_source (GFile         *directory,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (directory), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _coop_atlas_compile_source (directory, cancellable, error);
}

/**
 * coop_atlas_new_for_source:
 * @directory: a directory of `@etalab/decoupage-administratif` files
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Opens an atlas straight from its JSON source files. This is slower than
 * a compiled atlas (the files are parsed and compiled in memory) and is
 * meant for new data sets and for checking the compiled one.
 *
 * Returns: (transfer full): the atlas, or %NULL with @error set
 *
 * Since: 1.0
 */
CoopAtlas *
coop_atlas_new_for_source (GFile         *directory,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (directory), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = _coop_atlas_compile_source (directory, cancellable, error);
  if (bytes == NULL)
    return NULL;

  return _coop_atlas_new_for_bytes (bytes, error);
}

/* The default atlas of each millésime, opened on first use; year 0 (the
 * latest) is one of them. */
static GHashTable *default_atlases;
static GMutex default_atlas_lock;

static CoopAtlas *
open_default_file (GError **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  CoopAtlas *atlas;
  const char *path;
  gboolean from_environment;

  path = g_getenv ("COOP_ATLAS");
  from_environment = path != NULL && path[0] != '\0';
  if (!from_environment)
    path = COOP_DEFAULT_ATLAS;

  file = g_file_new_for_path (path);
  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
    atlas = coop_atlas_new_for_source (file, NULL, &local_error);
  else
    atlas = coop_atlas_new_for_file (file, NULL, &local_error);

  if (atlas == NULL)
    {
      /* Say which file was tried and where it came from: an uninstalled
       * program finds nothing at the installed path. */
      g_autofree char *message = local_error->message;

      if (from_environment)
        local_error->message = g_strdup_printf (_("%s (the atlas named by COOP_ATLAS=%s)"), message, path);
      else
        local_error->message = g_strdup_printf (_("%s (the installed atlas %s; COOP_ATLAS is not set: set it "
                                                  "to the path of another atlas file, or run uninstalled "
                                                  "programs under “meson devenv”)"),
                                                message, path);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return atlas;
}

/**
 * coop_atlas_dup_default:
 * @error: return location for an error
 *
 * Gets the atlas of France installed with libcoop at its latest millésime,
 * opening it on first use. Every caller shares the same object; see
 * [func@Coop.Atlas.dup_default_for_year] for another millésime.
 *
 * The `COOP_ATLAS` environment variable, when set, names another file to
 * use instead: a compiled atlas, or a directory of source files. The
 * message of the error names the file tried and whether it came from
 * `COOP_ATLAS`. `meson devenv` sets `COOP_ATLAS` to the atlas of the build
 * tree.
 *
 * Returns: (transfer full): the atlas, or %NULL with @error set when no
 *   atlas can be opened
 *
 * Since: 1.0
 */
CoopAtlas *
coop_atlas_dup_default (GError **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return coop_atlas_dup_default_for_year (0, error);
}

/**
 * coop_atlas_dup_default_for_year:
 * @year: a millésime, such as 2020, or 0 for the latest
 * @error: return location for an error
 *
 * Gets the atlas of France installed with libcoop as of 1 January of
 * @year (the millésime): its communes, EPCI and their members, and the
 * populations that were in force then. Every caller asking for the same
 * millésime shares the same object; all share one mapped file.
 *
 * A year the atlas does not hold is refused with %COOP_ERROR_NOT_FOUND and
 * a message listing the millésimes it holds.
 *
 * Returns: (transfer full): the atlas, or %NULL with @error set
 *
 * Since: 1.0
 */
CoopAtlas *
coop_atlas_dup_default_for_year (guint    year,
                                 GError **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&default_atlas_lock);
  CoopAtlas *latest;
  CoopAtlas *atlas;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (default_atlases == NULL)
    default_atlases = g_hash_table_new (NULL, NULL);

  atlas = g_hash_table_lookup (default_atlases, GUINT_TO_POINTER (year));
  if (atlas != NULL)
    return g_object_ref (atlas);

  latest = g_hash_table_lookup (default_atlases, GUINT_TO_POINTER (0));
  if (latest == NULL)
    {
      latest = open_default_file (error);
      if (latest == NULL)
        return NULL;
      /* Kept for the life of the process, like any shared default. */
      g_hash_table_insert (default_atlases, GUINT_TO_POINTER (0), latest);
      if (coop_atlas_get_year (latest) != 0)
        g_hash_table_insert (default_atlases, GUINT_TO_POINTER (coop_atlas_get_year (latest)),
                             g_object_ref (latest));
    }

  atlas = g_hash_table_lookup (default_atlases, GUINT_TO_POINTER (year));
  if (atlas == NULL)
    {
      atlas = coop_atlas_open_year (latest, year, error);
      if (atlas == NULL)
        return NULL;
      g_hash_table_insert (default_atlases, GUINT_TO_POINTER (year), atlas);
    }

  return g_object_ref (atlas);
}

/**
 * coop_atlas_open_year:
 * @self: an atlas
 * @year: a millésime @self's file holds, or 0 for the latest
 * @error: return location for an error
 *
 * Opens the same atlas file at another millésime. The file is shared, not
 * read again: this costs what opening the file costs.
 *
 * A year the file does not hold is refused with %COOP_ERROR_NOT_FOUND and
 * a message listing the millésimes it holds.
 *
 * Returns: (transfer full): the atlas at @year, or %NULL with @error set
 *
 * Since: 1.0
 */
CoopAtlas *
coop_atlas_open_year (CoopAtlas  *self,
                      guint       year,
                      GError    **error)
{
  g_return_val_if_fail (COOP_IS_ATLAS (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _coop_atlas_new_for_bytes_year (_coop_atlas_data_get_bytes (self->data), year, error);
}

/**
 * coop_atlas_get_year:
 * @self: an atlas
 *
 * Gets the millésime @self shows: the map as of 1 January of that year.
 *
 * Returns: the year, or 0 when the source does not say
 *
 * Since: 1.0
 */
guint
coop_atlas_get_year (CoopAtlas *self)
{
  g_return_val_if_fail (COOP_IS_ATLAS (self), 0);

  return _coop_atlas_data_get_year (self->data);
}

/**
 * coop_atlas_get_years:
 * @self: an atlas
 * @n_years: (out): where to store the number of millésimes
 *
 * Lists the millésimes @self's file holds, oldest first; any of them can
 * be opened with [method@Coop.Atlas.open_year].
 *
 * Returns: (array length=n_years) (transfer full): the years
 *
 * Since: 1.0
 */
guint *
coop_atlas_get_years (CoopAtlas *self,
                      guint     *n_years)
{
  GArray *years;

  g_return_val_if_fail (COOP_IS_ATLAS (self), NULL);
  g_return_val_if_fail (n_years != NULL, NULL);

  years = _coop_atlas_data_get_years (self->data);
  *n_years = years->len;
  return g_memdup2 (years->data, sizeof (guint) * MAX (years->len, 1));
}

/**
 * coop_atlas_get_member_population_year:
 * @self: an atlas
 *
 * Gets the census year of the per-member populations of the EPCI (the
 * figures the seat rules count), which may differ from the communes' own
 * (see [method@Coop.Atlas.get_population_year]).
 *
 * Returns: the year, or 0 when unknown
 *
 * Since: 1.0
 */
guint
coop_atlas_get_member_population_year (CoopAtlas *self)
{
  g_return_val_if_fail (COOP_IS_ATLAS (self), 0);

  return self->member_population_year;
}

/**
 * coop_atlas_get_source:
 * @self: an atlas
 *
 * Gets the name of the data set, such as `@etalab/decoupage-administratif`.
 *
 * Returns: (nullable): the source name
 *
 * Since: 1.0
 */
const char *
coop_atlas_get_source (CoopAtlas *self)
{
  g_return_val_if_fail (COOP_IS_ATLAS (self), NULL);

  return self->source;
}

/**
 * coop_atlas_get_source_version:
 * @self: an atlas
 *
 * Gets the version of the data set.
 *
 * Returns: (nullable): the version
 *
 * Since: 1.0
 */
const char *
coop_atlas_get_source_version (CoopAtlas *self)
{
  g_return_val_if_fail (COOP_IS_ATLAS (self), NULL);

  return self->source_version;
}

/**
 * coop_atlas_get_population_year:
 * @self: an atlas
 *
 * Gets the census year of the communes' populations.
 *
 * Returns: the year, or 0 when unknown
 *
 * Since: 1.0
 */
guint
coop_atlas_get_population_year (CoopAtlas *self)
{
  g_return_val_if_fail (COOP_IS_ATLAS (self), 0);

  return self->population_year;
}

CoopAtlasData *
_coop_atlas_get_data (CoopAtlas *self)
{
  return self->data;
}

CoopTerritory *
_coop_atlas_dup_territory_at (CoopAtlas *self,
                              guint32    index)
{
  g_autoptr(GMutexLocker) locker = NULL;
  CoopAtlasEntry entry;
  CoopTerritoryRecord record;
  char departement[COOP_ATLAS_CODE_MAX_LEN + 1];
  char region[COOP_ATLAS_CODE_MAX_LEN + 1];
  char epci[COOP_ATLAS_CODE_MAX_LEN + 1];
  char ept[COOP_ATLAS_CODE_MAX_LEN + 1];
  char parent[COOP_ATLAS_CODE_MAX_LEN + 1];
  g_autofree char *parent_reference = NULL;
  CoopTerritory **slot;

  g_return_val_if_fail (index < _coop_atlas_data_get_n_territories (self->data), NULL);

  locker = g_mutex_locker_new (&self->cache_lock);
  if (self->cache_chunks[index / CACHE_CHUNK_SIZE] == NULL)
    self->cache_chunks[index / CACHE_CHUNK_SIZE] = g_new0 (CoopTerritory *, CACHE_CHUNK_SIZE);
  slot = &self->cache_chunks[index / CACHE_CHUNK_SIZE][index % CACHE_CHUNK_SIZE];
  if (*slot != NULL)
    return g_object_ref (*slot);

  _coop_atlas_data_get_entry (self->data, index, &entry);
  _coop_atlas_data_get_code (self->data, entry.departement, departement);
  _coop_atlas_data_get_code (self->data, entry.region, region);
  _coop_atlas_data_get_code (self->data, entry.epci, epci);
  _coop_atlas_data_get_code (self->data, entry.ept, ept);
  _coop_atlas_data_get_code (self->data, entry.parent, parent);
  if (parent[0] != '\0')
    parent_reference = _coop_atlas_data_get_kind (self->data, entry.parent) == COOP_TERRITORY_KIND_COLLECTIVITE_OUTRE_MER
                       ? g_strconcat ("collectivite-outre-mer:", parent, NULL)
                       : g_strdup (parent);

  record = (CoopTerritoryRecord) {
    .kind = entry.kind,
    .code = entry.code,
    .name = entry.name,
    .siren = entry.siren,
    .epci_form = entry.epci_form,
    .fiscal_regime = entry.fiscal_regime,
    .population_municipale = entry.population_municipale,
    .population_totale = entry.population_totale,
    .population_year = entry.population_year,
    .departement_code = departement[0] != '\0' ? departement : NULL,
    .region_code = region[0] != '\0' ? region : NULL,
    .epci_code = epci[0] != '\0' ? epci : NULL,
    .ept_code = ept[0] != '\0' ? ept : NULL,
    .parent_code = parent_reference,
    .default_nature = entry.nature,
  };

  *slot = _coop_territory_new_from_record (&record);

  return g_object_ref (*slot);
}

guint32
_coop_atlas_get_index (CoopAtlas     *self,
                       CoopTerritory *territory)
{
  if (!coop_territory_is_from_atlas (territory))
    return COOP_ATLAS_NO_INDEX;

  return _coop_atlas_data_find_code (self->data,
                                     coop_territory_get_kind (territory),
                                     coop_territory_get_code (territory));
}

guint32
_coop_atlas_resolve_reference (CoopAtlas  *self,
                               const char *reference)
{
  static const CoopTerritoryKind bare_order[] = {
    COOP_TERRITORY_KIND_COMMUNE,
    COOP_TERRITORY_KIND_EPCI,
    COOP_TERRITORY_KIND_EPT,
    COOP_TERRITORY_KIND_DEPARTEMENT,
    COOP_TERRITORY_KIND_COLLECTIVITE_OUTRE_MER,
    COOP_TERRITORY_KIND_ARRONDISSEMENT_MUNICIPAL,
    COOP_TERRITORY_KIND_COMMUNE_DELEGUEE,
    COOP_TERRITORY_KIND_COMMUNE_ASSOCIEE,
  };
  const char *colon;
  guint64 siren;

  if (reference == NULL)
    return COOP_ATLAS_NO_INDEX;

  colon = strchr (reference, ':');
  if (colon != NULL)
    {
      g_autofree char *nick = g_strndup (reference, colon - reference);
      CoopTerritoryKind kind;

      if (!coop_territory_kind_from_string (nick, &kind))
        return COOP_ATLAS_NO_INDEX;
      return _coop_atlas_data_find_code (self->data, kind, colon + 1);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bare_order); i++)
    {
      guint32 index = _coop_atlas_data_find_code (self->data, bare_order[i], reference);

      if (index != COOP_ATLAS_NO_INDEX)
        return index;
    }

  /* A commune's SIREN names the commune too. */
  if (_coop_atlas_parse_siren (reference, &siren))
    return _coop_atlas_data_find_siren (self->data, siren);

  return COOP_ATLAS_NO_INDEX;
}

static CoopTerritory *
dup_or_null (CoopAtlas *self,
             guint32    index)
{
  return index != COOP_ATLAS_NO_INDEX ? _coop_atlas_dup_territory_at (self, index) : NULL;
}

/**
 * coop_atlas_count:
 * @self: an atlas
 * @kind: a kind of the administrative map
 *
 * Counts the territories of one kind.
 *
 * Returns: how many territories of @kind the atlas holds
 *
 * Since: 1.0
 */
guint
coop_atlas_count (CoopAtlas         *self,
                  CoopTerritoryKind  kind)
{
  const guint32 *indexes;
  guint n_indexes;

  g_return_val_if_fail (COOP_IS_ATLAS (self), 0);

  _coop_atlas_data_get_present (self->data, kind, &indexes, &n_indexes);
  return n_indexes;
}

/**
 * coop_atlas_list_territories:
 * @self: an atlas
 * @kind: a kind of the administrative map
 *
 * Lists every territory of one kind, sorted by code. Territories of project
 * are not in the atlas: the list is then empty.
 *
 * Returns: (transfer full): a list model of [class@Coop.Territory]
 *
 * Since: 1.0
 */
GListModel *
coop_atlas_list_territories (CoopAtlas         *self,
                             CoopTerritoryKind  kind)
{
  g_autoptr(GArray) present = NULL;
  const guint32 *indexes;
  guint n_indexes;

  g_return_val_if_fail (COOP_IS_ATLAS (self), NULL);

  _coop_atlas_data_get_present (self->data, kind, &indexes, &n_indexes);
  present = g_array_sized_new (FALSE, FALSE, sizeof (guint32), n_indexes);
  for (guint i = 0; i < n_indexes; i++)
    {
      /* Checked here, since a damaged list may name anything. */
      if (indexes[i] < _coop_atlas_data_get_n_territories (self->data))
        g_array_append_val (present, indexes[i]);
    }
  return _coop_atlas_list_new (self, present);
}

/**
 * coop_atlas_lookup:
 * @self: an atlas
 * @reference: a code or a qualified reference
 *
 * Finds a territory by reference: an INSEE commune code, the SIREN of an
 * EPCI, an EPT or a commune, or `KIND:CODE` (`departement:38`,
 * `region:84`, `epci:243800984`). A bare code that is neither a commune,
 * an EPCI nor an EPT is tried as a département.
 *
 * Returns: (transfer full) (nullable): the territory, or %NULL
 *
 * Since: 1.0
 */
CoopTerritory *
coop_atlas_lookup (CoopAtlas  *self,
                   const char *reference)
{
  g_return_val_if_fail (COOP_IS_ATLAS (self), NULL);
  g_return_val_if_fail (reference != NULL, NULL);

  return dup_or_null (self, _coop_atlas_resolve_reference (self, reference));
}

/**
 * coop_atlas_lookup_kind:
 * @self: an atlas
 * @kind: the kind of territory
 * @code: its code
 *
 * Finds a territory of a given kind by its code.
 *
 * Returns: (transfer full) (nullable): the territory, or %NULL
 *
 * Since: 1.0
 */
CoopTerritory *
coop_atlas_lookup_kind (CoopAtlas         *self,
                        CoopTerritoryKind  kind,
                        const char        *code)
{
  g_return_val_if_fail (COOP_IS_ATLAS (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  return dup_or_null (self, _coop_atlas_data_find_code (self->data, kind, code));
}

/**
 * coop_atlas_lookup_siren:
 * @self: an atlas
 * @siren: a SIREN of nine digits
 *
 * Finds the commune, EPCI or EPT with this SIREN.
 *
 * Returns: (transfer full) (nullable): the territory, or %NULL
 *
 * Since: 1.0
 */
CoopTerritory *
coop_atlas_lookup_siren (CoopAtlas  *self,
                         const char *siren)
{
  guint64 value;

  g_return_val_if_fail (COOP_IS_ATLAS (self), NULL);
  g_return_val_if_fail (siren != NULL, NULL);

  if (!_coop_atlas_parse_siren (siren, &value))
    return NULL;

  return dup_or_null (self, _coop_atlas_data_find_siren (self->data, value));
}

typedef struct
{
  guint32 territory;
  guint   rank;
  gint64  population;
} RankedMatch;

static int
ranked_match_cmp (gconstpointer a,
                  gconstpointer b)
{
  const RankedMatch *ma = a;
  const RankedMatch *mb = b;

  if (ma->rank != mb->rank)
    return ma->rank < mb->rank ? -1 : 1;
  if (ma->population != mb->population)
    return ma->population > mb->population ? -1 : 1;
  return ma->territory < mb->territory ? -1 : (ma->territory > mb->territory);
}

/**
 * coop_atlas_search:
 * @self: an atlas
 * @text: what the user typed
 * @max_results: the most results to return, or 0 for all
 *
 * Finds territories by name, ignoring case, accents and punctuation: the
 * text must begin the name or one of its words, so `voiron` finds Voiron
 * and the CA du Pays Voironnais. The usual abbreviations are understood:
 * `st etienne` finds Saint-Étienne, `ste` is sainte, `s/` is sur, and an
 * article placed after the name (`Sables-d'Olonne (Les)`) goes before it.
 *
 * Exact names come first, then names that begin with @text, then names
 * with a word that does; within each, the most populous first.
 *
 * Returns: (transfer full): a list model of [class@Coop.Territory]
 *
 * Since: 1.0
 */
GListModel *
coop_atlas_search (CoopAtlas  *self,
                   const char *text,
                   guint       max_results)
{
  g_autofree char *key = NULL;
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GArray) ranked = NULL;
  g_autoptr(GArray) indexes = NULL;
  g_autoptr(GHashTable) seen = NULL;

  g_return_val_if_fail (COOP_IS_ATLAS (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  key = _coop_text_normalise_query (text);
  matches = g_array_new (FALSE, FALSE, sizeof (CoopAtlasNameMatch));
  _coop_atlas_data_search_names (self->data, key, matches);

  ranked = g_array_sized_new (FALSE, FALSE, sizeof (RankedMatch), matches->len);
  seen = g_hash_table_new (NULL, NULL);

  /* A name matches once, with its best rank: the whole-name entries sort
   * before word entries of the same key only by chance, so keep the best. */
  for (guint i = 0; i < matches->len; i++)
    {
      CoopAtlasNameMatch *match = &g_array_index (matches, CoopAtlasNameMatch, i);
      guint rank = match->exact ? 0 : match->whole_name ? 1 : 2;
      gpointer position;

      if (g_hash_table_lookup_extended (seen, GUINT_TO_POINTER (match->territory), NULL, &position))
        {
          RankedMatch *previous = &g_array_index (ranked, RankedMatch, GPOINTER_TO_UINT (position));

          previous->rank = MIN (previous->rank, rank);
        }
      else
        {
          CoopAtlasEntry entry;
          RankedMatch item;

          _coop_atlas_data_get_entry (self->data, match->territory, &entry);
          item = (RankedMatch) { match->territory, rank, entry.population_municipale };
          g_hash_table_insert (seen, GUINT_TO_POINTER (match->territory), GUINT_TO_POINTER (ranked->len));
          g_array_append_val (ranked, item);
        }
    }

  g_array_sort (ranked, ranked_match_cmp);

  indexes = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint i = 0; i < ranked->len && (max_results == 0 || i < max_results); i++)
    g_array_append_val (indexes, g_array_index (ranked, RankedMatch, i).territory);

  return _coop_atlas_list_new (self, indexes);
}

static guint32
require_index (CoopAtlas     *self,
               CoopTerritory *territory)
{
  return _coop_atlas_get_index (self, territory);
}

/**
 * coop_atlas_list_members:
 * @self: an atlas
 * @territory: a territory of @self
 *
 * Lists the direct members of a territory: the communes of an EPCI, an EPT
 * or a département (an EPCI's largest first), the départements of a
 * région. A commune has none.
 *
 * Returns: (transfer full): a list model of [class@Coop.Territory]
 *
 * Since: 1.0
 */
GListModel *
coop_atlas_list_members (CoopAtlas     *self,
                         CoopTerritory *territory)
{
  g_autoptr(GArray) indexes = NULL;
  const CoopAtlasMembership *memberships = NULL;
  guint n_memberships = 0;
  guint32 index;

  g_return_val_if_fail (COOP_IS_ATLAS (self), NULL);
  g_return_val_if_fail (COOP_IS_TERRITORY (territory), NULL);

  indexes = g_array_new (FALSE, FALSE, sizeof (guint32));
  index = require_index (self, territory);
  if (index != COOP_ATLAS_NO_INDEX)
    memberships = _coop_atlas_data_get_memberships (self->data, index, &n_memberships);

  for (guint i = 0; i < n_memberships; i++)
    {
      if (memberships[i].member < _coop_atlas_data_get_n_territories (self->data))
        g_array_append_val (indexes, memberships[i].member);
    }

  return _coop_atlas_list_new (self, indexes);
}

static int
index_cmp (gconstpointer a,
           gconstpointer b)
{
  guint32 ia = *(const guint32 *)a;
  guint32 ib = *(const guint32 *)b;

  return ia < ib ? -1 : (ia > ib);
}

static void
collect_communes (CoopAtlas *self,
                  guint32    index,
                  GArray    *out,
                  guint8    *expanded,
                  guint      depth)
{
  const CoopAtlasMembership *memberships;
  guint n_memberships;
  guint n = _coop_atlas_data_get_n_territories (self->data);

  /* The administrative map is at most région > département > commune; a
   * deeper chain only comes from a damaged file. */
  if (index >= n || depth > 3)
    return;

  if (_coop_atlas_data_get_kind (self->data, index) == COOP_TERRITORY_KIND_COMMUNE)
    {
      g_array_append_val (out, index);
      return;
    }

  /* Each perimeter is expanded once: a damaged file that lists the same
   * département a million times must not cost a million walks. */
  if (expanded[index / 8] & (1u << (index % 8)))
    return;
  expanded[index / 8] |= 1u << (index % 8);

  memberships = _coop_atlas_data_get_memberships (self->data, index, &n_memberships);
  for (guint i = 0; i < n_memberships; i++)
    collect_communes (self, memberships[i].member, out, expanded, depth + 1);
}

GArray *
_coop_atlas_collect_communes (CoopAtlas *self,
                              guint32    index)
{
  GArray *communes = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree guint8 *expanded = NULL;

  if (_coop_atlas_data_get_kind (self->data, index) == COOP_TERRITORY_KIND_COMMUNE)
    {
      if (index < _coop_atlas_data_get_n_territories (self->data))
        g_array_append_val (communes, index);
      return communes;
    }

  expanded = g_malloc0 (_coop_atlas_data_get_n_territories (self->data) / 8 + 1);
  collect_communes (self, index, communes, expanded, 0);
  _coop_atlas_sort_unique (communes);

  return communes;
}

/* Sorts atlas indexes and drops repeats, so that perimeters can be
 * intersected by merging. */
void
_coop_atlas_sort_unique (GArray *indexes)
{
  guint kept = 0;

  g_array_sort (indexes, index_cmp);
  for (guint i = 0; i < indexes->len; i++)
    {
      if (kept == 0 || g_array_index (indexes, guint32, i) != g_array_index (indexes, guint32, kept - 1))
        g_array_index (indexes, guint32, kept++) = g_array_index (indexes, guint32, i);
    }
  g_array_set_size (indexes, kept);
}

GArray *
_coop_atlas_intersect (GArray *first,
                       GArray *second)
{
  GArray *result = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint i = 0, j = 0;

  while (i < first->len && j < second->len)
    {
      guint32 a = g_array_index (first, guint32, i);
      guint32 b = g_array_index (second, guint32, j);

      if (a == b)
        {
          g_array_append_val (result, a);
          i++;
          j++;
        }
      else if (a < b)
        i++;
      else
        j++;
    }

  return result;
}

/**
 * coop_atlas_list_communes:
 * @self: an atlas
 * @territory: a territory of @self
 *
 * Lists every commune inside a territory's perimeter, sorted by code: the
 * commune itself, the members of an EPCI, the communes of every
 * département of a région.
 *
 * Returns: (transfer full): a list model of [class@Coop.Territory]
 *
 * Since: 1.0
 */
GListModel *
coop_atlas_list_communes (CoopAtlas     *self,
                          CoopTerritory *territory)
{
  g_autoptr(GArray) communes = NULL;
  guint32 index;

  g_return_val_if_fail (COOP_IS_ATLAS (self), NULL);
  g_return_val_if_fail (COOP_IS_TERRITORY (territory), NULL);

  index = require_index (self, territory);
  communes = index != COOP_ATLAS_NO_INDEX ? _coop_atlas_collect_communes (self, index)
                                          : g_array_new (FALSE, FALSE, sizeof (guint32));

  return _coop_atlas_list_new (self, communes);
}

/**
 * coop_atlas_list_containers:
 * @self: an atlas
 * @territory: a territory of @self
 *
 * Lists every atlas territory whose perimeter contains the whole of
 * @territory's: for a commune its EPCI, its EPT, its département and its
 * région (or its collectivité d'outre-mer); for an EPCI the département and
 * région it lies in, when it does not cross their borders; for a commune
 * déléguée or associée or a municipal arrondissement, its commune and what
 * contains that.
 *
 * Returns: (transfer full): a list model of [class@Coop.Territory], the
 *   smallest first
 *
 * Since: 1.0
 */
GListModel *
coop_atlas_list_containers (CoopAtlas     *self,
                            CoopTerritory *territory)
{
  g_autoptr(GArray) indexes = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) communes = NULL;
  CoopAtlasEntry first;
  guint32 candidates[5];
  guint32 index;

  g_return_val_if_fail (COOP_IS_ATLAS (self), NULL);
  g_return_val_if_fail (COOP_IS_TERRITORY (territory), NULL);

  index = require_index (self, territory);
  if (index == COOP_ATLAS_NO_INDEX)
    return _coop_atlas_list_new (self, indexes);

  /* A part of a commune lies in its commune and in what contains it. Only
   * a commune is followed as a parent, so a damaged file whose parents
   * loop cannot recurse without end. */
  _coop_atlas_data_get_entry (self->data, index, &first);
  if (first.parent != COOP_ATLAS_NO_INDEX && first.kind != COOP_TERRITORY_KIND_COMMUNE &&
      _coop_atlas_data_get_kind (self->data, first.parent) == COOP_TERRITORY_KIND_COMMUNE)
    {
      g_autoptr(CoopTerritory) parent = _coop_atlas_dup_territory_at (self, first.parent);
      g_autoptr(GListModel) above = coop_atlas_list_containers (self, parent);

      g_array_append_val (indexes, first.parent);
      for (guint i = 0; i < g_list_model_get_n_items (above); i++)
        {
          g_autoptr(CoopTerritory) container = g_list_model_get_item (above, i);
          guint32 container_index = require_index (self, container);

          if (container_index != COOP_ATLAS_NO_INDEX)
            g_array_append_val (indexes, container_index);
        }
      return _coop_atlas_list_new (self, indexes);
    }

  communes = _coop_atlas_collect_communes (self, index);
  if (communes->len == 0)
    return _coop_atlas_list_new (self, indexes);

  /* Whatever contains the perimeter contains its first commune, and it
   * contains the whole perimeter when every commune names it as its EPCI,
   * EPT, département or région. */
  _coop_atlas_data_get_entry (self->data, g_array_index (communes, guint32, 0), &first);
  candidates[0] = first.epci;
  candidates[1] = first.ept;
  candidates[2] = first.departement;
  candidates[3] = first.region;
  candidates[4] = first.parent;

  for (guint c = 1; c < communes->len; c++)
    {
      CoopAtlasEntry entry;

      _coop_atlas_data_get_entry (self->data, g_array_index (communes, guint32, c), &entry);
      if (entry.epci != candidates[0])
        candidates[0] = COOP_ATLAS_NO_INDEX;
      if (entry.ept != candidates[1])
        candidates[1] = COOP_ATLAS_NO_INDEX;
      if (entry.departement != candidates[2])
        candidates[2] = COOP_ATLAS_NO_INDEX;
      if (entry.region != candidates[3])
        candidates[3] = COOP_ATLAS_NO_INDEX;
      if (entry.parent != candidates[4])
        candidates[4] = COOP_ATLAS_NO_INDEX;
    }

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      if (candidates[i] != COOP_ATLAS_NO_INDEX && candidates[i] != index)
        g_array_append_val (indexes, candidates[i]);
    }

  return _coop_atlas_list_new (self, indexes);
}

/**
 * coop_atlas_list_overlap:
 * @self: an atlas
 * @first: a territory of @self
 * @second: another territory of @self
 *
 * Lists the communes that two perimeters share (the recoupement
 * territorial), sorted by code.
 *
 * Returns: (transfer full): a list model of [class@Coop.Territory]
 *
 * Since: 1.0
 */
GListModel *
coop_atlas_list_overlap (CoopAtlas     *self,
                         CoopTerritory *first,
                         CoopTerritory *second)
{
  g_autoptr(GArray) a = NULL;
  g_autoptr(GArray) b = NULL;
  g_autoptr(GArray) common = NULL;
  guint32 first_index, second_index;

  g_return_val_if_fail (COOP_IS_ATLAS (self), NULL);
  g_return_val_if_fail (COOP_IS_TERRITORY (first), NULL);
  g_return_val_if_fail (COOP_IS_TERRITORY (second), NULL);

  first_index = require_index (self, first);
  second_index = require_index (self, second);
  if (first_index == COOP_ATLAS_NO_INDEX || second_index == COOP_ATLAS_NO_INDEX)
    {
      g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (guint32));

      return _coop_atlas_list_new (self, none);
    }

  a = _coop_atlas_collect_communes (self, first_index);
  b = _coop_atlas_collect_communes (self, second_index);
  common = _coop_atlas_intersect (a, b);

  return _coop_atlas_list_new (self, common);
}

/**
 * coop_atlas_get_population:
 * @self: an atlas
 * @territory: a territory of @self
 *
 * Gets the population municipale of a perimeter: a commune's own, an EPCI's
 * or EPT's sum of its per-member figures, a département's or région's sum
 * of its communes.
 *
 * Returns: the population, or %COOP_POPULATION_UNKNOWN
 *
 * Since: 1.0
 */
gint64
coop_atlas_get_population (CoopAtlas     *self,
                           CoopTerritory *territory)
{
  CoopAtlasEntry entry;
  guint32 index;

  g_return_val_if_fail (COOP_IS_ATLAS (self), COOP_POPULATION_UNKNOWN);
  g_return_val_if_fail (COOP_IS_TERRITORY (territory), COOP_POPULATION_UNKNOWN);

  index = require_index (self, territory);
  if (index == COOP_ATLAS_NO_INDEX)
    return COOP_POPULATION_UNKNOWN;

  _coop_atlas_data_get_entry (self->data, index, &entry);
  return entry.population_municipale;
}

/**
 * coop_atlas_get_member_population:
 * @self: an atlas
 * @perimeter: an EPCI, EPT, département or région of @self
 * @member: one of its members
 *
 * Gets the population municipale of @member as @perimeter counts it. For
 * an EPCI this is the figure of the DGCL composition file, which the seat
 * rules use and which may differ from the commune's own census figure.
 *
 * Returns: the population, or %COOP_POPULATION_UNKNOWN when @member is not
 *   a member of @perimeter
 *
 * Since: 1.0
 */
gint64
coop_atlas_get_member_population (CoopAtlas     *self,
                                  CoopTerritory *perimeter,
                                  CoopTerritory *member)
{
  const CoopAtlasMembership *memberships;
  guint n_memberships;
  guint32 perimeter_index, member_index;

  g_return_val_if_fail (COOP_IS_ATLAS (self), COOP_POPULATION_UNKNOWN);
  g_return_val_if_fail (COOP_IS_TERRITORY (perimeter), COOP_POPULATION_UNKNOWN);
  g_return_val_if_fail (COOP_IS_TERRITORY (member), COOP_POPULATION_UNKNOWN);

  perimeter_index = require_index (self, perimeter);
  member_index = require_index (self, member);
  if (perimeter_index == COOP_ATLAS_NO_INDEX || member_index == COOP_ATLAS_NO_INDEX)
    return COOP_POPULATION_UNKNOWN;

  memberships = _coop_atlas_data_get_memberships (self->data, perimeter_index, &n_memberships);
  for (guint i = 0; i < n_memberships; i++)
    {
      if (memberships[i].member == member_index)
        return memberships[i].population_municipale;
    }

  return COOP_POPULATION_UNKNOWN;
}
