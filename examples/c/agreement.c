/* agreement.c — build a small cooperation, walk its lifecycle and print
 * the who-does-what table of an agreement of the sample model.
 *
 *   agreement [SAMPLE-MODEL.json]
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <stdlib.h>

#include <libcoop.h>

static const char *
nick (GType type,
      int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  const char *text = g_enum_get_value (klass, value)->value_nick;

  g_type_class_unref (klass);
  return text;
}

static void
print_who_does_what (CoopAgreement *agreement)
{
  GListModel *actions = coop_agreement_get_actions (agreement);

  printf ("%s (%s)\n", coop_agreement_get_title (agreement),
          nick (COOP_TYPE_AGREEMENT_STATUS, coop_agreement_get_status (agreement)));
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CoopAction) action = g_list_model_get_item (actions, i);

      printf ("  %s\n", coop_action_get_title (action));
      for (guint f = 0; f < COOP_N_FUNCTIONS; f++)
        {
          g_autofree char *holders = g_strjoinv (", ", (char **)coop_action_get_holders (action, f));

          printf ("    %-20s %s\n", nick (COOP_TYPE_FUNCTION, f), holders[0] ? holders : "—");
        }
    }
}

static GDateTime *
day (int year,
     int month,
     int day_of_month)
{
  return g_date_time_new_utc (year, month, day_of_month, 0, 0, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoopAtlas) atlas = NULL;
  g_autoptr(CoopModel) model = NULL;
  g_autoptr(CoopTerritory) pnr = NULL;
  g_autoptr(CoopAgreement) plan = NULL;
  g_autoptr(CoopAction) action = NULL;
  g_autoptr(CoopParty) lead = NULL;
  g_autoptr(CoopParty) partner = NULL;
  g_autoptr(GDateTime) start = day (2026, 1, 1);
  const char *members[] = { "200039824", "200039832", NULL };
  const CoopAgreementStatus walk[] = {
    COOP_AGREEMENT_STATUS_NEGOTIATION, COOP_AGREEMENT_STATUS_SIGNED,
    COOP_AGREEMENT_STATUS_IN_FORCE, COOP_AGREEMENT_STATUS_UNDER_EVALUATION,
  };

  atlas = coop_atlas_dup_default (&error);
  if (atlas == NULL)
    {
      fprintf (stderr, "agreement: %s\n", error->message);
      return EXIT_FAILURE;
    }

  /* A PNR over two communautés de communes, and their plan de coopération. */
  model = coop_model_new (atlas);
  pnr = coop_territory_new (COOP_TERRITORY_KIND_PNR, "pnr-example", "PNR example");
  coop_territory_set_member_codes (pnr, members);
  coop_model_add_territory (model, pnr, NULL);

  plan = coop_agreement_new ("plan-2026", COOP_AGREEMENT_KIND_PLAN_DE_COOPERATION, "Plan de coopération 2026");
  coop_agreement_set_start (plan, start);
  lead = coop_party_new ("pnr-example", COOP_PARTY_ROLE_LEAD);
  partner = coop_party_new ("200039824", COOP_PARTY_ROLE_SIGNATORY);
  coop_agreement_add_party (plan, lead, NULL);
  coop_agreement_add_party (plan, partner, NULL);

  action = coop_action_new ("renovation", "Rénovation énergétique");
  coop_action_add_holder (action, COOP_FUNCTION_STEERING, "pnr-example");
  coop_action_add_holder (action, COOP_FUNCTION_FUNDING, "200039824");
  coop_action_add_holder (action, COOP_FUNCTION_DELIVERY, "200039832");
  coop_agreement_add_action (plan, action, NULL);
  coop_model_add_agreement (model, plan, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (walk); i++)
    {
      g_autoptr(GDateTime) date = day (2026, 1 + 3 * i, 1);

      if (!coop_agreement_transition (plan, walk[i], date, NULL, &error))
        {
          fprintf (stderr, "agreement: %s\n", error->message);
          return EXIT_FAILURE;
        }
    }

  /* An illegal move is refused and says what is allowed. */
  if (!coop_agreement_transition (plan, COOP_AGREEMENT_STATUS_DRAFT, start, NULL, &error))
    {
      printf ("refused: %s\n\n", error->message);
      g_clear_error (&error);
    }

  print_who_does_what (plan);

  if (argc > 1)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[1]);
      g_autoptr(CoopModel) sample = coop_model_new_from_file (atlas, file, NULL, &error);
      CoopAgreement *agreement;

      if (sample == NULL)
        {
          fprintf (stderr, "agreement: %s\n", error->message);
          return EXIT_FAILURE;
        }
      agreement = coop_model_get_agreement (sample, "pnr-ardeche-plan-cooperation-2026");
      if (agreement != NULL)
        {
          printf ("\n");
          print_who_does_what (agreement);
        }
    }

  return EXIT_SUCCESS;
}
