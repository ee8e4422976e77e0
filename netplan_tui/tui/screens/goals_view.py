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
from netplan_tui.core.smart.criteria import CRITERIA, VERDICT_MARKS, verdict_of
from netplan_tui.core.text import clean, one_line
from netplan_tui.tui.widgets.smart_chips import chips_text

#: The verdict in the compact SMART column (the editor says it in full).
SHORT_VERDICTS = {"smart": "SMART", "almost": "almost", "not_smart": "not yet"}
BAR_WIDTH = 5
HISTORY_MONTHS = 6
PACE_WIDTH = 11
#: Columns beside the goal, per layout: (key, header, width). Headers always fit.
LAYOUTS: dict[str, tuple[tuple[str, str, int], ...]] = {
    # room to spare: every chip, a progress bar, the days left beside the deadline
    "wide": (
        ("mark", "", 1), ("smart", "SMART", 17), ("progress", "Progress", 12),
        ("deadline", "Deadline", 16), ("pace", "Pace", PACE_WIDTH),
    ),
    # 80 columns: the verdict in a word, the count, the date (days left are in the detail)
    "compact": (
        ("mark", "", 1), ("smart", "SMART", 9), ("progress", "Count", 5),
        ("deadline", "Due", 7), ("pace", "Pace", PACE_WIDTH),
    ),
    # 60 columns: no deadline column (the detail below says it)
    "narrow": (
        ("mark", "", 1), ("smart", "SMART", 9), ("progress", "Count", 5),
        ("pace", "Pace", PACE_WIDTH),
    ),
}
#: The goal's column in the widest layout that leaves it at least this many cells.
GOAL_ROOM = {"wide": 44, "compact": 24}
#: Margins of the table (2 + 2) and room for its scrollbar (2).
TABLE_FRAME = 6
CELL_PADDING = 2


def goal_width(width: int, layout: str) -> int:
    """The goal column's width in a table ``width`` cells wide (screen width) with ``layout``."""
    fixed = sum(w + CELL_PADDING for _key, _label, w in LAYOUTS[layout])
    return width - TABLE_FRAME - fixed - CELL_PADDING


def table_layout(width: int) -> tuple[str, int]:
    """The layout for a screen ``width`` cells wide, and the goal column's width in it:
    the richest layout that still gives the goal its room."""
    for name, room in GOAL_ROOM.items():
        if goal_width(width, name) >= room:
            return name, goal_width(width, name)
    return "narrow", max(12, goal_width(width, "narrow"))


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


def header(month: str, today: date, summary: months.MonthSummary, width: int = 0) -> Content:
    """``November 2026 · this month · 3 days left   1 of 4 goals done · 1 overdue``: short
    enough for 80 columns (the streak and the rates are in the history below). Narrower
    than that (``width`` cells), the parts that matter least go first, so it stays on
    one line: "no goals yet" (the empty list says it), then the days left."""
    words = month_words(month, today)
    label_end = words.find(" · ")
    head, tail = (words, "") if label_end < 0 else (words[:label_end], words[label_end:])
    counts: list[Content | str] = []
    if summary.goals:
        noun = "goal" if summary.goals == 1 else "goals"
        counts.append(f"{summary.done} of {summary.goals} {noun} done")
        if summary.behind:
            counts += [" · ", Content.styled(f"{summary.behind} behind", "$warning")]
        if summary.due_today:
            counts += [" · ", Content.styled(f"{summary.due_today} due today", "$warning")]
        if summary.overdue:
            counts += [" · ", Content.styled(f"{summary.overdue} overdue", "bold $error")]
    else:
        counts.append(Content.styled("no goals yet", "$text-muted"))
    title = Content.styled(head, "bold $primary")
    days = Content.styled(tail, "$text-muted")
    choices = [
        Content.assemble(title, days, "   ", *counts),
        *([Content.assemble(title, days)] if not summary.goals else []),
        Content.assemble(title, "   ", *counts),
    ]
    for choice in choices:
        if not width or choice.cell_length <= width:
            return choice
    return choices[-1]


