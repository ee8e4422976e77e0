"""`netplan-tui check`: text and JSON verdicts, standard input, plan context, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from netplan_tui.cli import main
from netplan_tui.core.models import Plan, Quality
from netplan_tui.data.store import Store
from tests.conftest import TODAY

GOOD = "Message 4 recruiters on LinkedIn by the end of the month"
VAGUE = "network more"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    rc = main(argv)
    out = capsys.readouterr()
    return rc, out.out, out.err


@pytest.mark.parametrize(("goal", "rc", "head"), [(GOOD, 0, "SMART"), (VAGUE, 1, "Not SMART yet")])
def test_text_verdict(goal: str, rc: int, head: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["check", goal, "--today", "2026-11-28"], capsys)
    assert code == rc
    assert out.startswith(head)
    for name in ("Specific", "Measurable", "Achievable", "Relevant", "Time-bound", "One sentence"):
        assert name in out


def test_text_verdict_shows_suggestion_and_understood(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["check", VAGUE, "--today", "2026-11-28"], capsys)
    assert "→" in out
    _, out, _ = run(["check", GOOD, "--today", "2026-11-28"], capsys)
    # November 28 is in November's last week: the month planned is December.
    assert "target 4 recruiters" in out and "deadline 2026-12-31" in out


def test_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["check", GOOD, "--json", "--today", "2026-11-28"], capsys)
    assert code == 0
    data = json.loads(out)
    assert list(data)[:10] == ["text", "verdict", "smart", "criteria", "target", "unit",
                               "deadline", "tips", "language", "month"]
    assert data["text"] == GOOD and data["smart"] is True and data["verdict"] == "smart"
    assert data["target"] == 4 and data["deadline"] == "2026-12-31"
    assert data["month"] == "2026-12" and data["language"] == "en" and data["tips"] == []
    assert set(data["criteria"]) == {
        "specific", "measurable", "achievable", "relevant", "time_bound", "one_sentence"
    }
    for crit in data["criteria"].values():
        assert set(crit) == {"status", "reason", "suggestion"}
        assert crit["status"] in ("ok", "warn", "fail")


def test_json_null_deadline_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["check", VAGUE, "--json"], capsys)
    assert code == 1
    data = json.loads(out)
    assert data["deadline"] is None and data["smart"] is False


def test_today_fixes_the_date(capsys: pytest.CaptureFixture[str]) -> None:
    goal = "Attend 2 Python meetups by December 15, 2026"
    _, out, _ = run(["check", goal, "--json", "--today", "2026-11-28"], capsys)
    assert json.loads(out)["criteria"]["time_bound"]["status"] != "fail"
    code, out, _ = run(["check", goal, "--json", "--today", "2027-01-10"], capsys)
    assert json.loads(out)["criteria"]["time_bound"]["status"] == "fail"  # past deadline
    assert code == 1


@pytest.mark.parametrize(
    ("lines", "rc"),
    [([GOOD, GOOD], 0), ([GOOD, VAGUE], 1), ([VAGUE], 1)],
)
def test_stdin_json_lines(
    lines: list[str], rc: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n\n"))
    code, out, _ = run(["check", "-", "--json", "--today", "2026-11-28"], capsys)
    assert code == rc
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in rows] == lines


def test_stdin_text_one_line_per_goal(capsys, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{GOOD}\n{VAGUE}\n"))
    code, out, _ = run(["check", "-", "--today", "2026-11-28"], capsys)
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("✓ SMART") and lines[1].startswith("✗ Not SMART yet")


@pytest.mark.parametrize("goal", ["", "   "])
def test_empty_goal_exits_2(goal: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["check", goal], capsys)
    assert code == 2 and "empty" in err


def test_missing_goal_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check"])
    assert exc.value.code == 2


def test_empty_stdin_is_usage_error(capsys, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n  \n"))
    code, _, err = run(["check", "-"], capsys)
    assert code == 2 and "standard input" in err


def test_markup_in_goal_is_printed_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    goal = "Connect with [bold]3[/] recruiters [/"
    code, out, _ = run(["check", goal, "--today", "2026-11-28"], capsys)
    assert "[bold]3[/] recruiters [/" in out and code in (0, 1)


def test_plan_is_the_context(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    goal = "Message 3 people at Zyxwvu Labs on LinkedIn by November 30"
    _, out, _ = run(["check", goal, "--json", "--today", "2026-11-20"], capsys)
    without = json.loads(out)["criteria"]["relevant"]
    with Store(data_dir, clock=lambda: TODAY) as store:
        store.save_plan(Plan(primary_goal="job_search", onboarding_done=True))
        store.add_quality(Quality(category="companies", name="Zyxwvu Labs", target=3))
    _, out, _ = run(["check", goal, "--json", "--today", "2026-11-20"], capsys)
    with_plan = json.loads(out)["criteria"]["relevant"]
    assert with_plan["status"] == "ok"
    assert with_plan != without


def test_missing_plan_is_fine(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["check", GOOD, "--today", "2026-11-28"], capsys)
    assert code == 0 and err == ""
    assert not data_dir.exists()


def test_subprocess_exit_codes_and_no_textual(data_dir: Path) -> None:
    code = (
        "import sys; from netplan_tui.cli import main; rc = main(sys.argv[1:]);"
        "assert 'textual' not in sys.modules; sys.exit(rc)"
    )
    for argv, expected in (([GOOD], 0), ([VAGUE], 1), ([""], 2)):
        proc = subprocess.run(
            [sys.executable, "-c", code, "check", *argv, "--today", "2026-11-28"],
            capture_output=True, text=True, timeout=60,
        )
        assert proc.returncode == expected, proc.stderr
    proc = subprocess.run(
        [sys.executable, "-c", code, "check", "-", "--json"],
        input=f"{GOOD}\n{VAGUE}\n", capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 1 and len(proc.stdout.splitlines()) == 2


def test_month_option_sets_the_goal_month(capsys: pytest.CaptureFixture[str]) -> None:
    goal = "Message 4 recruiters on LinkedIn by the end of the month"
    _, out, _ = run(["check", goal, "--json", "--today", "2026-11-10", "--month", "2027-01"],
                    capsys)
    data = json.loads(out)
    assert data["month"] == "2027-01" and data["deadline"] == "2027-01-31"
    _, out, _ = run(["check", goal, "--json", "--today", "2026-11-10"], capsys)
    assert json.loads(out)["month"] == "2026-11"  # mid-month: this month is planned


@pytest.mark.parametrize("month", ["2026-13", "1899-12", "3000-01", "dec"])
def test_bad_month_is_a_usage_error(month: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:  # argparse, the rule of every --month
        run(["check", GOOD, "--month", month], capsys)
    assert info.value.code == 2 and "YYYY-MM" in capsys.readouterr().err


def test_almost_smart_exits_1_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    goal = "Message 4 recruiters on LinkedIn every week"  # repeats but never ends: a warning
    code, out, _ = run(["check", goal, "--today", "2026-11-28"], capsys)
    assert code == 1 and out.startswith("Almost SMART")
    code, out, _ = run(["check", goal, "--json", "--today", "2026-11-28"], capsys)
    data = json.loads(out)
    assert code == 1 and data["verdict"] == "almost" and data["smart"] is False


def test_a_suggested_date_is_never_past(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["check", "Message 4 recruiters", "--json", "--today", "2026-12-31",
                     "--month", "2026-12"], capsys)
    suggestion = json.loads(out)["criteria"]["time_bound"]["suggestion"]
    assert "December 31" not in suggestion and "January 7" in suggestion
