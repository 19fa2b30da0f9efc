"""Small pictures of photos, decoded at reduced size and kept in memory once made."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImageReader, QPixmap

THUMB = 120


class ThumbnailCache:
    """Never holds a full photo: JPEGs are decoded straight at the small size."""

    def __init__(self, limit: int = 400):
        self.limit = limit
        self._cache: OrderedDict[tuple[str, int], QPixmap] = OrderedDict()

    def get(self, path: Path, size: int = THUMB) -> QPixmap:
        key = (str(path), size)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        pixmap = self._load(path, size)
        self._cache[key] = pixmap
        while len(self._cache) > self.limit:
            self._cache.popitem(last=False)
        return pixmap

    @staticmethod
    def _load(path: Path, size: int) -> QPixmap:
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        original = reader.size()
        if original.isValid() and original.width() > 0 and original.height() > 0:
            scaled = original.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio)
            reader.setScaledSize(scaled)
        image = reader.read()
        if image.isNull():
            pixmap = QPixmap(size, size)
            pixmap.fill(QColor("#dde3eb"))
            return pixmap
        return QPixmap.fromImage(image)
