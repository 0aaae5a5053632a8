"""Paraphrase table, conics and circles (圆锥曲线与圆): every type in exam LaTeX, plain textbook Chinese and English.

Each row is solved as the graph solves it without a model; the answer must be correct, and verified where
the row says so (a phrasing whose reading is partial is answered but never verified). Answers worked by hand.
"""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_solved, table_cases

TABLE = {  # type: [(text, expected, verified)]
    'circle.three_points': [  # centre (1,2), r² = 5
        (r'(5 分) 过三点 $A(0,0)$，$B(2,0)$，$C(0,4)$ 的圆的方程为 ____', '(x-1)^2+(y-2)^2=5', False),
        ('求经过 (0,0), (2,0), (0,4) 三点的圆的方程', '(x-1)^2+(y-2)^2=5', False),
        ('Find the equation of the circle passing through (0, 0), (2, 0) and (0, 4).', '(x-1)^2+(y-2)^2=5', False),
    ],
    'circle.tangent_parameter': [  # centre (1,0), r = 1: |3+m|/5 = 1
        (r'(5 分) 直线 $3x+4y+m=0$ 与圆 $x^2+y^2-2x=0$ 相切，求实数 $m$ 的值', 'm=2 或 m=-8', False),
        ('直线 3x+4y+m=0 与圆 x^2+y^2-2x=0 相切，求 m 的值', 'm=2 或 m=-8', False),
        ('The line 3x + 4y + m = 0 is tangent to the circle x^2 + y^2 - 2x = 0. Find m.', 'm=2 或 m=-8', False),
    ],
    'geometry.conic': [  # c = 5
        (r'(5 分) 双曲线 $\frac{x^2}{9}-\frac{y^2}{16}=1$ 的离心率为 ____', r'\frac{5}{3}', True),
        ('求双曲线 x^2/9 - y^2/16 = 1 的离心率', r'\frac{5}{3}', True),
        ('Find the eccentricity of the hyperbola x^2/9 - y^2/16 = 1.', r'\frac{5}{3}', True),
    ],
    'conic.standard_equation': [  # c = 4, a = 5, b = 3
        (r'(5 分) 已知椭圆的焦点为 $(\pm 4,0)$，离心率为 $\frac{4}{5}$，则椭圆的标准方程为 ____', r'\frac{x^2}{25}+\frac{y^2}{9}=1', False),
        ('已知椭圆的焦点为 (±4,0)，离心率为 4/5，求椭圆的标准方程', r'\frac{x^2}{25}+\frac{y^2}{9}=1', False),
        ('An ellipse has foci (±4, 0) and eccentricity 4/5. Find its standard equation.', r'\frac{x^2}{25}+\frac{y^2}{9}=1', False),
    ],
    'conic.focus_asymptote': [  # = b
        (r'(5 分) 双曲线 $\frac{x^2}{16}-\frac{y^2}{9}=1$ 的焦点到其渐近线的距离为 ____', '3', False),
        ('求双曲线 x^2/16 - y^2/9 = 1 的焦点到渐近线的距离', '3', False),
        ('What is the distance from a focus of the hyperbola x^2/16 - y^2/9 = 1 to one of its asymptotes?', '3', False),
    ],
    'conic.parabola_focal': [  # x + 2 = 6
        (r'(5 分) 已知抛物线 $y^2=8x$ 上一点 $M$ 到焦点的距离为 $6$，则点 $M$ 的横坐标为 ____', '4', False),
        ('抛物线 y^2=8x 上一点 M 到焦点的距离是 6，求点 M 的横坐标', '4', False),
        ('A point P on the parabola y^2 = 8x is at distance 6 from the focus. Find the x-coordinate of P.', '4', False),
    ],
    'conic.focal_triangle': [  # b² tan 30°
        (r'(5 分) 已知 $F_1,F_2$ 为椭圆 $\frac{x^2}{16}+\frac{y^2}{9}=1$ 的两个焦点，点 $P$ 在椭圆上，$\angle F_1PF_2=60^\circ$，则 $\triangle F_1PF_2$ 的面积为 ____', r'3\sqrt3', False),
        ('椭圆 x^2/16 + y^2/9 = 1 的两个焦点为 F_1, F_2，点 P 在椭圆上，且 ∠F_1PF_2=60°，求三角形 F_1PF_2 的面积', r'3\sqrt3', False),
        ('F_1, F_2 are the foci of the ellipse x^2/16 + y^2/9 = 1, P is on the ellipse and ∠F_1PF_2 = 60°. Find the area of triangle F_1PF_2.', r'3\sqrt3', False),
    ],
    'conic.chord_length': [  # focal chord: x1 + x2 + 2, x² − 6x + 1 = 0
        (r'(5 分) 直线 $y=x-1$ 与抛物线 $y^2=4x$ 相交于 $A,B$ 两点，则 $|AB|=$ ____', '8', False),
        ('直线 y=x-1 与抛物线 y^2=4x 交于 A、B 两点，求弦长 |AB|', '8', False),
        ('The line y = x - 1 meets the parabola y^2 = 4x at points A and B. Find |AB|.', '8', False),
    ],
    'conic.midpoint_chord': [  # slope −b²x0/(a²y0) = −1/2
        (r'(5 分) 已知椭圆 $\frac{x^2}{16}+\frac{y^2}{4}=1$ 的弦 $AB$ 的中点为 $M(2,1)$，则直线 $AB$ 的方程为 ____', 'x+2y-4=0', False),
        ('椭圆 x^2/16 + y^2/4 = 1 的一条弦 AB 的中点为 (2,1)，求弦 AB 所在直线的方程', 'x+2y-4=0', False),
        ('The midpoint of a chord AB of the ellipse x^2/16 + y^2/4 = 1 is M(2, 1). Find the equation of line AB.', 'x+2y-4=0', False),
    ],
    'geometry.distance': [  # |1 + 1 + 1|/√2
        (r'(5 分) 点 $(1,-1)$ 到直线 $x-y+1=0$ 的距离为 ____', r'\frac{3\sqrt2}{2}', True),
        ('求点 (1,-1) 到直线 x-y+1=0 的距离', r'\frac{3\sqrt2}{2}', True),
        ('Find the distance from the point (1, -1) to the line x - y + 1 = 0.', r'\frac{3\sqrt2}{2}', False),
    ],
    'geometry.line': [  # slope 2
        (r'(5 分) 经过点 $A(2,3)$ 和 $B(4,7)$ 的直线方程为 ____', 'y=2x-1', False),
        ('求过点 (2,3)、(4,7) 的直线方程', 'y=2x-1', False),
        ('Find the equation of the line through (2, 3) and (4, 7).', 'y=2x-1', False),
    ],
    'geometry.circle': [  # (x−3)² + (y+2)² = 4
        (r'(5 分) 圆 $x^2+y^2-6x+4y+9=0$ 的半径为 ____', '2', False),
        ('求圆 x^2+y^2-6x+4y+9=0 的半径', '2', False),
        ('What is the radius of the circle x^2 + y^2 - 6x + 4y + 9 = 0?', '2', False),
    ],
    'geometry.line_circle': [  # d = √2: 2√(4 − 2)
        (r'(5 分) 直线 $x+y-2=0$ 被圆 $x^2+y^2=4$ 截得的弦长为 ____', r'2\sqrt2', False),
        ('求直线 x+y-2=0 被圆 x^2+y^2=4 截得的弦长', r'2\sqrt2', False),
        ('Find the length of the chord cut from the circle x^2 + y^2 = 4 by the line x + y - 2 = 0.', r'2\sqrt2', False),
    ],
}
CASES = table_cases(TABLE)


@pytest.mark.parametrize(("kind", "text", "expected", "verified"), CASES,
                         ids=[f"{k}-{i % 3}" for i, (k, *_) in enumerate(CASES)])
def test_conics_phrasing(kind, text, expected, verified):
    assert_solved(text, expected, verified)
