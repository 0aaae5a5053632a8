"""The claim forms added for the symbolic specialist (CLAIMS.md): inclusions between sets, quantified
statements and their negations, solution sets with a parameter under a bound, the range of a linear
expression in independently bounded variables, and notation (ŷ, x̄, χ², ⟨a,b⟩, x₀).

Each form: right claims verify, planted errors refute with a concrete counterexample, and the cases the
method cannot decide soundly come back unknown with the reason."""

import pytest

from tutor_graph.checks import check_step
from tutor_graph.checks.checking import decide

A_B = r"A=\{x \mid x^2-3x+2<0\}, B=(0,3)"
BOX = "1<a<3, 2<b<4"

VERIFIED = [
    # inclusions: intervals, listed sets, number sets, solved set-builders, sets named in the context
    (r"(1,2) \subseteq [1,2]", None), (r"(1,2) \subsetneq [1,2]", None), (r"(1,2) \subset [1,2]", None),
    (r"[1,2] \supseteq (1,2)", None), (r"\{x \mid x^2<4\} \subseteq (-3,3)", None), (r"\{1,2\} \subseteq \mathbb{N}", None),
    (r"\mathbb{N} \subseteq \mathbb{Z}", None), (r"\mathbb{N}^* \subsetneq \mathbb{N}", None), (r"\varnothing \subseteq \{1\}", None),
    (r"A \subseteq B", A_B), ("A ⊈ B", r"A=\{1,4\}, B=\{1,2,3\}"), (r"B \supsetneq A", r"A=\{1,2\}, B=\{1,2,3\}"),
    (r"A \not\subseteq B", r"A=\{0,1\}, B=(0,3)"),
    # ⊆ with a parameter bounded in the context: read as x ∈ A ⇒ x ∈ B
    (r"[1-m, 1+m] \subseteq [-m, 2+m]", "m>0"),
    # quantified statements and negations (the body about the quantified variable alone)
    (r"\forall x \in \mathbb{R}, x^2+1>0", None), (r"\exists x_0 \in \mathbb{R}, x_0^2-2x_0<0", None),
    (r"\neg(\forall x\in\mathbb{R}, x^2>0)", None), (r"¬∃x>0, x+\frac{1}{x}<2", None),
    (r"∀n∈\mathbb{N}^*, n^2 \ge n", None), ("对任意实数 x，都有 x^2-2x+1 \\ge 0", None), (r"∀x∈[1,2], x^2-3x+2 \le 0", None),
    (r"\forall x \in \mathbb{R}, f(x) > 0", "f(x)=x^2+1"), ("∃x₀∈R, x₀^2+1 \\le 1", None),
    (r"\forall x \in \mathbb{R}, x^2 \ge 0", "x = 3"),  # the bound x is not the context's x
    # solution sets with a parameter under a bound
    (r"x^2-2x+1-m^2 \le 0 \Leftrightarrow 1-m \le x \le 1+m", "m>0"),
    (r"x^2-2x+1-m^2 \le 0 \Leftrightarrow 1+m \le x \le 1-m", "m<0"),
    ("x^2-mx<0 的解集为 (0,m)", "m>0"), ("x^2-mx<0 的解集为 (m,0)", "m<0"),
    (r"x^2 > a \Leftrightarrow x<-\sqrt{a} 或 x>\sqrt{a}", "a>0"), (r"(x-a)(x-2a)<0 \Leftrightarrow a<x<2a", r"a\ge 1"),
    (r"ax > 1 \Leftrightarrow x > \frac{1}{a}", "a>0"), (r"x^2-(a+1)x+a<0 \Leftrightarrow 1<x<a", "a>1"),
    # the range of a linear expression in independently bounded variables
    ("-2 < 2a-b < 4", BOX), ("2a-b 的取值范围是 (-2,4)", BOX), ("a-b 的取值范围是 (-3,1)", BOX),
    (r"2a+b \in (4, 10)", BOX), ("a < b", "1<a<2, 3<b<4"), ("a-b 的取值范围是 (-3,1)", r"1 \le a \le 3, 2<b<4"),
    ("-3 < 2a-b < 5", BOX),  # true for every allowed point (the reason names the exact range)
    ("x 的取值范围是 (1,2)", "x^2-3x+2<0"), (r"2x+1 的取值范围是 (-\infty,-1) \cup (3,+\infty)", "x^2>1"),
    # notation
    (r"\hat{y} = 2.7", r"\hat{y} = 0.5x+1.2, x = 3"), ("ŷ = 2.7", r"\hat{y} = 0.5x+1.2, x = 3"),
    (r"\cos\langle a,b\rangle = \frac{1}{2}", r"\langle a, b\rangle = \frac{\pi}{3}"),
    (r"\cos〈\vec{a},\vec{b}〉 = -\frac{1}{2}", "〈a,b〉= 120°"), (r"\chi^2 > 3.841", r"\chi^2 = 4.5"),
    (r"\bar{x} = 5", r"\bar{x} = \frac{3+5+7}{3}"), (r"\overline{1-i} = 1+i", None), (r"\bar{z} = 1-i", "z = 1+i"),
    ("x₀ = 1", "x_0 = 1"),
]


