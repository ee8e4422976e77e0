"""Screen 3: the network the user has — a filterable, sortable table of contacts.

Built for 10,000 contacts: the ``RecordTable`` holds only ids and asks for a
row's cells when the row scrolls into view; sort keys are cheap and computed when
sorting; the accent-free search text is built in a thread once, when the filter is
first used, so no key press blocks the screen (typing is debounced).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import var
from textual.timer import Timer
from textual.widgets import Input, Static

from netplan_tui.core.models import WHERE_MET, Contact, parse_iso_date
from netplan_tui.core.text import fold, one_line
from netplan_tui.tui.collector import keep_loaded_out_of_collector
from netplan_tui.tui.screens.base import PlanScreen
from netplan_tui.tui.screens.sorting import SortedList
from netplan_tui.tui.widgets.contact_editor import ContactEditor, stars
from netplan_tui.tui.widgets.dialogs import ConfirmDialog, show_text
from netplan_tui.tui.widgets.import_dialog import ImportDialog
from netplan_tui.tui.widgets.record_table import (
    BACKGROUND_AT,
    CellValue,
    Column,
    RecordTable,
)
from netplan_tui.tui.widgets.safe_input import SafeInput

FILTER_DELAY = 0.15  # seconds of quiet typing before the table is filtered
WARM_DAYS = 30  # days since last contact after which a contact is shown as cooling
COLD_DAYS = 90  # ... and as cold
NEVER = 10**6  # sort value of "never contacted"
SEARCHED = ("name", "role", "company", "sector", "location", "skills", "interests", "notes")

#: The columns (key, header, smallest, preferred, largest width), most useful first.
COLUMNS = (
    Column("name", "Name", 12, 20, 30),
    Column("role", "Role", 12, 20, 30),
    Column("company", "Company", 10, 15, 22),
    Column("days", "Days", 4, 5, 5, justify="right"),
    Column("strength", "Strength", 8, 8, 8),
    Column("last_contact", "Last contact", 12, 12, 12),
    Column("sector", "Sector", 10, 14, 20),
    Column("location", "Location", 10, 14, 20),
    Column("where_met", "Where met", 10, 16, 18),
)
CORE_COLUMNS = 5  # always shown first; the others when they fit


@dataclass(slots=True)
class Entry:
    """A contact and its days since the last contact; its cells are drawn when shown."""

    contact: Contact
    days: int | None


def search_text(contact: Contact) -> str:
    """What the filter looks in: the searched fields, case and accents folded."""
    return fold("\n".join([_text(contact, name) for name in SEARCHED]))


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


class NetworkScreen(SortedList, PlanScreen):
    """Contacts: add, edit, delete, filter, sort, log a touch, import from LinkedIn."""

    MODE = "network"
    AUTO_FOCUS = "#net-table"

    BINDINGS = [
        Binding("n", "add", "Add"),
        Binding("e", "edit", "Edit"),
        Binding("d,delete", "delete", "Delete"),
        Binding("u", "undo", "Undo delete", show=False),
        Binding("slash", "filter", "Filter"),
        Binding("t", "touch", "Touch"),
        Binding("i", "import", "Import"),
        Binding("s", "sort", "Sort", show=False),
    ]

    #: The order shown: (sort key, descending?). Setting it sorts the table again.
    order: var[tuple[str, bool]] = var(("name", False), init=False)
    SORT_CYCLE = SORT_CYCLE
    COLUMN_SORTS = {key: key for key in SORTS}

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[int, Entry] = {}
        self.shown: list[int] = []
        self.query_text = ""
        self._timer: Timer | None = None
        #: Folded search text by id; ``None`` until the filter first needs it.
        self._search: dict[int, str] | None = None
        self._undo: list[Contact] = []  # deleted contacts, the last one last
        self._loading = False  # reading the contacts in a thread
        self._folding = False  # folding the search text in a thread

    def descending_first(self, key: str) -> bool:
        return SORTS[key][2]

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
            yield RecordTable(COLUMNS, self.row_cells, core=CORE_COLUMNS, id="net-table")

    @property
    def table(self) -> RecordTable:
        return self.query_one("#net-table", RecordTable)

    # -- loading --------------------------------------------------------------------
    def refresh_data(self) -> None:
        """Load the contacts (the base calls this only when something was saved).

        Our own edits update the shown rows in place and call ``mark_shown``, so
        closing an editor does not reload 10,000 contacts. A large network is read
        in a thread; the rows already shown stay until it is done.
        """
        store = self.napp.store
        if store.contact_count() < BACKGROUND_AT:
            self._loaded(store.saves, self._read_entries())
            return
        self._loading = True
        self._show_empty_hint()  # not "No contacts yet" while they are read
        self.update_count()
        self.call_after_refresh(self._load_in_thread)  # see BACKGROUND_AT

    def _read_entries(self) -> dict[int, Entry]:
        today = self.napp.today
        return {
            contact.id: Entry(contact, days_since(contact, today))
            for contact in self.napp.store.contacts()
            if contact.id is not None
        }

    @work(thread=True, exclusive=True, group="net-load", exit_on_error=False,
          description="read the contacts")
    def _load_in_thread(self) -> None:
        saves = self.napp.store.saves
        try:
            entries: dict[int, Entry] | None = self._read_entries()
        except RuntimeError:  # the contacts changed while being read
            entries = None
        self.app.call_from_thread(self._loaded, saves, entries)

    def _loaded(self, saves: int, entries: dict[int, Entry] | None) -> None:
        """Show what was read, unless something was saved meanwhile: then read again."""
        if entries is None or saves != self.napp.store.saves:
            self.refresh_data()
            return
        keep_loaded_out_of_collector()
        self._loading = False
        self._folding = False
        self.entries = entries
        self._search = None
        self.apply_view()
        if self.query_text.strip() and self._search is None and self._big:
            self._fold_search()

    @property
    def _big(self) -> bool:
        return len(self.entries) >= BACKGROUND_AT

    def make_entry(self, contact: Contact) -> Entry:
        if self._search is not None and contact.id is not None:
            self._search[contact.id] = search_text(contact)
        return Entry(contact, days_since(contact, self.napp.today))

    def row_cells(self, contact_id: object) -> tuple[CellValue, ...]:
        """A row's cells, asked for by the table when the row is drawn."""
        entry = self.entries[contact_id]  # type: ignore[index]
        contact, days = entry.contact, entry.days
        theme = self.app.theme_variables
        if days is None:
            days_cell = Text("–", "dim", justify="right")
        else:
            style = ""
            if days > COLD_DAYS:
                style = theme.get("error", "")
            elif days > WARM_DAYS:
                style = theme.get("warning", "")
            days_cell = Text(str(days), style, justify="right")
        return (
            contact.name,
            contact.role,
            contact.company,
            days_cell,
            Text(stars(contact.strength), theme.get("accent", "")),
            contact.last_contact or "",
            contact.sector,
            contact.location,
            WHERE_MET.get(contact.where_met, contact.where_met),
        )

    # -- filtering and sorting --------------------------------------------------------
    def matching_ids(self) -> list[int]:
        terms = fold(self.query_text).split()
        entries = self.entries
        if not terms:
            ids = list(entries)
        else:
            search = self._search
            if search is None:
                if self._big:  # folded in a thread; this view comes again when done
                    self._fold_search()
                    self._in_order = False
                    return list(self.shown)
                search = self._build_search()
            ids = [cid for cid in entries if all(t in search.get(cid, "") for t in terms)]
        _label, key, _desc = SORTS[self.sort]
        ids.sort(key=lambda cid: key(entries[cid]), reverse=self.descending)
        self._in_order = True
        return ids

    #: Whether ``shown`` is what :meth:`matching_ids` would give now. A row edited in
    #: place keeps its place even if its sort key or the filter's verdict changed.
    _in_order = False

    def _place(self, cid: int) -> None:
        """Show ``cid``, just added to ``entries``, where :meth:`matching_ids` would
        put it, without sorting every contact again (~15 ms at 10,000).

        ``shown`` is in order and ``cid`` is the last of ``entries``: a sort keeps
        equal keys in ``entries`` order, so it goes after every equal key.
        """
        entry = self.entries[cid]
        terms = fold(self.query_text).split()
        if all(term in search_text(entry.contact) for term in terms):
            _label, key, _desc = SORTS[self.sort]
            value, entries, shown = key(entry), self.entries, self.shown
            low, high = 0, len(shown)
            while low < high:
                middle = (low + high) // 2
                other = key(entries[shown[middle]])
                if (other >= value) if self.descending else (other <= value):
                    low = middle + 1
                else:
                    high = middle
            shown.insert(low, cid)
        self._show_rows(select_id=cid)

    def _build_search(self) -> dict[int, str]:
        self._search = {cid: search_text(e.contact) for cid, e in self.entries.items()}
        return self._search

    def apply_view(self, select_id: int | None = None) -> None:
        """Show the contacts that pass the filter, in sort order."""
        self.shown = self.matching_ids()
        self._show_rows(select_id)

    def _show_rows(self, select_id: int | None) -> None:
        """Put ``shown`` in the table, the cursor on ``select_id`` if shown."""
        table = self.table
        table.set_rows(self.shown, select=select_id)
        self._show_empty_hint()
        table.display = bool(self.entries)
        self.update_count()

    def _show_empty_hint(self) -> None:
        """"No contacts yet" only when there are none: not while they are being read."""
        self.query_one("#net-empty").display = not self.entries and not self._loading

    def watch_order(self) -> None:
        self.apply_view()

    def update_count(self) -> None:
        if self._loading and not self.entries:
            self._show_count("Loading contacts…")
            return
        total = len(self.entries)
        label, _key, default_desc = SORTS[self.sort]
        arrow = "" if self.descending == default_desc else " (reversed)"
        text = f"{total} contact{'s' if total != 1 else ''}"
        if self.query_text.strip():
            text += f" · {len(self.shown)} shown"
        text += f" · by {label}{arrow}"
        self._show_count(text)

    def _show_count(self, text: str) -> None:
        # Static.update lays the whole screen out again: not for the same words (a
        # filter typed further that still matches the same contacts).
        show_text(self.query_one("#net-count", Static), text)

    @on(Input.Changed, "#net-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        if event.value.strip() and self._search is None and self._big:
            self._fold_search()
        self._timer = self.set_timer(FILTER_DELAY, lambda: self.set_filter(event.value))

    def _fold_search(self) -> None:
        if not self._folding:
            self._folding = True
            self._prepare_search(self.entries, dict(self.entries))

    @work(thread=True, exclusive=True, group="net-search", exit_on_error=False,
          description="fold the search text")  # no repr of 10,000 entries
    def _prepare_search(self, source: dict[int, Entry], entries: dict[int, Entry]) -> None:
        """Fold every contact's search text in a thread, while the user types."""
        search = {cid: search_text(e.contact) for cid, e in entries.items()}
        self.app.call_from_thread(self._search_ready, source, entries, search)

    def _search_ready(
        self, source: dict[int, Entry], entries: dict[int, Entry], search: dict[int, str]
    ) -> None:
        if source is not self.entries:  # the contacts were read again meanwhile
            return
        self._folding = False
        if self._search is not None:
            return
        keep_loaded_out_of_collector()
        if entries.keys() != self.entries.keys():  # added or deleted meanwhile: fold again
            self._fold_search()
            return
        for cid, entry in self.entries.items():
            if entry is not entries[cid]:  # edited while folding
                search[cid] = search_text(entry.contact)
        self._search = search
        if fold(self.query_text).split():
            self.apply_view()

    @on(Input.Submitted, "#net-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.set_filter(event.value)
        self.table.focus()

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
        self.table.focus()

    # -- the current row --------------------------------------------------------------
    def current_id(self) -> int | None:
        return self.table.current_id()  # type: ignore[return-value]

    def current(self) -> Contact | None:
        cid = self.current_id()
        entry = self.entries.get(cid) if cid is not None else None
        return entry.contact if entry else None

    def select(self, contact_id: int) -> None:
        self.table.select(contact_id)

    def _replace(self, contact: Contact) -> None:
        """Show a saved contact again without refilling the table."""
        if contact.id is None:
            return
        old = self.entries.get(contact.id)
        new = self.entries[contact.id] = self.make_entry(contact)
        _label, key, _desc = SORTS[self.sort]
        if old is None or key(old) != key(new) or (
                self.query_text.strip() and search_text(old.contact) != search_text(contact)):
            self._in_order = False  # the row stays where it is, not where a sort puts it
        self.table.update_row(contact.id)
        self.mark_shown()

    # -- actions --------------------------------------------------------------------
    def action_add(self) -> None:
        self._open_editor(None)

    def action_edit(self) -> None:
        contact = self.current()
        if contact is not None:
            self._open_editor(contact)

    _editor: ContactEditor | None = None

    def on_mount(self) -> None:
        self.napp.when_settled(self, self._build_editor)

    def _build_editor(self) -> None:
        """Build the contact form ahead, once the app is idle: ``n`` and enter then show it."""
        if self._editor is None and self.is_attached:
            editor = ContactEditor(None, self.napp.today, save=self._store)
            if editor.build_ahead(self.app):
                self._editor = editor

    def _open_editor(self, contact: Contact | None) -> None:
        """The contact form for ``contact`` (``None``: a new one): the kept one when ready."""
        editor = self._editor
        if editor is not None and editor.can_open_again():
            editor.reload(contact)
        else:  # not built yet (a key right after the first visit), or open already
            editor = ContactEditor(contact, self.napp.today, save=self._store)
        self.app.push_screen(editor, self._saved)

    @on(RecordTable.Selected, "#net-table")
    def _row_selected(self, event: RecordTable.Selected) -> None:
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
            self._show_added(contact)
            self.notify(Content.from_markup("Added [b]$name[/b]", name=name))
            return
        self._replace(contact)
        self.notify(Content.from_markup("Saved [b]$name[/b]", name=name))

    def _show_added(self, contact: Contact) -> None:
        """Show a contact just stored (added, or restored by undo) and put the cursor on it."""
        assert contact.id is not None
        new = contact.id not in self.entries
        self.entries[contact.id] = self.make_entry(contact)
        self.mark_shown()
        if new and self._in_order:
            self._place(contact.id)
        else:
            self.apply_view(select_id=contact.id)
        if contact.id not in self.shown:
            self.notify("Added; the filter hides it (escape clears the filter).")

    def action_delete(self) -> None:
        contact = self.current()
        if contact is None or contact.id is None:
            return
        cid = contact.id
        detail = " · ".join(one_line(v, 40) for v in (contact.role, contact.company) if v)
        message = Content.from_markup(
            "Delete [b]$name[/b]$detail from your network? Press u right after to undo.",
            name=one_line(contact.name, 60),
            detail=f" ({detail})" if detail else "",
        )

        def done(yes: bool | None) -> None:
            if not yes or not self.napp.persist(self.napp.store.delete_contact, cid):
                return
            self.entries.pop(cid, None)
            if self._search is not None:
                self._search.pop(cid, None)
            table = self.table
            table.remove_row(cid)
            self.shown = [i for i in self.shown if i != cid]
            self._undo.append(contact)
            self.mark_shown()
            self._show_empty_hint()
            table.display = bool(self.entries)
            self.update_count()
            self.notify(Content.from_markup(
                "Deleted [b]$name[/b]. Press u to undo.", name=one_line(contact.name, 60)))

        self.app.push_screen(ConfirmDialog("Delete contact?", message, yes="Delete"), done)

    def action_undo(self) -> None:
        """Bring back the contact deleted last, with its id (stored again under it)."""
        if not self._undo:
            self.notify("Nothing to undo.", title="Undo")
            return
        contact = self._undo[-1]
        if not self.napp.persist(self.napp.store.update_contact, contact):
            return
        self._undo.pop()
        self._show_added(contact)
        self.notify(Content.from_markup(
            "Restored [b]$name[/b]", name=one_line(contact.name, 60)))

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
            # The filter does not look at the date, so the row stays shown; only a sort
            # by the date moves it (sorting 10,000 contacts again took ~15 ms of the key).
            if not self._in_order:
                self.apply_view(select_id=updated.id)
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
        if action in ("add", "delete", "touch", "import", "undo") and self.napp.store.readonly:
            return None
        return True
