"""Company names: legal suffixes and common words dropped, one key per company."""

from __future__ import annotations

from functools import lru_cache

from .words import (
    _words,
)

_COMPANY_SUFFIXES: tuple[tuple[str, ...], ...] = tuple(
    tuple(s.split())
    for s in (
        "inc",
        "incorporated",
        "llc",
        "ltd",
        "limited",
        "gmbh",
        "corp",
        "corporation",
        "co",
        "company",
        "s a",
        "sa",
        "b v",
        "bv",
        "plc",
        "ag",
        "se",
        "n v",
        "nv",
        "sarl",
        "a s",
        "sa rl",
        "sas",
        "pty",
        "pvt",
        "pte",
        "oy",
        "ab",
        "s l",
        "sl",
        "srl",
        "spa",
        "s p a",
        "kg",
        "ug",
    )
)


@lru_cache(maxsize=16384)
def _company_words(text: str) -> tuple[str, ...]:
    """Company name words without legal suffixes ("Shopify, Inc." -> shopify)."""
    words = list(_words(text))
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    changed = True
    while changed:
        changed = False
        for suffix in _COMPANY_SUFFIXES:
            size = len(suffix)
            if len(words) > size and tuple(words[-size:]) == suffix:
                del words[-size:]
                changed = True
                break
    return tuple(words)


@lru_cache(maxsize=16384)
def _company_keys(text: str) -> frozenset[str]:
    """Every leading run of words written as one: ``meta platforms`` -> meta, metaplatforms."""
    words = _company_words(text)
    return frozenset("".join(words[: i + 1]) for i in range(len(words)))


def _company_key(text: str) -> str:
    return "".join(_company_words(text))
