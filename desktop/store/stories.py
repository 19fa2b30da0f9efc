"""Participants' stories: text, authors, photos (copied into the media folder) and search."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.models import Photo, Story
from desktop.store.base import Page, Repository, raise_for
from desktop.store.connection import new_id, now, transaction
from desktop.store.media import add_picture, media_path
from desktop.store.row_rules import photo_problems, story_problems
from desktop.store.search import fts_query


class StoryRepository(Repository):
    SORTABLE = {"title": "s.title COLLATE NOCASE", "status": "s.status",
                "language": "s.language", "updated_at": "s.updated_at",
                "mobility": "m.start_date",
                "photos": "sf.photos"}
    # The figures a sort reads, kept by triggers (migrations: "figures").
    SORT_JOINS = {"photos": ("JOIN story_figures sf ON sf.story_id = s.id", "sf.story_id")}

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
        return self._page(columns, "story s LEFT JOIN mobility m ON m.id = s.mobility_id",
                          [], [], search, (("story", "s.id"),), sort, descending,
                          self.SORTABLE, limit, offset, key="s.id", sort_joins=self.SORT_JOINS)

    def search(self, text: str, limit: int = 50) -> list[dict]:
        """Stories whose title, text or quote hold every word (prefixes too), best first."""
        query = fts_query(text)
        if not query:
            return []
        # Ranked (bm25) and cut to `limit` inside the search table, then joined: only the
        # stories shown are looked up, however many match.
        return list(self.db.query(
            """SELECT s.id, s.title, s.quote, s.status, s.language FROM (
                   SELECT rowid AS key, rank FROM story_search WHERE story_search MATCH ?
                   ORDER BY rank LIMIT ?) found
               JOIN search_key k ON k.key = found.key
               JOIN story s ON s.id = k.id ORDER BY found.rank""",
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
        raise_for(story_problems(story))
        with transaction(self.db):
            self._save("story", story)  # its search words follow by trigger
            if author_ids is not None:
                self._replace_links("story_author", "story_id", story.id, author_ids)
        return story

    def delete(self, story_id: str) -> None:
        with transaction(self.db):
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
        """Check an image by the picture rules, copy it into the media folder (once per
        content) and attach it to the story. Raises ValidationError."""
        name, picture, digest = add_picture(self.media_dir, Path(source))
        width, height = picture.width, picture.height
        position = self.db.execute("SELECT coalesce(max(position) + 1, 0) FROM photo "
                                   "WHERE story_id = ?", [story_id]).fetchone()[0]
        photo = Photo(story_id=story_id, file=name, caption=caption, width=width, height=height,
                      sha256=digest, position=position)
        raise_for(photo_problems(photo))
        with transaction(self.db):
            return self._save("photo", photo)

    def save_photo(self, photo: Photo) -> Photo:
        raise_for(photo_problems(photo))
        with transaction(self.db):
            return self._save("photo", photo)

    def delete_photo(self, photo_id: str) -> None:
        with transaction(self.db):
            self._delete("photo", photo_id)

    def photo_path(self, photo: Photo) -> Path | None:
        """The photo's file, checked to be a file inside the media folder (None if not)."""
        return media_path(self.media_dir, photo.file)

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
        """Rebuild the story index from what it holds (the triggers keep it current)."""
        with transaction(self.db):
            self.db.execute("INSERT INTO story_search (story_search) VALUES ('rebuild')")
