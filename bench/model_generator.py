#!/usr/bin/python3
"""Generates cooperation models of realistic shape at any size.

    /usr/bin/python3 bench/model_generator.py CLUSTERS [OUTPUT.json]

A model is made of CLUSTERS clusters, each built around three real EPCI
of one département taken from the atlas's sources (data/france/2026/epci.json.gz),
in the format of doc/model.md and doc/agreements.md, shaped as the sample
model's cases are:

- territories of project: a PETR over the three EPCI and a SCoT over two
  of them (so the two layers overlap); every other cluster has an
  articulation agreement between them, the others show the strata sign;
- 20 actors: each EPCI's president, DGS and two maires, the PETR's
  president and chargé(e) de coopération, associations, a business, a
  chamber, a development council and a neutral third party;
- 6 bodies with meetings: the three conseils communautaires, the PETR's
  comité de pilotage and conseil de développement, a conférence des maires;
- about 30 mandates (on behalf of EPCI and communes), 3 posts (one vacant);
- 4 or 5 agreements: a pacte de gouvernance, a contrat de réciprocité with
  signatures and actions whose functions are assigned, a plan de
  coopération evaluated and renewed with pooled staff, a CRTE funded by
  the State alone, and the articulation convention;
- a declared rating.

The same CLUSTERS always gives the same document (clusters take the EPCI
in a fixed order), so sizes compare. One cluster is about 1.3 times the
sample model (examples/data/sample-model.json) in actors and mandates.
"""

import gzip
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FUNCTIONS = ("political-decision", "steering", "funding", "project-ownership",
             "delivery", "facilitation", "evaluation", "communication")


def departement(epci):
    code = epci["membres"][0]["code"]
    return code[:3] if code.startswith("97") else code[:2]


def epci_triples():
    """Three EPCI of one département at a time, in a fixed order."""
    with gzip.open(os.path.join(ROOT, "data", "france", "2026", "epci.json.gz")) as source:
        epcis = json.load(source)
    by_departement = {}
    for epci in sorted(epcis, key=lambda e: e["code"]):
        if len(epci["membres"]) >= 2:
            by_departement.setdefault(departement(epci), []).append(epci)
    triples = []
    for departement_code in sorted(by_departement):
        group = by_departement[departement_code]
        for i in range(0, len(group) - 2, 3):
            triples.append(group[i:i + 3])
    return triples


