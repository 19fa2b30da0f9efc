"""Input widgets shared by the editors: dates that may be empty, catalogue and country choosers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QPlainTextEdit, QWidget

from desktop.domain import catalogues as cat
from desktop.domain.fold import fold
from desktop.i18n import formatting

_EMPTY = QDate(1900, 1, 1)


class DateField(QDateEdit):
    """An ISO date, or none: the lowest date shows as a dash and means "no date"."""

    def __init__(self, optional: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.optional = optional
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_EMPTY)
        self.setMaximumDate(QDate(2200, 12, 31))
        if optional:
            self.setSpecialValueText("—")
        self.set_iso("")

    def iso(self) -> str:
        date = self.date()
        if date == _EMPTY:
            return ""
        return date.toString("yyyy-MM-dd")

    def set_iso(self, value: str) -> None:
        date = QDate.fromString(value or "", "yyyy-MM-dd")
        self.setDate(date if date.isValid() else _EMPTY)


class TextArea(QPlainTextEdit):
    """Multi-line text that says when the user leaves it, like QLineEdit.editingFinished."""

    editingFinished = Signal()  # noqa: N815 - the Qt name

    def __init__(self, parent: QWidget | None = None, lines: int = 4):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setMaximumHeight(int(height * 1.6))

    def focusOutEvent(self, event) -> None:  # noqa: ANN001
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)


class CodeCombo(QComboBox):
    """Chooses a code from a catalogue, showing its label in the interface language."""

    def __init__(self, catalogue: tuple[cat.Entry, ...], parent: QWidget | None = None,
                 allow_none: bool = False, none_text: tuple[str, str] = ("CodeCombo", "(any)")):
        super().__init__(parent)
        self.catalogue = catalogue
        self.allow_none = allow_none
        self.none_text = none_text  # (context, English source) shown for "no choice"
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self._fill()

    def _fill(self) -> None:
        current = self.code()
        with QSignalBlocker(self):
            self.clear()
            if self.allow_none:
                self.addItem(QCoreApplication.translate(*self.none_text), None)
            for entry in self.catalogue:
                self.addItem(QCoreApplication.translate("Catalogue", entry.label), entry.code)
            self.set_code(current)

    def code(self) -> str | None:
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        index = self.findData(code)
        with QSignalBlocker(self):
            self.setCurrentIndex(max(index, 0))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)


class ChoiceCombo(QComboBox):
    """Chooses one of a list of (id, text) pairs given by the page, such as projects."""

    def set_choices(self, choices: list[tuple[str | None, str]]) -> None:
        current = self.currentData()
        with QSignalBlocker(self):
            self.clear()
            for value, text in choices:
                self.addItem(text, value)
            index = self.findData(current)
            self.setCurrentIndex(max(index, 0))

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: str | None) -> None:
        with QSignalBlocker(self):
            index = self.findData(value)
            self.setCurrentIndex(max(index, 0))


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
                self.addItem(text, value)
        self.set_value(value)

    def ensure_loaded(self) -> None:
        if not self.loaded:
            current = self.value()
            self.set_choices(self.head + list(self.loader()))
            self.set_value(current)
            self.loaded = True

    def showPopup(self) -> None:
        self.ensure_loaded()
        super().showPopup()


SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class CountryCombo(QComboBox):
    """Every country by its name in the interface language; type a few letters to find one."""

    def __init__(self, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
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
        self.set_language(language)

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
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index) or "")
        if len(text) == 2 and self.findData(text.upper()) >= 0:
            return text.upper()
        found = formatting.search_countries(text, self.language)
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


def debounce(parent: QWidget, slot, milliseconds: int = 600) -> QTimer:  # noqa: ANN001
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(milliseconds)
    timer.timeout.connect(slot)
    return timer
