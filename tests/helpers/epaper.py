"""One e-paper issue as its paper publishes it: one PDF per page, a story on page 1 that jumps
to page 2 (`（下转第2版）` … `（上接第1版）`), and stories that stay on their page."""

from tests.helpers.pdfs import Page, Story, render

DATE_LINE = "人民日报 2024年01月13日 星期六"
TITLE = "冬日田野备春耕"
FIRST_PART = [
    "本报北京1月12日电 记者从农业农村部获悉：当前各地正抓住冬闲时节，组织农资企业加快化肥、"
    "种子、农药的调运与储备，确保春耕用种用肥不断档、不脱销。",
    "据介绍，截至目前，全国冬春化肥储备已达年度计划的八成以上，主要农作物种子供应总体充足。",
]
SECOND_PART = [
    "农业农村部要求各地加强农资市场监管，严厉打击假劣农资坑农害农行为。各地还组织农技人员进村入户，"
    "指导农民做好春耕准备，推广测土配方施肥等实用技术。",
]
TRADE = Story(
    heads=[("title", "外贸规模稳中有增")],
    paragraphs=[
        "新华社北京1月12日电 国务院新闻办公室12日举行新闻发布会，介绍2023年全年进出口情况。"
        "海关总署有关负责人表示，我国外贸规模稳中有增，质量持续提升，经营主体活力进一步增强。",
    ],
)
TALK = Story(
    heads=[("label", "今日谈"), ("title", "把冬闲变成冬忙")],
    paragraphs=[
        "冬日里，一些村庄的农技夜校灯火通明，农民围坐一起听专家讲土壤改良、讲病虫害防治。冬闲不闲，冬学正忙。",
        "张振华",
    ],
)


def page_one(header: bool = True) -> bytes:
    story = Story([("title", TITLE)], [*FIRST_PART, "（下转第2版）"])
    return render([Page([DATE_LINE, "第01版：要闻"] if header else [], [story, TRADE])])


def page_two(header: bool = True) -> bytes:
    story = Story([("title", TITLE)], ["（上接第1版）", *SECOND_PART])
    return render([Page([DATE_LINE, "第02版：要闻"] if header else [], [story, TALK])])
