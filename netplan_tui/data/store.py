"""The one module that owns TinyDB.

Everything else reads and writes the plan through :class:`Store`, in typed
records from :mod:`netplan_tui.core.models`. The store:

* saves atomically through :class:`~netplan_tui.data.storage.AtomicJSONStorage`;
* holds an exclusive lock on the data directory while it may write, so a second
  process opens read-only (the app) or waits and fails clearly (the CLI); the
  kernel drops the lock when a process dies, so a killed process never blocks;
* keeps a dated copy of the previous file on the first save of each day (14 kept);
* refuses damaged, foreign and newer files with :class:`DataFileError` and never
  writes over them;
* hands out copies: changing a record never changes stored data until it is saved.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
import types
import typing
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from tinydb import TinyDB
from tinydb.table import Document

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
from netplan_tui.data import paths
from netplan_tui.data.storage import (
    FILE_MODE,
    AtomicJSONStorage,
    DataFileError,
    SaveError,
    atomic_write_bytes,
    fsync_dir,
    parse_data,
    sweep_orphans,
)

__all__ = [
    "BACKUPS_KEPT",
    "DataFileError",
    "LockedError",
    "SaveError",
    "Store",
    "TABLES",
    "check_file",
    "list_backups",
    "newest_good_backup",
    "quarantine",
    "restore_file",
    "validate_data",
]

APP_ID = "netplan-tui"
BACKUPS_KEPT = 14
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

#: Names of automatic daily backups: ``netplan-YYYY-MM-DD.json``.
AUTO_BACKUP = re.compile(r"^netplan-(\d{4}-\d{2}-\d{2})\.json$")

R = TypeVar("R", bound=Record)

#: Upgrades of older files: ``MIGRATIONS[n]`` turns version ``n`` data into ``n + 1``.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class LockedError(Exception):
    """Another netplan-tui process holds the data directory."""


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


def _detach(doc: dict[str, Any]) -> dict[str, Any]:
    """A copy of a stored document that shares no list or dict with the store."""
    # Stored lists and dicts hold only scalars (validated on load and save): a
    # shallow copy of each shares nothing mutable with the store.
    return {
        k: (v.copy() if isinstance(v, (list, dict)) else v) for k, v in doc.items()
    }


# ------------------------------------------------------------------- the lock
_HELD: dict[str, DirLock] = {}
_STORES: weakref.WeakValueDictionary[str, Store] = weakref.WeakValueDictionary()


def _lock_key(data_dir: Path) -> str:
    return os.path.realpath(data_dir)


def _try_lock(fd: int) -> None:
    """Lock ``fd`` exclusively without waiting; ``OSError`` if another process has it."""
    try:
        import fcntl
    except ImportError:  # Windows: a byte-range lock, also dropped when the process ends
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        return
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


class DirLock:
    """An exclusive ``flock`` on the data directory's lock file.

    The kernel releases it when the process ends in any way (even SIGKILL), so
    a lock file left behind never blocks anybody: only a live process does.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.fd: int | None = None

    def acquire(self, wait: float = 0.0) -> None:
        fd = os.open(paths.lock_file(self.data_dir), os.O_RDWR | os.O_CREAT, FILE_MODE)
        deadline = time.monotonic() + wait
        while True:
            try:
                _try_lock(fd)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise LockedError(
                        f"Another netplan-tui is using {self.data_dir}. "
                        "Close it, or wait for it to finish, then try again."
                    ) from None
                time.sleep(0.05)
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        except OSError:
            pass  # the pid is only a hint for people; the flock is what counts
        self.fd = fd
        _HELD[_lock_key(self.data_dir)] = self

    def release(self) -> None:
        if self.fd is not None:
            if _HELD.get(_lock_key(self.data_dir)) is self:
                del _HELD[_lock_key(self.data_dir)]
            os.close(self.fd)  # closing releases the flock
            self.fd = None


def held_here(data_dir: Path) -> bool:
    """Whether this process holds the lock of ``data_dir``."""
    return _lock_key(data_dir) in _HELD


