"""`goal` (add, done, undo, progress, edit, delete, carry) and `goals` on a month's last day."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netplan_tui.cli import main
from netplan_tui.core.models import Goal, Plan
from netplan_tui.data.store import Store
from tests.conftest import TODAY

NOV30 = "2026-11-30"


def seed(data_dir: Path) -> list[Goal]:
    with Store(data_dir, clock=lambda: TODAY) as store:
        store.save_plan(Plan(primary_goal="job_search", onboarding_done=True, weekly_hours=3))
        goals = [
            Goal(month="2026-11", text="Attend 2 Python meetups by November 30", target=2,
                 progress=1, deadline="2026-11-30", created="2026-11-01"),
            Goal(month="2026-11", text="network more", created="2026-11-02"),
            Goal(month="2026-11", text="Ask Ana for an introduction to her team lead by Nov 20",
                 deadline="2026-11-20", created="2026-11-01"),
        ]
        return [store.add_goal(g) for g in goals]


def stored(data_dir: Path) -> list[Goal]:
    with Store(data_dir, readonly=True) as store:
        return store.goals()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--today", NOV30])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_goals_on_the_last_day_tells_the_truth(data_dir: Path, capsys) -> None:  # noqa: ANN001
    seed(data_dir)
    code, out, _ = run(capsys, "goals", "--month", "2026-11", "--json")
    rows = json.loads(out)
    assert code == 0
    assert [r["pace"] for r in rows] == ["due today", "due today", "overdue"]
    code, out, _ = run(capsys, "goals", "--month", "2026-11")
    assert "on track" not in out and "due today" in out
    first = rows[0]
    for key in ("id", "text", "target", "progress", "done", "deadline", "smart", "unit",
                "month", "pace", "days_left", "verdict"):
        assert key in first
    assert set(first["verdict"]) >= {"specific", "measurable", "achievable", "relevant",
                                     "time_bound"}
    assert all(v in ("ok", "warn", "fail") for v in first["verdict"].values())


def test_goal_add_plans_next_month_in_the_last_week(data_dir: Path, capsys) -> None:  # noqa: ANN001
    seed(data_dir)
    code, out, err = run(capsys, "goal", "add", "Message 3 recruiters on LinkedIn by December 18")
    assert code == 0
    new_id = int(out.splitlines()[0])
    (goal,) = [g for g in stored(data_dir) if g.id == new_id]
    assert (goal.month, goal.deadline, goal.target) == ("2026-12", "2026-12-18", 3)
    assert "Specific" in out and err == ""


def test_goal_add_warns_but_refuses_nothing(data_dir: Path, capsys) -> None:  # noqa: ANN001
    seed(data_dir)
    code, out, err = run(capsys, "goal", "add", "--month", "2026-11",
                         "Message 3 recruiters on LinkedIn by December 18")
    assert code == 0 and "outside November 2026" in err
    code, out, err = run(capsys, "goal", "add", "--month", "2026-10", "Attend 1 meetup")
    assert code == 0 and "October 2026 is over" in err
    texts = [g.text for g in stored(data_dir)]
    assert "Attend 1 meetup" in texts


def test_goal_done_undo_progress_edit_delete(data_dir: Path, capsys) -> None:  # noqa: ANN001
    goals = seed(data_dir)
    meetups, vague, ask = (g.id for g in goals)
    assert run(capsys, "goal", "done", str(ask))[0] == 0
    assert run(capsys, "goal", "progress", str(meetups), "+1")[0] == 0
    after = {g.id: g for g in stored(data_dir)}
    assert (after[ask].done, after[ask].done_on) == (True, NOV30)
    assert (after[meetups].progress, after[meetups].done) == (2, True)  # reached: checked off
    assert run(capsys, "goal", "progress", str(meetups), "-1")[0] == 0
    assert run(capsys, "goal", "undo", str(ask))[0] == 0
    assert run(capsys, "goal", "progress", str(meetups), "5")[0] == 0
    code, out, _ = run(capsys, "goal", "edit", str(vague),
                       "Comment on 5 posts by product managers by November 30")
    assert code == 0 and "Specific" in out
    after = {g.id: g for g in stored(data_dir)}
    assert (after[meetups].progress, after[meetups].done) == (5, True)
    assert not after[ask].done and after[ask].done_on is None
    assert after[vague].target == 5 and after[vague].deadline == "2026-11-30"
    assert run(capsys, "goal", "delete", str(vague))[0] == 0
    assert vague not in {g.id for g in stored(data_dir)}


def test_goal_carry_rewrites_dates(data_dir: Path, capsys) -> None:  # noqa: ANN001
    goals = seed(data_dir)
    code, out, _ = run(capsys, "goal", "carry", "--from", "2026-11")
    assert code == 0
    december = [g for g in stored(data_dir) if g.month == "2026-12"]
    assert {g.carried_from for g in december} == {g.id for g in goals}
    meetups = next(g for g in december if g.carried_from == goals[0].id)
    assert (meetups.text, meetups.deadline, meetups.target) == (
        "Attend 2 Python meetups by December 31", "2026-12-31", 1)
    code, out, _ = run(capsys, "goal", "carry", "--from", "2026-11", "--to", "2026-12")
    assert code == 0 and len([g for g in stored(data_dir) if g.month == "2026-12"]) == 3


@pytest.mark.parametrize(
    "argv",
    [
        ["goal", "done", "999"],
        ["goal", "undo", "abc"],
        ["goal", "progress", "999", "+1"],
        ["goal", "edit", "999", "x"],
        ["goal", "delete", "999"],
        ["goal", "carry", "--from", "2026-13"],
        ["goal", "add", "--month", "nope", "x"],
        ["goal", "progress", "1", "lots"],
        ["goal", "progress", "1", "+99999999999999999999999"],
    ],
)
def test_bad_ids_and_months_are_one_line_errors(data_dir: Path, capsys, argv) -> None:  # noqa: ANN001
    seed(data_dir)
    code, out, err = run(capsys, *argv)
    assert code == 1, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_goal_add_odd_text(data_dir: Path, capsys) -> None:  # noqa: ANN001
    seed(data_dir)
    for text in ["[bold]Ana[/] [@click=app.quit]x[/] by December 3", "x" * 10_000]:
        code, out, _ = run(capsys, "goal", "add", text)
        assert code == 0
    texts = [g.text for g in stored(data_dir)]
    assert "[bold]Ana[/] [@click=app.quit]x[/] by December 3" in texts


def test_dates_past_the_calendar_are_one_line_errors(data_dir: Path, capsys) -> None:  # noqa: ANN001
    seed(data_dir)
    with pytest.raises(SystemExit) as info:  # --today outside the years the app plans
        main(["goal", "add", "Attend 1 meetup", "--today", "9999-12-28"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "years 1900 to 2999" in err
    # The last day the app plans with still works, into the month after.
    assert main(["goal", "add", "Attend 1 meetup", "--today", "2999-12-28"]) == 0
    assert "Traceback" not in capsys.readouterr().err
