"""Trigonometric identities in use (reduction formulas, sin α ± cos α given, splitting the angle): texts written
for these tests (not from the bank), answers worked by hand. Rows: (text, type id, answer)."""

CASES = [
    # sin(π+α) = -sin α, cos(3π/2-α) = -sin α
    ("化简 $\\sin(\\pi+\\alpha)\\cos(\\frac{3\\pi}{2}-\\alpha)$。", "trig.reduction_simplify", "\\sin^2\\alpha"),
    # cos θ · (-tan θ) / (-cos θ)
    ("Simplify $\\frac{\\sin(\\frac{\\pi}{2}+\\theta)\\tan(\\pi-\\theta)}{\\cos(\\pi+\\theta)}$.", "trig.reduction_simplify", "\\tan\\theta"),
    # 2 sin α cos α = 49/169 - 1 < 0, so α is in the second quadrant: sin α = 12/13, cos α = -5/13
    ("已知 $\\sin\\alpha+\\cos\\alpha=\\frac{7}{13}$，$\\alpha\\in(0,\\pi)$，求 $\\cos\\alpha-\\sin\\alpha$。", "trig.sum_given", "-\\frac{17}{13}"),
    ("已知 sin α + cos α = 1/3，α ∈ (0, π)，求 sin α cos α 的值。", "trig.sum_given", "-\\frac{4}{9}"),  # (1/9 - 1)/2
    # 2 sin θ cos θ = 3/4 > 0: first quadrant, (sin θ + cos θ)^2 = 7/4
    ("Given sin θ - cos θ = 1/2 with θ ∈ (0, π), find sin θ + cos θ.", "trig.sum_given", "\\frac{\\sqrt7}{2}"),
    # α + π/3 ∈ (π/2, π): cos(α+π/3) = -3/5; cos α = -3/5·1/2 + 4/5·√3/2
    ("已知 $\\sin(\\alpha+\\frac{\\pi}{3})=\\frac{4}{5}$，$\\alpha\\in(\\frac{\\pi}{6},\\frac{2\\pi}{3})$，求 $\\cos\\alpha$。",
     "trig.split_angle", "\\frac{4\\sqrt3-3}{10}"),
    # θ - π/6 ∈ (0, π/2): cos(θ-π/6) = 4/5; sin θ = 3/5·√3/2 + 4/5·1/2
    ("Given sin(θ - π/6) = 3/5 with θ ∈ (π/6, 2π/3), find sin θ.", "trig.split_angle", "\\frac{3\\sqrt3+4}{10}"),
]

DECLINED = [
    "化简 $\\sin(\\frac{\\pi}{3}-\\alpha)\\cos\\alpha$。",  # π/3 is no multiple of π/2: not a reduction formula
    "化简 $\\sin(\\pi-\\alpha)+\\cos(\\pi+\\alpha)$。",  # a sum, not a product of reduced factors
    "已知 $\\sin\\alpha+\\cos\\alpha=\\frac{1}{5}$，求 $\\sin\\alpha-\\cos\\alpha$。",  # no interval: the sign is open
    "Given sin α + cos α = -1/5 with α ∈ (0, π), find tan α.",  # tan is not asked of these types (nor is cos α = -1/5)
    "已知 $\\cos(\\alpha+\\frac{\\pi}{4})=\\frac{3}{5}$，求 $\\cos\\alpha$。",  # no range for α
    "Given cos(α + π/4) = 3/5 with α ∈ (0, π/4), find tan α.",  # asks tan α
]

CASES += [
    # x → x/2 first, then x → x − π/6: cos((x − π/6)/2)
    ("把 $y=\\cos x$ 的图象上各点的横坐标伸长为原来的 2 倍，再向右平移 $\\frac{\\pi}{6}$ 个单位，求所得图象的解析式。", "trig.graph_transform",
     "y=\\cos(\\frac{x}{2}-\\frac{\\pi}{12})"),
    # shrinking first, then the shift acts on x itself: sin(2(x + π/3))
    ("将 y=sin x 的图象上各点的横坐标缩短为原来的 1/2，再向左平移 π/3 个单位，求所得函数的解析式。", "trig.graph_transform",
     "y=\\sin(2x+\\frac{2\\pi}{3})"),
    ("The graph of y = 2sin x is shifted right by π/4 and then up by 1. Find the resulting function.", "trig.graph_transform",
     "y=2\\sin(x-\\frac{\\pi}{4})+1"),
]

DECLINED += [
    "将函数 y=f(x) 的图象向左平移 π/3 个单位，得到 y=sin 2x 的图象，求 f(x) 的解析式。",  # the result is given
    "将 y=sin x 的图象向左平移 π/3 个单位，再作关于 y 轴对称的图象，求所得解析式。",  # a reflection
]
