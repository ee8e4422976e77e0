"""Key → drawn, as a person feels it: the installed app in a real terminal (tmux).

Each round starts a program in a private tmux server, waits for its first screen,
then for each step sends a key and polls the pane (every ~4 ms) until the step's
marker is on screen. Rounds of netplan-tui (demo plan, and the 10,000-contact /
5-year plan) are interleaved with minimal Textual apps measured the same way in the
same run, so load on the machine falls on both alike:

- start-up: ``minimal_app`` (a Static and a Footer);
- screen switches: ``minimal_modes`` (five modes of a Header, a Static and a Footer);
  a dialog opening is compared with a minimal mode switch;
- a typed character: ``minimal_input`` (a Header, one Input and a Footer).

Run: ``python benchmarks/bench_keys.py [--rounds 5] [--json FILE]``. Prints a
Markdown table of medians and ratios (also used by ``run_all.py`` as ``keys``).

``--compare DIR`` also runs another checkout of netplan-tui (``DIR`` with its own
``DIR/.venv``, e.g. ``git worktree add DIR <commit>``) on the same plans, in the same
rounds: the table then gives that checkout's ratio ("before") beside this one's
("after"), both against the minimal apps of the same run.
"""

from __future__ import annotations

import argparse
import json
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TODAY = "2026-11-28"
SIZE = (100, 30)
SETTLE = 0.4  # seconds between steps, so each key meets a settled screen
TIMEOUT = 20.0
ROUNDS = 5

Step = tuple[str, str, str]  # (name, key, marker)

#: Screen titles as the header shows them.
TITLES = {
    "1": "1 · Big-picture goal",
    "2": "2 · The network I want",
    "3": "3 · The network I have",
    "4": "4 · Gap analysis",
    "5": "5 · Monthly SMART goals",
}


def app_steps() -> list[Step]:
    steps: list[Step] = [("start-up", "", "netplan-tui — ")]
    # The app opens on screen 5 once a plan has goals: first visits are 1-4.
    for key in "1234":
        steps.append((f"first visit {key}", key, TITLES[key]))
    for key in "5123":
        steps.append((f"come back {key}", key, TITLES[key]))
    steps += [  # screen 3 is shown after "come back 3"
        ("dialog: new contact (3 n)", "n", "New contact"),
        ("", "Escape", TITLES["3"]),
        ("", "/", TITLES["3"]),
        ("", "X", "X"),
        ("type a character in the filter", "q", "Xq"),
        ("type a character in the filter", "z", "Xqz"),
        ("type a character in the filter", "v", "Xqzv"),
        ("", "Escape", TITLES["3"]),
        ("", "5", TITLES["5"]),
        ("dialog: goal editor (5 n)", "n", "New goal"),
        ("", "X", "X"),
        ("type a character in the goal editor", "q", "Xq"),
        ("type a character in the goal editor", "z", "Xqz"),
        ("type a character in the goal editor", "v", "Xqzv"),
        ("", "Escape", "Discard changes?"),  # the editor asks before dropping typed text
        ("", "y", TITLES["5"]),
        ("dialog: help (?)", "?", "Everywhere"),
    ]
    return steps


MINIMAL_MODES: list[Step] = [("start-up (modes)", "", "hello screen 1")] + [
    (f"first visit {k}", k, f"hello screen {k}") for k in "2345"
] + [(f"come back {k}", k, f"hello screen {k}") for k in "1234"]

MINIMAL_INPUT: list[Step] = [
    ("start-up (input)", "", "type here"),
    ("", "X", "X"),
    ("type a character", "q", "Xq"),
    ("type a character", "z", "Xqz"),
    ("type a character", "v", "Xqzv"),
]

MINIMAL_APP: list[Step] = [("start-up", "", "Minimal")]


def tmux(sock: str, *args: str) -> str:
    return subprocess.run(
        ["tmux", "-L", sock, "-f", "/dev/null", *args], capture_output=True, text=True
    ).stdout


