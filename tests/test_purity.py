"""Pure modules and command-line commands must not import Textual (it costs ~180 ms)."""

from __future__ import annotations

import subprocess
import sys

import pytest

PURE_MODULES = [
    "netplan_tui.core.models",
    "netplan_tui.core.text",
    "netplan_tui.data.paths",
    "netplan_tui.data.storage",
    "netplan_tui.data.store",
    "netplan_tui.core.context",
    "netplan_tui.core.smart",
    "netplan_tui.core.gap",
    "netplan_tui.core.linkedin",
    "netplan_tui.core.months",
    "netplan_tui.core.export",
    "netplan_tui.data.backup",
    "netplan_tui.core.demo",
    "netplan_tui.cli",
]

PROBE = """
import importlib, sys
importlib.import_module({module!r})
bad = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
print(",".join(bad))
"""


@pytest.mark.parametrize("module", PURE_MODULES)
def test_pure_module_does_not_import_textual(module):
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(module=module)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "", f"{module} imports {out.stdout.strip()}"


def test_every_command_parser_loads_without_textual():
    probe = (
        "import sys\n"
        "from netplan_tui.cli import build_parser, COMMANDS\n"
        "build_parser()\n"
        "missing = [c for c in COMMANDS if 'netplan_tui.cli.' + c not in sys.modules]\n"
        "assert not missing, missing\n"
        "assert not any(m.startswith('textual') for m in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)
