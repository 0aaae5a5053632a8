"""Step-claim generators, analysis side: derivatives, integrals, limits, sequences, trigonometry,
function values. Yields (claim, context, correct, error_kind) tuples; errors are wrong by construction.
"""

from __future__ import annotations

import random

import sympy as sp

from evaluation.benchdata.values import nonzero, plain, tex

x, n = sp.symbols("x n")
N = 30


def derivatives(rng: random.Random):
    for _ in range(N):
        form = rng.choice(["poly", "poly", "sin", "cos", "exp", "ln", "product", "quotient"])
        k = nonzero(rng, 2, 5)
        if form == "poly":
            a, b, c, d = nonzero(rng, -5, 5), nonzero(rng, -5, 5), nonzero(rng, -9, 9), rng.randint(-9, 9)
            f = a * x**3 + b * x**2 + c * x + d
            kind = rng.choice(["power-rule", "sign", "dropped-term"])
            wrong = {"power-rule": a * x**2 + 2 * b * x + c, "sign": 3 * a * x**2 - 2 * b * x + c,
                     "dropped-term": 3 * a * x**2 + 2 * b * x}[kind]
        elif form == "sin":
            f, kind, wrong = sp.sin(k * x), "chain-rule", sp.cos(k * x)
        elif form == "cos":
            f, kind, wrong = sp.cos(k * x), "sign", k * sp.sin(k * x)
        elif form == "exp":
            f, kind, wrong = sp.exp(k * x), "chain-rule", sp.exp(k * x)
        elif form == "ln":
            f, kind, wrong = sp.log(k * x), "chain-rule", sp.Integer(k) / x
        elif form == "product":
            f, kind, wrong = x**2 * sp.exp(x), "product-rule", 2 * x * sp.exp(x)
        else:
            f, kind, wrong = x / (x + k), "quotient-rule", -sp.Integer(k) / (x + k) ** 2
        context = f"f(x)={tex(f)}"
        yield f"f'(x)={tex(sp.diff(f, x))}", context, True, ""
        yield f"f'(x)={tex(wrong)}", context, False, kind
        if form == "poly":
            x0 = rng.randint(-3, 3)
            value = sp.diff(f, x).subs(x, x0)
            yield f"f'({x0}) = {value}", context, True, ""
            yield f"f'({x0}) = {value + rng.choice([1, -1, 2])}", context, False, "arithmetic"


def integrals(rng: random.Random):
    for _ in range(N):
        form = rng.choice(["definite", "power", "cos", "exp"])
        if form == "definite":
            a, b = rng.randint(-2, 1), rng.randint(2, 4)
            p, q = nonzero(rng, -4, 4), rng.randint(-5, 5)
            f = p * x**2 + q
            value = sp.integrate(f, (x, a, b))
            F = sp.integrate(f, x)
            wrong = F.subs(x, b) + F.subs(x, a)
            if wrong == value:
                wrong = value + 1
            yield f"\\int_{{{a}}}^{{{b}}} ({tex(f)})\\,dx = {tex(value)}", None, True, ""
            yield f"\\int_{{{a}}}^{{{b}}} ({tex(f)})\\,dx = {tex(wrong)}", None, False, "bounds"
        elif form == "power":
            m = rng.randint(2, 6)
            yield f"\\int x^{{{m}}}\\,dx = \\frac{{x^{{{m + 1}}}}}{{{m + 1}}} + C", None, True, ""
            yield f"\\int x^{{{m}}}\\,dx = \\frac{{x^{{{m + 1}}}}}{{{m}}} + C", None, False, "power-rule"
        elif form == "cos":
            k = rng.randint(1, 4)
            yield f"\\int \\cos {k}x\\,dx = \\frac{{1}}{{{k}}}\\sin {k}x + C", None, True, ""
            yield f"\\int \\cos {k}x\\,dx = -\\frac{{1}}{{{k}}}\\sin {k}x + C", None, False, "sign"
        else:
            k = rng.randint(2, 5)
            yield f"\\int e^{{{k}x}}\\,dx = \\frac{{1}}{{{k}}}e^{{{k}x}} + C", None, True, ""
            yield f"\\int e^{{{k}x}}\\,dx = {k}e^{{{k}x}} + C", None, False, "chain-rule"


