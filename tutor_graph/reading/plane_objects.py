"""Lines, curves and points of the coordinate plane, read as objects: `line1 = x-y+1=0`, `curve1 = x^2+y^2=4`, `A = (1,2)`.

Reader side, string work only: every equation in x and y that the problem writes becomes an object — a `line`
when no square is written in it, a `curve` (circle or conic) when one is — whose value is the equation as the
math layer parses it; every coordinate point `A(1,2)` or `(1,2)` becomes a `point`. The line, circle and conic
types take their equations and points from these objects (the math layer parses the values), so one reading
serves the types and the teacher's view. Problems about a sequence or vectors get none: there `(1,2)` is a
vector's coordinates or a term's index, and the sequence readers want `{a_n}` as the only object.

>>> from tutor_graph.reading import read
>>> [(o["name"], o["kind"], o["value"]) for o in read("求点 P(1,2) 到直线 3x+4y-5=0 的距离")["objects"]]
[('line1', 'line', '3x+4y-5=0'), ('P', 'point', '(1,2)')]
"""

from __future__ import annotations

import re
from typing import Any

from tutor_graph.specialist.text import fragments, normalise  # the specialist's split of a text into formulas

_POINT = re.compile(r"(?<![A-Za-z_])([A-Z])?\s*\(\s*(-?[\d./]+(?:\s*/\s*\d+)?)\s*,\s*(-?[\d./]+(?:\s*/\s*\d+)?)\s*\)")
_XY = re.compile(r"(?<![A-Za-z])[xy](?![A-Za-z])")
_SQUARE = re.compile(r"[xy]\)?\s*(?:\^\s*\(?\s*2|²)")
_OTHER_RELATION = re.compile(r"<|>|≤|≥|≠|!=")
# a function's definition or a transcendental equation: `f(x)=x^2-2x`, `y=sin x`, `y=e^x` are no line or conic
_FUNCTION = re.compile(r"(?<![A-Za-z])[fgh]\s*\(|sin|cos|tan|ln|lg|log|exp|(?<![A-Za-z])e\s*\^")


def _equations(fragments: list[str]) -> list[tuple[str, str]]:
    """(kind, equation) of each fragment that is one equation in x and/or y: `line` or `curve`."""
    out = []
    for frag in fragments:
        if frag.count("=") != 1 or _OTHER_RELATION.search(frag) or _FUNCTION.search(frag) or not _XY.search(frag):
            continue
        straight = not (_SQUARE.search(frag) or re.search(r"\^|²|√|sqrt|/\s*\(?[^)]*[xy]", frag))  # y=(2x+1)^5 is no line
        out.append(("line" if straight else "curve", frag.strip()))
    return out


def read_plane(reader: Any, raw: str) -> None:
    """Add the problem's lines, curves and points to the reader's objects, in the order written."""
    if any(o["kind"] in ("sequence", "vector") for o in reader.objects):
        return
    text = normalise(reader.text)  # the exam text without its options: "A. (0,1)" is no point
    counts: dict[str, int] = {}
    for kind, equation in _equations(fragments(text)):
        counts[kind] = counts.get(kind, 0) + 1
        reader.add_object(f"{kind}{counts[kind]}", kind, equation)
    taken = {o["name"] for o in reader.objects}
    unnamed = 0
    for m in _POINT.finditer(text):
        name, value = m.group(1), f"({m.group(2).strip()},{m.group(3).strip()})"
        if any(o["kind"] == "point" and (o["name"] == name or o["value"].replace(" ", "") == value.replace(" ", ""))
               for o in reader.objects if name or not o["name"].startswith("point")):
            continue  # already read by the clause reader (by name, or an unnamed point by its coordinates)
        if not name or name in taken:
            unnamed += 1
            name = f"point{unnamed}"
        taken.add(name)
        reader.add_object(name, "point", value)
