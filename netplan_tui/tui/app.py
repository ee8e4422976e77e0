"""The Textual app: a thin shell around the store and the five screens."""

from __future__ import annotations

import asyncio
import importlib
import re
import threading
import time
from collections.abc import Callable, Iterable
from contextlib import suppress
from datetime import date
from functools import partial
from typing import Any

from textual import work
from textual.app import SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.scrollbar import ScrollBar
from textual.timer import Timer
from textual.worker import Worker, get_current_worker

from netplan_tui.data import paths
from netplan_tui.data.store import DataFileError, SaveError, Store
from netplan_tui.tui.closing import ClosesWhenMounted
from netplan_tui.tui.collector import give_back
from netplan_tui.tui.key_order import KeyOrder
from netplan_tui.tui.parking import PARKING, ParkingScreen
from netplan_tui.tui.screens import SECTION_BY_MODE, SECTIONS
from netplan_tui.tui.stylesheet import (
    add_sources,
    css_state,
    default_css_to_add,
    in_steps,
    only_new_default_css,
    read_dialog_css,
    widget_classes,
)
from netplan_tui.tui.widgets.scrollbar import MergedScrollBarRender

SETTLED = 0.1  # seconds a screen is left alone before work is done ahead (when_settled)
#: The longest the read-ahead thread waits for a key to be handled before going on.
KEY_WAIT = 0.5
#: A pause between two steps of the preload (seconds): what is waiting runs first.
STEP_GAP = 0.001
#: The longest a step of the preload waits for a thread at work (seconds).
THREAD_WAIT = 0.5
#: Seconds of compiling the checker's patterns per step of the preload (~164 in all).
PRELOAD_STEP = 0.008
#: Characters of default CSS added and parsed per step after the first paint (~3 ms).
PRIME_STEP = 3000

#: Modules of dialogs and widgets imported after the first paint (see ``_preload``).
PRELOAD = (
    "netplan_tui.core.smart.checker",  # screen 5 checks its goals after the first paint
    "netplan_tui.tui.screens.help",
    "netplan_tui.tui.widgets.contact_editor",
    "netplan_tui.tui.widgets.goal_editor",
    "netplan_tui.tui.widgets.quality_editor",
    "netplan_tui.tui.widgets.review_dialog",
    "netplan_tui.tui.widgets.import_dialog",
    "netplan_tui.tui.widgets.gap_matches",
)


async def _finished(workers: list[Worker[Any]], timeout: float) -> None:
    """Return once every one of ``workers`` is done, however it ended, or after
    ``timeout`` seconds. The waits left pending end with their workers: cancelling
    one would cancel its worker (``Worker.wait`` awaits the worker's task)."""

    async def done(worker: Worker[Any]) -> None:
        with suppress(Exception):  # its failure is its own to report
            await worker.wait()

    await asyncio.wait([asyncio.ensure_future(done(worker)) for worker in workers],
                       timeout=timeout)


def _lazy_screen(module: str, cls: str) -> Callable[[], Screen[Any]]:
    """A mode factory that imports the screen's module on the first visit only."""

    def factory() -> Screen[Any]:
        return getattr(importlib.import_module(module), cls)()

    return factory


