"""Derivative problems with unknown coefficients: f(x) with parameters takes an extremum (of a given value)
at x = x₀, find the parameters. f'(x₀) = 0 is only necessary, so every solution is checked: a root of f'
where f' keeps its sign is no extremum (the sign of f' on both sides vs the second derivative for cubics)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import plain, relation_text, tex

_NUM = r"(-?\s*[\d./()]+|-?\s*\(\([^()]*\)/\([^()]*\)\))"
_ZH = re.compile(r"在\s*x\s*=\s*" + _NUM + r"\s*处\s*(?:取得?|有)\s*(极大值|极小值|极值)(?!点)\s*(?:为|是)?\s*" + _NUM + "?")
_EN = re.compile(r"(?:has|attains|takes|reaches)\s+(?:an?\s+|the\s+)?(extremum|extreme value|local maximum|local minimum|relative maximum"
                 r"|relative minimum)(?:\s+value)?\s*(?:of\s*)?" + _NUM + r"?\s*at\s+x\s*=\s*" + _NUM, re.I)
_KIND = {"极大值": "max", "极小值": "min", "local maximum": "max", "relative maximum": "max", "local minimum": "min", "relative minimum": "min"}


def _param_function(p: Problem):
    """(x, body, params) for the one `f(x) = …` whose body holds 1-2 parameters besides x."""
    for lhs, op, rhs in p.relations:
        if op == "=" and isinstance(lhs, sp.core.function.AppliedUndef) and len(lhs.args) == 1 and isinstance(lhs.args[0], sp.Symbol):
            x = lhs.args[0]
            params = sorted(rhs.free_symbols - {x}, key=lambda s: s.name)
            if x in rhs.free_symbols and 1 <= len(params) <= 2 and all(len(s.name) == 1 for s in params):
                return x, rhs, params
    return None


def detect_extremum_params(p: Problem) -> Match | None:
    """f(x) with parameters, 在 x=x₀ 处取得极值 (v): the parameters (as many conditions as unknowns)."""
    found = _param_function(p)
    zh, en = _ZH.search(p.text), _EN.search(p.text)
    if found is None or (zh is None) == (en is None):
        return None
    x, body, params = found
    at, word, value = (zh.group(1), zh.group(2), zh.group(3)) if zh else (en.group(3), en.group(1).lower(), en.group(2))
    x0 = try_expr(at.strip().rstrip("."))
    v = try_expr(value.strip().rstrip(".")) if value else None
    if x0 is None or x0.free_symbols or (value and (v is None or v.free_symbols)):
        return None
    if not body.is_polynomial(x, *params) or sp.degree(body, x) > 4:
        return None
    fp = sp.diff(body, x)
    eqs = [sp.expand(fp.subs(x, x0))] + ([sp.expand(body.subs(x, x0) - v)] if v is not None else [])
    if len(eqs) != len(params) or any(not e.free_symbols for e in eqs):
        return None
    sols = sp.solve(eqs, params, dict=True)
    if not sols or len(sols) > 3 or any(set(s) != set(params) or not all(val.is_real for val in s.values()) for s in sols):
        return None
    want = _KIND.get(word, "any")
    kept = [s for s in sols if _turn(fp.subs(s), x, x0) in ((want,) if want != "any" else ("max", "min"))]
    if not kept:
        return None  # no solution survives the check: the problem has no answer as we read it
    d = {"var": x, "body": body, "params": params, "x0": x0, "v": v, "want": want, "word": word, "fp": fp, "eqs": eqs,
         "sols": sorted(sols, key=lambda s: [float(s[q]) for q in params]), "kept": kept}
    return Match([f"f({x}) = {plain(body)}", f"x0 = {plain(x0)}"], "parameters at an extremum", d, 0.9)


def _turn(fp: sp.Expr, x: sp.Symbol, x0) -> str:
    """How f' changes sign at x₀: 'max' (+ to −), 'min' (− to +), 'none' (keeps its sign), by the
    multiplicity of the root x₀ of the polynomial f'."""
    poly = sp.Poly(sp.expand(fp), x)
    if poly.is_zero:
        return "none"
    k = 0
    while poly.eval(x0) == 0:
        poly, k = sp.Poly(sp.quo(poly.as_expr(), x - x0), x), k + 1
    if k % 2 == 0:
        return "none"
    return "min" if poly.eval(x0) > 0 else "max"


