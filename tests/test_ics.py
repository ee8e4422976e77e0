"""The goals as an iCalendar file: RFC 5545 lines, read back by the icalendar library."""

from __future__ import annotations

import stat
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netplan_tui import cli
from netplan_tui.core import ics
from netplan_tui.core.models import Goal
from netplan_tui.data import outputs, paths
from netplan_tui.data.store import Store
from tests.conftest import TODAY

NOW = datetime(2026, 11, 28, 10, 30, tzinfo=timezone.utc)
MONTH = "2026-12"


def goal(text: str, gid: int = 1, **kw: object) -> Goal:
    fields = {"month": MONTH, "created": "2026-11-28", "order": gid}
    fields.update(kw)
    return Goal(text=text, id=gid, **fields)  # type: ignore[arg-type]


def parse(text: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(text)


def events(text: str) -> list[icalendar.Event]:
    return list(parse(text).walk("VEVENT"))


def physical_lines(text: str) -> list[bytes]:
    data = text.encode("utf-8")
    assert data.endswith(b"\r\n")
    lines = data[:-2].split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    return lines


# -- the format ------------------------------------------------------------------------


def test_one_all_day_event_per_goal_on_its_deadline() -> None:
    goals = [
        goal("Message 3 recruiters at Acme by December 12.", 1, target=3, unit="recruiters",
             deadline="2026-12-12"),
        goal("Attend two meetups this month.", 2, target=2),
        goal("Not this month.", 3, month="2027-01"),
    ]
    found = events(ics.render_ics(goals, MONTH, NOW))
    assert len(found) == 2
    first, second = found
    assert first.decoded("DTSTART") == date(2026, 12, 12)
    assert first.decoded("DTEND") == date(2026, 12, 13)
    assert second.decoded("DTSTART") == date(2026, 12, 31)  # end of the month
    assert str(first["SUMMARY"]) == "Message 3 recruiters at Acme by December 12."
    description = str(first["DESCRIPTION"])
    assert "Goal: Message 3 recruiters at Acme by December 12." in description
    assert "Target: 3 recruiters" in description
    assert "Progress: 0 of 3" in description


def test_calendar_header_and_stamp() -> None:
    cal = parse(ics.render_ics([goal("Post twice a week.")], MONTH, NOW))
    assert str(cal["VERSION"]) == "2.0"
    assert "netplan-tui" in str(cal["PRODID"])
    assert events(ics.render_ics([goal("x")], MONTH, NOW))[0].decoded("DTSTAMP") == NOW


def test_uid_is_stable_across_exports_and_edits() -> None:
    before = events(ics.render_ics([goal("Meet 2 people.", 7)], MONTH, NOW))[0]
    later = NOW + timedelta(days=3)
    edited = goal("Meet 4 people by December 20.", 7, progress=1, deadline="2026-12-20")
    after = events(ics.render_ics([edited], MONTH, later))[0]
    assert str(before["UID"]) == str(after["UID"])
    other = events(ics.render_ics([goal("Meet 2 people.", 8)], MONTH, NOW))[0]
    assert str(other["UID"]) != str(before["UID"])


def test_reminder_the_day_before_and_none_for_done_goals() -> None:
    text = ics.render_ics([goal("Open", 1), goal("Closed", 2, done=True)], MONTH, NOW)
    open_event, done_event = events(text)
    alarms = list(open_event.walk("VALARM"))
    assert len(alarms) == 1
    assert alarms[0].decoded("TRIGGER") == -timedelta(hours=15)  # 09:00 the day before
    assert str(alarms[0]["ACTION"]) == "DISPLAY"
    assert not list(done_event.walk("VALARM"))
    assert str(done_event["SUMMARY"]).startswith("✓ ")
    no_reminder = ics.render_ics([goal("Open", 1)], MONTH, NOW, reminder=False)
    assert "VALARM" not in no_reminder


@pytest.mark.parametrize(
    "text",
    [
        r"Back\slash; semi, comma",
        "Line one\nline two\r\nline three\rfour",
        "Coffee ☕ with 3 people at 株式会社メルカリ 🚀🚀🚀",
        "[bold]markup[/] and <b>html</b> and \"quotes\" and :colon:",
        "ESC\x1b]0;pwned\x07 and bidi \u202eevil",
    ],
)
def test_user_text_round_trips(text: str) -> None:
    found = events(ics.render_ics([goal(text)], MONTH, NOW))[0]
    expected = "\n".join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    expected = expected.replace("\x1b", "").replace("\x07", "").replace("\u202e", "")
    assert f"Goal: {expected}" in str(found["DESCRIPTION"])
    assert str(found["SUMMARY"]) == " ".join(expected.split())


def test_escaping_follows_rfc5545() -> None:
    assert ics.escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"


@pytest.mark.parametrize("size", [74, 75, 76, 150, 10_000])
def test_long_goals_fold_at_75_octets(size: int) -> None:
    text = ("🚀株a" * size)[:size]
    rendered = ics.render_ics([goal(text)], MONTH, NOW)
    lines = physical_lines(rendered)
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # no character cut in two
    found = events(rendered)[0]
    assert str(found["SUMMARY"]) == text


def test_ten_thousand_character_goal() -> None:
    text = "Message recruiters at Acme, Inc.; " * 300
    rendered = ics.render_ics([goal(text[:10_000])], MONTH, NOW)
    assert max(len(line) for line in physical_lines(rendered)) <= 75
    assert str(events(rendered)[0]["SUMMARY"]) == " ".join(text[:10_000].split())


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.characters(blacklist_characters="\r\n", blacklist_categories=("Cs",)),
        max_size=400,
    )
)
def test_fold_never_splits_a_character(text: str) -> None:
    # fold() gets escaped content lines: no CR or LF left in them.
    folded = ics.fold("SUMMARY:" + text)
    pieces = folded.encode("utf-8").split(b"\r\n")
    assert all(len(p) <= 75 for p in pieces)
    joined = pieces[0] + b"".join(p[1:] for p in pieces[1:])
    assert joined.decode("utf-8") == "SUMMARY:" + text


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_any_goal_text_parses(text: str) -> None:
    rendered = ics.render_ics([goal(text)], MONTH, NOW)
    assert max(len(line) for line in physical_lines(rendered)) <= 75
    assert len(events(rendered)) == 1


