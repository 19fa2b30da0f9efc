"""The data-safety subcommands: `backup`, `restore`, `export`, `import`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import OK, PROBLEMS, CommandError, cli_language
from desktop.domain.text import QT_TRANSLATE_NOOP


def _size(path: Path) -> str:
    total = path.stat().st_size if path.is_file() else sum(
        p.stat().st_size for p in path.rglob("*") if p.is_file())
    return f"{total / 1024 / 1024:.1f} MB" if total >= 1024 * 1024 else f"{total / 1024:.0f} kB"


def _summary(counts: dict[str, int]) -> str:
    return (f"{counts.get('project', 0)} projects, {counts.get('mobility', 0)} mobilities, "
            f"{counts.get('participant', 0)} participants, {counts.get('story', 0)} stories, "
            f"{counts.get('photo', 0)} photos")


def _check_ours(db: Path) -> None:
    """Refuse, with the opening case's own sentence, a file that is missing, not ours or damaged."""
    from desktop.store.database import open_database

    database, _ = open_database(db, read_only=True)
    database.conn.close()


def backup(args: argparse.Namespace) -> int:
    from desktop.store.backups import BackupFailed, list_backups, make_backup

    _check_ours(args.db)
    try:
        made = make_backup(args.db, args.to, reason="manual")
    except BackupFailed as error:
        raise CommandError(QT_TRANSLATE_NOOP(
            "Cli", "The backup could not be verified and was not kept: %1"), error.params[-1],
            code=PROBLEMS) from None
    kept = list_backups(args.db, args.to)
    print(f"{args.db}: backed up to {made.folder} ({_size(made.folder)}, verified: "
          f"integrity_check ok, {len(made.media)} media files) — {_summary(made.counts)}")
    print(f"{len(kept)} backup(s) kept in {made.folder.parent} "
          f"(newest {kept[0].created_at}, oldest {kept[-1].created_at})")
    return OK


def _find_backup(source: Path):  # type: ignore[no-untyped-def]
    from desktop.store.backups import MANIFEST, NotABackup, read_backup

    folder = source if source.is_dir() else source.parent
    if not (folder / MANIFEST).is_file():
        raise CommandError(QT_TRANSLATE_NOOP("Cli", "%1 is not a Vidare backup folder."),
                           str(source))
    try:
        return read_backup(folder)
    except NotABackup:
        raise CommandError(QT_TRANSLATE_NOOP("Cli", "%1 is not a Vidare backup folder."),
                           str(source)) from None


def restore(args: argparse.Namespace) -> int:
    from desktop.store.backups import BackupFailed, restore_backup
    from desktop.store.lock import DatabaseLock

    chosen = _find_backup(args.source)
    with DatabaseLock(args.db):
        try:
            result = restore_backup(args.db, chosen)
        except BackupFailed as error:
            raise CommandError(QT_TRANSLATE_NOOP(
                "Cli", "The backup is damaged and was not restored: %1"), error.params[-1],
                code=PROBLEMS) from None
    print(f"{args.db}: restored the backup of {chosen.created_at} ({chosen.reason}) — "
          f"{_summary(chosen.counts)}")
    if result.safety is not None:
        print(f"What it replaced is kept in the backup {result.safety.folder}")
    if result.set_aside is not None:
        print(f"The damaged database was kept as {result.set_aside}")
    return OK


def export(args: argparse.Namespace) -> int:
    from desktop.store.archive import export_archive
    from desktop.store.backups import _counts

    _check_ours(args.db)
    if args.out.is_dir():
        raise CommandError(QT_TRANSLATE_NOOP("Cli", "%1 is a folder; give a file name for the "
                                                    "archive."), str(args.out))
    out = export_archive(args.db, args.out)
    import sqlite3
    import zipfile

    with zipfile.ZipFile(out) as zf:
        media = sum(1 for n in zf.namelist() if n.startswith("media/") and not n.endswith("/"))
    conn = sqlite3.connect(f"{Path(args.db).resolve().as_uri()}?mode=ro", uri=True)
    try:
        counts = _counts(conn)
    finally:
        conn.close()
    print(f"{args.db}: exported to {out} ({_size(out)}, {media} media files) — "
          f"{_summary(counts)}")
    return OK


def import_archive(args: argparse.Namespace) -> int:
    from desktop.i18n import Translator
    from desktop.store.archive import ArchiveRefused
    from desktop.store.archive import import_archive as merge
    from desktop.store.lock import DatabaseLock

    _check_ours(args.db)
    with DatabaseLock(args.db):
        try:
            report = merge(args.db, args.archive)
        except ArchiveRefused as error:
            reason = Translator(cli_language(args)).fill("Store", error.reason,
                                                         error.reason_params)
            raise CommandError(QT_TRANSLATE_NOOP("Cli", "The archive %1 was not imported: %2"),
                               str(args.archive), reason) from None
    print(f"{args.db}: imported {args.archive} — "
          f"{sum(report.inserted.values())} rows added, {sum(report.updated.values())} updated "
          f"(newer there), {sum(report.deleted.values())} deleted (deleted there), "
          f"{sum(report.skipped.values())} skipped (deleted here), "
          f"{report.media_added} media files added")
    if report.backup is not None:
        print(f"The state before the import is kept in the backup {report.backup}")
    return OK
