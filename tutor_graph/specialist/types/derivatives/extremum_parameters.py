"""已知极值求参数 / Unknown coefficients from an extremum: f(x) with parameters takes an extremum (of a given value)
at x = x₀; find the parameters. f'(x₀) = 0 is only necessary, so every solution is checked: a root of f' where f'
keeps its sign is no extremum (the sign of f' on both sides, or the second derivative for cubics)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, relation_text, tex, tex_in_powers
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_NUM = r"(-?\s*[\d./()]+|-?\s*\(\([^()]*\)/\([^()]*\)\))"
_ZH = re.compile(r"在\s*x\s*=\s*" + _NUM + r"\s*处\s*(?:取得?|有)\s*(极大值|极小值|极值)(?!点)\s*(?:为|是)?\s*" + _NUM + "?")
_EN = re.compile(r"(?:has|attains|takes|reaches)\s+(?:an?\s+|the\s+)?(extremum|extreme value|local maximum|local minimum"
                 r"|relative maximum|relative minimum)(?:\s+value)?\s*(?:of\s*)?" + _NUM + r"?\s*at\s+x\s*=\s*" + _NUM, re.I)
_KIND = {"极大值": "max", "极小值": "min", "local maximum": "max", "relative maximum": "max", "local minimum": "min",
         "relative minimum": "min"}
SLOTS = 3  # the detector keeps at most three solutions of the conditions: one check step each
Solution = dict[sp.Symbol, sp.Expr]


@dataclass(frozen=True)
class ExtremumParameters:
    """f(x) with 1–2 parameters, the point x₀, the value there (if given), which extremum, and the conditions."""

    var: sp.Symbol
    body: sp.Expr
    params: tuple[sp.Symbol, ...]
    x0: sp.Expr
    v: sp.Expr | None
    want: str  # "max", "min" or "any"
    eqs: tuple[sp.Expr, ...]
    sols: tuple[tuple[tuple[sp.Symbol, sp.Expr], ...], ...]  # every solution of the conditions, sorted
    kept: tuple[tuple[tuple[sp.Symbol, sp.Expr], ...], ...]  # those where x₀ is the extremum asked


def _param_function(p: Problem) -> tuple[sp.Symbol, sp.Expr, list[sp.Symbol]] | None:
    """(x, body, params) for the one `f(x) = …` whose body holds 1-2 parameters besides x."""
    for lhs, op, rhs in p.relations:
        if op == "=" and isinstance(lhs, sp.core.function.AppliedUndef) and len(lhs.args) == 1 and isinstance(lhs.args[0], sp.Symbol):
            x = lhs.args[0]
            params = sorted(rhs.free_symbols - {x}, key=lambda s: s.name)
            if x in rhs.free_symbols and 1 <= len(params) <= 2 and all(len(s.name) == 1 for s in params):
                return x, rhs, params
    return None


def _turn(fp: sp.Expr, x: sp.Symbol, x0: sp.Expr) -> str:
    """How f' changes sign at x₀: 'max' (+ to −), 'min' (− to +), 'none' (keeps its sign), by the multiplicity of the
    root x₀ of the polynomial f'."""
    poly = sp.Poly(sp.expand(fp), x)
    if poly.is_zero:
        return "none"
    k = 0
    while poly.eval(x0) == 0:
        poly, k = sp.Poly(sp.quo(poly.as_expr(), x - x0), x), k + 1
    if k % 2 == 0:
        return "none"
    return "min" if poly.eval(x0) > 0 else "max"


