"""Attached files (scanned consent forms, evidence): copied into the media folder, opened."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


def copy_into_media(media_dir: Path, source: Path, prefix: str) -> str:
    """Copy `source` into the media folder under a name from its content; return that name."""
    source = Path(source)
    if source.stat().st_size > MAX_ATTACHMENT_BYTES:
        raise ValueError("too large")
    digest = hashlib.sha256()
    with source.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    suffix = "".join(c for c in source.suffix.lower() if c.isalnum() or c == ".")[:10]
    name = f"{prefix}-{digest.hexdigest()[:24]}{suffix}"
    media_dir.mkdir(parents=True, exist_ok=True)
    target = media_dir / name
    if not target.exists():
        partial = target.with_name(target.name + ".part")
        shutil.copyfile(source, partial)
        partial.replace(target)
    return name


def media_path(media_dir: Path, name: str) -> Path | None:
    """The attached file's path, only if `name` is a plain file name inside the media folder."""
    if not name or "/" in name or "\\" in name or name in (".", ".."):
        return None
    path = media_dir / name
    return path if path.is_file() else None


def open_local(path: Path) -> bool:
    """Open a local file with the system's viewer; nothing is fetched from anywhere."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
