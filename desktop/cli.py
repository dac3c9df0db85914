"""Command line: `python -m desktop [COMMAND]`.

Errors a user can act on (a bad file) are printed to stderr as one clear line with a non-zero
exit status; a traceback is never shown.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from desktop.ingest import IngestError, parse_file
from desktop.outline import issue_outline
from desktop.resources import seed_files

EXIT_USAGE = 2
EXIT_BAD_INPUT = 3


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m desktop",
        description="District Reader (区报阅读): read, search and annotate district newspapers.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("parse", help="parse one issue file and print its articles")
    p.add_argument("file", metavar="FILE", help="a raw issue text file")
    p.add_argument("--json", action="store_true", help="print the parse contract as JSON")
    sub.add_parser("outline", help="print the outline of the bundled sample issues")
    return parser


def _print(text: str) -> None:
    sys.stdout.write(text + "\n")


def cmd_parse(path: str, as_json: bool) -> int:
    try:
        issue = parse_file(path)
    except IngestError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if as_json:
        _print(json.dumps(issue.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print(issue_outline(issue))
    return 0


def cmd_outline() -> int:
    files = seed_files()
    if not files:
        print("error: the bundled sample issues are missing (seeds/*.txt).", file=sys.stderr)
        return EXIT_BAD_INPUT
    status = 0
    for path in files:
        try:
            _print(issue_outline(parse_file(path)))
        except IngestError as exc:
            print(f"error: {exc}", file=sys.stderr)
            status = EXIT_BAD_INPUT
        _print("")
    return status


def main(argv: Sequence[str] | None = None) -> int:
    # Chinese text must reach a pipe or a Windows console intact.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    args = _build_parser().parse_args(argv)
    if args.command == "parse":
        return cmd_parse(args.file, args.json)
    return cmd_outline()
