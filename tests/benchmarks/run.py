"""The speed benchmark: `python3 -m tests.benchmarks.run [--scale 100 1000] [--repeat 5]`.

Builds the demo school at each scale once (cached outside the repo), then measures, as
medians of repeated runs, everything DESIGN.md ("Speed") gives a budget, each beside a floor
measured in the same run. Prints one table per scale. Timings are noisy, so this is not part
of the test run; tests/test_benchmark_smoke.py runs it at a tiny size.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from tests.benchmarks import data_ops, gui, probes
from tests.benchmarks.demo_cache import cached_demo, default_cache, working_copy
from tests.benchmarks.results import Results
from tests.benchmarks.sqlfloor import SqlFloor


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python3 -m tests.benchmarks.run",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, nargs="+", default=[100],
                        help="demo scale(s) to measure (default 100; 1000 for a big archive)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (median)")
    parser.add_argument("--cache", type=Path, default=default_cache(),
                        help="folder for the built demo databases")
    parser.add_argument("--json", type=Path, help="also write every sample to this file")
    return parser.parse_args(argv)


def shield_none() -> None:
    """Keep PySide6 6.12.0 from crashing a long run on Python < 3.12.

    That PySide6 drops a reference to None each time a Qt call returns a null pointer as None
    (`QObject.parent()`, `QWidget.focusWidget()`, `QObject.property()` of an unset property…);
    before Python 3.12 None is not immortal, so a few thousand such calls end the process with
    "Fatal Python error: none_dealloc". The benchmark makes far more calls than a short session,
    so it adds references to None up front. The program itself is not shielded: see the report
    of issue 8 (pin PySide6-Essentials below 6.12 or run on Python 3.12+).
    """
    if sys.implementation.name == "cpython" and sys.version_info < (3, 12):
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


def measure(scale: int, repeat: int, cache: Path) -> Results:
    from desktop.store import Store

    cached, built = cached_demo(scale, cache)
    db, folder = working_copy(cached)
    results = Results()
    store = Store(db)
    try:
        counts = store.counts()
        print(f"\n== --scale {scale}: {counts.get('project', 0)} projects, "
              f"{counts.get('mobility', 0)} mobilities, {counts.get('participant', 0)} people, "
              f"{counts.get('story', 0)} stories, {counts.get('dissemination_action', 0)} "
              f"dissemination actions; {db.stat().st_size / 1e6:.0f} MB"
              + (f"; built in {built:.1f} s" if built is not None else "; cached"), flush=True)
        probes.measure_processes(db, results, repeat)
        floor = SqlFloor(db)
        ui = gui.Gui(store, floor)
        words = data_ops.story_words(store)
        for turn in range(repeat):
            started = time.monotonic()
            gui.measure_pages(ui, results)
            gui.measure_tables(ui, results, words)
            data_ops.measure_search(store, floor, results, words)
            data_ops.measure_saves(store, floor, results, turn)
            data_ops.measure_documents(store, results)
            data_ops.measure_backup(db, results)
            print(f"run {turn + 1}/{repeat} took {time.monotonic() - started:.1f} s", flush=True)
        ui.finish()
        floor.close()
    finally:
        store.close()
        folder.cleanup()
    return results


def load() -> str:
    """The machine's load average: timings on a shared machine mean little without it."""
    try:
        return " / ".join(f"{value:.1f}" for value in os.getloadavg())
    except (OSError, AttributeError):  # Windows
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    shield_none()
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    everything = {}
    for scale in args.scale:
        before = load()
        results = measure(scale, max(1, args.repeat), args.cache)
        print(f"\nVidare speed at --scale {scale}, medians of {args.repeat} run(s), in ms "
              "unless marked; '/budget' over 1.00 is a MISS; '/floor' is our overhead over "
              f"the bare work below it. Load average (1/5/15 min) {before} before, "
              f"{load()} after, on {os.cpu_count()} cores.")
        print(results.table(), flush=True)
        everything[scale] = results.as_json()
    if args.json:
        args.json.write_text(json.dumps(everything, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
