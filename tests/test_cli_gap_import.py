"""``netplan-tui gap`` and ``netplan-tui import-linkedin``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from netplan_tui.cli import main
from netplan_tui.core.gap import analyse
from netplan_tui.core.models import Contact, Quality
from netplan_tui.data.store import Store
from tests.conftest import TODAY
from tests.test_screen_qualities import seed_demo

LINKEDIN = Path(__file__).parent / "data" / "linkedin"
ROOT = Path(__file__).resolve().parents[1]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--today", TODAY.isoformat()])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(data_dir):
    with Store(data_dir) as store:
        seed_demo(store)
    return data_dir


# ------------------------------------------------------------------ gap


def test_gap_table(capsys, demo):
    code, out, _ = run(capsys, "gap")
    assert code == 0
    with Store(demo, readonly=True) as store:
        report = analyse(store.qualities(), store.contacts())
    lines = out.splitlines()
    assert "Quality" in lines[0] and "Status" in lines[0]
    first = next(line for line in lines if report.rows[0].quality in line)
    assert str(report.rows[0].gap) in first
    assert lines[-1] == report.summary()


def test_gap_json(capsys, demo):
    code, out, _ = run(capsys, "gap", "--json")
    assert code == 0
    data = json.loads(out)
    with Store(demo, readonly=True) as store:
        assert data == analyse(store.qualities(), store.contacts()).to_json()
    assert set(data) == {"rows", "summary"}
    assert data["rows"][0]["gap"] >= data["rows"][-1]["gap"]


def test_gap_prints_user_text_literally(capsys, data_dir):
    with Store(data_dir) as store:
        store.add_quality(Quality(name="[bold red]x[/] \x1b]0;pwned\x07", target=3))
    code, out, _ = run(capsys, "gap")
    assert code == 0
    assert "[bold red]x[/]" in out and "\x1b" not in out


def test_gap_without_plan(capsys, data_dir):
    code, _out, err = run(capsys, "gap")
    assert code == 1 and "No plan yet" in err


def test_gap_without_qualities(capsys, data_dir):
    with Store(data_dir) as store:
        store.add_contact(Contact(name="Ann"))
    code, out, _ = run(capsys, "gap")
    assert code == 0 and "No qualities yet" in out


# ------------------------------------------------------------------ import-linkedin


def test_import_then_reimport(capsys, data_dir):
    path = str(LINKEDIN / "connections_standard.csv")
    code, out, err = run(capsys, "import-linkedin", path)
    assert code == 0, err
    assert out.startswith("Added 7, updated 0")
    with Store(data_dir, readonly=True) as store:
        contacts = store.contacts()
    assert len(contacts) == 7
    ann = next(c for c in contacts if c.name == "Ann Lee")
    assert (ann.role, ann.company, ann.first_contact) == (
        "Senior Software Engineer", "Shopify", "2025-07-26")
    code, out, _ = run(capsys, "import-linkedin", path)
    assert code == 0 and out.startswith("Added 0, updated 0")
    with Store(data_dir, readonly=True) as store:
        assert len(store.contacts()) == 7


def test_dry_run_saves_nothing(capsys, demo):
    with Store(demo, readonly=True) as store:
        before = store.snapshot()
    code, out, _ = run(capsys, "import-linkedin", str(LINKEDIN / "connections_standard.csv"),
                       "--dry-run")
    assert code == 0
    assert out.splitlines() == [out.splitlines()[0], "Dry run: nothing was saved."]
    assert out.startswith("Added 7")
    with Store(demo, readonly=True) as store:
        assert store.snapshot() == before


@pytest.mark.parametrize(
    ("name", "message"),
    [("unrelated.csv", "not LinkedIn"), ("binary.csv", "binary"), ("empty.csv", ""),
     ("missing_columns.csv", ""), ("web_page.csv", ""), ("no-such-file.csv", "No file at")],
)
def test_bad_file_exit_1_store_unchanged(capsys, demo, name, message):
    with Store(demo, readonly=True) as store:
        before = store.snapshot()
    data_file = next(demo.glob("*.json"))
    raw = data_file.read_bytes()
    code, out, err = run(capsys, "import-linkedin", str(LINKEDIN / name))
    assert code == 1
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("netplan-tui: ")
    assert message in err
    assert data_file.read_bytes() == raw
    with Store(demo, readonly=True) as store:
        assert store.snapshot() == before


def test_folder_refused(capsys, demo):
    code, _out, err = run(capsys, "import-linkedin", str(LINKEDIN))
    assert code == 1 and "is a folder" in err


@pytest.mark.parametrize("args", [["import-linkedin"], ["import-linkedin", "a", "b"],
                                  ["gap", "--bogus"]])
def test_usage_errors_exit_2(capsys, args):
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 2


@pytest.mark.parametrize("module", ["gap", "import_linkedin"])
def test_commands_do_not_import_textual(module):
    code = (
        f"import sys, netplan_tui.cli.{module} as m, netplan_tui.core.gap, "
        "netplan_tui.core.linkedin;"
        "assert 'textual' not in sys.modules, 'textual imported'"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_real_command_line(tmp_path):
    """The installed entry point, as a user runs it."""
    exe = Path(sys.executable).with_name("netplan-tui")
    base = [str(exe), "--data-dir", str(tmp_path / "d"), "--today", "2026-11-28"]
    done = subprocess.run([*base, "import-linkedin", str(LINKEDIN / "connections_standard.csv")],
                          capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("Added 7")
    done = subprocess.run([*base, "gap", "--json"], capture_output=True, text=True)
    assert done.returncode == 0
    assert json.loads(done.stdout)["summary"]["qualities_total"] == 0
