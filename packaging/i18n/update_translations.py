"""Refresh the English catalogue: extract the UI's strings, fill in the English, compile.

usage: python packaging/i18n/update_translations.py
Runs pyside6-lupdate over desktop/ui, writes the translations from en.py into
resources/i18n/district-reader_en.ts and compiles it to .qm with pyside6-lrelease. A string
with no English stays unfinished and is listed (tests/unit/ui/test_translations.py fails on it).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).parent))
from en import EN  # noqa: E402

TS = ROOT / "resources" / "i18n" / "district-reader_en.ts"
QT_EXTRA = ROOT / "resources" / "i18n" / "qt-extra_zh_CN.ts"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def translated_sources() -> list[str]:
    """The files whose strings the interface translates, relative to the repository."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "ui").rglob("*.py"))
    sources.append("desktop/domain/kinds.py")  # the kinds' labels, marked with no Qt imported
    return sources


def main() -> int:
    sources = translated_sources()
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-source-language", "zh_CN",
         "-target-language", "en", "-ts", str(TS)],
        check=True, cwd=ROOT,
    )  # fmt: skip
    text = TS.read_text("utf-8")
    missing = []

    def fill(match: re.Match[str]) -> str:
        source = html.unescape(match.group(1))
        english = EN.get(source)
        if english is None:
            missing.append(source)
            return match.group(0)
        if isinstance(english, tuple):  # a count (%n): English has a singular and a plural
            forms = "".join(
                f"\n            <numerusform>{html.escape(f, quote=False)}</numerusform>"
                for f in english
            )
            translation = f"<translation>{forms}\n        </translation>"
        else:
            translation = f"<translation>{html.escape(english, quote=False)}</translation>"
        return f"<source>{match.group(1)}</source>\n        {translation}"

    text = re.sub(
        r"<source>(.*?)</source>\s*<translation[^>]*>.*?</translation>", fill, text, flags=re.S
    )
    TS.write_text(text, "utf-8")
    subprocess.run([tool("pyside6-lrelease"), str(TS)], check=True, cwd=ROOT)
    # Qt's own Chinese catalogue misses a few strings of its file dialog: ours adds them.
    subprocess.run([tool("pyside6-lrelease"), str(QT_EXTRA)], check=True, cwd=ROOT)
    for source in missing:
        print("no English for:", source)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
