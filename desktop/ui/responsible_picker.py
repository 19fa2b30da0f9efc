"""Who is responsible for a dissemination action: people chosen from Vidare's people, or
names kept as text for someone who is not one of them (a field widget, see `fields`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import catalogues as cat
from desktop.domain.validation import Problem
from desktop.ui.models import catalogue_label
from desktop.ui.people_picker import Lookup
from desktop.ui.text import one_line

R = "ResponsiblePicker"
Entry = tuple[str, str]  # (person's id, or "" for a name only; the name)


class ResponsiblePicker(QWidget):
    """Who is responsible for an action: people chosen from Vidare's people (typing a name
    finds them), or names only, for someone who is not one of the people.

    Its value is a list of (id, name): a person linked by id (an erasure reaches them), or
    ("", name) for a name kept as text. A person's name shows as it is now.
    """

    edited = Signal()
    left = Signal()
    changed = Signal()

    def __init__(self, lookup: Lookup, parent: QWidget | None = None):
        super().__init__(parent)
        self.lookup = lookup
        self.people: dict[str, tuple[str, str]] = {}  # id → (name, person's role)
        self.list = QListWidget(objectName="responsibleList")
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSpacing(2)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chooser = QLineEdit(objectName="responsibleChooser")
        self.names = QStringListModel(self)
        self.ids: list[str] = []
        completer = QCompleter(self.names, self.chooser)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.chooser.setCompleter(completer)
        self.add_button = QPushButton(objectName="addResponsible")
        self.remove_button = QPushButton(objectName="removeResponsible")
        self.add_button.clicked.connect(self._add_typed)
        self.chooser.returnPressed.connect(self._add_typed)
        self.chooser.textChanged.connect(lambda _t: self._update_add_button())
        self.chooser.installEventFilter(self)
        self.remove_button.clicked.connect(self._remove_selected)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems())))
        self.changed.connect(self.edited.emit)
        self.changed.connect(self.left.emit)
        row = QHBoxLayout()
        row.addWidget(self.chooser, 1)
        row.addWidget(self.remove_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.list)
        box.addLayout(row)
        box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._loader: Callable[[], list[tuple[str, str, str]]] | None = None
        self._loaded = True
        self._entries: list[Entry] = []
        self.remove_button.setEnabled(False)
        self.retranslate_ui()

    # The field protocol
    def value(self) -> list[Entry]:
        return list(self._entries)

    def set_value(self, value: Any) -> None:
        entries = [(str(pid or ""), str(name)) for pid, name in (value or [])]
        linked = [pid for pid, _ in entries if pid]
        if linked:  # read again: a name may have changed since
            self.people.update(self.lookup(linked))
        # A linked person shows under the name they have now.
        self._entries = [(pid, self.people[pid][0] if pid in self.people else name)
                         for pid, name in entries]
        self._show()

    def problem(self) -> Problem | None:
        return None

    def raw(self) -> str | None:
        return None

    def set_raw(self, text: str) -> None:
        pass

    def note(self) -> str:
        return ""

    def chosen_ids(self) -> list[str]:
        """The people linked (chosen from Vidare's people, or typed and matched)."""
        return [pid for pid, _ in self._entries if pid]

    def text(self) -> str:
        """The names as the action's text field keeps them (documents print it)."""
        return ", ".join(name for _, name in self._entries)

    # Choosing
    def set_loader(self, loader: Callable[[], list[tuple[str, str, str]]]) -> None:
        """`loader()` gives everyone who can be chosen; read when the user first types."""
        self._loader = loader
        self._loaded = False

    def ensure_loaded(self) -> None:
        if not self._loaded and self._loader is not None:
            self._loaded = True
            people = self._loader()
            self.people.update({pid: (name, role) for pid, name, role in people})
            self.ids = [pid for pid, _name, _role in people]
            self.names.setStringList([self._entry_text(pid) for pid in self.ids])

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001
        if watched is self.chooser and event.type() == QEvent.Type.FocusIn:
            self.ensure_loaded()
        return super().eventFilter(watched, event)

    def _entry_text(self, pid: str) -> str:
        name, role = self.people.get(pid, ("?", ""))
        return f"{one_line(name, 120)} ({catalogue_label(cat.PARTICIPANT_ROLES, role)})"

    def match(self, text: str) -> str | None:
        """The person meant by typed text: an offered entry, a full name, or the one entry
        the text begins or is part of."""
        self.ensure_loaded()
        needle = " ".join(text.split()).casefold()
        if not needle:
            return None
        entries = [entry.casefold() for entry in self.names.stringList()]
        names = [" ".join(self.people.get(pid, ("", ""))[0].split()).casefold()
                 for pid in self.ids]
        for found in ([i for i, e in enumerate(entries) if e == needle],
                      [i for i, n in enumerate(names) if n == needle],
                      [i for i, e in enumerate(entries) if e.startswith(needle)],
                      [i for i, e in enumerate(entries) if needle in e]):
            if len(found) == 1:
                return self.ids[found[0]]
            if found:
                return None  # two people fit: the user types more or picks one
        return None

    def _add_typed(self) -> None:
        typed = " ".join(self.chooser.text().split())
        if not typed:
            return
        pid = self.match(typed)
        if pid is not None:
            if pid in self.chosen_ids():
                self.chooser.clear()
                return
            self._entries.append((pid, self.people[pid][0]))
        else:
            if typed.casefold() in {name.casefold() for p, name in self._entries if not p}:
                self.chooser.clear()
                return
            self._entries.append(("", typed))
        self.chooser.clear()
        self._show()
        self.changed.emit()

    def _remove_selected(self) -> None:
        rows = sorted({self.list.row(item) for item in self.list.selectedItems()},
                      reverse=True)
        for row in rows:
            del self._entries[row]
        if rows:
            self._show()
            self.changed.emit()

    def _show(self) -> None:
        tr = QCoreApplication.translate
        with QSignalBlocker(self.list):
            self.list.clear()
            for pid, name in self._entries:
                if pid:
                    text = self._entry_text(pid) if pid in self.people else one_line(name, 120)
                else:
                    # The name stands first, alone: no case ending depends on it.
                    text = tr(R, "%1 (a name only, not one of the people in Vidare)").replace(
                        "%1", one_line(name, 120))
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, pid)
                if not pid:
                    item.setForeground(self.palette().placeholderText())
                self.list.addItem(item)
        rows = min(4, len(self._entries))
        self.list.setVisible(bool(rows))
        if rows:
            self.list.setFixedHeight((self.list.sizeHintForRow(0) + 2 * self.list.spacing())
                                     * rows + 2 * self.list.frameWidth() + 4)
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def _update_add_button(self) -> None:
        tr = QCoreApplication.translate
        typed = " ".join(self.chooser.text().split())
        if typed and self._loaded and self.match(typed) is None:
            # No case ending depends on the name: it stands alone in quotation marks.
            self.add_button.setText(tr(R, "Add as a name only: “%1”").replace(
                "%1", one_line(typed, 60)))
        else:
            self.add_button.setText(tr(R, "Add"))

    def retranslate_ui(self) -> None:
        tr = QCoreApplication.translate
        self.chooser.setPlaceholderText(tr(R, "Type a name, or choose from the people…"))
        self.remove_button.setText(tr(R, "Remove"))
        self.list.setToolTip(tr(R, "People chosen here are linked to their record: if one "
                                   "of them is erased, their name goes from this action too."))
        self._update_add_button()
        if self.ids:
            self.names.setStringList([self._entry_text(pid) for pid in self.ids])
        self._show()
