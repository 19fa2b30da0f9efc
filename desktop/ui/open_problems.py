"""When a database cannot simply be opened: one clear message per case and the ways forward.

The shell calls `open_database_asking(path, parent)`: it opens the store the safe way
(`open_store`) and, for each problem, asks the user (`ask_how_to_open`) and acts on the
choice (restore the newest good backup, move out of a synced folder, open read-only,
take over a lock), until a store is open or the user gives up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import fill
from desktop.store.errors import (
    DamagedDatabase,
    DatabaseMissing,
    FolderNotWritable,
    NewerDatabase,
    NotVidareDatabase,
    StoreError,
    SyncedFolder,
)
from desktop.store.lock import DatabaseLocked

C = "OpenProblems"

QUIT, CHOOSE_OTHER, CREATE_NEW, OPEN_READ_ONLY = "quit", "choose", "create", "read_only"
RESTORE_BACKUP, TAKE_OVER_LOCK, MOVE_TO_LOCAL, KEEP_HERE = "restore", "take_over", "move", "keep"


@dataclass
class OpenChoice:
    action: str  # one of the constants above
    backup: Any = None  # for RESTORE_BACKUP: the backups.Backup offered
    path: Path | None = None  # for CHOOSE_OTHER: the file chosen


def tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def error_text(error: StoreError) -> str:
    """The error's own sentence in the interface language (context "Store")."""
    return fill(QCoreApplication.translate("Store", error.message), error.params)


def _when(backup: Any, language: str) -> str:
    from desktop.i18n.formatting import format_datetime

    return format_datetime(backup.when.astimezone(), language)


# (way forward, buttons) for each case; the way forward is informative text.
_WAY = {
    DatabaseMissing: QT_TRANSLATE_NOOP(
        "OpenProblems", "Choose the Vidare database you use, or start a new one."),
    NotVidareDatabase: QT_TRANSLATE_NOOP(
        "OpenProblems", "Vidare has not changed this file. Choose the Vidare database instead "
        "(it is usually called vidare.db)."),
    NewerDatabase: QT_TRANSLATE_NOOP(
        "OpenProblems", "You can look at everything and print, but not make changes. Install "
        "the newer Vidare to work with this database."),
    FolderNotWritable: QT_TRANSLATE_NOOP(
        "OpenProblems", "You can open it read-only. To make changes, ask for permission to "
        "write in that folder, or copy the database to a folder of your own."),
    DatabaseLocked: QT_TRANSLATE_NOOP(
        "OpenProblems", "Close Vidare there first. Open anyway only if you are sure it is no "
        "longer running there; two Vidare windows writing one database can lose work."),
    SyncedFolder: QT_TRANSLATE_NOOP(
        "OpenProblems", "Vidare can move the database to its own folder on this computer (%1). "
        "To share the data, use Export archive in Settings instead."),
}
_DAMAGED_WITH_BACKUP = QT_TRANSLATE_NOOP(
    "OpenProblems", "Vidare will not overwrite the damaged file: it is kept beside the database. "
    "The newest good backup is from %1.")
_DAMAGED_NO_BACKUP = QT_TRANSLATE_NOOP(
    "OpenProblems", "No good backup was found. Keep the file: do not delete it. Choose another "
    "database or a backup folder.")


