"""Run every benchmark and print one table.

Usage: ``python benchmarks/run_all.py [--quick] [--only NAMES] [--skip NAMES] [--json FILE]``
(also ``make bench``). NAMES are comma-separated: startup, scale, typing, smart,
gap, network, goals.

Each benchmark runs in its own interpreter (``run()`` of ``benchmarks/bench_<name>.py``),
so one cannot warm caches for the next, with Python's bytecode cache on (in a
temporary folder), as for an installed copy. Every figure is shown against a
baseline measured in the same run (the minimal Textual app, a plain ``Input``,
the demo plan, 100 contacts…), so ratios stay meaningful on a busy machine.

The table is Markdown with aligned columns: readable in a terminal, and ready to
paste into ``docs/performance.md``. ``--quick`` runs fewer rounds (for a check
that everything works, not for figures to publish).
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_startup import child_env, row  # noqa: E402

MARK = "@@RESULT@@ "
CHILD_CODE = "from benchmarks.run_all import child; child()"
ORDER = ("startup", "scale", "typing", "smart", "gap", "network", "goals")

#: Module attributes lowered by ``--quick`` (benchmarks that take no ``quick`` flag).
QUICK: dict[str, dict[str, Any]] = {
    "typing": {"ROUNDS": 1},
    "smart": {"MIN_CHECKS": 2_000},
    "gap": {"REPEATS": 1},
    "network": {"SIZES": (100, 2_000)},
    "goals": {"REPEATS": 2},
}
QUICK_KWARGS: dict[str, dict[str, Any]] = {"smart": {"total": 2_000}}

Row = dict[str, Any]


# --------------------------------------------------------------------------- child
def child() -> None:
    """In a child interpreter: run one benchmark, print its result as JSON."""
    name, quick = sys.argv[1], sys.argv[2] == "1"
    module = importlib.import_module(f"benchmarks.bench_{name}")
    kwargs: dict[str, Any] = {}
    if quick:
        for attr, value in QUICK.get(name, {}).items():
            setattr(module, attr, value)
        kwargs.update(QUICK_KWARGS.get(name, {}))
        if "quick" in inspect.signature(module.run).parameters:
            kwargs["quick"] = True
    result = module.run(**kwargs)
    print(MARK + json.dumps(result, default=str), flush=True)


def run_one(name: str, quick: bool, env: dict[str, str]) -> tuple[dict[str, Any], float]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD_CODE, name, "1" if quick else "0"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=3600,
    )
    elapsed = time.perf_counter() - start
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith(MARK)]
    if done.returncode != 0 or not lines:
        tail = (done.stderr or done.stdout)[-1500:]
        raise RuntimeError(f"bench_{name} failed (exit {done.returncode}):\n{tail}")
    return json.loads(lines[-1][len(MARK):]), elapsed


# --------------------------------------------------------------------------- adapters
def _get(result: dict[str, Any], *keys: Any) -> Any:
    value: Any = result
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = value.get(key, value.get(str(key)))
    return value


def _ms(value: Any, scale: float = 1000.0) -> float | None:
    return value * scale if isinstance(value, (int, float)) else None


def rows_typing(r: dict[str, Any]) -> list[Row]:
    target = r.get("target_ratio", 1.10)
    return [
        row("typing: goal editor, median per key", r.get("editor_median_ms"),
            r.get("plain_median_ms"), "ms", target, "vs plain Input"),
        row("typing: goal editor, p95 per key", r.get("editor_p95_ms"),
            r.get("plain_p95_ms"), "ms", None, "vs plain Input"),
    ]


def rows_smart(r: dict[str, Any]) -> list[Row]:
    return [
        row("SMART check, median", r.get("median_us"), r.get("baseline_median_us"), "µs",
            None, "vs re.findall(\\w+)"),
        row("SMART check, p99", r.get("p99_us"), None, "µs", 1000.0, "", target_on="value"),
        row("SMART check, 10,000-char input, p99", r.get("long_input_p99_us"), None, "µs",
            None),
        row("import netplan_tui.core.smart", r.get("import_ms"), None, "ms", None),
    ]


def rows_gap(r: dict[str, Any]) -> list[Row]:
    large, small = r.get("large_contacts", 10_000), r.get("small_contacts", 100)
    note = f"vs {small} contacts"
    return [
        row(f"gap.analyse, {large} contacts, warm", _ms(r.get("large_warm_s")),
            _ms(r.get("small_warm_s")), "ms", None, note),
        row(f"gap.analyse, {large} contacts, cold", _ms(r.get("large_cold_s")),
            _ms(r.get("small_cold_s")), "ms", None, note),
    ]


def rows_network(r: dict[str, Any]) -> list[Row]:
    sizes = sorted(int(k) for k in r if str(k).isdigit())
    if len(sizes) < 2:
        return rows_generic(r)
    small, large = sizes[0], sizes[-1]
    note = f"vs {small} contacts"
    out = [row(f"screen 3, key to table drawn, {large} contacts",
               _ms(_get(r, large, "switch_to_table")), _ms(_get(r, small, "switch_to_table")),
               "ms", 1000.0, note, target_on="value")]
    for key, label in (("app_to_table", "screen 3, app start to table"),
                       ("filter", "screen 3, filter typed")):
        out.append(row(f"{label}, {large} contacts", _ms(_get(r, large, key)),
                       _ms(_get(r, small, key)), "ms", None, note))
    return out


def rows_goals(r: dict[str, Any]) -> list[Row]:
    history = f"{r.get('goals', '?')} goals, {r.get('events', '?')} events"
    return [
        row(f"screen 5 first render, {history}", r.get("first_render_median_ms"), None, "ms",
            None, "app start to checklist"),
        row("netplan-tui status, 5 years", r.get("status_history_median_ms"),
            r.get("status_fresh_median_ms"), "ms", None, "vs empty data dir"),
    ]


def rows_generic(r: dict[str, Any]) -> list[Row]:
    """Unknown result shape: every number, as information."""
    return [row(str(k), float(v), None, "", None) for k, v in r.items()
            if isinstance(v, (int, float)) and not isinstance(v, bool)]


def rows_own(r: dict[str, Any]) -> list[Row]:
    return list(r.get("rows", []))


ADAPTERS: dict[str, Callable[[dict[str, Any]], list[Row]]] = {
    "startup": rows_own,
    "scale": rows_own,
    "typing": rows_typing,
    "smart": rows_smart,
    "gap": rows_gap,
    "network": rows_network,
    "goals": rows_goals,
}


# --------------------------------------------------------------------------- table
def _num(value: float | None, unit: str = "") -> str:
    if value is None:
        return "–"
    digits = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
    return f"{value:,.{digits}f} {unit}".strip()


def _target(r: Row) -> str:
    if r.get("target") is None:
        return ""
    if r.get("target_on", "ratio") == "ratio":
        return f"≤ {r['target']:.2f}×"
    return f"< {_num(r['target'], r['unit'])}"


def markdown(rows: list[tuple[str, Row]]) -> str:
    header = ("Benchmark", "Figure", "Measured", "Baseline (same run)", "Ratio", "Target",
              "Result")
    body = []
    for bench, r in rows:
        base = _num(r.get("baseline"), r["unit"])
        if r.get("note") and r.get("baseline") is not None:
            base += f" ({r['note']})"
        ratio = f"{r['ratio']:.2f}×" if r.get("ratio") is not None else ""
        result = {True: "pass", False: "**miss**", None: ""}[r.get("ok")]
        body.append((bench, r["name"], _num(r.get("value"), r["unit"]), base, ratio, _target(r),
                     result))
    widths = [max(len(str(line[i])) for line in [header, *body]) for i in range(len(header))]

    def fmt(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    lines = [fmt(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += [fmt(line) for line in body]
    return "\n".join(lines)


def machine() -> str:
    try:
        import textual

        textual_version = getattr(textual, "__version__", "?")
    except ImportError:  # pragma: no cover
        textual_version = "?"
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"Python {platform.python_version()}, Textual {textual_version}, "
            f"{os.cpu_count()} CPUs, {platform.system()} {platform.release()}; "
            f"load average {load}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run every benchmark and print one table.")
    parser.add_argument("--quick", action="store_true", help="fewer rounds: a smoke run")
    parser.add_argument("--only", default="", help="comma-separated benchmark names")
    parser.add_argument("--skip", default="", help="comma-separated benchmark names")
    parser.add_argument("--json", metavar="FILE", help="also write the raw results as JSON")
    args = parser.parse_args(argv)
    chosen = [n for n in ORDER if (not args.only or n in args.only.split(","))
              and n not in args.skip.split(",")]
    print(f"Before: {machine()}", flush=True)
    rows: list[tuple[str, Row]] = []
    raw: dict[str, Any] = {}
    failed = 0
    with tempfile.TemporaryDirectory(prefix="netplan-bench-pycache-") as cache:
        env = child_env(Path(cache))
        for name in chosen:
            print(f"  running bench_{name}{' (quick)' if args.quick else ''}…", flush=True,
                  file=sys.stderr)
            try:
                result, elapsed = run_one(name, args.quick, env)
            except (RuntimeError, subprocess.TimeoutExpired) as exc:
                failed += 1
                print(f"  bench_{name}: {exc}", file=sys.stderr)
                continue
            raw[name] = result
            print(f"  bench_{name}: {elapsed:.0f} s", file=sys.stderr, flush=True)
            rows += [(name, r) for r in ADAPTERS.get(name, rows_generic)(result)]
    print(f"After:  {machine()}")
    print()
    print(markdown(rows))
    misses = [r["name"] for _, r in rows if r.get("ok") is False]
    print()
    print(f"{len(rows)} figures, {sum(r.get('ok') is True for _, r in rows)} targets met, "
          f"{len(misses)} missed" + (f", {failed} benchmark(s) failed" if failed else ""))
    if args.json:
        Path(args.json).write_text(json.dumps({"rows": [r for _, r in rows], "raw": raw},
                                              indent=2, default=str), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
