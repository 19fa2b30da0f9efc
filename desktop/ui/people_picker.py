"""Choosing people: a list of participants with a role each (a trip), or ticked names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import catalogues as cat
from desktop.ui.fields import CodeCombo
from desktop.ui.models import catalogue_label


class RolePeopleEditor(QWidget):
    """The people on a trip, each with a role; `changed` after every user change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.people: dict[str, tuple[str, str]] = {}  # id → (name, person's role)
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(150)
        # A line with completion over a string model: fast with thousands of people.
        self.chooser = QLineEdit()
        self.names = QStringListModel(self)
        self.ids: list[str] = []
        completer = QCompleter(self.names, self.chooser)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.chooser.setCompleter(completer)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self._add_chosen)
        self.chooser.returnPressed.connect(self._add_chosen)
        self.chooser.installEventFilter(self)
        self.remove_button.clicked.connect(self._remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.chooser, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table)
        box.addLayout(row)
        self.retranslate_ui()

    def set_loader(self, loader) -> None:  # noqa: ANN001
        """`loader()` gives everyone who can be chosen; read when the user first types."""
        self._loader = loader
        self._loaded = False

    def ensure_loaded(self) -> None:
        if not getattr(self, "_loaded", True):
            self._loaded = True
            self.set_people(self._loader())

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001
        if watched is self.chooser and event.type() == QEvent.Type.FocusIn:
            self.ensure_loaded()
        return super().eventFilter(watched, event)

    def set_people(self, people: list[tuple[str, str, str]]) -> None:
        """Everyone who can be chosen: (id, name, role as teacher/other_staff/pupil)."""
        self.people.update({pid: (name, role) for pid, name, role in people})
        roles = {e.code: catalogue_label(cat.PARTICIPANT_ROLES, e.code)
                 for e in cat.PARTICIPANT_ROLES}
        self.ids = [pid for pid, _name, _role in people]
        self.names.setStringList([f"{name} ({roles.get(role, role)})"
                                  for _pid, name, role in people])
        self.chooser.clear()

    def set_links(self, links: list[tuple[str, str]],
                  known: dict[str, tuple[str, str]] | None = None) -> None:
        """The trip's people as (id, role on the trip); `known` gives names and roles."""
        self.people.update(known or {})
        with QSignalBlocker(self.table):
            self.table.setRowCount(0)
            for pid, role in links:
                self._append(pid, role)

    def links(self) -> list[tuple[str, str]]:
        result = []
        for row in range(self.table.rowCount()):
            pid = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            combo = self.table.cellWidget(row, 2)
            result.append((pid, combo.code()))
        return result

    def add_person(self, participant_id: str, role: str = "participant") -> None:
        if participant_id in {pid for pid, _ in self.links()}:
            return
        self._append(participant_id, role)
        self.changed.emit()

    def _append(self, pid: str, role: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name, person_role = self.people.get(pid, ("?", ""))
        item = QTableWidgetItemWithId(name, pid)
        self.table.setItem(row, 0, item)
        self.table.setItem(row, 1, QTableWidgetItemWithId(
            catalogue_label(cat.PARTICIPANT_ROLES, person_role), person_role))
        combo = CodeCombo(cat.MOBILITY_ROLES)
        combo.set_code(role)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, 2, combo)

    def _add_chosen(self) -> None:
        self.ensure_loaded()
        index = self._match(self.chooser.text())
        if index < 0:
            return
        self.add_person(self.ids[index])
        self.chooser.clear()

    def _match(self, text: str) -> int:
        """The person meant by typed text: the exact entry, else the one name it begins."""
        needle = text.strip().casefold()
        if not needle:
            return -1
        entries = [entry.casefold() for entry in self.names.stringList()]
        if needle in entries:
            return entries.index(needle)
        starts = [i for i, entry in enumerate(entries) if entry.startswith(needle)]
        if len(starts) == 1:
            return starts[0]
        contains = [i for i, entry in enumerate(entries) if needle in entry]
        return contains[0] if len(contains) == 1 else -1

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def retranslate_ui(self) -> None:
        tr = QCoreApplication.translate
        self.table.setHorizontalHeaderLabels([tr("RolePeopleEditor", "Name"),
                                              tr("RolePeopleEditor", "Is a"),
                                              tr("RolePeopleEditor", "Role on the trip")])
        self.chooser.setPlaceholderText(tr("RolePeopleEditor", "Type a name…"))
        self.add_button.setText(tr("RolePeopleEditor", "Add"))
        self.remove_button.setText(tr("RolePeopleEditor", "Remove"))
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 1)
            item.setText(catalogue_label(cat.PARTICIPANT_ROLES,
                                         item.data(Qt.ItemDataRole.UserRole)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def QTableWidgetItemWithId(text: str, value: str):  # noqa: N802, ANN201 - reads as a class
    from PySide6.QtWidgets import QTableWidgetItem

    item = QTableWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, value)
    return item


class CheckPeopleList(QWidget):
    """People to tick (authors of a story, people shown in a photo), with a filter."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setMinimumHeight(110)
        self.list.setMaximumHeight(200)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.filter_edit.textChanged.connect(self._filter)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.filter_edit)
        box.addWidget(self.list)
        self.retranslate_ui()

    def set_people(self, people: list[tuple[str, str]], checked: list[str]) -> None:
        """`people`: (id, name) to offer; the checked ones are offered even if not listed."""
        wanted = set(checked)
        with QSignalBlocker(self.list):
            self.list.clear()
            for pid, name in people:
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, pid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if pid in wanted
                                   else Qt.CheckState.Unchecked)
                self.list.addItem(item)
        self._filter(self.filter_edit.text())

    def checked(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, participant_id: str, on: bool) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == participant_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _filter(self, text: str) -> None:
        needle = text.casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def retranslate_ui(self) -> None:
        self.filter_edit.setPlaceholderText(
            QCoreApplication.translate("CheckPeopleList", "Find a person…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
