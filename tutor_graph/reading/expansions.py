"""Expansions of products of powers: coefficients, constant terms and coefficient sums, read and computed.

Reader side (string work, no SymPy): "P 的展开式中 M 的系数为 N" is the given `[M](P) = N` (the coefficient
of the monomial M in the expansion of P); "各项系数的和为 N" is P at every variable 1, and "x 的奇数次幂项的
系数之和为 N" is (P(1) − P(−1))/2 — both ordinary formulas the math layer checks. "展开式中 M 的系数 / 常数项"
asked is the goal `coefficient` with expression "P @ M" ("P @ 1" for the constant term).

Worker side (SymPy): the coefficient equations are solved for the parameters (one real solution or nothing),
then the asked coefficient is read off the expansion with the parameters put in.

>>> join_clauses("(x+a)^{10} 的展开式中, x^{7} 的系数为 15, 则 a=")
'(x+a)^{10} 的展开式中   x^{7} 的系数为 15, 则 a='
>>> [g[2] for g in expansion_givens("(x+a)^{10} 的展开式中  x^{7} 的系数为 15", "")]
['[x^{7}]((x+a)^{10})=15']
>>> expansion_goal("(x^{2}+\\\\frac{2}{x})^{6} 的展开式中常数项是", "")
'(x^{2}+\\\\frac{2}{x})^{6} @ 1'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tutor_graph.result import Reading

MAX_POWER = 12  # expansions up to this exponent are multiplied out
_MATH = r"[A-Za-z0-9_^{}()\[\]\\+\-*/., ]+?"
_BODY = r"((?:\([^()]*\)(?:\s*\{\s*\})?\s*(?:\^\s*\{?\s*\d+\s*\}?)?\s*)+)"  # (…)(…)^{n}: a product of powers
_EXPANSION = rf"{_BODY}\s*(?:的)?\s*(?:二项)?展开式中\s*"
_COEFF = re.compile(rf"{_EXPANSION}(?:的)?\s*({_MATH})\s*(?:项)?的?系数\s*(?:为|是|等于)\s*([-+]?\s*[0-9./\\{{}}a-z]+)")
_SUM = re.compile(rf"{_EXPANSION}(?:的)?\s*各项系数(?:的|之)?和\s*(?:为|是|等于)\s*([-+]?\s*[0-9./\\{{}}]+)")
_ODD = re.compile(rf"{_EXPANSION}(?:的)?\s*x\s*的(奇|偶)数次幂(?:项)?的?系数(?:的|之)?和\s*(?:为|是|等于)\s*([-+]?\s*[0-9./\\{{}}]+)")
_ASK_COEFF = re.compile(rf"(?:该|这个|其)?\s*{_EXPANSION.replace(_BODY, '(' + _BODY + '|)')}(?:的)?\s*(?:({_MATH})\s*(?:项)?的?系数|(常数项))"
                        r"\s*(?:为|是|等于)?\s*(?:____)?\s*$")
_NOISE = re.compile(r"[(（]\s*用数字(?:填写答案|作答)\s*[)）]\s*\.?")


def join_clauses(text: str) -> str:
    """"P 的展开式中, M 的系数…" is one clause (the comma after 展开式中 blanked); answer-format notes and
    three-underscore blanks normalised."""
    text = re.sub(r"(展开式中)\s*[,，]", lambda m: m.group(1) + "  ", text)
    text = _NOISE.sub(lambda m: " " * len(m.group(0)), text)
    return re.sub(r"(?<![A-Za-z0-9}_])_{3}(?!_)", "____", text)


def put_value(body: str, value: str, names: str = "xy") -> str:
    """The body with each variable put to `value` ("1+ax" → "1+a*(1)"); LaTeX commands left alone."""
    def put(m: re.Match) -> str:
        if m.group(0).startswith("\\"):
            return m.group(0)
        head = body[:m.start()].rstrip()
        before = head[-1:]  # "a x" and "ax" are products; "\\ln x" is a function of x
        star = (before.isalnum() or before in ")}") and not re.search(r"\\[A-Za-z]+$", head)
        return ("*" if star else "") + f"({value})"

    return re.sub(rf"\\[A-Za-z]+|[{names}]", put, body)


def expansion_givens(clause: str, last: str) -> list[tuple[str, int, str]]:
    """(words, offset, claim) for each expansion statement in a clause; `last` is the expansion named before."""
    out = []
    for m in _COEFF.finditer(clause):
        body, mono, n = m.group(1).strip(), m.group(2).strip(), m.group(3).strip()
        out.append((m.group(0).strip(), m.start(), f"[{mono}]({body})={n}"))
    for m in _SUM.finditer(clause):
        out.append((m.group(0).strip(), m.start(), f"{put_value(m.group(1).strip(), '1')}={m.group(2).strip()}"))
    for m in _ODD.finditer(clause):
        body, sign = m.group(1).strip(), "-" if m.group(2) == "奇" else "+"
        claim = f"(({put_value(body, '1', 'x')}){sign}({put_value(body, '-1', 'x')}))/2={m.group(3).strip()}"
        out.append((m.group(0).strip(), m.start(), claim))
    return out


def expansion_goal(clause: str, last: str) -> str:
    """"P 的展开式中 M 的系数" / "该展开式中常数项" asked: "P @ M" ('' if the clause asks no such thing)."""
    body = re.sub(r"^(?:则|那么|求)\s*", "", clause.strip())
    m = re.search(r"constant term (?:in|of) the (?:binomial )?expansion of\s*(.+?)\s*[.?]?$", body, re.I)
    # "the constant term of (x+2/x)^6", "the coefficient of x^3 in (1-2x)^5": the power named without "expansion"
    m = m or re.search(r"constant term (?:in|of)\s*(\(.+?\)\s*\^\s*\{?\s*\d+\s*\}?)\s*[.?]?$", body, re.I)
    if m:
        return f"{m.group(1).strip()} @ 1"
    m = re.search(r"coefficient of (.+?) in\s*(\(.+?\)\s*\^\s*\{?\s*\d+\s*\}?)\s*[.?]?$", body, re.I)
    if m:
        return f"{m.group(2).strip()} @ {m.group(1).strip()}"
    m = _ASK_COEFF.search(body)
    if not m:
        return ""
    expansion = (m.group(1) or "").strip() or last
    monomial = "1" if m.group(4) else (m.group(3) or "").strip()
    if not expansion or not monomial:
        return ""
    return f"{expansion} @ {monomial}"


def name_of(body: str) -> str:
    """The expansion as the math layer reads it ("(1+x){ }^{5}" → "(1+x)^{5}")."""
    return re.sub(r"\{\s*\}", "", body)


# -- worker side ---------------------------------------------------------------------------------------


def _coefficient(expr, mono, variables):
    """The coefficient of the monomial `mono` (1 for the constant term) in the expansion of `expr`."""
    import sympy as sp

    total = sp.Integer(0)
    for term in sp.Add.make_args(sp.expand(expr)):
        coeff, rest = term.as_independent(*variables, as_Add=False)
        if sp.simplify(rest - mono) == 0:
            total += coeff
    return sp.expand(total)


def coefficient_holds(claim: str, context: list[str]) -> str:
    """Back-substitution of a coefficient given `[M](P)=N` (worker side): the values `name = v` of `context`
    put into P, P multiplied out, and the coefficient of M compared with N exactly.

    Returns "verified" | "refuted" | "unknown" (unreadable, too large, or a parameter left free).
    """
    import sympy as sp

    from tutor_graph.reading.strategy_parts import parse, relation

    m = re.fullmatch(r"\[(.+?)\]\((.+)\)=(.+)", claim)
    if not m:
        return "unknown"
    mono, body, n = parse(m.group(1)), parse(name_of(m.group(2))), parse(m.group(3))
    if mono is None or body is None or n is None or not _small(body):
        return "unknown"
    values = {}
    for given in context:
        symbol = parse(given.partition("=")[0].strip())
        rel = relation(given)
        if isinstance(symbol, sp.Symbol) and rel is not None and symbol.name not in ("x", "y"):
            solved = sp.solve(rel, symbol)
            if len(solved) == 1:
                values[symbol] = solved[0]
    variables = _variables(body, mono)
    coeff = _coefficient(body.xreplace(values), mono, variables)
    difference = sp.simplify(coeff - n.xreplace(values))
    if difference.free_symbols:
        return "unknown"
    return "verified" if difference == 0 else "refuted"


def _small(expr) -> bool:
    import sympy as sp

    return all(not p.exp.is_Integer or abs(int(p.exp)) <= MAX_POWER for p in expr.atoms(sp.Pow))


def _variables(expr, mono):
    names = {s for s in expr.free_symbols if s.name in ("x", "y")} | set(mono.free_symbols)
    return sorted(names, key=str)


def expansion(reading: Reading, expression: str, reading_step: Callable):
    """Coefficient givens solved for the parameters, then the asked coefficient (or parameter) computed."""
    import sympy as sp

    from tutor_graph.reading.strategy_parts import as_latex, parse, relation, value_text
    from tutor_graph.specialist.chain import Chain

    coefficient_givens = [g for g in reading["givens"] if g["claim"].startswith("[")]
    asked = " @ " in expression
    if not coefficient_givens and not asked:
        return None
    equations, steps = [], []
    for g in reading["givens"]:
        if not g["claim"] or g["kind"] not in ("equation", "relation"):
            return None  # a given this strategy does not use: not answered rather than half read
        m = re.fullmatch(r"\[(.+?)\]\((.+)\)=(.+)", g["claim"])
        if m:
            mono, body, n = parse(m.group(1)), parse(name_of(m.group(2))), parse(m.group(3))
            if mono is None or body is None or n is None or not _small(body):
                return None
            coeff = _coefficient(body, mono, _variables(body, mono))
            equations.append(coeff - n)
            steps.append((g, m.group(1), name_of(m.group(2)), coeff, n))
            continue
        rel = relation(g["claim"])
        if rel is None or any(v.name in ("x", "y") for v in rel.free_symbols):  # by name: the parser's symbols are real
            return None
        equations.append(rel)
        steps.append((g, "", "", rel, None))
    unknowns = sorted(set().union(*(e.free_symbols for e in equations)) if equations else set(), key=str)
    if len(unknowns) > len(equations) or len(unknowns) > 2:
        return None
    point: dict = {}
    if unknowns:
        solutions = [s for s in sp.solve(equations, unknowns, dict=True)
                     if len(s) == len(unknowns) and all(v.is_real for v in s.values())]
        if len(solutions) != 1:
            return None
        point = solutions[0]
    if asked:
        body_text, _, mono_text = expression.partition(" @ ")
        body, mono = parse(name_of(body_text)), parse(mono_text)
        if body is None or mono is None or not _small(body) or any(v.name not in ("x", "y") for v in mono.free_symbols):
            return None
        full = body.subs(point)  # kept for the last step: `body` is narrowed here, not there
        value = sp.simplify(_coefficient(full, mono, _variables(body, mono)))
    else:
        target = parse(expression)
        if target is None or not target.free_symbols or not target.free_symbols <= set(point):
            return None
        value = sp.simplify(target.subs(point))
    if value.free_symbols or not value.is_number:
        return None
    chain = Chain(method=("二项式定理：展开求系数", "Binomial theorem: expand and read the coefficient"),
                  knowledge_points=("binomial.general_term",))
    reading_step(chain, reading)
    for g, mono_text, body_text, coeff, n in steps:
        if n is None:
            chain.ask((f"条件「{g['text']}」给出什么方程？", f"Which equation does \"{g['text']}\" give?"),
                      (f"${g['claim']}$",) * 2, "", kps=(), context=(),
                      hints=[("各项系数之和就是令变量为 1 时的值。", "The sum of coefficients is the value at 1.")])
            continue
        chain.ask((f"${body_text}$ 展开后，${mono_text}$ 的系数是什么？",
                   f"Expanding ${body_text}$, what is the coefficient of ${mono_text}$?"),
                  (f"${value_text(coeff)}$",) * 2, f"{body_text} = {as_latex(sp.expand(parse(body_text)))}",
                  kps=("binomial.general_term",), context=(),
                  hints=[("用二项式定理的通项公式，找出次数符合的项。", "Use the general term; pick the terms of that degree.")])
    if point:
        shown = ", ".join(f"{u}={value_text(point[u])}" for u in unknowns)
        claim = ", ".join(f"{as_latex(e)}=0" for e in equations) + " ⇒ " + ", ".join(
            f"{u}={as_latex(point[u])}" for u in unknowns)
        chain.ask(("由这些条件列方程，解得参数是多少？", "Setting up the equations, what are the parameters?"),
                  (f"${shown}$",) * 2, claim, kps=("alg.equations",), context=(),
                  hints=[("令系数等于已知的数，解方程。", "Set the coefficient equal to the given number and solve.")])
    if asked:
        body_text, _, mono_text = expression.partition(" @ ")
        what = ("常数项", "the constant term") if mono_text.strip() == "1" else (f"${mono_text}$ 的系数", f"the coefficient of ${mono_text}$")
        chain.ask((f"${name_of(body_text)}$ 的展开式中，{what[0]}是多少？", f"In the expansion of ${name_of(body_text)}$, what is {what[1]}?"),
                  (f"${value_text(value)}$",) * 2, f"{as_latex(full)} = {as_latex(sp.expand(full))}",
                  kps=("binomial.general_term",), context=(),
                  hints=[("写出通项，令 x 的指数等于所求的次数。", "Write the general term and match the power of x.")])
    return chain, value_text(value)


def read_expansions(reader, clause: str, at: int) -> str:
    """The reader's hook: expansion statements of a clause as givens; the clause with them blanked out."""
    for words, offset, claim in expansion_givens(clause, ""):
        reader.add_given(words, at + offset, claim, "equation")
        reader.last_expansion = b.group(1).strip() if (b := re.match(_BODY, words)) else ""
        clause = clause.replace(words, " " * len(words), 1)
    return clause
