"""Paraphrase table, calculus and function applications (导数与函数应用): every type in exam LaTeX, plain
textbook Chinese and English.

Each row is solved as the graph solves it without a model; the answer must be correct, and verified where
the row says so (a phrasing whose reading is partial is answered but never verified).
"""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_solved, table_cases

TABLE = {  # type: [(text, expected, verified)]
    'function.monotonic': [  # f' = 3x^2 - 12 < 0 on (-2, 2)
        ('(5 分) 函数 $f(x)=x^3-12x$ 的单调递减区间为 ____', '(-2,2)', True),
        ('求函数 f(x)=x^3-12x 的单调减区间', '(-2,2)', True),
        ('Find the interval on which f(x) = x^3 - 12x is decreasing.', '(-2,2)', False),
    ],
    'function.maxmin_interval': [  # critical points 0, 2: f(-1)=-3, f(0)=1, f(2)=-3, f(3)=1
        ('函数 $f(x)=x^3-3x^2+1$ 在区间 $\\left[-1,3\\right]$ 上的最大值为 ____', '1', True),
        ('求函数 f(x)=x^3-3x^2+1 在区间 [-1,3] 上的最小值', '-3', True),
        ('Find the maximum value of f(x) = x^3 - 3x^2 + 1 on [-1, 3].', '1', True),
    ],
    'function.global_extreme': [  # f' = 1 - 1/x: the minimum f(1) = 1
        ('(5 分) 函数 $f(x)=x-\\ln x$ 的最小值为 ____', '1', True),
        ('求函数 f(x)=x-ln x 的最小值', '1', True),
        ('Find the minimum value of f(x) = x - ln x.', '1', True),
    ],
    'function.extremum_parameters': [  # f'(-3) = 27 - 6a + 3 = 0; f' = (3x+1)(x+3) changes sign there
        ('已知函数 $f\\left(x\\right)=x^3+ax^2+3x-9$ 在 $x=-3$ 处取得极值，求实数 $a$。', 'a=5', False),
        ('函数 f(x)=x^3+ax^2+3x-9 在 x=-3 处有极值，求 a 的值', 'a=5', False),
        ('The function f(x) = x^3 + ax^2 + 3x - 9 has an extremum at x = -3. Find a.', 'a=5', False),
    ],
    'function.zero_count': [  # f' = 3(x-1)(x-3): f(1) = 2 > 0, f(3) = -2 < 0, so three zeros
        ('(5 分) 函数 $f(x)=x^3-6x^2+9x-2$ 的零点个数为 ____', '3', False),
        ('函数 f(x)=x^3-6x^2+9x-2 有几个零点？', '3', True),
        ('How many zeros does f(x) = x^3 - 6x^2 + 9x - 2 have?', '3', False),
    ],
    'function.always_parameter': [  # a ≥ ln x / x, largest at x = e: 1/e (reached)
        ('已知函数 $f(x)=\\ln x-ax$，若 $f(x)\\le 0$ 在 $\\left(0,+\\infty\\right)$ 上恒成立，则实数 $a$ 的取值范围是 ____',
         '[\\frac{1}{e},+\\infty)', False),
        ('已知 f(x)=ln x-ax，若对任意 x>0 都有 f(x)≤0，求 a 的取值范围', '[\\frac{1}{e},+\\infty)', False),
        ('Let f(x) = ln x - ax. If f(x) ≤ 0 for all x > 0, find the range of a.', '[\\frac{1}{e},+\\infty)', False),
    ],
    'function.tangent_through': [  # tangent at t: y = 3t^2 x - 2t^3 through (0, 16): t = -2, slope 12
        ('过点 $\\left(0,16\\right)$ 作曲线 $y=x^3$ 的切线，则切线方程为 ____', 'y=12x+16', False),
        ('求过点 (0,16) 且与曲线 y=x^3 相切的直线方程', 'y=12x+16', False),
        ('Find the equation of the line through (0, 16) that is tangent to the curve y = x^3.', 'y=12x+16', False),
    ],
    'fapp.zero_location': [  # f(1) = -2 < 0, f(2) = 3 > 0
        ('函数 $f(x)=2^x+3x-7$ 的零点所在的区间是（　）A. $\\left(0,1\\right)$ B. $\\left(1,2\\right)$ '
         'C. $\\left(2,3\\right)$ D. $\\left(3,4\\right)$', 'B', False),
        ('函数 f(x)=2^x+3x-7 的零点位于哪个区间？A. (0,1) B. (1,2) C. (2,3) D. (3,4)', 'B', False),
        ('In which interval does the zero of f(x) = 2^x + 3x - 7 lie? A. (0,1) B. (1,2) C. (2,3) D. (3,4)', 'B', False),
    ],
    'fapp.bisection': [  # midpoints 1.5 (f<0), 1.75 (f>0), 1.625 (f<0)
        ('用二分法求方程 $x^2-3=0$ 在区间 $\\left[1,2\\right]$ 上的近似解，计算两次中点后，根所在的区间是什么？',
         '(1.5,1.75)', False),
        ('用二分法求方程 x^2-3=0 在 [1,2] 内的根，计算三次中点后根所在的区间是什么？', '(1.625,1.75)', False),
        ('Apply the bisection method to x^2 - 3 = 0 on [1, 2]. After three midpoints, which interval contains the root?',
         '(1.625,1.75)', False),
    ],
    'function.abs_zeros': [  # |x| = 2 or |x| = 3
        ('函数 $f(x)=x^2-5\\left|x\\right|+6$ 的零点为 ____', 'x=-3 或 x=-2 或 x=2 或 x=3', True),
        ('求函数 f(x)=x^2-5|x|+6 的全部零点', 'x=-3 或 x=-2 或 x=2 或 x=3', False),
        ('Find all the zeros of f(x) = x^2 - 5|x| + 6.', 'x=-3 or x=-2 or x=2 or x=3', False),
    ],
    'fapp.abs_zero_count': [  # x^2 - 4x dips to -4 at x = 2: |g| = m has three roots exactly at the peak 4
        ('(5 分) 若关于 $x$ 的方程 $\\left|x^2-4x\\right|=m$ 恰有三个实根，求 $m$ 的值。', 'm=4', False),
        ('若方程 |x^2-4x|=m 恰有三个实根，求 m 的值', 'm=4', False),
        ('The equation |x^2 - 4x| = m has exactly three real roots. Find m.', 'm=4', False),
    ],
    'function.zeros': [  # x(x-2)(x+2)
        ('函数 $f(x)=x^3-4x$ 的零点是 ____', 'x=-2 或 x=0 或 x=2', True),
        ('求函数 f(x)=x^3-4x 的零点', 'x=-2 或 x=0 或 x=2', True),
        ('Find the zeros of the function f(x) = x^3 - 4x.', 'x=-2 or x=0 or x=2', False),
    ],
    'quadratic.axis_parameter': [  # a<0: f(0)=1-a=2; 0≤a≤1: a^2-a+1=2 has no root there; a>1: f(1)=a=2
        ('已知函数 $f(x)=-x^2+2ax+1-a$ 在区间 $\\left[0,1\\right]$ 上的最大值为 $2$，求实数 $a$ 的值。',
         'a=-1 或 a=2', False),
        ('函数 f(x)=-x^2+2ax+1-a 在 [0,1] 上的最大值是 2，求实数 a 的值', 'a=-1 或 a=2', False),
        ('The maximum of f(x) = -x^2 + 2ax + 1 - a on [0, 1] is 2. Find a.', 'a=-1 or a=2', False),
    ],
    'exp.base_from_extremes': [  # |a^2 - a| = a/2: |a - 1| = 1/2
        ('函数 $y=a^x\\ (a>0,\\ a\\ne 1)$ 在区间 $\\left[1,2\\right]$ 上的最大值与最小值之差为 $\\frac{a}{2}$，求 $a$。',
         'a=\\frac12 或 a=\\frac32', False),
        ('函数 y=a^x (a>0, a≠1) 在区间 [1,2] 上的最大值与最小值之差为 a/2，求 a', 'a=\\frac12 或 a=\\frac32', False),
        ('For y = a^x (a > 0, a ≠ 1), the difference between the maximum and minimum on [1, 2] is a/2. Find a.',
         'a=\\frac12 or a=\\frac32', False),
    ],
    'application.open_box': [  # V = x(6-2x)^2, V' = (6-2x)(6-6x): x = 1, V = 16
        ('(5 分) 将一块边长为 $6$ 的正方形铁皮的四角各截去一个边长为 $x$ 的小正方形，然后折成一个无盖的盒子，'
         '则盒子容积的最大值为 ____', '16', False),
        ('用边长为 6 的正方形铁皮，在四个角各剪去一个边长为 x 的小正方形，做成一个无盖的盒子。x 为多少时容积最大？', '1', False),
        ('A square sheet of side 6 has a square of side x cut from each corner and is folded into an open box. '
         'Find the maximum volume.', '16', False),
    ],
}
CASES = table_cases(TABLE)


@pytest.mark.parametrize(("kind", "text", "expected", "verified"), CASES,
                         ids=[f"{k}-{i % 3}" for i, (k, *_) in enumerate(CASES)])
def test_calculus_phrasing(kind, text, expected, verified):
    assert_solved(text, expected, verified)
