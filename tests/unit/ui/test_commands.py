"""The undoable changes: each saves through the services, says which article changed, and
undo and redo put the library back exactly; a change the library refuses leaves the stack."""

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from sqlmodel import select

from desktop.services import annotations, tags
from desktop.store.database import open_database, open_read_only
from desktop.store.errors import ErrorCode, library_error
from desktop.store.models import Article, Issue
from desktop.ui.commands import (
    AddHighlight,
    DeleteHighlight,
    EditHighlight,
    LibraryCommand,
    MoveHighlight,
    RenameTag,
    TagArticles,
)

TEXTS = (
    "嘉定区召开区委常委会议，研究部署下阶段工作。",
    "南翔镇老街修缮完工。",
    "简讯：图书馆延长开放时间。",
)


@pytest.fixture(scope="module")
def small_library_file(tmp_path_factory) -> Path:
    """One issue of three articles, written as the importer writes them (no jieba: these
    commands never search); made once, copied for each test."""
    path = tmp_path_factory.mktemp("small") / "library.sqlite3"
    db = open_database(path)
    with db.session() as session:
        issue = Issue(
            sha256="a" * 64, source_name="嘉定报.txt", encoding="utf-8",
            raw_text="\n".join(TEXTS), parser_version=1, date="2023-05-16",
        )  # fmt: skip
        session.add(issue)
        session.flush()
        for ordinal, text in enumerate(TEXTS):
            session.add(
                Article(
                    issue_id=issue.id,
                    key=f"a-{ordinal}",
                    ordinal=ordinal,
                    kind="article",
                    title=text[:4],
                    text=text,
                    search_text=text,
                    blocks=json.dumps([{"type": "p", "text": text}], ensure_ascii=False),
                )
            )
    db.close()
    return path


@pytest.fixture
def db(tmp_path, small_library_file):
    """This module's library: a fresh copy of the small one for each test."""
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(small_library_file, path)
    db = open_database(path)
    yield db
    db.close()


@pytest.fixture
def article_ids(db) -> list[int]:
    with db.session() as session:
        return list(session.exec(select(Article.id).order_by(Article.id)))


@pytest.fixture
def stack(qtbot):
    return QUndoStack()


def marks(db, article_id: int) -> list[tuple[int, int, str, str | None]]:
    highlights = annotations.article_highlights(db, article_id)
    return [(h.start, h.end, h.color, h.note) for h in highlights]


def test_a_highlight_is_added_undone_and_redone(db, article_ids, stack):
    article = article_ids[0]
    changed: list = []
    command = AddHighlight(db, article, 0, 6, "green", "要点", changed.append)
    assert command.text() == "高亮并批注"
    stack.push(command)
    assert marks(db, article) == [(0, 6, "green", "要点")]
    stack.undo()
    assert marks(db, article) == []
    stack.redo()
    assert marks(db, article) == [(0, 6, "green", "要点")]
    assert [h.id for h in annotations.article_highlights(db, article)] == [command.saved.id]
    assert changed == [article, article, article]
    assert AddHighlight(db, article, 0, 2, "yellow", None, changed.append).text() == "高亮"


def test_deleting_a_highlight_undoes_to_the_same_note(db, article_ids, stack):
    article = article_ids[0]
    made = annotations.add_highlight(db, article, 2, 9, "blue", "留着")
    stack.push(DeleteHighlight(db, made.id, article, lambda _a: None))
    assert marks(db, article) == []
    stack.undo()
    assert marks(db, article) == [(2, 9, "blue", "留着")]


def test_editing_a_note_or_a_colour_undoes_to_the_old_value(db, article_ids, stack):
    article = article_ids[0]
    made = annotations.add_highlight(db, article, 0, 4, "yellow", "旧")
    note = EditHighlight(db, made, article, {"note": "新"}, lambda _a: None)
    assert note.text() == "修改批注"
    stack.push(note)
    colour = EditHighlight(db, made, article, {"color": "pink"}, lambda _a: None)
    assert colour.text() == "更改高亮颜色"
    stack.push(colour)
    assert marks(db, article) == [(0, 4, "pink", "新")]
    stack.undo()
    stack.undo()
    assert marks(db, article) == [(0, 4, "yellow", "旧")]


def test_moving_a_highlight_undoes_to_where_it_was(db, article_ids, stack):
    article = article_ids[0]
    made = annotations.add_highlight(db, article, 0, 4, "yellow", "记")
    stack.push(MoveHighlight(db, made, article, 10, 15, lambda _a: None))
    assert marks(db, article) == [(10, 15, "yellow", "记")]
    stack.undo()
    assert marks(db, article) == [(0, 4, "yellow", "记")]


def test_tagging_undoes_only_what_it_changed(db, article_ids, stack):
    first, second, third = article_ids
    tags.tag_articles(db, "嘉定", [first])
    changed: list = []
    command = TagArticles(db, "嘉定", [first, second], add=True, changed=changed.append)
    assert command.text() == "添加标签“嘉定”"
    stack.push(command)
    assert set(tags.articles_with_tags(db, ["嘉定"])) == {first, second}
    stack.undo()
    assert set(tags.articles_with_tags(db, ["嘉定"])) == {first}  # it was there before
    assert changed == [None, None]  # several articles: no single one to name
    stack.push(TagArticles(db, "新标签", [third], add=True, changed=changed.append))
    assert changed[-1] == third
    stack.undo()
    assert "新标签" not in [t.name for t in tags.list_tags(db)]  # the tag it made goes too


def test_untagging_undoes_to_the_tag_on_the_same_articles(db, article_ids, stack):
    first, second, _ = article_ids
    tags.tag_articles(db, "区情", [first, second])
    stack.push(TagArticles(db, "区情", [first], add=False, changed=lambda _a: None))
    assert set(tags.articles_with_tags(db, ["区情"])) == {second}
    stack.undo()
    assert set(tags.articles_with_tags(db, ["区情"])) == {first, second}


def test_renaming_a_tag_undoes_to_the_old_name(db, article_ids, stack):
    tags.tag_articles(db, "旧名", article_ids[:1])
    changed: list = []
    stack.push(RenameTag(db, "旧名", "新名", changed.append))
    assert [t.name for t in tags.list_tags(db)] == ["新名"]
    stack.undo()
    assert [t.name for t in tags.list_tags(db)] == ["旧名"]
    assert changed == [None, None]


def test_a_change_the_library_refuses_is_reported_and_leaves_the_stack(
    db, article_ids, stack, tmp_path
):
    reader = open_read_only(db.path)
    refused: list = []
    try:
        command = AddHighlight(reader, article_ids[0], 0, 4, "yellow", None, lambda _a: None)
        command.refused = refused.append
        stack.push(command)
    finally:
        reader.close()
    assert [error.code for error in refused] == [ErrorCode.READ_ONLY]
    assert stack.count() == 0  # nothing to undo: nothing was saved
    assert marks(db, article_ids[0]) == []


def test_a_refusal_with_no_one_to_tell_is_raised(stack):
    class Refused(LibraryCommand):
        def apply(self) -> None:
            raise library_error(ErrorCode.DISK_FULL, "/d/library.sqlite3")

    with pytest.raises(Exception) as raised:
        stack.push(Refused("改动"))
    assert raised.value.code == ErrorCode.DISK_FULL
