"""Step-claim generators for harder, mixed forms: several variables, domains, sets named in the context,
sign conditions, exponential / logarithmic / radical equations, monotonicity from a derivative.

Yields (claim, context, correct, error_kind); errors are wrong by construction.
"""

from __future__ import annotations

import random

import sympy as sp

from evaluation.benchdata.values import nonzero, plain, tex

a, b, x, y = sp.symbols("a b x y")
N = 20


def several_variables(rng: random.Random):
    forms = [
        ((a + b) ** 2, a**2 + 2 * a * b + b**2, a**2 + b**2, "dropped-term"),
        ((a - b) ** 2, a**2 - 2 * a * b + b**2, a**2 - 2 * a * b - b**2, "sign"),
        (a**3 - b**3, (a - b) * (a**2 + a * b + b**2), (a - b) * (a**2 - a * b + b**2), "sign"),
        (a**3 + b**3, (a + b) * (a**2 - a * b + b**2), (a + b) * (a**2 + a * b + b**2), "sign"),
        ((a + b) ** 3, a**3 + 3 * a**2 * b + 3 * a * b**2 + b**3, a**3 + 3 * a**2 * b + b**3, "dropped-term"),
        (a**2 - b**2, (a + b) * (a - b), (a - b) ** 2, "wrong-identity"),
    ]
    for left, right, wrong, kind in forms:
        yield f"{tex(left)} = {tex(right)}", None, True, ""
        yield f"{plain(left)} = {plain(wrong)}", None, False, kind
    for _ in range(N):
        p, q, c = nonzero(rng, 1, 5), nonzero(rng, 1, 5), rng.randint(1, 12)
        yield f"{p}x + {q}y = {c} \\Rightarrow y = {tex(sp.Rational(c, q) - sp.Rational(p, q) * x)}", None, True, ""
        yield f"{p}x + {q}y = {c} \\Rightarrow y = {tex(sp.Rational(c, q) + sp.Rational(p, q) * x)}", None, False, "sign"


def sign_conditions(rng: random.Random):
    right = [(r"a+b \ge 2\sqrt{ab}", "a>0, b>0"), (r"\frac{a}{b}+\frac{b}{a} \ge 2", "a>0, b>0"),
             (r"a^2+b^2 \ge 2ab", None), (r"x+\frac{1}{x} \ge 2", "x>0"), (r"\frac{a+b}{2} \ge \sqrt{ab}", "a>0, b>0")]
    wrong = [(r"a+b > 2\sqrt{ab}", "a>0, b>0", "strict"), (r"a+b \le 2\sqrt{ab}", "a>0, b>0", "reversed"),
             (r"x+\frac{1}{x} > 2", "x>0", "strict"), (r"a^2+b^2 \le 2ab", None, "reversed")]
    for claim, context in right:
        yield claim, context, True, ""
    for claim, context, kind in wrong:
        yield claim, context, False, kind
    for _ in range(N // 2):
        k = rng.randint(2, 9)
        yield f"x + \\frac{{{k * k}}}{{x}} \\ge {2 * k}", "x>0", True, ""
        yield f"x + \\frac{{{k * k}}}{{x}} \\ge {2 * k + 1}", "x>0", False, "minimum"


def logs_with_domains(rng: random.Random):
    for _ in range(N // 2):
        base = rng.choice([2, 3, 10])
        head = "\\lg" if base == 10 else f"\\log_{{{base}}}"
        k = rng.randint(2, 4)
        yield f"{head}({base**k} x) = {k} + {head} x", "x>0", True, ""
        yield f"{head}({base**k} x) = {k} \\cdot {head} x", "x>0", False, "log-of-product"
        m = rng.randint(2, 4)
        yield f"\\ln(x^{{{m}}}) = {m}\\ln x", "x>0", True, ""
        yield f"\\ln(x^{{{m}}}) = (\\ln x)^{{{m}}}", "x>0", False, "log-of-power"


def exp_log_equations(rng: random.Random):
    for _ in range(N):
        base = rng.choice([2, 3, 5])
        k = rng.randint(1, 4)
        yield f"{base}^x = {base**k} \\Rightarrow x = {k}", None, True, ""
        yield f"{base}^x = {base**k} \\Rightarrow x = {k + 1}", None, False, "off-by-one"
        yield f"\\log_{{{base}}} x = {k} 解得 x = {base**k}", None, True, ""
        wrong = base * k if base * k != base**k else base**k + 1
        yield f"\\log_{{{base}}} x = {k} 解得 x = {wrong}", None, False, "log-definition"


def radical_equations(rng: random.Random):
    for _ in range(N // 2):
        r = rng.randint(1, 6)  # sqrt(x + c) = x with roots r and s = -(r - 1)... built from x^2 - x - c = 0
        c = r * r - r
        other = 1 - r
        if other == r or c == 0:
            continue
        yield f"\\sqrt{{x+{c}}} = x 的解为 x = {r}", None, True, ""
        yield f"\\sqrt{{x+{c}}} = x 的解为 x = {r} 或 x = {other}", None, False, "extraneous-root"
        yield f"x + {c} = x^2 \\Leftrightarrow x = {r} 或 x = {other}", None, True, ""


def named_sets(rng: random.Random):
    for _ in range(N):
        r1 = rng.randint(-4, 3)
        r2 = r1 + rng.randint(2, 4)
        lo = rng.randint(r1 + 1, r2 - 1)
        hi = r2 + rng.randint(1, 3)
        poly = sp.expand((x - r1) * (x - r2))
        context = f"A=\\{{x \\mid {plain(poly)}<0\\}}, B=({lo},{hi})"
        yield f"A \\cap B = ({lo},{r2})", context, True, ""
        yield f"A \\cup B = ({r1},{hi})", context, True, ""
        yield f"A \\cap B = [{lo},{r2})", context, False, "endpoint"
        yield f"A \\cap B = ({r1},{hi})", context, False, "union-for-intersection"


def monotonicity(rng: random.Random):
    for _ in range(N // 2):
        k = rng.randint(1, 4)
        f = x**3 - 3 * k * k * x
        context = f"f(x) = {tex(f)}"
        yield f"f'(x) > 0 \\Leftrightarrow x < {-k} 或 x > {k}", context, True, ""
        yield f"f'(x) < 0 \\Leftrightarrow {-k} < x < {k}", context, True, ""
        yield f"f'(x) > 0 \\Leftrightarrow {-k} < x < {k}", context, False, "reversed"
        yield f"f'(x) = 0 \\Rightarrow x = {k}", context, False, "dropped-root"


GENERATORS = [
    ("several-variables", several_variables), ("sign-conditions", sign_conditions),
    ("logs-with-domains", logs_with_domains), ("exp-log-equations", exp_log_equations),
    ("radical-equations", radical_equations), ("named-sets", named_sets), ("monotonicity", monotonicity),
]
