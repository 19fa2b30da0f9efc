"""Why a database, a backup or an archive cannot be used as asked: one sentence each.

Every message is English source text in context "Store" with Qt placeholders (%1 is
always the path); the window and the command line translate it with `params`.
"""

from __future__ import annotations

from pathlib import Path

from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import fill


class StoreError(Exception):
    """A database that cannot be used as asked; the message is English source, context "Store"."""

    message = ""

    def __init__(self, path: Path | str, *params: str):
        self.path = str(path)
        self.params = (self.path, *params)
        super().__init__(fill(self.message, self.params))


class DatabaseMissing(StoreError):
    message = QT_TRANSLATE_NOOP("Store", "There is no database at %1.")


class NotVidareDatabase(StoreError):
    message = QT_TRANSLATE_NOOP("Store", "%1 is not a Vidare database.")


class IsAFolder(StoreError):
    message = QT_TRANSLATE_NOOP("Store", "%1 is a folder, not a database file.")


class NewerDatabase(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Store", "%1 was saved by a newer Vidare (data version %2); this Vidare knows up to %3.")


class DamagedDatabase(StoreError):
    """What SQLite said is kept in `details` for the log; the user reads one sentence."""

    message = QT_TRANSLATE_NOOP("Store", "%1 is damaged and cannot be opened.")
    backup: object = None  # set by open_store: the newest verified backup (backups.Backup)

    def __init__(self, path: Path | str, details: str = ""):
        self.details = details
        super().__init__(path)


class FolderNotWritable(StoreError):
    message = QT_TRANSLATE_NOOP("Store", "The folder %1 cannot be written to.")


class ReadOnlyDatabase(StoreError):
    """The file itself may not be written (the user made it read-only, or it is newer)."""

    message = QT_TRANSLATE_NOOP(
        "Store", "%1 can only be read here, so Vidare changes nothing in it.")


class SyncedFolder(StoreError):
    """The database lies in a folder that a cloud service or a file server keeps in step."""

    message = QT_TRANSLATE_NOOP(
        "Store", "%1 is in a folder kept in step by %2; two computers writing it at once can "
        "damage it.")

    def __init__(self, path: Path | str, service: str):
        self.service = service
        super().__init__(path, service)


class OtherSchool(StoreError):
    """An archive or backup holds another school's data; the caller asks before going on."""

    message = QT_TRANSLATE_NOOP(
        "Store", "%1 holds the data of another school (%2), not of %3.")

    def __init__(self, path: Path | str, theirs: str, ours: str):
        self.theirs, self.ours = theirs, ours
        super().__init__(path, theirs, ours)


class NotRecorded(StoreError):
    """A document showing people was made from a database that cannot be written."""

    message = QT_TRANSLATE_NOOP(
        "Store", "%1 can only be read here, so this document, which shows people, could not "
        "be recorded for the take-down list.")
