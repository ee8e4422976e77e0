"""The plan as Markdown (shaped like the exercise) and as plain JSON data.

The builders are pure: they take records and return text or a dict. User text
is cleaned of control characters and escaped so it shows exactly as typed on
GitHub and in a Google Doc (nothing becomes a link, a heading, emphasis, a
table cell border or raw HTML). Only the small ``write_*``/``export_to_*``
functions at the end touch the disk, each through one atomic write.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from netplan_tui.core import gap, months, smart
from netplan_tui.core.context import build_context
from netplan_tui.core.dates import long_date, month_label, planning_month, short_date
from netplan_tui.core.models import (
    BIG_PICTURE_GOALS,
    QUALITY_CATEGORIES,
    SCHEMA_VERSION,
    Contact,
    Goal,
    MonthReview,
    Plan,
    Quality,
)
from netplan_tui.core.smart.criteria import LONG_LABELS, VERDICT_LABELS
from netplan_tui.core.text import clean, fold

APP_ID = "netplan-tui"

STATUS_MARK = {"ok": "✅", "warn": "⚠️", "fail": "❌"}
GAP_STATUS = {"met": "met", "partial": "partial", "missing": "missing"}
OUTCOMES = {"done": "done", "partly": "partly done", "not": "not done"}
CRITERION_NAMES = LONG_LABELS

# ------------------------------------------------------------------ escaping

# Always escaped: backslash, code, emphasis, links, HTML, strikethrough, math.
_ALWAYS = re.compile(r"([\\`*\[\]<~$])")
# "_" is emphasis only at a word edge (snake_case stays as it is in GFM).
_UNDERSCORE = re.compile(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")
_ENTITY = re.compile(r"&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)")
_SHORTCODE = re.compile(r":([A-Za-z0-9+\-]+):")
_ORDERED = re.compile(r"(\d{1,9})([.)])(?=\s|\Z)")


def one_line(text: object) -> str:
    """Cleaned text on one line (runs of whitespace, newlines included, become a space)."""
    return " ".join(clean(text).split())


def escape(text: object) -> str:
    """``text`` as Markdown that shows exactly as typed, on one line."""
    value = one_line(text)
    if not value:
        return ""
    value = _ALWAYS.sub(r"\\\1", value)
    value = _UNDERSCORE.sub(r"\\_", value)
    value = _ENTITY.sub(r"\\&", value)
    value = _SHORTCODE.sub(r":\1\\:", value)
    return _escape_line_start(value)


def _escape_line_start(value: str) -> str:
    """Escape what only matters at the start of a line: headings, quotes, lists, rules."""
    if value[0] in "#>+-=":
        return "\\" + value
    ordered = _ORDERED.match(value)
    if ordered:
        return ordered.group(1) + "\\" + value[len(ordered.group(1)) :]
    return value


def cell(text: object) -> str:
    """``text`` escaped for a table cell (``|`` escaped too; never empty)."""
    return escape(text).replace("|", "\\|") or " "


_BULLET = re.compile(r"\s*[-*•+]\s+(.*)")


def block(text: object) -> str:
    """Multi-line user text as Markdown: bulleted lines become a list, others paragraphs."""
    parts: list[str] = []
    previous_bullet = False
    for raw in clean(text).splitlines():
        if not raw.strip():
            previous_bullet = False
            continue
        bullet = _BULLET.fullmatch(raw)
        line = "- " + escape(bullet.group(1)) if bullet else escape(raw)
        if parts and not (bullet and previous_bullet):
            parts.append("")
        parts.append(line)
        previous_bullet = bool(bullet)
    return "\n".join(parts)


# ------------------------------------------------------------------ dates and words


def _iso(value: object) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _hours(value: float | None) -> str:
    if value is None:
        return "not set"
    unit = "hour" if value == 1 else "hours"
    return f"{value:g} {unit} a week"


def _people(count: int) -> str:
    return "1 person" if count == 1 else f"{count} people"


# ------------------------------------------------------------------ plan facts


def goal_label(key: str, plan: Plan) -> str:
    if key == "custom":
        return plan.custom_goal or BIG_PICTURE_GOALS["custom"][0]
    return BIG_PICTURE_GOALS.get(key, (key, ""))[0]


def is_dream_company(quality: Quality, plan: Plan) -> bool:
    """A company quality named in the plan's dream jobs, or whose note starts with "dream"."""
    if quality.category != "companies" or not quality.name.strip():
        return False
    if quality.note.strip().casefold().startswith("dream"):
        return True
    name = re.escape(" ".join(quality.name.split()).casefold())
    return re.search(rf"(?<!\w){name}(?!\w)", plan.dream_jobs.casefold()) is not None


