"""Child-process scripts for the tests (run with ``python -m tests.helpers.<name>``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def spawn(name: str, *args: str) -> subprocess.Popen[str]:
    """Start ``tests/helpers/<name>.py`` in a child Python, stdout piped, text mode."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", f"tests.helpers.{name}", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_ready(proc: subprocess.Popen[str]) -> None:
    """Block until the child printed "ready" (fail with its stderr if it died)."""
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line.strip() != "ready":
        proc.kill()
        _, err = proc.communicate()
        raise AssertionError(f"child did not start: {line!r} {err}")