def hint(month: str, today: date, review_month: str | None, reviewed: bool, width: int = 0) -> str:
    """Keys worth knowing here (the review's state first when one is open), as many as fit
    on one line of ``width`` cells: the footer already shows space, + and ]."""
    tips = ["[ ] months", "t this month", "p planned month", "space done", "+/- progress"]
    if review_month is not None:
        label = months.month_label(review_month)
        tips.insert(0, f"{label} reviewed (r to see it)" if reviewed else f"r to review {label}")
    elif month < month_key(today):
        tips.insert(0, f"{months.month_label(month)} is over")
    shown = tips[:1]
    for tip in tips[1:]:
        if width and len(" · ".join([*shown, tip])) > width:
            break
        shown.append(tip)
    return " · ".join(shown)


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


def deadline_text(goal: Goal, today: date, compact: bool = False) -> str:
    """``Nov 30 · 15d`` (``Nov 30`` when ``compact``), ``month end``, ``needs a date``."""
    if months.own_deadline(goal) is None and goal.carried_from is not None and not goal.done:
        return "no date" if compact else "needs a date"
    deadline = months.own_deadline(goal)
    if compact:
        return "end" if deadline is None else f"{deadline:%b} {deadline.day}"
    when = "month end" if deadline is None else f"{deadline:%b} {deadline.day}"
    left = months.days_left(goal, today)
    if not goal.done:
        when += " · today" if left == 0 else f" · {left}d" if left > 0 else f" · {-left}d late"
    return when


def verdict_text(statuses: Mapping[str, str], styles: Mapping[str, Style]) -> Text:
    """The SMART verdict in a word, marked as its chips are (``✓ SMART``, ``! almost``,
    ``✗ not yet``); a dim dot until the checker ran."""
    if not any(statuses.get(name) for name in CRITERIA):
        return Text("·", style="dim")
    verdict = verdict_of(statuses.get(name, "") for name in CRITERIA)
    status = {"smart": "ok", "almost": "warn"}.get(verdict, "fail")
    return Text(
        f"{VERDICT_MARKS[verdict]} {SHORT_VERDICTS[verdict]}",
        style=styles.get(status, Style()),
        no_wrap=True,
    )


def row(
    goal: Goal,
    today: date,
    statuses: Mapping[str, str],
    styles: dict[str, Style],
    width: int,
    layout: str = "wide",
) -> list[Text]:
    """The cells of ``goal``'s row, in the order of ``LAYOUTS[layout]`` with the goal second."""
    pace = months.pace(goal, today)
    text_style: str | Style = ""
    if goal.done:
        text_style = "strike dim"
    elif pace == months.PACE_OVERDUE:
        text_style = Style(color=styles["fail"].color)
    mark = Text("✓", style=styles["ok"]) if goal.done else Text("○", style="dim")
    sentence = Text(one_line(goal.text, width), style=text_style, no_wrap=True)
    wide = layout == "wide"
    progress = Text("", no_wrap=True, overflow="ellipsis")
    if goal.target:
        progress.append(f"{goal.progress}/{goal.target}")
        if wide:
            bar = months.progress_bar(goal.progress, goal.target, BAR_WIDTH)
            progress.append(" ")
            progress.append(bar, style=styles["ok"] if goal.progress >= goal.target else "")
    late = pace in (months.PACE_OVERDUE, months.PACE_NEEDS_DATE)
    pace_style = {
        months.PACE_DONE: styles["ok"],
        months.PACE_OVERDUE: styles["fail"],
        months.PACE_NEEDS_DATE: styles["fail"],
        months.PACE_BEHIND: styles["warn"],
        months.PACE_DUE_TODAY: styles["warn"],
    }.get(pace, Style(dim=pace in (months.PACE_NO_DEADLINE, months.PACE_NOT_DONE)))
    cells = {
        "mark": mark,
        "smart": chips_text(dict(statuses), styles) if wide else verdict_text(statuses, styles),
        "progress": progress,
        "deadline": Text(
            deadline_text(goal, today, compact=not wide),
            style=styles["fail"] if late else Style(),
        ),
        "pace": Text(pace, style=pace_style),
    }
    keys = [key for key, _label, _width in LAYOUTS[layout]]
    return [cells[keys[0]], sentence, *(cells[key] for key in keys[1:])]


