"""Start-up time and peak memory of netplan-tui against a minimal Textual app.

Subjects, measured in the same run and interleaved (round after round, the order
rotating), so that a busy machine slows all of them alike:

* ``minimal``: :mod:`benchmarks.minimal_app`, a Static and a Footer (the baseline);
* ``empty``: ``netplan-tui`` on a data directory that does not exist yet (first run);
* ``demo``: ``netplan-tui`` on the demo plan (``netplan-tui demo``).

Two ways of launching each:

* **headless**: a fresh interpreter runs the app through its real entry point
  (``netplan_tui.launcher.main``) with Textual's headless driver. The child notes the
  monotonic clock when the first screen with a Footer is composited; the parent
  takes the clock just before spawning. So "first paint" counts the interpreter's
  start, every import, the store's load and the first screen's layout and render.
  "Wall" is spawn to exit (exit is requested right after the first paint); peak
  memory is the child's ``ru_maxrss`` from ``wait4``.
* **tmux**: the command runs in a new tmux session (a private tmux server) and
  the pane is captured every ~5 ms until the title and the footer's ``Quit``
  are on screen. Peak memory is the process's ``VmHWM`` a moment later.

Run: ``python benchmarks/bench_startup.py [--quick]``. ``run()`` returns the
figures and the table rows used by ``benchmarks/run_all.py``.
"""

from __future__ import annotations

import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
TODAY = "2026-11-28"
SIZE = (100, 30)
RUNS = 7
QUICK_RUNS = 3
TARGET_STARTUP = 1.3
TARGET_MEMORY = 1.3
TIMEOUT = 60.0
POLL = 0.005
SETTLE = 0.25  # seconds after the first paint before VmHWM is read (tmux)
FOOTER_MARK = "Quit"

DRIVER_CODE = "from benchmarks.bench_startup import drive; drive()"
MINIMAL_CODE = "from benchmarks.minimal_app import main; main()"


# --------------------------------------------------------------------------- child
def drive() -> None:
    """In the child: run an app headless, write the time of its first paint, exit.

    ``argv``: ``OUT_FILE KIND [netplan-tui arguments]``; KIND is ``minimal`` or
    ``app``. The app goes through ``netplan_tui.launcher.main`` like the real command.
    """
    out_path, kind, *args = sys.argv[1:]
    from textual.app import App

    original_run = App.run
    original_display = App._display
    painted = False

    def headless_run(self: App[Any], *a: Any, **kw: Any) -> Any:
        kw.update(headless=True, size=SIZE)
        return original_run(self, *a, **kw)

    def display(self: App[Any], screen: Any, renderable: Any) -> None:
        nonlocal painted
        original_display(self, screen, renderable)
        if painted or renderable is None or not screen.query("Footer"):
            return
        painted = True
        now = time.perf_counter()
        Path(out_path).write_text(f"{now!r} {vm_hwm_kib(os.getpid())}\n", encoding="utf-8")
        self.call_later(self.exit)

    App.run = headless_run  # type: ignore[method-assign]
    App._display = display  # type: ignore[method-assign]
    if kind == "minimal":
        from benchmarks.minimal_app import main

        main()
        return
    from netplan_tui.launcher import main as cli_main

    sys.argv = ["netplan-tui", *args]
    raise SystemExit(cli_main())


def vm_hwm_kib(pid: int) -> int:
    """Peak resident memory of a live process (``VmHWM``), in KiB; 0 if unknown."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


# --------------------------------------------------------------------------- subjects
@dataclass(frozen=True)
class Subject:
    """One thing to start: the minimal app, or netplan-tui on a data directory."""

    name: str
    kind: str  # "minimal" | "app"
    data_dir: Path | None = None  # app only; None: a data directory that does not exist yet
    title: str = "netplan-tui"

    def app_args(self, scratch: Path) -> list[str]:
        if self.kind == "minimal":
            return []
        data_dir = self.data_dir or scratch / "new-data"
        return ["--data-dir", str(data_dir), "--today", TODAY]

    def shell_command(self, scratch: Path) -> str:
        if self.kind == "minimal":
            argv = [PYTHON, "-c", MINIMAL_CODE]
        else:
            argv = [str(Path(PYTHON).with_name("netplan-tui")), *self.app_args(scratch)]
        return "exec " + shlex.join(argv)


MINIMAL = Subject("minimal", "minimal", title="Minimal")


def make_demo(data_dir: Path) -> Path:
    """Write the demo plan into ``data_dir`` with the real command."""
    subprocess.run(
        [PYTHON, "-m", "netplan_tui", "--data-dir", str(data_dir), "--today", TODAY, "demo"],
        cwd=ROOT, check=True, capture_output=True, timeout=120,
    )
    return data_dir


# --------------------------------------------------------------------------- headless
def child_env(cache_dir: Path) -> dict[str, str]:
    """The children's environment: bytecode cached (as after an install), in ``cache_dir``.

    ``PYTHONDONTWRITEBYTECODE`` would make every start compile netplan-tui's modules
    from source (the app's ~13,000 lines against the minimal app's 30), which no
    installed copy does; the cache lives in a temporary folder, not in the tree.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache_dir)
    return env


