"""``netplan-tui goal``: add, check off, count, edit, delete and carry goals from the shell.

The same store and rules as the Goals screen: the month being planned
(:func:`~netplan_tui.core.dates.planning_month`), the checker for target, unit and
deadline, the pace and carry-over of :mod:`netplan_tui.core.months` and
:mod:`netplan_tui.core.carry`. It refuses nothing the editor accepts and warns
where the editor would. Unknown ids and months: one line on standard error, exit 1.
"""

from __future__ import annotations

import argparse
import functools
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from netplan_tui.cli import CliError, open_store, today_of
from netplan_tui.cli.base import RANGE_WORDS, command_help, parse_month
from netplan_tui.core import months, smart
from netplan_tui.core.dates import planning_month
from netplan_tui.core.models import TARGET_MAX, Goal
from netplan_tui.core.text import one_line

#: Largest step ``goal progress`` takes (as the screen's counter, never more).
MAX_STEP = TARGET_MAX * 10
_STEP = re.compile(r"([+-]?)(\d{1,7})")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "goal",
        parents=[common],
        help=command_help("goal"),
        description=(
            "Change goals from the shell, with the same rules as the Goals screen. "
            "Ids are those of `netplan-tui goals --json`."
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        return actions.add_parser(name, parents=[common], help=help_text, description=help_text)

    add = action("add", "add a goal (default month: the month being planned); prints its id "
                        "and the SMART verdict")
    add.add_argument("--month", metavar="YYYY-MM", help="the goal's month")
    add.add_argument("text", nargs="+", metavar="TEXT", help="the goal sentence")
    add.set_defaults(func=run_add)
    for name, help_text, func in (
        ("done", "check a goal off (dated today)", run_done),
        ("undo", "uncheck a goal", run_undo),
        ("delete", "delete a goal and its progress history", run_delete),
    ):
        parser_ = action(name, help_text)
        parser_.add_argument("id", metavar="ID")
        parser_.set_defaults(func=func)
    progress = action("progress", "set a counted goal's progress: N, or +N / -N to change it")
    progress.add_argument("id", metavar="ID")
    progress.add_argument("step", metavar="N|+N|-N")
    progress.set_defaults(func=run_progress)
    edit = action("edit", "replace a goal's sentence (target, unit and deadline follow it)")
    edit.add_argument("id", metavar="ID")
    edit.add_argument("text", nargs="+", metavar="TEXT")
    edit.set_defaults(func=run_edit)
    carry = action("carry", "carry a month's unfinished goals into the next month (or --to)")
    carry.add_argument("--from", dest="source", metavar="YYYY-MM", required=True)
    carry.add_argument("--to", dest="target", metavar="YYYY-MM")
    carry.set_defaults(func=run_carry)


# ------------------------------------------------------------------ helpers
def guarded(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Dates past the calendar's end (``--today 9999-12-28``) are a one-line error."""

    @functools.wraps(func)
    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except (ValueError, OverflowError) as exc:
            raise CliError(f"outside the calendar: {exc}") from None

    return run


def month_of(value: str) -> str:
    """A month argument (the same rules as every ``--month``); a bad one is exit status 1."""
    try:
        return parse_month(value)
    except argparse.ArgumentTypeError:
        raise CliError(f"not a month netplan-tui can plan with (YYYY-MM, "
                       f"{RANGE_WORDS}): {one_line(value, 40)!r}") from None


def goal_id(value: str) -> int:
    if not value.isdigit() or len(value) > 12:
        raise CliError(f"not a goal id: {one_line(value, 40)!r}")
    return int(value)


def sentence(words: list[str]) -> str:
    text = " ".join(words).strip()
    if not text:
        raise CliError("the goal sentence is empty")
    return text


def checked(store, goal: Goal, today: date) -> smart.SmartResult:  # noqa: ANN001
    """The checker's verdict on ``goal`` in its own month, as of the day it was written."""
    from netplan_tui.core.context import context_from_store

    context = context_from_store(store, goal.month, today)
    return smart.check(goal.text, months.reference_day(goal, today), context)


def with_result(goal: Goal, result: smart.SmartResult) -> Goal:
    """``goal`` with the target, unit and deadline the checker read from its sentence."""
    target = result.target
    if target is not None:
        target = max(min(target, TARGET_MAX), goal.progress, 1)
    return replace(
        goal,
        target=target,
        unit=result.unit or "",
        deadline=result.deadline.isoformat() if result.deadline else None,
    )


def warn(goal: Goal, today: date) -> None:
    import sys

    for warning in months.goal_warnings(goal, today):
        print(f"netplan-tui: warning: {warning}", file=sys.stderr)


def summary(store, month: str, today: date) -> None:  # noqa: ANN001
    print(months.status_line(month, store.goals(month), today))


class Session:
    """A writable store for one command, closed at the end."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.today = today_of(args)

    def __enter__(self):  # noqa: ANN204
        self.store = open_store(self.args, write=True)
        return self

    def __exit__(self, *exc: object) -> None:
        self.store.close()

    def goal(self, value: str) -> Goal:
        found = self.store.get_goal(goal_id(value))
        if found is None:
            raise CliError(f"no goal with id {value}")
        return found

    def save(self, goal: Goal, events: list) -> None:  # noqa: ANN001
        with self.store.batch():
            self.store.update_goal(goal)
            for event in events:
                self.store.add_event(event)


# ------------------------------------------------------------------ actions
@guarded
def run_add(args: argparse.Namespace) -> int:
    from netplan_tui.cli.check import print_verdict

    today = today_of(args)
    month = month_of(args.month) if args.month else planning_month(today)
    text = sentence(args.text)
    with Session(args) as session:
        draft = Goal(month=month, text=text, created=today.isoformat())
        result = checked(session.store, draft, today)
        goal = session.store.add_goal(with_result(draft, result))
        print(goal.id)
        print_verdict(result)
        warn(goal, today)
    return 0


@guarded
def run_edit(args: argparse.Namespace) -> int:
    from netplan_tui.cli.check import print_verdict

    with Session(args) as session:
        old = session.goal(args.id)
        draft = replace(old, text=sentence(args.text), answers=dict(old.answers))
        result = checked(session.store, draft, session.today)
        goal = with_result(draft, result)
        session.store.update_goal(goal)
        print_verdict(result)
        warn(goal, session.today)
    return 0


def _set_done(args: argparse.Namespace, done: bool) -> int:
    with Session(args) as session:
        goal = session.goal(args.id)
        if goal.done == done:
            print(f"Goal {goal.id} is already {'done' if done else 'open'}.")
        else:
            changed = replace(goal, answers=dict(goal.answers))
            session.save(changed, months.toggle_done(changed, session.today))
        summary(session.store, goal.month, session.today)
    return 0


@guarded
def run_done(args: argparse.Namespace) -> int:
    return _set_done(args, True)


@guarded
def run_undo(args: argparse.Namespace) -> int:
    return _set_done(args, False)


@guarded
def run_progress(args: argparse.Namespace) -> int:
    match = _STEP.fullmatch(args.step.strip())
    if match is None or int(match[2]) > MAX_STEP:
        raise CliError(f"not a count (N, +N or -N up to {MAX_STEP}): {one_line(args.step, 30)!r}")
    with Session(args) as session:
        goal = session.goal(args.id)
        if not goal.target:
            raise CliError(f"goal {goal.id} has no number to count: use goal done {goal.id}")
        number = int(match[2])
        delta = {"+": number, "-": -number}.get(match[1], number - goal.progress)
        changed = replace(goal, answers=dict(goal.answers))
        events = months.change_progress(changed, delta, session.today)
        if events:
            session.save(changed, events)
        print(f"Goal {goal.id}: {changed.progress}/{changed.target}"
              + (" · done" if changed.done else ""))
        summary(session.store, goal.month, session.today)
    return 0


@guarded
def run_delete(args: argparse.Namespace) -> int:
    with Session(args) as session:
        goal = session.goal(args.id)
        session.store.delete_goal(goal.id)
        print(f"Deleted goal {goal.id}: {one_line(goal.text, 60)}")
    return 0


@guarded
def run_carry(args: argparse.Namespace) -> int:
    from netplan_tui.core import carry

    source = month_of(args.source)
    target = month_of(args.target) if args.target else months.shift_month(source, 1)
    if target <= source:
        raise CliError(f"--to must come after --from ({source})")
    with Session(args) as session:
        store, today = session.store, session.today
        goals = store.goals(source)
        decisions = {g.id: "carry" for g in goals if g.id is not None}
        new = carry.plan_carry_over(goals, decisions, store.goals(), today, target)
        with store.batch():
            for goal in new:
                store.add_goal(goal)
        label = months.month_label(target, long=True)
        if not new:
            print(f"Nothing to carry into {label}.")
        for goal in new:
            when = "needs a new date" if months.needs_new_date(goal) else f"by {goal.deadline}"
            print(f"{goal.id}\t{when}\t{one_line(goal.text, 80)}")
        warning = months.month_warning(target, today)
        if new and warning and months.month_end(target) < today:
            import sys

            print(f"netplan-tui: warning: {warning}", file=sys.stderr)
    return 0
