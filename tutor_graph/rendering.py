"""A Result as readable text for the terminal, in one language: the chain with verdicts and sources, methods,
variants, notes."""

from __future__ import annotations

from content.bank import MODULES
from content.handout import knowledge_namer
from content.language import one_language
from content.mathtext import claim_to_latex
from tutor_graph.reading import describe
from tutor_graph.result import Result

SHOWN_PROBLEM_CHARS = 500

# label: (中文, English)
_WORDS: dict[str, tuple[str, str]] = {
    "problem": ("题目", "Problem"),
    "topic": ("主题", "Topic"),
    "points": ("知识点", "Knowledge points"),
    "final": ("最终答案", "Final answer"),
    "method": ("解法 {n}", "Method {n}"),
    "q": ("问", "Q"),
    "a": ("答", "A"),
    "claim": ("断言", "Claim"),
    "counterexample": ("反例", "Counterexample"),
    "prereqs": ("先修", "Prerequisites"),
    "answer": ("答案", "Answer"),
    "variants": ("变式", "Variants"),
    "notes": ("说明", "Notes"),
    "time": ("用时 {s:.2f} 秒 · 模型调用 {calls} 次 · 模型 {model}", "Time {s:.2f} s · model calls {calls} · model {model}"),
    "cut": ("…（共 {n} 字符）", "… ({n} characters)"),
    "verified": ("✔ 已验证", "✔ verified"),
    "refuted": ("✘ 有误", "✘ refuted"),
    "unknown": ("? 未判定", "? unknown"),
    "all": ("✔ 全部步骤已验证", "✔ every step verified"),
    "n_of_m": ("? {n}/{m} 步已验证", "? {n} of {m} steps verified"),
    "model": ("模型", "model"),
    "repaired": ("模型修正", "repaired"),
    "symbolic": ("符号专家", "symbolic specialist"),
    "teacher": ("教师编写", "teacher-written"),
    "teacher_edited": ("教师编辑", "teacher-edited"),
    "level_easier": ("较易", "easier"),
    "level_harder": ("较难", "harder"),
    "sep": ("：", ": "),
    "reading": ("读题", "Reading"),
    "partial": ("（部分读懂）", " (partial)"),
}


def render_text(result: Result, lang: str = "zh") -> str:
    """Format a Result for a terminal (plain text, no colour codes), every label and note in `lang`."""
    en = lang == "en"

    def w(key: str, **fields: object) -> str:
        text = _WORDS[key][1 if en else 0]
        return text.format(**fields) if fields else text

    def o(text: str) -> str:
        return one_language(text or "", lang)

    name_of = knowledge_namer(lang)  # points by name in `lang`, never their ids

    def names(ids: list[str]) -> str:
        return ", ".join(name_of(pid) for pid in ids)

    sep = w("sep")
    problem = result["problem"]
    if len(problem) > SHOWN_PROBLEM_CHARS:  # a pasted page must not flood the terminal
        problem = problem[:SHOWN_PROBLEM_CHARS] + w("cut", n=len(problem))
    out = [f"{w('problem')}{sep}{problem}"]
    if result["topic"] or result["knowledge_points"]:
        topic = o(MODULES.get(result["topic"], result["topic"])) or "-"
        out.append(f"{w('topic')}{sep}{topic}   "
                   f"{w('points')}{sep}{names(result['knowledge_points']) or '-'}")
    reading = result.get("reading")
    if reading:
        out.append("0. " + w("reading") + ("" if reading["complete"] else w("partial")))
        out += [f"     {line}" for line in describe(reading, lang).splitlines()]
    out.append(f"{w('final')}{sep}{result['final_answer'] or '-'}")
    for n, solution in enumerate(result["solutions"], 1):
        statuses = [step["verdict"]["status"] for step in solution["steps"]]
        done = statuses.count("verified")
        mark = w("all") if solution["verified"] and done == len(statuses) else w("n_of_m", n=done, m=len(statuses))
        out += ["", f"── {w('method', n=n)}{sep}{o(solution['method'])}  [{mark}]"]
        for i, step in enumerate(solution["steps"], 1):
            verdict = step["verdict"]
            out.append(f"  {i}. {w('q')}{sep}{step['question']}")
            out.append(f"     {w('a')}{sep}{step['answer']}")
            if step["claim"]:
                out.append(f"     {w('claim')}{sep}{claim_to_latex(step['claim'], lang)}")
            status = verdict["status"] if verdict["status"] in ("verified", "refuted") else "unknown"
            source = step["source"] if step["source"] in _WORDS else "model"
            line = f"     [{w(status)}] [{w(source)}]"
            if verdict["reason"]:
                line += f" {o(verdict['reason'])}"
            out.append(line)
            if verdict.get("counterexample"):
                out.append(f"     {w('counterexample')}{sep}{o(str(verdict['counterexample']))}")
            if step["knowledge_points"]:
                out.append(f"     {w('points')}{sep}{names(step['knowledge_points'])}")
            if step.get("prerequisites"):
                out.append(f"     {w('prereqs')}{sep}{names(step['prerequisites'])}")
        out.append(f"  {w('answer')}{sep}{solution['final_answer']}")
    if result["variants"]:
        out += ["", f"── {w('variants')}"]
        for v in result["variants"]:
            mark = "✔" if v["verified"] else "?"
            level = v.get("level")
            tag = f"[{w('level_' + level)}] " if level in ("easier", "harder") else ""
            out.append(f"  {mark} {tag}{v['question']}  ({o(v['change'])}) → {v['answer']}")
    if result["warnings"]:
        out += ["", f"── {w('notes')}"] + [f"  ! {o(note)}" for note in result["warnings"]]
    total = sum(row["seconds"] for row in result["trace"])
    calls = sum(row["model_calls"] for row in result["trace"])
    out += ["", w("time", s=total, calls=calls, model=result["model"])]
    return "\n".join(out)
