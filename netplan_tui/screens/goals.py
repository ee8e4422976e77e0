"""Screen: Goals (to be completed)."""

from __future__ import annotations

from .placeholder import PlannedScreen


class GoalsScreen(PlannedScreen):
    MODE = "goals"
    PLANNED = "Goals — this month's SMART goals as a checklist, with the live SMART checker, progress and the month-end review."
