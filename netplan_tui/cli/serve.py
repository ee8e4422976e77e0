"""``netplan-tui serve``: the same app in a web browser, through textual-serve.

textual-serve (the ``web`` extra) runs ``python -m netplan_tui`` once per
browser tab and relays the terminal over a websocket. We keep its server and
its terminal script and change what a private, keyboard-first app needs:

* our own page (``web/app_index.html``): every asset comes from this server
  (its bundled Roboto Mono font instead of a font service), the app starts on
  load and the terminal has the keyboard focus from the first key;
* 127.0.0.1 only, unless ``--host`` says otherwise (with a warning);
* the websocket accepts only pages of this server (``Origin``) reached by a
  name we listen on (``Host``): another site open in the same browser cannot
  drive the app, even through DNS rebinding.

Nothing here imports Textual or textual-serve until ``run`` is called.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from netplan_tui.cli.base import CliError, command_help, data_dir_of

PAGE_DIR = Path(__file__).resolve().parent / "web"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
MISSING_EXTRA = (
    "serve needs the web extra: pip install 'netplan-tui[web]' (it brings textual-serve)."
)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "serve",
        parents=[common],
        help=command_help("serve"),
        description=(
            "Serve the app to a web browser on this computer. Prints the address to "
            "open; opens nothing by itself. Each browser tab runs its own app on the "
            "same data directory. Needs: pip install 'netplan-tui[web]'."
        ),
    )
    parser.add_argument(
        "--host",
        default=None,
        help=(
            f"address to listen on (default: {DEFAULT_HOST}, this computer only); "
            "anyone who can reach another address can read and change your plan"
        ),
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help=f"port to listen on (default: {DEFAULT_PORT})")
    parser.set_defaults(func=run)


def app_command(args: argparse.Namespace) -> str:
    """The shell command each browser tab runs: this Python, this data, this day."""
    words = [sys.executable, "-m", "netplan_tui", "--data-dir", str(data_dir_of(args).absolute())]
    today = getattr(args, "today", None)
    if today is not None:
        words += ["--today", today.isoformat()]
    return shlex.join(words)


def url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def allowed_hosts(host: str, port: int) -> frozenset[str] | None:
    """``Host`` headers to accept, or ``None`` for any (listening on every address)."""
    if host in ("0.0.0.0", "::", ""):
        return None
    names = set(LOOPBACK_NAMES) | {host, url_host(host)}
    return frozenset(f"{name}:{port}" for name in names)


def same_origin(origin: str | None, host_header: str) -> bool:
    """Whether a websocket's ``Origin`` is a page of the server it connects to."""
    if not origin:
        return False
    parts = urlsplit(origin)
    return parts.scheme in ("http", "https") and parts.netloc == host_header


def run(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        raise CliError(f"not a port: {args.port}", status=2)
    try:
        from textual_serve.server import Server
    except ImportError:
        raise CliError(MISSING_EXTRA) from None

    host = args.host or DEFAULT_HOST
    # Listening on every address: this computer reaches it as 127.0.0.1.
    shown = DEFAULT_HOST if host in ("0.0.0.0", "::") else url_host(host)
    url = f"http://{shown}:{args.port}/"
    check_free(host, args.port)
    if args.host is not None and args.host not in LOOPBACK_NAMES:
        print(
            f"Warning: listening on {host}. Anyone who can reach port {args.port} on "
            "this address can read and change your plan.",
            file=sys.stderr,
        )
    server = make_server(Server, app_command(args), host, args.port, url)
    print(f"netplan-tui in your browser: {url}", flush=True)
    print("Open that address in a browser on this computer. Ctrl+C stops.", flush=True)
    try:
        server.serve()
    except OSError as exc:
        raise CliError(f"Cannot listen on {host}:{args.port}: {reason(exc)}.") from None
    return 0


def check_free(host: str, port: int) -> None:
    """Fail before printing an address when the port cannot be had."""
    import socket

    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        socket.create_server((host.strip("[]"), port), family=family).close()
    except OSError as exc:
        raise CliError(f"Cannot listen on {host}:{port}: {reason(exc)}.") from None


def reason(exc: OSError) -> str:
    import os

    return os.strerror(exc.errno) if exc.errno else str(exc)


def make_server(base: type, command: str, host: str, port: int, url: str) -> Any:
    """A textual-serve ``Server`` with our page and a guarded websocket."""
    from aiohttp import web

    accepted = allowed_hosts(host, port)

    class NetplanServer(base):  # type: ignore[misc, valid-type]
        def initialize_logging(self) -> None:
            import logging

            # Warnings and errors only: no line per request, no banner.
            logging.basicConfig(level="WARNING", format="%(message)s")

        async def on_startup(self, app: web.Application) -> None:
            return None

        def known_host(self, request: web.Request) -> bool:
            return accepted is None or request.host in accepted

        async def handle_index(self, request: web.Request) -> Any:
            if not self.known_host(request):
                raise web.HTTPMisdirectedRequest(text="Unknown host name.")
            response = await super().handle_index(request)
            response.headers["Content-Security-Policy"] = CSP
            response.headers["Referrer-Policy"] = "no-referrer"
            response.headers["Cache-Control"] = "no-store"
            return response

        async def handle_websocket(self, request: web.Request) -> Any:
            if not self.known_host(request) or not same_origin(
                request.headers.get("Origin"), request.host
            ):
                raise web.HTTPForbidden(text="Only pages of this server may start the app.")
            return await super().handle_websocket(request)

    return NetplanServer(
        command,
        host=host,
        port=port,
        title="netplan-tui",
        public_url=url.rstrip("/"),
        templates_path=PAGE_DIR,
    )


#: The page may load and connect to its own server only.
CSP = (
    "default-src 'self'; connect-src 'self'; img-src 'self' data:; "
    "style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
