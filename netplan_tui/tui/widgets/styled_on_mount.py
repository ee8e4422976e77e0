"""Widgets that are not restyled before they are mounted, screens not on their first show.

Textual's ``Input``, ``TextArea``, ``Select`` and ``Button`` set reactives with a
``toggle_class`` in their constructors (``compact``, ``variant``, ``flat``), and a
class change restyles the node at once (``DOMNode.update_node_styles``), mounted or
not. A widget made in ``compose`` was therefore styled against the whole
stylesheet for nothing, then again when it was mounted: about 2 ms for each field,
40 ms of the new-contact form's opening on a 2-CPU machine. Until a widget is
attached to the app its classes only need recording; mounting styles it with the
classes it has then.

A screen is restyled whole each time it is shown (Textual's ``ScreenResume``), for
what may have changed while it was hidden. Only the stylesheet can change that
way: a class or pseudo-class change restyles its node at once, hidden or not. A
theme change parses the stylesheet again and restyles every screen the app holds;
new CSS (a widget class mounted for the first time, the app's idle stylesheet step)
is parsed into new rules that other screens pick up on their next show.
:class:`RestyledOnlyForNewRules` skips the restyle when the stylesheet's rules are
the ones the screen was last styled with: a screen's first show comes right after
its widgets were mounted, each styled then (before the demo plan's first paint,
whole-screen restyles took 15–29 ms, 6–7 ms after, on a 2-CPU machine; a tenth to
a quarter of a dialog's opening), and a return or a kept dialog's next opening
restyled every widget again for nothing (the contact form: ~40 ms).
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.message import Message
from textual.widgets import Button


class StyledOnMount:
    """A widget mixin: class changes before mounting do not restyle.

    A plain mixin (not a widget), so Textual takes the CSS type names from the
    widget class it is mixed into.
    """

    def update_node_styles(self, animate: bool = True) -> None:
        if self.is_attached:  # type: ignore[attr-defined]
            super().update_node_styles(animate)  # type: ignore[misc]


class FormButton(StyledOnMount, Button):
    """A ``Button`` (styled as one) that is not restyled before it is mounted."""


class RestyledOnlyForNewRules:
    """A screen mixin: a show restyles the screen only when the rules changed since it
    was last styled.

    Textual parses the stylesheet into a new list of rules whenever a source is
    added or changed, or the theme's variables change; Textual's own refresh does so
    too, and restyles every screen the app holds as well. The same list means the
    same styles for every widget whose classes did not change, and a widget whose
    classes changed restyled itself then.

    A first visit of a mode sends two ``ScreenResume`` events (one as the mode is
    set up, one as it is switched to), both before the screen has mounted: neither
    restyles, mounting styles each widget. A dialog built ahead is mounted long
    before it is first shown, and styled then.
    """

    #: The rules this screen was last styled with (``None``: not yet shown).
    _styled_with: list[Any] | None = None

    def post_message(self, message: Message) -> Any:
        if isinstance(message, events.ScreenResume):
            rules = self.app.stylesheet.rules  # type: ignore[attr-defined]
            if self._styled_with is None or not self.is_mounted:  # type: ignore[attr-defined]
                message.refresh_styles = False  # styled as its widgets are mounted
                self._styled_with = rules
            elif rules is self._styled_with:
                message.refresh_styles = False
            elif message.refresh_styles:  # (Textual does not restyle after a pop)
                self._styled_with = rules
        return super().post_message(message)  # type: ignore[misc]
