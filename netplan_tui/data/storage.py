"""A crash-safe TinyDB storage.

TinyDB's own ``JSONStorage`` rewrites the file in place, so a process killed
mid-save leaves truncated JSON. This storage:

* keeps the parsed data in memory (read once, no long-lived file handle);
* serialises before touching the disk, writes a temporary file in the same
  directory, fsyncs it, renames it over the data file and fsyncs the directory;
* resolves a symlinked data file first, so the link stays a link;
* removes its temporary file on error and sweeps orphans left by killed writers;
* writes UTF-8 explicitly and owner-only (0600);
* raises on unreadable data instead of returning ``None`` (which would make
  TinyDB treat the file as empty and wipe it on the next save);
* on a failed save puts the in-memory data back to what was last saved, so
  memory never holds a change the file does not have.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from tinydb.storages import Storage

from netplan_tui.data.encoding import Pieces, encode_data, encode_with_cuts
from netplan_tui.data.inputs import MAX_DATA_BYTES, InputTooLarge, read_limited

TEMP_PREFIX = ".netplan-save-"
TEMP_SUFFIX = ".tmp"
ORPHAN_AGE_SECONDS = 60.0
FILE_MODE = 0o600

#: Kinds of :class:`DataFileError`, for the recovery screen and the command line.
ERROR_KINDS = ("empty", "truncated", "not-json", "foreign", "newer", "unreadable")


class DataFileError(Exception):
    """The data file cannot be used. ``kind`` says why, for the recovery screen."""

    def __init__(self, path: Path, kind: str, detail: str) -> None:
        super().__init__(detail)
        self.path = path
        self.kind = kind  # one of ERROR_KINDS
        self.detail = detail


class SaveError(Exception):
    """A save failed; the data file on disk is unchanged."""


# ------------------------------------------------------------------ disk helpers
def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (best effort: not every OS allows it)."""
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


def _write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        if written <= 0:  # pragma: no cover - os.write raises instead on real systems
            raise OSError(errno.EIO, "short write")
        view = view[written:]


def atomic_write_bytes(path: Path, payload: bytes, mode: int = FILE_MODE) -> None:
    """Write ``payload`` to ``path`` atomically (temp file, fsync, rename, dir fsync).

    A symlinked ``path`` is resolved first, so the link stays a link and its
    target gets the new content. On any error the temporary file is removed
    and ``path`` is left exactly as it was.
    """
    target = Path(os.path.realpath(path))
    directory = target.parent
    fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=directory)
    try:
        try:
            os.fchmod(fd, mode)
            _write_all(fd, payload)
            os.fsync(fd)
        finally:
            os.close(fd)
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
        entries = list(directory.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"))
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


# ------------------------------------------------------------------ the table index
#: Beside the data file: its size, CRC-32 and where each table lies in it, written
#: after each save so a read-only command can parse only the tables it uses.
INDEX_SUFFIX = ".index"
INDEX_VERSION = 1
INDEX_LIMIT = 64 * 1024


def index_path(path: Path) -> Path:
    """The table index of the data file ``path`` (``netplan.json`` -> ``netplan.index``)."""
    return Path(path).with_suffix(INDEX_SUFFIX)


def write_index(
    path: Path,
    payload: bytes,
    spans: dict[str, tuple[int, int]] | None,
    checked_by: str | None = None,
    records: dict[str, int] | None = None,
    cuts: dict[str, list[int]] | None = None,
) -> None:
    """Record where the tables of ``payload`` (just saved as ``path``) lie. Best effort.

    ``checked_by`` names the rules every record of ``payload`` passed before it was
    stored (see :func:`index_checked_by`); ``None``: none is claimed. ``records``
    says how many records each table holds (a count asked of a table not parsed),
    ``cuts`` where pieces of the big tables start (see ``encoding.encode_with_cuts``).
    Not fsynced: an index lost, torn or left from an older save no longer
    matches the file's size and CRC-32, and the reader parses the whole file.
    """
    target = index_path(path)
    if spans is None:
        _remove_quietly(target)
        return
    index = {"version": INDEX_VERSION, "bytes": len(payload), "crc32": zlib.crc32(payload),
             "tables": {name: list(span) for name, span in spans.items()}}
    if checked_by is not None:
        index["checked_by"] = checked_by
    if records:
        index["records"] = records
    if cuts:
        index["cuts"] = cuts
    body = json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX,
                                        dir=target.parent)
    except OSError:
        _remove_quietly(target)
        return
    try:
        try:
            os.fchmod(fd, FILE_MODE)
            _write_all(fd, body)
        finally:
            os.close(fd)
        os.replace(tmp_name, target)
    except OSError:
        _remove_quietly(Path(tmp_name))
        _remove_quietly(target)


