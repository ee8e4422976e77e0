"""Copies of the data file: the daily backups, listing them, setting a damaged file aside,
and putting a backup in its place.
"""

from __future__ import annotations

import os
import re
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

from netplan_tui.data import paths
from netplan_tui.data.encoding import encode_data
from netplan_tui.data.inputs import MAX_DATA_BYTES, InputTooLarge, read_limited
from netplan_tui.data.lock import _STORES, _lock_key, locked
from netplan_tui.data.schema import validate_data
from netplan_tui.data.storage import (
    DataFileError,
    atomic_write_bytes,
    chmod_private,
    fsync_dir,
    parse_data,
)

BACKUPS_KEPT = 14

#: Names of automatic daily backups: ``netplan-YYYY-MM-DD.json``.
AUTO_BACKUP = re.compile(r"^netplan-(\d{4}-\d{2}-\d{2})\.json$")

#: Safety copies kept before data is replaced, one scheme for every path (restore
#: from the command line or the recovery screen, ``demo --force``):
#: ``backups/netplan-before-<reason>-YYYYMMDD-HHMMSS.json`` (``-2``, ``-3``... if taken).
SAFETY_COPY = "netplan-before-{reason}-{now:%Y%m%d-%H%M%S}"


# ------------------------------------------------------------------ backups and recovery
def _backup_sort_key(path: Path) -> tuple[str, float, str]:
    match = AUTO_BACKUP.match(path.name)
    try:
        mtime = path.stat().st_mtime
    except OSError:
        mtime = 0.0
    day = match.group(1) if match else datetime.fromtimestamp(mtime).date().isoformat()
    return (day, mtime if not match else 0.0, path.name)


def list_backups(data_dir: Path) -> list[Path]:
    """Backups in the backup folder, newest first.

    Automatic ones are ``netplan-YYYY-MM-DD.json`` and are ordered by that date;
    other ``*.json`` files there (kept copies, manual backups) by their time.
    """
    folder = paths.backup_dir(data_dir)
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob("*.json") if p.is_file()]
    return sorted(files, key=_backup_sort_key, reverse=True)


def prune_backups(data_dir: Path, keep: int = BACKUPS_KEPT) -> list[Path]:
    """Delete automatic backups beyond the newest ``keep``; other files stay."""
    auto = [p for p in list_backups(data_dir) if AUTO_BACKUP.match(p.name)]
    removed = []
    for old in auto[keep:]:
        try:
            old.unlink()
            removed.append(old)
        except OSError:
            pass
    return removed


def check_file(path: Path) -> dict[str, Any]:
    """Raise :class:`DataFileError` unless ``path`` holds a usable plan; return its data."""
    try:
        raw = read_limited(path, MAX_DATA_BYTES)
    except InputTooLarge as exc:
        raise DataFileError(Path(path), "unreadable", str(exc)) from None
    except OSError as exc:
        raise DataFileError(
            Path(path), "unreadable", f"Cannot read {path} ({exc.strerror or exc})."
        ) from None
    return validate_data(Path(path), parse_data(Path(path), raw))


def newest_good_backup(data_dir: Path) -> Path | None:
    """The newest backup that holds a usable plan (damaged ones are skipped)."""
    for candidate in list_backups(data_dir):
        try:
            check_file(candidate)
        except DataFileError:
            continue
        return candidate
    return None


def _free_name(folder: Path, stem: str) -> Path:
    target = folder / f"{stem}.json"
    n = 1
    while target.exists() or target.is_symlink():
        n += 1
        target = folder / f"{stem}-{n}.json"
    return target


def quarantine(data_dir: Path, now: datetime | None = None) -> Path | None:
    """Rename a damaged data file aside (never overwritten) and return its new path.

    A symlinked data file keeps its link: the link's target is moved aside and
    the next save creates it again.
    """
    data_dir = Path(data_dir)
    source = paths.data_file(data_dir)
    if not source.exists() and not source.is_symlink():
        return None
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    with locked(data_dir):
        target = _free_name(data_dir, f"netplan.damaged-{stamp}")
        real = Path(os.path.realpath(source))
        if real == source:
            os.rename(source, target)
        elif real.exists():
            try:
                os.rename(real, target)
            except OSError:  # another file system: copy, make durable, then remove
                shutil.copy2(real, target)
                os.unlink(real)
        else:
            return None  # a dangling link: nothing to keep
        chmod_private(target)  # it holds the plan, whatever its old mode was
        fsync_dir(target.parent)
        return target


def safety_copy(data_dir: Path, payload: bytes, reason: str, now: datetime) -> Path:
    """Keep ``payload`` (data about to be replaced) as a :data:`SAFETY_COPY`; return its path.

    The copy is a data file, so ``restore`` and the recovery screen both accept it.
    """
    folder = paths.ensure_private_dir(paths.backup_dir(Path(data_dir)))
    target = _free_name(folder, SAFETY_COPY.format(reason=reason, now=now))
    atomic_write_bytes(target, payload)
    return target


def _keep_current(data_dir: Path, now: datetime) -> Path | None:
    """Copy the current data file into the backup folder before it is replaced."""
    source = paths.data_file(data_dir)
    try:
        raw = read_limited(os.path.realpath(source), MAX_DATA_BYTES)
    except FileNotFoundError:
        return None
    return safety_copy(data_dir, raw, "restore", now)


def restore_file(
    data_dir: Path, backup: Path, *, wait: float = 0.0, now: datetime | None = None
) -> Path | None:
    """Put ``backup`` in place of the data file, atomically, holding the lock.

    The backup is checked first (:class:`DataFileError` if unusable; nothing
    changes then). A current data file is copied into the backup folder first,
    and that copy's path is returned. If a writable :class:`Store` of this
    process has the directory open, it takes the new data too. Raises
    :class:`LockedError` when another process holds the directory.
    """
    data_dir = Path(data_dir)
    data = check_file(backup)
    payload = encode_data(data)  # as checked (and upgraded), not as the file had it
    with locked(data_dir, wait):
        kept = _keep_current(data_dir, now or datetime.now())
        store = _STORES.get(_lock_key(data_dir))
        if store is not None and store._lock is not None:
            store.replace_all(data, checked=True)
        else:
            atomic_write_bytes(paths.data_file(data_dir), payload)
    return kept
