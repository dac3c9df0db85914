"""The large-archive benchmark: prints one line per figure, with the command to reproduce it.

usage: python tests/benchmarks/bench.py [--issues 3000] [--workdir DIR] [--json]

Generates the synthetic archive (generate_archive.py), imports it into a fresh library and
measures import, search, opening an article, the window's cold start, the issue tree, memory
and database size. Every ratio is measured in the same run against its baseline on equal
terms: the import against jieba's `cut_for_search` alone on as many processes, each search
against a LIKE scan over the same rows right after it. Each figure is printed with the load
average when it was taken (the machine is shared: compare figures of one run). With --json
the lines go to stderr and stdout gets one JSON object of every figure. With --workdir, a
library already built there is reused (no import, so no import figure).
Not collected by pytest: speed is measured here, never asserted in a unit test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.ingest import decode  # noqa: E402
from desktop.nlp import Segmenter  # noqa: E402
from desktop.services import library  # noqa: E402
from desktop.services.preparing import PARALLEL_FROM, worker_count  # noqa: E402
from desktop.services.search import SearchFilters, parse_query, search  # noqa: E402
from desktop.store.database import open_database  # noqa: E402
from tests.benchmarks.generate_archive import generate  # noqa: E402
from tests.benchmarks.jieba_baseline import search_words_count  # noqa: E402

WINDOW_LIMIT = 200  # the results the window lists (desktop/ui/controllers/searching.py)
SEARCHES_FOR_MEMORY = 50

WORDS = [
    "嘉", "区", "会", "党", "的", "书记", "会议", "发展", "企业", "治理", "陆方舟", "金晓明",
    "高香", "李双玖", "俞超", "定新", "区委书", "书记陆", "高质量", "营商环境", "网格工程",
    "乡村振兴", "网络安全", "招商引资", "汽车产业", "高质量发展", "全面从严治党", "2023",
    "2019年", "5月", "TOP", "国资委", "新城公司", "职业技能大赛", "主题教育",
]  # fmt: skip
PHRASES = ['"汽车 产业"', '"招商 服务"', "招商 -深圳", "会议 -嘉定", '"区委 书记"', "党建 网格"]
FILTERS = [
    SearchFilters(paper="松江报"),
    SearchFilters(date_from="2018", date_to="2020"),
    SearchFilters(kind="article", paper="青浦报"),
]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def load_average() -> float:
    return round(os.getloadavg()[0], 2)


class Report:
    """The figures of one run: printed as lines as they come, and kept for the JSON object,
    each with the load average when it was taken."""

    def __init__(self, command: str, out) -> None:
        self.command = command
        self.out = out
        self.figures: dict[str, object] = {}
        self.load: dict[str, float] = {}

    def line(self, name: str, text: str, **figures: object) -> None:
        load = load_average()
        print(f"{name:12} {text}; load {load:.2f}    [{self.command}]", file=self.out, flush=True)
        self.figures.update(figures)
        self.load[name] = load


def _cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (the workers, once a pool
    is shut down)."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def bench_import(db, segmenter, archive: Path, report: Report) -> None:
    files = sorted(archive.glob("*.txt"))
    size = sum(p.stat().st_size for p in files)
    cpu, started = _cpu_seconds(), time.perf_counter()
    result = library.import_paths(db, segmenter, [archive])
    seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
    # The baseline on equal terms: as many processes as the import prepared on, started alike.
    processes = worker_count() if len(files) >= PARALLEL_FROM and (os.cpu_count() or 1) > 1 else 0
    texts = [decode(p.read_bytes(), p.name).text for p in files]
    jieba_cpu, started = _cpu_seconds(), time.perf_counter()
    search_words_count(texts, segmenter, processes)
    jieba_alone, jieba_cpu = time.perf_counter() - started, _cpu_seconds() - jieba_cpu
    report.line(
        "import",
        f"{result.count('added')} issues, {size / 1e6:.1f} MB in {seconds:.1f} s "
        f"({cpu:.1f} s CPU) = {size / 1e6 / seconds:.2f} MB/s; jieba cut_for_search alone on "
        f"{processes or 1} process(es) {jieba_alone:.1f} s ({jieba_cpu:.1f} s CPU) → "
        f"{seconds / jieba_alone:.2f}× wall, {cpu / jieba_cpu:.2f}× CPU (target ≤ 1.3×)",
        import_ratio=round(seconds / jieba_alone, 3),
        import_cpu_ratio=round(cpu / jieba_cpu, 3),
        import_s=round(seconds, 2),
        jieba_alone_s=round(jieba_alone, 2),
        import_processes=processes or 1,
    )


def _like(term: str) -> str:
    """A LIKE pattern matching the term anywhere, its wildcards escaped."""
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def like_scan(db, text: str, filters: SearchFilters) -> tuple[set[int], float]:
    """The baseline: every article whose text contains every term, by LIKE."""
    query = parse_query(text)
    clauses, params = [], {}
    for k, term in enumerate(query.terms):
        clauses.append(f"a.search_text LIKE :t{k} ESCAPE '\\'")
        params[f"t{k}"] = _like(term)
    for k, term in enumerate(query.excluded):
        clauses.append(f"a.search_text NOT LIKE :x{k} ESCAPE '\\'")
        params[f"x{k}"] = _like(term)
    from sqlalchemy import text as sql

    from desktop.services.filters import issue_conditions

    clauses += issue_conditions(
        params, paper=filters.paper, date_from=filters.date_from, date_to=filters.date_to
    )
    if filters.kind:
        clauses.append("a.kind = :kind")
        params["kind"] = filters.kind
    statement = (
        "SELECT a.id FROM article a JOIN issue_effective ie ON ie.id = a.issue_id WHERE "
        + " AND ".join(clauses or ["1"])
    )
    started = time.perf_counter()
    with db.session() as session:
        ids = {r.id for r in session.execute(sql(statement), params)}
    return ids, time.perf_counter() - started


def bench_queries() -> list[tuple[str, SearchFilters]]:
    queries = [(q, SearchFilters()) for q in WORDS + PHRASES]
    return queries + [(q, f) for q in ("会议", "发展", "书记陆", "汽车") for f in FILTERS]


def bench_search(db, segmenter, report: Report) -> None:
    """Each query at the window's limit and at 20, then the LIKE scan over the same rows, one
    right after the other so that both run at the same load."""
    queries = bench_queries()
    search(db, segmenter, "预热", limit=20)  # jieba and the page cache warm, as in a running app
    window, top20, baseline, counts, mismatches = [], [], [], [], []
    for text, filters in queries:
        started = time.perf_counter()
        results = search(db, segmenter, text, filters, limit=WINDOW_LIMIT)
        window.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        search(db, segmenter, text, filters, limit=20)
        top20.append((time.perf_counter() - started) * 1000)
        counts.append(results.total)
        ids, seconds = like_scan(db, text, filters)
        baseline.append(seconds * 1000)
        if set(search(db, segmenter, text, filters, limit=None).article_ids) != ids:
            mismatches.append(text)
    speedup = statistics.mean(baseline) / statistics.mean(window)
    slowest = min(b / w for b, w in zip(baseline, window, strict=True))
    report.line(
        "search",
        f"{len(queries)} queries at the window's limit {WINDOW_LIMIT}: p50 {pct(window, 50):.1f} "
        f"ms, p95 {pct(window, 95):.1f} ms, max {max(window):.1f} ms (target p95 ≤ 20 ms); "
        f"at limit 20 p50 {pct(top20, 50):.1f}, p95 {pct(top20, 95):.1f} ms; results median "
        f"{statistics.median(counts):.0f}, max {max(counts)}; LIKE scan p50 "
        f"{pct(baseline, 50):.1f} ms → {speedup:.1f}× faster on average, {slowest:.1f}× on the "
        f"least favourable query (target ≥ 10×); identical to the scan: "
        f"{'yes' if not mismatches else 'NO: ' + ', '.join(mismatches)}",
        search_p50_ms=round(pct(window, 50), 2),
        search_p95_ms=round(pct(window, 95), 2),
        search_p95_ms_limit20=round(pct(top20, 95), 2),
        like_p50_ms=round(pct(baseline, 50), 2),
        search_vs_like=round(speedup, 2),
        search_vs_like_worst=round(slowest, 2),
        search_identical=not mismatches,
    )


def bench_open(db, report: Report) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.services import annotations
    from desktop.services.articles import get_article
    from desktop.ui.app import make_application
    from desktop.ui.views.reader import ReaderView

    make_application()
    reader = ReaderView()
    reader.resize(900, 800)
    reader.show()
    with db.session() as session:
        from sqlalchemy import text as sql

        ids = [
            r.id for r in session.execute(sql("SELECT id FROM article ORDER BY random() LIMIT 60"))
        ]
    times = []
    for article_id in ids:
        started = time.perf_counter()
        view = get_article(db, article_id)
        reader.show_article(view, annotations.article_highlights(db, article_id))
        QApplication.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    report.line(
        "open",
        f"{len(times)} articles: p50 {pct(times, 50):.1f} ms, p95 {pct(times, 95):.1f} ms "
        "(target ≤ 30 ms)",
        open_p95_ms=round(pct(times, 95), 2),
    )


COLD_START = """
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from desktop.paths import AppPaths
from desktop.ui.app import make_application, build_window


