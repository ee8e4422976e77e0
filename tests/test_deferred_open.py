"""The app's open: contacts and events are parsed after the first screen, never lost.

A deferred store (``Store(defer=True)``, how the app opens its data) leaves the
two big tables unparsed when the file's index vouches for it. It must hand out
exactly what a fully read store hands out, every change made before those
tables were read must keep them, a thread may read them while the app runs,
and a file the index does not vouch for is read and checked whole, as before.
"""

from __future__ import annotations

import errno
import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netplan_tui.core.models import Contact, Goal, MonthReview, Plan, ProgressEvent, Quality
from netplan_tui.data import paths, storage
from netplan_tui.data.encoding import CUT_EVERY, encode_data, encode_with_cuts
from netplan_tui.data.pending import DEFERRED_TABLES, parse_pieces
from netplan_tui.data.storage import DataFileError, SaveError, index_path, read_table_index
from netplan_tui.data.store import Store
from tests.conftest import TODAY, make_test_app, reopen
from tests.test_lazy_open import damage, everything, seeded


def deferred(data_dir: Path) -> Store:
    return Store(data_dir, clock=lambda: TODAY, defer=True)


def in_memory(store: Store) -> set[str]:
    """The tables the store has parsed so far."""
    return set(store._storage.read())


def saved_data(data_dir: Path) -> dict[str, Any]:
    return json.loads(paths.data_file(data_dir).read_bytes())


# ------------------------------------------------------------------ encoding and pieces
_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=30) | st.sampled_from(
    ['},"2":{', '"', "\\", '\\"', "[bold]", "[@click=app.quit]", "🚀 李", "\n\t", ":", ","])
_scalar = st.none() | st.booleans() | st.integers(-(2**60), 2**60) | _text | st.floats(
    allow_nan=False, allow_infinity=False)
_record = st.dictionaries(_text, _scalar | st.lists(_scalar, max_size=4), max_size=6)


