"""A save encodes again only the pieces of the big tables that changed.

At 10,000 contacts one changed record used to cost a ~37 ms encoding of the whole
4 MB plan, on the event loop. ``encoding.Pieces`` copies the last save's bytes for
every piece whose keys are still where they were and whose records were not
touched. The one thing that matters: **the file is always byte for byte a full
encoding of what memory holds.** Each test here checks exactly that, after every
change, through the store as the app uses it, with a small piece size so that a
few dozen records make many pieces.
"""

from __future__ import annotations

import errno
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netplan_tui.core.models import Contact, Goal, ProgressEvent
from netplan_tui.data import encoding, paths, storage
from netplan_tui.data.encoding import Pieces, encode_data, encode_with_cuts
from netplan_tui.data.pending import parse_pieces
from netplan_tui.data.storage import SaveError
from netplan_tui.data.store import Store
from tests.conftest import TODAY

SMALL = 4  # records per piece in these tests


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encoding, "CUT_EVERY", SMALL)


def file_bytes(store: Store) -> bytes:
    return paths.data_file(store.data_dir).read_bytes()


def assert_saved_as_memory(store: Store) -> None:
    """The file is a full encoding of memory, and its cuts read it back."""
    memory = store._storage.read()
    raw = file_bytes(store)
    assert raw == encode_data(memory)
    payload, spans, cuts = encode_with_cuts(memory, None)
    for name, starts in cuts.items():
        assert parse_pieces(raw, spans[name], starts) == memory[name]


def contacts_store(data_dir: Path, count: int, **kwargs: Any) -> Store:
    store = Store(data_dir, clock=lambda: TODAY, **kwargs)
    if count:
        with store.batch():
            for n in range(count):
                store.add_contact(Contact(name=f"Person {n}", company=f"Co {n % 7}"))
    return store


# ------------------------------------------------------------------ the encoder alone
def _table(count: int) -> dict[str, Any]:
    return {str(n): {"name": f"P{n}", "n": n} for n in range(1, count + 1)}


def _touch_first(pieces: Pieces, data: dict[str, Any]) -> None:
    pieces.touch("contacts", "1")
    data["contacts"]["1"]["name"] = "changed in place"


def _add(data: dict[str, Any]) -> None:
    table = data["contacts"]
    table[str(max(map(int, table)) + 1)] = {"name": "new"}


#: (name, what is done between two saves)
CHANGES = [
    ("nothing", lambda pieces, data: None),
    ("one record changed in place, touched", _touch_first),
    ("the last record changed in place, touched", lambda pieces, data: (
        pieces.touch("contacts", "30"), data["contacts"]["30"].update(name="last"))),
    ("a record added", lambda pieces, data: _add(data)),
    ("the first record removed", lambda pieces, data: data["contacts"].pop("1")),
    ("a middle record removed", lambda pieces, data: data["contacts"].pop("13")),
    ("a whole piece removed", lambda pieces, data: [data["contacts"].pop(str(n))
                                                    for n in range(5, 9)]),
    ("the table reordered", lambda pieces, data: data.__setitem__(
        "contacts", dict(reversed(list(data["contacts"].items()))))),
    ("a record replaced by a new value, touched", lambda pieces, data: (
        pieces.touch("contacts", "9"), data["contacts"].__setitem__("9", {"other": [1, 2]}))),
    ("the table shrunk below one piece", lambda pieces, data: data.__setitem__(
        "contacts", {"1": {"name": "only"}})),
    ("every record removed", lambda pieces, data: data.__setitem__("contacts", {})),
]


@pytest.mark.parametrize(("name", "change"), CHANGES, ids=[c[0] for c in CHANGES])
def test_after_each_kind_of_change_the_bytes_are_a_full_encoding(
    small_pieces: None, name: str, change: Any
) -> None:
    data = {"meta": {"1": {"app": "x"}}, "contacts": _table(30), "goals": _table(3)}
    pieces = Pieces()
    encode_with_cuts(data, pieces)
    pieces.commit()
    change(pieces, data)
    payload, spans, cuts = encode_with_cuts(data, pieces)
    assert payload == encode_data(data)
    assert spans == encode_with_cuts(data)[1]
    for table, starts in cuts.items():
        assert parse_pieces(payload, spans[table], starts) == data[table]
    pieces.commit()
    assert encode_with_cuts(data, pieces)[0] == payload  # and again, copied


