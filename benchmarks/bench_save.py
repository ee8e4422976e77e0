"""One change saved on the 10,000-contact / 5-year plan, as the app saves it.

Every change in the app is saved at once, on the event loop, so a save is part of
the key that made it (``t`` on screen 3, ``space`` on screen 5, a form's ctrl+s).
Each round, on the same store (opened as the app opens it, its big tables then
read), interleaved:

* **pieces**: a contact changed and saved; the save copies the last save's bytes
  for every piece of a big table that did not change (``encoding.Pieces``);
* **whole**: the same, with the pieces forgotten first, so the whole 4 MB plan is
  encoded again (every save before ``Pieces``);
* **empty plan**: the same change saved on a plan of one contact: the floor of a
  save (the write, fsync and rename) on this machine, the baseline of the run.

Run: ``python benchmarks/bench_save.py [--rounds N]`` (medians, and each as a ratio
to the empty plan's save and to the whole encoding).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ROUNDS = 30


def _save_ms(store, contact, note: str, forget: bool = False) -> float:  # noqa: ANN001
    contact.notes = note
    if forget:
        store._storage.pieces.forget()
    start = time.perf_counter()
    store.update_contact(contact)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    from benchmarks.bench_scale import TODAY, generate
    from netplan_tui.core.models import Contact
    from netplan_tui.data.store import Store

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory(prefix="bench-save-") as folder:
        big_dir, small_dir = Path(folder, "big"), Path(folder, "small")
        generate(big_dir)
        big = Store(big_dir, clock=lambda: TODAY, defer=True)
        big.use()  # as the app's read-ahead does after the first screen
        small = Store(small_dir, clock=lambda: TODAY)
        small.add_contact(Contact(name="Only one"))
        contact = big.contacts()[5000]
        alone = small.contacts()[0]
        found: dict[str, list[float]] = {"pieces": [], "whole": [], "empty plan": []}
        for number in range(rounds + 1):
            times = (_save_ms(big, contact, f"p{number}"),
                     _save_ms(big, contact, f"w{number}", forget=True),
                     _save_ms(small, alone, f"e{number}"))
            if number:  # the first round warms up
                for name, ms in zip(found, times, strict=True):
                    found[name].append(ms)
        big.close()
        small.close()
    floor = statistics.median(found["empty plan"])
    whole = statistics.median(found["whole"])
    print(f"one contact changed and saved, median of {rounds} interleaved rounds:")
    for name, samples in found.items():
        median = statistics.median(samples)
        print(f"  {name:<11} {median:6.1f} ms  {median / floor:5.2f}x the empty plan's save  "
              f"{median / whole:4.2f}x the whole encoding")


if __name__ == "__main__":
    main()
