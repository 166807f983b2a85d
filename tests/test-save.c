/* test-save.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "coop-model.h"
#include "coop-error.h"
#include "coop-report.h"
#include "coop-save-private.h"
#include "save-document.h"

#define N_TERRITORIES 400

static CoopAtlas *
open_atlas (void)
{
  g_autoptr(GError) error = NULL;
  CoopAtlas *atlas = coop_atlas_dup_default (&error);

  g_assert_no_error (error);
  return atlas;
}

static CoopModel *
new_model (CoopAtlas  *atlas,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  CoopModel *model = coop_model_new_from_data (atlas, "{\"format\": \"libcoop-model\", \"version\": 1, "
                                               "\"territories\": [{\"code\": \"pays-x\", \"kind\": \"pays\", "
                                               "\"name\": \"Pays X\", \"members\": [\"243800984\"]}]}",
                                               -1, &error);

  g_assert_no_error (error);
  coop_model_set_name (model, name);
  return model;
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
save (CoopModel     *model,
      const char    *path,
      CoopSaveFlags  flags)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  coop_model_save_to_file_full (model, file, flags, NULL, &error);
  g_assert_no_error (error);
}

static guint
count_entries (const char *directory)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
remove_tree (const char *directory)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (directory, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (directory);
}

/* Removes the temporary files killed saves leave behind. */
static void
remove_tree_leftovers (const char *directory)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (directory, name, NULL);

      if (name[0] == '.')
        g_unlink (path);
    }
}

