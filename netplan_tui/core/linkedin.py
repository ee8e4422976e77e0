"""Import of LinkedIn's "Connections.csv" export.

Pure: no Textual, no I/O; the caller reads the file and stores the result.
:func:`parse_connections` turns the file's bytes into clean rows;
:func:`plan_import` decides which contacts to add and which to update so that
importing the same file twice adds nobody twice.

The export starts with a few "Notes:" lines, then the header
``First Name,Last Name,URL,Email Address,Company,Position,Connected On``.
Older exports lack URL and Email Address. Every imported field has control and
format characters (ESC, bidi overrides...) removed, is trimmed and is cut to
:data:`MAX_FIELD` characters; text that looks like markup is kept as typed.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from netplan_tui.core.models import Contact
from netplan_tui.core.text import clean

MAX_ROWS = 50_000
MAX_FIELD = 500
#: Lines looked at for the header row (the "Notes:" preamble comes before it).
_HEADER_SEARCH = 30

#: Column name in the export -> key of a parsed row.
COLUMNS: dict[str, str] = {
    "first name": "first_name",
    "last name": "last_name",
    "url": "url",
    "email address": "email",
    "company": "company",
    "position": "position",
    "connected on": "connected_on",
}
_LABELS = {key: label.title() for label, key in COLUMNS.items()}
_LABELS["url"] = "URL"
_ALIASES = {"profile url": "url", "email": "email", "e-mail address": "email"}

#: Skip reasons in the order the summary lists them, with singular and plural wording.
SKIP_REASONS: dict[str, tuple[str, str]] = {
    "blank row": ("blank row", "blank rows"),
    "no name": ("row with no name", "rows with no name"),
    "duplicate row": ("duplicate row", "duplicate rows"),
    "already up to date": ("already up to date", "already up to date"),
}


class LinkedInFormatError(ValueError):
    """The file is not a LinkedIn connections export; the message says why in one line."""


@dataclass(frozen=True)
class ImportReport:
    """What an import did: counts of added, updated and skipped rows."""

    added: int
    updated: int
    skipped: int
    reasons: dict[str, int] = field(default_factory=dict)  # skip reason -> count
    total_rows: int = 0

    def summary(self) -> str:
        """``Added 40, updated 2, skipped 5 (3 blank rows, 2 already up to date).``"""
        text = f"Added {self.added}, updated {self.updated}, skipped {self.skipped}"
        parts = []
        order = list(SKIP_REASONS) + sorted(set(self.reasons) - set(SKIP_REASONS))
        for reason in order:
            count = self.reasons.get(reason, 0)
            if count:
                one, many = SKIP_REASONS.get(reason, (reason, reason))
                parts.append(f"{count} {one if count == 1 else many}")
        return f"{text} ({', '.join(parts)})." if parts else f"{text}."


# ------------------------------------------------------------------ cleaning

def clean_field(value: str) -> str:
    """One clean line: control and format characters removed, whitespace collapsed, capped.

    Removed are Unicode categories Cc and Cf (ESC, BEL, bidi overrides, zero-width
    marks...) and lone surrogates; tabs and line breaks become single spaces, as
    every column of the export is one line. At most :data:`MAX_FIELD` characters.
    """
    value = " ".join(clean(value).split())
    return value[:MAX_FIELD].rstrip() if len(value) > MAX_FIELD else value


# ------------------------------------------------------------------ decoding


def _decode(data: bytes) -> str:
    """The file's text; raises LinkedInFormatError for empty or binary files."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise LinkedInFormatError("The import needs the bytes of a file.")
    data = bytes(data)
    if not data.strip():
        raise LinkedInFormatError("The file is empty.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise LinkedInFormatError("The file could not be read as text.") from error
    if b"\x00" in data[:65536]:
        raise LinkedInFormatError(
            "This is not a CSV file: it holds binary data. "
            "Choose Connections.csv from LinkedIn's export."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="strict") if _is_cp1252(data) else ""
        if not text:
            text = data.decode("latin-1")
    if _looks_binary(text):
        raise LinkedInFormatError(
            "This is not a CSV file: it holds binary data. "
            "Choose Connections.csv from LinkedIn's export."
        )
    return text


def _is_cp1252(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _looks_binary(text: str) -> bool:
    """Many control characters in the first part of the text: not a text file."""
    sample = text[:8192]
    controls = sum(
        1 for ch in sample if (ch < " " and ch not in "\t\r\n") or "\x7f" <= ch <= "\x9f"
    )
    return controls > max(8, len(sample) // 50)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype", "<html", "<?xml", "<head", "<body", "<"))


# ------------------------------------------------------------------ parsing


def _key(label: str) -> str | None:
    name = " ".join(clean_field(label).lower().split())
    return COLUMNS.get(name) or _ALIASES.get(name)


def _header_columns(row: list[str]) -> dict[int, str]:
    """Column position -> row key for every known column of a candidate header."""
    found: dict[int, str] = {}
    for position, label in enumerate(row):
        key = _key(label)
        if key and key not in found.values():
            found[position] = key
    return found


def _missing(columns: dict[int, str]) -> list[str]:
    keys = set(columns.values())
    missing = [_LABELS[k] for k in ("first_name", "last_name") if k not in keys]
    if not keys & {"company", "position"}:
        missing.append("Company or Position")
    return missing


def _reader(text: str, delimiter: str) -> Iterator[list[str]]:
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)


def _find_header(text: str) -> tuple[str, int, dict[int, str]]:
    """(delimiter, data rows to skip, columns) of the first row that names the columns."""
    best: tuple[str, int, dict[int, str]] | None = None
    for delimiter in (",", ";", "\t"):
        try:
            for number, row in enumerate(_reader(text, delimiter)):
                if number >= _HEADER_SEARCH:
                    break
                columns = _header_columns(row)
                if not columns:
                    continue
                if not _missing(columns):
                    return delimiter, number + 1, columns
                if best is None or len(columns) > len(best[2]):
                    best = (delimiter, number + 1, columns)
        except csv.Error:
            continue
    if best is None:
        raise LinkedInFormatError(
            "This is not LinkedIn's Connections.csv: no First Name and Last Name columns found."
        )
    missing = " and ".join(f"no {name} column" for name in _missing(best[2]))
    raise LinkedInFormatError(f"This is not LinkedIn's Connections.csv: it has {missing}.")


def _read_rows(data: bytes) -> tuple[list[dict[str, str]], int]:
    """(clean non-blank rows, number of blank rows) of an export."""
    text = _decode(data)
    if _looks_like_html(text):
        raise LinkedInFormatError(
            "This is a web page, not LinkedIn's Connections.csv: download the data export instead."
        )
    delimiter, skip, columns = _find_header(text)
    keys = list(COLUMNS.values())
    rows: list[dict[str, str]] = []
    blank = 0
    number = 0
    try:
        for number, raw in enumerate(_reader(text, delimiter)):
            if number < skip:
                continue
            row = dict.fromkeys(keys, "")
            for position, key in columns.items():
                if position < len(raw):
                    row[key] = clean_field(raw[position])
            if not any(row.values()):
                blank += 1
                continue
            rows.append(row)
            if len(rows) > MAX_ROWS:
                raise LinkedInFormatError(
                    f"The file has more than {MAX_ROWS:,} connections, more than an import takes."
                )
    except csv.Error as error:
        raise LinkedInFormatError(
            f"The file could not be read as CSV (line {number + 1}): {error}."
        ) from error
    return rows, blank


def parse_connections(data: bytes) -> list[dict[str, str]]:
    """The connections of an export as clean rows, blank rows left out.

    Each row has the keys of :data:`COLUMNS` (``first_name``, ``last_name``,
    ``url``, ``email``, ``company``, ``position``, ``connected_on``); a column the
    file lacks gives ``""``. Raises :class:`LinkedInFormatError`.
    """
    return _read_rows(data)[0]


# ------------------------------------------------------------------ dates and keys

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[ \-/.]([A-Za-z]{3,9})\.?[ \-/.,]+(\d{4}|\d{2})")
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_connected_on(text: str, today: date) -> date | None:
    """The date of ``26 Jul 2025``, ``26-Jul-25``, ``Jul 26, 2025`` or ISO text.

    ``None`` when the text is no date, or a date after ``today``.
    """
    text = text.strip()
    parts: tuple[int, int, int] | None = None
    if match := _ISO.fullmatch(text):
        parts = (int(match[1]), int(match[2]), int(match[3]))
    elif match := _DAY_MONTH_YEAR.fullmatch(text):
        parts = _parts(match[3], match[2], match[1], today)
    elif match := _MONTH_DAY_YEAR.fullmatch(text):
        parts = _parts(match[3], match[1], match[2], today)
    if parts is None:
        return None
    try:
        day = date(*parts)
    except ValueError:
        return None
    return day if day <= today else None


def _parts(year: str, month: str, day: str, today: date) -> tuple[int, int, int] | None:
    number = _MONTHS.get(month.lower())
    if number is None:
        return None
    value = int(year)
    if len(year) == 2:
        value += 2000 if 2000 + value <= today.year else 1900
    return value, number, int(day)


def profile_key(url: str) -> str:
    """A profile URL reduced for comparison (no scheme, ``www.``, query or trailing slash)."""
    value = url.strip().lower()
    value = _SCHEME.sub("", value)
    value = value.removeprefix("www.")
    value = _QUERY.split(value, maxsplit=1)[0]
    return value.rstrip("/")


_WORD = re.compile(r"[^\W_]+")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://")
_QUERY = re.compile(r"[?#]")
_WEB_URL = re.compile(r"https?://\S+\Z", re.IGNORECASE)


def _fold(text: str) -> str:
    """Lower case, accents removed, words separated by single spaces."""
    text = text.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(text))


def name_key(name: str, company: str) -> str:
    """Name and company reduced for comparison (case, accents, punctuation ignored)."""
    return f"{_fold(name)}|{_fold(company)}"


def _is_web_url(url: str) -> bool:
    return _WEB_URL.match(url) is not None


# ------------------------------------------------------------------ planning


@dataclass
class _Incoming:
    name: str
    role: str
    company: str
    url: str
    email: str
    first_contact: str | None

    def as_contact(self) -> Contact:
        return Contact(
            name=self.name,
            role=self.role,
            company=self.company,
            url=self.url,
            email=self.email,
            first_contact=self.first_contact,
            where_met="linkedin",
        )


def _incoming(row: dict[str, str], today: date) -> _Incoming:
    name = clean_field(" ".join(f for f in (row["first_name"], row["last_name"]) if f))
    connected = parse_connected_on(row["connected_on"], today)
    return _Incoming(
        name=name,
        role=row["position"],
        company=row["company"],
        url=row["url"] if _is_web_url(row["url"]) else "",
        email=row["email"],
        first_contact=connected.isoformat() if connected else None,
    )


def _changes(contact: Contact, incoming: _Incoming) -> dict[str, object]:
    """File values that fill or change the contact's LinkedIn-side fields."""
    changes: dict[str, object] = {}
    for name in ("role", "company", "url", "email"):
        value = getattr(incoming, name)
        if value and value != (getattr(contact, name) or ""):
            changes[name] = value
    new = incoming.first_contact
    old = contact.first_contact
    if new and (not old or _earlier(new, old)):
        changes["first_contact"] = new
    return changes


def _earlier(new: str, old: str) -> bool:
    """Whether ISO date ``new`` is before ``old`` (a malformed ``old`` is replaced)."""
    try:
        return date.fromisoformat(new) < date.fromisoformat(old)
    except ValueError:
        return True


class _Directory:
    """Contacts found by profile URL, by name and company, or by name alone."""

    def __init__(self) -> None:
        self.by_url: dict[str, int] = {}
        self.by_name: dict[str, int] = {}
        self.by_bare_name: dict[str, list[int]] = {}

    def add(self, slot: int, contact: Contact) -> None:
        url = profile_key(contact.url or "")
        if url:
            self.by_url.setdefault(url, slot)
        self.by_name.setdefault(name_key(contact.name or "", contact.company or ""), slot)
        if not url and not (contact.company or "").strip():
            self.by_bare_name.setdefault(_fold(contact.name or ""), []).append(slot)

    def find(self, incoming: _Incoming) -> int | None:
        url = profile_key(incoming.url)
        if url and url in self.by_url:
            return self.by_url[url]
        slot = self.by_name.get(name_key(incoming.name, incoming.company))
        if slot is not None:
            return slot
        bare = self.by_bare_name.get(_fold(incoming.name), [])
        return bare[0] if len(bare) == 1 else None


def plan_import(
    data: bytes, existing: list[Contact], today: date
) -> tuple[list[Contact], list[Contact], ImportReport]:
    """(contacts to add, existing contacts updated with their ids, report).

    A row matches an existing contact by profile URL, else by name and company,
    else by name alone when that contact is the only one of the name and has
    neither URL nor company. An update fills or changes only role, company, URL,
    e-mail and first contact (the earlier date wins) and keeps everything else
    the user wrote. ``existing`` is never changed. Raises
    :class:`LinkedInFormatError`.
    """
    rows, blank = _read_rows(data)
    reasons: dict[str, int] = {"blank row": blank} if blank else {}
    current: list[Contact] = list(existing)
    directory = _Directory()
    for slot, contact in enumerate(current):
        directory.add(slot, contact)
    touched: set[int] = set()
    updated: set[int] = set()
    first_new = len(current)
    for row in rows:
        incoming = _incoming(row, today)
        if not incoming.name:
            reasons["no name"] = reasons.get("no name", 0) + 1
            continue
        slot = directory.find(incoming)
        if slot is not None and slot in touched:
            reasons["duplicate row"] = reasons.get("duplicate row", 0) + 1
            continue
        if slot is None:
            slot = len(current)
            current.append(incoming.as_contact())
        else:
            changes = _changes(current[slot], incoming)
            if not changes:
                reasons["already up to date"] = reasons.get("already up to date", 0) + 1
                touched.add(slot)
                continue
            current[slot] = replace(current[slot], **changes)  # type: ignore[arg-type]
            updated.add(slot)
        touched.add(slot)
        directory.add(slot, current[slot])
    added = current[first_new:]
    changed = [current[slot] for slot in sorted(updated)]
    report = ImportReport(
        added=len(added),
        updated=len(changed),
        skipped=sum(reasons.values()),
        reasons=reasons,
        total_rows=len(rows) + blank,
    )
    return added, changed, report


__all__ = [
    "COLUMNS",
    "ImportReport",
    "LinkedInFormatError",
    "MAX_FIELD",
    "MAX_ROWS",
    "clean_field",
    "name_key",
    "parse_connected_on",
    "parse_connections",
    "plan_import",
    "profile_key",
]


# ------------------------------------------------------------------ reading the file
MAX_BYTES = 50 * 1024 * 1024


def read_export(path: Path) -> bytes:
    """The bytes of an export file, or :class:`LinkedInFormatError` with a readable reason.

    The module's only I/O, shared by ``import-linkedin`` and the app's import dialog.
    At most :data:`MAX_BYTES` are read, counted as they are read: ``stat`` says 0
    for ``/dev/zero`` or a FIFO, which never end.
    """
    try:
        if path.is_dir():
            raise LinkedInFormatError(
                f"{path} is a folder: give the path of Connections.csv inside it."
            )
        with open(path, "rb") as stream:  # noqa: PTH123 - one bounded read
            data = stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise LinkedInFormatError(f"{path} is larger than 50 MB: not a connections export.")
        return data
    except FileNotFoundError:
        raise LinkedInFormatError(f"No file at {path}.") from None
    except PermissionError:
        raise LinkedInFormatError(f"Cannot read {path}: permission denied.") from None
    except OSError as exc:
        raise LinkedInFormatError(f"Cannot read {path}: {exc.strerror or exc}.") from None
