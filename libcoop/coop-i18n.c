/* coop-i18n.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "coop-i18n-private.h"

/* libcoop has one way to translate: gettext, in the libcoop-1 domain.
 *
 * Without a language scope, messages come from gettext itself, so the
 * process locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) chooses them as
 * it does for any program. A caller that wants another language for one
 * call (a French report written by an English program, two threads
 * writing in two languages) passes a language to a function that takes
 * one; that function enters a scope, and until it leaves, the thread's
 * messages are looked up in that language's compiled catalogue
 * (<localedir>/<language>/LC_MESSAGES/libcoop-1.mo), which this file
 * reads itself. It therefore needs no generated locale (LANGUAGE=fr over
 * C.UTF-8 works), never touches the environment or the process locale,
 * and a new language is a new .po file, not new code. Catalogues are
 * loaded once and kept for the life of the process, as gettext keeps
 * its own, so the strings returned stay valid. */

/* COOP_LOCALEDIR points the library at another catalogue directory, such
 * as the build tree's po/ in tests. */
static const char *
locale_directory (void)
{
  static gsize once = 0;
  static const char *directory = NULL;

  if (g_once_init_enter (&once))
    {
      const char *from_environment = g_getenv ("COOP_LOCALEDIR");

      directory = from_environment != NULL && from_environment[0] != '\0'
                  ? g_intern_string (from_environment) : COOP_LOCALEDIR;
      g_once_init_leave (&once, 1);
    }

  return directory;
}

/* Binds the text domain once, lazily, so that a program need not know
 * libcoop translates its messages. */
static void
ensure_text_domain (void)
{
  static gsize bound = 0;

  if (g_once_init_enter (&bound))
    {
      bindtextdomain (GETTEXT_PACKAGE, locale_directory ());
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_once_init_leave (&bound, 1);
    }
}

typedef struct
{
  char        *language;
  GMappedFile *file;
  GHashTable  *messages;  /* msgid (with "context\004" before) → msgstr */
} Catalogue;

struct _CoopLanguageScope
{
  Catalogue *previous;
};

static GPrivate current_catalogue;
static GMutex catalogues_lock;
static GHashTable *catalogues;  /* requested language → Catalogue, never freed */

static guint32
read_word (const guint8 *data,
           gsize         offset,
           gboolean      swapped)
{
  guint32 word;

  memcpy (&word, data + offset, sizeof word);
  return swapped ? GUINT32_SWAP_LE_BE (word) : word;
}

/* Reads a GNU .mo file; anything out of bounds or malformed makes the
 * whole catalogue unusable, and the language falls back to the source. */
static GHashTable *
read_mo_file (GMappedFile *file)
{
  const guint8 *data = (const guint8 *)g_mapped_file_get_contents (file);
  gsize length = g_mapped_file_get_length (file);
  g_autoptr(GHashTable) messages = NULL;
  gboolean swapped;
  guint32 magic, n, originals, translations;

  if (length < 28)
    return NULL;
  memcpy (&magic, data, sizeof magic);
  if (magic == 0x950412de)
    swapped = FALSE;
  else if (magic == 0xde120495)
    swapped = TRUE;
  else
    return NULL;

  n = read_word (data, 8, swapped);
  originals = read_word (data, 12, swapped);
  translations = read_word (data, 16, swapped);
  if ((guint64)originals + (guint64)n * 8 > length || (guint64)translations + (guint64)n * 8 > length)
    return NULL;

  messages = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint32 i = 0; i < n; i++)
    {
      guint32 original_length = read_word (data, originals + i * 8, swapped);
      guint32 original_offset = read_word (data, originals + i * 8 + 4, swapped);
      guint32 translation_length = read_word (data, translations + i * 8, swapped);
      guint32 translation_offset = read_word (data, translations + i * 8 + 4, swapped);

      /* Each string is followed by a NUL, inside the file. */
      if ((guint64)original_offset + original_length >= length ||
          (guint64)translation_offset + translation_length >= length ||
          data[original_offset + original_length] != '\0' ||
          data[translation_offset + translation_length] != '\0')
        return NULL;
      if (translation_length == 0)
        continue;
      g_hash_table_insert (messages, (gpointer)(data + original_offset), (gpointer)(data + translation_offset));
    }

  return g_steal_pointer (&messages);
}

