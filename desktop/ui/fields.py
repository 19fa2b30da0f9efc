"""Input widgets of the editors, each speaking one small protocol to the form that holds it.

Every field widget has:
- `value()` the value as the record stores it, and `set_value(v)` (no signal);
- `edited` (each change the user makes) and `left` (the user is done with the field);
- `problem()` what the field itself cannot read (a date that is no date), and `raw()` /
  `set_raw()` the typed text behind it, so a draft keeps exactly what was typed;
- `note()` something to say under the field (a text too long to edit here);
- `retranslate_ui()` for a language change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import catalogues as cat
from desktop.domain.fold import fold
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import Problem
from desktop.i18n import formatting
from desktop.ui.text import one_line

Language = Callable[[], str]
LINE_LIMIT = 5_000  # longer than this, a one-line field shows a preview and keeps the text
AREA_LIMIT = 100_000  # the same for a text area
F = "Field"


def _too_long(length: int) -> str:
    return QCoreApplication.translate(
        F, "This text is too long to edit here (%n characters); it is kept as it is.", None,
        length)


class LineField(QLineEdit):
    """One line of text; leading and trailing spaces are not kept."""

    edited = Signal()
    left = Signal()

    def __init__(self, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._kept: str | None = None
        if placeholder:
            self.setPlaceholderText(placeholder)
        self.textEdited.connect(lambda _t: self.edited.emit())
        self.editingFinished.connect(self.left.emit)

    def value(self) -> str:
        return self._kept if self._kept is not None else self.text().strip()

    def set_value(self, value: Any) -> None:
        text = str(value or "")
        with QSignalBlocker(self):
            if len(text) > LINE_LIMIT:
                self._kept = text
                self.setText(one_line(text))
                self.setReadOnly(True)
            else:
                self._kept = None
                self.setReadOnly(False)
                self.setText(text)
            self.setCursorPosition(0)  # the start of a long text


    def problem(self) -> Problem | None:
        return None

    def raw(self) -> str | None:
        return None

    def set_raw(self, text: str) -> None:
        self.setText(text)

    def note(self) -> str:
        return _too_long(len(self._kept)) if self._kept is not None else ""

    def retranslate_ui(self) -> None:
        pass


class TextArea(QPlainTextEdit):
    """Text of several lines; `left` when the user leaves it."""

    edited = Signal()
    left = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 4):
        super().__init__(parent)
        self._kept: str | None = None
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setMaximumHeight(int(height * 1.6))
        self.textChanged.connect(self.edited.emit)

    def focusOutEvent(self, event) -> None:  # noqa: ANN001
        super().focusOutEvent(event)
        self.left.emit()

    def text(self) -> str:
        return self.toPlainText()

    def value(self) -> str:
        return self._kept if self._kept is not None else self.toPlainText()

    def set_value(self, value: Any) -> None:
        text = str(value or "")
        with QSignalBlocker(self):
            if len(text) > AREA_LIMIT:
                self._kept = text
                self.setPlainText(text[:2000] + "…")
                self.setReadOnly(True)
            else:
                self._kept = None
                self.setReadOnly(False)
                if text != self.toPlainText():
                    self.setPlainText(text)


    def problem(self) -> Problem | None:
        return None

    def raw(self) -> str | None:
        return None

    def set_raw(self, text: str) -> None:
        self.setPlainText(text)

    def note(self) -> str:
        return _too_long(len(self._kept)) if self._kept is not None else ""

    def retranslate_ui(self) -> None:
        pass


class DateField(QWidget):
    """A date typed as a person writes it, or chosen from a calendar; empty is allowed.

    Shown in the interface language ("1 sep. 2026"); while typing, any of the forms
    `formatting.parse_date` reads. The calendar opens at the date, or at `near()` (a
    date the form suggests, such as the project's start), or today. Up and Down step a
    day; selecting the text and pressing Delete empties the field.
    """

    edited = Signal()
    left = Signal()

    def __init__(self, language: Language, parent: QWidget | None = None,
                 near: Callable[[], str] | None = None):
        super().__init__(parent)
        self.language = language
        self.near = near
        self.line = QLineEdit()
        self.line.setClearButtonEnabled(True)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.line, 1)
        box.addWidget(self.button)
        self.setFocusProxy(self.line)
        self._iso = ""
        self.popup: QCalendarWidget | None = None
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._finished)
        self.line.installEventFilter(self)
        self.retranslate_ui()

    # The protocol
    def value(self) -> str:
        """The ISO date; "" when empty; the typed text itself when it is no date."""
        parsed = formatting.parse_date(self.line.text(), self.language())
        if parsed is None:
            return self.line.text().strip()
        return parsed

    def iso(self) -> str:
        parsed = formatting.parse_date(self.line.text(), self.language())
        return parsed or ""

    def set_value(self, value: Any) -> None:
        self._iso = str(value or "")
        with QSignalBlocker(self.line):
            self.line.setText(self._shown(self._iso))

    def set_iso(self, value: str) -> None:
        self.set_value(value)


    def problem(self) -> Problem | None:
        if formatting.parse_date(self.line.text(), self.language()) is None:
            return Problem("", QT_TRANSLATE_NOOP(
                "Validation", "“%1” is not a date Vidare can read; write it like %2."),
                (self.line.text().strip()[:40], self.example()))
        return None

    def raw(self) -> str | None:
        return self.line.text() if self.problem() is not None else None

    def set_raw(self, text: str) -> None:
        with QSignalBlocker(self.line):
            self.line.setText(text)

    def note(self) -> str:
        return ""

    def retranslate_ui(self) -> None:
        self.line.setPlaceholderText(self.example())
        self.button.setToolTip(QCoreApplication.translate(F, "Choose from a calendar"))
        if not self.line.hasFocus() and self.problem() is None:
            self.set_value(self.iso())

    # Showing and reading
    def example(self) -> str:
        """How this language writes a date, shown as the empty field's hint."""
        return formatting.format_date("2026-09-01", self.language(), "short")

    def _shown(self, iso: str) -> str:
        if not iso:
            return ""
        if self.line.hasFocus():
            return formatting.format_date(iso, self.language(), "short")
        return formatting.format_date(iso, self.language(), "medium")

    def _typed(self, _text: str) -> None:
        self.edited.emit()

    def _finished(self) -> None:
        iso = formatting.parse_date(self.line.text(), self.language())
        if iso is not None:
            self._iso = iso
            with QSignalBlocker(self.line):
                self.line.setText(self._shown(iso))
        self.left.emit()

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001
        from PySide6.QtCore import QEvent

        if watched is self.line:
            if event.type() == QEvent.Type.FocusIn:
                iso = formatting.parse_date(self.line.text(), self.language())
                if iso:
                    with QSignalBlocker(self.line):
                        self.line.setText(formatting.format_date(iso, self.language(),
                                                                 "short"))
                QTimer.singleShot(0, self.line.selectAll)
            elif event.type() == QEvent.Type.FocusOut:
                iso = formatting.parse_date(self.line.text(), self.language())
                if iso:
                    with QSignalBlocker(self.line):
                        self.line.setText(formatting.format_date(iso, self.language(),
                                                                 "medium"))
            elif event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Up,
                                                                         Qt.Key.Key_Down):
                self._step(1 if event.key() == Qt.Key.Key_Up else -1)
                return True
        return super().eventFilter(watched, event)

    def _step(self, days: int) -> None:
        iso = formatting.parse_date(self.line.text(), self.language())
        start = dt.date.fromisoformat(iso) + dt.timedelta(days=days) if iso \
            else dt.date.today()
        self.line.setText(formatting.format_date(start, self.language(), "short"))
        self.edited.emit()

    # The calendar
    def start_date(self) -> QDate:
        """Where the calendar opens: the date, else the suggested one, else today."""
        for candidate in (self.iso(), self.near() if self.near else ""):
            date = QDate.fromString(candidate or "", "yyyy-MM-dd")
            if date.isValid():
                return date
        return QDate.currentDate()

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = QCalendarWidget(self)  # owned by the field, shown as a popup
            self.popup.setWindowFlags(Qt.WindowType.Popup)
            self.popup.setGridVisible(True)
            self.popup.clicked.connect(self._picked)
            self.popup.activated.connect(self._picked)
        self.popup.setSelectedDate(self.start_date())
        self.popup.setCurrentPage(self.popup.selectedDate().year(),
                                  self.popup.selectedDate().month())
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.popup.show()
        self.popup.setFocus()

    def _picked(self, date: QDate) -> None:
        if self.popup is not None:
            self.popup.hide()
        self.set_value(date.toString("yyyy-MM-dd"))
        self.edited.emit()
        self.left.emit()


