"""What the record editors share: save with ctrl+s or enter, cancel with escape, close once."""

from __future__ import annotations

from typing import Generic, TypeVar

from textual import on
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Button, Input

T = TypeVar("T")


class FormDialog(ModalScreen["T | None"], Generic[T]):
    """A modal form that dismisses with its validated record, or ``None`` on cancel.

    Subclasses implement :meth:`validate` (showing their own inline errors) and set
    ``SAVE_BUTTON`` to the id of their save button; any other button cancels.
    """

    SAVE_BUTTON = "save"

    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def validate(self) -> T | None:
        """The edited record, or ``None`` after showing why it cannot be saved."""
        raise NotImplementedError

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == self.SAVE_BUTTON:
            self.action_save()
        else:
            self.action_cancel()

    def action_save(self) -> None:
        if not self.is_active:  # a second enter queued before the form closed
            return
        record = self.validate()
        if record is not None:
            self.dismiss(record)

    def action_cancel(self) -> None:
        if self.is_active:
            self.dismiss(None)
