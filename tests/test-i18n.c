/* test-i18n.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <libcoop.h>

#include "coop-diagnostic-private.h"
#include "coop-i18n-private.h"

/* The suites run under C.UTF-8 with LANGUAGE empty, so the process locale
 * speaks English, and COOP_LOCALEDIR points at the build tree's French
 * catalogue: every French word below comes from po/fr.po through the
 * per-call switch, never from the locale. */

static void
test_language_available (void)
{
  g_assert_true (coop_language_is_available (NULL));
  g_assert_true (coop_language_is_available (""));
  g_assert_true (coop_language_is_available ("en"));
  g_assert_true (coop_language_is_available ("en_GB.UTF-8"));
  g_assert_true (coop_language_is_available ("C"));
  g_assert_true (coop_language_is_available ("fr"));
  g_assert_true (coop_language_is_available ("fr_FR.UTF-8"));
  g_assert_true (coop_language_is_available ("fr_CA"));
  g_assert_false (coop_language_is_available ("xx"));
  g_assert_false (coop_language_is_available ("de_DE"));
  /* A tag is a name, never a path out of the catalogue directory. */
  g_assert_false (coop_language_is_available ("../fr"));
  g_assert_false (coop_language_is_available ("fr/../../fr"));
}

static void
test_language_per_call (void)
{
  g_assert_cmpstr (coop_lever_axis_get_label (COOP_LEVER_AXIS_CONVERGENCE, "fr"), ==,
                   "Convergence des projets et des ressources");
  g_assert_cmpstr (coop_lever_axis_get_label (COOP_LEVER_AXIS_CONVERGENCE, "fr_FR.UTF-8"), ==,
                   "Convergence des projets et des ressources");
  g_assert_cmpstr (coop_lever_axis_get_label (COOP_LEVER_AXIS_CONVERGENCE, "en"), ==,
                   "Convergence of projects and resources");
  /* The locale's, outside any call that names a language. */
  g_assert_cmpstr (coop_lever_axis_get_label (COOP_LEVER_AXIS_CONVERGENCE, NULL), ==,
                   "Convergence of projects and resources");
  /* A language without a catalogue reads the source language. */
  g_assert_cmpstr (coop_lever_axis_get_label (COOP_LEVER_AXIS_CONVERGENCE, "de"), ==,
                   "Convergence of projects and resources");
}

static void
test_language_scopes_nest (void)
{
  g_autoptr(CoopLanguageScope) outer = _coop_language_scope_enter ("fr");

  g_assert_cmpstr (_coop_language_current (), ==, "fr");
  g_assert_cmpstr (coop_enum_get_label (COOP_TYPE_AGREEMENT_STATUS, COOP_AGREEMENT_STATUS_IN_FORCE), ==, "en vigueur");
  {
    g_autoptr(CoopLanguageScope) inner = _coop_language_scope_enter ("en");

    g_assert_cmpstr (_coop_language_current (), ==, "en");
    g_assert_cmpstr (coop_enum_get_label (COOP_TYPE_AGREEMENT_STATUS, COOP_AGREEMENT_STATUS_IN_FORCE), ==, "in force");
    {
      /* No language: the one in effect stays. */
      g_autoptr(CoopLanguageScope) keep = _coop_language_scope_enter (NULL);

      g_assert_cmpstr (_coop_language_current (), ==, "en");
    }
  }
  g_assert_cmpstr (_coop_language_current (), ==, "fr");
  /* Context-qualified messages come from the catalogue too. */
  g_assert_cmpstr (C_("decimal separator", "."), ==, ",");
}

static void
test_message_later (void)
{
  g_autoptr(CoopMessage) message =
    _coop_message_new ("%s: highest average %.2f (%lli / %u), one more seat, %u in all", "Voiron", 303.554,
                       (long long)20012, 3u, 3u);
  g_autoptr(CoopMessage) percent =
    _coop_message_new ("%u of %u elected officials hold %.0f%% of the %u mandates in the bodies", 2u, 20u, 61.0, 40u);
  g_autofree char *english = NULL;

  g_assert_cmpstr (_coop_message_get (message, "fr"), ==,
                   "Voiron : plus forte moyenne 303,55 (20012 / 3), un siège de plus, soit 3");
  g_assert_cmpstr (_coop_message_get (message, "en"), ==,
                   "Voiron: highest average 303.55 (20012 / 3), one more seat, 3 in all");
  /* The same pointer while the message lives, per language. */
  g_assert_true (_coop_message_get (message, "fr") == _coop_message_get (message, "fr_FR.UTF-8"));
  english = _coop_message_render (message);
  g_assert_cmpstr (english, ==, "Voiron: highest average 303.55 (20012 / 3), one more seat, 3 in all");
  g_assert_cmpstr (_coop_message_get (percent, "fr"), ==,
                   "2 élu(s) sur 20 détiennent 61 % des 40 mandats dans les instances");
  g_assert_cmpstr (_coop_message_get (percent, NULL), ==,
                   "2 of 20 elected officials hold 61% of the 40 mandates in the bodies");
}

typedef struct
{
  const char *language;
  const char *expected;
  const char *funding;
  guint       wrong;
} Worker;

static gpointer
speak (gpointer data)
{
  Worker *worker = data;

  for (guint i = 0; i < 2000; i++)
    {
      const char *label = coop_lever_axis_get_label (COOP_LEVER_AXIS_DIALOGUE_TERRITORIAL, worker->language);
      g_autoptr(CoopLanguageScope) scope = _coop_language_scope_enter (worker->language);

      if (!g_str_equal (label, worker->expected) ||
          !g_str_equal (coop_enum_get_label (COOP_TYPE_FUNCTION, COOP_FUNCTION_FUNDING),
                        worker->funding))
        worker->wrong++;
    }
  return NULL;
}

/* Two threads writing in two languages at once never borrow each
 * other's: the switch belongs to the calling thread. */
static void
test_language_threads (void)
{
  Worker workers[] = {
    { "fr", "Dialogue territorial", "financement", 0 },
    { "en", "Territorial dialogue", "funding", 0 },
    { "fr_FR.UTF-8", "Dialogue territorial", "financement", 0 },
    { "en_US", "Territorial dialogue", "funding", 0 },
  };
  GThread *threads[G_N_ELEMENTS (workers)];

  for (guint i = 0; i < G_N_ELEMENTS (workers); i++)
    threads[i] = g_thread_new ("speaker", speak, &workers[i]);
  for (guint i = 0; i < G_N_ELEMENTS (workers); i++)
    {
      g_thread_join (threads[i]);
      g_assert_cmpuint (workers[i].wrong, ==, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Coop/I18n/available", test_language_available);
  g_test_add_func ("/Coop/I18n/per-call", test_language_per_call);
  g_test_add_func ("/Coop/I18n/scopes-nest", test_language_scopes_nest);
  g_test_add_func ("/Coop/I18n/message-later", test_message_later);
  g_test_add_func ("/Coop/I18n/threads", test_language_threads);

  return g_test_run ();
}
