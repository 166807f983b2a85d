/* coop-labels.c
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "coop-diagnostic.h"
#include "coop-enum-types.h"
#include "coop-i18n-private.h"
#include "coop-labels.h"

/*
 * Labels of the enumerations' values for people, in the order of the
 * values. The nicks stay the stable strings of documents and scripts;
 * these are what a table, a window or a report shows. A context tells
 * translators which noun a word goes with (“draft” agreement, “pending”
 * milestone…); the territorial words kept from the command's first
 * labels have none.
 */

typedef struct
{
  GType               (*get_type) (void);
  const char           *context;
  const char * const   *labels;
  guint                 n_labels;
} LabelSet;

static const char * const territory_kind_labels[] = {
  N_("commune"),
  N_("EPCI à fiscalité propre"),
  N_("établissement public territorial"),
  N_("département"),
  N_("région"),
  N_("collectivité d’outre-mer"),
  N_("commune déléguée"),
  N_("commune associée"),
  N_("arrondissement municipal"),
  N_("Pays"),
  N_("PETR"),
  N_("parc naturel régional"),
  N_("SCoT"),
  N_("GAL LEADER"),
  N_("syndicat mixte"),
  N_("pôle métropolitain"),
  N_("bassin de vie"),
  N_("perimeter"),
};

static const char * const epci_form_labels[] = {
  N_("not an EPCI"),
  N_("communauté de communes"),
  N_("communauté d’agglomération"),
  N_("communauté urbaine"),
  N_("métropole"),
  N_("Métropole de Lyon"),
};

static const char * const fiscal_regime_labels[] = {
  NC_("fiscal regime", "none"),
  NC_("fiscal regime", "fiscalité professionnelle unique"),
  NC_("fiscal regime", "fiscalité additionnelle"),
};

static const char * const nature_labels[] = {
  N_("urban"),
  N_("periurban"),
  N_("rural"),
};

static const char * const severity_labels[] = {
  NC_("severity", "error"),
  NC_("severity", "warning"),
  NC_("severity", "info"),
};

static const char * const agreement_kind_labels[] = {
  NC_("agreement kind", "pacte politique"),
  NC_("agreement kind", "pacte de gouvernance"),
  NC_("agreement kind", "pacte financier et fiscal"),
  NC_("agreement kind", "plan de mandat"),
  NC_("agreement kind", "charte"),
  NC_("agreement kind", "convention interterritoriale"),
  NC_("agreement kind", "convention d’articulation"),
  NC_("agreement kind", "convention de prestation de services"),
  NC_("agreement kind", "plan de coopération"),
  NC_("agreement kind", "contrat de réciprocité"),
  NC_("agreement kind", "contrat territorial"),
  NC_("agreement kind", "pacte État-métropole"),
  NC_("agreement kind", "schéma de mutualisation"),
  NC_("agreement kind", "délibérations concordantes"),
  NC_("agreement kind", "règlement intérieur"),
  NC_("agreement kind", "contrat de relance et de transition écologique"),
  NC_("agreement kind", "projet alimentaire territorial"),
  NC_("agreement kind", "convention d’entente"),
  NC_("agreement kind", "convention territoriale d’exercice concerté"),
  NC_("agreement kind", "other kind of agreement"),
};

static const char * const agreement_status_labels[] = {
  NC_("agreement status", "draft"),
  NC_("agreement status", "under negotiation"),
  NC_("agreement status", "signed"),
  NC_("agreement status", "in force"),
  NC_("agreement status", "under evaluation"),
  NC_("agreement status", "renewed"),
  NC_("agreement status", "completed"),
  NC_("agreement status", "terminated early"),
  NC_("agreement status", "cancelled"),
  NC_("agreement status", "expired"),
};

static const char * const relation_labels[] = {
  NC_("relation", "renews"),
  NC_("relation", "amends"),
  NC_("relation", "replaces"),
  NC_("relation", "implements"),
};

static const char * const party_role_labels[] = {
  NC_("party role", "signatory"),
  NC_("party role", "lead"),
  NC_("party role", "partner"),
  NC_("party role", "funder"),
  NC_("party role", "facilitator"),
  NC_("party role", "observer"),
};

static const char * const milestone_status_labels[] = {
  NC_("milestone status", "pending"),
  NC_("milestone status", "met"),
  NC_("milestone status", "missed"),
  NC_("milestone status", "cancelled"),
};

static const char * const function_labels[] = {
  NC_("function", "political decision"),
  NC_("function", "steering"),
  NC_("function", "funding"),
  NC_("function", "project ownership"),
  NC_("function", "delivery"),
  NC_("function", "facilitation"),
  NC_("function", "evaluation"),
  NC_("function", "communication"),
};

static const char * const action_status_labels[] = {
  NC_("action status", "planned"),
  NC_("action status", "under way"),
  NC_("action status", "done"),
  NC_("action status", "abandoned"),
};

