"""Participants' stories: text, authors, photos (copied into the media folder) and search."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from desktop.domain.fold import fold
from desktop.domain.models import Photo, Story
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import Problem, ValidationError, check_texts, validate_story
from desktop.store.base import Page, Repository, raise_for
from desktop.store.database import new_id, now, transaction

MAX_PHOTO_BYTES = 60 * 1024 * 1024
MAX_PHOTO_PIXELS = 80_000_000  # a 10,000 × 8,000 camera image; more is a decompression bomb


def _photo_problem(message: str) -> ValidationError:
    return ValidationError([Problem("photo", message)])


def inspect_image(path: Path) -> tuple[int, int, str]:
    """Width, height and file extension of an image, or a ValidationError saying why not."""
    from PIL import Image, UnidentifiedImageError

    if not path.is_file():
        raise _photo_problem(QT_TRANSLATE_NOOP("Validation", "The file cannot be found."))
    if path.stat().st_size > MAX_PHOTO_BYTES:
        raise _photo_problem(QT_TRANSLATE_NOOP("Validation", "The photo is too large."))
    try:
        with Image.open(path) as image:
            width, height = image.size
            if width * height > MAX_PHOTO_PIXELS:
                raise _photo_problem(QT_TRANSLATE_NOOP(
                    "Validation", "The photo has too many pixels to be used safely."))
            image.verify()
            kind = (image.format or "").lower()
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError):
        raise _photo_problem(QT_TRANSLATE_NOOP("Validation", "This file is not an image.")) \
            from None
    if kind not in ("jpeg", "png", "webp", "gif", "bmp", "tiff"):
        raise _photo_problem(QT_TRANSLATE_NOOP("Validation", "This file is not an image."))
    return width, height, {"jpeg": "jpg", "tiff": "tif"}.get(kind, kind)


class StoryRepository(Repository):
    SORTABLE = {"title": "s.title COLLATE NOCASE", "status": "s.status",
                "language": "s.language", "updated_at": "s.updated_at",
                "mobility": "m.start_date",
                "photos": "(SELECT count(*) FROM photo ph WHERE ph.story_id = s.id)"}

    def __init__(self, db, media_dir: Path):  # type: ignore[no-untyped-def]
        super().__init__(db)
        self.media_dir = media_dir

    def page(self, search: str = "", sort: str = "updated_at", descending: bool = True,
             limit: int | None = None, offset: int = 0) -> Page:
        columns = """SELECT s.*, m.city AS mobility_city, m.country AS mobility_country,
            m.start_date AS mobility_start,
            (SELECT count(*) FROM photo ph WHERE ph.story_id = s.id) AS photos,
            (SELECT group_concat(p.name, ', ') FROM story_author sa
                JOIN participant p ON p.id = sa.participant_id WHERE sa.story_id = s.id)
                AS authors"""
        where: list[str] = []
        params: list[str] = []
        query = fts_query(search)
        if query:
            where.append("s.id IN (SELECT story_id FROM story_search WHERE story_search MATCH ?)")
            params.append(query)
        return self._page(columns, "story s LEFT JOIN mobility m ON m.id = s.mobility_id",
                          where, params, "", (), sort, descending, self.SORTABLE, limit, offset,
                          key="s.id")

    def search(self, text: str, limit: int = 50) -> list[dict]:
        """Stories whose title, text or quote hold every word (prefixes too), best first."""
        query = fts_query(text)
        if not query:
            return []
        return list(self.db.query(
            """SELECT s.id, s.title, s.quote, s.status, s.language FROM story_search
               JOIN story s ON s.id = story_search.story_id
               WHERE story_search MATCH ? ORDER BY bm25(story_search) LIMIT ?""",
            [query, limit]))

    def all(self) -> list[Story]:
        return self._all(Story, "SELECT * FROM story ORDER BY updated_at DESC")

    def for_mobility(self, mobility_id: str) -> list[Story]:
        return self._all(Story, "SELECT * FROM story WHERE mobility_id = ?", [mobility_id])

    def for_project(self, project_id: str) -> list[Story]:
        return self._all(Story, """SELECT s.* FROM story s JOIN mobility m ON m.id = s.mobility_id
            WHERE m.project_id = ? ORDER BY m.start_date, s.title""", [project_id])

    def get(self, story_id: str) -> Story | None:
        return self._get("story", Story, story_id)

    def save(self, story: Story, author_ids: list[str] | None = None) -> Story:
        raise_for(validate_story(story))
        with transaction(self.db):
            self._save("story", story)
            self.db.execute("DELETE FROM story_search WHERE story_id = ?", [story.id])
            self.db.execute(
                "INSERT INTO story_search (story_id, title, text, quote) VALUES (?, ?, ?, ?)",
                [story.id, fold(story.title), fold(story.text), fold(story.quote)])
            if author_ids is not None:
                self._replace_links("story_author", "story_id", story.id, author_ids)
        return story

    def delete(self, story_id: str) -> None:
        with transaction(self.db):
            self.db.execute("DELETE FROM story_search WHERE story_id = ?", [story_id])
            self._delete("story", story_id)

    def author_ids(self, story_id: str) -> list[str]:
        return [r["participant_id"] for r in self.db.query(
            "SELECT participant_id FROM story_author WHERE story_id = ? ORDER BY created_at",
            [story_id])]

    def _replace_links(self, table: str, owner_column: str, owner_id: str,
                       participant_ids: list[str]) -> None:
        """Make the people linked to one story or photo exactly `participant_ids`."""
        existing = {r["participant_id"] for r in self.db.query(
            f"SELECT participant_id FROM {table} WHERE {owner_column} = ?", [owner_id])}
        wanted = list(dict.fromkeys(participant_ids))
        for pid in existing - set(wanted):
            self.db.execute(f"DELETE FROM {table} WHERE {owner_column} = ? AND participant_id = ?",
                            [owner_id, pid])
        stamp = now()
        for pid in wanted:
            if pid not in existing:
                self.db.table(table).insert({"id": new_id(), "created_at": stamp,
                                             "updated_at": stamp, owner_column: owner_id,
                                             "participant_id": pid})

    # Photos
    def photos(self, story_id: str) -> list[Photo]:
        return self._all(Photo, "SELECT * FROM photo WHERE story_id = ? ORDER BY position, "
                         "created_at", [story_id])

    def get_photo(self, photo_id: str) -> Photo | None:
        return self._get("photo", Photo, photo_id)

    def add_photo(self, story_id: str, source: Path, caption: str = "") -> Photo:
        """Copy an image into the media folder and attach it to the story."""
        width, height, extension = inspect_image(Path(source))
        digest = hashlib.sha256(Path(source).read_bytes()).hexdigest()
        name = f"{digest[:24]}.{extension}"
        self.media_dir.mkdir(parents=True, exist_ok=True)
        target = self.media_dir / name
        if not target.exists():
            partial = target.with_suffix(".part")
            shutil.copyfile(source, partial)
            partial.replace(target)
        position = self.db.execute("SELECT coalesce(max(position) + 1, 0) FROM photo "
                                   "WHERE story_id = ?", [story_id]).fetchone()[0]
        photo = Photo(story_id=story_id, file=name, caption=caption, width=width, height=height,
                      sha256=digest, position=position)
        raise_for(check_texts(photo))
        with transaction(self.db):
            return self._save("photo", photo)

    def save_photo(self, photo: Photo) -> Photo:
        raise_for(check_texts(photo))
        with transaction(self.db):
            return self._save("photo", photo)

    def delete_photo(self, photo_id: str) -> None:
        with transaction(self.db):
            self._delete("photo", photo_id)

    def photo_path(self, photo: Photo) -> Path:
        return self.media_dir / photo.file

    def people_in_photo(self, photo_id: str) -> list[str]:
        return [r["participant_id"] for r in self.db.query(
            "SELECT participant_id FROM photo_person WHERE photo_id = ?", [photo_id])]

    def set_people_in_photo(self, photo_id: str, participant_ids: list[str]) -> None:
        with transaction(self.db):
            self._replace_links("photo_person", "photo_id", photo_id, participant_ids)

    def people_of_story(self, story_id: str) -> list[str]:
        """Everyone a story shows: its authors and the people in its photos."""
        return [r["participant_id"] for r in self.db.query(
            """SELECT participant_id FROM story_author WHERE story_id = :s
               UNION SELECT pp.participant_id FROM photo_person pp
               JOIN photo ph ON ph.id = pp.photo_id WHERE ph.story_id = :s""", {"s": story_id})]

    def rebuild_search(self) -> None:
        with transaction(self.db):
            self.db.execute("DELETE FROM story_search")
            for story in self.all():
                self.db.execute(
                    "INSERT INTO story_search (story_id, title, text, quote) VALUES (?, ?, ?, ?)",
                    [story.id, fold(story.title), fold(story.text), fold(story.quote)])


def fts_query(text: str) -> str:
    """Every folded word as a prefix term, quoted so that user text is never FTS syntax."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in fold(text)).split() if w]
    return " ".join(f'"{w}"*' for w in words)

