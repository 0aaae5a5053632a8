"""The one text format of a question chain for training data, and its parser.

A chain is written one field per line, numbered by step, with the final answer last::

    【问1】左边能分解成哪些一次因式的乘积？
    【答1】$x^2-5x+6=(x-2)(x-3)$
    【验1】x^2 - 5*x + 6 = (x - 2)*(x - 3)
    【问2】方程的根是什么？
    【答2】$x=2$ 或 $x=3$
    【验2】x^2 - 5*x + 6 = 0 \\Rightarrow x=2 或 x=3
    【据2】x>0
    【最终答案】$x=2$ 或 $x=3$

`问` is the guiding question, `答` its answer, `验` the machine-checkable claim the answer establishes
(optional), `据` one given the claim relies on (optional, one per line), `最终答案` the final answer.
English labels (`[Q1]`, `[A1]`, `[Check1]`, `[Given1]`, `[Final answer]`) parse the same way. The export
writes it (`format_chain`) and the training reward reads it back (`parse_chain`); nothing here does math.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Past these the text is not a chain we read: a reward must stay fast on any model output.
MAX_CHARS = 12_000
MAX_STEPS = 16
MAX_GIVENS = 6

LABELS = {
    "zh": {"q": "问", "a": "答", "claim": "验", "given": "据", "final": "最终答案"},
    "en": {"q": "Q", "a": "A", "claim": "Check", "given": "Given", "final": "Final answer"},
}
_FIELD = {label: key for labels in LABELS.values() for key, label in labels.items() if key != "final"}
_STEP_LINE = re.compile(r"^\s*(?:【(问|答|验|据)(\d{1,2})】|\[(Q|A|Check|Given)(\d{1,2})\])\s*(.*)$")
_FINAL_LINE = re.compile(r"^\s*(?:【最终答案】|\[Final answer\])\s*(.*)$")

INSTRUCTION = {
    "zh": (
        "请用问题链解答下面的题目：把解题过程拆成一串引导性的小问题，逐个回答。"
        "每一步写【问k】问题、【答k】回答，能用式子验证的写【验k】结论（需要的条件写【据k】），"
        "最后一行写【最终答案】。"
    ),
    "en": (
        "Solve the problem below as a question chain: break the solution into guiding questions and answer "
        "each. For step k write [Qk] the question, [Ak] the answer, [Checkk] a checkable claim where there is "
        "one (with [Givenk] for each given it needs), and end with a line [Final answer]."
    ),
}


@dataclass(frozen=True)
class ChainStep:
    """One link: a guiding question, its answer, and the claim (with givens) the answer establishes."""

    question: str
    answer: str
    claim: str = ""
    givens: tuple[str, ...] = ()


@dataclass(frozen=True)
class Chain:
    """A parsed question chain with its final answer."""

    steps: tuple[ChainStep, ...]
    final_answer: str
    notes: tuple[str, ...] = field(default=())


def one_line(text: str) -> str:
    """Collapse whitespace (newlines included) so a field stays on its line."""
    return " ".join(str(text).split())


def build_prompt(problem: str, lang: str = "zh") -> str:
    """The user turn: the instruction to answer as a question chain, then the problem."""
    head = "题目：" if lang == "zh" else "Problem: "
    return f"{INSTRUCTION[lang]}\n\n{head}{problem.strip()}"


def format_chain(chain: Chain, lang: str = "zh") -> str:
    """Write a chain in the fixed format (`parse_chain` reads it back unchanged).

    >>> text = format_chain(Chain((ChainStep("Δ 是多少？", "1", "(-5)^2-4*6=1"),), "$x=2$ 或 $x=3$"))
    >>> print(text)
    【问1】Δ 是多少？
    【答1】1
    【验1】(-5)^2-4*6=1
    【最终答案】$x=2$ 或 $x=3$
    >>> parse_chain(text).steps[0].claim
    '(-5)^2-4*6=1'
    """
    lab = LABELS[lang]

    def tag(key: str, k: int | None = None) -> str:
        if lang == "zh":
            return f"【{lab[key]}{'' if k is None else k}】"
        return f"[{lab[key]}{'' if k is None else k}] "

    lines: list[str] = []
    for k, step in enumerate(chain.steps, start=1):
        lines += [f"{tag('q', k)}{one_line(step.question)}", f"{tag('a', k)}{one_line(step.answer)}"]
        if step.claim:
            lines.append(f"{tag('claim', k)}{one_line(step.claim)}")
            lines += [f"{tag('given', k)}{one_line(g)}" for g in step.givens]
    lines.append(f"{tag('final')}{one_line(chain.final_answer)}")
    return "\n".join(lines)


def parse_chain(text: object) -> Chain | None:
    """Read a chain back; None when the text is not one (no steps, steps out of order, no final answer).

    Lines outside the format are ignored (a model may add a preamble); a field may not be repeated.

    >>> parse_chain("hello") is None
    True
    >>> c = parse_chain("好的。\\n[Q1] f'(x)?\\n[A1] 2x\\n[Check1] f'(x)=2x\\n[Given1] f(x)=x^2\\n[Final answer] 2x")
    >>> (c.steps[0].givens, c.final_answer)
    (('f(x)=x^2',), '2x')
    """
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_CHARS:
        return None
    fields: list[dict[str, object]] = []
    final: str | None = None
    for line in text.splitlines():
        if final is not None:
            break  # anything after the final answer is not part of the chain
        if done := _FINAL_LINE.match(line):
            final = done.group(1).strip()
            continue
        match = _STEP_LINE.match(line)
        if not match:
            continue
        label = match.group(1) or match.group(3)
        number = int(match.group(2) or match.group(4))
        value = match.group(5).strip()
        key = _FIELD[label]
        if number == len(fields) + 1 and key == "q":
            if len(fields) >= MAX_STEPS:
                return None
            fields.append({"q": value, "givens": []})
        elif number != len(fields) or not fields:
            return None  # a step number that does not continue the chain
        elif key == "given":
            givens = fields[-1]["givens"]
            assert isinstance(givens, list)
            if len(givens) >= MAX_GIVENS:
                return None
            givens.append(value)
        elif key in fields[-1]:
            return None
        else:
            fields[-1][key] = value
    if not fields or not final:
        return None
    steps = []
    for item in fields:
        if not item.get("q") or not item.get("a"):
            return None
        givens = tuple(str(g) for g in item["givens"] if g)  # type: ignore[attr-defined]
        if givens and not item.get("claim"):
            return None
        steps.append(ChainStep(str(item["q"]), str(item["a"]), str(item.get("claim", "")), givens))
    return Chain(tuple(steps), final)
