"""Driving the interface as a user: typing into fields, choosing, answering questions.

Everything here goes through Qt's event system (key presses, mouse clicks), never a
widget's setter, so that what a test proves is what a person at the keyboard gets.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QMessageBox, QWidget


def focus(widget: QWidget) -> None:
    """Give the keyboard focus to `widget` as a click on it would."""
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    QApplication.processEvents()


def leave(widget: QWidget) -> None:
    """Move on to the next field with Tab, as a person leaves a field."""
    QTest.keyClick(QApplication.focusWidget() or widget, Qt.Key.Key_Tab)
    QApplication.processEvents()


def editor_of(widget: QWidget) -> QWidget:
    """Where the keys go: a date field's or an editable combo's line."""
    line = getattr(widget, "line", None)
    if line is not None:
        return line
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    return widget


def type_into(qtbot, widget, text: str, enter: bool = True) -> None:
    """Click into the field, select what is there, type `text`, press Enter (or Tab)."""
    target = editor_of(widget)
    focus(target)
    QTest.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(target, Qt.Key.Key_Delete)
    if text:
        QTest.keyClicks(target, text)
    if enter:
        QTest.keyClick(target, Qt.Key.Key_Return)
    else:
        leave(target)
    QApplication.processEvents()


def type_text_area(qtbot, area, text: str) -> None:
    """Click into a text area, replace its text by typing, and leave it with Tab."""
    focus(area)
    QTest.keyClick(area, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(area, Qt.Key.Key_Delete)
    QTest.keyClicks(area, text)
    leave(area)


def set_date(qtbot, field, text: str) -> None:
    """Type a date into a date field as a person writes it, then press Enter."""
    type_into(qtbot, field, text)


def click(widget: QWidget, pos: QPoint | None = None) -> None:
    """A left click with the mouse."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     pos or widget.rect().center())
    QApplication.processEvents()


def choose(combo: QComboBox, data) -> None:
    """Choose the entry holding `data` with the keyboard: focus, Home, then Down."""
    if hasattr(combo, "ensure_loaded"):  # long lists fill when the user opens them
        combo.ensure_loaded()
    index = combo.findData(data) if data is not None else next(
        (i for i in range(combo.count()) if not combo.itemData(i)), -1)
    assert index >= 0, f"{data!r} is not offered"
    target = editor_of(combo) if combo.isEditable() else combo
    focus(target)
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    QApplication.processEvents()
    assert combo.currentIndex() == index, (combo.currentIndex(), index)


def tick(box: QAbstractButton) -> None:
    """Click a check box (or any button) in its middle."""
    click(box, QPoint(8, box.height() // 2) if box.width() > 16 else None)


def answer_next_question(button_text: str) -> list[str]:
    """Click the button labelled `button_text` in the next message box; returns its texts."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        seen.append(box.informativeText())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        box.reject()

    QTimer.singleShot(0, answer)
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


def answer_next_file_dialog(name: str) -> list[str]:
    """In the next file dialog, type `name` (a file in the folder it opened in) and click
    its Save or Open button with the mouse; returns the dialog's title."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit

    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.windowTitle())
        QTest.qWait(300)  # a person looks before typing: the folder's files are read by then
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(edit, Qt.Key.Key_Delete)
        QTest.keyClicks(edit, name)
        box = dialog.findChild(QDialogButtonBox, "buttonBox")
        accept = next(b for b in box.buttons()
                      if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
        click(accept)
        if dialog.isVisible():  # not taken (a folder of that name?): fail, never hang
            seen.append(f"not accepted: {edit.text()}")
            dialog.reject()

    QTimer.singleShot(0, answer)
    return seen


def click_row(view, row: int, column: int = 0) -> None:
    """Click a row of a table view in its middle, as a person picks a record."""
    index = view.model().index(row, column)
    view.scrollTo(index)
    QApplication.processEvents()
    click(view.viewport(), view.visualRect(index).center())


def answer_questions(*button_texts: str) -> list[tuple[str, str]]:
    """Answer the next message boxes in turn, each with the button labelled as given;
    returns each box's (text, informative text)."""
    seen: list[tuple[str, str]] = []
    answered: list[QMessageBox] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or any(box is done for done in answered):
            QTimer.singleShot(20, answer)
            return
        answered.append(box)
        seen.append((box.text(), box.informativeText()))
        wanted = button_texts[len(answered) - 1]
        button = next((b for b in box.buttons() if b.text().replace("&", "") == wanted), None)
        if button is None:
            box.reject()
        else:
            click(button)
        if len(answered) < len(button_texts):
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    return seen


def counted(context: str, source: str, n: int) -> str:
    """A count message as the window shows it in the interface language ("1 record(s)" now,
    "1 record" once the English catalogue has its plural forms)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, source, None, n)


def wait_for_rows(qtbot, page) -> None:  # noqa: ANN001
    """Wait until a list page shows the rows of what was typed or chosen: its queries run
    on a worker thread, so the rows arrive on a later turn of the event loop."""
    qtbot.waitUntil(page.settled, timeout=10000)
