"""The printed conventions of Chinese newspapers, kept as data: one table per family.

A paper's habit is a row here, not a branch in the parser. Each row is a regular expression
with named groups the recognisers in `markers` read:

- DATELINES start an article's first paragraph; `inner` holds the people (记者 王珂).
- PAGE_HEADERS are page headers and e-paper chrome lines; `page`, an ISO `iso` date or a
  printed `y`/`m`/`d` date, and the paper's `name` when printed.
- CROSS_REFERENCES point to another page (`page`); `see` rows send the reader elsewhere for
  more, `related` rows name a related report.
- COLUMN_LABELS are the column and series names printed above a headline.
- CREDIT_ROLES are the words before the people in a byline; BULLETS mark a byline line.
"""

from __future__ import annotations

import re

# Page numbers: 2, 02, A3, A03, a0002, 二, 十二.
PAGE = r"(?:[A-Za-z]?\d{1,4}|[一二三四五六七八九十]{1,3})"
CN_NUM = "〇零一二三四五六七八九十廿卅"
_DAY = rf"(?:\d{{1,2}}|[{CN_NUM}]{{1,3}})"
_MONTH_DAY = rf"(?:{_DAY}月)?{_DAY}日"
_PLACE = r"[\u4e00-\u9fff]{2,8}?"
_INNER = r"[（(](?P<inner>[^（）()]{1,40})[）)]"
_OPEN_NAMES = (
    r"(?P<open>(?:(?:特约|首席|见习)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,3}\s+)+)"  # 记者 张琪 …
)

DATELINES = [
    # 本报讯（记者 张三 通讯员 李四） / 本报讯 记者 张琪 10月14日，…
    rf"本报(?:讯|电)\s*(?:{_INNER}|{_OPEN_NAMES})?",
    # 本报北京1月13日电（记者 王珂） / 本报杭州4月15日电 / 本报北京5月19日讯
    rf"本报{_PLACE}{_MONTH_DAY}(?:电|讯)\s*(?:{_INNER})?",
    # 本报综合新华社7月17日消息
    rf"本报综合{_PLACE}{_MONTH_DAY}(?:消息|电)",
    # 新华社北京3月5日电（记者 于文静）, 中新社上海5月1日电
    rf"(?:新华社|中新社|人民网|央视网)(?:{_PLACE})?{_MONTH_DAY}电\s*(?:{_INNER})?",
    # 【新华社延安十日电】
    rf"[【〔\[](?:新华社|本报|中新社)(?:{_PLACE})?{_MONTH_DAY}电[】〕\]]",
    # 南方日报讯（记者/吴哲 通讯员/粤工信）: a paper's own name before 讯
    rf"[\u4e00-\u9fff]{{2,6}}(?:日报|晚报|时报)讯\s*(?:{_INNER})?",
]

PAGE_HEADERS = [
    # 第1版:要闻 2022-05-28 / 第01版：要闻 / 第A01版:要闻 / 第一版:要闻
    rf"第\s*(?P<page>{PAGE})\s*版\s*[:：]\s*[\u4e00-\u9fff·]{{1,10}}"
    r"(?:\s*(?P<iso>(?:19|20)\d\d-\d{1,2}-\d{1,2}))?",
    # a0002版:城事 / A3版：要闻
    r"(?P<page>[A-Za-z]\d{1,4})\s*版\s*[:：]\s*[\u4e00-\u9fff·]{1,10}",
    # 上海法治报 2021年09月01日 / 2025年1月14日 星期二 / 人民日报 2024年01月13日 星期六
    r"(?P<name>[\u4e00-\u9fff]{2,8}(?:报|讯电|资))?\s*"
    r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    r"(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*(?:第\s*\d+\s*期|农历\S{2,8}))*",
    # 一九四六年五月十一日 星期六
    rf"(?P<name>[\u4e00-\u9fff]{{2,8}}报)?\s*(?P<cy>[{CN_NUM}]{{4}})年(?P<cm>[{CN_NUM}]{{1,2}})月"
    rf"(?P<cd>[{CN_NUM}]{{1,3}})日(?:\s*星期[一二三四五六日天])?",
    # 2024-05-20 / 2024-05-20 星期一
    r"(?P<iso>(?:19|20)\d\d-\d{1,2}-\d{1,2})(?:\s*星期[一二三四五六日天])?",
]

_SEE = r"(?:详见|见|刊|转)"
CROSS_REFERENCES = [
    # ■详见A4 / >>>详见第9版 / 详见第3版► / 刊A3版 / 见第3版►
    ("see", rf"[■□▲●◆>＞》→]*\s*{_SEE}\s*第?\s*(?P<page>{PAGE})\s*(?:版)?\s*[►▶▸>＞→]*"),
    # （相关报道见第六版） / (相关评论见第4版)
    ("related", rf"[（(]\s*相关\S{{0,4}}见\s*第?\s*(?P<page>{PAGE})\s*版\s*[）)]"),
]

COLUMN_LABELS = [
    "今日谈", "纵横", "来论", "人民论坛", "新春走基层", "记者手记", "编辑手记", "短评", "时评",
    "文汇时评", "新民眼", "法眼", "来信", "读者来信", "人民时评", "评论员观察", "思想纵横",
    "经济时评", "金台视线", "一线调研", "现场评论", "锐评", "望海楼", "钟声", "国际论坛",
    "走基层", "蹲点调研", "大兴调查研究", "开年第一访", "一线直击", "民生观察", "记者调查",
]  # fmt: skip

# Words before the people in a byline, longest first so 首席记者 wins over 记者.
CREDIT_ROLES = [
    "特聘首席记者", "本报特约记者", "本报首席记者", "本报见习记者", "本报实习记者", "本报记者",
    "本报通讯员", "新华社记者", "首席记者", "特约记者", "见习记者", "实习记者", "记者", "通讯员",
    "实习生", "撰稿", "撰文", "摄影", "摄像", "责任编辑", "编辑", "文字", "文", "图",
]  # fmt: skip
# Writers credited without a person: the paper's own editorial voice.
NAMELESS_CREDITS = ["本报评论员", "本报特约评论员", "本报编辑部", "本报记者", "本报通讯员"]
BULLETS = "■□◎●○◆◇▲△★☆"


def compiled(rows: list[str]) -> list[re.Pattern[str]]:
    return [re.compile(r) for r in rows]
