"""`--self-test`: start headless on a temporary library and prove the app works end to end.

It imports the bundled seeds, opens an article and draws it, runs a search, writes a highlight
and reads it back, then exits 0 — or prints which step failed and why and exits 1. It runs the
same from source and from a frozen bundle, and leaves nothing behind.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path


def run_self_test(screenshot: Path | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Imported here so that the environment above is in place before Qt loads.
    from PySide6.QtGui import QFontDatabase

    from desktop.paths import AppPaths
    from desktop.resources import seed_files
    from desktop.services import annotations, library
    from desktop.services.search import search
    from desktop.ui.app import build_window, make_application
    from desktop.ui.fonts import READING_FAMILY
    from desktop.ui.labels import label_words

    started = time.perf_counter()
    state: dict[str, object] = {}

    def step(name: str, check: Callable[[], str]) -> bool:
        try:
            detail = check()
        except Exception as error:  # the report names the step and the cause
            print(f"self-test FAILED at {name}: {error}", file=sys.stderr)
            traceback.print_exc(limit=3, file=sys.stderr)
            return False
        print(f"self-test ok: {name} — {detail}")
        return True

    with tempfile.TemporaryDirectory(prefix="district-reader-self-test-") as tmp:
        paths = AppPaths.in_folder(Path(tmp))

        def start() -> str:
            state["app"] = make_application()
            if READING_FAMILY not in QFontDatabase.families():
                raise RuntimeError("the bundled CJK font did not load")
            return f"Qt {os.environ['QT_QPA_PLATFORM']}, bundled fonts registered"

        def open_library() -> str:
            window = build_window(paths)
            state["window"] = window
            counts = library.stats(window.db)
            if counts.issues != len(seed_files()) or counts.articles == 0:
                raise RuntimeError(
                    f"expected {len(seed_files())} seed issues, found {counts.issues}"
                )
            return f"{counts.issues} issues, {counts.articles} articles imported"

        def draw_article() -> str:
            window = state["window"]
            window.resize(1200, 800)
            window.show()
            article_id = next(window.tree_model.article_ids_in_order())
            window.reading.select_article(article_id)
            state["app"].processEvents()  # let theme and layout settle, as a running app would
            image = window.grab().toImage()
            title = window.reading.current.label_in(label_words())
            if image.isNull() or title not in window.reader.toPlainText():
                raise RuntimeError("the reader did not draw the article")
            if screenshot is not None:
                image.save(str(screenshot))
            return f"“{title[:16]}” drawn at {image.width()}×{image.height()}"

        def run_search() -> str:
            window = state["window"]
            window.ctx.segmenter.load()
            results = search(window.db, window.ctx.segmenter, "嘉定 -深圳", limit=5)
            if results.total == 0:
                raise RuntimeError("the search found nothing")
            return f"“嘉定 -深圳”: {results.total} articles"

        def highlight() -> str:
            window = state["window"]
            view = window.reading.current
            text = view.article.text
            made = annotations.add_highlight(
                window.db, view.article.id, 0, min(8, len(text)), "green", "自检"
            )
            back = annotations.article_highlights(window.db, view.article.id)
            if [(h.id, h.quote, h.note) for h in back] != [(made.id, text[:8], "自检")]:
                raise RuntimeError("the highlight did not read back as written")
            return f"“{made.quote}” written and read back"

        def printing() -> str:
            # Loaded only when the user prints: a build that left Qt's print support out
            # would start, and fail at the first Print.
            from desktop.ui.views.printing import page_images

            pages = page_images(_one_page_pdf(), 72)
            if len(pages) != 1 or pages[0].isNull():
                raise RuntimeError("a PDF page could not be rendered for printing")
            return "print support loaded, a page rendered"

        ok = all(
            step(name, check)
            for name, check in (
                ("start", start),
                ("library", open_library),
                ("article", draw_article),
                ("search", run_search),
                ("highlight", highlight),
                ("printing", printing),
            )
        )
        window = state.get("window")
        if window is not None:
            window.close()
            window.db.close()
    elapsed = time.perf_counter() - started
    print(f"self-test {'passed' if ok else 'FAILED'} in {elapsed:.1f} s")
    return 0 if ok else 1


def _one_page_pdf() -> bytes:
    """The smallest valid one-page PDF (an empty A6 page)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 298 420] >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref,
    )  # fmt: skip
    return bytes(out)
