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

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import catalogues as cat
from desktop.domain.validation import Problem
from desktop.ui.flow import FlowLayout
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

    def __init__(self, catalogue: tuple[cat.Entry, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        flow = FlowLayout(self, spacing=10)  # as many a line as fit: long words wrap
        self.boxes: dict[str, QCheckBox] = {}
        for entry in catalogue:
            box = QCheckBox()
            box.setObjectName(f"tag_{entry.code}")
            box.toggled.connect(lambda _on: (self.edited.emit(), self.left.emit()))
            flow.addWidget(box)
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
