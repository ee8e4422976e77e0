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
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
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
from netplan_tui.data.copies import (
    BACKUPS_KEPT,
    check_file,
    list_backups,
    newest_good_backup,
    prune_backups,
    quarantine,
    restore_file,
)
from netplan_tui.data.encoding import encode_data
from netplan_tui.data.inputs import MAX_DATA_BYTES, InputTooLarge, read_limited
from netplan_tui.data.lock import _STORES, DirLock, LockedError, _lock_key, held_here, locked
from netplan_tui.data.pending import PendingTables
from netplan_tui.data.schema import (
    APP_ID,
    CHECKED_BY,
    MIGRATIONS,
    TABLE_RECORDS,
    TABLES,
    field_problem,
    plain,
    validate_data,
    validate_file,
)
from netplan_tui.data.storage import (
    ORPHAN_AGE_SECONDS,
    AtomicJSONStorage,
    DataFileError,
    SaveError,
    atomic_write_bytes,
    chmod_private,
    probe_data_file,
    sweep_orphans,
)

#: What callers of the single-module store imported from here stays importable.
__all__ = [
    "APP_ID", "BACKUPS_KEPT", "MIGRATIONS", "DataFileError", "LockedError", "SaveError",
    "Store", "TABLES", "check_file", "list_backups", "newest_good_backup", "prune_backups",
    "quarantine", "restore_file", "held_here", "locked", "validate_data",
]

R = TypeVar("R", bound=Record)


