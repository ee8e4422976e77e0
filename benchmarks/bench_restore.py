"""Restore against import, in the same run: ``restore`` must take at most 1.5 times
as long as ``import-linkedin`` of the same contacts.

A LinkedIn ``Connections.csv`` of N people is generated (``random.Random(SEED)``).
Each round, in fresh data directories and as real subprocesses of the command
line (so both pay the same start-up):

* **import**: ``netplan-tui import-linkedin Connections.csv`` into an empty plan;
* **backup**: ``netplan-tui backup -o`` of that plan (reported, not compared);
* **restore into an empty plan**: ``netplan-tui restore --yes`` of that backup;
* **restore over the plan**: the same backup restored again over the restored
  plan (a safety copy of N contacts is written first).

Reported: the median of the rounds and the ratio of each restore to the import.
Run: ``python benchmarks/bench_restore.py [--quick] [--contacts N]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED = 20261130
CONTACTS = 20_000
QUICK_CONTACTS = 5_000
ROUNDS = 3
QUICK_ROUNDS = 1
TARGET_RATIO = 1.5

_FIRST = ["Ana", "Ben", "Chidi", "Dana", "Eitan", "Fatima", "Goran", "Hana", "Ivan", "Jun"]
_LAST = ["Abe", "Berg", "Costa", "Diallo", "Evans", "Fischer", "García", "Huang", "Ito"]
_ROLES = ["Software Engineer", "Technical Recruiter", "CTO", "Engineering Manager",
          "Product Manager", "Data Scientist", "DevOps Engineer", "Developer Advocate"]
_COMPANIES = ["Shopify", "GitLab", "Doist", "Automattic", "Zapier", "Stripe", "Canonical"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def write_connections(path: Path, count: int) -> None:
    rng = random.Random(SEED)
    with path.open("w", newline="", encoding="utf-8") as handle:
        handle.write("Notes:\n\"When exporting your connection data, you may notice...\"\n\n")
        writer = csv.writer(handle)
        writer.writerow(["First Name", "Last Name", "URL", "Email Address", "Company",
                         "Position", "Connected On"])
        for n in range(count):
            first, last = rng.choice(_FIRST), rng.choice(_LAST)
            writer.writerow([
                first, f"{last} {n}", f"https://www.linkedin.com/in/{first.lower()}-{n}", "",
                rng.choice(_COMPANIES), rng.choice(_ROLES),
                f"{rng.randint(1, 28):02d} {rng.choice(_MONTHS)} {rng.randint(2015, 2026)}",
            ])


def timed(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "netplan_tui", *args], env=env, capture_output=True, text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr.strip()}")
    return elapsed


def measure(contacts: int, rounds: int) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("NETPLAN_TUI_DATA_DIR", None)
    times: dict[str, list[float]] = {"import": [], "backup": [], "restore_empty": [],
                                     "restore_over": []}
    with tempfile.TemporaryDirectory(prefix="netplan-bench-restore-") as tmp:
        folder = Path(tmp)
        source = folder / "Connections.csv"
        write_connections(source, contacts)
        for n in range(rounds):
            imported, restored = folder / f"imported-{n}", folder / f"restored-{n}"
            backup = folder / f"backup-{n}.json"
            times["import"].append(timed(
                ["--data-dir", str(imported), "import-linkedin", str(source)], env))
            times["backup"].append(timed(
                ["--data-dir", str(imported), "backup", "-o", str(backup)], env))
            times["restore_empty"].append(timed(
                ["--data-dir", str(restored), "restore", "--yes", str(backup)], env))
            times["restore_over"].append(timed(
                ["--data-dir", str(restored), "restore", "--yes", str(backup)], env))
        size = backup.stat().st_size
    medians = {name: statistics.median(values) for name, values in times.items()}
    return {
        "contacts": contacts,
        "rounds": rounds,
        "backup_bytes": size,
        "seconds": medians,
        "ratio_restore_empty": medians["restore_empty"] / medians["import"],
        "ratio_restore_over": medians["restore_over"] / medians["import"],
        "target_ratio": TARGET_RATIO,
    }


def run(quick: bool = False, contacts: int | None = None) -> dict[str, Any]:
    return measure(contacts or (QUICK_CONTACTS if quick else CONTACTS),
                   QUICK_ROUNDS if quick else ROUNDS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--contacts", type=int)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args()
    result = run(args.quick, args.contacts)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        s = result["seconds"]
        print(f"{result['contacts']:,} contacts, median of {result['rounds']} round(s), "
              f"backup {result['backup_bytes'] / 1e6:.1f} MB")
        print(f"  import-linkedin          {s['import']:7.2f} s")
        print(f"  backup -o                {s['backup']:7.2f} s")
        print(f"  restore (empty plan)     {s['restore_empty']:7.2f} s   "
              f"x{result['ratio_restore_empty']:.2f} of import")
        print(f"  restore (over the plan)  {s['restore_over']:7.2f} s   "
              f"x{result['ratio_restore_over']:.2f} of import")
        worst = max(result["ratio_restore_empty"], result["ratio_restore_over"])
        print(f"  target: restore within x{TARGET_RATIO} of import: "
              f"{'met' if worst <= TARGET_RATIO else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
