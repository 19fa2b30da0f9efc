"""The data-safety subcommands: `backup`, `restore`, `export`, `import`, `unlock`.

Every line printed goes through the translator (context "Cli"); every refusal is one
sentence on stderr: exit status 2 for bad usage or input (a read-only or newer database,
another school's data, a hostile archive), 1 for a damaged database or backup.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.cli import BAD_INPUT, OK, PROBLEMS, CommandError, cli_language
from desktop.domain.text import QT_TRANSLATE_NOOP

# The command line's own sentences for the lock (they name the command that frees it).
LOCKED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Cli", "%1 is already open in another Vidare (%2 on %3, since %4); if it no longer runs "
    "there, take it over with “vidare unlock --db %1”.")
LOCKED_RUNNING = QT_TRANSLATE_NOOP(
    "Cli", "%1 is open in a Vidare running right now (%2 on %3, since %4); close it there "
    "first.")
OTHER_SCHOOL = QT_TRANSLATE_NOOP(
    "Cli", "%1 holds the data of another school (%2), not of %3; to take it in anyway, add "
    "--other-school.")
NO_FOLDER = QT_TRANSLATE_NOOP("Cli", "The folder %1 does not exist, so nothing was written.")
OUT_IS_FOLDER = QT_TRANSLATE_NOOP("Cli", "%1 is a folder; give a file name for the archive.")
NOT_A_BACKUP = QT_TRANSLATE_NOOP("Cli", "%1 is not a Vidare backup folder.")
BACKUP_NOT_VERIFIED = QT_TRANSLATE_NOOP(
    "Cli", "The backup could not be verified and was not kept: %1")
BACKUP_DAMAGED = QT_TRANSLATE_NOOP("Cli", "The backup is damaged and was not restored: %1")
NOT_IMPORTED = QT_TRANSLATE_NOOP("Cli", "The archive %1 was not imported: %2")

BACKED_UP = QT_TRANSLATE_NOOP(
    "Cli", "%1: backed up to %2 (%3) and checked against the database table by table: %4.")
BACKUPS_KEPT = QT_TRANSLATE_NOOP(
    "Cli", "%n backup(s) kept in %1, the newest from %2, the oldest from %3.")
RESTORED = QT_TRANSLATE_NOOP("Cli", "%1: restored the backup of %2: %3.")
REPLACED_KEPT = QT_TRANSLATE_NOOP("Cli", "What it replaced is kept in the backup %1.")
DAMAGED_KEPT = QT_TRANSLATE_NOOP("Cli", "The damaged database was kept as %1.")
ERASED_AGAIN = QT_TRANSLATE_NOOP(
    "Cli", "%n person(s) erased since that backup was made were erased again.")
EXPORTED = QT_TRANSLATE_NOOP("Cli", "%1: exported to %2 (%3): %4.")
IMPORTED = QT_TRANSLATE_NOOP("Cli", "%1: imported %2.")
ADDED = QT_TRANSLATE_NOOP("Cli", "%n record(s) added.")
UPDATED = QT_TRANSLATE_NOOP("Cli", "%n record(s) updated (changed in the archive's copy).")
DELETED = QT_TRANSLATE_NOOP("Cli", "%n record(s) deleted (deleted in the archive's copy).")
SKIPPED = QT_TRANSLATE_NOOP("Cli", "%n record(s) left out (deleted or erased here).")
MEDIA_ADDED = QT_TRANSLATE_NOOP("Cli", "%n media file(s) added.")
NOTHING_NEW = QT_TRANSLATE_NOOP("Cli", "Nothing in it was new to this database.")
ONLY_BACKUP = QT_TRANSLATE_NOOP("Cli", "It is the only backup kept in %1 so far.")
CONFLICTS = QT_TRANSLATE_NOOP(
    "Cli", "%n record(s) changed in both copies: this computer's version is kept, the other "
    "waits in Settings → Import.")
ERASED_THERE = QT_TRANSLATE_NOOP("Cli", "%n person(s) erased in the archive's copy were "
                                        "erased here too.")
BEFORE_IMPORT = QT_TRANSLATE_NOOP(
    "Cli", "The data as it was before the import is kept in the backup %1.")
MEDIA_FILES = QT_TRANSLATE_NOOP("Cli", "%n media file(s)")
NOT_LOCKED = QT_TRANSLATE_NOOP("Cli", "%1 was not locked.")
TAKEN_OVER = QT_TRANSLATE_NOOP(
    "Cli", "%1 was locked by %2 on %3 (since %4); that lock is now removed.")


def _tr(args: argparse.Namespace, context: str, message: str, params: tuple[str, ...] = (),
        n: int = -1) -> str:
    from desktop.i18n import Translator

    return Translator(cli_language(args)).fill(context, message, params, n)


def _say(args: argparse.Namespace, message: str, *params: str, n: int = -1) -> None:
    """One line of output in the user's language."""
    print(_tr(args, "Cli", message, params, n))