def _remove_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _matching_index(path: Path, raw: bytes) -> dict[str, Any] | None:
    """The index of the data file ``path`` when it is well formed and names exactly
    ``raw``'s size and CRC-32 (``raw`` is then byte for byte what a save wrote)."""
    try:
        index = json.loads(read_limited(index_path(path), INDEX_LIMIT))
    except (OSError, InputTooLarge, ValueError, RecursionError):
        return None
    if not isinstance(index, dict) or index.get("version") != INDEX_VERSION:
        return None
    if index.get("bytes") != len(raw) or index.get("crc32") != zlib.crc32(raw):
        return None
    return index


def index_checked_by(path: Path, raw: bytes) -> str | None:
    """The rules every record of ``raw`` passed before the save that wrote it, as that
    save's index names them; ``None`` when the index does not match ``raw`` (the file
    was changed since, by hand or by damage) or names none."""
    index = _matching_index(path, raw)
    checked_by = index.get("checked_by") if index is not None else None
    return checked_by if isinstance(checked_by, str) else None


class TableIndex(NamedTuple):
    """A data file's index, when it names exactly the file's bytes."""

    spans: dict[str, tuple[int, int]]  # where each table's JSON value lies
    records: dict[str, int]  # how many records each table held (none from older saves)
    checked_by: str | None  # the rules every record passed before it was stored
    cuts: dict[str, list[int]]  # where pieces of the big tables start (encode_with_cuts)


def read_table_index(path: Path, raw: bytes) -> TableIndex | None:
    """The index of ``raw`` (the bytes of the data file ``path``).

    ``None`` unless the index is well formed and names exactly ``raw``'s size
    and CRC-32: then ``raw`` is byte for byte what ``encoding.encode_tables`` wrote,
    so each span holds one table's JSON value.
    """
    index = _matching_index(path, raw)
    if index is None:
        return None
    tables = index.get("tables")
    if not isinstance(tables, dict):
        return None
    spans: dict[str, tuple[int, int]] = {}
    for name, span in tables.items():
        if not (isinstance(span, list) and len(span) == 2
                and all(type(n) is int for n in span) and 0 < span[0] < span[1] < len(raw)):
            return None
        spans[name] = (span[0], span[1])
    counts = index.get("records")
    records = {name: n for name, n in counts.items() if name in spans and type(n) is int
               and n >= 0} if isinstance(counts, dict) else {}
    checked_by = index.get("checked_by")
    cuts: dict[str, list[int]] = {}
    for name, starts in (index.get("cuts") or {}).items() if isinstance(
            index.get("cuts"), dict) else ():
        span = spans.get(name)
        if (span is not None and isinstance(starts, list) and starts
                and all(type(n) is int for n in starts)
                and all(span[0] < a < b <= span[1] for a, b in zip(starts, [*starts[1:], span[1]],
                                                                     strict=True))):
            cuts[name] = starts
    return TableIndex(spans, records, checked_by if isinstance(checked_by, str) else None, cuts)


def parse_data(path: Path, raw: bytes) -> dict[str, Any]:
    """Parse the bytes of a data file, raising :class:`DataFileError` when unusable.

    A zero-byte (or blank) file is an error, never "no data": it is what a
    failed or interrupted non-atomic write leaves behind.
    """
    if not raw.strip():
        raise DataFileError(path, "empty", "The data file is empty.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DataFileError(
            path, "not-json", "The data file is not text (it holds binary data)."
        ) from None
    if "\x00" in text:
        raise DataFileError(path, "not-json", "The data file is not text (it holds binary data).")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        at_end = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        if text.lstrip()[:1] in ("{", "[") and at_end and exc.msg != "Extra data":
            raise DataFileError(
                path, "truncated", "The data file is cut short: its JSON ends part-way through."
            ) from None
        raise DataFileError(
            path, "not-json", f"The data file is not valid JSON ({exc.msg}, line {exc.lineno})."
        ) from None
    except (ValueError, RecursionError) as exc:
        raise DataFileError(
            path, "not-json", f"The data file is not usable JSON ({exc})."
        ) from None
    if not isinstance(data, dict):
        raise DataFileError(
            path, "foreign", "The data file holds JSON that is not a netplan-tui plan."
        )
    return data


