"""Sets of numbers (worker side): listed sets and {x | condition} solved to intervals, then ∩, ∪, complements.

The sets the Reading defines (A = {1, 2, 3}, B = {x | x² − x − 6 < 0}, x ∈ Z …) become SymPy sets; the asked set
expression is computed and compared with each option written the same way (a listed set, {x | …}, an interval,
a union), or each option that is a statement (A ∩ B = ∅, A ∪ B = R, B ⊆ A) is judged. One option must hold.
Each condition solved is a step whose claim (condition ⇔ solution) the math layer checks.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor_graph.reading.strategy_parts import parse
from tutor_graph.result import Reading

_DOMAINS = {"Z": sp.S.Integers, "N": sp.S.Naturals0, "R": sp.S.Reals, "Q": sp.S.Rationals}
_OPS = r"<=|>=|\\le\b|\\ge\b|\\leq\b|\\geq\b|≤|≥|<|>|="
MAX_ELEMENTS = 40


def _domain(text: str) -> sp.Set | None:
    m = re.fullmatch(r"\s*(?:\\mathbb\s*\{?\s*)?([ZNRQ])(?:\^\*|\^\{\*\}|_\+|\s*\})?\s*", text)
    if not m:
        return None
    base = _DOMAINS[m.group(1)]
    return sp.S.Naturals if m.group(1) == "N" and "*" in text else base


def _condition(text: str, x: sp.Symbol) -> sp.Set | None:
    """The real solutions of a (chained) inequality or equation in x."""
    parts = re.split(rf"({_OPS})", text)
    if len(parts) < 3 or len(parts) % 2 == 0:
        return None
    parsed = [parse(p) for p in parts[0::2]]
    if any(v is None for v in parsed):
        return None
    values = [v.subs({s: x for s in v.free_symbols if s.name == x.name}) for v in parsed if v is not None]
    if any(v.free_symbols - {x} for v in values):
        return None
    ops = {"<": sp.Lt, ">": sp.Gt, "=": sp.Eq, "<=": sp.Le, ">=": sp.Ge, "\\le": sp.Le, "\\ge": sp.Ge, "\\leq": sp.Le,
           "\\geq": sp.Ge, "≤": sp.Le, "≥": sp.Ge}
    result: sp.Set = sp.S.Reals
    for left, op, right in zip(values, parts[1::2], values[1:], strict=False):
        rel = ops[op.strip()](left, right)
        result = sp.Intersection(result, sp.solveset(rel, x, domain=sp.S.Reals))
    return sp.simplify(result) if not isinstance(result, sp.ConditionSet) else None


def parse_set(text: str, named: dict[str, sp.Set]) -> sp.Set | None:
    """A set written as {…}, {x | …}, an interval, R, ∅, a name, or a union / intersection of these."""
    text = text.strip().strip("$").strip()
    text = re.sub(r"\\(?:left|right)\s*", "", text)
    text = re.sub(r"\\\}\s*U\s*\\\{", r"\\} \\cup \\{", text)  # "{…} U {…}": the union sign as OCR leaves it
    for op, combine in (("\\cup", sp.Union), ("∪", sp.Union), ("\\cap", sp.Intersection), ("∩", sp.Intersection)):
        pieces = _split_top(text, op)
        if len(pieces) > 1:
            sets = [parse_set(p, named) for p in pieces]
            return None if any(s is None for s in sets) else combine(*sets)
    if re.fullmatch(r"\\varnothing|\\emptyset|∅|\\?\{\s*\\?\}", text):
        return sp.S.EmptySet
    if text in named:
        return named[text]
    domain = _domain(text)
    if domain is not None:
        return domain
    m = re.fullmatch(r"\(\s*(.+?)\s*\)", text)
    if m:
        return _set_expression(m.group(1), named) or _interval(text)
    m = re.fullmatch(r"\\?\{\s*(.*?)\s*\\?\}", text, re.S)
    if m:
        return _braces(m.group(1))
    return _interval(text)


def _set_expression(text: str, named: dict[str, sp.Set]) -> sp.Set | None:
    return parse_set(text, named) if re.search(r"\\cup|\\cap|[A-Z]", text) and "," not in text else None


def _split_top(text: str, op: str) -> list[str]:
    depth, out, start, i = 0, [], 0, 0
    while i < len(text):
        if text.startswith("\\{", i) or text[i] in "([":
            depth += 1
        elif text.startswith("\\}", i) or text[i] in ")]":
            depth -= 1
        elif depth == 0 and text.startswith(op, i):
            out.append(text[start:i])
            start = i + len(op)
        i += 1
    out.append(text[start:])
    return [p for p in out if p.strip()] if len(out) > 1 else [text]


def _interval(text: str) -> sp.Set | None:
    m = re.fullmatch(r"([(\[])\s*(.+?)\s*,\s*(.+?)\s*([)\]])", text.strip())
    if not m:
        return None
    lo = -sp.oo if re.fullmatch(r"-\s*\\infty", m.group(2)) else parse(m.group(2))
    hi = sp.oo if re.fullmatch(r"\+?\s*\\infty", m.group(3)) else parse(m.group(3))
    if lo is None or hi is None or lo.free_symbols or hi.free_symbols:
        return None
    return sp.Interval(lo, hi, m.group(1) == "(", m.group(4) == ")")


def _braces(body: str) -> sp.Set | None:
    m = re.fullmatch(r"\s*([a-z])\s*(?:(?:\\in|∈)\s*([^|]*?))?\s*(?:\\mid|\|)\s*(.+)", body, re.S)
    if not m:
        elements = [parse(e) for e in body.split(",")] if body.strip() else []
        if any(e is None or e.free_symbols for e in elements):
            return None
        return sp.FiniteSet(*elements)
    x = sp.Symbol(m.group(1), real=True)
    result: sp.Set = _domain(m.group(2)) if m.group(2) else sp.S.Reals
    if result is None:
        return None
    for piece in re.split(r"\s*,\s*", m.group(3).strip()):
        member = re.fullmatch(rf"\s*{m.group(1)}\s*(?:\\in|∈)\s*(.+)", piece)
        cond = _domain(member.group(1)) if member else _condition(piece, x)
        if cond is None:
            return None
        result = sp.Intersection(result, cond)
    return sp.simplify(result)


def _named(reading: Reading, asked: list[str]) -> dict[str, sp.Set] | None:
    named: dict[str, sp.Set] = {}
    for g in reading["givens"]:
        m = re.fullmatch(r"\s*([A-Z])\s*=\s*(\\?\{.*\\?\})\s*", g["claim"], re.S)
        ask = re.fullmatch(r"\s*(.+?)\s*=\s*\(\s*(?:\\quad)?\s*\)?\s*", g["claim"])
        if not m and ask and not asked:
            asked.append(ask.group(1))
            continue
        if not m:
            if g["claim"]:
                return None  # a given that is not a set definition: not this strategy
            continue
        value = parse_set(m.group(2), named)
        if value is None:
            return None
        named[m.group(1)] = value
    return named


def _evaluate(expression: str, named: dict[str, sp.Set]) -> sp.Set | None:
    expression = expression.strip()
    m = re.fullmatch(r"(?:\\complement|C|\\partial|\\oint)\s*_\s*\{?\s*([A-Z])\s*\}?\s*\(?\s*(.+?)\s*\)?\s*", expression)
    if m:
        universe = named.get(m.group(1)) if m.group(1) != "R" else sp.S.Reals
        inner = parse_set(m.group(2), named)
        return None if universe is None or inner is None else sp.Complement(universe, inner)
    return parse_set(expression, named)


def _statement(text: str, named: dict[str, sp.Set]) -> bool | None:
    for op, test in (("\\subseteq", _subset), ("⊆", _subset), ("\\subset", _subset), ("=", _equal)):
        if op in text:
            left, _, right = text.partition(op)
            a, b = parse_set(left, named), parse_set(right, named)
            return None if a is None or b is None else test(a, b)
    return None


def _subset(a: sp.Set, b: sp.Set) -> bool | None:
    """a ⊆ b, decided as a \\ b = ∅ (SymPy's is_subset leaves some interval cases undecided)."""
    return _equal(sp.Complement(a, b), sp.S.EmptySet)


def _equal(a: sp.Set, b: sp.Set) -> bool | None:
    both = sp.simplify(sp.SymmetricDifference(a, b))
    return True if both == sp.S.EmptySet else None if isinstance(both, sp.SymmetricDifference) else False


def set_answer(reading: Reading, expression: str, reading_step: Callable):
    """The one option equal to the asked set (or the one true statement about the sets)."""
    from tutor_graph.reading.strategy_parts import value_text
    from tutor_graph.reading.verifying import context_of
    from tutor_graph.specialist.chain import Chain

    options = reading["options"]
    if not options:
        return None
    asked: list[str] = []
    named = _named(reading, asked)
    if not named:
        return None
    kind = reading["goals"][0]["kind"]
    if kind == "choice" and asked:  # "则 M ∩ N=(" read as a given: it is the question
        kind, expression = "value", asked[0]
    if kind == "choice":
        truths = {k: _statement(t, named) for k, t in options.items()}
        if any(v is None for v in truths.values()) or sum(bool(v) for v in truths.values()) != 1:
            return None
        letter = next(k for k, v in truths.items() if v)
    else:
        value = _evaluate(expression, named)
        if value is None or isinstance(value, (sp.Complement, sp.Intersection, sp.Union)) and value.has(sp.ConditionSet):
            return None
        equal = {k: _equal(value, s) if (s := parse_set(t, named)) is not None else None for k, t in options.items()}
        if any(v is None for v in equal.values()) or sum(bool(v) for v in equal.values()) != 1:
            return None
        letter = next(k for k, v in equal.items() if v)
    chain = Chain(method=("化简集合再运算", "Simplify each set, then operate"), knowledge_points=("set.operations",))
    reading_step(chain, reading)
    for name, value in named.items():
        shown = value_text(value)
        chain.ask((f"集合 ${name}$ 化简后是什么？", f"What is the set ${name}$ simplified?"), (f"${name}={shown}$",) * 2,
                  _solved_claim(reading, name, value), kps=("set.operations",),
                  hints=[("先解出描述法中的不等式或方程。", "Solve the condition in the braces first.")])
    # the choice is a claim the math layer checks from the givens, independently of the SymPy sets above
    claim = options[letter] if kind == "choice" else f"{expression} = {options[letter]}"
    chain.ask(("哪个选项正确？", "Which option is right?"), (f"{letter}：${options[letter]}$", f"{letter}: ${options[letter]}$"), claim,
              kps=("set.operations",), context=tuple(context_of(reading)), hints=[("在数轴上比较。", "Compare on the number line.")])
    return chain, letter


def _solved_claim(reading: Reading, name: str, value: sp.Set) -> str:
    """`condition ⇔ x ∈ interval` for a set {x | one condition} of reals solved to intervals ('' otherwise), so the
    simplification is a step the checker decides."""
    from tutor_graph.reading.strategy_parts import value_text

    if not isinstance(value, (sp.Interval, sp.Union)) or any(not isinstance(p, sp.Interval) for p in sp.Union.make_args(value)):
        return ""
    for g in reading["givens"]:
        m = re.fullmatch(rf"\s*{name}\s*=\s*\\?\{{\s*([a-z])\s*(?:\\mid|\|)\s*(.+?)(?:\s*,\s*\1\s*(?:\\in|∈)\s*R)?\s*\\?\}}\s*",
                         g["claim"], re.S)
        if m and "," not in m.group(2):
            return f"{m.group(2)} ⇔ {m.group(1)} \\in {value_text(value)}"
    return ""


_SUBSET = re.compile(r"(?<![A-Za-z\\])([A-Z])\s*(\\subseteq|\\subsetneqq|\\subsetneq|\\subset|⊆|⊊|⊂)\s*([A-Z])(?![A-Za-z])")
_SUBSET_WORDS = {"\\subseteq": "\\subseteq", "⊆": "\\subseteq", "\\subset": "\\subset", "⊂": "\\subset",
                 "\\subsetneq": "\\subsetneq", "\\subsetneqq": "\\subsetneq", "⊊": "\\subsetneq"}


def subset_words(reader, clause: str, at: int) -> str:
    """The reader's hook: "B ⊆ A" between two named sets, a relation given (the math layer has no claim for it, so
    the claim is the relation as written); the clause with what was read blanked out.

    >>> class R:
    ...     def __init__(self): self.givens = []
    ...     def add_given(self, text, start, claim, kind): self.givens.append((claim, kind))
    >>> r = R(); _ = subset_words(r, "若 B\\\\subseteq A", 0); r.givens
    [('B\\\\subseteq A', 'relation')]
    """
    for m in list(_SUBSET.finditer(clause)):
        reader.add_given(m.group(0), at + m.start(), f"{m.group(1)}{_SUBSET_WORDS[m.group(2)]} {m.group(3)}", "relation")
        clause = clause.replace(m.group(0), " " * len(m.group(0)), 1)
    return clause
