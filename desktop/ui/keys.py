"""Key presses and mouse clicks made through Qt's event system, as a keyboard and a mouse
make them (for the walkthrough: Qt's own test module is not in the single executable)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget


class NotOffered(LookupError):
    """A drop-down does not offer the entry asked for."""


def settle() -> None:
    QApplication.processEvents()


def press(widget: QWidget, key: Qt.Key, text: str = "",
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))
    settle()


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() \
            else Qt.Key.Key_unknown
        press(widget, key, char)


def click(widget: QWidget, pos: QPoint | None = None) -> None:
    """A left click: press and release at `pos` (the middle by default)."""
    point = QPointF(pos or widget.rect().center())
    if widget.focusPolicy() & Qt.FocusPolicy.ClickFocus:
        widget.setFocus(Qt.FocusReason.MouseFocusReason)  # as a click gives it
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        QApplication.sendEvent(widget, QMouseEvent(
            kind, point, widget.mapToGlobal(point), Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress
            else Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    settle()


def target(widget: QWidget) -> QWidget:
    """Where typed keys go: a date field's line, an editable combo's line."""
    line = getattr(widget, "line", None)
    if isinstance(line, QWidget):
        return line
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    return widget


def fill(widget: QWidget, text: str) -> None:
    """Click into a field, select all, type, and leave it with Tab."""
    into = target(widget)
    into.setFocus(Qt.FocusReason.MouseFocusReason)
    settle()
    press(into, Qt.Key.Key_A, "", Qt.KeyboardModifier.ControlModifier)
    press(into, Qt.Key.Key_Delete)
    type_text(into, text)
    press(into, Qt.Key.Key_Tab)


def pick(combo: QComboBox, data: Any) -> None:
    """Choose an entry of a drop-down with the keyboard: Home, then Down."""
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    loader = getattr(combo, "ensure_loaded", None)
    if loader is not None:
        loader()
    index = combo.findData(data)
    if index < 0:
        raise NotOffered(data)
    press(combo, Qt.Key.Key_Home)
    for _ in range(index):
        press(combo, Qt.Key.Key_Down)


def click_row(view: QAbstractItemView, row: int, x: int | None = None) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    click(view.viewport(), QPoint(x if x is not None else rect.center().x(), rect.center().y()))
