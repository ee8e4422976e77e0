"""The atomic storage: interrupted saves, symlinks, orphans, permissions, full disks."""

from __future__ import annotations

import errno
import json
import os
import resource
import signal
import stat
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netplan_tui.core.models import Contact, Goal
from netplan_tui.data import paths, storage
from netplan_tui.data.encoding import encode_data
from netplan_tui.data.storage import (
    TEMP_PREFIX,
    AtomicJSONStorage,
    DataFileError,
    SaveError,
    atomic_write_bytes,
    parse_data,
    sweep_orphans,
)
from netplan_tui.data.store import Store

TODAY = date(2026, 11, 28)


def temp_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{TEMP_PREFIX}*"))


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def saved(store: Store) -> Iterator[tuple[Store, bytes]]:
    """A store with one contact saved, and the file's bytes at that point."""
    store.add_contact(Contact(name="Ada Lovelace", company="Analytical"))
    yield store, store.path.read_bytes()


# ------------------------------------------------------------------ interrupted saves
def test_failed_rename_leaves_old_file_and_no_temp(
    saved: tuple[Store, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, before = saved

    def broken_replace(src: str, dst: str) -> None:
        assert Path(src).exists() and Path(src).read_bytes() != before  # temp fully written
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(storage.os, "replace", broken_replace)
    with pytest.raises(SaveError, match="left as it was"):
        store.add_contact(Contact(name="Grace Hopper"))
    monkeypatch.undo()
    assert store.path.read_bytes() == before
    assert temp_files(store.data_dir) == []
    # memory went back to the file: the failed contact is not shown, the next save works
    assert [c.name for c in store.contacts()] == ["Ada Lovelace"]
    store.add_contact(Contact(name="Katherine Johnson"))
    assert [c.name for c in store.contacts()] == ["Ada Lovelace", "Katherine Johnson"]
    from tests.conftest import reopen

    again = reopen(store)
    try:
        assert [c.name for c in again.contacts()] == ["Ada Lovelace", "Katherine Johnson"]
    finally:
        again.close()


@pytest.mark.parametrize(
    "error",
    [errno.ENOSPC, errno.EDQUOT, errno.EIO],
    ids=["disk-full", "quota", "io-error"],
)
def test_write_failure_part_way_keeps_file(
    saved: tuple[Store, bytes], monkeypatch: pytest.MonkeyPatch, error: int
) -> None:
    """os.write fails after some bytes went out, as on a full disk."""
    store, before = saved
    real_write = os.write
    calls = {"n": 0}

    def failing_write(fd: int, data: bytes) -> int:
        calls["n"] += 1
        if calls["n"] == 1:
            return real_write(fd, bytes(data[:10]))  # a short write first
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(storage.os, "write", failing_write)
    with pytest.raises(SaveError) as info:
        store.add_goal(Goal(month="2026-11", text="x" * 5000))
    monkeypatch.undo()
    assert os.strerror(error) in str(info.value)
    assert store.path.read_bytes() == before
    assert temp_files(store.data_dir) == []
    assert store.goals() == []


def test_real_file_size_limit_keeps_file(saved: tuple[Store, bytes]) -> None:
    """A real write failure from the kernel (RLIMIT_FSIZE), not a monkeypatch."""
    store, before = saved
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (len(before) + 1000, hard))
    try:
        with pytest.raises(SaveError):
            store.add_contact(Contact(name="Big", notes="n" * 50_000))
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)
    assert store.path.read_bytes() == before
    assert temp_files(store.data_dir) == []
    assert [c.name for c in store.contacts()] == ["Ada Lovelace"]


