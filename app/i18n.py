"""The app's user-facing strings in Chinese (default) and English, and `t()` to look them up."""

from __future__ import annotations

import streamlit as st

from content.language import one_language

LANGUAGES: dict[str, str] = {"zh": "中文", "en": "English"}

# key: (中文, English). Keep keys short and grouped by page; `{name}` fields are filled by t().
STRINGS: dict[str, tuple[str, str]] = {
    # app shell
    "app.title": ("问题链数学导师", "Question-chain math tutor"),
    "nav.teacher": ("教师工作台", "Teacher workspace"),
    "nav.map": ("知识图谱", "Knowledge map"),
    "nav.settings": ("设置", "Settings"),
    "nav.section.teach": ("教学", "Teaching"),
    "nav.section.system": ("系统", "System"),
    "lang.label": ("语言 / Language", "Language / 语言"),
    "model.current": ("当前模型：`{spec}`", "Model: `{spec}`"),
    "unavailable": ("{what}尚不可用（该模块正在开发中）：{why}", "{what} is not available yet (being built): {why}"),
    "error.page": (
        "页面出错了（详情已写入服务器日志）：{why}",
        "This page hit an error (details are in the server log): {why}",
    ),
    "colon": ("：", ": "),
    "semicolon": ("；", "; "),
    "error.generic": ("出错了：{why}", "Something went wrong: {why}"),
    "demo.banner": (
        "正在使用**内置演示模型**（SmolLM2-135M）。它不会做数学，也不能稳定输出 JSON，"
        "所以这里经过验证的问题链来自**符号专家（SymPy）**，并标注为 `symbolic`。"
        "在「设置」中接入真实推理模型（如 Qwen2.5-Math-7B、DeepSeek-R1-Distill、Qwen3）后，"
        "引导问题与讲解将由模型撰写，解法更多样，每一步仍由 SymPy 验证。",
        "The **embedded demo model** (SmolLM2-135M) is in use. It cannot do mathematics or keep to "
        "JSON, so the verified chains here come from the **symbolic specialist (SymPy)**, labelled "
        "`symbolic`. Point Settings at a real reasoning model (Qwen2.5-Math-7B, DeepSeek-R1-Distill, "
        "Qwen3) and the model writes the guiding questions and explanations, finds more varied "
        "methods, and SymPy still checks every step.",
    ),
    # teacher workspace: input
    "teacher.title": ("教师工作台", "Teacher workspace"),
    "input.source": ("题目来源", "Problem source"),
    "input.source.type": ("输入题目", "Type a problem"),
    "input.source.bank": ("题库", "Problem bank"),
    "input.source.cases": ("案例库", "Case library"),
    "input.text": ("题目（文字或 LaTeX）", "Problem (text or LaTeX)"),
    "input.placeholder": ("例如：解方程 $x^2-5x+6=0$", "e.g. Solve $x^2-5x+6=0$"),
    "input.preview": ("预览（按 Ctrl+Enter 或点击别处更新）", "Preview (Ctrl+Enter or click elsewhere to update)"),
    "input.module": ("模块", "Module"),
    "input.problem": ("题目", "Problem"),
    "input.use": ("使用此题", "Use this problem"),
    "input.bank_empty": ("题库中还没有题目。", "The problem bank has no problems yet."),
    "input.search": ("搜索案例", "Search cases"),
    "input.no_cases": ("案例库中还没有匹配的案例。", "No matching cases in the library yet."),
    "input.open_case": ("打开案例", "Open case"),
    "input.case": ("案例", "Case"),
    "input.search_hint": ("标题、标签或题目中的词", "words from a title, tag or problem"),
    "input.methods": ("解法数量（一题多解）", "Number of methods"),
    "input.run": ("生成问题链", "Build question chain"),
    "input.empty": ("请先输入题目。", "Enter a problem first."),
    # teacher workspace: progress
    "run.working": ("正在求解…", "Solving…"),
    "run.node": ("步骤：{node}", "Step: {node}"),
    "run.node_done": ("✓ {node}（{seconds:.2f} 秒）", "✓ {node} ({seconds:.2f} s)"),
    "run.first_question": ("第一个引导问题：{question}", "First guiding question: {question}"),
    "run.done": ("完成，用时 {seconds:.1f} 秒", "Done in {seconds:.1f} s"),
    "run.failed": ("求解失败", "Solving failed"),
    "run.model_text": ("模型输出（实时）", "Model output (live)"),
    "run.done_log": ("上次运行的步骤", "Steps of the last run"),
    "run.thinking": ("模型思考（实时）", "Model thinking (live)"),
    "node.understand": ("理解题意", "understand"),
    "node.plan": ("规划问题链", "plan the chain"),
    "node.answer": ("回答引导问题", "answer the questions"),
    "node.verify": ("SymPy 验证", "verify with SymPy"),
    "node.repair": ("修正错误步骤", "repair"),
    "node.fallback": ("符号专家", "symbolic specialist"),
    "node.final_check": ("检查最终答案", "final check"),
    "node.alternatives": ("一题多解", "other methods"),
    "node.link": ("关联知识点", "link knowledge"),
    "node.variants": ("生成变式题", "variants"),
    "node.compose": ("汇总", "compose"),
    # teacher workspace: result
    "result.final": ("最终答案", "Final answer"),
    "result.methods": ("解法", "Methods"),
    "result.no_solutions": ("没有得到解法。", "No solution was produced."),
    "result.step": ("第 {n} 问", "Question {n}"),
    "result.answer": ("回答", "Answer"),
    "result.claim": ("可验证的断言", "Checkable claim"),
    "result.hints": ("提示", "Hints"),
    "result.source": ("来源", "Source"),
    "result.points": ("知识点", "Knowledge points"),
    "result.verified_all": ("全部步骤已验证", "Every step verified"),
    "result.not_all": ("部分步骤未验证", "Not every step verified"),
    "result.graph": ("知识图谱（本解法的知识点及其先修）", "Knowledge graph (this method's points and prerequisites)"),
    "result.plot": ("函数图像（数形结合）", "Function plot (数形结合, reasoning from the graph)"),
    "plot.function": ("函数", "Function"),
    "plot.from": ("从", "From"),
    "plot.to": ("到", "To"),
    "plot.none": ("题目中没有找到可画的函数，可在上方输入。", "No plottable function found in the problem; type one above."),
    "plot.error": ("无法作图：{why}", "Cannot plot: {why}"),
    "result.variants": ("变式题", "Variant questions"),
    "result.variant_change": ("变化：{change}", "Change: {change}"),
    "result.trace": ("运行记录", "Run trace"),
    "result.warnings": ("说明", "Notes"),
    "verdict.verified": ("已验证", "verified"),
    "verdict.refuted": ("已驳回", "refuted"),
    "verdict.unknown": ("无法判定", "unknown"),
    "verdict.counterexample": ("反例：{ce}", "Counterexample: {ce}"),
    "source.model": ("模型", "model"),
    "source.repaired": ("模型修正", "repaired"),
    "source.symbolic": ("符号专家", "symbolic specialist"),
    "source.teacher": ("教师编写", "teacher-written"),
    "source.teacher_edited": ("教师编辑", "teacher-edited"),
    # teacher workspace: editing, saving, export
    "edit.title": ("编辑问题链", "Edit the chain"),
    "edit.method": ("要编辑的解法", "Method to edit"),
    "edit.question": ("问题", "Question"),
    "edit.answer": ("回答", "Answer"),
    "edit.claim": ("断言（SymPy 验证）", "Claim (checked by SymPy)"),
    "edit.method_name": ("解法名称", "Method name"),
    "edit.givens": ("已知条件（验证时使用，用分号分隔）", "Givens used when verifying (separate with ;)"),
    "edit.givens_help": ("例如 f(x)=x^3-3x; a_1=2; x>0", "e.g. f(x)=x^3-3x; a_1=2; x>0"),
    "edit.up": ("上移", "Move up"),
    "edit.down": ("下移", "Move down"),
    "edit.delete": ("删除", "Delete"),
    "edit.add": ("添加一步", "Add a step"),
    "edit.new_question": ("新的引导问题", "New guiding question"),
    "edit.shelved": ("其他解法中的修改已保留（切换回去即可继续编辑）：{names}", "Your edits to other methods are kept (switch back to go on): {names}"),
    "edit.reverify": ("重新验证", "Re-verify"),
    "save.title": ("保存到案例库", "Save to the case library"),
    "save.case_title": ("案例标题", "Case title"),
    "save.author": ("作者", "Author"),
    "save.tags": ("标签（逗号分隔）", "Tags (comma separated)"),
    "save.difficulty": ("难度", "Difficulty"),
    "save.as_new": ("另存为新案例", "Save as a new case"),
    "save.failed": ("保存失败，案例库未改变：{why}", "Not saved, the library is unchanged: {why}"),
    "save.button": ("保存案例", "Save case"),
    "save.done": ("已保存案例 {id}（第 {version} 版）", "Saved case {id} (version {version})"),
    "export.title": ("导出讲义", "Export a lesson handout"),
    "export.md": ("下载 Markdown", "Download Markdown"),
    "export.html": ("下载可打印 HTML", "Download print-ready HTML"),
    # knowledge map
    "map.title": ("知识图谱", "Knowledge map"),
    "map.module": ("模块", "Module"),
    "map.point": ("知识点", "Knowledge point"),
    "map.search": ("搜索知识点", "Search knowledge points"),
    "map.search_hint": ("名称或编号，如 判别式 / quad", "name or id, e.g. discriminant / quad"),
    "map.description": ("说明", "Description"),
    "map.formulas": ("关键公式", "Key formulas"),
    "map.prereqs": ("先修知识", "Prerequisites"),
    "map.dependents": ("后续知识", "What builds on it"),
    "map.methods": ("数学思想方法", "Thinking methods"),
    "map.problems": ("使用该知识点的题目", "Bank problems that use it"),
    "map.none": ("无", "None"),
    "map.open": ("打开", "Open"),
    "map.neighbourhood": ("邻近知识", "Neighbourhood"),
    "map.count": ("共 {points} 个知识点，{modules} 个模块", "{points} knowledge points in {modules} modules"),
    # settings
    "settings.title": ("设置", "Settings"),
    "settings.model": ("推理模型", "Reasoning model"),
    "settings.kind": ("模型类型", "Model kind"),
    "settings.kind.embedded": ("内置演示模型", "Embedded demo model"),
    "settings.kind.hf": ("本地模型文件夹（Hugging Face）", "Local model folder (Hugging Face)"),
    "settings.kind.gguf": ("GGUF 文件", "GGUF file"),
    "settings.kind.openai": ("OpenAI 兼容服务（vLLM / MindIE …）", "OpenAI-compatible server (vLLM / MindIE …)"),
    "settings.path": ("路径", "Path"),
    "settings.url": ("服务地址（如 http://127.0.0.1:8000/v1）", "Server URL (e.g. http://127.0.0.1:8000/v1)"),
    "settings.model_name": ("模型名称", "Model name"),
    "settings.apply": ("应用", "Apply"),
    "settings.applied": ("已切换到 `{spec}`", "Now using `{spec}`"),
    "settings.invalid": ("模型设置无效：{why}", "Invalid model setting: {why}"),
    "settings.need_target": ("请填写路径或服务地址。", "Enter a path or a server URL."),
    "settings.model_help": (
        "模型在第一次求解时加载，每个进程只加载一次。也可以用环境变量 TUTOR_MODEL 设置默认模型。",
        "The model loads on the first solve, once per process. TUTOR_MODEL sets the default.",
    ),
    "settings.device.running": ("正在检测设备…", "Checking devices…"),
    "settings.device": ("设备报告", "Device report"),
    "settings.device.run": ("检测设备", "Check devices"),
    "settings.language": ("界面语言", "Interface language"),
    # student practice (issue 12): the Socratic loop, diagnosis and recommendation
    "nav.section.student": ("学生", "Students"),
    "nav.student": ("学生练习", "Practice"),
    "student.title": ("学生练习", "Practice"),
    "student.learner": ("学习者：`{id}`", "Learner: `{id}`"),
    "student.tab.practice": ("练习", "Practice"),
    "student.tab.diagnosis": ("诊断", "Diagnosis"),
    "student.pick": ("选择题目", "Pick a problem"),
    "student.start": ("开始 / 继续练习", "Start / resume"),
    "student.progress": ("第 {step} / {steps} 问", "Question {step} of {steps}"),
    "student.progress.done": ("全部完成", "All questions done"),
    "student.answer": ("你的答案", "Your answer"),
    "student.answer.placeholder": ("例如 x=2 或 x=3、{2,3}、(1,5]、1/2", "e.g. x=2 or x=3, {2,3}, (1,5], 1/2"),
    "student.preview": ("预览", "Preview"),
    "student.submit": ("提交", "Submit"),
    "student.hint": ("要提示", "Hint"),
    "student.done": ("完成了！你自己得到了答案。", "Done! You reached the answer yourself."),
    "student.again": ("再练一次", "Practise again"),
    "student.rec.title": ("推荐下一题", "Next problem"),
    "student.rec.go": ("做这道题", "Practise this one"),
    "student.rec.none": ("所有能练到的知识点都已掌握。", "Every point you can practise is mastered."),
    "student.diag.empty": ("还没有作答记录。", "No answers recorded yet."),
    "student.diag.mastery": ("各知识点掌握度（BKT）", "Mastery per knowledge point (BKT)"),
    "student.diag.first": ("首次作答正确", "Right at first try"),
    "student.diag.time": ("学习时长", "Time on task"),
    "student.diag.minutes": ("{m} 分钟", "{m} min"),
    "student.diag.mistakes": ("反复出现的错误", "Recurring mistakes"),
    "student.diag.no_mistakes": ("暂无典型错误。", "No recurring mistakes yet."),
    "student.teacher": ("教师：查看学生记录", "Teacher: open a student's record"),
    "student.teacher.pick": ("学生", "Student"),
    # teacher workspace, second pass (issue 16): honest counts, one language, unrecognised problems,
    # editor checks, handout versions, links, variant levels
    "result.n_of_m": ("{n}/{m} 步已验证", "{n} of {m} steps verified"),
    "result.some_refuted": ("{n}/{m} 步已验证，{r} 步有误", "{n} of {m} steps verified, {r} refuted"),
    "run.unsolved": ("没有自动求出解答，见下方的建议", "Not solved automatically: see the suggestions below"),
    "error.model_unreachable": (
        "推理模型无法使用（连接不上服务或加载失败）。请在「设置」中检查模型路径或服务地址，或改用内置演示模型，然后重试。",
        "The reasoning model could not be used (its server did not answer, or it would not load). Check the "
        "model's path or server address in Settings, or switch to the embedded demo model, then try again.",
    ),
    "error.solve": (
        "求解时出错了（详情已写入服务器日志）。请重试；若仍出错，可换一种写法或在下方手写问题链。",
        "Solving hit an error (details are in the server log). Try again; if it fails again, reword the "
        "problem or write the chain by hand.",
    ),
    "unrec.title": ("这道题暂时不能自动求解", "This problem could not be solved automatically"),
    "unrec.why": (
        "符号求解器不认识这类题目，当前模型也没有给出可验证的问题链。下面是已识别的内容和可参考的材料；"
        "也可以自己编写问题链，每一步仍由 SymPy 检验。",
        "The symbolic specialist does not recognise this problem type and the model gave no chain that could be "
        "checked. Below is what was recognised and material to start from; you can also write the chain "
        "yourself, and SymPy still checks every step.",
    ),
    "unrec.topic": ("识别的主题", "Recognised topic"),
    "unrec.points": ("可能涉及的知识点", "Likely knowledge points"),
    "unrec.reading": ("题目读到的内容", "What was read from the problem"),
    "unrec.objects": ("对象", "Objects"),
    "unrec.givens": ("已知", "Givens"),
    "unrec.goals": ("所求", "Asked for"),
    "unrec.unread": ("未能读懂", "Not understood"),
    "unrec.similar": ("题库中相近的题目", "Similar problems in the bank"),
    "unrec.cases": ("案例库中相近的问题链", "Similar chains in the case library"),
    "unrec.none": ("没有找到相近的内容。", "Nothing similar found."),
    "unrec.write": ("在编辑器中编写问题链", "Write the chain in the editor"),
    "unrec.method": ("教师编写的解法 / Teacher's method", "教师编写的解法 / Teacher's method"),
    "input.cut": (
        "粘贴的题目有 {got} 个字符，超过上限 {limit}，已截取前 {limit} 个字符。请检查末尾是否完整。",
        "The pasted problem had {got} characters, over the {limit} limit; the first {limit} are kept. Check "
        "that its end is complete.",
    ),
    "edit.empty": ("第 {n} 问的{field}不能为空。", "Question {n}: the {field} must not be empty."),
    "edit.empty_field.question": ("问题", "question"),
    "edit.empty_field.answer": ("回答", "answer"),
    "edit.no_steps": ("问题链至少要有一问。", "A chain needs at least one question."),
    "edit.new_answer_hint": ("填写这一问的回答后才能保存", "Fill in this question's answer before saving"),
    "export.version": ("讲义版本", "Handout version"),
    "export.student": ("学生版（题目与作答空间）", "Student version (questions with space to write)"),
    "export.teacher": ("教师版（答案、解法、验证、知识点）", "Teacher version (answers, methods, verdicts, points)"),
    "export.hints": ("学生版附提示", "Include hints in the student version"),
    "variant.easier": ("较易", "Easier"),
    "variant.harder": ("较难", "Harder"),
    "map.open_problem": ("在工作台打开", "Open in the workspace"),
    "trace.node": ("步骤", "Step"),
    "trace.seconds": ("用时（秒）", "Seconds"),
    "trace.model_calls": ("模型调用", "Model calls"),
    "trace.prompt_tokens": ("输入 token", "Prompt tokens"),
    "trace.completion_tokens": ("输出 token", "Completion tokens"),
    "link.map_help": ("点击知识点，在知识图谱中打开它", "Click a point to open it in the knowledge map"),
    # the reading as step 0, corrected by the teacher and solved again (issue 10 item 5)
    "reading.title": ("0. 读题", "0. Reading the problem"),
    "reading.givens": ("已知", "Given"),
    "reading.goals": ("求", "Find"),
    "reading.options": ("选项", "Options"),
    "reading.none": ("（无）", "(nothing)"),
    "reading.no_goal": ("（未读出所求）", "(the goal was not read)"),
    "reading.not_formal": ("未形式化", "not formalised"),
    "reading.unread": ("未读懂的部分", "Not read"),
    "reading.partial": ("题目只读懂了一部分：部分读题的答案永远不会标为已验证。",
                        "The problem was only partly read: an answer to a partial reading is never marked verified."),
    "reading.partial_badge": ("部分读题", "partial reading"),
    "reading.corrected": ("已由教师更正", "corrected by the teacher"),
    "reading.correct": ("更正读题并重新求解", "Correct the reading and solve again"),
    "reading.correct_help": (
        "可修改已知的式子（也可写关系，如 a ⊥ b、a 与 b 垂直）或所求；清空一行即删除该已知，填写空行即添加。"
        "答案仍须代入更正后的每个已知检验。",
        "Edit a given's formula (a relation such as a ⊥ b also works) or the goal; clear a row to remove a given, "
        "fill the blank row to add one. The answer must still satisfy every corrected given."),
    "reading.given_text": ("已知 {n}：原文", "Given {n}: text"),
    "reading.given_claim": ("已知 {n}：式子", "Given {n}: formula"),
    "reading.goal_expr": ("所求 {n}：要求的量", "Goal {n}: the quantity asked"),
    "reading.covered": ("上面的已知已包含未读懂的部分", "The givens above now cover what was not read"),
    "reading.solve_again": ("按更正后的读题重新求解", "Solve again with this reading"),
}


def lang() -> str:
    """Return the current interface language code ("zh" unless the user switched)."""
    return st.session_state.get("lang", "zh")


def t(key: str, **fields: object) -> str:
    """Look up a user-facing string in the current language and fill its `{fields}`."""
    zh, en = STRINGS.get(key, (key, key))
    text = en if lang() == "en" else zh
    return text.format(**fields) if fields else text


def pick(zh: str, en: str) -> str:
    """Choose between a Chinese and an English text from the data (falls back to Chinese)."""
    return en if lang() == "en" and en else zh


def one(text: str) -> str:
    """The current language's half of a bilingual "中文 / English" text from a Result (method names,
    verdict reasons, notes, variant changes); text that is not bilingual comes back as it is."""
    return one_language(text or "", lang())