def memory():
    # Peak and current resident memory: the process's own (anonymous) pages, and the pages of
    # the library file it has mapped (the system's file cache, shared and reclaimable).
    fields = dict(
        line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines()
    )
    mapped, current = 0, ""
    for line in Path("/proc/self/smaps").read_text().splitlines():
        parts = line.split()
        if "-" in parts[0] and len(parts) >= 5:
            current = parts[-1]
        elif parts[0] == "Rss:" and current.endswith(".sqlite3"):
            mapped += int(parts[1])
    mb = lambda name: int(fields[name].split()[0]) / 1024
    return {"peak": mb("VmHWM"), "own": mb("RssAnon"), "mapped": mapped / 1024}


app = make_application()
window = build_window(AppPaths.in_folder(Path(sys.argv[1])), Path(sys.argv[2]))
window.show()
app.processEvents()
window.grab()
app.processEvents()
painted = time.time()  # an idle window, on the clock the parent reads too
result = {"painted": painted, "jieba": window.ctx.segmenter.loaded, "start": memory()}
queries = json.loads(sys.argv[3])
if queries:
    window.ctx.segmenter.load()
    for query in queries:
        window.search_field.setText(query)
        window.searching.run()
        while window.searcher.busy:  # the search runs on a worker thread
            app.processEvents()
    window.reading.step_article(1)
    app.processEvents()
    result["searched"] = memory()
