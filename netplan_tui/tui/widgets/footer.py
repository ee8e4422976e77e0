"""The footer of every screen and dialog: Help and Quit stay visible at any width.

It looks and works like Textual's ``Footer`` as the app used it (the keys in the
order declared, the command palette's key at the right edge, a key highlighted
under the mouse with its tooltip, a click pressing the key, a disabled key dimmed
and answered with a bell), with two differences:

- Textual's footer lays its keys out left to right and cuts what does not fit: at
  60 columns "? Help" and "q Quit", listed last, fell off the edge. This one, when
  the keys are wider than the window, leaves out the screen's least important keys
  first (the rightmost ones) until the keys that work everywhere fit (before that
  it tries the compact style and leaving out the palette key). Nothing is lost:
  the help screen (``?``/F1) and the command palette (ctrl+p) list every key.
- It is one widget drawing one line, where Textual's is a widget per key: ten
  keys composed, styled (two component styles each) and rendered took ~20 ms of
  every start-up and of every first visit or dialog on a 2-CPU machine.

Its colours come from the theme's footer variables through its component classes,
combined as Textual combines a ``FooterKey``'s layers, so every theme draws it
as Textual's footer would.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.color import Color
from textual.screen import Screen
from textual.widget import Widget

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
#: Cells the palette key takes besides its key and description: its left border
#: and its right padding (as counted when deciding what fits).
PALETTE_WIDTH_EXTRA = 2


def key_width(key_display: str, description: str) -> int:
    """Cells a non-compact footer key takes: `` key `` then ``description ``."""
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


class FooterEntry:
    """One key as the footer shows it."""

    __slots__ = ("key", "key_display", "description", "action", "enabled", "tooltip")

    def __init__(
        self, key: str, key_display: str, description: str, action: str, enabled: bool,
        tooltip: str,
    ) -> None:
        self.key = key
        self.key_display = key_display
        self.description = description
        self.action = action
        self.enabled = enabled
        self.tooltip = tooltip

    def as_tuple(self) -> tuple[str, str, str, str, bool, str]:
        return (
            self.key, self.key_display, self.description, self.action, self.enabled,
            self.tooltip,
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FooterEntry) and self.as_tuple() == other.as_tuple()

    def __hash__(self) -> int:
        return hash(self.as_tuple())

    def __repr__(self) -> str:
        return f"FooterEntry{self.as_tuple()!r}"


class FooterPlan:
    """What the footer shows at one width: the keys (in order), the palette key
    (or ``None``) and whether they are drawn compact."""

    __slots__ = ("keys", "palette", "compact")

    def __init__(
        self, keys: list[FooterEntry], palette: FooterEntry | None, compact: bool
    ) -> None:
        self.keys = keys
        self.palette = palette
        self.compact = compact

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FooterPlan) and (
            (self.keys, self.palette, self.compact) == (other.keys, other.palette, other.compact)
        )

    __hash__ = None  # type: ignore[assignment]


def choose_keys(
    keys: list[FooterEntry], palette: FooterEntry | None, width: int, in_field: bool
) -> FooterPlan:
    """The keys to show in ``width`` cells, in the footer's order.

    The screen's own keys come first, then those that work everywhere (each group
    in its declared order). Too wide: first the compact style (one cell less per
    key), then without the palette key (ctrl+p is in the help), then without the
    screen's last keys (never Help, Quit, Cancel or Save).
    """
    keys = [k for k in keys if in_field or k.action not in IN_FIELD_ONLY]
    keys.sort(key=lambda k: k.action in EVERYWHERE)
    widths = [key_width(k.key_display, k.description) for k in keys]
    palette_width = (
        key_width(palette.key_display, "palette") + PALETTE_WIDTH_EXTRA if palette else 0
    )
    compact = sum(widths) + palette_width > width
    if compact:
        widths = [w - 1 for w in widths]
        palette_width = max(palette_width - 2, 0)
        if sum(widths) + palette_width > width:
            palette, palette_width = None, 0
    shown = fit_keys(
        widths,
        [k.action in NEVER_LEFT_OUT or k.key == SAVE_KEY for k in keys],
        width - palette_width,
    )
    return FooterPlan([k for k, show in zip(keys, shown, strict=True) if show], palette, compact)


class NetplanFooter(Widget, can_focus=False):
    """The keys of the screen (or dialog) it is on, in one line at its bottom."""

    ALLOW_SELECT = False

    COMPONENT_CLASSES = {
        "footer--item",
        "footer--key",
        "footer--description",
        "footer--hover",
        "footer--palette-border",
    }

    DEFAULT_CSS = """
    NetplanFooter {
        color: $footer-foreground;
        background: $footer-background;
        dock: bottom;
        width: 1fr;
        height: 1;
        .footer--item { background: $footer-item-background; }
        .footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .footer--hover {
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
        .footer--palette-border { color: $foreground 20%; }
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._plan: FooterPlan | None = None
        self._planned_width = -1
        #: Cell spans of the keys drawn: (start, end, entry).
        self._spans: list[tuple[int, int, FooterEntry]] = []
        self._hovered: FooterEntry | None = None

    # -- what to show ---------------------------------------------------------------
    def _entries(self) -> tuple[list[FooterEntry], FooterEntry | None]:
        """The screen's active keys shown in footers (one per action) and the palette's."""
        app = self.app
        active = self.screen.active_bindings
        keys: dict[str, FooterEntry] = {}
        for _node, binding, enabled, tooltip in active.values():
            if binding.show and binding.action not in keys:
                keys[binding.action] = FooterEntry(
                    binding.key, app.get_key_display(binding), binding.description,
                    binding.action, enabled, tooltip,
                )
        palette = None
        if app.ENABLE_COMMAND_PALETTE:
            found = active.get(app.COMMAND_PALETTE_BINDING)
            if found is not None:
                _node, binding, enabled, _tooltip = found
                palette = FooterEntry(
                    binding.key, app.get_key_display(binding), binding.description,
                    binding.action, enabled, binding.tooltip or binding.description,
                )
        return list(keys.values()), palette

    def _width(self) -> int:
        return self.size.width or self.app.size.width

    def plan(self) -> FooterPlan:
        """What the footer shows now (worked out again when the keys or width changed)."""
        if self._plan is None or self._planned_width != self._width():
            self._update_plan()
        assert self._plan is not None
        return self._plan

    def _update_plan(self) -> bool:
        """Work out the keys again; ``True`` if what is shown changed."""
        keys, palette = self._entries()
        width = self._width()
        plan = choose_keys(keys, palette, width, is_text_field(self.screen.focused))
        self._planned_width = width
        if plan == self._plan:
            return False  # the same keys: the plan (and what is drawn) stays
        self._plan = plan
        return True

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen[object]) -> None:
        # As Textual's footer: keys stay as they are while the app is in the
        # background (losing the focus changes the bindings for a moment).
        if not screen.app.app_focus or screen is not self.screen or not self.is_attached:
            return
        if self._update_plan():
            self._set_hover(None)
            self.refresh()

    def on_resize(self, _event: events.Resize) -> None:
        self.refresh()

    # -- drawing --------------------------------------------------------------------
    def _layer(self, name: str) -> tuple[Color, Color | None]:
        """The background and the colour (``None``: none set) of a component class."""
        styles = self.get_component_styles(name)
        color = styles.color if styles.has_rule("color") else None
        return styles.background, color

    def _key_styles(self, entry: FooterEntry, base: Color, color: Color) -> tuple[Style, Style]:
        """Rich styles of a key's two parts, layered as Textual layers a ``FooterKey``
        (footer, key, its part) over ``base``, the footer's background."""
        layer = "footer--hover" if entry is self._hovered else "footer--item"
        item_background, item_color = self._layer(layer)
        background = base + item_background
        color = item_color or color
        styles = []
        for part, bold in (("footer--key", True), ("footer--description", False)):
            part_background, part_color = self._layer(part)
            cell_background = background + part_background
            cell_color = cell_background + (part_color or color)
            styles.append(Style(
                color=cell_color.rich_color, bgcolor=cell_background.rich_color,
                bold=bold or None, dim=not entry.enabled or None,
            ))
        return styles[0], styles[1]

    def _key_text(self, entry: FooterEntry, compact: bool, base: Color, color: Color) -> Text:
        key_style, description_style = self._key_styles(entry, base, color)
        if not entry.description:
            return Text(entry.key_display, style=key_style, end="")
        if compact:
            return Text.assemble(
                (entry.key_display, key_style), (f" {entry.description}", description_style),
                end="",
            )
        return Text.assemble(
            (f" {entry.key_display} ", key_style), (f"{entry.description} ", description_style),
            end="",
        )

    def render(self) -> Text:
        plan = self.plan()
        width = self._width()
        _, base = self.background_colors
        color = self.styles.color
        gap = Style(color=(base + color).rich_color, bgcolor=base.rich_color)
        line = Text(end="", no_wrap=True, overflow="crop")
        spans: list[tuple[int, int, FooterEntry]] = []
        for entry in plan.keys:
            text = self._key_text(entry, plan.compact, base, color)
            start = line.cell_len
            line.append_text(text)
            spans.append((start, line.cell_len, entry))
            if plan.compact:
                line.append(" ", gap)  # the compact keys' right margin
        right = Text(end="")
        if plan.palette is not None:
            palette = plan.palette
            layer = "footer--hover" if palette is self._hovered else "footer--item"
            inner = base + self._layer(layer)[0]
            _, border_color = self._layer("footer--palette-border")
            right.append("▏", Style(
                color=(base + (border_color or color)).rich_color, bgcolor=inner.rich_color
            ))
            right.append_text(self._key_text(palette, True, base, color))
            # Its right padding (part of the key) or, compact, its margin (the footer's).
            right.append(" ", gap if plan.compact else Style(bgcolor=inner.rich_color))
        room = max(width - right.cell_len, 0)
        line.truncate(room, overflow="crop")
        line.append(" " * (room - line.cell_len), gap)
        if plan.palette is not None:
            spans.append((room, room + right.cell_len - plan.compact, plan.palette))
        line.append_text(right)
        line.truncate(width, overflow="crop")
        self._spans = spans
        return line

    # -- the mouse ------------------------------------------------------------------
    def _entry_at(self, x: int) -> FooterEntry | None:
        for start, end, entry in self._spans:
            if start <= x < end:
                return entry
        return None

    def _set_hover(self, entry: FooterEntry | None) -> None:
        if entry is self._hovered:
            return
        self._hovered = entry
        self.tooltip = (entry.tooltip or None) if entry is not None else None
        self.styles.pointer = "pointer" if entry is not None else "default"
        if self.is_attached:
            self.screen.update_pointer_shape()
        self.refresh()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._set_hover(self._entry_at(event.x))

    def on_leave(self, _event: events.Leave) -> None:
        self._set_hover(None)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        entry = self._entry_at(event.x)
        if entry is None:
            return
        if entry.enabled:
            self.app.simulate_key(entry.key)
        else:
            self.app.bell()
