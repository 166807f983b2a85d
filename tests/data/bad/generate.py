#!/usr/bin/python3
"""Writes the generated cases of libcoop's bad-input corpus.

    /usr/bin/python3 tests/data/bad/generate.py BUILD_DIR

Each case is a file under model/, source/, atlas/, scale/ or seats/ and an entry of
expected.json saying what reading it must give:

    {"error": "COOP_ERROR_…", "message": ["substrings", "of the message"]}
    {"finding": "code", "path": "$.territories[0]", "message": […]}
                                           (loads, then coop_model_check()
                                            at 2026-01-01 reports it)
    {"ok": true}                                          (loads; for atlases,
                                                           every lookup is walked;
                                                           "clean": true, a model
                                                           checks without finding)

Source cases are named FILE--CASE.json: FILE (communes, epci, …) of
tests/data/tiny-source is replaced by the case. Atlas cases are derived
from BUILD_DIR/tests/tiny.atlas.

Cases may also be added by hand: drop the file in and add its entry to
expected.json. This script rewrites only the entries of the cases it
generates and keeps every other one.
"""

import gzip
import json
import os
import random
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
cases = {}


def model_doc(territories=None, **top):
    doc = {"format": "libcoop-model", "version": 1, "name": "Bad input"}
    doc.update(top)
    if territories is not None:
        doc["territories"] = territories
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def territory(**fields):
    t = {"code": "pays-x", "kind": "pays", "name": "Pays X", "members": ["38563"]}
    t.update(fields)
    return {k: v for k, v in t.items() if v is not DROP}


DROP = object()


def add(kind, name, data, expected):
    path = f"{kind}/{name}"
    if isinstance(data, str):
        data = data.encode("utf-8")
    os.makedirs(os.path.join(HERE, kind), exist_ok=True)
    with open(os.path.join(HERE, path), "wb") as f:
        f.write(data)
    cases[path] = expected


def err(code, *message):
    return {"error": "COOP_ERROR_" + code, "message": list(message)}


def finding(code, path=None, *message):
    e = {"finding": code}
    if path:
        e["path"] = path
    if message:
        e["message"] = list(message)
    return e


def model(name, data, expected):
    add("model", name + ".json", data, expected)


def one(case, expected, **fields):
    model(case, model_doc([territory(**fields)]), expected)


T0 = "$.territories[0]"

# Syntax and encoding
model("empty", "", err("PARSE", "empty"))
model("whitespace-only", "  \n\t\n", err("PARSE"))
model("not-json", "libcoop model, version 1\n", err("PARSE", ":1:"))
model("truncated", model_doc([territory()])[:70], err("PARSE"))
model("truncated-in-string", '{"format": "libcoop-mod', err("PARSE", ":1:"))
model("trailing-garbage", model_doc([]) + "}\n", err("PARSE"))
model("two-documents", model_doc([]) + model_doc([]), err("PARSE", "single JSON value"))
model("single-quotes", "{'format': 'libcoop-model', 'version': 1}", err("PARSE", ":1:", "single quote"))
model("trailing-comma", '{\n"format": "libcoop-model",\n"version": 1,\n}\n', err("PARSE", ":3:"))
model("comment-line", '{\n"format": "libcoop-model", // the format\n"version": 1}\n', err("PARSE", ":2:", "comment"))
model("comment-block", '{"format": "libcoop-model",\n /* v */ "version": 1}\n', err("PARSE", ":2:", "comment"))
model("second-value-after-newlines", model_doc([]) + "\n\n[]\n", err("PARSE", "single JSON value"))
model("raw-newline-in-string", '{"format": "libcoop-model", "version": 1,\n "name": "two\nlines"}', err("PARSE", ":2:", "control character"))
model("unquoted-key", '{format: "libcoop-model", "version": 1}', err("PARSE", ":1:"))
model("bad-escape", '{"format": "libcoop-model", "version": 1, "name": "a\\qb"}', err("PARSE", ":1:", "unknown escape"))
model("bad-unicode-escape", '{"format": "libcoop-model", "version": 1, "name": "\\u12G4"}', err("PARSE", ":1:", "unknown escape"))
model("control-character", '{"format": "libcoop-model", "version": 1, "name": "a\x01b"}', err("PARSE"))
model("invalid-utf8", b'{"format": "libcoop-model",\n "version": 1,\n "name": "caf\xe9"}', err("PARSE", ":3:", "invalid UTF-8"))
model("overlong-utf8", b'{"format": "libcoop-model", "version": 1, "name": "\xc0\xaf"}', err("PARSE", "invalid UTF-8"))
model("utf16", model_doc([]).encode("utf-16"), err("PARSE", "invalid UTF-8"))
model("lone-high-surrogate", '{"format": "libcoop-model",\n "version": 1,\n "name": "a\\ud800b"}', err("PARSE", ":3:", "surrogate"))
model("lone-low-surrogate", '{"format": "libcoop-model", "version": 1, "name": "\\udc00"}', err("PARSE", ":1:", "surrogate"))
model("reversed-surrogates", '{"format": "libcoop-model", "version": 1, "name": "\\ude00\\ud83d"}', err("PARSE", "surrogate"))
model("nul-escape", '{"format": "libcoop-model",\n "version": 1,\n "name": "a\\u0000b"}', err("PARSE", ":3:", "u0000"))
model("deep-nesting", '{"format": "libcoop-model", "version": 1, "x": ' + "[" * 5000 + "]" * 5000 + "}", err("PARSE", ":1:", "nesting"))
model("deep-nesting-objects", '{"format": "libcoop-model", "version": 1, "x":\n' + '{"a":' * 300 + "1" + "}" * 300 + "}", err("PARSE", ":2:", "nesting"))
model("deep-nesting-unclosed", "[" * 100000, err("PARSE", "nesting"))
model("nul-byte", b'{"format": "libcoop-model", "version": 1}\x00', err("PARSE"))

# Top level
model("root-array", "[]\n", err("INVALID_TYPE", "$", "an array"))
model("root-string", '"libcoop-model"\n', err("INVALID_TYPE", "$", "a string"))
model("root-null", "null\n", err("INVALID_TYPE", "$", "null"))
model("root-number", "42\n", err("INVALID_TYPE", "$", "a number"))
model("missing-format", '{"version": 1}\n', err("MISSING_FIELD", "$", "format"))
model("wrong-format", '{"format": "geojson",\n "version": 1}\n', err("INVALID_VALUE", ":1:", "$.format", "libcoop-model"))
model("format-number", '{"format": 1, "version": 1}\n', err("INVALID_TYPE", "$", "format"))
model("missing-version", '{"format": "libcoop-model"}\n', err("MISSING_FIELD", "$", "version"))
model("version-string", '{"format": "libcoop-model",\n "version": "1"}\n', err("INVALID_TYPE", ":2:", "version"))
model("version-null", '{"format": "libcoop-model", "version": null}\n', err("INVALID_TYPE", "version"))
model("version-newer", '{"format": "libcoop-model",\n "version": 2,\n "actors": []}\n', err("UNSUPPORTED_VERSION", ":2:", "$.version", "version 2"))
model("version-far-future", '{"format": "libcoop-model", "version": 2147483647}\n', err("UNSUPPORTED_VERSION", "$.version"))
model("version-huge", '{"format": "libcoop-model", "version": 1e300}\n', err("INVALID_VALUE", "version"))
model("version-overflow", '{"format": "libcoop-model", "version": 99999999999999999999999}\n', err("INVALID_VALUE", "version"))
model("number-overflow-unknown-member", '{"format": "libcoop-model", "version": 1,\n "x": [{"k": 1e999}]}\n', err("PARSE", ":2:", "range of a double"))
model("number-overflow-negative", '{"format": "libcoop-model", "version": 1, "x": -1e400}\n', err("PARSE", "range of a double"))
model("number-overflow-digits", '{"format": "libcoop-model", "version": 1, "x": ' + "9" * 400 + '}\n', err("PARSE", "range of a double"))
model("number-tiny-is-fine", '{"format": "libcoop-model", "version": 1, "x": 0.' + "0" * 400 + '1}\n', {"ok": True})
model("version-zero", '{"format": "libcoop-model", "version": 0}\n', err("INVALID_VALUE", "version", "from 1"))

# Numbers follow RFC 8259 (json-glib reads 0542 as octal 354 and 0x1F as 31)
PM = T0 + ".population-municipale"
for case, text in [("leading-zero", "0542"), ("octal-nine", "09"), ("hex", "0x1F"), ("bare-fraction", ".5"),
                   ("trailing-point", "1."), ("plus-sign", "+5"), ("negative-leading-zero", "-01"),
                   ("exponent-without-digits", "1e"), ("double-minus", "--1"), ("infinity", "Infinity"),
                   ("nan", "NaN")]:
    model("number-" + case, '{"format": "libcoop-model", "version": 1,\n "territories": [\n  {"code": "pays-x", "kind": "pays", '
          '"name": "Pays X", "members": ["38563"],\n   "population-municipale": ' + text + '}]}\n',
          err("PARSE", ":4:", PM, "“" + text + "”", "expected"))
model("number-hex-in-unknown-member", '{"format": "libcoop-model", "version": 1,\n "x": {"y": [1, 0x10]}}\n',
      err("PARSE", ":2:", "$.x.y[1]", "“0x10”", "RFC 8259"))
model("number-word", '{"format": "libcoop-model", "version": 1, "x": True}\n', err("PARSE", "$.x", "“True”", "expected true, false, null"))
model("number-long-token", '{"format": "libcoop-model", "version": 1, "x": 0' + "1" * 5000 + '}\n',
      err("PARSE", "$.x", "…”", "RFC 8259"))
# Integers beyond 64 bits are quoted as written (json-glib wraps 2^63 to
# -2^63 and 2^64 to -1), and kept as written in unknown members.
for case, text in [("2p63", str(2**63)), ("2p64", str(2**64)), ("2p200", str(2**200)), ("minus-2p63-minus-1", str(-2**63 - 1))]:
    model("integer-" + case, '{"format": "libcoop-model", "version": 1,\n "territories": [\n  {"code": "pays-x", "kind": "pays", '
          '"name": "Pays X", "members": ["38563"],\n   "population-municipale": ' + text + '}]}\n',
          err("INVALID_VALUE", ":4:", "“population-municipale” is " + text + ";", "expected an integer"))
model("integer-huge-unknown-members", '{"format": "libcoop-model", "version": 1, "name": "Big",\n "x": ['
      + ", ".join(str(n) for n in (2**63, 2**64, 2**200, -2**63, -2**63 - 1, 2**63 - 1)) + ']}\n', {"ok": True})
model("version-negative", '{"format": "libcoop-model", "version": -1}\n', err("INVALID_VALUE", "version"))
model("version-fraction", '{"format": "libcoop-model", "version": 1.5}\n', err("INVALID_VALUE", "version", "1.5"))
model("name-number", '{"format": "libcoop-model", "version": 1, "name": 7}\n', err("INVALID_TYPE", "name", "a number"))
model("description-object", '{"format": "libcoop-model", "version": 1, "description": {}}\n', err("INVALID_TYPE", "description", "an object"))
model("territories-object", '{"format": "libcoop-model", "version": 1,\n "territories": {}}\n', err("INVALID_TYPE", ":2:", "$.territories", "an array"))
model("territories-string", '{"format": "libcoop-model", "version": 1, "territories": "38563"}\n', err("INVALID_TYPE", "$.territories"))
model("duplicate-key-top", '{"format": "libcoop-model",\n "version": 1,\n "name": "a",\n "name": "b"}\n', err("DUPLICATE", ":4:", "name"))
model("duplicate-key-format", '{"format": "libcoop-model", "format": "other", "version": 1}\n', err("DUPLICATE", ":1:", "format"))
model("duplicate-key-nested-unknown", '{"format": "libcoop-model", "version": 1,\n "x-extension": {"a": 1,\n "a": 2}}\n', err("DUPLICATE", ":3:", "“a”"))
model("duplicate-key-in-array", '{"format": "libcoop-model", "version": 1, "x": [{"k": 1, "k": 1}]}\n', err("DUPLICATE", "“k”"))

