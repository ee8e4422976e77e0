"""The environment of a program started in a private tmux pane by a test."""

from __future__ import annotations

import os

#: Left out: ``TMUX*`` would point the new server at the one running the tests, and
#: ``COLUMNS``/``LINES`` describe the test runner's terminal (pytest's workers set
#: them to 80 and 24). Python's ``shutil.get_terminal_size`` reads them before the
#: pane's own size, so the app laid out at 80×24 in a 100×30 pane and stayed so.
LEFT_OUT = ("COLUMNS", "LINES")


def pane_env() -> dict[str, str]:
    """``os.environ`` without what would describe another terminal than the pane."""
    return {
        key: value for key, value in os.environ.items()
        if not key.startswith("TMUX") and key not in LEFT_OUT
    }
