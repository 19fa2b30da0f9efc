"""The sidebar's icons, drawn with QPainter so they stay sharp at any screen scale."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

INK = QColor("#3b4a63")


def _draw(name: str, p: QPainter) -> None:
    pen = QPen(INK, 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    if name == "overview":
        for i, h in enumerate((7, 12, 9, 15)):
            p.drawRect(QRectF(3 + i * 4.5, 19 - h, 3, h))
    elif name == "projects":
        p.drawRoundedRect(QRectF(3, 6, 18, 13), 2, 2)
        p.drawLine(QPointF(3, 10), QPointF(21, 10))
        p.drawRect(QRectF(9, 3.5, 6, 2.5))
    elif name == "mobilities":
        path = QPainterPath(QPointF(3, 13))
        path.lineTo(21, 6)
        path.lineTo(14, 19)
        path.lineTo(12, 14)
        path.closeSubpath()
        p.drawPath(path)
    elif name == "people":
        p.drawEllipse(QRectF(8, 3, 8, 8))
        p.drawArc(QRectF(4, 13, 16, 14), 0, 180 * 16)
    elif name == "stories":
        p.drawRoundedRect(QRectF(4, 3, 16, 18), 2, 2)
        for y in (8, 12, 16):
            p.drawLine(QPointF(8, y), QPointF(16, y))
    elif name == "dissemination":
        p.drawEllipse(QRectF(10, 10, 4, 4))
        p.drawArc(QRectF(6, 6, 12, 12), -50 * 16, 100 * 16)
        p.drawArc(QRectF(2, 2, 20, 20), -50 * 16, 100 * 16)
        p.drawArc(QRectF(6, 6, 12, 12), 130 * 16, 100 * 16)
        p.drawArc(QRectF(2, 2, 20, 20), 130 * 16, 100 * 16)
    elif name == "print":
        p.drawRect(QRectF(7, 3, 10, 6))
        p.drawRoundedRect(QRectF(3, 9, 18, 8), 2, 2)
        p.drawRect(QRectF(7, 14, 10, 7))
    elif name == "settings":
        p.drawEllipse(QRectF(8.5, 8.5, 7, 7))
        for angle in range(0, 360, 45):
            p.save()
            p.translate(12, 12)
            p.rotate(angle)
            p.drawLine(QPointF(0, -6.5), QPointF(0, -9.5))
            p.restore()


def page_icon(name: str) -> QIcon:
    icon = QIcon()
    for scale in (1, 2, 3):
        pixmap = QPixmap(24 * scale, 24 * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        _draw(name, painter)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        icon.addPixmap(pixmap)
    return icon
