"""The printed conventions of Chinese newspapers, kept as data: one table per family.

A paper's habit is a row here, not a branch in the parser. Each row is a regular expression
with named groups the recognisers in `markers` read:

- DATELINES start an article's first paragraph; `inner` holds the people (记者 王珂).
- HEADER_PIECES make up page headers and e-paper chrome lines: dates (`y`/`m`/`d`, or in
  Chinese numerals `cy`/`cm`/`cd`), pages (`page`), weekdays, chrome words, paper names.
- CROSS_REFERENCES point to another page (`page`); `see` rows send the reader elsewhere for
  more, `related` rows name a related report.
- COLUMN_LABELS are the column and series names printed above a headline.
- CREDIT_ROLES are the words before the people in a byline; BULLETS mark a byline line.
"""

from __future__ import annotations

import re

# Page numbers: 2, 02, A3, A03, a0002, 二, 十二.
PAGE = r"(?:[A-Za-z]?\d{1,5}|[一二三四五六七八九十]{1,3})"
CN_NUM = "〇零一二三四五六七八九十廿卅"
_DAY = rf"(?:\d{{1,2}}|[{CN_NUM}]{{1,3}})"
_MONTH_DAY = rf"\s*(?:{_DAY}\s*月\s*)?{_DAY}\s*日"
_PLACE = r"[\u4e00-\u9fff]{2,8}?"
_INNER = r"[（(](?P<inner>[^（）()]{1,40})[）)]"
# Names after the dateline without brackets: `记者 张琪 通讯员 沈言 `, `记者 张三 报道：`.
_OPEN_NAMES = (
    r"(?P<open>(?:(?:特约|首席|见习|全媒体|融媒体)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,3}"
    r"(?:[、，\s]+[\u4e00-\u9fff]{2,3})*\s+)+(?:报道\s*[:：]?\s*)?"
    # `记者孙晶、通讯员穗交宣报道：`, `王晓辉、特约记者 刘洋报道：`: names and roles, then 报道：
    r"|[\u4e00-\u9fff、，\s]{2,40}?报道\s*[:：]\s*)"
)

_AGENCY = r"(?:新华社|中新社|中新网|人民网|央视网|央广网|光明网|新华网|中国新闻社)"
DATELINES = [
    # 本报讯（记者 张三 通讯员 李四） / 本报讯 记者 张琪 10月14日，…
    # / 本报北京1月13日电（记者 王珂） / 本报北京5月19日讯 / 本报济南电 记者 张三 报道
    rf"本报(?:{_PLACE})?(?:{_MONTH_DAY})?(?:讯|电)\s*(?:{_INNER}|{_OPEN_NAMES})?",
    # 本报综合新华社7月17日消息 / 本报综合报道 / 据新华社北京3月5日电
    rf"本报综合{_PLACE}{_MONTH_DAY}(?:消息|电)",
    r"本报综合(?:报道|消息)",
    # 新华社北京3月5日电（记者 于文静）, 中新社上海5月1日电, 据新华社电
    rf"据?{_AGENCY}(?:{_PLACE})?(?:{_MONTH_DAY})?(?:电|消息)\s*(?:{_INNER})?",
    # 【新华社延安十日电】
    rf"[【〔\[]{_AGENCY}?(?:本报)?(?:{_PLACE})?{_MONTH_DAY}电[】〕\]]",
    # 【本报讯】 / 【本报重庆电】 / 〔新华社电〕
    rf"[【〔\[](?:{_AGENCY}|本报)(?:{_PLACE})?(?:讯|电)[】〕\]]",
    # 南方日报讯（记者/吴哲 通讯员/粤工信）, 新京报讯, 羊城晚报讯, 澎湃新闻讯: a paper's own name
    rf"[\u4e00-\u9fff]{{2,8}}(?:报|网|新闻|客户端|电视台)讯\s*(?:{_INNER}|{_OPEN_NAMES})?",
]

