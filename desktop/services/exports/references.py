"""Articles as references for Zotero, EndNote and JabRef: CSL-JSON (article-newspaper), RIS
(TY  - NEWS) and BibTeX (@article with the paper as its journal: how Zotero and JabRef write and
read newspaper articles in BibTeX). Every field comes from `citation.Reference`."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence

from desktop.services.articles import ArticleView
from desktop.services.citation import Name, Reference, reference_of

LANGUAGE = "zh-CN"


def _csl_name(name: Name) -> dict[str, str]:
    if name.literal:
        return {"literal": name.literal}
    return {"family": name.family, "given": name.given}


def csl_item(ref: Reference) -> dict[str, object]:
    item: dict[str, object] = {
        "id": citation_key(ref),
        "type": "article-newspaper",
        "title": ref.full_title,
        "language": LANGUAGE,
    }
    if ref.authors:
        item["author"] = [_csl_name(n) for n in ref.names]
    if ref.paper:
        item["container-title"] = ref.paper
    if ref.date_parts:
        item["issued"] = {"date-parts": [ref.date_parts]}
    if ref.page:
        item["page"] = ref.page
    if ref.kicker:
        item["note"] = ref.kicker
    if ref.abstract:
        item["abstract"] = ref.abstract
    return item


def references_csl_json(views: Sequence[ArticleView]) -> str:
    items = [csl_item(reference_of(v)) for v in views]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def _one_line(text: str) -> str:
    """A tagged line holds one line: a line break inside a value would start a new tag."""
    return " ".join(text.split())


def _ris_name(name: Name) -> str:
    # A name without a given part ends in a comma: RIS's mark for an organisation or a whole name.
    return f"{name.family}, {name.given}" if not name.literal else f"{name.literal},"


def _ris_date(parts: list[int]) -> str:
    y, m, d = [*parts, 0, 0, 0][:3]
    return f"{y:04d}/{f'{m:02d}' if m else ''}/{f'{d:02d}' if d else ''}/"


def ris_record(ref: Reference) -> list[tuple[str, str]]:
    tags = [("TY", "NEWS"), ("ID", citation_key(ref)), ("TI", ref.full_title)]
    tags += [("AU", _ris_name(n)) for n in ref.names]
    if ref.paper:
        tags.append(("T2", ref.paper))
    if ref.date_parts:
        tags += [("PY", str(ref.date_parts[0])), ("DA", _ris_date(ref.date_parts))]
    if ref.page:
        tags.append(("SP", ref.page))
    tags.append(("LA", LANGUAGE))
    if ref.kicker:
        tags.append(("N1", ref.kicker))
    if ref.abstract:
        tags.append(("AB", ref.abstract))
    tags.append(("ER", ""))
    return [(tag, _one_line(value)) for tag, value in tags]


def references_ris(views: Sequence[ArticleView]) -> str:
    lines = []
    for view in views:
        lines += [f"{tag}  - {value}" for tag, value in ris_record(reference_of(view))]
        lines.append("")
    # The RIS specification ends its lines with CR LF.
    return "\r\n".join(lines)


_BIBTEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "%": r"\%",
    "#": r"\#",
    "_": r"\_",
    "^": r"\^{}",
    "~": r"\~{}",
}
_BIBTEX_SPECIAL = re.compile("|".join(re.escape(c) for c in _BIBTEX_SPECIALS))
_MONTH_MACROS = ("jan", "feb", "mar", "apr", "may", "jun",
                 "jul", "aug", "sep", "oct", "nov", "dec")  # fmt: skip


def bibtex_escape(text: str) -> str:
    """Text as BibTeX field content: no character of it is a command, a group or math."""
    return _BIBTEX_SPECIAL.sub(lambda m: _BIBTEX_SPECIALS[m.group()], _one_line(text))


_AND = re.compile(r"\band\b", re.IGNORECASE)


def _bibtex_name(name: Name) -> str:
    if name.literal or _AND.search(name.natural):
        # Braced: BibTeX neither splits it nor reads an "and" in it as between two authors.
        return "{" + bibtex_escape(name.natural) + "}"
    return f"{bibtex_escape(name.family)}, {bibtex_escape(name.given)}"


def citation_key(ref: Reference) -> str:
    """A key that stays the same across exports (it derives from the article's stable key) and
    is plain ASCII, which every BibTeX tool accepts: `dr2023-05-1a2b3c4d`."""
    digest = hashlib.sha1(ref.key.encode("utf-8")).hexdigest()[:8]
    when = "-".join(f"{p:02d}" for p in ref.date_parts) or "nd"
    return f"dr{when}-{digest}"


def bibtex_entry(ref: Reference) -> str:
    fields: list[tuple[str, str]] = [("title", "{" + bibtex_escape(ref.full_title) + "}")]
    if ref.authors:
        authors = " and ".join(_bibtex_name(n) for n in ref.names)
        fields.append(("author", "{" + authors + "}"))
    if ref.paper:
        fields.append(("journal", "{" + bibtex_escape(ref.paper) + "}"))
    parts = ref.date_parts
    if parts:
        fields.append(("year", "{" + str(parts[0]) + "}"))
    if len(parts) >= 2:
        fields.append(("month", _MONTH_MACROS[parts[1] - 1]))
    if ref.date and parts:
        fields.append(("date", "{" + "-".join(f"{p:02d}" for p in parts) + "}"))
    if ref.page:
        fields.append(("pages", "{" + bibtex_escape(ref.page) + "}"))
    fields.append(("entrysubtype", "{newspaper}"))  # biblatex: a newspaper, not a journal
    fields.append(("language", "{" + LANGUAGE + "}"))
    if ref.kicker:
        fields.append(("note", "{" + bibtex_escape(ref.kicker) + "}"))
    if ref.abstract:
        fields.append(("abstract", "{" + bibtex_escape(ref.abstract) + "}"))
    body = ",\n".join(f"  {name} = {value}" for name, value in fields)
    return f"@article{{{citation_key(ref)},\n{body}\n}}\n"


def references_bibtex(views: Sequence[ArticleView]) -> str:
    return "\n".join(bibtex_entry(reference_of(v)) for v in views)
