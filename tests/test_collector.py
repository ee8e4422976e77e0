"""The cycle collector is off while netplan-tui starts, and on while the app runs.

Start-up builds what lives until exit, so the launcher turns the collector off
(``launcher.main``); a command runs to its end without it, the app and the
recovery screen get it back, with what start-up built set aside
(``tui.launch.collect_from_here``). A caller in the same process gets it back as
it was.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from netplan_tui import launcher
from netplan_tui.cli import base
from netplan_tui.core.demo import fill_demo
from netplan_tui.data import paths
from netplan_tui.data.store import Store
from netplan_tui.tui import recovery
from netplan_tui.tui.app import NetplanApp
from tests.conftest import TODAY


@pytest.fixture(autouse=True)
def collector_as_it_was() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    gc.unfreeze()  # the stubbed app below never unmounts, which would do it
    if enabled:
        gc.enable()


def test_a_command_runs_without_the_collector_then_gives_it_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[bool] = []

    def command(argv: list[str] | None, *, tui: object) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(base, "main", command)
    gc.enable()
    assert launcher.main(["status"]) == 0
    assert seen == [False]
    assert gc.isenabled()


def test_a_caller_without_the_collector_keeps_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base, "main", lambda argv, *, tui: 0)
    gc.disable()
    assert launcher.main(["status"]) == 0
    assert not gc.isenabled()


def test_the_app_runs_with_the_collector_and_start_up_set_aside(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    store = Store(data_dir)
    fill_demo(store, TODAY)
    store.close()
    seen: list[tuple[bool, int]] = []

    def run(self: NetplanApp) -> None:
        seen.append((gc.isenabled(), gc.get_freeze_count()))

    monkeypatch.setattr(NetplanApp, "run", run)
    gc.unfreeze()
    assert launcher.main(["--data-dir", str(data_dir), "--today", TODAY.isoformat()]) == 0
    assert len(seen) == 1
    enabled, frozen = seen[0]
    assert enabled
    assert frozen > 10_000  # the modules and classes start-up loaded


def test_the_recovery_screen_runs_with_the_collector(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    paths.data_file(data_dir).write_text("{ not json", encoding="utf-8")
    seen: list[bool] = []

    def run(self: recovery.RecoveryApp) -> str:
        seen.append(gc.isenabled())
        return "quit"

    monkeypatch.setattr(recovery.RecoveryApp, "run", run)
    assert launcher.main(["--data-dir", str(data_dir), "--today", TODAY.isoformat()]) == 1
    assert seen == [True]

