"""What the record editors share: save with ctrl+s or enter, close once, never lose the text.

A form may be given the function that stores its record (``save``). The form
then closes only once the record is stored: when storing fails (disk full, a
read-only folder), the form stays open with everything typed, says why, and
the person can retry (ctrl+s) or copy the form's text (ctrl+o) to keep it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from textual import on
from textual.binding import Binding
from textual.widgets import Button, Input, Label, Select, Static

from netplan_tui.data.store import SaveError
from netplan_tui.tui.widgets.dialogs import Dialog, field_value, show_text
from netplan_tui.tui.widgets.safe_input import SafeTextArea

T = TypeVar("T")

SAVE_FAILED = "Could not save: {reason}. Nothing typed is lost: press ctrl+s to try again, "
SAVE_FAILED += "or ctrl+o to copy the form's text."


def save_failure(error: Exception) -> str:
    """The line shown in a form whose record could not be stored."""
    reason = str(error).strip().removeprefix("Could not save:").strip().rstrip(".")
    reason = reason or getattr(error, "strerror", None) or type(error).__name__
    return SAVE_FAILED.format(reason=reason)


class FormDialog(Dialog["T | None"], Generic[T]):
    """A modal form that dismisses with its validated (and stored) record, or ``None``.

    Subclasses implement :meth:`validate` (showing their own inline errors) and set
    ``SAVE_BUTTON`` to the id of their save button; any other button cancels.
    A ``Static`` with the class ``form-save-error`` shows why a save failed.
    """

    SAVE_BUTTON = "save"

    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("ctrl+o", "copy_text", "Copy text", show=False),
    ]

    def __init__(self, save: Callable[[T], object] | None = None) -> None:
        super().__init__()
        self._store_record = save

    def validate(self) -> T | None:
        """The edited record, or ``None`` after showing why it cannot be saved."""
        raise NotImplementedError

    @on(Input.Submitted)
    @on(SafeTextArea.Submitted)
    def _submitted(self, event: Input.Submitted | SafeTextArea.Submitted) -> None:
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
        if record is None:
            return
        if self._store_record is not None:
            try:
                self._store_record(record)
            except (SaveError, OSError) as exc:
                self.show_save_error(save_failure(exc))
                return
        self.dismiss(record)

    def show_save_error(self, message: str) -> None:
        """Say why the record was not stored, in the form (and as a notification)."""
        for line in self.query(".form-save-error").results(Static):
            show_text(line, message)
            line.display = bool(message)
        if message:
            self.notify(message, title="Not saved", severity="error", markup=False, timeout=8)

    def form_text(self) -> str:
        """Every field as ``Label: value`` lines, for the clipboard."""
        lines: list[str] = []
        label = ""
        for widget in self.query("Label, Input, TextArea, Select"):
            if isinstance(widget, Label):
                label = str(widget.content).strip()
                continue
            value = "" if isinstance(widget, Select) and widget.is_blank() else field_value(widget)
            if str(value).strip():
                lines.append(f"{label}: {value}" if label else str(value))
            label = ""
        return "\n".join(lines)

    def action_copy_text(self) -> None:
        """Copy the whole form to the clipboard (to keep it when saving fails)."""
        self.app.copy_to_clipboard(self.form_text())
        self.notify("The form's text is in the clipboard.", title="Copied", markup=False)
