"""What the Goals screen draws: the month's header in words, hints, banners, table rows,
the selected goal's detail and the history line. No actions, no store: the screen
passes in what it read."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from rich.style import Style
from rich.text import Text
from textual.content import Content

from netplan_tui.core import months
from netplan_tui.core.dates import MONTH_NAMES, month_key
from netplan_tui.core.models import Goal
from netplan_tui.core.text import clean, one_line
from netplan_tui.tui.widgets.smart_chips import chips_text

BAR_WIDTH = 5
HISTORY_MONTHS = 6
PACE_WIDTH = 11
#: done mark, SMART, progress, deadline, pace
FIXED_COLUMNS = 1 + 17 + 12 + 16 + PACE_WIDTH


def month_words(month: str, today: date) -> str:
    """Which month this is and why it is shown: ``Planning December 2026 · 1 day left in
    November``, ``November 2026 · this month · 12 days left``, ``October 2026 · over``.
    (In a last week, looking at this month, the banner says what is being planned.)"""
    current, planned = month_key(today), months.month_being_planned(today)
    label = months.month_label(month, long=True)
    if month == planned and month != current:
        left = months.days_word(months.days_left_in_month(current, today))
        return f"Planning {label} · {left} left in {MONTH_NAMES[today.month - 1]}"
    if month == current:
        left = months.days_word(months.days_left_in_month(current, today))
        return f"{label} · this month · {left} left"
    if month < current:
        return f"{label} · over"
    return f"{label} · planning ahead"


def header(month: str, today: date, summary: months.MonthSummary, streak: int) -> Content:
    words = month_words(month, today)
    label_end = words.find(" · ")
    head, tail = (words, "") if label_end < 0 else (words[:label_end], words[label_end:])
    parts: list[Content | str] = [
        Content.styled(head, "bold $primary"),
        Content.styled(tail, "$text-muted"),
        "   ",
    ]
    if summary.goals:
        noun = "goal" if summary.goals == 1 else "goals"
        parts.append(f"{summary.goals} {noun} · {summary.done} done · {summary.percent}%")
        if summary.behind:
            parts += [" · ", Content.styled(f"{summary.behind} behind", "$warning")]
        if summary.due_today:
            parts += [" · ", Content.styled(f"{summary.due_today} due today", "$warning")]
        if summary.overdue:
            parts += [" · ", Content.styled(f"{summary.overdue} overdue", "bold $error")]
    else:
        parts.append(Content.styled("no goals yet", "$text-muted"))
    parts.append("   ")
    unit = "month" if streak == 1 else "months"
    parts.append(Content.styled(f"streak {streak} {unit}", "bold $accent" if streak else "dim"))
    return Content.assemble(*parts)


def hint(month: str, today: date, review_month: str | None, reviewed: bool) -> str:
    """Keys worth knowing here; the review's state when one is open."""
    tips = ["space done · +/- progress · [ ] months · t this month · p planned month"]
    if review_month is not None:
        label = months.month_label(review_month)
        tips.insert(0, f"{label} reviewed (r to see it)" if reviewed else f"r to review {label}")
    elif month < month_key(today):
        tips.insert(0, f"{months.month_label(month)} is over")
    return " · ".join(tips)


def banner(month: str, today: date, count: int, planned_count: int) -> str | None:
    """Fewer than three goals here, or (in a month's last week, looking at it) in the next."""
    planned = months.month_being_planned(today)
    if month == month_key(today) and planned != month and planned_count < months.MIN_GOALS:
        label = months.month_label(planned, long=True)
        return (
            f"{label} has {planned_count} of at least {months.MIN_GOALS} goals and this month "
            f"ends soon: press p to plan {MONTH_NAMES[int(planned[5:]) - 1]} first."
        )
    few = months.few_goals_warning(month, count)
    if few is None:
        return None
    if month_key(today) > month:
        return few
    return few + " Press n to add one."


def deadline_text(goal: Goal, today: date) -> str:
    if months.own_deadline(goal) is None and goal.carried_from is not None and not goal.done:
        return "needs a date"
    deadline = months.own_deadline(goal)
    when = "month end" if deadline is None else f"{deadline:%b} {deadline.day}"
    left = months.days_left(goal, today)
    if not goal.done:
        when += " · today" if left == 0 else f" · {left}d" if left > 0 else f" · {-left}d late"
    return when


def row(
    goal: Goal, today: date, statuses: Mapping[str, str], styles: dict[str, Style], width: int
) -> list[Text]:
    pace = months.pace(goal, today)
    text_style: str | Style = ""
    if goal.done:
        text_style = "strike dim"
    elif pace == months.PACE_OVERDUE:
        text_style = Style(color=styles["fail"].color)
    mark = Text("✓", style=styles["ok"]) if goal.done else Text("○", style="dim")
    sentence = Text(one_line(goal.text, width), style=text_style, no_wrap=True)
    progress = Text("")
    if goal.target:
        bar = months.progress_bar(goal.progress, goal.target, BAR_WIDTH)
        progress = Text(f"{goal.progress}/{goal.target} ")
        progress.append(bar, style=styles["ok"] if goal.progress >= goal.target else "")
    late = pace in (months.PACE_OVERDUE, months.PACE_NEEDS_DATE)
    pace_style = {
        months.PACE_DONE: styles["ok"],
        months.PACE_OVERDUE: styles["fail"],
        months.PACE_NEEDS_DATE: styles["fail"],
        months.PACE_BEHIND: styles["warn"],
        months.PACE_DUE_TODAY: styles["warn"],
    }.get(pace, Style(dim=pace in (months.PACE_NO_DEADLINE, months.PACE_NOT_DONE)))
    return [
        mark,
        sentence,
        chips_text(dict(statuses), styles),
        progress,
        Text(deadline_text(goal, today), style=styles["fail"] if late else Style()),
        Text(pace, style=pace_style),
    ]


def detail(goal: Goal, today: date) -> Content:
    parts: list[Content | str] = [Content(clean(goal.text))]
    extra = [months.days_left_label(goal, today)]
    if goal.carried_from is not None:
        extra.append("carried over from last month")
    if goal.done and goal.done_on:
        extra.append(f"done on {goal.done_on}")
    extra = [e for e in extra if e]
    if extra:
        parts += ["\n", Content.styled(" · ".join(extra), "$text-muted")]
    warning = months.deadline_warning(goal)
    if warning is None and months.needs_new_date(goal):
        warning = "Carried over without a date it could move: press e to give it one."
    if warning and not goal.done:
        parts += ["\n", Content.styled(warning, "$warning")]
    return Content.assemble(*parts)


def history(goals: list[Goal], month: str, today: date) -> str:
    summaries = months.summaries(goals, today)
    earlier = [s for m, s in summaries.items() if m < month][-HISTORY_MONTHS:]
    if not earlier:
        return "History: no earlier months yet."
    parts = [
        f"{months.month_label(s.month)} {s.done}/{s.goals} ({s.percent}%)"
        + (" ✓" if s.complete else "")
        for s in reversed(earlier)
    ]
    return "History: " + " · ".join(parts) + "  ([ to browse)"
