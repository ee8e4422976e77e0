"""The attacks of issue #16, one group per hole, against the real command line.

Each test runs ``cli.main([...])`` (or a subprocess where standard input or a
kill matters) and checks the data file byte for byte afterwards: a refused
operation changes nothing and says so in one sentence, never with a traceback.
Permission tests do not rely on file modes (root bypasses them): they use a
dangling link, a link loop, a file where a folder should be, FIFOs and devices.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from netplan_tui import cli
from netplan_tui.core.models import Contact
from netplan_tui.data import paths
from netplan_tui.data.storage import TEMP_PREFIX, TEMP_SUFFIX, DataFileError
from netplan_tui.data.store import Store, list_backups, restore_file

TODAY = date(2026, 11, 28)
ROOT = Path(__file__).resolve().parents[1]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main([*argv, "--today", TODAY.isoformat()])
    out, err = capsys.readouterr()
    return status, out, err


def one_sentence(err: str) -> None:
    """A refusal: no traceback, at most two short lines (the sentence and its advice)."""
    assert "Traceback" not in err and "Error:" not in err.replace("error:", "")
    lines = [line for line in err.splitlines() if line.strip()]
    assert 1 <= len(lines) <= 3, err


def seeded(data_dir: Path) -> bytes:
    store = Store(data_dir, clock=lambda: TODAY)
    try:
        store.add_contact(Contact(name="Ana Costa", strength=4))
    finally:
        store.close()
    return paths.data_file(data_dir).read_bytes()


def subprocess_cli(*argv: str, stdin: object = None, data_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, NETPLAN_TUI_DATA_DIR=str(data_dir), PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "netplan_tui", *argv], stdin=stdin, env=env,
        capture_output=True, text=True, timeout=60, check=False,
    )


# ------------------------------------------------------------------ 1. outputs
@pytest.mark.parametrize("command", ["export", "backup"])
def test_an_existing_file_is_replaced_only_with_force(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    seeded(data_dir)
    target = tmp_path / "mine.txt"
    target.write_bytes(b"the person's own file")
    status, out, err = run(capsys, command, "-o", str(target))
    assert status == 1 and "already exists" in err and "--force" in err
    one_sentence(err)
    assert target.read_bytes() == b"the person's own file"
    status, out, err = run(capsys, command, "-o", str(target), "--force")
    assert status == 0, err
    assert target.read_bytes() != b"the person's own file"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.parametrize("command", ["export", "backup"])
def test_a_character_device_is_written_to_not_replaced(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """``-o /dev/null`` as root replaced the machine's /dev/null with a regular file."""
    seeded(data_dir)
    null = tmp_path / "null"
    try:
        os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a private /dev/null
    except (PermissionError, OSError):
        pytest.skip("cannot make a device node here")
    status, out, err = run(capsys, command, "-o", str(null))
    assert status == 0, err
    assert stat.S_ISCHR(null.lstat().st_mode)
    assert not list(tmp_path.glob(f"{TEMP_PREFIX}*"))


@pytest.mark.parametrize("command", ["export", "backup"])
def test_a_fifo_is_streamed_to(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    seeded(data_dir)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    status, out, err = run(capsys, command, "-o", str(fifo))
    reader.join(timeout=30)
    assert status == 0, err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert (b"Ana Costa" if command == "backup" else b"# Networking plan") in received[0]


def test_dash_and_dev_stdout_write_to_standard_output(data_dir: Path) -> None:
    seeded(data_dir)
    for target in ("-", "/dev/stdout"):
        done = subprocess_cli("export", "--format", "json", "-o", target, data_dir=data_dir)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["kind"] == "export"


def test_dev_stdout_redirected_to_a_file_is_not_replaced(data_dir: Path, tmp_path: Path) -> None:
    seeded(data_dir)
    out = tmp_path / "redirected.md"
    with out.open("wb") as handle:
        env = dict(os.environ, NETPLAN_TUI_DATA_DIR=str(data_dir), PYTHONPATH=str(ROOT))
        done = subprocess.run([sys.executable, "-m", "netplan_tui", "export", "-o", "/dev/stdout"],
                              stdout=handle, stderr=subprocess.PIPE, env=env, timeout=60,
                              check=False)
    assert done.returncode == 0, done.stderr
    assert out.read_text("utf-8").startswith("# Networking plan")


@pytest.mark.parametrize("make", ["folder", "socket", "link-into-nowhere", "missing-folder"])
def test_other_targets_are_refused_in_one_sentence(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], make: str
) -> None:
    import socket

    seeded(data_dir)
    target = tmp_path / "target"
    if make == "folder":
        target.mkdir()
    elif make == "socket":
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(target))
    elif make == "link-into-nowhere":
        target.symlink_to(tmp_path / "nowhere" / "x.md")
    else:
        target = tmp_path / "nowhere" / "x.md"
    status, out, err = run(capsys, "export", "-o", str(target), "--force")
    assert status == 1
    one_sentence(err)
    assert "Nothing was written" in err
    if make == "socket":
        assert stat.S_ISSOCK(target.lstat().st_mode)