@contextmanager
def store_errors(args: argparse.Namespace) -> Iterator[None]:
    """A store's refusal as one sentence (context "Store"): exit status 1 for a damaged
    database, 2 for anything else; the lock's sentences name `vidare unlock`."""
    from desktop.store.errors import DamagedDatabase, OtherSchool, StoreError
    from desktop.store.lock import DatabaseLocked

    try:
        yield
    except DatabaseLocked as error:
        raise locked_error(error) from None
    except OtherSchool as error:
        raise CommandError(OTHER_SCHOOL, error.path, error.theirs, error.ours) from None
    except StoreError as error:
        print(f"vidare: {_tr(args, 'Store', error.message, error.params)}", file=sys.stderr)
        raise _Exit(PROBLEMS if isinstance(error, DamagedDatabase) else BAD_INPUT) from None


class _Exit(Exception):
    def __init__(self, code: int):
        self.code = code
        super().__init__(code)


def _command(body):  # type: ignore[no-untyped-def]
    """Run a command body inside `store_errors`, turning a printed refusal into its code."""
    def run(args: argparse.Namespace) -> int:
        try:
            with store_errors(args):
                return int(body(args))
        except _Exit as stop:
            return stop.code
    run.__doc__ = body.__doc__
    return run


def open_for_writing(path: Path, create: bool = False, read_only_ok: bool = False,  # type: ignore[no-untyped-def]
                     check_later: bool = False):
    """A Store for a command that writes: the lock held until it closes (`demo`, `poster`,
    `report`, `selftest --db`). `read_only_ok` opens a newer or read-only database for
    reading instead of refusing it; `check_later` checks its integrity beside the caller,
    as the window does (`Store.start_check`)."""
    from desktop.store.lock import DatabaseLocked
    from desktop.store.startup import open_store

    try:
        return open_store(path, create=create, accept_synced=True, start_backup=False,
                          accept_read_only=read_only_ok, check_later=check_later)
    except DatabaseLocked as error:
        raise locked_error(error) from None


def locked_error(error) -> CommandError:  # type: ignore[no-untyped-def]
    """The lock's sentence for the command line: it names `vidare unlock` when that helps."""
    owner = error.owner
    return CommandError(LOCKED_RUNNING if error.running else LOCKED_ELSEWHERE, error.path,
                        owner.user or "?", owner.host or "?", owner.since or "?")


def _size(args: argparse.Namespace, path: Path) -> str:
    from desktop.i18n.formatting import format_file_size

    total = path.stat().st_size if path.is_file() else sum(
        p.stat().st_size for p in path.rglob("*") if p.is_file())
    return format_file_size(total, cli_language(args))


def _contents(args: argparse.Namespace, counts: dict[str, int], media: int) -> str:
    """"2 projects, 16 mobilities, … and 21 media files", in the user's language."""
    from desktop.i18n.counts import counted
    from desktop.i18n.formatting import format_list

    language = cli_language(args)
    parts = [counted("figure", figure, counts.get(table, 0), language) for table, figure in (
        ("project", "projects"), ("mobility", "mobilities"), ("participant", "participants"),
        ("story", "stories"), ("dissemination_action", "actions"))]
    parts.append(_tr(args, "Cli", MEDIA_FILES, (), media))
    return format_list(parts, language)


def _when(args: argparse.Namespace, stamp: str) -> str:
    from desktop.i18n.formatting import format_datetime

    return format_datetime(stamp, cli_language(args))


def _check_ours(db: Path) -> None:
    """Refuse, with the opening case's own sentence, a file that is missing, a folder, not
    ours or damaged (read-only: nothing is written)."""
    from desktop.store.opening import open_database

    database, _ = open_database(db, read_only=True)
    database.conn.close()


@_command
def backup(args: argparse.Namespace) -> int:
    from desktop.store.backups import BackupFailed, NotAFolder, list_backups, make_backup

    _check_ours(args.db)
    if args.to is not None and args.to.exists() and not args.to.is_dir():
        raise NotAFolder(args.to)
    try:
        made = make_backup(args.db, args.to, reason="manual")
    except BackupFailed as error:
        raise CommandError(BACKUP_NOT_VERIFIED, error.params[-1], code=PROBLEMS) from None
    kept = list_backups(args.db, args.to)
    _say(args, BACKED_UP, str(args.db), str(made.folder), _size(args, made.folder),
         _contents(args, made.counts, len(made.media)))
    if len(kept) == 1:
        _say(args, ONLY_BACKUP, str(made.folder.parent))
    else:
        _say(args, BACKUPS_KEPT, str(made.folder.parent), _when(args, kept[0].created_at),
             _when(args, kept[-1].created_at), n=len(kept))
    return OK


