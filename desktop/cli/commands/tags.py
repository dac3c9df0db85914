"""tags list / create / rename / merge / color / delete / add / remove / suggest."""

from __future__ import annotations

import argparse

from desktop.cli.context import Context
from desktop.cli.lookup import check_articles_exist
from desktop.cli.output import counted
from desktop.cli.registry import Commands, option
from desktop.nlp import TopicLexicon
from desktop.resources import resource_path
from desktop.services import tags
from desktop.services.errors import InvalidInput
from desktop.services.search import search
from desktop.services.suggestions import suggest_for_article
from desktop.services.tags import TagInfo

commands = Commands("tags", "create, rename, merge, recolour, delete and apply tags")


def _tag_line(row: TagInfo) -> str:
    return f"{row.color}  {row.name}  ({row.count})"


list_ = commands.listing("list", "list the tags with their counts", tags.list_tags, _tag_line)


@commands.command(
    "create",
    "make a new tag",
    option("name"),
    option("--color", help="#rrggbb"),
    option("--parent", help="a tag to put it under"),
)
def create(args: argparse.Namespace, ctx: Context) -> int:
    tags.create_tag(ctx.db, args.name, args.color, args.parent)
    return 0


@commands.command("rename", "rename a tag", option("name"), option("new_name"))
def rename(args: argparse.Namespace, ctx: Context) -> int:
    tags.rename_tag(ctx.db, args.name, args.new_name)
    return 0


@commands.command(
    "merge",
    "fold tags into another: their articles carry it instead",
    option("sources", nargs="+"),
    option("--into", required=True),
)
def merge(args: argparse.Namespace, ctx: Context) -> int:
    into = tags.check_name(args.into)
    for name in args.sources:
        if tags.check_name(name).casefold() == into.casefold():
            raise InvalidInput(f"“{name}” cannot be merged into itself: name other tags to merge.")
    tags.merge_tags(ctx.db, args.sources, args.into)
    return 0


@commands.command("color", "recolour a tag", option("name"), option("color"))
def color(args: argparse.Namespace, ctx: Context) -> int:
    tags.recolor_tag(ctx.db, args.name, args.color)
    return 0


@commands.command("delete", "delete a tag (its articles keep their other tags)", option("name"))
def delete(args: argparse.Namespace, ctx: Context) -> int:
    count = tags.delete_tag(ctx.db, args.name)
    ctx.out.line(f"tag “{args.name}” deleted (it was on {counted(count, 'article')})")
    return 0


WHICH_ARTICLES = (
    option("name"),
    option("--article", type=int, action="append", metavar="ID"),
    option("--search", metavar="QUERY", help="every article this search finds"),
)


def _which_articles(args: argparse.Namespace, ctx: Context) -> list[int]:
    ids = list(args.article or [])
    check_articles_exist(ctx.db, ids)
    if args.search:
        ids += search(ctx.db, ctx.segmenter, args.search, limit=None).article_ids
    if not ids:
        raise InvalidInput("Say which articles: --article ID … or --search QUERY.")
    return ids


@commands.command("add", "put a tag on articles (made if new)", *WHICH_ARTICLES)
def add(args: argparse.Namespace, ctx: Context) -> int:
    n = tags.tag_articles(ctx.db, args.name, _which_articles(args, ctx))
    ctx.out.line(f"“{args.name}” added to {counted(n, 'article')}")
    return 0


@commands.command("remove", "take a tag off articles", *WHICH_ARTICLES)
def remove(args: argparse.Namespace, ctx: Context) -> int:
    n = tags.untag_articles(ctx.db, args.name, _which_articles(args, ctx))
    ctx.out.line(f"“{args.name}” removed from {counted(n, 'article')}")
    return 0


@commands.command(
    "suggest",
    "topic tags for an article, and tags like those you gave similar articles, with the words "
    "that suggest them",
    option("id", type=int, help="an article id"),
    option("--json", action="store_true"),
)
def suggest(args: argparse.Namespace, ctx: Context) -> int:
    lexicon = TopicLexicon.load(resource_path("topics.json"))
    found = suggest_for_article(ctx.db, ctx.segmenter, lexicon, args.id)
    if args.json:
        ctx.out.json(
            [
                {"topic": s.topic, "score": s.score, "triggers": list(s.triggers), "from": s.source}
                for s in found
            ]
        )
        return 0
    for s in found:
        ctx.out.line(f"{s.topic}  ({s.score})  {'、'.join(s.triggers)}  [{s.source}]")
    return 0
