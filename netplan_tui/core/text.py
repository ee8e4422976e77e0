"""Making user text safe to show.

Pure: no Textual, no Rich. Text from the user or from imported files may hold
terminal control sequences (``ESC ] 0 ; title BEL``) and bidi overrides. They
are removed before display; the stored text is left exactly as typed.
"""

from __future__ import annotations

import re
import unicodedata

# Unicode categories Cc and Cf (control and format characters: ESC, BEL, bidi
# overrides, zero-width marks...), newline and tab excepted, and Cs (lone surrogates,
# which no terminal or file encoding accepts). Listed as ranges so nothing is
# computed at import time; tests/test_text.py checks the list against unicodedata.
UNSAFE_RANGES = (
    "\ud800-\udfff\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"  # noqa: E501
)
_UNSAFE_RE = re.compile(f"[{UNSAFE_RANGES}]")
_FAST_OK = re.compile(r"[ -~\t\n]*\Z")


def clean(text: object, replacement: str = "") -> str:
    """Return ``text`` without control and format characters (newline and tab kept).

    Each removed character is replaced by ``replacement`` (nothing by default).
    This is the one definition of "unsafe to show" for the whole app: display,
    imported files and the SMART checker all use it.
    """
    if text is None:
        return ""
    value = str(text)
    if _FAST_OK.match(value):
        return value
    return _UNSAFE_RE.sub(replacement, value)


def plural(count: int, one: str, many: str) -> str:
    """``1 person``, ``3 people``."""
    return f"{count} {one if count == 1 else many}"


def one_line(text: object, limit: int | None = None) -> str:
    """``clean`` text folded onto one line, cut to ``limit`` characters with an ellipsis."""
    value = " ".join(clean(text).split())
    if limit is not None and len(value) > limit:
        return value[: max(limit - 1, 0)] + "…"
    return value


def fold(text: object) -> str:
    """Text for matching: case and accents ignored (``José`` and ``jose`` match)."""
    value = str(text or "").casefold()
    if value.isascii():
        return value
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
