"""Backups of the whole plan, and restoring one after checking it completely.

A backup file is ``{"app": "netplan-tui", "kind": "backup", "schema_version",
"created", "data"}`` where ``data`` is the data file's own content
(:meth:`Store.snapshot`). ``restore`` also accepts a bare data file, such as one
of the automatic daily backups.

Checking is pure (:func:`parse_backup`): it takes bytes and either returns the
data to restore or raises :class:`BackupError` whose message is one sentence
saying what is wrong. Only :func:`write_backup` and :func:`keep_before` write,
each through one atomic write.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from netplan_tui.core.models import SCHEMA_VERSION
from netplan_tui.data.copies import safety_copy
from netplan_tui.data.inputs import MAX_DATA_BYTES, InputTooLarge, read_limited
from netplan_tui.data.outputs import write_output
from netplan_tui.data.schema import TABLE_RECORDS, record_problem, validate_data
from netplan_tui.data.storage import DataFileError

#: The schema's own names, for callers of the first version of this module.
RECORD_TABLES = TABLE_RECORDS
__all__ = ["RECORD_TABLES", "BackupError", "check_data", "parse_backup", "record_problem",
           "restore", "write_backup"]

APP_ID = "netplan-tui"
KIND = "backup"

#: What the restore summary counts, with its words.
COUNTED = (
    ("qualities", "qualities"),
    ("contacts", "contacts"),
    ("goals", "goals"),
    ("events", "progress events"),
    ("reviews", "month reviews"),
)


class BackupError(ValueError):
    """A file that cannot be restored; the message says why in one sentence."""


# ------------------------------------------------------------------ making


def make_backup(snapshot: dict[str, Any], created: datetime) -> dict[str, Any]:
    """The backup document around a :meth:`Store.snapshot`."""
    return {
        "app": APP_ID,
        "kind": KIND,
        "schema_version": SCHEMA_VERSION,
        "created": created.isoformat(timespec="seconds"),
        "data": snapshot,
    }


def to_bytes(document: dict[str, Any]) -> bytes:
    text = json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False)
    return (text + "\n").encode("utf-8")


# ------------------------------------------------------------------ checking


def parse_backup(raw: bytes) -> dict[str, Any]:
    """The data of a backup or data file, fully checked; :class:`BackupError` otherwise."""
    document = _parse_json(raw)
    if "data" in document and ("kind" in document or "app" in document):
        data = _unwrap(document)
    elif "meta" in document:
        data = document
    else:
        raise BackupError("The file is JSON, but neither a netplan-tui backup nor a data file.")
    return check_data(data)


def _parse_json(raw: bytes) -> dict[str, Any]:
    if not raw.strip():
        raise BackupError("The file is empty.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BackupError("The file is not text (it is not UTF-8), so not a backup.") from None
    try:
        document = json.loads(text)
    except RecursionError:
        raise BackupError("The file nests its JSON too deeply to be a backup.") from None
    except json.JSONDecodeError as exc:
        stripped = text.strip()
        if stripped[:1] in "{[" and stripped[-1:] not in "}]":
            raise BackupError(
                f"The file is cut short: its JSON ends early (line {exc.lineno})."
            ) from None
        raise BackupError(
            f"The file is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})."
        ) from None
    if not isinstance(document, dict):
        raise BackupError("The file holds JSON that is not a netplan-tui backup.")
    return document


def _unwrap(document: dict[str, Any]) -> dict[str, Any]:
    if document.get("app") != APP_ID or document.get("kind") != KIND:
        raise BackupError("The file is JSON, but not a netplan-tui backup (wrong app or kind).")
    _check_version(document.get("schema_version"), "backup")
    data = document.get("data")
    if not isinstance(data, dict):
        raise BackupError("The backup's 'data' part is not an object.")
    return data


def _check_version(version: object, what: str) -> None:
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BackupError(f"The {what} has no valid schema version.")
    if version > SCHEMA_VERSION:
        raise BackupError(
            f"The {what} was written by a newer netplan-tui (schema {version}; this version "
            f"reads up to {SCHEMA_VERSION}), so upgrade netplan-tui to restore it."
        )


def check_data(data: dict[str, Any]) -> dict[str, Any]:
    """Check (and migrate) data in the data file's shape; return it ready for ``replace_all``.

    The rules are the store's own (:func:`~netplan_tui.data.schema.validate_data`).
    """
    meta = data.get("meta")
    doc = next(iter(meta.values()), None) if isinstance(meta, dict) and meta else None
    if not isinstance(doc, dict) or doc.get("app") != APP_ID:
        raise BackupError("The data holds no netplan-tui marker, so it is not a netplan-tui plan.")
    _check_version(doc.get("schema_version"), "data")
    try:
        return validate_data(Path("backup"), data)
    except DataFileError as exc:
        raise BackupError(exc.detail.replace("The data file", "The file", 1)) from None


# ------------------------------------------------------------------ summaries


def counts(data: dict[str, Any]) -> dict[str, int]:
    """How many records of each counted kind ``data`` holds."""
    return {table: len(data.get(table) or {}) for table, _ in COUNTED}


def describe_counts(numbers: dict[str, int]) -> str:
    """``"15 qualities, 42 contacts, 11 goals, 30 progress events, 2 month reviews"``."""
    return ", ".join(f"{numbers.get(table, 0)} {words}" for table, words in COUNTED)


# ------------------------------------------------------------------ disk


def read_backup(path: Path) -> dict[str, Any]:
    """:func:`parse_backup` of a file; unreadable files raise :class:`BackupError` too."""
    try:
        raw = read_limited(path, MAX_DATA_BYTES)
    except InputTooLarge as exc:
        raise BackupError(str(exc)) from None
    except FileNotFoundError:
        raise BackupError(f"There is no file {path}.") from None
    except IsADirectoryError:
        raise BackupError(f"{path} is a folder, not a backup file.") from None
    except OSError as exc:
        raise BackupError(f"Cannot read {path} ({exc.strerror or exc}).") from None
    return parse_backup(raw)


def backup_bytes(snapshot: dict[str, Any], created: datetime) -> bytes:
    """The bytes of a backup of ``snapshot`` (``ValueError`` if it cannot be UTF-8 JSON)."""
    return to_bytes(make_backup(snapshot, created))


def write_backup(store: Any, path: Path, created: datetime, *, force: bool = False) -> Path:
    """Write a backup of everything ``store`` holds to ``path`` (see :func:`write_output`)."""
    write_output(path, backup_bytes(store.snapshot(), created), force=force)
    return path


def keep_before(store: Any, now: datetime, reason: str = "restore") -> Path:
    """Copy the data about to be replaced to a safety copy in the backups folder.

    Named by the one scheme of :data:`~netplan_tui.data.copies.SAFETY_COPY`;
    the copy is a data file, so ``restore`` and the recovery screen both accept it.
    """
    return safety_copy(store.data_dir, store.saved_bytes(), reason, now)


def restore(store: Any, data: dict[str, Any], now: datetime) -> Path:
    """Keep a copy of the current data, then replace it with ``data`` (already checked).

    Returns the path of the copy. If the copy cannot be written, nothing is replaced.
    """
    kept = keep_before(store, now, "restore")
    store.replace_all(data, checked=True)
    return kept
