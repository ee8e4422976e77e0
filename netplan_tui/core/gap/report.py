"""The gap report: per quality, target, have, gap and status; the public calls."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from netplan_tui.core.models import QUALITY_CATEGORIES, Contact, Quality

from .index import (
    _category,
    _Index,
)


@dataclass(frozen=True)
class GapRow:
    """One desired quality: how many people the user wants, has and lacks."""

    quality_id: int | None
    category: str  # key of QUALITY_CATEGORIES
    quality: str  # quality name as the user typed it
    target: int
    have: int  # contacts that match
    gap: int  # max(target - have, 0)
    status: str  # "met" | "partial" | "missing"


@dataclass(frozen=True)
class GapReport:
    """All rows of the gap analysis and the totals over them."""

    rows: list[GapRow]  # biggest gap first, then category order, then name
    qualities_met: int
    qualities_total: int
    total_target: int
    total_have: int  # sum of min(have, target)
    total_gap: int
    coverage: float  # total_have / total_target (1.0 when no qualities)

    def summary(self) -> str:
        """``Qualities met 8/15 · total gap 14 people · coverage 85%`` (the screen and CLI)."""
        people = "person" if self.total_gap == 1 else "people"
        return (
            f"Qualities met {self.qualities_met}/{self.qualities_total} · "
            f"total gap {self.total_gap} {people} · coverage {self.coverage:.0%}"
        )

    def to_json(self) -> dict:
        """A plain JSON-compatible dict: ``{"rows": [...], "summary": {...}}``."""
        return {
            "rows": [asdict(row) for row in self.rows],
            "summary": {
                "qualities_met": self.qualities_met,
                "qualities_total": self.qualities_total,
                "total_target": self.total_target,
                "total_have": self.total_have,
                "total_gap": self.total_gap,
                "coverage": self.coverage,
            },
        }


def matches(quality: Quality, contact: Contact) -> bool:
    """Whether ``contact`` has ``quality`` (rules in ``docs/matching.md``)."""
    return bool(_Index([contact], [quality]).match(quality))


def matching_contacts(quality: Quality, contacts: list[Contact],
                      dream_jobs: str = "") -> list[Contact]:
    """The contacts that have ``quality``, in their original order."""
    found = _Index(contacts, [quality], dream_jobs).match(quality)
    return [contact for i, contact in enumerate(contacts) if i in found]


_CATEGORY_ORDER = {key: i for i, key in enumerate(QUALITY_CATEGORIES)}


def _status(have: int, target: int) -> str:
    if have >= target:
        return "met"
    return "partial" if have > 0 else "missing"


def _target(quality: Quality) -> int:
    value = getattr(quality, "target", 0)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _row(quality: Quality, have: int) -> GapRow:
    target = _target(quality)
    name = quality.name if isinstance(quality.name, str) else ""
    return GapRow(
        quality_id=quality.id,
        category=_category(quality),
        quality=name,
        target=target,
        have=have,
        gap=max(target - have, 0),
        status=_status(have, target),
    )


def _sort_key(row: GapRow) -> tuple[int, int, str, str, int]:
    ident = row.quality_id if isinstance(row.quality_id, int) else -1
    return (
        -row.gap,
        _CATEGORY_ORDER.get(row.category, 99),
        row.quality.casefold(),
        row.quality,
        ident,
    )


def analyse(qualities: list[Quality], contacts: list[Contact], dream_jobs: str = "") -> GapReport:
    """Compare the desired qualities with the contacts: one row per quality.

    The plan's fields (from its qualities and ``dream_jobs``) say what an abbreviation
    stands for: "PMs" are product managers in a product plan."""
    index = _Index(contacts, qualities, dream_jobs)
    rows = sorted((_row(q, len(index.match(q))) for q in qualities), key=_sort_key)
    total_target = sum(max(row.target, 0) for row in rows)
    total_have = sum(min(row.have, max(row.target, 0)) for row in rows)
    return GapReport(
        rows=rows,
        qualities_met=sum(1 for row in rows if row.status == "met"),
        qualities_total=len(rows),
        total_target=total_target,
        total_have=total_have,
        total_gap=sum(row.gap for row in rows),
        coverage=total_have / total_target if total_target else 1.0,
    )
