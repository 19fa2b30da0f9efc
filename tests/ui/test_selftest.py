"""`vidare selftest --screenshots`: one PNG per page, timings as JSON lines, exit 0."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.ui.main_window import PAGE_NAMES

ROOT = Path(__file__).resolve().parents[2]


def demo_database(tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    try:
        from desktop.demo import create_demo
    except ModuleNotFoundError:
        from desktop.store import Store
        from tests.ui.conftest import fill_small_school

        with Store(path, create=True) as store:
            fill_small_school(store)
        return path
    from desktop.store import Store

    with Store(path, create=True) as store:
        create_demo(store, "SE", 1)
    return path


@pytest.mark.slow
def test_selftest_writes_a_screenshot_of_every_page(tmp_path):
    db = demo_database(tmp_path)
    shots = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VIDARE_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-m", "desktop", "selftest", "--db", str(db),
                           "--screenshots", str(shots)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[-1] == "selftest: ok"
    steps = [json.loads(line) for line in lines[:-1]]
    names = {step["step"] for step in steps}
    assert {"startup", "peak_rss_mb"} <= names
    assert {f"page:{name}" for name in PAGE_NAMES} <= names
    assert all(step["ms"] >= 0 for step in steps if "ms" in step)
    for name in PAGE_NAMES:
        png = shots / f"page-{name}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", name


def test_selftest_reports_the_failing_step(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VIDARE_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-m", "desktop", "selftest", "--db",
                           str(tmp_path / "missing.db")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stdout.strip().splitlines()[-1].startswith("selftest: failed at open")


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "sv", "nb", "pl"])
def test_the_walkthrough_types_a_first_evening_and_finds_it_all_stored(tmp_path, language):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VIDARE_HOME": str(tmp_path / "home")}
    env.pop("VIDARE_PSEUDO", None)
    shots = tmp_path / "shots"
    done = subprocess.run([sys.executable, "-m", "desktop", "selftest", "--walkthrough",
                           "--lang", language, "--screenshots", str(shots)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[-1] == "walkthrough: ok"
    steps = [json.loads(line) for line in lines[:-1]]
    assert [s["step"] for s in steps] == [f"walk:{name}" for name in (
        "first-start", "project", "pupil", "trip", "story", "action", "poster")]
    typed = {field for s in steps for field in s["typed"]}
    assert {"project.start_date", "mobility.start_date", "consent.given_on",
            "action.planned_date", "story.photos", "poster.result"} <= typed
    assert (shots / "walk-poster.png").read_bytes()[:4] == b"\x89PNG"


def test_the_walkthrough_names_a_value_that_was_not_stored(monkeypatch, capsys, qapp):
    from desktop.store.dissemination import DisseminationRepository
    from desktop.ui.walkthrough import run_walkthrough

    monkeypatch.delenv("VIDARE_PSEUDO", raising=False)
    save = DisseminationRepository.save

    def forgetful(self, action, **links):  # noqa: ANN001, ANN202 - a store that loses a date
        action.planned_date = ""
        return save(self, action, **links)

    monkeypatch.setattr(DisseminationRepository, "save", forgetful)
    assert run_walkthrough("en", None) == 1
    out = capsys.readouterr().out
    assert out.strip().splitlines()[-1] == "walkthrough: failed: action.planned_date"
    lost = json.loads(out.strip().splitlines()[-2])
    assert lost == {"step": "walk:action", "field": "action.planned_date",
                    "typed": "2026-11-16", "stored": ""}
