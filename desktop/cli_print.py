"""The `poster` and `report` commands: build a document to a PDF file, and record who it shows."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path

from desktop.cli import OK, CommandError, cli_language, option
from desktop.domain.models import Project, Publication
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.i18n import Translator
from desktop.store import Store

# What each command wrote, for the line that says so.
PLAN_POSTER = QT_TRANSLATE_NOOP("Cli", "Planning poster")
BLANK_PLAN_POSTER = QT_TRANSLATE_NOOP("Cli", "Blank planning poster")
STORIES_POSTER = QT_TRANSLATE_NOOP("Cli", "Stories poster")
SUMMARY = QT_TRANSLATE_NOOP("Cli", "Principal's summary")
PROJECT_REPORT = QT_TRANSLATE_NOOP("Cli", "Project report")


def poster(args: argparse.Namespace) -> int:
    from desktop.documents.gather import gather_plan, gather_stories
    from desktop.documents.plan_poster import build_plan_poster
    from desktop.documents.stories_poster import build_stories_poster, photo_width_mm

    _check_out(args)
    if args.kind == "plan" and args.blank:
        _write(args, BLANK_PLAN_POSTER, build_plan_poster(None, args.lang, args.size))
        return OK
    with _open(args) as store:
        project = _project(store, args)
        if args.kind == "plan":
            _write(args, PLAN_POSTER, build_plan_poster(gather_plan(store, project), args.lang,
                                                        args.size, fers_artwork=_artwork(store)))
            return OK
        data = gather_stories(store, project, args.audience,
                              photo_width_mm=photo_width_mm(args.size))
        _can_record(store, data.shown_participants, data.shown_stories)
        _write(args, STORIES_POSTER, build_stories_poster(data, args.lang, args.size,
                                                          fers_artwork=_artwork(store)))
        _record(store, "stories_poster", args, project, data.shown_participants,
                data.shown_stories)
    return OK


def report(args: argparse.Namespace) -> int:
    from desktop.documents.project_report import build_project_report, gather_report
    from desktop.documents.summary import build_summary, gather_summary

    _check_out(args)
    with _open(args) as store:
        if args.kind == "summary":
            date_from = _date(args, getattr(args, "date_from", None))
            date_to = _date(args, getattr(args, "date_to", None))
            if date_from and date_to and date_from > date_to:
                raise CommandError(QT_TRANSLATE_NOOP("Cli", "--from must not be after --to."))
            # The period defaults to this school year, as the school's Settings say.
            _write(args, SUMMARY, build_summary(gather_summary(store, date_from, date_to),
                                                args.lang, fers_artwork=_artwork(store)))
            return OK
        project = _project(store, args)
        data = gather_report(store, project, args.audience)
        _can_record(store, data.shown_participants, data.shown_stories)
        _write(args, PROJECT_REPORT, build_project_report(data, args.lang,
                                                          fers_artwork=_artwork(store)))
        _record(store, "project_report", args, project, data.shown_participants,
                data.shown_stories)
    return OK


def _open(args: argparse.Namespace) -> Store:
    """The store, locked: a document showing people is recorded in it (a newer or
    read-only database still prints, but nothing that must be recorded)."""
    from desktop.cli_safety import open_for_writing

    if not Path(args.db).is_file():
        raise CommandError(QT_TRANSLATE_NOOP("Cli", "%1 does not exist."), str(args.db))
    return open_for_writing(Path(args.db), read_only_ok=True)


def _artwork(store: Store) -> Path | None:
    """The official FERS artwork the school added in Settings (None: none)."""
    school = store.school.get()
    return store.media_file(school.fers_artwork) if school else None


def _project(store: Store, args: argparse.Namespace) -> Project:
    reference = args.project
    if not reference:
        raise CommandError(QT_TRANSLATE_NOOP("Cli", "Give the project with %1."),
                           option(args, "--project", "REF"))
    project = store.projects.find(reference)
    if project is not None:
        return project
    found = store.projects.starting_with(reference)
    if len(found) == 1:
        return found[0]
    if found:
        raise CommandError(QT_TRANSLATE_NOOP(
            "Cli", "More than one project's grant agreement number or title starts with "
            "\"%1\": give more of it, or the whole number (%2)."), reference,
            ", ".join(p.reference or p.id for p in found))
    raise CommandError(QT_TRANSLATE_NOOP(
        "Cli", "No project has the id %1, or a grant agreement number or title starting "
        "with it."), reference)


def _date(args: argparse.Namespace, value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        tr = Translator(cli_language(args))
        raise CommandError(QT_TRANSLATE_NOOP("Cli", "%1 is not a date; write it as %2."),
                           value, tr.tr("Cli", "YYYY-MM-DD")) from None


def _check_out(args: argparse.Namespace) -> None:
    """Before any work: the PDF's folder exists and the name is not a folder."""
    target = Path(args.out)
    if target.is_dir():
        raise CommandError(QT_TRANSLATE_NOOP(
            "Cli", "%1 is a folder; give the name of the PDF file to write."), str(target))
    if not target.parent.is_dir():
        raise CommandError(QT_TRANSLATE_NOOP("Cli", "The folder %1 does not exist."),
                           str(target.parent))


def _write(args: argparse.Namespace, document: str, pdf: bytes) -> None:
    """Write the PDF (whole or not at all) and say what was written."""
    target = Path(args.out)
    try:
        partial = target.with_name(target.name + ".part")
        partial.write_bytes(pdf)
        partial.replace(target)
    except OSError:
        raise CommandError(QT_TRANSLATE_NOOP("Cli", "%1 cannot be written."),
                           str(target)) from None
    tr = Translator(cli_language(args))
    pages = tr.tr("Cli", "%n page(s)", pages_in(pdf))
    size = getattr(args, "size", "A4")
    print(tr.fill("Cli", "%1: %2, %3, written to %4",
                  (tr.tr("Cli", document), pages, size, str(target))))


def pages_in(pdf: bytes) -> int:
    """The number of pages of a PDF that ReportLab wrote (one /Type /Page object each)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


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
