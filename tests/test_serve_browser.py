"""``netplan-tui serve`` in a real headless Chromium, driven by Playwright.

The page draws the terminal on a canvas, so the test reads the terminal's text
from xterm.js's buffer: an init script keeps a reference to the ``Terminal``
that textual.js creates (it assigns it to ``this.terminal``; the script catches
that assignment). Keys are pressed without any click first: the page must give
the terminal the focus by itself. Every request the page makes is recorded and
must go to the local server.

Needs the web extra (textual-serve), the ``playwright`` package and a Chromium
binary (Debian's ``chromium``; ``.ci/run`` installs it); skipped without them.
Every wait is bounded; the server runs on 127.0.0.1 and the test stops it.
"""

from __future__ import annotations

import os
import shutil
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from netplan_tui import cli
from tests.conftest import TODAY
from tests.helpers.web_server import ServedApp

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

CHROMIUM = os.environ.get("NETPLAN_CHROMIUM") or next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
try:
    import textual_serve  # noqa: F401
    from playwright.sync_api import Page, sync_playwright
except ImportError as exc:
    pytest.skip(
        f"{exc.name} is not installed (pip install -e '.[test]')", allow_module_level=True
    )
if CHROMIUM is None:
    pytest.skip(
        "no Chromium binary (apt-get install chromium, or set NETPLAN_CHROMIUM)",
        allow_module_level=True,
    )

WAIT = 30.0  # seconds, for any one thing to show

# Keep the xterm.js Terminal that textual.js builds, to read what it shows.
KEEP_TERMINAL = """
Object.defineProperty(Object.prototype, "terminal", {
  configurable: true,
  set(value) {
    Object.defineProperty(this, "terminal",
      {value, writable: true, configurable: true, enumerable: true});
    if (value && value.buffer && value.onData) { window.__netplanTerminal = value; }
  },
});
"""

SCREEN_TEXT = """() => {
  const term = window.__netplanTerminal;
  if (!term) return "";
  const buffer = term.buffer.active;
  const lines = [];
  for (let y = 0; y < term.rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    lines.push(line ? line.translateToString(true) : "");
  }
  return lines.join("\\n");
}"""


class Browser:
    """One page on the served app, with its text and its requests."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.requests: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("websocket", lambda ws: self.requests.append(ws.url))

    def text(self) -> str:
        return str(self.page.evaluate(SCREEN_TEXT))

    def wait_for(self, wanted: str, timeout: float = WAIT) -> str:
        deadline = time.monotonic() + timeout
        text = ""
        while time.monotonic() < deadline:
            text = self.text()
            if wanted in text:
                return text
            time.sleep(0.1)
        raise AssertionError(f"{wanted!r} did not show in {timeout} s; the page shows:\n{text}")

    def wait_gone(self, unwanted: str, timeout: float = WAIT) -> str:
        deadline = time.monotonic() + timeout
        text = self.text()
        while unwanted in text and time.monotonic() < deadline:
            time.sleep(0.1)
            text = self.text()
        assert unwanted not in text, f"{unwanted!r} still shows:\n{text}"
        return text

    def press(self, *keys: str) -> None:
        for key in keys:
            self.page.keyboard.press(key)
            time.sleep(0.15)


@pytest.fixture
def served(data_dir: Path) -> Iterator[ServedApp]:
    assert cli.main(["demo", "--data-dir", str(data_dir), "--today", TODAY.isoformat()]) == 0
    app = ServedApp(data_dir, TODAY.isoformat())
    try:
        app.wait_listening()
        yield app
    finally:
        app.stop()


@pytest.fixture
def browser() -> Iterator[Page]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox"], timeout=30_000
        )
        try:
            context = chromium.new_context(viewport={"width": 1280, "height": 760})
            context.set_default_timeout(30_000)
            page = context.new_page()
            page.add_init_script(KEEP_TERMINAL)
            yield page
        finally:
            chromium.close()


def test_the_app_in_a_browser_by_keyboard_alone(
    served: ServedApp, browser: Page, tmp_path: Path
) -> None:
    view = Browser(browser)
    browser.goto(served.url)

    # It starts by itself and the terminal has the keys: no click anywhere.
    view.wait_for("Monthly SMART goals")
    assert browser.evaluate("document.activeElement.className") == "xterm-helper-textarea"

    # Screen keys.
    view.press("3")
    view.wait_for("The network I have")
    view.press("5")
    view.wait_for("Monthly SMART goals")

    # F1 and ctrl+p (print in a browser) reach the app.
    view.press("F1")
    view.wait_for("Help · ")
    view.press("Escape")
    view.wait_gone("Help · ")
    view.press("Control+p")
    view.wait_for("Search for commands")
    view.press("Escape")
    view.wait_gone("Search for commands")

    # A goal typed in the editor and saved with ctrl+s (save page in a browser).
    view.press("n")
    view.wait_for("New goal")
    browser.keyboard.type("Message 3 recruiters at Zapier by December 15.", delay=10)
    view.wait_for("Message 3 recruiters at Zapier by December 15.")
    view.press("Control+s")
    view.wait_gone("New goal")
    view.wait_for("Message 3 recruiters at Zapier")

    # The calendar key writes the goals of the month shown (December, being planned).
    calendar = tmp_path / "home" / "Documents" / "netplan-goals-2026-12.ics"
    view.press("a")
    view.wait_for("written to")  # the notification (the path may wrap)
    assert calendar.exists()
    assert stat.S_IMODE(calendar.stat().st_mode) == 0o600
    assert "Message 3 recruiters at Zapier" in calendar.read_text(encoding="utf-8")

    browser.screenshot(path=str(tmp_path / "browser.png"))

    # q ends the app; the page offers to start again, with the keyboard focus on it.
    view.press("q")
    browser.wait_for_selector("body.-closed", timeout=WAIT * 1000)
    browser.wait_for_function("document.activeElement.id === 'restart'", timeout=WAIT * 1000)

    # Nothing but the local server was asked for anything.
    hosts = {urlsplit(url).netloc for url in view.requests if not url.startswith("data:")}
    assert hosts == {f"127.0.0.1:{served.port}"}, view.requests


def test_a_crafted_address_neither_stalls_nor_calls_out(served: ServedApp, browser: Page) -> None:
    # textual.js honours ?delay (a start button) and ?ping (a URL it fetches first).
    view = Browser(browser)
    browser.goto(served.url + "?delay=1&ping=http://example.invalid/track")
    view.wait_for("Monthly SMART goals")
    view.press("4")
    view.wait_for("Gap analysis")
    assert "ping" not in browser.url and "delay" not in browser.url
    hosts = {urlsplit(url).netloc for url in view.requests if not url.startswith("data:")}
    assert hosts == {f"127.0.0.1:{served.port}"}, view.requests
