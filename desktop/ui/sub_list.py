"""A list of a record's parts (a project's partners or results) with the editor of one.

Parts that cannot be saved yet (a result without its title) stay in the list as drafts,
marked with what is still needed, like the rows of the main lists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer
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
from desktop.ui.text import one_line

DRAFT = "draft:"


class SubListPanel(QWidget):
    """`load_all()` gives the parts, `make_new()` a blank one, `delete(id)` removes one;
    `owner()` is the id of the record they belong to (their `parent_key`)."""

    def __init__(self, form: RecordForm, load_all: Callable[[], list[Any]],
                 make_new: Callable[[], Any], delete: Callable[[str], None],
                 describe: Callable[[Any], str], add_text: str, owner: Callable[[], str],
                 parent_key: str = "project_id", parent: QWidget | None = None):
        super().__init__(parent)
        self.form = form
        self._load_all, self._make_new, self._delete = load_all, make_new, delete
        self._describe = describe
        self._owner, self._parent_key = owner, parent_key
        self._add_text = add_text  # English source in context "SubListPanel"
        self.list = QListWidget()
        self.list.setMaximumHeight(150)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.list.currentItemChanged.connect(self._chosen)
        self.form.saved.connect(lambda record_id: self._fill(record_id))
        self.form.drafted.connect(self._drafted)
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

    def _drafts(self) -> list[Any]:
        owner = self._owner()
        if not owner or not self.form.TABLE:
            return []
        return [d for d in self.form.ctx.drafts.for_table(self.form.TABLE)
                if d.data.get("record", {}).get(self._parent_key) == owner]

    def _fill(self, select_id: str | None = None) -> None:
        with QSignalBlocker(self.list):
            self.list.clear()
            drafts = self._drafts()
            noted = {d.record_id: d for d in drafts if d.record_id}
            for draft in drafts:
                if draft.record_id:
                    continue
                record = self.form.record_from(draft.data.get("record", {}))
                text = one_line(self._describe(record)).strip(" ()")
                self._item(f"✎ {text} — {self.form.draft_note(draft)}" if text
                           else f"✎ {self.form.draft_note(draft)}", DRAFT + draft.id,
                           select_id)
            for record in self._load_all():
                text = one_line(self._describe(record))
                if record.id in noted:
                    text = f"✎ {text} — {self.form.draft_note(noted[record.id])}"
                self._item(text, record.id, select_id)

    def _item(self, text: str, item_id: str, select_id: str | None) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, item_id)
        self.list.addItem(item)
        if item_id == select_id:
            self.list.setCurrentItem(item)

    def reload(self, select_id: str | None = None) -> None:
        self.form.flush()
        self._fill(select_id)
        if self.list.count():
            if self.list.currentItem() is None:
                with QSignalBlocker(self.list):
                    self.list.setCurrentRow(0)
            self._chosen(self.list.currentItem(), None)
        else:
            self.form.load(None)
            self.form.hide()

    def _chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        item_id = item.data(Qt.ItemDataRole.UserRole)
        if item_id == self._current_id():
            return
        self.form.flush()
        if item_id.startswith(DRAFT):
            draft = self.form.ctx.drafts.get(item_id[len(DRAFT):])
            if draft is not None:
                stored = next((r for r in self._load_all() if r.id == draft.record_id), None)
                self.form.show()
                self.form.load_draft(draft, stored)
            return
        for record in self._load_all():
            if record.id == item_id:
                self.form.show()
                self.form.load(record)
                return

    def _current_id(self) -> str | None:
        record = self.form.record
        if record is None:
            return None
        if record.id:
            return str(record.id)
        return DRAFT + self.form.draft.id if self.form.draft is not None else None

    def _drafted(self) -> None:
        # Later, not inside the list's own signal: the list is rebuilt around the part shown.
        QTimer.singleShot(0, lambda: self._fill(self._current_id()))

    def add(self) -> None:
        self.form.flush()
        record = self._make_new()
        if record is None:
            return
        self._fill(self._current_id())
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
            item_id = item.data(Qt.ItemDataRole.UserRole)
            self.form.draft = None
            self.form.load(None)
            if item_id.startswith(DRAFT):
                self.form.ctx.drafts.discard(item_id[len(DRAFT):])
            else:
                self._delete(item_id)
                if self.form.TABLE:
                    self.form.ctx.drafts.discard_for_record(self.form.TABLE, item_id)
            self.reload()

    def retranslate_ui(self) -> None:
        tr = QCoreApplication.translate
        self.add_button.setText(tr("SubListPanel", self._add_text))
        self.remove_button.setText(tr("SubListPanel", "Remove"))
        if self._owner():
            self._fill(self._current_id())
