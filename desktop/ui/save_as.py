"""Asking where to write a file: in the folder used last, with the ending its type needs.

A name typed without an ending (or with another one) gets the ending of the type chosen
in the dialog, so that "pupils" saved as CSV becomes "pupils.csv", never a file that no
spreadsheet program opens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

LAST_FOLDER = "files/last_folder"  # setting: the folder a file was last written to (str)


def last_folder(settings: QSettings) -> Path:
    """The folder a file was last written to, or the home folder."""
    folder = Path(str(settings.value(LAST_FOLDER, "") or ""))
    return folder if str(folder) not in ("", ".") and folder.is_dir() else Path.home()


def with_ending(chosen: str, selected_filter: str, endings: list[str]) -> Path:
    """The chosen path, ending as the chosen type says (`endings` like [".xlsx", ".csv"])."""
    path = Path(chosen)
    if path.suffix.lower() in endings:
        return path
    wanted = next((e for e in endings if f"*{e}" in selected_filter), endings[0])
    return path.with_name(path.name + wanted)


def ask_save_path(parent: QWidget | None, settings: QSettings, title: str, name: str,
                  types: list[tuple[str, str]]) -> Path | None:
    """Ask where to save `name`; `types` are (label with its pattern, ending), the first
    chosen by default. None when the user cancels."""
    filters = ";;".join(label for label, _ending in types)
    chosen, selected = QFileDialog.getSaveFileName(
        parent, title, str(last_folder(settings) / name), filters)
    if not chosen:
        return None
    path = with_ending(chosen, selected, [ending for _label, ending in types])
    settings.setValue(LAST_FOLDER, str(path.parent))
    return path
