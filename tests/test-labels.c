/* test-labels.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <libcoop.h>

/* The suites run under C.UTF-8: labels read in English. */
static void
test_labels_english (void)
{
  g_assert_cmpstr (coop_enum_get_label (COOP_TYPE_AGREEMENT_STATUS, COOP_AGREEMENT_STATUS_IN_FORCE), ==,
                   "in force");
  g_assert_cmpstr (coop_enum_get_label (COOP_TYPE_AGREEMENT_KIND, COOP_AGREEMENT_KIND_PACTE_DE_GOUVERNANCE), ==,
                   "pacte de gouvernance");
  g_assert_cmpstr (coop_enum_get_label (COOP_TYPE_FUNCTION, COOP_FUNCTION_PROJECT_OWNERSHIP), ==,
                   "project ownership");
  g_assert_cmpstr (coop_enum_get_label (COOP_TYPE_TERRITORY_KIND, COOP_TERRITORY_KIND_EPCI), ==,
                   "EPCI à fiscalité propre");
  g_assert_cmpstr (coop_enum_get_label (COOP_TYPE_EPCI_FORM, COOP_EPCI_FORM_CA), ==, "communauté d’agglomération");
  g_assert_cmpstr (coop_enum_get_label (COOP_TYPE_SEVERITY, COOP_SEVERITY_WARNING), ==, "warning");
  g_assert_cmpstr (coop_enum_get_label (COOP_TYPE_LEVER_AXIS, COOP_LEVER_AXIS_IMPULSION_POLITIQUE), ==,
                   coop_lever_axis_get_label (COOP_LEVER_AXIS_IMPULSION_POLITIQUE, NULL));
}

/* Each enumeration with labels has one for every value, never the nick
 * left over from a value added without its label. */
static void
test_labels_every_value (void)
{
  const GType types[] = {
    COOP_TYPE_TERRITORY_KIND, COOP_TYPE_EPCI_FORM, COOP_TYPE_FISCAL_REGIME, COOP_TYPE_NATURE,
    COOP_TYPE_SEVERITY, COOP_TYPE_AGREEMENT_KIND, COOP_TYPE_AGREEMENT_STATUS, COOP_TYPE_RELATION,
    COOP_TYPE_PARTY_ROLE, COOP_TYPE_MILESTONE_STATUS, COOP_TYPE_FUNCTION, COOP_TYPE_ACTION_STATUS,
    COOP_TYPE_EVALUATION_DECISION, COOP_TYPE_RESOURCE_KIND, COOP_TYPE_POOLING_MODE, COOP_TYPE_ACTOR_KIND,
    COOP_TYPE_ROLE, COOP_TYPE_BODY_KIND, COOP_TYPE_COUNCIL_ROLE, COOP_TYPE_CRITERION_KIND,
    COOP_TYPE_SUPPLEMENT_READING, COOP_TYPE_SEAT_STEP_KIND, COOP_TYPE_SEAT_SCHEME, COOP_TYPE_MAJORITY,
  };

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (types[t]);

      for (guint v = 0; v < klass->n_values; v++)
        {
          const char *label = coop_enum_get_label (types[t], klass->values[v].value);

          g_assert_nonnull (label);
          g_assert_cmpstr (label, !=, "");
          /* A nick has hyphens where a label mostly has spaces. */
          if (strchr (klass->values[v].value_nick, '-') != NULL &&
              !g_str_equal (klass->values[v].value_nick, "know-how"))
            g_assert_cmpstr (label, !=, klass->values[v].value_nick);
        }
    }
}

static void
test_labels_fallback (void)
{
  /* An enumeration without labels gives its nicks. */
  g_assert_cmpstr (coop_enum_get_label (COOP_TYPE_ERROR, COOP_ERROR_PARSE), ==, "parse");
  g_assert_null (coop_enum_get_label (COOP_TYPE_AGREEMENT_STATUS, 1000));
  g_assert_null (coop_enum_get_label (COOP_TYPE_AGREEMENT_STATUS, -1));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Coop/Labels/english", test_labels_english);
  g_test_add_func ("/Coop/Labels/every-value", test_labels_every_value);
  g_test_add_func ("/Coop/Labels/fallback", test_labels_fallback);

  return g_test_run ();
}
