"""``netplan-tui goals``: print a month's goal checklist (a table, or JSON)."""

from __future__ import annotations

import argparse
import json

from netplan_tui.cli import open_store, today_of
from netplan_tui.cli.base import CONTEXT_TABLES, command_help, has_plan, parse_month
from netplan_tui.core import months, smart
from netplan_tui.core.models import Goal, month_key
from netplan_tui.core.text import clean


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "goals",
        parents=[common],
        help=command_help("goals"),
        description="Print a month's SMART goals with progress, deadline and pace.",
    )
    parser.add_argument("--month", metavar="YYYY-MM", type=parse_month,
                        help="the month (default: this month)")
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    today = today_of(args)
    month = args.month or month_key(today)
    goals: list[Goal] = []
    context = None
    if has_plan(args):
        from netplan_tui.core.context import context_from_store

        store = open_store(args, tables=CONTEXT_TABLES)
        try:
            goals = store.goals(month)
            context = context_from_store(store, month, today)
        finally:
            store.close()
    rows = [goal_json(g, today, context) for g in goals]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print_table(month, goals, rows, today)
    return 0


def goal_json(goal: Goal, today, context: smart.PlanContext | None) -> dict:  # noqa: ANN001
    result = smart.check(goal.text, months.reference_day(goal, today), context)
    return {
        "id": goal.id,
        "text": goal.text,
        "target": goal.target,
        "progress": goal.progress,
        "done": goal.done,
        "deadline": goal.deadline,
        "smart": result.smart,
        "unit": goal.unit or None,
        "month": goal.month,
        "pace": months.pace(goal, today),
        "days_left": months.days_left(goal, today),
        "verdict": {name: c.status for name, c in result.criteria.items()},
    }


def print_table(month: str, goals: list[Goal], rows: list[dict], today) -> None:  # noqa: ANN001
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(highlight=False)
    summary = months.summarize(month, goals, today)
    if not goals:
        console.print(Text(f"{months.month_label(month, long=True)}: no goals yet."))
        return
    table = Table(title=Text(summary.line()))
    table.add_column("", width=1)
    table.add_column("Goal", ratio=1)
    table.add_column("Progress", no_wrap=True)
    table.add_column("Deadline", no_wrap=True)
    table.add_column("Pace", no_wrap=True)
    table.add_column("SMART", no_wrap=True)
    pace_styles = {
        months.PACE_DONE: "green",
        months.PACE_OVERDUE: "bold red",
        months.PACE_NEEDS_DATE: "bold red",
        months.PACE_BEHIND: "yellow",
        months.PACE_DUE_TODAY: "yellow",
    }
    for goal, row in zip(goals, rows, strict=True):
        progress = f"{goal.progress}/{goal.target}" if goal.target else ""
        deadline = months.deadline_of(goal).isoformat()
        if months.needs_new_date(goal) and months.own_deadline(goal) is None:
            deadline = "needs a date"
        table.add_row(
            Text("✓", "green") if goal.done else Text("○", "dim"),
            Text(clean(goal.text), "strike dim" if goal.done else ""),
            Text(progress),
            Text(deadline),
            Text(row["pace"], pace_styles.get(row["pace"], "")),
            Text("yes", "green") if row["smart"] else Text("no", "red"),
        )
    console.print(table)
