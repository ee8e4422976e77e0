"""Screen: Qualities (to be completed)."""

from __future__ import annotations

from .placeholder import PlannedScreen


class QualitiesScreen(PlannedScreen):
    MODE = "qualities"
    PLANNED = "Qualities — the network you want. Here you will list the qualities your network should have (roles, sectors, companies, skills, locations, interests), each with a target count."
