/* coop-territory.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-enum-types.h"
#include "coop-model-private.h"
#include "coop-territory-private.h"
#include "coop-date-private.h"
#include "coop-util-private.h"

/**
 * CoopTerritory:
 *
 * A territory: a commune, an EPCI, a département, a région, or a territory
 * of project such as a Pays, a PETR, a PNR or a SCoT.
 *
 * Territories of the administrative map come from a [class@Coop.Atlas] and
 * are read-only but for their nature; territories of project are created by
 * the user (or read from a [class@Coop.Model]) and list their members by
 * reference (see [method@Coop.Territory.get_member_codes]).
 *
 * ## The default nature
 *
 * A territory's place on the urban–rural gradient can be set by the user
 * with [method@Coop.Territory.set_nature]. Otherwise it follows a default
 * rule, documented here because users' analyses depend on it:
 *
 * - a commune of 10,000 inhabitants or more (population municipale) is
 *   urban;
 * - a smaller commune that belongs to a communauté d'agglomération, a
 *   communauté urbaine, a métropole or an EPT is periurban;
 * - any other commune is rural;
 * - a perimeter (EPCI, département, territory of project…) is urban when
 *   at least half its population lives in urban communes, periurban when at
 *   least half lives in urban or periurban ones, rural otherwise.
 *
 * The rule is a proxy, not INSEE's grille de densité, which the source data
 * does not carry: override it where the local reading differs.
 *
 * Since: 1.0
 */

struct _CoopTerritory
{
  GObject            parent_instance;

  char              *code;
  char              *name;
  char              *siren;
  char              *departement_code;
  char              *region_code;
  char              *epci_code;
  char              *ept_code;
  char              *parent_code;
  GPtrArray         *member_codes;
  GSList            *models;   /* the models holding it (borrowed), which bound its members */
  GDateTime         *valid_from;
  GDateTime         *valid_until;
  JsonObject        *extra;
  GHashTable        *member_populations;

  gint64             population_municipale;
  gint64             population_totale;
  guint              population_year;
  guint              member_population_year;

  CoopTerritoryKind  kind;
  CoopEpciForm       epci_form;
  CoopFiscalRegime   fiscal_regime;
  CoopNature         nature;
  CoopNature         default_nature;
  guint              nature_is_set : 1;
  guint              from_atlas : 1;
};

G_DEFINE_FINAL_TYPE (CoopTerritory, coop_territory, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_KIND,
  PROP_SIREN,
  PROP_FROM_ATLAS,
  PROP_EPCI_FORM,
  PROP_FISCAL_REGIME,
  PROP_POPULATION_MUNICIPALE,
  PROP_POPULATION_TOTALE,
  PROP_POPULATION_YEAR,
  PROP_NATURE,
  PROP_NATURE_IS_DEFAULT,
  PROP_DEPARTEMENT_CODE,
  PROP_REGION_CODE,
  PROP_EPCI_CODE,
  PROP_EPT_CODE,
  PROP_PARENT_CODE,
  PROP_MEMBER_CODES,
  PROP_VALID_FROM,
  PROP_VALID_UNTIL,
  PROP_MEMBER_POPULATION_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coop_territory_finalize (GObject *object)
{
  CoopTerritory *self = (CoopTerritory *)object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->siren, g_free);
  g_clear_pointer (&self->departement_code, g_free);
  g_clear_pointer (&self->region_code, g_free);
  g_clear_pointer (&self->epci_code, g_free);
  g_clear_pointer (&self->ept_code, g_free);
  g_clear_pointer (&self->parent_code, g_free);
  g_clear_pointer (&self->member_codes, g_ptr_array_unref);
  g_clear_pointer (&self->models, g_slist_free);
  g_clear_pointer (&self->valid_from, g_date_time_unref);
  g_clear_pointer (&self->valid_until, g_date_time_unref);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->member_populations, g_hash_table_unref);

  G_OBJECT_CLASS (coop_territory_parent_class)->finalize (object);
}

