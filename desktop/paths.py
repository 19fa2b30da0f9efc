"""Every file location: the user data folder, portable mode, and what the program loads
(fonts, icons, catalogues) wherever it runs from: wheel, frozen file or checkout."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

DATA_FOLDER_NAME = "Vidare"
PORTABLE_FOLDER_NAME = "vidare-data"
DATABASE_NAME = "vidare.db"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def package_data(folder: str) -> Path:
    """A folder of what the program loads (`resources`, `translations`): inside the installed
    package (wheel, sdist, the frozen file), or, run from a checkout, the top-level folder
    where it is edited. setup.py copies the one into the other when a wheel is built."""
    shipped = resources.files("desktop") / folder
    if shipped.is_dir():
        return Path(str(shipped))
    return Path(__file__).resolve().parent.parent / folder


def resource(*parts: str) -> Path:
    return package_data("resources").joinpath(*parts)


def translations_dir() -> Path:
    return package_data("translations")


def executable_dir() -> Path:
    """The folder the user sees the program in: the one holding Vidare.exe or vidare, and
    on macOS the one holding Vidare.app (not the executable deep inside the bundle)."""
    executable = Path(sys.executable).resolve()
    bundle = executable.parents[2] if len(executable.parents) > 3 else None
    if (sys.platform == "darwin" and bundle is not None and bundle.suffix == ".app"
            and executable.parent.name == "MacOS" and executable.parent.parent.name == "Contents"):
        return bundle.parent
    return executable.parent


def portable_dir() -> Path | None:
    """A `vidare-data` folder beside the executable makes Vidare portable (a USB stick)."""
    if not is_frozen():
        return None
    candidate = executable_dir() / PORTABLE_FOLDER_NAME
    return candidate if candidate.is_dir() else None


def user_data_dir() -> Path:
    """The per-user folder for the database, media and backups (VIDARE_HOME overrides)."""
    override = os.environ.get("VIDARE_HOME")
    if override:
        return Path(override)
    portable = portable_dir()
    if portable is not None:
        return portable
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / DATA_FOLDER_NAME


def default_database() -> Path:
    return user_data_dir() / DATABASE_NAME


def backups_dir_for(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.stem}-backups"


def settings_file() -> Path:
    return user_data_dir() / "settings.ini"
