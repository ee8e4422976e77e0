"""The Goals screen's calendar key: the month's goals as an iCalendar file.

Kept apart from the screen so the screen only binds a key to one call. The
goals are read on the UI thread; the file is written in a worker thread to
``netplan-goals-YYYY-MM.ics`` in the documents folder (owner-only), and the
person is told where it is.
"""

from __future__ import annotations

from typing import Any

from netplan_tui.core.dates import month_label
from netplan_tui.core.models import Goal


def export_calendar(app: Any, month: str) -> None:
    """Write ``month``'s goals as a calendar file and notify where it went."""
    goals = app.store.goals(month)
    app.run_worker(
        lambda: _write(app, goals, month),
        thread=True,
        exclusive=True,
        group="calendar",
        name="calendar export",
    )


def _write(app: Any, goals: list[Goal], month: str) -> None:
    from netplan_tui.data.outputs import calendar_to_documents

    try:
        path = calendar_to_documents(goals, month)
    except Exception as exc:  # any failure must reach the user, not a traceback
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        app.call_from_thread(
            app.notify, f"Could not write the calendar file: {reason}",
            title="Calendar", severity="error", markup=False,
        )
        return
    count = len(goals)
    what = f"{count} goal{'s' if count != 1 else ''} of {month_label(month, long=True)}"
    app.call_from_thread(
        app.notify,
        f"{what} written to {path}. Import it in your calendar; importing a newer "
        "file updates the same events.",
        title="Calendar",
        markup=False,
        timeout=10,
    )
