"""``text.clean``: the one definition of characters unsafe to show, checked against Unicode."""

from __future__ import annotations

import sys
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from netplan_tui.core.text import clean, one_line

UNSAFE_CATEGORIES = {"Cc", "Cf", "Cs"}


def unsafe(ch: str) -> bool:
    return ch not in "\n\t" and unicodedata.category(ch) in UNSAFE_CATEGORIES


def test_ranges_match_unicode_categories() -> None:
    # Every code point: removed exactly when it is a control, format or surrogate
    # character of the Unicode version this Python knows (newline and tab kept).
    wrong = [
        hex(cp)
        for cp in range(sys.maxunicode + 1)
        if (clean(chr(cp)) == "") != unsafe(chr(cp))
        and unicodedata.category(chr(cp)) != "Cn"  # unassigned: either way
    ]
    assert wrong == []


@given(st.text())
def test_clean_keeps_every_safe_character_in_order(text: str) -> None:
    assert clean(text) == "".join(ch for ch in text if not unsafe(ch))


@given(st.text())
def test_replacement_keeps_the_length(text: str) -> None:
    assert len(clean(text, " ")) == len(text)


def test_escape_sequences_and_bidi_are_removed() -> None:
    assert clean("a\x1b]0;pwned\x07b\u202ec") == "a]0;pwnedbc"
    assert one_line("x\n\ny\tz") == "x y z"
