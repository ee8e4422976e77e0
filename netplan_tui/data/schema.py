"""The shape of a netplan-tui data file: its tables, their records, and upgrades.

One list of tables, one validator and one list of migrations, used by the
store when it opens a file, by restore and by the backups.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from netplan_tui.core.models import (
    SCHEMA_VERSION,
    Contact,
    Goal,
    MonthReview,
    Plan,
    ProgressEvent,
    Quality,
    Record,
)
from netplan_tui.data.storage import DataFileError

APP_ID = "netplan-tui"
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


# ------------------------------------------------------------------- field types
_SCALARS = (str, int, float, bool, type(None))


Checker = Callable[[Any], bool]


def _scalars_only(values: Iterable[Any]) -> bool:
    return all(isinstance(v, _SCALARS) for v in values)


def _checker(hint: Any) -> Checker:
    """A function telling whether a value (from JSON) can stand for a field annotated ``hint``.

    Numbers are interchangeable (an ``int`` field holding ``2.0`` harms nothing);
    text must be text and containers must be the right container of plain values.
    Built once per field: validating 10,000 records calls only these closures.
    """
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        parts = [_checker(arg) for arg in typing.get_args(hint)]
        return lambda value: any(part(value) for part in parts)
    if hint is type(None):
        return lambda value: value is None
    if hint in (int, float, bool):
        return lambda value: isinstance(value, (int, float))
    if hint is str:
        return lambda value: isinstance(value, str)
    if origin is list:
        return lambda value: isinstance(value, list) and _scalars_only(value)
    if origin is dict:
        return lambda value: (
            isinstance(value, dict)
            and all(isinstance(k, str) for k in value)
            and _scalars_only(value.values())
        )
    return lambda value: True


def _type_ok(value: Any, hint: Any) -> bool:
    """Whether ``value`` can stand for a field annotated ``hint`` (see :func:`_checker`)."""
    return _checker(hint)(value)


_CHECKERS: dict[type[Record], dict[str, Checker]] = {}


def _checkers(cls: type[Record]) -> dict[str, Checker]:
    if cls not in _CHECKERS:
        hints = typing.get_type_hints(cls)
        _CHECKERS[cls] = {
            k: _checker(v) for k, v in hints.items() if typing.get_origin(v) is not typing.ClassVar
        }
    return _CHECKERS[cls]


def field_problem(cls: type[Record], doc: dict[str, Any]) -> str | None:
    """The first field of ``doc`` whose value does not fit ``cls``, or ``None``."""
    checkers = _checkers(cls)
    for key, value in doc.items():
        check = checkers.get(key)
        if check is not None and not check(value):
            return f"{key}={type(value).__name__}"
    return None


# ------------------------------------------------------------------- validation
def _check_shapes(path: Path, data: dict[str, Any]) -> None:
    for name in TABLES:
        if name not in data:
            continue
        table = data[name]
        if not isinstance(table, dict) or not all(
            isinstance(k, str) and k.isascii() and k.isdigit() and isinstance(v, dict)
            for k, v in table.items()
        ):
            raise DataFileError(
                path, "foreign", f"The data file's '{name}' part has the wrong shape."
            )
        cls = TABLE_RECORDS.get(name)
        if cls is None:
            continue
        for doc_id, doc in table.items():
            problem = field_problem(cls, doc)
            if problem is not None:
                raise DataFileError(
                    path,
                    "foreign",
                    f"The data file's '{name}' part has a value of the wrong type "
                    f"(record {doc_id}: {problem}).",
                )


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


def validate_data(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """Check that ``data`` is a netplan-tui plan this version can use; migrate it.

    ``{}`` (a file not written yet) is valid. Raises :class:`DataFileError` for
    foreign data (another app's JSON, tables or fields of the wrong shape) and
    for data of a newer schema. Older data goes through :data:`MIGRATIONS`.
    """
    if not data:
        return data
    version = _schema_version(path, data)
    _check_shapes(path, data)
    if version < SCHEMA_VERSION:
        data = _migrate(path, data, version)
        _check_shapes(path, data)
    return data

