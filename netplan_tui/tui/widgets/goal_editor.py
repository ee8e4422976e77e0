"""The goal editor: one sentence, checked live against SMART, with the five questions.

``GoalEditor(goal, context, today)`` dismisses with the edited :class:`Goal` (not
saved: the caller saves it) or ``None`` when cancelled. The SMART check runs on
every keystroke (it takes well under a millisecond); only the parts of the
screen whose content changed are redrawn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Input, Static

from netplan_tui.core import smart
from netplan_tui.core.models import Goal
from netplan_tui.core.months import month_label
from netplan_tui.core.text import clean, one_line
from netplan_tui.data.store import SaveError
from netplan_tui.tui.widgets.answer_input import AnswerInput
from netplan_tui.tui.widgets.dialogs import ConfirmDialog, Dialog, show_text
from netplan_tui.tui.widgets.form_dialog import save_failure
from netplan_tui.tui.widgets.goal_text import GoalText
from netplan_tui.tui.widgets.smart_chips import (
    CRITERIA,
    LONG_NAMES,
    MARKS,
    THEME_COLOUR,
    SmartChips,
    statuses_of,
    summary_word,
)

OFFER_DELAY = 0.3  # seconds of quiet typing before the offered answers follow the goal
EMPTY_GOAL = "Write the goal first: one sentence, it cannot be empty."
QUESTION_KEYS = ("specific", "measurable", "achievable", "relevant", "time_bound")


LABEL_WIDTH = 16
CHIPS_FULL_WIDTH = 64  # the full chips and "Not SMART yet" beside them
KEYS_LINE = "ctrl+s: save · escape: cancel · tab: questions · →: take the dim answer"
KEYS_LINE_SHORT = "ctrl+s: save · esc: cancel · →: take the dim answer"


def _hanging(text: Content, width: int, hang: int = 0) -> list[Content]:
    """``text`` wrapped to ``width``; lines after the first start ``hang`` cells in (under
    the text after an ``→ ``), so the caller puts every line under the label's text."""
    width = max(width, 10)
    lines = text.wrap(width) or [Content("")]
    if len(lines) == 1 or not hang:
        return lines
    first = lines[0]
    rest = text[len(first.plain) :]
    rest = rest[len(rest.plain) - len(rest.plain.lstrip()) :]
    return [first, *(Content.assemble(" " * hang, line) for line in rest.wrap(width - hang))]


def criteria_block(result: object, width: int) -> Content:
    """Every criterion on its own lines: ``✓ Specific  reason`` then ``→ suggestion``.

    Reasons quote the user's words: they are plain text (never markup), wrapped to
    ``width`` and indented under the label.
    """
    indent = " " * LABEL_WIDTH
    text_width = width - LABEL_WIDTH
    criteria = getattr(result, "criteria", {})
    lines: list[Content] = []
    for name in CRITERIA:
        criterion = criteria.get(name)
        status = getattr(criterion, "status", "")
        colour = THEME_COLOUR.get(status)
        mark = Content.styled(f"{MARKS.get(status, '·')} ", f"bold ${colour}" if colour else "dim")
        label = Content.styled(f"{LONG_NAMES.get(name, name):<{LABEL_WIDTH - 2}}", "bold")
        reason = _hanging(Content(clean(getattr(criterion, "reason", ""))), text_width)
        lines.append(Content.assemble(mark, label, reason[0]))
        lines += [Content.assemble(indent, line) for line in reason[1:]]
        suggestion = clean(getattr(criterion, "suggestion", ""))
        if suggestion and status != "ok":
            styled = Content.styled(f"→ {suggestion}", "italic $text-muted")
            lines += [Content.assemble(indent, line) for line in _hanging(styled, text_width, 2)]
    for tip in getattr(result, "tips", ()):  # advice that does not block the verdict
        head = Content.styled(f"{'· Tip':<{LABEL_WIDTH}}", "dim")
        body = _hanging(Content(clean(tip)), text_width)
        lines.append(Content.assemble(head, body[0]))
        lines += [Content.assemble(indent, line) for line in body[1:]]
    return Content("\n").join(lines)


