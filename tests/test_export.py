"""Markdown and JSON export, the goals block for the job-search plan, and ``export``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from netplan_tui import cli
from netplan_tui.core import export
from netplan_tui.core.models import Contact, Goal, MonthReview, Plan, Quality
from netplan_tui.data import outputs, paths
from netplan_tui.data.store import Store
from tests.conftest import TODAY

GOLDEN = Path(__file__).parent / "data" / "golden"
MONTH = "2026-11"

# ------------------------------------------------------------------ a seeded plan

ANSWERS = {
    "specific": "Send invitations to recruiters at *Acme Corp* | on LinkedIn",
    "measurable": "5 invitations",
    "achievable": "Yes: 10 minutes each <b>easy</b>",
    "relevant": "Recruiters at my [dream company] hire for my role",
    "time_bound": "November 30, 2026",
}


def seeded() -> tuple[Plan, list[Quality], list[Contact], list[Goal], list[MonthReview]]:
    plan = Plan(
        primary_goal="job_search",
        secondary_goals=["community", "custom"],
        custom_goal="Find a *mentor* | build [confidence] 🚀",
        vision="# Be hired by <Acme> & ship code_daily: C# | .NET `fast`\x1b]0;pwned\x07",
        weekly_hours=3.5,
        dream_jobs="Backend developer at Acme Corp or Shopify, $60k+",
        changes=(
            "- Post on LinkedIn every week\n"
            "* Go to [meetups] <b>more</b> | often\n"
            "\n"
            "1. Follow up within 2 days\n"
            "---\n"
            "Ask for :tada: introductions & referrals &amp; more"
        ),
        onboarding_done=True,
    )
    qualities = [
        Quality(category="roles", name="Recruiters", target=5, order=0, id=1),
        Quality(category="roles", name="Engineering managers", target=3, note="hiring | teams",
                order=1, id=2),
        Quality(category="companies", name="Acme Corp", target=2, order=2, id=3),
        Quality(category="companies", name="Shopify", target=1, note="Dream: remote-first",
                order=3, id=4),
        Quality(category="companies", name="Globex", target=2, order=4, id=5),
        Quality(category="skills", name="C# | .NET", target=2, order=5, id=6),
        Quality(category="interests", name="*Rust* [fans] 🦀", target=3, order=6, id=7),
        Quality(category="locations", name="Lisbon", target=2, order=7, id=8),
        Quality(category="other", name="#1 fans of `code`", target=1, order=8, id=9),
    ]
    contacts = [
        Contact(name="Ana Souza", role="Tech Recruiter", company="Acme Corp",
                location="Lisbon, Portugal", skills="C#", id=1),
        Contact(name="Bo Chen", role="Engineering Manager", company="Shopify",
                location="Remote", id=2),
        Contact(name="Chidi Okeke", role="Senior Software Engineer", company="Globex",
                skills="C#, .NET", interests="Rust, climbing", id=3),
        Contact(name="Dana <script>x</script>", role="Technical Recruiter", company="Initech",
                location="Lisbon", id=4),
    ]
    goals = [
        Goal(month="2026-10", text="Attend 2 Python meetups in Lisbon by October 31, 2026.",
             target=2, unit="meetups", progress=2, done=True, done_on="2026-10-20",
             deadline="2026-10-31", created="2026-10-01", id=1),
        Goal(month=MONTH, text="Connect with 5 recruiters at Acme Corp on LinkedIn by "
             "November 30, 2026 to learn how they hire.", target=5, unit="invitations",
             progress=5, done=True, done_on="2026-11-20", deadline="2026-11-30",
             answers=ANSWERS, order=0, created="2026-11-02", id=2),
        Goal(month=MONTH, text="Schedule 2 coffee chats with engineering managers at Shopify "
             "by November 30, 2026 | to ask about *remote* roles 😀.", target=2,
             unit="coffee chats", progress=0, deadline="2026-11-30", order=1,
             created="2026-11-02", id=3),
        Goal(month=MONTH, text="Network more.", order=2, created="2026-11-03", id=4),
        Goal(month=MONTH, text="Ask 1 bootcamp alum for an introduction to a Globex engineering "
             "manager by November 15, 2026.", target=1, unit="introductions",
             deadline="2026-11-15", order=3, created="2026-11-01", carried_from=1, id=5),
    ]
    reviews = [
        MonthReview(month=MONTH, outcomes={"2": "done", "3": "partly", "4": "not"},
                    notes={"2": "Personal notes | worked", "3": "Shopify [busy]"},
                    summary="Good month.\n- keep *posting*", reviewed_on="2026-11-28", id=1),
    ]
    return plan, qualities, contacts, goals, reviews


def markdown() -> str:
    plan, qualities, contacts, goals, reviews = seeded()
    return export.export_markdown(plan, qualities, contacts, goals, MONTH, TODAY, reviews)


# ------------------------------------------------------------------ golden file


def test_markdown_export_matches_the_golden_file() -> None:
    pytest.importorskip("netplan_tui.core.smart")
    text = markdown()
    golden = GOLDEN / "plan.md"
    if os.environ.get("NETPLAN_UPDATE_GOLDEN"):
        golden.write_text(text, "utf-8")
    assert text == golden.read_text("utf-8")


def test_markdown_export_is_safe_markdown() -> None:
    pytest.importorskip("netplan_tui.core.smart")
    text = markdown()
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(text)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in t.children or []}
    assert not kinds & {"html_block", "html_inline", "link_open", "image", "code_inline",
                        "fence", "code_block", "s_open", "blockquote_open", "hr"}
    assert "\x1b" not in text and "\x07" not in text
    assert text.count("\n# ") == 0 and text.startswith("# Networking plan: November 2026\n")
    for heading in ("## 1. The network I want", "## 2. Gap analysis",
                    "### Changes I need to make", "## 3. SMART goals for November 2026"):
        assert f"\n{heading}\n" in text


# ------------------------------------------------------------------ escaping

MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def inline_text(markdown_text: str) -> tuple[set[str], str]:
    """(token kinds, plain text) of one Markdown paragraph."""
    tokens = MD.parse(markdown_text)
    kinds = {t.type for t in tokens}
    children = [c for t in tokens for c in t.children or []]
    kinds |= {c.type for c in children}
    return kinds, "".join(c.content for c in children if c.type == "text")


@pytest.mark.parametrize(
    "raw,escaped",
    [
        ("plain words", "plain words"),
        ("# not a heading", "\\# not a heading"),
        ("C# and F#", "C# and F#"),
        ("*bold* and **strong**", "\\*bold\\* and \\*\\*strong\\*\\*"),
        ("_emph_ but snake_case", "\\_emph\\_ but snake_case"),
        ("`code`", "\\`code\\`"),
        ("[link](https://x.y)", "\\[link\\](https://x.y)"),
        ("<b>bold</b>", "\\<b>bold\\</b>"),
        ("> quote", "\\> quote"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("3. third", "3\\. third"),
        ("2) second", "2\\) second"),
        ("2026 was good", "2026 was good"),
        ("---", "\\---"),
        ("~~gone~~", "\\~\\~gone\\~\\~"),
        ("$60k to $80k", "\\$60k to \\$80k"),
        ("R&D &amp; &#169;", "R&D \\&amp; \\&#169;"),
        ("party :tada: time", "party :tada\\: time"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines\tand  spaces ", "two lines and spaces"),
        ("bell\x07 esc\x1b[31m red", "bell esc\\[31m red"),
        ("rocket 🚀", "rocket 🚀"),
    ],
)
def test_escape(raw: str, escaped: str) -> None:
    assert export.escape(raw) == escaped


MARKDOWN_CHARS = st.text(
    alphabet=st.sampled_from(list("\\`*_[]()<>#+-=|!~$&;:. 1aZ\n\t\x1b🚀é")), max_size=40
)


@settings(max_examples=400, deadline=None)
@given(MARKDOWN_CHARS | st.text(max_size=40))
def test_escaped_text_renders_exactly_as_typed(raw: str) -> None:
    expected = export.one_line(raw)
    kinds, text = inline_text(export.escape(raw))
    if not expected:
        assert text == ""
        return
    assert kinds <= {"paragraph_open", "inline", "text", "paragraph_close"}, kinds
    assert text == expected


@settings(max_examples=300, deadline=None)
@given(MARKDOWN_CHARS | st.text(max_size=30))
def test_escaped_cells_stay_in_their_column(raw: str) -> None:
    table = f"| A | B |\n| --- | --- |\n| {export.cell(raw)} | end |\n"
    tokens = MD.parse(table)
    cells = [t for t in tokens if t.type == "inline"]
    assert len(cells) == 4
    assert cells[2].children is not None
    assert "".join(c.content for c in cells[2].children if c.type == "text").strip() == (
        export.one_line(raw).strip() or ""
    )
    assert "".join(c.content for c in cells[3].children or []) == "end"


def test_block_keeps_bullets_as_a_list_and_lines_as_paragraphs() -> None:
    text = export.block("- one *a*\n* two\n\nplain | line\n# three\n- four")
    assert text == "- one \\*a\\*\n- two\n\nplain | line\n\n\\# three\n\n- four"


# ------------------------------------------------------------------ JSON


def test_json_export_parses_back_with_verdicts_and_gap_rows() -> None:
    pytest.importorskip("netplan_tui.core.smart")
    plan, qualities, contacts, goals, reviews = seeded()
    data = export.export_json(plan, qualities, contacts, goals, MONTH, TODAY, reviews)
    again = json.loads(export.dumps(data))
    assert again == data
    assert again["app"] == "netplan-tui" and again["kind"] == "export"
    assert again["month"] == MONTH and again["exported"] == "2026-11-28"
    assert again["big_picture"]["labels"][0] == "Help my job search"
    assert again["big_picture"]["custom"] == plan.custom_goal  # stored text, as typed
    assert [q["dream_company"] for q in again["qualities"] if q["category"] == "companies"] == [
        True, True, False]
    assert again["contacts"] == 4
    rows = {row["quality"]: row for row in again["gap"]["rows"]}
    assert rows["Recruiters"]["have"] == 2 and rows["Recruiters"]["status"] == "partial"
    assert rows["Shopify"]["status"] == "met"
    assert [g["id"] for g in again["goals"]] == [2, 3, 4, 5]
    # the third goal has no deadline of its own: it has no pace
    assert [g["status"] for g in again["goals"]] == ["done", "behind", "no deadline", "overdue"]
    first = again["goals"][0]
    assert set(first["smart"]["criteria"]) >= {"specific", "measurable", "achievable",
                                               "relevant", "time_bound", "one_sentence"}
    assert first["smart"]["smart"] is True
    assert first["questions"]["specific"]["answer"] == ANSWERS["specific"]
    assert first["questions"]["specific"]["answered"] is True
    vague = again["goals"][2]
    assert vague["smart"]["smart"] is False
    assert not any(q["answered"] for q in vague["questions"].values())
    assert again["review"]["outcomes"]["2"] == "done"


# ------------------------------------------------------------------ goals block


def test_goals_block() -> None:
    _, _, _, goals, _ = seeded()
    assert export.goals_block(goals, MONTH, TODAY) == (
        "**Networking goals for November 2026** (1 of 4 done)\n"
        "\n"
        "- [x] Connect with 5 recruiters at Acme Corp on LinkedIn by November 30, 2026 to "
        "learn how they hire. (5/5, by Nov 30)\n"
        "- [ ] Schedule 2 coffee chats with engineering managers at Shopify by November 30, "
        "2026 | to ask about \\*remote\\* roles 😀. (0/2, by Nov 30)\n"
        "- [ ] Network more.\n"
        "- [ ] Ask 1 bootcamp alum for an introduction to a Globex engineering manager by "
        "November 15, 2026. (0/1, by Nov 15)\n"
    )


def test_goals_block_of_an_empty_month_and_a_deadline_next_year() -> None:
    assert export.goals_block([], "2026-12", TODAY) == (
        "**Networking goals for December 2026** (0 of 0 done)\n\n*No goals for this month yet.*\n"
    )
    goal = Goal(month="2026-12", text="Post 4 times by January 5, 2027.", target=4,
                deadline="2027-01-05")
    assert "(0/4, by Jan 5, 2027)" in export.goals_block([goal], "2026-12", TODAY)


# ------------------------------------------------------------------ files


def fill(store: Store) -> None:
    plan, qualities, contacts, goals, reviews = seeded()
    with store.batch():
        store.save_plan(plan)
        for quality in qualities:
            quality.id = None
            store.add_quality(quality)
        for contact in contacts:
            contact.id = None
            store.add_contact(contact)
        for goal in goals:
            goal.id = None
            store.add_goal(goal)  # ids 1-5 again, in the same order
        for review in reviews:
            review.id = None
            store.save_review(review)


def test_export_to_documents_writes_a_dated_file_without_overwriting(store: Store) -> None:
    pytest.importorskip("netplan_tui.core.smart")
    fill(store)
    first = outputs.export_to_documents(store, TODAY)
    second = outputs.export_to_documents(store, TODAY)
    assert first == paths.documents_dir() / "netplan-2026-11-28.md"
    assert second.name == "netplan-2026-11-28-2.md"
    assert first.read_text("utf-8") == export.render(store, TODAY)
    # on Nov 28, in November's last week, the month being planned is December
    assert "## 3. SMART goals for December 2026" in first.read_text("utf-8")
    october = outputs.export_to_documents(store, TODAY, "2026-10")
    assert "## 3. SMART goals for October 2026" in october.read_text("utf-8")


def test_write_goals_block(store: Store) -> None:
    fill(store)
    text, path = outputs.write_goals_block(store, TODAY, MONTH)
    assert path == store.data_dir / "goals-2026-11.md"
    assert path.read_text("utf-8") == text
    assert text.startswith("**Networking goals for November 2026** (1 of 4 done)")


# ------------------------------------------------------------------ the command


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main([*argv, "--today", TODAY.isoformat()])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def filled_dir(data_dir: Path) -> Path:
    with Store(data_dir, clock=lambda: TODAY) as store:
        fill(store)
    return data_dir


def test_export_prints_markdown(filled_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("netplan_tui.core.smart")
    status, out, _ = run(capsys, "export", "--month", MONTH)
    assert status == 0
    assert out == markdown()
    # without --month: the month being planned (December, in November's last week)
    status, out, _ = run(capsys, "export")
    assert status == 0 and out.startswith("# Networking plan: December 2026")


def test_export_json_for_another_month(
    filled_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("netplan_tui.core.smart")
    status, out, _ = run(capsys, "export", "--format", "json", "--month", "2026-10")
    assert status == 0
    data = json.loads(out)
    assert data["month"] == "2026-10" and len(data["goals"]) == 1


def test_export_to_a_file(
    filled_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("netplan_tui.core.smart")
    target = tmp_path / "out" / "plan.md"
    target.parent.mkdir()
    status, out, _ = run(capsys, "export", "--month", MONTH, "-o", str(target))
    assert status == 0 and out.strip() == str(target)
    assert target.read_text("utf-8") == markdown()


@pytest.mark.parametrize("argv,status,message", [
    (["export", "--month", "2026-13"], 2, "not a month"),
    (["export", "--format", "pdf"], 2, "invalid choice"),
])
def test_export_usage_errors(
    argv: list[str], status: int, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == status
    assert message in capsys.readouterr().err


def test_export_without_a_plan(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "export")
    assert status == 1 and out == "" and "No plan yet" in err


def test_commands_and_pure_modules_do_not_import_textual() -> None:
    code = (
        "import sys\n"
        "import netplan_tui.data.backup, netplan_tui.core.demo\n"
        "import netplan_tui.cli.backup, netplan_tui.cli.restore\n"
        "import netplan_tui.cli.demo, netplan_tui.cli.export\n"
        "try:\n    import netplan_tui.core.export\nexcept ImportError:\n    pass\n"
        "assert 'textual' not in sys.modules, 'textual imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_dates_are_fixed(today: date) -> None:
    assert today == TODAY
