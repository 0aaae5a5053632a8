"""Pure decoding helpers: the repetition guard, stop-string cuts, and what is safe to stream."""

import pytest

from model.generation import cut_at_stop, repeated_tail, stable_prefix


@pytest.mark.parametrize(
    ("ids", "repeats", "window", "period"),
    [
        ([9, 1, 2, 3] * 4, 4, 8, 4),  # a 4-token block four times: 16 tokens >= window
        ([9] + [1, 2, 3] * 3, 4, 8, 0),  # only three copies
        ([7] * 8, 4, 8, 1),  # one token eight times covers the window
        ([7] * 5, 4, 8, 0),  # "00000" inside a number is not a loop
        ([1, 2, 3, 4, 5, 6, 7, 8, 9], 4, 8, 0),
        ([4, 5] * 10, 4, 8, 2),
        ([4, 5] * 10, 0, 8, 0),  # guard disabled
    ],
)
def test_repeated_tail(ids, repeats, window, period):
    assert repeated_tail(ids, repeats, window) == period


def test_repeated_tail_needs_the_loop_at_the_end():
    looped = [1, 2] * 10
    assert repeated_tail(looped, 4, 8) == 2
    assert repeated_tail(looped + [3, 4, 5, 6, 7, 8, 9, 10, 11], 4, 8) == 0


@pytest.mark.parametrize(
    ("text", "stops", "expected", "found"),
    [
        ("a = 1\nEND\nmore", ("END",), "a = 1\n", True),
        ("x STOP y END z", ("END", "STOP"), "x ", True),  # the earliest stop wins
        ("nothing here", ("END",), "nothing here", False),
        ("keep all", (), "keep all", False),
    ],
)
def test_cut_at_stop(text, stops, expected, found):
    assert cut_at_stop(text, stops) == (expected, found)


@pytest.mark.parametrize(
    ("text", "stops", "expected"),
    [
        ("hello wor", (), "hello wor"),
        ("answer: 5\nEN", ("END",), "answer: 5\n"),  # "EN" may become "END": hold it back
        ("answer: 5\nE", ("END",), "answer: 5\n"),
        ("answer: 5\nX", ("END",), "answer: 5\nX"),
        ("数学\ufffd", (), "数学"),  # half a character: wait for the rest of its bytes
    ],
)
def test_stable_prefix(text, stops, expected):
    assert stable_prefix(text, stops) == expected
