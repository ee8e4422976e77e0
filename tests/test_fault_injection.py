"""Kill a saving process at random moments: the file always loads, no reported save is lost.

A child (``tests/helpers/saver.py``) saves in a loop; each save adds goal number
n and its progress event in one batch, and n is printed only after the save
returned. The parent kills the child with SIGKILL after a seeded random delay,
then opens the store and checks that:

* it opens (never a truncated or mixed file);
* every number the child reported is there;
* the numbers are exactly 1..max (each save is whole or absent, in order);
* every goal has its event (a batch is all or nothing).
"""

from __future__ import annotations

import random
import signal
import time
from datetime import date
from pathlib import Path

import pytest

from netplan_tui.data import paths
from netplan_tui.data.storage import TEMP_PREFIX, DataFileError
from netplan_tui.data.store import Store
from tests.helpers import spawn, wait_ready

KILLS = 220
SEED = 20261128
TODAY = date(2026, 11, 28)


def stored_numbers(data_dir: Path) -> tuple[list[int], int]:
    """Goal numbers in the file and how many goals lack their event."""
    store = Store(data_dir, clock=lambda: TODAY)
    try:
        goals = store.goals()
        with_event = {e.goal_id for e in store.events()}
        numbers = sorted(int(g.text.rsplit(" ", 1)[1]) for g in goals)
        return numbers, sum(1 for g in goals if g.id not in with_event)
    finally:
        store.close()


def kill_once(data_dir: Path, rng: random.Random) -> tuple[list[int], int]:
    """Run the child, kill it, return (reported numbers, orphan temp files left)."""
    proc = spawn("saver", str(data_dir))
    wait_ready(proc)
    time.sleep(rng.uniform(0.0, 0.030))
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    assert proc.returncode == -signal.SIGKILL, f"child ended by itself: {proc.returncode}"
    reported = [int(line) for line in out.split() if line.isdigit()]
    orphans = len(list(data_dir.glob(f"{TEMP_PREFIX}*")))
    return reported, orphans


@pytest.mark.slow
def test_sigkill_during_saves_never_corrupts_or_loses(data_dir: Path) -> None:
    rng = random.Random(SEED)
    Store(data_dir, clock=lambda: TODAY).close()
    acknowledged: set[int] = set()
    corrupt = lost = orphans_seen = mid_save_kills = 0
    started = time.monotonic()
    for _ in range(KILLS):
        reported, orphans = kill_once(data_dir, rng)
        orphans_seen += orphans
        acknowledged.update(reported)
        try:
            numbers, missing_events = stored_numbers(data_dir)
        except DataFileError as exc:
            corrupt += 1
            pytest.fail(f"data file unusable after a kill: {exc.kind}: {exc.detail}")
        stored = set(numbers)
        lost += len(acknowledged - stored)
        if numbers and numbers[-1] not in acknowledged:
            mid_save_kills += 1  # saved but killed before it could report: fine
        assert numbers == list(range(1, len(numbers) + 1)), "a save is missing in the middle"
        assert missing_events == 0, "a batch was saved in part"
        assert not list(data_dir.glob(f"{TEMP_PREFIX}*")), "orphan temp file not swept"
    elapsed = time.monotonic() - started
    print(
        f"\nfault injection: kills={KILLS} corrupt={corrupt} lost_acknowledged={lost} "
        f"acknowledged={len(acknowledged)} stored={len(stored)} "
        f"saved_not_reported={mid_save_kills} orphan_temp_files={orphans_seen} "
        f"time={elapsed:.1f}s"
    )
    assert corrupt == 0 and lost == 0
    assert acknowledged, "the child never finished a save"
    # kills must land inside saves (after the write began), not only between them
    assert mid_save_kills + orphans_seen >= KILLS // 10, "kills missed the saves"
    assert paths.data_file(data_dir).exists()


RESTORE_KILLS = 30


@pytest.mark.slow
def test_sigkill_during_restore_leaves_the_old_plan_or_the_new_one(
    data_dir: Path, tmp_path: Path
) -> None:
    """A restore killed at any moment: the plan is whole (old or restored), and the next
    command, even a read-only one, sweeps what the kill left behind."""
    import json
    import os
    import subprocess
    import sys

    from netplan_tui.core.models import Contact
    from tests.helpers import ROOT

    source = tmp_path / "source"
    store = Store(source, clock=lambda: TODAY)
    with store.batch():
        for n in range(3000):
            store.add_contact(Contact(name=f"New {n}", company="Restored"))
    store.close()
    backup = tmp_path / "backup.json"
    env = dict(os.environ, PYTHONPATH=str(ROOT), NETPLAN_TUI_DATA_DIR=str(data_dir))
    cmd = [sys.executable, "-m", "netplan_tui"]
    subprocess.run([*cmd, "--data-dir", str(source), "backup", "-o", str(backup)], env=env,
                   check=True, capture_output=True)
    rng = random.Random(SEED + 1)
    outcomes = {"old": 0, "new": 0}
    for _ in range(RESTORE_KILLS):
        store = Store(data_dir, clock=lambda: TODAY)
        store.replace_all(json.loads(json.dumps({
            "meta": {"1": {"app": "netplan-tui", "schema_version": 1}},
            "contacts": {"1": {"name": "Old 0"}},
        })))
        store.close()
        proc = subprocess.Popen([*cmd, "restore", "--yes", str(backup)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.1, 0.9))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        status = subprocess.run([*cmd, "status"], env=env, capture_output=True, text=True)
        assert status.returncode == 0, status.stderr
        assert not list(data_dir.glob(f"{TEMP_PREFIX}*")), "a read-only open left an orphan"
        check = Store(data_dir, readonly=True)
        names = {c.name for c in check.contacts()}
        check.close()
        if names == {"Old 0"}:
            outcomes["old"] += 1
        else:
            assert names == {f"New {n}" for n in range(3000)}, "a restore was saved in part"
            outcomes["new"] += 1
    print(f"\nrestore kills={RESTORE_KILLS} old={outcomes['old']} new={outcomes['new']}")
    assert outcomes["old"] + outcomes["new"] == RESTORE_KILLS
