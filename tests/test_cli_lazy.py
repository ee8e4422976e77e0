"""The command line imports only the subcommand it runs and reads only the tables it needs.

``--help``, usage errors and every subcommand's help must read exactly as with
every module imported; a damaged table a command reads must still give the short
message (no traceback, non-zero exit) and leave the file as it was.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from netplan_tui.cli import base, status
from netplan_tui.data import paths
from netplan_tui.data.storage import index_path
from tests.conftest import TODAY
from tests.helpers import ROOT
from tests.test_damaged import CASES
from tests.test_lazy_open import damage, seeded

WORDS = [word for word, _ in base.SUBCOMMANDS.values()]


def output_of(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[str, str, object]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            parser.parse_args(argv)
            code: object = None
        except SystemExit as exc:
            code = exc.code
    return out.getvalue(), err.getvalue(), code


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["bogus"], ["--today", "2026-13-01", "status"], ["status", "--bogus"],
     ["goal", "add", "--help"], ["goal"], ["check"], ["gap", "--jsn"],
     *([word, "--help"] for word in WORDS)],
    ids=lambda argv: " ".join(argv),
)
def test_lazy_parser_reads_exactly_as_the_full_one(
    argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    full = output_of(base.build_parser(), argv)
    parsers: list[argparse.ArgumentParser] = []
    real = base.build_parser

    def recorded(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        parsers.append(real(*args, **kwargs))
        return parsers[-1]

    monkeypatch.setattr(base, "build_parser", recorded)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            base.parse(argv)
            code: object = None
        except SystemExit as exc:
            code = exc.code
    assert (out.getvalue(), err.getvalue(), code) == full
    # the lazy parser alone has the last word, but for words left over (a usage error)
    assert len(parsers) == (2 if "unrecognized arguments" in err.getvalue() else 1)
    assert full[0] or full[1]  # something was printed, so the comparison means something


def test_help_lists_every_command_without_importing_any() -> None:
    full = base.build_parser().format_help()
    assert base.build_parser(base.COMMANDS, only=()).format_help() == full
    for word in WORDS:
        assert f"    {word}" in full


def test_status_imports_only_its_own_module() -> None:
    probe = (
        "import sys\n"
        "from netplan_tui.cli.base import parse\n"
        "parser, args = parse(['--today', '2026-11-28', 'status'])\n"
        "assert args.func.__module__ == 'netplan_tui.cli.status', args\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('netplan_tui.cli.'))\n"
        "assert loaded == ['netplan_tui.cli.base', 'netplan_tui.cli.status'], loaded\n"
        "assert not any(m.startswith('netplan_tui.core.smart') for m in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True, cwd=ROOT)


def test_a_placeholder_picked_by_argparse_parses_again_in_full(monkeypatch) -> None:
    real = base.build_parser
    calls: list[object] = []

    def without_commands(commands=base.COMMANDS, *, only=None):  # noqa: ANN001, ANN202
        calls.append(only)
        return real(commands, only=() if only is not None else None)

    monkeypatch.setattr(base, "build_parser", without_commands)
    _, args = base.parse(["status", "--today", "2026-11-28"])
    assert args.func is status.run and args.today == TODAY
    assert calls == [{"status", "--today", "2026-11-28"}, None]


# ------------------------------------------------------------------ damaged tables
def run_cli(data_dir: Path, *words: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NETPLAN_TUI_DATA_DIR=str(data_dir), PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "netplan_tui", *words, "--today", TODAY.isoformat()],
        env=env, capture_output=True, text=True, timeout=60, cwd=data_dir.parent,
    )


def assert_refused(proc: subprocess.CompletedProcess[str], data_dir: Path, words: str) -> None:
    where = f"{proc.args}: {proc.stderr!r}"
    assert proc.returncode == 1, where
    assert "Traceback" not in proc.stderr + proc.stdout, where
    lines = proc.stderr.strip().splitlines()
    assert 1 <= len(lines) <= 2 and lines[0].startswith("netplan-tui: "), where
    assert words in lines[0] and str(paths.data_file(data_dir)) in lines[0], where
    assert proc.stdout == "", where


@pytest.mark.parametrize("with_index", [True, False], ids=["index", "no-index"])
def test_damaged_contact_refused_by_gap_not_by_status(data_dir: Path, with_index: bool) -> None:
    seeded(data_dir)
    raw = damage(data_dir, "contacts", "name", {"first": "Ada"})
    if not with_index:
        index_path(paths.data_file(data_dir)).unlink(missing_ok=True)
    before = os.stat(paths.data_file(data_dir))
    for command in (["gap"], ["export"], ["goals"], ["backup", "-o", "-"]):
        assert_refused(run_cli(data_dir, *command), data_dir, "'name' should be text")
    ok = run_cli(data_dir, "status")  # status reads the goals only
    assert ok.returncode == 0 and ok.stdout == "Nov 2026: 0/1 goal done\n", ok.stderr
    after = os.stat(paths.data_file(data_dir))
    assert paths.data_file(data_dir).read_bytes() == raw
    assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)


def test_damaged_goal_refused_by_status(data_dir: Path) -> None:
    seeded(data_dir)
    raw = damage(data_dir, "goals", "target", "three")
    assert_refused(run_cli(data_dir, "status"), data_dir, "'target' should be a whole number")
    assert paths.data_file(data_dir).read_bytes() == raw


def test_a_table_read_after_the_open_is_still_reported_in_short(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A command that reads a table it did not name at the open: main says it in short."""
    seeded(data_dir)
    raw = damage(data_dir, "goals", "month", "2026-13")
    real = base.open_store
    monkeypatch.setattr(status, "open_store", lambda args, tables=None: real(args, tables=()))
    assert base.main(["status", "--today", TODAY.isoformat()]) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert captured.out == "" and len(lines) == 2
    assert lines[0].startswith("netplan-tui: In 'goals', record 1")
    assert "'month' should be a month (YYYY-MM)" in lines[0]
    assert paths.data_file(data_dir).read_bytes() == raw
    assert json.loads(raw)["goals"]["1"]["month"] == "2026-13"


