"""One writer at a time: an exclusive lock on the data directory.

The kernel drops the lock when a process dies, so a killed process never
blocks anybody; a second process opens read-only (the app) or waits and fails
clearly (the command line).
"""

from __future__ import annotations

import os
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from netplan_tui.data import paths
from netplan_tui.data.storage import FILE_MODE


class LockedError(Exception):
    """Another netplan-tui process holds the data directory."""


# ------------------------------------------------------------------- the lock
_HELD: dict[str, DirLock] = {}
#: The writable store of this process on each data directory (a restore hands it the data).
_STORES: weakref.WeakValueDictionary[str, Any] = weakref.WeakValueDictionary()


def _lock_key(data_dir: Path) -> str:
    return os.path.realpath(data_dir)


def _try_lock(fd: int) -> None:
    """Lock ``fd`` exclusively without waiting; ``OSError`` if another process has it."""
    try:
        import fcntl
    except ImportError:  # Windows: a byte-range lock, also dropped when the process ends
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        return
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


class DirLock:
    """An exclusive ``flock`` on the data directory's lock file.

    The kernel releases it when the process ends in any way (even SIGKILL), so
    a lock file left behind never blocks anybody: only a live process does.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.fd: int | None = None

    def acquire(self, wait: float = 0.0, *, stamp: bool = True) -> None:
        """Take the lock (waiting up to ``wait`` seconds); ``stamp`` writes our pid in the file."""
        fd = os.open(paths.lock_file(self.data_dir), os.O_RDWR | os.O_CREAT, FILE_MODE)
        deadline = time.monotonic() + wait
        while True:
            try:
                _try_lock(fd)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise LockedError(
                        f"Another netplan-tui is using {self.data_dir}. "
                        "Close it, or wait for it to finish, then try again."
                    ) from None
                time.sleep(0.05)
        try:
            if stamp:
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
        except OSError:
            pass  # the pid is only a hint for people; the flock is what counts
        self.fd = fd
        _HELD[_lock_key(self.data_dir)] = self

    def release(self) -> None:
        if self.fd is not None:
            if _HELD.get(_lock_key(self.data_dir)) is self:
                del _HELD[_lock_key(self.data_dir)]
            os.close(self.fd)  # closing releases the flock
            self.fd = None


def held_here(data_dir: Path) -> bool:
    """Whether this process holds the lock of ``data_dir``."""
    return _lock_key(data_dir) in _HELD


@contextmanager
def locked(data_dir: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the data directory's lock (a no-op if this process already holds it)."""
    if held_here(data_dir):
        yield
        return
    paths.ensure_private_dir(Path(data_dir))
    lock = DirLock(data_dir)
    lock.acquire(wait)
    try:
        yield
    finally:
        lock.release()

