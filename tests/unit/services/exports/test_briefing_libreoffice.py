"""The DOCX briefing as LibreOffice lays it out (`soffice --headless --convert-to pdf`): it opens,
and every headline, source line and note is on its pages. Skipped where LibreOffice or
poppler's pdftotext is not installed."""

import shutil
import subprocess
from datetime import date

import pytest

from desktop.services import annotations
from desktop.services.articles import get_article, list_articles
from desktop.services.exports import export
from desktop.services.exports.briefing import make_briefing

SOFFICE = shutil.which("soffice")
PDFTOTEXT = shutil.which("pdftotext")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (SOFFICE and PDFTOTEXT), reason="needs LibreOffice and pdftotext"),
]


def test_libreoffice_opens_the_docx_briefing_and_shows_every_article(db, tmp_path):
    rows = [r for r in list_articles(db) if r.kind == "article"]
    views = [get_article(db, rows[i].id) for i in (0, 1, 2, 7, 12)]
    annotations.highlight_quote(db, views[0].article.id, "以铜为镜，可以正衣冠", note="以案为鉴。")
    briefing = make_briefing(db, views, title="嘉定要闻简报", unit="区委办公室信息科",
                             day=date(2026, 12, 1))  # fmt: skip
    docx = tmp_path / "briefing.docx"
    docx.write_bytes(export("briefing", "docx", briefing))
    profile = (tmp_path / "lo-profile").as_uri()  # its own profile: no clash with a running one
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(docx)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    pdf = tmp_path / "briefing.pdf"
    text = subprocess.run([PDFTOTEXT, str(pdf), "-"], capture_output=True, text=True).stdout
    flat = "".join(text.split())
    assert "嘉定要闻简报" in flat and "区委办公室信息科" in flat and "2026年12月1日" in flat
    for i, entry in enumerate(briefing.entries, 1):
        assert f"{i}．{entry.title}".replace(" ", "") in flat
        assert entry.source_line.replace(" ", "") in flat
    assert "以案为鉴。" in flat
    assert "—1—" in flat  # the footer's page field is filled in
