"""The user's plan as context for the SMART checker (pure: reads records, no I/O)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from netplan_tui.core.dates import planning_month
from netplan_tui.core.models import Contact, Goal, Plan, Quality
from netplan_tui.core.smart import PlanContext


def completion_rate(goals: Iterable[Goal], before_month: str) -> float | None:
    """Share of goals done in months before ``before_month`` (``None`` without history)."""
    past = [g for g in goals if g.month < before_month]
    if not past:
        return None
    return sum(1 for g in past if g.done) / len(past)


def contact_names(contacts: Iterable[Contact], limit: int = 2000) -> tuple[str, ...]:
    """The names of the user's contacts, so a goal that names them is read as such."""
    seen: dict[str, str] = {}
    for contact in contacts:
        name = " ".join((contact.name or "").split())
        if name and len(name) <= 80 and name.lower() not in seen:
            seen[name.lower()] = name
            if len(seen) >= limit:
                break
    return tuple(seen.values())


def plan_terms(
    plan: Plan, qualities: Iterable[Quality], contacts: Iterable[Contact], limit: int = 400
) -> tuple[str, ...]:
    """Names from the plan the checker can recognise as relevant (deduplicated).

    Contacts repeat the same roles and companies: each distinct value is split
    once, so 10,000 contacts cost a set lookup each, not three splits.
    """
    seen: dict[str, str] = {}
    done: set[str] = set()

    def add(value: str) -> None:
        if not value or value in done:
            return
        done.add(value)
        for part in value.split(","):
            term = " ".join(part.split())
            if term and len(term) <= 80 and term.lower() not in seen:
                seen[term.lower()] = term

    for quality in qualities:
        add(quality.name)
    if plan.dream_jobs:
        add(plan.dream_jobs)
    for contact in contacts:
        if len(seen) >= limit:
            break
        add(contact.role)
        add(contact.company)
        add(contact.sector)
    return tuple(seen.values())[:limit]


def build_context(
    plan: Plan,
    qualities: Iterable[Quality],
    contacts: Iterable[Contact],
    goals: Iterable[Goal],
    month: str | None = None,
    today: date | None = None,
) -> PlanContext:
    """Everything the SMART checker may use from the user's plan."""
    if month is None:
        month = planning_month(today or date.today())
    contacts = list(contacts)
    keys = [plan.primary_goal] if plan.primary_goal else []
    keys += [k for k in plan.secondary_goals if k not in keys]
    return PlanContext(
        goals=tuple(keys),
        custom_goal=plan.custom_goal,
        terms=plan_terms(plan, qualities, contacts),
        weekly_hours=plan.weekly_hours,
        month=month,
        completion_rate=completion_rate(goals, month),
        names=contact_names(contacts),
    )


def context_from_store(
    store, month: str | None = None, today: date | None = None,  # noqa: ANN001
    contacts: Iterable[Contact] | None = None,
) -> PlanContext:
    """:func:`build_context` over what a :class:`~netplan_tui.data.store.Store` holds;
    ``contacts`` when the caller already read them (10,000 take ~50 ms to read)."""
    return build_context(
        store.get_plan(), store.qualities(),
        store.contacts() if contacts is None else contacts, store.goals(), month, today,
    )
