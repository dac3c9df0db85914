<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AnnotationsModel</name>
    <message>
        <location filename="../../desktop/ui/models/annotations.py" line="29"/>
        <source>摘录</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/annotations.py" line="30"/>
        <source>批注</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/annotations.py" line="31"/>
        <source>文章</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/annotations.py" line="32"/>
        <source>报纸</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/annotations.py" line="33"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/annotations.py" line="71"/>
        <source>【未定位】</source>
        <translation>[not found] </translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../desktop/ui/views/annotations_panel.py" line="36"/>
        <source>在摘录和批注中查找</source>
        <translation>Find in quotes and notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/annotations_panel.py" line="41"/>
        <source>全部颜色</source>
        <translation>All colours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/annotations_panel.py" line="45"/>
        <source>只看有批注的</source>
        <translation>With notes only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/annotations_panel.py" line="46"/>
        <source>只看未定位的</source>
        <translation>Not found only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/annotations_panel.py" line="49"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/annotations_panel.py" line="67"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/annotations_panel.py" line="70"/>
        <source>移到正文中选中的文字</source>
        <translation>Move to the text selected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/annotations_panel.py" line="73"/>
        <source>先在正文中选中这段话的新位置，再点此按钮：用于重新定位“未定位”的高亮。</source>
        <translation>Select the passage's new place in the article, then click: re-places a highlight that was not found.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="95"/>
        <source>无法打开文库</source>
        <translation>Cannot open the library</translation>
    </message>