static void
coop_territory_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CoopTerritory *self = COOP_TERRITORY (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, coop_territory_get_code (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, coop_territory_get_name (self));
      break;
    case PROP_KIND:
      g_value_set_enum (value, coop_territory_get_kind (self));
      break;
    case PROP_SIREN:
      g_value_set_string (value, coop_territory_get_siren (self));
      break;
    case PROP_FROM_ATLAS:
      g_value_set_boolean (value, coop_territory_is_from_atlas (self));
      break;
    case PROP_EPCI_FORM:
      g_value_set_enum (value, coop_territory_get_epci_form (self));
      break;
    case PROP_FISCAL_REGIME:
      g_value_set_enum (value, coop_territory_get_fiscal_regime (self));
      break;
    case PROP_POPULATION_MUNICIPALE:
      g_value_set_int64 (value, coop_territory_get_population_municipale (self));
      break;
    case PROP_POPULATION_TOTALE:
      g_value_set_int64 (value, coop_territory_get_population_totale (self));
      break;
    case PROP_POPULATION_YEAR:
      g_value_set_uint (value, coop_territory_get_population_year (self));
      break;
    case PROP_NATURE:
      g_value_set_enum (value, coop_territory_get_nature (self));
      break;
    case PROP_NATURE_IS_DEFAULT:
      g_value_set_boolean (value, coop_territory_get_nature_is_default (self));
      break;
    case PROP_DEPARTEMENT_CODE:
      g_value_set_string (value, coop_territory_get_departement_code (self));
      break;
    case PROP_REGION_CODE:
      g_value_set_string (value, coop_territory_get_region_code (self));
      break;
    case PROP_EPCI_CODE:
      g_value_set_string (value, coop_territory_get_epci_code (self));
      break;
    case PROP_EPT_CODE:
      g_value_set_string (value, coop_territory_get_ept_code (self));
      break;
    case PROP_PARENT_CODE:
      g_value_set_string (value, coop_territory_get_parent_code (self));
      break;
    case PROP_MEMBER_CODES:
      g_value_set_boxed (value, coop_territory_get_member_codes (self));
      break;
    case PROP_VALID_FROM:
      g_value_set_boxed (value, coop_territory_get_valid_from (self));
      break;
    case PROP_VALID_UNTIL:
      g_value_set_boxed (value, coop_territory_get_valid_until (self));
      break;
    case PROP_MEMBER_POPULATION_YEAR:
      g_value_set_uint (value, coop_territory_get_member_population_year (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_territory_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CoopTerritory *self = COOP_TERRITORY (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_return_if_fail (_coop_text_is_valid (g_value_get_string (value)));
      self->code = g_value_dup_string (value);
      break;
    case PROP_NAME:
      coop_territory_set_name (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_POPULATION_MUNICIPALE:
      coop_territory_set_population_municipale (self, g_value_get_int64 (value));
      break;
    case PROP_POPULATION_TOTALE:
      coop_territory_set_population_totale (self, g_value_get_int64 (value));
      break;
    case PROP_POPULATION_YEAR:
      coop_territory_set_population_year (self, g_value_get_uint (value));
      break;
    case PROP_NATURE:
      coop_territory_set_nature (self, g_value_get_enum (value));
      break;
    case PROP_MEMBER_CODES:
      coop_territory_set_member_codes (self, g_value_get_boxed (value));
      break;
    case PROP_VALID_FROM:
      coop_territory_set_valid_from (self, g_value_get_boxed (value));
      break;
    case PROP_VALID_UNTIL:
      coop_territory_set_valid_until (self, g_value_get_boxed (value));
      break;
    case PROP_EPCI_FORM:
      coop_territory_set_epci_form (self, g_value_get_enum (value));
      break;
    case PROP_MEMBER_POPULATION_YEAR:
      coop_territory_set_member_population_year (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coop_territory_class_init (CoopTerritoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coop_territory_finalize;
  object_class->get_property = coop_territory_get_property;
  object_class->set_property = coop_territory_set_property;

  /**
   * CoopTerritory:code:
   *
   * The stable identifier: INSEE code of a commune, département or région,
   * SIREN of an EPCI or EPT, a user-chosen identifier otherwise.
   *
   * Since: 1.0
   */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritory:name:
   *
   * The official or user-given name.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritory:kind:
   *
   * What kind of territory this is.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       COOP_TYPE_TERRITORY_KIND, COOP_TERRITORY_KIND_CUSTOM,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritory:siren:
   *
   * The SIREN of the legal person (commune, EPCI), if known.
   *
   * Since: 1.0
   */
  properties[PROP_SIREN] =
    g_param_spec_string ("siren", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritory:from-atlas:
   *
   * Whether the territory belongs to the administrative map of an atlas
   * rather than to a user's model.
   *
   * Since: 1.0
   */
  properties[PROP_FROM_ATLAS] =
    g_param_spec_boolean ("from-atlas", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritory:epci-form:
   *
   * The legal form of an EPCI à fiscalité propre, or
   * %COOP_EPCI_FORM_NONE for any other territory. A territory of a model
   * may carry the form of the EPCI it proposes (a fusion, an extension):
   * the seats of its perimeter are then computed for that form by
   * [ctor@Coop.SeatAllocation.new_for_model].
   *
   * Since: 1.0
   */
  properties[PROP_EPCI_FORM] =
    g_param_spec_enum ("epci-form", NULL, NULL,
                       COOP_TYPE_EPCI_FORM, COOP_EPCI_FORM_NONE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritory:fiscal-regime:
   *
   * The fiscal regime of an EPCI à fiscalité propre.
   *
   * Since: 1.0
   */
  properties[PROP_FISCAL_REGIME] =
    g_param_spec_enum ("fiscal-regime", NULL, NULL,
                       COOP_TYPE_FISCAL_REGIME, COOP_FISCAL_REGIME_NONE,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritory:population-municipale:
   *
   * The INSEE population municipale, the figure the seat rules use, or
   * %COOP_POPULATION_UNKNOWN.
   *
   * Since: 1.0
   */
  properties[PROP_POPULATION_MUNICIPALE] =
    g_param_spec_int64 ("population-municipale", NULL, NULL,
                        COOP_POPULATION_UNKNOWN, G_MAXINT32, COOP_POPULATION_UNKNOWN,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritory:population-totale:
   *
   * The INSEE population totale, or %COOP_POPULATION_UNKNOWN.
   *
   * Since: 1.0
   */
  properties[PROP_POPULATION_TOTALE] =
    g_param_spec_int64 ("population-totale", NULL, NULL,
                        COOP_POPULATION_UNKNOWN, G_MAXINT32, COOP_POPULATION_UNKNOWN,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritory:population-year:
   *
   * The census year of the population figures (millésime), or 0 when
   * unknown.
   *
   * Since: 1.0
   */
  properties[PROP_POPULATION_YEAR] =
    g_param_spec_uint ("population-year", NULL, NULL, 0, COOP_DATE_MAX_YEAR, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritory:nature:
   *
   * The place on the urban–rural gradient: the user's setting, or the
   * default rule described in the class documentation.
   *
   * Since: 1.0
   */
  properties[PROP_NATURE] =
    g_param_spec_enum ("nature", NULL, NULL,
                       COOP_TYPE_NATURE, COOP_NATURE_RURAL,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritory:nature-is-default:
   *
   * Whether [property@Coop.Territory:nature] comes from the default rule
   * rather than from the user.
   *
   * Since: 1.0
   */
  properties[PROP_NATURE_IS_DEFAULT] =
    g_param_spec_boolean ("nature-is-default", NULL, NULL, TRUE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritory:departement-code:
   *
   * The INSEE code of the commune's département.
   *
   * Since: 1.0
   */
  properties[PROP_DEPARTEMENT_CODE] =
    g_param_spec_string ("departement-code", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritory:region-code:
   *
   * The INSEE code of the région of a commune or département.
   *
   * Since: 1.0
   */
  properties[PROP_REGION_CODE] =
    g_param_spec_string ("region-code", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritory:epci-code:
   *
   * The SIREN of the EPCI à fiscalité propre the commune belongs to.
   *
   * Since: 1.0
   */
  properties[PROP_EPCI_CODE] =
    g_param_spec_string ("epci-code", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritory:ept-code:
   *
   * The SIREN of the établissement public territorial the commune belongs
   * to, in the Métropole du Grand Paris.
   *
   * Since: 1.0
   */
  properties[PROP_EPT_CODE] =
    g_param_spec_string ("ept-code", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritory:parent-code:
   *
   * The reference of the territory @self is a part of: the commune of a
   * commune déléguée, a commune associée or a municipal arrondissement
   * (`38563`), or the collectivité d'outre-mer of one of its communes
   * (`collectivite-outre-mer:975`).
   *
   * Since: 1.0
   */
  properties[PROP_PARENT_CODE] =
    g_param_spec_string ("parent-code", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritory:member-codes:
   *
   * The references of the members of a territory of project: codes of
   * atlas territories (`38563`, `243800984`, `departement:38`) or
   * identifiers of other territories of the same model.
   *
   * Members of atlas territories are listed by the atlas instead, with
   * [method@Coop.Atlas.list_members].
   *
   * Since: 1.0
   */
  properties[PROP_MEMBER_CODES] =
    g_param_spec_boxed ("member-codes", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritory:valid-from:
   *
   * The first day the territory exists in this form, if known.
   *
   * Since: 1.0
   */
  properties[PROP_VALID_FROM] =
    g_param_spec_boxed ("valid-from", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritory:valid-until:
   *
   * The last day the territory exists in this form, if known.
   *
   * Since: 1.0
   */
  properties[PROP_VALID_UNTIL] =
    g_param_spec_boxed ("valid-until", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CoopTerritory:member-population-year:
   *
   * The census year of the populations municipales given to the communes
   * of a territory of a model (see
   * [method@Coop.Territory.set_member_population]), or 0 when not said.
   * Those of census year Y are in force from 1 January Y + 3.
   *
   * Since: 1.0
   */
  properties[PROP_MEMBER_POPULATION_YEAR] =
    g_param_spec_uint ("member-population-year", NULL, NULL, 0, COOP_DATE_MAX_YEAR, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coop_territory_init (CoopTerritory *self)
{
  self->member_codes = g_ptr_array_new_null_terminated (1, g_free, TRUE);
  self->population_municipale = COOP_POPULATION_UNKNOWN;
  self->population_totale = COOP_POPULATION_UNKNOWN;
  self->default_nature = COOP_NATURE_RURAL;
}

/**
 * coop_territory_new:
 * @kind: the kind of territory
 * @code: a stable identifier, unique in its model
 * @name: the territory's name
 *
 * Creates a territory that a user defines, such as a Pays, a PNR or a
 * perimeter of study. Add its members with
 * [method@Coop.Territory.add_member_code] and give it to a
 * [class@Coop.Model].
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Returns: (transfer full): a new territory
 *
 * Since: 1.0
 */
CoopTerritory *
coop_territory_new (CoopTerritoryKind  kind,
                    const char        *code,
                    const char        *name)
{
  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (_coop_text_is_valid (code), NULL);
  g_return_val_if_fail (_coop_text_is_valid (name), NULL);

  return g_object_new (COOP_TYPE_TERRITORY,
                       "kind", kind,
                       "code", code,
                       "name", name,
                       NULL);
}

CoopTerritory *
_coop_territory_new_from_record (const CoopTerritoryRecord *record)
{
  CoopTerritory *self;

  /* Fields are set directly rather than as construct properties: this
   * runs on the first lookup of every atlas territory, and GValue
   * marshalling was half its cost. */
  self = g_object_new (COOP_TYPE_TERRITORY, NULL);
  self->kind = record->kind;
  g_free (self->code);
  self->code = g_strdup (record->code);
  g_free (self->name);
  self->name = g_strdup (record->name);
  self->from_atlas = TRUE;
  self->siren = g_strdup (record->siren);
  self->epci_form = record->epci_form;
  self->fiscal_regime = record->fiscal_regime;
  self->population_municipale = record->population_municipale;
  self->population_totale = record->population_totale;
  self->population_year = record->population_year;
  self->departement_code = g_strdup (record->departement_code);
  self->region_code = g_strdup (record->region_code);
  self->epci_code = g_strdup (record->epci_code);
  self->ept_code = g_strdup (record->ept_code);
  self->parent_code = g_strdup (record->parent_code);
  self->default_nature = record->default_nature;

  return self;
}

void
_coop_territory_set_default_nature (CoopTerritory *self,
                                    CoopNature     nature)
{
  CoopNature old_nature;

  g_return_if_fail (COOP_IS_TERRITORY (self));

  old_nature = coop_territory_get_nature (self);
  self->default_nature = nature;
  if (old_nature != coop_territory_get_nature (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NATURE]);
}

void
_coop_territory_add_model (CoopTerritory *self,
                           CoopModel     *model)
{
  self->models = g_slist_prepend (self->models, model);
}

void
_coop_territory_remove_model (CoopTerritory *self,
                              CoopModel     *model)
{
  self->models = g_slist_remove (self->models, model);
}

/* Whether every model holding @self accepts @members for it: territories
 * of project nest at most COOP_MODEL_MAX_NESTING deep, as the reader
 * requires. A refusal is a critical warning with the reader's message. */
static gboolean
models_accept_members (CoopTerritory      *self,
                       const char         *function,
                       const char * const *members)
{
  for (GSList *l = self->models; l != NULL; l = l->next)
    {
      g_autoptr(GError) error = NULL;

      if (!_coop_model_check_members (l->data, self, members, &error))
        {
          g_critical ("%s: %s", function, error->message);
          return FALSE;
        }
    }
  return TRUE;
}

JsonObject *
_coop_territory_get_extra (CoopTerritory *self)
{
  return self->extra;
}

void
_coop_territory_set_extra (CoopTerritory *self,
                           JsonObject    *extra)
{
  if (extra != NULL)
    json_object_ref (extra);
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra;
}

/**
 * coop_territory_get_code:
 * @self: a territory
 *
 * Gets the stable identifier of @self.
 *
 * Returns: the code
 *
 * Since: 1.0
 */
const char *
coop_territory_get_code (CoopTerritory *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), NULL);

  return self->code;
}

/**
 * coop_territory_get_name:
 * @self: a territory
 *
 * Gets the name of @self.
 *
 * Returns: the name
 *
 * Since: 1.0
 */
const char *
coop_territory_get_name (CoopTerritory *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), NULL);

  return self->name;
}

/**
 * coop_territory_set_name:
 * @self: a territory
 * @name: the new name
 *
 * Renames @self.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_territory_set_name (CoopTerritory *self,
                         const char    *name)
{
  g_return_if_fail (COOP_IS_TERRITORY (self));
  /* Atlas territories are shared, across threads too: read-only. */
  g_return_if_fail (!self->from_atlas);
  g_return_if_fail (name != NULL);
  g_return_if_fail (_coop_text_is_valid (name));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * coop_territory_get_kind:
 * @self: a territory
 *
 * Gets what kind of territory @self is.
 *
 * Returns: the kind
 *
 * Since: 1.0
 */
CoopTerritoryKind
coop_territory_get_kind (CoopTerritory *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), COOP_TERRITORY_KIND_CUSTOM);

  return self->kind;
}

/**
 * coop_territory_dup_reference:
 * @self: a territory
 *
 * Gets the reference that names @self without ambiguity in a model
 * document or on the command line.
 *
 * Communes, EPCI, EPT and territories of project are named by their code;
 * départements and régions, whose INSEE codes overlap (`84` is both the
 * Vaucluse and Auvergne-Rhône-Alpes), by `departement:CODE` and
 * `region:CODE`; collectivités d'outre-mer by `collectivite-outre-mer:CODE`;
 * communes déléguées and associées, which may bear the code of their
 * commune, by `commune-deleguee:CODE` and `commune-associee:CODE`.
 *
 * Returns: (transfer full): the reference
 *
 * Since: 1.0
 */
char *
coop_territory_dup_reference (CoopTerritory *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), NULL);

  /* A commune déléguée or associée often keeps the code of the commune it
   * was, which its commune nouvelle may bear too. */
  if (self->kind == COOP_TERRITORY_KIND_DEPARTEMENT || self->kind == COOP_TERRITORY_KIND_REGION ||
      self->kind == COOP_TERRITORY_KIND_COLLECTIVITE_OUTRE_MER ||
      self->kind == COOP_TERRITORY_KIND_COMMUNE_DELEGUEE ||
      self->kind == COOP_TERRITORY_KIND_COMMUNE_ASSOCIEE)
    return g_strdup_printf ("%s:%s", coop_territory_kind_to_string (self->kind), self->code);

  return g_strdup (self->code);
}

/**
 * coop_territory_is_from_atlas:
 * @self: a territory
 *
 * Tells whether @self comes from an atlas of the administrative map.
 *
 * Returns: %TRUE for an atlas territory, %FALSE for a user's one
 *
 * Since: 1.0
 */
gboolean
coop_territory_is_from_atlas (CoopTerritory *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), FALSE);

  return self->from_atlas;
}

/**
 * coop_territory_get_siren:
 * @self: a territory
 *
 * Gets the SIREN of @self, if known.
 *
 * Returns: (nullable): the SIREN
 *
 * Since: 1.0
 */
const char *
coop_territory_get_siren (CoopTerritory *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), NULL);

  return self->siren;
}

/**
 * coop_territory_get_epci_form:
 * @self: a territory
 *
 * Gets the legal form of an EPCI.
 *
 * Returns: the legal form, %COOP_EPCI_FORM_NONE for other territories
 *
 * Since: 1.0
 */
CoopEpciForm
coop_territory_get_epci_form (CoopTerritory *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), COOP_EPCI_FORM_NONE);

  return self->epci_form;
}

/**
 * coop_territory_set_epci_form:
 * @self: a territory of a model
 * @form: the legal form of the EPCI the territory proposes, or
 *   %COOP_EPCI_FORM_NONE
 *
 * Sets the legal form of the EPCI à fiscalité propre whose perimeter
 * @self is, when it is proposed rather than in the atlas: the form its
 * council's seats are computed for (CGCT L5211-6-1 treats CC, CA, CU and
 * métropoles apart). The Métropole de Lyon, whose council is elected
 * directly, is not a form a perimeter can take; nor can an atlas
 * territory's form be changed.
 *
 * Since: 1.0
 */
void
coop_territory_set_epci_form (CoopTerritory *self,
                              CoopEpciForm   form)
{
  g_return_if_fail (COOP_IS_TERRITORY (self));
  g_return_if_fail (!self->from_atlas);
  g_return_if_fail (form <= COOP_EPCI_FORM_METROPOLE);

  if (self->epci_form != form)
    {
      self->epci_form = form;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EPCI_FORM]);
    }
}

/**
 * coop_territory_get_member_population_year:
 * @self: a territory
 *
 * Gets [property@Coop.Territory:member-population-year].
 *
 * Returns: the census year, or 0 when not said
 *
 * Since: 1.0
 */
guint
coop_territory_get_member_population_year (CoopTerritory *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), 0);

  return self->member_population_year;
}

/**
 * coop_territory_set_member_population_year:
 * @self: a territory of a model
 * @year: the census year of the populations its communes are given, from
 *   1800 to 3000, or 0 to say none
 *
 * Sets [property@Coop.Territory:member-population-year].
 *
 * Since: 1.0
 */
void
coop_territory_set_member_population_year (CoopTerritory *self,
                                           guint          year)
{
  g_return_if_fail (COOP_IS_TERRITORY (self));
  g_return_if_fail (!self->from_atlas);
  g_return_if_fail (year == 0 || (year >= COOP_DATE_MIN_YEAR && year <= COOP_DATE_MAX_YEAR));

  if (self->member_population_year != year)
    {
      self->member_population_year = year;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMBER_POPULATION_YEAR]);
    }
}

/* The table behind coop_territory_get_member_population() and its
 * siblings (coop-territory-populations.c): commune code → population,
 * created on first use. */
GHashTable *
_coop_territory_get_member_populations (CoopTerritory *self,
                                        gboolean       create)
{
  if (self->member_populations == NULL && create)
    self->member_populations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return self->member_populations;
}

/**
 * coop_territory_get_fiscal_regime:
 * @self: a territory
 *
 * Gets the fiscal regime of an EPCI.
 *
 * Returns: the fiscal regime
 *
 * Since: 1.0
 */
CoopFiscalRegime
coop_territory_get_fiscal_regime (CoopTerritory *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), COOP_FISCAL_REGIME_NONE);

  return self->fiscal_regime;
}

/**
 * coop_territory_get_population_municipale:
 * @self: a territory
 *
 * Gets the population municipale of @self.
 *
 * For a territory of project this is the figure stored with it, if any;
 * the population of its perimeter is computed by
 * [method@Coop.Model.get_population].
 *
 * Returns: the population, or %COOP_POPULATION_UNKNOWN
 *
 * Since: 1.0
 */
gint64
coop_territory_get_population_municipale (CoopTerritory *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), COOP_POPULATION_UNKNOWN);

  return self->population_municipale;
}

/**
 * coop_territory_set_population_municipale:
 * @self: a territory
 * @population: the population, or %COOP_POPULATION_UNKNOWN
 *
 * Sets the population municipale of @self: at most 2,147,483,647, as in
 * a document.
 *
 * Since: 1.0
 */
void
coop_territory_set_population_municipale (CoopTerritory *self,
                                          gint64         population)
{
  g_return_if_fail (COOP_IS_TERRITORY (self));
  /* Atlas territories are shared, across threads too: read-only. */
  g_return_if_fail (!self->from_atlas);
  g_return_if_fail (population >= COOP_POPULATION_UNKNOWN);
  g_return_if_fail (population <= G_MAXINT32);

  if (self->population_municipale != population)
    {
      self->population_municipale = population;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POPULATION_MUNICIPALE]);
    }
}

