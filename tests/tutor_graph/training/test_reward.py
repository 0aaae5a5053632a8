"""The SymPy-checked reward on real chains from the bank: right > one refuted step > wrong answer > not a chain."""

from __future__ import annotations

import time

import pytest

from content.bank import get_problem
from content.chain_text import Chain, ChainStep, format_chain
from tutor_graph.training.reward import ANSWER, FORMAT, STEPS, WRONG, reward, score_many


def _bank_chain(problem_id: str) -> tuple[Chain, str]:
    problem = get_problem(problem_id)
    method = problem.methods[0]
    steps = tuple(
        ChainStep(s.question_zh, s.answer, s.claim or "", tuple(s.context or ())) for s in method.steps
    )
    return Chain(steps, problem.final_answer), problem.final_answer


@pytest.fixture(scope="module")
def quadratic() -> tuple[Chain, str]:
    """A real bank chain with several claims (the factoring method of a quadratic equation)."""
    chain, answer = _bank_chain("quadratics-001")
    assert sum(bool(s.claim) for s in chain.steps) >= 2
    return chain, answer


def _conversation(text: str) -> list[dict]:
    return [{"role": "assistant", "content": text}]


def _refute_one(chain: Chain) -> Chain:
    """The same chain with its first claim made false (one number changed)."""
    first = next(i for i, s in enumerate(chain.steps) if s.claim and any(c.isdigit() for c in s.claim))
    step = chain.steps[first]
    digit = next(c for c in step.claim if c.isdigit())
    wrong = step.claim.replace(digit, str((int(digit) + 1) % 10), 1)
    assert wrong != step.claim
    steps = list(chain.steps)
    steps[first] = ChainStep(step.question, step.answer, wrong, step.givens)
    return Chain(tuple(steps), chain.final_answer)


def test_correct_refuted_wrong_and_garbage_rank_in_order(quadratic):
    chain, answer = quadratic
    wrong_answer = Chain(chain.steps, "x=7")
    texts = [format_chain(chain), format_chain(_refute_one(chain)), format_chain(wrong_answer), "x=2 或 x=3"]
    right, refuted, wrong, garbage = reward(
        prompts=[[{"role": "user", "content": "q"}]] * 4,
        completions=[_conversation(t) for t in texts],
        answer=[answer] * 4,
    )
    claims = sum(bool(s.claim) for s in chain.steps)
    assert right == pytest.approx(FORMAT + STEPS * claims / len(chain.steps) + ANSWER)
    assert right >= 0.8
    assert refuted < right
    assert refuted == pytest.approx(right - 2 * STEPS / len(chain.steps))
    assert wrong == pytest.approx(right - ANSWER - WRONG)
    assert wrong <= 0.2 + 1e-9
    assert garbage == 0.0


def test_scores_carry_the_counts(quadratic):
    chain, answer = quadratic
    right, refuted = score_many([format_chain(chain), format_chain(_refute_one(chain))], [answer, answer])
    assert right.chain and right.verified == right.claims and right.refuted == 0 and right.answer_correct
    assert refuted.refuted == 1 and refuted.verified == right.verified - 1


def test_english_labels_and_plain_string_completions():
    chain, answer = _bank_chain("complex_numbers-001")
    assert reward(["q"], [format_chain(chain, "en")], answer=[answer])[0] >= 0.8


def test_unknown_steps_earn_nothing_and_restating_a_given_earns_nothing():
    bare = Chain((ChainStep("题目说什么？", "读题"),), "5+5i")
    restated = Chain((ChainStep("x 是多少？", "3", "x=3", ("x=3",)),), "5+5i")
    tautology = Chain((ChainStep("?", "!", "1+1=1+1"),), "5+5i")
    repeated = Chain(
        (ChainStep("?", "!", "(1+2i)(3-i)=5+5i"), ChainStep("again?", "!", "(1+2i)(3-i) = 5+5i")), "5+5i"
    )
    scores = score_many([format_chain(c) for c in (bare, restated, tautology, repeated)], ["5+5i"] * 4)
    for s in scores[:3]:
        assert s.verified == 0 and s.score == pytest.approx(FORMAT + ANSWER)
    assert scores[3].verified == 1 and scores[3].score == pytest.approx(FORMAT + STEPS / 2 + ANSWER)


@pytest.mark.parametrize(
    "completion",
    [
        "",
        None,
        42,
        [],
        "【问1】?\n【答1】!",  # no final answer
        "【问2】?\n【答2】!\n【最终答案】1",  # does not start at step 1
        "【问1】?\n【验1】x=1\n【最终答案】1",  # no answer to the question
        "【问1】?\n【答1】!\n" * 3 + "【最终答案】1",  # a step number repeated
        "ab" * 600_000,  # 1.2 MB
        "\n".join(f"【问{k}】?\n【答{k}】!" for k in range(1, 40)) + "\n【最终答案】1",  # too many steps
    ],
)
def test_not_a_chain_scores_zero(completion):
    assert reward(["q"], [completion], answer=["1"]) == [0.0]


def test_garbage_and_huge_claims_are_fast():
    hostile = [
        "【问1】?\n【答1】!\n【验1】9^9^9^9 = 1\n【最终答案】(x+1)^100000",
        "【问1】?\n【答1】!\n【验1】" + "(" * 5000 + "\n【最终答案】" + "1+" * 3000 + "1",
        "【问1】?\n【答1】!\n【验1】\\frac{\\frac{\\frac{1}{2}}{3}}{4}=\\int_0^1 e^{x^2}dx\n【最终答案】?",
    ]
    started = time.monotonic()
    scores = score_many(hostile, ["1"] * len(hostile))
    assert all(s.chain and s.verified == 0 for s in scores)
    assert all(s.score <= FORMAT - WRONG + 1e-9 for s in scores)  # nothing verified, answer wrong
    assert time.monotonic() - started < 120  # bounded by the pool, not by the input


def test_logs_the_verified_share_through_trl_hook(quadratic):
    chain, answer = quadratic
    logged: dict[str, float] = {}
    reward(
        ["q", "q"], [format_chain(chain), "nonsense"], answer=[answer, answer], log_metric=logged.__setitem__
    )
    assert logged["chain/format_share"] == 0.5
    assert 0 < logged["chain/step_verified_share"] <= 1
