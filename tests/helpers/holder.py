"""Hold a writable store open until killed: the other process of the lock test.

Usage: ``python -m tests.helpers.holder DATA_DIR``; prints "ready" once it holds
the lock, then sleeps.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from netplan_tui.data.store import Store


def main(data_dir: str) -> None:
    store = Store(Path(data_dir))
    store.set_setting("holder", "here")
    print("ready", flush=True)
    while True:
        time.sleep(60)


if __name__ == "__main__":
    main(sys.argv[1])
