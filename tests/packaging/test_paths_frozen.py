"""desktop.paths in a frozen program: bundled resources, portable mode beside the executable."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop import paths
from tests.conftest import CHECKOUT, FROM_SOURCE


@pytest.fixture
def frozen(monkeypatch, tmp_path):
    """Pretend to be the one-file executable `<tmp>/stick/vidare`, unpacked into `<tmp>/mei`."""
    stick = tmp_path / "stick"
    stick.mkdir()
    executable = stick / ("Vidare.exe" if sys.platform == "win32" else "vidare")
    executable.write_bytes(b"")
    unpacked = tmp_path / "mei"
    (unpacked / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(unpacked), raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    monkeypatch.delenv("VIDARE_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return stick, unpacked


def test_resources_are_found_inside_the_package_it_runs_from():
    """Installed (wheel or frozen file), the fonts, icons and catalogues sit inside the
    package; run from a checkout, in its top-level folders. (The frozen file itself is
    checked by test_executable.py, which prints a Polish poster with it.)"""
    import desktop

    package = Path(desktop.__file__).resolve().parent
    icon = paths.resource("app-icon", "vidare-256.png")
    catalogue = paths.translations_dir() / "vidare_pl.qm"
    assert icon.is_file() and catalogue.is_file()
    where = package if not FROM_SOURCE else CHECKOUT
    assert where in icon.resolve().parents and where in catalogue.resolve().parents


def test_a_vidare_data_folder_beside_the_executable_holds_everything(frozen):
    stick, _ = frozen
    (stick / "vidare-data").mkdir()
    assert paths.portable_dir() == (stick / "vidare-data").resolve()
    assert paths.user_data_dir() == (stick / "vidare-data").resolve()
    assert paths.default_database() == (stick / "vidare-data" / "vidare.db").resolve()
    assert paths.settings_file().parent == (stick / "vidare-data").resolve()


def test_without_the_folder_the_user_data_folder_is_used(frozen):
    stick, _ = frozen
    assert paths.portable_dir() is None
    assert stick not in paths.user_data_dir().parents
    assert paths.user_data_dir().name == "Vidare"


def test_a_file_named_vidare_data_is_not_portable_mode(frozen):
    stick, _ = frozen
    (stick / "vidare-data").write_text("not a folder")
    assert paths.portable_dir() is None


def test_from_source_there_is_no_portable_mode(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python3"))
    (tmp_path / "vidare-data").mkdir()
    assert paths.portable_dir() is None


def test_on_macos_the_folder_sits_beside_the_app(frozen, monkeypatch, tmp_path):
    stick, _ = frozen
    inner = stick / "Vidare.app" / "Contents" / "MacOS"
    inner.mkdir(parents=True)
    (inner / "Vidare").write_bytes(b"")
    (stick / "vidare-data").mkdir()
    monkeypatch.setattr(sys, "executable", str(inner / "Vidare"))
    monkeypatch.setattr(sys, "platform", "darwin")
    assert paths.executable_dir() == stick.resolve()
    assert paths.portable_dir() == (stick / "vidare-data").resolve()