READ_ONLY = [["status"], ["goals"], ["gap"], ["export"], ["backup", "-o", "-"],
             ["check", "Call Bob"]]


@pytest.mark.parametrize("case", [c for c in CASES if c not in ("wrong-table", "wrong-field")])
def test_a_damaged_file_is_refused_by_every_read_only_command(data_dir: Path, case: str) -> None:
    """Over a good plan whose index stays behind: the index no longer matches, nothing is used."""
    seeded(data_dir)
    assert index_path(paths.data_file(data_dir)).exists()
    raw = CASES[case][0]
    paths.data_file(data_dir).write_bytes(raw)
    for command in READ_ONLY:
        assert_refused(run_cli(data_dir, *command), data_dir, "")
    assert paths.data_file(data_dir).read_bytes() == raw


@pytest.mark.parametrize(("table", "readers", "others"), [
    ("goals", [["status"], ["goals"], ["export"], ["backup", "-o", "-"], ["check", "Call Bob"]],
     [["gap"]]),
    ("contacts", [["goals"], ["gap"], ["export"], ["backup", "-o", "-"], ["check", "Call Bob"]],
     [["status"]]),
])
def test_a_table_of_the_wrong_shape_is_refused_by_the_commands_that_read_it(
    data_dir: Path, table: str, readers: list[list[str]], others: list[list[str]]
) -> None:
    seeded(data_dir)
    data = json.loads(paths.data_file(data_dir).read_bytes())
    data[table] = ["not", "a", "table"]
    raw = json.dumps(data).encode()
    paths.data_file(data_dir).write_bytes(raw)
    for command in readers:
        assert_refused(run_cli(data_dir, *command), data_dir, f"'{table}' part has the wrong shape")
    for command in others:
        proc = run_cli(data_dir, *command)
        assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    assert paths.data_file(data_dir).read_bytes() == raw
