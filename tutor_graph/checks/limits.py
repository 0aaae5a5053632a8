"""Cheap size checks run in the caller before any text is sent to the worker."""

from __future__ import annotations

import re

MAX_INPUT_CHARS = 4_000
MAX_BRACKET_DEPTH = 40
# a^b^c^d: three or more stacked powers (an exponent that directly carries another exponent)
_TOWER = re.compile(r"(?:(?:\^|\*\*)[\s{(]*-?[A-Za-z0-9.\\]+[\s})]*){3,}")


def too_large(*texts: str) -> str | None:
    """Why the input is refused before parsing, or None if it may be parsed.

    >>> too_large("9^9^9^9")
    '指数塔过高 / power tower too tall'
    >>> too_large("x^2 - 5x + 6")
    """
    total = sum(len(t) for t in texts)
    if total > MAX_INPUT_CHARS:
        return f"输入过长 / input too long ({total} characters, limit {MAX_INPUT_CHARS})"
    for text in texts:
        depth = deepest = 0
        for ch in text:
            if ch in "([{":
                depth += 1
                deepest = max(deepest, depth)
            elif ch in ")]}":
                depth -= 1
        if deepest > MAX_BRACKET_DEPTH:
            return "嵌套过深 / nested too deeply"
        if _TOWER.search(text):
            return "指数塔过高 / power tower too tall"
    return None
