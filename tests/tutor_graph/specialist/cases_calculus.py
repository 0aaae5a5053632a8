"""Derivative problems with an unknown to find first (the point of tangency, the coefficients at an extremum)
and counting zeros: texts written for these tests (not from the bank), answers worked by hand.
Rows: (text, type id, answer)."""

CASES = [
    # for all x, a linear parameter: -x < 0 on x > 0 gives a ≥ 2ln x/x, largest at x = e: 2/e (reached)
    ("已知函数 $f(x)=2\\ln x-ax$，若 $f(x)\\le 0$ 对任意 $x>0$ 恒成立，求实数 $a$ 的取值范围。", "function.always_parameter",
     "[\\frac{2}{e},+\\infty)"),
    # 1/x > 0 gives a ≥ -x ln x, largest at x = 1/e: 1/e
    ("Let f(x) = ln x + a/x. If f(x) ≥ 0 for all x > 0, find the range of a.", "function.always_parameter", "[\\frac1e,+\\infty)"),
    # strict: a < e^x/x, whose minimum e at x = 1 is reached, so a = e is out
    ("已知 $f(x)=e^x-ax$，若 $f(x)>0$ 对一切 $x>0$ 恒成立，求 $a$ 的取值范围。", "function.always_parameter", "(-\\infty,e)"),
    # f(0) = 0 for every a: x = 0 is the maximum, f'(0) = 1 - a = 0, and ln(x+1) - x ≤ 0 does hold
    ("Let f(x) = ln(x+1) - ax. If f(x) ≤ 0 for every x > -1, find a.", "function.always_parameter", "1"),
    # f(0) = 0: f'(0) = 2 - a = 0, and e^{2x} - 2x - 1 has f' = 2e^{2x} - 2, minimum 0 at x = 0
    ("已知函数 $f(x)=e^{2x}-ax-1$，若 $f(x)\\ge 0$ 对一切实数 $x$ 恒成立，求实数 $a$ 的值。", "function.always_parameter", "2"),
    # tangents through a point: 2 - t^3 = 3t^2(0 - t) gives t = -1, slope 3
    ("求过点 $(0,2)$ 且与曲线 $y=x^3$ 相切的直线方程。", "function.tangent_through", "y=3x+2"),
    # -1 - (t^2-2t+2) = (2t-2)(2-t): t^2 - 4t + 1 = 0, so the slopes are 2 ± 2√3
    ("Find the lines through $(2,-1)$ tangent to $y=x^2-2x+2$.", "function.tangent_through",
     "y=(2-2\\sqrt3)x-5+4\\sqrt3 or y=(2+2\\sqrt3)x-5-4\\sqrt3"),
    # on the cubic, but a tangent through (1,1) also touches at t = -1/2
    ("过点 $(1,1)$ 作曲线 $y=x^3$ 的切线，求切线方程。", "function.tangent_through", "y=3x-2 或 y=\\frac34x+\\frac14"),
    # f'(1) = 3+2a+b = 0, f(1) = 1+a+b+a^2 = 10: (4,-11) or (-3,3); the latter gives f' = 3(x-1)^2, no extremum
    ("已知函数 $f(x)=x^3+ax^2+bx+a^2$ 在 $x=1$ 处有极值 $10$，求 $a,b$ 的值。", "function.extremum_parameters", "a=4, b=-11"),
    # f'(-3) = 27 - 6a - 9 = 0: a = 3, f' = 3(x+3)(x-1) goes + to − at -3
    ("f(x) = x^3 + a x^2 - 9x has a local maximum at x = -3. Find a.", "function.extremum_parameters", "a=3"),
    # axis x = a: a ≤ 0 gives f(0) = 2 (never -2); 0 < a < 2 gives 2 - a^2 = -2, a = ±2 (out); a ≥ 2 gives f(2) = 6 - 4a = -2, a = 2
    ("已知函数 $f(x)=x^2-2ax+2$ 在区间 $[0,2]$ 上的最小值为 $-2$，求实数 $a$ 的值。", "quadratic.axis_parameter", "a=2"),
    # opens downward, axis x = a: a ≤ 0 gives f(0)=1; 0<a<1 gives a^2+1 = 2 (a = ±1, out); a ≥ 1 gives f(1) = 2a = 2
    ("The maximum of f(x) = -x^2 + 2ax + 1 on [0, 1] is 2. Find a.", "quadratic.axis_parameter", "a=1"),
    # a > 1: a^3 - a = 6a, a^2 = 7 (√7 > 1); 0 < a < 1: a - a^3 = 6a has no positive root
    ("函数 $f(x)=a^x\\ (a>0,\\ a\\ne 1)$ 在区间 $[1,3]$ 上的最大值与最小值之差为 $6a$，求 $a$。", "exp.base_from_extremes", "a=\\sqrt7"),
    # a^0 + a^1 = 3 whatever the monotonicity
    ("For y = a^x (a > 0, a ≠ 1), the sum of the maximum and minimum on [0, 1] is 3. Find a.", "exp.base_from_extremes", "a=2"),
    # f' = e^x - 1: falls from +∞ to f(0) = -1, then rises to +∞: two zeros
    ("函数 $f(x)=e^x-x-2$ 有几个零点？", "function.zero_count", "2"),
    # f' = 3(x-1)(x+1): f(-1) = 3 > 0, f(1) = -1 < 0 with limits -∞, +∞: three zeros
    ("How many zeros does f(x) = x^3 - 3x + 1 have?", "function.zero_count", "3"),
    # f' = 1/x - 1: max f(1) = -1 < 0: none
    ("How many zeros does $f(x)=\\ln x-x$ have?", "function.zero_count", "0"),
    # V = x(8-2x)(5-2x) on (0, 5/2): V' = 4(x-1)(3x-10), largest V(1) = 18
    ("用一块长为 8、宽为 5 的长方形铁皮，在四个角各剪去一个边长为 $x$ 的小正方形，做成一个无盖的盒子。求盒子容积的最大值。", "application.open_box", "18"),
    # V = x(12-2x)^2 on (0, 6): V' = 12(x-2)(x-6), largest at x = 2 (V = 128)
    ("A 12-by-12 square sheet of cardboard has an x-by-x square cut from each corner, and the sides are folded up into an open box. "
     "Which x gives the largest volume?", "application.open_box", "2"),
]

