"""The store: every record type survives a restart; batches, undo, schema and migrations."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netplan_tui.core import models
from netplan_tui.core.models import Contact, Goal, MonthReview, Plan, ProgressEvent, Quality
from netplan_tui.data import paths
from netplan_tui.data import schema as schema_module
from netplan_tui.data import store as store_module
from netplan_tui.data.storage import DataFileError, SaveError
from netplan_tui.data.store import APP_ID, Store, validate_data
from tests.conftest import TODAY, reopen


def file_data(store: Store) -> dict:
    return json.loads(store.path.read_text("utf-8"))


def test_new_store_writes_schema_version(store: Store) -> None:
    meta = file_data(store)["meta"]
    assert meta == {"1": {"app": APP_ID, "schema_version": models.SCHEMA_VERSION}}


def test_every_record_type_round_trips(store: Store) -> None:
    plan = Plan(
        primary_goal="job_search",
        secondary_goals=["community", "custom"],
        custom_goal="Meet Rust people",
        vision="In six months my network will include ten backend developers.",
        weekly_hours=2.5,
        dream_jobs="Backend at GitLab",
        changes="More events",
        onboarding_done=True,
    )
    store.save_plan(plan)
    quality = store.add_quality(Quality(category="roles", name="Backend developer", target=5))
    contact = store.add_contact(
        Contact(
            name="Ada",
            role="Engineer",
            company="Acme",
            where_met="event",
            strength=4,
            last_contact="2026-11-01",
            notes="Met at PyCon",
        )
    )
    goal = store.add_goal(
        Goal(
            month="2026-11",
            text="Message 3 backend developers on LinkedIn by 30 November.",
            target=3,
            unit="messages",
            answers={"specific": "Backend developers", "measurable": "3 messages"},
            deadline="2026-11-30",
        )
    )
    assert goal.id is not None
    event = store.add_event(ProgressEvent(goal_id=goal.id, day="2026-11-28", progress=1, delta=1))
    review = store.save_review(
        MonthReview(month="2026-10", outcomes={"1": "done"}, notes={"1": "worked"}, summary="ok")
    )
    store.set_setting("theme", "nord")
    store.set_setting("columns", ["name", "company"])

    again = reopen(store)
    try:
        assert again.get_plan() == plan
        assert again.qualities() == [quality]
        assert again.contacts() == [contact]
        assert again.goals() == [goal]
        assert again.goals("2026-11") == [goal]
        assert again.goals("2026-10") == []
        assert again.get_goal(goal.id).answers == goal.answers  # type: ignore[union-attr]
        assert again.events() == [event] and again.events(goal.id) == [event]
        assert again.get_review("2026-10") == review
        assert again.get_setting("theme") == "nord"
        assert again.get_setting("columns") == ["name", "company"]
        assert again.get_setting("missing", "dflt") == "dflt"
        assert again.months() == ["2026-11"]
        assert goal.created == TODAY.isoformat()
    finally:
        again.close()


def test_records_are_copies(store: Store) -> None:
    """Changing a record (even its nested dict) changes nothing until it is saved."""
    goal = store.add_goal(Goal(month="2026-11", text="t", answers={"a": "1"}))
    copy = store.get_goal(goal.id)  # type: ignore[arg-type]
    assert copy is not None
    copy.answers["b"] = "2"
    copy.text = "changed"
    store.set_setting("list", [1])
    store.get_setting("list").append(2)
    assert store.get_goal(goal.id).answers == {"a": "1"}  # type: ignore[union-attr]
    assert store.get_setting("list") == [1]


def test_update_and_delete(store: Store) -> None:
    q1 = store.add_quality(Quality(name="A"))
    q2 = store.add_quality(Quality(name="B"))
    assert (q1.order, q2.order) == (0, 1)
    store.reorder_qualities([q2.id, q1.id])  # type: ignore[list-item]
    assert [q.name for q in store.qualities()] == ["B", "A"]
    q1.target = 7
    store.update_quality(q1)
    assert store.get_quality(q1.id).target == 7  # type: ignore[arg-type,union-attr]
    store.delete_quality(q1.id)  # type: ignore[arg-type]
    assert store.get_quality(q1.id) is None  # type: ignore[arg-type]
    c = store.add_contact(Contact(name="X"))
    c.role = "CTO"
    store.update_contact(c)
    assert store.get_contact(c.id).role == "CTO"  # type: ignore[arg-type,union-attr]
    store.delete_contact(c.id)  # type: ignore[arg-type]
    assert store.contacts() == []


def test_delete_goal_and_restore(store: Store) -> None:
    keep = store.add_goal(Goal(month="2026-11", text="keep"))
    goal = store.add_goal(Goal(month="2026-11", text="drop"))
    assert goal.id is not None and keep.id is not None
    e1 = store.add_event(ProgressEvent(goal_id=goal.id, day="2026-11-27", progress=1))
    e2 = store.add_event(ProgressEvent(goal_id=goal.id, day="2026-11-28", progress=2))
    other = store.add_event(ProgressEvent(goal_id=keep.id, day="2026-11-28", progress=1))
    saves = store.saves
    removed = store.delete_goal(goal.id)
    assert store.saves == saves + 1  # one save for goal and events
    assert removed == (goal, [e1, e2])
    assert store.get_goal(goal.id) is None and store.events() == [other]
    assert store.delete_goal(goal.id) is None
    store.restore_goal(*removed)
    again = reopen(store)
    try:
        assert again.get_goal(goal.id) == goal
        assert again.events(goal.id) == [e1, e2]
    finally:
        again.close()


def test_putting_back_a_deleted_contact_is_one_save(store: Store) -> None:
    contact = store.add_contact(Contact(name="Back", role="Dev"))
    store.delete_contact(contact.id)  # type: ignore[arg-type]
    saves = store.saves
    store.update_contact(contact)  # the network screen's undo
    assert store.saves == saves + 1
    again = reopen(store)
    try:
        assert again.get_contact(contact.id) == contact  # type: ignore[arg-type]
    finally:
        again.close()


def test_apply_import_is_one_save(store: Store) -> None:
    old = store.add_contact(Contact(name="Old", role="Dev"))
    old.role = "Lead"
    saves = store.saves
    added = [Contact(name=f"New {i}") for i in range(50)]
    store.apply_import(added, [old])
    assert store.saves == saves + 1
    assert all(c.id is not None for c in added)
    assert len(store.contacts()) == 51 and store.get_contact(old.id).role == "Lead"  # type: ignore[arg-type,union-attr]


def test_batch_is_all_or_nothing(store: Store) -> None:
    store.add_contact(Contact(name="Before"))
    before = store.path.read_bytes()
    saves = store.saves
    with pytest.raises(RuntimeError):
        with store.batch():
            store.add_contact(Contact(name="In batch"))
            store.add_goal(Goal(month="2026-11", text="In batch"))
            assert store.path.read_bytes() == before  # nothing written yet
            raise RuntimeError("stop")
    assert store.path.read_bytes() == before
    assert store.saves == saves
    assert [c.name for c in store.contacts()] == ["Before"] and store.goals() == []
    with store.batch():
        store.add_contact(Contact(name="A"))
        store.add_contact(Contact(name="B"))
    assert store.saves == saves + 1
    assert [c.name for c in reopen(store).contacts()] == ["Before", "A", "B"]


def test_snapshot_and_replace_all(store: Store) -> None:
    store.add_contact(Contact(name="One"))
    store.add_goal(Goal(month="2026-11", text="G"))
    snap = store.snapshot()
    snap["contacts"]["1"]["name"] = "changed in the copy"
    assert store.get_contact(1).name == "One"  # type: ignore[union-attr]
    store.add_contact(Contact(name="Two"))
    store.replace_all(store_module.Store.snapshot(store) | {"goals": {}})
    assert store.goals() == [] and len(store.contacts()) == 2
    other = {
        "meta": {"1": {"app": APP_ID, "schema_version": models.SCHEMA_VERSION}},
        "contacts": {"7": {"name": "Seven"}},
    }
    store.replace_all(other)
    again = reopen(store)
    try:
        assert [(c.id, c.name) for c in again.contacts()] == [(7, "Seven")]
        assert again.add_contact(Contact(name="Eight")).id == 8
        assert file_data(again)["meta"]["1"]["schema_version"] == models.SCHEMA_VERSION
    finally:
        again.close()


def test_replace_all_refuses_foreign_data(store: Store) -> None:
    store.add_contact(Contact(name="Kept"))
    before = store.path.read_bytes()
    with pytest.raises(DataFileError):
        store.replace_all({"meta": {"1": {"app": "other"}}})
    with pytest.raises(DataFileError):
        store.replace_all(
            {"meta": {"1": {"app": APP_ID, "schema_version": 1}}, "contacts": {"1": {"name": 5}}}
        )
    assert store.path.read_bytes() == before
    assert [c.name for c in store.contacts()] == ["Kept"]


def test_is_empty(store: Store) -> None:
    assert store.is_empty()
    store.set_setting("theme", "nord")
    assert store.is_empty()
    store.add_contact(Contact(name="X"))
    assert not store.is_empty()


TEXTS = [
    "Zoë and Łukasz",
    "山田太郎 と 李小龍",
    "مرحبا بالعالم",
    "emoji 😀👩‍💻🇳🇱",
    "[bold]markup[/] [/ x [/bold] y [link=https://x]a [@click=app.quit]x[/]",
    "\x1b]0;pwned\x07 and \u202e reversed",
    "line one\nline two\ttab",
    "x" * 10_000,
]


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_odd_text_is_saved_exactly(store: Store, text: str) -> None:
    store.add_contact(Contact(name=text, notes=text))
    store.add_goal(Goal(month="2026-11", text=text, answers={"specific": text}))
    again = reopen(store)
    try:
        contact = again.contacts()[0]
        goal = again.goals()[0]
        assert contact.name == text and contact.notes == text
        assert goal.text == text and goal.answers == {"specific": text}
    finally:
        again.close()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.text(), min_size=1, max_size=5))
def test_any_text_round_trips(data_dir: Path, names: list[str]) -> None:
    s = Store(data_dir, clock=lambda: TODAY)
    try:
        s.replace_all({})
        for name in names:
            s.add_contact(Contact(name=name))
    finally:
        s.close()
    again = Store(data_dir, clock=lambda: TODAY)
    try:
        assert [c.name for c in again.contacts()] == names
    finally:
        again.close()


# ------------------------------------------------------------------ schema versions
def write_raw(data_dir: Path, data: object) -> Path:
    paths.ensure_private_dir(data_dir)
    path = paths.data_file(data_dir)
    path.write_text(json.dumps(data), "utf-8")
    return path


def pretend_schema(monkeypatch: pytest.MonkeyPatch, version: int, migrations: dict) -> None:
    """This version's schema is ``version``, reached from older ones by ``migrations``."""
    for module in (store_module, schema_module):
        monkeypatch.setattr(module, "SCHEMA_VERSION", version)
    monkeypatch.setattr(schema_module, "MIGRATIONS", migrations)


