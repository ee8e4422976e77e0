"""The bar at the top of every screen: the command palette's icon and the screen's title.

It looks and works like Textual's ``Header`` as the app used it (one line, the icon
at the left opening the command palette on a click, highlighted under the mouse,
the title and sub-title centred between it and the space Textual keeps for a
clock), but it is one widget where Textual's is four. Composing, styling and laying
out those four took ~9 ms of every start-up before the first paint, and of every
first visit of a screen. The title is the screen's ``title`` and ``sub_title`` (the
app's when the screen has none), formatted by ``App.format_title`` as Textual
formats it, and drawn again when either changes. Its style is in ``widgets.tcss``.
"""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.widget import Widget

ICON = "⭘"
#: Cells of Textual's ``HeaderIcon`` (its width, the icon after one cell of padding).
ICON_WIDTH = 8
#: Cells of Textual's ``HeaderClockSpace``, kept blank at the right as it does.
CLOCK_WIDTH = 10
ICON_TOOLTIP = "Open the command palette"


def title_line(icon: Content, title: Content, width: int) -> Content:
    """One line of ``width`` cells: ``icon`` at the left, ``title`` centred between
    it and the clock's space, cut with an ellipsis when it does not fit."""
    room = max(width - ICON_WIDTH - CLOCK_WIDTH, 0)
    title = title.truncate(room, ellipsis=True)
    left = (room - title.cell_length) // 2
    right = room - left - title.cell_length
    line = Content.assemble(
        icon.truncate(ICON_WIDTH, pad=True), " " * left, title, " " * (right + CLOCK_WIDTH)
    )
    return line.truncate(width)


class TitleBar(Widget):
    """The top line of a screen: palette icon, then the screen's title, centred."""

    _icon_hovered = False

    def on_mount(self) -> None:
        for node in (self.app, self.screen):
            self.watch(node, "title", self._title_changed, init=False)
            self.watch(node, "sub_title", self._title_changed, init=False)

    def _title_changed(self) -> None:
        self.refresh()

    @property
    def _palette(self) -> bool:
        return bool(self.app.ENABLE_COMMAND_PALETTE)

    def render(self) -> Content:
        screen, app = self.screen, self.app
        title = screen.title if screen.title is not None else app.title
        sub_title = screen.sub_title if screen.sub_title is not None else app.sub_title
        icon = Content(f" {ICON}")
        if self._icon_hovered and self._palette:
            hover = self.styles.background.blend(self.styles.color, 0.1)
            icon = icon.pad_right(ICON_WIDTH - icon.cell_length).stylize(f"on {hover.hex}")
        return title_line(icon, app.format_title(title, sub_title), self.size.width)

    def _hover(self, on_icon: bool) -> None:
        on_icon = on_icon and self._palette
        if on_icon != self._icon_hovered:
            self._icon_hovered = on_icon
            self.tooltip = ICON_TOOLTIP if on_icon else None
            self.refresh()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hover(event.x < ICON_WIDTH)

    def on_leave(self, _event: events.Leave) -> None:
        self._hover(False)

    async def on_click(self, event: events.Click) -> None:
        if event.x < ICON_WIDTH and self._palette:
            event.stop()
            await self.run_action("app.command_palette")
