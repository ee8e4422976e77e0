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


#: One piece of a big table: its keys in order, and its ``"key":value`` pairs as saved.
Piece = tuple[tuple[str, ...], bytes]


class Pieces:
    """The big tables' pieces as last saved, so a save encodes only what changed.

    A save at 10,000 contacts spent ~37 ms encoding 4 MB of JSON for one changed
    record. With this, a piece is encoded again only when its keys are not, in
    order, where the table now has them (a record added or removed), or when one
    of its records was *touched*: changed in place, which only its owner can say
    (:meth:`touch`; the store touches every record it writes). Everything else is
    copied from the last save's bytes, which are the same as encoding it again.

    Used by one storage, on one thread at a time, like the data it encodes.
    """

    def __init__(self) -> None:
        self._saved: dict[str, list[Piece]] = {}
        self._touched: dict[str, set[str]] = {}
        self._staged: dict[str, list[Piece]] | None = None

    def touch(self, table: str, key: str) -> None:
        """Record ``key`` of ``table`` is about to change in place: encode it again."""
        self._touched.setdefault(table, set()).add(key)

    def seed(self, table: str, pieces: list[Piece]) -> None:
        """``pieces`` are ``table``'s records exactly as memory holds them (just parsed
        from these bytes): the next save may copy them."""
        self._saved[table] = list(pieces)
        self._touched.pop(table, None)

    def forget(self) -> None:
        """Memory was replaced or put back: encode everything at the next save."""
        self._saved.clear()
        self._touched.clear()
        self._staged = None

    def commit(self) -> None:
        """The bytes of the last encoding are on disk: copy from them from now on."""
        if self._staged is not None:
            self._saved = self._staged
        self._staged = None
        self._touched.clear()

    def _encode(self, name: str, table: dict[str, Any]) -> list[Piece]:
        keys = list(table)
        old = self._saved.get(name)
        touched = self._touched.get(name, set())
        out: list[Piece] = []
        at = 0
        if old:
            where = dict(zip(keys, range(len(keys)), strict=True))
            for piece_keys, piece_bytes in old:
                start = where.get(piece_keys[0])
                end = None if start is None else start + len(piece_keys)
                if (start is None or start < at or tuple(keys[start:end]) != piece_keys
                        or not touched.isdisjoint(piece_keys)):
                    continue  # its records are encoded afresh where they now are
                _fresh(table, keys[at:start], out)
                _append(out, (piece_keys, piece_bytes))
                at = start + len(piece_keys)
        _fresh(table, keys[at:], out)
        return out


def _fresh(table: dict[str, Any], keys: list[str], out: list[Piece]) -> None:
    for first in range(0, len(keys), CUT_EVERY):
        chunk = keys[first:first + CUT_EVERY]
        body = _dumps({key: table[key] for key in chunk})[1:-1].encode("utf-8")
        _append(out, (tuple(chunk), body))


def _append(out: list[Piece], piece: Piece) -> None:
    """Add ``piece``, joined to the one before while both fit in one piece: records
    added one save at a time would otherwise leave a piece of one record each."""
    if out and len(out[-1][0]) + len(piece[0]) <= CUT_EVERY:
        keys, body = out[-1]
        out[-1] = (keys + piece[0], body + b"," + piece[1])
    else:
        out.append(piece)


def encode_with_cuts(
    data: dict[str, Any], pieces: Pieces | None = None,
) -> tuple[bytes, dict[str, tuple[int, int]] | None, dict[str, list[int]]]:
    """:func:`encode_tables`, and where each piece of each big table starts (a piece
    is at most :data:`CUT_EVERY` records): a reader can parse such a table a piece
    at a time.

    A table of more records is serialised a piece at a time and joined: the
    bytes are those of ``json.dumps`` of the whole table all the same (the
    pieces are its ``"key":value`` pairs, in order, joined by commas). With
    ``pieces``, those of the last save are copied where they still hold (see
    :class:`Pieces`); call its ``commit`` once these bytes are saved.
    """
    if set(map(type, data)) - {str}:
        return _dumps(data).encode("utf-8"), None, {}
    parts = [b"{"]
    spans: dict[str, tuple[int, int]] = {}
    cuts: dict[str, list[int]] = {}
    staged: dict[str, list[Piece]] = {}
    at = 1
    for number, (name, table) in enumerate(data.items()):
        key_bytes = (("," if number else "") + json.dumps(name, ensure_ascii=False) + ":").encode(
            "utf-8")
        parts.append(key_bytes)
        at += len(key_bytes)
        start = at
        if isinstance(table, dict) and len(table) > CUT_EVERY and set(map(type, table)) == {str}:
            if pieces is not None:
                table_pieces = pieces._encode(name, table)
                staged[name] = table_pieces
            else:
                table_pieces = []
                _fresh(table, list(table), table_pieces)
            starts = []
            parts.append(b"{")
            at += 1
            for count, (_keys, body) in enumerate(table_pieces):
                if count:
                    parts.append(b",")
                    at += 1
                starts.append(at)
                parts.append(body)
                at += len(body)
            parts.append(b"}")
            at += 1
            cuts[name] = starts
        else:
            value_bytes = _dumps(table).encode("utf-8")
            parts.append(value_bytes)
            at += len(value_bytes)
        spans[name] = (start, at)
    parts.append(b"}")
    if pieces is not None:
        pieces._staged = staged
    return b"".join(parts), spans, cuts
