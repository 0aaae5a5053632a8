"""The examples in content's docstrings run as written."""

from __future__ import annotations

import doctest

import pytest

import content.identities
import content.knowledge
import content.language
import content.mathtext
import content.retrieval
import content.safe_html
import content.text_index


@pytest.mark.parametrize(
    "module",
    [content.identities, content.knowledge, content.language, content.mathtext, content.retrieval, content.safe_html,
     content.text_index],
)
def test_docstring_examples(module):
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
