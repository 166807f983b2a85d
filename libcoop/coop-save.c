/* coop-save.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "coop-i18n-private.h"
#include "coop-save-private.h"

/*
 * Atomic saves of local files: write a temporary file in the target's
 * directory, fsync it, rename it over the target, fsync the directory.
 *
 * g_file_replace_contents() is not used for local files because, on
 * Linux with GLib 2.74, it writes a *new* file in place (an interrupted
 * first save leaves half a document), only fsyncs when replacing a
 * non-empty file, never fsyncs the directory after the rename (a power
 * cut may bring the old name back), and falls back to truncating the
 * target in place when it cannot create a file beside it. Files without
 * a local path (other GVfs backends) still go through it.
 */

/* @format takes the path and the system's reason for the failure. */
static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *format,
                 ...) G_GNUC_PRINTF (3, 4);

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), message);
  return FALSE;
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length,
           const char  *path,
           GError     **error)
{
  while (length > 0)
    {
      gssize written = write (fd, data, MIN (length, (gsize)G_MAXSSIZE));

      if (written < 0)
        {
          int saved_errno = errno;

          if (saved_errno == EINTR)
            continue;
          /* Saved first: looking the message up may change errno. */
          return set_errno_error (error, saved_errno, _("cannot write “%s”: %s"),
                                  path, g_strerror (saved_errno));
        }
      data += written;
      length -= written;
    }

  return TRUE;
}

/* Flushes a directory's entries, so that a rename survives a power cut.
 * Some file systems refuse to fsync a directory; that is not an error. */
static void
sync_directory (const char *directory)
{
  int fd = open (directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd < 0)
    return;
  while (fsync (fd) < 0 && errno == EINTR)
    ;
  close (fd);
}

static gboolean
is_gzip_file (const char *path)
{
  guint8 magic[2];
  gssize n = 0;
  int fd = open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);

  if (fd < 0)
    return FALSE;
  do
    n = read (fd, magic, sizeof magic);
  while (n < 0 && errno == EINTR);
  close (fd);

  return n == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
}

static char *
gzip_compress (const char *data,
               gsize       length,
               gsize      *compressed_length)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, -1);
  g_autoptr(GByteArray) out = g_byte_array_new ();
  gsize read_total = 0;

  for (;;)
    {
      guint8 buffer[65536];
      gsize bytes_read = 0;
      gsize bytes_written = 0;
      GConverterResult result;

      /* Compressing memory into memory cannot fail. */
      result = g_converter_convert (G_CONVERTER (compressor), data + read_total, length - read_total,
                                    buffer, sizeof buffer, G_CONVERTER_INPUT_AT_END,
                                    &bytes_read, &bytes_written, NULL);
      g_assert (result != G_CONVERTER_ERROR);
      read_total += bytes_read;
      g_byte_array_append (out, buffer, bytes_written);
      if (result == G_CONVERTER_FINISHED)
        break;
    }

  *compressed_length = out->len;
  return (char *)g_byte_array_free (g_steal_pointer (&out), FALSE);
}

/* Set by the tests to take the path of file systems without hard links. */
static gboolean hard_links_refused;

void
_coop_save_set_hard_links_refused (gboolean refused)
{
  hard_links_refused = refused;
}

/* Set by the tests that kill a save at each of its steps. */
static CoopSaveStepHook step_hook;
static gpointer step_hook_data;

void
_coop_save_set_step_hook (CoopSaveStepHook hook,
                          gpointer         user_data)
{
  step_hook = hook;
  step_hook_data = user_data;
}

const char *
_coop_save_step_to_string (CoopSaveStep step)
{
  switch (step)
    {
    case COOP_SAVE_STEP_TEMPORARY_CREATED: return "temporary-created";
    case COOP_SAVE_STEP_TEMPORARY_HALF_WRITTEN: return "temporary-half-written";
    case COOP_SAVE_STEP_TEMPORARY_SYNCED: return "temporary-synced";
    case COOP_SAVE_STEP_BACKUP_LINKED: return "backup-linked";
    case COOP_SAVE_STEP_RENAMED: return "renamed";
    case COOP_SAVE_STEP_DIRECTORY_SYNCED: return "directory-synced";
    default: g_assert_not_reached ();
    }
}

static inline void
reach_step (CoopSaveStep  step,
            const char   *path)
{
  if (G_UNLIKELY (step_hook != NULL))
    step_hook (step, path, step_hook_data);
}

static gboolean write_replacement (const char         *path,
                                   const char         *data,
                                   gsize               length,
                                   const struct stat  *like,
                                   GCancellable       *cancellable,
                                   GError            **error);

