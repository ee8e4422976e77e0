"""A Rich renderable as the terminal shows it: plain text, at a given width."""

from __future__ import annotations

import io

from rich.console import Console, RenderableType


def drawn_text(renderable: RenderableType, width: int) -> str:
    """The lines ``renderable`` draws in ``width`` cells, without styles."""
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(renderable)
    return console.export_text()