@settings(max_examples=60, deadline=None)
@given(st.lists(_record, min_size=1, max_size=8), st.integers(1, 3 * CUT_EVERY + 7))
def test_a_big_table_cut_in_pieces_saves_the_same_bytes_and_reads_back(
    pool: list[dict[str, Any]], count: int
) -> None:
    records = [pool[n % len(pool)] for n in range(count)]
    data = {"meta": {"1": {"app": "x"}}, "contacts": {str(n): r for n, r in enumerate(records)}}
    payload, spans, cuts = encode_with_cuts(data)
    assert payload == encode_data(data) == json.dumps(
        data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    assert spans is not None
    if count <= CUT_EVERY:
        assert cuts == {}
        return
    assert list(cuts) == ["contacts"] and len(cuts["contacts"]) == -(-count // CUT_EVERY)
    assert parse_pieces(payload, spans["contacts"], cuts["contacts"]) == data["contacts"]


def test_parse_pieces_pauses_after_each_piece() -> None:
    table = {str(n): {"name": f"Person {n}", "skills": "Python"} for n in range(1, 1001)}
    payload, spans, cuts = encode_with_cuts({"contacts": table})
    assert spans is not None
    calls: list[int] = []
    parsed = parse_pieces(payload, spans["contacts"], cuts["contacts"], lambda: calls.append(1))
    assert parsed == table and len(calls) == len(cuts["contacts"]) == -(-1000 // CUT_EVERY)


@pytest.mark.parametrize("shift", [-1, 1, 7])
def test_cuts_that_do_not_fall_between_records_are_refused(shift: int) -> None:
    table = {str(n): {"name": f"P{n}", "notes": '},"9":{'} for n in range(600)}
    payload, spans, cuts = encode_with_cuts({"contacts": table})
    assert spans is not None
    wrong = [cuts["contacts"][0], cuts["contacts"][1] + shift, cuts["contacts"][2]]
    with pytest.raises(ValueError):
        parse_pieces(payload, spans["contacts"], wrong)


def test_each_save_names_the_cuts_of_its_big_tables(data_dir: Path) -> None:
    with Store(data_dir, clock=lambda: TODAY) as store:
        store.apply_import([Contact(name=f"P{n}") for n in range(CUT_EVERY * 2 + 1)], [])
    raw = paths.data_file(data_dir).read_bytes()
    index = read_table_index(paths.data_file(data_dir), raw)
    assert index is not None and len(index.cuts["contacts"]) == 3
    assert index.records["contacts"] == CUT_EVERY * 2 + 1
    with deferred(data_dir) as store:
        assert [c.name for c in store.contacts()] == [f"P{n}" for n in range(CUT_EVERY * 2 + 1)]


# ------------------------------------------------------------------ opening
def test_the_big_tables_wait_and_everything_reads_the_same(data_dir: Path) -> None:
    seeded(data_dir)
    with Store(data_dir, clock=lambda: TODAY) as full:
        expected = everything(full)
    with deferred(data_dir) as store:
        assert not in_memory(store) & set(DEFERRED_TABLES)
        assert store.contact_count() == 2  # from the index: nothing parsed for it
        assert not in_memory(store) & set(DEFERRED_TABLES)
        assert everything(store) == expected
        assert set(DEFERRED_TABLES) <= in_memory(store)


def test_use_in_a_thread_reads_them(data_dir: Path) -> None:
    seeded(data_dir)
    with deferred(data_dir) as store:
        worker = threading.Thread(target=store.use)
        worker.start()
        names = [c.name for c in store.contacts()]  # while the thread may be parsing
        worker.join()
        assert names == ["Ana 李 [@click=app.quit]", "Ben"]
        assert set(DEFERRED_TABLES) <= in_memory(store)


def test_an_index_without_counts_reads_everything_at_once(data_dir: Path) -> None:
    seeded(data_dir)
    index = index_path(paths.data_file(data_dir))
    body = json.loads(index.read_text())
    del body["records"]  # as saves of the previous version wrote it
    index.write_text(json.dumps(body))
    with deferred(data_dir) as store:
        assert set(DEFERRED_TABLES) <= in_memory(store)
        assert store.contact_count() == 2


def test_a_file_changed_by_hand_is_checked_whole_at_open(data_dir: Path) -> None:
    seeded(data_dir)
    damage(data_dir, "contacts", "strength", "very")  # the index no longer matches
    with pytest.raises(DataFileError) as info:
        deferred(data_dir)
    with pytest.raises(DataFileError) as eager:
        Store(data_dir)
    assert info.value.detail == eager.value.detail and "strength" in info.value.detail


def test_an_index_that_claims_no_checks_reads_and_checks_everything(data_dir: Path) -> None:
    seeded(data_dir)
    index = index_path(paths.data_file(data_dir))
    body = json.loads(index.read_text())
    body["checked_by"] = "another version"
    index.write_text(json.dumps(body))
    with deferred(data_dir) as store:
        assert set(DEFERRED_TABLES) <= in_memory(store)


# ------------------------------------------------------------------ changes
def _first_contact(store: Store) -> Contact:
    return store.contacts()[0]


CHANGES: dict[str, Any] = {
    "add contact": lambda s: s.add_contact(Contact(name="Chidi")),
    "edit contact": lambda s: s.update_contact(Contact(name="Ana B", id=1)),
    "delete contact": lambda s: s.delete_contact(2),
    "import": lambda s: s.apply_import([Contact(name="Dana")], [Contact(name="Benny", id=2)]),
    "add goal": lambda s: s.add_goal(Goal(month="2026-11", text="Meet 2 CTOs", target=2)),
    "edit goal": lambda s: s.update_goal(Goal(month="2026-11", text="Message 4", target=4, id=1)),
    "delete goal": lambda s: s.delete_goal(1),
    "add event": lambda s: s.add_event(ProgressEvent(goal_id=1, day="2026-11-03", progress=2,
                                                     delta=1)),
    "setting": lambda s: s.set_setting("theme", "gruvbox"),
    "plan": lambda s: s.save_plan(Plan(primary_goal="job_search", weekly_hours=5)),
    "add quality": lambda s: s.add_quality(Quality(name="Hiring managers", target=2)),
    "review": lambda s: s.save_review(MonthReview(month="2026-11", summary="ok")),
}


@pytest.mark.parametrize("change", list(CHANGES), ids=list(CHANGES))
def test_a_change_before_the_big_tables_are_read_keeps_them(
    tmp_path: Path, change: str
) -> None:
    """Each change, made first thing on a deferred store, saves what a full store saves."""
    results = []
    for defer in (False, True):
        folder = tmp_path / str(defer)
        seeded(folder)
        with Store(folder, clock=lambda: TODAY, defer=defer) as store:
            CHANGES[change](store)
        results.append(saved_data(folder))
    full, after_defer = results
    assert after_defer == full
    assert after_defer["contacts"] and after_defer["events"] or change == "delete goal"


def test_a_failed_save_puts_everything_back(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeded(data_dir)
    before = paths.data_file(data_dir).read_bytes()

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with deferred(data_dir) as store:
        monkeypatch.setattr(storage, "atomic_write_bytes", full_disk)
        with pytest.raises(SaveError):
            store.add_contact(Contact(name="Chidi"))
        monkeypatch.undo()
        assert [c.name for c in store.contacts()] == ["Ana 李 [@click=app.quit]", "Ben"]
        assert len(store.events()) == 1
        store.add_contact(Contact(name="Chidi"))
    assert paths.data_file(data_dir).read_bytes() != before
    assert len(saved_data(data_dir)["contacts"]) == 3 and len(saved_data(data_dir)["events"]) == 1


def test_a_change_that_skips_reading_writes_nothing(data_dir: Path) -> None:
    """The net under every change: what is in memory is saved only when it is all there."""
    seeded(data_dir)
    before = paths.data_file(data_dir).read_bytes()
    with deferred(data_dir) as store:
        with pytest.raises(SaveError, match="not read yet"):
            store._db.table("goals").insert({"month": "2026-11", "text": "x", "target": 1})
        assert paths.data_file(data_dir).read_bytes() == before
        assert len(store.contacts()) == 2 and len(store.goals()) == 1


def test_a_restore_replaces_what_was_not_read_yet(data_dir: Path, tmp_path: Path) -> None:
    seeded(data_dir)
    other = tmp_path / "other"
    with Store(other, clock=lambda: TODAY) as source:
        source.add_contact(Contact(name="Only one"))
        data = source.snapshot()
    with deferred(data_dir) as store:
        store.replace_all(data)
        assert [c.name for c in store.contacts()] == ["Only one"]
        assert store.events() == []
    assert [c["name"] for c in saved_data(data_dir)["contacts"].values()] == ["Only one"]


def test_a_thread_reading_while_a_contact_is_added_loses_nothing(data_dir: Path) -> None:
    with Store(data_dir, clock=lambda: TODAY) as store:
        store.apply_import([Contact(name=f"Person {n}") for n in range(3000)], [])
    for round_ in range(3):
        with deferred(data_dir) as store:
            worker = threading.Thread(target=store.use)
            worker.start()
            store.add_contact(Contact(name=f"Added {round_}"))
            worker.join()
    with Store(data_dir) as store:
        names = [c.name for c in store.contacts()]
    assert len(names) == 3003 and names[-3:] == ["Added 0", "Added 1", "Added 2"]


# ------------------------------------------------------------------ the app
def test_work_ahead_waits_for_a_key_only_off_the_event_loop(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netplan_tui.tui import app as app_module

    app = make_test_app(store)
    assert store.parse_pause == app._wait_for_keys
    monkeypatch.setattr(type(app), "keys_pending", property(lambda self: 1))
    monkeypatch.setattr(app_module, "KEY_WAIT", 0.05)
    waited: list[float] = []

    def in_thread() -> None:
        start = time.monotonic()
        app._wait_for_keys()
        waited.append(time.monotonic() - start)

    start = time.monotonic()
    app._wait_for_keys()  # on the event loop's thread: never waits
    on_loop = time.monotonic() - start
    worker = threading.Thread(target=in_thread)
    worker.start()
    worker.join()
    assert on_loop < 0.05 <= waited[0]


async def test_the_app_reads_them_after_its_first_screen_and_saves_them(data_dir: Path) -> None:
    with Store(data_dir, clock=lambda: TODAY) as store:
        store.save_plan(Plan(primary_goal="job_search", weekly_hours=3, onboarding_done=True))
        store.apply_import([Contact(name=f"Person {n:04}") for n in range(2500)], [])
        goal = store.add_goal(Goal(month="2026-11", text="Message 3 recruiters", target=3))
        store.add_event(ProgressEvent(goal_id=goal.id or 0, day="2026-11-02", progress=1,
                                      delta=1))
    store = reopen(store)
    app = make_test_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await pilot.press("n")
        await pilot.press(*"Zoë [bold]")
        await pilot.press("ctrl+s")
        await pilot.press("ctrl+q")
    store = reopen(store)
    names = [c.name for c in store.contacts()]
    assert len(names) == 2501 and "Zoë [bold]" in names
    assert len(store.events()) == 1
    store.close()
