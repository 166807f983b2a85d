/* coop.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* The coop command: a thin client of libcoop. Every figure it prints comes
 * from a public API that Python and GJS can call too. */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <unistd.h>

#include "coop-tool.h"

static const CoopCommand commands[] = {
  { "territory", N_("Show a territory: kind, populations, nature and links"), coop_cmd_territory },
  { "search", N_("Find territories by name"), coop_cmd_search },
  { "seats", N_("Council seats of an EPCI under CGCT L5211-6-1"), coop_cmd_seats },
  { "info", N_("Count what the atlas and a model hold"), coop_cmd_info },
  { "fmt", N_("Rewrite a model document in canonical form"), coop_cmd_fmt },
  { "validate", N_("Check a model document and list its findings"), coop_cmd_validate },
  { "check", N_("Check a whole model, cooperation included, and list its findings"), coop_cmd_check },
  { "agreements", N_("List the agreements of a model"), coop_cmd_agreements },
  { "agreement", N_("Show an agreement: parties, lifecycle, actions, who does what, checks"), coop_cmd_agreement },
  { "actors", N_("List the actors of a model and their mandates"), coop_cmd_actors },
  { "maturity", N_("Assess cooperations on the five-step maturity scale"), coop_cmd_maturity },
  { "levers", N_("Score the ten levers of cooperation and detect warning signs"), coop_cmd_levers },
  { "report", N_("Write the cooperation report (HTML or Markdown)"), coop_cmd_report },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n\n", _("Usage: coop COMMAND [OPTION…] [ARGUMENT…]"));
  fprintf (stream, "%s\n\n", _("Territorial cooperation in France, from the command line."));
  fprintf (stream, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-12s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (stream, "\n%s\n", _("Run “coop help COMMAND” or “coop COMMAND --help” for the options of a command."));
  fprintf (stream, "%s\n", _("Exit status: 0 success, 1 findings or nothing found, 2 bad usage, unreadable input or unwritable output."));
}

/* The GNU close_stdout habit, run at exit (GOptionContext's --help exits
 * from inside the parser): standard output keeps the error flag of any
 * write that failed, and its last buffer is written when it is closed;
 * either failure is reported and makes the command exit with
 * COOP_EXIT_ERROR, so that a full disk or /dev/full never passes for
 * success. Closing an already closed standard output with nothing to
 * write is not an error. */
static void
close_stdout (void)
{
  gboolean pending = __fpending (stdout) != 0;
  gboolean failed_before = ferror (stdout) != 0;
  gboolean close_failed;
  int saved_errno;

  errno = 0;
  close_failed = fclose (stdout) != 0;
  saved_errno = errno;

  if (failed_before || (close_failed && (pending || saved_errno != EBADF)))
    {
      if (close_failed && saved_errno != 0)
        g_printerr (_("coop: cannot write to standard output: %s\n"), g_strerror (saved_errno));
      else
        g_printerr (_("coop: cannot write to standard output\n"));
      _exit (COOP_EXIT_ERROR);
    }
}

/* Runs a subcommand under the name “coop COMMAND”, which its --help and
 * usage errors print (GOptionContext writes “Usage: PRGNAME …”). */
static int
run_command (guint  i,
             int    argc,
             char  *argv[])
{
  g_autofree char *name = g_strdup_printf ("coop %s", commands[i].name);

  g_set_prgname (name);
  return commands[i].run (argc, argv);
}

static int
run (int   argc,
     char *argv[])
{
  if (argc < 2)
    {
      print_usage (stderr);
      return COOP_EXIT_ERROR;
    }

  /* The bash completion's question, kept out of the usage. */
  if (g_str_equal (argv[1], "__complete-values"))
    return coop_cmd_complete_values (argc - 1, argv + 1);

  /* “coop help COMMAND” is “coop COMMAND --help”, as in git. */
  if (g_str_equal (argv[1], "help") && argc > 2)
    {
      for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
        {
          if (g_str_equal (argv[2], commands[i].name))
            {
              char *help_argv[] = { argv[2], (char *)"--help", NULL };

              return run_command (i, 2, help_argv);
            }
        }
      g_printerr (_("coop: unknown command “%s”\n\n"), argv[2]);
      print_usage (stderr);
      return COOP_EXIT_ERROR;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return COOP_EXIT_OK;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("coop %s\n", PACKAGE_VERSION);
      return COOP_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (argv[1], commands[i].name))
        return run_command (i, argc - 1, argv + 1);
    }

  g_printerr (_("coop: unknown command “%s”\n\n"), argv[1]);
  print_usage (stderr);
  return COOP_EXIT_ERROR;
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir;

  setlocale (LC_ALL, "");
  /* COOP_LOCALEDIR overrides the installed catalogues (tests use the
   * build tree's po/); the library reads it too. */
  localedir = g_getenv ("COOP_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && localedir[0] != '\0' ? localedir : COOP_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  atexit (close_stdout);

  return run (argc, argv);
}
