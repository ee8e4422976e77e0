"""The S·M·A·R·T·1 chips: one mark per SMART criterion (✓ ok, ! warn, ✗ fail).

``SmartChips`` is the widget (used in the goal editor); ``chips_text`` renders the
same chips compactly as a Rich ``Text`` for DataTable cells, with the colours of
the current theme.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.style import Style
from rich.text import Text
from textual.app import App
from textual.content import Content
from textual.widgets import Static

from netplan_tui.core.smart.criteria import (
    CRITERIA,
    LABELS,
    LONG_LABELS,
    MARKS,
    VERDICT_LABELS,
    verdict_of,
)

#: One letter per chip in compact chips ("1" for one sentence).
LETTERS = {name: label.split()[0] for name, label in LABELS.items()}
CHIP_NAMES = LABELS
LONG_NAMES = LONG_LABELS
THEME_COLOUR = {"ok": "success", "warn": "warning", "fail": "error"}
WORDS = {"ok": "ok", "warn": "warning", "fail": "fails"}


def statuses_of(result: object) -> dict[str, str]:
    """``{criterion: status}`` of a SMART result (``smart.SmartResult``)."""
    criteria = getattr(result, "criteria", {}) or {}
    return {name: getattr(criteria.get(name), "status", "") for name in CRITERIA}


def chips_content(statuses: Mapping[str, str], compact: bool = False) -> Content:
    """The chips as styled ``Content`` (theme variables; for widgets)."""
    parts: list[Content | str] = []
    for name in CRITERIA:
        status = statuses.get(name, "")
        mark = MARKS.get(status, "·")
        colour = THEME_COLOUR.get(status)
        if compact:
            label = f"{LETTERS[name]}{mark}"
            style = f"bold ${colour}" if colour else "dim"
        else:
            label = f" {mark} {CHIP_NAMES[name]} "
            style = f"bold ${colour} on ${colour} 15%" if colour else "dim"
        if parts:
            parts.append(" " if compact else "  ")
        parts.append(Content.styled(label, style))
    return Content.assemble(*parts)


def theme_styles(app: App[object]) -> dict[str, Style]:
    """Rich styles for ok/warn/fail in the app's current theme."""
    styles: dict[str, Style] = {}
    for status, variable in THEME_COLOUR.items():
        colour = app.theme_variables.get(variable, "")
        try:
            styles[status] = Style(color=colour or None, bold=True)
        except Exception:  # noqa: BLE001 - an unusual theme value: fall back to bold
            styles[status] = Style(bold=True)
    return styles


def chips_text(statuses: Mapping[str, str], styles: Mapping[str, Style]) -> Text:
    """Compact chips (``S✓ M✗ A! R✓ T✓ 1✓``) as a Rich ``Text`` for a DataTable cell."""
    text = Text(no_wrap=True, overflow="ellipsis")
    for index, name in enumerate(CRITERIA):
        status = statuses.get(name, "")
        if index:
            text.append(" ")
        text.append(f"{LETTERS[name]}{MARKS.get(status, '·')}", styles.get(status, Style(dim=True)))
    return text


def summary_word(statuses: Mapping[str, str]) -> str:
    """``SMART`` (every criterion ok), ``Almost SMART`` (warnings) or ``Not SMART yet``:
    the one verdict rule of the checker, so the headline never contradicts the chips."""
    return VERDICT_LABELS[verdict_of(statuses.get(name, "") for name in CRITERIA)]


class SmartChips(Static):
    """Six chips for a SMART result; re-renders only when a status changes."""

    def __init__(self, compact: bool = False, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__("", id=id)
        self.compact = compact
        self.statuses: dict[str, str] = {}

    def set_compact(self, compact: bool) -> None:
        """Draw the chips compactly (``S✓ M✓ …``, for narrow terminals) or in full."""
        if compact != self.compact:
            self.compact = compact
            self.update(chips_content(self.statuses, compact=compact))

    def show(self, statuses: Mapping[str, str]) -> bool:
        """Show ``statuses``; returns ``True`` when the chips changed."""
        new = {name: statuses.get(name, "") for name in CRITERIA}
        if new == self.statuses:
            return False
        self.statuses = new
        self.update(chips_content(new, compact=self.compact), layout=False)
        return True
