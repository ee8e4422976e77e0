"""End to end in a real terminal: the installed console script in tmux, typed as a user would.

A first-time path: pick a goal, add a quality, add a contact, look at the gap,
write three goals with the checker, check one off, quit — then read what was saved
through ``netplan-tui goals --json``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.helpers.pane import pane_env

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

TMUX = shutil.which("tmux")
SCRIPT = Path(sys.executable).with_name("netplan-tui")
TODAY = "2026-11-28"


class Terminal:
    """A tmux session running one command at 100x30."""

    def __init__(self, command: list[str]) -> None:
        self.name = f"netplan-e2e-{uuid.uuid4().hex[:8]}"
        self.tmux = [TMUX, "-L", self.name]  # a private server: no other session is touched
        env = pane_env()
        subprocess.run(
            [*self.tmux, "new-session", "-d", "-s", self.name, "-x", "100", "-y", "30",
             " ".join(_quote(c) for c in command)],
            check=True,
            env=env,
        )

    def screen(self) -> str:
        result = subprocess.run(
            [*self.tmux, "capture-pane", "-p", "-t", self.name], capture_output=True, text=True
        )
        return result.stdout

    def alive(self) -> bool:
        return subprocess.run(
            [*self.tmux, "has-session", "-t", self.name], capture_output=True
        ).returncode == 0

    def wait_for(self, text: str, timeout: float = 15.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{text!r} did not appear; the screen shows:\n{screen}")

    def wait_for_pattern(self, pattern: str, timeout: float = 15.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if re.search(pattern, screen):
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{pattern!r} did not appear; the screen shows:\n{screen}")

    def keys(self, *keys: str, pause: float = 0.25) -> None:
        """Named keys (Enter, Tab, C-s, Space, Up…), one at a time as a user presses them."""
        for key in keys:
            subprocess.run([*self.tmux, "send-keys", "-t", self.name, key], check=True)
            time.sleep(pause)

    def type(self, text: str) -> None:
        subprocess.run([*self.tmux, "send-keys", "-t", self.name, "-l", text], check=True)
        time.sleep(0.3)

    def close(self) -> None:
        subprocess.run([*self.tmux, "kill-server"], capture_output=True)
        # tmux leaves the private server's socket file behind.
        socket_dir = Path(os.environ.get("TMUX_TMPDIR", "/tmp")) / f"tmux-{os.getuid()}"
        (socket_dir / self.name).unlink(missing_ok=True)


def _quote(arg: str) -> str:
    return "'" + arg.replace("'", "'\\''") + "'"


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed (.ci/run installs it)")
@pytest.mark.skipif(not SCRIPT.exists(), reason="the netplan-tui console script is not installed")
def test_first_time_path_in_a_real_terminal(tmp_path: Path) -> None:
    data = tmp_path / "plan"
    term = Terminal([str(SCRIPT), "--data-dir", str(data), "--today", TODAY])
    try:
        # Step 1: the goal picker; enter makes the highlighted goal primary.
        term.wait_for("What is your big-picture networking goal?")
        term.wait_for("step 1 of 5")
        term.keys("Enter")
        term.wait_for("★ Help my job search  primary")

        # Step 2: decline the suggestions, add one quality with a target.
        term.keys(">")
        term.wait_for("Start from suggestions?")
        term.keys("n")
        term.wait_for("No qualities yet")
        term.keys("n")
        term.wait_for("New quality")
        term.type("Data engineers")
        term.keys("Tab")
        term.type("2")
        term.keys("C-s")
        term.wait_for("1 quality ·")
        term.wait_for("Data engineers")  # the row may be drawn a moment after the count

        # Step 3: add a contact who matches it.
        term.keys(">")
        term.wait_for("step 3 of 5")
        term.keys("n")
        term.wait_for("New contact")
        term.type("Ana López")
        term.keys("Tab")
        term.type("Senior Data Engineer")
        term.keys("C-s")
        term.wait_for("1 contact ·")
        term.wait_for("Ana López")  # the row may be drawn a moment after the count

        # Step 4: the gap — one of two data engineers known.
        term.keys(">")
        term.wait_for("Gap analysis")
        # target 2, have 1, gap 1. A pattern: a notification may cover the end of a
        # line, and on a loaded machine the app may start before tmux has sized the
        # pane (it then draws 80 columns wide and the quality column is cut).
        # have 1 of target 2: the number, then its bar, then the gap of 1
        term.wait_for_pattern(r"Roles\s+Data engine\w*\s+2\s+1 [█░]+\s+1\s+partial")

        # Step 5: three goals with the live checker, one of them vague.
        term.keys(">")
        term.wait_for("step 5 of 5")
        term.wait_for("Planning December 2026")  # on the 28th, next month is planned
        term.keys("n")
        term.wait_for("New goal")
        term.type("Have coffee chats with 3 data engineers from my bootcamp by December 15")
        screen = term.wait_for("December 15, 2026", timeout=5)
        assert "✓ S" in screen and "✓ M" in screen and "✓ T" in screen
        term.keys("Enter")
        term.wait_for("of 1 goal done")  # the header: "0 of 1 goal done"
        term.keys("n")
        term.wait_for("New goal")
        term.type("Send 5 personalised LinkedIn invitations to data engineers by December 31")
        term.wait_for("✓ M")
        term.keys("Enter")
        term.wait_for("2 goals")
        term.keys("n")
        term.wait_for("New goal")
        term.type("Network more")
        screen = term.wait_for("Not SMART yet")
        assert "✗ S" in screen and "✗ M" in screen and "✗ T" in screen
        term.keys("Enter")
        term.wait_for("Save a goal that is not SMART?")
        term.keys("y")
        screen = term.wait_for("3 goals")
        assert "fewer than three" not in screen

        # Check off the first goal, then quit.
        term.keys("Up", "Up", "Space")
        term.wait_for("1 of 3 goals done")
        term.keys("q")
        deadline = time.monotonic() + 10
        while term.alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not term.alive(), "q did not quit"
    finally:
        term.close()

    result = subprocess.run(
        [str(SCRIPT), "--data-dir", str(data), "--today", TODAY, "goals", "--month", "2026-12",
         "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    goals = json.loads(result.stdout)
    assert [g["text"] for g in goals] == [
        "Have coffee chats with 3 data engineers from my bootcamp by December 15",
        "Send 5 personalised LinkedIn invitations to data engineers by December 31",
        "Network more",
    ]
    assert [g["done"] for g in goals] == [True, False, False]
    assert [g["smart"] for g in goals] == [True, True, False]
    assert goals[0]["target"] == 3 and goals[0]["deadline"] == "2026-12-15"
    assert goals[1]["target"] == 5 and goals[1]["deadline"] == "2026-12-31"
