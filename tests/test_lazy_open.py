"""Read-only stores that parse and check each table on first use, and the table index.

A lazy store must hand out exactly what a fully validated store hands out, must
refuse a damaged table with the same message the moment it is read, and must
never write. The index beside the data file only says where each table lies: a
stale, torn or forged one falls back to reading (or checking) everything.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from netplan_tui.core.models import (
    Contact,
    Goal,
    MonthReview,
    Plan,
    ProgressEvent,
    Quality,
)
from netplan_tui.data import paths
from netplan_tui.data.encoding import encode_data, encode_tables
from netplan_tui.data.schema import validate_data
from netplan_tui.data.storage import DataFileError, SaveError, index_path, read_table_index
from netplan_tui.data.store import Store
from tests.conftest import TODAY


def seeded(data_dir: Path) -> None:
    """A small plan with a record in every table, saved by a writing store."""
    with Store(data_dir, clock=lambda: TODAY) as store, store.batch():
        store.save_plan(Plan(primary_goal="job_search", weekly_hours=3, vision="[bold]x"))
        store.set_setting("theme", "nord")
        store.add_quality(Quality(name="Recruiters at remote-first companies", target=3))
        store.add_contact(Contact(name="Ana 李 [@click=app.quit]", role="CTO"))
        store.add_contact(Contact(name="Ben", role="Recruiter"))
        goal = store.add_goal(Goal(month="2026-11", text="Message 3 recruiters", target=3))
        store.add_event(ProgressEvent(goal_id=goal.id or 0, day="2026-11-02", progress=1,
                                      delta=1))
        store.save_review(MonthReview(month="2026-10", summary="a lot"))


def everything(store: Store) -> dict[str, object]:
    return {
        "plan": store.get_plan(), "settings": store.get_setting("theme"),
        "qualities": store.qualities(), "contacts": store.contacts(), "goals": store.goals(),
        "events": store.events(), "review": store.get_review("2026-10"),
        "snapshot": store.snapshot(), "empty": store.is_empty(),
    }


def damage(data_dir: Path, table: str, field: str, value: object) -> bytes:
    """Give the first record of ``table`` a bad ``field`` (like a hand edit); return the bytes."""
    path = paths.data_file(data_dir)
    data = json.loads(path.read_bytes())
    first = next(iter(data[table]))
    data[table][first][field] = value
    raw = json.dumps(data).encode()
    path.write_bytes(raw)
    return raw


def write_indexed(data_dir: Path, data: dict) -> bytes:
    """Write ``data`` as the data file with an index that matches it (as a save does)."""
    payload, spans = encode_tables(data)
    assert spans is not None
    paths.data_file(data_dir).write_bytes(payload)
    index_path(paths.data_file(data_dir)).write_text(json.dumps(
        {"version": 1, "bytes": len(payload), "crc32": zlib.crc32(payload),
         "tables": {k: list(v) for k, v in spans.items()}}))
    return payload


def eager_message(data_dir: Path) -> str:
    with pytest.raises(DataFileError) as info:
        Store(data_dir, readonly=True)
    return info.value.detail


# ------------------------------------------------------------------ encoding and index
_names = st.text(min_size=1, max_size=12)
_scalars = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=20) | \
    st.floats(allow_nan=False, allow_infinity=False)
_values = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4)
                       | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(_names, st.dictionaries(st.text(max_size=6), _values, max_size=4),
                       max_size=6))
def test_table_spans_hold_each_table(data: dict[str, dict[str, object]]) -> None:
    payload, spans = encode_tables(data)
    compact = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    assert payload == compact.encode("utf-8") == encode_data(data)
    assert spans is not None and list(spans) == list(data)
    for name, (start, end) in spans.items():
        assert json.loads(payload[start:end]) == data[name]


@pytest.mark.parametrize(
    ("data", "error"),
    [({"t": {"1": float("nan")}}, ValueError), ({"t": {"1": "\ud800"}}, UnicodeEncodeError),
     ({"t": {"1": object()}}, TypeError)],
    ids=["nan", "lone-surrogate", "not-json"],
)
def test_encoding_refuses_what_cannot_be_read_back(data: dict, error: type) -> None:
    with pytest.raises(error):
        encode_tables(data)


def test_a_table_name_that_is_not_text_gets_no_spans() -> None:
    payload, spans = encode_tables({1: {"1": {"a": 1}}})  # type: ignore[dict-item]
    assert spans is None and json.loads(payload) == {"1": {"1": {"a": 1}}}


def test_each_save_writes_a_matching_index(data_dir: Path) -> None:
    seeded(data_dir)
    raw = paths.data_file(data_dir).read_bytes()
    index = read_table_index(paths.data_file(data_dir), raw)
    assert index is not None
    spans = index.spans
    assert {name: json.loads(raw[a:b]) for name, (a, b) in spans.items()} == json.loads(raw)
    assert index_path(paths.data_file(data_dir)).stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("change", ["one-byte", "longer", "index-garbage", "index-version",
                                    "index-span-outside", "index-missing"])
def test_an_index_that_does_not_match_is_ignored(data_dir: Path, change: str) -> None:
    seeded(data_dir)
    path = paths.data_file(data_dir)
    raw = path.read_bytes()
    index = index_path(path)
    if change == "one-byte":  # same size, another byte: the CRC-32 differs
        raw = raw.replace(b'"Ben"', b'"Bem"')
    elif change == "longer":
        raw = raw + b" "
    elif change == "index-garbage":
        index.write_bytes(b"\x00{not json")
    elif change == "index-version":
        index.write_text(index.read_text().replace('"version":1', '"version":2'))
    elif change == "index-span-outside":
        body = json.loads(index.read_text())
        body["tables"]["contacts"] = [5, len(raw) + 10]
        index.write_text(json.dumps(body))
    else:
        index.unlink()
    assert read_table_index(path, raw) is None


# ------------------------------------------------------------------ lazy stores
@pytest.mark.parametrize("with_index", [True, False], ids=["index", "no-index"])
def test_lazy_store_hands_out_what_a_full_open_does(data_dir: Path, with_index: bool) -> None:
    seeded(data_dir)
    if not with_index:  # a file saved by an older netplan-tui, or by hand
        index_path(paths.data_file(data_dir)).unlink()
    with Store(data_dir, readonly=True) as full:
        expected = everything(full)
        expected_bytes = full.saved_bytes()
    with Store(data_dir, readonly=True, lazy=True) as lazy:
        assert everything(lazy) == expected
        assert json.loads(lazy.saved_bytes()) == json.loads(expected_bytes)


def test_lazy_store_reads_only_the_tables_it_is_asked_for(data_dir: Path) -> None:
    seeded(data_dir)
    with Store(data_dir, readonly=True, lazy=True) as lazy:
        lazy.goals()
        assert set(lazy._storage.read()) == {"meta", "goals"}
        lazy.use(("contacts",))
        assert set(lazy._storage.read()) == {"meta", "goals", "contacts"}


def test_lazy_needs_read_only(data_dir: Path) -> None:
    with pytest.raises(ValueError, match="read-only"):
        Store(data_dir, lazy=True)


@pytest.mark.parametrize("with_index", [True, False], ids=["index", "no-index"])
@pytest.mark.parametrize(
    ("table", "field", "value", "read"),
    [("contacts", "name", {"first": "Ada"}, "contacts"),
     ("goals", "month", "2026-13", "goals"),
     ("events", "delta", 1e308, "events"),
     ("qualities", "target", "three", "qualities"),
     ("plan", "weekly_hours", -1, "get_plan"),
     ("reviews", "summary", ["not", "text"], "get_review")],
)
def test_damaged_table_is_refused_when_read_and_nothing_is_written(
    data_dir: Path, with_index: bool, table: str, field: str, value: object, read: str
) -> None:
    seeded(data_dir)
    raw = damage(data_dir, table, field, value)
    index = index_path(paths.data_file(data_dir))
    if with_index:  # the index matches the damaged file: as if a save had written it
        raw = write_indexed(data_dir, json.loads(raw))
    else:
        index.unlink()
    expected = eager_message(data_dir)
    before = os.stat(paths.data_file(data_dir))
    store = Store(data_dir, readonly=True, lazy=True)  # meta is fine: the open works
    other = "goals" if table != "goals" else "contacts"
    getattr(store, other)()  # a healthy table still reads
    for _ in range(2):  # and the damaged one is refused on every read, not only the first
        with pytest.raises(DataFileError) as info:
            method = getattr(store, read)
            method("2026-10") if read == "get_review" else method()
        assert info.value.kind == "foreign" and info.value.detail == expected
    with pytest.raises(DataFileError):
        store.snapshot()
    with pytest.raises(SaveError):
        store.add_contact(Contact(name="Not saved"))
    store.close()
    after = os.stat(paths.data_file(data_dir))
    assert paths.data_file(data_dir).read_bytes() == raw
    assert (after.st_mtime_ns, after.st_ino) == (before.st_mtime_ns, before.st_ino)
    assert index.exists() == with_index


def test_a_forged_index_never_hands_out_unchecked_records(data_dir: Path) -> None:
    """A span pointing elsewhere (with the file's right CRC-32) still goes through the checks."""
    seeded(data_dir)
    path = paths.data_file(data_dir)
    raw = path.read_bytes()
    index = index_path(path)
    body = json.loads(index.read_text())
    start = raw.index(b'"Ben"')
    body["tables"]["goals"] = [start, start + len(b'"Ben"')]  # a name, not a table
    index.write_text(json.dumps(body))
    with Store(data_dir, readonly=True, lazy=True) as store, \
            pytest.raises(DataFileError) as info:
        store.goals()
    assert info.value.kind == "foreign"
    assert info.value.detail == "The data's 'goals' part has the wrong shape."


@pytest.mark.parametrize("meta", [{"1": {"app": "other"}},
                                  {"1": {"app": "netplan-tui", "schema_version": 99}}],
                         ids=["foreign", "newer"])
def test_meta_is_checked_at_open(data_dir: Path, meta: dict) -> None:
    seeded(data_dir)
    path = paths.data_file(data_dir)
    data = json.loads(path.read_bytes())
    data["meta"] = meta
    raw = json.dumps(data).encode()
    path.write_bytes(raw)
    with pytest.raises(DataFileError) as info:
        Store(data_dir, readonly=True, lazy=True)
    assert info.value.detail == eager_message(data_dir)
    assert path.read_bytes() == raw


def test_full_validation_still_finds_every_problem_the_lazy_one_finds(data_dir: Path) -> None:
    seeded(data_dir)
    damage(data_dir, "events", "day", "yesterday")
    data = json.loads(paths.data_file(data_dir).read_bytes())
    with pytest.raises(DataFileError) as info:
        validate_data(paths.data_file(data_dir), data)
    assert "'day' should be a date" in info.value.detail


# ------------------------------------------------------------------ lazy and full agree
_RECORDS = {"plan": Plan, "qualities": Quality, "contacts": Contact, "goals": Goal,
            "events": ProgressEvent, "reviews": MonthReview, "settings": None}


@pytest.fixture(scope="module")
def seeded_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    data_dir = tmp_path_factory.mktemp("seed") / "data"
    seeded(data_dir)
    return paths.data_file(data_dir).read_bytes()


def _outcome(open_store, data_dir: Path) -> tuple[str, object]:  # noqa: ANN001
    try:
        with open_store(data_dir) as store:
            return "", everything(store)
    except DataFileError as exc:
        return exc.detail, None


@settings(max_examples=60, deadline=None)
@given(table=st.sampled_from(sorted(_RECORDS)), data=st.data(), value=_values,
       with_index=st.booleans())
def test_lazy_and_full_opens_agree(
    seeded_bytes: bytes, tmp_path_factory: pytest.TempPathFactory, table: str,
    data: st.DataObject, value: object, with_index: bool,
) -> None:
    """Any one value put in any field: refused by both with the same sentence, or the same plan."""
    cls = _RECORDS[table]
    names = ["theme", "extra"] if cls is None else [*cls.__dataclass_fields__, "extra"]
    field = data.draw(st.sampled_from(sorted(set(names) - {"id"})))
    data_dir = tmp_path_factory.mktemp("plan")
    plan = json.loads(seeded_bytes)
    next(iter(plan[table].values()))[field] = value
    if with_index:
        write_indexed(data_dir, plan)
    else:
        paths.data_file(data_dir).write_bytes(json.dumps(plan).encode())
    full = _outcome(lambda d: Store(d, readonly=True), data_dir)
    lazy = _outcome(lambda d: Store(d, readonly=True, lazy=True), data_dir)
    event("refused" if full[0] else "kept")
    assert lazy == full
