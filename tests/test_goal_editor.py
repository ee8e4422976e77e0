"""The goal editor: live SMART chips, questions with offered answers, saving, confirmations."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Input, Static

from netplan_tui.core.models import Goal, Plan
from netplan_tui.core.smart import PlanContext, check
from netplan_tui.data.store import Store
from netplan_tui.tui.widgets.answer_input import AnswerInput
from netplan_tui.tui.widgets.goal_editor import GoalEditor, goal_from_result
from netplan_tui.tui.widgets.goal_text import GoalText
from netplan_tui.tui.widgets.smart_chips import SmartChips
from tests.conftest import make_test_app, reopen
from tests.helpers.wait import wait_for

SMART_GOAL = "Message 4 recruiters on LinkedIn by the end of the month"
VAGUE_GOAL = "network more"


def ready(store: Store) -> None:
    store.save_plan(Plan(primary_goal="job_search", onboarding_done=True, weekly_hours=3))


def chips(app) -> dict[str, str]:  # noqa: ANN001
    return dict(app.screen.query_one("#chips", SmartChips).statuses)


async def type_text(pilot, text: str) -> None:  # noqa: ANN001
    await pilot.press(*[("space" if c == " " else c) for c in text])


async def offered(pilot) -> None:  # noqa: ANN001
    """Wait until the offered answers have followed the goal (the typing pause is over)."""
    editor = pilot.app.screen
    assert isinstance(editor, GoalEditor)
    await wait_for(pilot, lambda: not editor.offers_pending, what="answers offered")


async def clear_goal(pilot) -> None:  # noqa: ANN001
    await pilot.press("end", "shift+home", "backspace")


async def test_typing_updates_the_chips(store: Store) -> None:
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("n")
        assert isinstance(app.screen, GoalEditor)
        await type_text(pilot, VAGUE_GOAL)
        statuses = chips(app)
        assert statuses["specific"] == "fail"
        assert statuses["measurable"] == "fail"
        assert statuses["time_bound"] == "fail"
        assert statuses["one_sentence"] == "ok"
        verdict = app.screen.query_one("#verdict", Static)
        assert "Not SMART" in str(verdict.render())
        await clear_goal(pilot)
        await type_text(pilot, SMART_GOAL)
        assert set(chips(app).values()) == {"ok"}
        assert str(verdict.render()) == "SMART"
        await offered(pilot)  # the offered answers follow once typing pauses
        field = app.screen.query_one("#answer-measurable", AnswerInput)
        assert field.value == "" and "4" in field.offer and field.placeholder == field.offer
        assert app.screen.query_one("#answer-time_bound", AnswerInput).offer
    assert app._exception is None


async def test_save_persists_goal_and_answers(store: Store) -> None:
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("t")  # November (5 opens on the month being planned)
        await pilot.press("n")
        await type_text(pilot, SMART_GOAL)
        await offered(pilot)  # the offered answers follow the goal once typing pauses
        measurable = app.screen.query_one("#answer-measurable", AnswerInput)
        assert measurable.value == "" and measurable.offer  # offered, not written
        measurable.focus()
        await pilot.press("right")  # → takes the offer
        assert measurable.value == measurable.offer
        field = app.screen.query_one("#answer-relevant", Input)
        field.focus()
        await type_text(pilot, "recruiters hire remote developers")
        app.screen.query_one("#goal-text", GoalText).focus()
        await type_text(pilot, " ")  # a further keystroke must not overwrite my answer
        await pilot.press("backspace")
        await pilot.press("ctrl+s")
        assert not isinstance(app.screen, GoalEditor)
    assert app._exception is None
    store = reopen(store)
    (goal,) = store.goals("2026-11")
    assert goal.text == SMART_GOAL
    assert (goal.target, goal.unit, goal.deadline) == (4, "recruiters", "2026-11-30")
    assert goal.answers["relevant"] == "recruiters hire remote developers"
    assert "4" in goal.answers["measurable"]  # the offer taken with →
    assert set(goal.answers) == {"measurable", "relevant"}  # nothing written for the person
    store.close()


async def clear_field(pilot) -> None:  # noqa: ANN001
    await pilot.press("end", "shift+home", "backspace")


async def test_empty_goal_cannot_be_saved(store: Store) -> None:
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("n", "ctrl+s")
        editor = app.screen
        assert isinstance(editor, GoalEditor)
        error = editor.query_one("#goal-error", Static)
        assert error.display and "cannot be empty" in str(error.render())
        await type_text(pilot, "   ")
        await pilot.press("enter")
        assert isinstance(app.screen, GoalEditor)
        await clear_field(pilot)
        await pilot.press("escape")
        assert not isinstance(app.screen, GoalEditor)
    assert reopen(store).goals() == []


async def test_failing_goal_needs_confirmation(store: Store) -> None:
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("t")  # November (5 opens on the month being planned)
        await pilot.press("n")
        await type_text(pilot, VAGUE_GOAL)
        await pilot.press("enter")
        assert app.screen.__class__.__name__ == "ConfirmDialog"
        await pilot.press("n")  # no: back to the editor
        assert isinstance(app.screen, GoalEditor)
        await pilot.press("ctrl+s", "y")
        assert not isinstance(app.screen, GoalEditor)
    store = reopen(store)
    (goal,) = store.goals("2026-11")
    assert goal.text == VAGUE_GOAL and goal.target is None and goal.deadline is None
    store.close()


async def test_escape_asks_before_discarding(store: Store) -> None:
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("n", "escape")
        assert not isinstance(app.screen, GoalEditor)  # nothing typed: closes at once
        await pilot.press("n")
        await type_text(pilot, "Attend")
        await pilot.press("escape")
        assert app.screen.__class__.__name__ == "ConfirmDialog"
        await pilot.press("n")
        assert isinstance(app.screen, GoalEditor)
        await pilot.press("escape", "y")
        assert not isinstance(app.screen, GoalEditor)
    assert reopen(store).goals() == []


@pytest.mark.parametrize(
    "text",
    [
        "Connect with [bold]3[/] recruiters [/ on LinkedIn by the end of the month",
        "Post 2 articles 🚀🔥 about Rust on LinkedIn by the end of the month",
        "[@click=app.quit]Message 3 engineers[/] by the end of the month",
        "Message 3 recruiters on LinkedIn by the end of the month " + "x" * 10_000,
    ],
)
async def test_awkward_text_is_shown_and_saved_as_typed(store: Store, text: str) -> None:
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("n")
        app.screen.query_one("#goal-text", GoalText).value = text
        await pilot.pause()
        await pilot.press("ctrl+s")
        if app.screen.__class__.__name__ == "ConfirmDialog":
            await pilot.press("y")
        await pilot.pause()
        assert app.is_running
    assert app._exception is None
    store = reopen(store)
    assert [g.text for g in store.goals()] == [text]
    store.close()


async def test_editing_keeps_progress_and_own_answers(store: Store) -> None:
    ready(store)
    store.add_goal(
        Goal(month="2026-11", text=SMART_GOAL, target=4, progress=2, answers={"specific": "mine"})
    )
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("t")  # November (5 opens on the month being planned)
        await pilot.press("e")
        editor = app.screen
        assert isinstance(editor, GoalEditor)
        assert editor.query_one("#answer-specific", Input).value == "mine"
        await clear_field(pilot)
        await type_text(pilot, "Message 6 recruiters on LinkedIn by the end of the month")
        assert editor.query_one("#answer-specific", Input).value == "mine"
        await pilot.press("enter")
    store = reopen(store)
    (goal,) = store.goals()
    assert (goal.target, goal.progress, goal.answers["specific"]) == (6, 2, "mine")
    store.close()


@pytest.mark.parametrize(("progress", "target"), [(0, 4), (3, 4), (7, 7)])
def test_goal_from_result_keeps_the_bigger_target(progress: int, target: int) -> None:
    result = check(SMART_GOAL, date(2026, 11, 28), PlanContext(month="2026-11"))
    goal = Goal(month="2026-11", text="old", progress=progress, id=5)
    edited = goal_from_result(goal, SMART_GOAL, result, {"specific": " x ", "relevant": "  "})
    assert edited.target == target
    assert edited.answers == {"specific": "x"}
    assert (edited.id, edited.progress, goal.text) == (5, progress, "old")


# --------------------------------------------------------------------- snapshots
def _snap_store(store: Store) -> Store:
    ready(store)
    return store


def test_snapshot_editor_smart_goal(snap_compare, store: Store) -> None:  # noqa: ANN001
    async def run_before(pilot) -> None:  # noqa: ANN001
        await pilot.press("t", "n")
        await type_text(pilot, SMART_GOAL)
        await offered(pilot)  # the answers follow once typing pauses

    assert snap_compare(
        make_test_app(_snap_store(store)), terminal_size=(100, 30), run_before=run_before
    )


def test_snapshot_editor_vague_goal(snap_compare, store: Store) -> None:  # noqa: ANN001
    async def run_before(pilot) -> None:  # noqa: ANN001
        await pilot.press("t", "n")
        await type_text(pilot, "Try to network more soon. Maybe get hired")
        await offered(pilot)

    assert snap_compare(
        make_test_app(_snap_store(store)), terminal_size=(100, 30), run_before=run_before
    )


# ------------------------------------------------------------ a long goal, wrapped
LONG_GOAL = (
    "Message 4 backend engineers at remote-first companies on LinkedIn about how their "
    "teams hire juniors by the end of the month"
)


async def test_long_goal_wraps_enter_saves_and_shows_from_its_start(store: Store) -> None:
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("n")
        editor = app.screen
        assert isinstance(editor, GoalEditor)
        await type_text(pilot, LONG_GOAL)
        field = editor.query_one("#goal-text", GoalText)
        assert field.value == LONG_GOAL and "\n" not in field.value
        assert field.wrapped_document.height >= 2  # wrapped, not scrolled sideways
        assert field.size.height >= 2 and field.scroll_offset.x == 0
        await pilot.press("tab")  # to the questions: the goal shows from its start
        assert not field.has_focus and field.scroll_offset == (0, 0)
        await pilot.press("shift+tab", "enter")  # enter in the goal saves; no newline
        await wait_for(pilot, lambda: not isinstance(app.screen, GoalEditor), what="saved")
    assert app._exception is None
    store = reopen(store)
    assert [g.text for g in store.goals()] == [LONG_GOAL]
    store.close()


@pytest.mark.parametrize("width", [30, 44, 60])
def test_wrapped_reasons_hang_under_their_label_text(width: int) -> None:
    from netplan_tui.tui.widgets.goal_editor import LABEL_WIDTH, criteria_block

    goal = "Meet some people about jobs soon and maybe a few recruiters"
    result = check(goal, date(2026, 11, 10))
    lines = criteria_block(result, width).plain.splitlines()
    assert any(not line.startswith(" ") for line in lines)
    for line in lines:
        if line.startswith(" "):  # a continued reason or a suggestion: under the label's text
            text = line[LABEL_WIDTH:]
            assert line[:LABEL_WIDTH].strip() == ""
            # at the text, or two in for the words after a suggestion's arrow; never twice
            assert text[:1] != " " or (text[:2] == "  " and text[2:3] not in (" ", ""))
        assert len(line) <= width


# ------------------------------------------------------------ offered answers
async def test_typed_start_of_the_offer_completes_with_right(store: Store) -> None:
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("t", "n")
        await type_text(pilot, SMART_GOAL)
        await offered(pilot)
        field = app.screen.query_one("#answer-measurable", AnswerInput)
        field.focus()
        start = field.offer[:3]
        await type_text(pilot, start.lower())  # a start of the offer, any case
        shown = field.offer[:12]
        await wait_for(pilot, lambda: shown in field.render_line(0).text, what="completion shown")
        await pilot.press("right")
        assert field.value == field.offer
        await pilot.press("end", "shift+home", "backspace")
        await type_text(pilot, "zz")  # not the offer: → only moves the cursor
        await pilot.press("right")
        assert field.value == "zz"
    assert app._exception is None


async def test_goal_saved_with_the_old_prefilled_answers_opens_with_them_offered(
    store: Store,
) -> None:
    from netplan_tui.core.smart import answers_from

    ready(store)
    context = PlanContext(month="2026-11")
    old = answers_from(check(SMART_GOAL, date(2026, 11, 28), context))
    answers = {**old, "specific": "mine, typed"}
    store.add_goal(Goal(month="2026-11", text=SMART_GOAL, target=4, answers=answers))
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("t", "e")
        editor = app.screen
        assert isinstance(editor, GoalEditor)
        await offered(pilot)
        assert editor.query_one("#answer-specific", AnswerInput).value == "mine, typed"
        measurable = editor.query_one("#answer-measurable", AnswerInput)
        assert measurable.value == "" and measurable.placeholder == old["measurable"]
        assert not editor.has_unsaved()  # opening and closing asks nothing
        await pilot.press("escape")
        assert not isinstance(app.screen, GoalEditor)
    assert app._exception is None
    store = reopen(store)
    assert store.goals()[0].answers == answers  # untouched when nothing was saved
    store.close()


@pytest.mark.parametrize(("size", "compact"), [((60, 20), True), ((100, 30), False)])
async def test_chips_fit_the_editor(store: Store, size: tuple[int, int], compact: bool) -> None:
    ready(store)
    app = make_test_app(store)
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.press("t", "n")
        await type_text(pilot, VAGUE_GOAL)
        chips_widget = app.screen.query_one("#chips", SmartChips)
        await wait_for(pilot, lambda: chips_widget.compact == compact, what="chips fitted")
        row = app.screen.query_one("#chips-row")
        verdict = app.screen.query_one("#verdict", Static)
        assert verdict.region.right <= row.region.right  # the verdict is not cut off
        assert "Not SMART yet" in str(verdict.render())
    assert app._exception is None