def one_round(command: str, steps: list[Step]) -> dict[str, float | None]:
    """Milliseconds per named step (several steps of one name: their median)."""
    sock = "bench-keys-" + uuid.uuid4().hex[:8]
    times: dict[str, list[float | None]] = {}
    try:
        started = time.perf_counter()
        tmux(sock, "new-session", "-d", "-s", "m", "-x", str(SIZE[0]), "-y", str(SIZE[1]),
             # The pane's own size, not a COLUMNS/LINES of the terminal the run came from.
             f"export TERM=xterm-256color; unset COLUMNS LINES; {command}; sleep 30")
        tmux(sock, "set-option", "-s", "escape-time", "0")
        for name, key, marker in steps:
            if key:
                time.sleep(SETTLE)
                before = tmux(sock, "capture-pane", "-p", "-t", "m")
                started = time.perf_counter()
                tmux(sock, "send-keys", "-t", "m", "-l" if len(key) == 1 else "", key)
            else:
                before = ""
            deadline = started + TIMEOUT
            took: float | None = None
            while time.perf_counter() < deadline:
                screen = tmux(sock, "capture-pane", "-p", "-t", "m")
                # A marker counts once it is new (or, for a screen already shown, once
                # the pane changed and shows it).
                if marker in screen and (screen != before or marker not in before):
                    took = (time.perf_counter() - started) * 1000
                    break
                time.sleep(0.004)
            if name:
                times.setdefault(name, []).append(took)
    finally:
        tmux(sock, "kill-server")
        for folder in Path(tempfile.gettempdir()).glob(f"tmux-*/{sock}"):
            folder.unlink(missing_ok=True)
    return {
        name: (statistics.median(v for v in values if v is not None)
               if any(v is not None for v in values) else None)
        for name, values in times.items()
    }


def prepare(tmp: Path) -> dict[str, Path]:
    """A demo plan and a scale plan (10,000 contacts, 5 years), built once."""
    from benchmarks.bench_scale import generate

    demo, scale = tmp / "demo", tmp / "scale"
    python = shlex.quote(sys.executable)
    subprocess.run(
        f"{python} -m netplan_tui --data-dir {demo} --today {TODAY} demo", shell=True,
        check=True, capture_output=True,
    )
    generate(scale)
    return {"demo": demo, "scale": scale}


def run(rounds: int = ROUNDS, compare: Path | None = None) -> dict[str, Any]:
    if shutil.which("tmux") is None:
        return {"skipped": "tmux is not installed"}
    python = shlex.quote(sys.executable)
    here = shlex.quote(str(ROOT))
    with tempfile.TemporaryDirectory(prefix="bench-keys-") as folder:
        plans = prepare(Path(folder))
        # Every program caches its bytecode, as Python does on a person's machine: an
        # environment with PYTHONDONTWRITEBYTECODE (CI images set it) would make each
        # start compile netplan-tui's modules again, while Textual's were compiled when
        # installed. Round 0 fills the cache.
        cache = shlex.quote(str(Path(folder) / "pycache"))
        bytecode = f"unset PYTHONDONTWRITEBYTECODE; export PYTHONPYCACHEPREFIX={cache};"
        programs = {
            "demo": (here, f"{python} -m netplan_tui --data-dir {plans['demo']} --today {TODAY}",
                     app_steps()),
            "scale": (here,
                      f"{python} -m netplan_tui --data-dir {plans['scale']} --today {TODAY}",
                      app_steps()),
            "minimal": (here, f"{python} -m benchmarks.minimal_app", MINIMAL_APP),
            "modes": (here, f"{python} {ROOT / 'benchmarks/minimal_modes.py'}", MINIMAL_MODES),
            "input": (here, f"{python} {ROOT / 'benchmarks/minimal_input.py'}", MINIMAL_INPUT),
        }
        if compare is not None:
            other = shlex.quote(str(compare))
            before = shlex.quote(str(compare / ".venv" / "bin" / "python"))
            for plan in ("demo", "scale"):
                programs[f"{plan} (before)"] = (
                    other,
                    f"{before} -m netplan_tui --data-dir {plans[plan]} --today {TODAY}",
                    app_steps(),
                )
        raw: dict[str, dict[str, list[float | None]]] = {name: {} for name in programs}
        for number in range(rounds + 1):  # round 0 warms the caches
            for name, (cwd, command, steps) in programs.items():
                result = one_round(f"{bytecode} cd {cwd} && {command}", steps)
                if number:
                    for step, ms in result.items():
                        raw[name].setdefault(step, []).append(ms)
    median = {
        name: {step: (statistics.median([v for v in vals if v is not None])
                      if any(v is not None for v in vals) else None)
               for step, vals in steps.items()}
        for name, steps in raw.items()
    }
    return {"raw": raw, "median": median, "rows": table_rows(median)}


