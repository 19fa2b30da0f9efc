"""A count in a rounded badge at the right of a sidebar entry (records that wait for the
user on that page), drawn by the list's delegate so that the entry's words stay as they are."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

BADGE_ROLE = Qt.ItemDataRole.UserRole + 1  # the count's text on an entry ("" or absent: none)


class BadgeDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        text = str(index.data(BADGE_ROLE) or "")
        if not text:
            return
        metrics = option.fontMetrics
        width = max(metrics.height() + 4, metrics.horizontalAdvance(text) + 12)
        height = metrics.height() + 2
        rect = QRect(option.rect.right() - width - 10,
                     option.rect.center().y() - height // 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#b3261e"))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("#ffffff"))
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()