def build_box(error: StoreError, parent: QWidget | None = None, language: str = "en"
              ) -> tuple[QMessageBox, dict[QAbstractButton, OpenChoice]]:
    """The message box for `error` and what each of its buttons means (for tests too)."""
    box = QMessageBox(parent)
    box.setObjectName("openProblem")
    box.setTextFormat(Qt.TextFormat.PlainText)  # paths and names are text, never markup
    box.setWindowTitle(tr("Opening the database"))
    box.setText(error_text(error))
    choices: dict[QAbstractButton, OpenChoice] = {}

    def add(label: str, choice: OpenChoice, role: QMessageBox.ButtonRole) -> QAbstractButton:
        button = box.addButton(label, role)
        choices[button] = choice
        return button

    icon = QMessageBox.Icon.Warning
    first: QAbstractButton | None = None
    if isinstance(error, DamagedDatabase):
        icon = QMessageBox.Icon.Critical
        if error.backup is not None:
            box.setInformativeText(fill(tr(_DAMAGED_WITH_BACKUP), (_when(error.backup, language),)))
            first = add(fill(tr("Restore the backup of %1"), (_when(error.backup, language),)),
                        OpenChoice(RESTORE_BACKUP, backup=error.backup),
                        QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setInformativeText(tr(_DAMAGED_NO_BACKUP))
        add(tr("Choose another file…"), OpenChoice(CHOOSE_OTHER),
            QMessageBox.ButtonRole.ActionRole)
    elif isinstance(error, SyncedFolder):
        from desktop.paths import user_data_dir

        box.setInformativeText(fill(tr(_WAY[SyncedFolder]), (str(user_data_dir()),)))
        first = add(tr("Move it to this computer"), OpenChoice(MOVE_TO_LOCAL),
                    QMessageBox.ButtonRole.AcceptRole)
        add(tr("Keep it where it is"), OpenChoice(KEEP_HERE), QMessageBox.ButtonRole.ActionRole)
    elif isinstance(error, DatabaseLocked):
        box.setInformativeText(tr(_WAY[DatabaseLocked]))
        first = add(tr("Open read-only"), OpenChoice(OPEN_READ_ONLY),
                    QMessageBox.ButtonRole.AcceptRole)
        if not error.running:  # a Vidare running right now is never overridden
            add(tr("Open anyway"), OpenChoice(TAKE_OVER_LOCK),
                QMessageBox.ButtonRole.DestructiveRole)
    elif isinstance(error, (NewerDatabase, FolderNotWritable)):
        icon = QMessageBox.Icon.Information if isinstance(error, NewerDatabase) else icon
        box.setInformativeText(tr(_WAY[type(error)]))
        first = add(tr("Open read-only"), OpenChoice(OPEN_READ_ONLY),
                    QMessageBox.ButtonRole.AcceptRole)
        add(tr("Choose another file…"), OpenChoice(CHOOSE_OTHER),
            QMessageBox.ButtonRole.ActionRole)
    elif isinstance(error, DatabaseMissing):
        box.setInformativeText(tr(_WAY[DatabaseMissing]))
        first = add(tr("Choose another file…"), OpenChoice(CHOOSE_OTHER),
                    QMessageBox.ButtonRole.AcceptRole)
        add(tr("Start a new database"), OpenChoice(CREATE_NEW), QMessageBox.ButtonRole.ActionRole)
    else:
        way = _WAY.get(type(error))
        if way:
            box.setInformativeText(tr(way))
        first = add(tr("Choose another file…"), OpenChoice(CHOOSE_OTHER),
                    QMessageBox.ButtonRole.AcceptRole)
    box.setIcon(icon)
    quit_button = add(tr("Quit"), OpenChoice(QUIT), QMessageBox.ButtonRole.RejectRole)
    box.setEscapeButton(quit_button)
    box.setDefaultButton(first if first is not None else quit_button)  # type: ignore[arg-type]
    return box, choices


def ask_how_to_open(error: StoreError, parent: QWidget | None = None,
                    language: str = "en") -> OpenChoice:
    """Show the message for `error` and return what the user chose (QUIT when closed)."""
    box, choices = build_box(error, parent, language)
    box.exec()
    choice = choices.get(box.clickedButton(), OpenChoice(QUIT))  # type: ignore[call-overload]
    if choice.action == CHOOSE_OTHER:
        chosen, _ = QFileDialog.getOpenFileName(parent, tr("Choose a Vidare database"), "",
                                                tr("Vidare database (*.db);;All files (*)"))
        if not chosen:
            return OpenChoice(QUIT)
        choice.path = Path(chosen)
    return choice


def open_database_asking(path: Path, parent: QWidget | None = None, create: bool = False,
                         language: str = "en", ask: Any = None,
                         start_backup: bool = False, check_later: bool = False,
                         problem: StoreError | None = None) -> Any:
    """Open the store at `path`, asking the user through every problem; None when they quit.

    The start backup is left to `backups_panel.back_up_in_background` (after the window is
    shown) unless `start_backup` is set; with `check_later` so is the integrity check
    (`Store.start_check`). `problem`: one already found, asked about first (a damaged file
    the check beside the window found).

    `ask(error, parent, language) -> OpenChoice` can be replaced (tests answer for the user).
    """
    from desktop.store.backups import restore_backup
    from desktop.store.startup import move_database, open_store

    flags: dict[str, bool] = {}
    for _attempt in range(8):
        try:
            if problem is not None:
                raise problem
            return open_store(path, create=create, start_backup=start_backup,
                              check_later=check_later, **flags)
        except StoreError as error:
            problem = None
            choice = (ask or ask_how_to_open)(error, parent, language)
        if choice.action == QUIT:
            return None
        if choice.action == OPEN_READ_ONLY:
            flags.update(read_only=True, accept_read_only=True)
        elif choice.action == TAKE_OVER_LOCK:
            flags["take_over_lock"] = True
        elif choice.action == KEEP_HERE:
            flags["accept_synced"] = True
        elif choice.action == MOVE_TO_LOCAL:
            path = move_database(path)
        elif choice.action == RESTORE_BACKUP:
            restore_backup(path, choice.backup)  # sets the damaged file aside first
        elif choice.action == CREATE_NEW:
            create = True
        elif choice.action == CHOOSE_OTHER and choice.path is not None:
            path, flags = choice.path, {}
    return None
