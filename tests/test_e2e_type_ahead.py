"""Type-ahead in a real terminal on a busy machine: every character lands where it belongs.

The installed console script runs in tmux (a private server, ``tmux -L``) while
a few bounded busy loops load the CPU. Each round writes one burst of keys to
the terminal, as a fast typist ahead of the app does: a screen switch, a form
opened by ``n`` and filled field after field with Tab, saved, another form,
another screen, a field of screen 1. Then the saved data is read back and every
character is counted in the field it was typed for.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from netplan_tui.core.models import Plan
from netplan_tui.data.store import Store
from tests.helpers.pane import pane_env

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

TMUX = shutil.which("tmux")
SCRIPT = Path(sys.executable).with_name("netplan-tui")
TODAY = "2026-11-28"
ROUNDS = 3
BUSY_LOOPS = 3
BUSY_SECONDS = 120  # each loop stops by itself after this, whatever happens to the test
BUSY = "import time\nt = time.time()\nwhile time.time() - t < {s}: pass\n"

CONTACTS = [
    ("Ana Lopez", "Senior Product Manager", "Shopify"),
    ("Human One", "Recruiter", ""),
]
QUALITY = ("Recruiters", 12)
VISION = "grow my network in Berlin"


def text_keys(text: str) -> list[str]:
    """tmux key names that type ``text`` (letters as themselves, spaces as Space)."""
    return ["Space" if char == " " else char for char in text]


def burst() -> list[str]:
    (name1, role1, company1), (name2, role2, _) = CONTACTS
    return [
        "3", "n", *text_keys(name1), "Tab", *text_keys(role1), "Tab", *text_keys(company1),
        "C-s",
        "n", *text_keys(name2), "Tab", *text_keys(role2), "Enter",
        "2", "n", *text_keys(QUALITY[0]), "Tab", *text_keys(str(QUALITY[1])), "Enter",
        "1", "v", *text_keys(VISION), "Escape",
    ]


class Tmux:
    """One private tmux server (its own socket) running one command at 100x30."""

    def __init__(self, command: list[str]) -> None:
        self.socket = f"netplan-ta-{uuid.uuid4().hex[:8]}"
        env = pane_env()
        self.run("new-session", "-d", "-s", "main", "-x", "100", "-y", "30",
                 " ".join("'" + c.replace("'", "'\\''") + "'" for c in command), env=env)

    def run(self, *args: str, env: dict[str, str] | None = None) -> str:
        result = subprocess.run(
            [TMUX, "-L", self.socket, *args], capture_output=True, text=True, env=env,
            timeout=30,
        )
        return result.stdout

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "main")

    def alive(self) -> bool:
        return "main" in self.run("list-sessions", "-F", "#{session_name}")

    def wait_for(self, text: str, timeout: float = 60.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} did not appear; the screen shows:\n{screen}")

    def send(self, *keys: str) -> None:
        """All ``keys`` in one write to the terminal: the app reads them as one burst."""
        self.run("send-keys", "-t", "main", *keys)

    def close(self) -> None:
        subprocess.run([TMUX, "-L", self.socket, "kill-server"], capture_output=True)
        # tmux leaves the private server's socket file behind.
        socket_dir = Path(os.environ.get("TMUX_TMPDIR", "/tmp")) / f"tmux-{os.getuid()}"
        (socket_dir / self.socket).unlink(missing_ok=True)


def seed(data: Path) -> None:
    store = Store(data)
    try:
        store.save_plan(Plan(primary_goal="job_search", onboarding_done=True, weekly_hours=3))
        store.set_setting("qualities_suggested", True)
    finally:
        store.close()


def placed(data: Path) -> tuple[int, int, list[str]]:
    """(characters in the right field, characters typed, what differs)."""
    store = Store(data)
    try:
        contacts = [(c.name, c.role, c.company) for c in store.contacts()]
        qualities = [(q.name, q.target) for q in store.qualities()]
        vision = store.get_plan().vision
    finally:
        store.close()
    typed = sum(len(v) for c in CONTACTS for v in c) + len(QUALITY[0]) + len(str(QUALITY[1]))
    typed += len(VISION)
    right = 0
    wrong: list[str] = []
    for expected, got in zip(CONTACTS, contacts + [("", "", "")] * 2, strict=False):
        for want, have in zip(expected, got, strict=True):
            if want == have:
                right += len(want)
            else:
                wrong.append(f"{have!r} instead of {want!r}")
    if len(contacts) != len(CONTACTS):
        wrong.append(f"contacts: {contacts}")
    quality = qualities[0] if qualities else ("", 0)
    right += len(QUALITY[0]) if quality[0] == QUALITY[0] else 0
    right += len(str(QUALITY[1])) if quality[1] == QUALITY[1] else 0
    if quality != QUALITY:
        wrong.append(f"quality {quality!r} instead of {QUALITY!r}")
    right += len(VISION) if vision == VISION else 0
    if vision != VISION:
        wrong.append(f"vision {vision!r} instead of {VISION!r}")
    return right, typed, wrong


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
@pytest.mark.skipif(not SCRIPT.exists(), reason="the netplan-tui console script is not installed")
def test_type_ahead_under_load_every_character_where_it_belongs(tmp_path: Path) -> None:
    busy = [
        subprocess.Popen([sys.executable, "-c", BUSY.format(s=BUSY_SECONDS)])
        for _ in range(BUSY_LOOPS)
    ]
    results: list[tuple[int, int, list[str]]] = []
    try:
        for round_ in range(ROUNDS):
            data = tmp_path / f"round{round_}"
            seed(data)
            term = Tmux([str(SCRIPT), "--data-dir", str(data), "--today", TODAY])
            try:
                term.wait_for("Monthly SMART goals")
                term.send(*burst())
                term.wait_for(VISION)
                term.wait_for("1 · Big-picture goal")
                term.send("q")
                deadline = time.monotonic() + 30
                while term.alive() and time.monotonic() < deadline:
                    time.sleep(0.1)
                assert not term.alive(), f"q did not quit:\n{term.screen()}"
            finally:
                term.close()
            results.append(placed(data))
    finally:
        for proc in busy:
            proc.kill()
            proc.wait()
    right = sum(r for r, _t, _w in results)
    typed = sum(t for _r, t, _w in results)
    print(f"type-ahead under {BUSY_LOOPS} busy loops: {right}/{typed} characters placed, "
          f"{ROUNDS} rounds")
    assert [w for _r, _t, w in results] == [[]] * ROUNDS
    assert right == typed
