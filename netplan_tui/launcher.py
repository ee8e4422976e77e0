"""The ``netplan-tui`` command: a subcommand runs in the command line, none opens the app.

This module sits above the four layers (core, data, cli, tui) and is the only place
that knows both ends; the command line never imports Textual.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path


def open_app(data_dir: Path, today: date) -> int:
    from netplan_tui.tui.launch import run_tui

    return run_tui(data_dir, today)


def main(argv: list[str] | None = None) -> int:
    from netplan_tui.cli.base import main as cli_main

    return cli_main(argv, tui=open_app)