def _values_text(sol: dict, params) -> str:
    return ", ".join(f"{q}={plain(sol[q])}" for q in params)


def _answer(d: dict, sols) -> tuple[str, str]:
    text = [", ".join(f"${q}={tex(s[q])}$" for q in d["params"]) for s in sols]
    return " 或 ".join(text), " or ".join(text)


def _reference(d: dict) -> tuple[str, str]:
    """Independent: solve the conditions again, keep a solution when the first derivative of f that does
    not vanish at x₀ has even order (Taylor: f − f(x₀) keeps one sign near x₀), max/min by its sign."""
    x, x0 = d["var"], d["x0"]
    out = []
    for s in sp.solve([sp.diff(d["body"], x).subs(x, x0)] + ([d["body"].subs(x, x0) - d["v"]] if d["v"] is not None else []),
                      d["params"], dict=True):
        f = d["body"].subs(s)
        for n in range(2, 6):
            dn = sp.diff(f, x, n).subs(x, x0)
            if dn != 0:
                kind = "none" if n % 2 else ("min" if dn > 0 else "max")
                if kind != "none" and d["want"] in ("any", kind):
                    out.append(s)
                break
    return _answer(d, sorted(out, key=lambda s: [float(s[q]) for q in d["params"]]))


def _conditions_step(chain: Chain, d: dict) -> None:
    x, body, x0, params = d["var"], d["body"], d["x0"], d["params"]
    fp = sp.Poly(d["fp"], x).as_expr()  # in powers of x: 3x^2 + 2ax + b
    chain.ask((f"求导：$f'({x})$ 等于什么？", f"Differentiate: what is $f'({x})$?"), (f"$f'({x})={tex(fp)}$",) * 2,
              f"f'({x}) = {plain(fp)}", context=[f"f({x}) = {plain(body)}"], kps=["deriv.basic", "deriv.rules"],
              hints=[("参数当作常数求导。", "Treat the parameters as constants.")])
    conds = " 且 ".join(f"{plain(e)} = 0" for e in d["eqs"])
    sols = d["sols"]
    zh_word = {"max": "极大值", "min": "极小值"}.get(d["want"], "极值")
    en_word = {"max": "a local maximum", "min": "a local minimum"}.get(d["want"], "an extremum")
    value = f" ${tex(d['v'])}$" if d["v"] is not None else ""
    chain.ask((f"“在 $x={tex(x0)}$ 处取得{zh_word}{value}”给出哪些条件？解出参数。",
               f"Which conditions does “{en_word}{value} at $x={tex(x0)}$” give? Solve them."),
              ("，".join(f"${tex(e)}=0$" for e in d["eqs"]) + "，解得 " + " 或 ".join(", ".join(f"${q}={tex(s[q])}$" for q in params) for s in sols),
               ", ".join(f"${tex(e)}=0$" for e in d["eqs"]) + "; so " + " or ".join(", ".join(f"${q}={tex(s[q])}$" for q in params) for s in sols)),
              f"{conds} \\Rightarrow " + " 或 ".join(_values_text(s, params) for s in sols), kps=["deriv.extremum"],
              hints=[(f"$f'({tex(x0)})=0$" + (f"，且 $f({tex(x0)})={tex(d['v'])}$" if d["v"] is not None else ""),
                      f"$f'({tex(x0)})=0$" + (f" and $f({tex(x0)})={tex(d['v'])}$" if d["v"] is not None else ""))])


