"""Rebuild the bundled CJK font subsets from Noto CJK (SIL OFL 1.1).

usage: python packaging/fonts/make_subset.py [NOTO_DIR]   (default /usr/share/fonts/opentype/noto,
from Debian's fonts-noto-cjk; needs `pip install fonttools`)

The subset holds all of GB2312 (the 6,763 common simplified characters and its symbols), every
character of the bundled seeds, ASCII, Latin-1 and the CJK punctuation and full-width forms. Its
family is renamed (… District) because a subset is a modified version under the OFL.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "fonts"
FONTS = [
    (
        "NotoSansCJK-Regular.ttc",
        "Noto Sans CJK SC",
        "Noto Sans SC District",
        "NotoSansSC-Subset.otf",
    ),
    (
        "NotoSerifCJK-Regular.ttc",
        "Noto Serif CJK SC",
        "Noto Serif SC District",
        "NotoSerifSC-Subset.otf",
    ),
    (
        "NotoSerifCJK-Bold.ttc",
        "Noto Serif CJK SC",
        "Noto Serif SC District",
        "NotoSerifSC-Bold-Subset.otf",
    ),
]


def characters() -> str:
    chars = {chr(c) for c in range(0x20, 0x7F)} | {chr(c) for c in range(0xA0, 0x180)}
    for lead in range(0xA1, 0xF8):
        for trail in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):  # unassigned code points
                chars.add(bytes([lead, trail]).decode("gb2312"))
    chars |= {chr(c) for c in range(0x3000, 0x3040)} | {chr(c) for c in range(0xFF01, 0xFF5F)}
    chars |= set("“”‘’—…·►▶•●○■□◆◇★☆※←→↑↓")
    for seed in (ROOT / "seeds").glob("*.txt"):
        chars |= set(seed.read_text("utf-8"))
    return "".join(sorted(c for c in chars if not c.isspace() or c == " "))


def main(noto_dir: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    text = characters()
    for source, family, new_family, target in FONTS:
        collection = TTCollection(str(noto_dir / source))
        font = next(f for f in collection.fonts if family in str(f["name"].getDebugName(1)))
        options = subset.Options()
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.layout_features = ["*"]
        options.hinting = False
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(font)
        for record in font["name"].names:
            value = record.toUnicode()
            if family in value:
                record.string = value.replace(family, new_family)
        font.save(str(OUT / target))
        print(f"{target}: {(OUT / target).stat().st_size / 1e6:.1f} MB, {len(text)} characters")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/fonts/opentype/noto"))
