"""Structural false passes: a claim with an empty side or operand, an unbalanced bracket or an empty
LaTeX argument is malformed and comes back `unknown` (never verified, never silently refuted).

The malformed shapes are generated: every relation and connective with one side left empty (before,
after, doubled, at the end of a chain), every bracket of a few well-formed claims removed in turn, and
the LaTeX commands with an empty argument. Shapes that are *not* malformed (a stray `$`, `\\{\\}` next
to `\\varnothing`) are decided like the same claim written cleanly.
"""

import re

import pytest

from tutor_graph.checks import check_step
from tutor_graph.checks.checking import decide

# Statements that are true as written: dropping a side must not leave a "verified" behind.
STATEMENTS = ["0 = 0", r"x^2 \ge 0", "x^2-5x+6=0", r"2 \in (1,3)", "1 < 2"]
RELATIONS = ["=", "<", ">", r"\le", r"\ge", r"\ne", r"\approx", r"\leq", r"\geq", r"\neq", r"\leqslant",
             "≤", "≥", "≠", "≈", "<=", ">=", r"\subseteq", r"\subset", r"\supseteq", r"\subsetneq", "⊆"]
OPERANDS = ["0", "x", r"\frac{1}{2}", r"\sqrt{4}", "(1,2)"]
# Connectives that join two statements: neither side may be empty.
CONNECTIVES = [r"\Rightarrow", "⇒", "=>", r"\implies", r"\Longrightarrow", r"\Leftrightarrow", "⇔", "<=>", r"\iff",
               r"\Longleftrightarrow", "的解为", "解得", "的解集为", "的根为", "等价于", "当且仅当", "推出",
               "或", r"\lor", "or", "∨", "且", r"\land", "and", "∧"]
# Words meaning "so" may open a claim (the premise is the context) but never end one.
THEREFORE = ["所以", "因此", "故", "则", r"\therefore", "∴", "从而"]


def _empty_sides():
    for op in RELATIONS:
        for v in OPERANDS:
            yield f"{v} {op}"
            yield f"{op} {v}"
            yield f"{v} {op} {v} {op}"  # a trailing relation in a chain: `a = b =`
            yield f"{v} {op} {op} {v}"
    for c in CONNECTIVES:
        for s in STATEMENTS:
            yield f"{s} {c}"
            yield f"{s} {c} "
            yield f"{c} {s}"
            yield f"{s} {c} {c} {s}"
            yield f"{s} {c} {s} {c}"
    for w in THEREFORE:
        for s in STATEMENTS:
            yield f"{s} {w}"
            yield f"{s} {w} {w} {s}"
    for s in STATEMENTS:
        for empty in (r"\in", r"\notin", r"\cup", r"\cap"):
            yield f"{s} 且 x {empty}"
        yield r"x \in"
        yield r"\in (1,2)"
        yield r"(1,2) \cup = (1,2)"
        yield r"\cap (1,2) = (1,2)"


EMPTY_ARGUMENTS = [r"\frac{}{}", r"\frac{1}{}", r"\frac{}{2}", r"\dfrac{}{}", r"\sqrt{}", r"\sqrt[]{4}", r"\sqrt[3]{}",
                   r"\binom{}{}", r"\binom{4}{}", r"\log_{}8", r"\log_{2}{}", "x^{}", "x_{}", r"\left(\right)",
                   r"\overline{}", r"\sin{}", r"\boxed{}", r"\boxed{ }", r"\mathrm{}", r"\mathbb{}", "()", "[]",
                   r"\{ , \}", "||", r"\lim_{x\to 0}", r"\sum_{k=1}^{n}", r"\int dx", r"\int_0^1 dx", r"\{x \mid \}",
                   r"\{ \mid x>1\}", r"\{x \mid x\}", "f()", r"\sqrt", r"\frac{1}", "(1, )", "(, 2)", r"\{1, \}"]


def _empty_arguments():
    for e in EMPTY_ARGUMENTS:
        yield f"{e} = 0"
        yield f"0 = {e}"
        yield f"x + {e} = x"
        yield e


# Well-formed claims whose brackets are removed one at a time.
BRACKETED = [r"(1+2)\cdot 3 = 9", r"[1,2) = [1,2)", r"\{1,2\} = \{2,1\}", r"|x| \ge 0", r"\frac{1}{2} = 0.5",
             r"\left(1+1\right)^2 = 4", r"\sqrt{4} = 2", r"x^{2} \ge 0", r"\{x \mid x > 1\} = (1, +\infty)",
             r"2 \in [1, 3]", r"(x+1)^2 = x^2+2x+1"]
