"""Regenerate screenshots/browser.png: `python scripts/browser_screenshot.py`.

Loads the demo plan in a temporary folder, runs `netplan-tui serve` on a free
port of 127.0.0.1, opens it in headless Chromium (Debian's `chromium`, or
$NETPLAN_CHROMIUM) through Playwright at 1280x760, waits for the Goals screen
and saves the page. Needs the test extra (playwright, textual-serve).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "screenshots" / "browser.png"
TODAY = "2026-11-28"
WAIT = 30.0

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def main() -> int:
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("NETPLAN_CHROMIUM") or shutil.which("chromium")
    if chromium is None:
        print("no chromium: apt-get install chromium, or set NETPLAN_CHROMIUM", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        run = [sys.executable, "-m", "netplan_tui"]
        subprocess.run([*run, "demo", "--data-dir", str(data), "--today", TODAY],
                       check=True, capture_output=True)
        port = free_port()
        server = subprocess.Popen(
            [*run, "serve", "--port", str(port), "--data-dir", str(data), "--today", TODAY],
            stdout=subprocess.DEVNULL, start_new_session=True,
        )
        try:
            deadline = time.monotonic() + WAIT
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise SystemExit("serve did not start") from None
                    time.sleep(0.1)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=chromium, headless=True,
                                                     args=["--no-sandbox"])
                page = browser.new_page(viewport={"width": 1280, "height": 760})
                page.goto(f"http://127.0.0.1:{port}/")
                page.wait_for_selector("body.-first-byte", timeout=WAIT * 1000)
                time.sleep(3)  # the first frames, the SMART checks and the fonts settle
                page.screenshot(path=str(OUT))
                browser.close()
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
    print(OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
