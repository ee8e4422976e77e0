"""The one base of every dialog, and the yes/no question.

:class:`Dialog` carries the modal frame (centred, bordered, on the surface
colour), declares where typing goes (``AUTO_FOCUS``) and what Escape does:
close, or, when a field was changed, ask "Discard changes?" first (enter keeps
editing, ``y`` discards). Every dialog of the app is a ``Dialog``, so Escape
behaves the same everywhere.

A dialog opened often can be built ahead, while the app is idle, and kept for
every later opening (:meth:`Dialog.build_ahead`): a key then only shows it.
"""

from __future__ import annotations

from typing import Any, TypeVar

from textual import events
from textual.app import App, ComposeResult
from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Static

from netplan_tui.tui.collector import collect_after_close
from netplan_tui.tui.parking import PARKING, parking
from netplan_tui.tui.widgets.footer import NetplanFooter
from netplan_tui.tui.widgets.styled_on_mount import FormButton, RestyledOnlyForNewRules

T = TypeVar("T")

DISCARD_TITLE = "Discard changes?"
DISCARD_MESSAGE = "What you typed in this form is not saved. Enter keeps editing."


def field_value(field: Widget) -> Any:
    """What an ``Input`` or a ``Select`` holds (its value), or a ``TextArea`` (its text).

    Asked by attribute: importing ``TextArea`` here would load it before the first
    paint.
    """
    return field.value if hasattr(field, "value") else field.text  # type: ignore[attr-defined]


def show_text(line: Static, text: str) -> None:
    """Put ``text`` in ``line``, unless it holds exactly that already.

    ``Static.update`` always asks Textual for a new layout, even for the same
    words. Screen 3's count line is set again at each filter key, mostly to the
    same words. A kept dialog fills its title and error lines again before each
    opening, mostly with what they hold: that layout ran when the dialog was
    shown, a reflow and a render on top of the full render every show needs
    (later openings of the contact form at 10,000 contacts: median 56 -> 35 ms).
    A ``Content`` equals a string of its plain text, so only a string is taken
    as "the same": styled text is always replaced.
    """
    if not (isinstance(line.content, str) and line.content == text):
        line.update(text)