# Territories
model("territory-not-object", model_doc([1]), err("INVALID_TYPE", T0, "an object"))
model("territory-null", model_doc([None]), err("INVALID_TYPE", T0, "null"))
one("territory-missing-code", err("MISSING_FIELD", T0, "code"), code=DROP)
one("territory-code-number", err("INVALID_TYPE", T0, "code"), code=38)
one("territory-code-empty", err("INVALID_VALUE", T0, "code"), code="")
one("territory-missing-kind", err("MISSING_FIELD", T0, "kind"), kind=DROP)
one("territory-unknown-kind", err("INVALID_VALUE", T0, "county", "pnr"), kind="county")
one("territory-kind-uppercase", err("INVALID_VALUE", T0, "PNR"), kind="PNR")
one("territory-kind-number", err("INVALID_TYPE", T0, "kind"), kind=5)
one("territory-missing-name", err("MISSING_FIELD", T0, "name"), name=DROP)
one("territory-name-null", err("INVALID_TYPE", T0, "name", "null"), name=None)
one("territory-name-array", err("INVALID_TYPE", T0, "name", "an array"), name=["a"])
one("unknown-nature", err("INVALID_VALUE", T0, "suburban", "urban"), nature="suburban")
one("nature-boolean", err("INVALID_TYPE", T0, "nature"), nature=True)
one("population-negative", err("INVALID_VALUE", T0, "population-municipale", "-5"), **{"population-municipale": -5})
one("population-huge", err("INVALID_VALUE", T0, "population-municipale"), **{"population-municipale": 1e300})
one("population-tiny-fraction", err("INVALID_VALUE", T0, "population-municipale"), **{"population-municipale": 1e-300})
one("population-fraction", err("INVALID_VALUE", T0, "12.5"), **{"population-municipale": 12.5})
one("population-string", err("INVALID_TYPE", T0, "population-municipale", "a string"), **{"population-municipale": "12"})
one("population-over-int32", err("INVALID_VALUE", T0, "3000000000"), **{"population-municipale": 3000000000})
one("population-min-int64", err("INVALID_VALUE", T0), **{"population-municipale": -9223372036854775808})
one("population-totale-negative", err("INVALID_VALUE", T0, "population-totale"), **{"population-totale": -1})
one("population-year-1700", err("INVALID_VALUE", T0, "population-year", "1700"), **{"population-year": 1700})
one("population-year-5000", err("INVALID_VALUE", T0, "population-year"), **{"population-year": 5000})
one("population-year-fraction", err("INVALID_VALUE", T0, "population-year"), **{"population-year": 2023.5})
one("valid-from-slashes", err("INVALID_VALUE", T0, "2024/01/01", "YYYY-MM-DD"), **{"valid-from": "2024/01/01"})
one("valid-from-month-13", err("INVALID_VALUE", T0, "2024-13-01"), **{"valid-from": "2024-13-01"})
one("valid-from-february-30", err("INVALID_VALUE", T0, "2023-02-30"), **{"valid-from": "2023-02-30"})
one("valid-from-not-leap", err("INVALID_VALUE", T0, "2023-02-29"), **{"valid-from": "2023-02-29"})
one("valid-from-year-zero", err("INVALID_VALUE", T0, "0000-01-01"), **{"valid-from": "0000-01-01"})
one("valid-until-day-zero", err("INVALID_VALUE", T0, "valid-until"), **{"valid-until": "2024-01-00"})
one("valid-until-with-time", err("INVALID_VALUE", T0, "valid-until"), **{"valid-until": "2024-01-01T00:00:00Z"})
one("valid-until-short-year", err("INVALID_VALUE", T0, "valid-until"), **{"valid-until": "24-01-01"})
one("valid-until-five-digit-year", err("INVALID_VALUE", T0, "valid-until"), **{"valid-until": "12024-01-01"})
one("valid-from-number", err("INVALID_TYPE", T0, "valid-from"), **{"valid-from": 20240101})
one("members-object", err("INVALID_TYPE", T0 + ".members", "an array"), members={"a": "38563"})
one("members-string", err("INVALID_TYPE", T0 + ".members"), members="38563")
one("member-number", err("INVALID_TYPE", T0 + ".members[1]", "a number"), members=["38563", 38185])
one("member-null", err("INVALID_TYPE", T0 + ".members[0]", "null"), members=[None])
one("member-object", err("INVALID_TYPE", T0 + ".members[0]", "an object"), members=[{"code": "38563"}])
one("member-listed-twice", err("DUPLICATE", T0 + ".members[2]", "38563"), members=["38563", "38185", "38563"])
# The seats of a proposed EPCI: its form and its communes' populations
MP = T0 + ".member-populations"
one("epci-form-unknown", err("INVALID_VALUE", T0, "epci-form", "“syndicat”"), **{"epci-form": "syndicat"})
one("epci-form-none", err("INVALID_VALUE", T0, "epci-form", "“none”", "“cc”"), **{"epci-form": "none"})
one("epci-form-lyon", err("INVALID_VALUE", T0, "metropole-de-lyon"), **{"epci-form": "metropole-de-lyon"})
one("epci-form-upper-case", err("INVALID_VALUE", T0, "“CC”"), **{"epci-form": "CC"})
one("epci-form-number", err("INVALID_TYPE", T0, "epci-form"), **{"epci-form": 1})
one("member-populations-array", err("INVALID_TYPE", MP, "an array"), **{"member-populations": [["38563", 10]]})
one("member-populations-string", err("INVALID_TYPE", MP), **{"member-populations": "38563=10"})
one("member-population-negative", err("INVALID_VALUE", MP, "“38563” is -1", "from 0 to 2147483647"),
    **{"member-populations": {"38563": -1}})
one("member-population-fraction", err("INVALID_VALUE", MP, "38563", "12.5"), **{"member-populations": {"38563": 12.5}})
one("member-population-huge", err("INVALID_VALUE", MP, "38563", "2147483648"),
    **{"member-populations": {"38563": 2147483648}})
one("member-population-string", err("INVALID_TYPE", MP, "38563", "a string"), **{"member-populations": {"38563": "21604"}})
one("member-population-null", err("INVALID_TYPE", MP, "38563", "null"), **{"member-populations": {"38563": None}})
one("member-population-empty-code", err("INVALID_VALUE", MP, "empty"), **{"member-populations": {"": 10}})
one("member-population-outside", finding("member-population-outside", MP + ".38185", "38185", "pays-x"),
    **{"member-populations": {"38563": 21604, "38185": 158000}})
one("member-population-unknown-code", finding("member-population-outside", MP + ".99999", "99999"),
    **{"member-populations": {"99999": 10}})
one("member-population-year-1700", err("INVALID_VALUE", T0, "member-population-year", "1700"),
    **{"member-population-year": 1700})
one("member-population-year-string", err("INVALID_TYPE", T0, "member-population-year"),
    **{"member-population-year": "2022"})
one("member-populations-given", {"ok": True, "clean": True},
    **{"epci-form": "cc", "member-populations": {"38563": 21604}, "member-population-year": 2022})
model("member-populations-duplicate",
      '{"format": "libcoop-model", "version": 1, "territories": [{"code": "pays-x", "kind": "pays", '
      '"name": "Pays X", "members": ["38563"],\n "member-populations": {"38563": 1, "38563": 2}}]}\n',
      err("DUPLICATE", ":2:", "“38563” appears twice"))
one("code-is-insee-code", err("DUPLICATE", T0, "38563"), code="38563", members=["38185"])
one("code-is-siren", err("DUPLICATE", T0, "243800984"), code="243800984")
one("code-is-qualified-reference", err("DUPLICATE", T0, "departement:38"), code="departement:38")
one("duplicate-key-territory", err("DUPLICATE", "kind"), kind="pays")
# json.dumps cannot write a duplicate key: patch one in.
with open(os.path.join(HERE, "model/duplicate-key-territory.json"), "w") as f:
    f.write('{"format": "libcoop-model", "version": 1, "territories": [\n'
            '{"code": "pays-x", "kind": "pays",\n "kind": "pnr", "name": "X", "members": []}]}\n')
cases["model/duplicate-key-territory.json"] = err("DUPLICATE", ":3:", "kind")
model("duplicate-territory-code", model_doc([territory(), territory(name="Another")]),
      err("DUPLICATE", "$.territories[1]", "pays-x"))
model("many-territories-one-bad", model_doc([territory(code=f"t{i}") for i in range(200)] + [territory(code="t200", kind="shire")]),
      err("INVALID_VALUE", "$.territories[200]", "shire"))

# Territories of project nest at most 16 deep (a chain of 100, each
# containing the previous one, made validate, check, levers and report run
# for minutes).
def chain(n, extra=None):
    items = [territory(code="chain-0", name="Chain 0", members=["38563"])]
    items += [territory(code=f"chain-{i}", name=f"Chain {i}", members=[f"chain-{i - 1}", "38185"]) for i in range(1, n)]
    return items + (extra or [])


model("nesting-16-ok", model_doc(chain(16)), {"ok": True})
model("nesting-17", model_doc(chain(17)), err("INVALID_VALUE", "$.territories[16]", "“chain-16” nests territories of project 17 deep",
                                               "chain-16 ⊃ chain-15", "chain-0", "at most 16"))
model("nesting-1000", json.dumps({"format": "libcoop-model", "version": 1, "territories": list(reversed(chain(1000)))},
                                 separators=(",", ":")) + "\n",
      err("INVALID_VALUE", ":1:", "$.territories[0]", "1000 deep", "at most 16"))
# A cycle within the bound loads, and validation reports it.
model("nesting-cycle-in-chain", model_doc(chain(12) + [territory(code="chain-0-loop", name="Loop", members=["chain-11"])]
                                          ).replace('"members": [\n        "38563"\n      ]', '"members": [\n        "chain-0-loop"\n      ]', 1),
      finding("cycle"))

# Loaded, then reported by coop_model_validate()
model("cycle-self", model_doc([territory(members=["pays-x"])]), finding("cycle", T0))
model("cycle-two", model_doc([territory(code="a", members=["b"]), territory(code="b", members=["a"])]), finding("cycle", T0))
model("cycle-three", model_doc([territory(code="a", members=["b", "38563"]), territory(code="b", members=["c"]),
                               territory(code="c", members=["a"])]), finding("cycle", "$.territories[2]"))
def compact(territories):
    return json.dumps({"format": "libcoop-model", "version": 1, "territories": territories},
                      separators=(",", ":")) + "\n"


# Beyond the nesting bound: refused at once, whatever their shape.
model("cycle-long-chain", compact([territory(code=f"t{i:05d}", members=[f"t{(i + 1) % 1000:05d}"]) for i in range(1000)]),
      err("INVALID_VALUE", ":1:", "1000 deep", "at most 16"))
model("long-chain", compact([territory(code=f"t{i:05d}", members=[f"t{i + 1:05d}"] if i < 1500 else ["38563"])
                             for i in range(1501)]), err("INVALID_VALUE", "$.territories[0]", "1501 deep"))
model("diamond-chain", model_doc([territory(code=f"d{i:03d}a", members=[f"d{i + 1:03d}a", f"d{i + 1:03d}b"]) for i in range(60)] +
                                 [territory(code=f"d{i:03d}b", members=[f"d{i + 1:03d}a", f"d{i + 1:03d}b"]) for i in range(60)] +
                                 [territory(code="d060a", members=["38563"]), territory(code="d060b", members=["38185"])]),
      err("INVALID_VALUE", "$.territories[0]", "“d000a” nests territories of project 61 deep"))
