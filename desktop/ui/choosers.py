"""Choosers: a catalogue's codes, the page's own choices, every country by its name."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from desktop.domain import catalogues as cat
from desktop.domain.fold import fold
from desktop.domain.validation import Problem
from desktop.i18n import formatting
from desktop.ui.text import one_line

Language = Callable[[], str]


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

    def set_choices(self, choices: Sequence[tuple[Any, str]]) -> None:
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
