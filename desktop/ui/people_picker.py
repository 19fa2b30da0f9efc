"""Choosing people: a list of participants with a role each (a trip), or ticked names.

Both are field widgets (see `desktop.ui.fields`): a form declares them like any field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import catalogues as cat
from desktop.domain.validation import Problem
from desktop.ui.choosers import CodeCombo
from desktop.ui.models import catalogue_label
from desktop.ui.text import one_line

Lookup = Callable[[list[str]], dict[str, tuple[str, str]]]  # ids → (name, person's role)
P = "RolePeopleEditor"


def _item(text: str, value: str) -> QTableWidgetItem:
    item = QTableWidgetItem(one_line(text))
    item.setData(Qt.ItemDataRole.UserRole, value)
    return item


class RolePeopleEditor(QWidget):
    """The people on a trip, each with a role. Typing a name that nobody has offers to add
    that person (`create_person(name)` returns the new id and role)."""

    edited = Signal()
    left = Signal()
    changed = Signal()

    def __init__(self, lookup: Lookup, parent: QWidget | None = None):
        super().__init__(parent)
        self.lookup = lookup
        self.create_person: Callable[[str], tuple[str, str]] | None = None
        self.people: dict[str, tuple[str, str]] = {}  # id → (name, person's role)
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
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
        self.chooser.textChanged.connect(lambda _t: self._update_add_button())
        self.chooser.installEventFilter(self)
        self.remove_button.clicked.connect(self._remove_selected)
        self.changed.connect(self.edited.emit)
        self.changed.connect(self.left.emit)
        row = QHBoxLayout()
        row.addWidget(self.chooser, 1)
        row.addWidget(self.remove_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table)
        box.addLayout(row)
        box.addWidget(self.add_button)
        self._loader: Callable[[], list[tuple[str, str, str]]] | None = None
        self._loaded = True
        self.retranslate_ui()

    # The field protocol
    def value(self) -> list[tuple[str, str]]:
        return self.links()

    def set_value(self, value: Any) -> None:
        links = [(str(pid), str(role)) for pid, role in (value or [])]
        missing = [pid for pid, _ in links if pid not in self.people]
        if missing:
            self.people.update(self.lookup(missing))
        with QSignalBlocker(self.table):
            self.table.setRowCount(0)
            for pid, role in links:
                self._append(pid, role)

    def problem(self) -> Problem | None:
        return None

    def raw(self) -> str | None:
        return None

    def set_raw(self, text: str) -> None:
        pass

    def note(self) -> str:
        return ""

    # Choosing
    def set_loader(self, loader: Callable[[], list[tuple[str, str, str]]]) -> None:
        """`loader()` gives everyone who can be chosen; read when the user first types."""
        self._loader = loader
        self._loaded = False

    def ensure_loaded(self) -> None:
        if not self._loaded and self._loader is not None:
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
        self.names.setStringList([f"{one_line(name, 120)} ({roles.get(role, role)})"
                                  for _pid, name, role in people])
        self.chooser.clear()

    def set_links(self, links: list[tuple[str, str]],
                  known: dict[str, tuple[str, str]] | None = None) -> None:
        """The trip's people as (id, role on the trip); `known` gives names and roles."""
        self.people.update(known or {})
        self.set_value(links)

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
        self.table.setItem(row, 0, _item(name, pid))
        self.table.setItem(row, 1, _item(
            catalogue_label(cat.PARTICIPANT_ROLES, person_role), person_role))
        combo = CodeCombo(cat.MOBILITY_ROLES)
        combo.set_code(role)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, 2, combo)

    def _add_chosen(self) -> None:
        self.ensure_loaded()
        typed = " ".join(self.chooser.text().split())
        index = self._match(typed)
        if index >= 0:
            self.add_person(self.ids[index])
        elif typed and self.create_person is not None:
            pid, role = self.create_person(typed)
            self.people[pid] = (typed, role)
            self.add_person(pid)
        else:
            return
        self.chooser.clear()

    def _match(self, text: str) -> int:
        """The person meant by typed text: the exact entry, else the one name it begins."""
        needle = text.strip().casefold()
        if not needle:
            return -1
        entries = [entry.casefold() for entry in self.names.stringList()]
        if needle in entries:
            return entries.index(needle)
        names = [self.people.get(pid, ("", ""))[0].casefold() for pid in self.ids]
        if needle in names:
            return names.index(needle)
        starts = [i for i, entry in enumerate(entries) if entry.startswith(needle)]
        if len(starts) == 1:
            return starts[0]
        contains = [i for i, entry in enumerate(entries) if needle in entry]
        return contains[0] if len(contains) == 1 else -1

    def _update_add_button(self) -> None:
        tr = QCoreApplication.translate
        typed = " ".join(self.chooser.text().split())
        if typed and self.create_person is not None and self._loaded \
                and self._match(typed) < 0:
            # No case ending depends on the name: it stands alone in quotation marks.
            self.add_button.setText(tr(P, "Add as a new person: “%1”").replace(
                "%1", one_line(typed, 60)))
        else:
            self.add_button.setText(tr(P, "Add"))

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def retranslate_ui(self) -> None:
        tr = QCoreApplication.translate
        self.table.setHorizontalHeaderLabels([tr(P, "Name"), tr(P, "Is a"),
                                              tr(P, "Role on the trip")])
        self.chooser.setPlaceholderText(tr(P, "Type a name…"))
        self.remove_button.setText(tr(P, "Remove"))
        self._update_add_button()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 1)
            item.setText(catalogue_label(cat.PARTICIPANT_ROLES,
                                         item.data(Qt.ItemDataRole.UserRole)))
            combo = self.table.cellWidget(row, 2)
            combo.retranslate_ui()


