"""The command line shell: help, version, data directory, today, usage errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

from netplan_tui import __version__
from netplan_tui.cli import main


def run(*args: str, env_dir=None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "netplan_tui", *args], capture_output=True, text=True, timeout=60
    )


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"netplan-tui {__version__}"


def test_help_lists_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ["locate", "check", "goals", "status", "gap", "export", "backup", "restore"]:
        assert command in out


def test_locate_uses_env_then_flag(capsys, data_dir, tmp_path):
    assert main(["locate"]) == 0
    assert capsys.readouterr().out.strip() == str(data_dir / "netplan.json")
    other = tmp_path / "elsewhere"
    assert main(["locate", "--data-dir", str(other)]) == 0
    assert capsys.readouterr().out.strip() == str(other / "netplan.json")
    assert main(["--data-dir", str(other), "locate", "--dir"]) == 0
    assert capsys.readouterr().out.strip() == str(other)
    assert not other.exists()  # locating creates nothing


def test_default_data_dir_is_platformdirs(monkeypatch, tmp_path, capsys):
    monkeypatch.delenv("NETPLAN_TUI_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert main(["locate"]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "xdg" / "netplan-tui" / "netplan.json")


@pytest.mark.parametrize(
    "argv",
    [["--today", "2026-13-01", "locate"], ["--today", "soon", "locate"], ["no-such-command"]],
)
def test_usage_errors_exit_2_without_traceback(argv):
    result = run(*argv)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "error:" in result.stderr


def test_module_entry_point():
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout
