"""A story's photos: a strip of thumbnails (add by dialog or drop), caption and people shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.models import Photo
from desktop.domain.validation import ValidationError
from desktop.ui.context import AppContext
from desktop.ui.forms import make_label, problem_text
from desktop.ui.labels import PlainLabel
from desktop.ui.people_picker import CheckPeopleList
from desktop.ui.text import plain_tooltip
from desktop.ui.thumbnails import THUMB, ThumbnailCache

C = "PhotoStrip"


class DropList(QListWidget):
    """The strip itself; image files dropped on it are handed on as paths."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setGridSize(QSize(THUMB + 16, THUMB + 16))
        self.setFixedHeight(THUMB + 40)
        self.setMovement(QListView.Movement.Static)  # (this also refuses drops: allowed below)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)  # drops arrive on the viewport
        self.setDragEnabled(False)

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: ANN001
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)


class PhotoStrip(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.story_id = ""
        self.thumbs = ThumbnailCache()
        self.strip = DropList()
        self.strip.files_dropped.connect(self.add_files)
        self.strip.currentItemChanged.connect(lambda *_: self._show_photo())
        self.hint = make_label(object_name="hint")
        self.error = make_label(object_name="fieldError")
        self.error.hide()
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self._choose)
        self.remove_button.clicked.connect(self._remove)
        self.caption = QLineEdit()
        self.caption.editingFinished.connect(self._save_caption)
        self.people = CheckPeopleList()
        self.people.changed.connect(self._save_people)
        self.detail = QWidget()
        form = QFormLayout(self.detail)
        form.setContentsMargins(0, 0, 0, 0)
        self.caption_label, self.people_label = PlainLabel(), PlainLabel()
        form.addRow(self.caption_label, self.caption)
        form.addRow(self.people_label, self.people)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.strip)
        box.addWidget(self.hint)
        box.addWidget(self.error)
        box.addLayout(buttons)
        box.addWidget(self.detail)
        self.candidates: list[tuple[str, str]] = []
        self.retranslate_ui()

    def load(self, story_id: str, candidates: list[tuple[str, str]]) -> None:
        self.story_id = story_id
        self.candidates = candidates
        self.error.hide()
        self._fill()
        self.setEnabled(bool(story_id))
        self.retranslate_ui()

    def _fill(self, select_id: str | None = None) -> None:
        photos = self.ctx.store.stories.photos(self.story_id) if self.story_id else []
        with QSignalBlocker(self.strip):
            self.strip.clear()
            for photo in photos:
                path = self.ctx.store.stories.photo_path(photo)  # None: not in the media folder
                pixmap = self.thumbs.get(path) if path is not None else QPixmap()
                item = QListWidgetItem(QIcon(pixmap), "")
                item.setData(Qt.ItemDataRole.UserRole, photo.id)
                item.setToolTip(plain_tooltip(photo.caption))
                self.strip.addItem(item)
                if photo.id == select_id:
                    self.strip.setCurrentItem(item)
            if self.strip.currentItem() is None and self.strip.count():
                self.strip.setCurrentRow(0)
        self._show_photo()
        self.retranslate_ui()

    def photo_ids(self) -> list[str]:
        return [self.strip.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.strip.count())]

    def current_photo(self) -> Photo | None:
        item = self.strip.currentItem()
        if item is None:
            return None
        return self.ctx.store.stories.get_photo(item.data(Qt.ItemDataRole.UserRole))

    def _show_photo(self) -> None:
        photo = self.current_photo()
        self.detail.setVisible(photo is not None)
        self.remove_button.setEnabled(photo is not None)
        if photo is None:
            return
        with QSignalBlocker(self.caption):
            self.caption.setText(photo.caption)
        shown = self.ctx.store.stories.people_in_photo(photo.id)
        names = dict(self.candidates)
        extra = [(pid, self._name(pid)) for pid in shown if pid not in names]
        self.people.set_people(self.candidates + extra, shown)

    def _name(self, participant_id: str) -> str:
        person = self.ctx.store.people.get(participant_id)
        return person.name if person else participant_id

    def _choose(self) -> None:
        tr = QCoreApplication.translate
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr(C, "Add photos"), "",
            tr(C, "Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        if not self.story_id:
            return
        errors = []
        last = None
        for path in paths:
            try:
                last = self.ctx.store.stories.add_photo(self.story_id, Path(path))
            except ValidationError as error:
                errors.append(f"{Path(path).name}: " + "; ".join(
                    problem_text(p) for p in error.problems))
        self.error.setText("\n".join(errors))
        self.error.setVisible(bool(errors))
        self._fill(last.id if last else None)
        self.changed.emit()

    def _remove(self) -> None:
        photo = self.current_photo()
        if photo is not None:
            self.ctx.store.stories.delete_photo(photo.id)
            self._fill()
            self.changed.emit()

    def _save_caption(self) -> None:
        photo = self.current_photo()
        if photo is None or photo.caption == self.caption.text():
            return
        photo.caption = self.caption.text()
        try:
            self.ctx.store.stories.save_photo(photo)
        except ValidationError as error:
            self.error.setText("; ".join(problem_text(p) for p in error.problems))
            self.error.show()
            return
        self.error.hide()
        self.strip.currentItem().setToolTip(plain_tooltip(photo.caption))

    def _save_people(self) -> None:
        photo = self.current_photo()
        if photo is not None:
            self.ctx.store.stories.set_people_in_photo(photo.id, self.people.checked())
            self.changed.emit()

    def retranslate_ui(self) -> None:
        tr = QCoreApplication.translate
        self.add_button.setText(tr(C, "Add photos…"))
        self.remove_button.setText(tr(C, "Remove photo"))
        self.caption_label.setText(tr(C, "Caption"))
        self.people_label.setText(tr(C, "People shown"))
        if not self.story_id:
            self.hint.setText(tr(C, "Photos can be added once the story has a title."))
        elif not self.strip.count():
            self.hint.setText(tr(C, "No photos yet: drop image files here or use Add photos."))
        else:
            self.hint.setText(tr(C, "Drop more image files on the strip to add them."))
        self.people.retranslate_ui()