def test_empty_month_is_a_valid_empty_calendar() -> None:
    cal = parse(ics.render_ics([], MONTH, NOW))
    assert not list(cal.walk("VEVENT"))


# -- writing the file -----------------------------------------------------------------


def test_file_is_private(tmp_path: Path) -> None:
    target = outputs.write_text(tmp_path / "goals.ics", ics.render_ics([], MONTH, NOW))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_calendar_to_documents_overwrites_the_month_file(tmp_path: Path) -> None:
    first = outputs.calendar_to_documents([goal("One")], MONTH)
    second = outputs.calendar_to_documents([goal("One"), goal("Two", 2)], MONTH)
    assert first == second == paths.documents_dir() / "netplan-goals-2026-12.ics"
    assert len(events(second.read_text(encoding="utf-8"))) == 2
    assert stat.S_IMODE(second.stat().st_mode) == 0o600


# -- the command ----------------------------------------------------------------------


@pytest.fixture
def with_goals(data_dir: Path) -> Path:
    store = Store(data_dir, clock=lambda: TODAY)
    store.add_goal(Goal(month="2026-11", text="Ask two alumni for a coffee chat this month.",
                        target=2, unit="coffee chats"))
    store.add_goal(Goal(month="2026-12", text="Next month's goal."))
    store.close()
    return data_dir


def test_export_ics_to_stdout(with_goals: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    status = cli.main(["export", "--format", "ics", "--today", TODAY.isoformat()])
    out = capsysbinary.readouterr().out
    assert status == 0
    assert out.startswith(b"BEGIN:VCALENDAR\r\n")
    found = events(out.decode("utf-8"))
    # On November 28 the month being planned is December: that is the default month.
    assert [str(e["SUMMARY"]) for e in found] == ["Next month's goal."]


def test_export_ics_month_to_a_private_file(
    with_goals: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out" / "december.ics"
    target.parent.mkdir()
    status = cli.main(["export", "--format", "ics", "--month", "2026-12", "-o", str(target),
                       "--today", TODAY.isoformat()])
    assert status == 0
    assert capsys.readouterr().out.strip() == str(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    found = events(target.read_text(encoding="utf-8"))
    assert [str(e["SUMMARY"]) for e in found] == ["Next month's goal."]
    assert found[0].decoded("DTSTART") == date(2026, 12, 31)