def headless_once(subject: Subject, env: dict[str, str] | None = None) -> dict[str, float]:
    """Start ``subject`` headless once: first paint and wall time (ms), peak RSS (MiB)."""
    with tempfile.TemporaryDirectory(prefix="netplan-bench-") as folder:
        scratch = Path(folder)
        out = scratch / "paint.txt"
        argv = [PYTHON, "-c", DRIVER_CODE, str(out), subject.kind, *subject.app_args(scratch)]
        with open(scratch / "stderr.txt", "wb") as errors:
            start = time.perf_counter()
            proc = subprocess.Popen(
                argv, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=errors, env=env,
            )
            watchdog = threading.Timer(TIMEOUT, proc.kill)
            watchdog.start()
            try:
                _, status, usage = os.wait4(proc.pid, 0)
            finally:
                watchdog.cancel()
            ended = time.perf_counter()
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0 or not out.exists():
            detail = (scratch / "stderr.txt").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"{subject.name}: exit {proc.returncode}\n{detail}")
        painted_at = float(out.read_text().split()[0])
    return {
        "paint_ms": (painted_at - start) * 1000,
        "wall_ms": (ended - start) * 1000,
        "rss_mib": usage.ru_maxrss / 1024,
    }


# --------------------------------------------------------------------------- tmux
class Tmux:
    """A private tmux server (its own socket): sessions here never touch anyone else's."""

    def __init__(self, env: dict[str, str] | None = None) -> None:
        self.env = env
        self.binary = shutil.which("tmux") or "tmux"
        self.socket = f"netplan-bench-{os.getpid()}"
        self.count = 0
        self._cmd("new-session", "-d", "-s", "keep", "-x", "20", "-y", "5", "sleep 3600")
        self.socket_path = self._cmd("display-message", "-p", "#{socket_path}").strip()

    def _cmd(self, *args: str) -> str:
        done = subprocess.run(
            [self.binary, "-L", self.socket, *args], capture_output=True, text=True, check=True,
            timeout=30, env=self.env,
        )
        return done.stdout

    def close(self) -> None:
        """Stop this private server and remove its socket file (tmux leaves it behind)."""
        subprocess.run([self.binary, "-L", self.socket, "kill-server"], capture_output=True)
        if self.socket_path:
            Path(self.socket_path).unlink(missing_ok=True)

    def once(self, subject: Subject) -> dict[str, float]:
        """Start ``subject`` in a session; time until its title and footer are on screen."""
        self.count += 1
        name = f"run{self.count}"
        with tempfile.TemporaryDirectory(prefix="netplan-bench-") as folder:
            command = subject.shell_command(Path(folder))
            start = time.perf_counter()
            self._cmd(
                "new-session", "-d", "-s", name, "-x", str(SIZE[0]), "-y", str(SIZE[1]),
                "-c", str(ROOT), command,
            )
            try:
                seen = self._wait_for(name, subject.title, start)
                pid = int(self._cmd("display-message", "-p", "-t", name, "#{pane_pid}"))
                time.sleep(SETTLE)
                hwm = vm_hwm_kib(pid)
            finally:
                subprocess.run(
                    [self.binary, "-L", self.socket, "kill-session", "-t", name],
                    capture_output=True,
                )
        return {"paint_ms": (seen - start) * 1000, "rss_mib": hwm / 1024}

    def _wait_for(self, name: str, title: str, start: float) -> float:
        while True:
            screen = self._cmd("capture-pane", "-p", "-t", name)
            if title in screen and FOOTER_MARK in screen:
                return time.perf_counter()
            if time.perf_counter() - start > TIMEOUT:
                raise RuntimeError(f"{name}: {title!r} not on screen after {TIMEOUT} s:\n{screen}")
            time.sleep(POLL)


# --------------------------------------------------------------------------- rounds
Samples = dict[str, dict[str, list[float]]]