static const char * const evaluation_decision_labels[] = {
  NC_("evaluation decision", "pending"),
  NC_("evaluation decision", "renew"),
  NC_("evaluation decision", "amend"),
  NC_("evaluation decision", "stop"),
};

static const char * const resource_kind_labels[] = {
  NC_("resource kind", "staff"),
  NC_("resource kind", "service"),
  NC_("resource kind", "equipment"),
  NC_("resource kind", "know-how"),
  NC_("resource kind", "funding"),
};

static const char * const pooling_mode_labels[] = {
  NC_("pooling mode", "mutualisation"),
  NC_("pooling mode", "transfer of competence"),
  NC_("pooling mode", "service provision"),
};

static const char * const actor_kind_labels[] = {
  NC_("actor kind", "elected official"),
  NC_("actor kind", "staff"),
  NC_("actor kind", "association"),
  NC_("actor kind", "business"),
  NC_("actor kind", "chamber"),
  NC_("actor kind", "development council"),
  NC_("actor kind", "neutral third party"),
  NC_("actor kind", "State service"),
  NC_("actor kind", "resident"),
  NC_("actor kind", "SCIC (société coopérative d’intérêt collectif)"),
  NC_("actor kind", "GIP (groupement d’intérêt public)"),
  NC_("actor kind", "SEM (société d’économie mixte)"),
  NC_("actor kind", "other kind of actor"),
};

static const char * const role_labels[] = {
  NC_("role", "maire"),
  NC_("role", "adjoint au maire"),
  NC_("role", "conseiller municipal"),
  NC_("role", "président"),
  NC_("role", "vice-président"),
  NC_("role", "conseiller communautaire titulaire"),
  NC_("role", "conseiller communautaire suppléant"),
  NC_("role", "delegate"),
  NC_("role", "référent"),
  NC_("role", "member"),
  NC_("role", "DGS"),
  NC_("role", "chargé de coopération"),
  NC_("role", "chargé de mission"),
  NC_("role", "animateur"),
  NC_("role", "other role"),
};

static const char * const body_kind_labels[] = {
  NC_("body kind", "conseil communautaire"),
  NC_("body kind", "bureau"),
  NC_("body kind", "conférence des maires"),
  NC_("body kind", "conseil de développement"),
  NC_("body kind", "comité technique"),
  NC_("body kind", "comité de pilotage"),
  NC_("body kind", "comité de suivi des financeurs"),
  NC_("body kind", "GAL committee"),
  NC_("body kind", "pôle de proximité"),
  NC_("body kind", "commission"),
  NC_("body kind", "informal network"),
  NC_("body kind", "conseil de quartier"),
  NC_("body kind", "comité d’usagers"),
  NC_("body kind", "other kind of body"),
};

static const char * const council_role_labels[] = {
  NC_("council role", "unspecified"),
  NC_("council role", "proposes and validates"),
  NC_("council role", "dialogue and animation"),
};

static const char * const criterion_kind_labels[] = {
  NC_("criterion", "shared body"),
  NC_("criterion", "meetings"),
  NC_("criterion", "agreement"),
  NC_("criterion", "pooled resource"),
  NC_("criterion", "evaluation then renewal"),
  NC_("criterion", "any of"),
};

static const char * const supplement_reading_labels[] = {
  NC_("reading of V", "in addition to the seats held"),
  NC_("reading of V", "seat de droit absorbed"),
  NC_("reading of V", "seat de droit kept"),
};

static const char * const seat_step_kind_labels[] = {
  NC_("seat step", "III table"),
  NC_("seat step", "highest average"),
  NC_("seat step", "seat de droit"),
  NC_("seat step", "half cap"),
  NC_("seat step", "municipal councillors cap"),
  NC_("seat step", "tie for the last seat"),
  NC_("seat step", "V supplement"),
  NC_("seat step", "result"),
};

static const char * const seat_scheme_labels[] = {
  NC_("seat scheme", "accord local"),
  NC_("seat scheme", "optional seats"),
};

static const char * const majority_labels[] = {
  NC_("majority", "simple majority"),
  NC_("majority", "two thirds"),
};

