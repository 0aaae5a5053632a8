"""Reading a final answer out of free model text (cot and chain modes), and the prompts that ask for it.

Extraction is plain string work; whether the answer is right is decided by the grader (SymPy), never here.
"""

from __future__ import annotations

import re

COT_PROMPT = {
    "zh": ("请逐步推理解答下面的高中数学题。最后单独写一行“最终答案：…”，只写答案本身"
           "（选择题只写选项字母）。\n\n题目：{question}"),
    "en": ("Solve the following high-school mathematics problem step by step. End with one line "
           "'Final answer: …' giving only the answer (for a choice question only the letter).\n\nProblem: {question}"),
}
CHAIN_PROMPT = {
    "zh": ("把下面的高中数学题拆成一串引导性问题（问题链），逐个回答。格式：\n"
           "问题1：…\n回答1：…\n问题2：…\n回答2：…\n最后单独写一行“最终答案：…”（选择题只写选项字母）。\n\n题目：{question}"),
    "en": ("Break the following high-school mathematics problem into a chain of guiding questions and answer "
           "each. Format:\nQ1: …\nA1: …\nQ2: …\nA2: …\nEnd with one line 'Final answer: …' "
           "(for a choice question only the letter).\n\nProblem: {question}"),
}

_FINAL = re.compile(r"(?:最终答案|答案是|答案为|final answer|answer)\s*(?:is)?\s*[:：]?\s*(.+)", re.IGNORECASE)
_QUESTION = re.compile(r"^\s*(?:问题\s*\d+|Q\s*\d+|\d+[\.、)])\s*[:：.]?", re.IGNORECASE | re.MULTILINE)
_OPTION_LINE = re.compile(r"^\s*[A-D][\.．、]\s*\S")  # "D. $\{0,1,2\}$": an option echoed, not a choice made
_LETTERS = re.compile(r"\b([A-D](?:\s*[,，、和]?\s*[A-D])*)\b")


def boxed(text: str) -> str | None:
    r"""The content of the last \boxed{…} (balanced braces), or None.

    >>> boxed(r"so \boxed{\frac{1}{2}}.")
    '\\frac{1}{2}'
    """
    start = text.rfind("\\boxed{")
    if start < 0:
        return None
    depth, i = 0, start + len("\\boxed")
    for j in range(i, len(text)):
        depth += {"{": 1, "}": -1}.get(text[j], 0)
        if depth == 0:
            return text[i + 1: j].strip()
    return None


def final_answer(text: str, choice: bool = False) -> str:
    """The final answer a model wrote: the last \\boxed{}, else the last 'final answer:' line, else the last line
    that is not an option echoed from the question (a model repeating "D. …" has not chosen D).

    >>> final_answer("思路…\\n最终答案：$x=2$")
    'x=2'
    >>> final_answer("Therefore the answer is (B).", choice=True)
    'B'
    """
    text = (text or "").strip()
    found = boxed(text)
    if found is None:
        matches = _FINAL.findall(text)
        lines = [ln for ln in text.splitlines() if ln.strip() and not _OPTION_LINE.match(ln)]
        found = matches[-1] if matches else (lines[-1] if lines else "")
    found = found.strip().strip("。.$ ").strip()
    if choice:
        letters = _LETTERS.findall(found.upper() if len(found) <= 3 else found)
        return "".join(sorted(set(re.sub(r"[^A-D]", "", letters[-1])))) if letters else ""
    return found[:300]


def chain_questions(text: str) -> int:
    """How many guiding questions a model-written chain holds (numbered lines).

    >>> chain_questions("问题1：判别式是多少？\\n回答1：1\\n问题2：根是什么？\\n回答2：2,3")
    2
    """
    return len(_QUESTION.findall(text or ""))
