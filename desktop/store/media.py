"""Files in the media folder: named by their content's hash, checked at every read.

A media file's name is the first 24 hex digits of its SHA-256, with a kind in front for
attachments (`consent-`, `evidence-`, `logo-`) and its extension after. Nothing from
outside (a backup manifest, an archive row, a setting) chooses a path: a name that is
not of that form is refused, and `media_path` is the only way from a name to a file.
Pictures (photos and logos) follow one set of rules, the same whether a user adds them
or an archive brings them: a real image by its content, at most 80 megapixels and 25 MB.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import warnings
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import Problem, ValidationError
from desktop.store.locations import file_stamp, pid_alive, private_file

MAX_PICTURE_BYTES = 25 * 1024 * 1024
MAX_PICTURE_PIXELS = 80_000_000  # a 10,000 × 8,000 camera image; more is a decompression bomb
MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024  # a scanned form or a piece of evidence
PICTURE_FORMATS = {"jpeg": "jpg", "png": "png", "webp": "webp", "gif": "gif", "bmp": "bmp",
                   "tiff": "tif"}
ATTACHMENT_KINDS = ("consent", "evidence", "logo")
_NAME = re.compile(r"^(?:(consent|evidence|logo)-)?([0-9a-f]{24})(\.[^\W_]{1,9})?$")


def is_media_name(name: object) -> bool:
    """A bare, hash-based media file name (nothing that could lead out of the folder)."""
    return isinstance(name, str) and _NAME.match(name) is not None


def name_hash(name: str) -> str:
    """The 24 hex digits of the content's SHA-256 that a media name carries."""
    found = _NAME.match(name)
    return found.group(2) if found else ""


def media_path(media_dir: Path, name: str | None) -> Path | None:
    """The file a media name stands for, only if it is a regular file inside `media_dir`.

    None for an empty, ill-formed or outside name, a link, or a missing file: callers show
    or print nothing then. Documents and the window read media through this alone.
    """
    if not name or not is_media_name(name):
        return None
    candidate = media_dir / name
    try:
        if candidate.is_symlink() or not candidate.is_file():
            return None
        if candidate.resolve().parent != media_dir.resolve():
            return None
    except OSError:
        return None
    return candidate


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as reader:
        while chunk := reader.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _problem(message: str) -> ValidationError:
    return ValidationError([Problem("photo", message)])


@dataclass(frozen=True)
class Picture:
    width: int
    height: int
    extension: str  # jpg, png, webp, gif, bmp, tif


def inspect_image(path: Path) -> tuple[int, int, str]:
    """Width, height and extension of a picture, or a ValidationError saying why not."""
    picture = check_picture(path)
    return picture.width, picture.height, picture.extension


def check_picture(path: Path) -> Picture:
    """The picture rules, judged by the content (never the name): a real image of a known
    format, at most MAX_PICTURE_PIXELS and MAX_PICTURE_BYTES. Raises ValidationError."""
    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    if not path.is_file():
        raise _problem(QT_TRANSLATE_NOOP("Validation", "The file cannot be found."))
    if path.stat().st_size > MAX_PICTURE_BYTES:
        raise _problem(QT_TRANSLATE_NOOP("Validation", "The photo is too large."))
    try:
        with warnings.catch_warnings():
            # Pillow warns of a picture past its own limit: here that is a refusal.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(path)
    except Image.DecompressionBombWarning:
        raise _problem(QT_TRANSLATE_NOOP(
            "Validation", "The photo has too many pixels to be used safely.")) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError,
            Image.DecompressionBombError):
        raise _problem(QT_TRANSLATE_NOOP("Validation", "This file is not an image.")) \
            from None
    try:
        with image:
            width, height = image.size
            if width * height > MAX_PICTURE_PIXELS:
                raise _problem(QT_TRANSLATE_NOOP(
                    "Validation", "The photo has too many pixels to be used safely."))
            kind = (image.format or "").lower()
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError,
            Image.DecompressionBombError):
        raise _problem(QT_TRANSLATE_NOOP("Validation", "This file is not an image.")) \
            from None
    if kind not in PICTURE_FORMATS or width < 1 or height < 1:
        raise _problem(QT_TRANSLATE_NOOP("Validation", "This file is not an image."))
    return Picture(width, height, PICTURE_FORMATS[kind])


def _place(media_dir: Path, source: Path, name: str) -> None:
    """Copy `source` in as `name`, whole or not at all (an existing one is the same file)."""
    media_dir.mkdir(parents=True, exist_ok=True)
    target = media_dir / name
    if target.is_file():
        return
    partial = media_dir / f"{name}.{file_stamp()}.{os.getpid()}.part"
    try:
        shutil.copyfile(source, partial)
        private_file(partial)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


def add_picture(media_dir: Path, source: Path, kind: str = "") -> tuple[str, Picture, str]:
    """Check a photo or logo by the picture rules and copy it in; returns its media name,
    its size and its full SHA-256. Raises ValidationError."""
    picture = check_picture(Path(source))
    digest = file_sha256(Path(source))
    prefix = f"{kind}-" if kind else ""
    name = f"{prefix}{digest[:24]}.{picture.extension}"
    _place(media_dir, Path(source), name)
    return name, picture, digest


def add_attachment(media_dir: Path, source: Path, kind: str) -> str:
    """Copy a scanned form or a piece of evidence in; returns its media name."""
    source = Path(source)
    if kind not in ATTACHMENT_KINDS:
        raise ValueError(kind)
    if source.stat().st_size > MAX_ATTACHMENT_BYTES:
        raise ValueError("too large")
    digest = file_sha256(source)
    suffix = "".join(c for c in source.suffix.lower() if c.isalnum())[:9]
    name = f"{kind}-{digest[:24]}" + (f".{suffix}" if suffix else "")
    _place(media_dir, source, name)
    return name


def clean_partials(media_dir: Path) -> list[Path]:
    """Remove half-copied files (`*.part`) that a stopped Vidare left in the media folder."""
    removed: list[Path] = []
    if not media_dir.is_dir():
        return removed
    for partial in media_dir.glob("*.part"):
        pieces = partial.name.split(".")
        pid = int(pieces[-2]) if len(pieces) >= 3 and pieces[-2].isdigit() else 0
        if pid and pid_alive(pid):
            continue
        partial.unlink(missing_ok=True)
        removed.append(partial)
    return removed