/**
 * coop_territory_get_population_totale:
 * @self: a territory
 *
 * Gets the population totale of @self.
 *
 * Returns: the population, or %COOP_POPULATION_UNKNOWN
 *
 * Since: 1.0
 */
gint64
coop_territory_get_population_totale (CoopTerritory *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), COOP_POPULATION_UNKNOWN);

  return self->population_totale;
}

/**
 * coop_territory_set_population_totale:
 * @self: a territory
 * @population: the population, or %COOP_POPULATION_UNKNOWN
 *
 * Sets the population totale of @self: at most 2,147,483,647, as in a
 * document.
 *
 * Since: 1.0
 */
void
coop_territory_set_population_totale (CoopTerritory *self,
                                      gint64         population)
{
  g_return_if_fail (COOP_IS_TERRITORY (self));
  /* Atlas territories are shared, across threads too: read-only. */
  g_return_if_fail (!self->from_atlas);
  g_return_if_fail (population >= COOP_POPULATION_UNKNOWN);
  g_return_if_fail (population <= G_MAXINT32);

  if (self->population_totale != population)
    {
      self->population_totale = population;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POPULATION_TOTALE]);
    }
}

/**
 * coop_territory_get_population_year:
 * @self: a territory
 *
 * Gets the census year of the population figures.
 *
 * Returns: the year, or 0 when unknown
 *
 * Since: 1.0
 */