@pytest.mark.parametrize(("claim", "context"), VERIFIED)
def test_right_claims_of_the_new_forms_verify(claim, context):
    verdict = decide(claim, context)
    assert verdict.status == "verified", (claim, verdict)


REFUTED = [
    (r"[1,2] \subseteq (1,2)", None, "1 "), (r"[1,2] \subsetneq [1,2]", None, "equal"), (r"[0,3] \subset [1,2]", None, "1/2"),
    (r"\{x \mid x^2<4\} \subseteq (-1,3)", None, "-3/2"), (r"\mathbb{Z} \subseteq \mathbb{N}", None, "-1"),
    (r"\{\sqrt{2}\} \subseteq \mathbb{Q}", None, "sqrt(2)"), (r"B \subseteq A", A_B, "1/2"),
    (r"A \not\subseteq B", r"A=\{1,2\}, B=\{1,2,3\}", "every element"),
    (r"[1-m, 1+m] \subseteq [0, 2]", "m>0", "m = "),
    (r"\forall x \in \mathbb{R}, x^2-2x>0", None, "x = 1"), (r"\exists x \in \mathbb{R}, x^2+1<0", None, "no x"),
    (r"∀x>0, x+\frac{1}{x}>2", None, "x = 1"), (r"∀n∈\mathbb{N}, n \ge 1", None, "n = 0"),
    (r"∃n∈\mathbb{Z}, n^2=2", None, "no n"), (r"∀x∈R, \frac{1}{x} > 0", None, "x = -1"),
    (r"\forall x \in \mathbb{R}, f(x) > 0", "f(x)=x^2-1", "x = 0"), ("存在实数 x，使得 x^2<0", None, "no x"),
    (r"x^2-2x+1-m^2 \le 0 \Leftrightarrow 1-m < x \le 1+m", "m>0", "m = 1"),
    (r"x^2-2x+1-m^2 \le 0 \Leftrightarrow 1-m \le x \le 1+m", "m<0", "m = -1"),
    ("x^2-mx<0 的解集为 (0,m)", "m<0", "m = -1"), (r"x^2 > a \Leftrightarrow x>\sqrt{a}", "a>0", "a = 1"),
    (r"x^2-(a+1)x+a<0 \Leftrightarrow 1<x<a", "a>0", "a = 1/2"), (r"ax > 1 \Leftrightarrow x > \frac{1}{a}", "a<0", "a = -1"),
    ("-2 < 2a-b < 3", BOX, "a = "), ("2a-b 的取值范围是 (-2,3)", BOX, "a = "),
    ("2a-b 的取值范围是 (-3,5)", BOX, "never equals"), ("2a-b 的取值范围是 [-2,4]", BOX, "never equals -2"),
    ("a-b 的取值范围是 (-1,-1)", BOX, "a = "),  # bounds subtracted end by end: the classic slip
    (r"\hat{y} = 2.8", r"\hat{y} = 0.5x+1.2, x = 3", "27/10"),
    (r"\cos〈\vec{a},\vec{b}〉 = \frac{1}{2}", "〈a,b〉= 120°", "-1/2"),
]


@pytest.mark.parametrize(("claim", "context", "evidence"), REFUTED)
def test_planted_errors_in_the_new_forms_refute_with_a_counterexample(claim, context, evidence):
    verdict = decide(claim, context)
    assert verdict.status == "refuted", (claim, verdict)
    assert verdict.counterexample and evidence in verdict.counterexample, verdict.counterexample


UNKNOWN = [
    (r"[1,2] \subset [1,2]", None, "the textbooks differ"),  # ⊂ is ⊆ in some books, ⊊ in others
    (r"\{(1,2)\} \subseteq \{(1,2)\}", None, "only sets of real numbers"),
    (r"A \subseteq B", None, "not defined"),
    (r"[1-m, 1+m] \subseteq [0, 2]", "m>0, m<1", "could not decide"),  # a two-sided bound: not one sign condition
    (r"[1-m, 1+m] \subsetneq [-m, 2+m]", "m>0", "only ⊆"),
    (r"∀x∈R, x^2+a>0", "a>0", "also mentions a"),
    (r"∀x∈(0,+\infty), \ln x < x", None, "could not find"),  # SymPy cannot solve ln x < x: no guess
    (r"∀x∈R, \frac{1}{x} \ne 0", None, "could not settle"),  # fails only at 0, where 1/x is undefined
    ("a+b 的取值范围是 (2,7)", "1<a+b<3, 2<b<4", "one at a time"),  # a joint given: interval sums are too wide
    ("ab 的取值范围是 (2,12)", BOX, "linear"),
    ("x = 3", r"\bar{x} = 3"),  # x̄ (a mean) is not x
]