/* Points FILE~ at the current FILE: a hard link under a temporary name,
 * renamed over the old backup, so that the backup too is always whole.
 * Where hard links are refused, the old file is copied instead, with its
 * mode, owner and group. */
static gboolean
keep_backup (const char         *path,
             const struct stat  *original,
             GCancellable       *cancellable,
             GError            **error)
{
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *directory = g_path_get_dirname (path);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *link_name = NULL;
  struct stat left;

  for (guint attempt = 0; ; attempt++)
    {
      g_clear_pointer (&link_name, g_free);
      link_name = g_strdup_printf ("%s/.%s~.%d.%u", directory, basename, (int)getpid (), g_random_int ());
      if (!hard_links_refused && link (path, link_name) == 0)
        {
          reach_step (COOP_SAVE_STEP_BACKUP_LINKED, backup);
          break;
        }
      if (!hard_links_refused && errno == ENOENT)
        return TRUE;   /* nothing to back up yet */
      if (hard_links_refused || errno != EEXIST || attempt > 16)
        {
          g_autofree char *contents = NULL;
          gsize length;

          if (!g_file_get_contents (path, &contents, &length, error))
            return FALSE;
          return write_replacement (backup, contents, length, original, cancellable, error);
        }
    }

  if (rename (link_name, backup) != 0)
    {
      int saved_errno = errno;

      g_unlink (link_name);
      return set_errno_error (error, saved_errno, _("cannot keep the backup “%s”: %s"),
                              backup, g_strerror (saved_errno));
    }
  reach_step (COOP_SAVE_STEP_RENAMED, backup);

  /* Where the backup already was this very file (two saves at once, or a
   * backup made by hand), rename() succeeds without removing the link. */
  if (lstat (link_name, &left) == 0)
    g_unlink (link_name);

  return TRUE;
}

/* Follows @target through symbolic links to the file a save replaces, or
 * creates when the last link dangles, as editors do. A loop is refused. */
static char *
resolve_target (const char  *target,
                GError     **error)
{
  g_autofree char *path = g_strdup (target);

  for (guint hops = 0; ; hops++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *link_text = NULL;
      struct stat info;

      if (lstat (path, &info) != 0 || !S_ISLNK (info.st_mode))
        return g_steal_pointer (&path);

      /* The limit Linux itself applies (MAXSYMLINKS). */
      if (hops == 40)
        {
          set_errno_error (error, ELOOP,
                           _("cannot save “%s”: its symbolic links form a loop or a chain of more than 40"),
                           target);
          return NULL;
        }

      link_text = g_file_read_link (path, &local_error);
      if (link_text == NULL)
        {
          g_set_error (error, local_error->domain, local_error->code,
                       _("cannot save “%s”: %s"), target, local_error->message);
          return NULL;
        }

      if (g_path_is_absolute (link_text))
        {
          g_free (path);
          path = g_steal_pointer (&link_text);
        }
      else
        {
          g_autofree char *directory = g_path_get_dirname (path);

          g_free (path);
          path = g_build_filename (directory, link_text, NULL);
        }
    }
}

/* write_all() in two halves, with the step between them, so that a test
 * can stop a save in the middle of its writing. */
static gboolean
write_in_halves (int          fd,
                 const char  *data,
                 gsize        length,
                 const char  *path,
                 GError     **error)
{
  gsize half = length / 2;

  if (!write_all (fd, data, half, path, error))
    return FALSE;
  reach_step (COOP_SAVE_STEP_TEMPORARY_HALF_WRITTEN, path);
  return write_all (fd, data + half, length - half, path, error);
}

/* Writes @data to a new temporary file beside @path, flushed to the disk,
 * with the mode, owner and group of @like when it is given. Returns the
 * temporary file's name; on failure nothing is left behind. */