guint
coop_territory_get_population_year (CoopTerritory *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), 0);

  return self->population_year;
}

/**
 * coop_territory_set_population_year:
 * @self: a territory
 * @year: the census year, or 0
 *
 * Sets the census year of the population figures: 0 (unknown) or a year
 * from 1800 to 3000, as in a document.
 *
 * Since: 1.0
 */
void
coop_territory_set_population_year (CoopTerritory *self,
                                    guint          year)
{
  g_return_if_fail (COOP_IS_TERRITORY (self));
  /* Atlas territories are shared, across threads too: read-only. */
  g_return_if_fail (!self->from_atlas);
  g_return_if_fail (year == 0 || (year >= COOP_DATE_MIN_YEAR && year <= COOP_DATE_MAX_YEAR));

  if (self->population_year != year)
    {
      self->population_year = year;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POPULATION_YEAR]);
    }
}

/**
 * coop_territory_get_nature:
 * @self: a territory
 *
 * Gets where @self stands on the urban–rural gradient: the user's setting
 * if any, the default rule otherwise.
 *
 * Returns: the nature
 *
 * Since: 1.0
 */
CoopNature
coop_territory_get_nature (CoopTerritory *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), COOP_NATURE_RURAL);

  return self->nature_is_set ? self->nature : self->default_nature;
}

