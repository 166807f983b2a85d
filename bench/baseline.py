#!/usr/bin/python3
"""The Python baseline of bench.py: the same work on the JSON sources.

    baseline.py cold DIR      json.load of communes.json and epci.json,
                              then Voiron, its EPCI and the EPCI's members
    baseline.py lookups DIR   per-lookup costs once loaded (dict by code,
                              dict by SIREN, search by name), as JSON

DIR holds the decompressed source files, so gzip is not counted.
"""

import json
import os
import sys
import time
import unicodedata


def load(directory):
    with open(os.path.join(directory, "communes.json"), encoding="utf-8") as f:
        communes = json.load(f)
    with open(os.path.join(directory, "epci.json"), encoding="utf-8") as f:
        epci = json.load(f)
    return communes, epci


def index(communes, epci):
    by_code = {c["code"]: c for c in communes if c["type"] == "commune-actuelle"}
    epci_by_code = {e["code"]: e for e in epci}
    epci_of = {m["code"]: e["code"] for e in epci for m in e["membres"]}
    return by_code, epci_by_code, epci_of


def cold_work(by_code, epci_by_code, epci_of):
    commune = by_code["38563"]
    group = epci_by_code[epci_of[commune["code"]]]
    total = 0
    for member in group["membres"]:
        total += len(by_code[member["code"]]["nom"])
    assert total > 0
    return len(group["membres"])


def normalise(text):
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join("".join(c.lower() if c.isalnum() else " " for c in ascii_text).split())


def main():
    mode, directory = sys.argv[1], sys.argv[2]
    communes, epci = load(directory)
    by_code, epci_by_code, epci_of = index(communes, epci)
    if mode == "cold":
        print(cold_work(by_code, epci_by_code, epci_of), "members")
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    print("peak_kb", int(line.split()[1]))
        return

    codes = list(by_code)
    n = len(codes)
    rounds = 20
    start = time.process_time()
    for _ in range(rounds):
        for i in range(n):
            by_code[codes[(i * 7919) % n]]
    code_ns = (time.process_time() - start) / (n * rounds) * 1e9

    by_siren = {c["siren"]: c for c in by_code.values() if c.get("siren")}
    sirens = list(by_siren)
    start = time.process_time()
    for _ in range(rounds):
        for s in sirens:
            by_siren[s]
    siren_ns = (time.process_time() - start) / (len(sirens) * rounds) * 1e9

    # Search by name as a script would: normalised names, word prefixes,
    # exact names first, then the most populous, ten results.
    keys = [(normalise(c["nom"]), c) for c in by_code.values()]
    names = [by_code[codes[i]]["nom"] for i in range(0, n, 35)]
    start = time.process_time()
    for name in names:
        key = normalise(name)
        found = [c for (k, c) in keys if k.startswith(key) or (" " + key) in (" " + k)]
        found.sort(key=lambda c: (normalise(c["nom"]) != key, -c.get("population", 0)))
        assert found[:10]
    search_us = (time.process_time() - start) / len(names) * 1e6

    print(json.dumps({"communes": n, "code_ns": round(code_ns, 1), "siren_ns": round(siren_ns, 1),
                      "searches": len(names), "search_us": round(search_us, 2)}))


if __name__ == "__main__":
    main()