static const LabelSet label_sets[] = {
  { coop_supplement_reading_get_type, "reading of V",
    supplement_reading_labels, G_N_ELEMENTS (supplement_reading_labels) },
  { coop_seat_step_kind_get_type, "seat step", seat_step_kind_labels, G_N_ELEMENTS (seat_step_kind_labels) },
  { coop_seat_scheme_get_type, "seat scheme", seat_scheme_labels, G_N_ELEMENTS (seat_scheme_labels) },
  { coop_majority_get_type, "majority", majority_labels, G_N_ELEMENTS (majority_labels) },
  { coop_territory_kind_get_type, NULL,
    territory_kind_labels, G_N_ELEMENTS (territory_kind_labels) },
  { coop_epci_form_get_type, NULL, epci_form_labels, G_N_ELEMENTS (epci_form_labels) },
  { coop_fiscal_regime_get_type, "fiscal regime",
    fiscal_regime_labels, G_N_ELEMENTS (fiscal_regime_labels) },
  { coop_nature_get_type, NULL, nature_labels, G_N_ELEMENTS (nature_labels) },
  { coop_severity_get_type, "severity", severity_labels, G_N_ELEMENTS (severity_labels) },
  { coop_agreement_kind_get_type, "agreement kind",
    agreement_kind_labels, G_N_ELEMENTS (agreement_kind_labels) },
  { coop_agreement_status_get_type, "agreement status",
    agreement_status_labels, G_N_ELEMENTS (agreement_status_labels) },
  { coop_relation_get_type, "relation", relation_labels, G_N_ELEMENTS (relation_labels) },
  { coop_party_role_get_type, "party role", party_role_labels, G_N_ELEMENTS (party_role_labels) },
  { coop_milestone_status_get_type, "milestone status",
    milestone_status_labels, G_N_ELEMENTS (milestone_status_labels) },
  { coop_function_get_type, "function", function_labels, G_N_ELEMENTS (function_labels) },
  { coop_action_status_get_type, "action status",
    action_status_labels, G_N_ELEMENTS (action_status_labels) },
  { coop_evaluation_decision_get_type, "evaluation decision",
    evaluation_decision_labels, G_N_ELEMENTS (evaluation_decision_labels) },
  { coop_resource_kind_get_type, "resource kind",
    resource_kind_labels, G_N_ELEMENTS (resource_kind_labels) },
  { coop_pooling_mode_get_type, "pooling mode",
    pooling_mode_labels, G_N_ELEMENTS (pooling_mode_labels) },
  { coop_actor_kind_get_type, "actor kind", actor_kind_labels, G_N_ELEMENTS (actor_kind_labels) },
  { coop_role_get_type, "role", role_labels, G_N_ELEMENTS (role_labels) },
  { coop_body_kind_get_type, "body kind", body_kind_labels, G_N_ELEMENTS (body_kind_labels) },
  { coop_council_role_get_type, "council role",
    council_role_labels, G_N_ELEMENTS (council_role_labels) },
  { coop_criterion_kind_get_type, "criterion",
    criterion_kind_labels, G_N_ELEMENTS (criterion_kind_labels) },
};

/* The label set of @enum_type, or NULL. */
static const LabelSet *
find_label_set (GType enum_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (label_sets); i++)
    {
      if (label_sets[i].get_type () == enum_type)
        return &label_sets[i];
    }

  return NULL;
}

static const char *
get_label (GType    enum_type,
           int      value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);
  const LabelSet *set;

  if (enum_value == NULL)
    return NULL;

  set = find_label_set (enum_type);
  if (set == NULL || value < 0 || (guint)value >= set->n_labels)
    {
      /* Nicks are static strings of the registered type. */
      return enum_value->value_nick;
    }

  return set->context != NULL ? _coop_pgettext (set->context, set->labels[value]) : _(set->labels[value]);
}

/**
 * coop_enum_get_label:
 * @enum_type: the type of an enumeration of libcoop, such as
 *   `COOP_TYPE_AGREEMENT_STATUS`
 * @value: a value of @enum_type
 *
 * Gets the label of @value for people, in the language in effect (the
 * locale's, see [func@Coop.language_is_available]):
 * “in force” or “en vigueur” where the nick, the string of model
 * documents and of the command line, is `in-force`. Labels are for
 * showing; compare and store values or nicks.
 *
 * Every enumeration of the territories, agreements, actors, bodies,
 * criteria and findings has labels; [enum@Coop.LeverAxis] has those of
 * [func@Coop.LeverAxis.get_label]. For other enumerations the nick is
 * returned.
 *
 * Returns: (nullable): the label, or %NULL when @value is not a value
 *   of @enum_type
 *
 * Since: 1.0
 */
const char *
coop_enum_get_label (GType enum_type,
                     int   value)
{
  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  if (enum_type == COOP_TYPE_LEVER_AXIS)
    return coop_lever_axis_get_label (value, NULL);

  return get_label (enum_type, value);
}

/**
 * coop_language_is_available:
 * @language: (nullable): a language, such as `fr`, `fr_FR.UTF-8` or `en`
 *
 * Tells whether libcoop can speak @language: English, the language its
 * messages are written in, or a language its message catalogue has a
 * translation into (French today). A %NULL or empty @language stands for
 * the process locale's and is always available.
 *
 * Every function of libcoop that takes a `language` argument, such as
 * [method@Coop.Report.set_language] or
 * [method@Coop.SeatAllocation.dup_explanation], writes in that language
 * for the length of the call, whatever the process locale, and in a way
 * that is safe to use from several threads at once; everything else
 * follows the process locale (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`,
 * `LANG`). Asked for a language that is not available, those functions
 * write English.
 *
 * Returns: %TRUE when messages can be written in @language
 *
 * Since: 1.0
 */
gboolean
coop_language_is_available (const char *language)
{
  return _coop_language_is_available (language);
}
