"""The strip of the five screens under the header; clickable, keyed 1–5."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from netplan_tui.tui.screens import SECTIONS


class NavBar(Static):
    """Shows the five screens, the current one highlighted."""

    def __init__(self, current: str) -> None:
        super().__init__(id="nav")
        self.current = current

    def render(self) -> Content:
        parts: list[Content] = []
        for section in SECTIONS:
            label = f" {section.key} {section.title} "
            if section.mode == self.current:
                parts.append(Content.styled(label, "bold reverse"))
            else:
                # Our own constants, not user text: safe to use as markup.
                markup = f"[@click=app.switch_mode('{section.mode}')]{label}[/]"
                parts.append(Content.from_markup(markup))
            parts.append(Content(" "))
        return Content("").join(parts)