class NetplanApp(ClosesWhenMounted, KeyOrder, inherit_bindings=False):
    """netplan-tui: plan your professional network and set SMART goals."""

    # One stylesheet set, read once at start-up: no class of ours brings its own CSS;
    # the dialogs' rules (dialogs.tcss) and Textual's widgets' default CSS are added
    # in one go after the first paint.
    CSS_PATH = ["widgets.tcss", "screens.tcss", "netplan.tcss"]
    TITLE = "netplan-tui"

    MODES = {
        **{s.mode: _lazy_screen(s.module, s.cls) for s in SECTIONS},
        PARKING: ParkingScreen,  # never shown: see tui/parking.py
    }

    BINDINGS = [
        *(
            Binding(s.key, f"switch_mode('{s.mode}')", s.title, show=False)
            for s in SECTIONS
        ),
        # Two keys each for help and quit: the footer shows the first one that works
        # where the focus is (in a text field `?` and `q` are typed, F1 and ctrl+q work).
        Binding("question_mark", "help", "Help"),
        Binding("f1", "help", "Help", key_display="F1"),
        Binding("greater_than_sign", "next_step", "Next step"),
        Binding("x", "export", "Export plan", show=False),
        Binding("q", "quit", "Quit"),
        # Textual's own two app keys, declared here after `q` (see inherit_bindings).
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("ctrl+c", "help_quit", show=False, system=True),
    ]

    def __init__(self, store: Store, today: date) -> None:
        plan = store.get_plan()
        # The app opens on its first screen's mode, the one Textual enters as it
        # starts: switching to it from the blank screen Textual would otherwise start
        # on ran the first layout and paint twice, once inside the 50 ms Textual
        # holds the paint over a switch (~30 ms of every start, tui/parking.py).
        self.DEFAULT_MODE = "goal" if not plan.onboarding_done or not plan.primary_goal else "goals"
        super().__init__()
        self.store = store
        store.parse_pause = self._wait_for_keys  # a thread parsing lets keys go first
        self.today = today
        self.onboarding = not plan.onboarding_done
        self._css_state: tuple[Any, ...] | None = None  # see refresh_css
        # The theme variables Textual's stylesheet was made with (see refresh_css).
        self._css_variables_at_start: tuple[Any, ...] | None = tuple(
            self.get_css_variables().items()
        )
        self.stylesheet_ready = False  # every default CSS added and parsed (after paint)
        self._painted = False  # the first frame was written (see after_first_paint)
        self._after_paint: list[Callable[[], object]] = []
        self._after_preload: list[Callable[[], object]] = []  # see when_settled
        ScrollBar.renderer = MergedScrollBarRender  # see widgets/scrollbar.py

    # -- start-up -------------------------------------------------------------------
    def on_mount(self) -> None:
        # The first screen was built and laid out before Textual styled the app itself
        # (it styles the app after entering the first mode): the colours its widgets
        # worked out against an app with no background yet are cached, and text came
        # out in the background's colour. Textual's hook for "styles changed" drops
        # them; no CSS is matched again.
        for node in self.screen.walk_children(with_self=True):
            node.notify_style_update()
            node.refresh()
        theme = self.store.get_setting("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        # The last handler of Textual's start-up: the next refresh is the first one
        # written (the ones before fell inside Textual's start-up batch).
        self.call_after_refresh(self._first_paint_done)

    def _first_paint_done(self) -> None:
        self._painted = True
        for callback in self._after_paint:
            callback()
        self._after_paint.clear()
        self._preload()

    def after_first_paint(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` after the next refresh, and not before the first frame is
        written.

        Textual lays out and paints the first screen inside its start-up batch, which
        writes nothing, and runs callbacks after that refresh: work put "after the
        first paint" with ``call_after_refresh`` from a screen's mount ran before the
        first frame was written (the SMART checks of the month's goals, or a thread
        reading 10,000 contacts that held the interpreter through the first paint).
        """
        if self._painted:
            self.call_after_refresh(callback)
        else:
            self._after_paint.append(callback)

    def on_unmount(self) -> None:
        """Give back to the cycle collector what was set aside (``tui/collector.py``):
        once the app is closed it is garbage."""
        give_back()

    def _preload(self) -> None:
        """After the first paint, import what the other screens and dialogs need,
        compile the checker's patterns, and read the tables the first screen did
        not need, so a first visit or a first dialog finds them ready.

        The imports and the patterns are done on the event loop, a small step at a
        time (``_preload_steps``); the tables are read in a thread (parsed a piece at
        a time, see ``data/pending.py``).
        """
        self._preload_steps([s.module for s in SECTIONS] + list(PRELOAD))

    @work(exclusive=True, group="preload", exit_on_error=False)
    async def _preload_steps(self, modules: list[str]) -> None:
        """One module, or ``PRELOAD_STEP`` of compiling patterns, per turn of the event
        loop, and no step while a key is being handled or a thread works (for at
        most ``THREAD_WAIT``, see ``_between_steps``).

        They were done in a thread. But one interpreter lock runs one of them at a
        time: a key's visit pressed meanwhile ran at about half speed, and one that
        needed the module the thread was importing (Python imports a module once,
        under its lock) waited for the whole import at that speed: the first key
        0.3 s after start blocked the loop 133-195 ms (10,000 contacts). On the loop, a key waits
        for one step (a module is 1-30 ms, a step of patterns ~``PRELOAD_STEP``)
        and then runs at full speed.
        """
        for module in modules:
            await self._between_steps()
            importlib.import_module(module)
        smart = importlib.import_module("netplan_tui.core.smart")
        done = False
        while not done:
            await self._between_steps()
            done = smart.warm_up(PRELOAD_STEP)
        await self._prime_stylesheet()
        self._read_ahead()

    async def _between_steps(self) -> None:
        """Let the event loop run what is waiting, then wait while a key is being
        handled or a thread works (a screen reading its records), for at most
        ``THREAD_WAIT`` seconds: a step on the loop and a thread share one
        interpreter lock, and an import, which reads files and gives the lock up at
        each read, took 5-8 times as long beside one. The bound keeps the preload
        going while the person moves from screen to screen, each starting a thread,
        or while a long export runs."""
        await asyncio.sleep(STEP_GAP)  # 0 would run the next step before what is due
        await self.keys_handled()
        me = get_current_worker()
        busy = [worker for worker in self.workers if worker is not me and worker.is_running]
        if busy:
            await _finished(busy, THREAD_WAIT)
            await self.keys_handled()

    @work(thread=True, exclusive=True, group="read-ahead", exit_on_error=False)
    def _read_ahead(self) -> None:
        """Read the tables the first screen did not need. A first visit waits for its
        module, while a screen that needs a table not read yet reads it itself, in
        its own thread (from 2,000 contacts on, see tui/background.py)."""
        try:
            self.store.use()
        except DataFileError:
            pass  # only a disk failing under the app: the screen that reads it says so

    def _wait_for_keys(self) -> None:
        """In a thread doing work ahead (reading the plan's big tables): wait while a
        key is being handled (at most ``KEY_WAIT`` seconds), so the key does not
        share the interpreter with it. Never waits on the event loop."""
        if threading.current_thread() is threading.main_thread():
            return
        waited = 0.0
        while self.keys_pending and waited < KEY_WAIT:
            time.sleep(0.002)
            waited += 0.002

    async def _prime_stylesheet(self) -> None:
        """With every module loaded, add the CSS no first screen needed, while idle.

        That is the dialogs' rules and the default CSS of every widget class the
        app's modules can mount (``tui/stylesheet.py``). The new rules style nothing
        on screen (each names a dialog, or a class nothing mounted is), and Textual
        keeps what it parsed: each parse reads only what was just added. It is added
        a few sources at a time, one step per turn of the event loop, so a key
        pressed meanwhile waits for one step (a few ms), not for all of it (one
        refresh of the whole app was 70-210 ms). Adding a class's CSS can also lower
        the tie breaker of a base class's CSS already in (Textual does the same when
        it mounts the class); the last step restyles the screen shown, the one
        screen styled before (a screen shown again is restyled as it is shown).
        """
        await self._between_steps()
        steps = [[]] if read_dialog_css(self.stylesheet) else []  # one step of its own
        await self._between_steps()
        steps += in_steps(default_css_to_add(self.stylesheet, widget_classes()), PRIME_STEP)
        for step in steps:
            await self._between_steps()
            add_sources(self.stylesheet, step)
            self.stylesheet.parse()
            self._added_unseen_css()
        await self._between_steps()
        self.screen.update_node_styles(animate=False)
        self.stylesheet_ready = True
        for callback in self._after_preload:  # see when_settled
            self.call_after_refresh(callback)
        self._after_preload.clear()

    def push_screen(self, screen: Any, *args: Any, **kwargs: Any) -> Any:
        """Push a screen (every dialog is pushed), with the dialogs' rules read first.

        Read before Textual registers the screen: it styles a pushed screen's own
        node at once, and a dialog's first show is not restyled (``Dialog``).
        """
        if read_dialog_css(self.stylesheet) and self._css_state is not None:
            self._added_unseen_css()
        return super().push_screen(screen, *args, **kwargs)

    def _added_unseen_css(self) -> None:
        """Sources were added whose rules style nothing shown: the last refresh still
        holds for them, so ``refresh_css`` is not to parse and restyle everything."""
        self._css_state = css_state(self.stylesheet, self.get_css_variables())

    def when_settled(self, screen: Screen[Any], callback: Callable[[], object]) -> None:
        """Call ``callback`` once ``screen`` is drawn and settled, and the preload done.

        For work done ahead while the person reads the screen (a dialog built
        before its key is pressed). Scheduled from the screen's mount, a callback
        after the next refresh ran before the screen's first paint (Textual holds a
        new mode's paint back 50 ms, and runs such callbacks meanwhile) and delayed
        it: a first visit of screen 3 went from ~230 to ~330 ms. ``callback`` now
        runs once ``screen`` was shown and not laid out again for ``SETTLED``
        seconds; it then also finds every module imported and the whole stylesheet
        parsed. Left until the person comes back when another screen is shown.
        """
        signal = screen.screen_layout_refresh_signal
        timer: Timer | None = None

        def laid_out(_screen: Screen[Any]) -> None:
            nonlocal timer
            if timer is not None:
                timer.stop()
            timer = self.set_timer(SETTLED, settled)

        def settled() -> None:
            if not screen.is_current:  # the person moved on: wait for the next visit
                return
            signal.unsubscribe(self)  # the app's own subscription only
            if self.stylesheet_ready:
                callback()
            else:
                self._after_preload.append(callback)

        signal.subscribe(self, laid_out, immediate=True)

    def refresh_css(self, animate: bool = True) -> None:
        """Parse and apply the stylesheet again, unless nothing it is made of changed.

        Textual calls this on the first visit of each mode and on each dialog opening,
        and it parses every source again even when no source and no theme variable
        changed; the new screen's widgets are styled as they are mounted either way.
        Nor is the default CSS Textual added as widget classes were first mounted
        reason to: it styles only those widgets (``only_new_default_css``). That is
        a first visit before the idle step added every class's CSS, which parsed
        the whole stylesheet again (40-60 ms of the key). A theme change, any other
        new source or an edited one still refreshes everything (see
        ``tui/stylesheet.py``).
        """
        state = css_state(self.stylesheet, self.get_css_variables())
        at_start, self._css_variables_at_start = self._css_variables_at_start, None
        if self._css_state is None and state[1] == at_start:
            # The first call, as Textual enters the first mode before anything is
            # drawn: the stylesheet holds what Textual read at start, parsed (or to be
            # parsed) with the variables it was made with. A refresh parsed it all
            # again (~14 ms) and emptied Textual's parse cache, so the next widget
            # class's CSS parsed everything once more: two needless parses before
            # the first paint.
            self._css_state = state
            return
        if self._css_state is not None and only_new_default_css(self._css_state, state):
            self._css_state = state  # nothing changed, or only new default CSS
            return
        super().refresh_css(animate)
        self._css_state = state  # a refresh re-reads these sources and variables, as they were

    def _remember_theme(self, theme: Any) -> None:
        self.persist(self.store.set_setting, "theme", theme.name)

    # -- saving ---------------------------------------------------------------------
    def persist(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> bool:
        """Run a store write; on failure tell the user and return ``False``."""
        try:
            fn(*args, **kwargs)
        except SaveError as exc:
            self.notify(str(exc), title="Not saved", severity="error", markup=False, timeout=8)
            return False
        return True

    # -- actions --------------------------------------------------------------------
    def action_help(self) -> None:
        from netplan_tui.tui.screens.help import HelpScreen, help_page, screen_keys
        from netplan_tui.tui.widgets.dialogs import Dialog

        screen = self.screen
        if isinstance(screen, HelpScreen):
            return
        section = SECTION_BY_MODE.get(self.current_mode)
        title = section.subtitle if section else "netplan-tui"
        if isinstance(screen, Dialog):
            words = re.findall(r"[A-Z][a-z]*", type(screen).__name__)
            title = " ".join([words[0], *(w.lower() for w in words[1:])]) if words else title
        self.push_screen(
            HelpScreen(
                help_page(
                    title,
                    screen_keys(screen),
                    str(self.store.path),
                    str(paths.backup_dir(self.store.data_dir)),
                    in_dialog=isinstance(screen, Dialog),
                )
            )
        )

    def action_export(self) -> None:
        """Write the plan as Markdown in the documents folder (off the UI thread)."""
        month = getattr(self.screen, "shown_month", None)
        self._export(month if isinstance(month, str) else None)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, month: str | None) -> None:
        # Read, render and write here: reading 10,000 contacts took ~70 ms of the key.
        from netplan_tui.core.export import collect
        from netplan_tui.data.outputs import write_to_documents

        try:
            for attempt in range(3):
                try:
                    data = collect(self.store, self.today, month)
                    break
                except RuntimeError:  # a table changed while being read: read again
                    if attempt == 2:
                        raise
            path = write_to_documents(data, self.today)
        except Exception as exc:  # any failure must reach the user, not a traceback
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            self.call_from_thread(
                self.notify,
                f"Could not export: {reason}",
                title="Export",
                severity="error",
                markup=False,
            )
            return
        self.call_from_thread(
            self.notify, f"Plan exported to {path}", title="Export", markup=False, timeout=8
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next_step":
            return self.onboarding
        return True

    def action_next_step(self) -> None:
        """First-run path: 1 → 2 → 3 → 4 → 5, then the path is done."""
        order = [s.mode for s in SECTIONS]
        current = self.current_mode if self.current_mode in order else order[0]
        index = order.index(current)
        if index + 1 < len(order):
            self.switch_mode(order[index + 1])
            return
        plan = self.store.get_plan()
        plan.onboarding_done = True
        if self.persist(self.store.save_plan, plan):
            self.onboarding = False
            self.refresh_bindings()
            screen = self.screen
            if hasattr(screen, "update_step_banner"):
                screen.update_step_banner()
            self.notify("Your plan is set. Come back through the month to check goals off.")

    async def action_quit(self) -> None:
        screen = self.screen
        save_pending = getattr(screen, "save_pending", None)
        if callable(save_pending):
            save_pending()
        has_unsaved = getattr(screen, "has_unsaved", None)
        if callable(has_unsaved) and has_unsaved():
            from netplan_tui.tui.widgets.dialogs import ConfirmDialog

            def done(answer: bool | None) -> None:
                if answer:
                    self.exit()

            self.push_screen(
                ConfirmDialog("Quit?", "An edit on this screen is not saved yet. Quit anyway?"),
                done,
            )
            return
        self.exit()

    # -- command palette --------------------------------------------------------------
    def action_command_palette(self) -> None:
        """Open the palette (our subclass of Textual's, which closes only once)."""
        from textual.command import CommandPalette

        from netplan_tui.tui.widgets.palette import OnceCommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(OnceCommandPalette(id="--command-palette"))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        for section in SECTIONS:
            yield SystemCommand(
                f"Go to {section.subtitle.split('· ', 1)[1]}",
                f"Screen {section.key} (key {section.key})",
                partial(self.switch_mode, section.mode),
            )
        yield SystemCommand("Help", "Every key of this screen (? or F1)", self.action_help)
        if self.onboarding:
            yield SystemCommand(
                "Next step", "First-run path: the next screen (>)", self.action_next_step
            )
        seen = {"help", "quit", "next_step"}
        for binding in self.BINDINGS:
            if not isinstance(binding, Binding) or binding.action in seen:
                continue
            if binding.action.startswith("switch_mode") or not binding.description:
                continue
            seen.add(binding.action)
            yield SystemCommand(
                binding.description,
                f"Everywhere (key {self.get_key_display(binding)})",
                partial(self.run_action, binding.action),
            )
        from netplan_tui.tui.screens.help import is_ours

        for active in screen.active_bindings.values():
            binding = active.binding
            if active.node is self or not binding.description or not active.enabled:
                continue
            if not is_ours(active.node, binding.action):
                continue  # Textual's cursor and focus keys: the same everywhere
            if binding.action in seen or binding.action.startswith("switch_mode"):
                continue
            seen.add(binding.action)
            yield SystemCommand(
                binding.description,
                f"{binding.tooltip or 'This screen'} (key {self.get_key_display(binding)})",
                partial(self.run_action, binding.action, active.node),
            )
        yield from super().get_system_commands(screen)


def make_app(store: Store, today: date | None = None) -> NetplanApp:
    """The one factory used by the command line and the tests."""
    return NetplanApp(store, today or date.today())
