"""Attached files (scanned consent forms, evidence): copied into the media folder, opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop.store.media import MAX_ATTACHMENT_BYTES, add_attachment, media_path

__all__ = ["MAX_ATTACHMENT_BYTES", "copy_into_media", "media_path", "open_local"]


def copy_into_media(media_dir: Path, source: Path, prefix: str) -> str:
    """Copy `source` into the media folder under a name from its content; return that name."""
    return add_attachment(media_dir, Path(source), prefix)


def open_local(path: Path) -> bool:
    """Open a local file with the system's viewer; nothing is fetched from anywhere."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
