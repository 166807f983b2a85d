/* coop-complete.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-tool.h"

/* The values an option takes, for the bash completion (data/completion/coop),
 * which reads the commands and their options from coop's own --help.
 * Enumerations come from their GEnum types, so a new value completes as
 * soon as the library has it; tests/test_completion.py runs each value
 * through its command, and fails for an option with a value placeholder
 * that has no entry here and is not a file, code, number or date. */

typedef struct
{
  const char *command;  /* NULL: every command */
  const char *option;
  GType     (*get_type) (void);
  const char *words;    /* space-separated, when there is no type */
} OptionValues;

static const OptionValues option_values[] = {
  { NULL, "format", NULL, "text csv json" },
  { "actors", "kind", coop_actor_kind_get_type, NULL },
  { "agreements", "kind", coop_agreement_kind_get_type, NULL },
  { "agreements", "status", coop_agreement_status_get_type, NULL },
  { "seats", "language", NULL, "fr en" },
  { "seats", "reading", coop_supplement_reading_get_type, NULL },
  { "seats", "scheme", coop_seat_scheme_get_type, NULL },
  { "seats", "form", NULL, "cc ca cu metropole" },
  { "report", "language", NULL, "fr en" },
  { "maturity", "scale", NULL, NULL },
  { "report", "scale", NULL, NULL },
};

static void
print_values (const OptionValues *values)
{
  if (values->get_type != NULL)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (values->get_type ());

      for (guint i = 0; i < klass->n_values; i++)
        g_print ("%s\n", klass->values[i].value_nick);
    }
  else if (values->words != NULL)
    {
      g_auto(GStrv) words = g_strsplit (values->words, " ", -1);

      for (guint i = 0; words[i] != NULL; i++)
        g_print ("%s\n", words[i]);
    }
  else
    {
      /* --scale: the shipped scales (a file name completes too). */
      g_auto(GStrv) scales = coop_scale_list_builtin ();

      for (guint i = 0; scales[i] != NULL; i++)
        g_print ("%s\n", scales[i]);
    }
}

/* coop __complete-values COMMAND OPTION: one value per line; nothing for an
 * option whose values are files, codes, numbers or dates. Not in --help:
 * the completion script's interface. */
int
coop_cmd_complete_values (int    argc,
                          char **argv)
{
  const char *option;

  if (argc != 3)
    return COOP_EXIT_ERROR;

  option = argv[2];
  while (*option == '-')
    option++;

  /* --year: the millésimes the atlas in use holds. */
  if (g_str_equal (option, "year") || g_str_equal (option, "y"))
    {
      g_autoptr(CoopAtlas) atlas = coop_atlas_dup_default (NULL);
      g_autofree guint *years = NULL;
      guint n_years = 0;

      if (atlas != NULL)
        years = coop_atlas_get_years (atlas, &n_years);
      for (guint i = 0; i < n_years; i++)
        g_print ("%u\n", years[i]);
      return COOP_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (option_values); i++)
    {
      const OptionValues *values = &option_values[i];

      if ((values->command == NULL || g_str_equal (values->command, argv[1])) &&
          g_str_equal (values->option, option))
        {
          print_values (values);
          return COOP_EXIT_OK;
        }
    }

  return COOP_EXIT_FINDINGS;
}
