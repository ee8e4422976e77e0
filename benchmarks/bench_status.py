"""Read-only commands on the 10,000-contact / 5-year plan against an empty data directory.

Run ``python benchmarks/bench_status.py [--rounds N] [--code DIR]`` from the
project root. It generates the plan of :mod:`benchmarks.bench_scale` (10,000
contacts, 100 qualities, 5 years × 6 goals a month with a progress event on most
days, ~3.7 MB) in a temporary data directory, then runs each command as a fresh
process (``python -m netplan_tui``, bytecode cached as after an install), round
after round, **interleaved** with ``status`` on an empty data directory, and gives
each command's median wall time as a ratio to that baseline of the same run:

* ``status`` (target: at most 1.3 times the empty directory);
* ``goals``, ``gap``, ``export`` (Markdown, to a file), ``check``.

``--code DIR`` measures another checkout (its ``netplan_tui`` generates the plan
and runs the commands), so a commit before a change can be measured the same way.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-11-28"
ROUNDS = 15
TARGET_STATUS = 1.3

#: name -> the command's words after ``--data-dir DIR --today TODAY``; ``{out}`` is a
#: file in the temporary folder.
COMMANDS: dict[str, list[str]] = {
    "status": ["status"],
    "goals": ["goals"],
    "gap": ["gap"],
    "export": ["export", "--force", "-o", "{out}"],
    "check": ["check", "Message 5 recruiters on LinkedIn by the end of the month"],
}

GENERATE = (
    "import sys; from pathlib import Path; from benchmarks.bench_scale import generate; "
    "generate(Path(sys.argv[1]))"
)


def _env(code: Path, cache: Path) -> dict[str, str]:
    """Bytecode cached, as after an install (in ``cache``, not in the tree)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPATH": str(code), "PYTHONPYCACHEPREFIX": str(cache),
            "NETPLAN_TUI_DATA_DIR": "/nonexistent"}


def _time(code: Path, data_dir: Path, words: list[str], out: Path) -> float:
    argv = [sys.executable, "-m", "netplan_tui", "--data-dir", str(data_dir), "--today", TODAY,
            *(w.replace("{out}", str(out)) for w in words)]
    start = time.perf_counter()
    subprocess.run(argv, env=_env(code, out.parent / "pycache"), cwd=out.parent,
                   capture_output=True, check=True,
                   timeout=120)
    return time.perf_counter() - start


def run(rounds: int = ROUNDS, code: Path = ROOT) -> dict[str, Any]:
    """Generate the plan and measure; times in milliseconds, ratios to the empty directory."""
    with tempfile.TemporaryDirectory() as tmp:
        big, empty, out = Path(tmp) / "scale", Path(tmp) / "empty", Path(tmp) / "export.md"
        subprocess.run([sys.executable, "-c", GENERATE, str(big)],
                       env=_env(code, Path(tmp) / "pycache"), cwd=code,
                       check=True, timeout=600)
        times: dict[str, list[float]] = {"empty": [], **{name: [] for name in COMMANDS}}
        for words in COMMANDS.values():  # one warm-up round fills the bytecode cache
            _time(code, big, words, out)
        _time(code, empty, ["status"], out)
        for _ in range(rounds):
            for name, words in COMMANDS.items():
                times["empty"].append(_time(code, empty, ["status"], out))
                times[name].append(_time(code, big, words, out))
        medians = {name: statistics.median(values) * 1000 for name, values in times.items()}
        return {
            "rounds": rounds,
            "medians_ms": medians,
            "ratios": {name: medians[name] / medians["empty"] for name in COMMANDS},
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout to measure")
    args = parser.parse_args(argv)
    r = run(args.rounds, args.code.resolve())
    empty = r["medians_ms"]["empty"]
    print(f"{r['rounds']} interleaved rounds; status on an empty data directory: "
          f"median {empty:.0f} ms")
    for name in COMMANDS:
        target = f"  (target ≤ {TARGET_STATUS}×)" if name == "status" else ""
        print(f"{name:<7} on the scale plan: median {r['medians_ms'][name]:5.0f} ms  "
              f"{r['ratios'][name]:.2f}× the empty directory{target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