def _blocked(path: Path, detail: str) -> DataFileError:
    return DataFileError(path, "unreadable", detail)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def probe_data_file(path: Path) -> bool:
    """Whether the data file ``path`` exists, after checking that it can be used.

    ``False`` only when nothing is there yet (the folder may be missing too, or
    the file may be a link to a file its first save will create). Whatever
    stands in the way is a :class:`DataFileError` of kind ``unreadable`` whose
    detail names the path: the data folder is a file, the data file is a link
    into a missing folder, a link loop, a directory, a device or a FIFO, or
    cannot be looked at. Never an empty plan for any of these.
    """
    path = Path(path)
    folder = path.parent
    try:
        folder_stat = os.stat(folder)
    except FileNotFoundError:
        return False  # created on the first save
    except NotADirectoryError:
        raise _blocked(path, f"The data folder {folder} cannot be made: part of its path "
                             "is a file.") from None
    except OSError as exc:
        raise _blocked(path, f"The data folder {folder} cannot be used ({_reason(exc)}).") from None
    if not stat.S_ISDIR(folder_stat.st_mode):
        raise _blocked(path, f"The data folder {folder} is a file, not a folder.")
    try:
        os.lstat(path)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise _blocked(path, f"The data file {path} cannot be used ({_reason(exc)}).") from None
    try:
        file_stat = os.stat(path)
    except FileNotFoundError:
        # A link to a file not made yet (after its damaged target was set aside) is
        # fine when the first save can create that file; a link into nowhere is not.
        target = Path(os.path.realpath(path))
        if target.parent.is_dir():
            return False
        raise _blocked(path, f"The data file {path} is a link to {target}, whose folder "
                             "does not exist.") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _blocked(path, f"The data file {path} is a symbolic link that leads "
                                 "back to itself (a loop).") from None
        raise _blocked(path, f"The data file {path} cannot be used ({_reason(exc)}).") from None
    if stat.S_ISDIR(file_stat.st_mode):
        raise _blocked(path, f"The data file's name {path} is taken by a directory.")
    if not stat.S_ISREG(file_stat.st_mode):
        raise _blocked(path, f"The data file {path} is not a regular file "
                             "(it is a device, a pipe or a socket).")
    return True


def read_data_file(path: Path) -> dict[str, Any]:
    """Read and parse ``path``: ``{}`` when it does not exist, else :func:`parse_data`.

    At most :data:`~netplan_tui.data.inputs.MAX_DATA_BYTES` are read.
    """
    raw = read_data_bytes(path)
    return {} if raw is None else parse_data(path, raw)


def read_data_bytes(path: Path) -> bytes | None:
    """The bytes of the data file ``path`` (``None`` when it does not exist).

    Whatever stands in the way is a :class:`DataFileError` ("unreadable").
    """
    if not probe_data_file(path):
        return None
    try:
        return read_limited(os.path.realpath(path), MAX_DATA_BYTES)
    except InputTooLarge as exc:
        raise _blocked(path, f"The data file {path} is larger than netplan-tui reads "
                             f"({exc.limit // (1024 * 1024)} MB).") from None
    except FileNotFoundError:
        return None
    except PermissionError:
        raise DataFileError(
            path, "unreadable", "The data file cannot be read (permission denied)."
        ) from None
    except IsADirectoryError:
        raise DataFileError(
            path, "unreadable", "The data file's name is taken by a directory."
        ) from None
    except OSError as exc:
        raise DataFileError(
            path, "unreadable", f"The data file cannot be read ({exc.strerror or exc})."
        ) from None


