"""The papers table: a paper's row by its name, made on first use."""

from __future__ import annotations

from sqlmodel import Session, select

from desktop.store.models import Paper


def paper_id(session: Session, name: str | None) -> int | None:
    if not name:
        return None
    paper = session.exec(select(Paper).where(Paper.name == name)).first()
    if paper is None:
        paper = Paper(name=name)
        session.add(paper)
        session.flush()
    return paper.id
