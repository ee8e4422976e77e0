"""The tables of an opened data file that are not parsed (or not checked) yet.

Two kinds of open leave tables for later, both only when the file's index
(``storage.read_table_index``) names the file's exact size and CRC-32, so that each
table's byte span holds that table's JSON value as a save wrote it:

* **lazy** (read-only commands): ``meta`` is parsed and checked at once; every
  other table is parsed and checked record by record on its first use, where a
  damaged one raises :class:`DataFileError`.
* **deferred** (the app): the file is byte for byte what a save of this version
  wrote after checking every record (the index says so), so nothing is to be
  checked; only the two big tables, contacts and events (90 % of a large plan),
  are left unparsed. Opening a plan of 10,000 contacts no longer waits ~45-100 ms
  for their JSON before the first screen; the app parses them in a thread once
  that screen is drawn, a piece of 256 records at a time (:func:`parse_pieces`,
  from the cuts the index names), so the event loop runs meanwhile; or a screen
  that needs them first parses them then. The saves that write the counts a
  deferred open needs write the cuts too: only a table too small to be cut (256
  records or fewer) is parsed in one ``json.loads``.

Every change parses everything first (``Store``): a save writes every table, and
an id is only new against the whole table.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NamedTuple

from netplan_tui.data.encoding import Piece
from netplan_tui.data.schema import (
    CHECKED_BY,
    check_head,
    check_table,
    is_current,
    validate_bytes,
    validate_data,
)
from netplan_tui.data.storage import parse_data, read_data_bytes, read_table_index

#: The tables a deferred open leaves unparsed: the ones that grow with use.
DEFERRED_TABLES = ("contacts", "events")

def parse_pieces(
    raw: bytes, span: tuple[int, int], starts: list[int],
    pause: Callable[[], object] | None = None, pieces: list[Piece] | None = None,
) -> dict[str, Any]:
    """The table at ``span`` of ``raw``, parsed a piece at a time from the index's cuts.

    One ``json.loads`` of 10,000 contacts holds the interpreter lock for its
    whole 45-100 ms, so a thread parsing them would stop the event loop just as
    long. Each piece (``CUT_EVERY`` records) is one ``json.loads``, about 1 ms:
    the lock is handed back between pieces, at the speed of one ``json.loads`` of
    the whole table, and ``pause`` is called after each piece (the app waits there
    while a key is being handled). Raises ``ValueError`` when the cuts do not fall
    between records. ``pieces``, when given, gets each piece's keys and bytes, the
    last save's encoding of what is parsed (``encoding.Pieces``).
    """
    ends = [start - 1 for start in starts[1:]] + [span[1] - 1]
    if raw[span[0]:span[0] + 1] != b"{" or starts[0] != span[0] + 1:
        raise ValueError("the cuts do not match the table")
    table: dict[str, Any] = {}
    for start, end in zip(starts, ends, strict=True):
        if raw[end:end + 1] != (b"}" if end == span[1] - 1 else b","):
            raise ValueError("the cuts do not match the table")
        piece = json.loads(b"{" + raw[start:end] + b"}")
        if not isinstance(piece, dict):
            raise ValueError("a piece is not a table")
        table.update(piece)
        if pieces is not None:
            pieces.append((tuple(piece), raw[start:end]))
        if pause is not None:
            pause()
    return table


class Opened(NamedTuple):
    """What an open read: the data, and the file's bytes when they parse to it."""

    data: dict[str, Any]
    saved: bytes | None


