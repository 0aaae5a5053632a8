"""The phrasing lint: every rendered chain reads as questions a teacher would ask (issue #11, item 5).

Rules, per chain (both languages of each step are read; claims are the checker's and are not linted):
- `question`: every step's question is a question: it ends with ？/? (zh) or ? (en), not an order.
- `idea`: the chain opens with a question about the idea before any computation (`Chain.idea`: answered in
  words, no claim).
- `hints`: every step has a hint ladder of 2–3 rungs.
- `leak`: no rung states the step's answer.
- `formula`: what students read is printed as a textbook prints it: no `-(1)`, `((4)/(3))`, `1x`, `+-`, `^{1}`, `**`.

`lint_texts(texts)` renders the chains of every recognised text (no checker runs) and returns the
violations with the (file, type) that wrote them, so a test can hold a shrinking allow-list.

>>> bad_formulas("y-(1)=4(x-(1))")
['-(1)', '-(1)']
>>> bad_formulas("a=2^{((4)/(3))}")
['((4)/(3))']
>>> bad_formulas("$y - 1 = 4\\\\left(x - 1\\\\right)$")
[]
>>> is_question("闭区间上连续函数的最值可能在哪些点取得？", "zh")
True
>>> is_question("比较端点和这些点的函数值。", "zh")
False
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from tutor_graph.specialist.chain import Chain, DraftStep, Text
from tutor_graph.specialist.render import TEXT_HABITS

RULES = ("question", "idea", "hints", "leak", "formula")

_ZH_END = ("？", "?")
_EN_END = ("?",)
_MATH = re.compile(r"\$([^$]+)\$")
_NAME = re.compile(r"[A-Za-z](?:_\{?\w+\}?)?|\\(?:alpha|beta|theta|varphi|omega)")


def is_question(text: str, lang: str) -> bool:
    """Whether a step's question, in `lang`, ends as a question does."""
    return text.rstrip().endswith(_ZH_END if lang == "zh" else _EN_END)


def bad_formulas(text: str) -> list[str]:
    """The pieces of `text` that are not printed as a textbook prints them."""
    # the same habits that render.textbook rewrites: one list, so the lint and the fix cannot drift apart
    found = []
    for pattern in TEXT_HABITS:
        found += [m.group(0).strip() or m.group(0) for m in pattern.finditer(text)]
    return found


def _squash(text: str) -> str:
    """A formula without spacing and sizing marks, so `x = 2` and `x=2` compare equal; `$` kept."""
    return re.sub(r"[ \t]+|\\left|\\right|\\,", "", text)


def leaks(hint: str, answer: str) -> bool:
    """Whether a hint rung states the step's answer: every formula of the answer stands whole in the hint
    (`$2$` or `=2` leaks `$2$`; the 2 of `$x^2$` or the π of `$\\pi r^2$` does not)."""
    # a bare name (`$a$ 在 0 与 1 之间`) is not the answer: the words are
    formulas = [f for f in (_squash(f) for f in _MATH.findall(answer) or [answer]) if f and not _NAME.fullmatch(f)]
    if not formulas:
        return False
    squashed = _squash(hint)
    # whole: not inside a longer formula (a letter, digit or script mark on either side)
    return all(re.search(r"(?<![A-Za-z0-9\\^_{}.])" + re.escape(f) + r"(?![A-Za-z0-9^_{}(\[]|\.\d)", squashed) for f in formulas)


@dataclass(frozen=True)
class Violation:
    """One broken rule: where (file, type, method, step) and what."""

    file: str
    type_id: str
    method: str
    step: int  # 0-based; -1 for a rule of the whole chain
    rule: str
    detail: str


def _both(text: Text | str) -> tuple[str, str]:
    return (text, text) if isinstance(text, str) else text


def _step_violations(d: DraftStep) -> Iterator[tuple[str, str]]:
    zh, en = _both(d.question)
    if not is_question(zh, "zh"):
        yield "question", zh
    if not is_question(en, "en"):
        yield "question", en
    if not 2 <= len(d.hints) <= 3:
        yield "hints", f"{len(d.hints)} rungs"
    for lang in (0, 1):
        answer = _both(d.answer)[lang]
        for h in d.hints:
            if leaks(_both(h)[lang], answer):
                yield "leak", _both(h)[lang]
        for text in (_both(d.question)[lang], answer, *(_both(h)[lang] for h in d.hints)):
            for piece in bad_formulas(text):
                yield "formula", f"{piece}  in  {text}"


def lint_chain(chain: Chain, file: str = "", type_id: str = "") -> list[Violation]:
    """Every rule broken by one rendered chain."""
    method = chain.method[0]
    out: list[Violation] = []
    if chain.steps and not chain.steps[0].idea:
        out.append(Violation(file, type_id, method, -1, "idea", _both(chain.steps[0].question)[0]))
    for i, d in enumerate(chain.steps):
        out += [Violation(file, type_id, method, i, rule, detail) for rule, detail in _step_violations(d)]
    for piece in bad_formulas(" ".join(_both(chain.final_answer))):
        out.append(Violation(file, type_id, method, -1, "formula", piece))
    return out


@dataclass
class Report:
    """What the lint found over many texts."""

    chains: int = 0
    steps: int = 0
    questions: int = 0  # steps whose question is a question in both languages
    violations: list[Violation] = field(default_factory=list)
    seen: set[tuple[str, str]] = field(default_factory=set)  # (file, type) of every chain linted

    @property
    def question_share(self) -> float:
        return self.questions / self.steps if self.steps else 0.0

    def by_rule(self) -> Counter:
        return Counter(v.rule for v in self.violations)

    def offenders(self) -> set[tuple[str, str]]:
        return {(v.file, v.type_id) for v in self.violations}

    def summary(self) -> str:
        rules = ", ".join(f"{r} {self.by_rule().get(r, 0)}" for r in RULES)
        return (f"{self.chains} chains, {self.steps} steps, {self.questions} phrased as questions "
                f"({self.question_share:.1%}); violations: {rules}; "
                f"(file, type) clean {len(self.seen - self.offenders())} of {len(self.seen)}")


def _chains_of(text: str) -> Iterator[tuple[str, str, Chain]]:
    """(file, type, chain) for every method that applies to a recognised text, rendered but not checked."""
    from tutor_graph.specialist.recognition import recognise
    from tutor_graph.specialist.solving import _chains
    from tutor_graph.specialist.types import all_types

    rec = recognise(text)
    if rec is None or rec._solver is None:
        return
    # a template type's teaching text is its YAML (`arithmetic.yaml`), not the shared renderer that wrote it
    templates = {t.type_id: f"{t.name}.yaml" for t in all_types()}
    methods = {m.name: m for m in rec._solver.methods}
    for chain in _chains(rec, len(methods) or 1):
        method = methods.get(chain.method)
        module = method.build.__module__ if method is not None else rec._solver.detect.__module__
        yield templates.get(rec.type_id, module.rsplit(".", 1)[-1] + ".py"), rec.type_id, chain


def lint_texts(texts: Iterable[str]) -> Report:
    """Render the chains of every text the specialist recognises and lint them."""
    report = Report()
    for text in dict.fromkeys(texts):
        for file, type_id, chain in _chains_of(text):
            report.chains += 1
            report.seen.add((file, type_id))
            for d in chain.steps:
                report.steps += 1
                report.questions += all(is_question(t, lang) for t, lang in zip(_both(d.question), ("zh", "en"), strict=True))
            report.violations += lint_chain(chain, file, type_id)
    return report
