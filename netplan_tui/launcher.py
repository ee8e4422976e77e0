"""The ``netplan-tui`` command: a subcommand runs in the command line, none opens the app.

This module sits above the four layers (core, data, cli, tui) and is the only place
that knows both ends; the command line never imports Textual.
"""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path


def open_app(data_dir: Path, today: date) -> int:
    from netplan_tui.tui.launch import run_tui

    return run_tui(data_dir, today)


def main(argv: list[str] | None = None) -> int:
    # Start-up builds what lives until exit (modules, classes, the stylesheet, the
    # plan as read) and frees next to nothing, so the cycle collector's passes over
    # it are wasted: 60-90 ms of the app's start-up on a 2-CPU machine, one full pass
    # of 36 ms landing just before the first paint. A command runs to its end
    # without it (it frees its memory on exit); the app turns it back on before it
    # runs, with all that was built so far set aside (``tui/collector.py``).
    collecting = gc.isenabled()
    gc.disable()
    try:
        from netplan_tui.cli.base import main as cli_main

        return cli_main(argv, tui=open_app)
    finally:
        if collecting:  # as it was, for a caller in the same process
            gc.enable()
