"""The quality editor: a modal form for one desired quality of the network."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical
from textual.widgets import Input, Label, Select, Static, TextArea

from netplan_tui.core.models import QUALITY_CATEGORIES, TARGET_MAX, TARGET_MIN, Quality
from netplan_tui.tui.widgets.form_dialog import FormDialog
from netplan_tui.tui.widgets.lists import SafeSelect
from netplan_tui.tui.widgets.safe_input import SafeInput, SafeTextArea
from netplan_tui.tui.widgets.styled_on_mount import FormButton

TARGET_ERROR = f"Target must be a whole number from {TARGET_MIN} to {TARGET_MAX}."
NAME_ERROR = "Name the quality (e.g. Recruiters, Shopify, Python, Berlin)."
DUPLICATE_ERROR = "“{name}” is already in {category}. Edit that one instead."


def quality_key(category: str, name: str) -> tuple[str, str]:
    """What makes two qualities the same: category and name, ignoring case and spaces."""
    return category, " ".join(name.split()).casefold()


def parse_target(text: str) -> tuple[int | None, str]:
    """``(target, "")`` for a valid target, else ``(None, error message)``."""
    value = text.strip()
    if not value.isdigit() or not value.isascii():
        return None, TARGET_ERROR
    target = int(value)
    if not TARGET_MIN <= target <= TARGET_MAX:
        return None, TARGET_ERROR
    return target, ""


def find_duplicate(
    category: str, name: str, existing: Iterable[Quality], own_id: int | None
) -> Quality | None:
    """The other quality with the same category and name, if any."""
    key = quality_key(category, name)
    for quality in existing:
        if quality.id != own_id and quality_key(quality.category, quality.name) == key:
            return quality
    return None


class QualityEditor(FormDialog[Quality]):
    """Add or edit a quality; dismisses with the edited (unsaved) quality or ``None``."""

    SAVE_BUTTON = "qe-save"
    AUTO_FOCUS = "#qe-name"  # an existing quality starts at its target (see __init__)

    def __init__(
        self,
        quality: Quality | None,
        existing: list[Quality],
        save: Callable[[Quality], object] | None = None,
    ) -> None:
        super().__init__(save)
        if quality is not None:
            self.AUTO_FOCUS = "#qe-target"
        self.quality = quality
        self.existing = existing

    def compose(self) -> ComposeResult:
        quality = self.quality or Quality()
        title = "Edit quality" if self.quality and self.quality.id is not None else "New quality"
        options = [(label, key) for key, label in QUALITY_CATEGORIES.items()]
        category = quality.category if quality.category in QUALITY_CATEGORIES else "other"
        with Vertical(id="qe-dialog"):
            yield Static(title, id="qe-title", markup=False)
            with Grid():
                yield Label("Category", classes="qe-label", id="qe-category-label")
                yield SafeSelect(
                    options, value=category, allow_blank=False, id="qe-category", compact=True
                )
                yield Label("Name", classes="qe-label")
                with Vertical(classes="qe-field"):
                    yield SafeInput(
                        quality.name,
                        placeholder="e.g. Recruiters, Shopify, Python, Berlin",
                        max_length=120,
                        id="qe-name",
                        compact=True,
                    )
                    yield Static("", id="qe-name-error", classes="qe-error -empty", markup=False)
                yield Label("Target", classes="qe-label")
                with Vertical(classes="qe-field"):
                    yield SafeInput(
                        str(quality.target) if self.quality else "",
                        placeholder=f"how many people ({TARGET_MIN}–{TARGET_MAX})",
                        max_length=6,
                        id="qe-target",
                        compact=True,
                    )
                    yield Static(
                        "", id="qe-target-error", classes="qe-error -empty", markup=False
                    )
                yield Label("Note", classes="qe-label")
                # Wraps to show the whole note; one line still (the list shows one line):
                # enter saves like the other fields, pasted line breaks become spaces.
                yield SafeTextArea(
                    quality.note,
                    placeholder="optional",
                    max_length=500,
                    one_line=True,
                    id="qe-note",
                    compact=True,
                )
            yield Static("", classes="form-save-error", markup=False)
            with Horizontal():
                yield FormButton("Cancel (esc)", id="qe-cancel", compact=True)
                yield FormButton("Save (ctrl+s)", id="qe-save", variant="primary", compact=True)

    # -- validation -------------------------------------------------------------------
    def _error(self, field: str, message: str) -> None:
        line = self.query_one(f"#qe-{field}-error", Static)
        line.update(message)
        line.set_class(not message, "-empty")

    def validate(self) -> Quality | None:
        """The quality built from the form, or ``None`` with the errors shown."""
        category = self.query_one("#qe-category", Select).value
        category = category if isinstance(category, str) else "other"
        name = self.query_one("#qe-name", Input).value.strip()
        target, target_error = parse_target(self.query_one("#qe-target", Input).value)
        name_error = "" if name else NAME_ERROR
        own_id = self.quality.id if self.quality else None
        if name and find_duplicate(category, name, self.existing, own_id) is not None:
            name_error = DUPLICATE_ERROR.format(
                name=" ".join(name.split()), category=QUALITY_CATEGORIES[category]
            )
        self._error("name", name_error)
        self._error("target", target_error)
        if name_error or target is None:
            return None
        base = self.quality or Quality()
        return Quality(
            category=category,
            name=name,
            target=target,
            note=self.query_one("#qe-note", TextArea).text.strip(),
            order=base.order,
            id=base.id,
        )

    @on(Input.Changed, "#qe-target")
    def _target_changed(self, event: Input.Changed) -> None:
        if event.value.strip():
            self._error("target", parse_target(event.value)[1])

    @on(Input.Changed, "#qe-name")
    def _name_changed(self) -> None:
        self._error("name", "")
