"""Month-end review: outcomes and notes saved with the month; carry, rewrite or drop."""

from __future__ import annotations

from datetime import date

from netplan_tui.core.models import Goal, Plan
from netplan_tui.data.store import Store
from netplan_tui.tui.widgets.goal_editor import GoalEditor
from netplan_tui.tui.widgets.goal_text import GoalText
from netplan_tui.tui.widgets.review_dialog import ReviewDialog
from tests.conftest import make_test_app, reopen


def seed(store: Store) -> list[Goal]:
    store.save_plan(Plan(primary_goal="job_search", onboarding_done=True, weekly_hours=3))
    goals = [
        Goal(month="2026-11", text="Attend 2 Python meetups by November 30", target=2,
             progress=2, done=True, done_on="2026-11-20", created="2026-11-01"),
        Goal(month="2026-11", text="Message 5 recruiters on LinkedIn by the end of the month",
             target=5, progress=2, unit="recruiters", created="2026-11-01",
             answers={"specific": "message recruiters"}),
        Goal(month="2026-11", text="Ask Ana for an introduction to her team lead by November 20",
             deadline="2026-11-20", created="2026-11-01"),
    ]
    return [store.add_goal(g) for g in goals]


async def type_text(pilot, text: str) -> None:  # noqa: ANN001
    await pilot.press(*[("space" if c == " " else c) for c in text])


async def answer_all(pilot, notes: list[str]) -> None:  # noqa: ANN001
    for key, note in zip("123", notes, strict=True):
        await pilot.press(key)
        await type_text(pilot, note)
        await pilot.press("enter")


async def test_review_saves_outcomes_and_carries_over(store: Store) -> None:
    goals = seed(store)
    before = [g.to_dict() for g in store.goals("2026-11")]
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("r")
        assert isinstance(app.screen, ReviewDialog)
        await answer_all(pilot, ["went well", "too few replies", "no time"])
        # final page (focus on the first unfinished goal): keep carry; tab, second -> drop
        await pilot.press("tab", "right", "right", "enter")
        await pilot.press("ctrl+s")
        assert not isinstance(app.screen, ReviewDialog)
    assert app._exception is None
    store = reopen(store)
    review = store.get_review("2026-11")
    assert review is not None and review.reviewed_on == "2026-11-28"
    ids = [str(g.id) for g in goals]
    assert review.outcomes == {ids[0]: "done", ids[1]: "partly", ids[2]: "not"}
    assert review.notes[ids[1]] == "too few replies"
    (carried,) = store.goals("2026-12")
    assert carried.carried_from == goals[1].id
    assert (carried.target, carried.progress, carried.done) == (3, 0, False)
    assert carried.text == goals[1].text and carried.answers == goals[1].answers
    assert [g.to_dict() for g in store.goals("2026-11")] == before  # old month unchanged
    store.close()


async def test_rewrite_opens_the_editor_on_the_carried_goal(store: Store) -> None:
    goals = seed(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("r", "pagedown", "pagedown", "pagedown")  # keep the first guesses
        await pilot.press("right", "enter")  # first unfinished: rewrite
        await pilot.press("ctrl+s")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, GoalEditor)
        assert editor.goal.month == "2026-12" and editor.goal.carried_from == goals[1].id
        field = editor.query_one("#goal-text", GoalText)
        field.value = "Message 3 recruiters at remote-first companies on LinkedIn by December 18"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, GoalEditor)
    assert app._exception is None
    store = reopen(store)
    december = store.goals("2026-12")
    assert len(december) == 2  # rewritten + carried
    rewritten = next(g for g in december if g.carried_from == goals[1].id)
    assert rewritten.text.startswith("Message 3 recruiters at remote-first")
    assert (rewritten.target, rewritten.deadline) == (3, "2026-12-18")
    assert store.get_goal(goals[1].id).text == goals[1].text
    store.close()


async def test_escape_cancels_without_saving(store: Store) -> None:
    seed(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("r", "1", "escape")
        assert not isinstance(app.screen, ReviewDialog)
    store = reopen(store)
    assert store.get_review("2026-11") is None and store.goals("2026-12") == []
    store.close()


async def test_a_goal_is_carried_only_once(store: Store) -> None:
    seed(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("r", "ctrl+s", "ctrl+s")  # jump to the end, carry both
        await pilot.press("r", "ctrl+s")
        assert "Already carried" in str(app.screen.query_one("#final-page").children[2].render())
        await pilot.press("ctrl+s")
    store = reopen(store)
    assert len(store.goals("2026-12")) == 2
    store.close()


async def test_review_not_open_before_the_last_week(store: Store) -> None:
    seed(store)
    app = make_test_app(store, today=__import__("datetime").date(2026, 11, 10))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("r")
        assert not isinstance(app.screen, ReviewDialog)
        assert any("opens on Nov 24" in n.message for n in app._notifications)


def test_snapshot_review_dialog(snap_compare, store: Store) -> None:  # noqa: ANN001
    seed(store)

    async def run_before(pilot) -> None:  # noqa: ANN001
        await pilot.press("5", "r", "2")
        await type_text(pilot, "replies were slow")

    assert snap_compare(make_test_app(store), terminal_size=(100, 30), run_before=run_before)


async def test_escape_asks_before_throwing_away_review_answers(store) -> None:
    """The review is a Dialog like every other: escape after an answer asks first."""
    from netplan_tui.tui.widgets.dialogs import DISCARD_TITLE, ConfirmDialog
    from tests.helpers.wait import settled, type_ahead

    goal = store.add_goal(Goal(month="2026-11", text="Attend 2 meetups by Nov 30", target=2))
    dialog = ReviewDialog("2026-11", [goal], None, set(), date(2026, 11, 28))
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.push_screen(dialog)
        await settled(pilot)
        assert app.focused is not None and app.focused.id and app.focused.id.startswith("outcome-")
        type_ahead(app, "1", "escape")  # answer "done", then escape
        await settled(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        assert DISCARD_TITLE in str(app.screen.query_one("#confirm-title").render())
        type_ahead(app, "enter")  # keep editing
        await settled(pilot)
        assert app.screen is dialog
    assert app._exception is None