class PendingTables:
    """The tables left for their first use, and how to get each one ready.

    Thread-safe: the app parses in a thread while screens may ask for a table;
    a table is put in the data before it stops being pending, so a change made
    meanwhile (which first waits for every table) never writes without it.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._raw = b""
        self._unparsed: dict[str, tuple[int, int]] = {}
        self._unchecked: dict[str, None] = {}
        self._records: dict[str, int] = {}
        self._cuts: dict[str, list[int]] = {}
        self._lock = threading.Lock()
        #: Given each big table parsed from its pieces, with the pieces' keys and bytes.
        self.on_pieces: Callable[[str, list[Piece]], None] | None = None

    # -- opening ----------------------------------------------------------------------
    def open_lazy(self) -> Opened:
        """Read the file and check ``meta``; with a matching index, parse nothing else.

        The bytes are ``None`` when an older schema was upgraded: then everything
        was parsed and validated here.
        """
        raw = read_data_bytes(self.path)
        if raw is None:
            return Opened({}, None)
        index = read_table_index(self.path, raw)
        if index is not None and "meta" in index.spans:
            start, end = index.spans["meta"]
            data: dict[str, Any] = {"meta": json.loads(raw[start:end])}
            self._unparsed = {name: span for name, span in index.spans.items() if name != "meta"}
            self._cuts = index.cuts
        else:
            data = parse_data(self.path, raw)
        self._raw = raw
        if not check_head(self.path, data):  # an older schema: its upgrade needs every table
            for name, (start, end) in self._unparsed.items():
                data[name] = json.loads(raw[start:end])
            self._raw, self._unparsed = b"", {}
            return Opened(validate_data(self.path, data), None)
        self._unchecked = dict.fromkeys(n for n in [*data, *self._unparsed] if n != "meta")
        return Opened(data, raw)

    def open_deferred(self) -> Opened:
        """What ``validate_file`` gives, with :data:`DEFERRED_TABLES` left unparsed
        when the index vouches for every record (else everything is read and checked)."""
        raw = read_data_bytes(self.path)
        if raw is None:
            return Opened({}, None)
        index = read_table_index(self.path, raw)
        if index is None or index.checked_by != CHECKED_BY or "meta" not in index.spans:
            return Opened(*validate_bytes(self.path, raw))
        later = {name: index.spans[name] for name in DEFERRED_TABLES
                 if name in index.spans and name in index.records}
        data = {name: json.loads(raw[start:end]) for name, (start, end) in index.spans.items()
                if name not in later}
        if not is_current(self.path, data):  # read whole: validate_data upgrades or says why
            return Opened(*validate_bytes(self.path, raw))
        self._raw = raw
        self._unparsed = later
        self._records = {name: index.records[name] for name in later}
        self._cuts = {name: index.cuts[name] for name in later if name in index.cuts}
        return Opened(data, raw)

    # -- first use --------------------------------------------------------------------
    def __contains__(self, table: object) -> bool:
        return table in self._unparsed or table in self._unchecked

    def names(self) -> list[str]:
        """Every table still to be parsed or checked."""
        return list(dict.fromkeys([*self._unparsed, *self._unchecked]))

    @property
    def unparsed(self) -> bool:
        """Whether some table is not in memory yet (nothing may be saved then)."""
        return bool(self._unparsed)

    def count(self, table: str) -> int | None:
        """How many records an unparsed ``table`` holds, as its save's index says."""
        if table in self._unparsed:
            return self._records.get(table)
        return None

    def prepare(
        self, table: str, read: Callable[[], dict[str, Any]],
        pause: Callable[[], object] | None = None,
    ) -> None:
        """Parse and check ``table`` into the data ``read`` returns, if still pending
        (``pause``: see :func:`parse_pieces`)."""
        with self._lock:
            if table not in self:
                return
            data = read()
            span = self._unparsed.get(table)
            if span is not None:
                try:
                    data[table] = self._parse(table, span, pause)
                except (ValueError, RecursionError):
                    # The index matched the file's size and CRC-32, so only a bad disk
                    # gets here: report what reading the whole file says.
                    data[table] = parse_data(self.path, self._raw).get(table)
                del self._unparsed[table]  # only now: the table is in the data
                if not self._unparsed:
                    self._raw = b""
            if table in self._unchecked:
                if table in data:
                    check_table(self.path, table, data[table])
                del self._unchecked[table]

    def _parse(
        self, table: str, span: tuple[int, int], pause: Callable[[], object] | None
    ) -> Any:
        starts = self._cuts.get(table)
        if starts:
            pieces: list[Piece] = []
            try:
                parsed = parse_pieces(self._raw, span, starts, pause, pieces)
            except (ValueError, RecursionError):
                pass  # as without cuts
            else:
                # A key in two pieces (only in a file not written by a save) is kept
                # once in memory; its pieces' bytes would then say something else.
                if (self.on_pieces is not None and all(keys for keys, _ in pieces)
                        and sum(len(keys) for keys, _ in pieces) == len(parsed)):
                    self.on_pieces(table, pieces)
                return parsed
        return json.loads(self._raw[span[0]:span[1]])

    def prepare_all(
        self, tables: Iterable[str] | None, read: Callable[[], dict[str, Any]],
        pause: Callable[[], object] | None = None,
    ) -> None:
        """:meth:`prepare` each of ``tables`` (every pending one when ``None``)."""
        for table in self.names() if tables is None else list(tables):
            self.prepare(table, read, pause)

    def parsed_elsewhere(self) -> None:
        """Memory was read again from the whole file (a revert): nothing is unparsed.
        What was not checked yet still is checked on first use."""
        with self._lock:
            self._unparsed.clear()
            self._raw = b""

    def forget(self) -> None:
        """Nothing is to be read any more: every table was replaced by checked data
        (a restore), or the store is closed (a thread still reading stops)."""
        with self._lock:
            self._unparsed.clear()
            self._unchecked.clear()
            self._raw = b""