def test_records_added_one_save_at_a_time_do_not_leave_tiny_pieces(small_pieces: None) -> None:
    data = {"contacts": _table(SMALL + 1)}
    pieces = Pieces()
    for _ in range(40):
        _add(data)
        payload, spans, cuts = encode_with_cuts(data, pieces)
        pieces.commit()
        assert payload == encode_data(data)
    count = len(data["contacts"])
    assert len(cuts["contacts"]) <= -(-count // SMALL) + 1


def test_a_piece_is_copied_not_encoded_again(small_pieces: None,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    data = {"contacts": _table(40)}
    pieces = Pieces()
    encode_with_cuts(data, pieces)
    pieces.commit()
    encoded: list[Any] = []
    real = encoding._dumps
    monkeypatch.setattr(encoding, "_dumps", lambda value: encoded.append(value) or real(value))
    pieces.touch("contacts", "17")
    data["contacts"]["17"]["name"] = "Zoë 🚀 [bold]"
    payload = encode_with_cuts(data, pieces)[0]
    assert encoded == [{str(n): data["contacts"][str(n)] for n in range(17, 21)}]
    monkeypatch.setattr(encoding, "_dumps", real)
    assert payload == encode_data(data)


# ------------------------------------------------------------------ through the store
def test_each_store_change_is_saved_exactly(small_pieces: None, tmp_path: Path) -> None:
    store = contacts_store(tmp_path, 30)
    contacts = store.contacts()
    changed = contacts[10]
    changed.notes = "Zoë 🚀 [@click=app.quit] " + "x" * 10_000
    store.update_contact(changed)
    assert_saved_as_memory(store)
    store.delete_contact(contacts[0].id)
    assert_saved_as_memory(store)
    store.add_contact(Contact(name="late"))
    assert_saved_as_memory(store)
    store.apply_import([Contact(name="imported")], [contacts[20]])
    assert_saved_as_memory(store)
    goal = store.add_goal(Goal(month="2026-11", text="Meet 4 people"))
    for n in range(6):
        store.add_event(ProgressEvent(goal_id=goal.id, day=f"2026-11-0{n + 1}",
                                      progress=n + 1, delta=1))
    deleted = store.delete_goal(goal.id)
    assert_saved_as_memory(store)
    assert deleted is not None
    store.restore_goal(*deleted)
    assert_saved_as_memory(store)
    kept = [c.to_dict() for c in store.contacts()]
    store.close()
    again = Store(tmp_path, clock=lambda: TODAY)
    assert [c.to_dict() for c in again.contacts()] == kept
    assert any(c.notes.startswith("Zoë 🚀 [@click") for c in again.contacts())
    again.close()


def test_a_failed_save_puts_memory_back_and_the_next_save_is_exact(
    small_pieces: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = contacts_store(tmp_path, 30)
    before = file_bytes(store)
    victim = store.contacts()[5]
    victim.name = "not saved"
    real = storage.atomic_write_bytes

    def full_disk(path: Path, payload: bytes, *args: Any, **kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage, "atomic_write_bytes", full_disk)
    with pytest.raises(SaveError):
        store.update_contact(victim)
    monkeypatch.setattr(storage, "atomic_write_bytes", real)
    assert file_bytes(store) == before
    other = store.contacts()[6]
    other.name = "saved"
    store.update_contact(other)
    assert_saved_as_memory(store)
    names = [c.name for c in store.contacts()]
    assert "saved" in names and "not saved" not in names
    store.close()


def test_a_deferred_open_copies_the_pieces_it_parsed(
    small_pieces: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    contacts_store(tmp_path, 40).close()
    store = Store(tmp_path, clock=lambda: TODAY, defer=True)
    store.use()
    encoded: list[Any] = []
    real = encoding._dumps
    monkeypatch.setattr(encoding, "_dumps", lambda value: encoded.append(value) or real(value))
    contact = store.contacts()[21]
    contact.role = "Engineer"
    store.update_contact(contact)
    monkeypatch.setattr(encoding, "_dumps", real)
    assert_saved_as_memory(store)
    big = [value for value in encoded if isinstance(value, dict) and len(value) > 1
           and all(isinstance(v, dict) and "name" in v for v in value.values())]
    assert big == [{k: store._storage.read()["contacts"][k] for k in ("21", "22", "23", "24")}]
    store.close()


def test_a_key_in_two_pieces_is_not_copied(small_pieces: None, tmp_path: Path) -> None:
    """Only a hand-made file holds a key twice; memory keeps one value, so the
    pieces' bytes would say something else: they are not used."""
    store = contacts_store(tmp_path, 12)
    store.close()
    path = paths.data_file(tmp_path)
    raw = path.read_bytes()
    index = storage.read_table_index(path, raw)
    assert index is not None
    twice = raw.replace(b'"5":{', b'"1":{', 1)  # the same length: the spans still hold
    assert twice != raw and len(json.loads(twice)["contacts"]) == 11
    path.write_bytes(twice)
    storage.write_index(path, twice, index.spans, index.checked_by, index.records, index.cuts)
    store = Store(tmp_path, clock=lambda: TODAY, defer=True)
    store.use()
    assert "contacts" not in store._storage.pieces._saved
    assert len(store.contacts()) == 11
    first = store.contacts()[0]
    first.notes = "kept"
    store.update_contact(first)
    assert_saved_as_memory(store)
    store.close()


# ------------------------------------------------------------------ any sequence
_op = st.one_of(
    st.tuples(st.just("update"), st.integers(0, 200), st.text(max_size=12)),
    st.tuples(st.just("add"), st.text(max_size=12)),
    st.tuples(st.just("delete"), st.integers(0, 200)),
    st.tuples(st.just("import"), st.integers(0, 5), st.integers(0, 200)),
    st.tuples(st.just("batch"), st.integers(0, 200), st.booleans()),
    st.tuples(st.just("reopen"), st.booleans()),
)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_op, max_size=14))
def test_any_sequence_of_changes_is_saved_exactly(
    small_pieces: None, tmp_path_factory: pytest.TempPathFactory, ops: list[tuple[Any, ...]]
) -> None:
    folder = tmp_path_factory.mktemp("seq")
    store = contacts_store(folder, 17)
    try:
        for op in ops:
            contacts = store.contacts()
            pick = contacts[op[1] % len(contacts)] if contacts and isinstance(
                op[1], int) else None
            if op[0] == "update" and pick is not None:
                pick.name = op[2]
                store.update_contact(pick)
            elif op[0] == "add":
                store.add_contact(Contact(name=op[1]))
            elif op[0] == "delete" and pick is not None:
                store.delete_contact(pick.id)
            elif op[0] == "import":
                updated = [contacts[op[2] % len(contacts)]] if contacts else []
                for contact in updated:
                    contact.company = "Imported Co"
                store.apply_import([Contact(name=f"new {n}") for n in range(op[1])], updated)
            elif op[0] == "batch" and pick is not None:
                try:
                    with store.batch():
                        pick.email = "a@b.c"
                        store.update_contact(pick)
                        store.add_contact(Contact(name="in batch"))
                        if op[2]:
                            raise RuntimeError("given up")
                except RuntimeError:
                    pass
            elif op[0] == "reopen":
                store.close()
                store = Store(folder, clock=lambda: TODAY, defer=op[1])
                store.use()
                continue
            assert_saved_as_memory(store)
        assert json.loads(file_bytes(store)) == store._storage.read()
    finally:
        store.close()