</context>
<context>
    <name>ArticleLabels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="13"/>
        <source>图片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="14"/>
        <source>简讯</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="15"/>
        <source>续文</source>
        <translation>Continued</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="16"/>
        <source>导读</source>
        <translation>In this issue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="18"/>
        <source>（上接第{page}版）</source>
        <translation>(from page {page}) </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="19"/>
        <source>（无正文）</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="20"/>
        <source>：</source>
        <translation>: </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../desktop/ui/commands.py" line="30"/>
        <source>高亮</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands.py" line="32"/>
        <source>高亮并批注</source>
        <translation>Highlight with note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands.py" line="58"/>
        <source>删除高亮</source>
        <translation>Delete highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands.py" line="89"/>
        <source>修改批注</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands.py" line="91"/>
        <source>更改高亮颜色</source>
        <translation>Change highlight colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands.py" line="123"/>
        <source>重新定位高亮</source>
        <translation>Re-place highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands.py" line="147"/>
        <source>添加标签“{name}”</source>
        <translation>Add tag “{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands.py" line="149"/>
        <source>移除标签“{name}”</source>
        <translation>Remove tag “{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands.py" line="178"/>
        <source>重命名标签</source>
        <translation>Rename tag</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="55"/>
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="57"/>
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
    <name>IssueDialog</name>
    <message>
        <location filename="../../desktop/ui/views/issue_dialog.py" line="16"/>
        <source>编辑期刊信息</source>
        <translation>Edit issue details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issue_dialog.py" line="18"/>
        <source>留空：按正文自动识别</source>
        <translation>Empty: as recognised from the text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issue_dialog.py" line="20"/>
        <source>2023、2023-05 或 2023-05-16；留空：自动识别</source>
        <translation>2023, 2023-05 or 2023-05-16; empty: as recognised</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issue_dialog.py" line="25"/>
        <source>报纸：</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issue_dialog.py" line="26"/>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issue_dialog.py" line="27"/>
        <source>来源文件：</source>
        <translation>Source file:</translation>
    </message>
</context>
<context>
    <name>IssueTreeModel</name>
    <message>
        <location filename="../../desktop/ui/models/issue_tree.py" line="93"/>
        <source>未知报纸</source>
        <translation>Unknown paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/issue_tree.py" line="98"/>
        <source>日期未知</source>
        <translation>Date unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/issue_tree.py" line="206"/>
        <source>{paper} · {date} · 来源文件 {file} · {n} 篇</source>
        <translation>{paper} · {date} · from {file} · {n} articles</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="75"/>
        <location filename="../../desktop/ui/main_window.py" line="81"/>
        <source>跟随系统</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="76"/>
        <source>浅色</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="77"/>
        <source>护眼（米黄）</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="78"/>
        <source>深色</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="82"/>
        <source>简体中文</source>
        <translation>简体中文 (Simplified Chinese)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="83"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="102"/>
        <source>区报阅读 District Reader</source>
        <translation>District Reader (区报阅读)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="152"/>
        <source>搜索结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154"/>
        <location filename="../../desktop/ui/main_window.py" line="699"/>
        <location filename="../../desktop/ui/main_window.py" line="712"/>
        <location filename="../../desktop/ui/main_window.py" line="771"/>
        <source>批注</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="162"/>
        <source>搜索全部报纸（Ctrl+F 或 /）</source>
        <translation>Search all papers (Ctrl+F or /)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="193"/>
        <source>导入文件…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="200"/>
        <source>导入文件夹…</source>
        <translation>Import folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="207"/>
        <source>重新解析全部期刊</source>
        <translation>Re-parse all issues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="210"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="212"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="215"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="220"/>
        <source>复制（附引用）</source>
        <translation>Copy with citation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="227"/>
        <source>下一篇</source>
        <translation>Next article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="234"/>
        <source>上一篇</source>
        <translation>Previous article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="241"/>
        <source>下一期</source>
        <translation>Next issue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="248"/>
        <source>上一期</source>
        <translation>Previous issue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="254"/>
        <source>加星 / 取消</source>
        <translation>Star / unstar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <source>标为未读</source>
        <translation>Mark unread</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="259"/>
        <source>添加标签</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="262"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="269"/>
        <source>放大字号</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="276"/>
        <source>缩小字号</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="288"/>
        <source>键盘快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="295"/>
        <location filename="../../desktop/ui/main_window.py" line="1122"/>
        <source>关于区报阅读</source>
        <translation>About District Reader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="300"/>
        <source>高亮：{n}</source>
        <translation>Highlight: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="331"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="333"/>
        <location filename="../../desktop/ui/main_window.py" line="1086"/>
        <source>导出批注</source>
        <translation>Export annotations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="336"/>
        <source>导出当前文章（Markdown）…</source>
        <translation>Export this article (Markdown)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="341"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="345"/>
        <source>高亮所选文字</source>
        <translation>Highlight the selection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="348"/>
        <source>文章(&amp;A)</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="354"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="357"/>
        <source>主题</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="360"/>
        <location filename="../../desktop/ui/main_window.py" line="471"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="362"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="365"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="471"/>
        <source>界面语言将在下次启动时生效。</source>
        <translation>The language changes the next time District Reader starts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="511"/>
        <location filename="../../desktop/ui/main_window.py" line="658"/>
        <source>这篇文章已不在文库中。</source>
        <translation>This article is no longer in the library.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="583"/>
        <source>{papers} 种报纸 · {issues} 期 · {articles} 篇文章 · {tags} 个标签 · {highlights} 处高亮 · {notes} 条批注</source>
        <translation>{papers} papers · {issues} issues · {articles} articles · {tags} tags · {highlights} highlights · {notes} notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="592"/>
        <source>{paper} {date} · 第 {n}/{total} 篇{star}</source>
        <translation>{paper} {date} · article {n} of {total}{star}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="613"/>
        <source>编辑期刊信息…</source>
        <translation>Edit issue details…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="614"/>
        <source>删除本期…</source>
        <translation>Delete issue…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="633"/>
        <source>删除本期</source>
        <translation>Delete issue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="634"/>
        <source>从文库中删除这一期？它的高亮、批注和标签会先另存到一个文件中。</source>
        <translation>Delete this issue from the library? Its highlights, notes and tags are saved to a file first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="641"/>
        <source>这一期已删除。它的批注已保存到：
{path}</source>
        <translation>The issue was deleted. Its annotations were saved to:
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="683"/>
        <source>先在正文中选中要高亮的文字。</source>
        <translation>First select the text to highlight.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="699"/>
        <source>为所选文字写批注：</source>
        <translation>A note on the selected text:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="712"/>
        <source>批注（留空则删除批注）：</source>
        <translation>Note (empty removes it):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="742"/>
        <source>先在正文中选中这段话的新位置。</source>
        <translation>First select the passage's new place in the article.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="755"/>
        <source>已复制，附引用。</source>
        <translation>Copied, with a citation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="771"/>
        <source>这条高亮所在的文章已不在文库中。</source>
        <translation>The article of this highlight is no longer in the library.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="780"/>
        <source>这条高亮未能定位：在正文中选中新位置后按 1–5 重新高亮，再删除旧的。</source>
        <translation>This highlight lost its place: select the passage again, press 1–5, then delete the old one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="827"/>
        <location filename="../../desktop/ui/main_window.py" line="864"/>
        <location filename="../../desktop/ui/main_window.py" line="957"/>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="859"/>
        <source>重命名标签</source>
        <translation>Rename tag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="859"/>
        <source>新名称：</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="868"/>
        <location filename="../../desktop/ui/main_window.py" line="873"/>
        <source>合并标签</source>
        <translation>Merge tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="868"/>
        <source>合并到：</source>
        <translation>Merge into:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="874"/>
        <source>把 {others} 合并到“{target}”？这一步不能撤销。</source>
        <translation>Merge {others} into “{target}”? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="885"/>
        <source>标签颜色</source>
        <translation>Tag colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="893"/>
        <source>删除标签</source>
        <translation>Delete tag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="894"/>
        <source>删除标签“{name}”？它会从 {n} 篇文章上移除，这一步不能撤销。</source>
        <translation>Delete the tag “{name}”? It is removed from {n} articles; this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="930"/>
        <source>找到 {n} 篇</source>
        <translation>{n} found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="931"/>
        <source>（显示前 {k} 篇）</source>
        <translation> (first {k} shown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="948"/>
        <source>为全部结果加标签</source>
        <translation>Tag all results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="949"/>
        <source>为这 {n} 篇文章加上标签：</source>
        <translation>Tag these {n} articles with:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="963"/>
        <source>导入报纸文本</source>
        <translation>Import newspaper text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="963"/>
        <source>文本文件 (*.txt);;所有文件 (*)</source>
        <translation>Text files (*.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="969"/>
        <source>导入文件夹中的全部 .txt 文件</source>
        <translation>Import every .txt file in a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="985"/>
        <source>另一项任务还在进行，请稍候。</source>
        <translation>Another task is still running; please wait.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="987"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1017"/>
        <source>任务没有完成，详情已写入日志。
{error}</source>
        <translation>The task did not finish; the details are in the log.
{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1030"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1041"/>
        <source>新增 {a} 期，{u} 期已在文库中，{f} 个文件未能导入。</source>
        <translation>{a} issues added, {u} already in the library, {f} files could not be imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1045"/>
        <source>导入已取消。</source>
        <translation>Import cancelled. </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1048"/>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1066"/>
        <source>重新解析</source>
        <translation>Re-parse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1067"/>
        <source>已重新解析 {n} 期。高亮：{k} 处原位保留，{m} 处随文字移动，{o} 处未能定位（已保留，见“批注”）。</source>
        <translation>Re-parsed {n} issues. Highlights: {k} in place, {m} moved with their text, {o} not found (kept; see Annotations).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1076"/>
        <source>正在重新解析…</source>
        <translation>Re-parsing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1098"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1100"/>
        <location filename="../../desktop/ui/main_window.py" line="1113"/>
        <source>已导出到 {p}</source>
        <translation>Exported to {p}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1107"/>
        <source>导出文章</source>
        <translation>Export article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1123"/>
        <source>区报阅读 District Reader
离线阅读、检索、高亮、批注区级报纸。
文库：{path}</source>
        <translation>District Reader (区报阅读)
Read, search, highlight and annotate district newspapers offline.
Library: {path}</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="38"/>
        <source>黄色</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="39"/>
        <source>绿色</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="40"/>
        <source>蓝色</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="41"/>
        <source>粉色</source>
        <translation>Pink</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="42"/>
        <source>紫色</source>
        <translation>Purple</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="77"/>
        <source>从左侧选择一篇文章开始阅读。</source>
        <translation>Choose an article on the left to start reading.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="204"/>
        <source>（本篇没有正文）</source>
        <translation>(This piece has no text.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="211"/>
        <source>未知报纸</source>
        <translation>Unknown paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="211"/>
        <source>日期未知</source>
        <translation>Date unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="215"/>
        <source>来源：{source}</source>
        <translation>source: {source}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="217"/>
        <source>上接第{page}版</source>
        <translation>continued from page {page}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="220"/>
        <source>刊第{page}版</source>
        <translation>on page {page}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="222"/>
        <source>下转第{page}版</source>
        <translation>continued on page {page}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="325"/>
        <source>高亮</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="334"/>
        <source>高亮并写批注…</source>
        <translation>Highlight with a note…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="336"/>
        <source>复制（附引用）</source>
        <translation>Copy with citation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="342"/>
        <source>编辑批注…</source>
        <translation>Edit note…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="343"/>
        <source>更改颜色</source>
        <translation>Change colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="349"/>
        <source>删除高亮</source>
        <translation>Delete highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="351"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reader.py" line="352"/>
        <source>全选</source>
        <translation>Select all</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/ui/views/search_panel.py" line="40"/>
        <source>从 2023-01</source>
        <translation>from 2023-01</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_panel.py" line="41"/>
        <source>到 2025-12</source>
        <translation>to 2025-12</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_panel.py" line="43"/>
        <source>作者</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_panel.py" line="61"/>
        <source>为全部结果加标签…</source>
        <translation>Tag all results…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_panel.py" line="79"/>
        <source>全部报纸</source>
        <translation>All papers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_panel.py" line="80"/>
        <source>全部标签</source>
        <translation>All tags</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/shortcuts.py" line="16"/>
        <source>下一篇 / 上一篇文章</source>
        <translation>Next / previous article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/shortcuts.py" line="17"/>
        <source>下一期 / 上一期</source>
        <translation>Next / previous issue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/shortcuts.py" line="18"/>
        <source>在目录中移动、展开、收起</source>
        <translation>Move, expand and collapse in the contents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/shortcuts.py" line="19"/>
        <source>把所选文字高亮为黄、绿、蓝、粉、紫</source>
        <translation>Highlight the selection yellow, green, blue, pink, purple</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/shortcuts.py" line="20"/>
        <source>复制所选文字并附引用</source>
        <translation>Copy the selection with a citation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/shortcuts.py" line="21"/>
        <source>加星 / 取消加星</source>
        <translation>Star / unstar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/shortcuts.py" line="22"/>
        <source>标为未读</source>
        <translation>Mark unread</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/shortcuts.py" line="23"/>
        <source>给本文加标签</source>
        <translation>Tag this article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/shortcuts.py" line="24"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/shortcuts.py" line="27"/>
        <source>撤销 / 重做（高亮、批注、标签）</source>
        <translation>Undo / redo (highlights, notes, tags)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/shortcuts.py" line="29"/>
        <source>导入文件 / 文件夹</source>
        <translation>Import files / a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/shortcuts.py" line="30"/>
        <source>显示批注</source>
        <translation>Show annotations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/shortcuts.py" line="31"/>
        <source>放大 / 缩小字号</source>
        <translation>Larger / smaller text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/shortcuts.py" line="32"/>
        <source>本帮助</source>
        <translation>This help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/shortcuts.py" line="40"/>
        <source>键盘快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/shortcuts.py" line="42"/>
        <source>按键</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/shortcuts.py" line="42"/>
        <source>作用</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="59"/>
        <source>添加标签（回车）</source>
        <translation>Add a tag (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="86"/>
        <source>任一标签</source>
        <translation>Any of the tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="87"/>
        <source>全部标签</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="89"/>
        <source>清除筛选</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="94"/>
        <source>本文标签</source>
        <translation>This article's tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="97"/>
        <source>建议标签（点击采用）</source>
        <translation>Suggested tags (click to add)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="99"/>
        <source>全部标签（选择以筛选）</source>
        <translation>All tags (select to filter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="137"/>
        <source>移除“{name}”</source>
        <translation>Remove “{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="148"/>
        <source>重命名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="149"/>
        <source>更改颜色…</source>
        <translation>Change colour…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="150"/>
        <source>合并所选标签…</source>
        <translation>Merge selected tags…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/tag_panel.py" line="153"/>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <location filename="../../desktop/ui/models/tags.py" line="67"/>
        <source>{name}：{n} 篇文章</source>
        <translation>{name}: {n} articles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/tags.py" line="100"/>
        <source>点击采用“{topic}”。依据：{words}</source>
        <translation>Click to add “{topic}”. Because of: {words}</translation>
    </message>
</context>
</TS>
