"""netplan-tui: plan your professional network and set SMART networking goals."""

__version__ = "0.1.0"
