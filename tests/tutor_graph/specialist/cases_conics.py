"""Conics beyond foci and eccentricity: texts written for these tests (not from the bank), answers
worked by hand. Rows: (text, type id, answer)."""

CASES = [
    ("求双曲线 $\\frac{x^2}{4}-\\frac{y^2}{5}=1$ 的焦点到渐近线的距离。", "conic.focus_asymptote", "\\sqrt5"),  # = b
    ("Find the distance from a focus of the hyperbola y^2/16 - x^2/9 = 1 to an asymptote.", "conic.focus_asymptote", "3"),
    ("抛物线 $x^2=4y$ 上一点 $P$ 到焦点的距离为 5，求点 $P$ 的纵坐标。", "conic.parabola_focal", "4"),  # y + 1 = 5
    ("A point P on y^2 = 12x is 7 from the focus. Find its x-coordinate.", "conic.parabola_focal", "4"),  # x + 3 = 7
    ("设 $F_1,F_2$ 是椭圆 $\\frac{x^2}{25}+\\frac{y^2}{9}=1$ 的两个焦点，点 $P$ 在椭圆上，且 $\\angle F_1PF_2=90^\\circ$，求 $\\triangle F_1PF_2$ 的面积。",
     "conic.focal_triangle", "9"),  # b² tan 45°
    ("F_1, F_2 are the foci of the hyperbola x^2/9 - y^2/16 = 1, P is on the hyperbola and ∠F_1PF_2 = 90°. Find the area of triangle F_1PF_2.",
     "conic.focal_triangle", "16"),  # b² / tan 45°
    ("直线 $y=2x-4$ 与抛物线 $y^2=4x$ 交于 $A,B$ 两点，求 $|AB|$。", "conic.chord_length", "3\\sqrt5"),  # (1,-2), (4,4)
    ("The line y = 2x - 1 meets the ellipse x^2/4 + y^2/2 = 1 at A and B. Find |AB|.", "conic.chord_length", "\\frac{2\\sqrt{170}}{9}"),
    ("已知双曲线 $x^2-\\frac{y^2}{2}=1$ 的弦 $AB$ 的中点为 $M(2,1)$，求直线 $AB$ 的方程。", "conic.midpoint_chord", "4x-y-7=0"),
    ("A chord AB of the ellipse x^2/4 + y^2/2 = 1 has midpoint M(1, 1). Find the line AB.", "conic.midpoint_chord", "x+2y-3=0"),
    ("已知椭圆的焦点为 $(\\pm 3,0)$，离心率为 $\\frac{3}{5}$，求椭圆的标准方程。", "conic.standard_equation", "\\frac{x^2}{25}+\\frac{y^2}{16}=1"),
    ("A hyperbola with foci on the y-axis has real axis length 4 and eccentricity 3/2. Find its standard equation.",
     "conic.standard_equation", "\\frac{y^2}{4}-\\frac{x^2}{5}=1"),
]

DECLINED = [
    # no chord of x² − y²/2 = 1 has its midpoint at (1, 1): the 点差法 slope 2 gives y = 2x − 1, which misses the curve
    "已知双曲线 $x^2-\\frac{y^2}{2}=1$ 的弦 $AB$ 的中点为 $M(1,1)$，求直线 $AB$ 的方程。",
]

# common chord, equal intercepts (lines_more.py)
CASES += [
    # subtracting: -2x + 6y = 0; the circles meet at (3, 1) and (-3, -1)
    ("求圆 $x^2+y^2-10=0$ 与圆 $x^2+y^2+2x-6y-10=0$ 的公共弦所在直线的方程。", "circle.common_chord", "x-3y=0"),
    ("Find the equation of the line containing the common chord of the circles x^2 + y^2 = 5 and x^2 + y^2 - 4x - 2y = 5.", "circle.common_chord", "2x+y=0"),
    # through the origin: y = -2x; x + y = a with a = -1 + 2 = 1
    ("直线 $l$ 过点 $(-1,2)$，且在两坐标轴上的截距相等，求直线 $l$ 的方程。", "line.equal_intercepts", "2x+y=0 或 x+y-1=0"),
    ("A line passes through the point (4, 1) and its intercepts on the two coordinate axes are equal. Find the equation of the line.", "line.equal_intercepts", "x-4y=0 或 x+y-5=0"),
]

DECLINED += [
    "求圆 $x^2+y^2=1$ 与圆 $x^2+y^2-8x+12=0$ 的公共弦所在直线的方程。",  # the circles do not meet
    "直线 $l$ 过点 $(2,3)$，且在两坐标轴上的截距互为相反数，求直线 $l$ 的方程。",  # opposite intercepts, not equal
    "直线 $l$ 过点 $(0,3)$，且在两坐标轴上的截距相等，求直线 $l$ 的方程。",  # a point on an axis
]
