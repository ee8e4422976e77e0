"""The four layers: core → data → cli → tui, each a folder, checked on the import graph.

Every ``import`` statement counts, those inside functions too. Rules:
- a layer imports only itself and the layers below it (core < data < cli < tui);
- ``core`` imports the standard library only; only ``data`` imports TinyDB;
- no import cycles between modules;
- importing any module of core, data or cli does not load Textual;
- no module is over 600 lines.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "netplan_tui"
LAYERS = ("core", "data", "cli", "tui")
STDLIB = sys.stdlib_module_names


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str) -> set[str]:
    """Absolute names of every module ``name`` imports (function bodies included)."""
    path = MODULES[name]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            for alias in node.names:  # ``from pkg import module``
                if f"{target}.{alias.name}" in MODULES:
                    found.add(f"{target}.{alias.name}")
    return found


def layer_of(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else None


GRAPH = {name: imports_of(name) for name in MODULES}


def test_every_module_sits_in_a_layer() -> None:
    outside = {n for n in MODULES if layer_of(n) is None}
    # The package itself, ``python -m`` and the launcher that joins cli and tui.
    assert outside == {"netplan_tui", "netplan_tui.__main__", "netplan_tui.launcher"}


@pytest.mark.parametrize("name", sorted(n for n in MODULES if layer_of(n)))
def test_no_upward_import(name: str) -> None:
    rank = LAYERS.index(layer_of(name))
    for target in GRAPH[name]:
        if target.startswith("netplan_tui."):
            other = layer_of(target)
            assert other is not None, f"{name} imports {target}, which is in no layer"
            assert LAYERS.index(other) <= rank, f"{name} ({layer_of(name)}) imports {target}"


@pytest.mark.parametrize("name", sorted(n for n in MODULES if layer_of(n) == "core"))
def test_core_uses_the_standard_library_only(name: str) -> None:
    for target in GRAPH[name]:
        top = target.split(".")[0]
        assert top in STDLIB or top == "netplan_tui" or top == "__future__", (
            f"{name} imports {target}"
        )


@pytest.mark.parametrize("name", sorted(MODULES))
def test_tinydb_only_in_data(name: str) -> None:
    if layer_of(name) == "data":
        return
    assert not any(t.split(".")[0] == "tinydb" for t in GRAPH[name]), f"{name} imports TinyDB"


def test_no_import_cycles() -> None:
    internal = {n: {t for t in GRAPH[n] if t in MODULES and t != n} for n in MODULES}
    # A package's __init__ re-exporting its own modules is not a cycle of logic.
    for name in internal:
        internal[name] = {t for t in internal[name] if not name.startswith(t + ".")}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(internal[node]):
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):] + [nxt]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for name in sorted(internal):
        if name not in state:
            visit(name)


PROBE = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
    bad = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
    if bad:
        print(name)
        break
"""


def test_core_data_cli_do_not_load_textual() -> None:
    lower = sorted(n for n in MODULES if layer_of(n) in ("core", "data", "cli"))
    for name in lower:  # one interpreter each: an earlier import must not hide a later one
        out = subprocess.run(
            [sys.executable, "-c", PROBE, name], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "", f"{name} loads Textual"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_over_600_lines(name: str) -> None:
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= 600, f"{name} has {lines} lines"
