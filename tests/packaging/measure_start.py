"""Start-up times of a built Vidare executable (not a test: run it by hand on a build).

    python3 tests/packaging/measure_start.py dist/vidare [--runs 5]

Prints the median of:
- selftest-startup: selftest's own "startup" step (its process start to window shown; in a
  one-file build the process is the unpacked program, so unpacking is not included);
- launch-to-window: from starting the executable to the window shown, unpacking included
  (selftest's demo-school creation, which a user's start does not have, taken out);
- with an X display (Linux, e.g. Xvfb) also launch-to-main-window of a normal start on an
  existing database, found by watching the screen's windows.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _env(home: Path, offscreen: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "VIDARE_HOME"}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), LOCALAPPDATA=str(home),
               LANG="C.UTF-8")
    if offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        env.pop("QT_QPA_PLATFORM", None)
    return env


def selftest_once(executable: Path, home: Path) -> tuple[float, float]:
    started = time.perf_counter()
    process = subprocess.Popen([str(executable), "selftest"], env=_env(home, True),
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    demo_ms = 0.0
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if not line.startswith("{"):
                continue
            step = json.loads(line)
            if step.get("step") == "demo":
                demo_ms = float(step["ms"])
            if step.get("step") == "startup":
                launch_ms = (time.perf_counter() - started) * 1000 - demo_ms
                return float(step["ms"]), launch_ms
    finally:
        process.terminate()
        process.wait(timeout=60)
    raise RuntimeError("selftest printed no startup step")


def _windows() -> list[tuple[str, str, int]]:
    """(id, name, width) of the screen's top-level windows that are mapped."""
    listing = subprocess.run(["xwininfo", "-root", "-children"], capture_output=True,
                             text=True).stdout
    found = []
    for line in listing.splitlines():
        parts = line.split('"')
        if len(parts) < 3:
            continue
        window_id, name = parts[0].strip(), parts[1]
        size = line.rsplit(")", 1)[-1].split()
        width = int(size[0].split("x")[0]) if size else 0
        if name in ("tk", "Vidare") and width > 100:
            state = subprocess.run(["xwininfo", "-id", window_id], capture_output=True,
                                   text=True).stdout
            if "IsViewable" in state:
                found.append((window_id, name, width))
    return found


def window_once(executable: Path, home: Path, db: Path) -> float:
    started = time.perf_counter()
    process = subprocess.Popen([str(executable), "--db", str(db)], env=_env(home, False),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < 60:
            if "Vidare" in {name for _, name, _ in _windows()}:
                return (time.perf_counter() - started) * 1000
            time.sleep(0.01)
    finally:
        process.terminate()
        process.wait(timeout=60)
    raise RuntimeError("no window within a minute")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("executable", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    executable = args.executable.resolve()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        results: dict[str, list[float]] = {"selftest-startup": [], "launch-to-window": []}
        for _ in range(args.runs):
            inside, launch = selftest_once(executable, home)
            results["selftest-startup"].append(inside)
            results["launch-to-window"].append(launch)
        if os.environ.get("DISPLAY") and shutil.which("xwininfo"):
            db = home / "school.db"
            subprocess.run([str(executable), "demo", "--db", str(db)], env=_env(home, True),
                           check=True, capture_output=True)
            results["launch-to-main-window"] = [window_once(executable, home, db)
                                                for _ in range(args.runs)]
        for name, values in results.items():
            if values:
                print(f"{name}: median {statistics.median(values):.0f} ms "
                      f"(runs: {', '.join(f'{v:.0f}' for v in values)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
