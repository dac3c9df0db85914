"""Take the README's screenshots: the window on a fresh library of the seeds, with two tags, a
highlight with a note and a search, in the light and the dark theme, at 1600×1000 (window-THEME.png)
and at 1000×700 (window-THEME-1000x700.png).

usage: QT_QPA_PLATFORM=offscreen python packaging/screenshots/make_screenshots.py [FOLDER]
(FOLDER: where to save them; packaging/screenshots by default)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.paths import AppPaths  # noqa: E402
from desktop.services import annotations, tags  # noqa: E402
from desktop.ui.app import build_window, make_application  # noqa: E402
from desktop.ui.models.issue_tree import Role  # noqa: E402

TITLE = "共同营造风清气正的政治生态"
QUOTE = "以铜为镜，可以正衣冠；以人为镜，可以明得失"


def main(out: Path = ROOT / "packaging" / "screenshots") -> int:
    app = make_application()
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths.in_folder(Path(folder))
        window = build_window(paths)
        window.ctx.segmenter.load()
        window.resize(1440, 900)
        window.show()
        article_id = next(
            i for i in window.tree_model.article_ids_in_order()
            if window.tree_model.index_for_article(i).data() == TITLE
        )  # fmt: skip
        tags.create_tag(window.db, "廉政建设", color="#e8590c")
        tags.create_tag(window.db, "领导讲话", color="#1971c2")
        tags.tag_articles(window.db, "廉政建设", [article_id])
        tags.tag_articles(window.db, "领导讲话", [article_id])
        annotations.highlight_quote(window.db, article_id, QUOTE, note="名句")
        window.tagging.refresh_all()
        window.search_field.setText("警示教育")
        window.searching.run()
        while window.searcher.busy:  # the search runs on a worker thread
            app.processEvents()
        window.reading.select_article(article_id)
        assert window.tree.currentIndex().data(Role.ARTICLE_ID) == article_id
        for (width, height), suffix in (((1600, 1000), ""), ((1000, 700), "-1000x700")):
            window.resize(width, height)
            for _ in range(5):  # the window takes its new size first
                app.processEvents()
            window.splitter.fit(width)  # the side panels as a first start gives them there
            for theme in ("light", "dark"):
                window.appearance.set_theme(theme)
                for _ in range(5):
                    app.processEvents()
                target = out / f"window-{theme}{suffix}.png"
                window.grab().save(str(target))
                print("saved", target)
        window.appearance.set_theme("system")
        window.db.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(*(Path(a) for a in sys.argv[1:2])))