/**
 * coop_territory_set_nature:
 * @self: a territory
 * @nature: the nature
 *
 * Overrides the default nature of @self.
 *
 * Since: 1.0
 */
void
coop_territory_set_nature (CoopTerritory *self,
                           CoopNature     nature)
{
  CoopNature old_nature;
  gboolean was_default;

  g_return_if_fail (COOP_IS_TERRITORY (self));
  g_return_if_fail (nature <= COOP_NATURE_RURAL);

  old_nature = coop_territory_get_nature (self);
  was_default = !self->nature_is_set;
  self->nature = nature;
  self->nature_is_set = TRUE;

  if (old_nature != nature)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NATURE]);
  if (was_default)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NATURE_IS_DEFAULT]);
}

/**
 * coop_territory_reset_nature:
 * @self: a territory
 *
 * Drops the user's setting of the nature, so that the default rule applies
 * again.
 *
 * Since: 1.0
 */
void
coop_territory_reset_nature (CoopTerritory *self)
{
  CoopNature old_nature;

  g_return_if_fail (COOP_IS_TERRITORY (self));

  if (!self->nature_is_set)
    return;

  old_nature = coop_territory_get_nature (self);
  self->nature_is_set = FALSE;

  if (old_nature != coop_territory_get_nature (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NATURE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NATURE_IS_DEFAULT]);
}

