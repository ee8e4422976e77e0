"""The shape of a netplan-tui data file: its tables, their records, and upgrades.

One list of tables, one validator and one list of migrations, used by the
store when it opens a file, by restore and by the backups.
"""

from __future__ import annotations

import json
import math
import re
import types
import typing
from collections.abc import Callable
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

from netplan_tui import __version__
from netplan_tui.core.models import (
    HOURS_MAX,
    HOURS_MIN,
    SCHEMA_VERSION,
    STRENGTH_MAX,
    STRENGTH_MIN,
    TARGET_MAX,
    TARGET_MIN,
    Contact,
    Goal,
    MonthReview,
    Plan,
    ProgressEvent,
    Quality,
    Record,
)
from netplan_tui.data.storage import (
    DataFileError,
    index_checked_by,
    parse_data,
    read_data_bytes,
)

APP_ID = "netplan-tui"
#: The rules a record passes before it is stored and when a file is read: a save
#: names them in its index (see :func:`validate_file`). Each release names its own,
#: so a file saved by another version is checked whole when read.
CHECKED_BY = f"{APP_ID} {__version__}, schema {SCHEMA_VERSION}"
TABLES = ("meta", "settings", "plan", "qualities", "contacts", "goals", "events", "reviews")

#: The record type kept in each table (``meta`` and ``settings`` hold free dicts).
TABLE_RECORDS: dict[str, type[Record]] = {
    "plan": Plan,
    "qualities": Quality,
    "contacts": Contact,
    "goals": Goal,
    "events": ProgressEvent,
    "reviews": MonthReview,
}

#: Upgrades of older files: ``MIGRATIONS[n]`` turns version ``n`` data into ``n + 1``.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


# ------------------------------------------------------------------- field rules
#: Fields that hold an ISO date (or nothing), and fields that hold a ``YYYY-MM`` month.
DATE_FIELDS = frozenset({"last_contact", "first_contact", "done_on", "deadline", "created",
                         "day", "reviewed_on"})
MONTH_FIELDS = frozenset({"month"})
_MONTH_RE = re.compile(r"\d{4}-(0[1-9]|1[0-2])\Z")

#: Record numbers as TinyDB writes them: no sign, no leading zero, at most 16 digits.
_DOC_ID = re.compile(r"[1-9][0-9]{0,15}\Z")

#: The largest whole number any field holds (JSON numbers stay exact below 2**53).
INT_LIMIT = 2**53 - 1
COUNT_MAX = 1_000_000

#: Ranges of numeric fields, inclusive; other whole numbers are 0 to INT_LIMIT
#: (``delta`` may be negative), other numbers any finite value.
RANGES: dict[str, tuple[float, float]] = {
    "Plan.weekly_hours": (HOURS_MIN, HOURS_MAX),
    "Quality.target": (TARGET_MIN, TARGET_MAX),
    "Contact.strength": (STRENGTH_MIN, STRENGTH_MAX),
    "Goal.target": (0, COUNT_MAX),
    "Goal.progress": (0, COUNT_MAX),
    "ProgressEvent.progress": (0, COUNT_MAX),
    "ProgressEvent.delta": (-COUNT_MAX, COUNT_MAX),
}

#: How deep a value of a field this version does not know may nest.
UNKNOWN_DEPTH = 3

Check = Callable[[Any], bool]


def text_ok(value: object) -> bool:
    """Text that is valid Unicode (no lone surrogate), so it can be written as UTF-8."""
    if not isinstance(value, str):
        return False
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _number_check(kind: type, low: float, high: float) -> Check:
    if kind is int:
        return lambda v: type(v) is int and low <= v <= high
    # a float field: whole numbers are numbers too; NaN fails the comparison
    return lambda v: (type(v) is int or type(v) is float) and low <= v <= high