def detect(p: Problem) -> ExtremumParameters | None:
    """f(x) with parameters, 在 x=x₀ 处取得极值 (v): the parameters (as many conditions as unknowns)."""
    found = _param_function(p)
    zh, en = _ZH.search(p.text), _EN.search(p.text)
    if found is None or (zh is None) == (en is None):
        return None
    x, body, params = found
    if zh is not None:
        at, word, value = zh.group(1), zh.group(2), zh.group(3)
    elif en is not None:
        at, word, value = en.group(3), en.group(1).lower(), en.group(2)
    else:
        return None
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
    if not sols or len(sols) > SLOTS or any(set(s) != set(params) or not all(val.is_real for val in s.values()) for s in sols):
        return None
    want = _KIND.get(word, "any")
    kept = [s for s in sols if _turn(fp.subs(s), x, x0) in ((want,) if want != "any" else ("max", "min"))]
    if not kept:
        return None  # no solution survives the check: the problem has no answer as we read it
    order = sorted(sols, key=lambda s: [float(s[q]) for q in params])
    return ExtremumParameters(x, body, tuple(params), x0, v, want, tuple(eqs),
                              tuple(tuple((q, s[q]) for q in params) for s in order),
                              tuple(tuple((q, s[q]) for q in params) for s in kept))


def _answer(params: tuple[sp.Symbol, ...], sols: list[Solution]) -> tuple[str, str]:
    text = [", ".join(f"${q}={tex(s[q])}$" for q in params) for s in sols]
    return " 或 ".join(text), " or ".join(text)


def _fits(e: ExtremumParameters, kind: str) -> bool:
    return kind in ((e.want,) if e.want != "any" else ("max", "min"))


def _check_by_sign(e: ExtremumParameters, s: Solution) -> dict[str, str]:
    """One solution checked by the sign of f' around x₀ (the claim: where f' < 0, or f' keeps one sign)."""
    x, x0 = e.var, e.x0
    fp = sp.expand(sp.diff(e.body, x).subs(s))
    turn = _turn(fp, x, x0)
    if turn == "none":
        sign = ">" if sp.Poly(fp, x).LC() > 0 else "<"
        return {"zh": f"$f'({x})={tex(sp.factor(fp))}$ 在 $x={tex(x0)}$ 两侧不变号，不是极值点，舍去",
                "en": f"$f'({x})={tex(sp.factor(fp))}$ keeps its sign around $x={tex(x0)}$: no extremum, rejected",
                "claim": f"{plain(fp)} {sign}= 0"}
    region = sp.solveset(fp < 0, x, sp.S.Reals)
    word = {"max": ("极大值点", "a local maximum"), "min": ("极小值点", "a local minimum")}[turn]
    ok = _fits(e, turn)
    return {"zh": f"$f'({x})={tex(sp.factor(fp))}$ 在 $x={tex(x0)}$ 两侧变号，是{word[0]}，" + ("符合" if ok else "与题意不符，舍去"),
            "en": f"$f'({x})={tex(sp.factor(fp))}$ changes sign at $x={tex(x0)}$: {word[1]}, "
                  + ("it fits" if ok else "which is not asked, rejected"),
            "claim": f"{plain(fp)} < 0 \\Leftrightarrow {relation_text(region, x.name)}"}


def _check_by_second(e: ExtremumParameters, s: Solution) -> dict[str, str]:
    """One solution checked by f''(x₀) (for a cubic, f''(x₀) = 0 leaves f' a perfect square: no extremum)."""
    x, x0 = e.var, e.x0
    f = sp.expand(e.body.subs(s))
    f2 = sp.diff(f, x, 2).subs(x, x0)
    kind = "none" if f2 == 0 else ("min" if f2 > 0 else "max")
    if kind == "none":
        fp = sp.expand(sp.diff(f, x))
        zh = f"$f''({tex(x0)})=0$，此时 $f'({x})={tex(sp.factor(fp))}$ 不变号，不是极值点，舍去"
        en = f"$f''({tex(x0)})=0$; then $f'({x})={tex(sp.factor(fp))}$ keeps its sign: no extremum, rejected"
    else:
        ok = _fits(e, kind)
        zh = (f"$f''({tex(x0)})={tex(f2)}{'>' if f2 > 0 else '<'}0$，是{'极小值点' if f2 > 0 else '极大值点'}，"
              + ("符合" if ok else "与题意不符，舍去"))
        en = (f"$f''({tex(x0)})={tex(f2)}$: a local {'minimum' if f2 > 0 else 'maximum'}, "
              + ("it fits" if ok else "not the one asked, rejected"))
    return {"zh": zh, "en": en, "claim": f"f''({plain(x0)}) = {plain(f2)}", "given": f"f({x}) = {plain(f)}"}


