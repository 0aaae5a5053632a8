"""A Reading in words, as step 0 of a chain: 已知 … / 求 … (or Given … / Find …), partial readings said so."""

from __future__ import annotations

from tutor_graph.result import ReadGoal, Reading

_KIND_WORDS = {
    "value": ("的值", "the value of"), "extremum": ("的最值", "the extreme value of"),
    "range": ("的取值范围", "the range of"), "interval": ("的单调区间", "the monotonic intervals of"),
    "solve": ("的解", "the solutions of"), "angle": ("（夹角）", "(the angle)"),
    "expression": ("的表达式", "the expression of"), "count": ("的个数", "the number of"),
    "quantity": ("", ""),
    "conjugate": ("的共轭复数", "the conjugate of"), "imaginary": ("的虚部", "the imaginary part of"),
    "real": ("的实部", "the real part of"), "modulus": ("的模", "the modulus of"),
    "tangent": ("处的切线方程", "the tangent line of"), "coefficient": ("（展开式中该项的系数）", "the coefficient in"),
    "least": ("成立的最小正整数 n", "the least positive integer n with"),
    "projection": ("（前者在后者上的投影的数量）", "the scalar projection (first on second) of"),
}


def goal_text(goal: ReadGoal, lang: str) -> str:
    """One goal in words in `lang`: `m 的值`, `the range of a`, `证明：…`."""
    zh, en = _KIND_WORDS.get(goal["kind"], ("", ""))
    what = goal["expression"] or goal["text"]
    label = f"{goal['part']} " if goal["part"] else ""
    if goal["kind"] == "prove":
        return label + (f"证明：{goal['text']}" if lang == "zh" else f"prove: {goal['text']}")
    if goal["kind"] == "choice":
        return "选出正确选项" if lang == "zh" else "the correct option"
    return label + (f"{what} {zh}".strip() if lang == "zh" else f"{en} {what}".strip())


def describe(reading: Reading, lang: str = "zh") -> str:
    """The reading in one line per part: 已知 givens；求 goals；(未读懂: …)."""
    # a relation read from words shows its words and the formula it became: "a+b 与 a 垂直 ⇒ (…)=0"
    givens = [f"{g['text']} ⇒ {g['claim']}" if g["kind"] == "relation" and g["claim"] else g["claim"] or g["text"]
              for g in reading["givens"]]
    if len(reading["goals"]) > 1:  # a given of one part only says which part: "(2) a=-2"
        from tutor_graph.reading.goals import part_of

        givens = [f"{part_of(reading, g)} {text}".strip() for g, text in zip(reading["givens"], givens, strict=True)]
    goals = [goal_text(g, lang) for g in reading["goals"]]
    zh = lang != "en"
    out = []
    out.append(("已知：" if zh else "Given: ") + ("；".join(givens) if zh else "; ".join(givens) if givens else "-")
               if givens else ("已知：（无）" if zh else "Given: (nothing)"))
    out.append(("求：" if zh else "Find: ") + (("；" if zh else "; ").join(goals) if goals else ("（未读出）" if zh else "(not read)")))
    if reading["options"]:
        out.append(("选项：" if zh else "Options: ") + "  ".join(f"{k}. {v}" for k, v in reading["options"].items()))
    if reading["unread"]:
        out.append(("未读懂（部分读题）：" if zh else "Not read (partial reading): ") + " | ".join(reading["unread"][:6]))
    if reading.get("corrected"):
        out.append("（读题已由教师更正）" if zh else "(reading corrected by the teacher)")
    return "\n".join(out)
