"""A question about a solid placed in coordinates: what `solid_coordinates` reads and every method computes from."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.space import normal
from tutor_graph.specialist.types.solid_geometry.frames import Frame, coordinates_text
from tutor_graph.specialist.types.template import Values

Points = dict[str, sp.Matrix]


@dataclass(frozen=True)
class SolidQuestion:
    """The solid in coordinates, what is asked (`kind`), its named parts (a point, a line's two ends, a plane's
    corners) and the form of the answer wanted (cos / sin / tan, or `value`: the angle or the distance)."""

    frame: Frame
    kind: str  # one of _KINDS
    parts: tuple[tuple[str, ...], ...]
    want: str

    @property
    def pts(self) -> Points:
        return self.frame.points


def plane_normal(pts: Points, pl: tuple[str, ...]) -> sp.Matrix:
    """A normal vector of the plane through the first three corners of `pl`."""
    return normal([pts[pl[1]] - pts[pl[0]], pts[pl[2]] - pts[pl[0]]])


def setup_values(out: Values, q: SolidQuestion, used: list[str], key: str) -> None:
    """The coordinates of the points a chain uses (`key`, `key_en`), midpoints with where they come from."""
    f = q.frame
    out[key], out[f"{key}_en"] = coordinates_text(f, used, "zh"), coordinates_text(f, used, "en")
