"""Screen 2: the qualities the network should have, by category, each with a target."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.reactive import var
from textual.widgets import Static

from netplan_tui.core import gap
from netplan_tui.core.models import BIG_PICTURE_GOALS, QUALITY_CATEGORIES, Plan, Quality
from netplan_tui.core.text import one_line, plural
from netplan_tui.tui.collector import keep_loaded_out_of_collector
from netplan_tui.tui.screens.base import PlanScreen
from netplan_tui.tui.screens.sorting import SortedList
from netplan_tui.tui.widgets.dialogs import ConfirmDialog
from netplan_tui.tui.widgets.quality_editor import QualityEditor
from netplan_tui.tui.widgets.quality_suggestions import QualitySuggestions
from netplan_tui.tui.widgets.record_table import (
    BACKGROUND_AT,
    CellValue,
    Column,
    RecordTable,
)

SUGGESTED_SETTING = "qualities_suggested"
CATEGORY_ORDER = {key: i for i, key in enumerate(QUALITY_CATEGORIES)}

#: Sort orders, cycled by ``s``: key -> (label, sort key over (quality, have)).
SORTS: dict[str, tuple[str, Callable[[Quality, int], Any]]] = {
    "category": ("category", lambda q, h: (CATEGORY_ORDER.get(q.category, 99), q.order)),
    "name": ("name", lambda q, h: (q.name.casefold(), q.id or 0)),
    "target": ("target, largest first", lambda q, h: (-q.target, q.name.casefold())),
    "have": ("have, fewest first", lambda q, h: (h, q.name.casefold())),
}
#: Which sort a click on a column header picks.
COLUMN_SORTS = {"category": "category", "quality": "name", "target": "target", "have": "have"}

#: The columns (key, header, smallest, preferred, largest width).
COLUMNS = (
    Column("category", "Category", 10, 20, 20),
    Column("quality", "Quality", 16, 28, 40),
    Column("target", "Target", 6, 6, 6, justify="right"),
    Column("have", "Have", 4, 4, 4, justify="right"),
    Column("note", "Note", 10, 30, 80),
)


def goal_label(plan: Plan) -> str:
    """The primary goal as the user sees it."""
    if plan.primary_goal == "custom" and plan.custom_goal:
        return one_line(plan.custom_goal, 60)
    return BIG_PICTURE_GOALS.get(plan.primary_goal, ("your goal", ""))[0]


class QualitiesScreen(SortedList, PlanScreen):
    """Add, edit, delete and order the qualities the desired network should have."""

    MODE = "qualities"
    AUTO_FOCUS = "#q-table"

    BINDINGS = [
        Binding("n", "add", "Add"),
        Binding("e", "edit", "Edit"),
        Binding("d,delete", "delete", "Delete"),
        Binding("u", "undo", "Undo delete", show=False),
        Binding("s", "sort", "Sort"),
        Binding("ctrl+up,K", "move(-1)", "Move up", show=False),
        Binding("ctrl+down,J", "move(1)", "Move down", show=False),
        Binding("S", "suggest", "Suggested qualities", show=False),
    ]

    #: The order shown: (sort key, descending?). Setting it sorts the table again.
    order: var[tuple[str, bool]] = var(("category", False), init=False)
    SORT_CYCLE = tuple(SORTS)
    COLUMN_SORTS = COLUMN_SORTS

    def __init__(self) -> None:
        super().__init__()
        self.qualities: list[Quality] = []
        self.by_id: dict[int, Quality] = {}
        self.have: dict[int, int] = {}
        self.counting = False  # the counts are being made in a thread
        self._offering = False
        self._undo: list[Quality] = []  # deleted qualities, the last one last

    # -- layout ---------------------------------------------------------------------
    def compose_body(self) -> ComposeResult:
        with Vertical(id="q-body"):
            yield Static("", id="q-summary", markup=False)
            yield Static(
                "No qualities yet. Press n to add one: a role, company, sector, skill, "
                "location or interest, and how many such people you want to know.",
                id="q-empty",
                classes="hint",
                markup=False,
            )
            yield RecordTable(COLUMNS, self.row_cells, core=4, id="q-table")

    @property
    def table(self) -> RecordTable:
        return self.query_one("#q-table", RecordTable)

    # -- data -----------------------------------------------------------------------
    def refresh_data(self) -> None:
        """Load the qualities; count who has each (in a thread for a large network)."""
        store = self.napp.store
        self.qualities = store.qualities()
        self.by_id = {q.id: q for q in self.qualities if q.id is not None}
        if store.contact_count() < BACKGROUND_AT:
            self._counted(store.saves, gap.analyse(self.qualities, store.contacts()))
            return
        self.counting = True  # until counted, a quality not counted before shows "…", not 0
        self.render_table()  # the qualities now, how many you have when counted
        self.call_after_refresh(self._count_in_thread, list(self.qualities))  # see BACKGROUND_AT

    @work(thread=True, exclusive=True, group="q-count", exit_on_error=False,
          description="count who has each quality")
    def _count_in_thread(self, qualities: list[Quality]) -> None:
        store = self.napp.store
        saves = store.saves
        try:
            report: gap.GapReport | None = gap.analyse(qualities, store.contacts())
        except RuntimeError:  # the contacts changed while being read
            report = None
        self.app.call_from_thread(self._counted, saves, report)

    def _counted(self, saves: int, report: gap.GapReport | None) -> None:
        """Show the counts, unless something was saved meanwhile: then load again."""
        if report is None or saves != self.napp.store.saves:
            self.refresh_data()
            return
        keep_loaded_out_of_collector()
        self.have = {row.quality_id: row.have for row in report.rows if row.quality_id is not None}
        self.counting = False
        self.render_table()
        self.call_after_refresh(self.offer_suggestions)

    def ordered(self) -> list[Quality]:
        _label, key = SORTS[self.sort]
        return sorted(self.qualities, key=lambda q: key(q, self.have.get(q.id or 0, 0)),
                      reverse=self.order[1])

    def render_table(self, select_id: int | None = None) -> None:
        table = self.table
        table.set_rows([q.id for q in self.ordered()], select=select_id)
        self.query_one("#q-empty").display = not self.qualities
        table.display = bool(self.qualities)
        self.update_summary()

    def watch_order(self) -> None:
        self.render_table()

    def row_cells(self, quality_id: object) -> tuple[CellValue, ...]:
        """A row's cells, asked for by the table when the row is drawn."""
        quality = self.by_id[quality_id]  # type: ignore[index]
        if self.counting and quality.id not in self.have:
            have_cell = Text("…", justify="right", style="dim")
        else:
            have_cell = None
        have = self.have.get(quality.id or 0, 0)
        style = self.app.theme_variables.get("success", "") if have >= quality.target else ""
        return (
            Text(QUALITY_CATEGORIES.get(quality.category, quality.category), style="dim"),
            quality.name,
            Text(str(quality.target), justify="right"),
            have_cell or Text(str(have), justify="right", style=style),
            quality.note,
        )

    def update_summary(self) -> None:
        total = sum(q.target for q in self.qualities)
        have = sum(min(self.have.get(q.id or 0, 0), q.target) for q in self.qualities)
        label = SORTS[self.sort][0] + (" (reversed)" if self.order[1] else "")
        self.query_one("#q-summary", Static).update(
            f"{plural(len(self.qualities), 'quality', 'qualities')} · "
            f"want {plural(total, 'person', 'people')} · "
            f"have {'…' if self.counting and not self.have else have} · "
            f"sorted by {label} (s)"
        )

    def current_id(self) -> int | None:
        return self.table.current_id()  # type: ignore[return-value]

    def current(self) -> Quality | None:
        qid = self.current_id()
        return self.by_id.get(qid) if qid is not None else None

    def select(self, quality_id: int) -> None:
        self.table.select(quality_id)

    # -- suggestions ------------------------------------------------------------------
    def offer_suggestions(self, force: bool = False) -> None:
        store = self.napp.store
        if self._offering or store.readonly or self.app.screen is not self:
            return
        if not force and (self.qualities or store.get_setting(SUGGESTED_SETTING)):
            return
        plan = store.get_plan()
        suggestions = gap.suggested_qualities(plan.primary_goal)
        if not suggestions:
            return
        self._offering = True
        self.app.push_screen(QualitySuggestions(goal_label(plan), suggestions), self._answered)

    def _answered(self, accept: bool | None) -> None:
        self._offering = False
        store = self.napp.store
        self.napp.persist(store.set_setting, SUGGESTED_SETTING, True)
        if not accept:
            return
        plan = store.get_plan()
        existing = {(q.category, " ".join(q.name.split()).casefold()) for q in self.qualities}
        new = [
            Quality(category=c, name=n, target=t)
            for c, n, t in gap.suggested_qualities(plan.primary_goal)
            if (c, n.casefold()) not in existing
        ]

        def add_all() -> None:
            with store.batch():
                for quality in new:
                    store.add_quality(quality)

        if self.napp.persist(add_all):
            self.notify(f"Added {len(new)} suggested qualities. Edit or delete any of them.")
        self.reload()

    def action_suggest(self) -> None:
        """Offer the suggested qualities again."""
        self.offer_suggestions(force=True)

    # -- actions --------------------------------------------------------------------
    def action_add(self) -> None:
        self.app.push_screen(QualityEditor(None, self.qualities, save=self._store), self._saved)

    def action_edit(self) -> None:
        quality = self.current()
        if quality is not None:
            editor = QualityEditor(quality, self.qualities, save=self._store)
            self.app.push_screen(editor, self._saved)

    @on(RecordTable.Selected, "#q-table")
    def _row_selected(self, event: RecordTable.Selected) -> None:
        event.stop()
        self.action_edit()

    def _store(self, quality: Quality) -> None:
        """Store the editor's quality; a ``SaveError`` keeps the editor open with the text."""
        store = self.napp.store
        if quality.id is None:
            store.add_quality(quality)
        else:
            store.update_quality(quality)

    def _saved(self, quality: Quality | None) -> None:
        """The editor closed after storing ``quality`` (``None``: cancelled)."""
        if quality is None:
            return
        self.notify(Content.from_markup("Saved [b]$name[/b]", name=one_line(quality.name, 60)))
        self.reload()
        if quality.id is not None:
            self.select(quality.id)

    def action_delete(self) -> None:
        quality = self.current()
        if quality is None or quality.id is None:
            return
        qid = quality.id
        message = Content.from_markup(
            "Delete the quality [b]$name[/b] ($category, target $target)? "
            "Press u right after to undo.",
            name=one_line(quality.name, 80),
            category=QUALITY_CATEGORIES.get(quality.category, quality.category),
            target=str(quality.target),
        )

        def done(yes: bool | None) -> None:
            if not yes or not self.napp.persist(self.napp.store.delete_quality, qid):
                return
            self._undo.append(quality)
            # Stay on the neighbouring row, so a second `d` deletes what you see.
            self.table.remove_row(qid)
            self.reload()
            self.notify(Content.from_markup(
                "Deleted [b]$name[/b]. Press u to undo.", name=one_line(quality.name, 60)))

        self.app.push_screen(ConfirmDialog("Delete quality?", message, yes="Delete"), done)

    def action_undo(self) -> None:
        """Bring back the quality deleted last, with its id and its place in the order."""
        if not self._undo:
            self.notify("Nothing to undo.", title="Undo")
            return
        quality = self._undo[-1]
        if not self.napp.persist(self.napp.store.update_quality, quality):
            return
        self._undo.pop()
        self.reload()
        if quality.id is not None:
            self.select(quality.id)
        self.notify(Content.from_markup(
            "Restored [b]$name[/b]", name=one_line(quality.name, 60)))

    def action_move(self, step: int) -> None:
        """Move the quality up or down within its category."""
        quality = self.current()
        if quality is None:
            return
        if self.order != ("category", False):
            self.notify("Moving works in the category order: press s until it is shown.")
            return
        ordered = self.ordered()
        same = [q for q in ordered if q.category == quality.category]
        index = same.index(quality)
        target = index + step
        if not 0 <= target < len(same):
            return
        other = same[target]
        ids = [q.id for q in sorted(self.qualities, key=lambda q: (q.order, q.id or 0))]
        a, b = ids.index(quality.id), ids.index(other.id)
        ids[a], ids[b] = ids[b], ids[a]
        if self.napp.persist(self.napp.store.reorder_qualities, [i for i in ids if i is not None]):
            self.reload()
            if quality.id is not None:
                self.select(quality.id)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit", "delete", "move") and not self.qualities:
            return None
        return True
