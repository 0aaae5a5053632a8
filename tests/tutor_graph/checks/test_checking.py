"""The step checker, per claim kind: right claims verify, planted errors refute with a concrete
counterexample, and undecidable or conditional claims come back unknown with a reason."""

import pytest

from tutor_graph.checks.checking import decide

VERIFIED = [
    # identities and factorisations
    ("x^2-5x+6=(x-2)(x-3)", None),
    (r"(x+1)^2 = x^2+2x+1", None),
    (r"\frac{x^2-1}{x-1} = x+1", None),
    ("a^2-b^2=(a+b)(a-b)", None),
    # equations, solution sets, implications, equivalences
    (r"x^2-5x+6=0 \Rightarrow x=2 或 x=3", None),
    ("x^2-5x+6=0 的解为 x=3 或 x=2", None),
    ("x^2-4=0 解得 x=±2", None),
    ("2x+3=7 ⇒ x=2", None),
    ("x^2-3x+2<0 的解集为 (1,2)", None),
    (r"x^2-3x+2<0 \Leftrightarrow 1<x<2", None),
    ("x+y=5, x-y=1 ⇒ x=3, y=2", None),
    ("x^2-5x+6=0 ⇒ x_1=2, x_2=3", None),
    (r"|x-1|<2 \Leftrightarrow -1<x<3", None),
    # derivatives, integrals, limits
    ("f'(x)=3x^2-3", "f(x)=x^3-3x"),
    ("f'(1)=0", "f(x)=x^3-3x"),
    ("f'(x)=0 ⇒ x=1 或 x=-1", "f(x)=x^3-3x"),
    ("(x^3)'=3x^2", None),
    (r"\frac{d}{dx}(\sin x) = \cos x", None),
    ("y'=2x", "y=x^2"),
    (r"\int x^2 dx = \frac{x^3}{3}+C", None),
    (r"\int_0^1 x^2\,dx = \frac13", None),
    (r"\lim_{x\to 0}\frac{\sin x}{x}=1", None),
    (r"\lim_{x\to +\infty}\frac{2x+1}{x}=2", None),
    # exact arithmetic, radicals, logs, complex, approximations
    (r"\frac12+\frac13=\frac56", None),
    (r"\sqrt{12}=2\sqrt{3}", None),
    (r"\sqrt{3+2\sqrt2}=1+\sqrt2", None),
    (r"\log_2 8 = 3", None),
    (r"e^{\ln 3}=3", None),
    ("(1+i)^2=2i", None),
    (r"\sqrt2 \approx 1.414", None),
    (r"0.4^3 \approx 0.06", None),
    (r"\lim_{x\to 0^+} x\ln x = 0", None),  # one-sided limits, `0^+` / `0^{-}` / `1+`
    (r"\lim_{x\to 0^{-}} \frac{1}{x} = -\infty", None),
    (r"\lim_{x\to 0^+} \frac{\ln x + 1}{x} = -\infty", None),
    (r"\lim_{x\to 1+} \frac{1}{x-1} = +\infty", None),
    (r"\lim_{x\to +\infty} e^x = +\infty", None),  # the written decimal states the precision, not the exact 0.064
    (r"0.064 \approx 0.06", None),
    (r"\pi > 3.14", None),
    # trigonometry
    (r"\sin 30^\circ = \frac12", None),
    (r"\cos\frac{\pi}{3} = \frac12", None),
    (r"\tan 135^\circ = -1", None),
    (r"\sin^2 x+\cos^2 x=1", None),
    (r"\sin 2x = 2\sin x\cos x", None),
    # sequences, combinatorics
    ("a_5 = 14", "a_1=2, d=3"),
    ("S_5 = 40", "a_1=2, d=3"),
    ("a_n = 3n-1", "a_1=2, d=3"),
    ("a_4 = 24", "a_1=3, q=2"),
    ("a_{10}=19", "等差数列, a_3=5, a_5=9"),
    ("a_4 = 15", "a_1=1, a_{n+1}=2a_n+1"),
    (r"\sum_{k=1}^{n} k = \frac{n(n+1)}{2}", None),
    ("C_5^2 = 10", None),
    ("A_5^2 = 20", None),
    ("5! = 120", None),
    # chains, conditions from context
    ("2+2=4=2^2", None),
    (r"\sqrt{x^2}=x", "x>0"),
    ("x=2 或 x=3", "x^2-5x+6=0"),
    ("x^2+1>0", None),
    ("f(2) = 2", "f(x)=x^3-3x"),
    ("(x, y) = (3, 2)", ["x+y=5", "x-y=1"]),
    # several variables, sign conditions, domains, sets named in the context
    ("x+y=5 ⇒ y=5-x", None),
    (r"2x+4y=6 \Leftrightarrow x+2y=3", None),
    (r"a+b \ge 2\sqrt{ab}", "a>0, b>0"),
    # equalities that hold only under the sign conditions (proven with positive symbols)
    (r"\ln(MN) = \ln M + \ln N", "M>0, N>0"),
    (r"\frac{a+b}{2}-\sqrt{ab} = \frac{(\sqrt a-\sqrt b)^2}{2}", "a>0, b>0"),
    (r"\frac{\sqrt{a^2+b^2}}{a} = \sqrt{1+\frac{b^2}{a^2}}", "a>0, b>0"),
    (r"\sqrt{x^2 y^2} = xy", "x>y>0"),
    (r"\frac{c}{a} > \frac{c}{b}", ["a>b>0", "c<0"]),  # a chained given is used link by link
    (r"x^2 < x", "0<x<1"),
    (r"a^2+b^2 \ge 2ab", None),
    (r"a>b>0 \Rightarrow \frac{1}{a}<\frac{1}{b}", None),
    (r"x+\frac{1}{x} \ge 2", "x>0"),
    (r"\ln(x^2) = 2\ln x", None),
    (r"\log_2(4x) = 2+\log_2 x", "x>0"),
    ("V'(x)=12(x-1)(x-3)", "V(x)=x(6-2x)^2"),
    (r"A \cap B = (1,2)", r"A=\{x \mid x^2-3x+2<0\}, B=(0,3)"),
    (r"M \cap N = \{x \mid -2<x<2\}", [r"M=\{x \mid -4<x<2\}", r"N=\{x \mid x^{2}-x-6<0\}"]),  # set-builder both sides
    (r"\{x \mid 0<x<4\} \cap \{x \mid \frac{1}{3} \le x \le 5\} = \{x \mid \frac{1}{3} \le x<4\}", None),
    (r"\complement_U(A\cup B)=\{4,6,8\}", ["U=\\{1,2,3,4,5,6,7,8\\}", "A=\\{1,3,5,7\\}", "B=\\{2,3,5\\}"]),
    (r"\frac{\sin a+\cos a}{\sin a-\cos a}=\frac{\tan a+1}{\tan a-1}", None),
    (r"\frac{i(1-i^{2025})}{1-i}=i", None),
    ("C_6^2C_4^2C_2^2=90", None),
    ("a_5 = 14", "a_1=2，且 d=3"),
    (r"\overline{1-i} = 1+i", None),
    (r"x^2 + 1 = 0 \Leftrightarrow x^2 = -1", None),  # neither side has a real solution
    (r"e = \frac{\sqrt{3}}{2}", r"a=2, c=\sqrt{3}, e=\frac{c}{a}"),  # e as an eccentricity, not Euler's e
    (r"e = \frac{c}{a} = \frac{\sqrt{3}}{2}", r"a=2, c=\sqrt{3}"),  # the first link names c/a
    (r"e^{\ln 2} = 2", None),
    # integer symbols declared in the context (a binomial general term)
    (r"x^{6-k}(\frac{2}{x})^k=2^k x^{6-2k}", r"k\in\{0,1,\ldots,6\}"),
    (r"x^{6-k}(\frac{2}{x})^k=2^k x^{6-2k}", r"k\in\mathbb{Z}"),
    (r"x^{6-k}(\frac{2}{x})^k=2^k x^{6-2k}", "k 为整数"),
    (r"x^{6-k}(\frac{2}{x})^k=2^k x^{6-2k}", r"0\le k\le 6, k\in\mathbb{N}"),
    (r"x^{6-k}(\frac{2}{x})^k=2^k x^{6-2k}", "k=0,1,…,6"),
    (r"x^{6-k}(\frac{2}{x})^k=2^k x^{6-2k}", "k, n 为整数"),
    (r"\cos(k\pi)=(-1)^k", r"k\in\mathbb{Z}"),
    (r"k^2 \ge 1", r"k\in\mathbb{N}^*"),
    (r"\sin^2\frac{k\pi}{2}=\frac{1-\cos(k\pi)}{2}", "k 为整数"),  # an identity under any givens
    ("a_5 = 14", "a_1=2\nd=3"),  # a newline separates givens
]


