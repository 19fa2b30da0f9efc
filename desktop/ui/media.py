"""Attached files (scanned consent forms, evidence): copied into the media folder, opened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from desktop.domain.validation import Problem
from desktop.store.media import MAX_ATTACHMENT_BYTES, add_attachment, media_path
from desktop.ui.labels import ElidedLabel

__all__ = ["MAX_ATTACHMENT_BYTES", "AttachmentField", "copy_into_media", "media_path",
           "open_local"]
A = "Attachment"


def copy_into_media(media_dir: Path, source: Path, prefix: str) -> str:
    """Copy `source` into the media folder under a name from its content; return that name."""
    return add_attachment(media_dir, Path(source), prefix)


def open_local(path: Path) -> bool:
    """Open a local file with the system's viewer; nothing is fetched from anywhere."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AttachmentField(QWidget):
    """A field holding an attached file (a name in the media folder), or a typed link.

    Attach… copies the chosen file into the media folder; Open shows it with the
    system's viewer; a link is copied for the user's browser (Vidare never goes online).
    """

    edited = Signal()
    left = Signal()

    def __init__(self, media_dir: Path, prefix: str, allow_link: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.media_dir, self.prefix, self.allow_link = media_dir, prefix, allow_link
        self._name = ""
        self._error = ""
        self.line = QLineEdit(self)  # parented: the one not laid out stays hidden inside
        self.shown = ElidedLabel(parent=self)
        self.attach_button = QPushButton()
        self.open_button = QPushButton()
        self.attach_button.clicked.connect(self.choose_file)
        self.open_button.clicked.connect(self.open)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.line if allow_link else self.shown, 1)
        box.addWidget(self.attach_button)
        box.addWidget(self.open_button)
        (self.shown if allow_link else self.line).hide()
        self.line.textEdited.connect(lambda _t: (self._buttons(), self.edited.emit()))
        self.line.editingFinished.connect(self.left.emit)
        self.retranslate_ui()

    # The field protocol
    def value(self) -> str:
        return self.line.text().strip() if self.allow_link else self._name

    def set_value(self, value: Any) -> None:
        self._name = str(value or "")
        self._error = ""
        with QSignalBlocker(self.line):
            self.line.setText(self._name)
        self.retranslate_ui()

    def problem(self) -> Problem | None:
        return None

    def raw(self) -> str | None:
        return None

    def set_raw(self, text: str) -> None:
        pass

    def note(self) -> str:
        return self._error

    # Attaching and opening
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate(A, "Attach a file"))
        if path:
            self.attach(path)

    def attach(self, path: str) -> None:
        try:
            name = copy_into_media(self.media_dir, Path(path), self.prefix)
        except (OSError, ValueError) as error:
            self._error = QCoreApplication.translate(A, "The file could not be copied: %1") \
                .replace("%1", str(error))
            self.left.emit()
            return
        self._error = ""
        self._name = name
        self.line.setText(name)
        self.retranslate_ui()
        self.edited.emit()
        self.left.emit()

    def file(self) -> Path | None:
        return media_path(self.media_dir, self.value())

    def open(self) -> None:
        path = self.file()
        if path is not None:
            open_local(path)
        elif is_link(self.value()):
            QGuiApplication.clipboard().setText(self.value())

    def _buttons(self) -> None:
        tr = QCoreApplication.translate
        if self.allow_link and is_link(self.value()):
            self.open_button.setText(tr(A, "Copy link"))
            self.open_button.setEnabled(True)
        else:
            self.open_button.setText(tr(A, "Open"))
            self.open_button.setEnabled(self.file() is not None)

    def retranslate_ui(self) -> None:
        tr = QCoreApplication.translate
        self.attach_button.setText(tr(A, "Attach file…"))
        self.line.setPlaceholderText(tr(A, "A link, or attach a file"))
        self.shown.set_full_text(self._name or tr(A, "No file attached"))
        self._buttons()


def is_link(text: str) -> bool:
    return text.lower().startswith(("http://", "https://", "www."))