def test_directory_not_writable_raises_save_error(
    saved: tuple[Store, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """mkstemp refused (as in a read-only directory; chmod does not stop root)."""
    store, before = saved

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(storage.tempfile, "mkstemp", refuse)
    with pytest.raises(SaveError, match="Permission denied"):
        store.set_setting("theme", "nord")
    monkeypatch.undo()
    assert store.path.read_bytes() == before
    assert store.get_setting("theme") is None


def test_failed_save_inside_batch_reverts_everything(
    saved: tuple[Store, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, before = saved
    monkeypatch.setattr(storage.os, "replace", _raise_enospc)
    with pytest.raises(SaveError):
        with store.batch():
            store.add_contact(Contact(name="One"))
            store.add_goal(Goal(month="2026-11", text="Two"))
    monkeypatch.undo()
    assert store.path.read_bytes() == before
    assert [c.name for c in store.contacts()] == ["Ada Lovelace"]
    assert store.goals() == []
    # ids are not reused wrongly after the revert
    added = store.add_contact(Contact(name="Three"))
    assert added.id == 2


def _raise_enospc(*args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_value_that_cannot_be_stored_is_refused(store: Store) -> None:
    before = store.path.read_bytes()
    with pytest.raises(SaveError):
        store.set_setting("when", date(2026, 1, 1))
    with pytest.raises(SaveError, match="wrong type"):
        store.add_contact(Contact(name=42))  # type: ignore[arg-type]
    assert store.path.read_bytes() == before
    assert store.get_setting("when") is None


# ------------------------------------------------------------------ symlinks
def test_symlinked_data_file_stays_a_symlink(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    elsewhere = tmp_path / "synced"
    data_dir.mkdir()
    elsewhere.mkdir()
    real = elsewhere / "plan.json"
    first = Store(elsewhere / "seed", clock=lambda: TODAY)
    first.add_contact(Contact(name="Linked"))
    first.close()
    (elsewhere / "seed" / "netplan.json").rename(real)
    paths.data_file(data_dir).symlink_to(real)

    store = Store(data_dir, clock=lambda: TODAY)
    store.add_contact(Contact(name="Second"))
    store.close()
    link = paths.data_file(data_dir)
    assert link.is_symlink()
    assert os.readlink(link) == str(real)
    assert [c["name"] for c in json.loads(real.read_text("utf-8"))["contacts"].values()] == [
        "Linked",
        "Second",
    ]
    assert temp_files(elsewhere) == []


def test_atomic_write_through_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    atomic_write_bytes(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


# ------------------------------------------------------------------ orphans
def test_orphan_temp_files_are_swept_on_open(data_dir: Path) -> None:
    Store(data_dir, clock=lambda: TODAY).close()
    orphan = data_dir / f"{TEMP_PREFIX}abc123.tmp"
    orphan.write_bytes(b'{"half": ')
    other = data_dir / "notes.txt"
    other.write_text("mine")
    store = Store(data_dir, clock=lambda: TODAY)
    store.close()
    assert not orphan.exists()
    assert other.read_text() == "mine"


def test_sweep_orphans_respects_age(tmp_path: Path) -> None:
    young = tmp_path / f"{TEMP_PREFIX}young.tmp"
    old = tmp_path / f"{TEMP_PREFIX}old.tmp"
    for f in (young, old):
        f.write_bytes(b"x")
    past = time.time() - 3600
    os.utime(old, (past, past))
    assert sweep_orphans(tmp_path, max_age=60) == 1
    assert young.exists() and not old.exists()


def test_read_only_store_sweeps_orphans_when_nobody_writes(data_dir: Path) -> None:
    Store(data_dir, clock=lambda: TODAY).close()
    orphan = data_dir / f"{TEMP_PREFIX}zzz.tmp"
    orphan.write_bytes(b"x")
    Store(data_dir, readonly=True).close()
    assert not orphan.exists()


def test_read_only_store_beside_a_writer_sweeps_only_old_orphans(data_dir: Path) -> None:
    writer = Store(data_dir, clock=lambda: TODAY)
    try:
        fresh = data_dir / f"{TEMP_PREFIX}fresh.tmp"  # may be a save in progress
        old = data_dir / f"{TEMP_PREFIX}old.tmp"
        fresh.write_bytes(b"x")
        old.write_bytes(b"x")
        os.utime(old, (1_000_000_000, 1_000_000_000))
        Store(data_dir, readonly=True).close()
        assert fresh.exists() and not old.exists()
    finally:
        writer.close()


# ------------------------------------------------------------------ permissions
def test_new_files_and_directory_are_private(tmp_path: Path) -> None:
    data_dir = tmp_path / "fresh" / "netplan"
    old_umask = os.umask(0o022)
    try:
        store = Store(data_dir, clock=lambda: TODAY)
        store.add_contact(Contact(name="Private"))
        store.clock = lambda: date(2026, 11, 29)
        store.add_contact(Contact(name="Next day"))  # makes a backup
        store.close()
    finally:
        os.umask(old_umask)
    assert mode_of(data_dir) == 0o700
    assert mode_of(paths.data_file(data_dir)) == 0o600
    assert mode_of(paths.lock_file(data_dir)) == 0o600
    assert mode_of(paths.backup_dir(data_dir)) == 0o700
    backups = list(paths.backup_dir(data_dir).iterdir())
    assert backups and all(mode_of(b) == 0o600 for b in backups)


def test_too_open_data_file_is_tightened(data_dir: Path) -> None:
    Store(data_dir, clock=lambda: TODAY).close()
    os.chmod(paths.data_file(data_dir), 0o644)
    Store(data_dir, clock=lambda: TODAY).close()
    assert mode_of(paths.data_file(data_dir)) == 0o600


# ------------------------------------------------------------------ parsing
@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        (b"", "empty"),
        (b"  \n", "empty"),
        (b'{"meta": {"1": {"app": "netpl', "truncated"),
        (b'{"meta": {"1": ', "truncated"),
        (b"[1, 2", "truncated"),
        (b"hello", "not-json"),
        (b"{}x", "not-json"),
        (b"\xff\xfe\x00\x01\x89PNG", "not-json"),
        (b"{\x00}", "not-json"),
        (b"[" * 100_000, "not-json"),
        (b"1" * 5000, "not-json"),
        (b"[1, 2]", "foreign"),
        (b'"text"', "foreign"),
    ],
)
def test_parse_data_kinds(raw: bytes, kind: str) -> None:
    with pytest.raises(DataFileError) as info:
        parse_data(Path("x.json"), raw)
    assert info.value.kind == kind
    assert info.value.detail


def test_storage_read_raises_instead_of_returning_none(tmp_path: Path) -> None:
    path = tmp_path / "netplan.json"
    path.write_bytes(b"")
    with pytest.raises(DataFileError):
        AtomicJSONStorage(path).read()


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=8), _json, max_size=5))
def test_encode_then_parse_round_trips(data: dict[str, object]) -> None:
    """Any JSON dict, lone surrogates included, comes back exactly."""
    assert parse_data(Path("x"), encode_data(data)) == data


def test_encoding_is_utf8(store: Store) -> None:
    store.add_contact(Contact(name="Zoë 山田 😀"))
    raw = store.path.read_bytes()
    assert "Zoë 山田 😀".encode() in raw


def test_lone_surrogates_are_refused_and_nothing_is_saved(store: Store) -> None:
    """Text that is not valid Unicode could not be backed up or exported later."""
    store.set_setting("kept", "yes")
    before = store.path.read_bytes()
    with pytest.raises(SaveError):
        store.set_setting("odd", "a\ud800b")
    with pytest.raises(SaveError, match="valid Unicode"):
        store.add_contact(Contact(name="a\ud800b"))
    assert store.path.read_bytes() == before
