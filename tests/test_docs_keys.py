"""docs/keys.md must list every key binding of every screen and dialog."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_generator():
    spec = importlib.util.spec_from_file_location("keys_doc", ROOT / "scripts" / "keys_doc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_binding_is_in_keys_md():
    gen = load_generator()
    text = (ROOT / "docs" / "keys.md").read_text(encoding="utf-8")
    sections = {}
    current = None
    for line in text.splitlines():
        if line.startswith("## "):
            current = line[3:]
            sections[current] = []
        elif current is not None:
            sections[current].append(line)
    missing = []
    for heading, cls in gen.binding_classes():
        body = "\n".join(sections.get(heading, []))
        for keys, description in gen.own_bindings(cls):
            row = f"| {gen.key_label(keys)} | {description} |"
            if row not in body:
                missing.append(f"{heading}: {row}")
    assert not missing, "missing from docs/keys.md (run scripts/keys_doc.py):\n" + "\n".join(
        missing
    )


def test_keys_md_is_current():
    gen = load_generator()
    assert (ROOT / "docs" / "keys.md").read_text(encoding="utf-8") == gen.render()
