"""The words around Chinese names in district papers: surnames, titles printed before and
after a name, the words that follow a name, and what marks a place or an organisation.

The tables are the people finder's knowledge of the papers' shapes; the finder (people.py)
is the logic that reads text with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


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
CJK_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")
FOREIGN_NAME = re.compile(r"^[\u4e00-\u9fff]{1,6}(·[\u4e00-\u9fff]{1,6}){0,3}$")
# 王阿姨, 程大爷: a person, but not a name.
KINSHIP = frozenset(
    _words("阿姨 大爷 大妈 阿婆 老伯 师傅 爷爷 奶奶 叔叔 阿叔 大姐 大哥 阿公 老师 老汉")
)
# What the parser may leave in a byline that is not a name (版式 王晶), and the 摄 of a photo
# credit it may leave on one (郑莎莎摄).
NOT_AUTHORS = frozenset(_words("版式 编辑 责任编辑 美编 校对 摄影 制图 设计 统筹 策划 视频 图片"))
COMMON_WORD = 50  # a candidate jieba's dictionary counts this often is a word, not a name


def alternation(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching any of `words`, the longest first where one starts another."""
    return re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))))


TITLE_PATTERN = alternation(TITLES)
FOLLOWER_SET = frozenset(FOLLOWERS)
LIST_HEAD_PATTERN = alternation(LIST_HEADS)
