"""What a screenshot shows, cell by cell: for comparing two ways of drawing the same screen.

Rich's SVG groups cells into runs as it likes (two drawings that look the same can
differ in their SVG); this reads each cell's character, text colour and background.
"""

from __future__ import annotations

import html
import re

CELL_WIDTH, LINE_HEIGHT = 12.2, 24.4

Cells = dict[tuple[int, int], tuple[str, str, str]]


def svg_cells(svg: str) -> Cells:
    """(row, column) → (character, text style, background) of a screenshot: one
    exported by Textual (styles named ``terminal-<number>-rN``) or a stored snapshot
    (``terminal-rN``)."""
    styles = dict(re.findall(r"\.terminal-(?:\d+-)?(r\d+) \{ ([^}]*) \}", svg))
    background: dict[tuple[int, int], str] = {}
    for fill, x, y, w in re.findall(
        r'<rect fill="(#[0-9a-f]+)" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"', svg
    ):
        column, row = round(float(x) / CELL_WIDTH), round((float(y) - 1.5) / LINE_HEIGHT)
        for c in range(column, column + round(float(w) / CELL_WIDTH)):
            background[(row, c)] = fill
    text: dict[tuple[int, int], tuple[str, str]] = {}
    for cls, x, y, run in re.findall(
        r'<text class="terminal-(?:\d+-)?(r\d+)" x="([\d.]+)" y="([\d.]+)"[^>]*>(.*?)</text>',
        svg,
        re.S,
    ):
        column, row = round(float(x) / CELL_WIDTH), round((float(y) - 20) / LINE_HEIGHT)
        for offset, char in enumerate(html.unescape(run).replace("\xa0", " ")):
            text[(row, column + offset)] = (char, styles.get(cls, cls) if char != " " else "")
    return {
        key: (*text.get(key, (" ", "")), background.get(key, ""))
        for key in set(background) | set(text)
    }
