"""Write docs/keys.md from the bindings in the code: `python scripts/keys_doc.py`.

Every class under netplan_tui.tui.screens and netplan_tui.tui.widgets that declares
BINDINGS gets a section; tests/test_docs_keys.py fails when the file and the code
disagree, so a new key cannot go undocumented.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

KEY_NAMES = {
    "question_mark": "?",
    "greater_than_sign": ">",
    "less_than_sign": "<",
    "plus": "+",
    "minus": "-",
    "equals_sign": "=",
    "underscore": "_",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "slash": "/",
    "space": "space",
    "enter": "enter",
    "escape": "escape",
}


def key_label(keys: str) -> str:
    return " / ".join(f"`{KEY_NAMES.get(k.strip(), k.strip())}`" for k in keys.split(","))


def binding_classes() -> list[tuple[str, type]]:
    """(heading, class) for the app, the five screens, then every other widget or dialog."""
    import netplan_tui.tui.screens as screens_pkg
    import netplan_tui.tui.widgets as widgets_pkg
    from netplan_tui.tui.app import NetplanApp
    from netplan_tui.tui.screens import SECTIONS

    found: list[tuple[str, type]] = [("Everywhere", NetplanApp)]
    seen: set[type] = {NetplanApp}
    for section in SECTIONS:
        cls = getattr(importlib.import_module(section.module), section.cls)
        found.append((f"Screen {section.key} · {section.subtitle.split('· ', 1)[1]}", cls))
        seen.add(cls)
    for pkg in (screens_pkg, widgets_pkg):
        for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
            module = importlib.import_module(f"{pkg.__name__}.{info.name}")
            for _, cls in inspect.getmembers(module, inspect.isclass):
                if cls in seen or cls.__module__ != module.__name__:
                    continue
                if cls.__subclasses__() and cls.__name__ != "PlanScreen":
                    continue  # a shared base: its keys are listed under each subclass
                if own_bindings(cls):
                    found.append((heading_of(cls), cls))
                    seen.add(cls)
    return found


def heading_of(cls: type) -> str:
    """``ContactEditor`` → ``Contact editor``; the base screen is "All five screens"."""
    if cls.__name__ == "PlanScreen":
        return "All five screens"
    words = re.findall(r"[A-Z][a-z]*|[a-z]+", cls.__name__)
    return " ".join([words[0], *(w.lower() for w in words[1:])])


def own_bindings(cls: type) -> list[tuple[str, str]]:
    """(keys, description) of the bindings a class declares itself or inherits from a
    netplan-tui base (other than the five screens' base, which has its own section)."""
    from textual.binding import Binding

    declared = []
    for klass in reversed(cls.__mro__):
        if klass is cls or (
            klass.__module__.startswith("netplan_tui.") and klass.__name__ != "PlanScreen"
        ):
            declared += klass.__dict__.get("BINDINGS", [])
    rows = []
    for item in declared:
        if isinstance(item, Binding):
            keys, description = item.key, item.description
        else:
            keys, description = item[0], item[2] if len(item) > 2 else ""
        if description:
            rows.append((keys, description))
    # A key a subclass binds again (help's F1 closes it) is listed once, as rebound.
    later: set[str] = set()
    kept = []
    for keys, description in reversed(rows):
        names = {k.strip() for k in keys.split(",")}
        if not names <= later:
            kept.append((keys, description))
        later |= names
    return kept[::-1]


def render() -> str:
    lines = [
        "# Keys",
        "",
        "Every key of every screen and dialog. `?` or `F1` shows the keys of the screen",
        "you are on; `ctrl+p` (the command palette) finds any action by name. In a text",
        "field, letters are typed: press `escape` to leave the field, then screen keys work.",
        "",
        "This file is generated from the code by `python scripts/keys_doc.py`;",
        "`tests/test_docs_keys.py` fails when a key is missing from it.",
        "",
    ]
    for heading, cls in binding_classes():
        rows = own_bindings(cls)
        if not rows:
            continue
        lines += [f"## {heading}", "", "| key | action |", "|---|---|"]
        lines += [f"| {key_label(keys)} | {description} |" for keys, description in rows]
        lines.append("")
    lines += [
        "## Standard keys",
        "",
        "| key | action |",
        "|---|---|",
        "| `tab` / `shift+tab` | move between fields and lists |",
        "| `↑` `↓` `pageup` `pagedown` `home` `end` | move in lists and tables |",
        "| `enter` | select the highlighted row or option |",
        "| `ctrl+p` | command palette |",
        "| `ctrl+q` | quit (asks when an edit is not saved, like `q`) |",
        "| `ctrl+c` | copy selected text |",
        "",
        "## In a browser",
        "",
        "With `netplan-tui serve` (see [web.md](web.md)), every key above reaches the app",
        "while the page has the focus, `ctrl+p`, `ctrl+s` and `F1` included (measured",
        "in Chromium and Firefox). The browser keeps a few keys for itself; the app's",
        "own keys use none of them, but text fields and Textual's built-ins do:",
        "",
        "| browser key | what the browser does | use instead |",
        "|---|---|---|",
        "| `ctrl+w` | closes the tab (the session ends) | `alt+backspace` deletes a word |",
        "| `ctrl+shift+a` | tab search or add-ons | `home`, then `shift+end` to select all |",
        "| `ctrl+q` (Firefox) | Firefox takes it | `q` quits the app |",
        "",
        "If a browser shortcut fires instead (the address bar has the focus), click into",
        "the page once.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    target = ROOT / "docs" / "keys.md"
    target.write_text(render(), encoding="utf-8")
    print(target)
