"""How a plan is written as JSON: one ``json.dumps``, and where each table lies in it.

The data file is compact UTF-8 JSON. Text that is not valid Unicode and numbers
that are not finite are refused, so what is saved can always be read back,
backed up and exported. The spans and cuts computed here go into the table
index (``storage.write_index``), so a reader can parse one table, or one piece
of a big table, without the rest.
"""

from __future__ import annotations

import json
from typing import Any


def encode_data(data: dict[str, Any]) -> bytes:
    """Serialise ``data`` to UTF-8 JSON. Raises ``TypeError``/``ValueError`` if it cannot.

    ``NaN`` and infinities are refused (they are not JSON), and so is text that
    is not valid Unicode (a lone surrogate cannot be UTF-8): what is saved can
    always be read back, backed up and exported.
    """
    return encode_tables(data)[0]


def encode_tables(data: dict[str, Any]) -> tuple[bytes, dict[str, tuple[int, int]] | None]:
    """:func:`encode_data`, and where each table's value lies in the bytes.

    The bytes are those of one ``json.dumps`` of ``data``; the spans are
    ``(start, end)`` byte offsets of each table's JSON value (``None`` when a
    table name is not text, which ``json.dumps`` would turn into text).
    """
    payload, spans, _cuts = encode_with_cuts(data)
    return payload, spans


#: Records per piece of a big table in the index's ``cuts`` (about 1 ms to parse).
CUT_EVERY = 256


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def encode_with_cuts(
    data: dict[str, Any],
) -> tuple[bytes, dict[str, tuple[int, int]] | None, dict[str, list[int]]]:
    """:func:`encode_tables`, and where every :data:`CUT_EVERY`-th record of each big
    table starts: a reader can parse such a table a piece at a time.

    A table of more records is serialised a piece at a time and joined: the
    bytes are those of ``json.dumps`` of the whole table all the same (the
    pieces are its ``"key":value`` pairs, in order, joined by commas).
    """
    if not all(type(name) is str for name in data):
        return _dumps(data).encode("utf-8"), None, {}
    parts = [b"{"]
    spans: dict[str, tuple[int, int]] = {}
    cuts: dict[str, list[int]] = {}
    at = 1
    for number, (name, table) in enumerate(data.items()):
        key_bytes = (("," if number else "") + json.dumps(name, ensure_ascii=False) + ":").encode(
            "utf-8")
        parts.append(key_bytes)
        at += len(key_bytes)
        start = at
        if (isinstance(table, dict) and len(table) > CUT_EVERY
                and all(type(key) is str for key in table)):
            items = list(table.items())
            starts = []
            parts.append(b"{")
            at += 1
            for first in range(0, len(items), CUT_EVERY):
                piece = _dumps(dict(items[first:first + CUT_EVERY]))[1:-1].encode("utf-8")
                if first:
                    parts.append(b",")
                    at += 1
                starts.append(at)
                parts.append(piece)
                at += len(piece)
            parts.append(b"}")
            at += 1
            cuts[name] = starts
        else:
            value_bytes = _dumps(table).encode("utf-8")
            parts.append(value_bytes)
            at += len(value_bytes)
        spans[name] = (start, at)
    parts.append(b"}")
    return b"".join(parts), spans, cuts
