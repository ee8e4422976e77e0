"""The month's goals written as an iCalendar file, readable by the owner only.

The text comes from :mod:`netplan_tui.core.ics`; this module picks the path and
writes it atomically with mode 0600: the goals are the person's private data.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from netplan_tui.core.ics import render_ics
from netplan_tui.core.models import Goal
from netplan_tui.data import paths
from netplan_tui.data.storage import atomic_write_bytes

PRIVATE = 0o600


def write_ics(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` atomically, owner-only, and return the path."""
    atomic_write_bytes(path, text.encode("utf-8"), mode=PRIVATE)
    return path


def calendar_name(month: str) -> str:
    """``netplan-goals-2026-12.ics``: one file per month, rewritten by each export."""
    return f"netplan-goals-{month}.ics"


def calendar_to_documents(goals: Sequence[Goal], month: str) -> Path:
    """Write the month's goals as ``netplan-goals-YYYY-MM.ics`` in the documents folder.

    The same name each time: the events keep their UIDs, so importing the newer
    file updates the calendar, and the folder does not fill with copies.
    """
    folder = paths.documents_dir()
    folder.mkdir(parents=True, exist_ok=True)
    text = render_ics(goals, month, datetime.now(timezone.utc))
    return write_ics(folder / calendar_name(month), text)
