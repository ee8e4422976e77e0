"""Every command example in README.md and docs/*.md runs as written.

Examples are the lines of fenced code blocks and the backticked table cells that start
with ``netplan-tui`` (or ``.venv/bin/netplan-tui``, or follow ``$ `` or ``| ``). Each
runs in bash, in a fresh home folder that holds a demo plan in the default data
directory and the files the examples name, with ``netplan-tui`` on the PATH as the
installed command would be after the quick start. An example passes when it exits 0
(``check`` may also exit 1: that is its "not SMART" answer) and prints no traceback.
Examples that open the full-screen app or start a server are listed, not run.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
TODAY = "2026-11-28"
VALUE_OPTIONS = {"--data-dir", "--today"}
#: Commands that run until stopped: the test checks they parse, not that they end.
LONG_RUNNING = {"serve"}
#: Commands whose exit status 1 is an answer, not an error.
ANSWER_ONE = {"check"}

PROGRAM = re.compile(r"(?:^|(?<=\| )|(?<=\$ ))(?:\.venv/bin/)?netplan-tui(?=\s|$)")


SHELL_FENCES = {"sh", "bash", "console", "shell"}


def examples(unlabelled: bool = False) -> list[tuple[str, str]]:
    """The examples (or, with ``unlabelled``, command lines in fences not marked as shell)."""
    found: list[tuple[str, str]] = []
    for path in DOCS:
        fence: str | None = None
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.relative_to(ROOT)}:{number}"
            if line.lstrip().startswith("```"):
                fence = None if fence is not None else line.strip().strip("`").strip()
                continue
            if fence is not None:
                command = line.strip().removeprefix("$ ")
                if not re.match(r"(\.venv/bin/)?netplan-tui(\s|$)", command):
                    if not (fence in SHELL_FENCES and PROGRAM.search(command)):
                        continue
                if (fence in SHELL_FENCES) != unlabelled:
                    found.append((where, command))
            elif line.startswith("|") and not unlabelled:
                for cell in line.split("|"):
                    for code in re.findall(r"`([^`]+)`", cell):
                        if re.match(r"(\.venv/bin/)?netplan-tui\s", code):
                            found.append((where, code))
    return found


def subcommand(command: str) -> str | None:
    """The subcommand of the first ``netplan-tui`` in ``command`` (None: opens the app)."""
    try:
        tokens = shlex.split(command, comments=True)
    except ValueError:
        return "?"
    start = next(i for i, t in enumerate(tokens) if t.endswith("netplan-tui"))
    skip = False
    for token in tokens[start + 1:]:
        if skip:
            skip = False
        elif token in VALUE_OPTIONS:
            skip = True
        elif token.startswith("-"):
            if token in ("--help", "-h", "--version"):
                return token
            continue
        elif token in ("|", "&&", ";"):
            break
        else:
            return token
    return None


EXAMPLES = examples()


def test_command_blocks_are_marked_as_shell() -> None:
    # A command in a fence without ```sh would escape this test.
    assert examples(unlabelled=True) == []


def test_the_docs_have_examples() -> None:
    assert len(EXAMPLES) >= 20
    assert {subcommand(c) for _, c in EXAMPLES} >= {"check", "goals", "export", "backup"}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home folder with a demo plan, a LinkedIn export, a backup and a daily copy."""
    base = tmp_path_factory.mktemp("docs-home")
    home = base / "home"
    (home / "Downloads").mkdir(parents=True)
    (home / "safe").mkdir()
    shutil.copy(ROOT / "tests/data/linkedin/connections_standard.csv",
                home / "Downloads/Connections.csv")
    env = environment(base)
    data = home / ".local/share/netplan-tui"
    run(f"netplan-tui --data-dir {data} demo", base, env, check=True)
    run("netplan-tui backup -o netplan-backup.json", base, env, check=True)
    shutil.copy(base / "netplan-backup.json", base / "netplan-backup-2026-11-28.json")
    # The goal command examples in docs/goals.md work on goal 12, the one they add.
    added = run("netplan-tui goal add 'Message 3 product managers on LinkedIn by December 18'",
                base, env)
    assert added.stdout.split()[:1] == ["12"], "docs/goals.md's goal examples use id 12"
    (data / "backups").mkdir(exist_ok=True)
    shutil.copy(data / "netplan.json", data / "backups/netplan-2026-11-27.json")
    return base


def environment(base: Path) -> dict[str, str]:
    bin_dir = base / "bin"
    if not bin_dir.exists():
        bin_dir.mkdir()
        shim = bin_dir / "netplan-tui"
        shim.write_text(
            f"#!/bin/sh\nexec {shlex.quote(sys.executable)} -m netplan_tui --today {TODAY} \"$@\"\n"
        )
        shim.chmod(shim.stat().st_mode | stat.S_IXUSR)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NETPLAN_TUI", "XDG_"))}
    env.update(
        HOME=str(base / "home"),
        PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
        PYTHONPATH=str(ROOT),
        TERM="dumb",
        XDG_DOCUMENTS_DIR=str(base / "home/Documents"),
    )
    return env


def run(command: str, cwd: Path, env: dict[str, str], check: bool = False):  # noqa: ANN201
    if not check:  # an example from the docs, not the test's own set-up
        command = re.sub(r"\.venv/bin/netplan-tui", "netplan-tui", command)
        # Examples write under /tmp: keep them inside the test's folder.
        command = re.sub(r"(?<![\w/])/tmp/", f"{cwd}/tmp/", command)
        (cwd / "tmp").mkdir(exist_ok=True)
    done = subprocess.run(
        ["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True,
        timeout=120, stdin=subprocess.DEVNULL,
    )
    if check:
        assert done.returncode == 0, (command, done.stdout, done.stderr)
    return done


@pytest.mark.parametrize(("where", "command"), EXAMPLES, ids=[w for w, _ in EXAMPLES])
def test_example_runs(where: str, command: str, template: Path, tmp_path: Path) -> None:
    name = subcommand(command)
    if name is None:
        pytest.skip("opens the full-screen app (the Pilot tests cover it)")
    base = tmp_path / "run"
    shutil.copytree(template, base, symlinks=True)
    env = environment(base)
    if name in LONG_RUNNING:
        done = run(command.split("#")[0] + " --help", base, env)
        assert done.returncode == 0, f"{where}: {done.stderr}"
        return
    tokens = shlex.split(command, comments=True)
    if "-o" in tokens and tokens.index("-o") + 1 < len(tokens):
        # The example writes a new file: the ones the set-up made for restore go first.
        target = base / tokens[tokens.index("-o") + 1].replace("~", str(base / "home"), 1)
        if target.resolve().is_relative_to(base.resolve()):  # never /dev/stdout and the like
            target.unlink(missing_ok=True)
    if name == "restore" and "--yes" not in command:
        command += " --yes"  # at a terminal it asks first; here there is no one to answer
    done = run(command, base, env)
    output = done.stdout + done.stderr
    assert "Traceback" not in output, f"{where}: {command}\n{output}"
    allowed = {0, 1} if name in ANSWER_ONE else {0}
    assert done.returncode in allowed, (
        f"{where}: `{command}` exited {done.returncode}\n{output[-2000:]}"
    )