_BRACKETS = [r"\left(", r"\right)", r"\{", r"\}", "(", ")", "[", "]", "{", "}", "|"]


def _unbalanced():
    for claim in BRACKETED:
        for b in _BRACKETS:
            start = 0
            while (k := claim.find(b, start)) >= 0:
                broken = claim[:k] + claim[k + len(b):]
                start = k + len(b)
                if b in ("(", ")", "{", "}") and claim[k - 1:k] == "\\":  # part of \{ or \left(: removed whole
                    continue
                if b in ("(", ")") and claim[max(0, k - 5):k] in ("\\left", "right"):
                    continue
                yield broken


MALFORMED = sorted(set(_empty_sides()) | set(_empty_arguments()) | set(_unbalanced()))


def test_the_fuzz_is_big_enough_to_mean_something():
    assert len(MALFORMED) > 700


@pytest.mark.parametrize("claim", MALFORMED)
def test_a_malformed_claim_is_unknown(claim):
    verdict = decide(claim)
    assert verdict.status == "unknown", (claim, verdict)


# The shapes of issue #3's report, through the public, time-bounded API (the worker).
REPORTED = [r"0 = 0 \Rightarrow ", r"x=1 \Rightarrow", r"\Rightarrow x=1", r"x^2=1 \Leftrightarrow ", "a = ", " = 3",
            "x=2 或 ", "且 x>1", "a=b=", r"\Rightarrow 1=1", r"x^2 \ge 0 \Rightarrow", "x^2-1=0 的解为 ", "1=1 且",
            r"\boxed{} = 1", r"\frac{}{} = 0", r"\sqrt{} = 0"]


@pytest.mark.parametrize("claim", REPORTED)
def test_reported_false_passes_are_unknown_through_the_public_api(claim):
    verdict = check_step(claim)
    assert verdict.status == "unknown" and verdict.counterexample is None, (claim, verdict)


@pytest.mark.parametrize(("claim", "context"), [
    (r"\Rightarrow x = 2", "2x = 4"),
    ("x = 2 所以", "2x = 4"),
    ("x = 2", r"2x = 4 \Rightarrow"),  # a given with nothing after its arrow is unreadable, not `2x = 4`
    ("x = 2", "2x = 4 或"),
])
def test_a_dangling_connective_in_the_claim_or_the_context_decides_nothing(claim, context):
    assert decide(claim, context).status == "unknown"


@pytest.mark.parametrize("claim", ["2 3 = 6", "1 000 = 0", "1 000 = 1000", "x^2 3 = 3x^2", r"3\frac{1}{2} = \frac{3}{2}",
                                   r"3\frac{1}{2} = \frac{7}{2}"])
def test_numbers_side_by_side_are_not_guessed(claim):
    """`2 3` is not 2·3, `1 000` is not 1·0·0·0, `3\\frac12` may be 3½ or 3·½: unknown, whatever the other side."""
    verdict = decide(claim)
    assert verdict.status == "unknown" and "cannot read" in verdict.reason


@pytest.mark.parametrize(("claim", "status"), [
    # a leading word meaning "so" is fine: the premise is the context
    ("所以 x = 2", "verified"), (r"\therefore x = 2", "verified"), ("∴ x=2", "verified"), ("则 x = 2", "verified"),
    ("所以 x = 3", "refuted"),
    # a trailing comma is punctuation, not an empty operand
    ("x = 2，", "verified"), ("x = 2;", "verified"),
])
def test_shapes_that_are_not_malformed_are_decided(claim, status):
    assert decide(claim, "2x = 4").status == status


@pytest.mark.parametrize(("claim", "status"), [
    ("$1=1", "verified"), ("1=1$", "verified"), ("$$1+1=2$", "verified"), ("$1=2", "refuted"), ("1=2$ $", "refuted"),
    (r"\{\} = \varnothing", "verified"), (r"\varnothing = \emptyset", "verified"), (r"\{ \} = \{\}", "verified"),
    (r"\{\} = \{0\}", "refuted"), (r"\{\varnothing\} = \varnothing", "refuted"), (r"x \in \varnothing", "refuted"),
    (r"\{\} \cup \{1\} = \{1\}", "verified"), (r"\{x \mid x^2<0\} = \varnothing", "verified"),
    (r"\boxed{1+1=2}", "verified"), (r"\boxed{1+1=3}", "refuted"), (r"3\frac{\pi}{2} = \frac{3\pi}{2}", "verified"),
    (r"3 + \frac{1}{2} = \frac{7}{2}", "verified"), (r"\text{ } 1 = 1", "verified"),
])
def test_stray_dollars_and_empty_sets_are_decided_correctly(claim, status):
    assert decide(claim).status == status


