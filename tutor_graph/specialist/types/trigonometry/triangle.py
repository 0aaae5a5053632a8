"""解三角形 / Reading a triangle problem: the sides and angles given, what is asked, and which case it is."""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.trigonometry.common import claim_relations


def deg_text(v: sp.Expr) -> str:
    """An angle in degrees as LaTeX: `120^\\circ`."""
    return f"{tex(sp.nsimplify(v * 180 / sp.pi))}^\\circ"


def deg_claim(v: sp.Expr) -> str:
    """An angle in degrees as a claim writes it: `120°`."""
    return f"{plain(sp.nsimplify(v * 180 / sp.pi))}°"


def _kind(d: dict[str, Any]) -> str | None:
    s, a, want = d["sides"], d["angles"], d["want"]
    if len(s) == 2 and len(a) == 1:
        (x, y), (ang,) = sorted(s), list(a)
        third = ({"a", "b", "c"} - {x, y}).pop()
        if ang.lower() == third:
            if d["area"]:
                return "sas_area"
            return "sas_side" if want == third else None
    if len(s) == 3 and not a and want in ("A", "B", "C"):
        return "sss_angle"
    if len(s) == 2 and len(a) == 1 and want in ("a", "b", "c"):
        (ang,) = list(a)
        if ang.lower() in s and want not in s and want.upper() != ang:
            return "ssa_side"
    if len(s) == 1 and len(a) == 2 and want in ("a", "b", "c") and want.upper() in a and next(iter(s)).upper() in a:
        return "aas_side"
    return None


def _wanted(p: Problem) -> tuple[bool, str | None]:
    """What the last goal asks: the area, or one side or angle (`c`, `A`)."""
    if not p.goals:
        return False, None
    asked = p.goals[-1]["expression"]
    if re.search(r"面积|area", asked, re.I):
        return True, None
    m = re.fullmatch(r"\s*(?:(?:the\s+)?(?:side|angle)\s+|边|角|∠)?\s*([abcABC])\s*", asked, re.I)
    return False, (m.group(1) if m else None)


def read(p: Problem) -> dict[str, Any] | None:
    """{"sides", "angles", "area", "want", "kind"} of a triangle problem whose case is one we solve, else None."""
    if not p.objects("triangle"):
        return None
    sides: dict[str, sp.Expr] = {}
    angles: dict[str, sp.Expr] = {}
    for lhs, op, rhs in claim_relations(p):
        if op == "=" and isinstance(lhs, sp.Symbol) and lhs.name in ("a", "b", "c", "A", "B", "C"):
            (sides if lhs.name.islower() else angles)[lhs.name] = rhs
    if any(v.free_symbols or not v.is_positive for v in [*sides.values(), *angles.values()]):
        return None
    if any(v >= sp.pi for v in angles.values()):
        return None
    want_area, want = _wanted(p)
    if want in sides or want in angles:
        want = None
    data: dict[str, Any] = {"sides": sides, "angles": angles, "area": want_area, "want": want}
    kind = _kind(data)
    if kind is None:
        return None
    data["kind"] = kind
    return data
