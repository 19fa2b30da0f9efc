"""Labels that show text as text: never read as rich text, cut with an ellipsis when long.

Qt reads a QLabel's text as HTML when it looks like HTML; a person named
`<img src=/etc/passwd>` would then make Qt open that file. Every label in the window is
one of these, set to plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop.ui.text import SHORT, plain_tooltip, shorten


class PlainLabel(QLabel):
    """A label whose text is always plain text."""

    def __init__(self, text: str = "", parent: QWidget | None = None, **qt: object):
        super().__init__(parent, **qt)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if text:
            self.setText(text)


class ElidedLabel(PlainLabel):
    """One line of text, cut with "…" to the width it is given; the whole text (up to a
    limit) in its tooltip. For titles and names that can be any length."""

    def __init__(self, text: str = "", parent: QWidget | None = None, **qt: object):
        self._full = ""
        super().__init__("", parent, **qt)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = shorten(text or "", SHORT * 4)
        self.setToolTip(plain_tooltip(self._full) if len(self._full) > 40 else "")
        self._elide()

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        if text != self._full:
            self.set_full_text(text)
        else:
            self._elide()

    def _elide(self) -> None:
        width = max(10, self.contentsRect().width() - 2)
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        QLabel.setText(self, shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def setFont(self, font: QFont) -> None:  # noqa: N802 - Qt's name
        super().setFont(font)
        self._elide()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 600), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())


class LinkLabel(PlainLabel):
    """Text that looks and acts like a link: underlined, a pointing hand, Enter or a click
    opens what it names. It wraps; it never reads its text as markup."""

    clicked = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None, **qt: object):
        super().__init__(text, parent, **qt)
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        font = self.font()
        font.setUnderline(True)
        self.setFont(font)

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)
