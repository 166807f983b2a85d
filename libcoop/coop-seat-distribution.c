/* coop-seat-distribution.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "coop-error.h"
#include "coop-i18n-private.h"
#include "coop-json-private.h"
#include "coop-seat-distribution.h"

/**
 * CoopSeatDistribution:
 *
 * A number of seats for each commune, by INSEE code: a proposed accord
 * local, optional seats under VI, or one of the accords locaux that
 * [class@Coop.AccordLocal] enumerates.
 *
 * ## File format
 *
 * [ctor@Coop.SeatDistribution.new_from_data] reads either a JSON object
 * whose members are INSEE codes and whose values are seat counts,
 *
 * ```json
 * { "38563": 10, "38565": 4 }
 * ```
 *
 * or CSV with a header row `commune,seats` and one row per commune.
 *
 * Since: 1.0
 */

/* More seats than any council could hold: a typo, not a proposal. */
#define MAX_SEATS 10000

struct _CoopSeatDistribution
{
  GObject     parent_instance;

  GPtrArray  *codes;
  GArray     *seats;     /* guint */
  GHashTable *positions; /* code → position + 1 */
};

G_DEFINE_FINAL_TYPE (CoopSeatDistribution, coop_seat_distribution, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_COMMUNES,
  PROP_TOTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_seat_distribution_finalize (GObject *object)
{
  CoopSeatDistribution *self = (CoopSeatDistribution *)object;

  g_ptr_array_unref (self->codes);
  g_array_unref (self->seats);
  g_hash_table_unref (self->positions);

  G_OBJECT_CLASS (coop_seat_distribution_parent_class)->finalize (object);
}

static void
coop_seat_distribution_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CoopSeatDistribution *self = COOP_SEAT_DISTRIBUTION (object);

  switch (prop_id)
    {
    case PROP_N_COMMUNES:
      g_value_set_uint (value, coop_seat_distribution_get_n_communes (self));
      break;
    case PROP_TOTAL:
      g_value_set_uint (value, coop_seat_distribution_get_total (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_seat_distribution_class_init (CoopSeatDistributionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_seat_distribution_finalize;
  object_class->get_property = coop_seat_distribution_get_property;

  /**
   * CoopSeatDistribution:n-communes:
   *
   * How many communes the distribution lists.
   *
   * Since: 1.0
   */
  properties[PROP_N_COMMUNES] =
    g_param_spec_uint ("n-communes", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CoopSeatDistribution:total:
   *
   * The number of seats of all communes together.
   *
   * Since: 1.0
   */
  properties[PROP_TOTAL] =
    g_param_spec_uint ("total", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_seat_distribution_init (CoopSeatDistribution *self)
{
  self->codes = g_ptr_array_new_with_free_func (g_free);
  self->seats = g_array_new (FALSE, FALSE, sizeof (guint));
  self->positions = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * coop_seat_distribution_new:
 *
 * Creates an empty distribution; add communes with
 * [method@Coop.SeatDistribution.set_seats].
 *
 * Returns: (transfer full): a new distribution
 *
 * Since: 1.0
 */
CoopSeatDistribution *
coop_seat_distribution_new (void)
{
  return g_object_new (COOP_TYPE_SEAT_DISTRIBUTION, NULL);
}

static gboolean
add_parsed (CoopSeatDistribution  *self,
            const char            *code,
            gint64                 seats,
            const char            *seats_text,
            const char            *where,
            GError               **error)
{
  if (code == NULL || *code == '\0')
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_MISSING_FIELD, _("%s: the commune code is empty; expected an INSEE code"), where);
      return FALSE;
    }
  if (coop_seat_distribution_has_commune (self, code))
    {
      g_set_error (error, COOP_ERROR, COOP_ERROR_DUPLICATE, _("%s: commune %s is listed twice; expected each commune once"), where, code);
      return FALSE;
    }
  if (seats_text != NULL || seats < 0 || seats > MAX_SEATS)
    {
      g_autofree char *text = seats_text != NULL ? g_strdup (seats_text)
                                                 : g_strdup_printf ("%" G_GINT64_FORMAT, seats);

      g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_VALUE,
                   _("%s: commune %s has %s seats; expected a number from 0 to %d"),
                   where, code, text, MAX_SEATS);
      return FALSE;
    }
  coop_seat_distribution_set_seats (self, code, (guint)seats);
  return TRUE;
}

/* The JSON form goes through libcoop's JSON reader, so a check file obeys
 * the same rules as a model: RFC 8259 numbers (011 is not 9), no member
 * twice, a byte-order mark skipped, errors with their line. */
static gboolean
parse_json (CoopSeatDistribution  *self,
            const char            *name,
            GBytes                *bytes,
            GError               **error)
{
  g_autoptr(CoopJsonDocument) document = _coop_json_document_new (name != NULL ? name : "<data>");
  JsonNode *root;
  JsonObjectIter iter;
  const char *code;
  JsonNode *node;

  if (!_coop_json_document_load_bytes (document, bytes, error))
    return FALSE;
  root = _coop_json_document_get_root (document);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      _coop_json_set_error (error, document, root, "$", COOP_ERROR_INVALID_TYPE,
                            _("found %s; expected an object of commune codes and seat counts"),
                            _coop_json_node_type_name (root));
      return FALSE;
    }
  json_object_iter_init_ordered (&iter, json_node_get_object (root));
  while (json_object_iter_next_ordered (&iter, &code, &node))
    {
      g_autofree char *path = g_strdup_printf ("$.%s", code);
      g_autofree char *where = NULL;
      guint line = _coop_json_document_get_line (document, node);

      where = line > 0 ? g_strdup_printf ("%s:%u: %s", _coop_json_document_get_name (document), line, path)
                       : g_strdup_printf ("%s: %s", _coop_json_document_get_name (document), path);
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_TYPE,
                       _("%s: found %s; expected a whole number of seats for commune %s"),
                       where, _coop_json_node_type_name (node), code);
          return FALSE;
        }
      if (!add_parsed (self, code, json_node_get_int (node),
                       _coop_json_document_get_number_text (document, node), where, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_csv (CoopSeatDistribution  *self,
           const char            *name,
           const char            *data,
           gsize                  length,
           GError               **error)
{
  g_autofree char *text = g_strndup (data, length);
  g_auto(GStrv) lines = NULL;
  gboolean header = FALSE;

  /* Spreadsheets save CSV with a byte-order mark and CRLF line ends: the
   * mark is skipped, and g_strstrip() below drops the CR. */
  lines = g_strsplit (g_str_has_prefix (text, "\xef\xbb\xbf") ? text + 3 : text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *where = name != NULL ? g_strdup_printf ("%s:%u", name, i + 1)
                                            : g_strdup_printf (_("line %u"), i + 1);
      g_auto(GStrv) cells = NULL;
      char *line = g_strstrip (lines[i]);
      char *end = NULL;
      gint64 seats;

      if (*line == '\0')
        continue;
      if (!g_utf8_validate (line, -1, NULL))
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE, _("%s: invalid UTF-8; expected UTF-8 text"), where);
          return FALSE;
        }
      cells = g_strsplit (line, ",", -1);
      if (g_strv_length (cells) != 2)
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE, _("%s: expected two cells, commune and seats"), where);
          return FALSE;
        }
      g_strstrip (cells[0]);
      g_strstrip (cells[1]);
      if (!header)
        {
          if (!g_str_equal (cells[0], "commune") || !g_str_equal (cells[1], "seats"))
            {
              g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE, _("%s: expected the header “commune,seats”"), where);
              return FALSE;
            }
          header = TRUE;
          continue;
        }
      errno = 0;
      seats = g_ascii_strtoll (cells[1], &end, 10);
      if (errno != 0 || end == cells[1] || *end != '\0' || !g_ascii_isdigit (cells[1][0]))
        {
          g_set_error (error, COOP_ERROR, COOP_ERROR_INVALID_TYPE,
                       _("%s: “%s” is not a whole number of seats for commune %s; expected digits, from 0 to %d"),
                       where, cells[1], cells[0], MAX_SEATS);
          return FALSE;
        }
      if (!add_parsed (self, cells[0], seats, NULL, where, error))
        return FALSE;
    }
  if (!header)
    {
      g_autofree char *where = name != NULL ? g_strdup_printf ("%s:1", name) : g_strdup (_("line 1"));

      g_set_error (error, COOP_ERROR, COOP_ERROR_PARSE, _("%s: expected the header “commune,seats”"), where);
      return FALSE;
    }
  return TRUE;
}

static CoopSeatDistribution *
parse_data (const char  *name,
            GBytes      *bytes,
            GError     **error)
{
  g_autoptr(CoopSeatDistribution) self = coop_seat_distribution_new ();
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  gsize start = 0;

  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    start = 3;
  while (start < size && g_ascii_isspace (data[start]))
    start++;
  if (start < size && data[start] == '{')
    {
      if (!parse_json (self, name, bytes, error))
        return NULL;
    }
  else if (!parse_csv (self, name, data, size, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * coop_seat_distribution_new_from_data:
 * @data: (array length=length) (element-type guint8): a JSON object or CSV text
 * @length: the length of @data, or -1 when it ends with a nul
 * @error: return location for an error
 *
 * Reads a distribution in one of the two formats described in
 * [class@Coop.SeatDistribution]: JSON when @data starts with `{`, CSV
 * otherwise. Negative, fractional or absurd seat counts, numbers that
 * RFC 8259 does not allow (`011`, `0x1F`), duplicated and empty codes are
 * refused with an error naming the commune and the place. A byte-order
 * mark and CRLF line ends, as spreadsheets write them, are accepted.
 *
 * Returns: (transfer full): the distribution, or %NULL with @error set
 *
 * Since: 1.0
 */
CoopSeatDistribution *
coop_seat_distribution_new_from_data (const char  *data,
                                      gssize       length,
                                      GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  bytes = g_bytes_new (data, length < 0 ? strlen (data) : (gsize)length);
  return parse_data (NULL, bytes, error);
}

/**
 * coop_seat_distribution_new_from_file:
 * @file: a JSON or CSV file, as [ctor@Coop.SeatDistribution.new_from_data]
 *   reads them
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Reads a distribution from @file. Errors name the file and the line.
 *
 * Returns: (transfer full): the distribution, or %NULL with @error set
 *
 * Since: 1.0
 */
CoopSeatDistribution *
coop_seat_distribution_new_from_file (GFile         *file,
                                      GCancellable  *cancellable,
                                      GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  name = g_file_get_parse_name (file);
  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return NULL;

  return parse_data (name, bytes, error);
}

/**
 * coop_seat_distribution_set_seats:
 * @self: a distribution
 * @code: the INSEE code of a commune
 * @seats: its number of seats
 *
 * Sets the seats of a commune, adding it if it is not listed yet.
 *
 * Since: 1.0
 */
void
coop_seat_distribution_set_seats (CoopSeatDistribution *self,
                                  const char           *code,
                                  guint                 seats)
{
  guint position;

  g_return_if_fail (COOP_IS_SEAT_DISTRIBUTION (self));
  g_return_if_fail (code != NULL);

  position = GPOINTER_TO_UINT (g_hash_table_lookup (self->positions, code));
  if (position == 0)
    {
      char *copy = g_strdup (code);

      g_ptr_array_add (self->codes, copy);
      g_array_append_val (self->seats, seats);
      g_hash_table_insert (self->positions, copy, GUINT_TO_POINTER (self->codes->len));
    }
  else
    g_array_index (self->seats, guint, position - 1) = seats;
}

/**
 * coop_seat_distribution_has_commune:
 * @self: a distribution
 * @code: the INSEE code of a commune
 *
 * Checks whether @code is listed.
 *
 * Returns: %TRUE if the distribution lists @code
 *
 * Since: 1.0
 */
gboolean
coop_seat_distribution_has_commune (CoopSeatDistribution *self,
                                    const char           *code)
{
  g_return_val_if_fail (COOP_IS_SEAT_DISTRIBUTION (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  return g_hash_table_contains (self->positions, code);
}

/**
 * coop_seat_distribution_get_seats:
 * @self: a distribution
 * @code: the INSEE code of a commune
 *
 * Gets the seats of a commune.
 *
 * Returns: the seats, or 0 when @code is not listed
 *
 * Since: 1.0
 */
guint
coop_seat_distribution_get_seats (CoopSeatDistribution *self,
                                  const char           *code)
{
  guint position;

  g_return_val_if_fail (COOP_IS_SEAT_DISTRIBUTION (self), 0);
  g_return_val_if_fail (code != NULL, 0);

  position = GPOINTER_TO_UINT (g_hash_table_lookup (self->positions, code));
  return position > 0 ? g_array_index (self->seats, guint, position - 1) : 0;
}

/**
 * coop_seat_distribution_get_n_communes:
 * @self: a distribution
 *
 * Gets how many communes are listed.
 *
 * Returns: the number of communes
 *
 * Since: 1.0
 */
guint
coop_seat_distribution_get_n_communes (CoopSeatDistribution *self)
{
  g_return_val_if_fail (COOP_IS_SEAT_DISTRIBUTION (self), 0);

  return self->codes->len;
}

/**
 * coop_seat_distribution_get_code:
 * @self: a distribution
 * @position: a position, below [property@Coop.SeatDistribution:n-communes]
 *
 * Gets the code of the commune at @position, in the order they were added.
 *
 * Returns: (nullable): the code, or %NULL past the end
 *
 * Since: 1.0
 */
const char *
coop_seat_distribution_get_code (CoopSeatDistribution *self,
                                 guint                 position)
{
  g_return_val_if_fail (COOP_IS_SEAT_DISTRIBUTION (self), NULL);

  return position < self->codes->len ? g_ptr_array_index (self->codes, position) : NULL;
}

/**
 * coop_seat_distribution_get_seats_at:
 * @self: a distribution
 * @position: a position, below [property@Coop.SeatDistribution:n-communes]
 *
 * Gets the seats of the commune at @position.
 *
 * Returns: the seats, or 0 past the end
 *
 * Since: 1.0
 */
guint
coop_seat_distribution_get_seats_at (CoopSeatDistribution *self,
                                     guint                 position)
{
  g_return_val_if_fail (COOP_IS_SEAT_DISTRIBUTION (self), 0);

  return position < self->seats->len ? g_array_index (self->seats, guint, position) : 0;
}

/**
 * coop_seat_distribution_get_total:
 * @self: a distribution
 *
 * Gets the number of seats of all communes together.
 *
 * Returns: the total
 *
 * Since: 1.0
 */
guint
coop_seat_distribution_get_total (CoopSeatDistribution *self)
{
  guint total = 0;

  g_return_val_if_fail (COOP_IS_SEAT_DISTRIBUTION (self), 0);

  for (guint i = 0; i < self->seats->len; i++)
    total += g_array_index (self->seats, guint, i);
  return total;
}
