"""Render vidare.svg into the icon files the build and the window use.

Run after changing the drawing: `python3 resources/app-icon/make_icons.py`.
Qt draws the SVG (QtSvg comes with PySide6); Pillow packs the Windows .ico and macOS .icns.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
PNG_SIZES = (32, 64, 256)  # vidare-<size>.png: the window icon and Linux desktop files


def render(size: int):  # -> PIL.Image.Image
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(HERE / "vidare.svg")).render(painter)
    painter.end()
    return _to_pillow(image)


def _to_pillow(image):  # QImage -> PIL.Image.Image
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    images = {size: render(size) for size in sorted({*ICO_SIZES, *ICNS_SIZES, *PNG_SIZES})}
    for size in PNG_SIZES:
        images[size].save(HERE / f"vidare-{size}.png", optimize=True)
    biggest_ico = images[max(ICO_SIZES)]
    biggest_ico.save(HERE / "vidare.ico", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    images[1024].save(HERE / "vidare.icns",
                      append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    print("wrote", ", ".join(sorted(p.name for p in HERE.iterdir() if p.suffix != ".py")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
