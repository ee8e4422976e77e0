"""Where netplan-tui keeps its files.

Functions, not constants: nothing is computed or created at import time.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "netplan-tui"
DATA_FILE = "netplan.json"
LOCK_FILE = "netplan.lock"
BACKUP_DIR = "backups"
ENV_DATA_DIR = "NETPLAN_TUI_DATA_DIR"


def default_data_dir() -> Path:
    """The platform's user data directory for netplan-tui."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: ``--data-dir``, else the environment, else the default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR, "").strip()
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (owner-only, 0700) if it is missing and return it."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def data_file(data_dir: Path) -> Path:
    return data_dir / DATA_FILE


def lock_file(data_dir: Path) -> Path:
    return data_dir / LOCK_FILE


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def documents_dir() -> Path:
    """The user's documents directory (exports land here)."""
    from platformdirs import user_documents_dir

    return Path(user_documents_dir())
