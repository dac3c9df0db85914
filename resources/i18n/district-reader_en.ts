<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="108"/>
        <source>导入文件…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="115"/>
        <source>导入文件夹…</source>
        <translation>Import folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="124"/>
        <source>导出当前文章（Markdown）…</source>
        <translation>Export this article (Markdown)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="127"/>
        <source>重新解析全部期刊</source>
        <translation>Re-parse all issues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="133"/>
        <source>立即备份文库</source>
        <translation>Back up the library now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="139"/>
        <source>从备份恢复文库…</source>
        <translation>Restore the library from a backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="142"/>
        <source>打开备份文件夹</source>
        <translation>Open the backups folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="145"/>
        <source>导出全部批注与标签…</source>
        <translation>Export all annotations and tags…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="150"/>
        <source>导入批注与标签…</source>
        <translation>Import annotations and tags…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="155"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="159"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="166"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="173"/>
        <source>复制（附引用）</source>
        <translation>Copy with citation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="183"/>
        <source>高亮为黄色</source>
        <translation>Highlight in yellow</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="184"/>
        <source>高亮为绿色</source>
        <translation>Highlight in green</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="185"/>
        <source>高亮为蓝色</source>
        <translation>Highlight in blue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="186"/>
        <source>高亮为粉色</source>
        <translation>Highlight in pink</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="187"/>
        <source>高亮为紫色</source>
        <translation>Highlight in purple</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="196"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="200"/>
        <source>下一处匹配</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="202"/>
        <source>上一处匹配</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="205"/>
        <source>下一篇</source>
        <translation>Next article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="208"/>
        <source>上一篇</source>
        <translation>Previous article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="212"/>
        <source>下一期</source>
        <translation>Next issue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="218"/>
        <source>上一期</source>
        <translation>Previous issue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="224"/>
        <source>加星 / 取消</source>
        <translation>Star / unstar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="232"/>
        <source>标为未读</source>
        <translation>Mark unread</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="239"/>
        <source>添加标签</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="246"/>
        <source>搜索结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="252"/>
        <source>批注</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="259"/>
        <source>人物</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="266"/>
        <source>趋势</source>
        <translation>Trends</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="273"/>
        <source>版面</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="280"/>
        <source>放大字号</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="286"/>
        <source>缩小字号</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="290"/>
        <source>默认字号</source>
        <translation>Default text size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="293"/>
        <source>阅读设置…</source>
        <translation>Reading settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="299"/>
        <source>专注阅读（只显示正文）</source>
        <translation>Focus mode (text only)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="305"/>
        <source>键盘快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="307"/>
        <source>关于区报阅读</source>
        <translation>About District Reader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="316"/>
        <source>制作简报（Word / PDF）…</source>
        <translation>Make a briefing (Word / PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="322"/>
        <source>打印当前文章…</source>
        <translation>Print this article…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="328"/>
        <source>将当前文章存为 PDF…</source>
        <translation>Save this article as PDF…</translation>
    </message>
</context>
<context>
    <name>AnnotatingController</name>
    <message>
        <location filename="../../desktop/ui/controllers/annotating.py" line="56"/>
        <source>先在正文中选中要高亮的文字。</source>
        <translation>First select the text to highlight.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/annotating.py" line="108"/>
        <location filename="../../desktop/ui/controllers/annotating.py" line="175"/>
        <source>批注</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/annotating.py" line="108"/>
        <source>批注（留空则删除批注）：</source>
        <translation>Note (empty removes it):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/annotating.py" line="142"/>
        <source>先在正文中选中这段话的新位置。</source>
        <translation>First select the passage's new place in the article.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/annotating.py" line="160"/>
        <source>已复制，附引用。</source>
        <translation>Copied, with a citation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/annotating.py" line="175"/>
        <source>这条高亮所在的文章已不在文库中。</source>
        <translation>The article of this highlight is no longer in the library.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/annotating.py" line="183"/>
        <source>这条高亮未能定位：在正文中选中新位置后按 1–5 重新高亮，再删除旧的。</source>
        <translation>This highlight lost its place: select the passage again, press 1–5, then delete the old one.</translation>
    </message>
</context>
<context>
    <name>AnnotationsModel</name>
    <message>
        <location filename="../../desktop/ui/models/annotations.py" line="25"/>
        <source>摘录</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/annotations.py" line="26"/>
        <source>批注</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/annotations.py" line="27"/>
        <source>文章</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/annotations.py" line="28"/>
        <source>报纸</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/annotations.py" line="29"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/annotations.py" line="43"/>
        <source>【未定位】</source>
        <translation>[not found] </translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../desktop/ui/views/annotations_panel.py" line="37"/>
        <source>在摘录和批注中查找</source>
        <translation>Find in quotes and notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/annotations_panel.py" line="42"/>
        <source>全部颜色</source>
        <translation>All colours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/annotations_panel.py" line="46"/>
        <source>只看有批注的</source>
        <translation>With notes only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/annotations_panel.py" line="47"/>
        <source>只看未定位的</source>
        <translation>Not found only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/annotations_panel.py" line="50"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/annotations_panel.py" line="68"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/annotations_panel.py" line="71"/>
        <source>移到正文中选中的文字</source>
        <translation>Move to the text selected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/annotations_panel.py" line="74"/>
        <source>先在正文中选中这段话的新位置，再点此按钮：用于重新定位“未定位”的高亮。</source>
        <translation>Select the passage's new place in the article, then click: re-places a highlight that was not found.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="123"/>
        <source>恢复失败</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="163"/>
        <source>文库已恢复</source>
        <translation>The library was recovered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="164"/>
        <source>文库文件是空的，已从它的预写日志中恢复。原来的空文件和日志保留为：
{kept}</source>
        <translation>The library file was empty; it was recovered from its write-ahead log. The empty file and its log were kept as:
{kept}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="291"/>
        <source>已从备份恢复。原来的文库保留为 {p}</source>
        <translation>Restored from the backup. The previous library was kept as {p}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="308"/>
        <source>当前任务完成后将切换界面语言。</source>
        <translation>The language changes when the current task has finished.</translation>
    </message>
</context>
<context>
    <name>ArticleFieldsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/article_fields_dialog.py" line="35"/>
        <source>编辑标题与署名</source>
        <translation>Edit headline and byline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/article_fields_dialog.py" line="39"/>
        <source>引题：</source>
        <translation>Kicker:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/article_fields_dialog.py" line="40"/>
        <source>标题：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/article_fields_dialog.py" line="41"/>
        <source>副题：</source>
        <translation>Subtitle:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/article_fields_dialog.py" line="42"/>
        <source>来源：</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/article_fields_dialog.py" line="43"/>
        <source>栏目：</source>
        <translation>Section:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/article_fields_dialog.py" line="51"/>
        <source>多位作者用逗号隔开</source>
        <translation>Separate several authors with commas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/article_fields_dialog.py" line="52"/>
        <source>作者：</source>
        <translation>Authors:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/article_fields_dialog.py" line="57"/>
        <source>类型：</source>
        <translation>Kind:</translation>
    </message>
</context>
<context>
    <name>ArticleLabels</name>
    <message>
        <location filename="../../desktop/domain/kinds.py" line="29"/>
        <source>文章</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/kinds.py" line="30"/>
        <source>图片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/kinds.py" line="31"/>
        <source>简讯</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/kinds.py" line="33"/>
        <source>续文</source>
        <translation>Continued</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/kinds.py" line="35"/>
        <source>导读</source>
        <translation>In this issue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="21"/>
        <source>（上接第{page}版）</source>
        <translation>(from page {page}) </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22"/>
        <source>（无正文）</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="23"/>
        <source>：</source>
        <translation>: </translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../desktop/ui/models/backups.py" line="22"/>
        <source>{day} 的每日备份</source>
        <translation>Daily backup of {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/backups.py" line="24"/>
        <source>升级前的副本 {day}</source>
        <translation>Copy taken before an upgrade: {day}</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="134"/>
        <source>制作简报</source>
        <translation>Make a briefing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="145"/>
        <source>添加文章</source>
        <translation>Add articles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="149"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="150"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="151"/>
        <source>移出简报</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="152"/>
        <source>上移（Ctrl+↑）</source>
        <translation>Move up (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="153"/>
        <source>下移（Ctrl+↓）</source>
        <translation>Move down (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="166"/>
        <source>文章（按简报中的顺序）</source>
        <translation>Articles (in the briefing's order)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="180"/>
        <source>如：区委办公室信息科</source>
        <translation>e.g. Information Section, District Office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="184"/>
        <source>全文（标出高亮）</source>
        <translation>Full text (highlights marked)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="186"/>
        <source>只含高亮段落与批注</source>
        <translation>Only highlighted passages and notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="211"/>
        <source>标题：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="212"/>
        <source>编印单位：</source>
        <translation>Compiled by:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="213"/>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="214"/>
        <source>内容：</source>
        <translation>Content:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="215"/>
        <source>格式：</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="219"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="250"/>
        <source>这些文章已在简报中，或没有文章可添加。</source>
        <translation>These articles are in the briefing already, or there are none to add.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="277"/>
        <source>%n 篇文章</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="277"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="277"/>
        <source>%n 处高亮</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="279"/>
        <source>简报里还没有文章：用“添加文章”从左侧所选、搜索结果或标签中加入。</source>
        <translation>The briefing has no articles yet: use “Add articles” to add the ones chosen on the left, the search results or a tag's.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../desktop/ui/commands.py" line="61"/>
        <source>高亮</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands.py" line="63"/>
        <source>高亮并批注</source>
        <translation>Highlight with note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands.py" line="89"/>
        <source>删除高亮</source>
        <translation>Delete highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands.py" line="120"/>
        <source>修改批注</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands.py" line="122"/>
        <source>更改高亮颜色</source>
        <translation>Change highlight colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands.py" line="154"/>
        <source>重新定位高亮</source>
        <translation>Re-place highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands.py" line="178"/>
        <source>添加标签“{name}”</source>
        <translation>Add tag “{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands.py" line="180"/>
        <source>移除标签“{name}”</source>
        <translation>Remove tag “{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands.py" line="209"/>
        <source>重命名标签</source>
        <translation>Rename tag</translation>
    </message>
</context>
<context>
    <name>Correcting</name>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="33"/>
        <source>不能从这里拆分：前面没有可以留下的内容。</source>
        <translation>Cannot split here: nothing would be left before it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="34"/>
        <source>不能合并：那一边没有文章。</source>
        <translation>Cannot merge: there is no article on that side.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="35"/>
        <source>不能移动：那一边没有文章，或这一行不是段落。</source>
        <translation>Cannot move it: there is no article on that side, or the line is not a paragraph.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="36"/>
        <source>这一行已经是这个作用。</source>
        <translation>The line has that role already.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="37"/>
        <source>不能合并段落：后面没有下一段。</source>
        <translation>Cannot join: there is no paragraph after this one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="38"/>
        <source>不能在这里分段：光标不在段落中间。</source>
        <translation>Cannot split the paragraph here: the cursor is not inside it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="39"/>
        <source>不能在这里更正：本期别处有一模一样的一行（连同前后文字），无法认出是哪一行。</source>
        <translation>Cannot correct it here: the issue has the same line, with the same text around it, elsewhere, so it cannot be told apart.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="44"/>
        <source>引题</source>
        <translation>Kicker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="45"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="46"/>
        <source>副题</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="47"/>
        <source>署名</source>
        <translation>Byline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="48"/>
        <source>图片说明</source>
        <translation>Photo caption</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="49"/>
        <source>版头</source>
        <translation>Page header</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="50"/>
        <source>正文</source>
        <translation>Body text</translation>
    </message>
</context>
<context>
    <name>CorrectingController</name>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="104"/>
        <location filename="../../desktop/ui/controllers/correcting.py" line="134"/>
        <location filename="../../desktop/ui/controllers/correcting.py" line="245"/>
        <source>更正解析</source>
        <translation>Correct the parse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="106"/>
        <source>从此段起另成一篇，此段作标题</source>
        <translation>New article from this paragraph, as its title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="110"/>
        <source>从此段起另成一篇</source>
        <translation>New article from this paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="112"/>
        <source>把此段移到上一篇</source>
        <translation>Move this paragraph to the previous article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="114"/>
        <source>把此段移到下一篇</source>
        <translation>Move this paragraph to the next article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="115"/>
        <source>此段是</source>
        <translation>This paragraph is</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="121"/>
        <source>与下一段合为一段</source>
        <translation>Join with the next paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="122"/>
        <source>在光标处分段</source>
        <translation>Split the paragraph at the cursor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="125"/>
        <location filename="../../desktop/ui/controllers/correcting.py" line="135"/>
        <source>编辑标题与署名…</source>
        <translation>Edit headline and byline…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="143"/>
        <source>%1「%2」其实是</source>
        <translation>%1 “%2” is really</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="153"/>
        <source>本期的更正…</source>
        <translation>This issue's corrections…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="162"/>
        <source>与上一篇合并</source>
        <translation>Merge with the previous article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="163"/>
        <source>与下一篇合并</source>
        <translation>Merge with the next article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="170"/>
        <source>拆分文章</source>
        <translation>Split article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="177"/>
        <source>合并文章</source>
        <translation>Merge articles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="184"/>
        <source>移动段落</source>
        <translation>Move paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="193"/>
        <source>更改行的作用</source>
        <translation>Change a line's role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="208"/>
        <source>编辑标题与署名</source>
        <translation>Edit headline and byline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="215"/>
        <source>合并段落</source>
        <translation>Join paragraphs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/correcting.py" line="222"/>
        <source>分段</source>
        <translation>Split paragraph</translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/corrections_dialog.py" line="25"/>
        <source>从「%1」起另成一篇</source>
        <translation>A new article from “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/corrections_dialog.py" line="26"/>
        <source>「%1」一篇与相邻一篇合并</source>
        <translation>“%1”: merged with its neighbour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/corrections_dialog.py" line="27"/>
        <source>「%1」一段移到相邻一篇</source>
        <translation>“%1”: moved to the neighbouring article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/corrections_dialog.py" line="28"/>
        <source>「%1」一行改作%2</source>
        <translation>“%1”: made the %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/corrections_dialog.py" line="29"/>
        <source>「%1」一篇的标题与署名</source>
        <translation>“%1”: headline and byline edited</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/corrections_dialog.py" line="30"/>
        <source>「%1」一段与下一段合并</source>
        <translation>“%1”: joined with the next paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/corrections_dialog.py" line="31"/>
        <source>「%1」一段分为两段</source>
        <translation>“%1”: split in two</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/corrections_dialog.py" line="48"/>
        <source>本期的更正</source>
        <translation>This issue's corrections</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/corrections_dialog.py" line="50"/>
        <source>时间</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/corrections_dialog.py" line="50"/>
        <source>更正</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/corrections_dialog.py" line="50"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/corrections_dialog.py" line="58"/>
        <source>已撤销</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/corrections_dialog.py" line="60"/>
        <source>原文已不在，保留未用</source>
        <translation>Its text is gone: kept, not applied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/corrections_dialog.py" line="62"/>
        <source>生效</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/corrections_dialog.py" line="74"/>
        <source>本期没有手动更正。</source>
        <translation>This issue has no corrections by hand.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="69"/>
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="71"/>
        <source>区报阅读遇到了一个意外的问题。你的数据已保存。

详细信息已写入：
{log}

（{summary}）</source>
        <translation>District Reader ran into a problem it did not expect. Your work is saved.

The details were written to:
{log}

({summary})</translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <location filename="../../desktop/ui/controllers/focus_mode.py" line="40"/>
        <source>专注阅读：按 Esc 或 F11 退出</source>
        <translation>Focus mode: press Esc or F11 to leave</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../../desktop/ui/views/briefing_dialog.py" line="56"/>
        <source>Word 文档</source>
        <translation>Word document</translation>
    </message>
</context>
<context>
    <name>HandingOn</name>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="131"/>
        <source>导出参考文献</source>
        <translation>Export references</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="143"/>
        <source>正在导出参考文献…</source>
        <translation>Exporting references…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="147"/>
        <source>参考文献</source>
        <translation>References</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="148"/>
        <source>没有可导出的文章：先在左侧选择文章或期刊。</source>
        <translation>No articles to export: choose articles or issues on the left first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="153"/>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="186"/>
        <source>搜索结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="154"/>
        <source>还没有搜索结果：先搜索，再导出结果。</source>
        <translation>There are no search results yet: search first, then export the results.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="159"/>
        <source>标签“{name}”下没有文章。</source>
        <translation>The tag “{name}” has no articles.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="166"/>
        <source>这一期没有文章。</source>
        <translation>This issue has no articles.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="185"/>
        <source>左侧所选文章</source>
        <translation>The articles chosen on the left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="189"/>
        <source>标签：{name}</source>
        <translation>Tag: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="213"/>
        <source>导出简报</source>
        <translation>Export briefing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="236"/>
        <source>正在制作简报…</source>
        <translation>Making the briefing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="250"/>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="273"/>
        <source>先打开一篇文章。</source>
        <translation>Open an article first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="254"/>
        <source>将文章存为 PDF</source>
        <translation>Save article as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="266"/>
        <source>正在生成 PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="281"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="282"/>
        <source>这个安装包没有打印组件：请用“将当前文章存为 PDF…”，再从 PDF 阅读器打印。</source>
        <translation>This installation has no printing support: use “Save this article as PDF…” and print it from a PDF reader.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="296"/>
        <source>已取消打印。</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/handing_on.py" line="299"/>
        <source>已送去打印：%n 页</source>
        <translation>
            <numerusform>Sent to the printer: %n page</numerusform>
            <numerusform>Sent to the printer: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="301"/>
        <source>正在准备打印…</source>
        <translation>Preparing to print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="311"/>
        <source>已复制，附 {style} 引用。</source>
        <translation>Copied, with the {style} citation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="325"/>
        <source>另一项任务还在进行，请稍候。</source>
        <translation>Another task is still running; please wait.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="338"/>
        <source>已取消，没有写入文件。</source>
        <translation>Cancelled: no file was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="342"/>
        <source>已导出到 {p}</source>
        <translation>Exported to {p}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/handing_on.py" line="349"/>
        <source>在文件夹中显示</source>
        <translation>Show in folder</translation>
    </message>
</context>
<context>
    <name>HelpController</name>
    <message>
        <location filename="../../desktop/ui/controllers/help.py" line="25"/>
        <source>关于区报阅读</source>
        <translation>About District Reader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/help.py" line="26"/>
        <source>区报阅读 District Reader
离线阅读、检索、高亮、批注区级报纸。
文库：{path}</source>
        <translation>District Reader (区报阅读)
Read, search, highlight and annotate district newspapers offline.
Library: {path}</translation>
    </message>
</context>
<context>
    <name>InputErrors</name>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="143"/>
        <source>PDF 文档</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="144"/>
        <source>图片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="145"/>
        <source>压缩包（或 Word/Excel 文档）</source>
        <translation>a ZIP archive (or a Word/Excel document)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="146"/>
        <source>旧版 Office 文档</source>
        <translation>an old Microsoft Office document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="147"/>
        <source>RTF 文档</source>
        <translation>an RTF document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="148"/>
        <source>数据库文件</source>
        <translation>a database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="149"/>
        <source>压缩包</source>
        <translation>an archive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="150"/>
        <source>程序</source>
        <translation>a program</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="151"/>
        <source>二进制文件</source>
        <translation>a binary file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="157"/>
        <source>{name}：PDF 的第 {page} 页已损坏，无法读取。请重新下载或导出这份 PDF 后再导入。</source>
        <translation>{name}: page {page} of the PDF is damaged and cannot be read. Download or export the PDF again and import the new copy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="161"/>
        <source>{name}：第 {pages} 页的文字无法读取：所用字体没有说明画的是哪些字。请先对 PDF 做文字识别（OCR），或改为导入这期报纸的文字。</source>
        <translation>{name}: the text on page {pages} cannot be read: its fonts do not say which characters they draw. Run text recognition (OCR) on the PDF first, or import the issue's text instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="166"/>
        <source>{name}：第 {pages} 页是图片（扫描件），没有文字层。请先对 PDF 做文字识别（OCR），或改为导入这期报纸的文字。</source>
        <translation>{name}: page {pages} is an image (a scan) without a text layer. Run text recognition (OCR) on the PDF first, or import the issue's text instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="171"/>
        <source>{name}：这份 PDF 没有一页有文字。请选择报纸版面的 PDF。</source>
        <translation>{name}: the PDF has no text on any page. Choose the PDF of the issue's pages.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="174"/>
        <source>{name}：这份 PDF 有密码保护。请用密码打开后另存一份不带密码的，再导入。</source>
        <translation>{name}: the PDF is protected by a password. Open it with the password and save a copy without one, then import that copy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="177"/>
        <source>{name}：这份 PDF 已损坏，无法读取。请重新下载或导出后再导入。</source>
        <translation>{name}: the PDF is damaged and cannot be read. Download or export it again and import the new copy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="180"/>
        <source>{name}：这份 PDF 没有页面。请重新下载或导出后再导入。</source>
        <translation>{name}: the PDF has no pages. Download or export it again and import it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="183"/>
        <source>{name}：导入期间文件被改动了。请再导入一次。</source>
        <translation>{name}: the file changed while it was imported. Import it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="186"/>
        <source>{name}：文库中这一期已有第 {pages} 版（来自另一个文件）。要改用这份，请先删除这一期，再重新导入它的各版。</source>
        <translation>{name}: the issue in the library has page {pages} already, from another file. To use this copy instead, delete the issue and import its pages again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="193"/>
        <source>这项更正做不到：文章的文字已与所选不符。</source>
        <translation>This correction cannot be made: the article's text no longer matches what was chosen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="194"/>
        <source>这篇文章已不在文库中。</source>
        <translation>This article is no longer in the library.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="195"/>
        <source>这一期已不在文库中。</source>
        <translation>This issue is no longer in the library.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="196"/>
        <source>{name}：文件是空的。请选择存有期刊文字的文件。</source>
        <translation>{name}: the file is empty. Choose the file that holds the issue's text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="197"/>
        <source>{name}：文件里只有空白。请选择存有期刊文字的文件。</source>
        <translation>{name}: the file contains only blank space. Choose the file that holds the issue's text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="198"/>
        <source>{name}：这是{kind}，不是文本文件。请把这期报纸导出为纯文本（.txt）后导入。</source>
        <translation>{name}: this is {kind}, not a text file. Export the issue as plain text (.txt) and import that file instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="201"/>
        <source>{name}：文件有 {mb} MB，一期报纸最多 {most} MB。请确认这是一期的文字，较大的导出请按期拆分。</source>
        <translation>{name}: the file is {mb} MB; one issue is at most {most} MB. Check that this is a single issue's text; split a larger export into one file per issue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="205"/>
        <source>{name}：无法识别文字编码（不是 UTF-8、UTF-16 或 GB18030/GBK）。请把文件另存为 UTF-8 后再导入。</source>
        <translation>{name}: the text encoding could not be recognised (not UTF-8, UTF-16 or GB18030/GBK). Save the file again as UTF-8 and import it once more.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="209"/>
        <source>{name}：无法按 {encoding} 读取（第 {position} 字节有错）。请把文件另存为 UTF-8 后再导入。</source>
        <translation>{name}: the text could not be read as {encoding} (bad bytes at position {position}). Save the file again as UTF-8 and import it once more.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="213"/>
        <source>{name}：文字是 UTF-8，但有 {count} 处损坏（第一处在第 {line} 行，第 {byte} 字节）：文件已损坏，或部分内容以其他编码保存。请在文本编辑器中改正后另存为 UTF-8。</source>
        <translation>{name}: the text is UTF-8 except at {count} places (the first: line {line}, byte {byte}): the file is damaged, or parts of it were saved in another encoding. Open it in a text editor, correct the text there and save it as UTF-8.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="217"/>
        <source>标签需要一个名称。</source>
        <translation>A tag needs a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="218"/>
        <source>标签名称最多 {most} 个字。</source>
        <translation>A tag's name is at most {most} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="219"/>
        <source>“{value}”不是颜色：请写成 #1971c2 这样。</source>
        <translation>“{value}” is not a colour: write it like #1971c2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="220"/>
        <source>没有名为“{name}”的标签。</source>
        <translation>There is no tag “{name}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="221"/>
        <source>标签“{name}”已经存在。</source>
        <translation>A tag “{name}” already exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="222"/>
        <source>标签“{name}”已经存在：请把两个标签合并。</source>
        <translation>A tag “{name}” already exists: merge the two instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="225"/>
        <source>标签不能合并到它自己（“{name}”）。</source>
        <translation>A tag cannot be merged into itself (“{name}”).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="226"/>
        <source>批注最多 {most} 个字。</source>
        <translation>A note is at most {most} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="227"/>
        <source>“{value}”不是日期：请写成 2023、2023-05 或 2023-05-16。</source>
        <translation>“{value}” is not a date: write 2023, 2023-05 or 2023-05-16.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="230"/>
        <source>“{value}”不是一个实际存在的日期。</source>
        <translation>“{value}” is not a real date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="231"/>
        <source>报纸名称最多 {most} 个字。</source>
        <translation>A paper's name is at most {most} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="232"/>
        <source>搜索最多 {limit} 个字，这次有 {count} 个。请搜索其中较短的一段。</source>
        <translation>A search can be at most {limit} characters long; this one has {count}. Search for a shorter part of the text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="235"/>
        <source>搜索最多 {limit} 个词语，这次有 {count} 个。请去掉一些，或把一段话放在引号中整体查找。</source>
        <translation>A search can have at most {limit} words and phrases; this one has {count}. Leave some out, or put a passage in quotes to find it as one phrase.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../desktop/ui/views/issue_dialog.py" line="18"/>
        <source>编辑期刊信息</source>
        <translation>Edit issue details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issue_dialog.py" line="20"/>
        <source>留空：按正文自动识别</source>
        <translation>Empty: as recognised from the text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issue_dialog.py" line="22"/>
        <source>2023、2023-05 或 2023-05-16；留空：自动识别</source>
        <translation>2023, 2023-05 or 2023-05-16; empty: as recognised</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issue_dialog.py" line="27"/>
        <source>报纸：</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issue_dialog.py" line="28"/>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issue_dialog.py" line="29"/>
        <source>来源文件：</source>
        <translation>Source file:</translation>
    </message>
</context>
<context>
    <name>IssueTreeModel</name>
    <message>
        <location filename="../../desktop/ui/models/issue_tree.py" line="107"/>
        <source>未知报纸</source>
        <translation>Unknown paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/issue_tree.py" line="113"/>
        <source>日期未知</source>
        <translation>Date unknown</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/issue_tree.py" line="334"/>
        <source>{paper} · {date} · 来源文件 {file} · %n 篇</source>
        <translation>
            <numerusform>{paper} · {date} · from {file} · %n article</numerusform>
            <numerusform>{paper} · {date} · from {file} · %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../desktop/ui/controllers/jobs.py" line="33"/>
        <source>另一项任务还在进行，请稍候。</source>
        <translation>Another task is still running; please wait.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/jobs.py" line="35"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LibraryErrors</name>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="13"/>
        <source>请恢复一份备份（每日备份在它旁边的 backups 文件夹中），或选择另一个文库。</source>
        <translation>Restore a backup copy (the daily copies are in the backups folder beside it), or choose another library.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="16"/>
        <source>请从列出的备份中另选一份。</source>
        <translation>Choose another of the copies listed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="21"/>
        <source>文库 {name} 正被另一个程序使用。</source>
        <translation>The library {name} is in use by another program.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="22"/>
        <source>请关闭另一个区报阅读窗口（或正在使用这个文件的程序）后重试。</source>
        <translation>Close the other District Reader window (or the program using the file) and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="27"/>
        <source>存放 {name} 的磁盘已满，没有保存任何内容。</source>
        <translation>The disk holding {name} is full; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="28"/>
        <source>请腾出一些磁盘空间后重试。</source>
        <translation>Free some space on the disk and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="31"/>
        <source>文库 {name} 无法写入。</source>
        <translation>The library {name} cannot be written to.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="32"/>
        <source>请检查文件夹的权限，或打开一个可以写入的文件夹中的文库。</source>
        <translation>Check the folder's permissions, or open a library in a folder you can write to.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="37"/>
        <source>文库 {name} 无法写入：它所在的文件夹 {folder} 是只读的，或无法创建。</source>
        <translation>The library {name} cannot be written to: its folder {folder} is read-only or cannot be created.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="40"/>
        <source>请选择一个可以写入的文件夹中的文库，或以只读方式打开这个文库。</source>
        <translation>Choose a library in a folder you can write to, or open this one read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="45"/>
        <source>文库 {name} 已损坏。</source>
        <translation>The library {name} is damaged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="46"/>
        <source>请恢复一份备份（每日备份在它旁边的 backups 文件夹中），或新建一个文库。</source>
        <translation>Restore a backup copy (the daily copies are in the backups folder beside it), or start a new library.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="52"/>
        <source>文库 {name} 由更新版本的区报阅读写入（结构版本 {version}，本版本最高支持 {latest}）。</source>
        <translation>The library {name} was written by a newer District Reader (schema {version}; this version knows up to {latest}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="56"/>
        <source>请用更新的版本打开它，或选择另一个文库。</source>
        <translation>Open it with the newer version, or choose another library.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="59"/>
        <source>文库 {name} 属于另一个版本（结构版本 {version}，本版本读取 {latest}），只读时无法升级。</source>
        <translation>The library {name} is of another version (schema {version}; this version reads {latest}) and cannot be updated while it is read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="63"/>
        <source>请用相匹配的版本打开它，或选择另一个文库。</source>
        <translation>Open it with a version that matches, or choose another library.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="66"/>
        <source>文件 {name} 不是区报阅读的文库（根本不是数据库，或已损坏）。</source>
        <translation>The file {name} is not a District Reader library (it is not a database at all, or it is damaged).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="72"/>
        <source>文件 {name} 是另一个程序的数据库，不是区报阅读的文库；它没有被改动。</source>
        <translation>The file {name} is a database of another program, not a District Reader library; it was left unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="75"/>
        <source>请选择一个区报阅读的文库，或给出一个新文件名来新建文库。</source>
        <translation>Choose a District Reader library, or a new file name to start one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="80"/>
        <source>文件 {name} 是空的：它不是区报阅读建立的文库，没有被改动。</source>
        <translation>The file {name} is empty: it is not a library District Reader made, and it was left unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="83"/>
        <source>若要在那里新建文库，请先删除这个空文件；或恢复一份备份，或选择另一个文库。</source>
        <translation>To start a new library there, delete the empty file first; or restore a backup copy, or choose another library.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="89"/>
        <source>文库文件 {name} 是空的，它的预写日志 {log} 中也不是完整的文库；两个文件都没有被改动。</source>
        <translation>The library file {name} is empty, and what its write-ahead log {log} holds is not a whole District Reader library; both files were left unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="96"/>
        <source>{path} 处没有文库。</source>
        <translation>There is no library at {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="97"/>
        <source>请选择另一个文库。</source>
        <translation>Choose another library.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="100"/>
        <source>{path} 是一个文件夹，不是文库文件。</source>
        <translation>{path} is a folder, not a library file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="101"/>
        <source>请指定其中的文库文件（例如 library.sqlite3），或给出一个新文件名。</source>
        <translation>Give the library's file inside it (such as library.sqlite3), or a new file name to start one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="106"/>
        <source>升级文库 {name} 会破坏 {count} 处关联。</source>
        <translation>Updating the library {name} would break {count} links.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="107"/>
        <source>没有做任何改动；升级前的副本是 {backup}。</source>
        <translation>Nothing was changed; the copy taken before the update is {backup}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="110"/>
        <source>备份 {path} 不存在。</source>
        <translation>The backup {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="114"/>
        <source>文件 {name} 不是区报阅读的文库，不能用来恢复；没有做任何改动。</source>
        <translation>The file {name} is not a District Reader library, so it cannot be restored; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="120"/>
        <source>备份 {name} 也已损坏。</source>
        <translation>The backup {name} is damaged too.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="121"/>
        <source>请选择更早的一份备份。</source>
        <translation>Choose an older backup.</translation>
    </message>
</context>
<context>
    <name>LibraryOperations</name>
    <message>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="57"/>
        <source>已导出到 {p}</source>
        <translation>Exported to {p}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="66"/>
        <source>导入报纸</source>
        <translation>Import issues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="68"/>
        <source>报纸文件 (*.txt *.pdf *.html *.htm);;所有文件 (*)</source>
        <translation>Issue files (*.txt *.pdf *.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="77"/>
        <source>导入文件夹中的全部报纸文件（.txt、.pdf、.html）</source>
        <translation>Import every issue file in a folder (.txt, .pdf, .html)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="87"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/library_ops.py" line="103"/>
        <source>新增 %n 期</source>
        <translation>
            <numerusform>%n issue added</numerusform>
            <numerusform>%n issues added</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="104"/>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="105"/>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="167"/>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="168"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/library_ops.py" line="104"/>
        <source>%n 期已在文库中</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/library_ops.py" line="105"/>
        <source>%n 个文件未能导入</source>
        <translation>
            <numerusform>%n file could not be imported</numerusform>
            <numerusform>%n files could not be imported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="105"/>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="170"/>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="108"/>
        <source>导入已取消。</source>
        <translation>Import cancelled. </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="111"/>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="135"/>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="136"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="139"/>
        <source>第 {pages} 版加入文库中已有的一期：{names}</source>
        <translation>Page {pages} added to the issue already in the library: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="145"/>
        <source>第 {pages} 版合为一期：{names}</source>
        <translation>Pages {pages} made one issue: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="154"/>
        <source>正在重新解析…</source>
        <translation>Re-parsing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="165"/>
        <source>重新解析</source>
        <translation>Re-parse</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/library_ops.py" line="166"/>
        <source>已重新解析 %n 期。</source>
        <translation>
            <numerusform>Re-parsed %n issue. </numerusform>
            <numerusform>Re-parsed %n issues. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/library_ops.py" line="167"/>
        <source>高亮：%n 处原位保留</source>
        <translation>
            <numerusform>Highlights: %n in place</numerusform>
            <numerusform>Highlights: %n in place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/library_ops.py" line="168"/>
        <source>%n 处随文字移动</source>
        <translation>
            <numerusform>%n moved with its text</numerusform>
            <numerusform>%n moved with their text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/library_ops.py" line="169"/>
        <source>%n 处未能定位（已保留，见“批注”）</source>
        <translation>
            <numerusform>%n not found (kept: see Annotations)</numerusform>
            <numerusform>%n not found (kept: see Annotations)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="180"/>
        <source>导出批注</source>
        <translation>Export annotations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="181"/>
        <source>批注</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="193"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/library_ops.py" line="200"/>
        <source>导出文章</source>
        <translation>Export article</translation>
    </message>
</context>
<context>
    <name>LibraryProblem</name>
    <message>
        <location filename="../../desktop/ui/views/library_problem.py" line="42"/>
        <source>文库文件已损坏，无法打开。</source>
        <translation>The library file is damaged and cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/library_problem.py" line="43"/>
        <source>文库正被另一个程序使用。</source>
        <translation>The library is in use by another program.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/library_problem.py" line="44"/>
        <source>这个文库属于另一个版本的区报阅读。</source>
        <translation>This library belongs to another version of District Reader.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/library_problem.py" line="47"/>
        <source>文库不能写入（文件或文件夹是只读的）。</source>
        <translation>The library cannot be written to (the file or its folder is read-only).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/library_problem.py" line="49"/>
        <source>磁盘已满。</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/library_problem.py" line="50"/>
        <source>无法打开文库。</source>
        <translation>The library cannot be opened.</translation>
    </message>
</context>
<context>
    <name>LibraryProblemDialog</name>
    <message>
        <location filename="../../desktop/ui/views/library_problem.py" line="75"/>
        <source>无法打开文库</source>
        <translation>Cannot open the library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/library_problem.py" line="95"/>
        <source>文库：{path}</source>
        <translation>Library: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/library_problem.py" line="109"/>
        <source>可以恢复的备份（最新的在前）：</source>
        <translation>Backups that can be restored (newest first):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/library_problem.py" line="111"/>
        <source>没有找到这个文库的备份。</source>
        <translation>No backups of this library were found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/library_problem.py" line="114"/>
        <source>恢复所选备份</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/library_problem.py" line="117"/>
        <source>损坏的文件会改名保留在原处，不会被删除。</source>
        <translation>The damaged file is renamed and kept where it is, never deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/library_problem.py" line="118"/>
        <source>以只读方式打开</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/library_problem.py" line="120"/>
        <source>选择其他文库…</source>
        <translation>Choose another library…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/library_problem.py" line="121"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/library_problem.py" line="161"/>
        <source>选择或新建文库</source>
        <translation>Choose or create a library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/library_problem.py" line="163"/>
        <source>区报阅读文库 (*.sqlite3)</source>
        <translation>District Reader libraries (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/controllers/appearance.py" line="21"/>
        <location filename="../../desktop/ui/controllers/appearance.py" line="27"/>
        <source>跟随系统</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/appearance.py" line="22"/>
        <source>浅色</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/appearance.py" line="23"/>
        <source>护眼（米黄）</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/appearance.py" line="24"/>
        <source>深色</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/appearance.py" line="28"/>
        <source>简体中文</source>
        <translation>简体中文 (Simplified Chinese)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/appearance.py" line="29"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="88"/>
        <source>区报阅读 District Reader</source>
        <translation>District Reader (区报阅读)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="138"/>
        <source>搜索结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="140"/>
        <source>批注</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="148"/>
        <source>搜索全部报纸（Ctrl+F 或 /）</source>
        <translation>Search all papers (Ctrl+F or /)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154"/>
        <source>本文中的匹配：F3 下一处，Shift+F3 上一处</source>
        <translation>Matches in this article: F3 next, Shift+F3 previous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="223"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="224"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="240"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="409"/>
        <source>文库以只读方式打开：可以阅读、搜索和导出，不能修改。</source>
        <translation>The library is open read-only: you can read, search and export, not change anything.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="405"/>
        <source>区报阅读 District Reader（只读）</source>
        <translation>District Reader (read-only)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="408"/>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="346"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="348"/>
        <source>导出批注</source>
        <translation>Export annotations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="352"/>
        <source>导出所选文章的参考文献</source>
        <translation>Export references of the chosen articles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="355"/>
        <source>导出搜索结果的参考文献</source>
        <translation>Export references of the search results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="360"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="366"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="368"/>
        <source>按引用格式复制</source>
        <translation>Copy with citation as</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="371"/>
        <source>高亮所选文字</source>
        <translation>Highlight the selection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="374"/>
        <source>文章(&amp;A)</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="379"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="382"/>
        <source>主题</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="386"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="388"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/ui/views/note_dialog.py" line="24"/>
        <source>批注</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/note_dialog.py" line="32"/>
        <source>写下批注（留空则不加批注）</source>
        <translation>Write a note (leave empty for none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/note_dialog.py" line="39"/>
        <source>保存（Ctrl+Enter）</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop/ui/messages.py" line="51"/>
        <source>任务没有完成，详情已写入日志。
{error}</source>
        <translation>The task did not finish; the details are in the log.
{error}</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../desktop/ui/views/page_view.py" line="158"/>
        <source>上一版</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/page_view.py" line="160"/>
        <source>下一版</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/page_view.py" line="164"/>
        <source>缩小版面</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/page_view.py" line="166"/>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/page_view.py" line="166"/>
        <source>版面与窗格同宽</source>
        <translation>Fit the page to the pane's width</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/page_view.py" line="168"/>
        <source>放大版面</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/page_view.py" line="220"/>
        <source>第{page}版（共{count}版）</source>
        <translation>Page {page} of {count}</translation>
    </message>
</context>
<context>
    <name>PageViewController</name>
    <message>
        <location filename="../../desktop/ui/controllers/page_view.py" line="79"/>
        <source>版面</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/page_view.py" line="99"/>
        <source>打开一篇文章，这里显示它所在的版面。</source>
        <translation>Open an article to see the page it was printed on.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/page_view.py" line="102"/>
        <source>这一期是从文字导入的，没有版面可显示：只有从 PDF 导入的期刊才有版面。</source>
        <translation>This issue was imported as text, so it has no pages to show: only issues imported from PDFs have them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/page_view.py" line="122"/>
        <source>显示文章所在的版面</source>
        <translation>Show the page the article was printed on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/page_view.py" line="124"/>
        <source>这一期是从文字导入的，没有版面（只有 PDF 导入的期刊有）</source>
        <translation>This issue was imported as text and has no pages (only issues imported from PDFs have them)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/page_view.py" line="174"/>
        <source>正在绘制版面…</source>
        <translation>Drawing the page…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/page_view.py" line="217"/>
        <source>这一期没有版面可显示。</source>
        <translation>This issue has no pages to show.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/page_view.py" line="242"/>
        <source>续见第 {page} 版 ›</source>
        <translation>Continued on page {page} ›</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/page_view.py" line="243"/>
        <source>‹ 上接第 {page} 版</source>
        <translation>‹ Continued from page {page}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/page_view.py" line="247"/>
        <source>版面没能绘制出来，详情已写入日志。</source>
        <translation>The page could not be drawn; the details were written to the log.</translation>
    </message>
</context>
<context>
    <name>PeopleController</name>
    <message>
        <location filename="../../desktop/ui/controllers/people.py" line="43"/>
        <source>人物</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/people.py" line="57"/>
        <source>正在整理人物…</source>
        <translation>Finding the people named…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/people.py" line="77"/>
        <source>%n 位人物</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/people.py" line="81"/>
        <source>人物没有整理完成，详情已写入日志。</source>
        <translation>The people index did not finish; the details were written to the log.</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../desktop/ui/views/people_panel.py" line="28"/>
        <source>查找人物</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/people_panel.py" line="63"/>
        <source>显示时间趋势</source>
        <translation>Show over time</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="40"/>
        <source>黄色</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="41"/>
        <source>绿色</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="42"/>
        <source>蓝色</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="43"/>
        <source>粉色</source>
        <translation>Pink</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="44"/>
        <source>紫色</source>
        <translation>Purple</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="88"/>
        <source>从左侧选择一篇文章开始阅读。</source>
        <translation>Choose an article on the left to start reading.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="336"/>
        <source>高亮</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="345"/>
        <source>高亮并写批注…</source>
        <translation>Highlight with a note…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="347"/>
        <source>复制（附引用）</source>
        <translation>Copy with citation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="353"/>
        <source>编辑批注…</source>
        <translation>Edit note…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="354"/>
        <source>更改颜色</source>
        <translation>Change colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="360"/>
        <source>删除高亮</source>
        <translation>Delete highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="364"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="365"/>
        <source>全选</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/article_document.py" line="131"/>
        <source>未知报纸</source>
        <translation>Unknown paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/article_document.py" line="132"/>
        <source>日期未知</source>
        <translation>Date unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/article_document.py" line="138"/>
        <source>来源：{source}</source>
        <translation>source: {source}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/article_document.py" line="142"/>
        <source>上接第{page}版</source>
        <translation>continued from page {page}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/article_document.py" line="147"/>
        <source>刊第{page}版</source>
        <translation>on page {page}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/article_document.py" line="151"/>
        <source>下转第{page}版</source>
        <translation>continued on page {page}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/article_document.py" line="249"/>
        <source>（本篇没有正文）</source>
        <translation>(This piece has no text.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/article_document.py" line="266"/>
        <source>下一篇：{title} →</source>
        <translation>Next: {title} →</translation>
    </message>
</context>
<context>
    <name>ReadingController</name>
    <message>
        <location filename="../../desktop/ui/controllers/reading.py" line="63"/>
        <source>文库以只读方式打开：可以阅读、搜索和导出，不能修改。</source>
        <translation>The library is open read-only: you can read, search and export, not change anything.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/reading.py" line="189"/>
        <location filename="../../desktop/ui/controllers/reading.py" line="315"/>
        <source>这篇文章已不在文库中。</source>
        <translation>This article is no longer in the library.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/reading.py" line="267"/>
        <source>%n 种报纸</source>
        <translation>
            <numerusform>%n paper</numerusform>
            <numerusform>%n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/reading.py" line="268"/>
        <source>%n 期</source>
        <translation>
            <numerusform>%n issue</numerusform>
            <numerusform>%n issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/reading.py" line="269"/>
        <source>%n 篇文章</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/reading.py" line="270"/>
        <source>%n 个标签</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/reading.py" line="271"/>
        <source>%n 处高亮</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/reading.py" line="272"/>
        <source>%n 条批注</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/reading.py" line="283"/>
        <source>{paper} {date} · 第 {n}/{total} 篇{star}</source>
        <translation>{paper} {date} · article {n} of {total}{star}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/reading.py" line="296"/>
        <source>目录已筛选：显示 %n 篇</source>
        <translation>
            <numerusform>filtered: %n article listed</numerusform>
            <numerusform>filtered: %n articles listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/reading_settings.py" line="34"/>
        <source>阅读设置</source>
        <translation>Reading settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reading_settings.py" line="38"/>
        <source>宋体（衬线）</source>
        <translation>Serif (Song)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reading_settings.py" line="39"/>
        <source>黑体（无衬线）</source>
        <translation>Sans serif (Hei)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reading_settings.py" line="40"/>
        <source>其他字体…</source>
        <translation>Another font…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reading_settings.py" line="62"/>
        <source>两端对齐</source>
        <translation>Justify (align both edges)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reading_settings.py" line="66"/>
        <source>字体</source>
        <translation>Typeface</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reading_settings.py" line="68"/>
        <source>字号</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reading_settings.py" line="69"/>
        <source>行距（字高的倍数）</source>
        <translation>Line spacing (× text size)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reading_settings.py" line="70"/>
        <source>段间距（字高的倍数）</source>
        <translation>Paragraph spacing (× text size)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reading_settings.py" line="71"/>
        <source>页边距</source>
        <translation>Margins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reading_settings.py" line="72"/>
        <source>每行最多字数</source>
        <translation>Characters a line at most</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="80"/>
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="81"/>
        <source>这项修改没有保存。</source>
        <translation>This change was not saved.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="18"/>
        <source>从备份恢复文库</source>
        <translation>Restore the library from a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="29"/>
        <source>所选备份会替换当前文库；当前文库会改名保留在原处，不会被删除。备份之后的高亮、批注和标签请先用“导出全部批注与标签”保存，恢复后再导入。</source>
        <translation>The chosen backup replaces the open library; the open library is renamed and kept where it is, never deleted. Highlights, notes and tags made since the backup: save them first with “Export all annotations and tags”, and import them after restoring.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="33"/>
        <source>还没有这个文库的备份。区报阅读每天启动后会自动备份一次。</source>
        <translation>There are no backups of this library yet. District Reader makes one automatically each day after it starts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="40"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="113"/>
        <source>文库已损坏</source>
        <translation>The library is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="115"/>
        <source>为免损坏扩大，窗口已改为只读：仍可阅读、搜索和导出。要恢复备份，请用“文件 → 备份 → 从备份恢复文库…”。</source>
        <translation>So that the damage goes no further, the window is now read-only: you can still read, search and export. To restore a backup, use File → Backup → Restore the library from a backup….</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="144"/>
        <source>已完成今天的自动备份。</source>
        <translation>Today's automatic backup is done.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="150"/>
        <source>今天的自动备份没有完成：{e}</source>
        <translation>Today's automatic backup did not finish: {e}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="172"/>
        <source>已备份到 {p}</source>
        <translation>Backed up to {p}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="175"/>
        <source>正在备份文库…</source>
        <translation>Backing up the library…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="200"/>
        <source>导出全部批注与标签</source>
        <translation>Export all annotations and tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="201"/>
        <source>区报阅读-批注备份-{day}.json</source>
        <translation>district-reader-annotations-{day}.json</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="212"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="219"/>
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="227"/>
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="242"/>
        <source>导入批注与标签</source>
        <translation>Import annotations and tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="219"/>
        <source>批注备份 (*.json)</source>
        <translation>Annotations backups (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="231"/>
        <source>正在导入批注与标签…</source>
        <translation>Importing annotations and tags…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="243"/>
        <source>新增 %n 处高亮</source>
        <translation>
            <numerusform>%n highlight added</numerusform>
            <numerusform>%n highlights added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="244"/>
        <source>（%n 处已存在）</source>
        <translation>
            <numerusform> (%n was already there)</numerusform>
            <numerusform> (%n were already there)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="244"/>
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="245"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="245"/>
        <source>%n 个标签</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="246"/>
        <source>%n 个文章标签</source>
        <translation>
            <numerusform>%n article tag</numerusform>
            <numerusform>%n article tags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="246"/>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="254"/>
        <source>%n 处高亮找不到原文，已保留并标为“未定位”。</source>
        <translation>
            <numerusform>%n highlight did not find its passage; it is kept and marked “not found”.</numerusform>
            <numerusform>%n highlights did not find their passage; they are kept and marked “not found”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="259"/>
        <source>%n 项属于尚未导入的期刊，导入这些期刊后就会显示。</source>
        <translation>
            <numerusform>%n item belongs to an issue not imported yet; it appears once that issue is imported.</numerusform>
            <numerusform>%n items belong to issues not imported yet; they appear once those issues are imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/safekeeping.py" line="266"/>
        <source>已导出到 {p}</source>
        <translation>Exported to {p}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/ui/views/search_panel.py" line="33"/>
        <source>从 2023-01</source>
        <translation>from 2023-01</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_panel.py" line="34"/>
        <source>到 2025-12</source>
        <translation>to 2025-12</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_panel.py" line="36"/>
        <source>作者</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_panel.py" line="38"/>
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_panel.py" line="55"/>
        <source>为全部结果加标签…</source>
        <translation>Tag all results…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_panel.py" line="57"/>
        <source>显示时间趋势</source>
        <translation>Show over time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_panel.py" line="76"/>
        <source>全部报纸</source>
        <translation>All papers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_panel.py" line="77"/>
        <source>全部标签</source>
        <translation>All tags</translation>
    </message>
</context>
<context>
    <name>SearchingController</name>
    <message>
        <location filename="../../desktop/ui/controllers/searching.py" line="100"/>
        <source>正在载入分词词典，稍后开始搜索…</source>
        <translation>Loading the word dictionary; the search starts in a moment…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/searching.py" line="110"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/searching.py" line="110"/>
        <source>搜索没有完成，详情已写入日志。</source>
        <translation>The search did not finish; the details were written to the log.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/searching.py" line="119"/>
        <source>找到 %n 篇</source>
        <translation>
            <numerusform>%n article matches</numerusform>
            <numerusform>%n articles match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/searching.py" line="120"/>
        <source>（显示前 %n 篇）</source>
        <translation>
            <numerusform> (the first %n shown)</numerusform>
            <numerusform> (the first %n shown)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/searching.py" line="139"/>
        <source>为全部结果加标签</source>
        <translation>Tag all results</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/searching.py" line="140"/>
        <source>为这 %n 篇文章加上标签：</source>
        <translation>
            <numerusform>Tag this article with:</numerusform>
            <numerusform>Tag these %n articles with:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/shortcuts.py" line="34"/>
        <source>在目录中移动、展开、收起</source>
        <translation>Move, expand and collapse in the contents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/shortcuts.py" line="43"/>
        <source>键盘快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/shortcuts.py" line="45"/>
        <source>按键</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/shortcuts.py" line="45"/>
        <source>作用</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="81"/>
        <source>添加标签（回车）</source>
        <translation>Add a tag (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="108"/>
        <source>任一标签</source>
        <translation>Any of the tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="109"/>
        <source>全部标签</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="111"/>
        <source>清除筛选</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="116"/>
        <source>本文标签</source>
        <translation>This article's tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="119"/>
        <source>建议标签（点击采用）</source>
        <translation>Suggested tags (click to add)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="121"/>
        <source>全部标签（选择以筛选）</source>
        <translation>All tags (select to filter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="174"/>
        <source>移除“{name}”</source>
        <translation>Remove “{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="185"/>
        <source>重命名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="186"/>
        <source>更改颜色…</source>
        <translation>Change colour…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="187"/>
        <source>合并所选标签…</source>
        <translation>Merge selected tags…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="189"/>
        <source>显示时间趋势</source>
        <translation>Show over time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="191"/>
        <source>导出这些文章的参考文献</source>
        <translation>Export these articles' references</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="196"/>
        <source>用这些文章制作简报…</source>
        <translation>Make a briefing of these articles…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="198"/>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>TaggingController</name>
    <message>
        <location filename="../../desktop/ui/controllers/tagging.py" line="126"/>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/tagging.py" line="165"/>
        <source>重命名标签</source>
        <translation>Rename tag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/tagging.py" line="165"/>
        <source>新名称：</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/tagging.py" line="174"/>
        <location filename="../../desktop/ui/controllers/tagging.py" line="180"/>
        <source>合并标签</source>
        <translation>Merge tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/tagging.py" line="174"/>
        <source>合并到：</source>
        <translation>Merge into:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/tagging.py" line="177"/>
        <source>把 {others} 合并到“{target}”？这一步不能撤销。</source>
        <translation>Merge {others} into “{target}”? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/tagging.py" line="189"/>
        <source>标签颜色</source>
        <translation>Tag colour</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/tagging.py" line="199"/>
        <source>删除标签“{name}”？它会从 %n 篇文章上移除，这一步不能撤销。</source>
        <translation>
            <numerusform>Delete the tag “{name}”? It is removed from %n article; this cannot be undone.</numerusform>
            <numerusform>Delete the tag “{name}”? It is removed from %n articles; this cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/tagging.py" line="201"/>
        <source>删除标签</source>
        <translation>Delete tag</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <location filename="../../desktop/ui/models/tags.py" line="71"/>
        <source>点击采用“{topic}”。依据：{words}</source>
        <translation>Click to add “{topic}”. Because of: {words}</translation>
    </message>
</context>
<context>
    <name>TreeActions</name>
    <message>
        <location filename="../../desktop/ui/controllers/tree_actions.py" line="48"/>
        <source>编辑期刊信息…</source>
        <translation>Edit issue details…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/tree_actions.py" line="49"/>
        <source>删除本期…</source>
        <translation>Delete issue…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/tree_actions.py" line="51"/>
        <source>导出本期的参考文献</source>
        <translation>Export this issue's references</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/tree_actions.py" line="57"/>
        <source>用本期文章制作简报…</source>
        <translation>Make a briefing of this issue's articles…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/tree_actions.py" line="63"/>
        <source>导出所选文章的参考文献</source>
        <translation>Export references of the chosen articles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/tree_actions.py" line="91"/>
        <source>编辑期刊信息</source>
        <translation>Edit issue details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/tree_actions.py" line="99"/>
        <source>删除本期</source>
        <translation>Delete issue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/tree_actions.py" line="100"/>
        <source>从文库中删除这一期？它的高亮、批注和标签会先另存到一个文件中。</source>
        <translation>Delete this issue from the library? Its highlights, notes and tags are saved to a file first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/tree_actions.py" line="105"/>
        <source>这一期已删除。它的批注已保存到：
{path}</source>
        <translation>The issue was deleted. Its annotations were saved to:
{path}</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/trend_chart.py" line="269"/>
        <source>{month}：%n 篇</source>
        <translation>
            <numerusform>{month}: %n article</numerusform>
            <numerusform>{month}: %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/trend_chart.py" line="272"/>
        <source>{paper}：%n 篇</source>
        <translation>
            <numerusform>{paper}: %n article</numerusform>
            <numerusform>{paper}: %n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/trend_chart.py" line="277"/>
        <source>点击以在目录中只显示这些文章</source>
        <translation>Click to show only these articles in the tree</translation>
    </message>
</context>
<context>
    <name>TrendsController</name>
    <message>
        <location filename="../../desktop/ui/controllers/trends.py" line="73"/>
        <location filename="../../desktop/ui/controllers/trends.py" line="237"/>
        <source>趋势</source>
        <translation>Trends</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/trends.py" line="108"/>
        <source>正在载入分词词典，稍后显示…</source>
        <translation>Loading the word dictionary; the chart follows…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/trends.py" line="114"/>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/trends.py" line="148"/>
        <source>没有符合的文章</source>
        <translation>No article matches</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/trends.py" line="156"/>
        <source>共 %n 篇</source>
        <translation>
            <numerusform>%n article in all</numerusform>
            <numerusform>%n articles in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/trends.py" line="158"/>
        <source>（另有 %n 篇所在期刊只有年份，未计入）</source>
        <translation>
            <numerusform> (and %n article of an issue dated by its year only, not counted)</numerusform>
            <numerusform> (and %n articles of issues dated by their year only, not counted)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/trends.py" line="170"/>
        <source>趋势没有统计完成，详情已写入日志。</source>
        <translation>The trend was not counted; the details were written to the log.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/trends.py" line="174"/>
        <source>每月带标签“{name}”的文章</source>
        <translation>Articles a month tagged “{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/trends.py" line="175"/>
        <source>每月提到{name}的文章</source>
        <translation>Articles a month that name {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/trends.py" line="176"/>
        <source>每月符合搜索“{name}”的文章</source>
        <translation>Articles a month that match “{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/trends.py" line="180"/>
        <source>（按搜索面板的筛选条件）</source>
        <translation> (with the search panel's filters)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/controllers/trends.py" line="213"/>
        <source>目录只显示 {month} 的 %n 篇（再次点击该月取消）</source>
        <translation>
            <numerusform>The tree shows only the %n article of {month} (click the month again to show all)</numerusform>
            <numerusform>The tree shows only the %n articles of {month} (click the month again to show all)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/trends.py" line="222"/>
        <source>导出趋势图</source>
        <translation>Export the trend chart</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/trends.py" line="229"/>
        <source>导出趋势数据</source>
        <translation>Export the trend's numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/trends.py" line="255"/>
        <source>导出趋势</source>
        <translation>Export the trend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controllers/trends.py" line="257"/>
        <source>已导出到 {p}</source>
        <translation>Exported to {p}</translation>
    </message>
</context>
<context>
    <name>TrendsPanel</name>
    <message>
        <location filename="../../desktop/ui/views/trend_chart.py" line="336"/>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/trend_chart.py" line="337"/>
        <source>人物</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/trend_chart.py" line="338"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/trend_chart.py" line="340"/>
        <source>标签名、人名或搜索词（回车显示）</source>
        <translation>A tag, a person or search words (Enter to show)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/trend_chart.py" line="344"/>
        <source>导出图片…</source>
        <translation>Export image…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/trend_chart.py" line="346"/>
        <source>导出数据…</source>
        <translation>Export numbers…</translation>
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <location filename="../../desktop/ui/views/upgrade_progress.py" line="27"/>
        <source>正在升级文库，请稍候…</source>
        <translation>Upgrading the library, please wait…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/upgrade_progress.py" line="28"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/upgrade_progress.py" line="33"/>
        <source>区报阅读</source>
        <translation>District Reader</translation>
    </message>
</context>
</TS>
