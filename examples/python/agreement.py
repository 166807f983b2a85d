#!/usr/bin/env python3
"""Build a small cooperation, walk its lifecycle, and print the who-does-what
table of an agreement of the sample model.

    python3 agreement.py [SAMPLE-MODEL.json]
"""

import sys

import gi

gi.require_version("Coop", "1")
from gi.repository import Coop, Gio, GLib  # noqa: E402


def day(year, month, day_of_month):
    return GLib.DateTime.new_utc(year, month, day_of_month, 0, 0, 0)


def print_who_does_what(agreement):
    print(f"{agreement.props.title} ({agreement.props.status.value_nick})")
    actions = agreement.props.actions
    for i in range(actions.get_n_items()):
        action = actions.get_item(i)
        print(f"  {action.props.title}")
        for function in range(Coop.N_FUNCTIONS):
            function = Coop.Function(function)
            holders = ", ".join(action.get_holders(function)) or "—"
            print(f"    {function.value_nick:20} {holders}")


atlas = Coop.Atlas.dup_default()
model = Coop.Model.new(atlas)

# A PNR over two communautés de communes, and their plan de coopération.
pnr = Coop.Territory.new(Coop.TerritoryKind.PNR, "pnr-example", "PNR example")
pnr.set_member_codes(["200039824", "200039832"])
model.add_territory(pnr)

plan = Coop.Agreement.new("plan-2026", Coop.AgreementKind.PLAN_DE_COOPERATION, "Plan de coopération 2026")
plan.props.start = day(2026, 1, 1)
plan.props.end = day(2026, 12, 31)
plan.add_party(Coop.Party.new("pnr-example", Coop.PartyRole.LEAD))
plan.add_party(Coop.Party.new("200039824", Coop.PartyRole.SIGNATORY))

action = Coop.Action.new("renovation", "Rénovation énergétique")
action.add_holder(Coop.Function.STEERING, "pnr-example")
action.add_holder(Coop.Function.FUNDING, "200039824")
action.add_holder(Coop.Function.DELIVERY, "200039832")
plan.add_action(action)
model.add_agreement(plan)

for month, status in enumerate([Coop.AgreementStatus.NEGOTIATION, Coop.AgreementStatus.SIGNED,
                                Coop.AgreementStatus.IN_FORCE, Coop.AgreementStatus.UNDER_EVALUATION]):
    plan.transition(status, day(2026, 1 + 3 * month, 1), None)

try:
    plan.transition(Coop.AgreementStatus.DRAFT, day(2026, 12, 1), None)
except GLib.Error as error:
    print(f"refused: {error.message}\n")

renewal = model.renew_agreement(plan, day(2026, 12, 10))
print(f"renewed as {renewal.props.id}, starting {renewal.props.start.format('%F')}\n")
print_who_does_what(plan)

if len(sys.argv) > 1:
    sample = Coop.Model.new_from_file(atlas, Gio.File.new_for_commandline_arg(sys.argv[1]), None)
    print()
    print_who_does_what(sample.get_agreement("pnr-ardeche-plan-cooperation-2026"))