def goal_status(goal: Goal, today: date) -> str:
    """The goal's pace, as on the Goals screen (:func:`netplan_tui.core.months.pace`)."""
    try:
        return months.pace(goal, today)
    except ValueError:  # a goal whose month is not a month: no pace to judge
        return months.PACE_DONE if goal.done else months.PACE_NO_DEADLINE


def verdict_day(goal: Goal, today: date) -> date:
    """The day a goal is judged as of: the day it was written (never after ``today``)."""
    try:
        return months.reference_day(goal, today)
    except ValueError:
        return today


@dataclass(frozen=True)
class CheckedGoal:
    goal: Goal
    status: str
    result: smart.SmartResult
    answers: dict[str, tuple[str, bool]]  # criterion -> (answer, written by the user)


def check_goals(
    plan: Plan,
    qualities: Sequence[Quality],
    contacts: Sequence[Contact],
    goals: Sequence[Goal],
    month: str,
    today: date,
) -> list[CheckedGoal]:
    """The month's goals with their status, SMART verdict and verification answers."""
    context = build_context(plan, qualities, contacts, goals, month, today)
    checked = []
    for goal in (g for g in goals if g.month == month):
        result = smart.check(goal.text, verdict_day(goal, today), context)
        inferred = smart.answers_from(result)
        answers = {}
        for key in smart.QUESTIONS:
            own = goal.answers.get(key, "") if isinstance(goal.answers, dict) else ""
            if isinstance(own, str) and own.strip():
                answers[key] = (own, True)
            else:
                answers[key] = (inferred.get(key, ""), False)
        checked.append(CheckedGoal(goal, goal_status(goal, today), result, answers))
    checked.sort(key=lambda c: (c.goal.order, c.goal.id or 0))
    return checked


# ------------------------------------------------------------------ Markdown


def _big_picture(plan: Plan) -> list[str]:
    lines = ["## My big-picture networking goal", ""]
    primary = goal_label(plan.primary_goal, plan) if plan.primary_goal else "not chosen yet"
    lines.append(f"- **Primary goal:** {escape(primary)}")
    secondary = [goal_label(k, plan) for k in plan.secondary_goals if k != plan.primary_goal]
    if secondary:
        lines.append(f"- **Also:** {'; '.join(escape(s) for s in secondary)}")
    if plan.custom_goal and "custom" not in [plan.primary_goal, *plan.secondary_goals]:
        lines.append(f"- **In my own words:** {escape(plan.custom_goal)}")
    if plan.dream_jobs.strip():
        lines.append(f"- **Dream jobs and companies:** {escape(plan.dream_jobs)}")
    lines.append(f"- **Time for networking:** {_hours(plan.weekly_hours)}")
    lines += ["", "**Vision:** " + (escape(plan.vision) or "*not written yet*")]
    return lines


def _qualities(plan: Plan, qualities: Sequence[Quality]) -> list[str]:
    lines = ["## 1. The network I want", ""]
    if not qualities:
        return lines + ["*No qualities yet.*"]
    lines.append(f"{len(qualities)} qualities; their targets add up to "
                 f"{_people(sum(q.target for q in qualities))}.")
    for key, label in QUALITY_CATEGORIES.items():
        chosen = [q for q in qualities if (q.category if q.category in QUALITY_CATEGORIES
                                           else "other") == key]
        if not chosen:
            continue
        lines += ["", f"### {label}", ""]
        for quality in chosen:
            line = f"- {escape(quality.name)}: {_people(quality.target)}"
            dream = is_dream_company(quality, plan)
            if dream:
                line += " ⭐ **dream company**"
            # A note that only says "dream company" would repeat the star's words.
            if quality.note.strip() and not (dream and fold(quality.note) == "dream company"):
                line += f" ({escape(quality.note)})"
            lines.append(line)
    return lines


def _gap(report: gap.GapReport, plan: Plan) -> list[str]:
    lines = ["## 2. Gap analysis", ""]
    if report.rows:
        lines += [
            f"{report.qualities_met} of {report.qualities_total} qualities met; "
            f"{_people(report.total_gap)} still to meet "
            f"({round(report.coverage * 100)}% covered).",
            "",
            "| Category | Quality | Target | Have | Gap | Status |",
            "| --- | --- | ---: | ---: | ---: | --- |",
        ]
        for row in report.rows:
            category = QUALITY_CATEGORIES.get(row.category, row.category)
            lines.append(
                f"| {cell(category)} | {cell(row.quality)} | {row.target} | {row.have} "
                f"| {row.gap} | {GAP_STATUS.get(row.status, row.status)} |"
            )
    else:
        lines.append("*No qualities to compare yet.*")
    lines += ["", "### Changes I need to make", ""]
    lines.append(block(plan.changes) or "*Not written yet.*")
    return lines


