"""Signs of expressions under order givens on letters (a>b>0, c<0): the givens parametrised by positive
increments (b = t₁, a = t₁+t₂, c = −t₃), SymPy's assumptions for a fixed sign, admissible sample values for
counterexamples; and an independent grid check for the reference answer."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from fractions import Fraction

import sympy as sp

_CHAIN = re.compile(r"(?<![A-Za-z0-9_.)])((?:[a-dfghj-z]|0)(?:\s*[<>≤≥]\s*(?:[a-dfghj-z]|0)(?![A-Za-z0-9_.(]))+)")
_FLIP = {">": "<", "<": ">", "≥": "≤", "≤": "≥"}
_LATEX = {">": ">", "<": "<", "≥": "\\ge", "≤": "\\le", "=": "=", "≠": "\\ne"}
_TRUE = {">": lambda x: x > 0, "<": lambda x: x < 0, "≥": lambda x: x >= 0, "≤": lambda x: x <= 0,
         "=": lambda x: x == 0, "≠": lambda x: x != 0}
_POS_VALUES = (sp.Integer(1), sp.Integer(2), sp.Rational(1, 2), sp.Integer(3))
_NONNEG_VALUES = (sp.Integer(1), sp.Integer(0), sp.Integer(2))
_FREE_VALUES = (sp.Integer(1), sp.Integer(-1), sp.Integer(2), sp.Integer(-2), sp.Integer(0), sp.Integer(-3))


@dataclass
class Givens:
    """Order givens on letters and 0, with a parametrisation covering exactly the admissible values."""

    letters: list[sp.Symbol]
    edges: list[tuple[str, str, str]]  # (x, op, y): x op y, each a letter name or "0"
    shown: list[str]  # the chains as written ("a>b>0")
    rest: str  # the stem with the chains cut out
    sub: dict[sp.Symbol, sp.Expr] = field(default_factory=dict)
    params: list[tuple[sp.Symbol, str]] = field(default_factory=list)

    @property
    def context(self) -> list[str]:
        """The givens one relation at a time (the checker reads `a>b, b>0` more often than `a>b>0`)."""
        return [f"{x}{_LATEX[op]}{y}" for x, op, y in self.edges]

    def points(self):
        """Admissible values of the letters, simplest first."""
        pools = [_POS_VALUES if k == "pos" else _NONNEG_VALUES if k == "nonneg" else _FREE_VALUES for _, k in self.params]
        for combo in itertools.islice(itertools.product(*pools), 800):
            values = dict(zip((s for s, _ in self.params), combo, strict=True))
            yield {s: self.sub[s].xreplace(values) for s in self.letters}

    def nice_point(self, score=lambda point: 0) -> dict[sp.Symbol, sp.Expr]:
        """Among the first admissible points with distinct nonzero values, the one scoring highest (ties: simplest)."""
        nice = [p for p in itertools.islice(self.points(), 60) if 0 not in p.values() and len(set(p.values())) == len(p)]
        return max(nice, key=score) if nice else next(self.points())


def read_givens(stem: str) -> Givens | None:
    """The order chains of a stem (letters and 0 only) and their parametrisation; None when there are none,
    when a chain names another number, or when the givens close a loop (a>b, b>c, a>c) we do not parametrise."""
    edges, shown, names = [], [], []
    for m in _CHAIN.finditer(stem):
        toks = re.findall(r"[a-z0]|[<>≤≥]", m.group(1))
        for i in range(0, len(toks) - 2, 2):
            edges.append((toks[i], toks[i + 1], toks[i + 2]))
        names += [t for t in toks[::2] if t != "0" and t not in names]
        shown.append(" ".join(toks).replace(" ", "").replace("≥", "\\ge ").replace("≤", "\\le "))
    if not edges or not 1 <= len(names) <= 4:
        return None
    rest = _CHAIN.sub(" ", stem)
    g = Givens([sp.Symbol(n, real=True) for n in names], edges, shown, rest)
    return g if _parametrise(g) else None


def _parametrise(g: Givens) -> bool:
    """Walk the givens as a forest from 0 (then from a free letter): each new letter is its neighbour ± an increment."""
    adj: dict[str, list[tuple[str, str]]] = {}
    for x, op, y in g.edges:
        adj.setdefault(x, []).append((op, y))
        adj.setdefault(y, []).append((_FLIP[op], x))
    value: dict[str, sp.Expr] = {}
    by_name = {s.name: s for s in g.letters}
    roots = (["0"] if "0" in adj else []) + [s.name for s in g.letters]
    used = set()
    for root in roots:
        if root in value:
            continue
        if root == "0":
            value["0"] = sp.Integer(0)
        else:
            r = sp.Symbol(f"r{len(g.params)}", real=True)
            g.params.append((r, "free"))
            value[root] = r
        stack = [root]
        while stack:
            u = stack.pop()
            for op, w in adj.get(u, []):  # u op w
                edge = frozenset({u, w})
                if edge in used:
                    continue
                used.add(edge)
                if w in value:
                    return False  # a loop or a repeated pair: not a forest
                strict = op in "<>"
                t = sp.Symbol(f"t{len(g.params)}", positive=True) if strict else sp.Symbol(f"t{len(g.params)}", nonnegative=True)
                g.params.append((t, "pos" if strict else "nonneg"))
                value[w] = value[u] - t if op in ">≥" else value[u] + t
                stack.append(w)
    g.sub = {by_name[n]: v for n, v in value.items() if n != "0"}
    return len(g.sub) == len(g.letters)


@dataclass
class Sign:
    """The sign of a difference lhs − rhs: 'pos' 'neg' 'nonneg' 'nonpos' 'zero' or 'mixed', with its teaching text."""

    kind: str
    text: tuple[str, str]
    claim: str


@dataclass
class Verdict:
    holds: bool
    claim: str
    because: tuple[str, str]
    sign: Sign


def _defined(g: Givens, e: sp.Expr) -> bool:
    den = sp.fraction(sp.together(e.xreplace(g.sub)))[1]
    return bool(den.is_positive or den.is_negative)


def _fixed_sign(g: Givens, e: sp.Expr) -> str | None:
    e = sp.factor(sp.together(e.xreplace(g.sub)))
    if e == 0:
        return "zero"
    for kind in ("positive", "negative", "nonnegative", "nonpositive"):
        if getattr(e, f"is_{kind}"):
            return {"positive": "pos", "negative": "neg", "nonnegative": "nonneg", "nonpositive": "nonpos"}[kind]
    return None


def _at(e: sp.Expr, point: dict) -> sp.Expr | None:
    v = e.xreplace(point)
    return v if v.is_Rational else None


def _plug(g: Givens, e: sp.Expr, point: dict) -> str:
    """LaTeX of e with the values written in (so the checker recomputes it)."""
    s = sp.latex(e, mul_symbol="dot")
    for sym in g.letters:
        s = re.sub(rf"(?<![\\A-Za-z]){sym.name}(?![A-Za-z])", f"\\\\left({sp.latex(point[sym])}\\\\right)", s)
    return s


def _point_text(g: Givens, point: dict) -> str:
    return ", ".join(f"{s}={sp.latex(point[s])}" for s in g.letters)


def _givens_claim(g: Givens, point: dict) -> str:
    val = {s.name: sp.latex(point[s]) for s in g.letters} | {"0": "0"}
    return " 且 ".join(f"{val[x]} {_LATEX[op]} {val[y]}" for x, op, y in g.edges)


def sample_claim(g: Givens, v: tuple, point: dict) -> tuple[str, bool, tuple[str, str]]:
    """(claim, holds, (zh, en) text) for option v = ("rel", lhs, op, rhs) at an admissible point: the givens and the
    actual relation of the two sides there, written with the numbers in place."""
    _, lhs, op, rhs = v
    a, b = _at(lhs, point), _at(rhs, point)
    if a is None or b is None:  # the points given here are admissible, so both sides are numbers there
        raise ValueError(f"{sp.latex(lhs)} or {sp.latex(rhs)} is not a rational number at {point}")
    real = ">" if a > b else "<" if a < b else "="
    claim = f"{_givens_claim(g, point)} 且 {_plug(g, lhs, point)} {real} {_plug(g, rhs, point)}"
    text = (f"${_point_text(g, point)}$ 时 ${sp.latex(lhs)}={sp.latex(a)}$，${sp.latex(rhs)}={sp.latex(b)}$",
            f"at ${_point_text(g, point)}$, ${sp.latex(lhs)}={sp.latex(a)}$ and ${sp.latex(rhs)}={sp.latex(b)}$")
    return claim, _TRUE[op](a - b), text


def _sign(g: Givens, lhs: sp.Expr, rhs: sp.Expr) -> Sign | None:
    diff = sp.factor(sp.together(lhs - rhs))
    kind = _fixed_sign(g, diff)
    if kind is not None:
        parts_zh = []
        num, den = sp.fraction(diff)
        for f in [f for f, _ in sp.factor_list(num)[1]] + [f for f, _ in sp.factor_list(den)[1]]:
            s = _fixed_sign(g, f)
            if s in ("pos", "neg"):
                parts_zh.append(f"${sp.latex(f)}{'>' if s == 'pos' else '<'}0$")
        rel = {"pos": ">", "neg": "<", "nonneg": "≥", "nonpos": "≤", "zero": "="}[kind]
        lead = "，".join(parts_zh)
        zh = (f"{lead}，" if lead else "") + f"所以差 ${_LATEX[rel]} 0$，即 ${sp.latex(lhs)} {_LATEX[rel]} {sp.latex(rhs)}$"
        en = (f"{', '.join(parts_zh)}; " if lead else "") + f"so the difference is ${_LATEX[rel]} 0$: ${sp.latex(lhs)} {_LATEX[rel]} {sp.latex(rhs)}$"
        return Sign(kind, (zh, en), f"{sp.latex(diff)} {_LATEX[rel]} 0")
    pos = neg = None
    for point in g.points():
        d = _at(diff, point)
        if d is None:
            continue
        pos = pos or (point if d > 0 else None)
        neg = neg or (point if d < 0 else None)
        if pos and neg:
            claim = (f"{_givens_claim(g, pos)} 且 {_plug(g, diff, pos)} > 0 且 {_givens_claim(g, neg)} 且 {_plug(g, diff, neg)} < 0")
            zh = f"符号不确定：${_point_text(g, pos)}$ 时差为正，${_point_text(g, neg)}$ 时差为负"
            en = f"not fixed: positive at ${_point_text(g, pos)}$, negative at ${_point_text(g, neg)}$"
            return Sign("mixed", (zh, en), claim)
    return None


def judge(g: Givens, v: tuple) -> Verdict | None:
    """Judge one option ("rel", lhs, op, rhs) or ("unsure", lhs, rhs); None when it cannot be decided."""
    lhs, rhs = v[1], v[-1]
    if not (_defined(g, lhs) and _defined(g, rhs)):
        return None
    sign = _sign(g, lhs, rhs)
    if v[0] == "unsure":
        if sign is None or sign.kind not in ("pos", "neg", "mixed"):
            return None
        if sign.kind == "mixed":
            return Verdict(True, sign.claim, sign.text, sign)
        rel = ">" if sign.kind == "pos" else "<"
        claim = f"{sp.latex(lhs)} {rel} {sp.latex(rhs)}"
        return Verdict(False, claim, (f"恒有 ${claim}$，大小是确定的", f"${claim}$ always, so the order is determined"), sign)
    op = v[2]
    proven = {"pos": ">≥≠", "neg": "<≤≠", "nonneg": "≥", "nonpos": "≤", "zero": "=≥≤"}
    if sign is not None and op in proven.get(sign.kind, ""):
        return Verdict(True, f"{sp.latex(lhs)} {_LATEX[op]} {sp.latex(rhs)}", ("", ""), sign)
    for point in g.points():
        a, b = _at(lhs, point), _at(rhs, point)
        if a is None or b is None or _TRUE[op](a - b):
            continue
        claim, _, text = sample_claim(g, v, point)
        real = ">" if a > b else "<" if a < b else "="
        shown = f"${sp.latex(lhs)} {_LATEX[real]} {sp.latex(rhs)}$"
        return Verdict(False, claim, (f"取 {text[0]}，此时 {shown}", f"{text[1]}, so {shown}"),
                       sign or Sign("mixed", ("", ""), ""))
    return None


def _value(e: sp.Expr, env: dict[sp.Symbol, Fraction]) -> Fraction:
    """Exact value of a rational function at Fractions (ZeroDivisionError where undefined)."""
    if e.is_Symbol:
        return env[e]
    if e.is_Rational:
        return Fraction(int(e.p), int(e.q))
    if e.is_Add:
        return sum((_value(a, env) for a in e.args), Fraction(0))
    if e.is_Mul:
        out = Fraction(1)
        for a in e.args:
            out *= _value(a, env)
        return out
    if e.is_Pow and e.exp.is_Integer:
        return _value(e.base, env) ** int(e.exp)
    raise ValueError(f"not a rational function: {e}")


_GRID = [Fraction(n, 2) for n in (-6, -4, -3, -2, -1, 0, 1, 2, 3, 4, 6)]
_CMP = {">": lambda x, y: x > y, "<": lambda x, y: x < y, "≥": lambda x, y: x >= y, "≤": lambda x, y: x <= y}


def reference_letters(g: Givens, options: dict[str, tuple]) -> str:
    """Independent of the proofs: every grid point (0, ±1/2, ±1, ±3/2, ±2, ±3) that satisfies the givens as written
    is tried; a relation is right when it holds at all of them, "不确定" when both orders occur."""
    names = {s.name: s for s in g.letters}
    seen: dict[str, list] = {k: [] for k in options}
    for combo in itertools.product(_GRID, repeat=len(g.letters)):
        env = dict(zip(g.letters, combo, strict=True))
        val = {n: env[s] for n, s in names.items()} | {"0": Fraction(0)}
        if not all(_CMP[op](val[x], val[y]) for x, op, y in g.edges):
            continue
        for k, v in options.items():
            try:
                seen[k].append(_value(v[1], env) - _value(v[-1], env))
            except ZeroDivisionError:
                continue
    right = []
    for k, v in options.items():
        diffs = seen[k]
        if not diffs:
            continue
        if v[0] == "unsure":
            if any(d > 0 for d in diffs) and any(d < 0 for d in diffs):
                right.append(k)
        elif all(_TRUE[v[2]](d) for d in diffs):
            right.append(k)
    return "".join(sorted(right))