class CheckPeopleList(QWidget):
    """People to tick (authors of a story, people shown in a photo), with a filter."""

    edited = Signal()
    left = Signal()
    changed = Signal()

    def __init__(self, lookup: Lookup | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.lookup = lookup
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setMinimumHeight(110)
        self.list.setMaximumHeight(200)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.changed.connect(self.edited.emit)
        self.changed.connect(self.left.emit)
        self.filter_edit.textChanged.connect(self._filter)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.filter_edit)
        box.addWidget(self.list)
        self.retranslate_ui()

    # The field protocol
    def value(self) -> list[str]:
        return sorted(self.checked())

    def set_value(self, value: Any) -> None:
        wanted = [str(pid) for pid in (value or [])]
        shown = {self.list.item(i).data(Qt.ItemDataRole.UserRole)
                 for i in range(self.list.count())}
        missing = [pid for pid in wanted if pid not in shown]
        names = self.lookup(missing) if missing and self.lookup else {}
        with QSignalBlocker(self.list):
            for pid in missing:
                self._add(pid, names.get(pid, (pid, ""))[0], True)
            for i in range(self.list.count()):
                item = self.list.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.data(
                    Qt.ItemDataRole.UserRole) in wanted else Qt.CheckState.Unchecked)

    def problem(self) -> Problem | None:
        return None

    def raw(self) -> str | None:
        return None

    def set_raw(self, text: str) -> None:
        pass

    def note(self) -> str:
        return ""

    # Choosing
    def _add(self, pid: str, name: str, checked: bool) -> None:
        item = QListWidgetItem(one_line(name, 120))
        item.setData(Qt.ItemDataRole.UserRole, pid)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def set_people(self, people: list[tuple[str, str]], checked: list[str]) -> None:
        """`people`: (id, name) to offer; the checked ones are offered even if not listed."""
        wanted = set(checked)
        with QSignalBlocker(self.list):
            self.list.clear()
            for pid, name in people:
                self._add(pid, name, pid in wanted)
        self.set_value(checked)
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
