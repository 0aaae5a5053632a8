"""Reading the givens that probability problems share, from the Reading: a probability written as a decimal,
fraction or percentage, a bag of balls of two colours, a random variable's law and what is asked."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.text import latex_to_plain

_NAMES = {"红": ("红", "red"), "白": ("白", "white"), "黑": ("黑", "black"), "黄": ("黄", "yellow")}
_NAMES.update({en: pair for pair in list(_NAMES.values()) for en in [pair[1]]})


def probability(s: str) -> sp.Expr | None:
    """'30%', '0.3' or '3/10' → 3/10; None unless it is a number in [0, 1]."""
    s = s.replace("\\%", "%").strip()
    if s.endswith("%"):
        return sp.nsimplify(s[:-1].strip()) / 100
    v = try_expr(s)
    return sp.nsimplify(v) if v is not None and not v.free_symbols and 0 <= v <= 1 else None


def read_bag(p: Problem) -> tuple[int, str, int, str] | None:
    """The bag the Reading read (`红:5,白:3`) → (5, '红', 3, '白')."""
    value = next((o["value"] for o in p.objects("bag") if o["name"] == "bag"), "")
    m = re.fullmatch(r"(\w+):(\d+),(\w+):(\d+)", value)
    return (int(m.group(2)), m.group(1), int(m.group(4)), m.group(3)) if m else None


def named_probability(p: Problem, name: str) -> str:
    """The probability the Reading read under `name` (`P(A)` → `0.8`), as written; '' if none."""
    return next((o["value"] for o in p.objects("probability") if o["name"] == name), "")


def event(p: Problem, name: str) -> str:
    """The value of the event the Reading read under `name` (`first` → `白`), '' if none."""
    return next((o["value"] for o in p.objects("event") if o["name"] == name), "")


def law(p: Problem, family: str) -> tuple[str, str] | None:
    """The two parameters of the random variable the Reading read with this law (`B` or `N`), as written."""
    for o in p.objects("random_variable"):
        m = re.fullmatch(rf"{family}\((.*)\)", o["value"].strip())
        if m and m.group(1).count(",") == 1:
            first, second = m.group(1).split(",")
            return first.strip(), second.strip()
    return None


def asked(p: Problem) -> list[str]:
    """The asked expressions the Reading read (`P(X=2)`, `D(2X+1)`), in plain notation."""
    return [latex_to_plain(g["expression"]).strip() for g in p.goals if g["expression"]]


def colour_names(colour: str) -> tuple[str, str]:
    """A colour as read ('红' or 'red') → its Chinese and English names."""
    return _NAMES[colour]


def ratio(p: sp.Expr | int, q: sp.Expr | int) -> str:
    """p/q as counted, then in lowest terms where that differs: \\frac{32}{1000}=\\frac{4}{125}."""
    shown = f"\\frac{{{plain(p)}}}{{{plain(q)}}}"
    value = sp.Rational(p, q)
    return shown if value.q == q else f"{shown}={tex(value)}"