def values(e: ExtremumParameters) -> Values:
    """f', the conditions and their solutions, and for each solution (slots 1–3) its check both ways."""
    x, x0, params = e.var, e.x0, e.params
    sols: list[Solution] = [dict(s) for s in e.sols]
    fp = sp.Poly(sp.diff(e.body, x), x).as_expr()  # in powers of x: 3x^2 + 2ax + b
    word = {"max": "极大值", "min": "极小值"}.get(e.want, "极值")
    word_en = {"max": "a local maximum", "min": "a local minimum"}.get(e.want, "an extremum")
    solved = " 或 ".join(", ".join(f"${q}={tex(s[q])}$" for q in params) for s in sols)
    solved_en = " or ".join(", ".join(f"${q}={tex(s[q])}$" for q in params) for s in sols)
    eqs = "，".join(f"${tex(q)}=0$" for q in e.eqs)
    final = _answer(params, [dict(s) for s in e.kept])
    out: Values = {
        "x": x.name, "x0": tex(x0), "fdef": f"f({x}) = {plain(e.body)}", "fp": tex_in_powers(fp, x), "fp_plain": plain(fp),
        "word": word, "word_en": word_en,
        "said": word + (f" ${tex(e.v)}$" if e.v is not None else ""),
        "said_en": word_en + (f" ${tex(e.v)}$" if e.v is not None else ""), "eqs": eqs, "eqs_en": eqs.replace("，", ", "),
        "solved": solved, "solved_en": solved_en,
        "conds_claim": " 且 ".join(f"{plain(q)} = 0" for q in e.eqs) + " \\Rightarrow "
                       + " 或 ".join(", ".join(f"{q}={plain(s[q])}" for q in params) for s in sols),
        "cubic": bool(sp.degree(e.body, x) == 3), "final": final[0], "final_en": final[1],
    }
    for i in range(SLOTS):
        n = i + 1
        out[f"sol{n}"] = i < len(sols)
        if i >= len(sols):
            continue
        s = sols[i]
        by_sign, by_second = _check_by_sign(e, s), _check_by_second(e, s)
        out.update({
            f"vals{n}": ", ".join(f"${q}={tex(s[q])}$" for q in params),
            f"sign{n}": by_sign["zh"], f"sign{n}_en": by_sign["en"], f"sign{n}_claim": by_sign["claim"],
            f"second{n}": by_second["zh"], f"second{n}_en": by_second["en"],
            f"second{n}_claim": by_second["claim"], f"f{n}": by_second["given"],
        })
    return out


def reference(e: ExtremumParameters) -> tuple[str, str]:
    """Independent: solve the conditions again, keep a solution when the first derivative of f that does not vanish at
    x₀ has even order (Taylor: f − f(x₀) keeps one sign near x₀), max / min by its sign."""
    x, x0 = e.var, e.x0
    conds = [sp.diff(e.body, x).subs(x, x0)] + ([e.body.subs(x, x0) - e.v] if e.v is not None else [])
    out = []
    for s in sp.solve(conds, list(e.params), dict=True):
        f = e.body.subs(s)
        for n in range(2, 6):
            dn = sp.diff(f, x, n).subs(x, x0)
            if dn != 0:
                kind = "none" if n % 2 else ("min" if dn > 0 else "max")
                if kind != "none" and e.want in ("any", kind):
                    out.append(s)
                break
    return _answer(e.params, sorted(out, key=lambda s: [float(s[q]) for q in e.params]))


TYPE: ProblemType[ExtremumParameters] = ProblemType(
    type_id="function.extremum_parameters", module="derivatives", name="extremum_parameters", detect=detect,
    values=values, reference=reference, givens=lambda e: [f"f({e.var}) = {plain(e.body)}", f"x0 = {plain(e.x0)}"],
    goal=lambda e: "parameters at an extremum", answers=frozenset({"unknown"}),
)
