"""``netplan-tui gap``: the gap analysis as a table (or JSON)."""

from __future__ import annotations

import argparse
import json

from netplan_tui.cli import open_store
from netplan_tui.cli.base import command_help
from netplan_tui.core.models import QUALITY_CATEGORIES
from netplan_tui.core.text import one_line

STATUS_STYLE = {"met": "green", "partial": "yellow", "missing": "red"}
STATUS_LABEL = {"met": "✓ met", "partial": "partial", "missing": "missing"}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "gap",
        parents=[common],
        help=command_help("gap"),
        description=(
            "Print one row per desired quality (category, quality, target, have, gap, "
            "status), biggest gaps first, and a coverage summary. Never changes anything."
        ),
    )
    parser.add_argument("--json", action="store_true", help="print JSON: rows and summary")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from netplan_tui.core.gap import analyse

    store = open_store(args, tables=("qualities", "contacts"))
    try:
        report = analyse(store.qualities(), store.contacts())
    finally:
        store.close()
    if args.json:
        print(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
        return 0
    print_report(report)
    return 0


def summary_line(report) -> str:  # noqa: ANN001 - gap.GapReport, imported lazily
    if not report.qualities_total:
        return "No qualities yet: open netplan-tui (screen 2) to describe the network you want."
    return report.summary()


def print_report(report) -> None:  # noqa: ANN001 - gap.GapReport
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(highlight=False)
    if report.rows:
        table = Table(show_edge=False, header_style="bold")
        table.add_column("Category")
        table.add_column("Quality", overflow="fold")
        for name in ("Target", "Have", "Gap"):
            table.add_column(name, justify="right")
        table.add_column("Status")
        for row in report.rows:
            table.add_row(
                Text(QUALITY_CATEGORIES.get(row.category, one_line(row.category))),
                Text(one_line(row.quality)),
                Text(str(row.target)),
                Text(str(row.have)),
                Text(str(row.gap)),
                Text(
                    STATUS_LABEL.get(row.status, row.status),
                    style=STATUS_STYLE.get(row.status, ""),
                ),
            )
        console.print(table)
    console.print(Text(summary_line(report)))
