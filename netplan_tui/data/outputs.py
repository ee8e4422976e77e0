"""Files the app writes for the person: exports and the month's goal list.

The text comes from :mod:`netplan_tui.core.export`; this module only picks the
path and writes it atomically.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from netplan_tui.core.dates import planning_month
from netplan_tui.core.export import Collected, collect, goals_block, render_collected
from netplan_tui.data import paths
from netplan_tui.data.storage import atomic_write_bytes


def free_path(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, or ``stem-2``, ``stem-3``... when it already exists."""
    candidate = folder / f"{stem}{suffix}"
    number = 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{stem}-{number}{suffix}"
    return candidate


def write_text(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` atomically (UTF-8) and return the path."""
    atomic_write_bytes(path, text.encode("utf-8"), mode=0o644)
    return path


def export_to_documents(store: Any, today: date, month: str | None = None) -> Path:
    """Write the Markdown export as ``netplan-YYYY-MM-DD.md`` in the documents folder."""
    return write_to_documents(collect(store, today, month), today)


def write_to_documents(data: Collected, today: date) -> Path:
    """:func:`export_to_documents` for records already collected (safe off the UI thread)."""
    folder = paths.documents_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = free_path(folder, f"netplan-{today.isoformat()}", ".md")
    return write_text(target, render_collected(data, today))


def write_goals_block(store: Any, today: date, month: str | None = None) -> tuple[str, Path]:
    """Write the month's goal checklist as ``goals-YYYY-MM.md`` in the data directory."""
    month = month or planning_month(today)
    text = goals_block(store.goals(month), month, today)
    paths.ensure_private_dir(store.data_dir)
    target = paths.data_file(store.data_dir).with_name(f"goals-{month}.md")
    return text, write_text(target, text)