def _progress(goal: Goal) -> str:
    if goal.target:
        unit = f" {escape(smart.display_unit(goal.unit))}" if goal.unit.strip() else ""
        return f"{goal.progress} of {goal.target}{unit}"
    return "done" if goal.done else "not counted"


def _deadline(goal: Goal) -> str:
    own = _iso(goal.deadline)
    if own is not None:
        return long_date(own)
    try:
        return f"{long_date(months.deadline_of(goal))} (end of the month)"
    except ValueError:
        return "none"


def _goal(number: int, item: CheckedGoal, today: date) -> list[str]:
    goal, result = item.goal, item.result
    lines = [f"### Goal {number}: {item.status}", "", escape(goal.text) or "*(empty goal)*", ""]
    status = item.status
    done_on = _iso(goal.done_on)
    if goal.done and done_on:
        status += f" on {long_date(done_on)}"
    lines.append(f"- **Status:** {status}")
    lines.append(f"- **Progress:** {_progress(goal)}")
    lines.append(f"- **Deadline:** {_deadline(goal)}")
    if goal.carried_from is not None:
        lines.append("- **Carried over** from the month before")
    lines += ["", f"**SMART check: {VERDICT_LABELS[result.verdict]}**", ""]
    for key in smart.CRITERIA:
        criterion = result.criteria.get(key)
        if criterion is None:
            continue
        mark = STATUS_MARK.get(criterion.status, criterion.status)
        name = CRITERION_NAMES.get(key) or smart.LABELS.get(key, key)
        line = f"- {mark} **{name}** ({criterion.status}): "
        line += escape(criterion.reason)
        if criterion.status != "ok" and criterion.suggestion.strip():
            line += f" *Suggestion:* {escape(criterion.suggestion)}"
        lines.append(line)
    for tip in result.tips:
        lines.append(f"- *Tip:* {escape(tip)}")
    lines += ["", "**Verification questions**", ""]
    for key, question in smart.QUESTIONS.items():
        answer, own = item.answers.get(key, ("", False))
        shown = escape(answer) or "*not answered*"
        if answer.strip() and not own:
            shown += " *(from the check)*"
        lines.append(f"- **{escape(question)}** {shown}")
    return lines


def _review(review: MonthReview, goals: Sequence[CheckedGoal]) -> list[str]:
    lines = ["### Month review", ""]
    reviewed = _iso(review.reviewed_on)
    if reviewed:
        lines += [f"Reviewed on {long_date(reviewed)}.", ""]
    for number, item in enumerate(goals, start=1):
        key = str(item.goal.id)
        outcome = review.outcomes.get(key)
        if outcome is None:
            continue
        line = f"- Goal {number}: {OUTCOMES.get(outcome, escape(outcome))}"
        note = review.notes.get(key, "")
        if isinstance(note, str) and note.strip():
            line += f". {escape(note)}"
        lines.append(line)
    if review.summary.strip():
        lines += ["", block(review.summary)]
    return lines


def _goals(
    checked: Sequence[CheckedGoal], month: str, review: MonthReview | None, today: date
) -> list[str]:
    lines = [f"## 3. SMART goals for {month_label(month, long=True)}", ""]
    if not checked:
        return lines + ["*No goals for this month yet.*"]
    done = sum(1 for c in checked if c.goal.done)
    smart_count = sum(1 for c in checked if c.result.smart)
    lines.append(f"{len(checked)} goals, {done} done, {smart_count} pass the SMART check.")
    for number, item in enumerate(checked, start=1):
        lines += ["", *_goal(number, item, today)]
    if review is not None:
        lines += ["", *_review(review, checked)]
    return lines


def export_markdown(
    plan: Plan,
    qualities: Sequence[Quality],
    contacts: Sequence[Contact],
    goals: Sequence[Goal],
    month: str,
    today: date,
    reviews: Iterable[MonthReview] = (),
) -> str:
    """The plan of ``month`` as a Markdown document (sections 1 to 3 of the exercise)."""
    review = next((r for r in reviews if r.month == month), None)
    checked = check_goals(plan, qualities, contacts, goals, month, today)
    report = gap.analyse(list(qualities), list(contacts))
    lines = [
        f"# Networking plan: {month_label(month, long=True)}",
        "",
        f"*Exported from netplan-tui on {long_date(today)}.*",
        "",
        *_big_picture(plan),
        "",
        *_qualities(plan, qualities),
        "",
        *_gap(report, plan),
        "",
        *_goals(checked, month, review, today),
    ]
    return "\n".join(lines).rstrip() + "\n"