class CodeCombo(QComboBox):
    """Chooses a code from a catalogue, showing its label in the interface language.

    With `none_text` the first choice is "no choice" (value ""), such as a trip's
    transport before anyone chose it.
    """

    edited = Signal()
    left = Signal()

    def __init__(self, catalogue: tuple[cat.Entry, ...], parent: QWidget | None = None,
                 allow_none: bool = False, none_text: tuple[str, str] = ("CodeCombo", "(any)")):
        super().__init__(parent)
        self.catalogue = catalogue
        self.allow_none = allow_none
        self.none_text = none_text  # (context, English source) shown for "no choice"
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self._fill()
        self.currentIndexChanged.connect(self._chosen)

    def _chosen(self, _index: int) -> None:
        self.edited.emit()
        self.left.emit()

    def _fill(self) -> None:
        current = self.code()
        with QSignalBlocker(self):
            self.clear()
            if self.allow_none:
                self.addItem(QCoreApplication.translate(*self.none_text), "")
            for entry in self.catalogue:
                self.addItem(QCoreApplication.translate("Catalogue", entry.label), entry.code)
            self.set_code(current)

    def code(self) -> str:
        return str(self.currentData() or "")

    def set_code(self, code: str | None) -> None:
        index = self.findData(code or "")
        with QSignalBlocker(self):
            self.setCurrentIndex(max(index, 0))

    value = code

    def set_value(self, value: Any) -> None:
        self.set_code(value)


    def problem(self) -> Problem | None:
        return None

    def raw(self) -> str | None:
        return None

    def set_raw(self, text: str) -> None:
        pass

    def note(self) -> str:
        return ""

    def retranslate_ui(self) -> None:
        # Filled already in this language (a form retranslates as it is built): skip.
        first = 1 if self.allow_none else 0
        if self.catalogue and self.count() > first and self.itemText(first) == \
                QCoreApplication.translate("Catalogue", self.catalogue[0].label) and (
                not self.allow_none or self.itemText(0) == QCoreApplication.translate(
                    *self.none_text)):
            return
        self._fill()


