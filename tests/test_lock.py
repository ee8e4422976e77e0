"""One writer per data directory: a second process is refused, reads, or waits; stale locks."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from netplan_tui.core.models import Contact
from netplan_tui.data import paths
from netplan_tui.data.storage import SaveError
from netplan_tui.data.store import LockedError, Store, held_here, locked, restore_file
from tests.helpers import ROOT, spawn, wait_ready


@pytest.fixture
def holder(data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding a writable store on ``data_dir``."""
    proc = spawn("holder", str(data_dir))
    wait_ready(proc)
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.communicate()


def test_second_store_is_refused_quickly(data_dir: Path, holder: subprocess.Popen[str]) -> None:
    started = time.monotonic()
    with pytest.raises(LockedError, match="Another netplan-tui is using"):
        Store(data_dir)
    assert time.monotonic() - started < 0.5


def test_writer_waits_then_fails(data_dir: Path, holder: subprocess.Popen[str]) -> None:
    started = time.monotonic()
    with pytest.raises(LockedError):
        Store(data_dir, wait=0.6)
    assert 0.55 <= time.monotonic() - started < 2.0


def test_second_app_opens_read_only(data_dir: Path, holder: subprocess.Popen[str]) -> None:
    store = Store(data_dir, readonly_if_locked=True)
    try:
        assert store.readonly and store.locked_by_other
        assert store.get_setting("holder") == "here"  # it reads the other's data
        before = store.path.read_bytes()
        with pytest.raises(SaveError, match="Read-only"):
            store.add_contact(Contact(name="Refused"))
        assert store.contacts() == []
        assert store.path.read_bytes() == before
    finally:
        store.close()


def test_restore_refused_while_another_process_writes(
    data_dir: Path, holder: subprocess.Popen[str], tmp_path: Path
) -> None:
    backup = tmp_path / "b.json"
    backup.write_bytes(paths.data_file(data_dir).read_bytes())
    with pytest.raises(LockedError):
        restore_file(data_dir, backup)


def test_lock_of_a_killed_process_is_free_at_once(
    data_dir: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(LockedError):
        Store(data_dir)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert paths.lock_file(data_dir).exists()  # the lock file stays behind...
    started = time.monotonic()
    store = Store(data_dir)  # ...but does not block: the kernel dropped the flock
    try:
        assert time.monotonic() - started < 0.5
        assert not store.readonly
        store.add_contact(Contact(name="After the kill"))
    finally:
        store.close()


def test_lock_file_left_with_a_dead_pid_does_not_block(data_dir: Path) -> None:
    paths.ensure_private_dir(data_dir)
    paths.lock_file(data_dir).write_text("999999\n")
    Store(data_dir).close()


def test_closing_releases_the_lock_in_process(data_dir: Path) -> None:
    first = Store(data_dir)
    assert held_here(data_dir)
    with pytest.raises(LockedError):
        Store(data_dir)  # a second store in the same process is refused too
    first.close()
    assert not held_here(data_dir)
    Store(data_dir).close()


def test_locked_is_reentrant_in_process(data_dir: Path) -> None:
    with locked(data_dir):
        with locked(data_dir):
            assert held_here(data_dir)
        assert held_here(data_dir)
    assert not held_here(data_dir)


def test_cli_writer_waits_then_fails_clearly(data_dir: Path, holder: subprocess.Popen[str]) -> None:
    """cli.open_store(write=True) waits LOCK_WAIT_SECONDS, then a one-line error."""
    code = (
        "import argparse, sys\n"
        "from netplan_tui.cli import base as cli\n"
        "cli.LOCK_WAIT_SECONDS = 0.5\n"
        "try:\n"
        f"    cli.open_store(argparse.Namespace(data_dir={str(data_dir)!r}), write=True)\n"
        "except cli.CliError as exc:\n"
        "    print(exc); sys.exit(exc.status)\n"
    )
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=20
    )
    assert time.monotonic() - started >= 0.5
    assert proc.returncode == 1
    assert "Another netplan-tui is using" in proc.stdout
    assert "Traceback" not in proc.stderr