def goals_block(goals: Sequence[Goal], month: str, today: date) -> str:
    """The month's goals as a short Markdown checklist for a job-search plan."""
    chosen = sorted((g for g in goals if g.month == month), key=lambda g: (g.order, g.id or 0))
    year = int(month[:4])
    done = sum(1 for g in chosen if g.done)
    title = month_label(month, long=True)
    lines = [f"**Networking goals for {title}** ({done} of {len(chosen)} done)", ""]
    if not chosen:
        lines.append("*No goals for this month yet.*")
    for goal in chosen:
        details = []
        if goal.target:
            details.append(f"{goal.progress}/{goal.target}")
        deadline = _iso(goal.deadline)
        try:
            draft = months.needs_new_date(goal)
        except ValueError:
            draft = False
        if deadline:
            details.append(f"by {short_date(deadline, year)}")
        elif draft:
            details.append("needs a new date")
        tail = f" ({', '.join(details)})" if details else ""
        mark = "x" if goal.done else " "
        lines.append(f"- [{mark}] {escape(goal.text) or '(empty goal)'}{tail}")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ JSON


def export_json(
    plan: Plan,
    qualities: Sequence[Quality],
    contacts: Sequence[Contact],
    goals: Sequence[Goal],
    month: str,
    today: date,
    reviews: Iterable[MonthReview] = (),
) -> dict[str, Any]:
    """The same content as :func:`export_markdown`, as plain JSON-compatible data."""
    review = next((r for r in reviews if r.month == month), None)
    checked = check_goals(plan, qualities, contacts, goals, month, today)
    report = gap.analyse(list(qualities), list(contacts))
    keys = [plan.primary_goal] if plan.primary_goal else []
    keys += [k for k in plan.secondary_goals if k not in keys]
    data = {
        "app": APP_ID,
        "kind": "export",
        "schema_version": SCHEMA_VERSION,
        "exported": today.isoformat(),
        "month": month,
        "big_picture": {
            "primary": plan.primary_goal,
            "secondary": [k for k in plan.secondary_goals if k != plan.primary_goal],
            "labels": [goal_label(k, plan) for k in keys],
            "custom": plan.custom_goal,
            "vision": plan.vision,
            "weekly_hours": plan.weekly_hours,
            "dream_jobs": plan.dream_jobs,
        },
        "qualities": [
            {**q.to_dict(), "dream_company": is_dream_company(q, plan)} for q in qualities
        ],
        "contacts": len(contacts),
        "gap": report.to_json(),
        "changes": plan.changes,
        "goals": [
            {
                **item.goal.to_dict(),
                "status": item.status,
                "checked_on": verdict_day(item.goal, today).isoformat(),
                "smart": item.result.to_json(),
                "questions": {
                    key: {"question": q, "answer": item.answers[key][0],
                          "answered": item.answers[key][1]}
                    for key, q in smart.QUESTIONS.items()
                },
            }
            for item in checked
        ],
        "review": review.to_dict() if review is not None else None,
    }
    return json.loads(json.dumps(data))  # plain data only: fails loudly otherwise


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------ from the store


@dataclass(frozen=True)
class Collected:
    """Everything an export needs, read from the store (cheap; do it on the UI thread)."""

    plan: Plan
    qualities: list[Quality]
    contacts: list[Contact]
    goals: list[Goal]
    reviews: list[MonthReview]
    month: str


def collect(store: Any, today: date, month: str | None = None) -> Collected:
    """Read the records an export of ``month`` (default: the month being planned) needs."""
    month = month or planning_month(today)
    review = store.get_review(month)
    return Collected(
        store.get_plan(), store.qualities(), store.contacts(), store.goals(),
        [review] if review is not None else [], month,
    )


def render_collected(data: Collected, today: date, fmt: str = "md") -> str:
    """The export of ``data`` as text (``fmt`` is ``md`` or ``json``); pure."""
    args = (data.plan, data.qualities, data.contacts, data.goals, data.month, today)
    if fmt == "json":
        return dumps(export_json(*args, reviews=data.reviews))
    return export_markdown(*args, reviews=data.reviews)


def render(store: Any, today: date, month: str | None = None, fmt: str = "md") -> str:
    """The export of what ``store`` holds, as text (``fmt`` is ``md`` or ``json``)."""
    return render_collected(collect(store, today, month), today, fmt)
