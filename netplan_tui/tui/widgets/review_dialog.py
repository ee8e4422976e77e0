"""The month-end review: each goal done / partly / not done with a short note, then
what to do with the unfinished ones (carry into next month, rewrite, or drop).

``ReviewDialog`` dismisses with a :class:`ReviewResult` (nothing is saved here:
the caller saves the review and the carried goals in one go) or ``None`` when
cancelled with escape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, ContentSwitcher, Input, RadioButton, RadioSet, Static

from netplan_tui.core.carry import carry_over
from netplan_tui.core.dates import short_date
from netplan_tui.core.models import Goal, MonthReview
from netplan_tui.core.months import (
    DECISIONS,
    default_outcome,
    month_label,
    remaining,
    shift_month,
)
from netplan_tui.core.smart import display_unit
from netplan_tui.core.text import clean
from netplan_tui.tui.widgets.dialogs import Dialog
from netplan_tui.tui.widgets.footer import NetplanFooter
from netplan_tui.tui.widgets.safe_input import SafeInput
from netplan_tui.tui.widgets.styled_on_mount import FormButton

OUTCOME_LABELS = {"done": "Done", "partly": "Partly", "not": "Not done"}
OUTCOME_KEYS = {"1": "done", "2": "partly", "3": "not"}


@dataclass
class ReviewResult:
    """What the user decided: the review to save and, per unfinished goal id, a decision."""

    review: MonthReview
    decisions: dict[int, str] = field(default_factory=dict)  # goal id -> carry|rewrite|drop

    def ids(self, decision: str) -> list[int]:
        return [gid for gid, d in self.decisions.items() if d == decision]


def carry_label(goal: Goal, today: date) -> str:
    """``Carry (3 left, by Dec 31)``: what carrying makes of the goal, before it is done."""
    left = remaining(goal)
    details = [f"{left} left"] if left else []
    copy = carry_over(goal, today)
    if copy.deadline:
        due = date.fromisoformat(copy.deadline)
        details.append(f"by {short_date(due, due.year)}")
    else:
        details.append("needs a new date")
    return f"Carry ({', '.join(details)})"


def progress_words(goal: Goal) -> str:
    """``Progress: 1 of 4 PMs`` (the unit as a person writes it), ``Checked off``…"""
    if goal.target:
        unit = f" {display_unit(goal.unit)}" if goal.unit.strip() else ""
        words = f"Progress: {goal.progress} of {goal.target}{unit}"
        return words + (" · checked off" if goal.done else "")
    return "Checked off" if goal.done else "Not checked off"


class ReviewDialog(Dialog[ReviewResult | None]):
    """Walk through a month's goals, then decide about the unfinished ones.

    Escape asks before it throws away answers, notes or decisions, like every dialog.
    """

    BINDINGS = [
        Binding("1", "outcome('done')", "Done", show=False),
        Binding("2", "outcome('partly')", "Partly", show=False),
        Binding("3", "outcome('not')", "Not done", show=False),
        Binding("pagedown", "step(1)", "Next goal"),
        Binding("pageup", "step(-1)", "Previous goal"),
        Binding("ctrl+s", "finish", "Save review", priority=True),
    ]

    def __init__(
        self,
        month: str,
        goals: list[Goal],
        review: MonthReview | None,
        carried: set[int],
        today: date,
    ) -> None:
        super().__init__()
        self.month = month
        self.goals = [g for g in goals if g.id is not None]
        self.today = today
        self.carried = carried
        old = review or MonthReview(month=month)
        self.summary = old.summary
        self.outcomes = {
            g.id: old.outcomes.get(str(g.id), default_outcome(g)) for g in self.goals
        }
        self.notes = {g.id: old.notes.get(str(g.id), "") for g in self.goals}
        self.index = 0
        self._opened_answers = (dict(self.outcomes), dict(self.notes), self.summary)
        # Typing goes to the first goal's chosen answer (or, with no goals, the save page).
        self.AUTO_FOCUS = (
            f"#outcome-{self.outcomes[self.goals[0].id]}" if self.goals else "#save"
        )

    # -- layout ---------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                f"Month-end review · {month_label(self.month, long=True)}",
                id="review-title",
                markup=False,
            )
            with ContentSwitcher(initial="goal-page"):
                with Vertical(id="goal-page"):
                    yield Static("", id="step", markup=False)
                    yield Static("", id="goal-sentence", markup=False)
                    yield Static("", id="goal-progress", markup=False)
                    with Horizontal(classes="row"):
                        for key, outcome in OUTCOME_KEYS.items():
                            yield FormButton(
                                f"{key} {OUTCOME_LABELS[outcome]}", id=f"outcome-{outcome}"
                            )
                    yield Static("What worked, what didn't?", classes="label", markup=False)
                    yield SafeInput(
                        placeholder="a few words", id="note", compact=True, max_length=500
                    )
                    with Horizontal(classes="row"):
                        yield FormButton("← Back", id="back")
                        yield FormButton("Next →", id="next", variant="primary")
                yield VerticalScroll(id="final-page")
            yield NetplanFooter()

    def set_up(self) -> None:
        if not self.goals:
            self._show_final()
        else:
            self._show_goal()

    # -- goal pages -----------------------------------------------------------------
    @property
    def on_final(self) -> bool:
        return self.query_one(ContentSwitcher).current == "final-page"

    def _show_goal(self) -> None:
        self.query_one(ContentSwitcher).current = "goal-page"
        goal = self.goals[self.index]
        self.query_one("#step", Static).update(
            f"Goal {self.index + 1} of {len(self.goals)} · 1/2/3 to answer, "
            "enter in the note for the next goal"
        )
        self.query_one("#goal-sentence", Static).update(clean(goal.text))
        self.query_one("#goal-progress", Static).update(progress_words(goal))
        self.query_one("#note", Input).value = self.notes[goal.id]
        self.query_one("#back", Button).disabled = self.index == 0
        self._mark_outcome()
        self.query_one(f"#outcome-{self.outcomes[goal.id]}", Button).focus()

    def _mark_outcome(self) -> None:
        chosen = self.outcomes[self.goals[self.index].id]
        for outcome in OUTCOME_LABELS:
            button = self.query_one(f"#outcome-{outcome}", Button)
            button.variant = "success" if outcome == chosen else "default"

    def _keep_note(self) -> None:
        if self.goals and not self.on_final:
            self.notes[self.goals[self.index].id] = self.query_one("#note", Input).value

    def action_outcome(self, outcome: str) -> None:
        if self.on_final or not self.goals:
            return
        self.outcomes[self.goals[self.index].id] = outcome
        self._mark_outcome()
        self.query_one("#note", Input).focus()

    def action_step(self, delta: int) -> None:
        self._keep_note()
        if self.on_final:
            if delta < 0 and self.goals:
                self.index = len(self.goals) - 1
                self._show_goal()
            return
        new = self.index + delta
        if new < 0:
            return
        if new >= len(self.goals):
            self._show_final()
            return
        self.index = new
        self._show_goal()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        button_id = event.button.id or ""
        if button_id.startswith("outcome-"):
            self.action_outcome(button_id.removeprefix("outcome-"))
        elif button_id == "next":
            self.action_step(1)
        elif button_id == "back":
            self.action_step(-1)
        elif button_id == "save":
            self.action_finish()

    @on(Input.Submitted, "#note")
    def _note_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_step(1)

    # -- the final page -------------------------------------------------------------
    def unfinished(self) -> list[Goal]:
        return [g for g in self.goals if not g.done and self.outcomes[g.id] != "done"]

    def _show_final(self) -> None:
        page = self.query_one("#final-page", VerticalScroll)
        page.remove_children()
        next_label = month_label(shift_month(self.month, 1))
        widgets: list = []
        unfinished = self.unfinished()
        if unfinished:
            widgets.append(
                Static(
                    f"Unfinished goals: carry into {next_label} (with what is left and its "
                    "date moved into the month), rewrite (carry and edit now), or drop.",
                    markup=False,
                )
            )
        else:
            widgets.append(Static("Every goal is done. Well done!", markup=False))
        checked = [g for g in self.goals if not g.done and self.outcomes[g.id] == "done"]
        unchecked = [g for g in self.goals if g.done and self.outcomes[g.id] != "done"]
        if checked or unchecked:
            words = []
            if checked:
                words.append(f"{len(checked)} answered Done will be checked off")
            if unchecked:
                words.append(f"{len(unchecked)} answered otherwise will be unchecked")
            widgets.append(
                Static(" and ".join(words) + " when you save.", classes="carried", markup=False)
            )
        for goal in unfinished:
            widgets.append(Static(clean(goal.text), classes="unfinished", markup=False))
            if goal.id in self.carried:
                widgets.append(
                    Static(f"Already carried into {next_label}.", classes="carried", markup=False)
                )
                continue
            carry = carry_label(goal, self.today)
            widgets.append(
                RadioSet(
                    RadioButton(Content(carry), value=True, id=f"carry-{goal.id}"),
                    RadioButton(Content("Rewrite"), id=f"rewrite-{goal.id}"),
                    RadioButton(Content("Drop"), id=f"drop-{goal.id}"),
                    id=f"decide-{goal.id}",
                )
            )
        widgets.append(Static("The month in a sentence (optional)", classes="label", markup=False))
        widgets.append(
            SafeInput(
                self.summary, id="summary", compact=True, max_length=500, placeholder="optional"
            )
        )
        widgets.append(Horizontal(FormButton("Save review (ctrl+s)", id="save", variant="primary"),
                                  classes="row"))
        page.mount_all(widgets)
        self.query_one(ContentSwitcher).current = "final-page"
        self.call_after_refresh(self._focus_final)

    def _focus_final(self) -> None:
        sets = self.query(RadioSet)
        if sets:
            sets.first().focus()
        else:
            self.query_one("#save", Button).focus()

    @on(Input.Submitted, "#summary")
    def _summary_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_finish()

    def decisions(self) -> dict[int, str]:
        out: dict[int, str] = {}
        for radio in self.query(RadioSet):
            gid = int((radio.id or "decide-0").removeprefix("decide-"))
            pressed = radio.pressed_button
            choice = (pressed.id or "carry").split("-", 1)[0] if pressed else "carry"
            out[gid] = choice if choice in DECISIONS else "carry"
        return out

    def action_finish(self) -> None:
        if not self.is_active:  # a second enter after the review closed
            return
        if not self.on_final:
            self._keep_note()
            self._show_final()
            return
        summary = self.query_one("#summary", Input).value
        review = MonthReview(
            month=self.month,
            outcomes={str(gid): outcome for gid, outcome in self.outcomes.items()},
            notes={str(gid): note.strip() for gid, note in self.notes.items() if note.strip()},
            summary=summary.strip(),
            reviewed_on=self.today.isoformat(),
        )
        self.dismiss(ReviewResult(review, self.decisions()))

    def has_unsaved(self) -> bool:
        """An answer, a note or the summary changed since the review opened."""
        self._keep_note()
        summaries = [field.value for field in self.query("#summary").results(Input)]
        summary = summaries[0] if summaries else self.summary
        return (self.outcomes, self.notes, summary) != self._opened_answers
