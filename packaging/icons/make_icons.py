"""Render the app icon (resources/icons/district-reader.svg) at every size the platforms want.

usage: python packaging/icons/make_icons.py
(needs Pillow for .ico and .icns: pip install -e '.[build]')
Writes packaging/icons/district-reader-<size>.png (16…512), district-reader.ico (Windows) and
district-reader.icns (macOS).
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "icons" / "district-reader.svg"
OUT = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> Path:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    path = OUT / f"district-reader-{size}.png"
    image.save(str(path))
    return path


def main() -> None:
    QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    pngs = {size: render(renderer, size) for size in SIZES}
    largest = Image.open(pngs[256])
    largest.save(
        OUT / "district-reader.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    )
    Image.open(pngs[512]).save(OUT / "district-reader.icns")
    for path in sorted(OUT.glob("district-reader*")):
        print(f"{path.name}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
