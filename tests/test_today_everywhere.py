"""``--today`` dates everything a run writes: backups, safety copies, goals, daily copies."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from netplan_tui import cli
from netplan_tui.core.models import Goal
from netplan_tui.data import paths
from netplan_tui.data.store import Store
from netplan_tui.tui import launch
from netplan_tui.tui.app import NetplanApp

DAY = "2027-03-05"


def run(*argv: str) -> int:
    return cli.main([*argv, "--today", DAY])


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    assert run("--data-dir", str(data_dir), "demo") == 0
    return data_dir


def test_backup_created_is_today(demo_dir: Path, tmp_path: Path) -> None:
    assert run("backup", "-o", str(tmp_path / "b.json")) == 0
    created = json.loads((tmp_path / "b.json").read_text())["created"]
    assert created.startswith(DAY)


def test_safety_copies_are_named_by_today(demo_dir: Path, tmp_path: Path) -> None:
    assert run("backup", "-o", str(tmp_path / "b.json")) == 0
    assert run("restore", str(tmp_path / "b.json"), "--yes") == 0
    assert run("demo", "--force") == 0
    names = sorted(p.name for p in paths.backup_dir(demo_dir).glob("netplan-before-*"))
    assert [n.split("-")[2] for n in names] == ["demo", "restore"]
    assert all("-20270305-" in n for n in names), names


def test_the_app_dates_goals_and_daily_copies_by_today(
    demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def run_app(app: NetplanApp) -> None:  # what a person's edit in the app does
        app.store.add_goal(Goal(text="Message 3 recruiters by March 20", month="2027-03"))

    monkeypatch.setattr(NetplanApp, "run", run_app)
    assert launch.run_tui(demo_dir, date.fromisoformat(DAY)) == 0
    store = Store(demo_dir, readonly=True)
    try:
        added = [g for g in store.goals("2027-03") if g.text.startswith("Message 3")]
    finally:
        store.close()
    assert added and added[0].created == DAY
    assert (paths.backup_dir(demo_dir) / f"netplan-{DAY}.json").exists()


def test_an_app_that_stops_on_an_error_says_so(
    demo_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def crash(app: NetplanApp) -> None:
        app._return_code = 1  # what Textual sets after printing an unhandled error

    monkeypatch.setattr(NetplanApp, "run", crash)
    assert launch.run_tui(demo_dir, date.fromisoformat(DAY)) == 1
    err = capsys.readouterr().err
    assert "stopped because of an unexpected error" in err and str(demo_dir) in err