def _range_of(cls: type[Record], name: str, kind: type) -> tuple[float, float]:
    found = RANGES.get(f"{cls.__name__}.{name}")
    if found is not None:
        return found
    if kind is int:
        return (-INT_LIMIT if name == "delta" else 0, INT_LIMIT)
    return (-1e300, 1e300)  # finite


def _text(value: Any) -> bool:
    return type(value) is str and (value.isascii() or text_ok(value))


def _check(cls: type[Record], name: str, hint: Any) -> Check:
    """A fast test of a value (from JSON) for the field ``name`` annotated ``hint``.

    Built once per field, without generators for the common shapes: validating
    50,000 records calls only these closures.
    """
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        parts = [_check(cls, name, arg) for arg in args]
        if len(parts) == 1 and len(args) < len(typing.get_args(hint)):
            only = parts[0]
            return lambda value: value is None or only(value)
        return lambda value: any(part(value) for part in parts) or (
            value is None and type(None) in typing.get_args(hint)
        )
    if hint is type(None):
        return lambda value: value is None
    if hint is bool:
        return lambda value: type(value) is bool
    if hint in (int, float):
        return _number_check(hint, *_range_of(cls, name, hint))
    if hint is str:
        if name in DATE_FIELDS:
            return lambda value: type(value) is str and (value == "" or _is_date(value))
        if name in MONTH_FIELDS:
            return lambda value: type(value) is str and _MONTH_RE.match(value) is not None
        return _text
    if origin is list:
        return lambda value: type(value) is list and all(map(_text, value))
    if origin is dict:
        return lambda value: type(value) is dict and all(map(_text, value)) and all(
            map(_text, value.values())
        )
    return lambda value: plain(value)


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def plain(value: object, depth: int = UNKNOWN_DEPTH) -> bool:
    """A JSON value this version can keep without knowing it: valid text, finite
    numbers, and lists or maps of those nested at most ``depth`` levels."""
    if value is None or type(value) is bool:
        return True
    if type(value) is int:
        return -INT_LIMIT <= value <= INT_LIMIT
    if type(value) is float:
        return math.isfinite(value)
    if isinstance(value, str):
        return text_ok(value)
    if depth <= 0:
        return False
    if isinstance(value, list):
        return all(plain(v, depth - 1) for v in value)
    if isinstance(value, dict):
        return all(text_ok(k) and plain(v, depth - 1) for k, v in value.items())
    return False


_CHECKS: dict[type[Record], dict[str, Check]] = {}


def _checks(cls: type[Record]) -> dict[str, Check]:
    found = _CHECKS.get(cls)
    if found is None:
        hints = typing.get_type_hints(cls)
        found = _CHECKS[cls] = {
            f.name: _check(cls, f.name, hints[f.name]) for f in fields(cls)  # type: ignore[arg-type]
        }
    return found


def record_problem(cls: type[Record], record: dict[str, Any]) -> str:
    """What is wrong with one stored record of type ``cls`` ('' when nothing).

    Missing fields take their defaults; fields this version does not know are
    kept when they are plain values (:func:`plain`).
    """
    checks = _checks(cls)
    for name, value in record.items():
        check = checks.get(name)
        if check is None:
            if not (text_ok(name) and plain(value)):
                return f"the unknown field {_show(name)} holds a value that cannot be kept"
        elif not check(value):
            return _why(cls, name, value)
    return ""


def field_problem(cls: type[Record], doc: dict[str, Any]) -> str | None:
    """:func:`record_problem` as ``None`` when nothing is wrong (the store's spelling)."""
    return record_problem(cls, doc) or None


def _show(value: object) -> str:
    try:
        shown = json.dumps(value, ensure_ascii=True, allow_nan=True)
    except (TypeError, ValueError, RecursionError):
        shown = type(value).__name__
    return shown if len(shown) <= 30 else shown[:29] + "…"