@pytest.mark.parametrize(("claim", "context"), VERIFIED)
def test_right_claims_verify(claim, context):
    verdict = decide(claim, context)
    assert verdict.status == "verified", verdict.reason


REFUTED = [
    ("x^2-5x+6=(x-2)(x+3)", None, "左边"),
    (r"(x+1)^2 = x^2+1", None, "x ="),
    (r"x^2-5x+6=0 \Rightarrow x=2", None, "x = 3"),
    ("x^2-5x+6=0 的解为 x=2 或 x=3 或 x=4", None, "x = 4"),
    ("x^2-4=0 解得 x=2", None, "x = -2"),
    ("2x+3=7 ⇒ x=5", None, "x = 2"),
    ("x^2-3x+2<0 的解集为 [1,2]", None, "x = "),
    ("x+y=5, x-y=1 ⇒ x=2, y=3", None, "x = 3"),
    ("f'(x)=3x^2", "f(x)=x^3-3x", "x ="),
    ("f'(1)=1", "f(x)=x^3-3x", "0"),
    (r"\frac{d}{dx}(\cos x) = \sin x", None, "x ="),
    (r"\int x^2 dx = \frac{x^3}{2}+C", None, "x ="),
    (r"\int_0^1 x^2\,dx = \frac12", None, "1/3"),
    (r"\lim_{x\to 0}\frac{\sin 2x}{x}=1", None, "2"),
    (r"\frac12+\frac13=\frac25", None, "5/6"),
    (r"\sqrt{12}=4\sqrt{3}", None, "左边"),
    (r"\log_2 8 = 4", None, "3"),
    ("(1+i)^2=2", None, "2*I"),
    (r"\sqrt2 \approx 1.42", None, "左边"),
    (r"0.4^3 \approx 0.07", None, "左边"),
    (r"\lim_{x\to 0^-} \frac{1}{x} = +\infty", None, "-oo"),  # the left-hand limit is −∞
    (r"\frac25 \approx 0.35", None, "左边"),  # 0.35 claims two places; a fraction states none
    (r"\sin 30^\circ = \frac{\sqrt3}{2}", None, "1/2"),
    (r"\sin 30 = \frac12", None, "sin(30)"),  # degrees forgotten: 30 radians
    (r"\cos 120^\circ = \frac12", None, "-1/2"),
    (r"\cos 2x = \cos^2 x + \sin^2 x", None, "x ="),
    ("a_5 = 17", "a_1=2, d=3", "14"),
    ("S_5 = 50", "a_1=2, d=3", "40"),
    ("a_4 = 48", "a_1=3, q=2", "24"),
    (r"\sum_{k=1}^{n} k = \frac{n(n-1)}{2}", None, "n = 1"),
    ("C_5^2 = 20", None, "10"),
    ("2+2=4=3+2", None, "5"),
    (r"\sqrt{x^2}=x", None, "x = -"),
    ("x=2", "x^2-5x+6=0", "x = 3"),
    ("x^2+1<0", None, "no real"),
    ("x^2+1=0", None, "no real"),
    ("x+y=5 ⇒ y=x-5", None, "premise"),
    ("x^2+y^2=1 ⇒ x=1", None, "y = "),
    (r"a+b > 2\sqrt{ab}", "a>0, b>0", "a = "),
    (r"\ln(MN) = \ln M \cdot \ln N", "M>0, N>0", "M = "),
    (r"\sqrt{x^2 y^2} = -xy", "x>y>0", "x = "),
    (r"a>b \Rightarrow a^2>b^2", None, "b = -"),
    (r"\ln(x^2) = (\ln x)^2", "x>0", "x = "),
    (r"A \cap B = [1,2]", r"A=\{x \mid x^2-3x+2<0\}, B=(0,3)", "1"),
    (r"M \cap N = \{x \mid -2<x<3\}", [r"M=\{x \mid -4<x<2\}", r"N=\{x \mid x^{2}-x-6<0\}"], "only in the right"),
    (r"\tan x = \frac{\cos x}{\sin x}", None, "≈"),
    (r"e = \frac{c}{a} = \frac{1}{2}", r"a=2, c=\sqrt{3}", "sqrt(3)/2"),
    (r"\sqrt2 = 1.4", None, "7/5"),  # one decimal place is too coarse to count as an approximation
    (r"\frac{50}{400+300+301}=\frac{1}{20}", None, "50/1001"),  # 1/20 is exact, not "0.05 to 2 places"
    (r"x^{6-k}(\frac{2}{x})^k=2^k x^{6-k}", r"k\in\{0,1,\ldots,6\}", "k = "),
    (r"x^{6-k}(\frac{2}{x})^k=2^{k+1} x^{6-2k}", "k 为整数", "k = "),
    (r"\cos(k\pi)=1", "k 为整数", "k = 1"),
    (r"k^2 \ge 1", r"k\in\mathbb{N}", "k = 0"),  # ℕ holds 0
    ("k = 7", r"k\in\{0,1,\ldots,6\}", "k = 0"),
    ("x = 2", "x = 2, 3", "x = 3"),  # a list of values, not the definition x = 2
]


