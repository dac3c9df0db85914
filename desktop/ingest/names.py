"""Is this token a person's name? Used to split contributor lines into organisation and people.

`【供稿：新城公司 翟芳华】` names a company and a person; `【供稿：区国资委 办公室】` names a
company and a department. A personal name is two to four Chinese characters starting with a common
surname and not ending like an organisation does.
"""

from __future__ import annotations

import re

# The common single-character surnames (a few hundred cover almost every name in print).
_SINGLE = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左"
    "柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶"
    "解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬"
    "边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原"
    "栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计"
    "索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕"
    "危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
)
_COMPOUND = {
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
    "夏侯",
    "长孙",
    "宇文",
    "司徒",
    "澹台",
    "轩辕",
    "西门",
    "南宫",
    "独孤",
    "端木",
    "百里",
    "呼延",
}
# How organisations and offices end; a token ending like this is not a person.
_ORG_ENDINGS = (
    "室",
    "科",
    "部",
    "处",
    "办",
    "局",
    "委",
    "院",
    "所",
    "站",
    "队",
    "组",
    "会",
    "社",
    "厅",
    "司",
    "中心",
    "公司",
    "集团",
    "街道",
    "镇",
    "村",
    "区",
    "市",
    "县",
    "省",
    "馆",
    "校",
    "行",
    "台",
    "报",
    "网",
    "团",
    "署",
    "园",
    "港",
    "城",
)
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{1,8})?$")


def is_person_name(token: str) -> bool:
    if not _HAN.match(token) or token.endswith(_ORG_ENDINGS):
        return False
    if token[:2] in _COMPOUND:
        return len(token) >= 3
    return token[0] in _SINGLE and len(token) <= 3


def looks_like_name(token: str) -> bool:
    """A byline's name: two to four characters under a known surname (李博文, 欧阳晓光)."""
    if not _HAN.match(token) or token.endswith(_ORG_ENDINGS):
        return False
    return token[0] in _SINGLE or token[:2] in _COMPOUND