def test_exports_are_private_under_any_umask(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeded(data_dir)
    old = os.umask(0o022)
    try:
        assert run(capsys, "export", "-o", str(tmp_path / "plan.md"))[0] == 0
        assert run(capsys, "backup", "-o", str(tmp_path / "plan.json"))[0] == 0
    finally:
        os.umask(old)
    for name in ("plan.md", "plan.json"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600


# ------------------------------------------------------------------ 2, 3. what stands in the way
def _dangling(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    paths.data_file(data_dir).symlink_to(data_dir / "gone" / "netplan.json")


def _loop(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "other.json").symlink_to(paths.data_file(data_dir))
    paths.data_file(data_dir).symlink_to(data_dir / "other.json")


def _file_as_folder(data_dir: Path) -> None:
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    data_dir.write_bytes(b"not a folder")


def _file_in_path(data_dir: Path) -> None:
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    data_dir.parent.joinpath("blocker").write_bytes(b"x")


BLOCKERS = {"dangling-link": _dangling, "link-loop": _loop, "file-as-folder": _file_as_folder}
WORDS = {"dangling-link": "does not exist", "link-loop": "loop", "file-as-folder": "not a folder"}



def good_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """A valid backup of a seeded plan and a valid LinkedIn export, for commands that read one."""
    good = tmp_path / "good"
    seeded(good)
    backup = tmp_path / "b.json"
    assert run(capsys, "--data-dir", str(good), "backup", "-o", str(backup))[0] == 0
    csv = tmp_path / "Connections.csv"
    csv.write_text("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                   "Ada,Lovelace,https://www.linkedin.com/in/ada,,Analytical,CTO,01 Jan 2024\n")
    return backup, csv

@pytest.mark.parametrize("blocker", sorted(BLOCKERS))
@pytest.mark.parametrize(
    "argv",
    [["status"], ["goals"], ["gap"], ["check", "Message 3 recruiters by Friday"],
     ["export"], ["backup", "-o", "-"], ["demo"], ["import-linkedin", "CSV"],
     ["restore", "--yes", "BACKUP"]],
    ids=lambda argv: argv[0],
)
def test_every_command_says_what_is_in_the_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], blocker: str, argv: list[str]
) -> None:
    """Never a traceback, never an empty plan with exit status 0."""
    backup, csv = good_inputs(tmp_path, capsys)
    data_dir = tmp_path / "blocked" / "netplan"
    BLOCKERS[blocker](data_dir)
    argv = [str(csv) if a == "CSV" else str(backup) if a == "BACKUP" else a for a in argv]
    status, out, err = run(capsys, "--data-dir", str(data_dir), *argv)
    assert status == 1, (out, err)
    one_sentence(err)
    assert WORDS[blocker] in err and str(data_dir) in err
    assert "no goals yet" not in out


def test_a_file_in_the_data_folder_path_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "blocker").write_bytes(b"x")
    status, out, err = run(capsys, "--data-dir", str(tmp_path / "blocker" / "netplan"), "demo")
    assert status == 1
    one_sentence(err)
    assert "blocker" in err


@pytest.mark.parametrize("blocker", sorted(BLOCKERS))
def test_the_app_gets_a_data_file_error_for_its_recovery_screen(
    data_dir: Path, blocker: str
) -> None:
    BLOCKERS[blocker](data_dir)
    with pytest.raises(DataFileError) as info:
        Store(data_dir, readonly_if_locked=True)
    assert info.value.kind == "unreadable"  # the recovery screen offers only Quit
    assert str(data_dir) in info.value.detail


@pytest.mark.parametrize("blocker", sorted(BLOCKERS))
async def test_recovery_screen_shows_the_sentence(data_dir: Path, blocker: str) -> None:
    from netplan_tui.tui.recovery import RecoveryApp

    BLOCKERS[blocker](data_dir)
    with pytest.raises(DataFileError) as info:
        Store(data_dir, readonly_if_locked=True)
    app = RecoveryApp(info.value, None)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        text = " ".join(str(w.render()) for w in app.query("Static"))
        assert info.value.detail in text
        await pilot.press("q")
    assert app._exception is None and app.return_value == "quit"


def test_a_link_to_a_file_not_made_yet_is_created_by_the_first_save(tmp_path: Path) -> None:
    """What quarantine leaves behind (a link whose target was set aside) keeps working."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (tmp_path / "synced").mkdir()
    paths.data_file(data_dir).symlink_to(tmp_path / "synced" / "plan.json")
    store = Store(data_dir, clock=lambda: TODAY)
    store.add_contact(Contact(name="Ada"))
    store.close()
    assert paths.data_file(data_dir).is_symlink()
    assert b"Ada" in (tmp_path / "synced" / "plan.json").read_bytes()


# ------------------------------------------------------------------ 4, 5. hostile backups
def backup_with(contacts: dict, plan: dict | None = None) -> bytes:
    data = {"meta": {"1": {"app": "netplan-tui", "schema_version": 1}}, "contacts": contacts}
    if plan is not None:
        data["plan"] = {"1": plan}
    return json.dumps({"app": "netplan-tui", "kind": "backup", "schema_version": 1,
                       "created": "2026-11-28T10:00:00", "data": data}).encode()


HOSTILE = {
    "ids-1-and-01": (backup_with({"1": {"name": "A"}, "01": {"name": "B"}}), "record number"),
    "id-huge": (backup_with({"9" * 5000: {"name": "A"}}), "record number"),
    "nested-100000": (b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "nests"),
    "nested-in-field": (backup_with({"1": {"name": "A", "x": json.loads(
        "[" * 50 + "1" + "]" * 50)}}), "unknown field"),
    "lone-surrogate": (backup_with({"1": {"name": "\ud800"}}), "'name'"),
    "nan-hours": (backup_with({}, {"weekly_hours": float("nan")}), "'weekly_hours'"),
    "infinite-hours": (backup_with({}, {"weekly_hours": float("inf")}), "'weekly_hours'"),
    "negative-hours": (backup_with({}, {"weekly_hours": -40}), "'weekly_hours'"),
    "strength-10e100": (backup_with({"1": {"name": "A", "strength": 10**100}}), "'strength'"),
    "strength-true": (backup_with({"1": {"name": "A", "strength": True}}), "'strength'"),
    "strength-2.5": (backup_with({"1": {"name": "A", "strength": 2.5}}), "'strength'"),
    "settings-nan": (json.dumps({"app": "netplan-tui", "kind": "backup", "schema_version": 1,
                                 "data": {"meta": {"1": {"app": "netplan-tui",
                                                         "schema_version": 1}},
                                          "settings": {"1": {"x": float("nan")}}}}).encode(),
                     "'settings'"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_backups_are_refused_in_one_sentence_and_nothing_changes(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    raw, words = HOSTILE[case]
    before = seeded(data_dir)
    source = tmp_path / "hostile.json"
    source.write_bytes(raw)
    status, out, err = run(capsys, "restore", "--yes", str(source))
    assert status == 1, (out, err)
    one_sentence(err)
    assert words in err and "Nothing was changed" in err
    assert paths.data_file(data_dir).read_bytes() == before


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_files_are_refused_by_the_recovery_restore_too(
    data_dir: Path, tmp_path: Path, case: str
) -> None:
    raw, _words = HOSTILE[case]
    try:
        inner = json.loads(raw)["data"]
    except (RecursionError, ValueError, KeyError):
        inner = None
    before = seeded(data_dir)
    source = tmp_path / "netplan-2026-11-27.json"
    source.write_bytes(json.dumps(inner).encode() if inner is not None else raw)
    with pytest.raises(DataFileError):
        restore_file(data_dir, source)
    assert paths.data_file(data_dir).read_bytes() == before


@pytest.mark.parametrize("case", ["lone-surrogate", "nan-hours", "strength-10e100"])
def test_a_data_file_holding_such_values_is_refused_not_used(data_dir: Path, case: str) -> None:
    raw, words = HOSTILE[case]
    data_dir.mkdir(parents=True)
    paths.data_file(data_dir).write_bytes(json.dumps(json.loads(raw)["data"]).encode())
    before = paths.data_file(data_dir).read_bytes()
    with pytest.raises(DataFileError) as info:
        Store(data_dir)
    assert words in info.value.detail
    assert paths.data_file(data_dir).read_bytes() == before


def test_after_a_restore_backup_and_plain_json_export_still_work(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeded(data_dir)
    source = tmp_path / "ok.json"
    source.write_bytes(backup_with({"1": {"name": "Zoë ✓", "strength": 5}},
                                   {"weekly_hours": 2.5}))
    assert run(capsys, "restore", "--yes", str(source))[0] == 0
    status, out, err = run(capsys, "export", "--format", "json")
    assert status == 0, err
    json.loads(out, parse_constant=lambda name: pytest.fail(f"{name} in the export"))
    assert run(capsys, "backup", "-o", str(tmp_path / "again.json"))[0] == 0


def test_the_store_refuses_to_save_what_restore_refuses(data_dir: Path) -> None:
    store = Store(data_dir, clock=lambda: TODAY)
    try:
        before = paths.data_file(data_dir).read_bytes()
        for bad in (Contact(name="x\ud800"), Contact(name="A", strength=10**100),
                    Contact(name="A", strength=True)):  # type: ignore[arg-type]
            with pytest.raises(Exception, match="wrong type"):
                store.add_contact(bad)
        assert paths.data_file(data_dir).read_bytes() == before
    finally:
        store.close()


# ------------------------------------------------------------------ 6. endless input
def test_import_of_an_endless_device_stops_at_its_limit(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = seeded(data_dir)
    status, out, err = run(capsys, "import-linkedin", "/dev/zero")
    assert status == 1 and "larger than" in err
    one_sentence(err)
    assert paths.data_file(data_dir).read_bytes() == before


def test_restore_of_an_endless_device_stops_at_its_limit(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from netplan_tui.data import backup

    monkeypatch.setattr(backup, "MAX_DATA_BYTES", 1024 * 1024)
    before = seeded(data_dir)
    status, out, err = run(capsys, "restore", "--yes", "/dev/zero")
    assert status == 1 and "larger than" in err
    assert paths.data_file(data_dir).read_bytes() == before


def test_check_reads_standard_input_up_to_its_limit(data_dir: Path) -> None:
    with open("/dev/zero", "rb") as zero:  # noqa: PTH123
        done = subprocess_cli("check", "-", stdin=zero, data_dir=data_dir)
    assert done.returncode == 2
    assert "larger than" in done.stderr and "Traceback" not in done.stderr


# ------------------------------------------------------------------ 7. dates
@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1899-12-31", "3000-01-01"])
def test_today_outside_the_planning_range_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], day: str
) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["status", "--today", day])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "1900" in err and "2999" in err and "Traceback" not in err


@pytest.mark.parametrize("month", ["9999-12", "0001-01"])
def test_export_month_outside_the_range_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], month: str
) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["export", "--month", month])
    assert info.value.code == 2


@pytest.mark.parametrize("day", [date(2999, 12, 31), date(1900, 1, 1)])
async def test_goals_screen_works_at_both_ends_of_the_range(data_dir: Path, day: date) -> None:
    from netplan_tui.tui.app import make_app

    store = Store(data_dir, clock=lambda: day)
    try:
        app = make_app(store, day)
        async with app.run_test(size=(100, 30), notifications=True) as pilot:
            await pilot.press("5")
            await pilot.pause()
            for key in ("right", "left", "left"):
                await pilot.press(key)
                await pilot.pause()
        assert app._exception is None
    finally:
        store.close()


# ------------------------------------------------------------------ 8, 9. modes, leftovers, names
def test_a_damaged_file_set_aside_is_made_private(data_dir: Path) -> None:
    from netplan_tui.data.store import quarantine

    data_dir.mkdir(parents=True)
    damaged = paths.data_file(data_dir)
    damaged.write_bytes(b"{broken")
    os.chmod(damaged, 0o644)
    kept = quarantine(data_dir)
    assert kept is not None and kept.read_bytes() == b"{broken"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600


@pytest.mark.parametrize("argv", [["status"], ["goals"], ["export"], ["gap"]])
def test_leftover_temp_files_are_swept_by_reading_commands(
    data_dir: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    before = seeded(data_dir)
    orphan = data_dir / f"{TEMP_PREFIX}killed{TEMP_SUFFIX}"
    orphan.write_bytes(b'{"half":')
    status, out, err = run(capsys, *argv)
    assert status == 0, err
    assert not orphan.exists()
    assert paths.data_file(data_dir).read_bytes() == before


def test_both_restore_paths_name_their_safety_copy_alike(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeded(data_dir)
    source = tmp_path / "b.json"
    assert run(capsys, "backup", "-o", str(source))[0] == 0
    assert run(capsys, "restore", "--yes", str(source))[0] == 0
    plain = tmp_path / "netplan-2026-11-27.json"
    plain.write_bytes(paths.data_file(data_dir).read_bytes())
    restore_file(data_dir, plain)
    names = [p.name for p in list_backups(data_dir) if "before" in p.name]
    assert len(names) == 2
    scheme = re.compile(r"netplan-before-restore-\d{8}-\d{6}(-\d+)?\.json\Z")
    assert all(scheme.match(name) for name in names), names


@pytest.mark.parametrize(
    "argv", [["demo"], ["import-linkedin", "CSV"], ["restore", "--yes", "BACKUP"]],
)
def test_a_folder_that_cannot_be_written_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> None:
    """Root bypasses modes, so the refusal of the disk is simulated where every save ends."""
    from netplan_tui.data import storage

    backup, csv = good_inputs(tmp_path, capsys)

    def refused(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(storage, "atomic_write_bytes", refused)
    data_dir = tmp_path / "new"
    argv = [str(csv) if a == "CSV" else str(backup) if a == "BACKUP" else a for a in argv]
    status, out, err = run(capsys, "--data-dir", str(data_dir), *argv)
    assert status == 1, (out, err)
    one_sentence(err)
    assert "Permission denied" in err and str(data_dir) in err
    assert not paths.data_file(data_dir).exists()


@pytest.mark.parametrize("blocker", sorted(BLOCKERS))
def test_the_app_launcher_ends_with_status_1_not_a_traceback(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    blocker: str,
) -> None:
    """``netplan-tui`` with no command: the recovery screen (its answer stubbed: Quit), exit 1."""
    from netplan_tui import launcher
    from netplan_tui.tui import recovery

    shown: list[DataFileError] = []

    def quit_at_once(self: recovery.RecoveryApp) -> str:
        shown.append(self.error)
        return "quit"

    monkeypatch.setattr(recovery.RecoveryApp, "run", quit_at_once)
    BLOCKERS[blocker](data_dir)
    assert launcher.main(["--data-dir", str(data_dir), "--today", "2026-11-28"]) == 1
    assert shown and shown[0].kind == "unreadable" and WORDS[blocker] in shown[0].detail
    assert "Traceback" not in capsys.readouterr().err


def test_a_link_to_a_file_is_kept_and_its_file_replaced(data_dir: Path, tmp_path: Path) -> None:
    seeded(data_dir)
    real = tmp_path / "real.md"
    real.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    assert cli.main(["export", "-o", str(link), "--force"]) == 0
    assert link.is_symlink() and real.read_text().startswith("# Networking plan")
