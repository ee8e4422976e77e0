"""The app's screens: one module per screen.

``SECTIONS`` lists the five peer screens in the order of the exercise. The app
turns each into a Textual mode whose screen module is imported on first visit.
"""

from __future__ import annotations

from typing import NamedTuple


class Section(NamedTuple):
    mode: str
    key: str
    title: str
    subtitle: str
    module: str
    cls: str


SECTIONS: tuple[Section, ...] = (
    Section(
        "goal", "1", "Goal", "1 · Big-picture goal", "netplan_tui.tui.screens.goal", "GoalScreen",
    ),
    Section(
        "qualities", "2", "Qualities", "2 · The network I want",
        "netplan_tui.tui.screens.qualities", "QualitiesScreen",
    ),
    Section(
        "network", "3", "Network", "3 · The network I have",
        "netplan_tui.tui.screens.network", "NetworkScreen",
    ),
    Section("gap", "4", "Gap", "4 · Gap analysis", "netplan_tui.tui.screens.gap", "GapScreen"),
    Section(
        "goals", "5", "Goals", "5 · Monthly SMART goals",
        "netplan_tui.tui.screens.goals", "GoalsScreen",
    ),
)

SECTION_BY_MODE = {s.mode: s for s in SECTIONS}
