"""``netplan-tui check GOAL``: judge one goal sentence against SMART.

``check -`` reads one goal per line from standard input. With ``--json`` the
result is JSON (JSON Lines for standard input). Exit status: 0 when SMART (every
goal, for standard input), 1 when not, 2 on a usage error such as an empty goal.
With a data directory that holds a plan, the plan is the checker's context.
"""

from __future__ import annotations

import argparse
import json

from netplan_tui.cli import CliError, open_store, today_of
from netplan_tui.cli.base import has_plan, read_stdin
from netplan_tui.core import smart
from netplan_tui.core.dates import planning_month
from netplan_tui.core.text import clean

MARKS = {"ok": "✓", "warn": "!", "fail": "✗"}
STYLES = {"ok": "bold green", "warn": "bold yellow", "fail": "bold red"}
NAMES = {
    "specific": "Specific",
    "measurable": "Measurable",
    "achievable": "Achievable",
    "relevant": "Relevant",
    "time_bound": "Time-bound",
    "one_sentence": "One sentence",
}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "check",
        parents=[common],
        help="check a goal sentence against SMART",
        description=(
            "Check a goal sentence against SMART: Specific, Measurable, Achievable, "
            "Relevant, Time-bound, one sentence. Use - to read one goal per line from "
            "standard input. Exit status: 0 SMART, 1 not SMART, 2 usage error."
        ),
    )
    parser.add_argument("goal", help='the goal sentence in quotes, or "-" for standard input')
    parser.add_argument("--json", action="store_true", help="print JSON (JSON Lines for -)")
    parser.set_defaults(func=run)


def plan_context(args: argparse.Namespace) -> smart.PlanContext | None:
    """The user's plan as context, when the data directory holds one."""
    if not has_plan(args):
        return None
    from netplan_tui.core.context import context_from_store

    today = today_of(args)
    store = open_store(args)
    try:
        return context_from_store(store, planning_month(today), today)
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
    context = plan_context(args)
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
    keys = ("text", "smart", "criteria", "target", "unit", "deadline")
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
    if result.smart:
        warns = any(c.status == "warn" for c in result.criteria.values())
        head.append("SMART" + (", with warnings" if warns else ""), "bold green")
    else:
        head.append("Not SMART yet", "bold red")
    head.append("  ")
    head.append(clean(result.text))
    console.print(head)
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=1)
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for name in smart.CRITERIA:
        criterion = result.criteria.get(name)
        if criterion is None:
            continue
        style = STYLES.get(criterion.status, "")
        body = Text(criterion.reason)
        if criterion.suggestion and criterion.status != "ok":
            body.append("\n→ ", "dim")
            body.append(criterion.suggestion, "italic")
        grid.add_row(Text(MARKS.get(criterion.status, "?"), style), Text(NAMES[name], style), body)
    console.print(Padding(grid, (0, 0, 0, 2)))
    found = []
    if result.target is not None:
        found.append(f"target {result.target}" + (f" {result.unit}" if result.unit else ""))
    if result.deadline is not None:
        found.append(f"deadline {result.deadline.isoformat()}")
    if found:
        console.print(Text("  Understood: " + ", ".join(found), "dim"))


def print_lines(results: list[smart.SmartResult]) -> None:
    """One line per goal: the verdict, the failing criteria, the goal."""
    from rich.text import Text

    console = _console()
    for result in results:
        failing = [NAMES[n] for n in smart.CRITERIA if result.criteria[n].status == "fail"]
        line = Text()
        if result.smart:
            line.append("✓ SMART      ", "bold green")
        else:
            line.append("✗ not SMART  ", "bold red")
        line.append(clean(result.text))
        if failing:
            line.append("  (" + ", ".join(failing).lower() + ")", "dim")
        console.print(line)
