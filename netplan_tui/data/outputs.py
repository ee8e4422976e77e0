"""Files the app writes for the person: exports, backups and the month's goal list.

The text comes from :mod:`netplan_tui.core.export`; this module only picks the
path and writes it. :func:`write_output` is the one way any output (every
export format, a backup) reaches a path the person named:

* a regular file is replaced atomically, and only with ``force`` (the
  command's ``--force``) or when the app chose the name; it is written 0600,
  since it holds the names of the person's contacts;
* a FIFO, a terminal or another character device (``/dev/null``,
  ``/dev/stdout``), and ``-``, are streamed to, never replaced;
* a folder, a block device, a socket, a link into nowhere, a missing folder
  are refused with :class:`OutputError`, one sentence naming the path.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Sequence
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO

from netplan_tui.core.dates import planning_month
from netplan_tui.core.export import Collected, collect, goals_block, render_collected
from netplan_tui.core.models import Goal
from netplan_tui.data import paths
from netplan_tui.data.storage import FILE_MODE, atomic_write_bytes

STDOUT = "-"


class OutputError(Exception):
    """An output path that is not written to; the message says why in one sentence."""


def free_path(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, or ``stem-2``, ``stem-3``... when it already exists."""
    candidate = folder / f"{stem}{suffix}"
    number = 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{stem}-{number}{suffix}"
    return candidate


def _stream(target: str | Path, payload: bytes, out: BinaryIO | None = None) -> None:
    if out is None:
        with open(target, "wb", buffering=0) as stream:  # noqa: PTH123 - a FIFO or a device
            _write_stream(stream, payload)
    else:
        _write_stream(out, payload)


def _write_stream(stream: BinaryIO, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        written = stream.write(view)
        if written is None:  # a non-blocking stream that is full: try again
            continue
        view = view[written:]
    stream.flush()


def _is_stdout(st: os.stat_result) -> bool:
    try:
        out = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        return False
    return (out.st_dev, out.st_ino) == (st.st_dev, st.st_ino)


def write_output(
    path: str | os.PathLike[str], payload: bytes, *, force: bool = False,
    mode: int = FILE_MODE,
) -> Path | None:
    """Write ``payload`` where the person asked (see the module's rules).

    Returns the path of the regular file written, ``None`` when the payload was
    streamed (``-`` means standard output). Raises :class:`OutputError` (nothing written)
    for what is refused, ``OSError`` for a failure while writing (a regular file
    is then left as it was).
    """
    if str(path) == STDOUT:
        sys.stdout.flush()
        _stream(STDOUT, payload, sys.stdout.buffer)
        return None
    target = Path(path)
    try:
        st = os.stat(target)
    except FileNotFoundError:
        if target.is_symlink():
            raise OutputError(f"{target} is a link to a file in a folder that does not "
                              "exist; give another name.") from None
        if not target.parent.is_dir():
            raise OutputError(f"The folder of {target} does not exist.") from None
        st = None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OutputError(f"{target} is a symbolic link that leads back to itself.") from None
        raise OutputError(f"Cannot write {target} ({exc.strerror or exc}).") from None
    if st is not None:
        kind = st.st_mode
        if stat.S_ISFIFO(kind) or stat.S_ISCHR(kind) or _is_stdout(st):
            if _is_stdout(st):
                sys.stdout.flush()
                _stream(target, payload, sys.stdout.buffer)
            else:
                _stream(target, payload)
            return None
        if stat.S_ISDIR(kind):
            raise OutputError(f"{target} is a folder; give a file name.")
        if not stat.S_ISREG(kind):
            raise OutputError(f"{target} is not a regular file, a pipe or a terminal; "
                              "nothing was written to it.")
        if not force:
            raise OutputError(f"{target} already exists; pass --force to replace it.")
        # A link to a file: replace the file it points to and keep the link.
        target = Path(os.path.realpath(target))
    atomic_write_bytes(target, payload, mode=mode)
    return target


def write_text(path: Path, text: str, *, force: bool = True) -> Path:
    """Write ``text`` (UTF-8) to a path the app chose, atomically, 0600; return the path."""
    write_output(path, text.encode("utf-8"), force=force)
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


def calendar_name(month: str) -> str:
    """``netplan-goals-2026-12.ics``: one file per month, rewritten by each export."""
    return f"netplan-goals-{month}.ics"


def calendar_to_documents(goals: Sequence[Goal], month: str) -> Path:
    """Write the month's goals as ``netplan-goals-YYYY-MM.ics`` in the documents folder.

    The same name each time: the events keep their UIDs, so importing the newer
    file updates the calendar, and the folder does not fill with copies.
    """
    from netplan_tui.core.ics import render_ics

    folder = paths.documents_dir()
    folder.mkdir(parents=True, exist_ok=True)
    text = render_ics(goals, month, datetime.now(timezone.utc))
    return write_text(folder / calendar_name(month), text)
