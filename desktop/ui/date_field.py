"""The date field: typed as a person writes dates in their language, or chosen from a calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import Problem
from desktop.i18n import formatting

Language = Callable[[], str]
F = "Field"


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
            self.line.setText(self.display(self._iso))

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

    def display(self, iso: str) -> str:
        """The date as this field shows it: short while typing, the language's medium form
        otherwise."""
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
                self.line.setText(self.display(iso))
        self.left.emit()

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001
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