@pytest.mark.parametrize(("claim", "context", "evidence"), REFUTED)
def test_planted_errors_refute_with_a_counterexample(claim, context, evidence):
    verdict = decide(claim, context)
    assert verdict.status == "refuted", verdict.reason
    assert verdict.counterexample and evidence in verdict.counterexample


UNKNOWN = [
    ("x = 2", None, "condition"),            # a bare equation states a condition, not a fact
    ("2x + 3 = 7", None, "condition"),
    ("f'(x) = 0", "f(x)=x^3-3x", "condition"),
    ("x > 2", None, "condition"),
    ("a = b = c", None, "condition"),
    ("14", None, "no relation"),
    ("这一步显然成立", None, "cannot read"),
    ("x^2 = -1 ⇒ x = 5", None, "no real solution"),  # vacuous: never reported as verified
    ("a_7 = 20", "a_1 = 2", "condition"),  # a_1 alone does not fix the sequence
    ("x = (5-1)/2 = 2", None, "condition"),  # a claim about x, not a name for an expression
    (r"x^{6-k}(\frac{2}{x})^k=2^k x^{6-2k}", None, "could not be proven"),  # false for k = 1/2, x = -1
    # a disjunction or membership alone is a condition too: it says where it holds, and is not refuted
    ("x=2 或 x=3", None, "x in {2, 3}"),
    (r"x \in (1,2)", None, "condition on x"),
    ("x>1 或 x<0", None, "condition on x"),
    ("x^2-5x+6=0 或 x=7", None, "x in {2, 3, 7}"),
    # the two-sided limit of 1/x at 0 does not exist (complex infinity): never verified as +∞
    (r"\lim_{x\to 0} \frac{1}{x} = \infty", None, "could not decide"),
]


