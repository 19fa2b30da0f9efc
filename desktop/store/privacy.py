"""A person's data-protection rights: take-down list, export of everything held, erasure.

Erasure itself (what it removes and how) is `erasure`; this module gives it a `Store`.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain.models import Publication
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import fill
from desktop.store import erasure
from desktop.store.connection import now
from desktop.store.erasure import ERASED_NAME, Erasure
from desktop.store.locations import erasure_register, private_file, private_folder

if TYPE_CHECKING:
    from desktop.store import Store

__all__ = ["ERASED_NAME", "Erasure", "erase_person", "erased_ids", "erasure_register",
           "erasure_preview", "export_person_data", "person_data", "takedown_list",
           "withdraw_consent"]


@dataclass
class TakedownList:
    """Where a person's photos or stories have gone: to be taken down after a withdrawal."""

    participant_id: str
    publications: list[Publication] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)  # dissemination_action rows
    stories: list[dict[str, Any]] = field(default_factory=list)  # id, title

    def is_empty(self) -> bool:
        return not self.publications and not self.actions


def stories_showing(store: Store, participant_id: str) -> list[dict[str, Any]]:
    """Stories the person wrote or appears in a photo of."""
    return list(store.db.query("""SELECT DISTINCT s.id, s.title, s.mobility_id FROM story s
        WHERE s.id IN (SELECT story_id FROM story_author WHERE participant_id = :p)
           OR s.id IN (SELECT ph.story_id FROM photo ph JOIN photo_person pp
                       ON pp.photo_id = ph.id WHERE pp.participant_id = :p)
        ORDER BY s.title""", {"p": participant_id}))


# Channels whose material stays up (a page, a post, a film, a printed article, a poster);
# a talk at a meeting leaves nothing to take down.
LASTING_CHANNELS = ("blog", "film", "local_press", "specialist_press", "exhibition", "website",
                    "social_media", "results_platform", "etwinning", "school_poster", "other")


def takedown_list(store: Store, participant_id: str) -> TakedownList:
    """Every recorded publication showing the person, and the dissemination actions with
    lasting material of the projects whose stories show them, from their trip onwards
    (those used, or may use, their photos and stories)."""
    found = TakedownList(participant_id, publications=store.publications.showing(participant_id))
    found.stories = stories_showing(store, participant_id)
    found.actions = list(store.db.query("""WITH trips AS (
            SELECT m.project_id, min(m.start_date) AS since FROM mobility m
            JOIN story s ON s.mobility_id = m.id WHERE s.id IN (
                SELECT story_id FROM story_author WHERE participant_id = :p
                UNION SELECT ph.story_id FROM photo ph JOIN photo_person pp
                    ON pp.photo_id = ph.id WHERE pp.participant_id = :p)
            GROUP BY m.project_id)
        SELECT a.*, p.title AS project_title
        FROM dissemination_action a JOIN project p ON p.id = a.project_id
        JOIN trips t ON t.project_id = a.project_id
        WHERE a.status != 'cancelled'
          AND a.channel IN (SELECT value FROM json_each(:channels))
          AND coalesce(nullif(a.done_date, ''), nullif(a.planned_date, ''), t.since) >= t.since
        ORDER BY coalesce(nullif(a.done_date, ''), a.planned_date), a.title""",
                                        {"p": participant_id,
                                         "channels": json.dumps(LASTING_CHANNELS)}))
    return found


def withdraw_consent(store: Store, participant_id: str, on: str | None = None
                     ) -> TakedownList:
    """Record the withdrawal on the consent in force and return the take-down list."""
    consent = store.people.consent(participant_id)
    if consent is not None and not consent.withdrawn_on:
        consent.withdrawn_on = on or dt.date.today().isoformat()
        store.people.save_consent(consent)
    return takedown_list(store, participant_id)


def consents_needing_attention(store: Store, on: str | None = None
                               ) -> dict[str, list[str]]:
    """People whose consent in force is withdrawn, or expired or expiring within 30 days
    (what the Overview warns about)."""
    on = on or dt.date.today().isoformat()
    withdrawn, expiring = [], []
    for row in store.people.expiring_or_withdrawn(on):
        if row["withdrawn_on"] and row["withdrawn_on"] <= on:
            withdrawn.append(row["participant_id"])
        elif not row["withdrawn_on"]:
            expiring.append(row["participant_id"])
    return {"withdrawn": withdrawn, "expiring": expiring}


def _rows(store: Store, sql: str, participant_id: str) -> list[dict[str, Any]]:
    return list(store.db.query(sql, {"p": participant_id}))