def _why(cls: type[Record], name: str, value: object) -> str:
    hint = typing.get_type_hints(cls)[name]
    shown = _show(value)
    if name in DATE_FIELDS and isinstance(value, str):
        return f"'{name}' should be a date (YYYY-MM-DD), not {shown}"
    if name in MONTH_FIELDS and isinstance(value, str):
        return f"'{name}' should be a month (YYYY-MM), not {shown}"
    words = _words(hint)
    kinds = [a for a in typing.get_args(hint) or (hint,) if a is not type(None)]
    if len(kinds) == 1 and kinds[0] in (int, float) and name in {
        key.split(".", 1)[1] for key in RANGES if key.startswith(f"{cls.__name__}.")
    }:
        low, high = _range_of(cls, name, kinds[0])
        words += f" (from {_number(low)} to {_number(high)})"
    elif len(kinds) == 1 and kinds[0] in (int, float):
        words += " (finite, not too large)"
    elif kinds and all(k is str or typing.get_origin(k) in (list, dict) for k in kinds):
        words += " (valid Unicode)"
    return f"'{name}' should be {words}, not {shown}"


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:g}"


_TYPE_WORDS = {bool: "true or false", int: "a whole number", float: "a number", str: "text"}


def _words(expected: Any) -> str:
    origin = typing.get_origin(expected)
    args = typing.get_args(expected)
    if origin in (typing.Union, types.UnionType):
        named = [_words(a) for a in args if a is not type(None)]
        empty = " or empty" if type(None) in args else ""
        return " or ".join(named) + empty
    if origin is list:
        return f"a list of {_words(args[0]).removeprefix('a ')}"
    if origin is dict:
        return "a map of text to text"
    return _TYPE_WORDS.get(expected, str(expected))


def describe(table: str, doc_id: str, record: object) -> str:
    """How a message names a record: ``In 'contacts', record 3 ("Ana")``."""
    if table == "plan":
        return "The plan"
    label = record.get("name") or record.get("text") if isinstance(record, dict) else None
    named = f" ({_show(label)[:40]})" if isinstance(label, str) else ""
    return f"In '{table}', record {_show(doc_id) if not _DOC_ID.match(doc_id) else doc_id}{named}"


def table_problem(data: dict[str, Any]) -> str:
    """The first problem of ``data``'s tables, in one sentence without its full stop ('' if none).

    Every table is a map of record numbers to records; records of the typed
    tables pass :func:`record_problem`, those of ``meta`` and ``settings`` and of
    tables this version does not know hold plain values (:func:`plain`).
    """
    for name, table in data.items():
        problem = one_table_problem(name, table)
        if problem:
            return problem
    return ""


def one_table_problem(name: str, table: object) -> str:
    """:func:`table_problem` for the one table ``name`` (the same sentence, '' if none)."""
    if not text_ok(name):
        return "The data has a part whose name is not valid Unicode"
    if not isinstance(table, dict):
        return f"The data's '{name}' part has the wrong shape"
    cls = TABLE_RECORDS.get(name)
    for doc_id, doc in table.items():
        if not isinstance(doc, dict):
            return f"The data's '{name}' part has the wrong shape"
        if not _DOC_ID.match(doc_id):
            return (f"{describe(name, doc_id, doc)}: the record number should be a "
                    "whole number from 1, written without leading zeros")
        problem = (record_problem(cls, doc) if cls is not None
                   else "" if plain(doc) else "it holds a value that cannot be kept")
        if problem:
            return f"{describe(name, doc_id, doc)}: {problem}"
    return ""


def check_table(path: Path, name: str, table: object) -> None:
    """Raise :class:`DataFileError` ("foreign") when the table ``name`` has a bad record.

    The per-table part of :func:`validate_data`, for a store that checks each
    table when it is first used (:meth:`~netplan_tui.data.store.Store.open_lazy`).
    """
    problem = one_table_problem(name, table)
    if problem:
        raise DataFileError(path, "foreign", f"{problem}.")