# Every commune of France as members, and a région that holds a quarter of
# them: each of those is redundant. Pairwise checks would take hours.
with gzip.open(os.path.join(HERE, "..", "..", "..", "data", "france", "2026", "communes.json.gz")) as f:
    all_communes = [c["code"] for c in json.load(f) if c["type"] == "commune-actuelle"]
model("all-communes-and-a-region", compact([territory(code="france", members=all_communes + ["region:84"])]),
      finding("redundant-member", T0 + ".members[0]"))
model("dangling-member", model_doc([territory(members=["38563", "99999"])]), finding("unknown-reference", T0 + ".members[1]"))
model("dangling-model-reference", model_doc([territory(members=["pays-nowhere"])]), finding("unknown-reference", T0 + ".members[0]"))
model("dangling-region", model_doc([territory(members=["region:99"])]), finding("unknown-reference", T0 + ".members[0]"))
model("dangling-unknown-kind", model_doc([territory(members=["county:12"])]), finding("unknown-reference", T0 + ".members[0]"))
model("empty-members", model_doc([territory(members=[])]), finding("empty-perimeter", T0))
model("no-members-field", model_doc([territory(members=DROP)]), finding("empty-perimeter", T0))
model("members-null", model_doc([territory(members=None)]), finding("empty-perimeter", T0))
model("redundant-member", model_doc([territory(members=["38563", "243800984"])]), finding("redundant-member", T0 + ".members[0]"))
model("population-mismatch", model_doc([territory(**{"population-municipale": 5})]), finding("population-mismatch", T0))
model("bom", b"\xef\xbb\xbf" + model_doc([territory(members=[])]).encode(), finding("empty-perimeter", T0))

# The cooperation sections: actors, posts, mandates, bodies, agreements and
# ratings. Each case changes one thing in a document that checks clean.
# Sections are written sorted by id, as the model keeps them, so that the
# paths of the findings are also the places in the file.
FUNCTIONS = ["political-decision", "steering", "funding", "project-ownership",
             "delivery", "facilitation", "evaluation", "communication"]
VOIRONNAIS, BIEVRE = "243800984", "243801073"


def cooperation_doc():
    return {
        "format": "libcoop-model", "version": 1, "name": "Bad input",
        "territories": [{"code": "pays-x", "kind": "pays", "name": "Pays X", "members": [VOIRONNAIS, BIEVRE]}],
        "actors": [
            {"id": "bievre-president", "kind": "elected-official", "name": "Président(e) de Bièvre Est",
             "territory": BIEVRE},
            {"id": "voironnais-president", "kind": "elected-official", "name": "Président(e) du Pays Voironnais",
             "territory": VOIRONNAIS},
        ],
        "bodies": [
            {"id": "comite", "kind": "comite-de-pilotage", "name": "Comité de pilotage", "scope": [VOIRONNAIS, BIEVRE],
             "meetings": [{"date": "2025-03-01", "topic": "Lancement",
                           "participants": ["bievre-president", "voironnais-president"]}]},
        ],
        "agreements": [
            {"id": "charte", "kind": "charte", "title": "Charte", "status": "in-force",
             "start": "2025-01-01", "end": "2027-12-31",
             "parties": [{"reference": VOIRONNAIS, "role": "signatory"}, {"reference": BIEVRE, "role": "signatory"}],
             "signatures": [{"signatory": VOIRONNAIS, "date": "2024-12-01"}],
             "history": [{"from-status": "draft", "to-status": "negotiation", "date": "2024-09-01"},
                         {"from-status": "negotiation", "to-status": "signed", "date": "2024-12-01"},
                         {"from-status": "signed", "to-status": "in-force", "date": "2025-01-01"}],
             "milestones": [{"title": "Premier bilan", "due": "2025-12-31", "status": "pending"}],
             "actions": [{"id": "a1", "title": "Action", "status": "under-way", "progress": 10,
                          "who-does-what": {f: [BIEVRE if i % 2 == 0 else VOIRONNAIS] for i, f in enumerate(FUNCTIONS)}}],
             "evaluations": [{"date": "2025-11-01", "findings": "Bon départ", "decision": "renew"}],
             "pooled-resources": [{"kind": "service", "mode": "mutualisation", "title": "Service commun",
                                   "provider": VOIRONNAIS, "users": [BIEVRE]}]},
        ],
        "ratings": [{"id": "r1", "rater": "voironnais-president", "territory": VOIRONNAIS, "partner": BIEVRE,
                     "level": 3, "scale": "libcoop", "date": "2025-06-01"}],
    }


def coop(name, expected, change):
    doc = cooperation_doc()
    change(doc)
    model(name, json.dumps(doc, indent=2, ensure_ascii=False) + "\n", expected)


def actor(d):
    return d["actors"][1]


def body(d):
    return d["bodies"][0]


def meeting(d):
    return d["bodies"][0]["meetings"][0]


def agreement(d):
    return d["agreements"][0]


def action(d):
    return d["agreements"][0]["actions"][0]


def table(d):
    return action(d)["who-does-what"]


def rating(d):
    return d["ratings"][0]


def setting(get, **fields):
    def change(d):
        target = get(d)
        for k, v in fields.items():
            k = k.replace("_", "-")
            if v is DROP:
                del target[k]
            else:
                target[k] = v
    return change


A1, B0, G0, M00, X0, R0 = "$.actors[1]", "$.bodies[0]", "$.agreements[0]", "$.bodies[0].meetings[0]", \
    "$.agreements[0].actions[0]", "$.ratings[0]"

coop("cooperation-clean", {"ok": True, "clean": True}, lambda d: None)

# Actors
coop("actors-object", err("INVALID_TYPE", "$.actors", "an object", "an array"), lambda d: d.update(actors={}))
coop("actor-null", err("INVALID_TYPE", "$.actors[2]", "null", "an object"), lambda d: d["actors"].append(None))
coop("actor-missing-id", err("MISSING_FIELD", A1, "“id”"), setting(actor, id=DROP))
coop("actor-id-empty", err("INVALID_VALUE", A1, "“id” is empty"), setting(actor, id=""))
coop("actor-id-number", err("INVALID_TYPE", A1, "“id” is a number"), setting(actor, id=38))
# Kinds and roles are open codelists: a code libcoop does not know needs a
# label; a known one takes none.
coop("actor-unknown-kind", err("INVALID_VALUE", A1, "“mayor”", "does not know", "“kind-label”"), setting(actor, kind="mayor"))
coop("actor-own-kind", {"ok": True}, setting(actor, kind="cooperative-d-habitants", **{"kind-label": "Coopérative d'habitants"}))
coop("actor-known-kind-with-label", err("INVALID_VALUE", A1, "“staff”", "expected no “kind-label”"),
     setting(actor, kind="staff", **{"kind-label": "Staff"}))
coop("actor-kind-label-without-kind", err("MISSING_FIELD", A1, "“kind”"),
     setting(actor, kind=DROP, **{"kind-label": "Coopérative"}))
coop("actor-kind-label-empty", err("INVALID_VALUE", A1, "“mayor”", "“kind-label”"),
     setting(actor, kind="mayor", **{"kind-label": " "}))
coop("actor-kind-legal-reference-number", err("INVALID_TYPE", A1, "kind-legal-reference", "a number"),
     setting(actor, kind="mayor", **{"kind-label": "Mayor", "kind-legal-reference": 12}))
coop("actor-kind-uppercase", err("INVALID_VALUE", A1, "“Staff”", "“staff”"), setting(actor, kind="Staff"))
coop("actor-missing-name", err("MISSING_FIELD", A1, "“name”"), setting(actor, name=DROP))
coop("actor-description-array", err("INVALID_TYPE", A1, "description", "an array"), setting(actor, description=["a"]))
coop("actor-duplicate-id", err("DUPLICATE", "$.actors[2]", "voironnais-president"),
     lambda d: d["actors"].append(dict(actor(d))))
coop("actor-dangling-territory", finding("unknown-reference", A1 + ".territory", "99999"), setting(actor, territory="99999"))

# Posts and mandates
coop("post-seats-zero", err("INVALID_VALUE", "$.posts[0]", "“seats” is 0"),
     lambda d: d.update(posts=[{"id": "p", "label": "P", "role": "member", "seats": 0}]))
coop("post-seats-over-int32", err("INVALID_VALUE", "$.posts[0]", "“seats” is 3000000000"),
     lambda d: d.update(posts=[{"id": "p", "label": "P", "role": "member", "seats": 3000000000}]))
coop("post-unknown-role", err("INVALID_VALUE", "$.posts[0]", "“mayor”", "“role-label”"),
     lambda d: d.update(posts=[{"id": "p", "label": "P", "role": "mayor"}]))
coop("mandate-voting-string", err("INVALID_TYPE", "$.mandates[0]", "“voting” is a string", "true or false"),
     lambda d: d.update(mandates=[{"id": "m", "actor": "bievre-president", "role": "member", "voting": "yes"}]))
coop("mandate-ends-before-start", finding("inverted-dates", "$.mandates[0]"),
     lambda d: d.update(mandates=[{"id": "m", "actor": "bievre-president", "role": "member", "body": "comite",
                                   "start": "2025-01-01", "end": "2024-12-31"}]))
coop("mandate-dangling-actor", finding("unknown-reference", "$.mandates[0].actor", "ghost"),
     lambda d: d.update(mandates=[{"id": "m", "actor": "ghost", "role": "member", "body": "comite"}]))

# Bodies and their meetings
coop("bodies-string", err("INVALID_TYPE", "$.bodies", "a string"), lambda d: d.update(bodies="comite"))
coop("body-unknown-kind", err("INVALID_VALUE", B0, "“council”", "“kind-label”"), setting(body, kind="council"))
coop("body-conseil-de-quartier", {"ok": True}, setting(body, kind="conseil-de-quartier"))
coop("body-unknown-council-role", err("INVALID_VALUE", B0, "council-role", "“decide”", "propose-and-validate"),
     setting(body, council_role="decide"))
coop("body-scope-string", err("INVALID_TYPE", B0 + ".scope", "a string"), setting(body, scope=VOIRONNAIS))
coop("body-scope-listed-twice", err("DUPLICATE", B0 + ".scope[1]", VOIRONNAIS), setting(body, scope=[VOIRONNAIS, VOIRONNAIS]))
coop("body-scope-dangling", finding("unknown-reference", B0 + ".scope[1]", "99999"), setting(body, scope=[VOIRONNAIS, "99999"]))
coop("body-duplicate-id", err("DUPLICATE", "$.bodies[1]", "comite"), lambda d: d["bodies"].append(dict(body(d))))
coop("body-meetings-object", err("INVALID_TYPE", B0 + ".meetings", "an object"), setting(body, meetings={}))
coop("meeting-missing-date", err("MISSING_FIELD", M00, "“date”", "YYYY-MM-DD"), setting(meeting, date=DROP))
coop("meeting-missing-topic", err("MISSING_FIELD", M00, "“topic”"), setting(meeting, topic=DROP))
coop("meeting-date-february-30", err("INVALID_VALUE", M00, "2025-02-30", "YYYY-MM-DD"), setting(meeting, date="2025-02-30"))
coop("meeting-date-year-one", err("INVALID_VALUE", M00, "0001-01-01", "from 1800-01-01 to 3000-12-31"),
     setting(meeting, date="0001-01-01"))
coop("meeting-date-9999", err("INVALID_VALUE", M00, "9999-12-31", "3000-12-31"), setting(meeting, date="9999-12-31"))
coop("meeting-participant-dangling", finding("unknown-reference", M00 + ".participants[0]", "nobody", "an actor"),
     setting(meeting, participants=["nobody"]))
