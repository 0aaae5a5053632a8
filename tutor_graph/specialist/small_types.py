"""The value of a numeric trigonometric expression (special values vs a sum formula). (The rectangle and
solution-set types that lived here are now `types/algebra/rectangle` and `types/algebra/from_solution_set`.)"""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex

# -- the value of a numeric trigonometric expression ------------------------------------------------------------------
_TRIG = re.compile(r"(sin|cos|tan)\s*(?:\(\s*(\d+)\s*°\s*\)|(\d+)\s*°)")


def _terms(text: str) -> list[tuple[str, str]]:
    return [(f, a or b) for f, a, b in _TRIG.findall(text)]


def detect_trig_value(p: Problem) -> Match | None:
    m = re.search(r"求\s*(.+?)\s*的值|^(?:[Ff]ind|[Ee]valuate|[Cc]ompute)\s+(.+?)\s*\.?$", p.text)
    if not m:
        return None
    text = (m.group(1) or m.group(2)).strip()
    terms = sorted(set(_terms(text)))
    if len(_terms(text)) < 2 or not 1 <= len(terms) <= 3:
        return None  # a single value belongs to trig.value
    e = try_expr(text)  # the parser evaluates special values already
    if e is None or e.free_symbols:
        return None
    vals = {}
    for f, deg in terms:
        v = {"sin": sp.sin, "cos": sp.cos, "tan": sp.tan}[f](sp.Integer(deg) * sp.pi / 180)
        v = sp.radsimp(v.rewrite(sp.sqrt)) if v.has(sp.sin, sp.cos, sp.tan) else sp.radsimp(v)
        if v.has(sp.sin, sp.cos, sp.tan, sp.zoo):
            return None
        vals[(f, deg)] = v
    substituted = _TRIG.sub(lambda mm: f"({plain(vals[(mm.group(1), mm.group(2) or mm.group(3))])})", text)
    plugged = try_expr(substituted)
    value = sp.nsimplify(sp.radsimp(sp.simplify(e)))
    if plugged is None or sp.count_ops(value) > 10:
        return None
    return Match([text], "value", {"text": text, "vals": vals, "substituted": substituted, "value": value}, 0.85)


def _special_values(chain: Chain, d: dict) -> None:
    vals = d["vals"]
    chain.ask(("式中的三角函数值各是多少？", "What is each trigonometric value in it?"),
              ("，".join(f"$\\{f} {deg}^\\circ={tex(v)}$" for (f, deg), v in vals.items()), ", ".join(f"$\\{f} {deg}^\\circ={tex(v)}$" for (f, deg), v in vals.items())),
              " 且 ".join(f"\\{f} {deg}^\\circ = {plain(v)}" for (f, deg), v in vals.items()), kps=["trig.sum_difference"],
              hints=[("$15^\\circ=45^\\circ-30^\\circ$，$75^\\circ=45^\\circ+30^\\circ$。", "$15^\\circ=45^\\circ-30^\\circ$, $75^\\circ=45^\\circ+30^\\circ$.")])
    v = d["value"]
    chain.ask(("代入化简，结果是多少？", "Substitute and simplify: what is it?"), (f"${tex(v)}$",) * 2, f"{d['substituted']} = {plain(v)}",
              kps=["trig.sum_difference"], hints=[("分母有理化。", "Rationalise the denominator.")])
    # reference: a high-precision numeric value recognised among simple radicals
    ref = sp.nsimplify(sp.N(try_expr(d["text"]), 50), [sp.sqrt(2), sp.sqrt(3), sp.sqrt(6)])
    chain.done((dollar(v),) * 2, (plain(ref),) * 2)


register(Solver("trig.expression_value", "trigonometry", detect_trig_value, (
    Method(("特殊角的值代入", "Special values"), _special_values),
), ("trig.sum_difference",), priority=45, answers=frozenset({"trig"})))
