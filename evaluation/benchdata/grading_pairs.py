"""Grading-pair generators: every answer format of the issue, each with right variants and near misses.

Yields (answer, prediction, correct) tuples. Near misses differ in one detail (a sign, an endpoint, a
root, a letter, a unit) so that a lax grader would accept them.
"""

from __future__ import annotations

import random

import sympy as sp

from evaluation.benchdata.values import nonzero, plain, tex

R = 8  # rounds per generator


def numbers(rng: random.Random):
    for _ in range(R):
        p, q = rng.randint(1, 9), rng.choice([2, 4, 5, 8])
        value = sp.Rational(p, q)
        decimal = f"{float(value):g}"
        sign = rng.choice(["", "-"])
        yield f"{sign}\\frac{{{p}}}{{{q}}}", f"{sign}{decimal}", True
        yield f"{sign}\\frac{{{p}}}{{{q}}}", f"\\dfrac{{{sign}{2 * p}}}{{{2 * q}}}", True
        yield f"{sign}\\frac{{{p}}}{{{q}}}", f"{sign}{float(value) + 0.1:g}", False
        yield f"{sign}\\frac{{{p}}}{{{q}}}", f"{'' if sign else '-'}{decimal}", value == 0
        k = rng.randint(2, 99)
        yield str(k), f"{k}.0", True
        yield str(k), str(k + 1), False


def radicals(rng: random.Random):
    for _ in range(R):
        k, m = rng.randint(2, 5), rng.choice([2, 3, 5, 6, 7])
        yield f"{k}\\sqrt{{{m}}}", f"\\sqrt{{{k * k * m}}}", True
        yield f"{k}\\sqrt{{{m}}}", f"√{k * k * m}", True
        yield f"{k}\\sqrt{{{m}}}", f"{k * k}\\sqrt{{{m}}}", False
        yield f"\\frac{{\\sqrt{{{m}}}}}{{{m}}}", f"\\frac{{1}}{{\\sqrt{{{m}}}}}", True
        yield f"\\frac{{\\sqrt{{{m}}}}}{{{m}}}", f"\\sqrt{{{m}}}", False
        yield f"\\sqrt{{{m}}}", f"{float(sp.sqrt(m)):.1f}", False  # too coarse to count as the value


def pi_and_angles(rng: random.Random):
    angles = [(30, "\\frac{\\pi}{6}"), (45, "\\frac{\\pi}{4}"), (60, "\\frac{\\pi}{3}"), (90, "\\frac{\\pi}{2}"),
              (120, "\\frac{2\\pi}{3}"), (135, "\\frac{3\\pi}{4}"), (150, "\\frac{5\\pi}{6}")]
    for _ in range(R):
        (deg, rad), (other_deg, other_rad) = rng.sample(angles, 2)
        yield rad, f"{deg}^\\circ", True
        yield f"{deg}^\\circ", rad, True
        yield f"{deg}^\\circ", f"{deg}°", True
        yield f"{deg}^\\circ", str(deg), True
        yield rad, other_rad, False
        yield f"{deg}^\\circ", f"{other_deg}^\\circ", False
        yield rad, f"{deg}", False  # a bare 60 is not π/3


def complex_numbers(rng: random.Random):
    for _ in range(R):
        a, b = nonzero(rng, -6, 6), nonzero(rng, -6, 6)
        z = a + b * sp.I
        yield tex(z), tex(z).replace("i", "\\mathrm{i}"), True
        yield tex(z), f"{b}i+{a}".replace("+-", "-"), True
        yield tex(z), tex(sp.conjugate(z)), False
        yield tex(z), tex(b + a * sp.I) if a != b else tex(z + 1), False


def value_sets(rng: random.Random):
    for _ in range(R):
        r1 = rng.randint(-9, 9)
        r2 = nonzero(rng, -9, 9, (r1, -r1))
        ref = f"x={r1} 或 x={r2}"
        yield ref, f"\\{{{r1},{r2}\\}}", True
        yield ref, f"x={r2}或x={r1}", True
        yield ref, f"x_1={r1}, x_2={r2}", True
        yield ref, f"{r1}, {r2}", True
        yield ref, f"x={r1}", False
        yield ref, f"x={r1} 或 x={-r2}", False
        yield ref, f"\\{{{r1},{r2},{r2 + 1 if r2 + 1 != r1 else r2 + 2}\\}}", False


