"""Screen: Network (to be completed)."""

from __future__ import annotations

from .placeholder import PlannedScreen


class NetworkScreen(PlannedScreen):
    MODE = "network"
    PLANNED = "Network — the people you know. Here you will map your contacts, search them and import LinkedIn's Connections.csv."
