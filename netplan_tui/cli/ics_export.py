"""``netplan-tui export --format ics``: the month's goals as an iCalendar file."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from netplan_tui.cli.base import CliError
from netplan_tui.core.ics import render_ics
from netplan_tui.core.models import Goal


def run_ics(goals: Sequence[Goal], month: str, output: Path | None) -> int:
    """Print the calendar, or write it (owner-only, atomically) and print its path."""
    from netplan_tui.data.ics_file import write_ics

    text = render_ics(goals, month, datetime.now(timezone.utc))
    if output is None:
        # The file's own CRLF line ends, byte for byte, even on a text stream.
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            sys.stdout.write(text)
            return 0
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
        return 0
    target = Path(output).expanduser()
    if target.is_dir():
        raise CliError(f"{target} is a folder; give a file name.")
    write_ics(target, text)
    print(target)
    return 0
