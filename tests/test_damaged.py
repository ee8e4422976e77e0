"""Damaged and foreign data files: a clear message everywhere, the file always kept.

Each case is checked on the command line (one or two lines, non-zero exit, no
traceback) and in the recovery app (restore the newest good backup, start
fresh, or quit), and the damaged file must survive byte for byte.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from netplan_tui import cli
from netplan_tui.core.models import Contact
from netplan_tui.data import paths
from netplan_tui.data.storage import DataFileError
from netplan_tui.data.store import APP_ID, Store, list_backups, newest_good_backup
from netplan_tui.tui.recovery import RecoveryApp, apply_choice
from tests.conftest import TODAY
from tests.helpers import ROOT

GOOD = {"meta": {"1": {"app": APP_ID, "schema_version": 1}}}


def _json(data: object) -> bytes:
    return json.dumps(data).encode()


#: name -> (bytes written as the data file, expected kind, words the message must hold)
CASES: dict[str, tuple[bytes, str, str]] = {
    "empty": (b"", "empty", "empty"),
    "truncated": (_json(GOOD | {"contacts": {"1": {"name": "Ada"}}})[:-9], "truncated", "cut"),
    "not-json": (b"name,role\nAda,CTO\n", "not-json", "not valid JSON"),
    "binary": (bytes(range(256)) * 4, "not-json", "not text"),
    "a-list": (b"[1, 2, 3]", "foreign", "not a netplan-tui plan"),
    "another-app": (_json({"_default": {"1": {"todo": "milk"}}}), "foreign", "not a netplan"),
    "wrong-table": (_json(GOOD | {"goals": ["not", "a", "table"]}), "foreign", "wrong shape"),
    "wrong-field": (
        _json(GOOD | {"contacts": {"1": {"name": {"first": "Ada"}}}}),
        "foreign",
        "'name' should be text",
    ),
    "newer": (
        _json({"meta": {"1": {"app": APP_ID, "schema_version": 99}}}),
        "newer",
        "newer netplan-tui",
    ),
}
DIRECTORY = "directory-in-place"  # the unreadable case that works as root too


def make_damaged(data_dir: Path, case: str) -> bytes | None:
    """Write the case's data file; return its bytes (None for the directory case)."""
    paths.ensure_private_dir(data_dir)
    target = paths.data_file(data_dir)
    if case == DIRECTORY:
        target.mkdir()
        (target / "inside.txt").write_text("x")
        return None
    raw = CASES[case][0]
    target.write_bytes(raw)
    return raw


def make_good_backup(data_dir: Path) -> Path:
    """A plan with one contact, saved on two days so a backup exists."""
    day = {"d": TODAY - timedelta(days=2)}
    store = Store(data_dir, clock=lambda: day["d"])
    store.add_contact(Contact(name="From the backup"))
    day["d"] = TODAY - timedelta(days=1)
    store.add_contact(Contact(name="Not in the backup"))
    store.close()
    backup = newest_good_backup(data_dir)
    assert backup is not None
    return backup


ALL_CASES = [*CASES, DIRECTORY]


def expected_kind(case: str) -> str:
    return "unreadable" if case == DIRECTORY else CASES[case][1]


# ------------------------------------------------------------------ the store itself
@pytest.mark.parametrize("case", ALL_CASES)
def test_store_refuses_and_keeps_the_file(data_dir: Path, case: str) -> None:
    raw = make_damaged(data_dir, case)
    for kwargs in ({}, {"readonly": True}, {"readonly_if_locked": True}):
        with pytest.raises(DataFileError) as info:
            Store(data_dir, **kwargs)
        assert info.value.kind == expected_kind(case)
        assert info.value.path == paths.data_file(data_dir)
    if raw is not None:
        assert paths.data_file(data_dir).read_bytes() == raw