static void
test_save_new_file (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = new_model (atlas, "first");
  g_autofree char *directory = g_dir_make_tmp ("coop-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "model.json", NULL);
  g_autofree char *expected = coop_model_to_data (model, NULL);
  g_autofree char *written = NULL;

  save (model, path, COOP_SAVE_FLAGS_NONE);
  written = read_text (path);
  g_assert_cmpstr (written, ==, expected);
  /* No temporary file and no backup are left behind. */
  g_assert_cmpuint (count_entries (directory), ==, 1);

  remove_tree (directory);
}

static void
test_save_backup (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = new_model (atlas, "first");
  g_autofree char *directory = g_dir_make_tmp ("coop-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "model.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *first = coop_model_to_data (model, NULL);
  g_autofree char *second = NULL;
  g_autofree char *text = NULL;

  /* The first save has nothing to back up. */
  save (model, path, COOP_SAVE_FLAGS_BACKUP);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  coop_model_set_name (model, "second");
  second = coop_model_to_data (model, NULL);
  save (model, path, COOP_SAVE_FLAGS_BACKUP);
  text = read_text (backup);
  g_assert_cmpstr (text, ==, first);
  g_clear_pointer (&text, g_free);
  text = read_text (path);
  g_assert_cmpstr (text, ==, second);
  g_clear_pointer (&text, g_free);

  /* The backup follows the last version; a save without the flag leaves
   * it alone. */
  coop_model_set_name (model, "third");
  save (model, path, COOP_SAVE_FLAGS_BACKUP);
  text = read_text (backup);
  g_assert_cmpstr (text, ==, second);
  g_clear_pointer (&text, g_free);
  save (model, path, COOP_SAVE_FLAGS_NONE);
  text = read_text (backup);
  g_assert_cmpstr (text, ==, second);
  g_assert_cmpuint (count_entries (directory), ==, 2);

  remove_tree (directory);
}

static void
test_save_keeps_permissions (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = new_model (atlas, "private");
  g_autofree char *directory = g_dir_make_tmp ("coop-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "model.json", NULL);
  struct stat info;

  g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  save (model, path, COOP_SAVE_FLAGS_NONE);
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 07777, ==, 0640);

  remove_tree (directory);
}

static void
test_save_through_symlink (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = new_model (atlas, "linked");
  g_autofree char *directory = g_dir_make_tmp ("coop-save-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (directory, "target.json", NULL);
  g_autofree char *link_path = g_build_filename (directory, "link.json", NULL);
  g_autofree char *expected = coop_model_to_data (model, NULL);
  g_autofree char *text = NULL;

  g_assert_true (g_file_set_contents (target, "{}", -1, NULL));
  g_assert_cmpint (symlink ("target.json", link_path), ==, 0);
  save (model, link_path, COOP_SAVE_FLAGS_NONE);
  g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
  text = read_text (target);
  g_assert_cmpstr (text, ==, expected);

  remove_tree (directory);
}

static void
test_save_failures_keep_old_file (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = new_model (atlas, "new");
  g_autofree char *directory = g_dir_make_tmp ("coop-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "model.json", NULL);
  g_autofree char *subdirectory = g_build_filename (directory, "folder", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (subdirectory);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_cancellable_cancel (cancellable);
  g_assert_false (coop_model_save_to_file_full (model, file, COOP_SAVE_FLAGS_BACKUP, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  text = read_text (path);
  g_assert_cmpstr (text, ==, "old");

  /* A directory is not replaced by a document. */
  g_assert_cmpint (g_mkdir (subdirectory, 0755), ==, 0);
  g_assert_false (coop_model_save_to_file (model, folder, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_nonnull (strstr (error->message, subdirectory));
  g_assert_true (g_file_test (subdirectory, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (count_entries (directory), ==, 2);

  remove_tree (directory);
}


/* A document saved over a file of another owner keeps its owner and
 * group (root may give them), and a user who may not keep them is
 * refused, the file left as it was. */
static void
test_save_keeps_owner (void)
{
  g_autoptr(CoopAtlas) atlas = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autofree char *directory = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  struct stat info;
  int status;
  pid_t child;

  if (geteuid () != 0)
    {
      g_test_skip ("giving a file to another user needs root");
      return;
    }

  atlas = open_atlas ();
  model = new_model (atlas, "owned");
  directory = g_dir_make_tmp ("coop-save-XXXXXX", NULL);
  path = g_build_filename (directory, "model.json", NULL);

  g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
  g_assert_cmpint (chown (path, 65534, 65534), ==, 0);
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  save (model, path, COOP_SAVE_FLAGS_BACKUP);
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpuint (info.st_uid, ==, 65534);
  g_assert_cmpuint (info.st_gid, ==, 65534);
  g_assert_cmpint (info.st_mode & 07777, ==, 0640);

  /* Now a file of root's in a directory anyone may write to, saved by
   * another user: refused, since the new file would be that user's. */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (chown (path, 0, 0), ==, 0);
  g_assert_cmpint (g_chmod (path, 0666), ==, 0);
  g_assert_cmpint (g_chmod (directory, 0777), ==, 0);
  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      gboolean saved;

      if (setgid (65534) != 0 || setuid (65534) != 0)
        _exit (3);
      saved = coop_model_save_to_file (model, file, NULL, &error);
      _exit (saved ? 1 : g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) &&
                          strstr (error->message, path) != NULL ? 0 : 2);
    }
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  text = read_text (path);
  g_assert_cmpstr (text, ==, "old");
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpuint (info.st_uid, ==, 0);
  /* The file, its backup, and nothing left behind. */
  g_assert_cmpuint (count_entries (directory), ==, 2);

  remove_tree (directory);
}

/* Where hard links are refused, the backup is a copy, and keeps the
 * mode of the file it copies. */
static void
test_save_backup_copy_keeps_mode (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = new_model (atlas, "copied");
  g_autofree char *directory = g_dir_make_tmp ("coop-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "model.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *text = NULL;
  struct stat info;

  g_assert_true (g_file_set_contents (path, "previous", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  _coop_save_set_hard_links_refused (TRUE);
  save (model, path, COOP_SAVE_FLAGS_BACKUP);
  _coop_save_set_hard_links_refused (FALSE);

  text = read_text (backup);
  g_assert_cmpstr (text, ==, "previous");
  g_assert_cmpint (g_stat (backup, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 07777, ==, 0640);
  g_assert_cmpuint (count_entries (directory), ==, 2);

  remove_tree (directory);
}

/* When the backup already is the file itself (two saves at once both
 * linked it, or a backup made with ln), rename() does nothing and the
 * temporary link must still go. */
static void
test_save_backup_leaves_no_link (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = new_model (atlas, "linked backup");
  g_autofree char *directory = g_dir_make_tmp ("coop-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "model.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);

  g_assert_true (g_file_set_contents (path, "previous", -1, NULL));
  g_assert_cmpint (link (path, backup), ==, 0);
  save (model, path, COOP_SAVE_FLAGS_BACKUP);
  g_assert_cmpuint (count_entries (directory), ==, 2);

  remove_tree (directory);
}

/* A dangling link is followed: its target is created and the link kept. */
static void
test_save_through_dangling_symlink (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = new_model (atlas, "dangling");
  g_autofree char *directory = g_dir_make_tmp ("coop-save-XXXXXX", NULL);
  g_autofree char *subdirectory = g_build_filename (directory, "models", NULL);
  g_autofree char *target = g_build_filename (subdirectory, "target.json", NULL);
  g_autofree char *link_path = g_build_filename (directory, "link.json", NULL);
  g_autofree char *second_link = g_build_filename (directory, "second.json", NULL);
  g_autofree char *expected = coop_model_to_data (model, NULL);
  g_autofree char *text = NULL;

  g_assert_cmpint (g_mkdir (subdirectory, 0755), ==, 0);
  /* A chain of two links, the last one relative to its own directory. */
  g_assert_cmpint (symlink ("models/link-in-models.json", link_path), ==, 0);
  g_clear_pointer (&second_link, g_free);
  second_link = g_build_filename (subdirectory, "link-in-models.json", NULL);
  g_assert_cmpint (symlink ("target.json", second_link), ==, 0);
  save (model, link_path, COOP_SAVE_FLAGS_BACKUP);
  g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (second_link, G_FILE_TEST_IS_SYMLINK));
  text = read_text (target);
  g_assert_cmpstr (text, ==, expected);

  remove_tree (directory);
}

/* A loop of links is refused, and the links stay as they were. */
static void
test_save_symlink_loop (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = new_model (atlas, "loop");
  g_autofree char *directory = g_dir_make_tmp ("coop-save-XXXXXX", NULL);
  g_autofree char *first = g_build_filename (directory, "a.json", NULL);
  g_autofree char *second = g_build_filename (directory, "b.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (first);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (symlink ("b.json", first), ==, 0);
  g_assert_cmpint (symlink ("a.json", second), ==, 0);
  g_assert_false (coop_model_save_to_file (model, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS);
  g_assert_nonnull (strstr (error->message, first));
  g_assert_true (g_file_test (first, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (second, G_FILE_TEST_IS_SYMLINK));
  g_assert_cmpuint (count_entries (directory), ==, 2);

  remove_tree (directory);
}

static gboolean
is_gzipped (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return length >= 2 && (guint8)contents[0] == 0x1f && (guint8)contents[1] == 0x8b;
}

/* A name ending in .gz is written gzipped, and a gzipped file saved in
 * place stays gzipped whatever its name; both load back. */
static void
test_save_gzip (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = new_model (atlas, "compressed");
  g_autofree char *directory = g_dir_make_tmp ("coop-save-XXXXXX", NULL);
  g_autofree char *gz_path = g_build_filename (directory, "model.json.gz", NULL);
  g_autofree char *plain_name = g_build_filename (directory, "model.json", NULL);
  g_autofree char *expected = coop_model_to_data (model, NULL);
  g_autoptr(GFile) gz_file = g_file_new_for_path (gz_path);
  g_autoptr(GFile) plain_file = g_file_new_for_path (plain_name);
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopModel) loaded = NULL;
  g_autofree char *text = NULL;

  save (model, gz_path, COOP_SAVE_FLAGS_NONE);
  g_assert_true (is_gzipped (gz_path));
  loaded = coop_model_new_from_file (atlas, gz_file, NULL, &error);
  g_assert_no_error (error);
  text = coop_model_to_data (loaded, NULL);
  g_assert_cmpstr (text, ==, expected);

  /* A gzipped document under a plain name keeps its compression. */
  g_assert_cmpint (g_rename (gz_path, plain_name), ==, 0);
  coop_model_set_name (model, "still compressed");
  save (model, plain_name, COOP_SAVE_FLAGS_BACKUP);
  g_assert_true (is_gzipped (plain_name));
  g_clear_object (&loaded);
  loaded = coop_model_new_from_file (atlas, plain_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (coop_model_get_name (loaded), ==, "still compressed");

  remove_tree (directory);
}

/* In a child whose files may not grow beyond @limit bytes (what a full
 * disk does to a write), saves @report over @path. */
static void
save_report_with_file_size_limit (CoopReport *report,
                                  const char *path,
                                  rlim_t      limit)
{
  pid_t child = fork ();
  int status;

  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      struct rlimit rlimit = { limit, limit };
      g_autofree char *directory = g_path_get_dirname (path);

      signal (SIGXFSZ, SIG_IGN);
      if (setrlimit (RLIMIT_FSIZE, &rlimit) != 0)
        _exit (3);
      if (coop_report_save_to_file (report, file, NULL, &error))
        _exit (1);
      /* The error names the report, not the hidden temporary file. */
      if (error->domain != G_IO_ERROR ||
          strstr (error->message, path) == NULL || strstr (error->message, "/.") != NULL)
        {
          g_printerr ("%s\n", error->message);
          _exit (2);
        }
      _exit (0);
    }
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

/* Reports are saved as models are: a write that fails leaves the old
 * report whole, the error names the report, and nothing is left behind. */
static void
test_save_report_atomically (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = new_model (atlas, "reported");
  g_autoptr(CoopReport) report = coop_report_new (model);
  g_autofree char *directory = g_dir_make_tmp ("coop-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "report.html", NULL);
  g_autofree char *text_path = g_build_filename (directory, "report.txt", NULL);
  g_autoptr(GFile) text_file = g_file_new_for_path (text_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (g_file_set_contents (path, "old report", -1, NULL));
  save_report_with_file_size_limit (report, path, 4096);
  text = read_text (path);
  g_assert_cmpstr (text, ==, "old report");
  g_assert_cmpuint (count_entries (directory), ==, 1);

  /* A name that says no format is refused before anything is written. */
  g_assert_false (coop_report_save_to_file (report, text_file, NULL, &error));
  g_assert_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "report.txt"));
  g_assert_false (g_file_test (text_path, G_FILE_TEST_EXISTS));

  remove_tree (directory);
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (coop_model_save_to_file_finish (COOP_MODEL (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_save_async (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autoptr(CoopModel) model = new_model (atlas, "async");
  g_autofree char *directory = g_dir_make_tmp ("coop-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "model.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *expected = coop_model_to_data (model, NULL);
  g_autofree char *text = NULL;
  gboolean done = FALSE;

  coop_model_save_to_file_async (model, file, NULL, on_saved, &done);
  /* Serialised at once: a later change does not reach this save. */
  coop_model_set_name (model, "changed");
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  text = read_text (path);
  g_assert_cmpstr (text, ==, expected);

  remove_tree (directory);
}

/* Whatever is at @path must be a whole document of the helper's model:
 * it loads, writes back to the same bytes and has every territory.
 * Returns its generation. */
static guint64
check_whole_document (CoopAtlas  *atlas,
                      const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *canonical = NULL;
  const char *name;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  model = coop_model_new_from_data (atlas, contents, length, &error);
  if (model == NULL)
    g_error ("%s is not a whole document (%" G_GSIZE_FORMAT " bytes): %s", path, length, error->message);

  canonical = coop_model_to_data (model, NULL);
  g_assert_cmpstr (canonical, ==, contents);
  g_assert_cmpuint (g_list_model_get_n_items (coop_model_get_territories (model)), ==, N_TERRITORIES);
  name = coop_model_get_name (model);
  g_assert_true (g_str_has_prefix (name, "generation "));

  return g_ascii_strtoull (name + strlen ("generation "), NULL, 10);
}

/* Starts the save helper with @argv (after its path) and stdout piped. */
static GSubprocess *
start_helper (GDataInputStream **lines,
              const char        *first_arg,
              ...) G_GNUC_NULL_TERMINATED;

static GSubprocess *
start_helper (GDataInputStream **lines,
              const char        *first_arg,
              ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GSubprocess *process;
  const char *helper = g_getenv ("COOP_SAVE_HELPER");
  va_list args;

  g_assert_nonnull (helper);
  g_ptr_array_add (argv, (char *)helper);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *)argv->pdata, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  *lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  return process;
}

/* The next line the helper printed, or NULL at its end. */
static char *
next_line (GDataInputStream *lines)
{
  g_autoptr(GError) error = NULL;
  char *line = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, &error);

  g_assert_no_error (error);
  return line;
}

static guint
count_leftovers (const char *directory)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] == '.')
      n++;
  return n;
}

/* What a document is expected to hold after a kill: nothing, or the
 * generation. */
static void
assert_generation (CoopAtlas  *atlas,
                   const char *path,
                   guint64     expected)
{
  if (expected == 0)
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  else
    g_assert_cmpuint (check_whole_document (atlas, path), ==, expected);
}

#define FIRST_GENERATION 1000

/* Kills a save at each of its steps in turn, with and without hard links,
 * in the first save (no file yet), the second (no backup yet) and the
 * third: the file and its backup are exactly the old or the new
 * generation as the step says, and at most one temporary file and one
 * backup link are left. No timing is involved: the helper kills itself
 * at the step it is told. */
static void
test_save_killed_each_step (void)
{
  /* The steps of a save, as the helper prints them. */
  static const char *first_save_steps =
    "temporary-created file|temporary-half-written file|temporary-synced file|"
    "renamed file|directory-synced file";
  static const char *linked_backup_steps =
    "temporary-created file|temporary-half-written file|temporary-synced file|"
    "backup-linked backup|renamed backup|renamed file|directory-synced file";
  static const char *copied_backup_steps =
    "temporary-created file|temporary-half-written file|temporary-synced file|"
    "temporary-created backup|temporary-half-written backup|temporary-synced backup|"
    "renamed backup|directory-synced backup|renamed file|directory-synced file";
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autofree char *n_territories = g_strdup_printf ("%u", N_TERRITORIES);
  g_autofree char *first_generation = g_strdup_printf ("%u", FIRST_GENERATION);
  guint kills = 0;

  for (guint copy = 0; copy <= 1; copy++)
    for (guint save = 1; save <= 3; save++)
      for (guint step = 0; ; step++)
        {
          g_autofree char *directory = g_dir_make_tmp ("coop-save-XXXXXX", NULL);
          g_autofree char *path = g_build_filename (directory, "model.json", NULL);
          g_autofree char *backup = g_strconcat (path, "~", NULL);
          g_autofree char *save_arg = g_strdup_printf ("%u", save);
          g_autofree char *step_arg = g_strdup_printf ("%u", step);
          g_autoptr(GDataInputStream) lines = NULL;
          g_autoptr(GSubprocess) process = NULL;
          g_autoptr(GError) error = NULL;
          g_autoptr(GString) steps = g_string_new (NULL);
          gboolean complete = FALSE;
          gboolean file_renamed = FALSE;
          gboolean backup_renamed = FALSE;
          guint saved = 0;
          char *line;

          process = start_helper (&lines, path, n_territories, first_generation,
                                  save_arg, step_arg, copy ? "copy" : "link", NULL);
          while ((line = next_line (lines)) != NULL)
            {
              if (g_str_has_prefix (line, "saved "))
                saved++;
              else if (g_str_equal (line, "complete"))
                complete = TRUE;
              else
                {
                  g_assert_true (g_str_has_prefix (line, "step "));
                  g_string_append_printf (steps, "%s%s", steps->len > 0 ? "|" : "", line + strlen ("step "));
                  file_renamed |= g_str_equal (line, "step renamed file");
                  backup_renamed |= g_str_equal (line, "step renamed backup");
                }
              g_free (line);
            }
          g_subprocess_wait (process, NULL, &error);
          g_assert_no_error (error);

          if (complete)
            {
              /* The save ran to its end: it had exactly these steps, and
               * every one of them was killed once. */
              g_assert_true (g_subprocess_get_if_exited (process));
              g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
              g_assert_cmpstr (steps->str, ==,
                               save == 1 ? first_save_steps : copy ? copied_backup_steps : linked_backup_steps);
              assert_generation (atlas, path, FIRST_GENERATION + save - 1);
              g_assert_cmpuint (count_leftovers (directory), ==, 0);
              remove_tree (directory);
              break;
            }

          g_assert_true (g_subprocess_get_if_signaled (process));
          g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGKILL);
          g_assert_cmpuint (saved, ==, save - 1);
          kills++;

          /* The document: the new one once renamed, else the old one. */
          assert_generation (atlas, path,
                             file_renamed ? FIRST_GENERATION + save - 1 :
                             save > 1 ? FIRST_GENERATION + save - 2 : 0);
          /* The backup: the document as it was before this save once
           * renamed, else the backup the previous save left. */
          assert_generation (atlas, backup,
                             backup_renamed ? FIRST_GENERATION + save - 2 :
                             save > 2 ? FIRST_GENERATION + save - 3 : 0);
          /* At most one temporary file and one backup link (or copy). */
          g_assert_cmpuint (count_leftovers (directory), <=, 2);
          remove_tree (directory);
        }

  /* 5 + 7 + 7 steps with links, 5 + 10 + 10 with copies. */
  g_assert_cmpuint (kills, ==, 44);
}

/* Kills the helper from outside at random moments, inside or between
 * saves: only what is on the disk is checked, never how fast the machine
 * is. Each trial first waits for the helper to report 0, 1 or 2 whole
 * saves, so saves are known to have completed whatever the load. */
static void
test_save_killed (void)
{
  g_autoptr(CoopAtlas) atlas = open_atlas ();
  g_autofree char *directory = g_dir_make_tmp ("coop-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "model.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *n_territories = g_strdup_printf ("%u", N_TERRITORIES);
  guint trials = g_getenv ("COOP_TEST_QUICK") != NULL ? 12 : 120;
  guint64 last_generation = 0;
  guint interrupted_first_save = 0;
  guint changed = 0;
  guint expected_changes = 0;
  gint64 first_save;

  /* How long the helper takes to start and complete its first save here
   * (valgrind and sanitizers slow it a lot): the kills land anywhere
   * from the moment a trial's awaited saves completed to about two saves
   * later. */
  {
    g_autoptr(GDataInputStream) lines = NULL;
    g_autoptr(GSubprocess) process = NULL;
    g_autofree char *line = NULL;
    gint64 start = g_get_monotonic_time ();

    process = start_helper (&lines, path, n_territories, "0", NULL);
    line = next_line (lines);
    g_assert_cmpstr (line, ==, "saved 0");
    first_save = g_get_monotonic_time () - start;
    g_subprocess_force_exit (process);
    g_subprocess_wait (process, NULL, NULL);
    g_unlink (path);
    g_unlink (backup);
    remove_tree_leftovers (directory);
  }

  for (guint trial = 0; trial < trials; trial++)
    {
      g_autoptr(GDataInputStream) lines = NULL;
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *first_generation = g_strdup_printf ("%u", (trial + 1) * 1000000);
      guint awaited = trial % 3;
      guint64 last_saved = 0;
      guint64 generation;

      process = start_helper (&lines, path, n_territories, first_generation, NULL);
      for (guint i = 0; i < awaited; i++)
        {
          g_autofree char *line = next_line (lines);

          g_assert_nonnull (line);
          g_assert_true (g_str_has_prefix (line, "saved "));
          last_saved = g_ascii_strtoull (line + strlen ("saved "), NULL, 10);
        }

      g_usleep (g_test_rand_int_range (0, 2 * first_save));
      g_subprocess_send_signal (process, SIGKILL);
      g_subprocess_wait (process, NULL, &error);
      g_assert_no_error (error);
      g_assert_false (g_subprocess_get_if_exited (process));

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          /* Killed before its first save ever completed: no file, never
           * half a one. */
          g_assert_cmpuint (awaited, ==, 0);
          g_assert_cmpuint (last_generation, ==, 0);
          interrupted_first_save++;
          continue;
        }

      generation = check_whole_document (atlas, path);
      /* Either the old document or a new one of this trial, and at least
       * the last one the helper reported as saved. */
      g_assert_true (generation == last_generation ||
                     (generation >= (trial + 1) * (guint64)1000000 &&
                      generation < (trial + 2) * (guint64)1000000));
      g_assert_cmpuint (generation, >=, last_saved);
      if (awaited > 0)
        expected_changes++;
      if (generation != last_generation)
        changed++;
      if (g_file_test (backup, G_FILE_TEST_EXISTS))
        g_assert_cmpuint (check_whole_document (atlas, backup), <=, generation);
      last_generation = generation;
    }

  g_test_message ("%u trials, kills within %" G_GINT64_FORMAT " ms of the awaited saves: the file changed in %u, "
                  "%u stopped before the first save",
                  trials, 2 * first_save / 1000, changed, interrupted_first_save);
  /* Every trial that waited for a whole save changed the file. */
  g_assert_cmpuint (changed, >=, expected_changes);
  g_assert_cmpuint (expected_changes, >, 0);

  remove_tree (directory);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Coop/Save/new-file", test_save_new_file);
  g_test_add_func ("/Coop/Save/backup", test_save_backup);
  g_test_add_func ("/Coop/Save/permissions", test_save_keeps_permissions);
  g_test_add_func ("/Coop/Save/symlink", test_save_through_symlink);
  g_test_add_func ("/Coop/Save/failures", test_save_failures_keep_old_file);
  g_test_add_func ("/Coop/Save/owner", test_save_keeps_owner);
  g_test_add_func ("/Coop/Save/backup-copy-mode", test_save_backup_copy_keeps_mode);
  g_test_add_func ("/Coop/Save/backup-no-link-left", test_save_backup_leaves_no_link);
  g_test_add_func ("/Coop/Save/dangling-symlink", test_save_through_dangling_symlink);
  g_test_add_func ("/Coop/Save/symlink-loop", test_save_symlink_loop);
  g_test_add_func ("/Coop/Save/gzip", test_save_gzip);
  g_test_add_func ("/Coop/Save/report", test_save_report_atomically);
  g_test_add_func ("/Coop/Save/async", test_save_async);
  g_test_add_func ("/Coop/Save/killed", test_save_killed);
  g_test_add_func ("/Coop/Save/killed/each-step", test_save_killed_each_step);

  return g_test_run ();
}