def limits(rng: random.Random):
    for _ in range(N):
        form = rng.choice(["cancel", "sin", "infinity"])
        if form == "cancel":
            a = nonzero(rng, -6, 6)
            yield f"\\lim_{{x\\to {a}}}\\frac{{x^2-{a * a}}}{{x-({a})}} = {2 * a}", None, True, ""
            yield f"\\lim_{{x\\to {a}}}\\frac{{x^2-{a * a}}}{{x-({a})}} = {a}", None, False, "wrong-limit"
        elif form == "sin":
            k = rng.randint(2, 7)
            yield f"\\lim_{{x\\to 0}}\\frac{{\\sin {k}x}}{{x}} = {k}", None, True, ""
            yield f"\\lim_{{x\\to 0}}\\frac{{\\sin {k}x}}{{x}} = 1", None, False, "wrong-limit"
        else:
            p = rng.randint(1, 6)
            q = rng.randint(1, 6)
            while q == p:
                q = rng.randint(1, 6)
            yield f"\\lim_{{x\\to +\\infty}}\\frac{{{p}x^2+1}}{{{q}x^2+x}} = {tex(sp.Rational(p, q))}", None, True, ""
            yield f"\\lim_{{x\\to +\\infty}}\\frac{{{p}x^2+1}}{{{q}x^2+x}} = {tex(sp.Rational(q, p))}", None, False, \
                "wrong-limit"


def arithmetic_sequences(rng: random.Random):
    for _ in range(N):
        a1, d = rng.randint(-9, 9), nonzero(rng, -5, 5)
        k = rng.randint(3, 12)
        if rng.random() < 0.7:
            context = f"a_1={a1}, d={d}"
        else:  # two terms of an arithmetic sequence: the checker solves for a_1 and d
            i, j = 2, rng.randint(3, 6)
            context = f"等差数列 a_{i}={a1 + (i - 1) * d}, a_{j}={a1 + (j - 1) * d}"
        term = a1 + (k - 1) * d
        total = k * a1 + k * (k - 1) // 2 * d
        yield f"a_{{{k}}} = {term}", context, True, ""
        yield f"a_{{{k}}} = {term + d}", context, False, "off-by-one"
        yield f"S_{{{k}}} = {total}", context, True, ""
        yield f"S_{{{k}}} = {total + d}", context, False, "arithmetic"
        yield f"a_n = {plain(d * n + a1 - d)}", context, True, ""
        yield f"a_n = {plain(d * n + a1)}", context, False, "off-by-one"