def _by_sign(chain: Chain, d: dict) -> None:
    x, x0 = d["var"], d["x0"]
    _conditions_step(chain, d)
    for s in d["sols"]:
        fp = sp.expand(d["fp"].subs(s))
        turn = _turn(fp, x, x0)
        ok = turn in ((d["want"],) if d["want"] != "any" else ("max", "min"))
        vals = ", ".join(f"${q}={tex(s[q])}$" for q in d["params"])
        if turn == "none":
            sign = ">" if sp.Poly(fp, x).LC() > 0 else "<"
            claim = f"{plain(fp)} {sign}= 0"
            zh, en = f"$f'({x})={tex(sp.factor(fp))}$ 在 $x={tex(x0)}$ 两侧不变号，不是极值点，舍去", \
                f"$f'({x})={tex(sp.factor(fp))}$ keeps its sign around $x={tex(x0)}$: no extremum, rejected"
        else:
            region = sp.solveset(fp < 0, x, sp.S.Reals)
            claim = f"{plain(fp)} < 0 \\Leftrightarrow {relation_text(region, x.name)}"
            word = {"max": ("极大值点", "a local maximum"), "min": ("极小值点", "a local minimum")}[turn]
            zh = f"$f'({x})={tex(sp.factor(fp))}$ 在 $x={tex(x0)}$ 两侧变号，是{word[0]}，" + ("符合" if ok else "与题意不符，舍去")
            en = f"$f'({x})={tex(sp.factor(fp))}$ changes sign at $x={tex(x0)}$: {word[1]}, " + ("it fits" if ok else "which is not asked, rejected")
        chain.ask((f"$f'({tex(x0)})=0$ 只是必要条件。当 {vals} 时，检验 $x={tex(x0)}$ 确实是极值点。",
                   f"$f'({tex(x0)})=0$ is only necessary. For {vals}, check that $x={tex(x0)}$ really is an extremum."),
                  (zh, en), claim, kps=["deriv.extremum", "deriv.monotonicity"],
                  hints=[("看导数在这一点两侧是否变号。", "See whether f' changes sign on the two sides.")])
    chain.done(_answer(d, d["kept"]), _reference(d))


def _by_second(chain: Chain, d: dict) -> None:
    x, x0, body = d["var"], d["x0"], d["body"]
    _conditions_step(chain, d)
    for s in d["sols"]:
        f = sp.expand(body.subs(s))
        f2 = sp.diff(f, x, 2).subs(x, x0)
        vals = ", ".join(f"${q}={tex(s[q])}$" for q in d["params"])
        kind = "none" if f2 == 0 else ("min" if f2 > 0 else "max")
        ok = kind in ((d["want"],) if d["want"] != "any" else ("max", "min"))
        if kind == "none":
            fp = sp.expand(sp.diff(f, x))
            zh = f"$f''({tex(x0)})=0$，此时 $f'({x})={tex(sp.factor(fp))}$ 不变号，不是极值点，舍去"
            en = f"$f''({tex(x0)})=0$; then $f'({x})={tex(sp.factor(fp))}$ keeps its sign: no extremum, rejected"
        else:
            zh = f"$f''({tex(x0)})={tex(f2)}{'>' if f2 > 0 else '<'}0$，是{'极小值点' if f2 > 0 else '极大值点'}，" + ("符合" if ok else "与题意不符，舍去")
            en = f"$f''({tex(x0)})={tex(f2)}$: a local {'minimum' if f2 > 0 else 'maximum'}, " + ("it fits" if ok else "not the one asked, rejected")
        chain.ask((f"当 {vals} 时，用二阶导数 $f''({tex(x0)})$ 判断 $x={tex(x0)}$ 是不是极值点。",
                   f"For {vals}, use $f''({tex(x0)})$ to decide whether $x={tex(x0)}$ is an extremum."),
                  (zh, en), f"f''({plain(x0)}) = {plain(f2)}", context=[f"f({x}) = {plain(f)}"], kps=["deriv.extremum"],
                  hints=[("三次函数：$f''(x_0)=0$ 时 $f'$ 是完全平方，不变号。", "For a cubic, $f''(x_0)=0$ makes $f'$ a perfect square: no sign change.")])
    chain.done(_answer(d, d["kept"]), _reference(d))


register(Solver("function.extremum_parameters", "derivatives", detect_extremum_params, (
    Method(("列方程组，再检验导数变号", "Solve the conditions, then check the sign change"), _by_sign),
    Method(("列方程组，二阶导数检验", "Solve the conditions, then the second derivative"), _by_second,
           lambda d: sp.degree(d["body"], d["var"]) == 3),
), ("deriv.extremum", "deriv.parametric"), priority=40, answers=frozenset({"unknown"})))
