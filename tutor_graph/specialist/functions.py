"""Function basics: parity, evaluation, derivatives, and the shared function detector (also where a function is
defined: `conditions`, `domain_of`; the domain type itself is `types/functions/domain.py`)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import interval, tidy
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import (
    dollar,
    interval_text,
    paren,
    plain,
    tex,
)
from tutor_graph.specialist.types.functions.function_reading import (
    domain_of,
    fdef,
    function_of,
    lhs_name,
)


def _data(p: Problem, trig: bool = False, **extra):
    """The problem's function as a solver's data: name, variable, body (and `extra`), else None."""
    found = function_of(p, trig=trig)
    if found is None:
        return None
    name, var, body = found
    return {"name": name, "var": var, "body": body, **extra}


# -- parity ------------------------------------------------------------------------------------------
def detect_parity(p: Problem) -> Match | None:
    # Only "decide the parity" questions: a text that states "f is odd" uses parity as a given.
    if not p.has("奇偶性", "奇函数还是偶函数", "parity", "odd or even", "even or odd", "odd, even", "whether f is odd"):
        return None
    d = _data(p, trig=True)
    return Match([fdef(d["name"], d["var"], d["body"])], "parity", d, 0.9) if d else None


def _parity_kind(body, x):
    neg = sp.simplify(body.subs(x, -x))
    if sp.simplify(neg - body) == 0:
        return "even", neg
    if sp.simplify(neg + body) == 0:
        return "odd", neg
    return "neither", neg


_PARITY = {"odd": ("奇函数", "odd"), "even": ("偶函数", "even"), "neither": ("非奇非偶函数", "neither odd nor even")}


def _parity(chain: Chain, d: dict) -> None:
    name, x, body = d["name"], d["var"], d["body"]
    f = "f" if name == "y" else name
    dom = domain_of(body, x)
    symmetric = sp.simplify(dom.subs(x, x)) == sp.Intersection(dom, sp.imageset(sp.Lambda(x, -x), dom))
    chain.ask(("定义域是什么？它关于原点对称吗？", "What is the domain? Is it symmetric about the origin?"),
              (f"定义域 ${interval_text(dom)}$，{'关于原点对称' if symmetric else '不关于原点对称'}",
               f"Domain ${interval_text(dom)}$: {'symmetric' if symmetric else 'not symmetric'} about the origin"),
              "", kps=["func.parity", "func.domain"],
              hints=[("奇偶性的前提是定义域关于原点对称。", "Parity only makes sense on a domain symmetric about the origin.")])
    kind, neg = _parity_kind(body, x)
    if not symmetric:
        kind = "neither"
    chain.ask((f"计算 ${f}(-{x})$，化简后是什么？", f"Compute ${f}(-{x})$ and simplify."),
              (f"${f}(-{x})={tex(neg)}$",) * 2, f"{f}(-{x}) = {plain(neg)}",
              context=[fdef(f, x, body)], kps=["func.parity"],
              hints=[(f"把 ${x}$ 全部换成 $-{x}$。", f"Replace every ${x}$ by $-{x}$."),
                     ("注意 $(-x)^n$ 的符号取决于 $n$ 的奇偶。", "The sign of $(-x)^n$ depends on whether n is even or odd.")])
    relation = {"odd": f"{f}(-{x}) = -{f}({x})", "even": f"{f}(-{x}) = {f}({x})"}.get(kind)
    chain.ask((f"${f}(-{x})$ 与 ${f}({x})$ 有什么关系？函数是奇函数还是偶函数？",
               f"How does ${f}(-{x})$ compare with ${f}({x})$? Is the function odd or even?"),
              (f"{'$' + relation + '$，' if relation else ''}{_PARITY[kind][0]}", f"{'$' + relation + '$: ' if relation else ''}{_PARITY[kind][1]}"),
              relation or "", context=[fdef(f, x, body)], kps=["func.parity"],
              hints=[("奇函数、偶函数分别由 $f(-x)$ 与 $f(x)$ 的什么关系来定义？", "Which relation between $f(-x)$ and $f(x)$ defines an odd function, and which an even one?"),
                     ("把上一步化简的 $f(-x)$ 和 $f(x)$ 逐项对比：各项都相同，还是都相反？",
                      "Compare the simplified $f(-x)$ with $f(x)$ term by term: all the same, or all opposite?")])
    ref_kind, _ = _parity_kind(body, x)
    ref = _PARITY[ref_kind if symmetric else "neither"]
    chain.done(_PARITY[kind], ref)


register(Solver("function.parity", "functions", detect_parity,
                (Method(("定义法", "By definition"), _parity),), ("func.parity",), priority=40, proves=True, answers=frozenset({"parity", "proof"})))


# -- evaluation and derivative ---------------------------------------------------------------------------
def detect_value(p: Problem) -> Match | None:
    found = function_of(p, trig=True)
    if found is None or p.has("导", "deriv", "切线", "tangent", "单调", "极", "最", "max", "min"):
        return None
    name, var, body = found
    asks = re.findall(rf"{name}\(\s*([-0-9./πsqrt()]+?)\s*\)", p.text)
    values = [a for a in asks if a.strip() != var.name]
    if len(values) != 1 or not p.has("求", "find", "compute", "calculate", "evaluate", "value"):
        return None
    from tutor_graph.checks import try_expr
    at = try_expr(values[0])
    if at is None or at.free_symbols:
        return None
    return Match([fdef(name, var, body)], f"{name}({values[0]})", {"name": name, "var": var, "body": body, "at": at}, 0.9)


def _value(chain: Chain, d: dict) -> None:
    name, x, body, at = d["name"], d["var"], d["body"], d["at"]
    f = "f" if name == "y" else name
    value = tidy(body.subs(x, at))
    chain.ask((f"把 ${x}={tex(at)}$ 代入解析式，得到什么算式？", f"Substitute ${x}={tex(at)}$ into the formula. What expression do you get?"),
              (f"${f}({tex(at)})={tex(body.subs(x, paren(at)))}$".replace("\\left", "").replace("\\right", ""),) * 2,
              f"{f}({plain(at)}) = {plain(body.subs(x, paren(at)))}", context=[fdef(f, x, body)],
              kps=["func.concept"], hints=[(f"把每个 ${x}$ 换成 ${tex(at)}$，负数要加括号。", f"Replace each ${x}$ by ${tex(at)}$; bracket negative numbers.")])
    chain.ask(("计算结果是多少？", "What is the value?"), (f"${f}({tex(at)})={tex(value)}$",) * 2,
              f"{plain(body.subs(x, paren(at)))} = {plain(value)}", kps=["func.concept"],
              hints=[("先乘方，再乘除，后加减。", "Powers first, then products, then sums.")])
    chain.done((dollar(value),) * 2, (plain(tidy(body.subs(x, at))),) * 2)


register(Solver("function.value", "functions", detect_value,
                (Method(("代入求值", "Substitution"), _value),), ("func.concept",), priority=30, answers=frozenset({"fvalue"})))


def detect_derivative(p: Problem) -> Match | None:
    if not re.search(r"导数|导函数|求导|derivative|differentiate|f'\(x\)", p.text, re.I):
        return None
    if p.has("切线", "tangent", "单调", "monoton", "increasing", "极", "extrem", "最大", "最小", "max", "min", "值域"):
        return None
    d = _data(p, trig=True)
    return Match([fdef(d["name"], d["var"], d["body"])], f"{d['name']}'({d['var']})", d, 0.9) if d else None


def _derivative(chain: Chain, d: dict) -> None:
    name, x, body = d["name"], d["var"], d["body"]
    f = "f" if name == "y" else name
    terms = sp.Add.make_args(sp.expand(body)) if body.is_Add else [body]
    parts = [sp.diff(t, x) for t in terms]
    if len(terms) > 1:
        chain.ask(("函数是几项的和？和的导数等于什么？", "The function is a sum of terms. What is the derivative of a sum?"),
                  ("各项导数之和：" + " + ".join(f"$({tex(t)})'$" for t in terms), "the sum of the derivatives: " + " + ".join(f"$({tex(t)})'$" for t in terms)),
                  "", kps=["deriv.rules"], hints=[("$(u+v)'=u'+v'$。", "$(u+v)'=u'+v'$.")])
    for t, dt in zip(terms, parts, strict=True):
        if t.free_symbols:
            chain.ask((f"$({tex(t)})'$ 等于多少？", f"What is $({tex(t)})'$?"), (f"${tex(dt)}$",) * 2,
                      f"({plain(t)})' = {plain(dt)}", kps=["deriv.basic", "deriv.rules"],
                      hints=[("幂函数 $(x^n)'=nx^{n-1}$；常数因子可以提出来。", "Power rule $(x^n)'=nx^{n-1}$; constants factor out."),
                             ("$(e^x)'=e^x$，$(\\ln x)'=\\frac1x$，$(\\sin x)'=\\cos x$。", "$(e^x)'=e^x$, $(\\ln x)'=\\frac1x$, $(\\sin x)'=\\cos x$.")])
    derivative = sp.simplify(sp.diff(body, x))
    chain.ask((f"所以 ${f}'({x})$ 是什么？", f"So what is ${f}'({x})$?"), (f"${f}'({x})={tex(derivative)}$",) * 2,
              f"{f}'({x}) = {plain(derivative)}", context=[fdef(f, x, body)], kps=["deriv.rules"],
              hints=[("把各项的导数相加。", "Add the derivatives of the terms.")])
    chain.done((dollar(derivative),) * 2, (plain(sp.diff(body, x)),) * 2)


register(Solver("function.derivative", "derivatives", detect_derivative,
                (Method(("求导法则", "Differentiation rules"), _derivative),), ("deriv.rules",), priority=30, answers=frozenset({"derivative"})))

__all__ = ["fdef", "function_of", "interval", "lhs_name"]