def table_rows(median: dict[str, dict[str, float | None]]) -> list[dict[str, Any]]:
    m, modes, inp = median["minimal"], median["modes"], median["input"]

    def mean(values: list[float | None]) -> float | None:
        known = [v for v in values if v is not None]
        return statistics.median(known) if known else None

    floor = {
        "start-up": m.get("start-up"),
        "first visit": mean([modes.get(f"first visit {k}") for k in "2345"]),
        "come back": mean([modes.get(f"come back {k}") for k in "1234"]),
        "dialog": mean([modes.get(f"come back {k}") for k in "1234"]),
        "type": inp.get("type a character"),
    }
    targets = {"start-up": 1.3, "first visit": 1.3, "come back": 1.2, "dialog": 1.3, "type": 1.1}
    rows = []
    for plan in [p for p in ("demo", "scale", "demo (before)", "scale (before)") if p in median]:
        steps = median[plan]
        groups = {
            "start-up": [steps.get("start-up")],
            "first visit": [steps.get(f"first visit {k}") for k in "1234"],
            "come back": [steps.get(f"come back {k}") for k in "5123"],
        }
        for group, values in groups.items():
            rows.append(_row(plan, group, mean(values), floor[group], targets[group], plan))
        for step in steps:
            if step.startswith("dialog"):
                rows.append(_row(plan, step, steps[step], floor["dialog"], targets["dialog"], plan))
            elif step.startswith("type"):
                rows.append(_row(plan, step, steps[step], floor["type"], targets["type"], plan))
    return rows


def _row(plan: str, step: str, ms: float | None, base: float | None, target: float,
         scale: str) -> dict[str, Any]:
    ratio = ms / base if ms and base else None
    limit = target if scale.startswith("demo") else 1.6
    return {"plan": plan, "step": step, "ms": ms, "baseline_ms": base, "ratio": ratio,
            "target": limit, "met": ratio is not None and ratio <= limit}


def markdown(rows: list[dict[str, Any]]) -> str:
    lines = ["| plan | step | netplan-tui | minimal app | ratio | target |",
             "|---|---|---:|---:|---:|---:|"]
    for r in rows:
        ms = f"{r['ms']:.0f} ms" if r["ms"] else "timeout"
        base = f"{r['baseline_ms']:.0f} ms" if r["baseline_ms"] else "–"
        ratio = f"{r['ratio']:.2f}×" if r["ratio"] else "–"
        mark = "✓" if r["met"] else "✗"
        target = f"≤{r['target']}× {mark}"
        lines.append(f"| {r['plan']} | {r['step']} | {ms} | {base} | {ratio} | {target} |")
    return "\n".join(lines)


def compare_markdown(rows: list[dict[str, Any]]) -> str:
    """Before and after side by side: each a ratio to the same run's minimal app."""
    found = {(r["plan"], r["step"]): r for r in rows}
    lines = ["| plan | step | minimal app | before | ratio | after | ratio | target |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]

    def cell(r: dict[str, Any] | None) -> str:
        if r is None or not r["ms"]:
            return "– | –"
        return f"{r['ms']:.0f} ms | {r['ratio']:.2f}×" if r["ratio"] else f"{r['ms']:.0f} ms | –"

    for r in rows:
        if r["plan"].endswith("(before)"):
            continue
        old = found.get((f"{r['plan']} (before)", r["step"]))
        base = f"{r['baseline_ms']:.0f} ms" if r["baseline_ms"] else "–"
        mark = "✓" if r["met"] else "✗"
        lines.append(f"| {r['plan']} | {r['step']} | {base} | {cell(old)} | {cell(r)} "
                     f"| ≤{r['target']}× {mark} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--json", metavar="FILE")
    parser.add_argument("--compare", metavar="DIR", type=Path,
                        help="another checkout (with DIR/.venv) measured as 'before'")
    args = parser.parse_args()
    result = run(args.rounds, args.compare)
    if "skipped" in result:
        print(result["skipped"])
        return
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))
    if args.compare is not None:
        print(compare_markdown(result["rows"]))
    else:
        print(markdown(result["rows"]))


if __name__ == "__main__":
    main()