def done_day(done_on: str, today: date) -> str:
    """``Nov 12`` (``Nov 12, 2025`` in another year) from a stored ISO day; as stored
    when it is not one."""
    try:
        day = date.fromisoformat(done_on)
    except ValueError:
        return done_on
    return f"{day:%b} {day.day}" + ("" if day.year == today.year else f", {day.year}")


def detail(goal: Goal, today: date, chips: Content | None = None) -> Content:
    """The selected goal in full, its days left; its SMART chips when the table has no
    room for them."""
    parts: list[Content | str] = [Content(clean(goal.text))]
    extra = [months.days_left_label(goal, today)]
    if goal.carried_from is not None:
        extra.append("carried over from last month")
    if goal.done and goal.done_on:
        extra.append(f"done on {done_day(goal.done_on, today)}")
    extra = [e for e in extra if e]
    if extra or chips is not None:
        parts.append("\n")
        if chips is not None:
            parts += [chips, "  " if extra else ""]
        parts.append(Content.styled(" · ".join(extra), "$text-muted"))
    warning = months.deadline_warning(goal)
    if warning is None and months.needs_new_date(goal):
        warning = "Carried over without a date it could move: press e to give it one."
    if warning and not goal.done:
        parts += ["\n", Content.styled(warning, "$warning")]
    return Content.assemble(*parts)


BLOCKS = " ▁▂▃▄▅▆▇█"
CHART_COLUMN = 6  # cells per month in the history chart
CHART_HEAD = 15  # cells of the chart's left labels


def bar(share: float | None) -> str:
    """One cell of block bar for a done share (0 to 1): ``█`` all done, ``▁`` a little,
    ``·`` none done, `` `` no goals."""
    if share is None:
        return " "
    if share <= 0:
        return "·"
    return BLOCKS[max(1, round(share * 8))]


def history(goals: list[Goal], month: str, today: date, width: int = 80) -> Content:
    """The months before ``month`` as a small chart of the share of goals done (a block
    bar, then the month and ``done/goals`` under it: readable without colour), with the
    streak beside it. Three lines at most; as many months as fit in ``width``."""
    summaries = months.summaries(goals, today)
    streak = months.streak(goals, today)
    streak_words = f"Streak: {streak} month" + ("" if streak == 1 else "s")
    first = min(summaries, default=month)
    side = max(len(streak_words), 12) + 2
    room = max(1, (width - CHART_HEAD - side) // CHART_COLUMN)
    shown: list[str] = []
    at = month
    while len(shown) < min(HISTORY_MONTHS, room) and first < at:
        at = months.shift_month(at, -1)
        shown.insert(0, at)
    if not shown:
        return Content.assemble(
            Content.styled(streak_words, "bold"),
            " · no earlier months to chart yet.",
        )
    bars: list[Content | str] = [Content.styled(f"{'Done per month':<{CHART_HEAD}}", "bold")]
    labels: list[Content | str] = [" " * CHART_HEAD]
    counts: list[Content | str] = [" " * CHART_HEAD]
    for key in shown:
        summary = summaries.get(key)
        share = summary.completion if summary else None
        style = "$success" if summary and summary.complete else "$text"
        bars.append(Content.styled(f"{bar(share) * 3:<{CHART_COLUMN}}", style))
        labels.append(f"{MONTH_NAMES[int(key[5:]) - 1][:3]:<{CHART_COLUMN}}")
        count = f"{summary.done}/{summary.goals}" if summary else "–"
        if summary and summary.complete:
            count += "✓"
        counts.append(f"{count:<{CHART_COLUMN}}")
    span = months.month_label(shown[0])
    if len(shown) > 1:
        span += " – " + months.month_label(shown[-1])
    bars += ["  ", Content.styled(streak_words, "bold $accent" if streak else "")]
    labels += ["  ", Content.styled("[ to browse", "$text-muted")]
    return Content("\n").join(
        [
            Content.assemble(*bars),
            Content.assemble(*labels),
            Content.assemble(*counts, "  ", Content.styled(span, "$text-muted")),
        ]
    )
