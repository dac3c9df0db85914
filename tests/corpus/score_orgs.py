"""The organisation and place finder against its labelled corpus:
`python tests/corpus/score_orgs.py [--misses dev]`.

tests/corpus/orgs holds short articles in the district papers' style, written for this corpus,
each with the organisations and places it names as printed and how often: heldout.jsonl was
written first and never tuned on, dev.jsonl is what the rules were tuned on; seeds.jsonl
labels eight of the seed issues' articles (their bodies, as the parser gives them), labelled
after the rules were written and never tuned on: the papers' own text. A name counts as
found when the finder gives the same name and kind in that article. Labelling: the longest
name as printed (上海市嘉定区安亭镇 is one place; 区委宣传部 one body, not 区委 as well); a
body inside a title counts (区委 in 区委书记); a place inside a body's name does not count
apart; generic words (企业, 党组织, 全区) are no names.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.ingest import parse_file
from desktop.nlp.organisations import find_bodies
from desktop.resources import seed_files

HERE = Path(__file__).parent / "orgs"
PARTS = ("dev", "heldout", "seeds")


def load(part: str) -> list[dict]:
    with (HERE / f"{part}.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    if part == "seeds":  # the text is the seed article's body, as the parser reads it
        files = seed_files()
        for row in rows:
            article = parse_file(files[row["seed"]]).articles[row["ordinal"]]
            row["text"] = "\n".join(b.text for b in article.blocks)
    return rows


def figures(rows: list[dict], show: bool) -> dict[str, float]:
    true_pos = false_pos = false_neg = right_counts = 0
    for row in rows:
        gold = {(e["name"], e["kind"]): e["count"] for e in row["entities"]}
        mine = {(b.name, b.kind): b.count for b in find_bodies(row["text"])}
        for key, count in gold.items():
            if key in mine:
                true_pos += 1
                right_counts += mine[key] == count
            else:
                false_neg += 1
                if show:
                    print(f"  missed {row['id']} {key[1]} {key[0]}")
        for key in mine.keys() - gold.keys():
            false_pos += 1
            if show:
                print(f"  wrong  {row['id']} {key[1]} {key[0]}")
    precision = true_pos / ((true_pos + false_pos) or 1)
    recall = true_pos / ((true_pos + false_neg) or 1)
    f1 = 2 * precision * recall / ((precision + recall) or 1)
    counts = right_counts / (true_pos or 1)
    return {"precision": precision, "recall": recall, "f1": f1, "counts_right": counts}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", choices=PARTS, help="list what was missed or wrongly found")
    args = parser.parse_args(argv)
    for part in PARTS:
        rows = load(part)
        f = figures(rows, show=args.misses == part)
        print(
            f"{part:8} {len(rows):3} articles, {sum(len(r['entities']) for r in rows):3} names: "
            f"precision {f['precision']:.3f}  recall {f['recall']:.3f}  F1 {f['f1']:.3f}  "
            f"counts right {f['counts_right']:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
