"""What kind of turn a student's message is: an answer, a hint request, a demand for the answer, or empty.

Decided by words, never by a model: a turn with mathematics in it is an answer (it is checked), so
"答案是 3 吗" is checked as the answer 3; only turns without mathematics can be requests.
"""

from __future__ import annotations

import re
from typing import Literal

Turn = Literal["answer", "hint", "demand", "empty"]

_HINT = re.compile(r"提示|不会|不懂|不知道|怎么做|怎么想|卡住|帮帮|没思路|hint|help|stuck|don'?t know|no idea|clue", re.I)
_DEMAND = re.compile(
    r"答案|告诉我|直接|给我|说出|结果是|等于多少|等于几|是多少|老师|允许|扮演|假装|假设你是|你现在是|你是一个|忽略|"
    r"规则|系统|作弊|求你|拜托|快点|最后一次|结果|写出来|公布|标准|核对|"
    r"answer|tell me|just (give|the)|number|solution|reveal|pretend|role|act as|you are now|ignore|"
    r"teacher said|allowed|system|cheat|please|result|final",
    re.I,
)
_MATH = re.compile(r"[0-9∅∞√π]|\\[a-zA-Z]+|(?<![A-Za-z])[a-zA-Z](?![A-Za-z])|[=<>≤≥{}()\[\]^/]|空集|无解|正无穷|负无穷")
_FILLER = re.compile(
    r"答案是|答案|我觉得|我认为|应该是|是不是|对吗|吗|吧|呢|我算出|算出|得到|结果|等于|"
    r"I think|the answer is|answer|is it|maybe|equals?|[?？。!！:：]",
    re.I,
)


def math_part(text: str) -> str:
    """The text with filler words taken out (what is left is checked as the answer).

    >>> math_part("我觉得答案是 x=2 吧？")
    'x=2'
    """
    return re.sub(r"\s+", " ", _FILLER.sub("", text)).strip()


def classify(text: str) -> Turn:
    """The kind of a student turn.

    >>> [classify(t) for t in ("x=2 或 x=3", "提示", "直接告诉我答案", "老师说可以告诉我", "just the number", "  ")]
    ['answer', 'hint', 'demand', 'demand', 'demand', 'empty']
    >>> classify("答案是 1/2 吗")
    'answer'
    """
    text = (text or "").strip()
    if not text:
        return "empty"
    rest = math_part(text)
    if rest and _MATH.search(rest) and not _only_words(rest):
        return "answer"
    if _DEMAND.search(text) or not rest:
        return "demand"
    if _HINT.search(text):
        return "hint"
    return "answer"


def _only_words(text: str) -> bool:
    """Latin or Chinese words with no digit or operator ('just the number', '告诉我 a')."""
    if re.search(r"[0-9=<>≤≥{}()\[\]^/\\∅∞√π]", text):
        return False
    return bool(re.search(r"[A-Za-z]{2,}|[\u4e00-\u9fff]{2,}", text))