@pytest.mark.parametrize("case", UNKNOWN)
def test_what_the_new_forms_cannot_decide_soundly_is_unknown(case):
    claim, context, *why = case
    verdict = decide(claim, context)
    assert verdict.status == "unknown", (claim, verdict)
    assert not why or why[0] in verdict.reason, verdict.reason


def test_interval_arithmetic_gives_the_exact_range_with_its_ends():
    """An end is attained only where every term's end is: with a in [1, 3] and b in [2, 4), 2a - b runs
    from 2 - 4 (b never reaches 4: open) to 6 - 2 (a = 3 and b = 2 allowed: closed)."""
    closed_b = r"1 \le a \le 3, 2 \le b<4"
    assert decide("2a-b 的取值范围是 (-2,4]", closed_b).status == "verified"
    wrong = decide("2a-b 的取值范围是 (-2,4)", closed_b)
    assert wrong.status == "refuted" and "a = 3, b = 2" in wrong.counterexample and "= 4" in wrong.counterexample
    assert decide("2a-b 的取值范围是 (-2,+\\infty)", r"a \ge 1, 2 \le b<4").status == "verified"  # unbounded a
    assert decide("2a-b 的取值范围是 [-2,+\\infty)", r"a \ge 1, 2 \le b<4").status == "refuted"


def test_the_new_forms_through_the_public_api():
    assert check_step(r"\forall x \in \mathbb{R}, x^2+1>0").status == "verified"
    assert check_step(r"x^2-2x+1-m^2 \le 0 \Leftrightarrow 1-m \le x \le 1+m", "m>0").status == "verified"
    assert check_step("-2 < 2a-b < 4", BOX).status == "verified"
    assert check_step(r"(1,2) \subsetneq [1,2]").status == "verified"


def test_a_unicode_subscript_is_a_subscript_not_a_product():
    """x₀ was read as x·0, so `x₀^2+1 = 1` verified: it is now x_0, a variable of its own."""
    assert decide("x₀^2+1=1").status != "verified"
    assert decide("a₁ = 2", "a_1 = 2").status == "verified"


MALFORMED = [r"\forall x \in \mathbb{R},", r"\forall", r"\exists x,", r"\neg", r"\neg()", r"∀x∈R, x^2 \ge 0 \Rightarrow",
             r"\forall x \in", r"\forall x \in \mathbb{R} x^2 \ge", "2a-b 的取值范围是", "的取值范围是 (1,2)", r"\subseteq (1,2)",
             r"(1,2) \subseteq", r"(1,2) \subseteq \subseteq [1,2]", r"(1,2) \subseteq [1,2] = [1,2]", r"\hat{} = 1",
             r"\hat{xy} = 1", r"\langle a \rangle = 1", r"\langle a, b = 1", r"a, b\rangle = 1", r"\bar{} = 1", "¬ ⇒ x=1"]


@pytest.mark.parametrize("claim", MALFORMED)
def test_malformed_new_forms_are_unknown(claim):
    assert decide(claim).status == "unknown", claim


def test_an_exact_range_is_not_verified_past_a_given_that_could_not_be_read():
    """A range is an equality: an unread given could shrink it. (Implications are safe: a given left out only
    makes them harder to verify.)"""
    assert decide("2a-b 的取值范围是 (-2,4)", [BOX, "而且满足某个条件"]).status == "unknown"
    assert decide("-2 < 2a-b < 4", [BOX, "而且满足某个条件"]).status == "verified"


@pytest.mark.parametrize("claim", ["¬" * 5000 + "(x>1)", r"\forall x \in \mathbb{R}, " * 500 + "x^2 \\ge 0",
                                   "⟪f(x)⟫ = 2", r"\hat{" + "y" * 100 + "} = 1", r"\langle " + "a," * 200 + r"b\rangle = 1"])
def test_hostile_new_notation_is_refused_quickly_through_the_public_api(claim):
    """Deep ¬ / ∀ nesting is bounded like brackets; the whole-symbol markers cannot be typed in."""
    verdict = check_step(claim)
    assert verdict.status == "unknown", verdict
