"""The footer of every screen and dialog: Help and Quit stay visible at any width.

Textual's ``Footer`` lays its keys out left to right and cuts what does not fit:
at 60 columns "? Help" and "q Quit", listed last, fell off the edge. This footer
shows the same keys in the same order, and when they are wider than the window
it leaves out the screen's least important keys first (the rightmost ones) until
the keys that work everywhere fit (before that it tries the compact style and
leaving out the palette key). Nothing is lost: the help screen (``?``/F1)
and the command palette (ctrl+p) list every key, shown or not.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer

#: Keys that work everywhere: shown after the screen's own, in their own order.
EVERYWHERE = ("help", "app.help", "next_step", "quit", "app.quit")
#: Keys a narrow window never leaves out: Help, Quit, what closes a dialog
#: (Escape) and what saves it (ctrl+s).
NEVER_LEFT_OUT = frozenset(
    {"help", "app.help", "quit", "app.quit", "cancel", "close", "leave_field"}
)
#: Keys shown only while a text field has the focus.
IN_FIELD_ONLY = frozenset({"leave_field"})
SAVE_KEY = "ctrl+s"
PALETTE = "-command-palette"


def key_width(key_display: str, description: str) -> int:
    """Cells a non-compact footer key takes: `` key `` then ``description ``."""
    from rich.cells import cell_len

    return cell_len(key_display) + 2 + (cell_len(description) + 1 if description else 0)


def fit_keys(widths: list[int], keep: list[bool], room: int) -> list[bool]:
    """Which keys to show: all when they fit in ``room`` cells, else drop the
    rightmost keys not marked ``keep`` one by one until they fit (or none is left)."""
    shown = [True] * len(widths)
    total = sum(widths)
    for index in reversed(range(len(widths))):
        if total <= room:
            break
        if not keep[index]:
            shown[index] = False
            total -= widths[index]
    return shown


#: Textual's text fields: keys typed there are text, so the footer shows other keys.
TEXT_FIELDS = frozenset({"Input", "TextArea"})


def is_text_field(widget: Widget | None) -> bool:
    """Whether ``widget`` is an ``Input`` or a ``TextArea`` (or made from one).

    Asked by class name: importing ``TextArea`` to ask loads its document modules
    (12 ms) before the first paint, though no first screen has one.
    """
    return widget is not None and any(c.__name__ in TEXT_FIELDS for c in type(widget).__mro__)


def _action(widget: Widget) -> str | None:
    """The action of a footer key (``None`` for anything else the footer holds)."""
    action = getattr(widget, "action", None)
    return action if isinstance(action, str) and hasattr(widget, "key_display") else None


def _settle_compact(key: Widget, compact: bool) -> None:
    """Give a footer key its compact style before it is mounted.

    A key is created compact and bound to the footer's ``compact``: mounting it ran
    its watcher (adding ``-compact``) and the binding ran it again (removing it), and
    each run restyled the key against the whole stylesheet, 1-2 ms each time, on
    every composition of the footer (more than 30 ms of start-up for nine keys). Set
    beforehand, neither the first value nor the binding changes anything.
    Only for the keys bound to the footer's ``compact`` (not the palette key).
    """
    descriptor = getattr(type(key), "compact", None)
    if descriptor is None:
        return
    key.set_reactive(descriptor, compact)
    key.set_class(compact, "-compact", update=False)


def _signature(compact: bool, widgets: list[Widget]) -> tuple[object, ...]:
    """What the footer shows, to tell whether composing again would change it."""
    return (compact, *(
        (
            type(w).__name__,
            getattr(w, "key", None),
            str(getattr(w, "key_display", "")),
            str(getattr(w, "description", "")),
            getattr(w, "action", None),
            w.disabled,
            str(w.tooltip or ""),
            tuple(sorted(w.classes)),
        )
        for w in widgets
    ))


class NetplanFooter(Footer):
    """A ``Footer`` that never cuts Help and Quit: narrow windows drop other keys first.

    Textual's footer composes its keys anew each time the screen's bindings may have
    changed, which includes every return to a screen and every dialog closed: nine
    keys built and styled again, about a quarter of a return's time on a 2-CPU
    machine, for the keys that were already there. This one composes again only when
    what it would show differs from what it shows.
    """

    _composed_width = 0
    _composed: tuple[object, ...] | None = None

    def _plan(self) -> tuple[bool, list[Widget]]:
        """Whether the keys are compact, and the widgets to show (not yet mounted)."""
        in_field = is_text_field(self.screen.focused)
        widgets = [
            w for w in super().compose() if in_field or _action(w) not in IN_FIELD_ONLY
        ]
        keys = [w for w in widgets if _action(w) is not None and not w.has_class(PALETTE)]
        others = [w for w in widgets if w not in keys]
        # The screen's own keys first, then those that work everywhere (same order).
        keys.sort(key=lambda w: _action(w) in EVERYWHERE)
        width = self._width()
        palette = [w for w in others if w.has_class(PALETTE)]
        widths = [key_width(str(w.key_display), str(w.description)) for w in keys]
        palette_width = sum(key_width(str(w.key_display), "palette") + 2 for w in palette)
        # Too wide: first the compact style (one cell less per key), then without
        # the palette key (ctrl+p is in the help), then without the screen's last keys.
        compact = sum(widths) + palette_width > width
        for key in keys:  # the palette key is not bound to the footer's compact
            _settle_compact(key, compact)
        if compact:
            widths = [w - 1 for w in widths]
            palette_width = max(palette_width - 2, 0)
            if sum(widths) + palette_width > width:
                others = [w for w in others if w not in palette]
                palette_width = 0
        shown = fit_keys(
            widths,
            [_action(w) in NEVER_LEFT_OUT or getattr(w, "key", "") == SAVE_KEY for w in keys],
            width - palette_width,
        )
        return compact, [w for w, show in zip(keys, shown, strict=True) if show] + others

    def _width(self) -> int:
        return self.size.width or self.app.size.width

    def compose(self) -> ComposeResult:
        compact, widgets = self._plan()
        self.compact = compact
        self._composed_width = self._width()
        self._composed = _signature(compact, widgets) if widgets else None
        yield from widgets

    def bindings_changed(self, screen: Screen[object]) -> None:
        if (
            self._composed is not None
            and screen is self.screen
            and self._width() == self._composed_width
            and _signature(*self._plan()) == self._composed
        ):
            return  # the same keys as shown: nothing to compose
        super().bindings_changed(screen)

    def on_resize(self, event: events.Resize) -> None:
        if self.children and event.size.width != self._composed_width:
            self.call_after_refresh(self.recompose)
