#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Render resources/icons/filmdesk.svg to PNGs (16–512 px), and .ico/.icns with Pillow."""

from __future__ import annotations

import io
import os
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "filmdesk.svg"))
    images: dict[int, Image.Image] = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        images[size] = Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")
        images[size].save(ICONS / f"filmdesk-{size}.png", optimize=True)
    images[256].save(ICONS / "filmdesk.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    images[512].save(ICONS / "filmdesk.icns")
    print(f"wrote {len(SIZES)} PNGs, filmdesk.ico and filmdesk.icns to {ICONS}")


if __name__ == "__main__":
    main()
