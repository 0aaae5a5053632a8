"""A Result as readable text for the terminal: the chain with verdict badges and sources, methods, variants."""

from __future__ import annotations

from tutor_graph.reading import describe
from tutor_graph.result import Result

BADGES = {"verified": "✔ 已验证 verified", "refuted": "✘ 有误 refuted", "unknown": "? 未判定 unknown"}
SOURCES = {"model": "模型 model", "repaired": "模型修正 repaired", "symbolic": "符号求解 symbolic"}
SHOWN_PROBLEM_CHARS = 500


def render_text(result: Result) -> str:
    """Format a Result for a terminal (plain text, no colour codes)."""
    problem = result["problem"]
    if len(problem) > SHOWN_PROBLEM_CHARS:  # a pasted page must not flood the terminal
        problem = f"{problem[:SHOWN_PROBLEM_CHARS]}… （共 {len(problem)} 字符 / {len(problem)} characters）"
    out = [f"题目 Problem: {problem}"]
    if result["topic"] or result["knowledge_points"]:
        out.append(f"主题 Topic: {result['topic'] or '-'}   知识点 Knowledge points: {', '.join(result['knowledge_points']) or '-'}")
    reading = result.get("reading")
    if reading:
        out.append("0. 读题 Reading" + ("" if reading["complete"] else " （部分 partial）"))
        out += [f"     {line}" for line in describe(reading, "zh").splitlines()]
    out.append(f"最终答案 Final answer: {result['final_answer'] or '-'}")
    for n, solution in enumerate(result["solutions"], 1):
        mark = "✔ 已验证 verified" if solution["verified"] else "? 未完全验证 not fully verified"
        out += ["", f"── 解法 {n} Method {n}: {solution['method']}  [{mark}]"]
        for i, step in enumerate(solution["steps"], 1):
            verdict = step["verdict"]
            out.append(f"  {i}. 问 Q: {step['question']}")
            out.append(f"     答 A: {step['answer']}")
            if step["claim"]:
                out.append(f"     结论 Claim: {step['claim']}")
            line = f"     [{BADGES.get(verdict['status'], verdict['status'])}] [{SOURCES.get(step['source'], step['source'])}]"
            if verdict["reason"]:
                line += f" {verdict['reason']}"
            out.append(line)
            if verdict.get("counterexample"):
                out.append(f"     反例 Counterexample: {verdict['counterexample']}")
            if step["knowledge_points"]:
                out.append(f"     知识点 Knowledge: {', '.join(step['knowledge_points'])}")
            if step.get("prerequisites"):
                out.append(f"     先修 Prerequisites: {', '.join(step['prerequisites'])}")
        out.append(f"  答案 Answer: {solution['final_answer']}")
    if result["variants"]:
        out += ["", "── 变式 Variants"]
        for v in result["variants"]:
            mark = "✔" if v["verified"] else "?"
            out.append(f"  {mark} {v['question']}  （{v['change']}）→ {v['answer']}")
    if result["warnings"]:
        out += ["", "── 提示 Notes"] + [f"  ! {w}" for w in result["warnings"]]
    total = sum(t["seconds"] for t in result["trace"])
    calls = sum(t["model_calls"] for t in result["trace"])
    out += ["", f"用时 Time: {total:.2f} s · 模型调用 model calls: {calls} · 模型 model: {result['model']}"]
    return "\n".join(out)
