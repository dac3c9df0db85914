"""Printing a PDF the app made: the print dialog, the pages rendered (pypdfium2) at the
printer's resolution, and painted page by page. What prints is what "Save as PDF" writes, in
the bundled CJK fonts, whatever fonts the system has."""

from __future__ import annotations

import pypdfium2
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

POINTS_PER_INCH = 72


def ask_printer(title: str, parent: QWidget) -> QPrinter | None:
    """The printer (or PDF file) the user chose in the print dialog; None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def page_images(content: bytes, dpi: int) -> list[QImage]:
    """Each page of the PDF `content` as an image at `dpi` (safe off the UI thread)."""
    document = pypdfium2.PdfDocument(content)
    images = []
    try:
        for page in document:
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=False)
            four = bitmap.n_channels == 4  # BGRx, as Qt's RGB32 lays it out in memory
            kind = QImage.Format.Format_RGB32 if four else QImage.Format.Format_BGR888
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, kind)
            images.append(image.copy())  # the bitmap's memory goes with the page
            page.close()
    finally:
        document.close()
    return images


def paint_pages(images: list[QImage], printer: QPrinter) -> None:
    painter = QPainter(printer)
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            page = QRectF(painter.viewport())
            size = image.size().scaled(page.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(page.topLeft(), size.toSizeF()), image)
    finally:
        painter.end()