class Dialog(RestyledOnlyForNewRules, ModalScreen[T]):
    """A modal dialog: the shared frame, declared focus, Escape that never loses text.

    The frame is the dialog's first ``Vertical``; a subclass changes only what
    differs (``width``, the border colour…) in ``dialogs.tcss``.
    Subclasses set ``AUTO_FOCUS`` to the widget typing should go to, and may
    override :meth:`has_unsaved` (by default: a text field, list or choice
    differs from what it held when the dialog opened).
    """

    BINDINGS = [
        # Short labels: the footer must fit Save, Help and Quit at 60 columns.
        # Escape still asks first when a field changed (see ``action_cancel``).
        Binding("escape", "cancel", "Cancel"),
        # A modal screen hides the app's keys, and `?` types into a field: F1 is help.
        Binding("f1", "app.help", "Help", key_display="F1"),
        # The app's ctrl+q (a priority key) quits from a dialog too; shown here so
        # the footer says so. Quitting asks first when the dialog holds an edit.
        Binding("ctrl+q", "app.quit", "Quit"),
    ]

    #: Each dialog names the widget typing goes to (nothing focused by default).
    AUTO_FOCUS = ""

    _opened_with: dict[str, Any] | None = None
    _resized = False  # the first Resize was seen
    #: Built ahead and kept: closing hides the dialog, the next opening shows it again.
    kept = False

    def post_message(self, message: Message) -> bool:
        # The first show lays the dialog out at the terminal's size; the Resize
        # that layout sends the new screen made Textual lay out the dialog again, and
        # every screen below it, for a size none of them changed. A real change of
        # size (another Resize) is passed on as always.
        if isinstance(message, events.Resize) and not self._resized:
            self._resized = True
            if message.size == self.app.size:
                return True
        return super().post_message(message)

    def on_mount(self) -> None:
        if not (self.is_attached and self.app.is_running):
            # The app closed while this dialog was being built (ahead, or opened by
            # the key before the quit): its widgets are gone, there is nothing to set up.
            # A quit detaches every screen; a shutdown from outside (an embedding
            # program, a test leaving ``run_test``) only stops the app running.
            return
        self.set_up()
        # Now, not after a refresh: keys typed ahead are delivered right after mount.
        if self._opened_with is None:
            self._opened_with = self.field_values()
        if not self.query(NetplanFooter):
            # The dialog's own keys at the bottom, over the footer of the screen below.
            self.mount(NetplanFooter())

    def set_up(self) -> None:
        """What a dialog does once its widgets are mounted (instead of ``on_mount``).

        Not called when the app closed while the dialog was being built: its
        widgets are gone by then, and a query for one of them would fail.
        """

    def on_unmount(self) -> None:
        collect_after_close(self.app)

    def build_ahead(self, app: App[Any]) -> bool:
        """Compose and mount this dialog now, unseen, to be shown (again and again) later.

        Textual composes and mounts a screen pushed onto a mode other than the shown
        one, and styles each widget as it is mounted, without drawing anything. The
        app's parking mode is never shown (``tui/parking.py``), so the dialog waits
        there. It stays in that stack when it closes, so Textual keeps it: every
        opening shows the same widgets (the subclass fills them again before each
        one) and costs a layout and a paint instead of building sixty widgets.
        ``False`` (nothing done) when the app has no parking mode.
        """
        mode = parking(app)
        if mode is None:
            return False
        self.kept = True
        # Nothing takes the focus while unseen (an Input's cursor would blink on a
        # hidden screen); each opening focuses ``AUTO_FOCUS`` (see ``dismiss``).
        self.AUTO_FOCUS = ""
        app.push_screen(self, mode=mode)
        return True

    def can_open_again(self) -> bool:
        """True when this dialog was built ahead, is mounted and is open on no screen."""
        if not (self.kept and self.is_mounted):
            return False
        app = self.app
        for mode in app.MODES:
            if mode == PARKING:  # where it waits between openings
                continue
            try:
                if self in app.get_screen_stack(mode):
                    return False
            except KeyError:  # a mode not visited yet
                continue
        return True

    def open_again(self) -> None:
        """Called by a kept dialog once its fields are filled for the next opening.

        What they hold now is what "changed" is measured against (see
        ``has_unsaved``), and typing goes where ``AUTO_FOCUS`` says.
        """
        vars(self).pop("AUTO_FOCUS", None)  # the class's own, hidden by build_ahead
        self._opened_with = self.field_values()

    def dismiss(self, result: T | None = None) -> AwaitComplete:
        closed = super().dismiss(result)
        if self.kept:
            # Unseen until the next opening: nothing focused (nor blinking), and
            # that opening focuses AUTO_FOCUS as a new dialog does.
            self.set_focus(None)
        return closed

    def field_values(self) -> dict[str, Any]:
        """The value of every field of the dialog, by position (ids are optional)."""
        return {
            f"{index}": field_value(widget)
            for index, widget in enumerate(self.query("Input, TextArea, Select"))
        }

    def has_unsaved(self) -> bool:
        """True when a field differs from what it held when the dialog opened."""
        opened = self._opened_with
        return opened is not None and opened != self.field_values()

    def action_cancel(self) -> None:
        """Escape: close, after asking when something typed would be lost."""
        if not self.is_active:  # a second escape queued before the dialog closed
            return
        if not self.has_unsaved():
            self.dismiss(None)
            return

        def answer(discard: bool | None) -> None:
            if discard and self.is_active:
                self.dismiss(None)

        self.app.push_screen(
            ConfirmDialog(DISCARD_TITLE, DISCARD_MESSAGE, yes="Discard", no="Keep editing"),
            answer,
        )


class ConfirmDialog(Dialog[bool]):
    """Ask a yes/no question; dismisses with ``True`` for yes (enter answers no).

    ``message`` is shown as plain text (it may quote user text).
    """

    AUTO_FOCUS = "#no"

    BINDINGS = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n", "answer(False)", "No"),
    ]

    def __init__(
        self, title: str, message: str | Content, yes: str = "Yes", no: str = "No"
    ) -> None:
        super().__init__()
        self._title = title
        self._message = message
        self._yes = yes
        self._no = no

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self._title, id="confirm-title", markup=False)
            message = self._message
            if isinstance(message, Content):
                yield Static(message, id="confirm-message")
            else:
                yield Static(message, id="confirm-message", markup=False)
            with Horizontal():
                yield FormButton(f"{self._no} (n)", id="no")
                yield FormButton(f"{self._yes} (y)", id="yes", variant="warning")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_answer(event.button.id == "yes")

    def action_answer(self, value: bool) -> None:
        if self.is_active:  # a second key queued before the question closed
            self.dismiss(value)

    def action_cancel(self) -> None:
        self.action_answer(False)
