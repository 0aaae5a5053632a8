"""The examples in the specialist's docstrings run."""

import doctest

import pytest

from tutor_graph.specialist import choices, goals, multipart, render, space, text


@pytest.mark.parametrize("module", [render, text, space, choices, multipart, goals], ids=lambda m: m.__name__)
def test_docstring_examples(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
