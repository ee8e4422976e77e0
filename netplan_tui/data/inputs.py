"""Reading input with a hard limit on the bytes read.

A file's ``stat`` size says nothing about a device, a FIFO or standard input
(``/dev/zero`` reports 0 bytes and never ends), so the limit is on what is
read: at most ``limit + 1`` bytes, and more than ``limit`` is refused.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import BinaryIO, TextIO

#: The largest data file or backup read: 50,000 contacts take about 10 MB.
MAX_DATA_BYTES = 256 * 1024 * 1024
CHUNK = 1024 * 1024


class InputTooLarge(ValueError):
    """More than the limit was offered; nothing of it is used."""

    def __init__(self, source: str, limit: int) -> None:
        super().__init__(f"{source} is larger than {_size(limit)}, more than netplan-tui reads.")
        self.source = source
        self.limit = limit


def _size(limit: int) -> str:
    if limit >= 1024 * 1024 and limit % (1024 * 1024) == 0:
        return f"{limit // (1024 * 1024)} MB"
    if limit >= 1024 and limit % 1024 == 0:
        return f"{limit // 1024} KB"
    return f"{limit} bytes"


def _read_stream(stream: BinaryIO, limit: int, source: str) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = stream.read(min(CHUNK, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > limit:
        raise InputTooLarge(source, limit)
    return b"".join(chunks)


def read_limited(source: str | os.PathLike[str] | BinaryIO, limit: int) -> bytes:
    """All the bytes of a path or a binary stream, or :class:`InputTooLarge` past ``limit``.

    A path is opened for reading only (a FIFO or a device is read like a file:
    it is the bytes read that count, never ``stat``). ``OSError`` of opening or
    reading passes through for the caller to word.
    """
    if isinstance(source, (str, os.PathLike)):
        with open(Path(source), "rb") as stream:  # noqa: PTH123 - one read, closed at once
            return _read_stream(stream, limit, str(source))
    return _read_stream(source, limit, "The input")


def read_text_limited(stream: BinaryIO | TextIO, limit: int, encoding: str = "utf-8") -> str:
    """All of a stream as text, at most ``limit`` bytes (or characters) read.

    A text stream (``sys.stdin``) is read through its binary buffer when it has
    one, the bytes decoded with undecodable ones replaced; a stream with no
    buffer (a test's ``StringIO``) is read by characters under the same limit.
    """
    binary = getattr(stream, "buffer", None)
    if binary is not None:
        return read_limited(binary, limit).decode(encoding, errors="replace")
    if not isinstance(stream, io.TextIOBase):
        return read_limited(stream, limit).decode(encoding, errors="replace")  # type: ignore[arg-type]
    text = stream.read(limit + 1)
    if len(text) > limit:
        raise InputTooLarge("The input", limit)
    return text