def test_unreadable_permissions(data_dir: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("running as root: file permissions do not stop root from reading")
    make_damaged(data_dir, "empty")
    paths.data_file(data_dir).write_bytes(_json(GOOD))
    os.chmod(paths.data_file(data_dir), 0)
    with pytest.raises(DataFileError) as info:
        Store(data_dir)
    assert info.value.kind == "unreadable" and "permission" in info.value.detail


# ------------------------------------------------------------------ the command line
@pytest.mark.parametrize("case", ALL_CASES)
@pytest.mark.parametrize("write", [False, True], ids=["read", "write"])
def test_open_store_message(data_dir: Path, case: str, write: bool) -> None:
    raw = make_damaged(data_dir, case)
    with pytest.raises(cli.CliError) as info:
        cli.open_store(argparse.Namespace(data_dir=str(data_dir)), write=write)
    message = str(info.value)
    assert info.value.status != 0
    assert 1 <= len(message.splitlines()) <= 2
    assert str(paths.data_file(data_dir)) in message
    if case in CASES:
        assert CASES[case][2] in message
        assert paths.data_file(data_dir).read_bytes() == raw
    else:
        assert "directory" in message


COMMANDS = [["status"], ["goals"], ["gap"], ["export"], ["backup"], ["check", "Call Bob"]]

#: Read-only commands check only the tables they read: a damaged contact leaves
#: ``status`` (which reads goals) working, a damaged goals table leaves ``gap``
#: (qualities and contacts) working, and both must still leave the file as it is.
NOT_READ = {("wrong-field", "status"), ("wrong-table", "gap")}


def test_every_command_is_built() -> None:
    """The commands below exist, so the test after this one checks all of them."""
    have = {p.stem for p in (ROOT / "netplan_tui" / "cli").glob("*.py")}
    assert {cmd[0] for cmd in COMMANDS} <= have


@pytest.mark.parametrize("case", ALL_CASES)
def test_commands_print_one_or_two_lines(data_dir: Path, case: str, tmp_path: Path) -> None:
    raw = make_damaged(data_dir, case)
    env = dict(os.environ, NETPLAN_TUI_DATA_DIR=str(data_dir), PYTHONPATH=str(ROOT))
    for cmd in COMMANDS:
        proc = subprocess.run(
            [sys.executable, "-m", "netplan_tui", *cmd, "--today", TODAY.isoformat()],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        where = f"{cmd}: {proc.stderr!r}"
        assert "Traceback" not in proc.stderr + proc.stdout, where
        if raw is not None:
            assert paths.data_file(data_dir).read_bytes() == raw, where
        if (case, cmd[0]) in NOT_READ:
            assert proc.returncode == 0, where
            continue
        assert proc.returncode != 0, where
        lines = proc.stderr.strip().splitlines()
        assert 1 <= len(lines) <= 2, where
        assert lines[0].startswith("netplan-tui: "), where
        assert str(paths.data_file(data_dir)) in proc.stderr, where


def test_locate_still_works_on_a_damaged_file(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_damaged(data_dir, "truncated")
    assert cli.main(["locate"]) == 0
    assert capsys.readouterr().out.strip() == str(paths.data_file(data_dir))


# ------------------------------------------------------------------ the recovery app
def error_of(data_dir: Path) -> DataFileError:
    with pytest.raises(DataFileError) as info:
        Store(data_dir)
    return info.value


async def choose(error: DataFileError, backup: Path | None, key: str) -> str | None:
    app = RecoveryApp(error, backup)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        text = " ".join(str(w.render()) for w in app.query("Static"))
        assert error.detail in text
        assert str(error.path) in text
        await pilot.press(key)
        await pilot.pause()
        if key in ("r", "f") and app.is_running:
            await pilot.press("q")  # the key was not offered
    assert app._exception is None
    return app.return_value


def damaged_files(data_dir: Path) -> list[Path]:
    return sorted(data_dir.glob("netplan.damaged-*"))


@pytest.mark.parametrize("case", list(CASES))
async def test_recovery_restore_newest_good_backup(data_dir: Path, case: str) -> None:
    backup = make_good_backup(data_dir)
    paths.data_file(data_dir).unlink()
    raw = make_damaged(data_dir, case)
    error = error_of(data_dir)
    assert error.kind == expected_kind(case)
    assert newest_good_backup(data_dir) == backup
    choice = await choose(error, backup, "r")
    assert choice == "restore"
    kept = apply_choice(data_dir, choice, backup)
    assert kept is not None and kept.read_bytes() == raw
    assert damaged_files(data_dir) == [kept]
    store = Store(data_dir)
    try:
        assert [c.name for c in store.contacts()] == ["From the backup"]
    finally:
        store.close()


@pytest.mark.parametrize("case", list(CASES))
async def test_recovery_start_fresh(data_dir: Path, case: str) -> None:
    raw = make_damaged(data_dir, case)
    error = error_of(data_dir)
    choice = await choose(error, None, "f")
    assert choice == "fresh"
    kept = apply_choice(data_dir, choice, None)
    assert kept is not None and kept.read_bytes() == raw
    store = Store(data_dir)
    try:
        assert store.is_empty()
    finally:
        store.close()
    # a second damage later is kept too, under another name
    paths.data_file(data_dir).write_bytes(raw or b"")
    again = apply_choice(data_dir, "fresh", None)
    assert again is not None and again != kept and kept.read_bytes() == raw


@pytest.mark.parametrize("case", ALL_CASES)
async def test_recovery_quit_changes_nothing(data_dir: Path, case: str) -> None:
    raw = make_damaged(data_dir, case)
    error = error_of(data_dir)
    choice = await choose(error, None, "q")
    assert choice == "quit"
    assert apply_choice(data_dir, choice, None) is None
    assert damaged_files(data_dir) == []
    if raw is not None:
        assert paths.data_file(data_dir).read_bytes() == raw


async def test_unreadable_offers_only_quit(data_dir: Path) -> None:
    make_good_backup(data_dir)
    paths.data_file(data_dir).unlink()
    make_damaged(data_dir, DIRECTORY)
    error = error_of(data_dir)
    for key in ("r", "f"):
        assert await choose(error, newest_good_backup(data_dir), key) == "quit"
    assert paths.data_file(data_dir).is_dir()


async def test_recovery_with_a_damaged_newest_backup(data_dir: Path) -> None:
    good = make_good_backup(data_dir)
    folder = paths.backup_dir(data_dir)
    newer = folder / f"netplan-{TODAY.isoformat()}.json"
    newer.write_bytes(b'{"meta": ')
    assert list_backups(data_dir)[0] == newer
    assert newest_good_backup(data_dir) == good


def test_symlinked_damaged_file_is_kept_and_link_survives(data_dir: Path, tmp_path: Path) -> None:
    real = tmp_path / "synced" / "plan.json"
    real.parent.mkdir()
    real.write_bytes(b"{trunc")
    paths.ensure_private_dir(data_dir)
    paths.data_file(data_dir).symlink_to(real)
    kept = apply_choice(data_dir, "fresh", None)
    assert kept is not None and kept.read_bytes() == b"{trunc"
    store = Store(data_dir)
    try:
        store.add_contact(Contact(name="new"))
    finally:
        store.close()
    assert paths.data_file(data_dir).is_symlink()
    assert "new" in real.read_text("utf-8")


# ------------------------------------------------------------------ snapshot
def test_recovery_screen_snapshot(snap_compare: Callable[..., bool]) -> None:
    error = DataFileError(
        Path("/home/ada/.local/share/netplan-tui/netplan.json"),
        "truncated",
        "The data file is cut short (the JSON ends early: Expecting value).",
    )
    backup = Path("/home/ada/.local/share/netplan-tui/backups/netplan-2026-11-27.json")
    assert snap_compare(RecoveryApp(error, backup), terminal_size=(100, 30))


def test_recovery_screen_at_80x24(snap_compare: Callable[..., bool]) -> None:
    error = DataFileError(
        Path("/home/ada/.local/share/netplan-tui/netplan.json"),
        "not-json",
        "The data file is not valid JSON (line 3, column 7).",
    )
    backup = Path("/home/ada/.local/share/netplan-tui/backups/netplan-2026-11-27.json")
    assert snap_compare(RecoveryApp(error, backup), terminal_size=(80, 24))