coop("meeting-participant-twice", err("DUPLICATE", M00 + ".participants[1]", "bievre-president"),
     setting(meeting, participants=["bievre-president", "bievre-president"]))
coop("meeting-participant-number", err("INVALID_TYPE", M00 + ".participants[0]", "a number"), setting(meeting, participants=[3]))

# Agreements
coop("agreements-object", err("INVALID_TYPE", "$.agreements", "an object"), lambda d: d.update(agreements={"charte": {}}))
coop("agreement-missing-kind", err("MISSING_FIELD", G0, "“kind”", "“charte”"), setting(agreement, kind=DROP))
coop("agreement-unknown-kind", err("INVALID_VALUE", G0, "“contract”", "“kind-label”"), setting(agreement, kind="contract"))
coop("agreement-kind-crte", {"ok": True}, setting(agreement, kind="contrat-de-relance-et-de-transition-ecologique"))
coop("agreement-own-kind", {"ok": True},
     setting(agreement, kind="contrat-de-ville", **{"kind-label": "contrat de ville",
                                                    "kind-legal-reference": "Loi n° 2014-173, art. 6"}))
coop("agreement-kind-with-space", err("INVALID_VALUE", G0, "“contrat de ville”", "lowercase letters"),
     setting(agreement, kind="contrat de ville", **{"kind-label": "contrat de ville"}))
coop("agreement-unknown-status", err("INVALID_VALUE", G0, "“active”", "in-force"), setting(agreement, status="active"))
coop("agreement-status-number", err("INVALID_TYPE", G0, "status", "a number"), setting(agreement, status=3))
coop("agreement-missing-title", err("MISSING_FIELD", G0, "“title”"), setting(agreement, title=DROP))
coop("agreement-duplicate-id", err("DUPLICATE", "$.agreements[1]", "charte"),
     lambda d: d["agreements"].append(json.loads(json.dumps(agreement(d)))))
coop("agreement-start-month-13", err("INVALID_VALUE", G0, "2025-13-01"), setting(agreement, start="2025-13-01"))
coop("agreement-end-1799", err("INVALID_VALUE", G0, "“end”", "1799-12-31", "1800-01-01"), setting(agreement, end="1799-12-31"))
coop("agreement-start-year-3001", err("INVALID_VALUE", G0, "3001-01-01"), setting(agreement, start="3001-01-01"))
coop("agreement-ends-before-start", finding("inverted-dates", G0), setting(agreement, end="2024-06-30"))
coop("agreement-in-force-past-end", finding("in-force-past-end", G0, "2025-06-30"), setting(agreement, end="2025-06-30"))
coop("agreement-duplicate-key", err("DUPLICATE", "status"), lambda d: None)
with open(os.path.join(HERE, "model/agreement-duplicate-key.json"), "w") as f:
    f.write('{"format": "libcoop-model", "version": 1, "agreements": [\n'
            '{"id": "c", "kind": "charte", "title": "C", "status": "draft",\n "status": "in-force"}]}\n')
cases["model/agreement-duplicate-key.json"] = err("DUPLICATE", ":3:", "“status”")
coop("plan-not-evaluated", finding("plan-not-evaluated", G0),
     lambda d: agreement(d).update(kind="plan-de-cooperation", evaluations=[]))

# Parties and signatures
coop("parties-object", err("INVALID_TYPE", G0 + ".parties", "an object"), setting(agreement, parties={}))
coop("party-missing-reference", err("MISSING_FIELD", G0 + ".parties[0]", "“reference”"),
     lambda d: agreement(d)["parties"][0].pop("reference"))
coop("party-missing-role", err("MISSING_FIELD", G0 + ".parties[0]", "“role”", "“signatory”"),
     lambda d: agreement(d)["parties"][0].pop("role"))
coop("party-unknown-role", err("INVALID_VALUE", G0 + ".parties[0]", "“boss”", "funder"),
     lambda d: agreement(d)["parties"][0].update(role="boss"))
coop("party-twice-in-one-role", err("DUPLICATE", G0 + ".parties[2]", VOIRONNAIS, "signatory"),
     lambda d: agreement(d)["parties"].append({"reference": VOIRONNAIS, "role": "signatory"}))
coop("party-dangling", finding("unknown-reference", G0 + ".parties[1].reference", "99999"),
     lambda d: agreement(d)["parties"][1].update(reference="99999"))
coop("signature-not-party", finding("signatory-not-party", G0 + ".signatures[0]", "bievre-president"),
     lambda d: agreement(d)["signatures"][0].update(signatory="bievre-president"))
coop("signature-missing-signatory", err("MISSING_FIELD", G0 + ".signatures[0]", "“signatory”"),
     lambda d: agreement(d)["signatures"][0].pop("signatory"))
coop("signature-dangling-mandate", finding("unknown-reference", G0 + ".signatures[0].mandate", "m-none"),
     lambda d: agreement(d)["signatures"][0].update(mandate="m-none"))
coop("signature-twice", finding("signature-twice", G0 + ".signatures[1]", VOIRONNAIS, "signatures[0]"),
     lambda d: agreement(d)["signatures"].append(dict(agreement(d)["signatures"][0])))
coop("signature-date-not-a-date", err("INVALID_VALUE", G0 + ".signatures[0]", "“date”", "yesterday"),
     lambda d: agreement(d)["signatures"][0].update(date="yesterday"))

# The lifecycle history
H = G0 + ".history"
coop("history-object", err("INVALID_TYPE", H, "an object"), setting(agreement, history={}))
coop("history-draft-to-in-force", finding("history-mismatch", H + "[0]", "“draft” to “in-force”", "does not allow"),
     lambda d: agreement(d)["history"].__setitem__(0, {"from-status": "draft", "to-status": "in-force", "date": "2024-09-01"}))
coop("history-gap", finding("history-mismatch", H + "[1]", "leaves “signed” after arriving at “negotiation”"),
     lambda d: agreement(d)["history"].pop(1))
coop("history-back-in-time", finding("history-mismatch", H + "[2]", "back in time"),
     lambda d: agreement(d)["history"][2].update(date="2024-01-01"))
coop("history-not-ending-at-status", finding("history-mismatch", G0, "“signed” but its history ends at “in-force”"),
     setting(agreement, status="signed"))
coop("history-leaves-terminal-status", finding("history-mismatch", H + "[4]", "“expired” to “in-force”"),
     lambda d: agreement(d)["history"].extend([{"from-status": "in-force", "to-status": "expired", "date": "2025-02-01"},
                                               {"from-status": "expired", "to-status": "in-force", "date": "2025-03-01"}]))
coop("history-stays-put", finding("history-mismatch", H + "[3]", "“in-force” to “in-force”"),
     lambda d: agreement(d)["history"].append({"from-status": "in-force", "to-status": "in-force", "date": "2025-02-01"}))
coop("history-unknown-status", err("INVALID_VALUE", H + "[0]", "“to-status” is “approved”", "negotiation"),
     lambda d: agreement(d)["history"][0].update({"to-status": "approved"}))
coop("history-missing-date", err("MISSING_FIELD", H + "[0]", "“date”", "YYYY-MM-DD"), lambda d: agreement(d)["history"][0].pop("date"))
coop("history-missing-from-status", err("MISSING_FIELD", H + "[0]", "“from-status”", "“draft”"),
     lambda d: agreement(d)["history"][0].pop("from-status"))
coop("history-date-out-of-range", err("INVALID_VALUE", H + "[2]", "2502-13-01"),
     lambda d: agreement(d)["history"][2].update(date="2502-13-01"))
coop("history-date-year-5000", err("INVALID_VALUE", H + "[2]", "5000-01-01", "3000-12-31"),
     lambda d: agreement(d)["history"][2].update(date="5000-01-01"))

# Related agreements
coop("related-unknown-relation", err("INVALID_VALUE", G0 + ".related[0]", "“follows”", "renews"),
     setting(agreement, related=[{"relation": "follows", "agreement": "charte"}]))
coop("related-dangling", finding("unknown-reference", G0 + ".related[0].agreement", "charte-2020"),
     setting(agreement, related=[{"relation": "renews", "agreement": "charte-2020"}]))
coop("related-to-itself", finding("related-to-itself", G0 + ".related[0].agreement", "“charte”", "another agreement"),
     setting(agreement, related=[{"relation": "amends", "agreement": "charte"}]))


def renews_twice(d):
    d["agreements"].append({"id": "charte-2020", "kind": "charte", "title": "Charte 2020", "status": "expired",
                            "start": "2020-01-01", "end": "2024-12-31"})
    agreement(d)["related"] = [{"relation": "renews", "agreement": "charte-2020"} for _ in range(2)]


coop("related-twice", finding("related-twice", G0 + ".related[1]", "“renews” to “charte-2020”", "related[0]"), renews_twice)
coop("related-missing-agreement", err("MISSING_FIELD", G0 + ".related[0]", "“agreement”"),
     setting(agreement, related=[{"relation": "renews"}]))

# Milestones
coop("milestone-missing-title", err("MISSING_FIELD", G0 + ".milestones[0]", "“title”"),
     lambda d: agreement(d)["milestones"][0].pop("title"))
coop("milestone-unknown-status", err("INVALID_VALUE", G0 + ".milestones[0]", "“done”", "missed"),
     lambda d: agreement(d)["milestones"][0].update(status="done"))
coop("milestone-met-but-pending", finding("milestone-met-but-pending", G0 + ".milestones[0]", "“Premier bilan”", "2025-11-15"),
     lambda d: agreement(d)["milestones"][0].update(met="2025-11-15"))
coop("milestone-due-not-a-date", err("INVALID_VALUE", G0 + ".milestones[0]", "“due” is “soon”"),
     lambda d: agreement(d)["milestones"][0].update(due="soon"))

# Actions and who does what
coop("action-duplicate-id", err("DUPLICATE", G0 + ".actions[1]", "“a1”"),
     lambda d: agreement(d)["actions"].append(json.loads(json.dumps(action(d)))))
coop("action-missing-id", err("MISSING_FIELD", X0, "“id”"), setting(action, id=DROP))
coop("action-progress-101", err("INVALID_VALUE", X0, "“progress” is 101", "from 0 to 100"), setting(action, progress=101))
coop("action-progress-negative", err("INVALID_VALUE", X0, "“progress” is -1"), setting(action, progress=-1))
coop("action-progress-fraction", err("INVALID_VALUE", X0, "50.5"), setting(action, progress=50.5))
coop("action-progress-huge", err("INVALID_VALUE", X0, "progress"), setting(action, progress=1e300))
coop("action-unknown-status", err("INVALID_VALUE", X0, "“started”", "under-way"), setting(action, status="started"))
coop("action-ends-before-start", finding("inverted-dates", X0, "charte/a1"), setting(action, start="2025-05-01", end="2025-04-01"))
WDW = X0 + ".who-does-what"
coop("who-does-what-unknown-function", err("INVALID_VALUE", WDW, "“cooking” is not a function", "political-decision"),
     lambda d: table(d).update(cooking=[VOIRONNAIS]))
coop("who-does-what-array", err("INVALID_TYPE", WDW, "an array", "an object"), setting(action, who_does_what=[["steering", VOIRONNAIS]]))
coop("who-does-what-holders-string", err("INVALID_TYPE", WDW + ".steering", "a string", "an array"),
     lambda d: table(d).update(steering=VOIRONNAIS))
coop("who-does-what-holder-twice", err("DUPLICATE", WDW + ".steering[1]", VOIRONNAIS),
     lambda d: table(d).update(steering=[VOIRONNAIS, VOIRONNAIS]))
coop("who-does-what-holder-number", err("INVALID_TYPE", WDW + ".steering[0]", "a number"),
     lambda d: table(d).update(steering=[38563]))
