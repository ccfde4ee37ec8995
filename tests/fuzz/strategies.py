"""Hostile inputs for every parser of user files: mutated real documents and raw junk.

Each strategy starts from a document the app itself would accept and breaks
it one way at a time: a value replaced by anything JSON or TOML can hold
(wrong types, huge numbers and strings, deep nesting, odd time zones, RTL and
control text), a key dropped or added, or the bytes themselves cut, prefixed
with a BOM or mangled.
"""

from __future__ import annotations

import json
from typing import Any

import hypothesis.strategies as st

ODD_TIMES = ["2026-05-04T07:30:00+14:00", "2026-05-04T07:30:00-12:00", "2026-05-04T07:30:00+05:45",
             "2026-05-04T07:30:00Z", "2026-05-04T07:30:00", "0001-01-01T00:00:00+00:00",
             "9999-12-31T23:59:59+00:00", "2026-02-30T07:30:00+00:00", "2026-05-04 07:30+01:00", "yesterday"]
ODD_TEXT = ["\u202eleft\u202c", "שריר התאומים", "عضلة الساق", "\ufeffname", "a\x00b", "\u0000",
            "x" * 100_000, "🦵" * 50, "\ud7ff", " ", "", "\n\t"]

_text = st.text(max_size=40) | st.sampled_from(ODD_TEXT) | st.sampled_from(ODD_TIMES)
_numbers = (st.integers(-2**70, 2**70) | st.floats(allow_nan=False, allow_infinity=False)
            | st.sampled_from([0, -1, 1e308, -1e308, 5e-324, 10**40, 604801, 2**63]))
_scalars = st.none() | st.booleans() | _numbers | _text
json_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path to a value inside ``value`` (the document itself is the empty path)."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, prefix + (index,))
    return found


def _deep(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = [value]
    return value


@st.composite
def mutated(draw, document: dict) -> Any:
    """``document`` with one to three of its values replaced, dropped or joined by an extra key.

    Nesting made here stays under Python's recursion limit so the test can write
    the file; ``mangled_bytes`` brings the far deeper kind.
    """
    document = json.loads(json.dumps(document))
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(document)
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(["replace", "replace", "drop", "add", "deep"]))
        if not path:
            if action in ("replace", "deep"):
                document = draw(json_values) if action == "replace" else _deep(draw(st.integers(1, 200)))
            continue
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        if action == "replace":
            parent[last] = draw(json_values)
        elif action == "deep":
            parent[last] = _deep(draw(st.integers(1, 200)))
        elif action == "drop":
            del parent[last]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=12))] = draw(json_values)
        else:
            parent.append(draw(json_values))
    return document


@st.composite
def mangled_bytes(draw, text: str) -> bytes:
    """The file's bytes cut short, prefixed with a BOM, with junk spliced in, or as another encoding."""
    raw = text.encode("utf-8")
    action = draw(st.sampled_from(["cut", "bom", "splice", "utf16", "junk", "nan", "deep"]))
    if action == "deep":  # nesting far past Python's recursion limit, in JSON and in TOML
        depth = draw(st.integers(900, 100_000))
        nest = b"[" * depth + b"1" + b"]" * depth
        return draw(st.sampled_from([nest, b"a = " + nest, b'{"sessions": ' + nest + b"}"]))
    if action == "cut":
        return raw[:draw(st.integers(0, max(0, len(raw) - 1)))]
    if action == "bom":
        return b"\xef\xbb\xbf" + raw
    if action == "splice":
        at = draw(st.integers(0, len(raw)))
        return raw[:at] + draw(st.binary(max_size=16)) + raw[at:]
    if action == "utf16":
        return text.encode("utf-16")
    if action == "nan":
        word = draw(st.sampled_from([b"NaN", b"Infinity", b"-Infinity", b"nan", b"inf", b"-inf", b"1e999",
                                     b"9" * 5000]))
        return raw.replace(b"600", word, 1).replace(b"30", word, 1)
    return draw(st.binary(max_size=200))