@pytest.mark.parametrize(("claim", "context", "why"), UNKNOWN)
def test_undecidable_claims_are_unknown_with_a_reason(claim, context, why):
    verdict = decide(claim, context)
    assert verdict.status == "unknown"
    assert why in verdict.reason


def test_a_bare_condition_is_unknown_through_the_public_api_and_refuted_only_without_real_solutions():
    """CLAIMS.md: an equation or condition alone is unknown unless it has no real solution."""
    from tutor_graph.checks import check_step

    verdict = check_step("x=2 或 x=3")
    assert verdict.status == "unknown" and "condition" in verdict.reason and verdict.counterexample is None
    none = check_step("x^2=-1 或 x^2=-4")
    assert none.status == "refuted" and "no real" in none.counterexample
    assert check_step("x=2 或 x=3", "x^2-5x+6=0").status == "verified"  # pinned by the context
    assert check_step("x=2 或 x=4", "x^2-5x+6=0").status == "refuted"


@pytest.mark.parametrize(("claim", "status"), [
    (r"2 \in (1,3)", "verified"), (r"4 \in (1,3)", "refuted"), (r"4 \notin (1,3)", "verified"),
    (r"\sqrt{2} \in \mathbb{Q}", "refuted"), ("2=2 或 3=4", "verified"), ("1=2 或 3=4", "refuted"),
])
def test_statements_without_variables_are_decided(claim, status):
    assert decide(claim).status == status


def test_sample_points_respect_a_declared_integer():
    """True for every integer k, false at k = 1/3: only an integer k may refute it once k is declared."""
    claim = r"|\sin\frac{k\pi}{2}|=\frac{1-\cos(k\pi)}{2}"
    free = decide(claim)
    assert free.status == "refuted" and "k = 1/3" in free.counterexample
    for context in ("k 为整数", r"k\in\mathbb{Z}", r"k\in\{0,1,\ldots,6\}"):
        assert decide(claim, context).status != "refuted", context


def test_each_link_of_a_chain_is_checked_and_named():
    verdict = decide("(x+1)^2 = x^2+2x+1 = x^2+1")
    assert verdict.status == "refuted" and "link 2" in verdict.reason


def test_context_may_be_a_list_with_unreadable_parts():
    verdict = decide("a_5 = 14", ["a_1=2", "d=3", "这是一个等差数列"])
    assert verdict.status == "verified"
    # a refutation that could hinge on an unreadable given is withheld
    assert decide("x = 2", ["x^2-5x+6=0", "而且还满足某个条件"]).status == "unknown"
