"""Step-claim generators, algebra side: factorising, expanding, equations, systems, inequalities,
arithmetic with fractions / radicals / logs / complex numbers, combinatorics, chains.

Each generator yields (claim, context, correct, error_kind) tuples; planted errors are built so that
they are wrong by construction (nonzero perturbations only).
"""

from __future__ import annotations

import random

import sympy as sp

from evaluation.benchdata.values import nonzero, plain, tex

x, y = sp.symbols("x y")
N = 30  # base items per generator; each yields a right claim and one or two wrong ones


def factorising(rng: random.Random):
    for _ in range(N):
        a = rng.choice([1, 1, 2, 3])
        r1 = nonzero(rng, -9, 9)
        r2 = nonzero(rng, -9, 9, (r1, -r1))
        poly = sp.expand(a * (x - r1) * (x - r2))
        right = a * (x - r1) * (x - r2)
        yield f"{tex(poly)}={tex(right)}", None, True, ""
        kind = rng.choice(["sign", "root", "lead"] if a != 1 else ["sign", "root"])
        if kind == "sign":
            wrong = a * (x + r1) * (x - r2)
        elif kind == "root":
            wrong = a * (x - r1) * (x - r2 - rng.choice([1, -1]))
        else:
            wrong = (x - r1) * (x - r2)
        yield f"{plain(poly)} = {plain(wrong)}", None, False, f"factor-{kind}"


def expanding(rng: random.Random):
    for _ in range(N):
        p = nonzero(rng, -8, 8)
        q = nonzero(rng, 1, 4)
        form = rng.choice(["square", "diff", "cube"])
        if form == "square":
            left, right = (q * x + p) ** 2, sp.expand((q * x + p) ** 2)
            wrong = right - 2 * q * p * x  # dropped middle term
        elif form == "diff":
            left, right = (q * x + p) * (q * x - p), sp.expand((q * x + p) * (q * x - p))
            wrong = q**2 * x**2 + p**2  # sign slip
        else:
            left, right = (x + p) ** 3, sp.expand((x + p) ** 3)
            wrong = x**3 + p**3  # dropped terms
        yield f"{tex(left)} = {tex(right)}", None, True, ""
        yield f"{tex(left)} = {tex(wrong)}", None, False, "dropped-term" if form != "diff" else "sign"


def quadratic_roots(rng: random.Random):
    for _ in range(N):
        r1 = rng.randint(-9, 9)
        r2 = nonzero(rng, -9, 9, (r1, -r1))
        a = rng.choice([1, 1, 2])
        poly = sp.expand(a * (x - r1) * (x - r2))
        word = rng.choice([r"\Rightarrow", "的解为", "解得", "⇔"])
        yield f"{tex(poly)}=0 {word} x={r1} 或 x={r2}", None, True, ""
        if rng.random() < 0.5:
            yield f"{tex(poly)}=0 {word} x={r1} 或 x={-r2}", None, False, "wrong-root"
        else:
            yield f"{tex(poly)}=0 的解为 x={r1}", None, False, "dropped-root"


def linear_equations(rng: random.Random):
    for _ in range(N):
        p = nonzero(rng, -9, 9, (1,))
        q = nonzero(rng, -20, 20)
        s = rng.randint(-20, 20)
        v = sp.Rational(s - q, p)
        lhs = p * x + q
        yield f"{plain(lhs)} = {s} ⇒ x = {plain(v)}", None, True, ""
        wrong = sp.Rational(s + q, p) if rng.random() < 0.5 else sp.Rational(s - q, -p)
        if wrong != v:
            yield f"{plain(lhs)} = {s} ⇒ x = {plain(wrong)}", None, False, "sign"


