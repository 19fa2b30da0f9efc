"""A list of a record's parts (a project's partners or results) with the editor of one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.dialogs import confirm_delete
from desktop.ui.forms import RecordForm


class SubListPanel(QWidget):
    """`load_all()` gives the parts, `make_new()` a blank one, `delete(id)` removes one."""

    def __init__(self, form: RecordForm, load_all: Callable[[], list[Any]],
                 make_new: Callable[[], Any], delete: Callable[[str], None],
                 describe: Callable[[Any], str], add_text: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.form = form
        self._load_all, self._make_new, self._delete = load_all, make_new, delete
        self._describe = describe
        self._add_text = add_text  # English source in context "SubListPanel"
        self.list = QListWidget()
        self.list.setMaximumHeight(150)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.list.currentItemChanged.connect(self._chosen)
        self.form.saved.connect(self._saved)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.extra = QVBoxLayout()
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 8, 8)
        box.addWidget(self.list)
        box.addLayout(buttons)
        box.addWidget(self.form)
        box.addLayout(self.extra)
        box.addStretch(1)
        self.retranslate_ui()

    def reload(self, select_id: str | None = None) -> None:
        self.form.flush()
        with QSignalBlocker(self.list):
            self.list.clear()
            for record in self._load_all():
                item = QListWidgetItem(self._describe(record))
                item.setData(Qt.ItemDataRole.UserRole, record.id)
                self.list.addItem(item)
        row = 0
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == select_id:
                row = i
        if self.list.count():
            with QSignalBlocker(self.list):
                self.list.setCurrentRow(row)
            self._chosen(self.list.currentItem(), None)
        else:
            self.form.load(None)
            self.form.hide()

    def _chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        record_id = item.data(Qt.ItemDataRole.UserRole)
        for record in self._load_all():
            if record.id == record_id:
                self.form.show()
                self.form.load(record)
                return

    def add(self) -> None:
        self.form.flush()
        record = self._make_new()
        if record is None:
            return
        with QSignalBlocker(self.list):
            self.list.clearSelection()
            self.list.setCurrentRow(-1)
        self.form.show()
        self.form.load(record, is_new=True)
        first = next(iter(self.form.fields.values()), None)
        if first is not None:
            first.setFocus()

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        if confirm_delete(self, item.text(), {}):
            self._delete(item.data(Qt.ItemDataRole.UserRole))
            self.reload()

    def _saved(self, record_id: str) -> None:
        with QSignalBlocker(self.list):
            self.list.clear()
            for record in self._load_all():
                item = QListWidgetItem(self._describe(record))
                item.setData(Qt.ItemDataRole.UserRole, record.id)
                self.list.addItem(item)
                if record.id == record_id:
                    self.list.setCurrentItem(item)

    def retranslate_ui(self) -> None:
        tr = QCoreApplication.translate
        self.add_button.setText(tr("SubListPanel", self._add_text))
        self.remove_button.setText(tr("SubListPanel", "Remove"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
