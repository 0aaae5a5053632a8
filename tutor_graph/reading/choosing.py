"""Strategies for choice questions: compute the asked value, then the one option equal to it (worker side)."""

from __future__ import annotations

import re

from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

_UNIT = re.compile(r"^\s*(.*?\S)\s*[\u4e00-\u9fff]{1,2}\s*$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def without_unit(text: str) -> str:
    """An option's value without a trailing unit word, when the rest is mathematics.

    >>> without_unit("3 盏"), without_unit("$12$种"), without_unit("不存在"), without_unit("x>1")
    ('3', '$12$', '不存在', 'x>1')
    """
    found = _UNIT.match(text)
    return found.group(1) if found and not _CJK.search(found.group(1)) else text


def match_option(found: tuple[Chain, str], options: dict[str, str]) -> tuple[Chain, str] | None:
    """The letter of the single option that grades equal to the computed value; None if not exactly one."""
    from tutor_graph.checks.grading import judge

    chain, value = found
    letters = [k for k, text in options.items() if text and judge(value, text).correct]
    if not letters:  # options that carry a unit ("3 盏", "12 种"): compare the number itself
        letters = [k for k, text in options.items() if text and (bare := without_unit(text)) != text
                   and judge(value, bare).correct]
    if len(letters) != 1:
        return None
    letter = letters[0]
    chain.ask(("哪个选项与算得的结果相等？", "Which option equals the result?"),
              (f"{letter}（{options[letter]}）", f"{letter} ({options[letter]})"),
              f"{value} = {without_unit(options[letter])}", kps=(),
              hints=[("选项可能写成另一种等价的形式。", "An option may be written in another, equal form."),
                     ("逐个比较选项与结果。", "Compare each option with the result.")], context=())
    return chain, letter


def test_options(reading: Reading, expression: str, reading_step) -> tuple[Chain, str] | None:
    """Each option put into `expression = option` under the givens and checked: the one verified while every
    other is refuted is the answer (sets, complex numbers, trig values, sequences: whatever the checker decides)."""
    from tutor_graph.checks import check_step
    from tutor_graph.reading.verifying import context_of

    if not expression or not reading["options"]:
        return None
    context = context_of(reading)
    verdicts = {k: check_step(f"{expression} = {text}", context or None) for k, text in reading["options"].items() if text}
    verified = [k for k, v in verdicts.items() if v.status == "verified"]
    if len(verified) != 1 or any(v.status != "refuted" for k, v in verdicts.items() if k != verified[0]):
        return None  # not exactly one option decided true with every other decided false
    letter = verified[0]
    chain = Chain(method=("逐项检验选项", "Test each option"), knowledge_points=(), context=tuple(context))
    reading_step(chain, reading)
    others = "、".join(k for k in verdicts if k != letter)
    chain.ask((f"把选项代入，${expression}$ 等于哪个选项？", f"Substituting the options, which one does ${expression}$ equal?"),
              (f"{letter}：${expression}={reading['options'][letter]}$（{others} 经检验不成立）",
               f"{letter}: ${expression}={reading['options'][letter]}$ ({others} fail the check)"),
              f"{expression} = {reading['options'][letter]}", kps=(),
              hints=[("先由已知求出所求的量，再与各选项比较。", "Work out the quantity first, then compare with each option.")])
    return chain, letter


FALSE_WANTED = re.compile(r"错误|不正确|不成立|不一定成立|\b(?:false|incorrect|wrong)\b", re.I)


def judge_statements(reading: Reading, reading_step) -> tuple[Chain, str] | None:
    """Options that are statements, each checked under the givens: the one true (or, when the question asks
    for the wrong one, the one false) while every other is decided the other way."""
    from tutor_graph.checks import check_step
    from tutor_graph.reading.verifying import context_of

    if not reading["options"]:
        return None
    want_false = bool(FALSE_WANTED.search(reading["goals"][0]["text"]))
    context = context_of(reading)
    verdicts = {k: check_step(text, context or None) for k, text in reading["options"].items() if text}
    wanted, other = ("refuted", "verified") if want_false else ("verified", "refuted")
    picked = [k for k, v in verdicts.items() if v.status == wanted]
    if len(picked) != 1 or any(v.status != other for k, v in verdicts.items() if k != picked[0]):
        return None
    letter = picked[0]
    chain = Chain(method=("逐项判断选项", "Judge each option"), knowledge_points=(), context=tuple(context))
    reading_step(chain, reading)
    for k, text in reading["options"].items():
        holds = verdicts[k].status == "verified"
        chain.ask((f"选项 {k}：${text}$ 成立吗？", f"Option {k}: does ${text}$ hold?"),
                  ("成立" if holds else f"不成立（{verdicts[k].counterexample or verdicts[k].reason}）",
                   "yes" if holds else f"no ({verdicts[k].counterexample or verdicts[k].reason})"),
                  text if holds else "", kps=(),
                  hints=[("由已知条件逐一推理或举反例。", "Reason from the givens, or look for a counterexample.")])
    chain.ask(("所以应选哪一项？", "So which option is the answer?"), (letter, letter), "", kps=())
    return chain, letter