print(json.dumps(result))
"""


def _window_run(db_file: Path, workdir: Path, queries: list[str]) -> tuple[float, dict] | str:
    """Start the window in a fresh process: seconds to an idle window, and what it measured;
    or what went wrong."""
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", COLD_START, str(workdir / "home"), str(db_file),
         json.dumps(queries, ensure_ascii=False)],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )  # fmt: skip
    if result.returncode != 0 or not result.stdout.strip():
        return "failed: " + result.stderr.strip()[-300:]
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    return measured["painted"] - started, measured


def _memory(figures: dict) -> str:
    return (
        f"peak RSS {figures['peak']:.0f} MB (own {figures['own']:.0f} MB; "
        f"library file pages mapped {figures['mapped']:.0f} MB)"
    )


def bench_cold_start(db_file: Path, workdir: Path, report: Report) -> None:
    runs = []
    for _ in range(3):
        run = _window_run(db_file, workdir, [])
        if isinstance(run, str):
            report.line("cold start", run)
            return
        runs.append(run)
    seconds = sorted(s for s, _ in runs)
    start = runs[0][1]
    report.line(
        "cold start",
        f"process start to an idle window, 3 runs: median {seconds[1]:.2f} s, best "
        f"{seconds[0]:.2f} s, worst {seconds[2]:.2f} s (target ≤ 0.8 s); jieba loaded then: "
        f"{start['jieba']}; memory then: {_memory(start['start'])}",
        cold_start_s=round(seconds[1], 3),
        start_rss_mb=round(start["start"]["peak"], 1),
    )
    texts = WORDS + PHRASES
    queries = (texts * (SEARCHES_FOR_MEMORY // len(texts) + 1))[:SEARCHES_FOR_MEMORY]
    run = _window_run(db_file, workdir, queries)
    if isinstance(run, str):
        report.line("memory", run)
        return
    searched = run[1]["searched"]
    report.line(
        "memory",
        f"after jieba, {len(queries)} searches in the window and an article: "
        f"{_memory(searched)} (target ≤ 250 MB)",
        peak_rss_mb=round(searched["peak"], 1),
        own_rss_mb=round(searched["own"], 1),
    )


def bench_tree(db, report: Report) -> None:
    from PySide6.QtWidgets import QApplication, QTreeView

    from desktop.ui.models.issue_tree import IssueTreeModel

    started = time.perf_counter()
    model = IssueTreeModel(db)
    load = time.perf_counter() - started
    view = QTreeView()
    view.setModel(model)
    view.setUniformRowHeights(True)
    view.resize(320, 800)
    view.show()
    QApplication.processEvents()
    started = time.perf_counter()
    view.expandToDepth(1)  # every paper and year open
    QApplication.processEvents()
    expand_years = time.perf_counter() - started
    paper = model.index(0, 0)
    year = model.index(0, 0, paper)
    issue = model.index(0, 0, year)
    started = time.perf_counter()
    view.expand(issue)
    QApplication.processEvents()
    expand_issue = time.perf_counter() - started
    bar = view.verticalScrollBar()
    stalls = []
    for value in range(0, bar.maximum() + 1, max(1, bar.pageStep())):
        started = time.perf_counter()
        bar.setValue(value)
        QApplication.processEvents()
        stalls.append((time.perf_counter() - started) * 1000)
    years = [model.index(y, 0, model.index(p, 0)) for p in range(model.rowCount())
             for y in range(model.rowCount(model.index(p, 0)))]  # fmt: skip
    issues = sum(model.rowCount(y) for y in years)
    report.line(
        "tree",
        f"load {load * 1000:.0f} ms; expand all years {expand_years * 1000:.0f} ms; expand an "
        f"issue {expand_issue * 1000:.1f} ms; scroll through {issues} issues in {len(stalls)} "
        f"pages, worst step {max(stalls):.1f} ms (target no stall > 50 ms)",
        tree_load_ms=round(load * 1000, 1),
    )


def text_mb(db, archive: Path) -> float:
    """The issues' text in MB: the archive's files, or (a reused library without them) the raw
    text the library holds, in UTF-8."""
    files = list(archive.glob("*.txt"))
    if files:
        return sum(p.stat().st_size for p in files) / 1e6
    from sqlalchemy import text as sql

    with db.session() as session:
        size = session.execute(sql("SELECT sum(length(CAST(raw_text AS BLOB))) FROM issue"))
        return (size.scalar() or 0) / 1e6


def machine() -> dict[str, object]:
    import PySide6

    return {
        "cores": os.cpu_count(),
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
        "pyside6": PySide6.__version__,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--issues", type=int, default=3000)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--json", action="store_true", help="print every figure as one object")
    args = parser.parse_args()
    workdir = args.workdir or Path(f"/tmp/district-reader-bench-{args.issues}")
    command = f"python tests/benchmarks/bench.py --issues {args.issues} --workdir {workdir}"
    report = Report(command, sys.stderr if args.json else sys.stdout)
    facts = machine()
    print(
        f"machine: {facts['cores']} cores, {facts['platform']}, Python {facts['python']}, "
        f"SQLite {facts['sqlite']}, PySide6 {facts['pyside6']}; load {load_average():.2f}; "
        f"reproduce: {command}",
        file=report.out,
    )
    archive, db_file = workdir / "archive", workdir / "library.sqlite3"
    segmenter = Segmenter(workdir / "cache")
    imported = not db_file.exists()
    if imported:
        started = time.perf_counter()
        generate(archive, args.issues)
        report.line(
            "archive", f"{args.issues} issues generated in {time.perf_counter() - started:.1f} s"
        )
        db = open_database(db_file)
        segmenter.load()
        bench_import(db, segmenter, archive, report)
    else:
        db = open_database(db_file)
        segmenter.load()
        report.line("import", "library reused from the workdir: not measured", import_ratio=None)
    bench_search(db, segmenter, report)
    bench_open(db, report)
    bench_tree(db, report)
    bench_cold_start(db_file, workdir, report)
    size = sum(p.stat().st_size for p in workdir.glob("library.sqlite3*")) / 1e6
    text = text_mb(db, archive)
    report.line(
        "database",
        f"library {size:.1f} MB for {text:.1f} MB of text = {size / text:.1f}× (target ≤ 3×)",
        library_mb=round(size, 1),
        text_mb=round(text, 1),
    )
    if args.json:
        figures = {"issues": args.issues, **report.figures}
        figures.update(load_average=report.load, machine=facts, command=command + " --json")
        print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