def person_data(store: Store, participant_id: str) -> dict[str, Any]:
    """Everything Vidare holds about one person, as plain data."""
    person = store.db.execute("SELECT 1 FROM participant WHERE id = ?",
                              [participant_id]).fetchone()
    if person is None:
        raise KeyError(participant_id)
    p = {"p": participant_id}
    return {
        "exported_at": now(),
        "participant": next(store.db.query("SELECT * FROM participant WHERE id = :p", p)),
        "consents": _rows(store, "SELECT * FROM consent WHERE participant_id = :p "
                                 "ORDER BY given_on", participant_id),
        "mobilities": _rows(store, """SELECT m.id, m.activity_type, m.topic,
            m.host_organisation, m.city, m.country, m.start_date, m.end_date, m.status,
            mp.role AS role_on_trip, pr.reference AS project_reference,
            pr.title AS project_title
            FROM mobility_participant mp JOIN mobility m ON m.id = mp.mobility_id
            JOIN project pr ON pr.id = m.project_id
            WHERE mp.participant_id = :p ORDER BY m.start_date""", participant_id),
        "stories_authored": _rows(store, """SELECT s.id, s.title, s.text, s.quote, s.language,
            s.status, s.created_at, s.updated_at FROM story s JOIN story_author sa
            ON sa.story_id = s.id WHERE sa.participant_id = :p ORDER BY s.created_at""",
                                  participant_id),
        "photos_showing": _rows(store, """SELECT ph.id, ph.file, ph.caption, ph.width,
            ph.height, s.title AS story_title FROM photo ph JOIN photo_person pp
            ON pp.photo_id = ph.id LEFT JOIN story s ON s.id = ph.story_id
            WHERE pp.participant_id = :p ORDER BY ph.created_at""", participant_id),
        "publications": [
            {"id": pub.id, "kind": pub.kind, "created_on": pub.created_on,
             "language": pub.language, "audience": pub.audience}
            for pub in store.publications.showing(participant_id)],
    }


_SECTIONS = (
    ("consents", QT_TRANSLATE_NOOP("Privacy", "Consents")),
    ("mobilities", QT_TRANSLATE_NOOP("Privacy", "Trips")),
    ("stories_authored", QT_TRANSLATE_NOOP("Privacy", "Stories written")),
    ("photos_showing", QT_TRANSLATE_NOOP("Privacy", "Photos showing this person")),
    ("publications", QT_TRANSLATE_NOOP("Privacy", "Printed documents")),
)
_INTRO = QT_TRANSLATE_NOOP("Privacy", "Everything Vidare holds about this person, exported %1.")


def person_report_html(data: dict[str, Any],
                       tr: Callable[[str], str] = lambda text: text) -> str:
    """A readable page of the same data; `tr` translates the headings (context "Privacy")."""
    person = data["participant"]
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'>",
             f"<title>{html.escape(person['name'])}</title>",
             "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
             "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px;"
             "vertical-align:top;text-align:left}</style></head><body>",
             f"<h1>{html.escape(person['name'])}</h1>",
             f"<p>{html.escape(fill(tr(_INTRO), (data['exported_at'],)))}</p>",
             f"<h2>{html.escape(tr(QT_TRANSLATE_NOOP('Privacy', 'Person')))}</h2>",
             _table([person])]
    for key, title in _SECTIONS:
        parts.append(f"<h2>{html.escape(tr(title))}</h2>")
        parts.append(_table(data[key]) if data[key] else
                     f"<p>{html.escape(tr(QT_TRANSLATE_NOOP('Privacy', 'None.')))}</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _table(rows: list[dict[str, Any]]) -> str:
    keys = list(rows[0])
    head = "".join(f"<th>{html.escape(k)}</th>" for k in keys)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(r.get(k, '')))}</td>" for k in keys)
                   + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def export_person_data(store: Store, participant_id: str, folder: Path | str,
                       tr: Callable[[str], str] = lambda text: text) -> tuple[Path, Path]:
    """Write `<name>-data.json` and `<name>-data.html` into `folder`; returns both paths."""
    data = person_data(store, participant_id)
    folder = private_folder(Path(folder))
    safe = "".join(c if c.isalnum() else "-" for c in data["participant"]["name"]).strip("-")
    base = folder / f"{safe[:60] or 'person'}-data"
    json_path, html_path = base.with_suffix(".json"), base.with_suffix(".html")
    json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    html_path.write_text(person_report_html(data, tr), encoding="utf-8")
    for path in (json_path, html_path):
        private_file(path)
    return json_path, html_path


def erasure_preview(store: Store, participant_id: str) -> dict[str, int]:
    """What erasing this person would remove, to show before asking."""
    own = erasure.own_stories(store.db, participant_id)
    p = {"p": participant_id}
    return {
        "consents": store.db.execute("SELECT count(*) FROM consent WHERE participant_id = :p",
                                     p).fetchone()[0],
        "photos": len(erasure.photos_to_erase(store.db, participant_id, own)),
        "stories": len(own),
        "mobilities": store.db.execute("SELECT count(*) FROM mobility_participant "
                                       "WHERE participant_id = :p", p).fetchone()[0],
    }


def erase_person(store: Store, participant_id: str) -> Erasure:
    """Remove a person and what shows or names them; keep trip counts with an anonymous
    stand-in (see `erasure`). Raises KeyError for an unknown person."""
    return erasure.erase(store.db, store.media_dir, store.path, participant_id)


def erased_ids(db_path: Path | str) -> list[str]:
    return erasure.erased_ids(db_path)
