"""The objects of a counting or probability problem, read from its words (string work, no SymPy).

A counting or probability problem states its parameters in words: "6 个人排成一排", "掷两枚骰子", "X~B(10,0.3)",
"把 8 本不同的书分给四人，每人 2 本". The reader keeps each as an object of the Reading, so that the problem types
take their parameters from the Reading (issue #11) and the teacher's view shows them:
- `count`: a named count, value the number (`row` 6 people in a row, `balls` 5 into `boxes` 4, `books` 8 given
  to `people` 4 with `each` 2, `dice` 2, `digit_length` 3, `binomial_sum` 64 the binomial coefficients' sum);
- `random_variable`: `X` with its law, `B(10, 0.3)` or `N(1, σ^2)` (plain notation the math layer parses);
- `digits`: the digits a number is made of, `0,1,2,3,4`;
- `event`: the event asked about, a relation in a named quantity (`sum=7`, `sum>=10`);
- a bag, two groups, the draw and what is asked of it: `reading.chance_draws`; rates, tables and picks of
  numbers: `reading.chance_rates`.
Objects add no given and read nothing away: what the clause reader leaves unread stays unread.

>>> [(o[0], o[2]) for o in chance_objects("6 个人排成一排，甲不站在两端，有多少种排法？")]
[('row', '6')]
"""

from __future__ import annotations

import re

from tutor_graph.reading.chance_draws import draw_objects
from tutor_graph.reading.chance_rates import rate_objects
from tutor_graph.specialist.text import normalise

_CN = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
       "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
NUMBER = r"(\d+|[一两二三四五六七八九十]|(?i:one|two|three|four|five|six|seven|eight|nine|ten))"
_ROW = NUMBER + r"\s*(?:个人|人|名同学|名学生|位同学|people|students)\s*(?:站成|排成|排队|stand|line|are lined|sit)"
_BOXES = re.compile(NUMBER + r"\s*(?:个|本|名)?\s*(?:不同的)?(?:小球|球|different balls|distinct balls|本书)[^\d]{0,12}?"
                    + NUMBER + r"\s*(?:个)?\s*(?:不同的)?\s*(?:盒子|boxes|different boxes)", re.I)
_BOOKS_ZH = re.compile(NUMBER + r"\s*本\s*不同的书分给.*?(两|二|三|四|2|3|4)\s*(?:个)?人\s*,?\s*每人\s*" + NUMBER + r"\s*本")
_BOOKS_EN = re.compile(NUMBER + r"\s*(?:different|distinct) books are (?:given|shared|distributed) (?:to|among)\s*.*?,\s*"
                       r"(two|three|four|\d+) each", re.I)
_DIGITS = re.compile(r"(?:用|from|using)\s*(?:数字)?\s*((?:\d\s*,\s*)+\d)")
_LENGTH = re.compile(r"(两|二|三|四|五|[2-5])\s*位(?:偶数|奇数|数)|(two|three|four|five)\s*-?\s*digit\s*(?:even |odd )?numbers?",
                     re.I)
_BINOMIAL_SUM = re.compile(r"二项式系数之和\s*(?:为|是|等于)\s*(\d+)|binomial coefficients[^.]*?add up to\s*(\d+)"
                           r"|sum of the binomial coefficients is\s*(\d+)")
# `X\sim B(…)` normalises to `X B(…)`: a lone capital before B( or N( is the variable it names
_LAW = re.compile(r"(?<![A-Za-z])([A-Zξη])\s*(?:~|∼|\\sim|(?<=\s)|服从(?:二项分布|正态分布)?|follows (?:the |a )?(?:binomial |normal )?"
                  r"distribution)\s*([BN])\s*\(", re.I)
_TWO_DICE = re.compile(r"(两|2|二)\s*(枚|颗|个)|two (fair )?dice|a pair of dice|twice|两次", re.I)
_SUM_EQUAL = re.compile(r"(?:点数)?之和\s*(?:为|是|等于)\s*(\d+)|(?:sum|total) (?:is|of|equals?)\s*(\d+)", re.I)
_SUM_AT_LEAST = re.compile(r"(?:点数)?之和\s*(?:不小于|大于等于|≥)\s*(\d+)|(?:sum|total) is at least (\d+)", re.I)

Found = tuple[str, str, str]  # (name, kind, value) of one object


def num(s: str) -> int:
    """'5', '五' or 'five' → 5."""
    return int(s) if s.isdigit() else _CN[s.lower()]


def _bracket(text: str, start: int) -> str | None:
    """The text inside the bracket opened just before `start`, up to its matching close."""
    depth = 1
    for i in range(start, min(len(text), start + 80)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return text[start:i]
    return None


def _laws(text: str) -> list[Found]:
    """`X~B(10,0.3)`, `X 服从二项分布 B(6, 1/3)`, `X ~ N(1, σ^2)` → (X, random_variable, B(10,0.3))."""
    out = []
    for m in _LAW.finditer(text):
        inside = _bracket(text, m.end())
        if inside is not None and inside.count(",") == 1:
            law = m.group(2).upper()
            out.append((m.group(1), "random_variable", f"{law}({' '.join(inside.split())})"))
    return out


def _counts(text: str) -> list[Found]:
    """The counts counting problems state in words: a row, balls into boxes, books shared, digits, dice."""
    out: list[Found] = []
    if m := re.search(_ROW, text, re.I):
        out.append(("row", "count", str(num(m.group(1)))))
    if m := _BOXES.search(text):
        out += [("balls", "count", str(num(m.group(1)))), ("boxes", "count", str(num(m.group(2))))]
    if m := _BOOKS_ZH.search(text):
        out += [("books", "count", str(num(m.group(1)))), ("people", "count", str(num(m.group(2)))),
                ("each", "count", str(num(m.group(3))))]
    elif m := _BOOKS_EN.search(text):
        out += [("books", "count", str(num(m.group(1)))), ("each", "count", str(num(m.group(2))))]
    if (m := _DIGITS.search(text)) and (k := _LENGTH.search(text)):
        out += [("digits", "digits", ",".join(re.findall(r"\d", m.group(1)))),
                ("digit_length", "count", str(num(k.group(1) or k.group(2))))]
    if m := _BINOMIAL_SUM.search(text):
        out.append(("binomial_sum", "count", next(g for g in m.groups() if g)))
    if re.search(r"骰子|dice|die", text, re.I) and _TWO_DICE.search(text):
        out.append(("dice", "count", "2"))
        if m := _SUM_EQUAL.search(text):
            out.append(("sum", "event", f"sum={m.group(1) or m.group(2)}"))
        elif m := _SUM_AT_LEAST.search(text):
            out.append(("sum", "event", f"sum>={m.group(1) or m.group(2)}"))
    return out


def chance_objects(raw: str) -> list[Found]:
    """Every object of a counting or probability problem this module reads, as (name, kind, value)."""
    text = normalise(raw)
    return _laws(text) + _counts(text) + draw_objects(text) + rate_objects(text)


def read_chance(reader, raw: str) -> None:
    """The reader's hook: the objects read from the problem's words added to the Reading."""
    for name, kind, value in chance_objects(raw):
        reader.add_object(name, kind, value)
