"""``netplan-tui serve`` in a child process for tests: on a free port, on 127.0.0.1 only.

The server and every app it started run in their own process group, which
:meth:`ServedApp.stop` ends (politely first, then by force), so no test leaves
a server or an app behind.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

START_TIMEOUT = 20.0
STOP_TIMEOUT = 10.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServedApp:
    """One ``serve`` process; ``url`` once it listens."""

    def __init__(self, data_dir: Path, today: str, host: str | None = None) -> None:
        self.port = free_port()
        self.host = host or "127.0.0.1"
        self.url = f"http://{self.host}:{self.port}/"
        command = [
            sys.executable, "-m", "netplan_tui", "serve", "--port", str(self.port),
            "--data-dir", str(data_dir), "--today", today,
        ]
        if host is not None:
            command += ["--host", host]
        self.proc = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )

    def wait_listening(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"serve ended early:\n{self.proc.stdout.read()}")
            try:
                with socket.create_connection((self.host, self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.1)
        raise AssertionError(f"serve did not listen on port {self.port} in {START_TIMEOUT} s")

    def stop(self) -> str:
        """Stop the server and its apps; return what the server printed."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                pass
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)  # any app left in the group
        except ProcessLookupError:
            pass
        self.proc.wait(timeout=STOP_TIMEOUT)
        return self.proc.stdout.read() if self.proc.stdout else ""