# Page headers and e-paper chrome are made of these pieces, in any order and combination
# (`人民日报 2024年01月13日 星期六 第01版：要闻`, `a0002版:城事`, `上一版 下一版 返回目录`):
# a line that is nothing but pieces (and separators) is chrome. A paper's name counts only
# beside a date, a page or chrome words (else it is a masthead, known by the papers table).
HEADER_PIECES = [
    ("date", r"(?P<y>(?:19|20)\d\d)\s*[-./]\s*(?P<m>\d{1,2})\s*[-./]\s*(?P<d>\d{1,2})(?!\d)"),
    ("date", r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
    (
        "date",
        rf"(?P<cy>[〇零一二三四五六七八九]{{4}})\s*年\s*(?P<cm>[{CN_NUM}]{{1,2}})\s*月"
        rf"\s*(?P<cd>[{CN_NUM}]{{1,3}})\s*日",
    ),
    # `5月6日 星期一`: a month and day printed alone, as chrome beside a weekday.
    ("monthday", r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日(?=[\s|｜/]|$)"),
    ("page", rf"第\s*(?P<page>{PAGE})\s*版(?:\s*[:：]\s*[\u4e00-\u9fff·]{{1,10}})?"),
    ("page", r"(?P<page>[A-Za-z]\d{1,4})\s*版(?:\s*[:：]\s*[\u4e00-\u9fff·]{1,10})?"),
    ("page", rf"版\s*[次面]\s*[:：]\s*(?P<page>{PAGE})"),
    # `A03 北京新闻`: a lettered page with no 版, set apart.
    ("page", r"(?P<page>[A-Z]\d{1,2})(?=[\s|｜]|$)"),
    # `（2024年03月05日 01版）`: a page number beside a date, with no 第.
    ("page", r"(?P<page>\d{1,3})\s*版(?![\u4e00-\u9fff])"),
    ("weekday", r"(?:星期|礼拜|周)[一二三四五六日天]"),
    ("lunar", r"农历[\u4e00-\u9fff]{2,12}"),
    ("issue", r"总?第\s*\d{2,6}\s*期|今日\s*\d{1,3}\s*版|CN\s*\d{2}\s*-\s*\d{4}(?:/[A-Z])?"),
    (
        "chrome",
        r"版面导航|上一版|下一版|上一期|下一期|上一篇|下一篇|返回目录|返回首页|本版标题|标题导航|往期回顾"
        r"|PDF下载|电子版|数字报|出版日期[:：]?|放大|缩小|默认|国内统一连续出版物号[:：]?"
        r"|发布时间[:：]?|发布日期[:：]?|[【\[]?字号[:：]?|[【\[]?(?:打印|关闭|收藏|分享)[】\]]|分享到[:：]?"
        r"|浏览(?:次数|量)?[:：]?\s*\d*|[大中小](?=[\s】\]]|$)",
    ),
    ("time", r"\d{1,2}:\d{2}(?::\d{2})?"),
    ("name", r"[\u4e00-\u9fff]{2,8}(?:日报|晚报|时报|报|电讯)(?:海外版|电子版|数字报)?"),
    # A page's name beside its number (`第1版 | 要闻`), a masthead in capitals (`RENMIN RIBAO`).
    (
        "section",
        r"(?:要闻|综合|国内|国际|评论|理论|文化|体育|经济|财经|社会|民生|法治|科教|副刊"
        r"|专版|专题|广告|时政|城事|区域|视点|观点|地方|新闻|深度|特刊)(?:新闻)?(?=[\s|｜]|$)",
    ),
    ("pinyin", r"[A-Z]{2,}(?: [A-Z]{2,})+|[A-Z]{5,}"),
]
HEADER_SEPARATORS = r"[\s|｜/·•>＞»\-—_:：,，()（）《》】\]]*"

_SEE = r"(?:详见|见|刊|转)"
CROSS_REFERENCES = [
    # ■详见A4 / >>>详见第9版 / 详见第3版► / 刊A3版 / 见第3版► / （详见第3版）
    (
        "see",
        rf"[■□▲●◆>＞》→]*\s*[（(]?\s*{_SEE}\s*(?:今日|本报)?\s*第?\s*(?P<page>{PAGE})\s*版?"
        r"\s*[)）]?\s*[►▶▸>＞→]*",
    ),
    # （相关报道见第六版） / (相关评论见第4版) / 更多报道见第3版
    (
        "related",
        rf"[（(]?\s*(?:相关|更多)\S{{0,4}}见\s*(?:今日|本报)?\s*第?\s*(?P<page>{PAGE})\s*版"
        r"(?:\s*[、,，]\s*第?\s*[A-Za-z]?[\d一二三四五六七八九十]{1,3}\s*版)*\s*[）)]?",
    ),
]
# A cross reference printed at the end of a paragraph: `…的故事。（详见第9版）`.
INLINE_CROSS_REFERENCE = (
    rf"[（(]\s*(?:详见|见|相关\S{{0,4}}见|更多\S{{0,4}}见)\s*(?:今日|本报)?\s*第?\s*{PAGE}\s*版[）)]"
    rf"|[■>＞]+\s*详见\s*第?\s*{PAGE}\s*版?"
)
# A 导读 entry's page printed after its title: `　3版`, ` >>>5版`, `/第3版`, `…… 4版`.
TOC_PAGE_AFTER = (
    rf"(?:\s+|\s*(?:>{{2,3}}|＞{{2,3}}|》》|[/／→►▶]|…+|\.{{3,}})\s*)第?\s*(?P<page>{PAGE})\s*版"
)
# Marks that open a 导读 entry: `●`, `▶`, `·`.
TOC_BULLETS = "●○■□◆◇◎★☆▶►▸·•"
# The heading of a 导读 list: `导读`, `今日导读`, `【导读】`, `本期要目：`, `今日看点`, `要闻提要`.
TOC_HEADS = r"[【\[［]?(?:本期|今日|本版|要闻)?(?:导读|要目|看点|提要|速览)[】\]］]?[:：]?"

# Lines a page prints for its staff, not for an article: `责任编辑：张三  校对：李四`.
STAFF_ROLES = [
    "责任编辑", "本版编辑", "本版责编", "责编", "编辑", "美编", "校对", "版式", "版式设计", "制版",
    "审核", "审校", "签发", "值班编辑", "责任校对", "视觉设计", "设计", "美术编辑", "图片编辑",
    "文字编辑", "版面编辑", "见习编辑", "实习编辑", "摄影编辑", "排版", "组版", "终审", "复审",
]  # fmt: skip
# Editor's notes printed on a line of their own, above or under a headline.
EDITOR_NOTES = ["开栏的话", "编者按", "编者的话", "编前语", "编后", "编后语"]

COLUMN_LABELS = [
    "今日谈", "纵横", "来论", "人民论坛", "新春走基层", "记者手记", "编辑手记", "短评", "时评",
    "文汇时评", "新民眼", "法眼", "来信", "读者来信", "人民时评", "评论员观察", "思想纵横",
    "经济时评", "金台视线", "一线调研", "现场评论", "锐评", "望海楼", "钟声", "国际论坛",
    "走基层", "蹲点调研", "大兴调查研究", "开年第一访", "一线直击", "民生观察", "记者调查",
]  # fmt: skip

# Words naming a run of briefs (`[简讯]`, `一周简讯`, `荆楚简讯`): under such a label each untitled
# paragraph or numbered item is a brief of its own.
BRIEF_WORDS = ["简讯", "快讯", "短讯", "简报", "一句话新闻", "一句话"]

# How the names of columns end (`荆楚时评`, `光明论坛`, `冰点特稿`, `金山新时代文明实践`): a short
# line with no punctuation ending so, above or below a title, is the column's name.
COLUMN_ENDINGS = [
    "时评", "评论", "热评", "快评", "锐评", "论坛", "特稿", "速递", "观察", "手记", "札记",
    "实践", "视点", "漫谈", "随笔", "走笔", "杂谈", "新风", "专栏", "走基层",
]  # fmt: skip

# Words before the people in a byline, longest first so 首席记者 wins over 记者.
CREDIT_ROLES = [
    "特聘首席记者", "本报特约记者", "本报首席记者", "本报见习记者", "本报实习记者", "本报记者",
    "本报通讯员", "本报全媒体记者", "本报融媒体记者", "本报特派记者", "新华社记者", "首席记者",
    "特约记者", "见习记者", "实习记者", "全媒体记者", "融媒体记者", "融媒记者", "特派记者",
    "特约撰稿人", "特约评论员", "评论员", "记者", "通讯员", "实习生", "撰稿", "撰文", "摄影",
    "摄像", "文字", "图文", "文", "图", "报道", "摄影报道", "整理", "编译", "供图", "制图", "漫画",
]  # fmt: skip
# Roles made of parts, beside the listed ones: 特约通讯员, 驻京记者, 本报特派首席记者, 见习评论员.
COMPOSED_ROLE = (
    r"(?:本报|本刊|新华社)?(?:驻[\u4e00-\u9fff]{1,4})?"
    r"(?:特约|特聘|特派|首席|资深|见习|实习|全媒体|融媒体|全媒|融媒|摄影)*"
    r"(?:记者|通讯员|评论员|撰稿人)"
)
# Writers credited without a person: the paper's own editorial voice.
NAMELESS_CREDITS = ["本报评论员", "本报特约评论员", "本报编辑部", "本报记者", "本报通讯员"]
BULLETS = "■□◎●○◆◇▲△★☆"


def compiled(rows: list[str]) -> list[re.Pattern[str]]:
    return [re.compile(r) for r in rows]