def cluster(index, epcis):
    p = f"c{index:04d}"
    codes = [e["code"] for e in epcis]
    petr = f"{p}-petr"
    scot = f"{p}-scot"
    territories = [
        {"code": petr, "kind": "petr", "name": f"PETR généré {index}", "members": codes,
         "description": "Generated for the model-scale benchmark."},
        {"code": scot, "kind": "scot", "name": f"SCoT généré {index}", "members": codes[:2],
         "description": "Generated for the model-scale benchmark."},
    ]

    actors, mandates, bodies, posts = [], [], [], []

    def actor(suffix, kind, name, territory):
        actors.append({"id": f"{p}-{suffix}", "kind": kind, "name": name, "territory": territory})
        return f"{p}-{suffix}"

    def mandate(suffix, who, role, body, on_behalf_of, start="2020-07-10", **extra):
        entry = {"id": f"{p}-m-{suffix}", "actor": who, "role": role, "body": body,
                 "on-behalf-of": on_behalf_of, "start": start}
        entry.update(extra)
        mandates.append(entry)
        return entry["id"]

    presidents, dgs, maires = [], [], []
    for e, epci in enumerate(epcis):
        presidents.append(actor(f"pres{e}", "elected-official", f"Président(e) de {epci['nom']}", epci["code"]))
        dgs.append(actor(f"dgs{e}", "staff", f"DGS de {epci['nom']}", epci["code"]))
        for m, member in enumerate(epci["membres"][:2]):
            maires.append((actor(f"maire{e}-{m}", "elected-official", f"Maire de {member['nom']}", member["code"]),
                           member["code"], e))
    petr_president = actor("petr-pres", "elected-official", f"Président(e) du PETR {index}", petr)
    charge = actor("charge", "staff", f"Chargé(e) de coopération du PETR {index}", petr)
    extra = [actor("asso0", "association", f"Association culturelle {index}", codes[0]),
             actor("asso1", "association", f"Association d'insertion {index}", codes[1]),
             actor("entreprise", "business", f"Coopérative agricole {index}", codes[2]),
             actor("chambre", "chamber", f"Chambre d'agriculture {index}", codes[0]),
             actor("codev", "development-council", f"Conseil de développement {index}", petr),
             actor("tiers", "neutral-third-party", f"Agence d'ingénierie {index}", petr)]

    for e, epci in enumerate(epcis):
        body = f"{p}-cc{e}"
        participants = [presidents[e]] + [m[0] for m in maires if m[2] == e]
        bodies.append({"id": body, "kind": "conseil-communautaire", "name": f"Conseil communautaire de {epci['nom']}",
                       "scope": [epci["code"]],
                       "meetings": [{"date": d, "topic": "Séance du conseil", "participants": participants}
                                    for d in ("2025-12-11", "2026-03-26", "2026-06-25", "2026-10-01")]})
        mandate(f"pres{e}", presidents[e], "president", body, epci["code"])
        mandate(f"dgs{e}", dgs[e], "dgs", body, epci["code"], voting=False)
        for maire, commune, owner in maires:
            if owner == e:
                mandate(f"{maire[-3:]}-cc", maire, "member", body, commune)
        posts.append({"id": f"{p}-vp{e}", "label": f"Vice-présidence coopération de {epci['nom']}",
                      "role": "vice-president", "body": body})
        if e < 2:
            mandate(f"vp{e}", [m[0] for m in maires if m[2] == e][0], "vice-president", body, epci["code"],
                    post=f"{p}-vp{e}")

    copil = f"{p}-copil"
    bodies.append({"id": copil, "kind": "comite-de-pilotage", "name": f"Comité de pilotage du PETR {index}",
                   "scope": [petr],
                   "meetings": [{"date": d, "topic": "Programme de coopération",
                                 "participants": presidents + [petr_president, charge]}
                                for d in ("2025-11-20", "2026-02-12", "2026-05-21", "2026-09-17")]})
    mandate("petr-pres", petr_president, "president", copil, petr)
    mandate("charge", charge, "animateur", copil, petr, voting=False)
    for e, president in enumerate(presidents):
        mandate(f"pres{e}-copil", president, "member", copil, codes[e])

    codev = f"{p}-codev"
    bodies.append({"id": codev, "kind": "conseil-de-developpement", "name": f"Conseil de développement {index}",
                   "scope": [petr], "council-role": "dialogue-and-animate",
                   "meetings": [{"date": d, "topic": "Atelier", "participants": extra[:5]}
                                for d in ("2026-01-15", "2026-06-04")]})
    for a, member in enumerate(extra[:5]):
        mandate(f"codev{a}", member, "member", codev, codes[a % 3], start="2021-02-01", voting=False)

    conference = f"{p}-conference"
    bodies.append({"id": conference, "kind": "conference-des-maires",
                   "name": f"Conférence des maires de {epcis[0]['nom']}", "scope": [codes[0]],
                   "meetings": [{"date": "2026-04-09", "topic": "Pacte de gouvernance",
                                 "participants": [presidents[0]] + [m[0] for m in maires if m[2] == 0]}]})
    mandate("pres0-conf", presidents[0], "president", conference, codes[0])

    def history(*steps):
        return [{"from-status": a, "to-status": b, "date": d} for a, b, d in steps]

    def who(*holders):
        return {f: list(holders) for f in FUNCTIONS}

    agreements = [
        {"id": f"{p}-pacte", "kind": "pacte-de-gouvernance", "title": f"Pacte de gouvernance de {epcis[0]['nom']}",
         "status": "in-force", "start": "2021-01-01",
         "parties": [{"reference": codes[0], "role": "lead"}, {"reference": codes[0], "role": "signatory"}],
         "history": history(("draft", "negotiation", "2020-10-01"), ("negotiation", "signed", "2020-12-14"),
                            ("signed", "in-force", "2021-01-01"))},
        {"id": f"{p}-reciprocite", "kind": "contrat-de-reciprocite",
         "title": f"Contrat de réciprocité {epcis[0]['nom']} – {epcis[1]['nom']}",
         "status": "in-force", "start": "2024-03-01", "end": "2027-02-28",
         "parties": [{"reference": codes[0], "role": "signatory"}, {"reference": codes[1], "role": "signatory"},
                     {"reference": extra[3], "role": "partner"}],
         "signatures": [{"signatory": codes[0], "mandate": f"{p}-m-pres0", "date": "2024-02-15"},
                        {"signatory": codes[1], "mandate": f"{p}-m-pres1", "date": "2024-02-15"}],
         "history": history(("draft", "negotiation", "2023-09-01"), ("negotiation", "signed", "2024-02-15"),
                            ("signed", "in-force", "2024-03-01")),
         "actions": [{"id": "alimentation", "title": "Circuits courts", "status": "under-way", "progress": 40,
                      "start": "2024-06-01",
                      "who-does-what": {**who(codes[0], codes[1]), "facilitation": [charge]}},
                     {"id": "mobilite", "title": "Navettes", "status": "under-way", "progress": 20,
                      "start": "2025-01-01", "who-does-what": who(codes[1])}]},
        {"id": f"{p}-plan", "kind": "plan-de-cooperation", "title": f"Plan de coopération du PETR {index}",
         "status": "renewed", "start": "2025-01-01",
         "parties": [{"reference": petr, "role": "lead"}] + [{"reference": c, "role": "signatory"} for c in codes],
         "history": history(("draft", "negotiation", "2024-09-01"), ("negotiation", "signed", "2024-12-10"),
                            ("signed", "in-force", "2025-01-01"),
                            ("in-force", "under-evaluation", "2025-11-15"),
                            ("under-evaluation", "renewed", "2026-01-10")),
         "evaluations": [{"date": "2025-12-05", "findings": "Bilan annuel", "decision": "renew"}],
         "actions": [{"id": "ingenierie", "title": "Ingénierie partagée", "status": "under-way", "progress": 60,
                      "start": "2025-02-01", "who-does-what": {**who(petr, *codes), "facilitation": [extra[5]]}}],
         "pooled-resources": [{"kind": "staff", "mode": "mutualisation", "title": "Ingénieur(e) partagé(e)",
                               "provider": petr, "users": codes}]},
        {"id": f"{p}-crte", "kind": "contrat-territorial", "title": f"Contrat territorial du PETR {index}", "status": "in-force",
         "start": "2022-01-01",
         "parties": [{"reference": petr, "role": "signatory"}, {"reference": "etat", "role": "funder"}],
         "history": history(("draft", "negotiation", "2021-10-01"), ("negotiation", "signed", "2021-12-15"),
                         ("signed", "in-force", "2022-01-01"))},
    ]
    actors.append({"id": f"{p}-etat", "kind": "state-service", "name": f"Préfecture, cluster {index}",
                   "territory": codes[0]})
    agreements[-1]["parties"][1]["reference"] = f"{p}-etat"
    if index % 2 == 0:
        agreements.append({"id": f"{p}-articulation", "kind": "convention-d-articulation", "title": "Convention d'articulation",
                           "status": "in-force", "start": "2023-01-01",
                           "parties": [{"reference": petr, "role": "signatory"},
                                       {"reference": scot, "role": "signatory"}],
                           "history": history(("draft", "negotiation", "2022-10-01"), ("negotiation", "signed", "2022-12-01"),
                                              ("signed", "in-force", "2023-01-01"))})

    ratings = [{"id": f"{p}-rating", "rater": charge, "territory": codes[0], "partner": codes[1], "level": 4,
                "scale": "libcoop", "date": "2026-05-04"}]
    return territories, actors, posts, mandates, bodies, agreements, ratings


def generate(clusters):
    triples = epci_triples()
    if clusters > len(triples):
        sys.exit(f"at most {len(triples)} clusters: the atlas has that many triples of EPCI")
    document = {"format": "libcoop-model", "version": 1, "name": f"Generated model, {clusters} clusters",
                "description": "Generated by bench/model_generator.py for the model-scale benchmark.",
                "territories": [], "actors": [], "posts": [], "mandates": [], "bodies": [], "agreements": [],
                "ratings": []}
    sections = ("territories", "actors", "posts", "mandates", "bodies", "agreements", "ratings")
    # Spread the clusters over France rather than taking one région first.
    step = max(1, len(triples) // max(clusters, 1))
    for i in range(clusters):
        for name, items in zip(sections, cluster(i, triples[(i * step) % len(triples)])):
            document[name].extend(items)
    return document


def dumps(document):
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    text = dumps(generate(int(sys.argv[1])))
    if len(sys.argv) > 2:
        with open(sys.argv[2], "w") as out:
            out.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
