"""The one module that owns TinyDB.

Everything else reads and writes the plan through :class:`Store`, in typed
records from :mod:`netplan_tui.models`. The store:

* saves atomically through :class:`~netplan_tui.storage.AtomicJSONStorage`;
* holds an exclusive lock on the data directory while it may write, so a second
  process opens read-only (the app) or waits and fails clearly (the CLI);
* keeps a dated copy of the previous file on the first save of each day (14 kept);
* refuses damaged, foreign and newer files with :class:`DataFileError` and never
  writes over them.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from tinydb import TinyDB
from tinydb.table import Document

from . import paths
from .models import (
    SCHEMA_VERSION,
    Contact,
    Goal,
    MonthReview,
    Plan,
    ProgressEvent,
    Quality,
    Record,
)
from .storage import (
    AtomicJSONStorage,
    DataFileError,
    SaveError,
    atomic_write_bytes,
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
]

APP_ID = "netplan-tui"
BACKUPS_KEPT = 14
TABLES = ("meta", "settings", "plan", "qualities", "contacts", "goals", "events", "reviews")

R = TypeVar("R", bound=Record)

#: Upgrades of older files: ``MIGRATIONS[n]`` turns version ``n`` data into ``n + 1``.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class LockedError(Exception):
    """Another netplan-tui process holds the data directory."""


# ------------------------------------------------------------------- validation
def validate_data(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """Check that ``data`` is a netplan-tui plan this version can use; migrate it.

    Raises :class:`DataFileError` for foreign or newer data.
    """
    if not data:
        return data
    meta = data.get("meta")
    doc = None
    if isinstance(meta, dict) and meta:
        doc = next(iter(meta.values()))
    if not isinstance(doc, dict) or doc.get("app") != APP_ID:
        raise DataFileError(path, "foreign", "The data file is JSON, but not a netplan-tui plan.")
    version = doc.get("schema_version")
    if not isinstance(version, int) or version < 1:
        raise DataFileError(path, "foreign", "The data file has no valid schema version.")
    if version > SCHEMA_VERSION:
        raise DataFileError(
            path,
            "newer",
            f"The data file was written by a newer netplan-tui (schema {version}; "
            f"this version reads up to {SCHEMA_VERSION}). Upgrade netplan-tui to open it.",
        )
    for name, table in data.items():
        if name not in TABLES:
            continue
        if not isinstance(table, dict) or not all(
            isinstance(k, str) and k.isdigit() and isinstance(v, dict) for k, v in table.items()
        ):
            raise DataFileError(path, "foreign", f"The data file's '{name}' part has the wrong shape.")
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["meta"] = {"1": {"app": APP_ID, "schema_version": version}}
    return data


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
        self._lock_fd: int | None = None
        self._backed_up_on: date | None = None
        if not readonly:
            paths.ensure_private_dir(self.data_dir)
            try:
                self._acquire_lock(wait)
            except LockedError:
                if not readonly_if_locked:
                    raise
                self.readonly = True
                self.locked_by_other = True
        self._storage = AtomicJSONStorage(self.path, readonly=self.readonly)
        try:
            data = validate_data(self.path, self._storage.read())
        except BaseException:
            self._release_lock()
            raise
        self._storage._data = data
        if not self.readonly:
            sweep_orphans(self.data_dir)
            self._storage.before_save.append(self._daily_backup)
        self._db = TinyDB(storage=lambda: self._storage)  # type: ignore[arg-type]
        if not data and not self.readonly:
            self._db.table("meta").insert({"app": APP_ID, "schema_version": SCHEMA_VERSION})
            self._fix_permissions()

    # -- lifecycle -----------------------------------------------------------------
    def _acquire_lock(self, wait: float) -> None:
        import fcntl

        fd = os.open(paths.lock_file(self.data_dir), os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise LockedError(
                        f"Another netplan-tui is using {self.data_dir}. "
                        "Close it, or wait for it to finish, then try again."
                    ) from None
                time.sleep(0.05)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._lock_fd = fd

    def _release_lock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing releases the flock
            self._lock_fd = None

    def close(self) -> None:
        self._db.close()
        self._release_lock()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _fix_permissions(self) -> None:
        try:
            os.chmod(os.path.realpath(self.path), 0o600)
        except OSError:
            pass

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
        today = self.clock()
        if self._backed_up_on == today:
            return
        self._backed_up_on = today
        if not self.path.exists():
            return
        folder = paths.ensure_private_dir(paths.backup_dir(self.data_dir))
        target = folder / f"netplan-{today.isoformat()}.json"
        if target.exists():
            return
        try:
            atomic_write_bytes(target, Path(os.path.realpath(self.path)).read_bytes())
        except OSError:
            return  # a failed backup must not block the save itself
        for old in list_backups(self.data_dir)[BACKUPS_KEPT:]:
            try:
                old.unlink()
            except OSError:
                pass

    # -- generic helpers -----------------------------------------------------------
    def _all(self, table: str, cls: type[R]) -> list[R]:
        out = []
        for doc in self._db.table(table).all():
            rec = cls.from_dict(doc)
            rec.id = doc.doc_id  # type: ignore[attr-defined]
            out.append(rec)
        return out

    def _get(self, table: str, cls: type[R], doc_id: int) -> R | None:
        doc = self._db.table(table).get(doc_id=doc_id)
        if doc is None:
            return None
        assert isinstance(doc, Document)
        rec = cls.from_dict(doc)
        rec.id = doc.doc_id  # type: ignore[attr-defined]
        return rec

    @staticmethod
    def _fields(rec: Record) -> dict[str, Any]:
        data = rec.to_dict()
        data.pop("id", None)
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
        return dict(docs[0]) if docs else {}

    def _set_single(self, table: str, data: dict[str, Any]) -> None:
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
        """Replace every table with ``data`` (already validated) in one save."""
        data = validate_data(self.path, json.loads(json.dumps(data)))
        with self.batch():
            self._db.drop_tables()
            for name in TABLES:
                table = data.get(name) or {}
                if name == "meta":
                    table = {"1": {"app": APP_ID, "schema_version": SCHEMA_VERSION}}
                docs = [Document(doc, doc_id=int(k)) for k, v in table.items() for doc in [v]]
                if docs:
                    self._db.table(name).insert_multiple(docs)


# ------------------------------------------------------------------ recovery
def list_backups(data_dir: Path) -> list[Path]:
    """Automatic backups, newest first."""
    folder = paths.backup_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("netplan-*.json"), reverse=True)


def check_file(path: Path) -> None:
    """Raise :class:`DataFileError` unless ``path`` holds a usable plan."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataFileError(path, "unreadable", f"Cannot read {path} ({exc.strerror}).") from None
    validate_data(path, parse_data(path, raw))


def newest_good_backup(data_dir: Path) -> Path | None:
    for candidate in list_backups(data_dir):
        try:
            check_file(candidate)
        except DataFileError:
            continue
        return candidate
    return None


def quarantine(data_dir: Path, now: datetime | None = None) -> Path | None:
    """Rename a damaged data file aside (never overwritten) and return its new path."""
    source = paths.data_file(data_dir)
    if not source.exists() and not source.is_symlink():
        return None
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = data_dir / f"netplan.damaged-{stamp}.json"
    n = 1
    while target.exists():
        n += 1
        target = data_dir / f"netplan.damaged-{stamp}-{n}.json"
    real = Path(os.path.realpath(source))
    if real != source:
        # Keep the link: move its target's content aside; the next save recreates it.
        shutil.copy2(real, target)
        os.unlink(real)
    else:
        os.replace(source, target)
    return target


def restore_file(data_dir: Path, backup: Path) -> None:
    """Put ``backup`` in place of the data file (the current file must be quarantined)."""
    check_file(backup)
    paths.ensure_private_dir(data_dir)
    atomic_write_bytes(paths.data_file(data_dir), backup.read_bytes())