/**
 * coop_territory_get_nature_is_default:
 * @self: a territory
 *
 * Tells whether the nature of @self comes from the default rule.
 *
 * Returns: %TRUE unless the user set the nature
 *
 * Since: 1.0
 */
gboolean
coop_territory_get_nature_is_default (CoopTerritory *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), TRUE);

  return !self->nature_is_set;
}

/**
 * coop_territory_get_departement_code:
 * @self: a territory
 *
 * Gets the INSEE code of the département of a commune.
 *
 * Returns: (nullable): the code
 *
 * Since: 1.0
 */
const char *
coop_territory_get_departement_code (CoopTerritory *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), NULL);

  return self->departement_code;
}

/**
 * coop_territory_get_region_code:
 * @self: a territory
 *
 * Gets the INSEE code of the région of a commune or a département.
 *
 * Returns: (nullable): the code
 *
 * Since: 1.0
 */
const char *
coop_territory_get_region_code (CoopTerritory *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), NULL);

  return self->region_code;
}

/**
 * coop_territory_get_epci_code:
 * @self: a territory
 *
 * Gets the SIREN of the EPCI à fiscalité propre of a commune. A few island
 * communes belong to none.
 *
 * Returns: (nullable): the SIREN
 *
 * Since: 1.0
 */
const char *
coop_territory_get_epci_code (CoopTerritory *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), NULL);

  return self->epci_code;
}

