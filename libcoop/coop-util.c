/* coop-util.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-error.h"
#include "coop-i18n-private.h"
#include "coop-util-private.h"

static GQuark
coop_extra_quark (void)
{
  return g_quark_from_static_string ("coop-extra");
}

static GQuark
coop_line_quark (void)
{
  return g_quark_from_static_string ("coop-line");
}

gboolean
_coop_set_str (char       **str_pointer,
               const char  *new_str)
{
  if (g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;

  g_free (*str_pointer);
  *str_pointer = g_strdup (new_str);

  return TRUE;
}

gboolean
_coop_strv_equal (const char * const *a,
                  const char * const *b)
{
  static const char * const empty[] = { NULL };

  return g_strv_equal ((const char * const *)(a != NULL ? a : empty),
                       (const char * const *)(b != NULL ? b : empty));
}

/* The readers refuse a reference listed twice; the setters of lists of
 * references refuse it too. */
gboolean
_coop_strv_has_duplicates (const char * const *strv)
{
  g_autoptr(GHashTable) seen = NULL;

  if (strv == NULL || strv[0] == NULL || strv[1] == NULL)
    return FALSE;

  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; strv[i] != NULL; i++)
    if (!g_hash_table_add (seen, (gpointer)strv[i]))
      return TRUE;

  return FALSE;
}

gboolean
_coop_date_equal (GDateTime *a,
                  GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_date_time_equal (a, b);
}

JsonObject *
_coop_object_get_extra (gpointer object)
{
  return g_object_get_qdata (object, coop_extra_quark ());
}

void
_coop_object_set_extra (gpointer    object,
                        JsonObject *extra)
{
  g_object_set_qdata_full (object, coop_extra_quark (),
                           extra != NULL ? json_object_ref (extra) : NULL,
                           (GDestroyNotify)json_object_unref);
}

guint
_coop_object_get_line (gpointer object)
{
  return GPOINTER_TO_UINT (g_object_get_qdata (object, coop_line_quark ()));
}

void
_coop_object_set_line (gpointer object,
                       guint    line)
{
  g_object_set_qdata (object, coop_line_quark (), GUINT_TO_POINTER (line));
}

gboolean
_coop_object_check_required (gpointer   object,
                             GError   **error)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);
  for (guint i = 0; i < n; i++)
    {
      GType type = G_PARAM_SPEC_VALUE_TYPE (pspecs[i]);
      g_auto(GValue) value = G_VALUE_INIT;
      gboolean missing;

      if ((pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY) == 0 || g_str_equal (pspecs[i]->name, "note") ||
          (type != G_TYPE_STRING && type != G_TYPE_DATE_TIME))
        continue;

      g_value_init (&value, type);
      g_object_get_property (object, pspecs[i]->name, &value);
      missing = type == G_TYPE_STRING ? g_value_get_string (&value) == NULL : g_value_get_boxed (&value) == NULL;
      if (missing)
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD,
                       _("the %s has no “%s”; expected it set when the object is created"),
                       G_OBJECT_TYPE_NAME (object), pspecs[i]->name);
          return FALSE;
        }
    }

  return TRUE;
}