DECLINED = [
    # for all x with a parameter: existence is another question; the coefficient x+1 changes sign where
    # e^x does not vanish (the answer [0,1] needs cases we do not write); ln x ≥ ax for all x > 0 has no a
    "已知函数 f(x)=ln x-ax，若存在 x>0 使 f(x)≥0 成立，求实数 a 的取值范围。",
    "已知函数 f(x)=e^x-a(x+1)，若 f(x)≥0 对一切实数 x 恒成立，求实数 a 的取值范围。",
    "Let f(x) = ln x - ax. If f(x) ≥ 0 for all x > 0, find the range of a.",
    # the parameter range is only a step: the question asks the maximum of f
    "已知函数 f(x)=ln x-ax，若 f(x)≤0 对一切 x>0 恒成立，求 f(x) 的最大值。",
    # a box with a lid, and the smallest surface, are other models
    "用一块边长为 6 的正方形铁皮，在四个角各剪去一个边长为 x 的小正方形，做成一个无盖的盒子。求盒子表面积的最小值。",
    "用一块边长为 6 的正方形铁皮，在四个角各剪去一个边长为 x 的小正方形，做成一个有盖的盒子。求盒子容积的最大值。",
    # zeros on a stated interval, and the zeros themselves (not how many) are other questions
    "函数 f(x)=x^3-3x+1 在区间 [0,1] 上有几个零点？",
    "求函数 f(x)=x-1-\\ln x 的零点个数之和的平方。",
    # the same givens, but the question asks the maximum, not a
    "已知函数 f(x)=x^2-2ax+3 在区间 [1,3] 上的最小值为 -1，求 f(x) 在 [1,3] 上的最大值。",
    "函数 f(x)=a^x (a>0, a≠1) 在区间 [1,2] 上的最大值与最小值之差为 a/2，求 f(x) 的最大值。",
    # a^x + 1 is not a^x: the sum of its max and min is a + 3 on [0, 1], not a + 1
    "函数 f(x)=a^x+1 (a>0, a≠1) 在 [0,1] 上的最大值与最小值之和为 3，求 a。",
    # the point of tangency is asked, not the lines
    "过点 (1,0) 作曲线 y=x^2 的切线，求切点坐标。",
    # a = 3 makes x = -3 a local maximum, so no a gives a minimum there
    "f(x) = x^3 + a x^2 - 9x has a local minimum at x = -3. Find a.",
    # the coefficients are only a step: the question asks the monotonic intervals
    "已知函数 f(x)=x^3+ax^2+bx 在 x=1 处取得极值 -2，求 f(x) 的单调区间。",
    # a product of slopes is not the equations of the lines
    "求过点 (1,0) 且与曲线 y=x^2 相切的直线的斜率的积。",
]
