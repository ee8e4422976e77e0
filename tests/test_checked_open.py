"""A plan is not checked record by record again when it is byte for byte what a save of
this version wrote; any other file is checked whole (``data/schema.validate_file``).

Every record passes the store's check before it is stored, and the index written
after each save names the file's size and CRC-32 and those rules (``CHECKED_BY``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netplan_tui.core.models import Contact
from netplan_tui.data import paths
from netplan_tui.data import schema as schema_module
from netplan_tui.data.storage import DataFileError, index_path
from netplan_tui.data.store import Store
from tests.conftest import TODAY, reopen


def count_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every table the record-by-record check looks at, from now on."""
    seen: list[str] = []
    real = schema_module.one_table_problem

    def counted(name: str, table: object) -> str:
        seen.append(name)
        return real(name, table)

    monkeypatch.setattr(schema_module, "one_table_problem", counted)
    return seen


def saved_plan(store: Store) -> Path:
    for n in range(30):
        store.add_contact(Contact(name=f"Person {n}", strength=3, company="Acme"))
    return paths.data_file(store.data_dir)


def index(data_file: Path) -> dict:
    return json.loads(index_path(data_file).read_text(encoding="utf-8"))


def test_a_save_names_the_rules_its_records_passed(store: Store) -> None:
    data_file = saved_plan(store)
    assert index(data_file)["checked_by"] == schema_module.CHECKED_BY


def test_a_plan_as_saved_opens_without_checking_records(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved_plan(store)
    seen = count_checks(monkeypatch)
    again = reopen(store)
    try:
        assert seen == []
        assert len(again.contacts()) == 30
    finally:
        again.close()


@pytest.mark.parametrize("how", ["same size", "other size"])
def test_a_plan_edited_by_hand_is_checked_whole(
    store: Store, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """A damaged record in a file changed after its save is refused, as before."""
    data_file = saved_plan(store)
    store.close()
    raw = data_file.read_bytes()
    bad = raw.replace(b'"strength":3', b'"strength":9' if how == "same size" else b'"strength":99',
                      1)
    assert bad != raw
    data_file.write_bytes(bad)
    seen = count_checks(monkeypatch)
    with pytest.raises(DataFileError) as caught:
        Store(store.data_dir, clock=lambda: TODAY)
    assert "strength" in str(caught.value)
    assert "contacts" in seen


@pytest.mark.parametrize("checked_by", [None, "netplan-tui 0.0.1, schema 1", 7])
def test_a_plan_saved_under_other_rules_is_checked_whole(
    store: Store, monkeypatch: pytest.MonkeyPatch, checked_by: object
) -> None:
    """An index naming no rules, another version's, or nonsense: checked whole."""
    data_file = saved_plan(store)
    store.close()
    shown = index(data_file)
    if checked_by is None:
        del shown["checked_by"]
    else:
        shown["checked_by"] = checked_by
    index_path(data_file).write_text(json.dumps(shown), encoding="utf-8")
    seen = count_checks(monkeypatch)
    again = Store(store.data_dir, clock=lambda: TODAY)
    again.close()
    assert "contacts" in seen


def test_a_forged_index_cannot_hide_a_change(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index names the bytes it was written for: one copied from another save of
    the same plan does not match the changed file."""
    data_file = saved_plan(store)
    old_index = index_path(data_file).read_bytes()
    store.add_contact(Contact(name="One more", strength=2))
    store.close()
    index_path(data_file).write_bytes(old_index)
    seen = count_checks(monkeypatch)
    again = Store(store.data_dir, clock=lambda: TODAY)
    try:
        assert "contacts" in seen
        assert len(again.contacts()) == 31
    finally:
        again.close()
