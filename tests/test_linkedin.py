"""Import of LinkedIn's Connections.csv: parsing, cleaning, matching, re-import."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netplan_tui.core.linkedin import (
    MAX_FIELD,
    MAX_ROWS,
    ImportReport,
    LinkedInFormatError,
    clean_field,
    parse_connected_on,
    parse_connections,
    plan_import,
    profile_key,
)
from netplan_tui.core.models import Contact

TODAY = date(2026, 11, 28)
DATA = Path(__file__).parent / "data" / "linkedin"
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"


def fixture(name: str) -> bytes:
    return (DATA / name).read_bytes()


def csv_bytes(*rows: str, header: str = HEADER) -> bytes:
    return (header + "".join(row + "\r\n" for row in rows)).encode("utf-8")


def with_ids(contacts: list[Contact], start: int = 1) -> list[Contact]:
    return [replace(c, id=start + i) for i, c in enumerate(contacts)]


def check_totals(report: ImportReport) -> None:
    assert report.added + report.updated + report.skipped == report.total_rows
    assert report.skipped == sum(report.reasons.values())


# ------------------------------------------------------------------ standard export


def test_standard_export_rows() -> None:
    data = fixture("connections_standard.csv")
    assert data.startswith(b"\xef\xbb\xbfNotes:")  # the fixture keeps the BOM and preamble
    rows = parse_connections(data)
    assert len(rows) == 8  # three blank comma rows left out
    assert rows[0] == {
        "first_name": "Ann",
        "last_name": "Lee",
        "url": "https://www.linkedin.com/in/ann-lee-1a2b3c",
        "email": "",
        "company": "Shopify",
        "position": "Senior Software Engineer",
        "connected_on": "26 Jul 2025",
    }
    assert rows[1]["company"] == "Acme, Inc."  # quoted comma


def test_standard_export_plan() -> None:
    added, updated, report = plan_import(fixture("connections_standard.csv"), [], TODAY)
    assert updated == []
    assert (report.added, report.updated, report.skipped, report.total_rows) == (7, 0, 4, 11)
    assert report.reasons == {"blank row": 3, "no name": 1}
    assert report.summary() == "Added 7, updated 0, skipped 4 (3 blank rows, 1 row with no name)."
    check_totals(report)
    by_name = {c.name: c for c in added}
    assert list(by_name) == [
        "Ann Lee",
        "José García",
        "Zoë Müller",
        "王 伟",
        "[bold]Ann [@click=app.quit]x[/]",
        "Mallory ]0;pwnedSmith",
        "Kofi Mensah",
    ]
    ann = by_name["Ann Lee"]
    assert (ann.role, ann.company, ann.first_contact, ann.where_met) == (
        "Senior Software Engineer",
        "Shopify",
        "2025-07-26",
        "linkedin",
    )
    assert ann.url == "https://www.linkedin.com/in/ann-lee-1a2b3c"
    assert ann.email == "" and ann.id is None and ann.notes == ""
    jose = by_name["José García"]
    assert (jose.email, jose.company, jose.first_contact) == (
        "jose@example.com",
        "Acme, Inc.",
        "2024-01-03",
    )
    assert by_name["Zoë Müller"].role == "Engineering Manager, Platform"
    assert by_name["王 伟"].company == "Ørsted"
    markup = by_name["[bold]Ann [@click=app.quit]x[/]"]
    assert markup.company == "[red]Evil, Corp[/red]"  # kept as typed
    assert by_name["Kofi Mensah"].first_contact == "2026-11-28"  # today is fine
    assert (by_name["Kofi Mensah"].company, by_name["Kofi Mensah"].role) == ("", "")


def test_escape_sequences_and_bidi_overrides_are_stripped() -> None:
    added, _, _ = plan_import(fixture("connections_standard.csv"), [], TODAY)
    for contact in added:
        for value in (contact.name, contact.role, contact.company, contact.url, contact.email):
            assert "\x1b" not in value and "\x07" not in value
            assert not any("\u202a" <= ch <= "\u202e" or "\u2066" <= ch <= "\u2069" for ch in value)
            assert "\ufeff" not in value


def test_standard_export_re_import_adds_nobody() -> None:
    data = fixture("connections_standard.csv")
    added, _, _ = plan_import(data, [], TODAY)
    again_added, again_updated, report = plan_import(data, with_ids(added), TODAY)
    assert again_added == [] and again_updated == []
    assert report.reasons == {"blank row": 3, "no name": 1, "already up to date": 7}
    assert report.summary() == (
        "Added 0, updated 0, skipped 11 (3 blank rows, 1 row with no name, 7 already up to date)."
    )
    check_totals(report)


def test_re_import_after_the_user_edited_contacts_keeps_their_fields() -> None:
    data = fixture("connections_standard.csv")
    added, _, _ = plan_import(data, [], TODAY)
    mine = with_ids(added)
    mine[0] = replace(mine[0], notes="Met at PyCon", strength=5, skills="Go", name="Ann L.")
    again_added, again_updated, report = plan_import(data, mine, TODAY)
    # matched by URL although the user renamed her
    assert again_added == [] and again_updated == []
    assert report.reasons["already up to date"] == 7


# ------------------------------------------------------------------ old export


def test_old_export_without_url_and_email() -> None:
    added, updated, report = plan_import(fixture("connections_old.csv"), [], TODAY)
    assert (report.added, report.updated, report.skipped, report.total_rows) == (3, 0, 1, 4)
    assert report.reasons == {"blank row": 1}
    check_totals(report)
    priya, lars, fatima = added
    assert (priya.name, priya.company, priya.role, priya.first_contact) == (
        "Priya Singh",
        "Stripe",
        "Staff Engineer",
        "2025-07-26",
    )
    assert (priya.url, priya.email) == ("", "")
    assert (lars.company, lars.first_contact) == ("Ørsted A/S", "2019-05-04")
    assert (fatima.company, fatima.first_contact) == ("", None)  # "not a date"
    again_added, again_updated, again = plan_import(
        fixture("connections_old.csv"), with_ids(added), TODAY
    )
    assert again_added == [] and again_updated == []
    assert again.reasons == {"blank row": 1, "already up to date": 3}


def test_latin1_file_is_read() -> None:
    added, _, report = plan_import(fixture("latin1.csv"), [], TODAY)
    assert report.added == 1
    assert (added[0].name, added[0].company, added[0].role) == (
        "Renée Dubois",
        "Société Générale",
        "Développeuse",
    )


def test_semicolon_separated_file_is_read() -> None:
    data = "First Name;Last Name;Company;Position\nAnn;Lee;Acme, Inc.;Dev\n".encode()
    assert parse_connections(data)[0]["company"] == "Acme, Inc."


def test_utf16_file_is_read() -> None:
    data = (HEADER + "Zoë,Li,,,Acme,Dev,26 Jul 2025\r\n").encode("utf-16")
    assert parse_connections(data)[0]["first_name"] == "Zoë"


# ------------------------------------------------------------------ files that are not exports


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("unrelated.csv", "no First Name and Last Name columns"),
        ("binary.csv", "binary data"),
        ("empty.csv", "The file is empty."),
        ("web_page.csv", "web page"),
        (
            "missing_columns.csv",
            "it has no Last Name column and no Company or Position column.",
        ),
    ],
)
def test_not_an_export(name: str, message: str) -> None:
    with pytest.raises(LinkedInFormatError) as caught:
        parse_connections(fixture(name))
    text = str(caught.value)
    assert message in text
    assert "\n" not in text and text.endswith(".")
    with pytest.raises(LinkedInFormatError):
        plan_import(fixture(name), [], TODAY)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \r\n\n",
        bytes(range(256)) * 4,
        b"\x00\x01\x02" * 100,
        b"PK\x03\x04" + bytes(200),
        b'{"first name": 1}',
        "Vorname,Nachname,Firma\nAnn,Lee,Acme\n".encode(),
    ],
)
def test_other_bad_inputs_raise_a_clear_error(data: bytes) -> None:
    with pytest.raises(LinkedInFormatError):
        parse_connections(data)


def test_header_only_file_imports_nothing() -> None:
    assert parse_connections(fixture("header_only.csv")) == []
    added, updated, report = plan_import(fixture("header_only.csv"), [], TODAY)
    assert (added, updated) == ([], [])
    assert report == ImportReport(added=0, updated=0, skipped=0, reasons={}, total_rows=0)
    assert report.summary() == "Added 0, updated 0, skipped 0."


def test_too_many_rows() -> None:
    row = "A,B,,,C,D,26 Jul 2025\n"
    data = (HEADER + row * (MAX_ROWS + 1)).encode()
    with pytest.raises(LinkedInFormatError, match="more than 50,000"):
        parse_connections(data)
    assert len(parse_connections((HEADER + row * 3).encode())) == 3


def test_huge_field_is_a_format_error_not_a_crash() -> None:
    data = csv_bytes('Ann,Lee,,,"' + "x" * 200_000 + '",Dev,')
    with pytest.raises(LinkedInFormatError, match="could not be read as CSV"):
        parse_connections(data)


# ------------------------------------------------------------------ duplicates and updates


def test_duplicate_rows_count_once() -> None:
    added, updated, report = plan_import(fixture("duplicates.csv"), [], TODAY)
    assert [c.name for c in added] == ["Ann Lee", "Wei Wang", "Mei Kim"]
    assert updated == []
    assert report.reasons == {"duplicate row": 2}
    assert report.summary() == "Added 3, updated 0, skipped 2 (2 duplicate rows)."
    check_totals(report)


def test_update_fills_linkedin_fields_and_keeps_the_users_own() -> None:
    existing = [
        Contact(
            name="Ann Lee",
            company="Shopify",
            role="Developer",
            notes="Met at PyCon",
            strength=5,
            skills="Go, Rust",
            last_contact="2026-10-01",
            first_contact="2026-01-01",
            where_met="event",
            location="Berlin",
            id=7,
        )
    ]
    snapshot = existing[0].to_dict()
    data = csv_bytes(
        "Ann,Lee,https://www.linkedin.com/in/ann-lee,ann@example.com,Shopify,"
        "Senior Software Engineer,26 Jul 2025"
    )
    added, updated, report = plan_import(data, existing, TODAY)
    assert added == []
    assert existing[0].to_dict() == snapshot  # never mutated
    (ann,) = updated
    assert ann.id == 7
    assert (ann.role, ann.url, ann.email, ann.first_contact) == (
        "Senior Software Engineer",
        "https://www.linkedin.com/in/ann-lee",
        "ann@example.com",
        "2025-07-26",  # earlier than the user's date
    )
    assert (ann.notes, ann.strength, ann.skills, ann.last_contact, ann.where_met) == (
        "Met at PyCon",
        5,
        "Go, Rust",
        "2026-10-01",
        "event",
    )
    assert ann.location == "Berlin" and ann.name == "Ann Lee"
    assert report.summary() == "Added 0, updated 1, skipped 0."
    # importing the same file on top of the result changes nothing
    added2, updated2, report2 = plan_import(data, [ann], TODAY)
    assert (added2, updated2, report2.reasons) == ([], [], {"already up to date": 1})


def test_empty_file_values_never_blank_the_users_fields() -> None:
    existing = [Contact(name="Bo Chen", company="GitLab", role="SRE", email="bo@x.org", id=1)]
    data = csv_bytes("Bo,Chen,,,GitLab,,")
    added, updated, report = plan_import(data, existing, TODAY)
    assert (added, updated, report.reasons) == ([], [], {"already up to date": 1})


def test_a_later_connection_date_keeps_the_earlier_first_contact() -> None:
    existing = [Contact(name="Bo Chen", company="GitLab", first_contact="2020-02-02", id=1)]
    data = csv_bytes("Bo,Chen,,,GitLab,,26 Jul 2025")
    _, updated, report = plan_import(data, existing, TODAY)
    assert updated == [] and report.reasons == {"already up to date": 1}


@pytest.mark.parametrize(
    "file_url",
    [
        "https://www.linkedin.com/in/ann-lee",
        "http://linkedin.com/in/ann-lee/",
        "HTTPS://WWW.LINKEDIN.COM/IN/ANN-LEE",
        "https://www.linkedin.com/in/ann-lee?trk=abc",
    ],
)
def test_match_by_profile_url(file_url: str) -> None:
    existing = [Contact(name="Ann", company="Old job", url="https://linkedin.com/in/ann-lee", id=3)]
    data = csv_bytes(f"Ann,Lee,{file_url},,New job,CTO,")
    added, updated, _ = plan_import(data, existing, TODAY)
    assert added == []
    assert updated[0].id == 3 and updated[0].company == "New job" and updated[0].name == "Ann"


@pytest.mark.parametrize(
    ("existing_name", "existing_company", "matched"),
    [
        ("Ann Lee", "Shopify Inc.", True),
        ("ann  lee", "shopify inc", True),
        ("Ánn Lee", "Shopify, Inc.", True),
        ("Ann Lee", "GitLab", False),  # another company, another person
        ("Ann Leigh", "Shopify Inc.", False),
        ("Ann Lee", "", True),  # the only Ann Lee, no company and no URL yet
    ],
)
def test_match_by_name_and_company(existing_name, existing_company, matched) -> None:
    existing = [Contact(name=existing_name, company=existing_company, id=9)]
    data = csv_bytes("Ann,Lee,https://www.linkedin.com/in/ann,,Shopify Inc.,Dev,")
    added, updated, _ = plan_import(data, existing, TODAY)
    if matched:
        assert added == [] and updated[0].id == 9 and updated[0].url
    else:
        assert len(added) == 1 and updated == []


def test_two_existing_namesakes_without_company_are_not_guessed() -> None:
    existing = [Contact(name="Ann Lee", id=1), Contact(name="Ann Lee", id=2)]
    added, updated, _ = plan_import(csv_bytes("Ann,Lee,,,Acme,Dev,"), existing, TODAY)
    assert len(added) == 1 and updated == []


# ------------------------------------------------------------------ cleaning


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  Ann  ", "Ann"),
        ("\x1b]0;pwned\x07Ann", "]0;pwnedAnn"),
        ("\x1b[31mred\x1b[0m", "[31mred[0m"),
        ("Ann\u202eeeL", "AnneeL"),
        ("\u2066Ann\u2069", "Ann"),
        ("A\u200bnn", "Ann"),
        ("Ann\tLee\nSmith", "Ann Lee Smith"),
        ("[bold]Ann[/bold]", "[bold]Ann[/bold]"),
        ("[@click=app.quit]x[/]", "[@click=app.quit]x[/]"),
        ("Zoë 王伟 🚀", "Zoë 王伟 🚀"),
        ("\x00\x01\x7f\x9b", ""),
    ],
)
def test_clean_field(raw: str, clean: str) -> None:
    assert clean_field(raw) == clean


def test_long_fields_are_cut() -> None:
    rows = parse_connections(csv_bytes("Ann," + "L" * 900 + ",,,Acme,Dev,"))
    assert len(rows[0]["last_name"]) == MAX_FIELD
    added, _, _ = plan_import(csv_bytes("A" * 400 + "," + "B" * 400 + ",,,Acme,Dev,"), [], TODAY)
    assert len(added[0].name) == MAX_FIELD


def test_url_that_is_not_a_web_address_is_dropped() -> None:
    added, _, _ = plan_import(csv_bytes("Ann,Lee,javascript:alert(1),,Acme,Dev,"), [], TODAY)
    assert added[0].url == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("26 Jul 2025", date(2025, 7, 26)),
        ("6 Jul 2025", date(2025, 7, 6)),
        ("26-Jul-25", date(2025, 7, 26)),
        ("26-jul-2025", date(2025, 7, 26)),
        ("2025-07-26", date(2025, 7, 26)),
        ("Jul 26, 2025", date(2025, 7, 26)),
        ("26 September 2024", date(2024, 9, 26)),
        ("28 Nov 2026", date(2026, 11, 28)),
        ("29 Nov 2026", None),  # after today
        ("31 Feb 2025", None),
        ("26 Foo 2025", None),
        ("", None),
        ("yesterday", None),
    ],
)
def test_parse_connected_on(text: str, expected: date | None) -> None:
    assert parse_connected_on(text, TODAY) == expected


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.linkedin.com/in/ann/", "linkedin.com/in/ann"),
        ("http://linkedin.com/in/Ann", "linkedin.com/in/ann"),
        ("www.linkedin.com/in/ann?x=1#y", "linkedin.com/in/ann"),
        ("", ""),
    ],
)
def test_profile_key(url: str, key: str) -> None:
    assert profile_key(url) == key


def test_summary_wording() -> None:
    report = ImportReport(
        added=40,
        updated=2,
        skipped=5,
        reasons={"already up to date": 2, "blank row": 3},
        total_rows=47,
    )
    assert (
        report.summary() == "Added 40, updated 2, skipped 5 (3 blank rows, 2 already up to date)."
    )
    single = ImportReport(1, 0, 1, {"blank row": 1, "duplicate row": 0}, 2)
    assert single.summary() == "Added 1, updated 0, skipped 1 (1 blank row)."


# ------------------------------------------------------------------ properties


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_rows_or_a_format_error(data: bytes) -> None:
    try:
        rows = parse_connections(data)
    except LinkedInFormatError as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert isinstance(rows, list)


# Printable text mixed with format characters (bidi overrides, zero-width marks, BOM);
# C0 controls are left to the fixtures, as many of them make a file look binary.
_cell = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs", "Cc")),
        st.sampled_from("\u202e\u2066\u200b\ufeff"),
    ),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_cell, _cell, _cell, _cell), max_size=15))
def test_generated_exports_import_idempotently(people) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(
        ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
    )
    for first, last, company, position in people:
        writer.writerow([first, last, "", "", company, position, "26 Jul 2025"])
    data = buffer.getvalue().encode("utf-8")
    added, updated, report = plan_import(data, [], TODAY)
    check_totals(report)
    assert updated == []
    for contact in added:
        assert contact.name and contact.where_met == "linkedin"
        for value in (contact.name, contact.company, contact.role):
            assert clean_field(value) == value
    again_added, again_updated, again = plan_import(data, with_ids(added), TODAY)
    assert again_added == [] and again_updated == []
    check_totals(again)


def test_linkedin_imports_no_textual() -> None:
    code = "import sys, netplan_tui.core.linkedin; print('textual' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"
