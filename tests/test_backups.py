"""Daily backups: one before the first save of each day, 14 kept, restorable."""

from __future__ import annotations

import json
import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from netplan_tui.core.models import Contact
from netplan_tui.data import paths
from netplan_tui.data.storage import DataFileError
from netplan_tui.data.store import (
    BACKUPS_KEPT,
    Store,
    check_file,
    list_backups,
    newest_good_backup,
    prune_backups,
    restore_file,
)
from tests.conftest import TODAY


class Clock:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


def names(data_dir: Path) -> list[str]:
    return [p.name for p in list_backups(data_dir)]


def contact_names(path: Path) -> list[str]:
    return [c["name"] for c in json.loads(path.read_text("utf-8")).get("contacts", {}).values()]


def test_first_save_of_a_day_backs_up_the_previous_file(data_dir: Path) -> None:
    clock = Clock(TODAY - timedelta(days=1))
    Store(data_dir, clock=clock).close()  # a new plan: no previous file, no backup
    assert names(data_dir) == []
    clock.day = TODAY
    store = Store(data_dir, clock=clock)
    try:
        assert names(data_dir) == []  # opening does not back up
        store.add_contact(Contact(name="Day one"))
        assert names(data_dir) == ["netplan-2026-11-28.json"]
        assert contact_names(list_backups(data_dir)[0]) == []  # the file before the save
        store.add_contact(Contact(name="Day one, later"))
        assert names(data_dir) == ["netplan-2026-11-28.json"]
        first = list_backups(data_dir)[0]
        for i in range(5):
            store.add_contact(Contact(name=f"More {i}"))
        assert names(data_dir) == ["netplan-2026-11-28.json"]
        assert contact_names(first) == []  # later saves do not touch it

        clock.day = TODAY + timedelta(days=1)
        store.add_contact(Contact(name="Day two"))
        assert names(data_dir) == ["netplan-2026-11-29.json", "netplan-2026-11-28.json"]
        assert contact_names(list_backups(data_dir)[0])[-1] == "More 4"
    finally:
        store.close()


def test_a_second_run_the_same_day_keeps_the_first_backup(data_dir: Path) -> None:
    """The first run made the file (no backup); the second backed it up; the third not."""
    for name in ("a", "b", "c"):
        store = Store(data_dir, clock=lambda: TODAY)
        store.add_contact(Contact(name=name))
        store.add_contact(Contact(name=name + "2"))
        store.close()
    assert names(data_dir) == ["netplan-2026-11-28.json"]
    assert contact_names(list_backups(data_dir)[0]) == ["a", "a2"]


def test_fourteen_are_kept(data_dir: Path) -> None:
    clock = Clock(TODAY)
    store = Store(data_dir, clock=clock)
    try:
        for day in range(30):
            clock.day = TODAY + timedelta(days=day)
            store.add_contact(Contact(name=f"day {day}"))
    finally:
        store.close()
    kept = names(data_dir)
    assert len(kept) == BACKUPS_KEPT
    expected = [
        f"netplan-{(TODAY + timedelta(days=d)).isoformat()}.json" for d in range(29, 15, -1)
    ]
    assert kept == expected
    for backup in list_backups(data_dir):
        check_file(backup)  # every backup is a usable plan


def test_pruning_keeps_files_that_are_not_automatic(data_dir: Path) -> None:
    folder = paths.ensure_private_dir(paths.backup_dir(data_dir))
    manual = folder / "netplan-2026-01-01-before-restore-120000.json"
    manual.write_text("{}")
    mine = folder / "my-copy.json"
    mine.write_text("{}")
    for d in range(20):
        (folder / f"netplan-{(TODAY - timedelta(days=d)).isoformat()}.json").write_text("{}")
    removed = prune_backups(data_dir)
    assert len(removed) == 6
    assert manual.exists() and mine.exists()
    assert len([n for n in names(data_dir) if n.count("-") == 3]) == BACKUPS_KEPT


def test_newest_good_backup_skips_damaged_ones(data_dir: Path) -> None:
    clock = Clock(TODAY)
    store = Store(data_dir, clock=clock)
    try:
        for day in range(3):
            clock.day = TODAY + timedelta(days=day)
            store.add_contact(Contact(name=f"day {day}"))
    finally:
        store.close()
    assert names(data_dir) == ["netplan-2026-11-30.json", "netplan-2026-11-29.json"]
    newest = list_backups(data_dir)[0]
    assert newest_good_backup(data_dir) == newest
    newest.write_bytes(newest.read_bytes()[:20])  # truncated
    with pytest.raises(DataFileError):
        check_file(newest)
    assert newest_good_backup(data_dir) == list_backups(data_dir)[1]
    list_backups(data_dir)[1].write_bytes(b"")
    assert newest_good_backup(data_dir) is None


def test_no_backups_at_all(data_dir: Path) -> None:
    assert list_backups(data_dir) == [] and newest_good_backup(data_dir) is None


def test_restore_file_keeps_the_current_file(data_dir: Path) -> None:
    clock = Clock(TODAY)
    store = Store(data_dir, clock=clock)
    store.add_contact(Contact(name="old"))
    clock.day = TODAY + timedelta(days=1)
    store.add_contact(Contact(name="new"))
    store.close()
    backup = list_backups(data_dir)[0]
    current = paths.data_file(data_dir).read_bytes()
    kept = restore_file(data_dir, backup, now=datetime(2026, 11, 29, 9, 30, 0))
    assert kept is not None and kept.read_bytes() == current
    assert kept.name == "netplan-before-restore-20261129-093000.json"
    assert paths.data_file(data_dir).read_bytes() == backup.read_bytes()
    reopened = Store(data_dir, clock=clock)
    try:
        assert [c.name for c in reopened.contacts()] == ["old"]
    finally:
        reopened.close()


def test_restore_file_with_an_open_store_updates_it(data_dir: Path) -> None:
    clock = Clock(TODAY)
    store = Store(data_dir, clock=clock)
    try:
        store.add_contact(Contact(name="old"))
        clock.day = TODAY + timedelta(days=1)
        store.add_contact(Contact(name="new"))
        restore_file(data_dir, list_backups(data_dir)[0])
        assert [c.name for c in store.contacts()] == ["old"]  # memory follows the file
        store.add_contact(Contact(name="after"))
    finally:
        store.close()
    assert contact_names(paths.data_file(data_dir)) == ["old", "after"]


def test_restore_file_refuses_a_bad_backup(data_dir: Path, tmp_path: Path) -> None:
    Store(data_dir, clock=lambda: TODAY).close()
    before = paths.data_file(data_dir).read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text('{"not": "ours"}')
    with pytest.raises(DataFileError):
        restore_file(data_dir, bad)
    assert paths.data_file(data_dir).read_bytes() == before


def test_backups_are_private(data_dir: Path) -> None:
    clock = Clock(TODAY)
    store = Store(data_dir, clock=clock)
    try:
        store.add_contact(Contact(name="a"))
        clock.day = TODAY + timedelta(days=1)
        store.add_contact(Contact(name="b"))
    finally:
        store.close()
    assert list_backups(data_dir)
    assert os.stat(paths.backup_dir(data_dir)).st_mode & 0o777 == 0o700
    assert all(os.stat(p).st_mode & 0o777 == 0o600 for p in list_backups(data_dir))
