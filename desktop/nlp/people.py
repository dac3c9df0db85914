"""The people an article names: found by the shapes district papers print them in, counted.

A name is taken where the paper's own shapes say it is one:

- after a title: 区委书记陆方舟出席, 区委副书记、区长高香主持, 站长屈伟感叹, 记者 李双玖;
- in a list after a title or 区领导: 区领导冯捷、张劲松、姚卫华出席, 委员顾骏、陈建国等;
- before a title: 刘多副市长出席, 习近平总书记, 陈海燕同志;
- at the head of a clause before a verb of speaking or doing: 陆方舟强调, 。高香指出;
- after an age: 今年70岁的蒋桂英是;
- in the byline (the article's authors, given by the caller).

A candidate must start with a surname from the table below (or, after a diplomat's or a
foreign firm's title, be a foreign name: 赤松秀一, 克劳斯·穆勒), end where the text goes on
with punctuation or a word that follows names (出席, 强调, 、, 等 …), and not be a word jieba's
dictionary knows (names are not in it; 介绍, 全面, 马陆 are), a place (followed by 镇, 路 …) or
an organisation. Once an article's names are known, every occurrence of each is counted.
jieba's part-of-speech tagger is not used: it loads a second dictionary (0.6 s, ~100 MB) and
still takes 马陆 for a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from desktop.nlp.segmentation import Segmenter


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# The common single-character surnames (about 400: those of nearly everyone printed in the
# papers), and the compound ones.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关"
    "兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿"
    "桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠"
    "惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阎茅揭郦端闫羊贝宋上"
    "练酆鹿裘习戈郗亢阚鄂逯衣滑桓雍蓬佴禹芮过竺秋印那訾井扈昝綦沃巴弓牧隗宓"
)
# Surnames that more often start an ordinary word (全区, 党委, 时间, 明确, 应急, 连续): a name
# starting with one needs a title or a list, not just a verb after it.
AMBIGUOUS_SURNAMES = frozenset(
    "上区全时明成原海商党农文南和向应于万包关连车路位满盘官封谈乐边师燕楚简查麻池冷晏景宫费卜"
    "巫沙荣寇桑郎仲惠荆冀班储劳皮揭端练酆鹿山井那秋过衣牧巴弓"
)
COMPOUND_SURNAMES = frozenset(
    _words(
        "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 独孤 南宫 西门"
        " 百里 呼延 轩辕 申屠 太史 闻人 万俟 澹台 公冶 宗政 濮阳 淳于 单于 钟离"
    )
)

# Words that end a title printed before a name (区委书记, 副总经理, 首席记者 …), longest first
# where one ends another.
TITLES = _words(
    "总书记 副书记 书记 区长 副区长 市长 副市长 县长 镇长 乡长 村长 主任 副主任 部长 副部长 主席"
    " 副主席 局长 副局长 处长 副处长 科长 院长 副院长 所长 校长 副校长 园长 站长 馆长 社长 台长"
    " 行长 秘书长 董事长 副董事长 总经理 副总经理 经理 总裁 总监 总工程师 总法律顾问 顾问 政委"
    " 委员 常委 组长 副组长 组员 队长 支队长 大队长 庭长 检察长 会长 副会长 理事长 团长 主委"
    " 专员 教授 副教授 研究员 博士 老师 教师 医生 医师 主任医师 护士长 记者 首席记者 通讯员"
    " 律师 调解员 网格员 志愿者 村民 居民 市民 职工 员工 选手 运动员 教练 创始人 负责人 代表"
    " 大使 总领事 领事 劳模 创业者 厂长 法官 检察官 民警 警官 理事 监事 工程师 设计师 店长"
    " 好人 毕业生 学生 副总 董事 监事长 干部 总编辑 主编 编辑 摄影师 讲师 院士 专家 厅长"
    " 副厅长 司长 署长 参赞 议员 省长 州长 班长 连长 营长 师长 军长 司令员 司令 舰长 机长"
    " 船长 站长 工人 党员 同志 先生 女士 阿姨 爷爷 奶奶 阿婆 老伯 青年 小伙 姑娘 传承人"
)
# Titles printed after a name: 习近平总书记, 刘多副市长, 陈海燕同志, 殷德生教授.
TITLES_AFTER = frozenset(
    _words(
        "总书记 书记 副书记 市长 副市长 区长 副区长 主任 副主任 局长 部长 主席 委员 代表 同志 先生"
        " 女士 教授 老师 医生 院士 博士 大使 总领事 阿姨 师傅"
    )
)
# A title phrase starts after these (会议邀请华东师范大学特聘教授 → 华东师范大学特聘教授).
TITLE_CUTS = _words("邀请到 邀请 会见 接见 看望 慰问 陪同 聘请 授予 撰稿 供稿 作者 ： :")
ADDRESSES = frozenset(_words("同志 先生 女士 阿姨 师傅"))  # after a name, but not titles
# After these a foreign name may stand (no surname of the table).
FOREIGN_TITLES = frozenset(_words("大使 总领事 领事 参赞 议员 社长 总裁 市长 州长 省长 董事长"))
# A title word followed by one of these is part of a longer word: 主席台, 代表团, 委员会.
NOT_AFTER_TITLE = frozenset("台团会队处室制们级层职岗处位员长部")
# Heads of lists of names that are not titles.
LIST_HEADS = (
    "区领导",
    "市领导",
    "镇领导",
    "县领导",
    "公司领导",
    "集团领导",
    "出席的有",
    "参加的有",
)

# What may follow a name: words of speaking and doing, conjunctions, particles.
FOLLOWERS = _words(
    "出席 主持 参加 陪同 讲话 强调 指出 表示 说 要求 介绍 谈到 希望 认为 坦言 感叹 感慨 带领"
    " 带队 率队 率团 率 一行 等 和 与 及 同 对 就 在 为 向 作 做 分别 代表 会见 接见 看望 慰问"
    " 来到 走访 调研 参观 考察 检查 宣布 致辞 部署 传达 通报 听取 见证 颁发 先后 依次 一同 通过"
    " 受邀 应邀 围绕 结合 以 将 进行 提出 总结 回顾 发言 解读 领学 交流 获 荣获 是 的 用 被"
    " 领誓 主讲 点评 寄语 勉励 号召 详细 亲切 实地 深入 充满 笑着 告诉 回忆 补充 透露 坚持 始终"
    " 已 曾 正 也 还 又 则 都 便 更 带 到 把 给 让 参与 入选 获得 夺得 当场 现场 首先 随后 立即"
    " 带头 牵头 前往 赶到 认真 仔细 手把手 连声 担任 负责 称 均 从 自 于 连续 多年 每天 每周"
    " 今年 去年 一直 二十 十五 几乎 同时 也是 不仅 不断 主动 积极 亲手 亲自 作为 致以 感谢 欢迎"
    " 代表 共同 一起 事迹 精神 说道 问 答 看到 走进 来 去 赴 出任 退休 从事 深刻 阐释 如今 目前"
    " 发出 签订 签署 宣读 讲解 演示 展示 分享 透露 汇报 作了 作出 陈述 谈 领唱 讲述 动情"
    " 一家 夫妇 母女 父子 老人 本人 所 却 并 已经 摄 辞去 谈道 写道 问道 笑道 答道 讲道"
)
# Verbs after which a name at the head of a clause is taken without a title (陆方舟强调).
CLAUSE_VERBS = _words(
    "强调 指出 表示 说 要求 介绍 谈到 希望 认为 坦言 感叹 感慨 会见 接见 调研 检查 走访 看望"
    " 慰问 出席 主持 率团 率队 带队 参加 考察 来到 回忆 透露 告诉 笑着说 补充 建议 提出 代表"
    " 深入 实地 详细 一行 同志"
)
# A candidate followed by one of these is a place or an organisation: 马陆镇, 嘉宝集团.
PLACE_AFTER = _words(
    "镇 乡 村 街道 区 县 市 省 路 街 大道 公路 社区 小区 新城 园区 工业区 湖 江 河 港 桥 集团"
    " 公司 中心 大学 学院 医院 学校 中学 小学 委 局 厅 办 部 所 站 馆 协会 商会 基地 片区 板块"
    " 古镇 老街 景区 公园 广场 村民 居民"
)
NOT_IN_NAME = frozenset(
    "的了们这那是在和与及或等我你他她它各每某本该其之个中上下里外省市县区镇乡村"
)
NAME_ENDS_NOT = frozenset("区市县镇乡村街路局委办部厅院校所司站厂馆处科室组队团社企摄")
CLAUSE_STARTS = frozenset("，。；：！？、“”‘’「」『』（）()《》〈〉【】[]…—\n \t·□■/／")
PUNCTUATION = CLAUSE_STARTS | frozenset(",.;:!?")
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_FOREIGN = re.compile(r"^[\u4e00-\u9fff]{1,6}(·[\u4e00-\u9fff]{1,6}){0,3}$")
# 王阿姨, 程大爷: a person, but not a name.
KINSHIP = frozenset(
    _words("阿姨 大爷 大妈 阿婆 老伯 师傅 爷爷 奶奶 叔叔 阿叔 大姐 大哥 阿公 老师 老汉")
)
# What the parser may leave in a byline that is not a name (版式 王晶), and the 摄 of a photo
# credit it may leave on one (郑莎莎摄).
NOT_AUTHORS = frozenset(_words("版式 编辑 责任编辑 美编 校对 摄影 制图 设计 统筹 策划 视频 图片"))
COMMON_WORD = 50  # a candidate jieba's dictionary counts this often is a word, not a name


def _alternation(words) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))))


_TITLE = _alternation(TITLES)
_FOLLOWER_SET = frozenset(FOLLOWERS)
_LIST_HEAD = _alternation(LIST_HEADS)


@dataclass(frozen=True)
class NamedPerson:
    name: str
    count: int  # times named in the text, byline included
    titles: tuple[str, ...]  # as printed before the name, in order of appearance


@dataclass
class _Found:
    titles: list[str] = field(default_factory=list)
    strong: bool = False

    def add_title(self, title: str) -> None:
        if title and title not in self.titles:
            self.titles.append(title)


class PeopleFinder:
    def __init__(self, segmenter: Segmenter) -> None:
        self.segmenter = segmenter

    @cached_property
    def _follower_lengths(self) -> dict[str, list[int]]:
        # first character → lengths of the followers starting with it, longest first
        table: dict[str, set[int]] = {}
        for word in FOLLOWERS:
            table.setdefault(word[0], set()).add(len(word))
        return {c: sorted(n, reverse=True) for c, n in table.items()}

    def _follow_strength(self, text: str, at: int) -> int:
        """How clearly the text at `at` goes on after a name: 3 punctuation or the end, 2 a
        follower of two or more characters, 1 one of a single character, 0 not at all."""
        if at >= len(text) or text[at] in PUNCTUATION:
            return 3
        for n in self._follower_lengths.get(text[at], ()):
            if text[at : at + n] in _FOLLOWER_SET:
                return 2 if n > 1 else 1
        if _TITLE.match(text, at) and text[at : at + 2] in TITLES_AFTER | {"总书"}:
            return 2
        return 0

    def _is_name(self, candidate: str, *, strong: bool, foreign: bool = False) -> bool:
        if len(candidate) < 2:
            return False
        if foreign and "·" in candidate:
            return bool(_FOREIGN.match(candidate))
        if not _CJK.match(candidate) or any(c in NOT_IN_NAME for c in candidate):
            return False
        if candidate[-1] in NAME_ENDS_NOT or candidate[-2:] in KINSHIP:
            return False
        if candidate[:2] in COMPOUND_SURNAMES:
            surname_ok = len(candidate) in (3, 4)
        else:
            surname = candidate[0] in SURNAMES and (
                strong or candidate[0] not in AMBIGUOUS_SURNAMES
            )
            surname_ok = surname and len(candidate) in (2, 3)
        if not surname_ok and not (
            foreign and len(candidate) == 4 and candidate[0] not in SURNAMES
        ):
            return False
        if any(candidate[:n] in _FOLLOWER_SET for n in (2, 3, 4)):
            return False
        frequency = self.segmenter.word_frequency(candidate)
        return frequency < (COMMON_WORD if strong else 1)

    def _name_at(
        self,
        text: str,
        at: int,
        *,
        strong: bool,
        foreign: bool = False,
        sure: frozenset[str] | set[str] = frozenset(),
    ) -> str | None:
        """The name starting at `at`, if the text has one there: a name already sure (the
        byline's, or one found elsewhere), else of the lengths that pass, the one the text most
        clearly goes on after (the shorter one on a tie)."""
        for name in sure:
            if text.startswith(name, at):
                return name
        if (
            not foreign
            and text[at : at + 1] not in SURNAMES
            and text[at : at + 2] not in COMPOUND_SURNAMES
        ):
            return None  # most clause starts: no name can start here
        best, best_strength = None, 0
        for n in (2, 3, 4) if not foreign else (2, 3, 4, 5, 6, 7, 8, 9):
            candidate = text[at : at + n]
            if len(candidate) < n:
                break
            if any(c in PUNCTUATION and c != "·" for c in candidate):
                break
            strength = self._follow_strength(text, at + n)
            if strength > best_strength and self._is_name(
                candidate, strong=strong, foreign=foreign
            ):
                if strength == 1 and any(text.startswith(p, at + n) for p in PLACE_AFTER):
                    continue  # 马陆镇: the 镇 is not a particle
                common_start = self.segmenter.word_frequency(candidate[:2]) >= COMMON_WORD
                if n == 3 and strength == 1 and common_start:
                    continue  # 领导班子以及: 班子 is a word, and 以 may not follow a name
                best, best_strength = candidate, strength
                if strength >= 2:
                    break
        if best is None and strong and not foreign:
            # A four-character name (罗布次仁) only where the text clearly ends after it.
            candidate = text[at : at + 4]
            if (
                len(candidate) == 4
                and self._follow_strength(text, at + 4) == 3
                and candidate[0] in SURNAMES
                and _CJK.match(candidate)
                and not any(c in NOT_IN_NAME for c in candidate)
                and self.segmenter.word_frequency(candidate) == 0
                and not any(
                    self.segmenter.word_frequency(candidate[i : i + 2]) >= COMMON_WORD
                    for i in (1, 2)
                )
            ):
                best = candidate
        if best is None and strong:
            best = self._jieba_name_at(text, at)
        return best

    def _jieba_name_at(self, text: str, at: int) -> str | None:
        """After a title, the name jieba cuts out as one word (主任马建平推介): its next word
        starts where the name ends, so the name is not the start of a longer word."""
        tokens = self.segmenter.cut(text[at : at + 10])
        if len(tokens) < 2:
            return None
        for candidate in (tokens[0], tokens[0] + tokens[1]):
            if len(candidate) in (2, 3) and self._is_name(candidate, strong=True):
                rest = text[at + len(candidate) : at + len(candidate) + 2]
                if rest and (
                    rest[0] in PUNCTUATION
                    or self.segmenter.word_frequency(rest) > 0
                    or self.segmenter.word_frequency(rest[0]) > 0
                ):
                    return candidate
        return None

    def _title_before(self, text: str, end: int, floor: int) -> str:
        """The title printed just before `end` (the name's start): back to the clause's start,
        a 的, or `floor` (where the previous name ended), at most 30 characters."""
        while end > floor and text[end - 1] == " ":  # 记者 李双玖
            end -= 1
        start = end
        while start > floor and end - start < 30:
            c = text[start - 1]
            # 西上海（集团）有限公司董事长: brackets inside a title are part of it
            if (c in CLAUSE_STARTS and c not in "、·（）()") or c == "的":
                break
            start -= 1
        title = text[start:end].strip()
        cut = max((title.rfind(v) + len(v) for v in TITLE_CUTS if v in title), default=0)
        return title[cut:].lstrip("和与及、，（(").strip()

    def find(
        self,
        text: str,
        *,
        authors: tuple[str, ...] | list[str] = (),
        known: frozenset = frozenset(),
        credits: str = "",
    ) -> list[NamedPerson]:
        """The people named in the text (headline and body), and the authors, with how many
        times each is named; `known` are names found in other articles, counted here too;
        `credits` the printed bylines (记者 李双玖, 通讯员 蒋一超/摄), for the authors' titles."""
        found: dict[str, _Found] = {}
        authors = [a for a in map(author_name, authors) if a]
        sure = set(authors) | {k for k in known if k in text}

        def take(name: str, title: str = "", strong: bool = True) -> None:
            entry = found.setdefault(name, _Found())
            entry.strong = entry.strong or strong
            for part in re.split(r"[、·，]", title):
                if part and (_TITLE.search(part) or part.endswith("领导")):
                    entry.add_title(part)

        # After a title, and the list that may follow it.
        last_end = 0
        for m in _TITLE.finditer(text):
            if m.start() < last_end:
                continue
            at = m.end()
            while at < len(text) and text[at] == " ":
                at += 1
            if at < len(text) and text[at] in NOT_AFTER_TITLE:
                continue
            foreign = m.group() in FOREIGN_TITLES
            name = self._name_at(text, at, strong=True, foreign=foreign, sure=sure)
            if name is None:
                continue
            title = self._title_before(text, m.end(), last_end)
            take(name, title)
            last_end = self._take_list(text, at + len(name), title, take, sure)
        # Lists after 区领导.
        for m in _LIST_HEAD.finditer(text):
            at = m.end()
            name = self._name_at(text, at, strong=True, sure=sure)
            if name is not None:
                head = m.group() if m.group().endswith("领导") else ""
                take(name, head)
                self._take_list(text, at + len(name), head, take, sure)
        # Before a title.
        for m in _TITLE.finditer(text):
            if m.group() not in TITLES_AFTER:
                continue
            for n in (3, 2, 4):
                start = m.start() - n
                if start < 0:
                    continue
                candidate = text[start : m.start()]
                if self._is_name(candidate, strong=True) and self._starts_a_token(text, start):
                    title = m.group() if m.group() not in ADDRESSES else ""
                    take(candidate, title)
                    break
        # At the head of a clause, before a verb; after an age.
        for at in self._clause_starts(text):
            name = self._name_at(text, at, strong=False, sure=sure)
            if name is not None and any(text.startswith(v, at + len(name)) for v in CLAUSE_VERBS):
                take(name, strong=False)
        for m in re.finditer(r"的", text):  # 获得冠军的周天宇说
            name = self._name_at(text, m.end(), strong=False, sure=sure)
            if name is not None and any(
                text.startswith(v, m.end() + len(name)) for v in CLAUSE_VERBS
            ):
                take(name, strong=False)
        for m in re.finditer(r"\d+岁的|岁的", text):
            name = self._name_at(text, m.end(), strong=False, sure=sure)
            if name is not None:
                take(name, strong=False)
        for author in authors:
            at = credits.find(author)
            take(author, self._title_before(credits, at, 0) if at > 0 else "")
        for name in known:
            if name not in found and name in text:
                found[name] = _Found()

        people = []
        for name, entry in found.items():
            count = len(self.mentions(text, name, found.keys())) + authors.count(name)
            if count:
                people.append(NamedPerson(name, count, tuple(entry.titles)))
        people.sort(key=lambda p: (-p.count, text.find(p.name) % (len(text) + 1), p.name))
        return people

    def _take_list(self, text: str, at: int, title: str, take, sure: set[str]) -> int:
        """Take the names that follow in a list (、); returns where the last one ends."""
        while at < len(text) and text[at] == "、":
            name = self._name_at(text, at + 1, strong=True, sure=sure)
            if name is None:
                break
            take(name, title)
            at += 1 + len(name)
        return at

    def _clause_starts(self, text: str):
        yield 0
        for i, c in enumerate(text):
            if c in CLAUSE_STARTS and c not in "·":
                yield i + 1

    def _starts_a_token(self, text: str, start: int) -> bool:
        """Whether jieba's cut of the sentence around `start` has a word starting there."""
        left = start
        while left > 0 and text[left - 1] not in CLAUSE_STARTS and start - left < 40:
            left -= 1
        offset = left
        for token in self.segmenter.cut(text[left : start + 8]):
            if offset == start:
                return True
            if offset > start:
                return False
            offset += len(token)
        return offset == start

    def mentions(
        self, text: str, name: str, others: frozenset[str] | set[str] = frozenset()
    ) -> list[tuple[int, int]]:
        """Where the name is printed in the text, as (start, end) offsets: not inside a longer
        name of `others` (the article's other people), and a two-character name only where a
        title, punctuation or a follower stands beside it (高健 is not in 提高健康)."""
        longer = [other for other in others if name in other and other != name]
        spans = []
        for m in re.finditer(re.escape(name), text):
            s, e = m.span()
            if any(self._covers(text, other, s, e) for other in longer):
                continue
            if len(name) == 2 and not self._stands_alone(text, s, e):
                continue
            spans.append((s, e))
        return spans

    @staticmethod
    def _covers(text: str, other: str, s: int, e: int) -> bool:
        return any(text.startswith(other, at) for at in range(max(0, e - len(other)), s + 1))

    def _stands_alone(self, text: str, s: int, e: int) -> bool:
        if self._follow_strength(text, e) >= 1:
            return True
        before = text[max(0, s - 6) : s]
        return (
            s == 0
            or text[s - 1] in PUNCTUATION
            or bool(before and any(before.endswith(t) for t in TITLES))
        )


def author_name(author: str) -> str:
    """A byline's name, without the 摄 a photo credit may leave on it; "" for a role word."""
    author = author.strip()
    if author in NOT_AUTHORS:
        return ""
    if len(author) >= 3 and author.endswith("摄"):
        return author[:-1]
    return author


def find_in_articles(
    finder: PeopleFinder,
    articles: list[tuple[str, tuple[str, ...] | list[str], str]],
    first: list[list[NamedPerson]] | None = None,
) -> list[list[NamedPerson]]:
    """The people of each (text, authors, credits), the names found in any one of them counted
    in all (习近平 printed with his title in one article, alone in the next). `first` are the
    articles' own people (`finder.find` of each) if the caller has them cached; only the
    articles that print a name found elsewhere are looked at again."""
    if first is None:
        first = [finder.find(t, authors=a, credits=c) for t, a, c in articles]
    known = frozenset(p.name for people in first for p in people if len(p.name) > 2)
    if not known:
        return first
    pattern = _alternation(known)
    result = []
    for (text, authors, credits), people in zip(articles, first, strict=True):
        have = {p.name for p in people}
        if any(m.group() not in have for m in pattern.finditer(text)):
            people = finder.find(text, authors=authors, credits=credits, known=known)
        result.append(people)
    return result
