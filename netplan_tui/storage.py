"""A crash-safe TinyDB storage.

TinyDB's own ``JSONStorage`` rewrites the file in place, so a process killed
mid-save leaves truncated JSON. This storage:

* keeps the parsed data in memory (read once, no long-lived file handle);
* serialises before touching the disk, writes a temporary file in the same
  directory, fsyncs it, renames it over the data file and fsyncs the directory;
* resolves a symlinked data file first, so the link stays a link;
* removes its temporary file on error and sweeps orphans left by killed writers;
* raises on unreadable data instead of returning ``None`` (which would make
  TinyDB treat the file as empty and wipe it on the next save).
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

TEMP_PREFIX = ".netplan-save-"
ORPHAN_AGE_SECONDS = 60.0


class DataFileError(Exception):
    """The data file cannot be used. ``kind`` says why, for the recovery screen."""

    def __init__(self, path: Path, kind: str, detail: str) -> None:
        super().__init__(detail)
        self.path = path
        self.kind = kind  # empty | truncated | not-json | foreign | newer | unreadable
        self.detail = detail


class SaveError(Exception):
    """A save failed; the data file on disk is unchanged."""


def fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, payload: bytes, mode: int = 0o600) -> None:
    """Write ``payload`` to ``path`` atomically (temp file, fsync, rename)."""
    target = Path(os.path.realpath(path))
    directory = target.parent
    fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise
    fsync_dir(directory)


def sweep_orphans(directory: Path, max_age: float = ORPHAN_AGE_SECONDS) -> int:
    """Remove temporary files older than ``max_age`` seconds left by killed saves."""
    removed = 0
    now = time.time()
    try:
        entries = list(directory.glob(f"{TEMP_PREFIX}*.tmp"))
    except OSError:
        return 0
    for entry in entries:
        try:
            if now - entry.stat().st_mtime >= max_age:
                entry.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def parse_data(path: Path, raw: bytes) -> dict[str, Any]:
    """Parse the bytes of a data file, raising :class:`DataFileError` when unusable."""
    if not raw.strip():
        raise DataFileError(path, "empty", "The data file is empty.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DataFileError(path, "not-json", "The data file is not text (not UTF-8).") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        stripped = text.rstrip()
        if stripped.startswith("{") and not stripped.endswith("}"):
            raise DataFileError(
                path, "truncated", f"The data file is cut short (JSON ends early: {exc.msg})."
            ) from None
        raise DataFileError(path, "not-json", f"The data file is not valid JSON ({exc.msg}).") from None
    if not isinstance(data, dict):
        raise DataFileError(path, "foreign", "The data file holds JSON that is not a netplan-tui plan.")
    return data


class AtomicJSONStorage(Storage):
    """TinyDB storage with atomic, durable saves and an in-memory copy."""

    def __init__(self, path: str | os.PathLike[str], readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._data: dict[str, Any] | None = None
        self._deferred = 0
        self._dirty = False
        self.saves = 0
        self.before_save: list[Any] = []  # callables run before each disk write

    # -- reading -----------------------------------------------------------------
    def load(self) -> dict[str, Any]:
        """Read the file from disk (``{}`` when it does not exist)."""
        try:
            raw = Path(os.path.realpath(self.path)).read_bytes()
        except FileNotFoundError:
            return {}
        except PermissionError:
            raise DataFileError(
                self.path, "unreadable", "The data file cannot be read (permission denied)."
            ) from None
        except IsADirectoryError:
            raise DataFileError(self.path, "unreadable", "The data file is a directory.") from None
        except OSError as exc:
            raise DataFileError(self.path, "unreadable", f"The data file cannot be read ({exc.strerror}).") from None
        return parse_data(self.path, raw)

    def read(self) -> dict[str, Any]:
        if self._data is None:
            self._data = self.load()
        return self._data

    # -- writing -----------------------------------------------------------------
    def write(self, data: dict[str, Any]) -> None:
        self._data = data
        if self._deferred:
            self._dirty = True
            return
        self.flush()

    def flush(self) -> None:
        if self.readonly:
            self._revert()
            raise SaveError("Read-only: another netplan-tui is using this data. Nothing was saved.")
        data = self._data if self._data is not None else {}
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        try:
            for hook in self.before_save:
                hook()
            atomic_write_bytes(self.path, payload)
        except OSError as exc:
            self._revert()
            reason = exc.strerror or str(exc)
            raise SaveError(f"Could not save: {reason}. The data file was left as it was.") from exc
        self._dirty = False
        self.saves += 1

    def _revert(self) -> None:
        """Memory may hold a change that was not saved: go back to what is on disk."""
        self._dirty = False
        try:
            self._data = self.load()
        except DataFileError:
            pass

    def defer(self) -> None:
        self._deferred += 1

    def undefer(self, *, discard: bool = False) -> None:
        self._deferred -= 1
        if self._deferred == 0 and self._dirty:
            if discard:
                self._revert()
            else:
                self.flush()

    def close(self) -> None:
        self._data = None