coop("who-does-what-holder-dangling", finding("unknown-reference", WDW + ".steering[0]", "nobody"),
     lambda d: table(d).update(steering=["nobody"]))
coop("who-does-what-function-unheld", finding("function-unheld", X0, "“steering”"), lambda d: table(d).pop("steering"))
coop("who-does-what-empty-holders", finding("function-unheld", X0, "“steering”"), lambda d: table(d).update(steering=[]))
coop("who-does-what-silo", finding("single-structure-action", X0, VOIRONNAIS),
     lambda d: action(d).update({"who-does-what": {f: [VOIRONNAIS] for f in FUNCTIONS}}))
coop("who-does-what-duplicate-function", err("DUPLICATE", "steering"), lambda d: None)
with open(os.path.join(HERE, "model/who-does-what-duplicate-function.json"), "w") as f:
    f.write('{"format": "libcoop-model", "version": 1, "agreements": [\n'
            '{"id": "c", "kind": "charte", "title": "C", "actions": [{"id": "a", "title": "A", "who-does-what": {\n'
            '"steering": ["38563"],\n"steering": ["38185"]}}]}]}\n')
cases["model/who-does-what-duplicate-function.json"] = err("DUPLICATE", ":4:", "“steering”")

# Evaluations and pooled resources
coop("evaluation-missing-date", err("MISSING_FIELD", G0 + ".evaluations[0]", "“date”"),
     lambda d: agreement(d)["evaluations"][0].pop("date"))
coop("evaluation-unknown-decision", err("INVALID_VALUE", G0 + ".evaluations[0]", "“continue”", "renew"),
     lambda d: agreement(d)["evaluations"][0].update(decision="continue"))
coop("evaluation-findings-number", err("INVALID_TYPE", G0 + ".evaluations[0]", "“findings” is a number"),
     lambda d: agreement(d)["evaluations"][0].update(findings=5))
coop("evaluation-before-start", finding("evaluation-before-start", G0 + ".evaluations[0]", "2024-11-01", "2025-01-01"),
     lambda d: agreement(d)["evaluations"][0].update(date="2024-11-01"))


def evaluated_before_history(d):
    del agreement(d)["start"], agreement(d)["end"]
    agreement(d)["evaluations"][0]["date"] = "2024-08-01"


coop("evaluation-before-history", finding("evaluation-before-start", G0 + ".evaluations[0]", "2024-08-01", "2024-09-01",
                                          "before its history begins"), evaluated_before_history)
PR = G0 + ".pooled-resources[0]"
coop("pooled-resource-unknown-kind", err("INVALID_VALUE", PR, "“car”", "equipment"),
     lambda d: agreement(d)["pooled-resources"][0].update(kind="car"))
coop("pooled-resource-unknown-mode", err("INVALID_VALUE", PR, "“lend”", "mutualisation"),
     lambda d: agreement(d)["pooled-resources"][0].update(mode="lend"))
coop("pooled-resource-missing-title", err("MISSING_FIELD", PR, "“title”"),
     lambda d: agreement(d)["pooled-resources"][0].pop("title"))
coop("pooled-resource-dangling-provider", finding("unknown-reference", PR + ".provider", "nobody"),
     lambda d: agreement(d)["pooled-resources"][0].update(provider="nobody"))
coop("pooled-resource-dangling-user", finding("unknown-reference", PR + ".users[1]", "99999"),
     lambda d: agreement(d)["pooled-resources"][0].update(users=[BIEVRE, "99999"]))

# Ratings
coop("ratings-object", err("INVALID_TYPE", "$.ratings", "an object"), lambda d: d.update(ratings={}))
coop("rating-null", err("INVALID_TYPE", "$.ratings[1]", "null"), lambda d: d["ratings"].append(None))
coop("rating-missing-level", err("MISSING_FIELD", R0, "“level”", "an integer from 0 to 100"), setting(rating, level=DROP))
coop("rating-level-101", err("INVALID_VALUE", R0, "“level” is 101", "from 0 to 100"), setting(rating, level=101))
coop("rating-level-negative", err("INVALID_VALUE", R0, "“level” is -1"), setting(rating, level=-1))
coop("rating-level-string", err("INVALID_TYPE", R0, "“level” is a string"), setting(rating, level="3"))
coop("rating-level-fraction", err("INVALID_VALUE", R0, "2.5"), setting(rating, level=2.5))
coop("rating-level-beyond-scale", finding("rating-beyond-scale", R0 + ".level", "step 42", "5 steps"), setting(rating, level=42))
coop("rating-level-beyond-frey", finding("rating-beyond-scale", R0 + ".level", "frey-2006"),
     setting(rating, level=6, scale="frey-2006"))
coop("rating-missing-partner", err("MISSING_FIELD", R0, "“partner”"), setting(rating, partner=DROP))
coop("rating-duplicate-id", err("DUPLICATE", "$.ratings[1]", "“r1”"), lambda d: d["ratings"].append(dict(rating(d))))
coop("rating-dangling-rater", finding("unknown-reference", R0 + ".rater", "nobody", "an actor"), setting(rating, rater="nobody"))
coop("rating-rater-is-territory", finding("unknown-reference", R0 + ".rater", VOIRONNAIS, "an actor"),
     setting(rating, rater=VOIRONNAIS))
coop("rating-dangling-territory", finding("unknown-reference", R0 + ".territory", "99999"), setting(rating, territory="99999"))
coop("rating-dangling-partner", finding("unknown-reference", R0 + ".partner", "pays-nowhere"), setting(rating, partner="pays-nowhere"))
coop("rating-date-june-31", err("INVALID_VALUE", R0, "2025-06-31"), setting(rating, date="2025-06-31"))
coop("rating-scale-number", err("INVALID_TYPE", R0, "“scale” is a number"), setting(rating, scale=1))

# Scale definitions: a valid three-step scale with one change each.
def scale_doc():
    step = lambda level, id, criteria, **more: dict(
        {"level": level, "id": id, "label": {"fr": f"Marche {level}", "en": f"Step {level}"},
         "description": {"fr": "…", "en": "…"}, "criteria": criteria}, **more)
    return {
        "format": "libcoop-scale", "version": 1, "id": "bad-input",
        "name": {"fr": "Échelle de test", "en": "Test scale"},
        "source": "tests/data/bad/generate.py",
        "steps": [
            step(1, "know", [{"any": [{"criterion": "shared-body"}, {"criterion": "meetings", "min": 1}]}], frey="networking"),
            step(2, "exchange", [{"criterion": "meetings", "min": 2, "window-days": 365, "body-kinds": ["comite-technique"]}]),
            step(3, "act", [{"criterion": "agreement", "kinds": ["charte"], "statuses": ["signed", "in-force"],
                             "signed-by-all": True, "functions-assigned": True, "actions-under-way": 1},
                            {"criterion": "pooled-resource"}, {"criterion": "evaluation-renewed"}], frey="coalition"),
        ],
    }


def scale(name, data, expected):
    add("scale", name + ".json", data, expected)


def sc(name, expected, change):
    doc = scale_doc()
    change(doc)
    scale(name, json.dumps(doc, indent=2, ensure_ascii=False) + "\n", expected)


def step_of(level):
    return lambda d: d["steps"][level - 1]


def criterion_of(level, index):
    return lambda d: d["steps"][level - 1]["criteria"][index]


S0, S1, S2 = "$.steps[0]", "$.steps[1]", "$.steps[2]"
C10, C20, C30 = S1 + ".criteria[0]", S2 + ".criteria[0]", S2 + ".criteria[1]"
GOOD_SCALE = json.dumps(scale_doc(), indent=2, ensure_ascii=False) + "\n"

sc("ok", {"ok": True}, lambda d: None)
scale("ok-bom", b"\xef\xbb\xbf" + GOOD_SCALE.encode(), {"ok": True})
sc("ok-hundred-steps", {"ok": True}, lambda d: d.update(steps=[
    dict(scale_doc()["steps"][1], level=i + 1, id=f"s{i + 1}") for i in range(100)]))

