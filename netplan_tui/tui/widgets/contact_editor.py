"""The contact editor: a modal form for one person of the user's network."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, Label, Select, Static, TextArea

from netplan_tui.core.models import (
    STRENGTH_MAX,
    STRENGTH_MIN,
    WHERE_MET,
    Contact,
    parse_iso_date,
)
from netplan_tui.tui.widgets.dialogs import show_text
from netplan_tui.tui.widgets.form_dialog import FormDialog
from netplan_tui.tui.widgets.lists import SafeSelect
from netplan_tui.tui.widgets.safe_input import SafeInput, SafeTextArea
from netplan_tui.tui.widgets.styled_on_mount import FormButton

NAME_ERROR = "A contact needs a name."
NOTES_MAX = 2000
DATE_ERROR = "Use the form YYYY-MM-DD (e.g. 2026-11-03), or leave it empty."
FUTURE_ERROR = "This date is after today."

#: Text fields of the form: (field, label, placeholder, max length).
TEXT_FIELDS: tuple[tuple[str, str, str, int], ...] = (
    ("name", "Name", "required", 120),
    ("role", "Role", "e.g. Senior Backend Engineer", 160),
    ("company", "Company", "e.g. Shopify", 160),
    ("sector", "Sector", "e.g. E-commerce", 120),
    ("location", "Location", "e.g. Berlin, remote", 120),
    ("skills", "Skills", "comma separated: Python, Kubernetes", 500),
    ("interests", "Interests", "comma separated: open source, climbing", 500),
)
DATE_FIELDS: tuple[tuple[str, str], ...] = (
    ("last_contact", "Last contact"),
    ("first_contact", "First contact"),
)
#: The fields with an error line under them.
ERROR_FIELDS: tuple[str, ...] = ("name", *(name for name, _label in DATE_FIELDS))
EXTRA_FIELDS: tuple[tuple[str, str, str, int], ...] = (
    ("url", "Profile URL", "e.g. https://www.linkedin.com/in/…", 300),
    ("email", "E-mail", "optional", 200),
)


def stars(strength: int) -> str:
    """``★★★☆☆`` for 3 out of 5."""
    value = min(max(strength, STRENGTH_MIN), STRENGTH_MAX) if isinstance(strength, int) else 0
    return "★" * value + "☆" * (STRENGTH_MAX - value)


def where_met_choice(contact: Contact) -> str:
    """The form's choice for where ``contact`` was met ("other" for an unknown one)."""
    return contact.where_met if contact.where_met in WHERE_MET else "other"


def strength_choice(contact: Contact) -> int:
    """The form's choice for ``contact``'s strength, within the scale."""
    return min(max(contact.strength, STRENGTH_MIN), STRENGTH_MAX)


def tidy_list(text: str) -> str:
    """A comma-separated list with spaces tidied and empty items dropped."""
    return ", ".join(" ".join(part.split()) for part in text.split(",") if part.strip())


def parse_date_field(text: str, today: date, allow_future: bool = False) -> tuple[str | None, str]:
    """``(iso date or None, "")`` for a valid entry, ``(None, error)`` otherwise."""
    value = text.strip()
    if not value:
        return None, ""
    try:
        day = parse_iso_date(value)
    except ValueError:
        return None, DATE_ERROR
    if day is None:
        return None, ""
    if not allow_future and day > today:
        return None, FUTURE_ERROR
    return day.isoformat(), ""


