"""Backup and restore: round trips, and every kind of bad file refused with nothing changed."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netplan_tui import cli
from netplan_tui.core.demo import fill_demo
from netplan_tui.core.models import SCHEMA_VERSION, Contact, Goal, MonthReview, Plan, Quality
from netplan_tui.data import backup, paths
from netplan_tui.data.store import Store, check_file, list_backups
from tests.conftest import TODAY


def seeded(data_dir: Path) -> dict:
    """Fill ``data_dir`` with the demo plan plus a setting; return its snapshot."""
    with Store(data_dir, clock=lambda: TODAY) as store:
        fill_demo(store, TODAY)
        store.set_setting("theme", "nord")
        return store.snapshot()


def snapshot_of(data_dir: Path) -> dict:
    with Store(data_dir, clock=lambda: TODAY) as store:
        return store.snapshot()


def file_bytes(data_dir: Path) -> bytes:
    return paths.data_file(data_dir).read_bytes()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main([*argv, "--today", TODAY.isoformat()])
    out, err = capsys.readouterr()
    return status, out, err


# ------------------------------------------------------------------ round trips


def test_backup_then_restore_gives_back_exactly_the_same_data(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = seeded(data_dir)
    target = tmp_path / "plan-backup.json"
    status, out, _ = run(capsys, "backup", "-o", str(target))
    assert status == 0
    assert str(target) in out and "42 contacts" in out
    document = json.loads(target.read_text("utf-8"))
    assert document["app"] == "netplan-tui" and document["kind"] == "backup"
    assert document["schema_version"] == SCHEMA_VERSION
    datetime.fromisoformat(document["created"])
    assert document["data"] == before

    with Store(data_dir, clock=lambda: TODAY) as store:  # change everything a bit
        store.add_contact(Contact(name="Someone New"))
        store.delete_goal(store.goals()[0].id)
        store.save_plan(Plan(primary_goal="community"))
    assert snapshot_of(data_dir) != before

    status, out, err = run(capsys, "restore", str(target), "--yes")
    assert status == 0, err
    assert "Restored 15 qualities, 42 contacts, 11 goals" in out
    assert snapshot_of(data_dir) == before


def test_default_backup_name_is_dated_in_the_current_directory(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seeded(data_dir)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert run(capsys, "backup")[0] == 0
    assert run(capsys, "backup")[0] == 0  # a second one the same day does not overwrite
    assert sorted(p.name for p in work.iterdir()) == [
        "netplan-backup-2026-11-28-2.json",
        "netplan-backup-2026-11-28.json",
    ]


def test_restore_keeps_the_replaced_data_as_a_usable_backup(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store(data_dir, clock=lambda: TODAY) as store:
        store.add_contact(Contact(name="Only one"))
        small = store.snapshot()
    other = tmp_path / "other"
    seeded(other)
    with Store(other) as store:
        backup.write_backup(store, tmp_path / "b.json", datetime(2026, 11, 28, 9, 0))

    status, out, _ = run(capsys, "restore", str(tmp_path / "b.json"), "--yes")
    assert status == 0
    kept = [p for p in list_backups(data_dir) if p.name.startswith("netplan-before-restore-")]
    assert len(kept) == 1 and str(kept[0]) in out
    assert check_file(kept[0])  # a plain data file the recovery screen accepts too
    assert json.loads(kept[0].read_text("utf-8")) == small

    # and restoring that copy brings the small plan back
    assert run(capsys, "restore", str(kept[0]), "--yes")[0] == 0
    assert snapshot_of(data_dir) == small


def test_restore_from_an_automatic_daily_backup(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    day1, day2 = date(2026, 11, 27), TODAY
    with Store(data_dir, clock=lambda: day1) as store:
        store.add_quality(Quality(category="roles", name="Recruiters", target=5))
        store.add_contact(Contact(name="Ada Obi", role="Recruiter"))
        yesterday = store.snapshot()
    with Store(data_dir, clock=lambda: day2) as store:
        store.add_contact(Contact(name="Added today"))  # first save today: backs up day 1
    daily = paths.backup_dir(data_dir) / "netplan-2026-11-28.json"
    assert daily.exists()

    status, out, err = run(capsys, "restore", str(daily), "--yes")
    assert status == 0, err
    assert "1 qualities, 1 contacts" in out
    assert snapshot_of(data_dir) == yesterday


# ------------------------------------------------------------------ refusals

VALID = backup.make_backup(
    {
        "meta": {"1": {"app": "netplan-tui", "schema_version": SCHEMA_VERSION}},
        "contacts": {"1": Contact(name="Ana", strength=4).to_dict()},
        "goals": {"1": Goal(month="2026-11", text="Connect with 3 recruiters", target=3).to_dict()},
    },
    datetime(2026, 11, 28, 10, 0),
)


def _with(path: list, value: object) -> bytes:
    document = json.loads(json.dumps(VALID))
    node = document
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return json.dumps(document).encode()


BAD_FILES: list[tuple[str, bytes, str]] = [
    ("empty", b"", "empty"),
    ("truncated", json.dumps(VALID).encode()[:120], "cut short"),
    ("not json", b"name,role\nAna,Recruiter\n", "not valid JSON"),
    ("not utf-8", b"\xff\xfe\x00{", "not text"),
    ("a list", b"[1, 2, 3]", "not a netplan-tui backup"),
    ("foreign json", b'{"name": "some other app", "items": []}', "neither a netplan-tui"),
    ("foreign backup", _with(["app"], "other-app"), "not a netplan-tui backup"),
    ("newer backup", _with(["schema_version"], SCHEMA_VERSION + 1), "newer netplan-tui"),
    ("newer data", _with(["data", "meta", "1", "schema_version"], SCHEMA_VERSION + 5),
     "newer netplan-tui"),
    ("raw newer data",
     json.dumps({"meta": {"1": {"app": "netplan-tui", "schema_version": 99}}}).encode(),
     "newer netplan-tui"),
    ("foreign data marker", _with(["data", "meta", "1", "app"], "todo-app"), "no netplan-tui"),
    ("data not an object", _with(["data"], [1, 2]), "not an object"),
    ("strength high", _with(["data", "contacts", "1", "strength"], "high"),
     "'strength' should be a whole number (from 1 to 5), not \"high\""),
    ("target ten", _with(["data", "goals", "1", "target"], "ten"),
     "'target' should be a whole number or empty (from 0 to 1,000,000), not \"ten\""),
    ("done as text", _with(["data", "goals", "1", "done"], "yes"),
     "'done' should be true or false"),
    ("bad deadline", _with(["data", "goals", "1", "deadline"], "next Friday"),
     "'deadline' should be a date"),
    ("bad month", _with(["data", "goals", "1", "month"], "November"), "'month' should be a month"),
    ("table of lists", _with(["data", "contacts"], {"1": ["Ana"]}), "wrong shape"),
]


@pytest.mark.parametrize("name,payload,reason", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_a_bad_file_is_refused_with_its_reason_and_the_store_untouched(
    name: str, payload: bytes, reason: str, data_dir: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    seeded(data_dir)
    before = file_bytes(data_dir)
    backups_before = sorted(p.name for p in list_backups(data_dir))
    bad = tmp_path / "bad.json"
    bad.write_bytes(payload)

    status, out, err = run(capsys, "restore", str(bad), "--yes")

    assert status == 1
    assert reason in err
    assert "Nothing was changed" in err
    assert "Traceback" not in err and out == ""
    assert file_bytes(data_dir) == before
    assert sorted(p.name for p in list_backups(data_dir)) == backups_before


def test_missing_file_and_folder_are_refused(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeded(data_dir)
    before = file_bytes(data_dir)
    assert run(capsys, "restore", str(tmp_path / "nope.json"), "--yes")[0] == 1
    status, _, err = run(capsys, "restore", str(tmp_path), "--yes")
    assert status == 1 and "is a folder" in err
    assert file_bytes(data_dir) == before


def test_without_yes_and_without_a_terminal_restore_refuses(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seeded(data_dir)
    before = file_bytes(data_dir)
    good = tmp_path / "good.json"
    good.write_bytes(backup.to_bytes(VALID))
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    status, _, err = run(capsys, "restore", str(good))
    assert status == 1 and "--yes" in err
    assert file_bytes(data_dir) == before


@pytest.mark.parametrize("answer,restored", [("n", False), ("", False), ("y", True)])
def test_the_prompt_decides(
    answer: str, restored: bool, data_dir: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    seeded(data_dir)
    before = file_bytes(data_dir)
    good = tmp_path / "good.json"
    good.write_bytes(backup.to_bytes(VALID))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: answer)
    status, out, _ = run(capsys, "restore", str(good))
    if restored:
        assert status == 0
        assert snapshot_of(data_dir)["contacts"] == VALID["data"]["contacts"]
    else:
        assert status == 1 and "Nothing was changed" in out
        assert file_bytes(data_dir) == before


# ------------------------------------------------------------------ the checker itself


@pytest.mark.parametrize(
    "cls,record,problem",
    [
        (Contact, {"name": "Ana", "strength": 3}, ""),
        (Contact, {"strength": "high"}, "'strength' should be a whole number"),
        (Contact, {"strength": True}, "'strength' should be a whole number"),
        (Contact, {"last_contact": None}, ""),
        (Contact, {"last_contact": "2026-02-30"}, "should be a date"),
        (Goal, {"target": None}, ""),
        (Goal, {"target": 3.5}, "'target' should be a whole number or empty"),
        (Goal, {"answers": {"specific": "x"}}, ""),
        (Goal, {"answers": {"specific": 1}}, "'answers' should be a map of text to text"),
        (Plan, {"weekly_hours": 4}, ""),
        (Plan, {"weekly_hours": "4"}, "'weekly_hours' should be a number or empty"),
        (Plan, {"secondary_goals": ["community"]}, ""),
        (Plan, {"secondary_goals": "community"}, "'secondary_goals' should be a list of text"),
        (MonthReview, {"month": "2026-11", "outcomes": {"1": "done"}}, ""),
        (Quality, {"name": "Recruiters", "future_field": [1]}, ""),  # unknown keys are fine
    ],
)
def test_record_problem(cls: type, record: dict, problem: str) -> None:
    found = backup.record_problem(cls, record)
    assert problem in found if problem else found == ""


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_data_or_a_backup_error(raw: bytes) -> None:
    try:
        data = backup.parse_backup(raw)
    except backup.BackupError as exc:
        assert str(exc).endswith(".")
    else:
        assert isinstance(data, dict)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=3),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["contacts", "goals", "qualities", "events", "reviews", "plan"]),
       st.dictionaries(st.sampled_from(["name", "strength", "target", "progress", "done",
                                        "month", "answers", "day", "text", "order"]),
                       json_values, max_size=4))
def test_any_record_is_either_accepted_or_refused_cleanly(table: str, record: dict) -> None:
    data = json.loads(json.dumps(VALID["data"]))
    data[table] = {"1": record}
    try:
        checked = backup.check_data(data)
    except backup.BackupError as exc:
        assert str(exc).endswith(".")
    else:  # accepted data really loads as typed records
        cls = backup.RECORD_TABLES[table]
        assert backup.record_problem(cls, checked[table]["1"]) == ""


@pytest.mark.parametrize("damage", [b"", b'{"meta": {"1": {"app": "netpl', b"\x00\xffgarbage"])
def test_restore_repairs_a_damaged_data_file_and_keeps_it(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: bytes
) -> None:
    before = seeded(data_dir)
    target = tmp_path / "plan-backup.json"
    assert run(capsys, "backup", "-o", str(target))[0] == 0
    paths.data_file(data_dir).write_bytes(damage)
    status, out, err = run(capsys, "restore", str(target), "--yes")
    assert status == 0, err
    kept = sorted(data_dir.glob("netplan.damaged-*.json"))
    assert len(kept) == 1 and kept[0].read_bytes() == damage
    assert str(kept[0]) in out
    assert snapshot_of(data_dir) == before