def geometric_sequences(rng: random.Random):
    for _ in range(N // 2):
        a1, q = sp.Integer(nonzero(rng, -4, 4)), sp.Integer(rng.choice([-3, -2, 2, 3])) if rng.random() < 0.8 \
            else sp.Rational(1, 2)
        k = rng.randint(3, 7)
        context = f"a_1={a1}, q={tex(q)}"
        term = a1 * q ** (k - 1)
        total = a1 * (1 - q**k) / (1 - q)
        yield f"a_{{{k}}} = {tex(term)}", context, True, ""
        yield f"a_{{{k}}} = {tex(a1 * q**k)}", context, False, "off-by-one"
        yield f"S_{{{k}}} = {tex(total)}", context, True, ""
        yield f"S_{{{k}}} = {tex(a1 * (1 - q ** (k - 1)) / (1 - q))}", context, False, "off-by-one"
    for _ in range(N // 3):
        c = rng.randint(2, 3)
        k = rng.randint(2, 8)
        context = f"a_1=1, a_{{n+1}}={c}a_n+1"
        value = sum(c**j for j in range(k))  # 1, c+1, c^2+c+1, ...
        yield f"a_{{{k}}} = {value}", context, True, ""
        yield f"a_{{{k}}} = {value * c}", context, False, "recurrence"


_ANGLES = [(0, "0"), (30, "\\frac{\\pi}{6}"), (45, "\\frac{\\pi}{4}"), (60, "\\frac{\\pi}{3}"), (90, "\\frac{\\pi}{2}"),
           (120, "\\frac{2\\pi}{3}"), (135, "\\frac{3\\pi}{4}"), (150, "\\frac{5\\pi}{6}"), (180, "\\pi")]


def special_angles(rng: random.Random):
    for _ in range(N * 2):
        deg, rad = rng.choice(_ANGLES[1:])
        fn = rng.choice(["sin", "cos", "tan"] if deg != 90 else ["sin", "cos"])
        value = getattr(sp, fn)(sp.pi * deg / 180)
        form = rng.choice(["deg", "rad"])
        angle = f"{deg}^\\circ" if form == "deg" else rad
        yield f"\\{fn} {angle} = {tex(value)}", None, True, ""
        kind = rng.choice(["swap", "quadrant", "degree-radian", "conversion"])
        if kind == "swap":
            other = sp.cos(sp.pi * deg / 180) if fn == "sin" else sp.sin(sp.pi * deg / 180)
            if fn == "tan":
                other = 1 / value if value != 0 else sp.Integer(1)
            if other != value:
                yield f"\\{fn} {angle} = {tex(other)}", None, False, "swapped-value"
        elif kind == "quadrant" and value != 0:
            yield f"\\{fn} {angle} = {tex(-value)}", None, False, "sign"
        elif kind == "degree-radian":
            yield f"\\{fn} {deg} = {tex(value)}", None, False, "degree-radian"
        else:
            wrong = rng.choice([a for a in _ANGLES[1:] if a[0] != deg])[1]
            yield f"{deg}^\\circ = {rad}", None, True, ""
            yield f"{deg}^\\circ = {wrong}", None, False, "conversion"


def trig_identities(rng: random.Random):
    right = [r"\sin 2x = 2\sin x\cos x", r"\cos 2x = \cos^2 x - \sin^2 x", r"\cos 2x = 1 - 2\sin^2 x",
             r"\cos 2x = 2\cos^2 x - 1", r"\sin(x + \frac{\pi}{2}) = \cos x", r"\sin^2 x = \frac{1 - \cos 2x}{2}",
             r"\tan x \cos x = \sin x", r"\sin(\pi - x) = \sin x", r"\cos(\pi + x) = -\cos x",
             r"\sin 75^\circ = \frac{\sqrt{6}+\sqrt{2}}{4}", r"\cos 15^\circ = \frac{\sqrt{6}+\sqrt{2}}{4}",
             r"\sin x + \cos x = \sqrt{2}\sin(x + \frac{\pi}{4})"]
    wrong = [(r"\sin 2x = 2\sin x", "dropped-term"), (r"\cos 2x = \cos^2 x + \sin^2 x", "sign"),
             (r"\cos 2x = 1 - 2\cos^2 x", "wrong-identity"), (r"\sin(x + \frac{\pi}{2}) = -\cos x", "sign"),
             (r"\sin^2 x = \frac{1 + \cos 2x}{2}", "sign"), (r"\sin(\pi - x) = -\sin x", "sign"),
             (r"\sin 75^\circ = \frac{\sqrt{6}-\sqrt{2}}{4}", "sign"), (r"\cos(\pi + x) = \cos x", "sign"),
             (r"\sin x + \cos x = \sqrt{2}\sin(x - \frac{\pi}{4})", "sign"), (r"\tan x = \frac{\cos x}{\sin x}", "swapped")]
    for claim in right:
        yield claim, None, True, ""
    for claim, kind in wrong:
        yield claim, None, False, kind
    for _ in range(N // 2):
        k = rng.randint(2, 5)
        yield f"\\sin {k}x\\cos {k}x = \\frac{{1}}{{2}}\\sin {2 * k}x", None, True, ""
        yield f"\\sin {k}x\\cos {k}x = \\sin {2 * k}x", None, False, "coefficient"


def function_values(rng: random.Random):
    for _ in range(N):
        a, b, c = nonzero(rng, -4, 4), rng.randint(-6, 6), rng.randint(-9, 9)
        f = a * x**2 + b * x + c
        x0 = nonzero(rng, -4, 4)
        value = f.subs(x, x0)
        context = rng.choice([f"f(x)={plain(f)}", f"f(x)={tex(f)}"])
        yield f"f({x0}) = {value}", context, True, ""
        wrong = f.subs(x, -x0) if f.subs(x, -x0) != value else value + 1
        yield f"f({x0}) = {wrong}", context, False, "sign"


GENERATORS = [
    ("derivatives", derivatives), ("integrals", integrals), ("limits", limits),
    ("arithmetic-sequences", arithmetic_sequences), ("geometric-sequences", geometric_sequences),
    ("special-angles", special_angles), ("trig-identities", trig_identities), ("function-values", function_values),
]