def test_migration_hook_runs_for_an_older_file(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def v1_to_v2(data: dict) -> dict:
        calls.append(1)
        for doc in data.get("contacts", {}).values():
            doc["name"] = doc.pop("full_name")
        return data

    pretend_schema(monkeypatch, 2, {1: v1_to_v2})
    path = write_raw(
        data_dir,
        {
            "meta": {"1": {"app": APP_ID, "schema_version": 1}},
            "contacts": {"1": {"full_name": "Ada"}},
        },
    )
    original = path.read_bytes()
    s = Store(data_dir, clock=lambda: TODAY)
    try:
        assert calls == [1]
        assert [c.name for c in s.contacts()] == ["Ada"]
        assert path.read_bytes() == original  # nothing written until the first save
        s.add_contact(Contact(name="Bob"))
        assert file_data(s)["meta"]["1"]["schema_version"] == 2
        # the pre-migration file was kept by the daily backup
        backup = paths.backup_dir(data_dir) / f"netplan-{TODAY.isoformat()}.json"
        assert backup.read_bytes() == original
    finally:
        s.close()


def test_an_opened_file_is_kept_as_its_own_bytes(data_dir: Path) -> None:
    """Opening a plan of this schema keeps the file's bytes, however it is laid out,
    as what is on disk (a safety copy takes them as they are); a failed save goes
    back to them."""
    path = write_raw(
        data_dir,
        {
            "meta": {"1": {"app": APP_ID, "schema_version": store_module.SCHEMA_VERSION}},
            "contacts": {"1": {"name": "Ada [bold]", "strength": 3}},
        },
    )
    path.write_text(json.dumps(json.loads(path.read_bytes()), indent=2), "utf-8")
    original = path.read_bytes()
    s = Store(data_dir, clock=lambda: TODAY)
    try:
        assert s.saved_bytes() == original
        s.add_contact(Contact(name="Bob"))
        assert [c.name for c in s.contacts()] == ["Ada [bold]", "Bob"]
        assert json.loads(s.saved_bytes()) == file_data(s)
    finally:
        s.close()


def test_an_upgraded_file_is_kept_as_upgraded(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pretend_schema(monkeypatch, 2, {1: lambda data: data})
    write_raw(data_dir, {"meta": {"1": {"app": APP_ID, "schema_version": 1}}})
    s = Store(data_dir, clock=lambda: TODAY)
    try:
        assert json.loads(s.saved_bytes())["meta"]["1"]["schema_version"] == 2
    finally:
        s.close()


def test_missing_migration_is_a_data_file_error(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pretend_schema(monkeypatch, 3, {1: lambda d: d})
    write_raw(data_dir, {"meta": {"1": {"app": APP_ID, "schema_version": 1}}})
    with pytest.raises(DataFileError) as info:
        Store(data_dir)
    assert info.value.kind == "foreign" and "schema 2" in info.value.detail


def test_newer_schema_is_refused(data_dir: Path) -> None:
    path = write_raw(data_dir, {"meta": {"1": {"app": APP_ID, "schema_version": 99}}})
    before = path.read_bytes()
    with pytest.raises(DataFileError) as info:
        Store(data_dir)
    assert info.value.kind == "newer" and "newer netplan-tui" in info.value.detail
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "data",
    [
        {"meta": {"1": {"app": APP_ID, "schema_version": 1}}, "goals": []},
        {"meta": {"1": {"app": APP_ID, "schema_version": 1}}, "goals": {"x": {}}},
        {"meta": {"1": {"app": APP_ID, "schema_version": 1}}, "goals": {"1": "text"}},
        {"meta": {"1": {"app": APP_ID, "schema_version": 1}}, "goals": {"1": {"text": 3}}},
        {"meta": {"1": {"app": APP_ID, "schema_version": 1}}, "goals": {"1": {"answers": []}}},
        {"meta": {"1": {"app": APP_ID, "schema_version": 1}}, "plan": {"1": {"vision": None}}},
        {"meta": {"1": {"app": APP_ID, "schema_version": 1}}, "contacts": {"1": {"strength": "5"}}},
        {"meta": {"1": {"app": APP_ID, "schema_version": "1"}}},
        {"meta": {"1": {"app": APP_ID, "schema_version": True}}},
        {"meta": {"1": {"app": APP_ID}}},
        {"meta": {"1": {"app": "other-app", "schema_version": 1}}},
        {"_default": {"1": {"x": 1}}},
    ],
)
def test_validate_refuses_foreign_shapes(data: dict) -> None:
    with pytest.raises(DataFileError) as info:
        validate_data(Path("x"), data)
    assert info.value.kind == "foreign"


def test_validate_accepts_tolerable_values() -> None:
    """Unknown fields (a later minor version) and whole numbers for numbers are fine."""
    data = {
        "meta": {"1": {"app": APP_ID, "schema_version": 1}},
        "plan": {"1": {"weekly_hours": 3, "future_field": {"a": [1]}}},
        "goals": {"1": {"target": 2, "deadline": None}},
    }
    assert validate_data(Path("x"), data) == data


def test_lock_released_after_a_refused_file(data_dir: Path) -> None:
    write_raw(data_dir, {"meta": {"1": {"app": APP_ID, "schema_version": 99}}})
    for _ in range(2):
        with pytest.raises(DataFileError):
            Store(data_dir)  # a second try would raise LockedError if the lock leaked
    assert not store_module.held_here(data_dir)


def test_read_only_store_refuses_writes(data_dir: Path) -> None:
    Store(data_dir, clock=lambda: TODAY).close()
    ro = Store(data_dir, readonly=True)
    try:
        before = ro.path.read_bytes()
        with pytest.raises(SaveError, match="Read-only"):
            ro.add_contact(Contact(name="No"))
        assert ro.contacts() == [] and ro.path.read_bytes() == before
    finally:
        ro.close()


def test_clock_is_used_for_created(data_dir: Path) -> None:
    s = Store(data_dir, clock=lambda: date(2027, 1, 2))
    try:
        assert s.add_goal(Goal(month="2027-01", text="t")).created == "2027-01-02"
    finally:
        s.close()
