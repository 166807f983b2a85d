"""A small cooperation built through the API, shared by the Python suites.

The CA du Pays Voironnais and Grenoble-Alpes-Métropole: a steering
committee that met twice this year, a contrat de réciprocité in force since
2024 with an action under way, and a pact in negotiation.
"""

import gi

gi.require_version("Coop", "1")
from gi.repository import Coop, GLib  # noqa: E402

VOIRONNAIS = "243800984"
GRENOBLE = "200040715"


def day(year, month, day_of_month=1):
    return GLib.DateTime.new_utc(year, month, day_of_month, 0, 0, 0)


def build(atlas):
    model = Coop.Model.new(atlas)
    model.props.name = "Voironnais – Grenoble"

    body = Coop.Body.new("copil", Coop.BodyKind.COMITE_DE_PILOTAGE, "Comité de pilotage")
    body.set_scope([VOIRONNAIS, GRENOBLE])
    for date in (day(2026, 2), day(2026, 9)):
        body.add_meeting(Coop.Meeting.new(date, "Comité"))
    model.add_body(body)

    contract = Coop.Agreement.new("reciprocite", Coop.AgreementKind.CONTRAT_DE_RECIPROCITE,
                                  "Contrat de réciprocité")
    for code in (VOIRONNAIS, GRENOBLE):
        contract.add_party(Coop.Party.new(code, Coop.PartyRole.SIGNATORY))
    contract.transition(Coop.AgreementStatus.NEGOTIATION, day(2023, 1), None)
    contract.transition(Coop.AgreementStatus.SIGNED, day(2024, 6), None)
    contract.transition(Coop.AgreementStatus.IN_FORCE, day(2024, 7), None)
    for code in (VOIRONNAIS, GRENOBLE):
        signature = Coop.Signature.new(code)
        signature.set_date(day(2024, 6))
        contract.add_signature(signature)
    action = Coop.Action.new("mobilite", "Mobilité <partagée> & durable")
    action.set_status(Coop.ActionStatus.UNDER_WAY)
    for function in range(8):
        action.add_holder(Coop.Function(function), VOIRONNAIS if function % 2 else GRENOBLE)
    contract.add_action(action)
    model.add_agreement(contract)

    pact = Coop.Agreement.new("pacte", Coop.AgreementKind.PACTE_DE_GOUVERNANCE, "Pacte de gouvernance")
    pact.add_party(Coop.Party.new(VOIRONNAIS, Coop.PartyRole.SIGNATORY))
    pact.transition(Coop.AgreementStatus.NEGOTIATION, day(2026, 3), None)
    model.add_agreement(pact)
    return model
