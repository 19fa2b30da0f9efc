"""Settings › Backups: the list of backups with their dates, back up, restore, archives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import fill
from desktop.store.backups import Backup, list_backups
from desktop.ui.dialogs import Busy, tell
from desktop.ui.import_words import import_summary, store_text
from desktop.ui.labels import PlainLabel
from desktop.ui.text import one_line

C = "BackupsPanel"
Index = QModelIndex | QPersistentModelIndex

REASONS = {
    "start": QT_TRANSLATE_NOOP("BackupsPanel", "When Vidare started"),
    "close": QT_TRANSLATE_NOOP("BackupsPanel", "After the day's work"),
    "manual": QT_TRANSLATE_NOOP("BackupsPanel", "Backed up by hand"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsPanel", "Before a restore"),
    "before-import": QT_TRANSLATE_NOOP("BackupsPanel", "Before an import"),
    "before-migration": QT_TRANSLATE_NOOP("BackupsPanel", "Before an upgrade"),
}
HEADERS = (QT_TRANSLATE_NOOP("BackupsPanel", "Date"), QT_TRANSLATE_NOOP("BackupsPanel", "Why"),
           QT_TRANSLATE_NOOP("BackupsPanel", "Contents"))


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(C, text, None, n)


def reason_text(reason: str) -> str:
    key = "before-migration" if reason.startswith("before-migration") else reason
    return tr(REASONS[key]) if key in REASONS else reason


class BackupsModel(QAbstractTableModel):
    """The backups of one database, newest first."""

    def __init__(self, db_path: Path, backups_dir: Path | None = None,
                 language: str = "en", parent: Any = None):
        super().__init__(parent)
        self.db_path, self.backups_dir, self.language = db_path, backups_dir, language
        self.backups: list[Backup] = []
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.backups = list_backups(self.db_path, self.backups_dir)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        backup = self.backups[index.row()]
        if index.column() == 0:
            return when_text(backup, self.language)
        if index.column() == 1:
            return reason_text(backup.reason)
        counts = backup.counts
        return fill(tr("%1 projects, %2 trips, %3 people, %4 stories, %5 photos"),
                    (str(counts.get("project", 0)), str(counts.get("mobility", 0)),
                     str(counts.get("participant", 0)), str(counts.get("story", 0)),
                     str(counts.get("photo", 0))))

    def retranslate(self, language: str) -> None:
        self.language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self.backups:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.backups) - 1, len(HEADERS) - 1))


def when_text(backup: Backup, language: str) -> str:
    """The backup's local date and time in the interface language."""
    from desktop.i18n.formatting import format_datetime

    return format_datetime(backup.when.astimezone(), language)