# Syntax and encoding
scale("empty", "", err("PARSE", "empty"))
scale("whitespace-only", "\n \n", err("PARSE"))
scale("not-json", "libcoop scale, five steps\n", err("PARSE", ":1:"))
scale("truncated", GOOD_SCALE[: len(GOOD_SCALE) // 2], err("PARSE"))
scale("trailing-comma", GOOD_SCALE.replace('"version": 1,', '"version": 1,,'), err("PARSE", ":3:"))
scale("comment", GOOD_SCALE.replace('"version": 1,', '"version": 1, // one'), err("PARSE", ":3:", "comment"))
scale("single-quotes", "{'format': 'libcoop-scale'}\n", err("PARSE", "single quote"))
scale("invalid-utf8", GOOD_SCALE.encode().replace("Échelle".encode(), b"\xc9chelle"), err("PARSE", ":6:", "invalid UTF-8"))
scale("utf16", GOOD_SCALE.encode("utf-16"), err("PARSE", "invalid UTF-8"))
scale("nul-escape", GOOD_SCALE.replace("Step 1", "Step\\u00001"), err("PARSE", "u0000"))
scale("lone-surrogate", GOOD_SCALE.replace("Step 1", "Step \\udc00"), err("PARSE", "surrogate"))
scale("two-documents", GOOD_SCALE + GOOD_SCALE, err("PARSE", "single JSON value"))
scale("deep-nesting", '{"format": "libcoop-scale", "version": 1, "steps": ' + "[" * 300 + "]" * 300 + "}",
      err("PARSE", ":1:", "nesting"))
# "any" groups nest as deep as the document may: the reader recurses once
# per group, well within the stack.
deep_any = {"criterion": "shared-body"}
for _ in range(120):
    deep_any = {"any": [deep_any]}
sc("ok-deep-any", {"ok": True}, lambda d: d["steps"][0].update(criteria=[deep_any]))
deeper_any = {"criterion": "shared-body"}
for _ in range(130):
    deeper_any = {"any": [deeper_any]}
sc("any-too-deep", err("PARSE", "nesting"), lambda d: d["steps"][0].update(criteria=[deeper_any]))
# Bounds: a list of criteria holds at most 32, each once (a 1,000-wide
# "any" or 1,000 copies of a criterion made coop maturity --scale hang).
distinct = [{"criterion": "meetings", "min": k + 1} for k in range(33)]
sc("any-too-wide", err("INVALID_VALUE", "$.steps[0].criteria[0].any", "33 criteria", "at most 32"),
   lambda d: d["steps"][0].update(criteria=[{"any": distinct}]))
sc("ok-any-32-wide", {"ok": True}, lambda d: d["steps"][0].update(criteria=[{"any": distinct[:32]}]))
sc("any-1000-wide", err("INVALID_VALUE", "1000 criteria", "at most 32"),
   lambda d: d["steps"][0].update(criteria=[{"any": [{"criterion": "meetings", "min": k + 1} for k in range(1000)]}]))
sc("criteria-too-many", err("INVALID_VALUE", "$.steps[1].criteria", "33 criteria"),
   lambda d: d["steps"][1].update(criteria=distinct))
sc("criteria-1000-duplicates", err("INVALID_VALUE", "$.steps[1].criteria", "1000 criteria"),
   lambda d: d["steps"][1].update(criteria=[{"criterion": "shared-body"}] * 1000))
sc("criteria-duplicate", err("DUPLICATE", "$.steps[1].criteria[1]", "same criterion as $.steps[1].criteria[0]"),
   lambda d: d["steps"][1].update(criteria=[{"criterion": "shared-body", "min": 2}, {"min": 2, "criterion": "shared-body"}]))
sc("any-duplicate", err("DUPLICATE", "$.steps[0].criteria[0].any[2]", "same criterion as $.steps[0].criteria[0].any[0]"),
   lambda d: d["steps"][0].update(criteria=[{"any": [{"criterion": "shared-body"}, {"criterion": "meetings"},
                                                     {"criterion": "shared-body"}]}]))
scale("duplicate-key", GOOD_SCALE.replace('"id": "bad-input",', '"id": "bad-input",\n  "id": "other",'),
      err("DUPLICATE", ":5:", "“id”"))
scale("duplicate-key-in-criterion", GOOD_SCALE.replace('"min": 2,', '"min": 2, "min": 3,'), err("DUPLICATE", "“min”"))
scale("number-overflow", GOOD_SCALE.replace('"min": 2,', '"min": 1e999,'), err("PARSE", "range of a double"))
scale("number-leading-zero", GOOD_SCALE.replace('"min": 2,', '"min": 02,'), err("PARSE", ":51:", "$.steps[1].criteria[0].min", "“02”", "RFC 8259"))
scale("number-hex", GOOD_SCALE.replace('"min": 2,', '"min": 0x2,'), err("PARSE", "$.steps[1].criteria[0].min", "“0x2”"))
scale("number-2p64", GOOD_SCALE.replace('"min": 2,', '"min": 18446744073709551616,'), err("INVALID_VALUE", "18446744073709551616", "expected"))

# The top level
scale("root-array", "[]\n", err("INVALID_TYPE", "$", "an array"))
scale("root-null", "null\n", err("INVALID_TYPE", "$", "null"))
sc("missing-format", err("MISSING_FIELD", "$", "“format”"), lambda d: d.pop("format"))
sc("wrong-format", err("INVALID_VALUE", ":2:", "$.format", "libcoop-model", "libcoop-scale"), lambda d: d.update(format="libcoop-model"))
sc("format-number", err("INVALID_TYPE", "$", "format"), lambda d: d.update(format=1))
sc("missing-version", err("MISSING_FIELD", "$", "“version”"), lambda d: d.pop("version"))
sc("version-newer", err("UNSUPPORTED_VERSION", ":3:", "$.version", "version 2", "version 1"), lambda d: d.update(version=2))
sc("version-newer-with-new-members", err("UNSUPPORTED_VERSION", "version 3"),
   lambda d: d.update(version=3, weights=[1, 2, 3]))
sc("version-zero", err("INVALID_VALUE", "version", "from 1"), lambda d: d.update(version=0))
sc("version-string", err("INVALID_TYPE", "version", "a string"), lambda d: d.update(version="1"))
sc("version-fraction", err("INVALID_VALUE", "version", "1.5"), lambda d: d.update(version=1.5))
sc("unknown-member", err("INVALID_VALUE", "$", "unknown member “weights”", "expected only"), lambda d: d.update(weights=[1, 2, 3]))
sc("missing-id", err("MISSING_FIELD", "$", "“id”"), lambda d: d.pop("id"))
sc("id-empty", err("INVALID_VALUE", "$.id", "empty"), lambda d: d.update(id=""))
sc("id-number", err("INVALID_TYPE", "$", "“id” is a number"), lambda d: d.update(id=7))
sc("source-object", err("INVALID_TYPE", "$", "“source” is an object"), lambda d: d.update(source={}))
sc("missing-name", err("MISSING_FIELD", "$", "“name”", '{"fr": …, "en": …}'), lambda d: d.pop("name"))
sc("name-string", err("INVALID_TYPE", "$.name", "a string", "an object"), lambda d: d.update(name="Test"))
sc("name-missing-en", err("MISSING_FIELD", "$.name", "“en”"), lambda d: d["name"].pop("en"))
sc("name-fr-number", err("INVALID_TYPE", "$.name", "“fr” is a number"), lambda d: d["name"].update(fr=1))
sc("name-unknown-language", err("INVALID_VALUE", "$.name", "unknown member “de”", "fr, en"), lambda d: d["name"].update(de="Skala"))
sc("missing-steps", err("MISSING_FIELD", "$", "“steps”", "an array of steps"), lambda d: d.pop("steps"))
sc("steps-object", err("INVALID_TYPE", "$.steps", "an object", "an array"), lambda d: d.update(steps={}))
sc("steps-empty", err("INVALID_VALUE", "$.steps", "found 0;", "at least two"), lambda d: d.update(steps=[]))
sc("one-step", err("INVALID_VALUE", "$.steps", "found 1;", "at least two"), lambda d: d.update(steps=d["steps"][:1]))

# Steps
sc("step-not-object", err("INVALID_TYPE", S1, "a string", "an object"), lambda d: d["steps"].__setitem__(1, "exchange"))
sc("step-null", err("INVALID_TYPE", S1, "null"), lambda d: d["steps"].__setitem__(1, None))
sc("step-missing-level", err("MISSING_FIELD", S1, "“level”", "an integer"), lambda d: d["steps"][1].pop("level"))
sc("step-level-string", err("INVALID_TYPE", S1, "“level” is a string"), lambda d: d["steps"][1].update(level="2"))
sc("step-level-zero", err("INVALID_VALUE", S0, "“level” is 0", "from 1 to 100"), lambda d: d["steps"][0].update(level=0))
sc("step-level-huge", err("INVALID_VALUE", S1, "“level”", "from 1 to 100"), lambda d: d["steps"][1].update(level=1e12))
sc("step-level-fraction", err("INVALID_VALUE", S1, "1.5"), lambda d: d["steps"][1].update(level=1.5))
sc("step-level-gap", err("INVALID_VALUE", S1, "level 3", "expected level 2"), lambda d: d["steps"][1].update(level=3))
sc("step-levels-reversed", err("INVALID_VALUE", S0, "level 3", "expected level 1"),
   lambda d: d.update(steps=[dict(s, level=3 - i) for i, s in enumerate(d["steps"])]))
sc("step-level-repeated", err("INVALID_VALUE", S1, "level 1", "expected level 2"), lambda d: d["steps"][1].update(level=1))
sc("steps-101", err("INVALID_VALUE", "$.steps[100]", "“level” is 101", "from 1 to 100"), lambda d: d.update(steps=[
    dict(scale_doc()["steps"][1], level=i + 1, id=f"s{i + 1}") for i in range(101)]))
sc("step-missing-id", err("MISSING_FIELD", S1, "“id”"), lambda d: d["steps"][1].pop("id"))
sc("step-id-empty", err("INVALID_VALUE", S1, "“id” is empty"), lambda d: d["steps"][1].update(id=""))
sc("step-id-duplicate", err("DUPLICATE", S2, "“know”", "$.steps[0]", "each step id once"), lambda d: d["steps"][2].update(id="know"))
sc("step-unknown-member", err("INVALID_VALUE", S1, "unknown member “weight”", "level, id, frey"), lambda d: d["steps"][1].update(weight=2))
sc("step-misspelt-member", err("INVALID_VALUE", S1, "unknown member “desciption”"),
   lambda d: d["steps"][1].update(desciption=d["steps"][1].pop("description")))
sc("step-frey-unknown", err("INVALID_VALUE", S0, "“frey” is “friendship”", "networking"), lambda d: d["steps"][0].update(frey="friendship"))
sc("step-frey-number", err("INVALID_TYPE", S0, "“frey” is a number"), lambda d: d["steps"][0].update(frey=1))
sc("step-label-missing-en", err("MISSING_FIELD", S1 + ".label", "“en”"), lambda d: d["steps"][1]["label"].pop("en"))
sc("step-label-array", err("INVALID_TYPE", S1 + ".label", "an array"), lambda d: d["steps"][1].update(label=["a", "b"]))
sc("step-missing-description", err("MISSING_FIELD", S1, "“description”"), lambda d: d["steps"][1].pop("description"))
sc("step-missing-criteria", err("MISSING_FIELD", S1, "“criteria”", "an array"), lambda d: d["steps"][1].pop("criteria"))
sc("step-criteria-object", err("INVALID_TYPE", S1 + ".criteria", "an object"), lambda d: d["steps"][1].update(criteria={}))
sc("step-criteria-empty", err("INVALID_VALUE", S1 + ".criteria", "at least one criterion"), lambda d: d["steps"][1].update(criteria=[]))

# Criteria
sc("criterion-string", err("INVALID_TYPE", C10, "a string", "an object"), lambda d: d["steps"][1].update(criteria=["meetings"]))
sc("criterion-missing-name", err("MISSING_FIELD", C10, "“criterion”"), lambda d: criterion_of(2, 0)(d).pop("criterion"))
sc("criterion-unknown", err("INVALID_VALUE", C10, "unknown criterion “vibes”", "shared-body"),
   lambda d: d["steps"][1].update(criteria=[{"criterion": "vibes"}]))
sc("criterion-any-as-name", err("INVALID_VALUE", C10, "unknown criterion “any”"),
   lambda d: d["steps"][1].update(criteria=[{"criterion": "any"}]))
sc("criterion-uppercase", err("INVALID_VALUE", C10, "“Meetings”"), lambda d: criterion_of(2, 0)(d).update(criterion="Meetings"))
sc("criterion-name-number", err("INVALID_TYPE", C10, "“criterion” is a number"), lambda d: criterion_of(2, 0)(d).update(criterion=2))
sc("criterion-misspelt-parameter", err("INVALID_VALUE", C10, "unknown criterion parameter “minimum”"),
   lambda d: criterion_of(2, 0)(d).update(minimum=3))
sc("criterion-parameter-of-another-kind", err("INVALID_VALUE", C10, "“statuses” does not apply to a criterion “meetings”",
                                             "min, window-days, body-kinds"),
   lambda d: criterion_of(2, 0)(d).update(statuses=["signed"]))
sc("criterion-window-days-on-agreement", err("INVALID_VALUE", C20, "“window-days” does not apply to a criterion “agreement”"),
   lambda d: criterion_of(3, 0)(d).update({"window-days": 30}))
sc("criterion-kinds-on-pooled-resource", err("INVALID_VALUE", C30, "“kinds” does not apply"),
   lambda d: criterion_of(3, 1)(d).update(kinds=["charte"]))
sc("criterion-min-zero", err("INVALID_VALUE", C10, "“min” is 0", "from 1 to 10000"), lambda d: criterion_of(2, 0)(d).update(min=0))
sc("criterion-min-negative", err("INVALID_VALUE", C10, "“min” is -2"), lambda d: criterion_of(2, 0)(d).update(min=-2))
sc("criterion-min-fraction", err("INVALID_VALUE", C10, "1.5"), lambda d: criterion_of(2, 0)(d).update(min=1.5))
sc("criterion-min-huge", err("INVALID_VALUE", C10, "“min”", "10000"), lambda d: criterion_of(2, 0)(d).update(min=1e15))
sc("criterion-min-string", err("INVALID_TYPE", C10, "“min” is a string"), lambda d: criterion_of(2, 0)(d).update(min="2"))
sc("criterion-window-days-zero", err("INVALID_VALUE", C10, "“window-days” is 0"), lambda d: criterion_of(2, 0)(d).update({"window-days": 0}))
sc("criterion-window-days-over-a-century", err("INVALID_VALUE", C10, "36601", "36600"),
   lambda d: criterion_of(2, 0)(d).update({"window-days": 36601}))
sc("criterion-actions-under-way-negative", err("INVALID_VALUE", C20, "“actions-under-way” is -1"),
   lambda d: criterion_of(3, 0)(d).update({"actions-under-way": -1}))
sc("criterion-body-kinds-string", err("INVALID_TYPE", C10 + ".body-kinds", "a string", "an array"),
   lambda d: criterion_of(2, 0)(d).update({"body-kinds": "comite-technique"}))
sc("criterion-body-kinds-unknown", err("INVALID_VALUE", C10 + ".body-kinds[1]", "“Comite Technique” is not a body kind", "comite-technique"),
   lambda d: criterion_of(2, 0)(d).update({"body-kinds": ["bureau", "Comite Technique"]}))
# Criteria may name a model's own kinds, as models may use them.
sc("criterion-body-kinds-own-code", {"ok": True},
   lambda d: criterion_of(2, 0)(d).update({"body-kinds": ["bureau", "conseil-citoyen"]}))
sc("criterion-body-kinds-number", err("INVALID_TYPE", C10 + ".body-kinds[0]", "a number"),
   lambda d: criterion_of(2, 0)(d).update({"body-kinds": [4]}))
sc("criterion-body-kinds-twice", err("DUPLICATE", C10 + ".body-kinds[1]", "“bureau” is listed twice"),
   lambda d: criterion_of(2, 0)(d).update({"body-kinds": ["bureau", "bureau"]}))
sc("criterion-body-kinds-empty", err("INVALID_VALUE", C10 + ".body-kinds", "the list is empty"),
   lambda d: criterion_of(2, 0)(d).update({"body-kinds": []}))
sc("criterion-kinds-territory-kind", err("INVALID_VALUE", C20 + ".kinds[0]", "“PNR” is not an agreement kind", "charte"),
   lambda d: criterion_of(3, 0)(d).update(kinds=["PNR"]))
sc("criterion-statuses-unknown", err("INVALID_VALUE", C20 + ".statuses[1]", "“active” is not an agreement status", "in-force"),
   lambda d: criterion_of(3, 0)(d).update(statuses=["signed", "active"]))
sc("criterion-statuses-uppercase", err("INVALID_VALUE", C20 + ".statuses[0]", "“SIGNED”"),
   lambda d: criterion_of(3, 0)(d).update(statuses=["SIGNED"]))
sc("criterion-signed-by-all-string", err("INVALID_TYPE", C20 + ".signed-by-all", "true or false"),
   lambda d: criterion_of(3, 0)(d).update({"signed-by-all": "yes"}))
sc("criterion-functions-assigned-number", err("INVALID_TYPE", C20 + ".functions-assigned", "a number"),
   lambda d: criterion_of(3, 0)(d).update({"functions-assigned": 1}))
sc("criterion-any-empty", err("INVALID_VALUE", S0 + ".criteria[0]", "“any”", "at least one criterion"),
   lambda d: d["steps"][0].update(criteria=[{"any": []}]))
sc("criterion-any-with-min", err("INVALID_VALUE", S0 + ".criteria[0]", "“any”", "alone"),
   lambda d: criterion_of(1, 0)(d).update(min=2))
sc("criterion-any-object", err("INVALID_TYPE", S0 + ".criteria[0].any", "an object", "an array"),
   lambda d: d["steps"][0].update(criteria=[{"any": {"criterion": "shared-body"}}]))
sc("criterion-any-nested-bad", err("INVALID_VALUE", S0 + ".criteria[0].any[1].any[0]", "“gathering”"),
   lambda d: d["steps"][0].update(criteria=[{"any": [{"criterion": "shared-body"}, {"any": [{"criterion": "gathering"}]}]}]))

# Source files of the atlas compiler (FILE--CASE.json replaces FILE.json)
def source(name, data, expected):
    add("source", name + ".json", data, expected)


def tiny(name):
    with open(os.path.join(HERE, "..", "tiny-source", name + ".json"), encoding="utf-8") as f:
        return json.load(f)


def dump(items):
    return "[\n" + ",\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n]\n"


communes = tiny("communes")
epci = tiny("epci")
ept = tiny("ept")
departements = tiny("departements")
regions = tiny("regions")


def with_commune(index, **changes):
    items = json.loads(json.dumps(communes))
    for k, v in changes.items():
        if v is DROP:
            del items[index][k]
        else:
            items[index][k] = v
    return dump(items)


source("communes--empty", "", err("PARSE", "communes.json", "empty"))
source("communes--object", "{}\n", err("INVALID_TYPE", "communes.json", "$", "an array"))
source("communes--element-number", "[\n1\n]\n", err("INVALID_TYPE", "communes.json", "$[0]", "an object"))
source("communes--truncated", dump(communes)[:1000], err("PARSE", "communes.json"))
source("communes--invalid-utf8", dump(communes).encode()[:200] + b"\xff\xfe" + dump(communes).encode()[200:], err("PARSE", "communes.json", "invalid UTF-8"))
source("communes--missing-code", with_commune(3, code=DROP), err("MISSING_FIELD", "communes.json", "$[3]", "code"))
source("communes--code-too-long", with_commune(3, code="12345678901234567"), err("INVALID_VALUE", "$[3]", "12345678901234567"))
source("communes--code-punctuation", with_commune(3, code="38-563"), err("INVALID_VALUE", "$[3]", "38-563", "letters and digits"))
source("communes--code-number", with_commune(3, code=38563), err("INVALID_TYPE", "$[3]", "code"))
source("communes--population-leading-zero", dump(communes).replace('"population": ', '"population": 0', 1),
       err("PARSE", "communes.json", "$[0].population", "RFC 8259"))
source("communes--population-2p64", with_commune(0, population=2**64),
       err("INVALID_VALUE", "communes.json", "18446744073709551616"))
source("communes--bom-crlf", b"\xef\xbb\xbf" + dump(communes).replace("\n", "\r\n").encode(), {"ok": True})
source("communes--missing-nom", with_commune(3, nom=DROP), err("MISSING_FIELD", "$[3]", "nom"))
source("communes--missing-type", with_commune(3, type=DROP), err("MISSING_FIELD", "$[3]", "type"))
source("communes--missing-departement", with_commune(3, departement=DROP), err("MISSING_FIELD", "$[3]", "departement"))
source("communes--unknown-departement", with_commune(3, departement="99"), err("UNKNOWN_REFERENCE", "$[3]", "99"))
source("communes--unknown-region", with_commune(3, region="99"), err("UNKNOWN_REFERENCE", "$[3]", "99"))
source("communes--duplicate-code", with_commune(3, code=communes[4]["code"]), err("DUPLICATE", communes[4]["code"]))
source("communes--population-negative", with_commune(3, population=-1), err("INVALID_VALUE", "$[3]", "population"))
source("communes--population-huge", with_commune(3, population=1e300), err("INVALID_VALUE", "$[3]", "population"))
source("communes--population-fraction", with_commune(3, population=10.25), err("INVALID_VALUE", "$[3]", "10.25"))
source("communes--population-string", with_commune(3, population="860"), err("INVALID_TYPE", "$[3]", "population"))
source("communes--population-over-limit", with_commune(3, population=2000000000), err("INVALID_VALUE", "$[3]", "2000000000"))
source("communes--siren-number", with_commune(3, siren=213805633), err("INVALID_TYPE", "$[3]", "siren"))
source("communes--duplicate-key", dump(communes).replace('"nom":', '"nom": "x", "nom":', 1), err("DUPLICATE", "nom"))
source("communes--deep-nesting", "[" * 300 + "]" * 300, err("PARSE", "nesting"))
source("communes--none-current", dump([dict(c, type="commune-deleguee", chefLieu=c["code"]) for c in communes
                                         if c["type"] == "commune-actuelle"]),
       err("UNKNOWN_REFERENCE", "epci.json", "membres"))
source("communes--type-unknown", with_commune(3, type="commune-fantome"),
       err("INVALID_VALUE", "$[3]", "commune-fantome", "commune-deleguee"))
source("communes--deleguee-without-commune", with_commune(len(communes) - 1, chefLieu=DROP),
       err("MISSING_FIELD", f"$[{len(communes) - 1}]", "chefLieu"))
source("communes--deleguee-orphan", with_commune(len(communes) - 1, chefLieu="99999"),
       err("UNKNOWN_REFERENCE", f"$[{len(communes) - 1}]", "99999"))
source("communes--former-code-number", with_commune(3, anciensCodes=[38305, "x"]),
       err("INVALID_VALUE", "$[3].anciensCodes[0]", "former code"))
source("communes--former-codes-object", with_commune(3, anciensCodes={"code": "38305"}),
       err("INVALID_TYPE", "$[3].anciensCodes", "an array"))
source("communes--overseas-object-string", with_commune(3, collectiviteOutremer="975"),
       err("INVALID_TYPE", "$[3].collectiviteOutremer", "an object"))
e = json.loads(json.dumps(epci))
e[0]["type"] = "SIVU"
source("epci--unknown-type", dump(e), err("INVALID_VALUE", "epci.json", "$[0]", "SIVU", "CC, CA"))
e = json.loads(json.dumps(epci))
e[0]["modeFinancement"] = "TPU"
source("epci--unknown-regime", dump(e), err("INVALID_VALUE", "$[0]", "TPU", "FPU"))
e = json.loads(json.dumps(epci))
e[1]["membres"][2]["code"] = "99999"
source("epci--member-unknown", dump(e), err("UNKNOWN_REFERENCE", "epci.json", "$[1].membres[2]", "99999"))
e = json.loads(json.dumps(epci))
e[1]["membres"].append(e[0]["membres"][0])
source("epci--commune-in-two", dump(e), err("DUPLICATE", "already belongs", "one EPCI"))
e = json.loads(json.dumps(epci))
e[1]["membres"] = {"code": "38563"}
source("epci--membres-object", dump(e), err("INVALID_TYPE", "$[1].membres", "an array"))
e = json.loads(json.dumps(epci))
del e[1]["membres"]
source("epci--membres-missing", dump(e), err("INVALID_TYPE", "$[1].membres"))
e = json.loads(json.dumps(epci))
e[1]["membres"][0]["populationMunicipale"] = -3
source("epci--member-population-negative", dump(e), err("INVALID_VALUE", "$[1].membres[0]", "populationMunicipale"))
e = json.loads(json.dumps(epci))
e[1]["membres"][0]["populationTotale"] = 1.5
source("epci--member-population-fraction", dump(e), err("INVALID_VALUE", "$[1].membres[0]", "populationTotale"))
e = json.loads(json.dumps(epci))
e[1]["membres"][0] = "38563"
source("epci--member-string", dump(e), err("INVALID_TYPE", "$[1].membres[0]", "an object"))
e = json.loads(json.dumps(epci))
e.append(dict(e[1]))
source("epci--duplicate-code", dump(e), err("DUPLICATE", "243800984"))
e = json.loads(json.dumps(ept))
e[0]["type"] = "CC"
source("ept--wrong-type", dump(e), err("INVALID_VALUE", "ept.json", "$[0]", "EPT"))
source("ept--null", "null\n", err("INVALID_TYPE", "ept.json", "$", "null"))
d = json.loads(json.dumps(departements))
d[0]["region"] = "99"
source("departements--unknown-region", dump(d), err("UNKNOWN_REFERENCE", "99"))
d = json.loads(json.dumps(departements))
del d[0]["region"]
source("departements--missing-region", dump(d), err("MISSING_FIELD", "departements.json", "$[0]", "region"))
r = json.loads(json.dumps(regions))
r.append(dict(r[0]))
source("regions--duplicate-code", dump(r), err("DUPLICATE", "appears twice"))
source("regions--duplicate-key", '[{"code": "84", "code": "11", "nom": "X"}]\n', err("DUPLICATE", "regions.json", ":1:", "code"))
source("source--missing-package", '{"version": "1", "population-year": 2023}\n', err("MISSING_FIELD", "source.json", "package"))
source("source--year-too-old", '{"package": "p", "version": "1", "population-year": 1500}\n', err("INVALID_VALUE", "source.json", "1500"))
source("source--year-string", '{"package": "p", "version": "1", "population-year": "2023"}\n', err("INVALID_TYPE", "population-year"))
source("source--array", "[]\n", err("INVALID_TYPE", "source.json", "$", "an object"))
source("source--version-number", '{"package": "p", "version": 6, "population-year": 2023}\n', err("INVALID_TYPE", "version"))
source("source--millesime-string", '{"package": "p", "version": "1", "millesime": "2026", "population-year": 2023}\n',
       err("INVALID_TYPE", "millesime"))
source("source--member-populations-unknown",
       '{"package": "p", "version": "1", "population-year": 2023, "member-populations": "guess"}\n',
       err("INVALID_VALUE", "member-populations", "guess"))
source("source--missing-members-unknown",
       '{"package": "p", "version": "1", "population-year": 2023, "members-missing-from-communes": "drop"}\n',
       err("INVALID_VALUE", "members-missing-from-communes", "drop"))

# Compiled atlas files, derived from the tiny atlas
def atlas_cases(build_dir):
    with open(os.path.join(build_dir, "tests", "tiny.atlas"), "rb") as f:
        good = f.read()
    header, payload = good[:24], good[24:]
    magic, version, bom, size = struct.unpack("<8sIIQ", header)

    def atlas(name, data, expected):
        add("atlas", name + ".atlas", data, expected)

    def corrupt(*message):
        return err("CORRUPT_ATLAS", "damaged", *message)

    atlas("empty", b"", corrupt("shorter than its header"))
    atlas("short-header", good[:20], corrupt("shorter than its header"))
    atlas("header-only", header, corrupt("size"))
    atlas("truncated", good[: len(good) // 2], corrupt("truncated"))
    atlas("truncated-by-one", good[:-1], corrupt("truncated"))
    atlas("extra-byte", good + b"\0", corrupt("size"))
    atlas("bad-magic", b"COOPATLZ" + good[8:], corrupt("magic"))
    atlas("json-instead", b'{"format": "libcoop-model", "version": 1}\n', corrupt())
    atlas("gzip-instead", b"\x1f\x8b\x08\x00" + good[4:], corrupt("magic"))
    atlas("newer-version", struct.pack("<8sIIQ", magic, version + 1, bom, size) + payload,
          err("UNSUPPORTED_VERSION", f"version {version + 1}", f"reads version {version}"))
    atlas("version-zero", struct.pack("<8sIIQ", magic, 0, bom, size) + payload, err("UNSUPPORTED_VERSION", "version 0"))
    atlas("other-byte-order", struct.pack("<8sIIQ", magic, version, 0x04030201, size) + payload, corrupt("byte order"))
    atlas("size-too-large", struct.pack("<8sIIQ", magic, version, bom, size + 8) + payload, corrupt("size"))
    atlas("size-huge", struct.pack("<8sIIQ", magic, version, bom, 2**64 - 1) + payload, corrupt("size"))
    atlas("payload-zeroed", header + bytes(len(payload)), corrupt())
    rng = random.Random(7)
    atlas("payload-random", header + bytes(rng.randrange(256) for _ in payload), corrupt())
    atlas("payload-reversed", header + payload[::-1], corrupt())

    # Structurally valid payloads with damaged tables, made with GVariant
    # (the time-aware format of libcoop/coop-atlas-format.h, version 3).
    import gi
    from gi.repository import GLib
    mtype = "(a{sv}aua(uiiuuuuuuuqyyyy)a(uii))"
    vtype = "(a{sv}a(uu)a(tt)a(uu)a(uu)aya(uuu)a(ttuq)aya" + mtype + ")"
    value = GLib.Variant.new_from_bytes(GLib.VariantType(vtype), GLib.Bytes(payload), False).unpack()
    meta, ranges, codes, identities, sirens, keys, names, former, strings, millesimes = value
    mmeta, present, records, memberships = millesimes[-1]

    def variant_meta(m):
        return {k: GLib.Variant("s" if isinstance(v, str) else "u", v) for k, v in m.items()}

    def crafted(name, expected, **replace):
        fields = dict(meta=meta, ranges=ranges, codes=codes, identities=identities, sirens=sirens, keys=keys,
                      names=names, former=former, strings=strings, mmeta=mmeta, present=present,
                      records=records, memberships=memberships)
        fields.update(replace)
        mills = fields.get("millesimes")
        if mills is None:
            mills = [(variant_meta(fields["mmeta"]), fields["present"], fields["records"], fields["memberships"])]
        v = GLib.Variant(vtype, (variant_meta(fields["meta"]), fields["ranges"], fields["codes"],
                                 fields["identities"], fields["sirens"], bytes(fields["keys"]), fields["names"],
                                 fields["former"], bytes(fields["strings"]), mills))
        data = v.get_data_as_bytes().get_data()
        atlas(name, struct.pack("<8sIIQ", magic, version, bom, len(data)) + data, expected)

    n = len(identities)
    crafted("no-territory", corrupt("no territory"), identities=[], codes=[], records=[], present=[],
            ranges=[(0, 0)] * len(ranges))
    crafted("kinds-overlap", corrupt("kinds"), ranges=[(0, n)] + list(ranges[1:]))
    crafted("kinds-too-few", corrupt("kinds"), ranges=list(ranges[:-1]))
    crafted("kinds-beyond-end", corrupt("kinds"), ranges=list(ranges[:-1]) + [(ranges[-1][0], n + 5)])
    crafted("codes-missing", corrupt("code table"), codes=list(codes[:-1]))
    crafted("name-keys-unterminated", corrupt("name keys"), keys=bytes(keys) + b"x")
    crafted("no-millesime", corrupt("no millésime"), millesimes=[])
    crafted("millesimes-unordered", corrupt("millésimes"),
            millesimes=[(variant_meta(dict(mmeta, year=2026)), present, records, memberships),
                        (variant_meta(dict(mmeta, year=2020)), present, records, memberships)])
    crafted("records-missing", corrupt("records"), records=list(records[:-1]))
    # These open: every index they hold is checked where it is followed.
    bad = 0xFFFFFFF0
    crafted("memberships-out-of-range", {"ok": True}, memberships=[(bad, p, q) for (_, p, q) in memberships])
    crafted("parents-out-of-range", {"ok": True},
            records=[r[:3] + (bad, bad, bad, bad, bad) + r[8:] for r in records])
    crafted("members-span-beyond", {"ok": True}, records=[r[:8] + (bad, 10) + r[10:] for r in records])
    crafted("members-count-overflow", {"ok": True}, records=[r[:8] + (1, 0xFFFFFFFF) + r[10:] for r in records])
    crafted("members-loop", {"ok": True}, memberships=[(n - 1, p, q) for (_, p, q) in memberships])
    crafted("sirens-out-of-range", {"ok": True}, sirens=[(s, bad) for (s, _) in sirens])
    crafted("sirens-unsorted", {"ok": True}, sirens=list(reversed(sirens)))
    crafted("names-offsets-beyond", {"ok": True}, names=[(bad, t, m) for (_, t, m) in names])
    crafted("names-territories-beyond", {"ok": True}, names=[(o, 0x7FFFFFF0, m) for (o, _, m) in names])
    crafted("codes-unsorted", {"ok": True}, codes=list(reversed(codes)))
    # Refused on open: counts and lists are read from the present list.
    crafted("present-out-of-range", corrupt("not sorted or names a territory"),
            present=[bad for _ in present])
    crafted("present-unsorted", corrupt("not sorted or names a territory"),
            present=list(reversed(present)))
    crafted("former-out-of-range", {"ok": True}, former=[(h, l, bad, y) for (h, l, _, y) in former])
    crafted("former-unsorted", {"ok": True}, former=list(reversed(former)))
    crafted("enums-out-of-range", {"ok": True}, records=[r[:11] + (200, 200, 200, 201) for r in records])
    # Refused on open: a sum of such figures would overflow.
    crafted("populations-negative", corrupt("population out of range"),
            records=[(r[0], -(2**31), -5) + r[3:] for r in records],
            memberships=[(m, -(2**31), 2**31 - 1) for (m, _, _) in memberships])
    crafted("populations-huge", corrupt("population out of range"),
            records=[(r[0], 2**31 - 1, 2**31 - 1) + r[3:] for r in records])
    crafted("memberships-population-huge", corrupt("membership has a population out of range"),
            memberships=[(m, 2**31 - 1, q) for (m, _, q) in memberships])
    crafted("strings-offsets-beyond", {"ok": True}, identities=[(bad, bad) for _ in identities],
            records=[(bad,) + r[1:] for r in records])
    crafted("strings-offsets-shifted", {"ok": True}, identities=[(c + 1, s + 2) for (c, s) in identities],
            records=[(r[0] + 3,) + r[1:] for r in records])
    crafted("strings-unterminated", corrupt("strings"), strings=bytes(strings) + b"x")
    crafted("strings-missing", corrupt("strings"), strings=b"")
    crafted("strings-not-utf8", {"ok": True}, strings=bytes(b if b == 0 else 0xff for b in bytes(strings)))
    crafted("metadata-wrong-types", {"ok": True}, meta={}, mmeta={})


# Proposed distributions of seats (coop seats --check FILE)
def seats(name, data, expected):
    add("seats", name, data, expected)


seats("ok.json", '{\n  "38563": 12,\n  "38565": 4\n}\n', {"ok": True})
seats("ok-bom-crlf.json", b"\xef\xbb\xbf{\r\n  \"38563\": 12,\r\n  \"38565\": 4\r\n}\r\n", {"ok": True})
seats("ok.csv", "commune,seats\n38563,12\n38565,4\n", {"ok": True})
seats("ok-bom-crlf.csv", b"\xef\xbb\xbfcommune,seats\r\n38563,12\r\n38565,4\r\n", {"ok": True})
seats("leading-zero.json", '{\n  "07129": 011\n}\n', err("PARSE", ":2:", "$.07129", "“011”", "RFC 8259"))
seats("hex.json", '{"07129": 0x9}\n', err("PARSE", ":1:", "$.07129", "“0x9”"))
seats("octal-nine.json", '{\n  "07129": 09\n}\n', err("PARSE", ":2:", "“09”"))
seats("2p64.json", '{\n  "07129": 18446744073709551616\n}\n', err("INVALID_VALUE", ":2:", "18446744073709551616 seats", "expected"))
seats("2p63.json", '{"07129": 9223372036854775808}\n', err("INVALID_VALUE", "9223372036854775808 seats"))
seats("fraction.json", '{\n  "07129": 2.5\n}\n', err("INVALID_TYPE", ":2:", "$.07129", "whole number"))
seats("duplicate.json", '{\n  "07129": 2,\n  "07129": 3\n}\n', err("DUPLICATE", "“07129”"))
seats("root-array.json", '[1, 2]\n', err("PARSE", "commune,seats"))
seats("negative.csv", "commune,seats\n07129,-1\n", err("INVALID_TYPE", ":2:", "-1"))
seats("plus.csv", "commune,seats\n07129,+1\n", err("INVALID_TYPE", ":2:", "+1"))
seats("no-header-bom.csv", b"\xef\xbb\xbf07129,2\r\n", err("PARSE", ":1:", "commune,seats"))
seats("invalid-utf8.csv", b"commune,seats\n07129\xff,2\n", err("PARSE", ":2:", "UTF-8"))
seats("huge.csv", "commune,seats\n07129,99999999999999999999999\n", err("INVALID_TYPE", ":2:", "99999999999999999999999"))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    atlas_cases(sys.argv[1])
    manifest_path = os.path.join(HERE, "expected.json")
    manifest = {}
    if os.path.exists(manifest_path):
        with open(manifest_path, encoding="utf-8") as f:
            manifest = json.load(f)
    manifest.update(cases)
    with open(manifest_path, "w", encoding="utf-8") as f:
        json.dump(dict(sorted(manifest.items())), f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"{len(cases)} generated cases, {len(manifest)} in the manifest")


if __name__ == "__main__":
    main()
