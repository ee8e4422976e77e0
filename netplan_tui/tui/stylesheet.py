"""Every widget class's default CSS in the stylesheet at once, parsed in idle time.

Our own CSS is read once at start-up (``CSS_PATH``), but Textual's widgets bring
``DEFAULT_CSS``: the first time a class is mounted Textual adds its CSS and parses
the *whole* stylesheet again (30–120 ms for ours on a 2-CPU machine), and on the
first visit of each mode and on every dialog opening ``App.refresh_css`` parses it
once more, though nothing changed. Both landed on a key press: a first visit paid
two parses.

After the first paint the app adds the dialogs' rules (:data:`DIALOG_CSS`) and the
default CSS of every widget class its modules use that is not in yet, or is in with
a tie breaker that adding the class would lower (:func:`default_css_to_add`),
exactly as Textual would when mounting the first widget of each (:func:`default_css`,
the pinned Textual's own rule), a few sources per turn of the event loop. The new
sources style nothing already mounted, so each step only parses what it added; a
lowered tie breaker can, so the last step restyles the screen shown. The app's
``refresh_css`` skips a refresh when no source and no theme variable changed since
the last one. ``tests/test_stylesheet.py``
visits every screen and dialog and fails if a source is still added or the
stylesheet parsed on the way, so a Textual upgrade that changes the rule shows, and
checks that a full refresh afterwards changes nothing on screen.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from textual.css.stylesheet import Stylesheet
from textual.widget import Widget

#: Modules whose widget classes can be mounted by the app.
PREFIXES = ("netplan_tui.tui.", "textual.")

#: The dialogs' rules and the help screen's: no first screen needs them, so they are
#: not in the app's ``CSS_PATH`` (6 ms less to parse before the first paint) but read
#: by :func:`read_dialog_css` after it, or as the first dialog is pushed.
DIALOG_CSS = Path(__file__).resolve().parent / "dialogs.tcss"

#: A stylesheet source as Textual adds it: (location, css, tie breaker, scope).
Source = tuple[tuple[str, str], str, int, str]


def default_css(cls: type[Widget]) -> list[Source]:
    """The sources Textual adds when the first widget of class ``cls`` is mounted.

    The same rule as ``DOMNode._get_default_css`` of the pinned Textual: the
    ``DEFAULT_CSS`` of the class and of each base it inherits CSS from, nearer
    classes breaking ties first.
    """
    sources: list[Source] = []
    for tie_breaker, base in enumerate(cls._css_bases(cls)):
        css: str = base.__dict__.get("DEFAULT_CSS", "")
        if not css:
            continue
        name = f"{base.__name__}.DEFAULT_CSS"
        try:
            location = (inspect.getfile(base), name)
        except (TypeError, OSError):
            location = ("", name)
        scoped: bool = base.__dict__.get("SCOPED_CSS", True)
        sources.append((location, css, -tie_breaker, base._css_type_name if scoped else ""))
    return sources


def widget_classes(prefixes: Iterable[str] = PREFIXES) -> list[type[Widget]]:
    """Widget classes defined or imported by the loaded modules under ``prefixes``."""
    found: dict[str, type[Widget]] = {}
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(tuple(prefixes)):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, type) and issubclass(value, Widget):
                found.setdefault(f"{value.__module__}.{value.__qualname__}", value)
    return [found[key] for key in sorted(found)]


def default_css_to_add(
    stylesheet: Stylesheet, classes: Iterable[type[Widget]]
) -> list[Source]:
    """The default CSS of ``classes`` as adding it class by class, as Textual does when
    the first widget of each is mounted, would leave it: each source once, with the
    lowest tie breaker any class gives it. Returned: the sources not in ``stylesheet``
    yet, then those in it whose tie breaker goes down (to be added again), in order.

    Textual adds a class's sources when the first widget of it is mounted, so a new
    source belongs to classes with nothing mounted: its rules (scoped to their class,
    as Textual scopes default CSS) style nothing on screen.
    """
    lowest: dict[tuple[str, str], Source] = {}
    for cls in classes:
        for source in default_css(cls):
            known = lowest.get(source[0])
            if known is None or source[2] < known[2]:
                lowest[source[0]] = source
    new: list[Source] = []
    lowered: list[Source] = []
    for location, source in lowest.items():
        held = stylesheet.source.get(location)
        if held is None:
            new.append(source)
        elif held.content == source[1] and held.tie_breaker > source[2]:
            lowered.append(source)
    return new + lowered


def add_sources(stylesheet: Stylesheet, sources: Iterable[Source]) -> None:
    """Add default-CSS ``sources`` as Textual adds them when their class is mounted."""
    for location, css, tie_breaker, scope in sources:
        stylesheet.add_source(
            css, read_from=location, is_default_css=True, tie_breaker=tie_breaker, scope=scope
        )


def in_steps(sources: list[Source], size: int) -> list[list[Source]]:
    """``sources`` in order, cut into runs of about ``size`` characters of CSS each
    (a source longer than that is a run of its own)."""
    steps: list[list[Source]] = []
    length = 0
    for source in sources:
        if not steps or length >= size:
            steps.append([])
            length = 0
        steps[-1].append(source)
        length += len(source[1])
    return steps


def read_dialog_css(stylesheet: Stylesheet) -> bool:
    """Add ``dialogs.tcss`` to ``stylesheet`` unless it is there; ``True`` if added.

    Every rule of the file names a dialog class, so it changes the style of nothing
    mounted before the first dialog: no restyle is needed, and the next parse reads
    this file only (Textual keeps what it parsed of the other sources).
    """
    if stylesheet.has_source(str(DIALOG_CSS)):
        return False
    stylesheet.read(DIALOG_CSS)
    return True


def css_state(stylesheet: Stylesheet, variables: dict[str, str]) -> tuple[Any, ...]:
    """What a parsed stylesheet depends on: its sources and the theme's variables.

    A source's tie breaker is left out, as Textual's own ``Stylesheet.add_source``
    leaves it out: mounting a subclass lowers the tie breaker of its bases' CSS
    (``Screen``'s and ``Widget``'s when the first screen of ours is mounted) without
    asking for a parse, and the next parse reads the new value. Counting it made the
    first mode's ``refresh_css`` parse everything again before the first paint and
    empty the parse cache, so the next new widget class parsed everything once more
    (two full parses, 25-30 ms each on a 2-CPU machine).
    """
    sources = tuple(
        (location, source.content, source.is_defaults, source.scope)
        for location, source in stylesheet.source.items()
    )
    return (sources, tuple(variables.items()))


def only_new_default_css(before: tuple[Any, ...], after: tuple[Any, ...]) -> bool:
    """``after`` is ``before`` with default CSS added, scoped to its class, and nothing
    else changed: the sources Textual adds when the first widget of a class is
    mounted. Their rules style only widgets of those classes (and what is in them),
    each styled as it was mounted, after its class's CSS was added: nothing shown
    needs a restyle, as after the idle step."""
    (old_sources, old_variables), (new_sources, new_variables) = before, after
    if old_variables != new_variables:
        return False
    old, new = set(old_sources), set(new_sources)
    if not new.issuperset(old):
        return False
    return all(is_defaults and scope for _loc, _css, is_defaults, scope in new - old)
