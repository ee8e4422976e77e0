"""Shared fixtures: keep the developer's machine out, fix "today", no animations."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

import pytest  # noqa: E402

from netplan_tui.data.store import Store  # noqa: E402

TODAY = date(2026, 11, 28)


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data directory, home and documents folder."""
    data = tmp_path / "data"
    monkeypatch.setenv("NETPLAN_TUI_DATA_DIR", str(data))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "home" / "Documents"))
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    # No cursor blink: snapshots must not depend on when they are taken.
    from textual.widgets import Input, TextArea

    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)
    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", lambda self: None)
    return data


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def data_dir(_isolated: Path) -> Path:
    return _isolated


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    """A writable store on the test's data directory (closed after the test)."""
    s = Store(data_dir, clock=lambda: TODAY)
    yield s
    s.close()


@pytest.fixture
def fixed_store(request: pytest.FixtureRequest) -> Iterator[Store]:
    """A store at a fixed path, for snapshots that show the data file's location."""
    import shutil

    folder = Path("/tmp/netplan-tui-tests") / request.node.name.replace("/", "_")
    shutil.rmtree(folder, ignore_errors=True)
    s = Store(folder, clock=lambda: TODAY)
    yield s
    s.close()
    shutil.rmtree(folder, ignore_errors=True)


def reopen(store: Store) -> Store:
    """Close ``store`` and open the same data directory again, as the app does after a
    restart (the big tables are read on first use: ``defer``)."""
    store.close()
    return Store(store.data_dir, clock=lambda: TODAY, defer=True)


def make_test_app(store: Store, today: date = TODAY):  # noqa: ANN201
    from netplan_tui.tui.app import make_app

    app = make_app(store, today)
    return app