def _find_backup(source: Path):  # type: ignore[no-untyped-def]
    from desktop.store.backups import MANIFEST, NotABackup, read_backup

    folder = source if source.is_dir() else source.parent
    if not (folder / MANIFEST).is_file():
        raise CommandError(NOT_A_BACKUP, str(source))
    try:
        return read_backup(folder)
    except NotABackup:
        raise CommandError(NOT_A_BACKUP, str(source)) from None


@_command
def restore(args: argparse.Namespace) -> int:
    from desktop.store.backups import BackupFailed, restore_backup
    from desktop.store.lock import DatabaseLock

    chosen = _find_backup(args.source)
    with DatabaseLock(args.db):
        try:
            result = restore_backup(args.db, chosen,
                                    accept_other_school=getattr(args, "other_school", False))
        except BackupFailed as error:
            raise CommandError(BACKUP_DAMAGED, error.params[-1], code=PROBLEMS) from None
    _say(args, RESTORED, str(args.db), _when(args, chosen.created_at),
         _contents(args, chosen.counts, len(chosen.media)))
    if result.safety is not None:
        _say(args, REPLACED_KEPT, str(result.safety.folder))
    if result.set_aside is not None:
        _say(args, DAMAGED_KEPT, str(result.set_aside))
    if result.erased_again:
        _say(args, ERASED_AGAIN, n=len(result.erased_again))
    return OK


@_command
def export(args: argparse.Namespace) -> int:
    import zipfile

    from desktop.store.archive import export_archive
    from desktop.store.backups import counts_of
    from desktop.store.connection import connect

    out = Path(args.out)
    if out.is_dir():
        raise CommandError(OUT_IS_FOLDER, str(out))
    if not out.parent.is_dir():
        raise CommandError(NO_FOLDER, str(out.parent))
    _check_ours(args.db)
    made = export_archive(args.db, out)
    with zipfile.ZipFile(made) as zf:
        media = sum(1 for n in zf.namelist() if n.startswith("media/") and not n.endswith("/"))
    conn = connect(args.db, read_only=True).conn
    try:
        counts = counts_of(conn)
    finally:
        conn.close()
    _say(args, EXPORTED, str(args.db), str(made), _size(args, made),
         _contents(args, counts, media))
    return OK


@_command
def import_archive(args: argparse.Namespace) -> int:
    from desktop.store.archive import ArchiveRefused
    from desktop.store.archive import import_archive as merge
    from desktop.store.backups import refuse_if_read_only
    from desktop.store.lock import DatabaseLock

    refuse_if_read_only(Path(args.db))  # before anything could write, even a -wal beside
    _check_ours(args.db)
    with DatabaseLock(args.db):
        try:
            report = merge(args.db, args.archive,
                           accept_other_school=getattr(args, "other_school", False))
        except ArchiveRefused as error:
            reason = _tr(args, "Store", error.reason, error.reason_params)
            raise CommandError(NOT_IMPORTED, str(args.archive), reason) from None
    _say(args, IMPORTED, str(args.db), str(args.archive))
    for message, count in ((ADDED, sum(report.inserted.values())),
                           (UPDATED, sum(report.updated.values())),
                           (DELETED, sum(report.deleted.values())),
                           (SKIPPED, sum(report.skipped.values())),
                           (MEDIA_ADDED, report.media_added)):
        if count:  # a line for each thing that happened, none for what did not
            _say(args, message, n=count)
    if not (sum(report.inserted.values()) + sum(report.updated.values())
            + sum(report.deleted.values()) + report.media_added):
        _say(args, NOTHING_NEW)
    if report.conflicts:
        _say(args, CONFLICTS, n=len(report.conflicts))
    if report.erased:
        _say(args, ERASED_THERE, n=len(report.erased))
    if report.backup is not None:
        _say(args, BEFORE_IMPORT, str(report.backup))
    return OK


@_command
def unlock(args: argparse.Namespace) -> int:
    """Free a lock left by another computer (or a stopped Vidare), after saying whose."""
    from desktop.store.lock import take_over

    if not Path(args.db).exists():
        from desktop.store.errors import DatabaseMissing

        raise DatabaseMissing(args.db)
    owner = take_over(args.db)
    if owner is None:
        _say(args, NOT_LOCKED, str(args.db))
    else:
        _say(args, TAKEN_OVER, str(args.db), owner.user or "?", owner.host or "?",
             owner.since or "?")
    return OK
