"""An answer to a verification question, with the checker's answer on offer.

The field starts empty: the answers are the person's own thinking. What the SMART
checker understood of the goal is *offered*: shown dim in the empty field (its
placeholder) and as the rest of a matching start once typing begins (the way a
shell completes a command). ``→`` at the end of the field takes the offer; any
other key is the person's own answer.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.suggester import Suggester

from netplan_tui.tui.widgets.safe_input import SafeInput


class _OfferSuggester(Suggester):
    """Completes a typed start with the field's offer (compared without case)."""

    def __init__(self, field: AnswerInput) -> None:
        super().__init__(use_cache=False, case_sensitive=False)
        self.field = field

    async def get_suggestion(self, value: str) -> str | None:
        offer = self.field.offer
        if value and len(offer) > len(value) and offer.casefold().startswith(value):
            return offer
        return None


class AnswerInput(SafeInput):
    """A one-line answer that offers the checker's answer; ``→`` takes it."""

    BINDINGS = [
        Binding("right", "cursor_right", "Take the offered answer", key_display="→"),
    ]

    def __init__(self, value: str = "", *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(
            value,
            id=id,
            compact=True,
            max_length=500,
            suggester=_OfferSuggester(self),
            select_on_focus=False,
        )
        self.offer = ""

    def offer_answer(self, text: str) -> None:
        """Offer ``text`` (the checker's answer): the placeholder while the field is empty."""
        if text != self.offer:
            self.offer = text
            self.placeholder = text

    def action_cursor_right(self, select: bool = False) -> None:
        """Take the offer in an empty field; otherwise what ``→`` always does (which also
        takes a completion shown after the typed start)."""
        if not select and not self.value and self.offer:
            self.value = self.offer
            self.cursor_position = len(self.value)
            return
        super().action_cursor_right(select)