static gboolean
is_source_language (const char *language)
{
  return g_str_equal (language, "C") || g_str_equal (language, "POSIX") ||
         g_str_has_prefix (language, "C.") || g_str_equal (language, "en") ||
         g_str_has_prefix (language, "en_") || g_str_has_prefix (language, "en.") ||
         g_str_has_prefix (language, "en@");
}

static Catalogue *
load_catalogue (const char *language)
{
  Catalogue *catalogue = g_new0 (Catalogue, 1);

  if (!is_source_language (language))
    {
      g_auto(GStrv) variants = g_get_locale_variants (language);

      for (guint i = 0; variants[i] != NULL && catalogue->messages == NULL; i++)
        {
          g_autofree char *path = NULL;
          g_autoptr(GMappedFile) file = NULL;

          /* A tag is a name, not a path. */
          if (strchr (variants[i], '/') != NULL || variants[i][0] == '.')
            continue;
          path = g_build_filename (locale_directory (), variants[i], "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
          file = g_mapped_file_new (path, FALSE, NULL);
          if (file == NULL)
            continue;
          catalogue->messages = read_mo_file (file);
          if (catalogue->messages != NULL)
            {
              catalogue->file = g_steal_pointer (&file);
              catalogue->language = g_strdup (variants[i]);
            }
        }
    }

  if (catalogue->language == NULL)
    catalogue->language = g_strdup ("en");

  return catalogue;
}

static Catalogue *
get_catalogue (const char *language)
{
  Catalogue *catalogue;

  g_mutex_lock (&catalogues_lock);
  if (catalogues == NULL)
    catalogues = g_hash_table_new (g_str_hash, g_str_equal);
  catalogue = g_hash_table_lookup (catalogues, language);
  if (catalogue == NULL)
    {
      catalogue = load_catalogue (language);
      g_hash_table_insert (catalogues, g_strdup (language), catalogue);
    }
  g_mutex_unlock (&catalogues_lock);

  return catalogue;
}

CoopLanguageScope *
_coop_language_scope_enter (const char *language)
{
  CoopLanguageScope *scope = g_new0 (CoopLanguageScope, 1);

  scope->previous = g_private_get (&current_catalogue);
  if (language != NULL && language[0] != '\0')
    g_private_set (&current_catalogue, get_catalogue (language));

  return scope;
}

void
_coop_language_scope_leave (CoopLanguageScope *scope)
{
  g_private_set (&current_catalogue, scope->previous);
  g_free (scope);
}

gboolean
_coop_language_is_available (const char *language)
{
  Catalogue *catalogue;

  if (language == NULL || language[0] == '\0' || is_source_language (language))
    return TRUE;

  catalogue = get_catalogue (language);
  return catalogue->messages != NULL;
}

const char *
_coop_language_current (void)
{
  Catalogue *catalogue = g_private_get (&current_catalogue);
  const char *header, *field;
  static GMutex lock;
  static GHashTable *interned;
  const char *language;
  gsize length;

  if (catalogue != NULL)
    return catalogue->language;

  /* The process locale's: the one gettext chose, as its catalogue's
   * header says, so that it never disagrees with the messages. */
  ensure_text_domain ();
  header = g_dgettext (GETTEXT_PACKAGE, "");
  field = header != NULL ? strstr (header, "Language: ") : NULL;
  if (field == NULL)
    return "en";
  field += strlen ("Language: ");
  length = strcspn (field, "\n");
  if (length == 0)
    return "en";

  g_mutex_lock (&lock);
  if (interned == NULL)
    interned = g_hash_table_new (g_str_hash, g_str_equal);
  {
    g_autofree char *tag = g_strndup (field, length);

    language = g_hash_table_lookup (interned, tag);
    if (language == NULL)
      {
        language = g_strdup (tag);
        g_hash_table_add (interned, (gpointer)language);
      }
  }
  g_mutex_unlock (&lock);

  return language;
}

const char *
_coop_gettext (const char *msgid)
{
  Catalogue *catalogue = g_private_get (&current_catalogue);

  if (catalogue != NULL)
    {
      const char *translation = catalogue->messages != NULL ? g_hash_table_lookup (catalogue->messages, msgid) : NULL;

      return translation != NULL ? translation : msgid;
    }

  ensure_text_domain ();
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

const char *
_coop_pgettext (const char *context,
                const char *msgid)
{
  Catalogue *catalogue = g_private_get (&current_catalogue);

  if (catalogue != NULL)
    {
      g_autofree char *key = NULL;
      const char *translation;

      if (catalogue->messages == NULL)
        return msgid;
      key = g_strconcat (context, "\004", msgid, NULL);
      translation = g_hash_table_lookup (catalogue->messages, key);
      return translation != NULL ? translation : msgid;
    }

  ensure_text_domain ();
  return g_dpgettext2 (GETTEXT_PACKAGE, context, msgid);
}

char *
_coop_format_decimal (double number,
                      guint  decimals)
{
  char format[16];
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  const char *separator;
  char *point;

  g_snprintf (format, sizeof format, "%%.%uf", MIN (decimals, 15));
  g_ascii_formatd (buffer, sizeof buffer, format, number);
  /* Translators: the decimal separator of numbers such as 303.55. */
  separator = C_("decimal separator", ".");
  point = strchr (buffer, '.');
  if (point == NULL || g_str_equal (separator, "."))
    return g_strdup (buffer);

  *point = '\0';
  return g_strconcat (buffer, separator, point + 1, NULL);
}

/* Messages kept for later */

typedef struct
{
  char type;  /* 's', 'i' (signed), 'u' (unsigned), 'f' (double) */
  union {
    char    *string;
    gint64   integer;
    guint64  natural;
    double   number;
  };
} Argument;

struct _CoopMessage
{
  char       *format;
  GArray     *arguments;
  GHashTable *rendered;  /* language → text, for _coop_message_get () */
};

static GMutex rendered_lock;

typedef struct
{
  int         position;   /* 1-based when given as %N$, 0 otherwise */
  int         precision;  /* -1 when none */
  int         longs;      /* number of 'l' (or j, z, t counted as 2) */
  char        conversion; /* s d i u x X c f F e g %, or 0 when malformed */
  const char *end;
} Directive;

/* Reads the directive that starts at @p, just after its '%'. */
static void
read_directive (const char *p,
                Directive  *directive)
{
  memset (directive, 0, sizeof *directive);
  directive->precision = -1;

  if (g_ascii_isdigit (*p))
    {
      const char *q = p;
      int position = 0;

      for (; g_ascii_isdigit (*q) && position < 1000; q++)
        position = position * 10 + (*q - '0');
      if (*q == '$')
        {
          directive->position = position;
          p = q + 1;
        }
    }

  while (*p != '\0' && strchr ("-+ #0'", *p) != NULL)
    p++;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == '.')
    {
      directive->precision = 0;
      p++;
      for (; g_ascii_isdigit (*p); p++)
        directive->precision = MIN (directive->precision * 10 + (*p - '0'), 100);
    }

  while (*p == 'l' || *p == 'h' || *p == 'j' || *p == 'z' || *p == 't' || *p == 'q')
    {
      directive->longs += *p == 'l' ? 1 : *p == 'h' ? 0 : 2;
      p++;
    }

  if (*p != '\0' && strchr ("sdiuxXcfFeg%", *p) != NULL)
    directive->conversion = *p++;
  directive->end = p;
}

static char
argument_type (char conversion)
{
  switch (conversion)
    {
    case 's':
      return 's';
    case 'd':
    case 'i':
    case 'c':
      return 'i';
    case 'u':
    case 'x':
    case 'X':
      return 'u';
    default:
      return 'f';
    }
}

static void
argument_clear (gpointer data)
{
  Argument *argument = data;

  if (argument->type == 's')
    g_free (argument->string);
}

CoopMessage *
_coop_message_new (const char *format,
                   ...)
{
  CoopMessage *message = g_new0 (CoopMessage, 1);
  g_autoptr(GArray) directives = g_array_new (FALSE, TRUE, sizeof (Directive));
  va_list args;
  guint next = 0;

  message->format = g_strdup (format);
  message->arguments = g_array_new (FALSE, TRUE, sizeof (Argument));
  g_array_set_clear_func (message->arguments, argument_clear);

  /* First the type of each argument, by position, then read them in order. */
  for (const char *p = format; *p != '\0'; p++)
    {
      Directive directive;
      guint index;

      if (*p != '%')
        continue;
      read_directive (p + 1, &directive);
      g_assert (directive.conversion != 0);
      p = directive.end - 1;
      if (directive.conversion == '%')
        continue;
      index = directive.position > 0 ? (guint)directive.position - 1 : next++;
      if (index >= directives->len)
        g_array_set_size (directives, index + 1);
      g_array_index (directives, Directive, index) = directive;
    }

  va_start (args, format);
  for (guint i = 0; i < directives->len; i++)
    {
      Directive *directive = &g_array_index (directives, Directive, i);
      Argument argument = { argument_type (directive->conversion), { 0 } };

      g_assert (directive->conversion != 0);
      switch (argument.type)
        {
        case 's':
          argument.string = g_strdup (va_arg (args, const char *));
          break;
        case 'i':
          argument.integer = directive->longs >= 2 ? (gint64)va_arg (args, long long)
                             : directive->longs == 1 ? (gint64)va_arg (args, long) : (gint64)va_arg (args, int);
          break;
        case 'u':
          argument.natural = directive->longs >= 2 ? (guint64)va_arg (args, unsigned long long)
                             : directive->longs == 1 ? (guint64)va_arg (args, unsigned long)
                             : (guint64)va_arg (args, unsigned int);
          break;
        default:
          argument.number = va_arg (args, double);
          break;
        }
      g_array_append_val (message->arguments, argument);
    }
  va_end (args);

  return message;
}

void
_coop_message_free (CoopMessage *message)
{
  if (message == NULL)
    return;

  g_free (message->format);
  g_array_unref (message->arguments);
  g_clear_pointer (&message->rendered, g_hash_table_unref);
  g_free (message);
}

/* Flags and widths are not kept: messages for people have no columns. */
static void
append_argument (GString          *text,
                 const Directive  *directive,
                 const Argument   *argument)
{
  g_autofree char *decimal = NULL;

  switch (argument->type)
    {
    case 's':
      g_string_append (text, argument->string != NULL ? argument->string : "(null)");
      break;
    case 'i':
      g_string_append_printf (text, "%" G_GINT64_FORMAT, argument->integer);
      break;
    case 'u':
      if (directive->conversion == 'x' || directive->conversion == 'X')
        g_string_append_printf (text, "%" G_GINT64_MODIFIER "x", argument->natural);
      else
        g_string_append_printf (text, "%" G_GUINT64_FORMAT, argument->natural);
      break;
    default:
      decimal = _coop_format_decimal (argument->number, directive->precision >= 0 ? (guint)directive->precision : 6);
      g_string_append (text, decimal);
      break;
    }
}

char *
_coop_message_render (const CoopMessage *message)
{
  const char *format;
  GString *text;
  guint next = 0;

  g_return_val_if_fail (message != NULL, NULL);

  format = _coop_gettext (message->format);
  text = g_string_new (NULL);
  for (const char *p = format; *p != '\0'; p++)
    {
      Directive directive;
      guint index;

      if (*p != '%')
        {
          g_string_append_c (text, *p);
          continue;
        }
      read_directive (p + 1, &directive);
      if (directive.conversion == '%')
        {
          g_string_append_c (text, '%');
          p = directive.end - 1;
          continue;
        }
      index = directive.position > 0 ? (guint)directive.position - 1 : next++;
      /* A translation whose directives do not match the source's shows
       * them as written rather than reading the wrong argument. */
      if (directive.conversion == 0 || index >= message->arguments->len ||
          g_array_index (message->arguments, Argument, index).type != argument_type (directive.conversion))
        {
          g_string_append_len (text, p, directive.end - p);
          p = directive.end - 1;
          continue;
        }
      append_argument (text, &directive, &g_array_index (message->arguments, Argument, index));
      p = directive.end - 1;
    }

  return g_string_free (text, FALSE);
}

const char *
_coop_message_get (CoopMessage *message,
                   const char  *language)
{
  g_autoptr(CoopLanguageScope) scope = NULL;
  const char *current;
  char *text;

  g_return_val_if_fail (message != NULL, NULL);

  scope = _coop_language_scope_enter (language);
  current = _coop_language_current ();

  g_mutex_lock (&rendered_lock);
  if (message->rendered == NULL)
    message->rendered = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  text = g_hash_table_lookup (message->rendered, current);
  if (text == NULL)
    {
      text = _coop_message_render (message);
      /* Language tags from _coop_language_current () live as long as the process. */
      g_hash_table_insert (message->rendered, (gpointer)current, text);
    }
  g_mutex_unlock (&rendered_lock);

  return text;
}