class ChoiceCombo(QComboBox):
    """Chooses one of a list of (value, text) pairs given by the page, such as projects.

    `empty` is the value of "nothing chosen" (the record's own empty value).
    """

    edited = Signal()
    left = Signal()

    def __init__(self, parent: QWidget | None = None, empty: str | None = "", **qt: object):
        super().__init__(parent, **qt)
        self.empty = empty
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.whole_titles = False  # the open list as wide as its longest entry
        self.currentIndexChanged.connect(self._chosen)

    def _chosen(self, _index: int) -> None:
        self.edited.emit()
        self.left.emit()

    def showPopup(self) -> None:
        if self.whole_titles:
            # Made when first opened (not before: an unopened list costs nothing).
            metrics = self.fontMetrics()
            widest = max((metrics.horizontalAdvance(self.itemText(i))
                          for i in range(self.count())), default=0)
            self.view().setTextElideMode(Qt.TextElideMode.ElideNone)
            self.view().setMinimumWidth(min(widest + 40, 1000))
        super().showPopup()

    def set_choices(self, choices: list[tuple[str | None, str]]) -> None:
        current = self.currentData()
        with QSignalBlocker(self):
            self.clear()
            for value, text in choices:
                self.addItem(one_line(text), value)
            index = self.findData(current)
            self.setCurrentIndex(max(index, 0))

    def value(self) -> Any:
        data = self.currentData()
        return data if data else self.empty

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self):
            index = self.findData(value)
            self.setCurrentIndex(max(index, 0))


    def problem(self) -> Problem | None:
        return None

    def raw(self) -> str | None:
        return None

    def set_raw(self, text: str) -> None:
        pass

    def note(self) -> str:
        return ""

    def retranslate_ui(self) -> None:
        pass


class LazyChoiceCombo(ChoiceCombo):
    """A long list filled only when the user opens it; until then it holds the current value."""

    def __init__(self, loader, parent: QWidget | None = None, **qt: object):  # noqa: ANN001
        super().__init__(parent, **qt)
        self.loader = loader  # () -> list of (value, text)
        self.loaded = False
        self.head: list[tuple[str | None, str]] = []

    def set_head(self, choices: list[tuple[str | None, str]]) -> None:
        """Choices always offered first, such as "(none)"."""
        self.head = choices
        self.loaded = False
        self.set_choices(list(choices))

    def show_value(self, value: str | None, text: str) -> None:
        """Hold `value` (shown as `text`) without loading the whole list."""
        if self.findData(value) < 0:
            with QSignalBlocker(self):
                self.addItem(one_line(text), value)
        self.set_value(value)

    def ensure_loaded(self) -> None:
        if not self.loaded:
            current = self.currentData()
            with QSignalBlocker(self):
                self.set_choices(self.head + list(self.loader()))
                self.set_value(current)
            self.loaded = True

    def showPopup(self) -> None:
        self.ensure_loaded()
        super().showPopup()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - typing a letter picks from all
        self.ensure_loaded()
        super().keyPressEvent(event)


SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class CountryCombo(QComboBox):
    """Every country by its name in the interface language; type a few letters to find one."""

    edited = Signal()
    left = Signal()

    def __init__(self, language: str | Language = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self._language = language if callable(language) else (lambda: str(language))
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = QCompleter(self.model(), self)
        # Matched against the name, its accent-free form, the English name and the code,
        # so "osterrike", "Austria" and "AT" all find Österrike.
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.language = ""
        self.set_language(self._language())
        self.lineEdit().textEdited.connect(lambda _t: self.edited.emit())
        self.lineEdit().editingFinished.connect(self.left.emit)
        self.activated.connect(lambda _i: (self.edited.emit(), self.left.emit()))
        completer.activated.connect(lambda _t: (self.edited.emit(), self.left.emit()))

    def set_language(self, language: str) -> None:
        if language == self.language:
            return
        current = self.code()
        self.language = language
        with QSignalBlocker(self):
            self.clear()
            self.addItem("", "")
            english = formatting.locale("en").territories
            for code, name in formatting.countries(language):
                self.addItem(name, code)
                self.setItemData(self.count() - 1,
                                 f"{name} {fold(name)} {english.get(code, '')} {code}",
                                 SEARCH_ROLE)
            self.set_code(current)

    def code(self) -> str:
        """The chosen country's code; typed text that names no country is returned as typed."""
        text = self.currentText().strip()
        if not text:
            return ""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index) or "")
        if len(text) == 2 and self.findData(text.upper()) >= 0:
            return text.upper()
        found = formatting.search_countries(text, self.language or "en")
        if found and fold(found[0][1]) == fold(text):
            return found[0][0]  # typed without its accents: "osterrike"
        return text

    def set_code(self, code: str) -> None:
        with QSignalBlocker(self):
            index = self.findData(code or "")
            if index >= 0:
                self.setCurrentIndex(index)
            else:
                self.setCurrentIndex(0)
                self.setEditText(code or "")

    value = code

    def set_value(self, value: Any) -> None:
        self.set_code(str(value or ""))


    def problem(self) -> Problem | None:
        return None

    def raw(self) -> str | None:
        return None

    def set_raw(self, text: str) -> None:
        pass

    def note(self) -> str:
        return ""

    def retranslate_ui(self) -> None:
        self.set_language(self._language())


class CheckField(QCheckBox):
    """Yes or no; `text` is the English source beside the box, in context `context`."""

    edited = Signal()
    left = Signal()

    def __init__(self, context: str = "", text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._text = (context, text)
        self.toggled.connect(lambda _on: (self.edited.emit(), self.left.emit()))
        self.retranslate_ui()

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self):
            self.setChecked(bool(value))


    def problem(self) -> Problem | None:
        return None

    def raw(self) -> str | None:
        return None

    def set_raw(self, text: str) -> None:
        pass

    def note(self) -> str:
        return ""

    def retranslate_ui(self) -> None:
        if self._text[1]:
            self.setText(QCoreApplication.translate(*self._text))


class NumberField(QSpinBox):
    """A whole number in a range."""

    edited = Signal()
    left = Signal()

    def __init__(self, maximum: int, parent: QWidget | None = None, grouped: bool = False):
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setGroupSeparatorShown(grouped)
        self.valueChanged.connect(lambda _v: self.edited.emit())
        self.editingFinished.connect(self.left.emit)

    def value(self) -> int:  # type: ignore[override]
        return int(super().value())

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self):
            self.setValue(int(value or 0))


    def problem(self) -> Problem | None:
        return None

    def raw(self) -> str | None:
        return None

    def set_raw(self, text: str) -> None:
        pass

    def note(self) -> str:
        return ""

    def retranslate_ui(self) -> None:
        pass


class TagsField(QWidget):
    """Codes of a catalogue ticked in a grid (a story's benefits); the value is their list."""

    edited = Signal()
    left = Signal()

    def __init__(self, catalogue: tuple[cat.Entry, ...], columns: int = 2,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for number, entry in enumerate(catalogue):
            box = QCheckBox()
            box.setObjectName(f"tag_{entry.code}")
            box.toggled.connect(lambda _on: (self.edited.emit(), self.left.emit()))
            grid.addWidget(box, number // columns, number % columns)
            self.boxes[entry.code] = box
        self.retranslate_ui()

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        wanted = set(value or [])
        for code, box in self.boxes.items():
            with QSignalBlocker(box):
                box.setChecked(code in wanted)


    def problem(self) -> Problem | None:
        return None

    def raw(self) -> str | None:
        return None

    def set_raw(self, text: str) -> None:
        pass

    def note(self) -> str:
        return ""

    def retranslate_ui(self) -> None:
        for entry in self.catalogue:
            self.boxes[entry.code].setText(QCoreApplication.translate("Catalogue", entry.label))


def stacked(*widgets: QWidget) -> QWidget:
    """Widgets one under the other, without margins (a field and its extra line)."""
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    for widget in widgets:
        box.addWidget(widget)
    return holder


def debounce(parent: QWidget, slot, milliseconds: int = 600) -> QTimer:  # noqa: ANN001
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(milliseconds)
    timer.timeout.connect(slot)
    return timer
