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

/* Points FILE~ at the current FILE: a hard link under a temporary name,
 * renamed over the old backup, so that the backup too is always whole.
 * Where hard links are refused, the old file is copied instead. */
static gboolean
keep_backup (const char    *path,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *directory = g_path_get_dirname (path);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *link_name = NULL;

  for (guint attempt = 0; ; attempt++)
    {
      g_clear_pointer (&link_name, g_free);
      link_name = g_strdup_printf ("%s/.%s~.%d.%u", directory, basename, (int)getpid (), g_random_int ());
      if (link (path, link_name) == 0)
        break;
      if (errno == ENOENT)
        return TRUE;   /* nothing to back up yet */
      if (errno != EEXIST || attempt > 16)
        {
          g_autofree char *contents = NULL;
          gsize length;

          if (!g_file_get_contents (path, &contents, &length, error))
            return FALSE;
          {
            g_autoptr(GFile) backup_file = g_file_new_for_path (backup);

            return _coop_save_contents (backup_file, contents, length, COOP_SAVE_FLAGS_NONE,
                                        cancellable, error);
          }
        }
    }

  if (rename (link_name, backup) != 0)
    {
      int saved_errno = errno;

      g_unlink (link_name);
      return set_errno_error (error, saved_errno, _("cannot keep the backup “%s”: %s"),
                              backup, g_strerror (saved_errno));
    }

  return TRUE;
}

static gboolean
save_local (const char     *target,
            const char     *data,
            gsize           length,
            CoopSaveFlags   flags,
            GCancellable   *cancellable,
            GError        **error)
{
  g_autofree char *resolved = NULL;
  g_autofree char *directory = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *temporary = NULL;
  const char *path = target;
  struct stat original;
  gboolean exists;
  int fd;

  /* Saving through a symbolic link replaces what it points to, as
   * editors do, rather than the link itself. */
  if (lstat (target, &original) == 0 && S_ISLNK (original.st_mode))
    {
      resolved = realpath (target, NULL);
      if (resolved != NULL)
        path = resolved;
    }

  exists = stat (path, &original) == 0;
  if (exists && !S_ISREG (original.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("cannot save over “%s”: it is not a regular file"), path);
      return FALSE;
    }

  directory = g_path_get_dirname (path);
  basename = g_path_get_basename (path);
  temporary = g_strdup_printf ("%s/.%s.XXXXXX", directory, basename);

  fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int saved_errno = errno;

      return set_errno_error (error, saved_errno, _("cannot create a file beside “%s”: %s"),
                              path, g_strerror (saved_errno));
    }

  /* A replaced document keeps its permissions. */
  if ((exists && fchmod (fd, original.st_mode & 07777) != 0) ||
      !write_all (fd, data, length, temporary, error) ||
      fsync (fd) != 0)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (temporary);
      if (error != NULL && *error == NULL)
        set_errno_error (error, saved_errno, _("cannot write “%s”: %s"),
                         temporary, g_strerror (saved_errno));
      return FALSE;
    }

  if (close (fd) != 0)
    {
      int saved_errno = errno;

      g_unlink (temporary);
      return set_errno_error (error, saved_errno, _("cannot write “%s”: %s"),
                              temporary, g_strerror (saved_errno));
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      ((flags & COOP_SAVE_FLAGS_BACKUP) != 0 && exists &&
       !keep_backup (path, cancellable, error)))
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

  sync_directory (directory);

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

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (path != NULL)
    return save_local (path, data, length, flags, cancellable, error);

  return g_file_replace_contents (file, data, length, NULL,
                                  (flags & COOP_SAVE_FLAGS_BACKUP) != 0,
                                  G_FILE_CREATE_NONE, NULL, cancellable, error);
}