@contextmanager
def locked(data_dir: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the data directory's lock (a no-op if this process already holds it)."""
    if held_here(data_dir):
        yield
        return
    paths.ensure_private_dir(Path(data_dir))
    lock = DirLock(data_dir)
    lock.acquire(wait)
    try:
        yield
    finally:
        lock.release()


def _chmod_private(path: Path, mode: int = FILE_MODE) -> None:
    """Take group and other permissions away from a file of ours (best effort)."""
    try:
        real = os.path.realpath(path)
        if os.stat(real).st_mode & 0o077:
            os.chmod(real, mode)
    except OSError:
        pass


# ------------------------------------------------------------------- the store
class Store:
    """Typed access to one data directory."""

    def __init__(
        self,
        data_dir: Path,
        *,
        readonly: bool = False,
        wait: float = 0.0,
        readonly_if_locked: bool = False,
        clock: Callable[[], date] = date.today,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.path = paths.data_file(self.data_dir)
        self.clock = clock
        self.readonly = readonly
        self.locked_by_other = False
        self._lock: DirLock | None = None
        self._backed_up_on: date | None = None
        if not readonly:
            paths.ensure_private_dir(self.data_dir)
            self._take_lock(wait, readonly_if_locked)
        self._storage = AtomicJSONStorage(self.path, readonly=self.readonly)
        try:
            data = validate_data(self.path, self._storage.load())
        except BaseException:
            self._release_lock()
            raise
        self._storage.set_clean(data)
        self._db = TinyDB(storage=lambda: self._storage)  # type: ignore[arg-type]
        self._storage.on_revert.append(self._forget_tables)
        if self.readonly:
            return
        _STORES[_lock_key(self.data_dir)] = self
        self._tidy()
        self._storage.before_save.append(self._daily_backup)
        if not data:
            try:
                self._db.table("meta").insert({"app": APP_ID, "schema_version": SCHEMA_VERSION})
            except BaseException:
                self._release_lock()
                raise

    # -- lifecycle -----------------------------------------------------------------
    def _take_lock(self, wait: float, readonly_if_locked: bool) -> None:
        lock = DirLock(self.data_dir)
        try:
            lock.acquire(wait)
        except LockedError:
            if not readonly_if_locked:
                raise
            self.readonly = True
            self.locked_by_other = True
            return
        self._lock = lock

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _tidy(self) -> None:
        """Sweep temporary files of killed saves and tighten permissions of our files.

        Holding the lock, no other save can be running: every temporary file is
        an orphan.
        """
        real_dir = Path(os.path.realpath(self.path)).parent
        for folder in {self.data_dir, real_dir, paths.backup_dir(self.data_dir)}:
            sweep_orphans(folder, max_age=0.0)
        _chmod_private(self.path)
        folder = paths.backup_dir(self.data_dir)
        if folder.is_dir():
            for backup in folder.glob("*.json"):
                _chmod_private(backup)

    def _forget_tables(self) -> None:
        """After memory was put back, TinyDB's cached tables (next ids) are stale."""
        tables = getattr(self._db, "_tables", None)
        if isinstance(tables, dict):
            tables.clear()

    def close(self) -> None:
        self._db.close()
        self._release_lock()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _fix_permissions(self) -> None:
        _chmod_private(self.path)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group several changes into one save; on error, none of them is saved."""
        self._storage.defer()
        try:
            yield
        except BaseException:
            self._storage.undefer(discard=True)
            raise
        self._storage.undefer()

    @property
    def saves(self) -> int:
        """How many times the file was written by this store."""
        return self._storage.saves

    # -- backups -------------------------------------------------------------------
    def _daily_backup(self) -> None:
        """Before the first save of a day, keep the file as it is (before that save)."""
        today = self.clock()
        if self._backed_up_on == today:
            return
        if not self.path.exists():
            self._backed_up_on = today
            return
        folder = paths.ensure_private_dir(paths.backup_dir(self.data_dir))
        target = folder / f"netplan-{today.isoformat()}.json"
        if not target.exists():
            try:
                atomic_write_bytes(target, Path(os.path.realpath(self.path)).read_bytes())
            except OSError:
                return  # a failed backup must not block the save; the next save retries
            prune_backups(self.data_dir)
        self._backed_up_on = today

    # -- generic helpers -----------------------------------------------------------
    def _record(self, cls: type[R], doc: Document) -> R:
        rec = cls.from_dict(_detach(doc))
        rec.id = doc.doc_id  # type: ignore[attr-defined]
        return rec

    def _all(self, table: str, cls: type[R]) -> list[R]:
        # Straight from the storage's parsed data: TinyDB's all() would first copy
        # every document into a Document (a third of the time at 10,000 contacts).
        raw = self._storage.read().get(table) or {}
        out = []
        for doc_id, doc in raw.items():
            rec = cls.from_dict(_detach(doc))
            rec.id = int(doc_id)  # type: ignore[attr-defined]
            out.append(rec)
        return out

    def _get(self, table: str, cls: type[R], doc_id: int) -> R | None:
        doc = self._db.table(table).get(doc_id=doc_id)
        if doc is None:
            return None
        assert isinstance(doc, Document)
        return self._record(cls, doc)

    @staticmethod
    def _fields(rec: Record) -> dict[str, Any]:
        data = rec.to_dict()
        data.pop("id", None)
        problem = field_problem(type(rec), data)
        if problem is not None:
            raise SaveError(
                f"Could not save: a {rec.KIND} has a value of the wrong type ({problem})."
            )
        return data

    def _insert(self, table: str, rec: R) -> R:
        rec.id = self._db.table(table).insert(self._fields(rec))  # type: ignore[attr-defined]
        return rec

    def _update(self, table: str, rec: Record) -> None:
        doc_id = getattr(rec, "id", None)
        if doc_id is None:
            raise ValueError("record has no id")
        self._db.table(table).upsert(Document(self._fields(rec), doc_id=doc_id))

    def _remove(self, table: str, doc_id: int) -> None:
        tbl = self._db.table(table)
        if tbl.contains(doc_id=doc_id):
            tbl.remove(doc_ids=[doc_id])

    def _single(self, table: str) -> dict[str, Any]:
        docs = self._db.table(table).all()
        return _detach(docs[0]) if docs else {}

    def _set_single(self, table: str, data: dict[str, Any]) -> None:
        cls = TABLE_RECORDS.get(table)
        problem = field_problem(cls, data) if cls is not None else None
        if problem is not None:
            raise SaveError(
                f"Could not save: the {table} has a value of the wrong type ({problem})."
            )
        try:
            json.dumps(data)
        except (TypeError, ValueError) as exc:
            raise SaveError(f"Could not save: a value cannot be stored ({exc}).") from None
        self._db.table(table).upsert(Document(data, doc_id=1))

    # -- settings ------------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        return self._single("settings").get(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        settings = self._single("settings")
        if settings.get(key) == value:
            return
        settings[key] = value
        self._set_single("settings", settings)

    # -- plan ----------------------------------------------------------------------
    def get_plan(self) -> Plan:
        return Plan.from_dict(self._single("plan"))

    def save_plan(self, plan: Plan) -> None:
        self._set_single("plan", plan.to_dict())

    # -- qualities -----------------------------------------------------------------
    def qualities(self) -> list[Quality]:
        return sorted(self._all("qualities", Quality), key=lambda q: (q.order, q.id or 0))

    def get_quality(self, quality_id: int) -> Quality | None:
        return self._get("qualities", Quality, quality_id)

    def add_quality(self, quality: Quality) -> Quality:
        existing = self.qualities()
        quality.order = max((q.order for q in existing), default=-1) + 1
        return self._insert("qualities", quality)

    def update_quality(self, quality: Quality) -> None:
        self._update("qualities", quality)

    def delete_quality(self, quality_id: int) -> None:
        self._remove("qualities", quality_id)

    def reorder_qualities(self, ids: Iterable[int]) -> None:
        with self.batch():
            by_id = {q.id: q for q in self.qualities()}
            for order, qid in enumerate(ids):
                q = by_id.get(qid)
                if q is not None and q.order != order:
                    q.order = order
                    self._update("qualities", q)

    # -- contacts ------------------------------------------------------------------
    def contacts(self) -> list[Contact]:
        return self._all("contacts", Contact)

    def get_contact(self, contact_id: int) -> Contact | None:
        return self._get("contacts", Contact, contact_id)

    def add_contact(self, contact: Contact) -> Contact:
        return self._insert("contacts", contact)

    def update_contact(self, contact: Contact) -> None:
        self._update("contacts", contact)

    def delete_contact(self, contact_id: int) -> None:
        self._remove("contacts", contact_id)

    def apply_import(self, added: list[Contact], updated: list[Contact]) -> None:
        """Add and update contacts in one save: all or nothing."""
        with self.batch():
            if added:
                ids = self._db.table("contacts").insert_multiple(self._fields(c) for c in added)
                for contact, doc_id in zip(added, ids, strict=True):
                    contact.id = doc_id
            for contact in updated:
                self._update("contacts", contact)

    # -- goals ---------------------------------------------------------------------
    def goals(self, month: str | None = None) -> list[Goal]:
        goals = self._all("goals", Goal)
        if month is not None:
            goals = [g for g in goals if g.month == month]
        return sorted(goals, key=lambda g: (g.month, g.order, g.id or 0))

    def get_goal(self, goal_id: int) -> Goal | None:
        return self._get("goals", Goal, goal_id)

    def add_goal(self, goal: Goal) -> Goal:
        same_month = self.goals(goal.month)
        goal.order = max((g.order for g in same_month), default=-1) + 1
        if goal.created is None:
            goal.created = self.clock().isoformat()
        return self._insert("goals", goal)

    def update_goal(self, goal: Goal) -> None:
        self._update("goals", goal)

    def delete_goal(self, goal_id: int) -> tuple[Goal, list[ProgressEvent]] | None:
        """Delete a goal and its events; return them so the deletion can be undone."""
        goal = self.get_goal(goal_id)
        if goal is None:
            return None
        events = self.events(goal_id)
        with self.batch():
            self._remove("goals", goal_id)
            if events:
                self._db.table("events").remove(doc_ids=[e.id for e in events if e.id])
        return goal, events

    def restore_goal(self, goal: Goal, events: list[ProgressEvent]) -> None:
        """Put back a goal (and its events) removed by :meth:`delete_goal`."""
        with self.batch():
            self._update("goals", goal)
            for event in events:
                self._update("events", event)

    def months(self) -> list[str]:
        """Months that hold goals, oldest first."""
        return sorted({g.month for g in self._all("goals", Goal)})

    # -- progress events -----------------------------------------------------------
    def events(self, goal_id: int | None = None) -> list[ProgressEvent]:
        events = self._all("events", ProgressEvent)
        if goal_id is not None:
            events = [e for e in events if e.goal_id == goal_id]
        return events

    def add_event(self, event: ProgressEvent) -> ProgressEvent:
        return self._insert("events", event)

    # -- reviews -------------------------------------------------------------------
    def get_review(self, month: str) -> MonthReview | None:
        for review in self._all("reviews", MonthReview):
            if review.month == month:
                return review
        return None

    def save_review(self, review: MonthReview) -> MonthReview:
        existing = self.get_review(review.month)
        if existing is not None:
            review.id = existing.id
            self._update("reviews", review)
            return review
        return self._insert("reviews", review)

    # -- whole data ----------------------------------------------------------------
    def is_empty(self) -> bool:
        """True when the user has entered nothing yet (settings do not count)."""
        data = self._storage.read()
        return not any(data.get(t) for t in TABLES if t not in ("meta", "settings"))

    def snapshot(self) -> dict[str, Any]:
        """A deep copy of every table, in the file's own shape."""
        return json.loads(json.dumps(self._storage.read()))

    def replace_all(self, data: dict[str, Any]) -> None:
        """Replace every table with ``data`` (validated here) in one save.

        Raises :class:`DataFileError` if ``data`` is not a usable plan (nothing
        changes then) and :class:`SaveError` if the save fails.
        """
        data = validate_data(self.path, json.loads(json.dumps(data)))
        with self.batch():
            self._db.drop_tables()
            for name in TABLES:
                table = data.get(name) or {}
                if name == "meta":
                    table = {"1": {"app": APP_ID, "schema_version": SCHEMA_VERSION}}
                docs = [Document(doc, doc_id=int(k)) for k, doc in table.items()]
                if docs:
                    self._db.table(name).insert_multiple(docs)


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
        raw = Path(path).read_bytes()
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
        fsync_dir(target.parent)
        return target


def _keep_current(data_dir: Path, now: datetime) -> Path | None:
    """Copy the current data file into the backup folder before it is replaced."""
    source = paths.data_file(data_dir)
    try:
        raw = Path(os.path.realpath(source)).read_bytes()
    except FileNotFoundError:
        return None
    folder = paths.ensure_private_dir(paths.backup_dir(data_dir))
    target = _free_name(folder, f"netplan-{now:%Y-%m-%d}-before-restore-{now:%H%M%S}")
    atomic_write_bytes(target, raw)
    return target


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
    raw = Path(backup).read_bytes()
    with locked(data_dir, wait):
        kept = _keep_current(data_dir, now or datetime.now())
        store = _STORES.get(_lock_key(data_dir))
        if store is not None and store._lock is not None:
            store.replace_all(data)
        else:
            atomic_write_bytes(paths.data_file(data_dir), raw)
    return kept