def intervals(rng: random.Random):
    for _ in range(R):
        a = rng.randint(-8, 5)
        b = a + rng.randint(1, 6)
        yield f"({a},{b})", f"{a}<x<{b}", True
        yield f"({a},{b})", f"\\{{x\\mid {a}<x<{b}\\}}", True
        yield f"[{a},{b})", f"{a}\\le x<{b}", True
        yield f"({a},{b})", f"[{a},{b})", False
        yield f"({a},{b})", f"{a}\\le x<{b}", False
        yield f"(-\\infty,{b}]", f"x\\le {b}", True
        yield f"(-\\infty,{b}]", f"x<{b}", False
        yield f"({a},{b})", f"({a},{b + 1})", False


def unions(rng: random.Random):
    for _ in range(R):
        a = rng.randint(-8, 4)
        b = a + rng.randint(1, 5)
        ref = f"(-\\infty,{a})\\cup({b},+\\infty)"
        yield ref, f"x<{a} 或 x>{b}", True
        yield ref, f"\\{{x|x<{a}或x>{b}\\}}", True
        yield ref, f"(-∞,{a})∪({b},+∞)", True
        yield ref, f"({a},{b})", False
        yield ref, f"x<{a} 或 x\\ge {b}", False
        yield ref, f"x<{a} 且 x>{b}", False


def points(rng: random.Random):
    for _ in range(R):
        a, b = rng.randint(-9, 9), rng.randint(-9, 9)
        while b == a:
            b = rng.randint(-9, 9)
        yield f"({a},{b})", f"x={a}, y={b}", True
        yield f"({a},{b})", f"( {a} , {b} )", True
        yield f"({a},{b})", f"\\left({a},{b}\\right)", True
        yield f"({a},{b})", f"x={b}, y={a}", False
        yield f"({a},{b})", f"({b},{a})", False


def curves(rng: random.Random):
    x, y = sp.symbols("x y")
    for _ in range(R):
        k, c = nonzero(rng, -5, 5), nonzero(rng, -9, 9)
        yield f"y={tex(k * x + c)}", f"{tex(k * x - y + c)}=0", True
        yield f"y={tex(k * x + c)}", f"y-({c})={k}x", True
        yield f"y={tex(k * x + c)}", f"y={tex(k * x - c)}", False
        yield f"y={tex(k * x + c)}", f"y={tex(-k * x + c)}", False
        h, v, r = rng.randint(-4, 4), rng.randint(-4, 4), rng.randint(1, 5)
        circle = (x - h) ** 2 + (y - v) ** 2 - r * r
        yield f"{tex((x - h) ** 2 + (y - v) ** 2)}={r * r}", f"{tex(sp.expand(circle))}=0", True
        yield f"{tex((x - h) ** 2 + (y - v) ** 2)}={r * r}", f"{tex(sp.expand(circle) + 1)}=0", False


def choices(rng: random.Random):
    letters = "ABCD"
    for _ in range(R):
        picked = "".join(sorted(rng.sample(letters, rng.randint(1, 3))))
        shuffled = "".join(rng.sample(picked, len(picked)))
        yield picked, shuffled, True
        yield picked, "、".join(shuffled), True
        yield picked, f"\\boxed{{{picked}}}", True
        yield picked, f"故选{picked}", True
        missing = picked[:-1] if len(picked) > 1 else next(c for c in letters if c != picked)
        yield picked, missing, False
        extra = picked + next(c for c in letters if c not in picked)
        yield picked, extra, False


def units(rng: random.Random):
    words = ["种", "个", "人", "元", "天"]
    for _ in range(R):
        k = rng.randint(2, 120)
        word = rng.choice(words)
        yield f"{k}{word}", str(k), True
        yield f"{k}{word}", f"{k} {word}", True
        yield f"{k}{word}", f"{k + 1}{word}", False
        speed = rng.randint(20, 120)
        yield f"{speed} km/h", str(speed), True
        yield f"{speed} km/h", f"{speed}\\text{{ km/h}}", True
        yield f"{speed} km/h", f"{speed} m/s", False
        yield f"{speed} km/h", str(speed - 2), False


def boxed_outputs(rng: random.Random):
    for _ in range(R):
        k = rng.randint(2, 50)
        text = f"由题意得 2a = {2 * k}，所以 a = {k}。答案为 \\boxed{{{k}}}"
        yield str(k), text, True
        yield str(k), f"Let me compute: the value is \\boxed{{\\dfrac{{{2 * k}}}{{2}}}}.", True
        yield str(k), text.replace(f"\\boxed{{{k}}}", f"\\boxed{{{k + 1}}}"), False
        yield str(k), f"答案是 {k}", True
        yield str(k), f"答案是 {k - 1}", False


