"""Measurements in fresh processes: start to window shown and peak memory, beside their floor."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.benchmarks.demo_cache import REPO
from tests.benchmarks.results import Results

STARTUP_BUDGET_MS = 1000.0
MEMORY_BUDGET_MB = 250.0


def _env() -> dict[str, str]:
    env = dict(os.environ)
    if sys.platform.startswith("linux") and not (env.get("DISPLAY")
                                                 or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


# Linux counts a process's peak memory from the moment it was forked, so a child of this
# (large) process would report at least our own size. Children are therefore started by a
# small launcher, whose own children report only what they use themselves.
_LAUNCHER = ("import subprocess, sys; "
             "sys.exit(subprocess.run(sys.argv[1:]).returncode)")


def _run(command: list[str], timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", _LAUNCHER, *command], capture_output=True,
                          text=True, cwd=REPO, env=_env(), timeout=timeout)


def _json_lines(text: str) -> list[dict]:
    found = []
    for line in text.splitlines():
        if line.startswith("{"):
            try:
                found.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return found


def empty_window() -> dict:
    script = Path(__file__).with_name("empty_window.py")
    done = _run([sys.executable, str(script)], timeout=120)
    lines = _json_lines(done.stdout)
    if not lines:
        raise RuntimeError(f"the empty window did not report: {done.stderr.strip()[-400:]}")
    return lines[-1]


def selftest(db: Path) -> dict[str, float]:
    """`python3 -m desktop selftest --db db`: its start-up and peak memory lines."""
    done = _run([sys.executable, "-m", "desktop", "selftest", "--db", str(db), "--lang", "en"],
                timeout=600)
    steps = {}
    for line in _json_lines(done.stdout):
        if "error" in line:
            raise RuntimeError(f"selftest failed at {line.get('step')}: {line['error']}")
        if "step" in line:
            steps[line["step"]] = line.get("ms", line.get("value"))
    if "startup" not in steps or "selftest: ok" not in done.stdout:
        raise RuntimeError(f"selftest did not finish: {done.stderr.strip()[-400:]}")
    return steps


def measure_processes(db: Path, results: Results, repeat: int) -> None:
    for _ in range(repeat):
        floor = empty_window()
        steps = selftest(db)
        results.add("start to window shown", steps["startup"], STARTUP_BUDGET_MS,
                    floor=floor["startup"], floor_name="empty PySide6 window, own process")
        results.add("peak memory (selftest: pages + documents)", steps["peak_rss_mb"],
                    MEMORY_BUDGET_MB, unit="MB", floor=floor["peak_rss_mb"],
                    floor_name="empty PySide6 window, own process")
