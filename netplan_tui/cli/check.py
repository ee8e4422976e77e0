"""``netplan-tui check GOAL``: judge one goal sentence against SMART.

``check -`` reads one goal per line from standard input. With ``--json`` the
result is JSON (JSON Lines for standard input). The goal is judged for the month
``--month YYYY-MM``, else for the month being planned (next month during the last
week of a month, the Goals screen's rule). Three verdicts: SMART (every criterion ok),
Almost SMART (warnings only) and Not SMART yet. Exit status: 0 only when SMART (every
goal, for standard input), 1 when not, 2 on a usage error such as an empty goal.
With a data directory that holds a plan, the plan is the checker's context.
"""

from __future__ import annotations

import argparse
import json

from netplan_tui.cli import CliError, open_store, today_of
from netplan_tui.cli.base import CONTEXT_TABLES, command_help, has_plan, parse_month, read_stdin
from netplan_tui.core import smart
from netplan_tui.core.dates import planning_month
from netplan_tui.core.smart.criteria import (
    CRITERIA,
    LONG_LABELS,
    MARKS,
    VERDICT_LABELS,
    VERDICT_MARKS,
)
from netplan_tui.core.text import clean

STYLES = {"ok": "bold green", "warn": "bold yellow", "fail": "bold red"}
VERDICT_STYLES = {"smart": "bold green", "almost": "bold yellow", "not_smart": "bold red"}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "check",
        parents=[common],
        help=command_help("check"),
        description=(
            "Check a goal sentence against SMART: Specific, Measurable, Achievable, "
            "Relevant, Time-bound, one sentence. Use - to read one goal per line from "
            "standard input. A goal is SMART only when every criterion is ok. "
            "Exit status: 0 SMART, 1 almost or not SMART, 2 usage error."
        ),
    )
    parser.add_argument("goal", help='the goal sentence in quotes, or "-" for standard input')
    parser.add_argument("--json", action="store_true", help="print JSON (JSON Lines for -)")
    parser.add_argument(
        "--month",
        metavar="YYYY-MM",
        type=parse_month,
        help="the month the goal is for (default: the month being planned: next month "
        "during the last week of a month)",
    )
    parser.set_defaults(func=run)


def goal_month(args: argparse.Namespace) -> str:
    """``--month`` (checked by :func:`~netplan_tui.cli.base.parse_month`), else the month
    being planned."""
    return getattr(args, "month", None) or planning_month(today_of(args))


def plan_context(args: argparse.Namespace, month: str | None = None) -> smart.PlanContext:
    """The user's plan as context when the data directory holds one; always the month."""
    month = month or goal_month(args)
    if not has_plan(args):
        return smart.PlanContext(month=month)
    from netplan_tui.core.context import context_from_store

    today = today_of(args)
    store = open_store(args, tables=CONTEXT_TABLES)
    try:
        return context_from_store(store, month, today)
    finally:
        store.close()


def run(args: argparse.Namespace) -> int:
    today = today_of(args)
    if args.goal == "-":
        goals = [line.strip() for line in read_stdin().splitlines()]
        goals = [g for g in goals if g]
        if not goals:
            raise CliError("no goal on standard input (one goal per line).", 2)
    else:
        if not args.goal.strip():
            raise CliError("the goal is empty: write one sentence in quotes.", 2)
        goals = [args.goal]
    context = plan_context(args, goal_month(args))
    results = [smart.check(goal, today, context) for goal in goals]
    if args.json:
        for result in results:
            print(json.dumps(result_json(result), ensure_ascii=False))
    elif len(results) == 1 and args.goal != "-":
        print_verdict(results[0])
    else:
        print_lines(results)
    return 0 if all(r.smart for r in results) else 1


def result_json(result: smart.SmartResult) -> dict:
    data = result.to_json()
    keys = ("text", "verdict", "smart", "criteria", "target", "unit", "deadline", "tips",
            "language", "month")
    out = {k: data.get(k) for k in keys}
    out.update({k: v for k, v in data.items() if k not in out})
    return out


def _console():  # noqa: ANN202
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def print_verdict(result: smart.SmartResult) -> None:
    """A readable verdict: one line per criterion with its reason and suggestion."""
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    console = _console()
    head = Text()
    head.append(VERDICT_LABELS[result.verdict], VERDICT_STYLES[result.verdict])
    head.append("  ")
    head.append(clean(result.text))
    console.print(head)
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=1)
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for name in CRITERIA:
        criterion = result.criteria.get(name)
        if criterion is None:
            continue
        style = STYLES.get(criterion.status, "")
        body = Text(criterion.reason)
        if criterion.suggestion and criterion.status != "ok":
            body.append("\n→ ", "dim")
            body.append(criterion.suggestion, "italic")
        grid.add_row(Text(MARKS.get(criterion.status, "?"), style),
                     Text(LONG_LABELS[name], style), body)
    console.print(Padding(grid, (0, 0, 0, 2)))
    for tip in result.tips:
        line = Text("  Tip: ", "dim")
        line.append(tip)
        console.print(line)
    found = []
    if result.target is not None:
        found.append(f"target {result.target}" + (f" {result.unit}" if result.unit else ""))
    if result.deadline is not None:
        found.append(f"deadline {result.deadline.isoformat()}")
    if found:
        console.print(Text("  Understood: " + ", ".join(found), "dim"))


def print_lines(results: list[smart.SmartResult]) -> None:
    """One line per goal: the verdict, the criteria that are not ok, the goal."""
    from rich.text import Text

    console = _console()
    width = max(len(label) for label in VERDICT_LABELS.values()) + 2
    for result in results:
        verdict = result.verdict
        line = Text()
        line.append(f"{VERDICT_MARKS[verdict]} {VERDICT_LABELS[verdict]:<{width}}",
                    VERDICT_STYLES[verdict])
        line.append(clean(result.text))
        missing = [f"{LONG_LABELS[n].lower()} {result.criteria[n].status}" for n in CRITERIA
                   if result.criteria[n].status != "ok"]
        if missing:
            line.append("  (" + ", ".join(missing) + ")", "dim")
        console.print(line, soft_wrap=True)  # one line per goal, whatever the width
