"""The zip of an archive: every entry checked from its header before a byte is unpacked.

An entry is `vidare.db`, `manifest.json` or `media/<bare media name>`; nothing else is
accepted (no folders, links, drive letters, backslashes, `..`, duplicates). Sizes are
capped per entry, in total, and in how far they expand; unpacking writes no more than an
entry declared, so a lying header is caught too.
"""

from __future__ import annotations

import re
import stat
import zipfile
from pathlib import Path

from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.store.locations import private_file
from desktop.store.media import MAX_ATTACHMENT_BYTES, is_media_name

DB_ENTRY = "vidare.db"
MANIFEST_ENTRY = "manifest.json"
MEDIA_PREFIX = "media/"
MAX_ENTRIES = 50_000
MAX_DB_BYTES = 512 * 1024 * 1024
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_TOTAL_BYTES = 8 * 1024 * 1024 * 1024
MAX_RATIO = 200  # photos barely compress; a database compresses well, never this well
RATIO_FROM = 64 * 1024  # smaller entries may compress as they like

# The reasons, English source in context "Store", filled into ArchiveRefused's %2.
DAMAGED = QT_TRANSLATE_NOOP("Store", "it is not a readable zip file.")
UNSAFE_PATH = QT_TRANSLATE_NOOP("Store", "it holds a file that would land outside the media "
                                         "folder (%1).")
LINK = QT_TRANSLATE_NOOP("Store", "it holds a link (%1) instead of a file.")
TOO_MANY = QT_TRANSLATE_NOOP("Store", "it holds too many files.")
TOO_LARGE = QT_TRANSLATE_NOOP("Store", "it would unpack to more data than a Vidare archive can "
                                       "hold (%1).")
NO_DATABASE = QT_TRANSLATE_NOOP("Store", "it holds no Vidare database.")
DUPLICATE = QT_TRANSLATE_NOOP("Store", "it holds the file %1 twice.")


class EntryRefused(Exception):
    """Why the zip is refused: a reason (context "Store") and its parameters."""

    def __init__(self, reason: str, *params: str):
        self.reason, self.params = reason, params
        super().__init__(reason)


def _check_name(name: str) -> None:
    if name in (DB_ENTRY, MANIFEST_ENTRY):
        return
    if not name.startswith(MEDIA_PREFIX) or not is_media_name(name[len(MEDIA_PREFIX):]):
        raise EntryRefused(UNSAFE_PATH, _shown(name))


def _shown(name: str) -> str:
    """An entry's name as it may be shown: short, and no control characters."""
    return re.sub(r"[\x00-\x1f\x7f]", "?", name)[:80]


def _limit(name: str) -> int:
    if name == DB_ENTRY:
        return MAX_DB_BYTES
    if name == MANIFEST_ENTRY:
        return MAX_MANIFEST_BYTES
    return MAX_ATTACHMENT_BYTES


def check_entries(archive: Path) -> list[zipfile.ZipInfo]:
    """Every entry of a safe archive, or EntryRefused saying why (nothing is unpacked)."""
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise EntryRefused(DAMAGED) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise EntryRefused(TOO_MANY)
        seen: set[str] = set()
        total = packed = 0
        for info in infos:
            _check_name(info.filename)
            if info.filename in seen:
                raise EntryRefused(DUPLICATE, _shown(info.filename))
            seen.add(info.filename)
            if stat.S_ISLNK(info.external_attr >> 16):
                raise EntryRefused(LINK, _shown(info.filename))
            if info.file_size > _limit(info.filename):
                raise EntryRefused(TOO_LARGE, _shown(info.filename))
            if info.file_size > RATIO_FROM and \
                    info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise EntryRefused(TOO_LARGE, _shown(info.filename))
            total += info.file_size
            packed += info.compress_size
            if total > MAX_TOTAL_BYTES:
                raise EntryRefused(TOO_LARGE, _shown(info.filename))
        if total > RATIO_FROM * 16 and total > MAX_RATIO * max(packed, 1):
            raise EntryRefused(TOO_LARGE, archive.name[:80])
        if DB_ENTRY not in seen:
            raise EntryRefused(NO_DATABASE)
        return infos


def extract(archive: Path, info: zipfile.ZipInfo, target: Path) -> None:
    """Unpack one entry, never writing more than it declared (a lying header is refused)."""
    written = 0
    try:
        with zipfile.ZipFile(archive) as zf, zf.open(info) as reader, \
                target.open("wb") as writer:
            while chunk := reader.read(1 << 20):
                written += len(chunk)
                if written > info.file_size:
                    raise EntryRefused(TOO_LARGE, _shown(info.filename))
                writer.write(chunk)
    except EntryRefused:
        target.unlink(missing_ok=True)
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError):
        target.unlink(missing_ok=True)
        raise EntryRefused(DAMAGED) from None
    if written != info.file_size:
        target.unlink(missing_ok=True)
        raise EntryRefused(DAMAGED)
    private_file(target)
