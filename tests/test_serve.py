"""``netplan-tui serve`` without a browser: options, the missing extra, the page, the guards."""

from __future__ import annotations

import argparse
import http.client
import re
import shlex
import socket
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from netplan_tui import cli
from netplan_tui.cli import serve
from tests.conftest import TODAY
from tests.helpers.web_server import ServedApp

HAS_SERVE = True
try:
    import textual_serve  # noqa: F401
except ImportError:
    HAS_SERVE = False

needs_extra = pytest.mark.skipif(not HAS_SERVE, reason="textual-serve (the web extra) missing")


def test_without_the_extra_it_says_so_and_exits_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "textual_serve", None)
    monkeypatch.setitem(sys.modules, "textual_serve.server", None)
    assert cli.main(["serve"]) == 1
    err = capsys.readouterr().err
    assert "pip install 'netplan-tui[web]'" in err
    assert "Traceback" not in err


def test_the_command_each_tab_runs(tmp_path: Path) -> None:
    folder = tmp_path / "my plan; rm -rf ~"
    args = argparse.Namespace(data_dir=str(folder), today=date(2026, 11, 28))
    words = shlex.split(serve.app_command(args))
    assert words == [sys.executable, "-m", "netplan_tui", "--data-dir", str(folder),
                     "--today", "2026-11-28"]
    without_today = shlex.split(serve.app_command(argparse.Namespace(data_dir=str(folder))))
    assert "--today" not in without_today


def test_host_rules() -> None:
    local = serve.allowed_hosts("127.0.0.1", 8000)
    assert local is not None
    assert "127.0.0.1:8000" in local and "localhost:8000" in local
    assert "evil.example:8000" not in local and "127.0.0.1:9000" not in local
    assert serve.allowed_hosts("0.0.0.0", 8000) is None
    assert "192.168.1.5:8000" in (serve.allowed_hosts("192.168.1.5", 8000) or ())
    assert serve.same_origin("http://127.0.0.1:8000", "127.0.0.1:8000")
    assert not serve.same_origin("http://evil.example", "127.0.0.1:8000")
    assert not serve.same_origin(None, "127.0.0.1:8000")
    assert not serve.same_origin("null", "127.0.0.1:8000")


def test_bad_port_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["serve", "--port", "70000"]) == 2
    assert "not a port" in capsys.readouterr().err


@pytest.fixture
def served(data_dir: Path) -> Iterator[ServedApp]:
    app = ServedApp(data_dir, TODAY.isoformat())
    try:
        app.wait_listening()
        yield app
    finally:
        app.stop()


def get(
    app: ServedApp, path: str, headers: dict[str, str] | None = None
) -> http.client.HTTPResponse:
    conn = http.client.HTTPConnection("127.0.0.1", app.port, timeout=10)
    conn.request("GET", path, headers=headers or {})
    response = conn.getresponse()
    response.body = response.read()  # type: ignore[attr-defined]
    conn.close()
    return response


def websocket_handshake(app: ServedApp, origin: str | None, host: str | None = None) -> int:
    headers = {
        "Upgrade": "websocket",
        "Connection": "Upgrade",
        "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
        "Sec-WebSocket-Version": "13",
    }
    if origin is not None:
        headers["Origin"] = origin
    conn = http.client.HTTPConnection("127.0.0.1", app.port, timeout=10)
    conn.putrequest("GET", "/ws?width=80&height=24", skip_host=host is not None)
    if host is not None:
        conn.putheader("Host", host)
    for name, value in headers.items():
        conn.putheader(name, value)
    conn.endheaders()
    status = conn.getresponse().status
    conn.close()
    return status


@needs_extra
def test_page_loads_nothing_from_another_host(served: ServedApp) -> None:
    response = get(served, "/")
    assert response.status == 200
    page = response.body.decode("utf-8")  # type: ignore[attr-defined]
    assert "googleapis" not in page and "https://" not in page
    # Every src/href is on this server (or an inline data: icon).
    for url in re.findall(r'(?:src|href)="([^"]*)"', page):
        assert url.startswith("/static/") or url == "data:,", url
    csp = response.getheader("Content-Security-Policy") or ""
    assert "default-src 'self'" in csp and "connect-src 'self'" in csp
    for asset in ("/static/js/textual.js", "/static/css/xterm.css",
                  "/static/fonts/RobotoMono-VariableFont_wght.ttf"):
        assert get(served, asset).status == 200, asset
    assert b"fonts.googleapis" not in get(served, "/static/css/xterm.css").body  # type: ignore[attr-defined]


@needs_extra
def test_websocket_only_for_this_servers_pages(served: ServedApp) -> None:
    own = f"http://127.0.0.1:{served.port}"
    assert websocket_handshake(served, "http://evil.example") == 403
    assert websocket_handshake(served, None) == 403
    # DNS rebinding: a foreign name pointing at 127.0.0.1, page and socket alike.
    rebound = f"evil.example:{served.port}"
    assert websocket_handshake(served, f"http://{rebound}", host=rebound) == 403
    assert get(served, "/", {"Host": rebound}).status == 421
    assert websocket_handshake(served, own) == 101


@needs_extra
def test_prints_the_url_and_listens_on_loopback_only(data_dir: Path) -> None:
    app = ServedApp(data_dir, TODAY.isoformat())
    try:
        app.wait_listening()
    finally:
        out = app.stop()
    assert f"http://127.0.0.1:{app.port}/" in out
    assert "Warning" not in out
    # This machine's outward address (if it has one) does not answer.
    outward = outward_address()
    if outward is None:
        return
    app = ServedApp(data_dir, TODAY.isoformat())
    try:
        app.wait_listening()
        with pytest.raises(OSError):
            socket.create_connection((outward, app.port), timeout=1).close()
    finally:
        app.stop()


def outward_address() -> str | None:
    """The address this machine would use to reach another (nothing is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))
        except OSError:
            return None
        address = probe.getsockname()[0]
    return None if address.startswith("127.") or address == "0.0.0.0" else address


@needs_extra
def test_another_host_warns(data_dir: Path) -> None:
    app = ServedApp(data_dir, TODAY.isoformat(), host="127.0.0.2")
    try:
        app.wait_listening()
    finally:
        out = app.stop()
    assert f"http://127.0.0.2:{app.port}/" in out
    assert "Anyone who can reach port" in out and "read and change your plan" in out


@needs_extra
def test_a_port_in_use_is_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert cli.main(["serve", "--port", str(port)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""  # no address printed for a server that is not there
    assert f"Cannot listen on 127.0.0.1:{port}" in captured.err
    assert "Traceback" not in captured.err