def check_head(path: Path, data: dict[str, Any]) -> bool:
    """The part of :func:`validate_data` that needs only ``meta``: whether the tables'
    records may be checked one table at a time.

    Raises :class:`DataFileError` for foreign data and for a newer schema. Returns
    ``False`` for data of an older schema: its upgrade needs every table, so the
    caller validates all of it with :func:`validate_data`.
    """
    if not data:
        return True
    if _schema_version(path, data) < SCHEMA_VERSION:
        return False
    check_table(path, "meta", data["meta"])
    return True


def _check_shapes(path: Path, data: dict[str, Any]) -> None:
    problem = table_problem(data)
    if problem:
        raise DataFileError(path, "foreign", f"{problem}.")


def _schema_version(path: Path, data: dict[str, Any]) -> int:
    meta = data.get("meta")
    doc = None
    if isinstance(meta, dict) and meta:
        doc = next(iter(meta.values()))
    if not isinstance(doc, dict) or doc.get("app") != APP_ID:
        raise DataFileError(path, "foreign", "The data file is JSON, but not a netplan-tui plan.")
    version = doc.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise DataFileError(path, "foreign", "The data file has no valid schema version.")
    if version > SCHEMA_VERSION:
        raise DataFileError(
            path,
            "newer",
            f"The data file was written by a newer netplan-tui (schema {version}; "
            f"this version reads up to {SCHEMA_VERSION}). Upgrade netplan-tui to open it.",
        )
    return version


def _migrate(path: Path, data: dict[str, Any], version: int) -> dict[str, Any]:
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise DataFileError(
                path, "foreign", f"No upgrade is known from schema {version} of the data file."
            )
        try:
            data = step(data)
        except Exception as exc:  # noqa: BLE001 - a failed upgrade must not lose the file
            raise DataFileError(
                path, "foreign", f"Upgrading the data file from schema {version} failed ({exc})."
            ) from None
        version += 1
        data["meta"] = {"1": {"app": APP_ID, "schema_version": version}}
    return data


def validate_file(path: Path) -> tuple[dict[str, Any], bytes | None]:
    """:func:`validate_data` of the data file at ``path`` (``{}`` when there is none),
    and the file's bytes when the data was read from them unchanged (no upgrade on
    the way): the store keeps them as what is on disk instead of serialising the
    plan again (about 100 ms of opening at 10,000 contacts).

    A file byte for byte as a save of this version wrote it (its index names the
    file's size and CRC-32, and :data:`CHECKED_BY`) is not checked record by
    record again: each of its records passed these same rules before it was
    stored (``Store._fields``), which was 150 ms of opening at 10,000 contacts. A
    file changed since in any way (by hand, by damage, by another version) is
    checked whole.
    """
    raw = read_data_bytes(path)
    if raw is None:
        return {}, None
    return validate_bytes(path, raw)


def is_current(path: Path, data: dict[str, Any]) -> bool:
    """Whether ``data`` names this version's schema (``False`` for anything wrong with
    it: :func:`validate_data` says what)."""
    try:
        return _schema_version(path, data) == SCHEMA_VERSION
    except DataFileError:
        return False


def validate_bytes(path: Path, raw: bytes) -> tuple[dict[str, Any], bytes | None]:
    """:func:`validate_file` of ``raw``, the bytes just read from the data file ``path``."""
    data = parse_data(path, raw)
    current = is_current(path, data)
    if current and index_checked_by(path, raw) == CHECKED_BY:
        return data, raw
    return validate_data(path, data), raw if current else None


def validate_data(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """Check that ``data`` is a netplan-tui plan this version can use; migrate it.

    ``{}`` (a file not written yet) is valid. Raises :class:`DataFileError` for
    foreign data (another app's JSON, tables or fields of the wrong shape, values
    out of range, not finite or not valid Unicode) and for data of a newer
    schema. Older data goes through :data:`MIGRATIONS` and is checked once
    migrated. The one validator of the store, restore and the backups.
    """
    if not data:
        return data
    version = _schema_version(path, data)
    if version < SCHEMA_VERSION:
        data = _migrate(path, data, version)
    _check_shapes(path, data)
    return data