/**
 * coop_territory_get_ept_code:
 * @self: a territory
 *
 * Gets the SIREN of the EPT of a commune of the Métropole du Grand Paris.
 *
 * Returns: (nullable): the SIREN
 *
 * Since: 1.0
 */
const char *
coop_territory_get_ept_code (CoopTerritory *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), NULL);

  return self->ept_code;
}

/**
 * coop_territory_get_parent_code:
 * @self: a territory
 *
 * Gets the reference of the territory @self is a part of: the commune of
 * a commune déléguée, a commune associée or a municipal arrondissement, or
 * the collectivité d'outre-mer of a commune there.
 *
 * Returns: (nullable): the reference, as [method@Coop.Atlas.lookup] takes it
 *
 * Since: 1.0
 */
const char *
coop_territory_get_parent_code (CoopTerritory *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), NULL);

  return self->parent_code;
}

/**
 * coop_territory_get_member_codes:
 * @self: a territory
 *
 * Gets the references of the members of a territory of project, in the
 * order they were added.
 *
 * Returns: (transfer none) (array zero-terminated=1): the references
 *
 * Since: 1.0
 */
const char * const *
coop_territory_get_member_codes (CoopTerritory *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (COOP_IS_TERRITORY (self), NULL);

  /* GLib 2.74 leaves pdata NULL in a null-terminated array that never
   * held an element; callers are promised an empty vector, not NULL. */
  if (self->member_codes->pdata == NULL)
    return none;

  return (const char * const *)self->member_codes->pdata;
}

static gboolean
member_codes_equal (GPtrArray          *current,
                    const char * const *codes)
{
  guint i;

  for (i = 0; i < current->len; i++)
    {
      if (codes == NULL || codes[i] == NULL || g_strcmp0 (current->pdata[i], codes[i]) != 0)
        return FALSE;
    }

  return codes == NULL || codes[i] == NULL;
}

/**
 * coop_territory_set_member_codes:
 * @self: a territory
 * @codes: (nullable) (array zero-terminated=1): the member references
 *
 * Replaces the members of a territory of project. The references are
 * checked when the territory is added to a [class@Coop.Model] or when the
 * model is validated.
 *
 * In a model, territories of project nest at most 16 deep, as the reader
 * requires (see [method@Coop.Model.add_territory]): members that would make
 * a longer chain in a model holding @self are refused with a critical
 * warning carrying the reader's message, and the members stay as they were.
 *
 * Each reference may appear once, as in a document: a list with a
 * repeated one is a programmer error.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Since: 1.0
 */
void
coop_territory_set_member_codes (CoopTerritory      *self,
                                 const char * const *codes)
{
  g_return_if_fail (COOP_IS_TERRITORY (self));
  g_return_if_fail (_coop_strv_is_valid (codes));
  /* Atlas territories are shared, across threads too: read-only. */
  g_return_if_fail (!self->from_atlas);
  g_return_if_fail (!_coop_strv_has_duplicates (codes));

  if (member_codes_equal (self->member_codes, codes))
    return;
  if (!models_accept_members (self, G_STRFUNC, codes))
    return;

  g_ptr_array_set_size (self->member_codes, 0);
  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    g_ptr_array_add (self->member_codes, g_strdup (codes[i]));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMBER_CODES]);
}

