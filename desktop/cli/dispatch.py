"""One run of the command line: parse argv, run the command, and turn what went wrong into one
line on stderr and an exit status (`exit_codes`). No traceback ever reaches the terminal: the
unexpected is written to the log file, and the line names it."""

from __future__ import annotations

import argparse
import functools
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from desktop.cli import commands, exit_codes
from desktop.cli.commands.window import open_window
from desktop.cli.context import Context, context_from
from desktop.cli.output import Output
from desktop.cli.parser import build_parser, where
from desktop.ingest import IngestError
from desktop.nlp import Segmenter
from desktop.paths import AppPaths
from desktop.services.errors import InvalidInput
from desktop.store.errors import LibraryError


@functools.cache
def _parser() -> argparse.ArgumentParser:
    """The command tree, built once a process: the declarations do not change while it runs,
    and parsing leaves the tree as it was (a caller that runs many commands pays once)."""
    return build_parser(commands.ALL)


def _check_text_arguments(args: argparse.Namespace) -> None:
    """Text typed in a terminal that is not UTF-8 (a GBK one) arrives as undecodable bytes.
    File names may be any bytes (they are Paths here); a tag, query or note may not."""
    for dest, value in vars(args).items():
        for text in value if isinstance(value, list) else [value]:
            if not isinstance(text, str):
                continue
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                raw = text.encode("utf-8", "surrogateescape")
                label = args.labels.get(dest, dest)
                raise InvalidInput(
                    f"{label} is not UTF-8 text (its bytes: {raw.hex(' ')}). Switch the "
                    "terminal to UTF-8 (a GBK terminal sends other bytes) and type it again."
                ) from None


def _run(args: argparse.Namespace, ctx: Context) -> int:
    _check_text_arguments(args)
    for dest, check in args.checks.items():
        value = getattr(args, dest)
        if value is not None:
            setattr(args, dest, check(value))
    return args.handler(args, ctx)


def _log_bug(paths: AppPaths) -> Path:
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    log_file = paths.log_dir / "district-reader.log"
    with log_file.open("a", encoding="utf-8") as fh:
        fh.write(traceback.format_exc() + "\n")
    return log_file


def main(argv: Sequence[str] | None = None, segmenter: Segmenter | None = None) -> int:
    """`python -m desktop ARGV…`: the exit status. `segmenter`: one whose jieba dictionary is
    loaded already, for a caller that runs many commands in one process."""
    # Chinese text must reach a pipe or a Windows console intact.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    out = Output(sys.stdout, sys.stderr)
    parser = _parser()
    args = parser.parse_args(argv)  # --help and --version print, then exit
    chosen = where(parser, args)
    if args.self_test:
        from desktop.ui.self_test import run_self_test

        return run_self_test(Path(args.screenshot) if args.screenshot else None)
    if getattr(args, "handler", None) is None:
        return open_window(out, chosen.data_dir, chosen.db)
    ctx = context_from(chosen.db, chosen.data_dir, out, segmenter)
    try:
        code = _run(args, ctx)
        out.finish()
        return code
    except BrokenPipeError:
        out.reader_gone()
        return exit_codes.READER_GONE
    except (IngestError, InvalidInput) as error:
        out.error(str(error))
        return exit_codes.BAD_INPUT
    except LibraryError as error:
        out.error(f"{error.problem} {error.advice}")
        return exit_codes.LIBRARY
    except KeyboardInterrupt:
        out.stderr.write("interrupted\n")
        return exit_codes.INTERRUPTED
    except Exception:
        log_file = _log_bug(ctx.paths)
        out.error(f"something went wrong that should not have. Details were written to {log_file}")
        return exit_codes.BUG
    finally:
        ctx.close()