def measure(
    subjects: Iterable[Subject], runs: int, *, tmux: bool = True, warm_up: bool = True
) -> Samples:
    """Interleaved runs of every subject: ``{subject: {figure: [values...]}}``."""
    subjects = list(subjects)
    samples: Samples = {s.name: {} for s in subjects}
    cache = tempfile.TemporaryDirectory(prefix="netplan-bench-pycache-")
    env = child_env(Path(cache.name))
    server = Tmux(env) if tmux and shutil.which("tmux") else None
    try:
        for round_no in range(runs + (1 if warm_up else 0)):
            shift = round_no % len(subjects)
            for subject in subjects[shift:] + subjects[:shift]:
                figures = {f"headless_{k}": v for k, v in headless_once(subject, env).items()}
                if server is not None:
                    figures.update({f"tmux_{k}": v for k, v in server.once(subject).items()})
                if warm_up and round_no == 0:
                    continue  # the first round fills disk and bytecode caches
                for key, value in figures.items():
                    samples[subject.name].setdefault(key, []).append(value)
    finally:
        if server is not None:
            server.close()
        cache.cleanup()
    return samples


def median(samples: Samples, subject: str, figure: str) -> float | None:
    values = samples.get(subject, {}).get(figure)
    return statistics.median(values) if values else None


def row(
    name: str,
    value: float | None,
    baseline: float | None,
    unit: str,
    target: float | None,
    note: str = "",
    target_on: str = "ratio",
) -> dict[str, Any]:
    """One line of the table: value against a baseline of the same run, ratio, target.

    ``target_on`` is ``"ratio"`` (value / baseline at most ``target``) or ``"value"``
    (the value itself below ``target``, in ``unit``).
    """
    ratio = value / baseline if value is not None and baseline else None
    measured = ratio if target_on == "ratio" else value
    ok = None if target is None or measured is None else measured <= target
    return {"name": name, "value": value, "baseline": baseline, "unit": unit, "ratio": ratio,
            "target": target, "target_on": target_on, "ok": ok, "note": note}


def target_text(r: dict[str, Any]) -> str:
    if r.get("target") is None:
        return ""
    if r.get("target_on", "ratio") == "ratio":
        return f"<= {r['target']:.2f}x"
    return f"< {r['target']:g} {r['unit']}"


FIGURES: tuple[tuple[str, str, str, float | None], ...] = (
    # (figure, label, unit, target ratio)
    ("headless_paint_ms", "start-up, headless, first paint", "ms", TARGET_STARTUP),
    ("tmux_paint_ms", "start-up, tmux, title on screen", "ms", TARGET_STARTUP),
    ("headless_wall_ms", "start-up, headless, process wall", "ms", None),
    ("headless_rss_mib", "peak memory, headless", "MiB", TARGET_MEMORY),
    ("tmux_rss_mib", "peak memory, tmux", "MiB", TARGET_MEMORY),
)


def rows_against(
    samples: Samples,
    baseline: str,
    subjects: Iterable[str],
    targets: Callable[[str, str], float | None],
) -> list[dict[str, Any]]:
    """Table rows of ``subjects`` against ``baseline`` for every figure measured."""
    rows = []
    for subject in subjects:
        for figure, label, unit, _ in FIGURES:
            value = median(samples, subject, figure)
            if value is None:
                continue
            rows.append(row(f"{label}: {subject}", value, median(samples, baseline, figure),
                            unit, targets(subject, figure), f"vs {baseline}"))
    return rows


def _targets(subject: str, figure: str) -> float | None:
    target = dict((f, t) for f, _, _, t in FIGURES).get(figure)
    if "rss" in figure and subject != "demo":
        return None  # the memory target is set on the demo plan
    return target


def run(runs: int = RUNS, quick: bool = False) -> dict[str, Any]:
    """Measure the three subjects; return raw medians and the table rows."""
    runs = QUICK_RUNS if quick else runs
    with tempfile.TemporaryDirectory(prefix="netplan-bench-demo-") as folder:
        demo = Subject("demo", "app", make_demo(Path(folder) / "demo"))
        subjects = [MINIMAL, Subject("empty", "app"), demo]
        samples = measure(subjects, runs)
    medians = {s: {f: statistics.median(v) for f, v in figs.items()} for s, figs in samples.items()}
    return {
        "name": "startup",
        "runs": runs,
        "medians": medians,
        "samples": samples,
        "rows": rows_against(samples, "minimal", ["empty", "demo"], _targets),
    }


def format_rows(rows: list[dict[str, Any]]) -> str:
    lines = []
    for r in rows:
        ratio = f"{r['ratio']:.2f}x" if r["ratio"] is not None else "-"
        target = target_text(r)
        verdict = {True: "pass", False: "MISS", None: ""}[r["ok"]]
        base = f"{r['baseline']:.1f}" if r["baseline"] is not None else "-"
        lines.append(f"{r['name']:<50} {r['value']:>8.1f} {r['unit']:<3} base {base:>8} "
                     f"{ratio:>7} {target:>10} {verdict}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    result = run(quick="--quick" in args)
    print(f"start-up, median of {result['runs']} runs each, interleaved")
    print(format_rows(result["rows"]))
    return 0


if __name__ == "__main__":
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