# ------------------------------------------------------------------ the storage
class AtomicJSONStorage(Storage):
    """TinyDB storage with atomic, durable saves and an in-memory copy.

    ``_saved`` holds the serialised form of what is on disk (or what was read
    and validated from it); a failed save puts memory back to it.
    """

    def __init__(
        self, path: str | os.PathLike[str], readonly: bool = False, checked_by: str | None = None
    ) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._data: dict[str, Any] | None = None
        self._saved: bytes | None = None
        self._deferred = 0
        self._dirty = False
        self.saves = 0
        self.before_save: list[Callable[[], None]] = []  # run before each disk write
        self.on_revert: list[Callable[[], None]] = []  # run after memory was put back
        #: Run before what is in memory is serialised; a ``SaveError`` raised there
        #: puts memory back and writes nothing (a store with tables not read yet).
        self.before_encode: list[Callable[[], None]] = []
        #: The rules every record in memory passed before it was stored, for the index
        #: of each save (given by the owner that checks them; ``None``: none claimed).
        self.checked_by = checked_by
        #: The big tables' pieces as last saved: a save encodes only what changed.
        self.pieces = Pieces()

    # -- reading -----------------------------------------------------------------
    def load(self) -> dict[str, Any]:
        """Read the file from disk (``{}`` when it does not exist)."""
        return read_data_file(self.path)

    def read(self) -> dict[str, Any]:
        if self._data is None:
            self.set_clean(self.load())
        assert self._data is not None
        return self._data

    @property
    def saved(self) -> bytes | None:
        """The serialised form of what is on disk (``None`` before the first read)."""
        return self._saved

    def set_clean(self, data: dict[str, Any], saved: bytes | None = None) -> None:
        """Take ``data`` as the state that matches the disk (after reading, validating).

        ``saved`` is the file's own bytes when the caller has them and they parse
        to ``data`` (no upgrade on the way); else ``data`` is serialised here.
        """
        self._data = data
        self._saved = encode_data(data) if saved is None else saved
        self._dirty = False
        self.pieces.forget()

    # -- writing -----------------------------------------------------------------
    def write(self, data: dict[str, Any]) -> None:
        if data is not self._data:  # not a change to the tables read: replaced whole
            self.pieces.forget()
        self._data = data
        if self._deferred:
            self._dirty = True
            return
        self.flush()

    def flush(self) -> None:
        if self.readonly:
            self.revert()
            raise SaveError("Read-only: another netplan-tui is using this data. Nothing was saved.")
        data = self._data if self._data is not None else {}
        try:
            for check in self.before_encode:
                check()
        except SaveError:
            self.revert()
            raise
        try:
            payload, spans, cuts = encode_with_cuts(data, self.pieces)
        except (TypeError, ValueError) as exc:
            self.revert()
            raise SaveError(f"Could not save: a value cannot be stored ({exc}).") from exc
        try:
            for hook in self.before_save:
                hook()
            atomic_write_bytes(self.path, payload)
        except OSError as exc:
            self.revert()
            reason = exc.strerror or str(exc)
            raise SaveError(f"Could not save: {reason}. The data file was left as it was.") from exc
        self.pieces.commit()
        records = {name: len(table) for name, table in data.items() if isinstance(table, dict)}
        write_index(self.path, payload, spans, self.checked_by, records, cuts)
        self._saved = payload
        self._dirty = False
        self.saves += 1

    def revert(self) -> None:
        """Memory may hold a change that was not saved: go back to the saved state."""
        self._dirty = False
        self.pieces.forget()
        if self._saved is None:
            self._data = None
        else:
            self._data = json.loads(self._saved.decode("utf-8"))
        for hook in self.on_revert:
            hook()

    # kept for callers of the first version
    _revert = revert

    def defer(self) -> None:
        self._deferred += 1

    def undefer(self, *, discard: bool = False) -> None:
        self._deferred -= 1
        if self._deferred > 0:
            return
        if discard:
            self.revert()
        elif self._dirty:
            self.flush()

    def close(self) -> None:
        self._data = None
        self._saved = None
        self.pieces.forget()


def chmod_private(path: Path, mode: int = FILE_MODE) -> None:
    """Take group and other permissions away from a file of ours (best effort)."""
    try:
        real = os.path.realpath(path)
        if os.stat(real).st_mode & 0o077:
            os.chmod(real, mode)
    except OSError:
        pass
