"""export briefing: chosen articles, in the order given, to a DOCX or PDF file."""

import io

from docx import Document


def test_a_briefing_of_chosen_articles_in_their_order(run, tmp_path):
    out = tmp_path / "简报.docx"
    code, stdout, _ = run("export", "briefing", "--format", "docx", "--article", "3",
                          "--article", "1", "--title", "要闻", "--unit", "区委办",
                          "--out", str(out))  # fmt: skip
    assert code == 0 and f"written to {out}" in stdout
    text = [p.text for p in Document(io.BytesIO(out.read_bytes())).paragraphs]
    assert text[0] == "要闻"
    headlines = [t for t in text if t.startswith(("1．", "2．"))]
    assert headlines[0].startswith("1．嘉定区世界级汽车产业中心") and headlines[1] == (
        "2．共同营造风清气正的政治生态"
    )
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_tags_articles_as_a_pdf_of_highlights(run, tmp_path):
    assert run("tags", "add", "要闻", "--article", "1", "--article", "2")[0] == 0
    out = tmp_path / "b.pdf"
    code, _, _ = run("export", "briefing", "--format", "pdf", "--tag", "要闻",
                     "--highlights-only", "--out", str(out))  # fmt: skip
    assert code == 0 and out.read_bytes().startswith(b"%PDF-")


def test_a_briefing_needs_a_file_and_a_choice(run, tmp_path):
    code, _, err = run("export", "briefing", "--format", "pdf", "--out", str(tmp_path / "x.pdf"))
    assert code == 3 and "Say which articles" in err
    assert not (tmp_path / "x.pdf").exists()
