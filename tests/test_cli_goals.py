"""`goals` and `status` against seeded data directories (in process and as a subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from netplan_tui.cli import main
from netplan_tui.core.models import Goal, Plan
from netplan_tui.data.store import Store
from tests.conftest import TODAY


def seed(data_dir: Path) -> None:
    with Store(data_dir, clock=lambda: TODAY) as store:
        store.save_plan(Plan(primary_goal="job_search", onboarding_done=True, weekly_hours=3))
        store.add_goal(
            Goal(month="2026-12", text="Message 4 recruiters on LinkedIn by December 31",
                 target=4, progress=4, done=True, created="2026-12-01", unit="recruiters")
        )
        store.add_goal(
            Goal(month="2026-12", text="Attend 2 Python meetups by December 31",
                 target=2, progress=2, done=True, created="2026-12-01")
        )
        store.add_goal(  # expects floor(10 * 19/31) = 6 by the 20th: behind
            Goal(month="2026-12", text="Comment on 10 posts by engineers this month",
                 target=10, progress=1, created="2026-12-01", deadline="2026-12-31")
        )
        store.add_goal(  # overdue on the 20th
            Goal(month="2026-12", text="Ask [b]Ana[/b] for an intro by December 10",
                 deadline="2026-12-10", created="2026-12-01")
        )
        store.add_goal(Goal(month="2026-11", text="network more", created="2026-11-02"))


def test_status_line(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed(data_dir)
    assert main(["status", "--today", "2026-12-20"]) == 0
    assert capsys.readouterr().out == "Dec 2026: 2/4 goals done, 1 behind, 1 overdue\n"


def test_status_empty_month_and_fresh_dir(data_dir: Path, capsys) -> None:  # noqa: ANN001
    assert main(["status", "--today", "2026-11-28"]) == 0
    assert capsys.readouterr().out == "Nov 2026: no goals yet — run netplan-tui\n"
    assert not data_dir.exists()  # a status never creates anything
    seed(data_dir)
    assert main(["status", "--today", "2027-01-05"]) == 0
    assert capsys.readouterr().out == "Jan 2027: no goals yet — run netplan-tui\n"


def test_status_damaged_file_is_one_line_error(data_dir: Path, capsys) -> None:  # noqa: ANN001
    data_dir.mkdir(parents=True)
    (data_dir / "netplan.json").write_text("{not json", encoding="utf-8")
    assert main(["status"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "netplan-tui:" in err


def test_goals_json(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed(data_dir)
    assert main(["goals", "--month", "2026-12", "--json", "--today", "2026-12-20"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["text"][:8] for r in rows] == ["Message ", "Attend 2", "Comment ", "Ask [b]A"]
    first = rows[0]
    for key in ("id", "text", "target", "progress", "done", "deadline", "smart", "unit", "month"):
        assert key in first
    assert (first["target"], first["progress"], first["done"]) == (4, 4, True)
    assert first["month"] == "2026-12"
    assert first["unit"] == "recruiters" and first["smart"] is True
    assert rows[3]["deadline"] == "2026-12-10" and rows[3]["pace"] == "overdue"
    assert rows[2]["pace"] == "behind"


def test_goals_json_default_month_and_empty(data_dir: Path, capsys) -> None:  # noqa: ANN001
    seed(data_dir)
    assert main(["goals", "--json", "--today", "2026-11-28"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 1 and rows[0]["smart"] is False
    assert main(["goals", "--json", "--month", "2030-01"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_goals_table_shows_markup_as_text(data_dir: Path, capsys) -> None:  # noqa: ANN001
    seed(data_dir)
    assert main(["goals", "--month", "2026-12", "--today", "2026-12-20"]) == 0
    out = capsys.readouterr().out
    assert "Dec 2026: 2/4 goals done (50%)" in out
    assert "[b]Ana[/b]" in out and "overdue" in out


@pytest.mark.parametrize("bad", ["2026-13", "december", "2026-1", "1899-12", "3000-01"])
def test_goals_bad_month_is_usage_error(bad: str, capsys) -> None:  # noqa: ANN001
    with pytest.raises(SystemExit) as info:  # argparse: the same rule as every --month
        main(["goals", "--month", bad])
    assert info.value.code == 2
    assert "not a month" in capsys.readouterr().err


def test_status_subprocess_imports_no_textual(data_dir: Path) -> None:
    seed(data_dir)
    code = (
        "import sys; from netplan_tui.cli import main;"
        "rc = main(['status', '--today', '2026-12-20']);"
        "assert 'textual' not in sys.modules, 'textual imported'; sys.exit(rc)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "Dec 2026: 2/4 goals done, 1 behind, 1 overdue"
    code = code.replace("'status'", "'goals', '--json'").replace("2026-12-20", "2026-12-01")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert len(json.loads(out.stdout)) == 4