/**
 * coop_territory_add_member_code:
 * @self: a territory
 * @code: the reference of a member
 *
 * Adds a member to a territory of project. As with
 * [method@Coop.Territory.set_member_codes], a member that would make a
 * chain of territories of project deeper than 16 in a model holding @self
 * is refused with a critical warning.
 *
 * Text that is not UTF-8 is a programmer error, refused with a critical
 * warning as the reader refuses a document that is not UTF-8.
 *
 * Returns: %TRUE if added, %FALSE if @code was already a member or was
 *   refused
 *
 * Since: 1.0
 */
gboolean
coop_territory_add_member_code (CoopTerritory *self,
                                const char    *code)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), FALSE);
  g_return_val_if_fail (_coop_text_is_valid (code), FALSE);
  /* Atlas territories are shared, across threads too: read-only. */
  g_return_val_if_fail (!self->from_atlas, FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  if (g_ptr_array_find_with_equal_func (self->member_codes, code, g_str_equal, NULL))
    return FALSE;

  if (self->models != NULL)
    {
      g_autoptr(GPtrArray) members = g_ptr_array_new ();

      for (guint i = 0; i < self->member_codes->len; i++)
        g_ptr_array_add (members, g_ptr_array_index (self->member_codes, i));
      g_ptr_array_add (members, (gpointer) code);
      g_ptr_array_add (members, NULL);
      if (!models_accept_members (self, G_STRFUNC, (const char * const *) members->pdata))
        return FALSE;
    }

  g_ptr_array_add (self->member_codes, g_strdup (code));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMBER_CODES]);

  return TRUE;
}

/**
 * coop_territory_remove_member_code:
 * @self: a territory
 * @code: the reference of a member
 *
 * Removes a member from a territory of project.
 *
 * Returns: %TRUE if removed, %FALSE if @code was not a member
 *
 * Since: 1.0
 */
gboolean
coop_territory_remove_member_code (CoopTerritory *self,
                                   const char    *code)
{
  guint index;

  g_return_val_if_fail (COOP_IS_TERRITORY (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  if (!g_ptr_array_find_with_equal_func (self->member_codes, code, g_str_equal, &index))
    return FALSE;

  g_ptr_array_remove_index (self->member_codes, index);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMBER_CODES]);

  return TRUE;
}

static gboolean
set_date (GDateTime **field,
          GDateTime  *date)
{
  if (*field == date || (*field != NULL && date != NULL && g_date_time_equal (*field, date)))
    return FALSE;

  if (date != NULL)
    g_date_time_ref (date);
  g_clear_pointer (field, g_date_time_unref);
  *field = date;

  return TRUE;
}

/**
 * coop_territory_get_valid_from:
 * @self: a territory
 *
 * Gets the first day @self exists in this form.
 *
 * Returns: (nullable) (transfer none): the date, or %NULL when unknown
 *
 * Since: 1.0
 */
GDateTime *
coop_territory_get_valid_from (CoopTerritory *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), NULL);

  return self->valid_from;
}

/**
 * coop_territory_set_valid_from:
 * @self: a territory
 * @date: (nullable): the date
 *
 * Sets the first day @self exists in this form.
 *
 * The date is a day from 1800-01-01 to 3000-12-31, counted in UTC, as
 * in a document: another is a programmer error, since the reader
 * would refuse the document saved.
 *
 * Since: 1.0
 */
void
coop_territory_set_valid_from (CoopTerritory *self,
                               GDateTime     *date)
{
  g_return_if_fail (COOP_IS_TERRITORY (self));
  g_return_if_fail (_coop_date_in_range (date));
  /* Atlas territories are shared, across threads too: read-only. */
  g_return_if_fail (!self->from_atlas);

  if (set_date (&self->valid_from, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID_FROM]);
}

/**
 * coop_territory_get_valid_until:
 * @self: a territory
 *
 * Gets the last day @self exists in this form.
 *
 * Returns: (nullable) (transfer none): the date, or %NULL when unknown
 *
 * Since: 1.0
 */
GDateTime *
coop_territory_get_valid_until (CoopTerritory *self)
{
  g_return_val_if_fail (COOP_IS_TERRITORY (self), NULL);

  return self->valid_until;
}

/**
 * coop_territory_set_valid_until:
 * @self: a territory
 * @date: (nullable): the date
 *
 * Sets the last day @self exists in this form.
 *
 * The date is a day from 1800-01-01 to 3000-12-31, counted in UTC, as
 * in a document: another is a programmer error, since the reader
 * would refuse the document saved.
 *
 * Since: 1.0
 */
void
coop_territory_set_valid_until (CoopTerritory *self,
                                GDateTime     *date)
{
  g_return_if_fail (COOP_IS_TERRITORY (self));
  g_return_if_fail (_coop_date_in_range (date));
  /* Atlas territories are shared, across threads too: read-only. */
  g_return_if_fail (!self->from_atlas);

  if (set_date (&self->valid_until, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID_UNTIL]);
}