class BackupsPanel(QWidget):
    """Backups of the open database; embedded in the Settings page.

    `data_replaced` is emitted after a restore or an import changed the data, so that the
    window can reload its pages.
    """

    data_replaced = Signal()

    def __init__(self, store: Any, ctx: Any = None, parent: QWidget | None = None,
                 backups_dir: Path | None = None):
        super().__init__(parent)
        self.store, self.ctx = store, ctx
        self.model = BackupsModel(Path(store.path), backups_dir, self._language(), self)
        self.intro = PlainLabel(objectName="hint")
        self.intro.setWordWrap(True)
        self.table = QTableView(objectName="backupsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(180)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.back_up_button = QPushButton(objectName="backUpNow")
        self.restore_button = QPushButton(objectName="restoreBackup")
        self.export_button = QPushButton(objectName="exportArchive")
        self.import_button = QPushButton(objectName="importArchive")
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.export_button.clicked.connect(self.export_archive)
        self.import_button.clicked.connect(self.import_archive)
        self.status = PlainLabel(objectName="backupStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (self.back_up_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.export_button, self.import_button):
            buttons.addWidget(button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.intro)
        box.addWidget(self.table)
        box.addLayout(buttons)
        box.addWidget(self.status)
        self._status: Callable[[], str] | None = None  # the status line, in any language
        self.retranslate_ui()
        self._update_buttons()

    def _language(self) -> str:
        return str(getattr(self.ctx, "language", "en") or "en")

    # Actions
    def selected_backup(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def back_up_now(self) -> Backup | None:
        from desktop.store.backups import make_backup
        from desktop.store.errors import StoreError

        with Busy():
            try:
                made = make_backup(self.store.path, self.model.backups_dir, reason="manual")
            except (StoreError, OSError) as error:
                self._problem(tr("Backup"), fill(tr("No backup was made: %1"), (str(error),)))
                return None
        self.model.refresh()
        self._set_status(QT_TRANSLATE_NOOP(C, "Backed up and verified: %1."),
                         when_text(made, self._language()))
        return made

    def restore_selected(self) -> bool:
        backup = self.selected_backup()
        if backup is None:
            return False
        when = when_text(backup, self._language())
        if not self.ask(tr("Restore"), fill(tr("Put back the data as it was on %1?"), (when,)),
                        tr("What is in Vidare now is backed up first, so nothing is lost."),
                        tr("Restore")):
            return False
        from desktop.store.backups import restore_backup
        from desktop.store.errors import StoreError

        try:
            result = self._asking_other_school(lambda accept: restore_backup(
                self.store.path, backup, self.model.backups_dir, accept_other_school=accept),
                restoring=True)
        except (StoreError, OSError) as error:
            self._problem(tr("Restore"), fill(tr("Nothing was restored: %1"),
                                              (store_text(error),)))
            return False
        if result is None:
            self._set_status(QT_TRANSLATE_NOOP(C, "Nothing was restored."))
            return False
        self.model.refresh()
        if result.safety is not None:
            self._set_status(QT_TRANSLATE_NOOP(
                C, "Restored the backup of %1. What it replaced is kept in the backup of %2."),
                when, when_text(result.safety, self._language()))
        else:
            self._set_status(QT_TRANSLATE_NOOP(C, "Restored the backup of %1."), when)
        self.data_replaced.emit()
        return True

    def export_archive(self, target: str | None = None) -> Path | None:
        from desktop.store.archive import export_archive

        if not target:
            target, _ = QFileDialog.getSaveFileName(
                self, tr("Export archive"), str(Path.home() / "vidare-archive.zip"),
                tr("Vidare archive (*.zip)"))
        if not target:
            return None
        with Busy():
            try:
                out = export_archive(self.store.path, Path(target))
            except OSError as error:
                self._problem(tr("Export archive"), fill(tr("The archive was not written: %1"),
                                                         (str(error),)))
                return None
        self._set_status(QT_TRANSLATE_NOOP(C, "The archive was written to %1."), str(out))
        return out

    def import_archive(self, source: str | None = None) -> bool:
        from desktop.store.archive import ArchiveRefused, import_archive
        from desktop.store.errors import StoreError

        if not source:
            source, _ = QFileDialog.getOpenFileName(self, tr("Import archive"), str(Path.home()),
                                                    tr("Vidare archive (*.zip)"))
        if not source:
            return False
        try:
            report = self._asking_other_school(lambda accept: import_archive(
                self.store.path, Path(source), self.model.backups_dir,
                accept_other_school=accept), restoring=False)
        except ArchiveRefused as error:
            reason = fill(QCoreApplication.translate("Store", error.reason), error.reason_params)
            self._problem(tr("Import archive"), fill(
                QCoreApplication.translate("Store", error.message), (source, reason)))
            return False
        except (StoreError, OSError) as error:
            self._problem(tr("Import archive"), store_text(error))
            return False
        if report is None:
            self._set_status(QT_TRANSLATE_NOOP(C, "Nothing was imported."))
            return False
        self.model.refresh()
        self._status = lambda: import_summary(report)
        self.status.setText(self._status())
        self.data_replaced.emit()
        return True

    def _asking_other_school(self, run: Callable[[bool], Any], restoring: bool) -> Any:
        """`run(accept_other_school)`; when it finds another school's data, ask, and run
        again accepting it only if the user agrees (None when they do not)."""
        from desktop.store.errors import OtherSchool

        try:
            with Busy():
                return run(False)
        except OtherSchool as error:
            other = error
        if not self.ask_other_school(other, restoring):
            return None
        with Busy():
            return run(True)

    def ask_other_school(self, error: Any, restoring: bool) -> bool:
        """Another school's data: say so in plain words and go on only if the user agrees.
        The names stand alone after colons (no case ending depends on them)."""
        translate = QCoreApplication.translate
        if restoring:
            text = translate(C, "This backup holds another school's data.")
            detail = translate(C, "Restoring it replaces everything in Vidare now with that "
                                  "school's data. What is here now is backed up first.")
            action = translate(C, "Restore anyway")
        else:
            text = translate(C, "This archive holds another school's data.")
            detail = translate(C, "Importing it adds that school's projects, trips, people "
                                  "and stories to yours. Do it only if the two schools "
                                  "share their work on purpose.")
            action = translate(C, "Import anyway")
        names = "\n".join((fill(translate(C, "In the file: %1"), (one_line(error.theirs, 120),)),
                           fill(translate(C, "Here in Vidare: %1"),
                                (one_line(error.ours, 120),))))
        # The names go in the informative text: it wraps, a message box's first line does not.
        return self.ask(translate(C, "Another school's data"), text, f"{names}\n\n{detail}",
                        action)

    # Asking and telling (separate so that tests can answer for the user)
    def ask(self, title: str, text: str, detail: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(detail)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def _problem(self, title: str, text: str) -> None:
        self.status.setText(text)
        tell(self, QMessageBox.Icon.Warning, title, text)

    def _set_status(self, message: str, *params: str) -> None:
        self._status = lambda: fill(tr(message), params)
        self.status.setText(self._status())

    def _update_buttons(self) -> None:
        read_only = bool(getattr(self.store, "read_only", False))
        self.restore_button.setEnabled(self.selected_backup() is not None and not read_only)
        self.import_button.setEnabled(not read_only)

    def retranslate_ui(self) -> None:
        self.intro.setText(fill(tr(
            "Vidare backs up the database and its photos when it starts and after a day's "
            "work, and keeps the last 7 days, 4 weeks and 12 months. Backups are in %1."),
            (str(self.model.backups_dir or _default_dir(self.store.path)),)))
        self.back_up_button.setText(tr("Back up now"))
        self.restore_button.setText(tr("Restore…"))
        self.export_button.setText(tr("Export archive…"))
        self.import_button.setText(tr("Import archive…"))
        self.model.retranslate(self._language())
        if self._status is not None:
            self.status.setText(self._status())


    def showEvent(self, event: Any) -> None:
        self.model.refresh()  # a start or close backup may have been made meanwhile
        self._update_buttons()
        super().showEvent(event)


class BackupWorker(QThread):
    """Makes a backup on its own connection, off the window's thread (start and manual).

    `done(folder)` carries the new backup's folder, or "" when none was due;
    `failed(message)` says why no backup could be made.
    """

    done = Signal(str)
    failed = Signal(str)

    def __init__(self, db_path: Path, reason: str = "start", backups_dir: Path | None = None,
                 parent: Any = None, verdict: Callable[[], str | None] | None = None):
        super().__init__(parent)
        self.db_path, self.reason, self.backups_dir = Path(db_path), reason, backups_dir
        self.verdict = verdict

    def run(self) -> None:
        import sqlite3

        from desktop.store.backups import backup_if_due
        from desktop.store.errors import StoreError

        if self.verdict is not None and self.verdict() is not None:
            return  # a damaged file is never backed up over the good backups
        try:
            made = backup_if_due(self.db_path, self.backups_dir, reason=self.reason)
        except (StoreError, OSError, sqlite3.Error) as error:
            self.failed.emit(str(error))
            return
        self.done.emit(str(made.folder) if made is not None else "")


def back_up_in_background(db_path: Path, parent: Any = None, reason: str = "start",
                          backups_dir: Path | None = None,
                          verdict: Callable[[], str | None] | None = None) -> BackupWorker:
    """Start a backup if one is due (for the shell, right after the window is shown), after
    `verdict()` (the start check's) says the file is sound."""
    worker = BackupWorker(db_path, reason, backups_dir, parent, verdict)
    worker.start()
    return worker


def _default_dir(db_path: Path) -> Path:
    from desktop.paths import backups_dir_for

    return backups_dir_for(Path(db_path))