@pytest.mark.parametrize(("claim", "status"), [
    (r"1 = 2 \Rightarrow 3 = 4", "unknown"),      # a false premise: vacuous, not wrong
    (r"x^2 = -1 \Rightarrow 1 = 2", "unknown"),   # no real x satisfies the premise
    (r"x = 2 \Rightarrow 2^2 = 5", "refuted"),    # x = 2 holds somewhere, and 4 = 5 never
    (r"2 = 2 \Rightarrow 2^2 = 5", "refuted"),
    (r"x = 2 \Rightarrow 2^2 = 4", "verified"),
])
def test_an_implication_with_a_constant_conclusion_is_refuted_only_when_its_premise_can_hold(claim, status):
    assert decide(claim).status == status


def test_the_benchmarks_malformed_claims_are_all_unknown():
    """`bench-checks` counts these in false pass: each must come back unknown (and they are not restyled,
    which could repair `\\Rightarrow x = 1` into `所以 x = 1`)."""
    from evaluation.benchdata import MALFORMED, claim_items

    items = [i for i in claim_items(11) if i.error == MALFORMED]
    assert len(items) >= 100 and not any(i.correct for i in items)
    assert any(i.claim.startswith(r"\Rightarrow") for i in items)  # not restyled into 所以
    wrong = [(i.claim, i.context, v.status) for i in items if (v := decide(i.claim, i.context)).status != "unknown"]
    assert wrong == []


@pytest.mark.parametrize(("claim", "context"), [
    ("x=1\ny=2", "x=2, y=2"),                 # was read as x = 1·y = 2, i.e. x = y = 2: verified
    ("x = 1 y = 2", "x=2, y=2"),              # the same on one line: `1 y` is not guessed
    ("x = 0 y = 0", "x=0"),                   # y was never checked
    (r"x^2 \ge 1 \text{ for all } x", None),  # \text words were multiplied in: x^2 ≥ 1·f·o·r·a·l·l·x
    (r"x^2 \ge 0 \text{ if } x > 1", None),
    ("x^2 >= 0 for all x", None),             # the same in plain text
    ("x₀^2+1=1", None),                       # x₀ was x·0
])
def test_text_that_used_to_be_multiplied_in_is_not_read_as_math(claim, context):
    assert decide(claim, context).status != "verified"


@pytest.mark.parametrize(("claim", "context", "status"), [
    ("x=1\ny=2", "x=2, y=2", "refuted"),            # two statements, one per line
    ("x^2\n+ 2x = x(x+2)", None, "verified"),       # a line break inside an expression is a space
    ("x=1 \\text{或} x=2", "x^2-3x+2=0", "verified"), (r"x=1 \text{ or } x=2", "x^2-3x+2=0", "verified"),
    ("x = 2 y", "x=4, y=2", "verified"),             # a number, a space and a letter is still a product
])
def test_line_breaks_and_connective_text_keep_their_meaning(claim, context, status):
    assert decide(claim, context).status == status


_OPERATOR = re.compile(r"\\(?:leq?|geq?|neq?|leqslant|geqslant|approx|Rightarrow|Leftrightarrow|implies|iff|in|notin|"
                       r"subseteq|subsetneq|supseteq|subset|cup|cap)(?![A-Za-z])|[=<>≤≥≠≈⇒⇔∈⊆]|或|且|的解为|的解集为|解得|"
                       r"的取值范围是|等价于")


def _truncations(claim: str):
    """The claim cut right after an operator (nothing on its right) and right before one (nothing on its left)."""
    for m in _OPERATOR.finditer(claim):
        yield claim[:m.end()]
        yield claim[m.start():]


def test_benchmark_claims_cut_at_any_operator_are_unknown():
    """A property over claims written by the generators: cutting a claim (right or wrong) at a relation or
    connective leaves an empty side, so the piece is unknown, whatever the claim was (a thousand shapes)."""
    from evaluation.benchdata import MALFORMED, claim_items

    formed = [i for i in claim_items(2024) if i.error != MALFORMED][::3]
    pieces = {(piece, i.context) for i in formed for piece in _truncations(i.claim)}
    assert len(pieces) > 1000
    passed = [(p, c, v.status) for p, c in sorted(pieces, key=str) if (v := decide(p, c)).status != "unknown"]
    assert passed == []
