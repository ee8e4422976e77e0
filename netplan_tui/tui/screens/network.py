"""Screen 3: the network the user has — a filterable, sortable table of contacts.

Built for 10,000 contacts: each contact's cells, sort keys and lower-case search
text are computed once per load; filtering and sorting work on those in Python
and fill the ``DataTable`` once per change (typing is debounced).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.timer import Timer
from textual.widgets import DataTable, Input, Static

from netplan_tui.core.models import WHERE_MET, Contact, parse_iso_date
from netplan_tui.core.text import fold, one_line
from netplan_tui.tui.screens.base import PlanScreen
from netplan_tui.tui.widgets.contact_editor import ContactEditor, stars
from netplan_tui.tui.widgets.contact_table import Cell, ContactTable, fit_widths
from netplan_tui.tui.widgets.dialogs import ConfirmDialog
from netplan_tui.tui.widgets.import_dialog import ImportDialog
from netplan_tui.tui.widgets.safe_input import SafeInput

FILTER_DELAY = 0.15  # seconds of quiet typing before the table is filtered
WARM_DAYS = 30  # days since last contact after which a contact is shown as cooling
COLD_DAYS = 90  # ... and as cold
NEVER = 10**6  # sort value of "never contacted"
SEARCHED = ("name", "role", "company", "sector", "location", "skills", "interests", "notes")

#: (label, key, smallest, preferred, largest width) of the columns, most useful first.
COLUMNS: tuple[tuple[str, str, int, int, int], ...] = (
    ("Name", "name", 12, 20, 30),
    ("Role", "role", 12, 20, 30),
    ("Company", "company", 10, 15, 22),
    ("Days", "days", 4, 5, 5),
    ("Strength", "strength", 8, 8, 8),
    ("Last contact", "last_contact", 12, 12, 12),
    ("Sector", "sector", 10, 14, 20),
    ("Location", "location", 10, 14, 20),
    ("Where met", "where_met", 10, 16, 18),
)
CORE_COLUMNS = 5  # always shown first; the others when they fit


@dataclass
class Entry:
    """A contact with everything the table needs, computed once."""

    contact: Contact
    search: str
    days: int | None
    cells: tuple[Cell, ...]


def days_since(contact: Contact, today: date) -> int | None:
    try:
        day = parse_iso_date(contact.last_contact)
    except (TypeError, ValueError):
        return None
    return None if day is None else (today - day).days


def _text(contact: Contact, name: str) -> str:
    value = getattr(contact, name, "")
    return value if isinstance(value, str) else ""


def _folded(contact: Contact, name: str) -> str:
    return _text(contact, name).casefold()


#: Sort orders: key -> (label, key function over an entry, descending?)
SORTS: dict[str, tuple[str, Callable[[Entry], Any], bool]] = {
    "name": ("name", lambda e: _folded(e.contact, "name"), False),
    "role": ("role", lambda e: _folded(e.contact, "role"), False),
    "company": ("company", lambda e: _folded(e.contact, "company"), False),
    "strength": ("strength, strongest first", lambda e: e.contact.strength, True),
    "days": ("coldest first", lambda e: NEVER if e.days is None else e.days, True),
    "last_contact": ("latest contact first", lambda e: e.contact.last_contact or "", True),
    "sector": ("sector", lambda e: _folded(e.contact, "sector"), False),
    "location": ("location", lambda e: _folded(e.contact, "location"), False),
    "where_met": ("where met", lambda e: e.contact.where_met or "", False),
}
SORT_CYCLE = ("name", "company", "strength", "days", "last_contact")


class NetworkScreen(PlanScreen):
    """Contacts: add, edit, delete, filter, sort, log a touch, import from LinkedIn."""

    MODE = "network"
    AUTO_FOCUS = "#net-table"

    BINDINGS = [
        Binding("n", "add", "Add"),
        Binding("e", "edit", "Edit"),
        Binding("d,delete", "delete", "Delete"),
        Binding("slash", "filter", "Filter"),
        Binding("t", "touch", "Touch"),
        Binding("i", "import", "Import"),
        Binding("s", "sort", "Sort", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[int, Entry] = {}
        self.shown: list[int] = []
        self.sort = "name"
        self.descending = False
        self.query_text = ""
        self._timer: Timer | None = None

    # -- layout ---------------------------------------------------------------------
    def compose_body(self) -> ComposeResult:
        with Vertical(id="net-body"):
            with Horizontal(id="net-bar"):
                yield SafeInput(
                    placeholder="/ filter: name, role, company, skills…",
                    id="net-filter",
                    compact=True,
                    max_length=200,
                )
                yield Static("", id="net-count", markup=False)
            yield Static(
                "No contacts yet. Press n to add someone you know, or i to import "
                "LinkedIn's Connections.csv.",
                id="net-empty",
                classes="hint",
                markup=False,
            )
            table = ContactTable(id="net-table", cursor_type="row", zebra_stripes=True)
            for label, key, _low, width, _high in COLUMNS:
                table.add_column(label, key=key, width=width)
            yield table

    @on(ContactTable.Resized, "#net-table")
    def _table_resized(self, event: ContactTable.Resized) -> None:
        event.stop()
        self.fit_columns()

    def fit_columns(self) -> None:
        table = self.query_one("#net-table", ContactTable)
        space = table.size.width - 2  # room for the vertical scrollbar
        if space > 0:
            table.set_widths(fit_widths([c[1:] for c in COLUMNS], space, CORE_COLUMNS))

    # -- loading --------------------------------------------------------------------
    def refresh_data(self) -> None:
        """Load the contacts (the base calls this only when something was saved).

        Our own edits update the shown rows in place and call ``mark_shown``, so
        closing an editor does not reload 10,000 contacts.
        """
        store = self.napp.store
        self.entries = {}
        for contact in store.contacts():
            if contact.id is not None:
                self.entries[contact.id] = self.make_entry(contact)
        self.apply_view()

    def make_entry(self, contact: Contact) -> Entry:
        days = days_since(contact, self.napp.today)
        search = fold("\n".join([_text(contact, name) for name in SEARCHED]))
        return Entry(contact, search, days, self.cells(contact, days))

    def cells(self, contact: Contact, days: int | None) -> tuple[Cell, ...]:
        styles = self._styles
        if days is None:
            days_cell = Cell("–", "dim", "right")
        else:
            style = ""
            if days > COLD_DAYS:
                style = styles["cold"]
            elif days > WARM_DAYS:
                style = styles["cool"]
            days_cell = Cell(str(days), style, "right")
        return (
            Cell(contact.name),
            Cell(contact.role),
            Cell(contact.company),
            days_cell,
            Cell(stars(contact.strength), styles["stars"]),
            Cell(contact.last_contact or ""),
            Cell(contact.sector),
            Cell(contact.location),
            Cell(WHERE_MET.get(contact.where_met, contact.where_met)),
        )

    @property
    def _styles(self) -> dict[str, str]:
        theme = self.app.theme_variables
        return {"cold": theme.get("error", ""), "cool": theme.get("warning", ""),
                "stars": theme.get("accent", "")}

    # -- filtering and sorting --------------------------------------------------------
    def matching_ids(self) -> list[int]:
        terms = fold(self.query_text).split()
        entries = self.entries
        if not terms:
            ids = list(entries)
        else:
            ids = [cid for cid, e in entries.items() if all(t in e.search for t in terms)]
        _label, key, _desc = SORTS[self.sort]
        ids.sort(key=lambda cid: key(entries[cid]), reverse=self.descending)
        return ids

    def apply_view(self, select_id: int | None = None) -> None:
        """Fill the table with the contacts that pass the filter, in sort order."""
        table = self.query_one("#net-table", ContactTable)
        if select_id is None:
            select_id = self.current_id()
        self.shown = self.matching_ids()
        entries = self.entries
        table.replace_rows((str(cid), entries[cid].cells) for cid in self.shown)
        self.query_one("#net-empty").display = not self.entries
        table.display = bool(self.entries)
        if select_id is not None and select_id in entries:
            self.select(select_id)
        self.update_count()

    def update_count(self) -> None:
        total = len(self.entries)
        label, _key, default_desc = SORTS[self.sort]
        arrow = "" if self.descending == default_desc else " (reversed)"
        text = f"{total} contact{'s' if total != 1 else ''}"
        if self.query_text.strip():
            text += f" · {len(self.shown)} shown"
        text += f" · by {label}{arrow}"
        self.query_one("#net-count", Static).update(text)

    @on(Input.Changed, "#net-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(FILTER_DELAY, lambda: self.set_filter(event.value))

    @on(Input.Submitted, "#net-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.set_filter(event.value)
        self.query_one("#net-table", DataTable).focus()

    def set_filter(self, text: str) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if text == self.query_text:
            return
        self.query_text = text
        self.apply_view()

    def action_filter(self) -> None:
        self.query_one("#net-filter", Input).focus()

    def action_leave_field(self) -> None:
        """Escape clears the filter (from the filter field or the table)."""
        field = self.query_one("#net-filter", Input)
        if field.value or self.query_text:
            field.value = ""
            self.set_filter("")
        self.query_one("#net-table", DataTable).focus()

    def action_sort(self, key: str | None = None) -> None:
        """``s`` cycles the common orders; a header click sorts by it (again: reversed)."""
        if key is None:
            index = SORT_CYCLE.index(self.sort) if self.sort in SORT_CYCLE else -1
            key = SORT_CYCLE[(index + 1) % len(SORT_CYCLE)]
            self.descending = SORTS[key][2]
        elif key == self.sort:
            self.descending = not self.descending
        else:
            self.descending = SORTS[key][2]
        self.sort = key
        self.apply_view()

    @on(DataTable.HeaderSelected, "#net-table")
    def _header(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        key = str(event.column_key.value)
        if key in SORTS:
            self.action_sort(key)

    # -- the current row --------------------------------------------------------------
    def current_id(self) -> int | None:
        table = self.query_one("#net-table", DataTable)
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return int(row_key.value) if row_key.value else None

    def current(self) -> Contact | None:
        cid = self.current_id()
        entry = self.entries.get(cid) if cid is not None else None
        return entry.contact if entry else None

    def select(self, contact_id: int) -> None:
        table = self.query_one("#net-table", DataTable)
        try:
            index = table.get_row_index(str(contact_id))
        except Exception:  # noqa: BLE001 - the row may be filtered out
            return
        table.move_cursor(row=index)

    def _replace(self, contact: Contact) -> None:
        """Show a saved contact again without refilling the table."""
        if contact.id is None:
            return
        entry = self.make_entry(contact)
        self.entries[contact.id] = entry
        table = self.query_one("#net-table", DataTable)
        key = str(contact.id)
        if key in table.rows:
            for (_label, column, *_widths), cell in zip(COLUMNS, entry.cells, strict=True):
                table.update_cell(key, column, cell)
        self.mark_shown()

    # -- actions --------------------------------------------------------------------
    def action_add(self) -> None:
        editor = ContactEditor(None, self.napp.today, save=self._store)
        self.app.push_screen(editor, self._saved)

    def action_edit(self) -> None:
        contact = self.current()
        if contact is not None:
            editor = ContactEditor(contact, self.napp.today, save=self._store)
            self.app.push_screen(editor, self._saved)

    @on(DataTable.RowSelected, "#net-table")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_edit()

    def _store(self, contact: Contact) -> None:
        """Store the editor's contact; a ``SaveError`` keeps the editor open with the text."""
        store = self.napp.store
        if contact.id is None:
            store.add_contact(contact)
        else:
            store.update_contact(contact)

    def _saved(self, contact: Contact | None) -> None:
        """The editor closed after storing ``contact`` (``None``: cancelled).

        A contact without an id was not stored yet (a caller other than the
        editor): it is stored here.
        """
        if contact is None:
            return
        if contact.id is None and not self.napp.persist(self._store, contact):
            return
        if contact.id is None:
            return
        name = one_line(contact.name, 60)
        if contact.id not in self.entries:
            self.entries[contact.id] = self.make_entry(contact)
            self.mark_shown()
            self.apply_view(select_id=contact.id)
            if contact.id not in self.shown:
                self.notify("Added; the filter hides it (escape clears the filter).")
            self.notify(Content.from_markup("Added [b]$name[/b]", name=name))
            return
        self._replace(contact)
        self.notify(Content.from_markup("Saved [b]$name[/b]", name=name))

    def action_delete(self) -> None:
        contact = self.current()
        if contact is None or contact.id is None:
            return
        cid = contact.id
        detail = " · ".join(one_line(v, 40) for v in (contact.role, contact.company) if v)
        message = Content.from_markup(
            "Delete [b]$name[/b]$detail from your network?",
            name=one_line(contact.name, 60),
            detail=f" ({detail})" if detail else "",
        )

        def done(yes: bool | None) -> None:
            if not yes or not self.napp.persist(self.napp.store.delete_contact, cid):
                return
            self.entries.pop(cid, None)
            table = self.query_one("#net-table", DataTable)
            if str(cid) in table.rows:
                table.remove_row(str(cid))
            self.shown = [i for i in self.shown if i != cid]
            self.mark_shown()
            self.query_one("#net-empty").display = not self.entries
            table.display = bool(self.entries)
            self.update_count()
            self.notify(
                Content.from_markup("Deleted [b]$name[/b]", name=one_line(contact.name, 60))
            )

        self.app.push_screen(ConfirmDialog("Delete contact?", message, yes="Delete"), done)

    def action_touch(self) -> None:
        """Log a contact made today."""
        contact = self.current()
        if contact is None:
            return
        today = self.napp.today.isoformat()
        if contact.last_contact == today:
            self.notify(
                Content.from_markup("Already logged today for [b]$name[/b]",
                                    name=one_line(contact.name, 60))
            )
            return
        updated = Contact.from_dict(contact.to_dict())
        updated.last_contact = today
        if self.napp.persist(self.napp.store.update_contact, updated):
            self._replace(updated)
            self.apply_view(select_id=updated.id)  # the sort may use the date: sort again
            self.notify(
                Content.from_markup(
                    "Logged a contact with [b]$name[/b] today", name=one_line(contact.name, 60)
                )
            )

    def action_import(self) -> None:
        contacts = [e.contact for e in self.entries.values()]
        self.app.push_screen(ImportDialog(contacts, self.napp.today), self._imported)

    def _imported(self, report: Any) -> None:
        if report is None:
            return
        self.reload()
        self.notify(f"LinkedIn import: {report.summary()}", markup=False, timeout=8)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit", "delete", "touch") and not self.entries:
            return None
        if action in ("add", "delete", "touch", "import") and self.napp.store.readonly:
            return None
        return True
