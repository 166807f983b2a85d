"""The naive baseline: a straightforward Python implementation of the seat
rules of CGCT L5211-6-1 (droit commun, III to V and IV 4° bis) and of the
accord-local count (I 2°), written from the article, to measure libcoop
against and to cross-check its results. Every seat is given by a full scan
of the communes with a Fraction per candidate, as the article reads; see
seats_baseline_tuned.py for the fast Python version.

It reads the same law tables (data/law/*.json)."""

import json
import os
from fractions import Fraction
from functools import lru_cache

HERE = os.path.dirname(os.path.abspath(__file__))
LAW = os.path.join(HERE, "..", "data", "law")


def _rows(path, key):
    with open(path) as handle:
        data = json.load(handle)
    table = data["table-III"] if "table-III" in data else data["table"]
    return data, [(row["from"], row[key]) for row in table["rows"]]


SEATS_LAW, TABLE = _rows(os.path.join(LAW, "l5211-6-1.json"), "seats")
COUNCILLORS_LAW, COUNCILLORS = _rows(os.path.join(LAW, "l2121-2.json"), "councillors")
# Paris, Marseille and Lyon: councils set by the code électoral, by name.
NAMED_COUNCILS = {row["commune"]: row["councillors"] for row in COUNCILLORS_LAW.get("communes", {}).get("rows", [])}


def lookup(rows, population):
    value = rows[0][1]
    for start, figure in rows:
        if population < start:
            break
        value = figure
    return value


BONUS = SEATS_LAW["aix-marseille-IV-4-bis"]


def highest_average(pops, seats, to_add, excluded=()):
    """D'Hondt from `seats`; a tie for the last seat gives each a seat."""
    while to_add > 0:
        # A commune of 0 inhabitants never wins a seat at the highest average.
        candidates = [i for i in range(len(pops)) if i not in excluded and pops[i] > 0]
        best = max(Fraction(pops[i], seats[i] + 1) for i in candidates)
        tied = [i for i in candidates if Fraction(pops[i], seats[i] + 1) == best]
        for i in tied:
            seats[i] += 1
        to_add = max(0, to_add - len(tied))
    return seats


def run_iv(pops, n_table):
    prop = highest_average(pops, [0] * len(pops), n_table)
    de_droit = [s == 0 for s in prop]
    seats = [s + (1 if d else 0) for s, d in zip(prop, de_droit)]
    seats = half_cap(pops, seats)
    return prop, de_droit, seats


def half_cap(pops, seats):
    total = sum(seats)
    for i, s in enumerate(seats):
        if 2 * s > total:
            surplus = s - total // 2
            seats[i] = total // 2
            highest_average(pops, seats, surplus, excluded={i})
            break
    return seats


def droit_commun(pops, form, reading="complement", codes=None, siren=None):
    """pops sorted largest first, codes the matching INSEE codes (for the
    councils set by name), siren the EPCI's (for IV 4° bis); returns
    (seats, iv_seats, proportional, supplement)."""
    total_pop = sum(pops)
    table = lookup(TABLE, total_pop)
    codes = codes or [None] * len(pops)
    caps = [NAMED_COUNCILS.get(c, lookup(COUNCILLORS, p)) for p, c in zip(pops, codes)]
    n_table = table
    while True:
        prop, de_droit, seats = run_iv(pops, n_table)
        if all(s <= c for s, c in zip(seats, caps)):
            break
        n_table -= 1
    iv_seats = list(seats)
    if siren == BONUS["epci"]:
        # IV 4° bis: to the communes that won seats under 1°, after the cap.
        bonus = sum(iv_seats) * BONUS["percent"] // 100
        seats = highest_average(pops, list(iv_seats), bonus, excluded={i for i, p in enumerate(prop) if p == 0})
    supplement = 0
    law = SEATS_LAW["supplement-V"]
    if form in law["forms"] and sum(de_droit) * 100 > law["threshold-percent"] * table:
        supplement = sum(iv_seats) * law["percent"] // 100
        while supplement > 0:
            if reading == "complement":
                # In addition to the seats held, seats de droit included.
                seats = half_cap(pops, highest_average(pops, list(iv_seats), supplement))
            else:
                prop2 = highest_average(pops, [0] * len(pops), n_table + supplement)
                keep = [p == 0 or (reading == "keep" and d) for p, d in zip(prop2, de_droit)]
                seats = half_cap(pops, [p + (1 if k else 0) for p, k in zip(prop2, keep)])
            if all(s <= c for s, c in zip(seats, caps)):
                break
            supplement -= 1
        if supplement == 0:
            seats = iv_seats
    return seats, iv_seats, prop, supplement


def count_accords_locaux(pops, iv_seats, prop):
    """The number of legal accords locaux, by memoised recursion."""
    law = SEATS_LAW["accord-local-I-2"]
    total_pop = sum(pops)
    iv_total = sum(iv_seats)
    tol = law["tolerance-percent"]
    n = len(pops)

    def within(s, t, p, d_total):
        return abs(s * total_pop - t * p) * 100 <= tol * t * p

    def allowed(i, s, t):
        if s == 0 or 2 * s > t:
            return False
        if within(s, t, pops[i], None):
            return True
        d = iv_seats[i]
        if not within(d, iv_total, pops[i], None):
            if abs(s * total_pop - t * pops[i]) * iv_total <= abs(d * total_pop - iv_total * pops[i]) * t:
                return True
        return s == 2 and prop[i] == 1

    count = 0
    for t in range(n, iv_total * law["max-percent"] // 100 + 1):
        options = [[s for s in range(1, t // 2 + 1) if allowed(i, s, t)] for i in range(n)]
        if any(not o for o in options):
            continue

        @lru_cache(maxsize=None)
        def ways(i, previous, used):
            if i == n:
                return 1 if used == t else 0
            total = 0
            for s in options[i]:
                if i > 0 and (s != previous if pops[i] == pops[i - 1] else s > previous):
                    continue
                if used + s > t:
                    break
                total += ways(i + 1, s, used + s)
            return total

        count += ways(0, 0, 0)
    return count
