"""Paraphrase table, quadratics, equations, inequalities and applications: each type in three phrasings.

Exam LaTeX, plain textbook Chinese and English; each row is solved as the graph solves it without a model,
and must be correct (verified where the row says so). The working behind each expected answer is in the comments.
"""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_solved, table_cases

TABLE = {  # type: [(text, expected, verified)]
    'quadratic.vieta': [
        # x1 + x2 = -5, x1 x2 = -2
        ('(5 分) 已知 $x_1,x_2$ 是方程 $x^2+5x-2=0$ 的两个实数根，求 $\\frac{1}{x_1}+\\frac{1}{x_2}$ 的值。', '\\frac52', False),
        ('设方程 x^2-4x-1=0 的两根为 x_1, x_2，求 x_1^2+x_2^2。', '18', False),  # 16 + 2
        ('Let x_1 and x_2 be the roots of x^2 - 6x + 4 = 0. Find (x_1 - x_2)^2.', '20', False),  # 36 - 16
    ],
    'quadratic.through_points': [
        # c = -1; a + b = 3, a - b = 1
        ('(5 分) 已知二次函数 $y=ax^2+bx+c$ 的图象过点 $(0,-1)$，$(1,2)$，$(-1,0)$，求该二次函数的解析式。', 'y=2x^2+x-1', False),
        ('一条抛物线经过 (0,4)、(2,0)、(-2,0) 三点，求它的解析式。', 'y=-x^2+4', False),
        ('A parabola passes through (1, 0), (2, 0) and (0, 2). Find its equation.', 'y=x^2-3x+2', False),
    ],
    'quadratic.always': [
        ('(5 分) 若关于 $x$ 的不等式 $x^2+mx+1>0$ 对任意实数 $x$ 恒成立，则实数 $m$ 的取值范围是 ____', '(-2,2)', False),
        ('若 x^2-2x+a≥0 对一切实数 x 恒成立，求 a 的取值范围。', '[1,+\\infty)', False),  # 4 - 4a ≤ 0
        ('Find the range of k such that x^2 - kx + 9 > 0 for every real x.', '(-6,6)', False),
    ],
    'quadratic.root_condition': [
        ('(5 分) 若关于 $x$ 的一元二次方程 $x^2-4x+k=0$ 有两个不相等的实数根，则实数 $k$ 的取值范围是 ____', '(-\\infty,4)', False),
        ('方程 x^2+2x+m=0 有两个相等的实数根，求 m 的值。', 'm=1', False),
        ('The equation x^2 - 2x + 2k = 0 has real roots. Find the range of k.', '(-\\infty,\\frac12]', False),  # 4 - 8k ≥ 0
    ],
    'quadratic.from_solution_set': [
        # (x-1)(x-3) = x^2 - 4x + 3
        ('(5 分) 已知关于 $x$ 的不等式 $x^2+ax+b<0$ 的解集为 $(1,3)$，求 $a+b$ 的值。', '-1', False),
        # -(x+2)(x-1) = -x^2 - x + 2: a = -1, b = -1
        ('不等式 ax^2+bx+2>0 的解集是 (-2,1)，求 a+b 的值。', '-2', False),
        # (x+1)(x-4) = x^2 - 3x - 4
        ('The solution set of x^2 + bx + c ≤ 0 is [-1, 4]. Find b + c.', '-7', False),
    ],
    'equation.higher': [
        ('(5 分) 解方程 $x^4-10x^2+9=0$。', 'x=-3 或 x=-1 或 x=1 或 x=3', True),
        ('解方程 x^3-x^2-4x+4=0。', 'x=-2 或 x=1 或 x=2', True),  # (x-1)(x^2-4)
        ('Solve x^3 - 3x^2 - 4x + 12 = 0.', 'x=-2 or x=2 or x=3', True),  # (x-3)(x^2-4)
    ],
    'equation.fractional': [
        ('(5 分) 分式方程 $\\frac{3}{x}=\\frac{2}{x-1}$ 的解为 ____', 'x=3', True),  # 3x - 3 = 2x
        ('解方程 4/(x+2)=1/(x-1)。', 'x=2', True),  # 4x - 4 = x + 2
        ('Solve 5/(x + 3) = 2/x.', 'x=2', True),  # 5x = 2x + 6
    ],
    'inequality.compare': [
        ('(5 分) 比较 $x^2+5$ 与 $4x$ 的大小。', 'x^2+5>4x', False),  # (x-2)^2 + 1 > 0
        ('比较 (x+1)(x+3) 与 (x+2)^2 的大小。', '(x+1)(x+3)<(x+2)^2', False),  # difference -1
        ('Compare x^2 + 2 and 2x.', 'x^2+2>2x', False),  # (x-1)^2 + 1 > 0
    ],
    'inequality.linear_range': [
        ('(5 分) 已知 $1<a<2$，$-1<b<3$，求 $2a-b$ 的取值范围。', '(-1,5)', True),  # (2,4) + (-3,1)
        ('已知 2<x<5，1<y<2，求 x-y 的取值范围。', '(0,4)', True),  # (2,5) + (-2,-1)
        ('Given -2 < a < 1 and 3 < b < 5, find the range of 3a - b.', '(-11,0)', False),  # (-6,3) + (-5,-3)
    ],
    'inequality.rectangle': [
        ('(5 分) 已知矩形的周长为 $20$，求该矩形面积的最大值。', '25', False),
        ('周长为 16 的矩形，面积最大是多少？', '16', False),
        ('A rectangle has perimeter 40. Find its largest possible area.', '100', False),
    ],
    'trig.expression_value': [
        ('(5 分) $\\sin 15^\\circ\\cos 15^\\circ=$ ____', '\\frac14', True),  # sin 30° / 2
        ('求 cos^2 15° - sin^2 15° 的值。', '\\frac{\\sqrt3}{2}', True),  # cos 30°
        ('Evaluate sin 75° - cos 75°.', '\\frac{\\sqrt2}{2}', True),  # √2 sin 30°
    ],
    'application.growth': [
        # 1.1^7 ≈ 1.949 < 2 < 1.1^8 ≈ 2.144
        ('(5 分) 某企业年产值每年增长 $10\\%$，至少经过多少年年产值翻一番？', '8', False),
        # 0.9^6 ≈ 0.531, 0.9^7 ≈ 0.478
        ('某种放射性物质每年衰减 10%，至少经过多少年，剩余量不足原来的一半？', '7', False),
        # 1.08^9 ≈ 1.999 < 2 < 1.08^10 ≈ 2.159
        ('An investment grows by 8% each year. After how many whole years does it first exceed double its starting value?',
         '10', False),
    ],
    'application.profit': [
        # (x-40)(1000-10x): roots 40 and 100, best price 70
        ('(12 分) 某商品每件成本 $40$ 元，当售价为 $50$ 元时，每月可售出 $500$ 件；售价每上涨 $1$ 元，月销量减少 $10$ 件。'
         '问售价定为多少元时，月利润最大？', '70', False),
        # (x-10)(360-10x): roots 10 and 36, best price 23, profit 13 · 130
        ('某商品进价为每件 10 元，售价为 16 元时每天可卖出 200 件；售价每提高 1 元，每天少卖 10 件。求每天的最大利润。', '1690', False),
        # (x-30)(1000-10x): roots 30 and 100
        ('A shop buys a toy for 30 yuan. At a price of 40 yuan, 600 sell per month; each 1-yuan increase loses 10 sales. '
         'What price gives the largest profit?', '65', False),
    ],
    'application.tariff': [
        ('(5 分) 某市出租车收费标准：$3$ km 以内（含 $3$ km）收费 $10$ 元，超过 $3$ km 的部分每千米收费 $2$ 元。'
         '某乘客付费 $26$ 元，他乘车行驶了多少千米？', '11', False),  # 10 + 2(x - 3) = 26
        ('某地出租车 3 千米以内收费 8 元，超过 3 千米的部分每千米收费 2 元。小王付了 18 元车费，他坐了多少千米？', '8', False),
        ('A taxi charges 9 yuan for up to 2 km and 2 yuan per km beyond. A ride cost 21 yuan. How far was it?', '8', False),  # 9 + 2(x - 2) = 21
    ],
}
CASES = table_cases(TABLE)


@pytest.mark.parametrize(("kind", "text", "expected", "verified"), CASES,
                         ids=[f"{k}-{i % 3}" for i, (k, *_) in enumerate(CASES)])
def test_algebra_phrasing(kind, text, expected, verified):
    assert_solved(text, expected, verified)