def measure_words(rng: random.Random):
    """Every common measure word and unit after an integer answer, and the wrong twins."""
    words = ["年", "个", "种", "人", "天", "次", "元", "岁", "米", "厘米", "平方米", "个月", "周", "名", "件", "度"]
    spaced = ["cm", "m", "km", "kg", "m^2"]
    for _ in range(R):
        k = rng.randint(2, 99)
        word = rng.choice(words)
        yield f"{k}{word}", str(k), True
        yield str(k), f"{k}{word}", True
        yield f"{k}{word}", f"{k + 1}{word}", False
        yield f"{k}{word}", str(k - 1), False
        other = rng.choice([w for w in words if w != word and w != "度"])
        yield f"{k}{word}", f"{k}{other}", False
        unit = rng.choice(spaced)
        yield f"{k} {unit}", str(k), True
        yield f"{k} {unit}", f"{k + 1} {unit}", False


def labelled(rng: random.Random):
    """`a_n = …`, `S_n = …`, `f(x) = …`, `y' = …` against the bare expression, both ways; wrong values
    and different labels are near misses."""
    n, x = sp.symbols("n x")
    for _ in range(R):
        d, c = nonzero(rng, -5, 5), rng.randint(-9, 9)
        q, a = rng.choice([2, 3]), rng.randint(1, 5)
        k = rng.randint(2, 6)
        cases = [
            ("a_n", plain(d * n + c), plain(d * n + c + 1)),
            ("a_n", f"{a}\\cdot {q}^{{n-1}}", f"{a}\\cdot {q}^{{n}}"),
            ("S_n", plain(sp.expand(n * (n + c))), plain(sp.expand(n * (n + c) + n))),
            ("f(x)", plain(x**2 + c * x), plain(x**2 - c * x) if c else plain(x**2 + x)),
            ("y'", f"{k * 2}(2x+1)^{{{k - 1}}}", f"{k}(2x+1)^{{{k - 1}}}"),
        ]
        label, right, wrong = rng.choice(cases)
        other = {"a_n": "S_n", "S_n": "a_n", "f(x)": "g(x)", "y'": "y"}[label]
        yield f"{label}={right}", right, True
        yield right, f"{label}={right}", True
        yield f"{label}={right}", wrong, False
        yield right, f"{label}={wrong}", False
        yield f"{label}={right}", f"{other}={right}", False


def equation_lists(rng: random.Random):
    """Two lines joined by 或 in either order; a changed, missing or extra line is a near miss."""
    x = sp.Symbol("x")
    for _ in range(R):
        k, c = nonzero(rng, -5, 5), nonzero(rng, -9, 9)
        b = nonzero(rng, -9, 9, (c,))
        first, second = f"y={tex(k * x + c)}", f"y={b}"
        yield f"{first} 或 {second}", f"{second} 或 {first}", True
        yield f"{first} 或 {second}", f"{second} 或 {tex(k * x - sp.Symbol('y') + c)}=0", True
        yield f"{first} 或 {second}", f"{second} 或 y={tex(k * x - c)}", False
        yield f"{first} 或 {second}", first, False
        yield f"{first} 或 {second}", f"{first} 且 {second}", False


def expression_ranges(rng: random.Random):
    """The range of an expression in two variables, with the reference naming the expression."""
    for _ in range(R):
        p, q = rng.randint(1, 3), nonzero(rng, -3, 3)
        lo = rng.randint(-6, 3)
        hi = lo + rng.randint(1, 6)
        expr = plain(p * sp.Symbol("a") + q * sp.Symbol("b"))
        ref = f"{expr}\\in({lo},{hi})"
        yield ref, f"({lo},{hi})", True
        yield ref, f"{lo}<{expr}<{hi}", True
        yield ref, f"({lo},{hi + 1})", False
        yield ref, f"{lo}\\le {expr}<{hi}", False
        yield ref, f"{lo}<{plain((p + 1) * sp.Symbol('a') + q * sp.Symbol('b'))}<{hi}", False
        yield ref, f"{lo}<x<{hi}", False
        yield f"({lo},{hi})", f"{lo}<{expr}<{hi}", False  # which expression was meant is unknown


GENERATORS = [
    ("numbers", numbers), ("radicals", radicals), ("angles", pi_and_angles), ("complex", complex_numbers),
    ("value-sets", value_sets), ("intervals", intervals), ("unions", unions), ("points", points),
    ("curves", curves), ("choices", choices), ("units", units), ("boxed", boxed_outputs),
    ("measure-words", measure_words), ("labelled", labelled), ("equation-lists", equation_lists),
    ("expression-ranges", expression_ranges),
]