class ContactEditor(FormDialog[Contact]):
    """Add or edit a contact; dismisses with the edited (unsaved) contact or ``None``."""

    AUTO_FOCUS = "#ce-name"

    SAVE_BUTTON = "ce-save"

    def __init__(
        self,
        contact: Contact | None,
        today: date,
        save: Callable[[Contact], object] | None = None,
    ) -> None:
        super().__init__(save)
        self.contact = contact
        self.today = today

    def _title(self) -> str:
        editing = self.contact is not None and self.contact.id is not None
        return "Edit contact" if editing else "New contact"

    def compose(self) -> ComposeResult:
        contact = self.contact or Contact()  # last contact: empty unless you give it
        with Vertical(id="ce-dialog"):
            yield Static(self._title(), id="ce-title", markup=False)
            with VerticalScroll(can_focus=False), Grid():
                for name, label, placeholder, limit in TEXT_FIELDS:
                    yield Label(label, classes="ce-label")
                    field = SafeInput(
                        getattr(contact, name) or "",
                        placeholder=placeholder,
                        max_length=limit,
                        id=f"ce-{name}",
                        compact=True,
                    )
                    if name == "name":  # the one text field with an error line
                        with Vertical(classes="ce-field"):
                            yield field
                            yield self._error_line("name")
                    else:  # a grid cell of its own: a wrapper would be one more widget
                        yield field
                yield Label("Where met", classes="ce-label")
                yield SafeSelect(
                    [(label, key) for key, label in WHERE_MET.items()],
                    value=where_met_choice(contact),
                    allow_blank=False,
                    id="ce-where_met",
                    compact=True,
                )
                yield Label("Strength", classes="ce-label")
                yield SafeSelect(
                    [(f"{stars(n)}  {n}", n) for n in range(STRENGTH_MIN, STRENGTH_MAX + 1)],
                    value=strength_choice(contact),
                    allow_blank=False,
                    id="ce-strength",
                    compact=True,
                )
                for name, label in DATE_FIELDS:
                    yield Label(label, classes="ce-label")
                    with Vertical(classes="ce-field"):
                        yield SafeInput(
                            getattr(contact, name) or "",
                            placeholder="YYYY-MM-DD",
                            max_length=10,
                            id=f"ce-{name}",
                            compact=True,
                        )
                        yield self._error_line(name)
                for name, label, placeholder, limit in EXTRA_FIELDS:
                    yield Label(label, classes="ce-label")
                    yield SafeInput(
                        getattr(contact, name) or "",
                        placeholder=placeholder,
                        max_length=limit,
                        id=f"ce-{name}",
                        compact=True,
                    )
                yield Label("Notes", classes="ce-label")
                # Several lines: enter starts a new line, ctrl+s saves. Notes are shown
                # only here and searched by the filter, so line breaks are kept.
                with Vertical(classes="ce-field"):  # a grid's auto row alone gave it 1 line
                    yield SafeTextArea(
                        contact.notes, id="ce-notes", max_length=NOTES_MAX, compact=True
                    )
            yield self._save_error_line()
            with Horizontal():
                yield FormButton("Cancel (esc)", id="ce-cancel", compact=True)
                yield FormButton("Save (ctrl+s)", id="ce-save", variant="primary", compact=True)

    def reload(self, contact: Contact | None) -> None:
        """Fill the form for ``contact`` (``None``: a new one), as a new form would be.

        A kept form (see ``Dialog.build_ahead``) is filled again before each opening:
        every field, the title, no error shown, scrolled to the top, notes without
        the previous contact's undo history.
        """
        self.contact = contact
        shown = contact or Contact()
        show_text(self.query_one("#ce-title", Static), self._title())
        for name, *_rest in (*TEXT_FIELDS, *DATE_FIELDS, *EXTRA_FIELDS):
            field = self.query_one(f"#ce-{name}", Input)
            field.value = getattr(shown, name) or ""
            field.cursor_position = len(field.value)
        choices = {"where_met": where_met_choice(shown), "strength": strength_choice(shown)}
        for name, value in choices.items():
            choice = self.query_one(f"#ce-{name}", Select)
            choice.expanded = False
            choice.value = value
        self.query_one("#ce-notes", TextArea).load_text(shown.notes)
        for name in ERROR_FIELDS:
            self._error(name, "")
        self.show_save_error("")
        self.query_one(VerticalScroll).scroll_home(animate=False, immediate=True)
        self.open_again()

    @staticmethod
    def _save_error_line() -> Static:
        return Static("", classes="form-save-error", markup=False)

    @staticmethod
    def _error_line(name: str) -> Static:
        return Static("", id=f"ce-{name}-error", classes="ce-error -empty", markup=False)

    # -- validation -------------------------------------------------------------------
    def _error(self, name: str, message: str) -> None:
        line = self.query_one(f"#ce-{name}-error", Static)
        show_text(line, message)
        line.set_class(not message, "-empty")

    def _value(self, name: str) -> str:
        return self.query_one(f"#ce-{name}", Input).value

    def validate(self) -> Contact | None:
        """The contact built from the form, or ``None`` with the errors shown."""
        name = " ".join(self._value("name").split())
        self._error("name", "" if name else NAME_ERROR)
        dates: dict[str, str | None] = {}
        ok = bool(name)
        for field, _label in DATE_FIELDS:
            value, error = parse_date_field(self._value(field), self.today)
            self._error(field, error)
            dates[field] = value
            ok = ok and not error
        if not ok:
            self._focus_first_error()
            return None
        where = self.query_one("#ce-where_met", Select).value
        strength = self.query_one("#ce-strength", Select).value
        base = self.contact or Contact()
        return Contact(
            name=name,
            role=self._value("role").strip(),
            company=self._value("company").strip(),
            sector=self._value("sector").strip(),
            location=self._value("location").strip(),
            skills=tidy_list(self._value("skills")),
            interests=tidy_list(self._value("interests")),
            where_met=where if isinstance(where, str) else "other",
            strength=strength if isinstance(strength, int) else 3,
            last_contact=dates["last_contact"],
            first_contact=dates["first_contact"],
            notes=self.query_one("#ce-notes", TextArea).text.strip(),
            url=self._value("url").strip(),
            email=self._value("email").strip(),
            id=base.id,
        )

    def _focus_first_error(self) -> None:
        for name in ERROR_FIELDS:
            if not self.query_one(f"#ce-{name}-error").has_class("-empty"):
                self.query_one(f"#ce-{name}", Input).focus()
                return

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        field = (event.input.id or "").removeprefix("ce-")
        if field == "name":
            self._error("name", "")
        elif field in dict(DATE_FIELDS) and len(event.value.strip()) in (0, 10):
            self._error(field, parse_date_field(event.value, self.today)[1])
