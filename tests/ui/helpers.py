"""Driving the interface as a user: typing into fields, answering the delete question."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def type_into(qtbot, widget, text: str) -> None:
    """Select what is there, type `text`, press Enter (the field then saves)."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def type_text_area(qtbot, area, text: str) -> None:
    area.setFocus()
    area.selectAll()
    qtbot.keyClicks(area, text)
    area.editingFinished.emit()  # what leaving the field does


def set_date(qtbot, field, iso: str) -> None:
    field.setDate(QDate.fromString(iso, "yyyy-MM-dd"))
    qtbot.keyClick(field, Qt.Key.Key_Return)


def choose(combo, data) -> None:
    if hasattr(combo, "ensure_loaded"):  # long lists fill when the user opens them
        combo.ensure_loaded()
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def answer_next_question(button_text: str) -> list[str]:
    """Click the button labelled `button_text` in the next message box; returns its texts."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        seen.append(box.informativeText())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        box.reject()

    QTimer.singleShot(0, click)
    return seen


def close_next_dialog() -> list[str]:
    """Close the next modal dialog (such as the take-down list); returns its title."""
    seen: list[str] = []

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, close)
            return
        seen.append(dialog.windowTitle())
        dialog.close()

    QTimer.singleShot(0, close)
    return seen
