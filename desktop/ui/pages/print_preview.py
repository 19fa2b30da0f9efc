"""The Print page's preview: each page of the document scaled to the width there is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from desktop.ui.labels import PlainLabel

GAP = 24  # room beside each page, for its shadow and the scroll bar


class PreviewPages(QScrollArea):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.images: list[QImage] = []
        self.pages_box = QVBoxLayout()
        self.pages_box.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        holder = QWidget()
        holder.setLayout(self.pages_box)
        self.setWidget(holder)

    def set_pages(self, pngs: list[bytes]) -> None:
        self.clear()
        for png in pngs:
            image = QImage.fromData(png)
            self.images.append(image)
            label = PlainLabel()
            label.setObjectName("previewPage")
            self.pages_box.addWidget(label)
        self._scale()

    def clear(self) -> None:
        self.images = []
        while self.pages_box.count():
            item = self.pages_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _scale(self) -> None:
        width = max(120, self.viewport().width() - GAP)
        for index, image in enumerate(self.images):
            item = self.pages_box.itemAt(index)
            label = item.widget() if item is not None else None
            if label is None:
                continue
            shown = image if image.width() <= width else image.scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(QPixmap.fromImage(shown))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()