def _detach(doc: dict[str, Any]) -> dict[str, Any]:
    """A copy of a stored document that shares no list or dict with the store."""
    # Stored lists and dicts hold only scalars (validated on load and save): a
    # shallow copy of each shares nothing mutable with the store.
    return {k: (v.copy() if isinstance(v, (list, dict)) else v) for k, v in doc.items()}


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
        lazy: bool = False,
        defer: bool = False,
    ) -> None:
        """``lazy`` (read-only; the command line's read-only commands): check ``meta``
        now and parse and check each other table on its first use, where a damaged
        one raises :class:`DataFileError`. A store that may write checks all first.

        ``defer`` (the app): when the file is byte for byte what a save of this
        version wrote, leave the big tables unparsed until their first use or
        :meth:`use` (see ``data/pending.py``); every change parses them first.
        """
        if lazy and not readonly:
            raise ValueError("only a read-only store can check its tables lazily")
        self.data_dir = Path(data_dir)
        self.path = paths.data_file(self.data_dir)
        self.clock = clock
        self.readonly = readonly
        self.locked_by_other = False
        self._lock: DirLock | None = None
        self._backed_up_on: date | None = None
        exists = probe_data_file(self.path)  # a link loop, a file as folder...: said, not empty
        if not readonly:
            try:
                paths.ensure_private_dir(self.data_dir)
            except OSError as exc:
                raise DataFileError(
                    self.path, "unreadable",
                    f"The data folder {self.data_dir} cannot be made ({exc.strerror or exc}).",
                ) from None
            self._take_lock(wait, readonly_if_locked)
        # Every record is checked before it is stored: each save's index says so.
        self._storage = AtomicJSONStorage(self.path, readonly=self.readonly, checked_by=CHECKED_BY)
        #: Lazy and deferred opens: the tables not parsed or not checked yet.
        self._pending = PendingTables(self.path)
        #: Called now and then while a big table is parsed (``parse_pieces``): the app
        #: lets a thread wait there while a key is handled.
        self.parse_pause: Callable[[], object] | None = None
        try:
            if lazy and exists:
                data, saved = self._pending.open_lazy()
            elif defer and exists:
                data, saved = self._pending.open_deferred()
            else:
                data, saved = validate_file(self.path) if exists else ({}, None)
        except BaseException:
            self._release_lock()
            raise
        self._storage.set_clean(data, saved)
        self._pending.on_pieces = self._storage.pieces.seed
        self._db = TinyDB(storage=lambda: self._storage)  # type: ignore[arg-type]
        self._storage.on_revert.append(self._forget_tables)
        self._storage.on_revert.append(self._pending.parsed_elsewhere)
        self._storage.before_encode.append(self._all_read)
        if self.readonly:
            self._sweep_readonly()
            return
        _STORES[_lock_key(self.data_dir)] = self
        self._tidy()
        self._storage.before_save.append(self._daily_backup)
        if not data:
            try:
                self._db.table("meta").insert({"app": APP_ID, "schema_version": SCHEMA_VERSION})
            except SaveError as exc:
                self._release_lock()
                raise DataFileError(
                    self.path, "unreadable",
                    f"Cannot write in the data folder {self.data_dir}: {exc}",
                ) from None
            except BaseException:
                self._release_lock()
                raise

    # -- lazy and deferred opens ------------------------------------------------------
    def _use(self, table: str) -> None:
        """Parse (and check) ``table`` before its first use, if it was left for then."""
        if table in self._pending:
            self._pending.prepare(table, self._storage.read, self.parse_pause)

    def use(self, tables: Iterable[str] | None = None) -> None:
        """Parse and check ``tables`` now (every table when ``None``), if not done yet.

        Safe from a thread: the app parses what its first screen did not need so."""
        self._pending.prepare_all(tables, self._storage.read, self.parse_pause)

    def _changing(self) -> None:
        """Before any change: every table in memory (a save writes them all)."""
        if self._pending.unparsed:
            self.use()

    def _all_read(self) -> None:
        if self._pending.unparsed:  # a change that did not call _changing: write nothing
            raise SaveError("Could not save: part of the plan was not read yet. "
                            "The data file was left as it was.")

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
        except OSError as exc:
            raise DataFileError(
                self.path, "unreadable",
                f"Cannot use the data folder {self.data_dir}: its lock file cannot be "
                f"opened ({exc.strerror or exc}).",
            ) from None
        self._lock = lock

    def _sweep_readonly(self) -> None:
        """Sweep temporary files of killed saves without holding the lock for long.

        When no other process holds the lock, every temporary file is an orphan;
        otherwise only those older than a save can last.
        """
        if not self.data_dir.is_dir():
            return
        lock = DirLock(self.data_dir)
        try:
            lock.acquire(0.0, stamp=False)  # held for a moment: the pid is the writer's
        except (LockedError, OSError):
            self._sweep(max_age=ORPHAN_AGE_SECONDS)
            return
        try:
            self._sweep(max_age=0.0)
        finally:
            lock.release()

    def _sweep(self, max_age: float) -> None:
        real_dir = Path(os.path.realpath(self.path)).parent
        for folder in {self.data_dir, real_dir, paths.backup_dir(self.data_dir)}:
            sweep_orphans(folder, max_age=max_age)

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _tidy(self) -> None:
        """Sweep temporary files of killed saves and tighten permissions of our files.

        Holding the lock, no other save can be running: every temporary file is
        an orphan.
        """
        self._sweep(max_age=0.0)
        chmod_private(self.path)
        folder = paths.backup_dir(self.data_dir)
        if folder.is_dir():
            for backup in folder.glob("*.json"):
                chmod_private(backup)

    def _forget_tables(self) -> None:
        """After memory was put back, TinyDB's cached tables (next ids) are stale."""
        tables = getattr(self._db, "_tables", None)
        if isinstance(tables, dict):
            tables.clear()

    def close(self) -> None:
        self._pending.forget()  # a thread still reading tables stops at the next one
        self._db.close()
        self._release_lock()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _fix_permissions(self) -> None:
        chmod_private(self.path)

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
                atomic_write_bytes(target, read_limited(os.path.realpath(self.path),
                                                        MAX_DATA_BYTES))
            except (OSError, InputTooLarge):
                return  # a failed backup must not block the save; the next save retries
            prune_backups(self.data_dir)
        self._backed_up_on = today

    # -- generic helpers -----------------------------------------------------------
    def _record(self, cls: type[R], doc: Document) -> R:
        rec = cls.from_dict(_detach(doc))
        rec.id = doc.doc_id  # type: ignore[attr-defined]
        return rec

    def _all(self, table: str, cls: type[R], month: str | None = None) -> list[R]:
        # Straight from the storage's parsed data: TinyDB's all() would first copy
        # every document into a Document (a third of the time at 10,000 contacts).
        self._use(table)
        raw = self._storage.read().get(table) or {}
        out = []
        for doc_id, doc in raw.items():
            if month is not None and doc.get("month") != month:
                continue
            rec = cls.from_dict(_detach(doc))
            rec.id = int(doc_id)  # type: ignore[attr-defined]
            out.append(rec)
        return out

    def _get(self, table: str, cls: type[R], doc_id: int) -> R | None:
        self._use(table)
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

    def _touch(self, table: str, doc_ids: Iterable[int]) -> None:
        """Records about to change in place: the next save encodes them again (a
        save copies the rest from the last one, ``encoding.Pieces``)."""
        for doc_id in doc_ids:
            self._storage.pieces.touch(table, str(doc_id))

    def _insert(self, table: str, rec: R) -> R:
        self._changing()
        rec.id = self._db.table(table).insert(self._fields(rec))  # type: ignore[attr-defined]
        return rec

    def _update(self, table: str, rec: Record) -> None:
        doc_id = getattr(rec, "id", None)
        if doc_id is None:
            raise ValueError("record has no id")
        self._changing()
        fields = self._fields(rec)
        self._touch(table, [doc_id])
        # One save: TinyDB's upsert of a record not stored (an undo putting back what
        # was deleted) first writes an update that changed nothing, then the insert.
        with self.batch():
            self._db.table(table).upsert(Document(fields, doc_id=doc_id))

    def _remove(self, table: str, doc_id: int) -> None:
        self._changing()
        self._touch(table, [doc_id])
        tbl = self._db.table(table)
        if tbl.contains(doc_id=doc_id):
            tbl.remove(doc_ids=[doc_id])

    def _single(self, table: str) -> dict[str, Any]:
        self._use(table)
        docs = self._db.table(table).all()
        return _detach(docs[0]) if docs else {}

    def _set_single(self, table: str, data: dict[str, Any]) -> None:
        cls = TABLE_RECORDS.get(table)
        if cls is not None:
            problem = field_problem(cls, data)
        else:
            problem = None if plain(data) else "a value that is not plain JSON"
        if problem is not None:
            raise SaveError(
                f"Could not save: the {table} has a value of the wrong type ({problem})."
            )
        try:
            json.dumps(data)
        except (TypeError, ValueError) as exc:
            raise SaveError(f"Could not save: a value cannot be stored ({exc}).") from None
        self._changing()
        self._touch(table, [1])
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

    def contact_count(self) -> int:
        count = self._pending.count("contacts")  # as the last save counted them
        if count is not None:
            return count
        self._use("contacts")
        return len(self._storage.read().get("contacts") or {})

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
        self._changing()
        with self.batch():
            if added:
                ids = self._db.table("contacts").insert_multiple(self._fields(c) for c in added)
                for contact, doc_id in zip(added, ids, strict=True):
                    contact.id = doc_id
            for contact in updated:
                self._update("contacts", contact)

    # -- goals ---------------------------------------------------------------------
    def goals(self, month: str | None = None) -> list[Goal]:
        goals = self._all("goals", Goal, month)
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
                ids = [e.id for e in events if e.id]
                self._touch("events", ids)
                self._db.table("events").remove(doc_ids=ids)
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
        self.use()
        data = self._storage.read()
        return not any(data.get(t) for t in TABLES if t not in ("meta", "settings"))

    def snapshot(self) -> dict[str, Any]:
        """A deep copy of every table, in the file's own shape."""
        self.use()
        return json.loads(json.dumps(self._storage.read()))

    def saved_bytes(self) -> bytes:
        """The data file's content as last read or saved (what a safety copy keeps)."""
        self.use()
        saved = self._storage.saved
        return saved if saved is not None else encode_data(self._storage.read())

    def replace_all(self, data: dict[str, Any], *, checked: bool = False) -> None:
        """Replace every table with ``data`` in one save.

        ``data`` is validated here unless ``checked`` says the caller just did
        (restore: :func:`~netplan_tui.data.backup.check_data`) and hands it over,
        not to be used again. Raises :class:`DataFileError` if ``data`` is not a
        usable plan (nothing changes then) and :class:`SaveError` if the save fails.
        """
        if not checked:
            data = validate_data(self.path, json.loads(json.dumps(data)))
        tables = {name: data.get(name) or {} for name in TABLES}
        tables["meta"] = {"1": {"app": APP_ID, "schema_version": SCHEMA_VERSION}}
        self._pending.forget()  # what was left unread is replaced, not to be read later
        # Straight into the storage, in the file's own shape: rebuilding 50,000
        # TinyDB Documents one by one cost more than the checking and the save.
        with self.batch():
            self._storage.write({k: v for k, v in tables.items() if v})
            self._forget_tables()
