"""The `poster` and `report` commands: build a document to a PDF file, and record who it shows."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from desktop.cli import OK, CommandError
from desktop.domain.models import Project, Publication
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.store import Store


def poster(args: argparse.Namespace) -> int:
    from desktop.documents.gather import gather_plan, gather_stories
    from desktop.documents.plan_poster import build_plan_poster
    from desktop.documents.stories_poster import build_stories_poster, photo_width_mm

    if args.kind == "plan" and args.blank:
        _write(args.out, build_plan_poster(None, args.lang, args.size))
        return OK
    with _open(args.db) as store:
        project = _project(store, args.project)
        if args.kind == "plan":
            _write(args.out, build_plan_poster(gather_plan(store, project), args.lang,
                                               args.size))
            return OK
        data = gather_stories(store, project, args.audience,
                              photo_width_mm=photo_width_mm(args.size))
        _can_record(store, data.shown_participants, data.shown_stories)
        _write(args.out, build_stories_poster(data, args.lang, args.size))
        _record(store, "stories_poster", args, project, data.shown_participants,
                data.shown_stories)
    return OK


def report(args: argparse.Namespace) -> int:
    from desktop.documents.project_report import build_project_report, gather_report
    from desktop.documents.summary import build_summary, gather_summary

    with _open(args.db) as store:
        if args.kind == "summary":
            date_from = _date(getattr(args, "date_from", None))
            date_to = _date(getattr(args, "date_to", None))
            if date_from and date_to and date_from > date_to:
                raise CommandError(QT_TRANSLATE_NOOP("Cli", "--from must not be after --to."))
            _write(args.out, build_summary(gather_summary(store, date_from, date_to), args.lang))
            return OK
        project = _project(store, args.project)
        data = gather_report(store, project, args.audience)
        _can_record(store, data.shown_participants, data.shown_stories)
        _write(args.out, build_project_report(data, args.lang))
        _record(store, "project_report", args, project, data.shown_participants,
                data.shown_stories)
    return OK


def _open(db: Path | None) -> Store:
    """The store, locked: a document showing people is recorded in it (a newer or
    read-only database still prints, but nothing that must be recorded)."""
    from desktop.cli_safety import open_for_writing

    if db is None:
        raise CommandError(QT_TRANSLATE_NOOP("Cli", "Give the database with --db FILE."))
    if not Path(db).is_file():
        raise CommandError(QT_TRANSLATE_NOOP("Cli", "%1 does not exist."), str(db))
    return open_for_writing(Path(db), read_only_ok=True)


def _project(store: Store, reference: str | None) -> Project:
    if not reference:
        raise CommandError(QT_TRANSLATE_NOOP("Cli", "Give the project with --project REF."))
    project = store.projects.find(reference)
    if project is None:
        raise CommandError(QT_TRANSLATE_NOOP("Cli", "No project has the reference or id %1."),
                           reference)
    return project


def _date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise CommandError(QT_TRANSLATE_NOOP(
            "Cli", "%1 is not a date; write it as YYYY-MM-DD."), value) from None


def _write(path: Path, pdf: bytes) -> None:
    target = Path(path)
    try:
        partial = target.with_name(target.name + ".part")
        partial.write_bytes(pdf)
        partial.replace(target)
    except OSError:
        raise CommandError(QT_TRANSLATE_NOOP("Cli", "%1 cannot be written."),
                           str(path)) from None


def _can_record(store: Store, participants: list[str], stories: list[str]) -> None:
    """Before any PDF is written: a document showing people must be recordable."""
    from desktop.store.errors import NotRecorded

    if store.read_only and (participants or stories):
        raise NotRecorded(store.path)


def _record(store: Store, kind: str, args: argparse.Namespace, project: Project,
            participants: list[str], stories: list[str]) -> None:
    """A document that shows people goes on the take-down list's record."""
    if not participants and not stories:
        return
    store.publications.record(Publication(
        kind=kind, created_on=dt.date.today().isoformat(), language=args.lang,
        project_id=project.id, audience=args.audience, participant_ids=participants,
        story_ids=stories))