static char *
write_temporary (const char         *path,
                 const char         *data,
                 gsize               length,
                 const struct stat  *like,
                 GError            **error)
{
  g_autofree char *directory = g_path_get_dirname (path);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *temporary = g_strdup_printf ("%s/.%s.XXXXXX", directory, basename);
  struct stat created;
  int fd;

  fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int saved_errno = errno;

      set_errno_error (error, saved_errno, _("cannot create a file beside “%s”: %s"),
                       path, g_strerror (saved_errno));
      return NULL;
    }
  reach_step (COOP_SAVE_STEP_TEMPORARY_CREATED, path);

  /* A replaced document keeps its owner and group where the process may
   * give them (as editors do), and is refused where it may not rather
   * than silently change hands. The owner goes first: chown clears the
   * set-user-ID and set-group-ID bits that fchmod then restores. */
  if (like != NULL && fstat (fd, &created) == 0 &&
      (created.st_uid != like->st_uid || created.st_gid != like->st_gid) &&
      fchown (fd, like->st_uid, like->st_gid) != 0)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (temporary);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   _("cannot save “%s”: its owner or group would change, and this user may not keep them (%s)"),
                   path, g_strerror (saved_errno));
      return NULL;
    }

  if ((like != NULL && fchmod (fd, like->st_mode & 07777) != 0) ||
      !write_in_halves (fd, data, length, path, error) ||
      fsync (fd) != 0)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (temporary);
      if (error != NULL && *error == NULL)
        set_errno_error (error, saved_errno, _("cannot write “%s”: %s"),
                         path, g_strerror (saved_errno));
      return NULL;
    }

  if (close (fd) != 0)
    {
      int saved_errno = errno;

      g_unlink (temporary);
      set_errno_error (error, saved_errno, _("cannot write “%s”: %s"),
                       path, g_strerror (saved_errno));
      return NULL;
    }
  reach_step (COOP_SAVE_STEP_TEMPORARY_SYNCED, path);

  return g_steal_pointer (&temporary);
}

/* Replaces @path by a whole new file holding @data: written beside it,
 * then renamed over it, then the directory flushed. */
static gboolean
write_replacement (const char         *path,
                   const char         *data,
                   gsize               length,
                   const struct stat  *like,
                   GCancellable       *cancellable,
                   GError            **error)
{
  g_autofree char *directory = g_path_get_dirname (path);
  g_autofree char *temporary = write_temporary (path, data, length, like, error);

  if (temporary == NULL)
    return FALSE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (temporary);
      return FALSE;
    }

  if (rename (temporary, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (temporary);
      return set_errno_error (error, saved_errno, _("cannot replace “%s”: %s"),
                              path, g_strerror (saved_errno));
    }
  reach_step (COOP_SAVE_STEP_RENAMED, path);

  sync_directory (directory);
  reach_step (COOP_SAVE_STEP_DIRECTORY_SYNCED, path);

  return TRUE;
}

static gboolean
save_local (const char     *target,
            const char     *data,
            gsize           length,
            gboolean        compressed,
            CoopSaveFlags   flags,
            GCancellable   *cancellable,
            GError        **error)
{
  g_autofree char *compressed_data = NULL;
  g_autofree char *path = NULL;
  g_autofree char *directory = NULL;
  g_autofree char *temporary = NULL;
  struct stat original;
  gboolean exists;

  path = resolve_target (target, error);
  if (path == NULL)
    return FALSE;

  exists = stat (path, &original) == 0;
  if (exists && !S_ISREG (original.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("cannot save over “%s”: it is not a regular file"), path);
      return FALSE;
    }

  /* A file saved in place keeps its compression. */
  if (!compressed && exists && is_gzip_file (path))
    {
      compressed_data = gzip_compress (data, length, &length);
      data = compressed_data;
    }

  directory = g_path_get_dirname (path);
  temporary = write_temporary (path, data, length, exists ? &original : NULL, error);
  if (temporary == NULL)
    return FALSE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      ((flags & COOP_SAVE_FLAGS_BACKUP) != 0 && exists &&
       !keep_backup (path, &original, cancellable, error)))
    {
      g_unlink (temporary);
      return FALSE;
    }

  if (rename (temporary, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (temporary);
      return set_errno_error (error, saved_errno, _("cannot replace “%s”: %s"),
                              path, g_strerror (saved_errno));
    }
  reach_step (COOP_SAVE_STEP_RENAMED, path);

  sync_directory (directory);
  reach_step (COOP_SAVE_STEP_DIRECTORY_SYNCED, path);

  return TRUE;
}

gboolean
_coop_save_contents (GFile          *file,
                     const char     *data,
                     gsize           length,
                     CoopSaveFlags   flags,
                     GCancellable   *cancellable,
                     GError        **error)
{
  const char *path = g_file_peek_path (file);
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *compressed_data = NULL;
  gboolean compressed = FALSE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* A name ending in .gz gets a gzipped file, as the readers accept. */
  if (basename != NULL && g_str_has_suffix (basename, ".gz"))
    {
      compressed_data = gzip_compress (data, length, &length);
      data = compressed_data;
      compressed = TRUE;
    }

  if (path != NULL)
    return save_local (path, data, length, compressed, flags, cancellable, error);

  return g_file_replace_contents (file, data, length, NULL,
                                  (flags & COOP_SAVE_FLAGS_BACKUP) != 0,
                                  G_FILE_CREATE_NONE, NULL, cancellable, error);
}
