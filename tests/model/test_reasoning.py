"""Splitting <think>…</think> reasoning from answers, on canned model outputs."""

import pytest

from model.reasoning import split_reasoning

CASES = [
    # (raw model text, expected reasoning, expected answer)
    ("<think>2 and 3 make 5</think>\n\nThe answer is 5.", "2 and 3 make 5", "The answer is 5."),
    ("<think>\nstep 1\nstep 2\n</think>x = 2", "step 1\nstep 2", "x = 2"),
    # Leading-only: DeepSeek-R1 / Qwen3 templates end the prompt with "<think>\n".
    ("Let me add them.\n</think>\n\n5", "Let me add them.", "5"),
    # Unterminated: the model ran out of tokens while thinking.
    ("<think>first I factor the polynomial", "first I factor the polynomial", ""),
    ("The answer is <think>hmm", "hmm", "The answer is"),
    # No tags at all.
    ("  plain answer  ", "", "plain answer"),
    ("", "", ""),
    # Empty thinking block, as Qwen3 emits with enable_thinking=False.
    ("<think>\n\n</think>\n\n答案是 5。", "", "答案是 5。"),
    # Two blocks: both thoughts are kept, text between them stays in the answer.
    ("<think>a</think>x <think>b</think>y", "a\n\nb", "x y"),
    # A stray closing tag after a complete block does not leak into the answer.
    ("<think>a</think>answer</think>", "a", "answer"),
]


@pytest.mark.parametrize(("raw", "reasoning", "answer"), CASES)
def test_split_reasoning(raw, reasoning, answer):
    if "think>" in raw:  # guard: the input must actually need splitting
        assert raw.strip() != answer
    assert split_reasoning(raw) == (reasoning, answer)


def test_answer_never_contains_tags():
    for raw, _, _ in CASES:
        _, answer = split_reasoning(raw)
        assert "<think>" not in answer and "</think>" not in answer
