"""The organisation and place finder on the shapes the papers print, and on its labelled
corpus (tests/corpus/orgs) as `python tests/corpus/score_orgs.py` scores it."""

import importlib.util
from pathlib import Path

from desktop.nlp.organisations import NamedBody, find_bodies

ROOT = Path(__file__).resolve().parents[3]


def names(text: str) -> dict[str, tuple[str, int]]:
    return {b.name: (b.kind, b.count) for b in find_bodies(text)}


def test_the_bodies_of_a_district_with_their_counts():
    found = names(
        "区委书记陆方舟出席。区人大常委会、区政协负责同志参加，区委常委会研究部署。区委要求……"
    )
    assert found == {
        "区委": ("org", 2),  # in a title too
        "区人大常委会": ("org", 1),
        "区政协": ("org", 1),
        "区委常委会": ("org", 1),
    }


def test_a_chain_of_places_is_one_place_and_a_zone_is_a_place():
    found = names("上海市嘉定区安亭镇的企业与嘉定工业区签约。")
    assert found == {"上海市嘉定区安亭镇": ("place", 1), "嘉定工业区": ("place", 1)}


def test_a_place_inside_a_bodys_name_is_not_counted_apart():
    found = names("嘉定区图书馆推出夜读服务，工程由上海嘉定房地产集团有限公司实施。")
    assert found == {"嘉定区图书馆": ("org", 1), "上海嘉定房地产集团有限公司": ("org", 1)}


def test_common_words_are_no_places():
    assert find_bodies("全镇各村的城镇居民和驻村干部，全区辖区内的乡村示范村。") == []


def test_the_labelled_corpus_keeps_its_figures():
    spec = importlib.util.spec_from_file_location("score_orgs", ROOT / "tests/corpus/score_orgs.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    dev = score.figures(score.load("dev"), show=False)
    held = score.figures(score.load("heldout"), show=False)
    assert dev["precision"] >= 0.95 and dev["recall"] >= 0.95
    assert held["precision"] >= 0.9 and held["recall"] >= 0.8
    assert isinstance(find_bodies("区委")[0], NamedBody)