def systems(rng: random.Random):
    for _ in range(N // 2):
        a, b = rng.randint(-6, 6), rng.randint(-6, 6)
        c1, c2 = nonzero(rng, 1, 3), nonzero(rng, 1, 3, (0,))
        e1 = f"{plain(c1 * x + y)} = {c1 * a + b}"
        e2 = f"{plain(x - c2 * y)} = {a - c2 * b}"
        yield f"{e1}, {e2} ⇒ x = {a}, y = {b}", None, True, ""
        if a != b:
            yield f"{e1}, {e2} ⇒ x = {b}, y = {a}", None, False, "swapped"
        else:
            yield f"{e1}, {e2} ⇒ x = {a}, y = {b + 1}", None, False, "wrong-value"


def quadratic_inequalities(rng: random.Random):
    for _ in range(N // 2):
        r1 = rng.randint(-8, 6)
        r2 = r1 + rng.randint(1, 6)
        poly = sp.expand((x - r1) * (x - r2))
        yield f"{plain(poly)} < 0 的解集为 ({r1}, {r2})", None, True, ""
        yield f"{plain(poly)} > 0 的解集为 (-\\infty, {r1}) \\cup ({r2}, +\\infty)", None, True, ""
        kind = rng.choice(["closed", "outside"])
        if kind == "closed":
            yield f"{plain(poly)} < 0 的解集为 [{r1}, {r2}]", None, False, "endpoint"
        else:
            yield f"{plain(poly)} < 0 的解集为 (-\\infty, {r1}) \\cup ({r2}, +\\infty)", None, False, "reversed"


def fractions_radicals(rng: random.Random):
    for _ in range(N):
        form = rng.choice(["frac", "radical", "rationalise"])
        if form == "frac":
            a, b = rng.randint(1, 9), rng.randint(2, 9)
            c, d = rng.randint(1, 9), rng.randint(2, 9)
            value = sp.Rational(a, b) + sp.Rational(c, d)
            wrong = sp.Rational(a + c, b + d)
            yield f"\\frac{{{a}}}{{{b}}}+\\frac{{{c}}}{{{d}}}={tex(value)}", None, True, ""
            if wrong != value:
                yield f"\\frac{{{a}}}{{{b}}}+\\frac{{{c}}}{{{d}}}={tex(wrong)}", None, False, "add-denominators"
        elif form == "radical":
            k, m = rng.randint(2, 6), rng.choice([2, 3, 5, 6, 7])
            yield f"\\sqrt{{{k * k * m}}} = {k}\\sqrt{{{m}}}", None, True, ""
            yield f"\\sqrt{{{k * k * m}}} = {k * k}\\sqrt{{{m}}}", None, False, "radical"
        else:
            m = rng.choice([2, 3, 5, 7])
            yield f"\\frac{{1}}{{\\sqrt{{{m}}}+1}} = \\frac{{\\sqrt{{{m}}}-1}}{{{m - 1}}}", None, True, ""
            yield f"\\frac{{1}}{{\\sqrt{{{m}}}+1}} = \\frac{{\\sqrt{{{m}}}-1}}{{{m + 1}}}", None, False, "sign"


def logs_exponents(rng: random.Random):
    for _ in range(N):
        b = rng.choice([2, 3, 5, 10])
        k = rng.randint(1, 5)
        j = rng.randint(1, 4)
        form = rng.choice(["log", "sum", "power"])
        if form == "log":
            arg = b**k
            head = "\\lg" if b == 10 else f"\\log_{{{b}}}"
            yield f"{head} {arg} = {k}", None, True, ""
            yield f"{head} {arg} = {k + 1}", None, False, "off-by-one"
        elif form == "sum":
            yield f"\\log_{{{b}}} {b**k} + \\log_{{{b}}} {b**j} = {k + j}", None, True, ""
            if b**k + b**j != b ** (k + j):
                yield (f"\\log_{{{b}}} {b**k} + \\log_{{{b}}} {b**j} = \\log_{{{b}}} {b**k + b**j}", None, False,
                       "log-of-sum")
        else:
            yield f"{b}^{{{k}}} \\cdot {b}^{{{j}}} = {b}^{{{k + j}}}", None, True, ""
            bad = k * j if k * j != k + j else k + j + 1
            yield f"{b}^{{{k}}} \\cdot {b}^{{{j}}} = {b}^{{{bad}}}", None, False, "exponent-rule"


def complex_numbers(rng: random.Random):
    i = sp.I
    for _ in range(N // 2):
        a, b, c, d = (nonzero(rng, -5, 5) for _ in range(4))
        product = sp.expand((a + b * i) * (c + d * i))
        wrong = sp.expand(a * c + b * d + (a * d + b * c) * i)  # forgot i^2 = -1
        yield f"({tex(a + b * i)})({tex(c + d * i)}) = {tex(product)}", None, True, ""
        yield f"({tex(a + b * i)})({tex(c + d * i)}) = {tex(wrong)}", None, False, "i-squared"
        p, q = rng.choice([(3, 4), (5, 12), (6, 8), (8, 15)])
        yield f"|{p}+{q}i| = {int(sp.sqrt(p * p + q * q))}", None, True, ""
        yield f"|{p}+{q}i| = {p + q}", None, False, "modulus"


def combinatorics(rng: random.Random):
    for _ in range(N):
        n = rng.randint(4, 12)
        k = rng.randint(1, n - 1)
        form = rng.choice(["C", "A", "fact"])
        if form == "C":
            yield f"C_{{{n}}}^{{{k}}} = {sp.binomial(n, k)}", None, True, ""
            wrong = sp.binomial(n, k + 1) if sp.binomial(n, k + 1) != sp.binomial(n, k) else sp.binomial(n, k) + 1
            yield f"C_{{{n}}}^{{{k}}} = {wrong}", None, False, "off-by-one"
        elif form == "A":
            yield f"A_{{{n}}}^{{{k}}} = {sp.ff(n, k)}", None, True, ""
            if k > 1:
                yield f"A_{{{n}}}^{{{k}}} = {sp.binomial(n, k)}", None, False, "A-vs-C"
        else:
            m = rng.randint(3, 8)
            yield f"{m}! = {sp.factorial(m)}", None, True, ""
            yield f"{m}! = {sp.factorial(m - 1)}", None, False, "off-by-one"


def chains(rng: random.Random):
    for _ in range(N // 2):
        p = nonzero(rng, -6, 6)
        q = rng.randint(1, 9)
        square = (x + p) ** 2 - q
        expanded = sp.expand(square)
        factor = rng.choice([2, 3])
        yield f"{tex(square)} = {tex(expanded)} = {tex(expanded - factor * x)} + {factor}x", None, True, ""
        yield f"{tex(square)} = {tex(expanded)} = {tex(expanded - factor * x)} - {factor}x", None, False, "sign"
        # completing the square, written right to left
        b = 2 * nonzero(rng, -5, 5)
        c = rng.randint(-9, 9)
        done = (x + b // 2) ** 2 + (c - b * b // 4)
        yield f"x^2 + {b}x + {c} = {tex(done)}".replace("+ -", "- "), None, True, ""
        bad = (x - b // 2) ** 2 + (c - b * b // 4)
        yield f"x^2 + {b}x + {c} = {tex(bad)}".replace("+ -", "- "), None, False, "sign"


GENERATORS = [
    ("factorising", factorising), ("expanding", expanding), ("quadratic-roots", quadratic_roots),
    ("linear-equations", linear_equations), ("systems", systems), ("quadratic-inequalities", quadratic_inequalities),
    ("fractions-radicals", fractions_radicals), ("logs-exponents", logs_exponents), ("complex", complex_numbers),
    ("combinatorics", combinatorics), ("chains", chains),
]
