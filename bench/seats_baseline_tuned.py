"""The tuned baseline: the droit commun of CGCT L5211-6-1 (III to V and
IV 4° bis) in Python written for speed, to measure libcoop against a fair
opponent rather than only the naive bench/seats_baseline.py.

What it does differently from the naive baseline:
- IV 1° starts from the whole quotients, population × seats // total (the
  highest average never gives a commune fewer), so only the remaining
  seats, at most one per commune, go one at a time;
- the seats given one at a time come from a heap keyed by the average as
  a float, popped in O(log n), instead of a full scan of the communes with
  a Fraction per candidate; floats that compare equal are confirmed as a
  tie in integers (p1 × (s2 + 1) == p2 × (s1 + 1)) before IV 5° gives a
  seat to each;
- the law tables are read once and kept as sorted lists searched with
  bisect.

It gives the same seats as libcoop for every EPCI of France (bench/seats.py
checks it) and reads the same law tables (data/law/*.json)."""

import bisect
import heapq
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LAW = os.path.join(HERE, "..", "data", "law")

with open(os.path.join(LAW, "l5211-6-1.json")) as _handle:
    _SEATS = json.load(_handle)
with open(os.path.join(LAW, "l2121-2.json")) as _handle:
    _COUNCILLORS = json.load(_handle)

_TABLE_FROM = [row["from"] for row in _SEATS["table-III"]["rows"]]
_TABLE_SEATS = [row["seats"] for row in _SEATS["table-III"]["rows"]]
_CAP_FROM = [row["from"] for row in _COUNCILLORS["table"]["rows"]]
_CAP = [row["councillors"] for row in _COUNCILLORS["table"]["rows"]]
_NAMED = {row["commune"]: row["councillors"] for row in _COUNCILLORS.get("communes", {}).get("rows", [])}
_V = _SEATS["supplement-V"]
_V_FORMS = frozenset(_V["forms"])
_BONUS = _SEATS["aix-marseille-IV-4-bis"]


def _table(population):
    return _TABLE_SEATS[bisect.bisect_right(_TABLE_FROM, population) - 1]


def _cap(population, code):
    named = _NAMED.get(code)
    return named if named is not None else _CAP[bisect.bisect_right(_CAP_FROM, population) - 1]


def _give(pops, seats, to_add, eligible):
    """Highest average from `seats` over the `eligible` communes; a tie for
    the last seat gives one to each (IV 5°)."""
    heap = [(-pops[i] / (seats[i] + 1), i) for i in eligible if pops[i] > 0]
    heapq.heapify(heap)
    while to_add > 0 and heap:
        key, first = heapq.heappop(heap)
        tied = [first]
        while heap and heap[0][0] == key:
            other = heap[0][1]
            if pops[other] * (seats[first] + 1) != pops[first] * (seats[other] + 1):
                break
            tied.append(heapq.heappop(heap)[1])
        for i in tied:
            seats[i] += 1
            heapq.heappush(heap, (-pops[i] / (seats[i] + 1), i))
        to_add -= len(tied)
    return seats


def _half_cap(pops, seats):
    total = sum(seats)
    for i, held in enumerate(seats):
        if 2 * held > total:
            surplus = held - total // 2
            seats[i] = total // 2
            _give(pops, seats, surplus, [j for j in range(len(pops)) if j != i])
            break
    return seats


def _iv(pops, total_pop, n_table):
    prop = [p * n_table // total_pop for p in pops]
    _give(pops, prop, n_table - sum(prop), range(len(pops)))
    seats = [s if s > 0 else 1 for s in prop]
    de_droit = sum(1 for s in prop if s == 0)
    return prop, _half_cap(pops, seats), de_droit


def droit_commun(pops, form, codes, siren=None):
    """pops sorted largest first, codes their INSEE codes; the seats in the
    reading libcoop applies by default (complement)."""
    total_pop = sum(pops)
    table = _table(total_pop)
    caps = [_cap(p, c) for p, c in zip(pops, codes)]
    n_table = table
    while True:
        prop, seats, de_droit = _iv(pops, total_pop, n_table)
        if all(s <= c for s, c in zip(seats, caps)):
            break
        n_table -= 1
    iv_seats = seats
    iv_total = sum(iv_seats)
    if siren == _BONUS["epci"]:
        seats = _give(pops, list(iv_seats), iv_total * _BONUS["percent"] // 100,
                      [i for i, p in enumerate(prop) if p > 0])
    if form in _V_FORMS and de_droit * 100 > _V["threshold-percent"] * table:
        supplement = iv_total * _V["percent"] // 100
        while supplement > 0:
            seats = _half_cap(pops, _give(pops, list(iv_seats), supplement, range(len(pops))))
            if all(s <= c for s, c in zip(seats, caps)):
                break
            supplement -= 1
        if supplement == 0:
            seats = iv_seats
    return seats
