"""Benchmark of the SMART checker.

Times ``check()`` over the labelled goal sentences, repeated to at least 20,000
checks, and a baseline measured in the same run on the same texts (a plain
``re.findall(r"\\w+", text)``), so the ratio stays meaningful on a busy machine.
Also reports checks on 10,000-character inputs, the one-off pattern compilation
(``warm_up``) and the import time of the module in a fresh interpreter.

Run: ``python benchmarks/bench_smart.py``. A combined runner imports ``run()``.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from netplan_tui.core.smart import PlanContext, check, warm_up  # noqa: E402

DATA = ROOT / "tests" / "data" / "smart_goals.jsonl"
BATCH2 = ROOT / "tests" / "data" / "smart_batch2.jsonl"
MIN_CHECKS = 20_000
WORD = re.compile(r"\w+")


def _cases() -> list[tuple[str, date, PlanContext | None]]:
    cases = []
    with DATA.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            raw = row.get("context")
            context = PlanContext(**{k: tuple(v) if isinstance(v, list) else v
                                     for k, v in raw.items()}) if raw else None
            cases.append((row["text"], date.fromisoformat(row["today"]), context))
    if BATCH2.exists():  # batch 2: fifteen professions, contacts' names, other languages
        lines = [json.loads(x) for x in BATCH2.read_text(encoding="utf-8").splitlines()
                 if x.strip()]
        plans = lines[0]["plans"]
        for row in lines[1:]:
            raw = plans[row["context"]]
            context = PlanContext(month=row["month"], **{
                k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()})
            cases.append((row["text"], date.fromisoformat(row["today"]), context))
    return cases


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _time_checks(cases: list[tuple[str, date, PlanContext | None]], total: int) -> list[float]:
    timings = []
    clock = time.perf_counter
    while len(timings) < total:
        for text, today, context in cases:
            start = clock()
            check(text, today, context)
            timings.append(clock() - start)
    return timings


def _cpu_checks(cases: list[tuple[str, date, PlanContext | None]], total: int) -> list[float]:
    """CPU time of each check (the thread's own time): what a check costs, without the
    waits of a busy machine that fill the wall-clock p99."""
    timings = []
    clock = time.thread_time_ns
    while len(timings) < total:
        for text, today, context in cases:
            start = clock()
            check(text, today, context)
            timings.append((clock() - start) / 1e9)
    return timings


def _time_baseline(cases: list[tuple[str, date, PlanContext | None]], total: int) -> list[float]:
    timings = []
    clock = time.perf_counter
    while len(timings) < total:
        for text, _, _ in cases:
            start = clock()
            WORD.findall(text)
            timings.append(clock() - start)
    return timings


def _import_ms(runs: int = 5) -> float:
    """Best import time of the module in a fresh interpreter (bytecode cached)."""
    code = ("import time; t = time.perf_counter(); import netplan_tui.core.smart; "
            "print(time.perf_counter() - t)")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    best = float("inf")
    with tempfile.TemporaryDirectory() as cache:
        env["PYTHONPYCACHEPREFIX"] = cache
        for _ in range(runs):
            out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                                 text=True, check=True, cwd=str(ROOT))
            best = min(best, float(out.stdout.strip()) * 1000)
    return best


def run(total: int = MIN_CHECKS) -> dict:
    """Measure and return the figures (times in microseconds unless named _ms)."""
    cases = _cases()
    start = time.perf_counter()
    warm_up()
    warm_up_ms = (time.perf_counter() - start) * 1000
    _time_checks(cases, len(cases))  # settle caches
    checks = _time_checks(cases, max(total, MIN_CHECKS))
    baseline = _time_baseline(cases, max(total, MIN_CHECKS))
    cpu = _cpu_checks(cases, max(total, MIN_CHECKS))
    long_inputs = [(case[0] + " ") * (10_000 // (len(case[0]) + 1) + 1) for case in cases[:40]]
    long_cases = [(text[:10_000], date(2026, 11, 28), None) for text in long_inputs]
    long_timings = _time_checks(long_cases, 400)
    median = statistics.median(checks) * 1e6
    base_median = statistics.median(baseline) * 1e6
    return {
        "name": "smart.check",
        "checks": len(checks),
        "texts": len(cases),
        "median_us": round(median, 1),
        "p99_us": round(_percentile(checks, 0.99) * 1e6, 1),
        "max_us": round(max(checks) * 1e6, 1),
        "cpu_median_us": round(statistics.median(cpu) * 1e6, 1),
        "cpu_p99_us": round(_percentile(cpu, 0.99) * 1e6, 1),
        "baseline": "re.findall(r'\\w+', text)",
        "baseline_median_us": round(base_median, 2),
        "baseline_p99_us": round(_percentile(baseline, 0.99) * 1e6, 2),
        "ratio_median": round(median / base_median, 1) if base_median else None,
        "long_input_median_us": round(statistics.median(long_timings) * 1e6, 1),
        "long_input_p99_us": round(_percentile(long_timings, 0.99) * 1e6, 1),
        "warm_up_ms": round(warm_up_ms, 1),
        "import_ms": round(_import_ms(), 1),
        "load_average": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
    }


def main() -> None:
    figures = run()
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
