"""``netplan-tui status``: one line about this month's goals, for a shell prompt."""

from __future__ import annotations

import argparse

from netplan_tui.cli import open_store, today_of
from netplan_tui.cli.base import command_help, has_plan
from netplan_tui.core.models import month_key
from netplan_tui.core.months import month_label, status_line


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "status",
        parents=[common],
        help=command_help("status"),
        description=(
            "Print one line about this month's goals, e.g. "
            "'Dec 2026: 2/4 goals done, 1 behind, 1 overdue'. Never changes anything."
        ),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    today = today_of(args)
    month = month_key(today)
    if not has_plan(args):
        print(f"{month_label(month)}: no goals yet — run netplan-tui")
        return 0
    store = open_store(args, tables=("goals",))
    try:
        goals = store.goals(month)
    finally:
        store.close()
    print(status_line(month, goals, today))
    return 0
