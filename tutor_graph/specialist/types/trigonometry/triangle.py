"""解三角形 / Reading a triangle problem: the sides and angles given, what is asked, and which case it is."""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex

_SIDE = re.compile(r"(?<![A-Za-z_])([abc])\s*=\s*(\d+(?:\.\d+)?(?:\s*sqrt\(\d+\)|\s*√\d+)?|sqrt\(\d+\)|√\d+|\d*\s*sqrt\(\d+\))")
_ANGLE = re.compile(r"(?<![A-Za-z_])(?:∠\s*)?([ABC])\s*=\s*(\d+(?:\.\d+)?\s*°|[\d]*\s*π\s*(?:/\s*\d+)?|\(\(?\d*π\)?\)/\(\d+\)"
                    r"|\(\(π\)/\(\d+\)\))")
_ASK = re.compile(r"求|find|compute|determine", re.I)


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


def read(p: Problem) -> dict[str, Any] | None:
    """{"sides", "angles", "area", "want", "kind"} of a triangle problem whose case is one we solve, else None."""
    if not re.search(r"△|三角形|triangle", p.text, re.I):
        return None
    sides = {m.group(1): try_expr(m.group(2)) for m in _SIDE.finditer(p.text)}
    angles = {m.group(1): try_expr(m.group(2)) for m in _ANGLE.finditer(p.text)}
    if any(v is None or v.free_symbols or v <= 0 for v in [*sides.values(), *angles.values()]):
        return None
    if any(v >= sp.pi for v in angles.values() if v is not None):
        return None
    tail = _ASK.split(p.text)[-1] if _ASK.search(p.text) else ""
    want_area = bool(re.search(r"面积|area", tail, re.I))
    want = [w for w in re.findall(r"(?:边|角|side|angle)?\s*(?<![A-Za-z])([abcABC])(?![A-Za-z=])", tail)
            if w not in sides and w not in angles]
    data = {"sides": sides, "angles": angles, "area": want_area, "want": want[0] if want and not want_area else None}
    kind = _kind(data)
    if kind is None:
        return None
    data["kind"] = kind
    return data