class CriteriaView(Static):
    """The criteria of a result, wrapped to the widget's own width (again when it
    changes: a scrollbar appearing takes two cells); a new layout only when the
    number of lines changes."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__("", id=id)
        self._result: object = None
        self._height = -1

    def show(self, result: object) -> None:
        self._result = result
        self._draw()

    def _draw(self) -> None:
        width = self.content_region.width or max(self.app.size.width - 8, 40)
        content = criteria_block(self._result, width)
        height = content.get_height({}, width)
        self.update(content, layout=height != self._height)
        self._height = height

    def on_resize(self) -> None:
        if self._result is not None:
            self._height = -1
            self._draw()


def goal_from_result(goal: Goal, text: str, result: object, answers: dict[str, str]) -> Goal:
    """A copy of ``goal`` with the text, target, unit, deadline and answers of an edit.

    The extracted target becomes the progress target; when the goal already has
    more progress than that, the bigger number is kept.
    """
    target = getattr(result, "target", None)
    if target is not None and goal.progress > target:
        target = goal.progress
    deadline = getattr(result, "deadline", None)
    return replace(
        goal,
        text=text,
        target=target,
        unit=getattr(result, "unit", "") or "",
        deadline=deadline.isoformat() if deadline else None,
        answers={k: v.strip() for k, v in answers.items() if v.strip()},
    )


class GoalEditor(Dialog[Goal | None]):
    """Edit one goal with live SMART checking; dismisses with the edited goal or ``None``.

    With ``save``, the editor stores the goal itself before closing, and stays
    open with the text when storing fails.
    """

    AUTO_FOCUS = "#goal-text"

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("ctrl+o", "copy_text", "Copy text", show=False),
    ]

    def __init__(
        self,
        goal: Goal,
        context: smart.PlanContext | None,
        today: date,
        save: Callable[[Goal], object] | None = None,
    ) -> None:
        super().__init__()
        self.today = today
        self._offer_timer: Timer | None = None
        self._error = ""  # what the error line under the goal shows (see _set_error)
        self._verdict = ""  # what the verdict shows: kept by a kept editor's next opening
        self._begin(goal, context, save)

    def _begin(
        self, goal: Goal, context: smart.PlanContext | None, save: Callable[[Goal], object] | None
    ) -> None:
        """What an opening for ``goal`` starts from (a kept editor: each opening)."""
        self._store_goal = save
        self.goal = goal
        self.context = context
        self.result = smart.check(goal.text, self.today, context)
        # Answers are the person's own. Goals saved before the fields started empty
        # hold the checker's restatements: those open empty, offered again (→ takes them).
        offered = smart.answers_from(self.result)
        self._own: set[str] = {
            k for k, v in goal.answers.items() if v.strip() and v.strip() != offered.get(k)
        }
        self._initial_answers = {k: goal.answers[k] for k in self._own}
        self._shown: tuple[tuple[str, str, str], ...] = ()

    def _title(self) -> str:
        title = "New goal" if self.goal.id is None else "Edit goal"
        if self.goal.month:
            title += f" · {month_label(self.goal.month, long=True)}"
        return title

    def _own_answer(self, key: str) -> str:
        return self.goal.answers.get(key, "") if key in self._own else ""

    def reload(
        self, goal: Goal, context: smart.PlanContext | None, save: Callable[[Goal], object] | None
    ) -> None:
        """Fill the editor for ``goal``, as a new editor would be (see ``build_ahead``).

        The title, the sentence (without the last goal's undo history), the answers
        and their offers, no error line, the checker's verdict, scrolled to the top.
        """
        if self._offer_timer is not None:
            self._offer_timer.stop()
            self._offer_timer = None
        self._begin(goal, context, save)
        show_text(self.query_one("#editor-title", Static), self._title())
        self.query_one("#goal-text", GoalText).value = goal.text
        for key in QUESTION_KEYS:
            field = self.query_one(f"#answer-{key}", AnswerInput)
            field.value = self._own_answer(key)
            field.cursor_position = len(field.value)
        self._set_error("")
        self._show_save_error("")
        self.query_one("#editor-body", VerticalScroll).scroll_home(animate=False, immediate=True)
        self._show_opening()
        self.open_again()

    # -- layout ---------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self._title(), id="editor-title", markup=False)
            yield GoalText(
                self.goal.text,
                placeholder="e.g. Message 4 backend engineers at remote-first companies on "
                "LinkedIn by the end of the month",
                id="goal-text",
            )
            yield Static("", id="goal-error", markup=False)
            yield Static("", id="save-error", markup=False)
            # Not focusable: Tab goes from the goal to the answers, never to the frame.
            with VerticalScroll(id="editor-body", can_focus=False):
                with Horizontal(id="chips-row"):
                    yield SmartChips(id="chips")
                    yield Static("", id="verdict")
                yield CriteriaView(id="criteria")
                yield Static(
                    "Verification questions (your answers are saved with the goal)",
                    id="questions-title",
                    markup=False,
                )
                with Horizontal(id="questions"):
                    yield Static(
                        "\n".join(one_line(smart.QUESTIONS.get(k, k), 42) for k in QUESTION_KEYS),
                        id="question-labels",
                        markup=False,
                    )
                    with Vertical(id="answers"):
                        for key in QUESTION_KEYS:
                            yield AnswerInput(self._own_answer(key), id=f"answer-{key}")
            yield Static(
                KEYS_LINE,
                id="editor-keys",
                markup=False,
            )

    def set_up(self) -> None:
        # Compile the checker's patterns off the event loop, so the first keystroke
        # does not pay for it (a no-op once done).
        self.run_worker(smart.warm_up, thread=True, group="smart-warm-up", exit_on_error=False)
        self._show_opening()

    def _show_opening(self) -> None:
        """The checker's verdict on the goal as it opens, its answers offered, the
        cursor at the end of the sentence."""
        self._show_result(self.result)
        self._offer_now()
        self.query_one("#goal-text", GoalText).move_to_end()

    # -- live checking --------------------------------------------------------------
    @on(GoalText.Changed, "#goal-text")
    def _goal_changed(self, event: GoalText.Changed) -> None:
        event.stop()
        text = event.text_area.text
        self.result = smart.check(text, self.today, self.context)
        self._show_result(self.result)
        if text.strip():
            self._set_error("")

    def _show_result(self, result: object) -> None:
        statuses = statuses_of(result)
        self.query_one("#chips", SmartChips).show(statuses)
        verdict = summary_word(statuses)
        if verdict != self._verdict:
            self._verdict = verdict
            style = {"SMART": "bold $success", "Not SMART yet": "bold $error"}.get(
                verdict, "bold $warning"
            )
            self.query_one("#verdict", Static).update(Content.styled(verdict, style))
        key = tuple(
            (c.status, c.reason, c.suggestion)
            for c in getattr(result, "criteria", {}).values()
        ) + tuple(getattr(result, "tips", ()))
        if key != self._shown:
            self._shown = key
            self._render_criteria()
        self._schedule_offers()

    def _schedule_offers(self) -> None:
        """Offer the checker's answers once typing pauses (not on every key)."""
        if self._offer_timer is not None:
            self._offer_timer.stop()
        self._offer_timer = self.set_timer(OFFER_DELAY, self._offer_now)

    @property
    def offers_pending(self) -> bool:
        """True while the offered answers wait for a pause in typing to follow the goal."""
        return self._offer_timer is not None

    def _offer_now(self) -> None:
        self._offer_timer = None
        offers = smart.answers_from(self.result)
        for key in QUESTION_KEYS:
            self.query_one(f"#answer-{key}", AnswerInput).offer_answer(offers.get(key, ""))

    def on_screen_resume(self) -> None:
        # Fitted at each opening, once its layout is known: a kept editor was mounted
        # unseen, before any layout (and later, on each change of size).
        self.call_after_refresh(self._fit_chips)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_chips)  # once the new layout is known

    def _fit_chips(self) -> None:
        """Compact chips (``S✓ M✓ …``) when the full ones and the verdict do not fit."""
        if self.is_mounted:
            width = self.query_one("#chips-row").size.width
            self.query_one("#chips", SmartChips).set_compact(0 < width < CHIPS_FULL_WIDTH)
            keys = KEYS_LINE if not 0 < width < len(KEYS_LINE) else KEYS_LINE_SHORT
            show_text(self.query_one("#editor-keys", Static), keys)

    def _render_criteria(self) -> None:
        self.query_one("#criteria", CriteriaView).show(self.result)

    @on(Input.Changed, "#questions Input")
    def _answer_changed(self, event: Input.Changed) -> None:
        event.stop()
        key = (event.input.id or "").removeprefix("answer-")
        if event.value.strip():
            self._own.add(key)
        else:
            self._own.discard(key)

    # -- saving ---------------------------------------------------------------------
    @on(GoalText.Submitted, "#goal-text")
    def _submitted(self, event: GoalText.Submitted) -> None:
        event.stop()
        self.action_save()

    @on(Input.Submitted, "#questions Input")
    def _answer_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()

    def answers(self) -> dict[str, str]:
        """The answers as they will be saved: what is in the fields (typed, or offered and
        taken with →); an empty field saves nothing."""
        return {k: self.query_one(f"#answer-{k}", Input).value for k in QUESTION_KEYS}

    def edited_goal(self) -> Goal:
        text = self.query_one("#goal-text", GoalText).value
        return goal_from_result(self.goal, text, self.result, self.answers())

    def action_save(self) -> None:
        if not self.is_active:  # a second enter after the editor closed
            return
        text = self.query_one("#goal-text", GoalText).value
        if not text.strip():
            self._set_error(EMPTY_GOAL)
            self.query_one("#goal-text", GoalText).focus()
            return
        if getattr(self.result, "verdict", "not_smart") != "not_smart":  # SMART or almost
            self._store_and_close()
            return
        failing = [
            LONG_NAMES.get(name, name)
            for name in CRITERIA
            if getattr(getattr(self.result, "criteria", {}).get(name), "status", "") == "fail"
        ]
        message = (
            "This goal is not SMART yet ("
            + (", ".join(failing) or "a criterion fails")
            + "). The exercise asks for SMART goals. Save it anyway and fix it later?"
        )

        def answer(yes: bool | None) -> None:
            if yes and self.is_active:
                self._store_and_close()

        dialog = ConfirmDialog("Save a goal that is not SMART?", message, yes="Save")
        self.app.push_screen(dialog, answer)

    def _store_and_close(self) -> None:
        """Store the goal (when given ``save``) and close; on failure stay open, say why."""
        goal = self.edited_goal()
        if self._store_goal is not None:
            try:
                self._store_goal(goal)
            except (SaveError, OSError) as exc:
                message = save_failure(exc)
                self._show_save_error(message)
                self.notify(message, title="Not saved", severity="error", markup=False)
                return
        self.dismiss(goal)

    def action_copy_text(self) -> None:
        """Copy the goal and the answers to the clipboard (to keep them when saving fails)."""
        goal = self.edited_goal()
        lines = [goal.text, *(f"{smart.QUESTIONS.get(k, k)} {v}" for k, v in goal.answers.items())]
        self.app.copy_to_clipboard("\n".join(lines))
        self.notify("The goal and its answers are in the clipboard.", title="Copied", markup=False)

    def has_unsaved(self) -> bool:
        text = self.query_one("#goal-text", GoalText).value
        if text != self.goal.text:
            return True
        answers = self.answers()
        own = {k: answers[k].strip() for k in self._own}
        initial = {k: v.strip() for k, v in self._initial_answers.items() if v.strip()}
        return own != initial

    def _show_save_error(self, message: str) -> None:
        """Say why the goal could not be stored (``""``: hide the line)."""
        line = self.query_one("#save-error", Static)
        show_text(line, message)
        line.display = bool(message)

    def _set_error(self, message: str) -> None:
        if message == self._error:
            return
        self._error = message
        error = self.query_one("#goal-error", Static)
        error.update(message)
        error.display = bool(message)
