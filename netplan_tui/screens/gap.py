"""Screen: Gap analysis (to be completed)."""

from __future__ import annotations

from .placeholder import PlannedScreen


class GapScreen(PlannedScreen):
    MODE = "gap"
    PLANNED = "Gap analysis — target vs have per quality, with the changes you need to make and goals drafted from the biggest gaps."
